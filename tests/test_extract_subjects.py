"""The speaker mention a cue attaches to: made-up sentences -> (text, speaker mention as written)."""
from __future__ import annotations

import pytest

from quotetrail import extract

SUBJECTS = [
    ("party and state tag after the name",
     "“The levy will be scrapped,” Senate Majority Leader Ana Ortiz, R-Ky., said on Tuesday.",
     ("The levy will be scrapped,", "Senate Majority Leader Ana Ortiz")),
    ("party and state tag, cue first",
     "“The vote will be close,” Senator Paul Grant, D-Vt., said.",
     ("The vote will be close,", "Senator Paul Grant")),
    ("a cue at the end reports the whole clause, inner belief included",
     "Residents felt safe with the new barrier because it held in the last flood, said Ana Ortiz, the city engineer.",
     ("Residents felt safe with the new barrier because it held in the last flood", "Ana Ortiz")),
    ("a middle initial is part of the name", "“The bridge is safe,” Ana E. Ortiz said.",
     ("The bridge is safe,", "Ana E. Ortiz")),
    ("a spaced hyphen is a dash, not part of the subject",
     "The season is over - Ana Ortiz said the club will rebuild the team next year.",
     ("the club will rebuild the team next year", "Ana Ortiz")),
    ("a plural possessive's apostrophe is not a quote mark",
     "The Ortiz brothers’ campaign says it collected nearly two million dollars in May.",
     ("it collected nearly two million dollars in May", "The Ortiz brothers’ campaign")),
    ("a group word alone", "Most said rents were their main worry this year.",
     ("rents were their main worry this year", "Most")),
    ("one of a group", "One survey puts the number at 20, while another says the country has twice as many.",
     ("the country has twice as many", "another")),
    ("a poll share", "About three in 10 told us they prefer a more cautious budget.",
     ("they prefer a more cautious budget", "three in 10")),
    ("with a subject of its own before a participle cue",
     "Anglers shrugged off the ban, with three in 10 claiming the river would recover on its own.",
     ("the river would recover on its own", "three in 10")),
    ("a participle shares the subject of a sentence opened by a conjunction",
     "But Ortiz waved the reporter away, saying the board would decide in May.",
     ("the board would decide in May", "Ortiz")),
    ("a participle after an object shares the subject, not the object",
     "And Dana Holt brushed Grant off, saying, “We have heard it all before.”",
     ("We have heard it all before.", "Dana Holt")),
    ("a quotation after an inner according-to is its source's, not the outer speaker's",
     "Acme is on record saying that the new engine is, according to chief engineer Dana Holt, "
     "“the biggest step we have taken in a decade.”",
     ("the biggest step we have taken in a decade.", "chief engineer Dana Holt")),
    ("the outer content before the inner according-to stays the outer speaker's",
     "The board said the plan was, according to finance chief Dana Holt, “a step too far for a town this size.”",
     ("the plan was", "The board")),
    ("an apposition naming a role after a capitalised place",
     "Ana Ortiz, Vermont director for the campaign, said the office would open a branch in May.",
     ("the office would open a branch in May", "Ana Ortiz")),
    ("an apposition naming a role after a possessive",
     "Ana Ortiz, Grant's chief of staff, said the plan had been shelved for the winter.",
     ("the plan had been shelved for the winter", "Ana Ortiz")),
    ("a sentence conjunction before a name and its apposition",
     "But Ana Ortiz, a lawyer for the club, said the contract was never signed.",
     ("the contract was never signed", "Ana Ortiz")),
    ("a party tag in parentheses before the comma",
     "Sen. Ana Ortiz (D-Vt.), said after a breakfast meeting on Tuesday that she had not read the bill.",
     ("she had not read the bill", "Sen. Ana Ortiz")),
    ("a participle of saying shares a description subject",
     "A federal judge sided with the city, saying the new law violated the state constitution.",
     ("the new law violated the state constitution", "A federal judge")),
    ("a participle of saying shares a description subject with an auxiliary",
     "The head of the agency has resigned, saying the budget cuts had made her job impossible.",
     ("the budget cuts had made her job impossible", "The head of the agency")),
    ("a party tag in parentheses before a lower-case apposition",
     "Rep. Ana M. Ortiz (D-N.Y.), chair of the Vermont Caucus, said members will help raise cash.",
     ("members will help raise cash", "Rep. Ana M. Ortiz")),
    ("a name that starts like a participle before its apposition",
     "United Fisheries and Wildlife Services, the agency that runs the program, said it would review the rules.",
     ("it would review the rules", "United Fisheries and Wildlife Services")),
    ("an aside between dashes before the cue",
     "Ana Ortiz — after a long pause — told reporters the budget would pass.",
     ("the budget would pass", "Ana Ortiz")),
    ("a coordinated aside between dashes",
     "Democrats — and some Republicans — say that the mayor's approach is failing.",
     ("the mayor's approach is failing", "Democrats")),
    ("a description subject shared by a coordinated cue",
     "The mayor visited the flooded farm on Monday and said the dam would hold.",
     ("the dam would hold", "The mayor")),
    ("a description subject shared across a comma and then",
     "The old farmer scratched his beard, and then said the case was closed.",
     ("the case was closed", "The old farmer")),
    ("the subject of a control verb speaks in its infinitive",
     "Ana Ortiz is continuing to maintain she will release the report in May.",
     ("she will release the report in May", "Ana Ortiz")),
    ("the subject of a control adjective with degree words",
     "Younger readers were far more likely to say they favoured the ferry.",
     ("they favoured the ferry", "Younger readers")),
    ("an adverb between the control verb and its infinitive",
     "Ortiz moved quickly to explain that the bridge would stay open.",
     ("the bridge would stay open", "Ortiz")),
    ("the name before the infinitive speaks",
     "The flood led Mayor Ana Ortiz to declare that the bridge would close.",
     ("the bridge would close", "Mayor Ana Ortiz")),
    ("a poll's share set off by commas", "Among rural drivers, roughly two-thirds, 64 percent, say they will back the toll.",
     ("they will back the toll", "64 percent")),
    ("a share left of the cue is no content", "Slightly under half, 47%, say the tram is a good idea.",
     ("the tram is a good idea", "47%")),
    ("all but a number", "All but two said the council should vote on the matter in May.",
     ("the council should vote on the matter in May", "All but two")),
    ("a day after an inverted cue is not a speaker",
     "“The vote will be close,” said Tuesday.",
     ("The vote will be close,", None)),
    ("a group of the relative's noun", "The vote angered the farmers, many of whom say the dam is unsafe.",
     ("the dam is unsafe", "many of whom")),
    ("a role noun named before is as sure as a name", "Ana Ortiz spoke first. The mayor hopes the tram will run by May.",
     ("the tram will run by May", "The mayor")),
    ("a share alone before support", "Among farmers, 44 percent support the new tram line.",
     ("the new tram line", "44 percent")),
    ("a fraction alone before support", "About three-quarters support a ban on trucks in the old town.",
     ("a ban on trucks in the old town", "three-quarters")),
    ("a named body is as sure as a name for a noun-like form", "The Ortiz campaign plans to open an office in Marion.",
     ("to open an office in Marion", "The Ortiz campaign")),
]


@pytest.mark.parametrize("name,text,expected", SUBJECTS, ids=[r[0] for r in SUBJECTS])
def test_speaker_mention(name: str, text: str, expected: tuple[str, str | None]) -> None:
    found = [(s.text, text[s.speaker_start:s.speaker_end] if s.speaker_start is not None else None)
             for s in extract(text)]
    assert expected in found


NO_STATEMENT = [
    ("a participle that is not a verb of saying does not share a description subject",
     "The long coat was open at the front, revealing a bright red lining underneath."),
    ("the object of a verb that is no control verb does not speak",
     "The council allowed residents to say whether the bridge should close."),
    ("a belief in the infinitive of a control adjective", "Ortiz is likely to expect a quick recovery in the spring."),
    ("a description before an auxiliary and a coordinated non-cue", "The bridge was closed in May and reopened in June."),
    ("term is a noun", "The school term starts next Monday and closes in July."
),
]


@pytest.mark.parametrize("name,text", NO_STATEMENT, ids=[r[0] for r in NO_STATEMENT])
def test_no_statement(name: str, text: str) -> None:
    assert extract(text) == []
