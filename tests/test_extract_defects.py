"""Defects noticed on made-up sentences, one table per rule (issue 10, ninth round).

Each row: sentence -> a statement expected among those found (text, kind, speaker, cue); guard rows say what
a similar sentence must keep yielding.
"""
from __future__ import annotations

import pytest

from statement_lookup import statements


def _check(text: str, expected: tuple) -> None:
    found = statements(text)
    assert expected in found, found


# A clause opening with a time adverbial before a sentence-final cue is the content, adverbial included: the
# adverbials after the cue ("on Monday") close the sentence, and a clause with its own verb is no introduction.
OPENING_ADVERBIAL = [
    ("since and an adverbial after the cue", "Since 2010 the fees have doubled, Ortiz said on Monday.",
     ("Since 2010 the fees have doubled", "indirect", "Ortiz", "said")),
    ("in a year, a past form", "In 2019 the tolls doubled, Ortiz said on Monday.",
     ("In 2019 the tolls doubled", "indirect", "Ortiz", "said")),
    ("in a year, no adverbial after the cue", "In 2019 the tolls doubled, Ortiz said.",
     ("In 2019 the tolls doubled", "indirect", "Ortiz", "said")),
    ("a statement after the cue", "On Monday the board voted, Portline said in a statement.",
     ("On Monday the board voted", "indirect", "Portline", "said in a statement")),
    ("last year", "Last year the ferry ran at a loss, Brandt said on Friday.",
     ("Last year the ferry ran at a loss", "indirect", "Brandt", "said")),
]


@pytest.mark.parametrize("name,text,expected", OPENING_ADVERBIAL, ids=[r[0] for r in OPENING_ADVERBIAL])
def test_an_opening_adverbial_clause_before_a_final_cue_is_the_content(name: str, text: str,
                                                                       expected: tuple) -> None:
    _check(text, expected)


# Guards: an introduction without a verb is still no content; a cue followed by more than adverbials keeps its
# scene-setting opening out.
INTRO_GUARDS = [
    ("an introduction before a clause", "In a speech last July, Ortiz said the fees were too high.",
     [("the fees were too high", "indirect", "Ortiz", "said")]),
    ("an introduction with a participle", "In remarks published Monday, Ortiz said the fees were fair.",
     [("the fees were fair", "indirect", "Ortiz", "said")]),
    ("an introduction before a colon cue", "In a speech last July, Ortiz said: “The fees are too high.”",
     [("The fees are too high.", "direct", "Ortiz", "said")]),
    ("an introduction before a closing cue", "In a statement, Portline said. “We regret the delay.”",
     [("We regret the delay.", "direct", "Portline", "said")]),
    ("a scene and an object", "Even after the audit was out, Varga kept denying it.", []),
    ("a scene and a denied saying", "Since the storm hit, Ortiz has said little.", []),
]


@pytest.mark.parametrize("name,text,expected", INTRO_GUARDS, ids=[r[0] for r in INTRO_GUARDS])
def test_an_introduction_is_still_no_content(name: str, text: str, expected: list) -> None:
    assert statements(text) == expected


def test_an_addressee_and_a_time_after_the_cue_close_the_sentence() -> None:
    _check("Last year the ferry ran at a loss, Brandt told reporters on Friday.",
           ("Last year the ferry ran at a loss", "indirect", "Brandt", "told"))


# An opening "while" that concedes (a form of be or have, no progressive) before a cue set off by commas is
# reported material like "though"/"if": one statement whose parts are both sides (fundus: split only when both
# sides carry reported material).
CONCESSIVE_WHILE = [
    ("is", "Sam Ortiz runs the port. While the plan is costly, she added, it will pay for itself.",
     ("While the plan is costly, she added, it will pay for itself", ((25, 49), (62, 84)), "Sam Ortiz")),
    ("are", "While the tolls are high, Ortiz said, the bridge is safe.",
     ("While the tolls are high, Ortiz said, the bridge is safe", ((0, 24), (38, 56)), "Ortiz")),
    ("has", "While the plan has merits, Ortiz said on Monday, it comes too late.",
     ("While the plan has merits, Ortiz said on Monday, it comes too late", ((0, 25), (49, 66)), "Ortiz")),
]


@pytest.mark.parametrize("name,text,expected", CONCESSIVE_WHILE, ids=[r[0] for r in CONCESSIVE_WHILE])
def test_a_conceding_while_is_reported_on_both_sides(name: str, text: str, expected: tuple) -> None:
    from quotetrail.extract import extract
    found = [(s.text, s.parts, s.speaker) for s in extract(text)]
    assert expected in found, found


