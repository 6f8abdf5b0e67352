"""Reported speech without quote marks (issue 10, item 4): one table of made-up sentences per rule.

Each row: sentence -> a statement expected among those found (text, kind, speaker, cue), or None when
the sentence must give no statement. The rules find the content and stay conservative about the
speaker: a judging verb or a noun-like form after a description gives nothing rather than a guess.
"""
from __future__ import annotations

import pytest

from quotetrail import extract
from statement_lookup import statements

Row = tuple[str, str, tuple[str, str, str | None, str] | None]


def _check(text: str, expected: tuple | None) -> None:
    found = statements(text)
    if expected is None:
        assert found == []
    else:
        assert expected in found


# A judging verb (criticize, describe, praise, ...) with a plain object after a name or he/she.
JUDGING = [
    ("name, object up to the comma", "Mayor Ana Ortiz criticized the new parking rules, which take effect in May.",
     ("the new parking rules", "indirect", "Ana Ortiz", "criticized")),
    ("he/she", "Paul Grant spoke last. He described the flooding as the worst in a decade.",
     ("the flooding as the worst in a decade", "indirect", "Paul Grant", "described")),
    ("title dropped", "Senator Lena Morris praised the volunteers who cleared the park.",
     ("the volunteers who cleared the park", "indirect", "Lena Morris", "praised")),
    ("they: no statement", "The two councillors spoke last. They criticized the new parking rules.", None),
    ("a description judging: no statement", "The council criticized the new parking rules, which take effect in May.",
     None),
    ("the one judged is part of the content", "Grant accused the mayor of hiding the cost of the bridge.",
     ("the mayor of hiding the cost of the bridge", "indirect", "Grant", "accused")),
    ("two cues sharing the subject",
     "Ostrom criticized a county loan to the stadium and pledged to hold the planners to account.",
     ("a county loan to the stadium", "indirect", "Ostrom", "criticized")),
]

# A verb of intention or pressure whose content is a to-infinitive.
INFINITIVE = [
    ("refused to", "Grant has refused to release the report on the bridge.",
     ("to release the report on the bridge", "indirect", "Grant", "refused")),
    ("participle after the main clause", "Ortiz spoke to the farmers, promising to cut the water fees next year.",
     ("to cut the water fees next year", "indirect", "Ortiz", "promising")),
    ("second cue of the subject",
     "Ostrom criticized a county loan to the stadium and pledged to hold the planners to account.",
     ("to hold the planners to account", "indirect", "Ostrom", "pledged")),
    ("a comma later in the infinitive", "Ana Ortiz has vowed to fight the plan in court, and Paul Grant is "
     "promising to back her.", ("to fight the plan in court", "indirect", "Ana Ortiz", "vowed")),
    ("a request with its object", "In a letter to the council, Ortiz asked the mayor to close the old bridge.",
     ("the mayor to close the old bridge", "indirect", "Ortiz", "asked")),
    ("not a cue verb", "Grant went to the station to catch the last train home.", None),
]

# Forms that are as often nouns (support, plans) or wishes (want): cues only after a name or he/she.
GUARDED = [
    ("wants after a name", "Ortiz wants a second bridge over the river before the next election.",
     ("a second bridge over the river before the next election", "indirect", "Ortiz", "wants")),
    ("supports after a name", "Paul Grant supports the plan to close the old library.",
     ("the plan to close the old library", "indirect", "Paul Grant", "supports")),
    ("plans as a noun", "The plans for the stadium were shelved last year after a long fight.", None),
    ("want after a description", "Our supporters want a second bridge over the river before the next election.", None),
    ("support after a possessive", "Grant's support from the unions surprised the council last spring.", None),
    ("plans in a relative clause",
     "The bus stopped for Ortiz, who owns a farm in the valley and plans to visit it next summer.", None),
    ("supports after the relative of a name", "The rules were drafted by Ana Ortiz, who supports a ban on new towers.",
     ("a ban on new towers", "indirect", "Ana Ortiz", "supports")),
    ("want after a poll's share", "Only 19 percent of students polled want a longer school year.",
     ("a longer school year", "indirect", "Only 19 percent of students polled", "want")),
    ("wants after the relative of a description", "A rich donor who wants a new stadium can pay for it.", None),
    ("support as a noun after a share", "The mayor had 45 percent support among older voters in May.", None),
    ("support as a noun after a preposition's share",
     "The latest poll put Ortiz on 55.7 percent support compared to Grant's 31 percent.", None),
    ("plans as a noun after a preposition's name", "The council voted on Harbour Party plans to build a tram line.", None),
    ("hopes after a name", "Ana Ortiz hopes the new bridge will open before the winter floods.",
     ("the new bridge will open before the winter floods", "indirect", "Ana Ortiz", "hopes")),
    ("slams after he", "Paul Grant spoke first. He slams the council for the late budget every year.",
     ("the council for the late budget every year", "indirect", "Paul Grant", "slams")),
    ("favors after a name", "Grant favors a smaller tower on the old mill site.",
     ("a smaller tower on the old mill site", "indirect", "Grant", "favors")),
    ("hopes as a noun", "The hopes of the farmers rest on the new dam and the rain.", None),
    ("fears after a description", "Many fears about the dam were voiced at the long meeting.", None),
]

