"""Speaker error classes of issue 10 (sixth round): one table per class, each row a made-up text,
the first words of a statement's content and the canonical speaker expected (None: no speaker)."""
from __future__ import annotations

import pytest

from quotetrail.extract import extract
from statement_lookup import speaker_of


# A pronoun subject contracted with its auxiliary ("She’s said", "He'd told") is the pronoun.
CONTRACTED_PRONOUNS = [
    ("Ana Ortiz met the board on Monday. She’s said the plan would fail within a year.", "the plan", "Ana Ortiz"),
    ("Tom Reed spoke at the hearing. He's told reporters that the bridge will close next week.", "the bridge",
     "Tom Reed"),
    ("Mayor Lena Holt, 52, toured the flooded school. She'd promised that every pupil would be back by May.",
     "every pupil", "Lena Holt"),
    ("The ferry company cut two routes. It’s said the cuts would save money.", "the cuts", None),
]


@pytest.mark.parametrize("text, content, speaker", CONTRACTED_PRONOUNS)
def test_a_contracted_pronoun_subject_is_the_pronoun(text: str, content: str, speaker: str | None) -> None:
    assert speaker_of(text, content) == speaker


# An acronym and its expansion are one body, however the article defines one by the other; an acronym
# in capitals stays in capitals (only a transcript's label, "WALLACE:", is a name).
ACRONYMS = [
    ("The Bureau of Coastal Safety and Rescue (BCSR) closed the beach. The BCSR said the tide was too strong.",
     "the tide", "the Bureau of Coastal Safety and Rescue"),
    ("The Office for Rail Standards and Signalling (ORS) fined the firm. The ORS said the fine was fair.",
     "the fine", "the Office for Rail Standards and Signalling"),
    ("The Union of Northern Timber Workers (UNITEW) called a strike. UNITEW said the strike would last a week.",
     "the strike", "the Union of Northern Timber Workers"),
    ("The Coastal Ferry Authority, or CFA, cut two routes. The CFA said the cuts would save money.",
     "the cuts", "the Coastal Ferry Authority"),
    ("The routes were cut by the CFA, the Coastal Ferry Authority. The CFA said the cuts would save money.",
     "the cuts", "the Coastal Ferry Authority"),
    ("The Coastal Ferry Authority (CFA) cut two routes. “It saves money,” the Coastal Ferry Authority said.",
     "It saves", "the Coastal Ferry Authority"),
    ("UNITEW said the strike would last a week and cost the mills a fortune.", "the strike", "UNITEW"),
]