# Guards: a "while" of time keeps its scene out; a cue with its content on the right keeps only that.
WHILE_GUARDS = [
    ("progressive", "While the ferry was docking, she added, the crew waited on the pier.",
     [("the crew waited on the pier", "indirect", None, "added")]),
    ("no verb", "While in Leeds, Ortiz said, he met the mayor.",
     [("he met the mayor", "indirect", "Ortiz", "said")]),
    ("a role", "While he was mayor, Ortiz said, the budget doubled.",
     [("the budget doubled", "indirect", "Ortiz", "said")]),
    ("a place", "While she was in Leeds, Ortiz said, the port grew quickly.",
     [("the port grew quickly", "indirect", "Ortiz", "said")]),
    ("an event", "While we wait, she said, the fees keep rising.",
     [("the fees keep rising", "indirect", None, "said")]),
    ("content on the right", "While the plan is costly, she said it will pay for itself.",
     [("it will pay for itself", "indirect", None, "said")]),
]


@pytest.mark.parametrize("name,text,expected", WHILE_GUARDS, ids=[r[0] for r in WHILE_GUARDS])
def test_a_while_of_time_is_still_the_scene(name: str, text: str, expected: list) -> None:
    assert statements(text) == expected


# A participle and its phrase after a setting noun ("in a statement released by her office") describe the
# setting: they are no content, and the content stays where it is.
SETTING_PARTICIPLES = [
    ("content on the left", "The pier will close in May, Ana Keller said in a statement released by her office.",
     ("The pier will close in May", "indirect", "Ana Keller", "said in a statement")),
    ("posted on", "The pier will close, Portline said in a statement posted on its website.",
     ("The pier will close", "indirect", "Portline", "said in a statement")),
]


@pytest.mark.parametrize("name,text,expected", SETTING_PARTICIPLES, ids=[r[0] for r in SETTING_PARTICIPLES])
def test_a_participle_after_a_setting_noun_is_no_content(name: str, text: str, expected: tuple) -> None:
    _check(text, expected)


# Guards: the content after such a setting, and a participle after a noun that is no setting, stay.
SETTING_PARTICIPLE_GUARDS = [
    ("that after the setting", "Ana Keller said in a statement released by her office that the pier would close.",
     [("the pier would close", "indirect", "Ana Keller", "said in a statement")]),
    ("a quotation after the setting", "Ana Keller said in a statement released by her office, “The pier will close.”",
     [("The pier will close.", "direct", "Ana Keller", "said in a statement")]),
    ("a noun that is the content's subject", "Ana Keller said the statement released by her office was wrong.",
     [("the statement released by her office was wrong", "indirect", "Ana Keller", "said")]),
    ("an -eed noun is no participle", "Reed said in a statement greed in the banking sector, not bad luck, caused the crash.",
     [("greed in the banking sector, not bad luck, caused the crash", "indirect", "Reed", "said in a statement")]),
    ("speed is no participle", "Ana Keller said in a statement speed on the bypass, not noise, worried residents.",
     [("speed on the bypass, not noise, worried residents", "indirect", "Ana Keller", "said in a statement")]),
    ("guard: freed is a participle", "Ana Keller said in a statement freed from its embargo, the pier would close.",
     [("the pier would close", "indirect", "Ana Keller", "said in a statement")]),
]


@pytest.mark.parametrize("name,text,expected", SETTING_PARTICIPLE_GUARDS, ids=[r[0] for r in SETTING_PARTICIPLE_GUARDS])
def test_content_after_a_setting_participle_stays(name: str, text: str, expected: list) -> None:
    assert statements(text) == expected


# A name that ", who" follows is a person's, as one that ", which" follows is a body's (the type shown; it does not
# steer pronouns).
RELATIVE_TYPES = [
    ("who after a surname", "Keller, who chairs the board, said the pier would close.", "Keller", "person"),
    ("who after a one-word name", "Marlo, who runs the ferry, said the pier would close.", "Marlo", "person"),
    ("guard: which after a body", "The Harbour Trust, which owns the pier, said the pier would close.",
     "Harbour Trust", "organisation"),
    ("guard: which after a one-word body", "Portline, which owns the pier, said the pier would close.",
     "Portline", "organisation"),
    ("guard: a lone surname", "Keller said the pier would close.", "Keller", "unknown"),
    ("guard: a full name", "Ana Keller, who chairs the board, said the pier would close.", "Ana Keller", "person"),
]


@pytest.mark.parametrize("name,text,speaker,kind", RELATIVE_TYPES, ids=[r[0] for r in RELATIVE_TYPES])
def test_who_after_a_name_makes_a_person(name: str, text: str, speaker: str, kind: str) -> None:
    from quotetrail.extract import extract
    assert [(s.speaker, s.speaker_type) for s in extract(text)] == [(speaker, kind)]