# A verb whose stance or topic is the object of its preposition, after a name or he/she (lexicon.PREPOSITIONAL_VERBS).
PREPOSITIONAL = [
    ("pointed to, object to the comma", "Ana Ortiz pointed to the falling river levels, which worry the farmers.",
     ("the falling river levels", "indirect", "Ana Ortiz", "pointed to")),
    ("voted for after he", "Paul Grant spoke last. He voted for the new tram line in May.",
     ("the new tram line", "indirect", "Paul Grant", "voted for")),
    ("railed against with an adverb", "Grant has long railed against the toll on the old bridge.",
     ("the toll on the old bridge", "indirect", "Grant", "railed against")),
    ("after a description: no statement", "Most residents voted for the new tram line in May.", None),
    ("focus on as a noun", "The council's focus on the tram line annoyed the farmers.", None),
    ("bare participle: no statement of its own", "Ortiz left the hall early, referring to the storm.", None),
]


@pytest.mark.parametrize("name,text,expected", PREPOSITIONAL, ids=[r[0] for r in PREPOSITIONAL])
def test_prepositional_verb_object_is_the_content(name: str, text: str, expected: tuple | None) -> None:
    _check(text, expected)


# Inflected forms the lexicon spells right (irregular "sought", doubled "begged", "agreeing").
FORMS = [
    ("sought to", "Ana Ortiz sought to calm the farmers after the flood.",
     ("to calm the farmers after the flood", "indirect", "Ana Ortiz", "sought")),
    ("begged", "Ortiz begged the council to keep the library open.",
     ("the council to keep the library open", "indirect", "Ortiz", "begged")),
    ("agreeing", "Ortiz is agreeing to the plan for the new bridge.",
     ("to the plan for the new bridge", "indirect", "Ortiz", "agreeing")),
]


@pytest.mark.parametrize("name,text,expected", FORMS, ids=[r[0] for r in FORMS])
def test_inflected_forms(name: str, text: str, expected: tuple | None) -> None:
    _check(text, expected)


# A base form that is as often a noun ("a mention", "the claim") is a verb after a modal, "do" or "to".
BASE_FORMS = [
    ("did not mention", "Ana Ortiz did not mention the new bridge in her speech on Monday.",
     ("the new bridge in her speech", "indirect", "Ana Ortiz", "mention")),
    ("careful to note", "Ortiz was careful to note that the bridge would stay open.",
     ("the bridge would stay open", "indirect", "Ortiz", "note")),
    ("a noun after a determiner", "The mention of the bridge angered the farmers at the meeting.", None),
]


@pytest.mark.parametrize("name,text,expected", BASE_FORMS, ids=[r[0] for r in BASE_FORMS])
def test_base_form_after_a_modal_is_a_cue(name: str, text: str, expected: tuple | None) -> None:
    _check(text, expected)


# A past form between a number or determiner and a noun is an adjective, not a cue.
ATTRIBUTIVE = [
    ("a number before", "Ortiz leads Grant by 271 pledged delegates after the spring contests.", None),
    ("the before", "The announced cuts to the bus service will hurt the farmers most.", None),
    ("a name before: a cue", "Ana Ortiz pledged support to the farmers of the valley.",
     ("support to the farmers of the valley", "indirect", "Ana Ortiz", "pledged")),
]


