"""Speaker attachment (round 8): the mention a cue attaches to, and what each cue of a shared subject reports.

Every sentence is made up for these tests. Each row gives a text, the first words of a statement's content and
the speaker expected for it.
"""
from __future__ import annotations

import pytest

from quotetrail.extract import extract
from statement_lookup import assert_speaker, speakers_and_contents


def speaker_type_of(text: str, content: str) -> str | None:
    """The speaker type of the first statement of ``text`` whose content starts with ``content``."""
    found = [s for s in extract(text) if s.text.startswith(content)]
    assert found, f"no statement starting {content!r}"
    return found[0].speaker_type


# A later participle's "that" ("…, adding that C") is not the content of an earlier cue with an object or clause of its
# own: each cue keeps its own content and the shared speaker.
LATER_PARTICIPLE_THAT = [
    ("Grant said the deal was dead and warned it could cost jobs, adding that the union would fight.",
     "it could cost jobs", "Grant"),
    ("Mira Holt told reporters the plant would close, adding that the union would fight.",
     "the plant would close", "Mira Holt"),
    ("Ortiz said the bridge was unsafe and warned drivers to stay away, adding that repairs would take a year.",
     "drivers to stay away", "Ortiz"),
    ("Ortiz said the bridge was unsafe and warned of long delays, adding that repairs would take a year.",
     "of long delays", "Ortiz"),
]