@pytest.mark.parametrize("text, content, speaker", ACRONYMS)
def test_an_acronym_and_its_expansion_are_one_body(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker


def test_a_transcript_label_in_capitals_is_still_a_name() -> None:
    text = "WALLACE: Welcome back to the debate tonight.\nROE: Thank you for having me here.\n" \
           "WALLACE: Let us start with the budget.\nROE: The budget is a mess."
    assert speaker_of(text, "Let us") == "Wallace"


# Names joined by "and" / "&" that are not two people the article names are never the last name alone: one
# name as written when its parts never stand alone in the article, else the list, each in its fullest form.
COORDINATED_NAMES = [
    ("Hobbs and Fairweather said the price rises would continue into next year.", "the price",
     "Hobbs and Fairweather"),
    ("Pike & Rowan said sales of winter coats rose sharply in the spring.", "sales", "Pike & Rowan"),
    ("The Office of Water Quality and Coastal Affairs said the beach would reopen.", "the beach",
     "The Office of Water Quality and Coastal Affairs"),
    ("Farmers and Fishermen said the new levy was unfair to small crews.", "the new", "Farmers and Fishermen"),
    ("Ana Ortiz chairs the board. Ortiz and Kellerman said the merger would go ahead. Kellerman said it was late.",
     "the merger", "Ana Ortiz and Kellerman"),
]


@pytest.mark.parametrize("text, content, speaker", COORDINATED_NAMES)
def test_names_joined_by_and_are_not_the_last_name_alone(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker


# A report nested in another's content is recorded once, as the innermost statement with its own speaker
# ("Roe said Kane told her: …" -> Kane); a belief, a request, a negated or unrealised act inside stays the outer's.
NESTED_REPORTS = [
    ("Ana Ortiz said Tom Kane told her: “The plan is dead and nobody will revive it.”", "The plan", "Tom Kane"),
    ("Jane Roe said that Tom Kane had told her the audit was complete.", "the audit", "Tom Kane"),
    ("Lena Holt, the mayor, said the harbour master had written that the pier was unsafe.", "the pier",
     "the harbour master"),
    ("Jane Roe said Tom Kane believes the audit was complete.", "Tom Kane believes", "Jane Roe"),
    ("Jane Roe said Tom Kane asked for a meeting with the whole board in May.", "Tom Kane asked", "Jane Roe"),
    ("Jane Roe said Tom Kane had never told anyone that the audit was late.", "Tom Kane had never", "Jane Roe"),
    ("Jane Roe said the council would declare the pier unsafe before the summer.", "the council would", "Jane Roe"),
    ("Jane Roe said she told the board the audit was late.", "she told", "Jane Roe"),
]


@pytest.mark.parametrize("text, content, speaker", NESTED_REPORTS)
def test_a_nested_report_is_the_inner_speakers(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker
    assert len(extract(text)) == 1


# A description in an apposition with a name ("The spokesperson, Jane Roe,", "Jane Roe, a spokeswoman for …")
# names who "a spokesperson" (named only later, in that definite form) or "the spokeswoman" (just after) is, when
# the description's words agree; a gendered noun ("the first lady, Michelle Obama") tells the gender, so "Mr.
# Obama" is the other Obama. An unnamed description that the article never ties to a name stays as written.
DESCRIPTIONS_NAMED = [
    ("A spokesperson said the ferry would sail at noon. The spokesperson, Jane Roe, said the delay was short.",
     "the ferry", "Jane Roe"),
    ("Jane Roe, a spokeswoman for the ferry line, said the fares would rise. Later the spokeswoman said the rise "
     "was small.", "the rise", "Jane Roe"),
    ("The first lady, Ana Vella, toured the school. Tom Vella spoke at the dinner. Mr. Vella said the harvest was "
     "the best in years.", "the harvest", "Tom Vella"),
    ("An official said the talks had failed. Another official, Tom Reed, said they would resume.", "the talks",
     "An official"),
    ("Jo Grant, the Vermont senator, spoke at noon. The Ohio senator said the vote was close.", "the vote", None),
]


@pytest.mark.parametrize("text, content, speaker", DESCRIPTIONS_NAMED)
def test_a_description_named_in_an_apposition_is_that_person(text: str, content: str, speaker: str | None) -> None:
    assert speaker_of(text, content) == speaker


# A quotation with no cue in a sentence whose subject is a person the article names is that person's, not the
# speaker of the sentence before; a name right before the quotation (no words of its own) is no such subject.
OWN_SUBJECT_QUOTES = [
    ("Jo Reed said the pier was unsafe. Tom Kane issued a statement, “We will rebuild the whole pier before the "
     "summer season starts again.”", "We will", "Tom Kane"),
    ("Jo Reed said the pier was unsafe. Kane followed up on the radio, “We will rebuild the whole pier before the "
     "summer season starts again, and the promenade too.” Tom Kane is the mayor.", "We will", "Tom Kane"),
    ("Jo Reed said the pier was unsafe. “We will rebuild the whole pier before the summer season starts again.”",
     "We will", "Jo Reed"),
]


@pytest.mark.parametrize("text, content, speaker", OWN_SUBJECT_QUOTES)
def test_a_cueless_quotation_is_its_own_sentences_named_subjects(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker


# A user name written in lower case after an opening phrase is the sentence's subject, as a pronoun would be
# ("Several weeks after the vote, kiwifan99 …": not "Several").
USER_NAME_SUBJECTS = [
    ("The forum has many users. Several weeks after the vote, kiwifan99 seemed pleased with the result: “This is "
     "the best news all year for the lake.”", "This is", "kiwifan99"),
    ("The forum has many users. A few days later, lake_watcher was furious: “Nobody asked us about the new rules "
     "at all.”", "Nobody asked", "lake_watcher"),
]


@pytest.mark.parametrize("text, content, speaker", USER_NAME_SUBJECTS)
def test_a_user_name_after_an_opening_phrase_is_the_subject(text: str, content: str, speaker: str) -> None:
    assert speaker_of(text, content) == speaker


# A he/she is not a person its own reported clause names ("He said Benedetti was taken to jail": someone else), except
# as an owner ("Ortiz's plan" is often the speaker's own), in brackets, or after the clause ends (", but Ortiz …");
# the other candidates keep their rank (a nearer unknown name is not passed over for a farther one).
REPORTED_CLAUSE_NAMES = [
    ("Deputies chased the van for ten miles, Sheriff Dana Whitlock told reporters. Marco Benedetti was arrested on a "
     "bridge. He said Benedetti was being taken to the county jail.", "Benedetti was being", "Dana Whitlock"),
    ("The firm's lawyer, Alan Greaves, answered the claim on Monday. Omar Lind, who sued the firm, was not in court. "
     "He said Lind was bound by the contract.", "Lind was bound", "Alan Greaves"),
    ("Tom Reyes, the mayor, spoke first. Karl Dunn, his rival, spoke next. He said Dunn had no plan for the harbour.",
     "Dunn had no", "Tom Reyes"),
    ("Karl Dunn lost the vote. Tom Reyes said the count was fair. He said Dunn had no plan for the harbour.",
     "Dunn had no", "Tom Reyes"),
    # guards: an owner, an aside in brackets, a name after the clause ends, a content before its cue
    ("Omar Lind spoke after the count. He said Lind's team had won every ward.", "Lind's team", "Omar Lind"),
    ("Omar Lind spoke after the count. He said the vote (a first for Lind) was fair.", "the vote", "Omar Lind"),
    ("Omar Lind spoke after the count. He said the vote was fair, but Lind would not stand again.", "the vote",
     "Omar Lind"),
    ("Omar Lind spoke after the count. Lind had won every ward, he said.", "Lind had won", "Omar Lind"),
    ("Ivo Marsh spoke at the pier in Tarnby. He said the Marsh plan would save the harbour.", "the Marsh plan",
     "Ivo Marsh"),
    ("Ivo Marsh met Karl Dunn at the dock. He said a Marsh victory was certain.", "a Marsh victory", "Ivo Marsh"),
]


@pytest.mark.parametrize("text, content, speaker", REPORTED_CLAUSE_NAMES)
def test_a_pronoun_is_not_a_person_its_reported_clause_names(text: str, content: str, speaker: str | None) -> None:
    assert speaker_of(text, content) == speaker