@pytest.mark.parametrize("name,text,expected", ATTRIBUTIVE, ids=[r[0] for r in ATTRIBUTIVE])
def test_past_form_before_a_noun_is_an_adjective(name: str, text: str, expected: tuple | None) -> None:
    _check(text, expected)


# "show" is a verb of evidence after a plural noun of evidence anywhere in the subject, or before "that".
EVIDENCE = [
    ("averages show", "Polling averages show the mayor with a narrow lead in the north.",
     ("the mayor with a narrow lead in the north", "indirect", "Polling averages", "show")),
    ("noun of evidence before a prepositional phrase",
     "Data from the county survey show that most residents want a new bridge.",
     ("most residents want a new bridge", "indirect", "Data from the county survey", "show")),
    ("the noun", "The show ran for ten years on local television.", None),
    ("a singular noun of evidence before showed", "A survey of 900 parents showed strong support for a later start.",
     ("strong support for a later start", "indirect", "A survey of 900 parents", "showed")),
    ("showed with a plain object and no evidence: a display, not a statement",
     "The new jackets showed plenty of skin at the premiere.", None),
    ("shows with a plain object and no evidence", "Ana Ortiz shows her true colours in a new blog post.", None),
    ("a noun of evidence before the subject's by-phrase",
     "The poll by the Valley Institute showed Ortiz leading Grant by ten points.",
     ("Ortiz leading Grant by ten points", "indirect", "the Valley Institute", "showed")),
    ("polling before a relative clause",
     "The scant polling that took place in the valley showed a dead heat between Ortiz and Grant.",
     ("a dead heat between Ortiz and Grant", "indirect", "The scant polling that took place in the valley", "showed")),
    ("showed no sign of: a stance whatever the subject", "Ana Ortiz showed no sign of giving way over the budget.",
     ("no sign of giving way over the budget", "indirect", "Ana Ortiz", "showed")),
]

# Content before the cue, the cue followed by a day and a part of the day; a titled apposition.
LEFT = [
    ("NAME, Title of Place, said",
     "Senator Ana Ortiz, Democrat of Vermont, said the program has failed thousands of families.",
     ("the program has failed thousands of families", "indirect", "Ana Ortiz", "said")),
    ("said Friday afternoon, as ...",
     "The new library is a waste of money, council members said Friday afternoon, as they left the hall.",
     ("The new library is a waste of money", "indirect", "council members", "said")),
    ("a show's title in quote marks before the subject is an introduction, not content",
     "On Channel Four's \"This Week,\" Ortiz said that the budget would pass in May.",
     ("the budget would pass in May", "indirect", "Ortiz", "said")),
    ("'this' opening the content is its subject, not a time ('said this week')",
     "Ana Ortiz told reporters this was the last chance to pass the budget.",
     ("this was the last chance to pass the budget", "indirect", "Ana Ortiz", "told")),
    ("a day and a programme title before the subject",
     "Sunday on the channel's “Morning Hour,” Rep. Ana Ortiz said the mayor had misled the council.",
     ("the mayor had misled the council", "indirect", "Ana Ortiz", "said")),
]


@pytest.mark.parametrize("name,text,expected", JUDGING, ids=[r[0] for r in JUDGING])
def test_judging_verb_object_is_the_content(name: str, text: str, expected: tuple | None) -> None:
    _check(text, expected)


@pytest.mark.parametrize("name,text,expected", GUARDED, ids=[r[0] for r in GUARDED])
def test_noun_like_forms_are_cues_only_after_a_name(name: str, text: str, expected: tuple | None) -> None:
    _check(text, expected)


@pytest.mark.parametrize("name,text,expected", INFINITIVE, ids=[r[0] for r in INFINITIVE])
def test_intention_verb_infinitive_is_the_content(name: str, text: str, expected: tuple | None) -> None:
    _check(text, expected)


@pytest.mark.parametrize("name,text,expected", EVIDENCE, ids=[r[0] for r in EVIDENCE])
def test_evidence_shows(name: str, text: str, expected: tuple | None) -> None:
    _check(text, expected)


@pytest.mark.parametrize("name,text,expected", LEFT, ids=[r[0] for r in LEFT])
def test_content_and_subject_around_the_cue(name: str, text: str, expected: tuple | None) -> None:
    _check(text, expected)


