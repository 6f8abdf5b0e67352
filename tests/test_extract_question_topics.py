"""An indirect question after a word of discourse or stance and its preposition (issue 10, item 4): "were coy about
whether …", "spar over whether …", "questions about how …", "when pressed on why …". The question is the content,
the word and the preposition the cue, the subject (or the noun's owner) the speaker, or no one.

Every sentence is made up for these tests. Each row: sentence -> a statement expected among those found
(text, kind, speaker, cue); the guards must give no statement of this shape.
"""
from __future__ import annotations

import pytest

from statement_lookup import statements

QUESTION_TOPICS = [
    ("an adjective after a copula", "In the week before the vote, harbour officials were coy about whether they "
     "would raise the fees.",
     ("whether they would raise the fees", "indirect", "harbour officials", "coy about")),
    ("an adjective after an adverb", "Residents were evenly divided over how the levy should be spent.",
     ("how the levy should be spent", "indirect", "Residents", "divided over")),
    ("a split", "The port's pilots are split on whether the channel needs dredging.",
     ("whether the channel needs dredging", "indirect", "The port's pilots", "split on")),
    ("a verb of dispute after a plural", "The two ferry companies spar over whether the old timetable still applies.",
     ("whether the old timetable still applies", "indirect", "two ferry companies", "spar over")),
    ("a particle verb and a day", "Council members weighed in Friday about whether the footage should be released.",
     ("whether the footage should be released", "indirect", "Council members", "weighed in Friday about")),
    ("a verb of talking", "Ana Ortiz spoke about how the flood had changed the town.",
     ("how the flood had changed the town", "indirect", "Ana Ortiz", "spoke about")),
    ("as to", "Tom Reyes was vague as to why the ferry had been sold.",
     ("why the ferry had been sold", "indirect", "Tom Reyes", "vague as to")),
    ("a noun whose verb has a named subject", "Tom Reyes made conflicting statements about how he would pay for the "
     "new dock.",
     ("how he would pay for the new dock", "indirect", "Tom Reyes", "statements about")),
    ("a noun after a preposition", "The remark came during an answer about how he would fix the ferry service.",
     ("how he would fix the ferry service", "indirect", None, "answer about")),
    ("there are questions", "There are questions about whether the bridge can carry the new buses.",
     ("whether the bridge can carry the new buses", "indirect", None, "questions about")),
    ("a thing raising questions speaks for no one", "The report raised questions about whether the dam was safe.",
     ("whether the dam was safe", "indirect", None, "questions about")),
    ("questions endured: who was asked does not speak", "Tom Reyes has endured questions about whether he will run "
     "again.",
     ("whether he will run again", "indirect", None, "questions about")),
    ("a passive in an opening clause, to its comma", "But when pressed on why the plan leaves out the night shifts, "
     "Ana Ortiz changed the subject.",
     ("why the plan leaves out the night shifts", "indirect", None, "pressed on")),
    ("a passive after was", "The skipper was asked about whether the engine had failed.",
     ("whether the engine had failed", "indirect", None, "asked about")),
    ("rather than, to its comma", "Rather than moralize about whether it is right to fish there, the guide talked "
     "about the tides.",
     ("whether it is right to fish there", "indirect", None, "moralize about")),
    ("there's and a noun", "Although fares rose in May, there's no consensus on whether the new ferry pays its way.",
     ("whether the new ferry pays its way", "indirect", None, "consensus on")),
    ("a verb of agreeing", "The harbour board has deadlocked on whether to sell the old ferry.",
     ("whether to sell the old ferry", "indirect", "The harbour board", "deadlocked on")),
    ("which after an adjective", "Voters are evenly divided on which candidate would run the port better.",
     ("which candidate would run the port better", "indirect", "Voters", "divided on")),
    ("where", "Ana Ortiz has been cagey about where she stands on the levy.",
     ("where she stands on the levy", "indirect", "Ana Ortiz", "cagey about")),
    ("questions confronted", "The harbour board will confront questions as to what it stands for.",
     ("what it stands for", "indirect", None, "questions as to")),
    ("the question ends before a participle", "Tom Reyes hedged on whether he would back the levy, telling the "
     "Gazette the vote was months away.",
     ("whether he would back the levy", "indirect", "Tom Reyes", "hedged on")),
]


