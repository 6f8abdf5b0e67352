"""Statements whose cue the lexicon knows but whose speaker phrase or content a rule refused (issue 10,
seventh round): one table of made-up sentences per rule.

Each row: sentence -> a statement expected among those found (text, kind, speaker, cue).
"""
from __future__ import annotations

import pytest

from statement_lookup import statements


def _check(text: str, expected: tuple) -> None:
    found = statements(text)
    assert expected in found, found


# The speaker phrase: long appositions naming a role, names coordinated in an apposition, a title before
# the name, a focus adverb opening the sentence, a long aside between dashes.
SPEAKER_PHRASES = [
    ("a focus adverb before the name", "Even Grant, a longtime ally of the mayor, said the budget would be hard to pass.",
     ("the budget would be hard to pass", "indirect", "Grant", "said")),
    ("a long role apposition", "Lena Ortiz, Chile's director of fisheries policy between 2010 and 2014, said the "
     "talks must resume.", ("the talks must resume", "indirect", "Lena Ortiz", "said")),
    ("names coordinated in an apposition", "The farm workers, Ana Ortiz and Jo Reed, have promised to keep the "
     "strike going.", ("to keep the strike going", "indirect", "Ana Ortiz and Jo Reed", "promised")),
    ("a lower-case word before a title and the name", "But state Sen. Ana Ortiz, who chairs the farm board, recalled "
     "how the levee failed in 2009.", ("how the levee failed in 2009", "indirect", "Ana Ortiz", "recalled")),
    ("a possessive and a capitalised role", "Lee Park, Harbour Weekly's Deputy Director, explained why the print "
     "edition would end.", ("why the print edition would end", "indirect", "Lee Park", "explained")),
    ("an editor's title after a possessive", "Jo Park, Harbour Weekly’s Deputy Sports Editor, explained "
     "why the print edition would end.", ("why the print edition would end", "indirect", "Jo Park", "explained")),
    ("a quoted title inside the apposition", "Lena Park, host of the station's “Harbour Hour,” suggested the ferry "
     "strike would end soon.", ("the ferry strike would end soon", "indirect", "Lena Park", "suggested")),
    ("the relative of a named body", "The appeal was filed by the Harbour Gazette, which argued that the lease should "
     "be public.", ("the lease should be public", "indirect", "Harbour Gazette", "argued")),
    ("a name ending in an auxiliary's word", "Ana Reed spoke first. Ana May said the deal was done.",
     ("the deal was done", "indirect", "Ana May", "said")),
    ("a surname alone like an auxiliary", "Tom Will writes a column. In short, Will wrote, the senator can still win.",
     ("the senator can still win", "indirect", "Tom Will", "wrote")),
    ("a time phrase after back", "A poll of 900 voters by the Harbour Institute back in May found that Ortiz led by "
     "nine points.", ("Ortiz led by nine points", "indirect", "Harbour Institute", "found")),
    ("both alone", "Both have promised to repaint the lighthouse.",
     ("to repaint the lighthouse", "indirect", "Both", "promised")),
    ("the two", "The two admit that the harvest is late.", ("the harvest is late", "indirect", "The two", "admit")),
    ("one after a semicolon", "She asked three sailors; one suggested she wait for the tide.",
     ("she wait for the tide", "indirect", "one", "suggested")),
    ("two plural nouns coordinated", "The harbour fees are far too high, sailors and dock workers told the Gazette.",
     ("The harbour fees are far too high", "indirect", "sailors and dock workers", "told")),
    ("one in three", "One in three said the new tax was unfair.",
     ("the new tax was unfair", "indirect", "One in three", "said")),
    ("a party tag with dots", "Rep. Ana Ortiz, R-N.Y., noted that the ferry fares had doubled.",
     ("the ferry fares had doubled", "indirect", "Ana Ortiz", "noted")),
    ("a long parenthesis", "Sen. Ana Ortiz (a first-term member from the north who rarely speaks on the floor) says "
     "she expects the bill to pass.", ("she expects the bill to pass", "indirect", "Ana Ortiz", "says")),
    ("a name with its place in an apposition chain", "One baker backing the levy, Tom Reyes of Leeds, said the "
     "ovens would stay lit.", ("the ovens would stay lit", "indirect", "Tom Reyes", "said")),
    ("a long aside between dashes", "Tom Reyes — who still owns a boat in Leeds but has not sailed it in a decade — "
     "told the Gazette he's selling it this spring.",
     ("he's selling it this spring", "indirect", "Tom Reyes", "told")),
]