# ``A, SUBJ CUE, B``: what was said runs on both sides of a cue set off by commas: one statement
# whose parts are A and B; a scene-setting opening or a quotation on the right keeps the right side only.
AROUND = [
    ("clause, cue, clause",
     "The bridge was safe for decades, the engineer said, until the floods of last spring weakened it.",
     ("the engineer", ("The bridge was safe for decades", "until the floods of last spring weakened it"))),
    ("condition, cue, clause",
     "If the vote fails, Paul Grant argued, the council will have to find the money elsewhere.",
     ("Paul Grant", ("If the vote fails", "the council will have to find the money elsewhere"))),
    ("inverted condition, cue, clause: as with if",
     "Should the plan fail, Ortiz said, the port would close.",
     ("Ortiz", ("Should the plan fail", "the port would close"))),
    ("inverted past condition, cue, clause",
     "Had the levy passed, Paul Grant argued, the ferry would still run.",
     ("Paul Grant", ("Had the levy passed", "the ferry would still run"))),
    ("cue, that",
     "The smoke had become so thick, Ortiz noted, that the schools closed for a week.",
     ("Ortiz", ("The smoke had become so thick", "the schools closed for a week"))),
    ("cue, because",
     "The plan will fail, Paul Grant said, because the council has no money left for it.",
     ("Paul Grant", ("The plan will fail", "because the council has no money left for it"))),
    ("cue, infinitive",
     "Nor does the mayor have any plans, her advisers say, to close the old library.",
     ("her advisers", ("Nor does the mayor have any plans", "to close the old library"))),
    ("scene-setting clause: the right only",
     "As the meeting ended, Ortiz said, the council will vote on the plan next week.",
     ("Ortiz", ("the council will vote on the plan next week",))),
    ("a quotation on the right: the quotation only",
     "The hall was almost empty, Grant said, “and we still have no money left for the roof.”",
     ("Grant", ("and we still have no money left for the roof.",))),
]


@pytest.mark.parametrize("name,text,expected", AROUND, ids=[r[0] for r in AROUND])
def test_content_on_both_sides_of_the_cue(name: str, text: str, expected: tuple[str, tuple[str, ...]]) -> None:
    speaker, parts = expected
    found = [(s.speaker, tuple(text[a:b] for a, b in s.parts) if s.parts else (s.text,)) for s in extract(text)]
    assert (speaker, parts) in found


# A cue word after a possessive is a noun ("the mayor’s claims", "Ortiz’s tweets"), never a cue with
# the owner as its speaker; 's of "has" before a participle ("Grant’s called for") stays a cue.
# "tweets" is a cue only after a name or he/she (lexicon.NAMED_SUBJECT_FORMS).
POSSESSIVE = [
    ("tweets after a possessive", "Grant’s tweets blamed the council for the delay on the bridge.",
     ("blamed the council for the delay on the bridge", "indirect", "Grant", "tweets"), False),
    ("claims after a possessive",
     "This has angered residents, many of whom say the mayor’s claims about the barrier are unfounded.",
     ("about the barrier are unfounded", "indirect", "the mayor’s", "claims"), False),
    ("tweets after an adjective", "His series of late-night tweets attacked the council over the bridge again.",
     ("attacked the council over the bridge again", "indirect", "His series of late-night", "tweets"), False),
    ("with footage of a name: not the footage speaking",
     "The ad ends with footage of Grant saying on Monday that the bridge will be built.",
     ("the bridge will be built", "indirect", "footage of Grant", "saying"), False),
    ("'s of has before a participle", "Grant’s called for a second vote on the bridge next month.",
     ("a second vote on the bridge next month", "indirect", "Grant", "called for"), True),
]


@pytest.mark.parametrize("name,text,statement,found", POSSESSIVE, ids=[r[0] for r in POSSESSIVE])
def test_a_cue_word_after_a_possessive_is_a_noun(name: str, text: str, statement: tuple, found: bool) -> None:
    assert (statement in statements(text)) is found


# A content of two words is a clause of its own when it starts with a subject pronoun ("said he would").
SHORT = [
    ("pronoun and verb", "The mayor was asked about the bridge. Paul Grant said he would.",
     ("he would", "indirect", "Paul Grant", "said")),
    ("two words without a subject: nothing", "The mayor was asked about the bridge. Paul Grant said maybe later.", None),
]


