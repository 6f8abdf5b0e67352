"""Statements whose cue the lexicon knows but whose speaker phrase or content a rule refused (issue 10,
seventh round): one table of made-up sentences per rule.

Each row: sentence -> a statement expected among those found (text, kind, speaker, cue).
"""
from __future__ import annotations

import pytest

from quotetrail import extract


def _found(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(s.text, s.kind, s.speaker, s.cue) for s in extract(text)]


def _check(text: str, expected: tuple) -> None:
    found = _found(text)
    assert expected in found, found


# The speaker phrase: long appositions naming a role, names coordinated in an apposition, a title before
# the name, a focus adverb opening the sentence, a long aside between dashes.
SPEAKER_PHRASES = [
    ("a focus adverb before the name", "Even Grant, a longtime ally of the mayor, said the budget would be hard to pass.",
     ("the budget would be hard to pass", "indirect", "Grant", "said")),
    ("a long role apposition", "Lena Ortiz, Chile's ambassador to the United Nations from 2010 to 2014, said the "
     "talks must resume.", ("the talks must resume", "indirect", "Lena Ortiz", "said")),
    ("names coordinated in an apposition", "The farm workers, Ana Ortiz and Jo Reed, have promised to keep the "
     "strike going.", ("to keep the strike going", "indirect", "Ana Ortiz and Jo Reed", "promised")),
    ("a lower-case word before a title and the name", "But state Sen. Ana Ortiz, a member of the farm board, recalled "
     "what happened in 2009.", ("what happened in 2009", "indirect", "Ana Ortiz", "recalled")),
    ("a possessive and a capitalised role", "Lee Park, Harbour Weekly's Deputy Managing Director, explained why the "
     "story was pulled.", ("why the story was pulled", "indirect", "Lee Park", "explained")),
    ("a quoted title inside the apposition", "Joe Kline, host of the station's “Morning Drive,” suggested the "
     "mayor's silence could cost him the race.",
     ("the mayor's silence could cost him the race", "indirect", "Joe Kline", "suggested")),
    ("the relative of a named body", "The request came from the Harbour Gazette, which argued that the files were "
     "a matter of public interest.", ("the files were a matter of public interest", "indirect", "Harbour Gazette",
                                      "argued")),
    ("a name ending in an auxiliary's word", "Ana Reed spoke first. Ana May said the deal was done.",
     ("the deal was done", "indirect", "Ana May", "said")),
    ("a surname alone like an auxiliary", "Tom Will writes a column. In particular, Will wrote, the senator can still win.",
     ("the senator can still win", "indirect", "Tom Will", "wrote")),
    ("a time phrase after back", "A poll of 900 voters by the Harbour Institute back in May found that Ortiz led by "
     "nine points.", ("Ortiz led by nine points", "indirect", "Harbour Institute", "found")),
    ("one in three", "One in three said the party does not care about the farmers.",
     ("the party does not care about the farmers", "indirect", "One in three", "said")),
    ("a party tag with dots", "Rep. Ana Ortiz, R-N.Y., noted that anger over the closures is growing.",
     ("anger over the closures is growing", "indirect", "Ana Ortiz", "noted")),
    ("a long parenthesis", "Sen. Ana Ortiz (a Vermont Democrat so quiet she has been mistaken for an intern) says "
     "she was lost in her first weeks.", ("she was lost in her first weeks", "indirect", "Ana Ortiz", "says")),
    ("a long aside between dashes", "Tom Reyes — who is listed as a pilot in Ohio but does not fly any longer — "
     "told the Gazette he's not planning an appeal.", ("he's not planning an appeal", "indirect", "Tom Reyes", "told")),
]