@pytest.mark.parametrize("name,text,expected", SPEAKER_PHRASES, ids=[r[0] for r in SPEAKER_PHRASES])
def test_the_speaker_phrase_is_found(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


# The content after a cue: a lone time word is an adverbial, a one-word answer is a content ("said yes"),
# "too many" opens a noun phrase, "This NOUN," is the content's subject and no time phrase.
CONTENTS = [
    ("a lone time word before a clause", "Ana Ortiz spoke in Leeds. She says tonight she's ready to sign the lease.",
     ("she's ready to sign the lease", "indirect", "Ana Ortiz", "says")),
    ("an as-did aside after the cue", "Two surveyors warned, as did the harbour board itself, that the pier might "
     "need more repairs.", ("the pier might need more repairs", "indirect", "Two surveyors", "warned")),
    ("a one-word answer", "Asked if the dam should be rebuilt, 61 percent of growers said yes while a third "
     "disagreed.", ("yes", "indirect", "61 percent of growers", "said")),
    ("said the same", "In April, 31 percent of growers said the same.",
     ("the same", "indirect", "31 percent of growers", "said")),
    ("said so", "Tom Reyes was asked about the closure. He said so.", ("so", "indirect", "Tom Reyes", "said")),
    ("too many", "Tom Reyes says too many boats are idle in the harbour.",
     ("too many boats are idle in the harbour", "indirect", "Tom Reyes", "says")),
    ("this as a determiner before the cue", "Tom Reyes spoke last. This ferry, he says, is older than the pier.",
     ("This ferry, he says, is older than the pier", "indirect", "Tom Reyes", "says")),
]


@pytest.mark.parametrize("name,text,expected", CONTENTS, ids=[r[0] for r in CONTENTS])
def test_the_content_is_found(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


# A cue sharing the subject of one before it: after "and" and an auxiliary; a participle of stance or belief
# after a comma, when a statement comes before it in the sentence (fundus annotates no stance on its own); a
# participle of saying in the sentence's opening phrase shares the name or he/she after that phrase.
SHARED_SUBJECTS = [
    ("and an auxiliary", "Ana Ortiz has sat on the board for years and has pledged to fight the merger.",
     ("to fight the merger", "indirect", "Ana Ortiz", "pledged")),
    ("a comma and then", "Ana Ortiz hesitated, then explained why she had changed her vote.",
     ("why she had changed her vote", "indirect", "Ana Ortiz", "explained")),
    ("a stance participle after a statement", "“The rents are too high,” Ana Ortiz said, citing a survey of tenants "
     "in the city.", ("a survey of tenants in the city", "indirect", "Ana Ortiz", "citing")),
    ("a participle after quoted words closed by the comma", "Ana Ortiz unveiled her “plan,” promising "
     "to visit every farm in the valley.", ("to visit every farm in the valley", "indirect", "Ana Ortiz", "promising")),
    ("a description after an opening phrase", "In March, a county court sided with the fishermen, saying the quota "
     "broke the state charter.", ("the quota broke the state charter", "indirect", "a county court", "saying")),
    ("a focus adverb before the subject", "And even Tom Reyes came to their defence, noting that the rules had "
     "changed.", ("the rules had changed", "indirect", "Tom Reyes", "noting")),
    ("a linking word after an opening phrase", "On Monday, however, Ana Ortiz met the dock workers, vowing to keep "
     "the port open.", ("to keep the port open", "indirect", "Ana Ortiz", "vowing")),
    ("a body named with the", "The Harbour Gazette and the Leeds Courier went to court over the lease, arguing the "
     "public had a right to see it.", ("the public had a right to see it", "indirect", "Harbour Gazette", "arguing")),
    ("a description after a long opening phrase", "In a long interview on the eve of the harvest festival, two farm "
     "leaders visited her office, arguing that the drought was worsening.",
     ("the drought was worsening", "indirect", "two farm leaders", "arguing")),
    ("a participle opening the sentence", "After saying he was too tired to run again, Tom Reyes left the stage.",
     ("he was too tired to run again", "indirect", "Tom Reyes", "saying")),
    ("a stance participle opening the sentence", "Citing a survey of tenants, Ana Ortiz voted against the plan.",
     ("a survey of tenants", "indirect", "Ana Ortiz", "Citing")),
    ("a participle opening the sentence before a description", "Declaring that the pier was sound, the harbour "
     "engineer reopened the walkway.", ("the pier was sound", "indirect", "the harbour engineer", "Declaring")),
    ("a participle opening the sentence alone", "Noting that the river had never flooded, Ana Ortiz voted no.",
     ("the river had never flooded", "indirect", "Ana Ortiz", "Noting")),
]


@pytest.mark.parametrize("name,text,expected", SHARED_SUBJECTS, ids=[r[0] for r in SHARED_SUBJECTS])
def test_a_cue_shares_the_subject_before_it(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


# An intention before "to" and a verb reports for a description subject; not for "you" or a relative "who".
INTENTIONS = [
    ("a plural description", "The bakers want to close the market on Sundays.",
     ("to close the market on Sundays", "indirect", "The bakers", "want")),
    ("a singular description", "A retired engineer wants to rebuild the old mill.",
     ("to rebuild the old mill", "indirect", "A retired engineer", "wants")),
]


@pytest.mark.parametrize("name,text,expected", INTENTIONS, ids=[r[0] for r in INTENTIONS])
def test_an_intention_reports_for_a_description(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


@pytest.mark.parametrize("text", ["If you want to visit the mill, take the ferry.",
                                  "Bakers who want to close the market said the rent was too high."])
def test_an_intention_of_a_generic_or_relative_subject_is_no_statement(text: str) -> None:
    assert not [f for f in statements(text) if f[3] == "want"]


@pytest.mark.parametrize("text", ["Thank you for agreeing to discuss your findings on the reef.",
                                  "Thanks for agreeing to talk about the new ferry timetable."])
def test_an_interviewer_s_thanks_is_no_statement(text: str) -> None:
    assert statements(text) == []


def test_a_noun_after_coordinated_plurals_is_no_cue() -> None:
    assert not [f for f in statements("The group paid for mailers and phone calls to voters in the valley.") if f[3] == "calls"]


def test_an_inverted_subject_is_no_clause() -> None:
    assert not [f for f in statements("The dam is old, said the engineers would know.") if f[2] == "the engineers would know"]


# A participle of publishing after a thing put out ("a statement posted to …", "a video posted online") describes it:
# no cue whose speaker is that thing; the sentence's own cue speaks.
PUBLISHED_ITEMS = [
    ("In a message posted on the club's page, the club announced the coach would leave.",
     ("the coach would leave", "indirect", "the club", "announced")),
    ("A statement posted on the Orvik Post website said the ferry was late.",
     ("the ferry was late", "indirect", "A statement posted on the Orvik Post website", "said")),
]


@pytest.mark.parametrize("text, expected", PUBLISHED_ITEMS)
def test_a_published_item_is_no_speaker_of_its_participle(text: str, expected: tuple) -> None:
    _check(text, expected)
    assert not [f for f in statements(text) if f[3] == "posted"]


def test_a_body_that_posts_keeps_its_cue() -> None:
    assert ("the coach would leave", "indirect", "The club", "posted") in statements(
        "The club posted on its page that the coach would leave.")


# An "-s" cue form with its verb right after it is a plural noun after a modifier ("Initial reports stated …"), a verb
# after a name or inside a relative ("the bill Graham believes will fail").
PLURAL_NOUN_CUES = [
    ("The ferry sank off Orvik. Initial reports stated the crew was safe.",
     ("the crew was safe", "indirect", "Initial reports", "stated")),
    ("In Kelmar, some party figures concluded it was too late to stop the mayor.",
     ("it was too late to stop the mayor", "indirect", "some party figures", "concluded")),
]


@pytest.mark.parametrize("text, expected", PLURAL_NOUN_CUES)
def test_an_s_form_before_its_verb_is_a_noun(text: str, expected: tuple) -> None:
    _check(text, expected)


def test_a_relative_verb_before_an_auxiliary_stays_a_cue() -> None:
    assert [f for f in statements("It is the bill Graham believes will fail in the Kelmar senate.")
            if f[3] == "believes"]