# Quoted words closed by the cue with their clause before them: one mixed content, the clause included;
# after a colon the quotation alone.
CLAUSE_AND_QUOTE = [
    ("clause, quoted words, cue", "Teachers who joined the group are “very, very keen on the plan,” Ana Ortiz said.",
     ("Teachers who joined the group are “very, very keen on the plan,”", "mixed", "Ana Ortiz", "said")),
    ("lead-in with a colon", "The message was plain: “We are very, very keen on the plan,” Ana Ortiz said.",
     ("We are very, very keen on the plan,", "direct", "Ana Ortiz", "said")),
]


# "CONTENT, according to SRC": no content runs on over the cue, and an apposition after SRC describes the source.
ACCORDING = [
    ("an earlier content ends before according to",
     "The group has called for a boycott of the harbour, according to the Ortiz Institute, which tracks such calls.",
     ("The group has called for a boycott of the harbour", "indirect", "Ortiz Institute", "according to")),
    ("apposition after the source",
     "The harbour made a profit of two million last year, according to Ana Ortiz, an analyst at Harbour Research.",
     ("The harbour made a profit of two million last year", "indirect", "Ana Ortiz", "according to")),
]

# The edges of a content: one test over the three tables above.
EDGES = SHORT + CLAUSE_AND_QUOTE + ACCORDING


@pytest.mark.parametrize("name,text,expected", EDGES, ids=[r[0] for r in EDGES])
def test_content_edges(name: str, text: str, expected: tuple | None) -> None:
    _check(text, expected)


# A reporting noun's "that"-clause: the possessor or the subject of the governing verb is the speaker.
REPORTING_NOUNS = [
    ("the subject of the verb holds the idea", "Critics ridiculed the idea that the town could pay for a new stadium.",
     ("the town could pay for a new stadium", "indirect", "Critics", "idea")),
    ("a possessive name before the noun", "The board discussed Ana Ortiz's warning that the old dam could fail.",
     ("the old dam could fail", "indirect", "Ana Ortiz", "warning")),
    ("a possessive pronoun is its person, and the clause ends before a comma and a relative",
     "Ana Ortiz spoke first. Residents scoffed at her claim that the water was clean, which tests later disproved.",
     ("the water was clean", "indirect", "Ana Ortiz", "claim")),
    ("the noun phrase is the sentence's subject: its verb would run into the content",
     "His warning that the dam could fail went unheeded for years.", None),
    ("a relative clause after the noun", "The claims that have been made about the bridge are false.", None),
    ("the sentence's subject noun with a quotation after its that: the quotation ends it",
     "Ana Ortiz spoke first. Her remark that “the harbour is finished” drew jeers from the crews.",
     ("the harbour is finished", "direct", "Ana Ortiz", "remark")),
    ("guard: a scare-quoted word after the subject noun's that",
     "Her assertion that “thousands” of crews had left went unchallenged for years.", None),
]


@pytest.mark.parametrize("name,text,expected", REPORTING_NOUNS, ids=[r[0] for r in REPORTING_NOUNS])
def test_reporting_noun_clause(name: str, text: str, expected: tuple | None) -> None:
    _check(text, expected)


# A participle of a verb of saying proper after a clause shares the clause's description subject.
SHARED_PARTICIPLE = [
    ("claiming after a description", "The bakery sued the city, claiming the new parking rules had ruined its trade.",
     ("the new parking rules had ruined its trade", "indirect", "The bakery", "claiming")),
    ("alleging that after a description", "A group of farmers wrote to the council, alleging that the dam was unsafe.",
     ("the dam was unsafe", "indirect", "A group of farmers", "alleging")),
    ("a participle that reveals is no report", "The old coat slipped off the chair, revealing a red lining.", None),
]


@pytest.mark.parametrize("name,text,expected", SHARED_PARTICIPLE, ids=[r[0] for r in SHARED_PARTICIPLE])
def test_participle_shares_a_description_subject(name: str, text: str, expected: tuple | None) -> None:
    _check(text, expected)


