"""One table per phenomenon of issue 2: sentence -> expected statement (text, kind, speaker, cue)."""
from __future__ import annotations

import pytest

from quotetrail import extract
from quotetrail.extract import extract_article
from quotetrail.types import Article


def _find(text: str, **metadata: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(s.text, s.kind, s.speaker, s.cue) for s in extract(text, **metadata)]


# --- 2. direct quotes ------------------------------------------------------------------------------
DIRECT = [
    ("curly marks, cue after", "“We will rebuild the bridge by spring,” Mayor Ana Ortiz said.",
     ("We will rebuild the bridge by spring,", "direct", "Ana Ortiz", "said")),
    ("straight marks, inverted cue", '"The water is safe to drink," said Paul Grant, a city engineer.',
     ("The water is safe to drink,", "direct", "Paul Grant", "said")),
    ("cue before, comma", "Ortiz told reporters, “Nobody was hurt in the fire.”",
     ("Nobody was hurt in the fire.", "direct", "Ortiz", "told")),
    ("after a colon", "The senator was blunt: “This bill is dead on arrival.”",
     ("This bill is dead on arrival.", "direct", None, None)),
    ("single marks nested in double", "“He told me ‘stay home’ and I did,” said Maria Lopez.",
     ("He told me ‘stay home’ and I did,", "direct", "Maria Lopez", "said")),
]


@pytest.mark.parametrize("name,text,expected", DIRECT, ids=[d[0] for d in DIRECT])
def test_direct_quotes(name: str, text: str, expected: tuple) -> None:
    found = _find(text)
    if expected[2] is None:  # only text and kind are asserted
        assert (expected[0], expected[1]) in [(t, k) for t, k, _, _ in found]
    else:
        assert expected in found


def test_quote_split_around_the_cue_is_one_statement() -> None:
    text = "Anna Berg runs the shelter. “We are not leaving,” she said, “not until the last family is safe.”"
    (quote,) = extract(text)
    assert (quote.text, quote.kind, quote.speaker, quote.cue) == (
        "We are not leaving,” she said, “not until the last family is safe.", "direct", "Anna Berg", "said")
    assert text[quote.speaker_start:quote.speaker_end] == "she"
    assert [text[a:b] for a, b in quote.parts] == ["We are not leaving,", "not until the last family is safe."]
    assert (quote.start, quote.end) == (quote.parts[0][0], quote.parts[-1][1])


def test_cue_before_two_quotations_gives_two_statements() -> None:
    found = extract("Anna Berg said, “We are not leaving.” “Not until the last family is safe.”")
    assert [(s.text, s.speaker) for s in found] == [("We are not leaving.", "Anna Berg"),
                                                    ("Not until the last family is safe.", "Anna Berg")]


def test_quote_over_several_paragraphs() -> None:
    text = ("Coach Sam Reyes said: \n\n“We trained all winter for this.\n\n“Nobody expected us to win. "
            "But we believed in each other.”")
    (quote,) = extract(text)
    assert [text[a:b] for a, b in quote.parts] == ["We trained all winter for this.",
                                                   "Nobody expected us to win. But we believed in each other."]
    assert quote.speaker == "Sam Reyes"


# A quotation left open at a paragraph's end and opened again in the next paragraph: one statement,
# the paragraphs its parts, with the cue of whichever paragraph has one.
OVER_PARAGRAPHS = [
    ("cue in the last paragraph",
     "The mayor spoke on Monday.\n\n“We have waited ten years for this bridge.\n\n“Nobody will drive an hour "
     "to the hospital again,” Ana Ortiz said.",
     [("Ana Ortiz", ["We have waited ten years for this bridge.",
                     "Nobody will drive an hour to the hospital again,"])]),
    ("a stray mark of another kind opens nothing",
     "The hall went quiet.\n\n\"The lights went out.\n\n“We are staying until the end,” Ana Ortiz said.",
     [(None, ["The lights went out."]), ("Ana Ortiz", ["We are staying until the end,"])]),
    ("a closed quotation is not continued",
     "Ana Ortiz spoke first. “We have waited ten years.”\n\n“It is too late,” Paul Grant said.",
     [(None, ["We have waited ten years."]), ("Paul Grant", ["It is too late,"])]),
]


@pytest.mark.parametrize("name,text,expected", OVER_PARAGRAPHS, ids=[r[0] for r in OVER_PARAGRAPHS])
def test_quotation_over_paragraphs_is_one_statement(name: str, text: str, expected: list) -> None:
    found = [(s.speaker, [text[a:b] for a, b in s.parts] if s.parts else [s.text])
             for s in extract(text) if s.kind == "direct"]
    assert found == expected


def test_speaker_named_in_the_sentence_before() -> None:
    text = "Dr. Lena Park described the new ward. “It has forty beds and a garden.”"
    (quote,) = [s for s in extract(text) if s.kind == "direct"]
    assert quote.text == "It has forty beds and a garden."
    assert quote.speaker is None  # "described the new ward" is not speech: no guess


