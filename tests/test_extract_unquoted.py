"""Reported speech without quote marks that a rule of issue 10's eighth round finds: one table of made-up
sentences per rule.

Each row: sentence -> a statement expected among those found (text, kind, speaker, cue).
"""
from __future__ import annotations

import pytest

from quotetrail.extract import extract
from statement_lookup import statements


def _check(text: str, expected: tuple) -> None:
    found = statements(text)
    assert expected in found, found


# A base form that is as often a noun ("a claim", "a note") is a verb after a plural or first-person subject when
# a clause follows it.
PRESENT_BASE_FORMS = [
    ("a plural noun before note that", "Harbour pilots note that the channel silts up every spring.",
     ("the channel silts up every spring", "indirect", "Harbour pilots", "note")),
    ("a capitalised plural opening the sentence", "Critics complain that the ferry timetable keeps changing.",
     ("the ferry timetable keeps changing", "indirect", "Critics", "complain")),
    ("they and a bare clause", "They claim it will double the rents in the old town.",
     ("it will double the rents in the old town", "indirect", None, "claim")),
    ("an adverb after the form", "Shop owners complain bitterly that the parking fees are too high.",
     ("the parking fees are too high", "indirect", "Shop owners", "complain")),
    ("also before the form", "Harbour pilots also note that the channel silts up every spring.",
     ("the channel silts up every spring", "indirect", "Harbour pilots", "note")),
]


def test_a_manner_adverb_before_that_is_no_content() -> None:
    assert ("the parking fees are too high", "indirect", "Ana Ortiz", "complained") in statements(
        "Ana Ortiz complained bitterly that the parking fees are too high.")


@pytest.mark.parametrize("name,text,expected", PRESENT_BASE_FORMS, ids=[r[0] for r in PRESENT_BASE_FORMS])
def test_a_base_form_after_a_plural_subject_is_a_verb(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


def test_a_base_form_before_a_noun_is_no_cue() -> None:
    assert not [f for f in statements("The office says claim forms for farmers are online.") if f[3] == "claim"]


# A reporting noun linked to its "that"-clause by a copula ("her argument was that …"), or followed by a short
# setting before the "that" ("her claim on local radio that …").
NOUN_CLAUSES = [
    ("a copula after a possessed noun", "Reyes's argument on Friday was that the pier should stay open all winter.",
     ("the pier should stay open all winter", "indirect", "Reyes", "argument")),
    ("a setting before the that", "The board ignored her claim on local radio that she had paid the levy.",
     ("she had paid the levy", "indirect", None, "claim")),
    ("the one who warned after from", "The vote went ahead despite warnings from Ana Ortiz that the pier was unsafe.",
     ("the pier was unsafe", "indirect", "Ana Ortiz", "warnings")),
    ("the group after among", "There is now a feeling among the ferry crews that their jobs are next.",
     ("their jobs are next", "indirect", "the ferry crews", "feeling")),
    ("a day before the that", "The vote followed his claim Monday that the pier was unsafe.",
     ("the pier was unsafe", "indirect", None, "claim")),
    ("an owned answer before a copula", "Asked about the fees, Ortiz's answer was that the pier would stay open.",
     ("the pier would stay open", "indirect", "Ortiz", "answer")),
]


@pytest.mark.parametrize("text", ["The point is that the ferry is late again.",
                                  "The worry is that the ferry will be sold.",
                                  "One gripe is that the night buses skip the harbour."])
def test_an_unowned_noun_before_a_copula_is_the_writers_framing(text: str) -> None:
    assert not statements(text)


@pytest.mark.parametrize("name,text,expected", NOUN_CLAUSES, ids=[r[0] for r in NOUN_CLAUSES])
def test_a_reporting_noun_reports_its_linked_clause(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text", ["The mayor stressed the danger to the villages that a flood would pose.",
                                  "The levy met worry, with several shop owners saying that it came too soon."])