# "in the latest poll": the poll reports a clause of standings before it (at the sentence end) or after it.
IN_POLL = [
    ("at the sentence end", "Ortiz leads the mayor by nine points in the latest Valley Institute poll.",
     ("Ortiz leads the mayor by nine points", "indirect", "the latest Valley Institute poll", "in")),
    ("opening the sentence", "In a new statewide survey, 40 percent of farmers ride the tram to work.",
     ("40 percent of farmers ride the tram to work", "indirect", "a new statewide survey", "In")),
    ("after a sentence conjunction", "But she trails the senator in most national polls.",
     ("she trails the senator", "indirect", "most national polls", "in")),
    ("a poll noun that is no head", "He grew up in the poll town of Marion and still leads the choir.", None),
    ("a clause with no standing", "The mayor was not mentioned in the latest poll.", None),
    ("a subordinate clause", "Though she led in the polls, Ortiz lost the vote.", None),
]


@pytest.mark.parametrize("name,text,expected", IN_POLL, ids=[r[0] for r in IN_POLL])
def test_a_poll_reports_standings(name: str, text: str, expected: tuple | None) -> None:
    _check(text, expected)


# "stating"/"warning" (mostly nouns alone) are cues after a comma and before a clause; the topic a verb of
# saying is left with before such a participle ("reiterated these concerns, stating …") is no statement.
COMMA_PARTICIPLE = [
    ("warning that after a comma", "Ana Ortiz closed the meeting, warning that the old dam could fail.",
     ("the old dam could fail", "indirect", "Ana Ortiz", "warning")),
    ("stating after a comma", "Ana Ortiz wrote to the council, stating the library would stay open.",
     ("the library would stay open", "indirect", "Ana Ortiz", "stating")),
    ("warning of a thing: a topic", "Ana Ortiz closed the meeting, warning of floods.", None),
]


@pytest.mark.parametrize("name,text,expected", COMMA_PARTICIPLE, ids=[r[0] for r in COMMA_PARTICIPLE])
def test_participle_after_a_comma(name: str, text: str, expected: tuple | None) -> None:
    _check(text, expected)


def test_a_topic_left_before_a_participle_is_no_statement() -> None:
    found = statements("Ana Ortiz repeated her doubts, stating that the dam was unsafe.")
    assert ("the dam was unsafe", "indirect", "Ana Ortiz", "stating") in found
    assert [f for f in found if f[3] == "repeated"] == []


# A participle right after a noun of a document or of evidence reports for that noun phrase.
REDUCED_RELATIVE = [
    ("a letter alleging that", "The council received a letter alleging that the dam was unsafe.",
     ("the dam was unsafe", "indirect", "a letter", "alleging")),
    ("polls showing, ending at the comma", "Despite polls showing her well behind, Ortiz stayed in the race.",
     ("her well behind", "indirect", "polls", "showing")),
    ("a strong showing is a noun", "Ortiz made a strong showing in the north.", None),
    ("a poll's group before saying", "The survey left 58 percent of voters saying the tram is too slow.",
     ("the tram is too slow", "indirect", "58 percent of voters", "saying")),
    ("on record: the subject speaks, not the record",
     "Ana Ortiz has gone on record saying that the bridge will close.",
     ("the bridge will close", "indirect", "Ana Ortiz", "saying")),
]


@pytest.mark.parametrize("name,text,expected", REDUCED_RELATIVE, ids=[r[0] for r in REDUCED_RELATIVE])
def test_participle_after_a_document_noun(name: str, text: str, expected: tuple | None) -> None:
    _check(text, expected)


# "as X reported", "as reported by X": the aside reports the clause around it.
AS_ASIDE = [
    ("as X noted at the end", "The dam is older than the town, as Ortiz noted.",
     ("The dam is older than the town", "indirect", "Ortiz", "noted")),
    ("a time phrase after the cue", "The mayor resigned in May, as the Harbour Gazette reported a few days later.",
     ("The mayor resigned in May", "indirect", "Harbour Gazette", "reported")),
    ("as reported by opening the sentence", "As reported by the Harbour Gazette, the dam is older than the town.",
     ("the dam is older than the town", "indirect", "Harbour Gazette", "As reported by")),
    ("as first reported by at the end", "The dam is older than the town, as first reported by the Harbour Gazette.",
     ("The dam is older than the town", "indirect", "Harbour Gazette", "as first reported by")),
    ("a clause of its own after the cue", "Ortiz resigned, as she said she would.",
     ("she would", "indirect", None, "said")),
]


@pytest.mark.parametrize("name,text,expected", AS_ASIDE, ids=[r[0] for r in AS_ASIDE])
def test_as_aside_reports_the_clause(name: str, text: str, expected: tuple | None) -> None:
    _check(text, expected)