# A named spokesperson keeps the name (fundus gold names the person where the article does); the apposition's
# description becomes the ``role``, with the body it serves when a capitalised name closes it.
APPOSITION_ROLES = [
    ("inverted cue", "“The pier will close in May,” said Jo Reed, a spokeswoman for the Harbour Trust.",
     ("Jo Reed", "spokeswoman for the Harbour Trust")),
    ("before the cue", "Jo Reed, a spokeswoman for Portline, said the pier would close.",
     ("Jo Reed", "spokeswoman for Portline")),
    ("an office of a place", "Jo Reed, the mayor of Tarnby, said the pier would close.", ("Jo Reed", "mayor of Tarnby")),
    ("a description before the name", "The mayor, Jo Reed, said the pier would close.", ("Jo Reed", "mayor")),
    ("guard: a body that goes on in lower case", "Jo Reed, a spokesman for the Ortiz campaign, said the pier would close.",
     ("Jo Reed", "spokesman")),
    ("guard: a relation is no role", "His wife, Jo Reed, said the pier would close.", ("Jo Reed", None)),
    ("a witness is no role", "Jo Reed, a witness, said the pier would close.", ("Jo Reed", None)),
    ("guard: a friend is no role", "Jo Reed, a friend of the mayor, said the pier would close.", ("Jo Reed", None)),
    ("an expert witness is a role", "Oda Lind, an expert witness for the defence, said the dam had cracked.",
     ("Oda Lind", "expert witness")),
    ("guard: a key witness is no role", "Oda Lind, a key witness, said the dam had cracked.", ("Oda Lind", None)),
    ("guard: an age is no role", "Jo Reed, 42, said the pier would close.", ("Jo Reed", None)),
    ("guard: a title keeps its role", "Finance Minister Rafa Ortiz said the pier would close.",
     ("Rafa Ortiz", "Finance Minister")),
    ("a portfolio word stays in the title's role", "Kelvan Prime Minister Rafa Ortiz said the pier would close.",
     ("Rafa Ortiz", "Kelvan Prime Minister")),
    ("guard: an honorific is no role", "Sir Rafa Ortiz said the pier would close.", ("Rafa Ortiz", None)),
]


@pytest.mark.parametrize("name,text,expected", APPOSITION_ROLES, ids=[r[0] for r in APPOSITION_ROLES])
def test_an_apposition_gives_the_role(name: str, text: str, expected: tuple) -> None:
    from quotetrail.extract import extract
    assert [(s.speaker, s.role) for s in extract(text)] == [expected]


# Of two appositions of one person, a statement's role is the one nearest its mention, not the article's first.
NEAREST_ROLES = [
    ("the later apposition", "Jo Reed, a lawyer for the Harbour Trust, said the pier would close. The vote came "
     "later. Jo Reed, the mayor of Tarnby, said the ferry would run.",
     [("Jo Reed", "lawyer for the Harbour Trust"), ("Jo Reed", "mayor of Tarnby")]),
    ("guard: a later bare mention keeps the one role", "Jo Ortiz, a lawyer for the Harbour Trust, said the pier "
     "would close. Ortiz said the ferry would run.",
     [("Jo Ortiz", "lawyer for the Harbour Trust"), ("Jo Ortiz", "lawyer for the Harbour Trust")]),
    ("guard: an earlier bare mention takes the later role", "Ortiz said the ferry would run. Jo Ortiz, a lawyer "
     "for the Harbour Trust, said the pier would close.",
     [("Jo Ortiz", "lawyer for the Harbour Trust"), ("Jo Ortiz", "lawyer for the Harbour Trust")]),
]


@pytest.mark.parametrize("name,text,expected", NEAREST_ROLES, ids=[r[0] for r in NEAREST_ROLES])
def test_the_nearest_apposition_gives_the_role(name: str, text: str, expected: list) -> None:
    from quotetrail.extract import extract
    assert [(s.speaker, s.role) for s in extract(text)] == expected


# Two names joined by "and" are never the last one alone, also when the second has its "the" ("the BBC").
JOINED_BODIES = [
    ("a body and the body", "The Harlow Foundation and the Tarnby Times reported that the pier would close.",
     "The Harlow Foundation and the Tarnby Times"),
    ("a name and the body", "Portline and the Harlow Foundation reported that the pier would close.",
     "Portline and the Harlow Foundation"),
    ("after a time word", "In May the Harlow Foundation and the Tarnby Trust reported that the pier would close.",
     "the Harlow Foundation and the Tarnby Trust"),
    ("guard: a person and a role", "Ana Keller and the mayor said that the pier would close.", "Ana Keller"),
    ("guard: no name before the and", "For once Liberals and the Harlow Foundation said that the "
     "pier would close.", "Harlow Foundation"),
    ("guard: a body alone", "The Harlow Foundation reported that the pier would close.", "Harlow Foundation"),
]