def test_no_noun_clause_after_a_relative_or_a_participle(text: str) -> None:
    assert not [f for f in statements(text) if f[3] in ("danger", "concern")]


def test_assert_reports_no_plain_object() -> None:
    assert not statements("The rebels asserted control over the northern port.")


# "which" after a body is the subject of any verb of saying whose content "that" introduces (not of belief).
WHICH_THAT = [
    ("contended that", "The levy was set by the Harbour Board, which contended that the pier was unsafe.",
     ("the pier was unsafe", "indirect", "Harbour Board", "contended")),
    ("ruled that", "The appeal went to the Leeds Planning Court, which ruled that the ferry lease was void.",
     ("the ferry lease was void", "indirect", "Leeds Planning Court", "ruled")),
]


@pytest.mark.parametrize("name,text,expected", WHICH_THAT, ids=[r[0] for r in WHICH_THAT])
def test_which_reports_a_that_clause_for_its_body(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


def test_which_reports_no_belief() -> None:
    found = statements("The Harbour Board, which believes that the pier is unsafe, met today.")
    assert not [f for f in found if f[0].startswith("the pier")], found


# "wrote in" is no phrase cue: the document after it is where it was written, not what.
WROTE_IN = [
    ("the content before the cue", "The ferry will stop in May, Ana Ortiz wrote in a letter to the harbour board.",
     ("The ferry will stop in May", "indirect", "Ana Ortiz", "wrote")),
    ("a that after the document", "Ana Ortiz wrote in a memo to staff that the ferry will stop in May.",
     ("the ferry will stop in May", "indirect", "Ana Ortiz", "wrote")),
]


@pytest.mark.parametrize("name,text,expected", WROTE_IN, ids=[r[0] for r in WROTE_IN])
def test_wrote_in_a_document_is_its_setting(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


# A lone "all" or "both" after an opening phrase's comma, or opening the sentence, is the subject.
LONE_GROUPS = [
    ("all opening the sentence", "All agreed that the night ferry should run again.",
     ("the night ferry should run again", "indirect", "All", "agreed")),
    ("all after an opening phrase", "After a long debate, all agreed that the night ferry should run again.",
     ("the night ferry should run again", "indirect", "all", "agreed")),
    ("both after an opening phrase", "In the end, both said the night ferry should run again.",
     ("the night ferry should run again", "indirect", "both", "said")),
]


@pytest.mark.parametrize("name,text,expected", LONE_GROUPS, ids=[r[0] for r in LONE_GROUPS])
def test_a_lone_group_word_is_the_subject(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


def test_all_told_is_no_statement() -> None:
    assert not [f for f in statements("All told, the storm cost the harbour two piers.") if f[3] == "told"]


# After a short opening phrase of time or place, the clause after a mid-sentence "according to SRC," goes on with the
# phrase: the statement's two parts, the source (and its apposition) left out.
ACCORDING_AFTER_SETTING = [
    ("a day before the source", "On Monday, according to the coastguard, the ferry ran aground near the pier.",
     ("On Monday … the ferry ran aground near the pier", "indirect", "the coastguard", "according to")),
    ("an apposition after the source", "In 2019, according to Ana Ortiz, an engineer at the port, the crane failed "
     "twice in one week.", ("In 2019 … the crane failed twice in one week", "indirect", "Ana Ortiz", "according to")),
    ("an article opening the clause", "Near the quay, according to the coastguard, a trawler ran aground on Sunday.",
     ("Near the quay … a trawler ran aground on Sunday", "indirect", "the coastguard", "according to")),
]


@pytest.mark.parametrize("name,text,expected", ACCORDING_AFTER_SETTING, ids=[r[0] for r in ACCORDING_AFTER_SETTING])
def test_an_opening_setting_before_according_goes_on_after_it(name: str, text: str, expected: tuple) -> None:
    found = [(s.words, s.kind, s.speaker, s.cue) for s in extract(text)]
    assert expected in found, found


# An adverb of time opening the sentence is no part of the subject a participle shares.
def test_a_participle_shares_the_subject_after_an_opening_adverb() -> None:
    assert ("the talks had failed", "indirect", "Ana Ortiz", "saying") in statements(
        "Later Ana Ortiz left the harbour office, saying the talks had failed.")


# A contracted subject after a cue set off by commas opens a clause of its own: the content is the two parts around
# the cue, not one stretch over it.
def test_a_contracted_subject_after_the_cue_starts_a_second_part() -> None:
    found = [(s.words, s.cue) for s in extract("The winter lull did not last long; by March, she recalls, we’d "
                                               "hired ten more cooks.")]
    assert ("The winter lull did not last long; by March … we’d hired ten more cooks", "recalls") in found, found


# A cue set off by commas between a subject and its predicate: one statement whose two parts are the subject and the
# predicate (both reported), the cue left out; after "is that" only the clause after "that".
CUE_AFTER_SUBJECT = [
    ("a short subject", "The dam, the engineers said, would hold until May.",
     ("The dam … would hold until May", ((0, 7), (29, 49)))),
    ("a one-word subject", "Prices, the study suggests, will keep rising.",
     ("Prices … will keep rising", ((0, 6), (28, 44)))),
    ("a clause as subject", "Whatever ground she won, aides said, could be lost quickly.",
     ("Whatever ground she won … could be lost quickly", ((0, 23), (37, 58)))),
    ("is that", "The trouble, Ana Ortiz said, is that the dam leaks.", ("the dam leaks", None)),
    # guards: a relative clause around the cue, a condition (two parts already), a scene, a phrase before a clause of
    # its own, the determiner "that"
    ("a relative", "The dam, which the engineers said was old, would hold until May.",
     ("was old, would hold until May", None)),
    ("a condition", "If the rain stops, Lena Voss said, the river will fall.",
     ("If the rain stops … the river will fall", ((0, 17), (35, 54)))),
    ("a scene", "After the vote, aides said, prices rose sharply.", ("prices rose sharply", None)),
    ("a phrase before a clause", "Apart from coal, the report adds, other fuels are scarce.",
     ("Apart from coal, the report adds, other fuels are scarce", None)),
    ("the determiner that", "The ferry, Ana Ortiz said, is that old boat by the pier.",
     ("The ferry … is that old boat by the pier", ((0, 9), (27, 55)))),
]


@pytest.mark.parametrize("name,text,expected", CUE_AFTER_SUBJECT, ids=[r[0] for r in CUE_AFTER_SUBJECT])
def test_a_cue_after_the_subject_splits_the_statement_in_two_parts(name: str, text: str, expected: tuple) -> None:
    found = [(s.words, s.parts) for s in extract(text)]
    assert found == [expected], found


# More occupations are role nouns of an apposition chain: the name after the role speaks.
ROLES = [
    ("a surgeon", "The hospital's chief surgeon, Jo Park, told the board the ward would close.",
     ("the ward would close", "indirect", "Jo Park", "told")),
    ("a publicist", "Reyes's longtime publicist, Jo Park, said the tour would go ahead.",
     ("the tour would go ahead", "indirect", "Jo Park", "said")),
]


@pytest.mark.parametrize("name,text,expected", ROLES, ids=[r[0] for r in ROLES])
def test_an_occupation_in_an_apposition_chain_is_a_role(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


# "made the case that …" reports the clause after its "that", past a short phrase; "made the case for X" is a topic.
CASE_THAT = [
    ("right after the phrase", "The pilots have made the case that the channel is too shallow.",
     ("the channel is too shallow", "indirect", "The pilots", "made the case")),
    ("past a short phrase", "Since March, Ana Ortiz has made the case to the board that the ferry needs a new crew.",
     ("the ferry needs a new crew", "indirect", "Ana Ortiz", "made the case")),
]


@pytest.mark.parametrize("name,text,expected", CASE_THAT, ids=[r[0] for r in CASE_THAT])
def test_making_the_case_reports_its_that_clause(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text", ["Ana Ortiz made the case for a new bridge over the harbour.",
                                  "The clerks made the case that put the smuggler behind bars."])
def test_making_the_case_for_a_thing_is_no_statement(text: str) -> None:
    assert not statements(text)


# forecast, bemoan, reassure and discover are verbs of saying or knowing that report only a clause.
CLAUSE_VERBS = [
    ("discovered that", "The auditors have also discovered that the toll fund was short.",
     ("the toll fund was short", "indirect", "The auditors", "discovered")),
    ("discovered a bare clause", "Lena Harrow discovered she had been billed twice.",
     ("she had been billed twice", "indirect", "Lena Harrow", "discovered")),
    ("forecast", "Ana Ortiz forecast that the harbour trade would recover by spring.",
     ("the harbour trade would recover by spring", "indirect", "Ana Ortiz", "forecast")),
    ("bemoaned", "Tom Reyes bemoaned that the night ferry was always late.",
     ("the night ferry was always late", "indirect", "Tom Reyes", "bemoaned")),
    ("reassured an object", "Ana Ortiz reassured the dock workers that the pier would stay open.",
     ("the pier would stay open", "indirect", "Ana Ortiz", "reassured")),
]


@pytest.mark.parametrize("name,text,expected", CLAUSE_VERBS, ids=[r[0] for r in CLAUSE_VERBS])
def test_a_verb_of_saying_reports_its_clause(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text", ["The weather forecast for the harbour is grim.",
                                  "Tom Reyes bemoaned the lack of parking near the harbour.",
                                  "The divers discovered a wreck off Tarn Point.",
                                  "Lena Harrow discovered the joy of sailing at nine.",
                                  "The quarry team discovered dozens of fossils last week."])
def test_a_clause_only_verb_reports_no_plain_object(text: str) -> None:
    assert not [f for f in statements(text) if f[3] in ("forecast", "bemoaned", "discovered")]


# A progressive form of hoping, fearing or worrying reports the clause after it; not its to-infinitive or object.
PROGRESSIVE_BELIEF = [
    ("is hoping that", "Lena Harrow is hoping that the ferry will run all winter.",
     ("the ferry will run all winter", "indirect", "Lena Harrow", "hoping")),
    ("were fearing a pronoun clause", "The growers were fearing they would lose the orchard.",
     ("they would lose the orchard", "indirect", "The growers", "fearing")),
]


@pytest.mark.parametrize("name,text,expected", PROGRESSIVE_BELIEF, ids=[r[0] for r in PROGRESSIVE_BELIEF])
def test_a_progressive_belief_reports_its_clause(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text", ["Lena Harrow is hoping to win the harbour seat.",
                                  "The town is worrying about the old bridge.",
                                  "She was hoping for rain over the orchards.",
                                  "He is worrying the dog with that whistle.",
                                  "Hoping that the ferry runs, the crowd waited."])
def test_a_progressive_belief_without_a_clause_reports_nothing(text: str) -> None:
    assert not [f for f in statements(text) if f[3] in ("hoping", "fearing", "worrying")]


# A contracted "is"/"are" after a subject pronoun makes a participle of saying a verb with that subject.
def test_a_contracted_progressive_is_no_bare_participle() -> None:
    assert ("the pier is unsafe", "indirect", None, "arguing") in statements("She's arguing that the pier is unsafe.")


# A verb that reports only a clause still reports the content before it ("A, Ortiz maintains.").
@pytest.mark.parametrize("text,expected", [
    ("The pier has never been safe, the mayor's former aide maintains.",
     ("The pier has never been safe", "indirect", None, "maintains")),
    ("The pier has never been safe, Ana Ortiz asserted.", ("The pier has never been safe", "indirect", "Ana Ortiz", "asserted")),
])
def test_a_clause_only_verb_reports_the_content_before_it(text: str, expected: tuple) -> None:
    _check(text, expected)


# "as much" after a verb of saying ends its clause: the short answer is the content.
@pytest.mark.parametrize("text,expected", [
    ("The harbour master, Tom Reyes, said as much to the crews on the quay.",
     ("as much", "indirect", "Tom Reyes", "said")),
    ("In her note to the board, Ana Ortiz indicated as much.", ("as much", "indirect", "Ana Ortiz", "indicated")),
])
def test_as_much_is_a_short_answer(text: str, expected: tuple) -> None:
    _check(text, expected)


# A reporting noun after a preposition, a verb or "including" is an object, not its clause's subject: its clause is
# reported; a noun clause also ends before ", or".
NOUN_OBJECTS = [
    ("after a preposition", "Her ratings rose after revelations that the mayor had lied to the board.",
     ("the mayor had lied to the board", "indirect", None, "revelations")),
    ("after a verb and a possessive", "The new data bolstered her argument that the port can grow.",
     ("the port can grow", "indirect", None, "argument")),
    ("after including", "The port faced scrutiny, including allegations that its cranes were unsafe.",
     ("its cranes were unsafe", "indirect", None, "allegations")),
    ("before a comma and or", "The board was unmoved by his complaints that the vote was rushed, or by the petition.", ("the vote was rushed", "indirect", None, "complaints")),
]


@pytest.mark.parametrize("name,text,expected", NOUN_OBJECTS, ids=[r[0] for r in NOUN_OBJECTS])
def test_a_reporting_noun_as_an_object_reports_its_clause(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


# Nouns of a report, a criticism or a shared account report their "that"-clause too; a singular "report" is a noun after
# a determiner, also past the name that owns it, and not before a relative whose verb issued it.
MORE_REPORTING_NOUNS = [
    ("a report owned by a name", "The mayor seized on a Harbour Gazette report that the ferry had lost money for years.",
     ("the ferry had lost money for years", "indirect", None, "report")),
    ("criticism from a group", "The port has faced criticism from the crews that its cranes are unsafe.",
     ("its cranes are unsafe", "indirect", "the crews", "criticism")),
    ("a narrative as an object", "The council leaned on the narrative that the old pier could not be saved.",
     ("the old pier could not be saved", "indirect", None, "narrative")),
    ("pronouncements after a preposition", "Despite loud pronouncements that the ferry would stay, it left in May.",
     ("the ferry would stay", "indirect", None, "pronouncements")),
    ("a recognition as an object", "The flood forced a recognition that the dykes were too low.",
     ("the dykes were too low", "indirect", "The flood", "recognition")),
]


@pytest.mark.parametrize("name,text,expected", MORE_REPORTING_NOUNS, ids=[r[0] for r in MORE_REPORTING_NOUNS])
def test_more_nouns_report_their_clause(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


def test_a_report_before_an_issuing_relative_reports_nothing() -> None:
    assert not [f for f in statements("The board read the report that the harbour office released on Monday.")
                if f[3] == "report"]


@pytest.mark.parametrize("text", ["Yet his one pledge that the ferry would stay made headlines for weeks.",
                                  "But now his warning that the dam would fail looks prescient.",
                                  "Perhaps her claim that the pier was safe deserves another look."])
def test_a_reporting_noun_opening_its_clause_is_still_refused(text: str) -> None:
    assert not statements(text)


# A sentence opening with a concession or a condition goes on after a cue set off by commas: one statement, two parts.
@pytest.mark.parametrize("text,expected", [
    ("Though the first move was smooth, he said, replacing the pier would be much harder.",
     ("Though the first move was smooth … replacing the pier would be much harder", "said")),
    ("If the pier fails, Ana Ortiz warned, rebuilding it would take years.",
     ("If the pier fails … rebuilding it would take years", "warned")),
])
def test_an_opening_concession_goes_on_after_the_cue(text: str, expected: tuple) -> None:
    found = [(s.words, s.cue) for s in extract(text)]
    assert expected in found, found


# A naming or judging verb before an indirect question or a manner clause reports it after any subject.
@pytest.mark.parametrize("text,expected", [
    ("A radio ad in 2019 questioned whether the mayor was ready for a flood.",
     ("whether the mayor was ready for a flood", "indirect", "A radio ad", "questioned")),
    ("Two former cooks described how the owner skimmed their tips.",
     ("how the owner skimmed their tips", "indirect", "Two former cooks", "described")),
])
def test_a_judging_verb_reports_a_question_after_any_subject(text: str, expected: tuple) -> None:
    _check(text, expected)


def test_a_judging_verb_with_a_plain_object_after_a_description_is_no_statement() -> None:
    assert not statements("The council criticized the parking rules.")


# Forms of saying that are mostly nouns are verbs after a progressive auxiliary before a clause ("was warning traders
# that"); a verb-like reporting noun after a preposition is a noun.
NOUN_LIKE_FORMS = [
    ("a progressive warning", "All week Ana Ortiz was warning traders that the market would shut.",
     ("the market would shut", "indirect", "Ana Ortiz", "warning")),
    ("charges after a preposition", "Tom Reyes left office under charges that he sold the harbour permits.",
     ("he sold the harbour permits", "indirect", None, "charges")),
    ("concerns after a preposition and a modifier", "The dockers voted on a strike over rising fears that the port "
     "has one buyer.",
     ("the port has one buyer", "indirect", None, "fears")),
]


@pytest.mark.parametrize("name,text,expected", NOUN_LIKE_FORMS, ids=[r[0] for r in NOUN_LIKE_FORMS])
def test_a_noun_like_form_reports_its_clause(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text", ["The inland states that have banned the nets will meet in June.",
                                  "He kept working in hopes that the pier would reopen."])
def test_no_report_from_a_relative_or_a_purpose(text: str) -> None:
    assert not [f for f in statements(text) if f[3] in ("states", "hopes")]


# Ordinary sentences with a form of saying that is a noun, an object verb or a plain verb: no statement.
NO_STATEMENT = [
    ("a name and rules that and a relative", "The EU rules that cap fishing quotas start in May."),
    ("an adjective opening the sentence", "Federal charges that follow such audits are rare."),
    ("rules that and an object", "She rules that out until the spring."),
    ("a base form and a plain object", "They claim the top prize every year."),
    ("a base form in a relative and its object", "Families who claim the rebate must apply by June."),
    ("estimate and an amount", "Officials estimate the repair at two million pounds."),
    ("a progressive writing and an object", "She is writing a history of the harbour."),
    ("a progressive warning and a topic", "The port was warning of high tides all week."),
    ("call and a condition", "The crew will call if the tide turns early."),
    ("a noun between a preposition and a verb-like noun", "Everyone in charge fears that the pier will close."),
]


@pytest.mark.parametrize("name,text", NO_STATEMENT, ids=[r[0] for r in NO_STATEMENT])
def test_an_ordinary_sentence_is_no_statement(name: str, text: str) -> None:
    assert not statements(text)


def test_a_time_after_from_is_no_speaker() -> None:
    assert [f[2] for f in statements("There were warnings from the outset that the crane was old.")] == [None]


def test_a_concession_stops_at_a_scene_or_a_new_clause() -> None:
    found = [s.words for s in extract("Though the pier reopened, she said, as the rain began to fall on the quay.")]
    assert found == ["Though the pier reopened"], found


# A belief adjective in -ed/-id after a copula and before "that" is the subject's belief, not a passive.
BELIEF_ADJECTIVE_NOT_PASSIVE = [
    ("is afraid that", "Lena Harrow is afraid that the levee will fail in March.",
     ("the levee will fail in March", "indirect", "Lena Harrow", "afraid")),
    ("were worried that", "The ferry crews were worried that the new dock would flood.",
     ("the new dock would flood", "indirect", "The ferry crews", "worried")),
    ("was convinced that", "Lena Harrow was convinced that the toll would be scrapped.",
     ("the toll would be scrapped", "indirect", "Lena Harrow", "convinced")),
]


@pytest.mark.parametrize("name,text,expected", BELIEF_ADJECTIVE_NOT_PASSIVE,
                         ids=[r[0] for r in BELIEF_ADJECTIVE_NOT_PASSIVE])
def test_a_belief_adjective_before_that_is_no_passive(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text", ["The ferry crews were worried by the new dock.",
                                  "Lena Harrow was convinced by the harbour report.",
                                  "The levee was concerned in the dispute over the toll."])
def test_a_belief_adjective_with_by_or_no_clause_reports_nothing(text: str) -> None:
    assert not [f for f in statements(text) if f[3] in ("worried", "convinced", "concerned")]


# A clause before a comma is no noun phrase an apposition follows: with an auxiliary in it, it is the content before
# an inverted cue ("A, but B, said X"); after a clause word its last words are still the subject before an apposition.
CLAUSE_BEFORE_APPOSITION = [
    ("a contrast before an inverted cue", "The ferry is old, but it is still safe, said Ana Gil.",
     ("The ferry is old, but it is still safe", "indirect", "Ana Gil", "said")),
    ("two clauses before an inverted cue", "The levy was raised, the shops were closed, said Tom Reyes.",
     ("The levy was raised, the shops were closed", "indirect", "Tom Reyes", "said")),
    ("a name after a clause word", "The unions have been angry since Reyes, at a rally in May, attacked their leaders.",
     ("their leaders", "indirect", "Reyes", "attacked")),
]


@pytest.mark.parametrize("name,text,expected", CLAUSE_BEFORE_APPOSITION, ids=[r[0] for r in CLAUSE_BEFORE_APPOSITION])
def test_a_clause_before_a_comma_is_no_subject_with_an_apposition(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


# Verbs of saying that report only a clause: brag, clarify, posit, surmise, swear, proclaim; their plain object, an
# "about" topic or a preposition after a participle is no content.
CLAUSE_ONLY_SAYING = [
    ("brag before a bare clause", "Tom Reyes brags he has walked every street in the ward.",
     ("he has walked every street in the ward", "indirect", "Tom Reyes", "brags")),
    ("clarify before that", "Ana Ortiz later clarified that the fee would apply only to lorries.",
     ("the fee would apply only to lorries", "indirect", "Ana Ortiz", "clarified")),
    ("posit before that", "One pollster posited that turnout would fall in the rain.",
     ("turnout would fall in the rain", "indirect", "One pollster", "posited")),
    ("swear before that", "The two councillors swore that they had never seen the letter.",
     ("they had never seen the letter", "indirect", "two councillors", "swore")),
]


@pytest.mark.parametrize("name,text,expected", CLAUSE_ONLY_SAYING, ids=[r[0] for r in CLAUSE_ONLY_SAYING])
def test_a_clause_only_verb_of_saying_reports_its_clause(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text", ["Tom Reyes bragged about his father teaching him to sail.",
                                  "Ana Ortiz clarified her remarks on Monday.",
                                  "After bragging for a year about how cheap the ferry was, Tom Reyes raised the fare."])
def test_a_clause_only_verb_of_saying_reports_no_object(text: str) -> None:
    assert not [f for f in statements(text) if f[3] in ("bragged", "clarified", "bragging")]


# A "/" between two capitalised names joins the outlets of one poll into its subject; too long with both, the subject
# is the phrase from the second name on, as before.
@pytest.mark.parametrize("text,expected", [
    ("A new Harbour Gazette/Kelvale Radio poll shows Ana Ortiz ahead by five points.",
     ("Ana Ortiz ahead by five points", "indirect", "A new Harbour Gazette/Kelvale Radio poll", "shows")),
    ("The latest Harbour Gazette/Kelvale Radio tracking poll of likely ferry users shows Ana Ortiz ahead by five points.",
     ("Ana Ortiz ahead by five points", "indirect", "Kelvale Radio tracking poll of likely ferry users", "shows")),
])
def test_a_slash_joins_two_names_in_a_subject(text: str, expected: tuple) -> None:
    _check(text, expected)