@pytest.mark.parametrize("text, content, speaker", LATER_PARTICIPLE_THAT)
def test_a_later_participles_that_is_not_an_earlier_cues_content(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# A name of a person's form is a body's when the text says so: its own "its" right after its verb of saying, or a
# relative "which" after it when it opens its sentence; a title, a he/she or a common first name keeps a person (the
# second statement of a row), and so does a "which" after a name that is a verb's object (it may be the whole clause's).
SPEAKER_TYPES = [
    ("Northsea Link responded that its offer was fair and final. Jane Doe said its roof had leaked for years.",
     "its offer", "its roof"),
    ("Harbour Freight, which runs the depot, said the drivers would strike. Dr. Ravi Stone said its ward would close.",
     "the drivers", "its ward"),
    ("Tarsk Mining said its mine would reopen. Ravi Stone, who chairs the board, said he had his doubts.",
     "its mine", "he had"),
    ("Tarsk Mining said its mine would reopen. The club signed Ngozi Okafor, which angered the fans. Ngozi Okafor "
     "said the fee was fair.", "its mine", "the fee was"),
]


@pytest.mark.parametrize("text, body_content, person_content", SPEAKER_TYPES)
def test_a_name_that_its_own_content_calls_it_is_an_organisation(text: str, body_content: str,
                                                                  person_content: str) -> None:
    assert speaker_type_of(text, body_content) == "organisation"
    assert speaker_type_of(text, person_content) == "person"


# The subject a participle or a coordinated cue shares is read past a dateline, an opening participle phrase and the
# region after a town ("in Leeds, Kent,"), not taken from them; a name after "to" is no town ("Speaking to Harbour
# Radio, Ortiz, …": Ortiz is the subject).
OPENED_SUBJECTS = [
    ("At a harvest fair in Leeds, Kent, on Saturday, Mrs. Ortiz stood by her budget, saying that the port should stay "
     "open.", "the port should", "Ortiz"),
    ("Ana Ortiz flew in on Monday. At a rally in Dover, Del., she lashed out at the council, saying that the loans had "
     "been hidden.", "the loans had", "Ana Ortiz"),
    ("Speaking at a school in Hull, Yorkshire, Ortiz went after the board, saying that its members had failed.",
     "its members had", "Ortiz"),
    ("DOVER, Jan. 4 (UPI) — In response to the plan, Mayor Ana Ortiz gathered her staff, saying: “This ferry "
     "must keep sailing.”", "This ferry must", "Ana Ortiz"),
    ("Holding up a copy of the report at the packed meeting, Mira Holt lashed out at the board, saying that "
     "the town needed it.", "the town needed", "Mira Holt"),
    ("Speaking to Harbour Radio, Ortiz, Reyes's rival, lashed out at the plan, saying it would fail.", "it would fail",
     "Ortiz"),
]


@pytest.mark.parametrize("text, content, speaker", OPENED_SUBJECTS)
def test_a_shared_subject_is_read_past_datelines_openers_and_regions(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# "“A,” his sister, Ana Morrow, said": the description before the name is the speaker's, not the content's; the
# content ends before it (the speaker is the name). After a clause (no quotation) only a description of a person is
# cut: "a record high" is the content's own aside.
DESCRIBED_NAMES = [
    ("“Nobody else can mend the roof,” his sister, Ana Morrow, told the judge.",
     "Nobody else can mend the roof", "Ana Morrow"),
    ("“Nobody else can mend the roof,” the spokeswoman, Ana Morrow, said.",
     "Nobody else can mend the roof", "Ana Morrow"),
    ("The council will close the depot in May, his sister, Ana Morrow, said.",
     "The council will close the depot in May", "Ana Morrow"),
    ("Sales rose 8 percent, a record high, Reyes said.", "Sales rose 8 percent, a record high", "Reyes"),
]


@pytest.mark.parametrize("text, content, speaker", DESCRIBED_NAMES)
def test_a_description_before_an_inverted_name_is_not_content(text: str, content: str, speaker: str) -> None:
    found = [s for s in extract(text) if s.speaker == speaker]
    assert found and found[0].text.rstrip(",") == content


# A description of a person opening the sentence before a name set off by commas is the speaker's ("The party
# leader, Ana Morrow, said …"): no statement of its own. Guards: a pronoun or a name not set off is a parenthetical
# cue inside the content ("The new leader, he said, could …").
OPENING_DESCRIPTIONS = [
    ('The deputy party leader, Ana Morrow, said on Friday "We asked the mayor twice."',
     "The deputy party leader", True),
    ("The deputy minister, Ana Morrow, told reporters in May “The ferry will not be sold.”", "The deputy minister", True),
    ("A new party leader, he said, could change the mood.", "A new party leader, he said, could change the mood", False),
    ("The new chairman, Ms Morrow said, would cut the fees.", "The new chairman, Ms Morrow said, would cut the fees",
     False),
]


@pytest.mark.parametrize("text, lead, cut", OPENING_DESCRIPTIONS)
def test_a_description_opening_the_sentence_before_a_set_off_name(text: str, lead: str, cut: bool) -> None:
    found = [s.text for s in extract(text)]
    assert found and all(not t.startswith(lead) for t in found) == cut


# A cue that closes its sentence with no content ("X said in a statement.", "X agreed.") lends its speaker to the
# quotation that follows, as a colon does; not when the cue has a content of its own, nor when it is denied ("Reyes
# did not say.").
CLOSED_CUES = [
    ("Tom Hale, the port's press officer, said in a statement. “Every ballot was counted twice.”",
     "Every ballot was", "Tom Hale"),
    ("Leeds College's Ana Whitmore agreed. “The council has waited far too long to act.”",
     "The council has waited", "Ana Whitmore"),
    ("Mira Holt spoke on Tuesday.\n\nSenator Paul Grant agreed.\n\n“The ferry will not be sold.”",
     "The ferry will", "Paul Grant"),
    ("The vote was close. Ortiz did not say.\n\n“The board will decide in May.”", "The board will", None),
    ("The vote was close. Ortiz never said.\n\n“The board will decide in May.”", "The board will", None),
]


@pytest.mark.parametrize("text, content, speaker", CLOSED_CUES)
def test_a_cue_closing_its_sentence_lends_its_speaker_to_the_next_quotation(text: str, content: str,
                                                                           speaker: str | None) -> None:
    assert_speaker(text, content, speaker)


# A list of three or more names opening the sentence (after a short lead) is the subject a participle shares, not
# the name after its first comma; after an opening phrase ("In May,") the list alone.
LISTED_SUBJECTS = [
    ("Ports like Leeds, Dover, Hull, and Kent have kept the toll for years, saying it pays for the docks.",
     "it pays", "Ports like Leeds, Dover, Hull, and Kent"),
    ("Leeds, Dover, Hull and Kent have kept the toll for years, saying it pays for the docks.",
     "it pays", "Leeds, Dover, Hull and Kent"),
    ("In May, Reyes, Ortiz and Grant walked out of the talks, saying the offer was an insult.", "the offer was",
     "Reyes, Ortiz and Grant"),
    ("Tom Reyes, Ana Ortiz and Jo Grant walked out of the hearing, saying the vote had been rigged.",
     "the vote had", "Tom Reyes, Ana Ortiz and Jo Grant"),
]


@pytest.mark.parametrize("text, content, speaker", LISTED_SUBJECTS)
def test_a_list_opening_the_sentence_is_the_shared_subject(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# A description and where it is ("a woman in the crowd") opening its clause is the speaker as a whole: not the place
# alone, and not no speaker at all; a spokesperson or a document speaks for the named body it is at or in.
LOCATED_DESCRIPTIONS = [
    ("“Nobody else has a plan for the docks,” a woman in the crowd said.", "Nobody else has",
     "a woman in the crowd"),
    ("“Vote for the bridge,” a voice in the radio spot says.", "Vote for the bridge", "a voice in the radio spot"),
    ("“We will not comment,” a spokesman at the Harbour Ministry said.", "We will not", "the Harbour Ministry"),
    ("“Costs will rise,” a report in the Harbour Gazette said.", "Costs will rise", "the Harbour Gazette"),
    ("One engineer at the plant said the pumps had failed twice.", "the pumps had", "One engineer at the plant"),
    # a body's name before the description's lower-case words: the whole description, not the place
    ("A Harbour Times reporter at the depot also reported that sirens sounded near the gate.", "sirens sounded",
     "A Harbour Times reporter at the depot"),
    ("“We left at dawn,” a Verrin Valley nurse in the ward said.", "We left at dawn", "a Verrin Valley nurse in the ward"),
    # guards: no determiner before the name, or no lower-case head: the place rule does not apply
    ("“We left at dawn,” Tom Reyes, a nurse in the ward, said.", "We left at dawn", "Tom Reyes"),
    ("“We left at dawn,” said Ana Ortiz in the ward.", "We left at dawn", "Ana Ortiz"),
]


@pytest.mark.parametrize("text, content, speaker", LOCATED_DESCRIPTIONS)
def test_a_description_and_where_it_is_speaks_as_a_whole(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# A named lead and their team ("Delmar and her team wrote") speak as the lead; other companions are left as written.
TEAM_LEADS = [
    ("Delmar and her team wrote in the journal that the samples were clean.", "the samples were", "Delmar"),
    ("Ruth Delmar and her colleagues found that the samples had been stored cold.", "the samples had", "Ruth Delmar"),
    ("Ana Ortiz runs the lab. Ortiz and her co-authors reported that the dye faded.", "the dye faded", "Ana Ortiz"),
    ("The board was silent, but Ilse Brenner and her team said the ward was clean.", "the ward was", "Ilse Brenner"),
    # guards: a companion that is no team, a team with no named lead before it, a name that is the object of a relative
    # clause (the head before "who" speaks)
    ("Ruth Delmar and her husband said that the farm had been sold.", "the farm had", "her husband"),
    ("The Verrin Trust and its team said that the farm had been sold.", "the farm had", "its team"),
    ("Parents who met Ilse Brenner and her team said the ward was clean.", "the ward was", "Parents"),
    ("Patients who thanked Brenner and his colleagues said the ward was clean.", "the ward was", "Patients"),
]


@pytest.mark.parametrize("text, content, speaker", TEAM_LEADS)
def test_a_named_lead_speaks_for_their_team(text: str, content: str, speaker: str | None) -> None:
    assert_speaker(text, content, speaker)


# A word that only links to the sentence before ("Meanwhile, Ortiz continued …") is no content on the cue's left.
def test_a_linking_word_alone_is_no_left_content() -> None:
    assert "Meanwhile" not in [s.text for s in extract("Meanwhile, Ana Ortiz continued to study the gene in mice.")]
    # guards: a clause after the linking word stays the content; a linking word in quote marks was said
    assert [s.text for s in extract("Meanwhile, the gene is the key, Ana Ortiz said.")] == \
        ["Meanwhile, the gene is the key"]
    assert [s.text for s in extract("\u201cMeanwhile,\u201d she said, \u201cthe kiln cracked.\u201d")] == \
        ["Meanwhile,\u201d she said, \u201cthe kiln cracked."]


# An adverb between the subject and its cue is no speaker ("He soon learned"), and "there" names no one.
NO_ADVERB_SPEAKERS = [
    ("Ana Reyes left the firm in May. She soon learned that her grant had been cut.", "her grant", "Ana Reyes"),
    ("There are plans to move the clinic across town.", "to move the clinic", None),
    ("The park was closed, and there were angry complaints that drivers had parked on the lawn.",
     "drivers had parked", None),
    ("Ana Ortiz heard about the sale on Monday and almost immediately revealed that the mayor had signed it.",
     "the mayor had signed", "Ana Ortiz"),
]


@pytest.mark.parametrize("text, content, speaker", NO_ADVERB_SPEAKERS)
def test_an_adverb_or_there_before_the_cue_is_no_speaker(text: str, content: str, speaker: str | None) -> None:
    assert_speaker(text, content, speaker)


# A mention that ends in a negated auxiliary or an adverb before its cue names the words before it.
TRAILING_AUXILIARIES = [
    ("Senator Ana Ortiz visited the plant. Ms. Ortiz hasn't told anyone if she will run again.", "anyone if she",
     "Ana Ortiz"),
    ("Tom Reyes spoke first. I can't say the new timetable has helped me much.", "the new timetable", None),
]


@pytest.mark.parametrize("text, content, speaker", TRAILING_AUXILIARIES)
def test_a_trailing_auxiliary_is_not_part_of_the_speaker(text: str, content: str, speaker: str | None) -> None:
    assert_speaker(text, content, speaker)


def test_a_credit_line_is_no_transcript_turn() -> None:
    text = "The ferry will sail again in May, the council said.\n\nContributing: Ana Ortiz and Tom Reyes, Harbour Weekly."
    assert [s.speaker for s in extract(text)] == ["the council"]


# An inverted name followed by its body or place ("said Tom Reyes of the Leeds delegation") is the speaker; a title's
# own "of" ("U.S. Secretary of State Jo Reyes") is no such place.
INVERTED_AFFILIATIONS = [
    ("“We need a passion for the harbour,” said Tom Reyes of the Leeds delegation.", "We need a passion", "Tom Reyes"),
    ("“We need it,” said Mayor Ana Ortiz of the harbour town.", "We need it", "Ana Ortiz"),
    ("“Bring the ferry back,” said U.S. Secretary of State Jo Reyes.", "Bring the ferry", "Jo Reyes"),
    ("“We need it,” said Attorney General of Kent Ana Ortiz.", "We need it", "Ana Ortiz"),
]


@pytest.mark.parametrize("text, content, speaker", INVERTED_AFFILIATIONS)
def test_an_inverted_name_before_its_body_or_place_speaks(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# A document's participle reports for whoever issued the document ("X issued a report saying …"); not for
# the recipient of a passive ("was sent a letter saying").
ISSUED_DOCUMENTS = [
    ("The Harbour Party later released a short statement saying that the vote had been fair.", "the vote had",
     "Harbour Party"),
    ("Ortiz was sent a letter saying that her job was gone.", "her job was", "a letter"),
    ("On Friday, Mayor Ana Ortiz released a statement saying that the ferry would sail again.", "the ferry would",
     "Ana Ortiz"),
]


@pytest.mark.parametrize("text, content, speaker", ISSUED_DOCUMENTS)
def test_a_document_speaks_for_whoever_issued_it(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# A participle shares the name opening the nearest clause joined by ", but" / ", and" / ";", not the sentence's first
# subject; a modifier opening that clause ("Ortiz's allies", "Leeds officials") is no name of its subject.
NEAREST_CLAUSE_SUBJECTS = [
    ("It’s a long shot, but Ortiz was in Leeds on Tuesday, stressing that the port mattered to the region.",
     "the port mattered", "Ortiz"),
    ("Reed kept talking about the budget, but Grant brought him back to the strike, asking whether the drivers "
     "would be paid.", "whether the drivers", "Grant"),
    ("Reyes lost the vote, and Ortiz's allies were furious, saying the count was rigged.", "the count was", "Reyes"),
    ("Reyes lost the vote, and Harbour Party officials were furious, saying the count was rigged.", "the count was",
     "Reyes"),
    ("Ortiz met the mayor on Monday, and Leeds officials were pleased, saying the deal was good.", "the deal was",
     "Ortiz"),
]


@pytest.mark.parametrize("text, content, speaker", NEAREST_CLAUSE_SUBJECTS)
def test_a_participle_shares_the_nearest_clauses_name(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# A quotation opening its sentence and closed by ",”", then a verb the lexicon does not know and a name (or a
# description and such a verb), is that speaker's; not a possessive or a modifier before a noun ("followed Monday's
# vote", "chanted Harbour Street protesters").
UNKNOWN_VERB_SPEAKERS = [
    ("“We can win this,” beamed Ana Ortiz of the harbour board.", "We can win this", "Ana Ortiz"),
    ("“Owners should leave their boats at home,” opined the Harbour Gazette.", "Owners should leave",
     "Harbour Gazette"),
    ("“Imagine the mayor on that stage,” mused Radio Kent co-host Ana Ortiz.", "Imagine the mayor", "Ana Ortiz"),
    ("“Nobody expected it,” followed Monday's vote in Leeds.", "Nobody expected", None),
    ("“Stop the war!” chanted Harbour Street protesters.", "Stop the war", None),
]


@pytest.mark.parametrize("text, content, speaker", UNKNOWN_VERB_SPEAKERS)
def test_a_quotation_before_an_unknown_verb_and_a_name_is_the_names(text: str, content: str,
                                                                    speaker: str | None) -> None:
    assert_speaker(text, content, speaker)


def test_an_as_aside_with_an_apposition_names_its_speaker() -> None:
    text = "As Tom Reyes, an expert on ports at the Leeds Institute, noted, “The whole coast is waiting.”"
    assert_speaker(text, "The whole coast", "Tom Reyes")


def test_a_lone_title_before_of_stays_with_its_name() -> None:
    text = "“Ben is a fine addition,” said Director of Rowing Ana Kennedy. “We need him,” said Tom Reyes of the club."
    assert_speaker(text, "Ben is a fine", "Ana Kennedy")
    assert_speaker(text, "We need him", "Tom Reyes")


# A question in quote marks before a reply with its own quotation is put to the one who replies: not theirs, and not
# joined to the reply as one split quotation; a question before another verb of saying stays the speaker's.
QUESTIONS_BEFORE_REPLIES = [
    ("When she was asked, “Will you keep the ferry running past May?” Ortiz replied: “We will, for one more year.”",
     [("Will you keep the ferry running past May?", None), ("We will, for one more year.", "Ortiz")]),
    ("“Will you keep the ferry running past May?” Ortiz answered: “We will, for one more year.”",
     [("Will you keep the ferry running past May?", None), ("We will, for one more year.", "Ortiz")]),
    ("“Is the ferry safe?” Ortiz said. “It is not, and we all know it.”",
     [("Is the ferry safe?” Ortiz said. “It is not, and we all know it.", "Ortiz")]),
]


@pytest.mark.parametrize("text, expected", QUESTIONS_BEFORE_REPLIES)
def test_a_question_before_a_reply_is_not_the_replys(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(content, speaker) for speaker, content in speakers_and_contents(text)] == expected


# A paragraph with no quote marks after a cue that ends its own paragraph with a colon is a block quotation of that
# speaker, as a whole (its own seeming cues inside it); not a list, nor a line too short to be sentences.
BLOCK_QUOTES = [
    ("Mira Holt spoke first.\n\nSenator Paul Grant added:\n\nIt is typical of the board. It knows nothing, but the talk "
     "never stops. And the fact is that it has no idea what happened at the port.\n\nHolt left early.",
     [("Paul Grant", "It is typical of the board. It knows nothing, but the talk never stops. And the fact is that it "
       "has no idea what happened at the port.")]),
    ("Mira Holt spoke first.\n\nThe report's key points were:\n\n- The ferry will run until May and then stop for good.",
     []),
    ("Mira Holt spoke first.\n\nSenator Paul Grant added:\n\nThe ferry.", []),
]


@pytest.mark.parametrize("text, expected", BLOCK_QUOTES)
def test_a_paragraph_after_a_colon_cue_is_a_block_quotation(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(speaker, content) for speaker, content in speakers_and_contents(text)] == expected


def test_a_watch_group_is_a_body_not_someone_a_he_refers_to() -> None:
    text = ("Pastor Dan Hale spoke on his radio show on Monday, Harbour Rights Watch first reported.\n\n"
            "He then said the scouts should be shut down.")
    assert speakers_and_contents(text)[-1] == ("Dan Hale", "the scouts should be shut down")


@pytest.mark.parametrize("name", ["Harbour Freight Limited", "Harbour Freight plc", "Harbour Freight GmbH",
                                  "Disaster and Emergency Management Presidency"])
def test_a_company_or_agency_suffix_makes_a_body(name: str) -> None:
    assert speaker_type_of(f"{name} said the depot would close in May.", "the depot") == "organisation"