def test_quotation_continued_after_its_cue_is_one_statement() -> None:
    text = "“The dam held,” said engineer Tom Hale. “We were lucky this time.”\n\n“We will check it again.”"
    found = extract(text)
    assert [(s.text, s.speaker) for s in found] == [
        ("The dam held,” said engineer Tom Hale. “We were lucky this time.", "Tom Hale"),
        ("We will check it again.", "Tom Hale")]


def test_broken_mark_costs_only_itself() -> None:
    text = ("“The road is closed,” said Ken Adams. Then a stray “ mark appears in the text.\n\n"
            "Adams said, “We reopen on Monday.” A closing ” mark is stray too. “Drive safely,” he added.")
    found = [(s.text, s.speaker) for s in extract(text)]
    assert found == [("The road is closed,", "Ken Adams"), ("We reopen on Monday.", "Ken Adams"),
                     ("Drive safely,", "Ken Adams")]


# --- 3. not quotes ---------------------------------------------------------------------------------
NOT_QUOTES = [
    ("film title", "She starred in the film “Linden” last year.", "Linden"),
    ("two-word scare quote", "The so-called “green deal” was debated for hours.", "green deal"),
    ("apostrophes", "The mayor’s plan didn’t pass, and the council’s vote was close.", "s plan didn"),
    ("title in a sentence with a cue", "He said he loved “The Long Road.”", "The Long Road."),
]


@pytest.mark.parametrize("name,text,not_expected", NOT_QUOTES, ids=[n[0] for n in NOT_QUOTES])
def test_not_quotes(name: str, text: str, not_expected: str) -> None:
    assert not_expected not in [t for t, _, _, _ in _find(text)]


MIXED = [
    ("fragment after a cue", "Alan Moore claims he “never saw the letter” before Monday.",
     "mixed", "Alan Moore", "claims"),
    ("fragment in that-clause", "The governor said that the plan was “a disaster for farmers.”",
     "mixed", None, "said"),
]


@pytest.mark.parametrize("name,text,kind,speaker,cue", MIXED, ids=[m[0] for m in MIXED])
def test_mixed_quotes(name: str, text: str, kind: str, speaker: str | None, cue: str) -> None:
    (statement,) = extract(text)
    assert (statement.kind, statement.cue) == (kind, cue)
    if speaker:
        assert statement.speaker == speaker


# --- 4. indirect speech ----------------------------------------------------------------------------
INDIRECT = [
    ("said that", "Jane Doe said that the factory would close in May.",
     ("the factory would close in May", "indirect", "Jane Doe", "said")),
    ("told X that", "Omar Reed told investors that profits had doubled.",
     ("profits had doubled", "indirect", "Omar Reed", "told")),
    ("claimed", "The company claimed its software was never hacked.",
     ("its software was never hacked", "indirect", "company", "claimed")),
    ("insisted", "Rita Cole insisted the vote had been fair.",
     ("the vote had been fair", "indirect", "Rita Cole", "insisted")),
    ("denied", "Mark Lane denied that he had met the lobbyist.",
     ("he had met the lobbyist", "indirect", "Mark Lane", "denied")),
    ("content first", "The bridge will reopen next week, officials said.",
     ("The bridge will reopen next week", "indirect", "officials", "said")),
    ("pointed out", "Nina Shah pointed out that the law had changed in 2019.",
     ("the law had changed in 2019", "indirect", "Nina Shah", "pointed out")),
]


@pytest.mark.parametrize("name,text,expected", INDIRECT, ids=[i[0] for i in INDIRECT])
def test_indirect_speech(name: str, text: str, expected: tuple) -> None:
    found = _find(text)
    assert len(found) == 1
    got = found[0]
    assert got[:2] == expected[:2] and got[3] == expected[3]
    assert expected[2] in (got[2] or "")


def test_according_to_is_a_speaker_or_a_source() -> None:
    (alone,) = extract("According to the police report, the driver was speeding.")
    assert (alone.text, alone.speaker, alone.cue) == ("the driver was speeding", "the police report", "According to")
    (inner,) = extract("According to USA Today, a memo released by the agency stated that the budget was cut.")
    assert inner.text == "the budget was cut"
    assert inner.source == "USA Today"
    assert "memo" in inner.speaker or "agency" in inner.speaker


def test_two_clauses_one_cue() -> None:
    text = "Sara Kim responded that the “rules were clear” and that she “followed every one.”"
    found = extract(text)
    assert [(s.text, tuple(text[a:b] for a, b in s.parts)) for s in found] == [
        ("the “rules were clear” and that she “followed every one.”",
         ("the “rules were clear”", "she “followed every one.”"))]
    assert {s.speaker for s in found} == {"Sara Kim"}


def test_plain_coordinated_clauses_stay_one_statement() -> None:
    (s,) = extract("Ken Moss said that the dam was safe and that the river would fall by Friday.")
    assert s.text == "the dam was safe and that the river would fall by Friday"


