"""Speaker entities: one table per error class of issue 10 (sentences made up for these tests)."""
from __future__ import annotations

import pytest

from quotetrail.extract import extract, extract_article
from quotetrail.types import Article

# (class, text, the speaker of the last statement)
SPEAKERS = [
    ("first name for the full name",
     "Anna Keller opened the fair on Monday. “It went well,” Anna said.", "Anna Keller"),
    ("surname for the full name",
     "Anna Keller opened the fair on Monday. “It went well,” Keller said.", "Anna Keller"),
    ("office before the name", "Finance Minister Rafael Ortiz said the budget was balanced.", "Rafael Ortiz"),
    ("rank before the name", "Brigadier General Vicente Ramos told reporters that the drills would go on.",
     "Vicente Ramos"),
    ("nationality and office before the name", "Ukrainian President Olena Vasko said talks would resume.",
     "Olena Vasko"),
    ("an abbreviated office before the name", "Pakistan’s PM Imran Sadiq said the talks would go on.",
     "Imran Sadiq"),
    ("a capitalised page after a possessive",
     "Anna Keller is a lawyer. According to Keller’s LinkedIn page, she studied law in Leeds for six years.",
     "Anna Keller"),
    ("occupation before the name", "Novelist Jo Watts said the genre was thriving.", "Jo Watts"),
    ("an apostrophe typed as an opening single mark",
     "At the summit, Paul Grant‘s mother confirmed, “I read the whole novel twice.”",
     "Paul Grant‘s mother"),
    ("acronym kept in capitals", "NHS said waiting lists were falling.", "NHS"),
    ("acronym joined to its expansion",
     "The Federal Aviation Administration (FAA) opened an inquiry. The FAA said the jet was safe to fly.",
     "the Federal Aviation Administration"),
    ("a body written in full",
     "The Bureau of Forests and Inland Lakes said the dam was leaking.",
     "The Bureau of Forests and Inland Lakes"),
    ("a body's common noun",
     "The Bureau of Forests and Inland Lakes said the dam was leaking. The bureau said the town was safe.",
     "The Bureau of Forests and Inland Lakes"),
    ("a place is not the speaker", "Protesters from Chicago said the plan was unfair.", "Protesters from Chicago"),
    ("the person before the place and the body",
     "Tariq Bell from Clean Rivers in Port Lorne says the deal is secret.", "Tariq Bell"),
    ("the person, not the body after of", "Ines Garza of Halden Analytics Inc. said the data was weak.",
     "Ines Garza"),
    ("the name in an apposition chain",
     "Writer and one of the hosts, Mina Park, from York, said the fair had grown.", "Mina Park"),
    ("a document speaks for its author",
     "Anna Keller is a lawyer. According to Keller’s website, she studied law in Leeds for six years.",
     "Anna Keller"),
    ("a spokesperson speaks for the body", "A spokesman for the Home Office said the rules would change.",
     "the Home Office"),
    ("a report speaks for the body that published it",
     "According to a report by the Grattan Institute, rents rose by a tenth last year.", "the Grattan Institute"),
    ("an unnamed source as written", "A Nato official said the treaty was clear.", "A Nato official"),
    ("he by gender, not by recency",
     "Ms Sara Lind, the council’s lawyer, met Mr Tom Reed on Monday. “It was productive,” he said.", "Tom Reed"),
    ("she by the article's own pronouns",
     "Kim Ferris lost her seat in May. Alex Moore kept his seat. “I am relieved,” she said.", "Kim Ferris"),
    ("he skips a place", "Omar Haddad moved to South Africa in 2010. He said the move was hard.", "Omar Haddad"),
    ("he: the subject of the last sentence, not the last speaker",
     "“We will fix it,” Mayor Ana Ortiz said. Councillor Ben Tate voted against the plan. He said it cost too much.",
     "Ben Tate"),
    ("a role noun takes the person given that role",
     "Economist Jo Mbeki said prices would rise. Ms Lia Tan disagreed. The economist added that wages would lag.",
     "Jo Mbeki"),
    ("a gendered role noun takes that gender",
     "Mr Dan Kerr and Ms Lia Tan spoke at the meeting. “I am worried,” the woman said.", "Lia Tan"),
    ("they takes the group that spoke last",
     "Local economists said growth was slowing. They added that rates would rise.", "Local economists"),
    ("he with nobody named stays unknown", "“We will appeal,” he said.", None),
    ("they with no body stays unknown", "They said the plan had failed.", None),
]


@pytest.mark.parametrize("name, text, speaker", SPEAKERS, ids=[row[0] for row in SPEAKERS])
def test_speaker_entity(name: str, text: str, speaker: str | None) -> None:
    statements = extract(text)
    assert statements, "no statement found"
    assert statements[-1].speaker == speaker


def test_role_and_type_are_kept_apart_from_the_name() -> None:
    (s,) = extract("Finance Minister Rafael Ortiz said the budget was balanced.")
    assert (s.speaker, s.role, s.speaker_type) == ("Rafael Ortiz", "Finance Minister", "person")
    (body,) = extract("The Bureau of Forests and Inland Lakes said the dam was leaking.")
    assert body.speaker_type == "organisation"


def test_no_speaker_has_no_speaker_confidence() -> None:
    (s,) = extract("“We will appeal,” he said.")
    assert s.speaker is None and s.speaker_confidence is None and s.speaker_type is None


@pytest.mark.parametrize("text, name, handle", [
    ("“We will rebuild the pier,” Mara Quillfeather said. Dear @MaraQuillfeather, the pier is fine.",
     "Mara Quillfeather", "MaraQuillfeather"),
    ("Tomas Verhoek asked about the ferry. “It sails at noon,” the mayor tells @TVerhoek in an interview.",
     "Tomas Verhoek", "TVerhoek"),
])
def test_a_handle_spelling_a_named_persons_name_is_that_persons(text: str, name: str, handle: str) -> None:
    speakers = {s.name: s for s in extract_article(Article(id="a", text=text)).speakers}
    assert handle in speakers[name].handles


def test_a_handle_two_named_people_could_spell_belongs_to_neither() -> None:
    text = ("“The pier is safe,” Anna Berg said. “It is not,” Arne Berg said. Thanks @ABerg for the photos.")
    speakers = extract_article(Article(id="a", text=text)).speakers
    assert all("ABerg" not in s.handles for s in speakers)