def test_as_aside_inside_the_clause_has_both_parts() -> None:
    statements = [s for s in extract("The old dam on the river, as Ortiz noted on Monday, is older than the town.") if s.cue == "noted"]
    assert [s.words for s in statements] != [] and statements[0].parts is not None
    assert len(statements[0].parts) == 2


# A verb of saying in a to-infinitive of purpose reports for the name or he/she opening the sentence.
PURPOSE = [
    ("took to the radio to say", "Ana Ortiz took to the radio to say that the dam would hold.",
     ("the dam would hold", "indirect", "Ana Ortiz", "say")),
    ("went out of her way to say", "Ortiz went out of her way to say the dam was safe.",
     ("the dam was safe", "indirect", "Ortiz", "say")),
    ("a description subject: no statement", "The farmers came to the hall to say the dam was unsafe.", None),
    ("to comment is as often a request", "Ana Ortiz was invited to the hall to comment on the dam.", None),
]


@pytest.mark.parametrize("name,text,expected", PURPOSE, ids=[r[0] for r in PURPOSE])
def test_purpose_infinitive_of_saying(name: str, text: str, expected: tuple | None) -> None:
    _check(text, expected)


# Objects that make a cue word no report: a reflexive ("found himself"), a plain object of a verb that reports
# only clauses ("maintained a lead"), a verb of watching ("observed the vote"), a noun use ("the full embrace of").
NOT_A_REPORT = [
    ("found himself", "Ana Ortiz found himself in a row with the council over the dam.", None),
    ("maintained a lead", "Ana Ortiz maintained a lead of nine points over the mayor.", None),
    ("maintained a clause", "Ana Ortiz maintained he had done nothing wrong.",
     ("he had done nothing wrong", "indirect", "Ana Ortiz", "maintained")),
    ("observed a plain object: watching", "Ana Ortiz observed the vote in three northern districts.", None),
    ("observing a participle's object: watching", "Ana Ortiz flew to Dunmore, observing the flood defences.", None),
    ("observed a gerund: watching", "Ana Ortiz observed voting in three northern districts.", None),
    ("observed a clause: a statement", "Ana Ortiz observed the count was calm.",
     ("the count was calm", "indirect", "Ana Ortiz", "observed")),
    ("observed a time phrase: the content follows", "Ana Ortiz observed this week that the count was calm.",
     ("the count was calm", "indirect", "Ana Ortiz", "observed")),
    ("observed a clause with a bare verb: a statement", "Pell Varro observed the quarry levies harm growers.",
     ("the quarry levies harm growers", "indirect", "Pell Varro", "observed")),
    ("observed a noun's that clause: a remark", "Pell Varro observed the paradox that the richest towns pay least.",
     ("the paradox that the richest towns pay least", "indirect", "Pell Varro", "observed")),
    ("guard: observed a plural noun compound: watching", "Pell Varro observed the arms trials at the depot.", None),
    ("guard: observed a relative that: watching", "Pell Varro observed the council meeting that ran late.", None),
    ("embrace as a noun", "The council's full embrace of the tram plan surprised the farmers.", None),
    ("described himself as: a statement", "Ana Ortiz described himself as a friend of the farmers.",
     ("himself as a friend of the farmers", "indirect", "Ana Ortiz", "described")),
]


@pytest.mark.parametrize("name,text,expected", NOT_A_REPORT, ids=[r[0] for r in NOT_A_REPORT])
def test_objects_that_make_no_report(name: str, text: str, expected: tuple | None) -> None:
    _check(text, expected)


# A watched object ends before a clause break or a later cue: the later statement is the only one.
WATCHED_BEFORE_A_CUE = [
    ("before a subordinate cue", "Pell Varro observed a parade at dawn before Ida Brun said the bridge was safe.",
     ("the bridge was safe", "indirect", "Ida Brun", "said")),
    ("before a shared cue", "Pell Varro observed the ferry crossing at dawn and said the harbour was safe.",
     ("the harbour was safe", "indirect", "Pell Varro", "said")),
]


@pytest.mark.parametrize("name,text,expected", WATCHED_BEFORE_A_CUE, ids=[r[0] for r in WATCHED_BEFORE_A_CUE])
def test_watched_object_before_a_cue(name: str, text: str, expected: tuple) -> None:
    assert statements(text) == [expected]