@pytest.mark.parametrize("name,text,expected", SPEAKER_PHRASES, ids=[r[0] for r in SPEAKER_PHRASES])
def test_the_speaker_phrase_is_found(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


# The content after a cue: a lone time word is an adverbial, a one-word answer is a content ("said yes"),
# "too many" opens a noun phrase, "This NOUN," is the content's subject and no time phrase.
CONTENTS = [
    ("a lone time word before a clause", "Ana Ortiz spoke in Leeds. She says tonight she's closer than ever to a deal.",
     ("she's closer than ever to a deal", "indirect", "Ana Ortiz", "says")),
    ("an as-did aside after the cue", "Several engineers cautioned, as did the council itself, that the bridge might "
     "need more repairs.", ("the bridge might need more repairs", "indirect", "Several engineers", "cautioned")),
    ("a one-word answer", "Asked if the plan is realistic, 72 percent of growers said yes while 48 percent overall "
     "agreed.", ("yes", "indirect", "72 percent of growers", "said")),
    ("said the same", "Last month, 26 percent of growers said the same.",
     ("the same", "indirect", "26 percent of growers", "said")),
    ("said so", "Tom Reyes was asked about the closure. He said so.", ("so", "indirect", "Tom Reyes", "said")),
    ("too many", "Tom Reyes says too many farmers are giving up when prices fall.",
     ("too many farmers are giving up when prices fall", "indirect", "Tom Reyes", "says")),
    ("this as a determiner before the cue", "Tom Reyes spoke last. This bridge, he says, is different.",
     ("This bridge, he says, is different", "indirect", "Tom Reyes", "says")),
]


@pytest.mark.parametrize("name,text,expected", CONTENTS, ids=[r[0] for r in CONTENTS])
def test_the_content_is_found(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


# A cue sharing the subject of one before it: after "and" and an auxiliary; a participle of stance or belief
# after a comma, when a statement comes before it in the sentence (fundus annotates no stance on its own); a
# participle of saying in the sentence's opening phrase shares the name or he/she after that phrase.
SHARED_SUBJECTS = [
    ("and an auxiliary", "Ana Ortiz has been a loyal ally and has pledged her support to the governor.",
     ("her support to the governor", "indirect", "Ana Ortiz", "pledged")),
    ("a comma and then", "Ana Ortiz paused, then revealed why the vote had moved her.",
     ("why the vote had moved her", "indirect", "Ana Ortiz", "revealed")),
    ("a stance participle after a statement", "“The rents are too high,” Ana Ortiz said, citing a survey of tenants "
     "in the city.", ("a survey of tenants in the city", "indirect", "Ana Ortiz", "citing")),
    ("a participle after quoted words closed by the comma", "Ana Ortiz talked up her “plan,” promising "
     "to campaign in every town.", ("to campaign in every town", "indirect", "Ana Ortiz", "promising")),
    ("a description after an opening phrase", "In May, a federal judge sided with the growers, saying the law "
     "violated the state charter.", ("the law violated the state charter", "indirect", "a federal judge", "saying")),
    ("a focus adverb before the subject", "And even Tom Reyes tried to help them, noting that he would have done the "
     "same.", ("he would have done the same", "indirect", "Tom Reyes", "noting")),
    ("a linking word after an opening phrase", "On Thursday, however, Ana Ortiz spoke to the growers, promising to "
     "lift the water limits.", ("to lift the water limits", "indirect", "Ana Ortiz", "promising")),
    ("a body named with the", "The Harbour Gazette and the Leeds Courier filed a motion to unseal the files, arguing "
     "the move was needed.", ("the move was needed", "indirect", "Harbour Gazette", "arguing")),
    ("a description after a long opening phrase", "In a widely read column on the day before the vote, two farm "
     "leaders visited her office, arguing that the drought was worsening.",
     ("the drought was worsening", "indirect", "two farm leaders", "arguing")),
    ("a participle opening the sentence", "After saying he was too tired to run again, Tom Reyes left the stage.",
     ("he was too tired to run again", "indirect", "Tom Reyes", "saying")),
    ("a stance participle opening the sentence", "Citing a survey of tenants, Ana Ortiz voted against the plan.",
     ("a survey of tenants", "indirect", "Ana Ortiz", "Citing")),
    ("a participle opening the sentence alone", "Noting that the river had never flooded, Ana Ortiz voted no.",
     ("the river had never flooded", "indirect", "Ana Ortiz", "Noting")),
]


@pytest.mark.parametrize("name,text,expected", SHARED_SUBJECTS, ids=[r[0] for r in SHARED_SUBJECTS])
def test_a_cue_shares_the_subject_before_it(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


def test_an_inverted_subject_is_no_clause() -> None:
    assert not [f for f in _found("The dam is old, said the engineers would know.") if f[2] == "the engineers would know"]