@pytest.mark.parametrize("name,text,expected", QUESTION_TOPICS, ids=[r[0] for r in QUESTION_TOPICS])
def test_an_indirect_question_after_a_word_of_discourse_is_its_content(name: str, text: str, expected: tuple) -> None:
    found = statements(text)
    assert expected in found, found


# No word of discourse before the preposition, a request, a noun phrase that is its sentence's subject (its verb would
# run into the question), a question too short, or quoted words (the quotation rules read those).
GUARDS = [
    ("a book is no speech", "The shop sells a book about how to cook rice."),
    ("a guide is no speech", "The council published a guide on how to apply for a mooring permit."),
    ("a copula's topic", "The film is about how the town rebuilt its pier."),
    ("depending", "The ferry timetable depends on whether the weather holds."),
    ("a request for comment", "Reporters sent a request for comment on whether the pier will close."),
    ("the noun phrase is the subject", "The ongoing battle over whether the pier should close took a new turn in May."),
    ("a noun used as a noun, not a verb", "A noisy harbour debate over whether the pier should close began in May."),
    ("a feeling is no stance word", "Tom Reyes was nervous about whether the pier would hold."),
    ("which after a noun is a relative", "The panel listed the questions on which the two experts split."),
]


@pytest.mark.parametrize("name,text", GUARDS, ids=[r[0] for r in GUARDS])
def test_no_question_topic_without_a_word_of_discourse(name: str, text: str) -> None:
    found = statements(text)
    assert not any(s[0].startswith(("how", "whether", "why", "which")) for s in found), found


def test_quoted_words_in_the_question_are_left_to_the_quotation_rules() -> None:
    found = statements("Ana Ortiz spoke about how “the pier saved the town” in the end.")
    assert not any(cue == "spoke about" for *_, cue in found), found


# "question" as a verb before an indirect question: a progressive, a present after a name, a participle after a comma
# or right after a document; not the noun ("an open question whether", "calls into question whether").
QUESTION_VERBS = [
    ("a progressive", "Some harbour pilots are questioning whether the channel can be dredged in time.",
     ("whether the channel can be dredged in time", "indirect", "Some harbour pilots", "questioning")),
    ("a present after a name", "Ana Ortiz questions whether the ferry timetable was ever published.",
     ("whether the ferry timetable was ever published", "indirect", "Ana Ortiz", "questions")),
    ("a participle after a comma", "Tom Reyes attacked the council on Monday, questioning why the pier had been sold.",
     ("why the pier had been sold", "indirect", "Tom Reyes", "questioning")),
    ("a participle after a document", "The union issued a statement questioning whether the vote had been fair.",
     ("whether the vote had been fair", "indirect", "The union", "questioning")),
    ("discuss before how", "Harbour historian Lena Voss was discussing how attitudes to the pier have changed.",
     ("how attitudes to the pier have changed", "indirect", "Lena Voss", "discussing")),
]


@pytest.mark.parametrize("name,text,expected", QUESTION_VERBS, ids=[r[0] for r in QUESTION_VERBS])
def test_question_as_a_verb_reports_its_indirect_question(name: str, text: str, expected: tuple) -> None:
    found = statements(text)
    assert expected in found, found


@pytest.mark.parametrize("text", ["It is an open question whether the pier can be saved.",
                                  "The missing files call into question whether the audit was done.",
                                  "The harbour board discussed the new pier at length on Monday."])
def test_question_as_a_noun_reports_nothing(text: str) -> None:
    assert not statements(text)