@pytest.mark.parametrize("name,text,speaker", JOINED_BODIES, ids=[r[0] for r in JOINED_BODIES])
def test_two_joined_bodies_are_not_the_last_alone(name: str, text: str, speaker: str) -> None:
    assert [s[2] for s in statements(text)] == [speaker]


# An opening capitalised word that is no name ("Both", "Between") does not start the first of two joined names:
# the joined names are not made, so the first name is no role of the second.
JOINED_AFTER_NOT_NAMES = [
    ("an opening Both", "Both Vasko and the Tarnby Trust said that the pier would close.", [("Tarnby Trust", None)]),
    ("an opening Both, a full name", "Both Ivo Pell and the Quay Society said that the tolls were too high.",
     [("Quay Society", None)]),
]


@pytest.mark.parametrize("name,text,expected", JOINED_AFTER_NOT_NAMES, ids=[r[0] for r in JOINED_AFTER_NOT_NAMES])
def test_joined_names_do_not_start_at_a_not_name(name: str, text: str, expected: list) -> None:
    from quotetrail.extract import extract
    assert [(s.speaker, s.role) for s in extract(text)] == expected


# A lone capitalised word of a participle's or adverb's ending before the chain's one apposition is a name
# ("Reed, a judge, said" gave no statement): a participle opening there would leave its subject no verb.
LONE_NAMES = [
    ("-eed", "Reed, a judge, said the pier would close.", "Reed"),
    ("-ly", "Kelly, a nurse, said the pier would close.", "Kelly"),
    ("-ing", "Manning, an aide to the mayor, said the pier would close.", "Manning"),
    ("-med", "Ahmed, a shopkeeper, said the pier would close.", "Ahmed"),
    ("an age", "Reed, 42, said the pier would close.", "Reed"),
    ("guard: a participle before the subject", "Asked, a shopkeeper said the pier would close.", "a shopkeeper"),
    ("guard: a participle before a name and its apposition", "Pressed, Ortiz, the mayor, said the pier would close.",
     "Ortiz"),
    ("guard: an adverb before a name and its apposition", "Finally, Ortiz, a lawyer, said the pier would close.",
     "Ortiz"),
]


@pytest.mark.parametrize("name,text,speaker", LONE_NAMES, ids=[r[0] for r in LONE_NAMES])
def test_a_lone_name_of_a_participle_ending_is_a_name(name: str, text: str, speaker: str) -> None:
    assert [s[2] for s in statements(text)] == [speaker]


# A name after an office's complement is its last two words, three when the surname opens with a particle
# (``lexicon.SURNAME_OPENERS``); a common first name still starts it.
COMPLEMENT_SURNAMES = [
    ("a Mac surname", "“The road is shut,” said Commissioner for the Western Fells Brona Mac Ailpin.",
     [("Brona Mac Ailpin", "Commissioner for the Western Fells")]),
    ("a De surname", "“The road is shut,” said Mayor of Portvale Vic De Luca.", [("Vic De Luca", "Mayor of Portvale")]),
    ("guard: two words are the name", "“The road is shut,” said Mayor of Port Vale Bryn Tavish.",
     [("Bryn Tavish", "Mayor of Port Vale")]),
]


@pytest.mark.parametrize("name,text,expected", COMPLEMENT_SURNAMES, ids=[r[0] for r in COMPLEMENT_SURNAMES])
def test_a_particle_opens_the_surname_after_a_complement(name: str, text: str, expected: list) -> None:
    from quotetrail.extract import extract
    assert [(s.speaker, s.role) for s in extract(text)] == expected


# An earlier cue whose right content is only a later cue's subject and cue ("worry about A, the dean said": its
# topic skipped as an adverbial) yields to the later cue, which reports the whole clause on its left (round 10).
ONLY_TAG = [
    ("a modal before a feeling cue", "Ortiz should worry about the economy, the dean said.",
     [("Ortiz should worry about the economy", "indirect", "the dean", "said")]),
    ("a present feeling cue", "Farmers worry about the harbour fees, the dean said.",
     [("Farmers worry about the harbour fees", "indirect", "the dean", "said")]),
    ("guard: no later cue", "Ortiz should worry about the economy.",
     [("about the economy", "indirect", "Ortiz", "worry")]),
    ("guard: a non-cue verb before the tag", "Ortiz should fix the economy, the dean said.",
     [("Ortiz should fix the economy", "indirect", "the dean", "said")]),
]


@pytest.mark.parametrize("name,text,expected", ONLY_TAG, ids=[r[0] for r in ONLY_TAG])
def test_a_content_of_only_the_next_cue_yields_to_it(name: str, text: str, expected: list) -> None:
    assert statements(text) == expected