def test_cue_inside_its_content() -> None:
    (s,) = extract("The new bridge, engineers said, will carry twice the traffic.")
    assert (s.text, s.speaker, s.cue) == ("The new bridge, engineers said, will carry twice the traffic",
                                          "engineers", "said")


# --- 5. speakers -----------------------------------------------------------------------------------
def test_surname_pronoun_and_role_resolve_to_the_full_name() -> None:
    text = ("Actor Liam Ford spoke on Tuesday. Ford said the crew was safe.\n\n"
            "He added that filming would resume.\n\nThe actor stated, “I trust every one of them.”")
    found = extract(text)
    assert [s.speaker for s in found] == ["Liam Ford", "Liam Ford", "Liam Ford"]
    mentions = [text[s.speaker_start:s.speaker_end] for s in found]
    assert mentions == ["Ford", "He", "The actor"]


NAME_PARTICLES = [
    ("a particle is a whole word", "Ana de la Cruz said she was happy.", "Ana de la Cruz"),
    ("a verb starting like a particle", "Dr. Hana Mori leads the team. “We counted 40,” she said.", "Hana Mori"),
    ("a word after the name", "James Whitfield spoke. “Every department must save,” he said.", "James Whitfield"),
]


@pytest.mark.parametrize("name, text, speaker", NAME_PARTICLES, ids=[row[0] for row in NAME_PARTICLES])
def test_name_particles_never_cut_a_word(name: str, text: str, speaker: str) -> None:
    assert [s.speaker for s in extract(text)] == [speaker]


SUBJECT_WITH_OF = [
    ("after a quote", "“It is good news,” the head of the club said.", "It is good news,", "the head of the club"),
    ("before a clause", "A spokesman for the campaign said the vote was fair.", "the vote was fair",
     "A spokesman for the campaign"),
]


@pytest.mark.parametrize("name, text, quote, speaker", SUBJECT_WITH_OF, ids=[row[0] for row in SUBJECT_WITH_OF])
def test_subject_phrase_runs_over_of_and_for(name: str, text: str, quote: str, speaker: str) -> None:
    assert [(s.text, s.speaker) for s in extract(text)] == [(quote, speaker)]


def test_apposition() -> None:
    (s,) = extract("Hugh Hill, a doctor at the clinic, said the wait times were too long.")
    assert (s.speaker, s.text) == ("Hugh Hill", "the wait times were too long")


def test_no_antecedent_means_no_speaker() -> None:
    (s,) = extract("He said the vote was rigged.")
    assert s.speaker is None and s.text == "the vote was rigged"
    assert s.speaker_start == 0 and s.speaker_end == 2


# --- 6. sources ------------------------------------------------------------------------------------
def test_told_a_publication_sets_the_source() -> None:
    (s,) = extract("Emma Stone told People that she had retired from acting.")
    assert (s.speaker, s.source, s.text) == ("Emma Stone", "People", "she had retired from acting")


# --- 7. embedded posts -----------------------------------------------------------------------------
def test_embedded_post_and_quote_inside_it() -> None:
    text = ("Fans reacted online.\n\n"
            "Great game tonight! Coach Dan Ruiz says \"we earned this one\" pic.twitter.com/AbC123 "
            "— Jo Banks (@jobanks) March 4, 2022\n\nThe team plays again on Friday.")
    found = extract(text)
    post = next(s for s in found if s.kind == "post")
    assert (post.speaker, post.handle, post.date) == ("Jo Banks", "jobanks", "2022-03-04")
    assert post.text == "Great game tonight! Coach Dan Ruiz says \"we earned this one\""
    inner = next(s for s in found if s.kind != "post")
    assert (inner.speaker, inner.via) == ("Dan Ruiz", "Jo Banks")
    assert "we earned this one" in inner.text


def test_post_with_handle_speaker() -> None:
    text = "Big news@JaneRiver tells me it's \"almost done\" — Al Bee (@albee) May 1, 2020"
    inner = [s for s in extract(text) if s.kind != "post"]
    assert [(s.speaker, s.via) for s in inner] == [("Jane River", "Al Bee")]


# --- 8. cleaning -----------------------------------------------------------------------------------
def test_publisher_blurb_is_boilerplate_and_never_a_statement() -> None:
    text = ("“We will appeal,” said Kara Wells.\n\n"
            "The Riverside Courier is a family-owned weekly based in Riverside, Calif.")
    result = extract_article(Article(id="d", text=text))
    assert [s.text for s in result.statements] == ["We will appeal,"]
    assert len(result.boilerplate) == 1
    assert text[result.boilerplate[0].start:result.boilerplate[0].end].startswith("The Riverside Courier")


def test_article_ending_inside_a_quote_is_truncated() -> None:
    text = "Lee Chan said the tests were fine.\n\n“It was the best result we have seen in years and"
    result = extract_article(Article(id="d", text=text))
    assert result.truncated
    assert result.statements[-1].text == "It was the best result we have seen in years and"
    closed = extract_article(Article(id="d", text="“It is done,” said Lee Chan."))
    assert not closed.truncated
