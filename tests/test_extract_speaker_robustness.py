"""Speaker error classes of issue 10, seventh round: one table per class.

Every sentence is made up for these tests. Each row gives a text, the first words of a statement's
content and the speaker expected for it.
"""
from __future__ import annotations

import pytest

from quotetrail.extract import extract
from quotetrail.extract.tokens import tokenize
from statement_lookup import assert_speaker, speaker_of


# "the 42-year-old" is the one person the article gives that age, wherever it tells it.
AGES = [
    ("Edna Pike, 72, lives alone by the quay. The 72-year-old said the bus was late again.", "the bus", "Edna Pike"),
    ("Rita Gomez, 42, found her neighbour, Juan Diaz, 80, on the floor. The 42-year-old said the door was open.",
     "the door", "Rita Gomez"),
    ("The 31-year-old winger Ivo Marek missed the final. “I was not fit,” the 31-year-old said.",
     "I was not fit", "Ivo Marek"),
    ("Joe Brandt (55) was arrested on Monday. The 55-year-old told police that he was innocent of the charges.",
     "he was innocent", "Joe Brandt"),
]


@pytest.mark.parametrize("text, content, speaker", AGES)
def test_an_age_is_the_person_of_that_age(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


def test_an_age_names_the_one_person_of_that_age_else_stays_as_written() -> None:
    text = "Ann Roe, 40, and Tom Kirk, {age}, ran the shop. The 40-year-old said the rent had doubled."
    assert speaker_of(text.format(age=38), "the rent") == "Ann Roe"
    assert speaker_of(text.format(age=40), "the rent") == "The 40-year-old"


# A hyphened title before a name is its role, not part of it; a hyphened name stays whole.
HYPHENED_TITLES = [
    ("Grandmother-of-five Edna Pike said the bus was late again.", "the bus", "Edna Pike"),
    ("Then-Governor Mark Sell said the prison would close by spring.", "the prison", "Mark Sell"),
    ("Ex-Minister Tom Hale said the law was badly drafted.", "the law", "Tom Hale"),
]


@pytest.mark.parametrize("text, content, speaker", HYPHENED_TITLES)
def test_a_hyphened_title_is_not_the_name(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)
    assert_speaker(text.replace(speaker, "Anna Smith-Jones"), content, "Anna Smith-Jones")  # a hyphened name stays whole


# An acronym written in mixed case is defined by the capitals of its expansion ("MoD", "TfL").
MIXED_ACRONYMS = [
    ("The Ministry of Defence (MoD) said the drill was routine. The MoD added that no one was hurt.",
     "no one", "the Ministry of Defence"),
    ("Transport for London (TfL) said the line would reopen. TfL said the repairs were done.",
     "the repairs", "Transport for London"),
    ("The Department for Education (DfE) set the dates. The DfE said results were due in August.",
     "results were", "the Department for Education"),
]


@pytest.mark.parametrize("text, content, speaker", MIXED_ACRONYMS)
def test_a_mixed_case_acronym_is_its_expansion(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# "It says …" speaks for the document that opens the sentence before (for its owner when a person owns
# it), or else for the organisation that spoke last; never for a person or a plural body.
IT_SPEAKERS = [
    ("Clause 14 covers late rent. It says that tenants get ten days to pay.", "tenants", "Clause 14"),
    ("Lena Ortiz left school in 1982. Her yearbook entry thanks her mother. It suggests her best memory was "
     "a summer in Ohio.", "her best memory", "Lena Ortiz"),
    ("Tom Hale’s new book is out this week. It argues that the war was avoidable.", "the war", "Tom Hale"),
    ("The ministry said the port would close. It said the closure would last a week.", "the closure",
     "The ministry"),
    ("The Federal Aviation Administration said the jets were safe. It said checks would continue.",
     "checks would", "Federal Aviation Administration"),
]


@pytest.mark.parametrize("text, content, speaker", IT_SPEAKERS)
def test_it_is_the_document_or_the_organisation_before(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


def test_it_is_unknown_without_a_document_or_an_organisation() -> None:
    assert speaker_of("The union said the strike was off. It said pay talks would resume.", "pay talks") \
        == "The union"
    assert speaker_of("Police found the letter in a drawer. It says the mayor knew.", "the mayor") is None
    assert speaker_of("Ana Ruiz said the plan was sound. It said the costs would fall.", "the costs") is None


# A page that lost the space after a full stop ("he said.Kane said") still has two sentences.
def test_a_full_stop_without_its_space_ends_the_sentence() -> None:
    text = "Tom Kane, the mayor, spoke. “We will win,” he said.Kane said the vote would be close."
    assert speaker_of(text, "We will win") == "Tom Kane"
    assert speaker_of(text, "the vote") == "Tom Kane"


# A name glued to the outlet before it ("Speaking to the Daily Post Doe said") is the person the article names.
OUTLET_GLUED = [
    ("Jane Doe is a royal expert. Speaking to the Daily Post Doe said the couple were finished.", "the couple",
     "Jane Doe"),
    ("Amir Khan coaches the club. Talking to the Morning Herald Khan said the board had lost its nerve.", "the board",
     "Amir Khan"),
    ("Lena Holt runs the shelter. In an interview with the Harbour Times Lena said the beds were full.", "the beds",
     "Lena Holt"),
]


@pytest.mark.parametrize("text, content, speaker", OUTLET_GLUED)
def test_a_name_glued_to_an_outlet_is_the_person(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# "X published a report" names the author the report speaks for later ("The report found …").
PUBLISHERS = [
    ("The Grattan Institute published a report on Monday. The report found that rents had risen by a third.",
     "rents had", "The Grattan Institute"),
    ("Oxfam released its annual survey in May. The survey found that hunger had doubled in the region.",
     "hunger had", "Oxfam"),
    ("The Harbour Trust has commissioned a new study of the reef. The study says the coral is recovering.",
     "the coral", "The Harbour Trust"),
]


@pytest.mark.parametrize("text, content, speaker", PUBLISHERS)
def test_a_document_speaks_for_the_body_that_published_it(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


def test_a_new_document_is_not_the_one_published_before() -> None:
    text = "Oxfam released a statement on Monday. The statement said {}. Later a statement said the appeal had closed."
    assert speaker_of(text.format("the appeal had raised a million"), "the appeal had raised") == "Oxfam"
    assert speaker_of(text.format("the appeal had raised a million"), "the appeal had closed") == "a statement"


# "It added …" after a named body or a seat of government that spoke (`lexicon.GOVERNMENT_SEATS`).
IT_BODIES = [
    ("Apple said sales rose sharply in the spring. It said demand in China was strong.", "demand in", "Apple"),
    ("Number 10 said the prime minister was confident. It added that the vote would go ahead.", "the vote",
     "Number 10"),
    ("The Kremlin said the talks were over. It added that sanctions would fail.", "sanctions would", "Kremlin"),
    # a name whose form alone made it a person's: no one is an "it" that said something
    ("Harbour Water said a main had burst. It said repairs would take a week.", "repairs would", "Harbour Water"),
]

# ... but "it" of a finding, or after a person's name the article tells, is no speaker.
IT_NOT_SPEAKERS = [
    ("Harbour Water said a main had burst. It shows that the pipes are old.", "the pipes"),
    ("Anna Reyes said a main had burst. It said repairs would take a week.", "repairs would"),
]


@pytest.mark.parametrize("text, content", IT_NOT_SPEAKERS)
def test_it_is_no_person_and_no_finding_s_speaker(text: str, content: str) -> None:
    assert_speaker(text, content, None)


@pytest.mark.parametrize("text, content, speaker", IT_BODIES)
def test_it_is_the_named_body_that_spoke(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# "The Resolution Foundation’s report said": the body, without its possessive.
OWNER_REPORTS = [
    ("The Resolution Foundation’s report said incomes had fallen.", "incomes had", "Resolution Foundation"),
    ("The Harbour Trust’s survey found that the reef was recovering.", "the reef", "Harbour Trust"),
]


@pytest.mark.parametrize("text, content, speaker", OWNER_REPORTS)
def test_a_body_s_document_speaks_for_the_body(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# A role noun takes the last person who spoke or opened a sentence, not the last one named ("the witness",
# not the victim she saw).
ROLE_SALIENCE = [
    ("Maria Lopez saw the crash that killed Tom Reed. The witness said the van had run a red light.", "the van",
     "Maria Lopez"),
    ("Ivan Petrov treated Olga Brandt after her fall. The doctor said the hip was broken in two places.",
     "the hip", "Ivan Petrov"),
    ("Ana Ruiz said the plan was sound, and she praised Tom Reed. The economist said the costs would fall.",
     "the costs", "Ana Ruiz"),
]


@pytest.mark.parametrize("text, content, speaker", ROLE_SALIENCE)
def test_a_role_noun_takes_the_salient_person(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# "the doctor" after an unnamed "A doctor at the quarry told …" is that description; a party word alone is no office
# that keeps "the governor" from its holder, but the title it came with ("Gov.") is: no "the senator", and two
# holders of it leave "the governor" null; a convention is no person a role noun may take.
ROLE_DESCRIPTIONS = [
    ("A doctor at the quarry told reporters that he tried to free the driver.\n\n"
     "\u201cIt was too late,\u201d the doctor said.", "It was too late", "A doctor at the quarry"),
    ("An official at the depot said the trains were late. The official said the signals had failed.",
     "the signals", "An official at the depot"),
    ("Republican Gov. Tom Hale skipped the rally.\n\nThe governor said he was still waiting for the pay review.",
     "he was still waiting", "Tom Hale"),
    ("The Republican National Convention opened in Leeds on Monday.\n\nThe actress said the hall was cold.",
     "the hall", None),
    # guards: a description of another noun, an article-less description, another office
    ("A doctor at the quarry told reporters that he tried to free the driver. The nurse said the ward was full.",
     "the ward", "The nurse"),
    ("Port Mayor Tom Hale opened the dock.\n\nThe governor said he was still waiting for the pay review.",
     "he was still waiting", None),
    # guards: the title names another office; two holders of the office
    ("Democratic Sen. Mira Olsson opened the mill. Republican Gov. Dan Pryce stayed away. The senator said the mill "
     "would hire locally.", "the mill would", "Mira Olsson"),
    ("Republican Gov. Dan Pryce was in Kettleby. The senator said the mill would hire locally.", "the mill would",
     None),
    ("Democratic Gov. Dan Pryce met Republican Gov. Mira Olsson. The governor said the border talks had stalled.",
     "the border talks", None),
]


@pytest.mark.parametrize("text, content, speaker", ROLE_DESCRIPTIONS)
def test_a_role_noun_takes_the_described_speaker_or_a_party_member(text: str, content: str,
                                                                   speaker: str | None) -> None:
    assert_speaker(text, content, speaker)


# A surname with particles opening a sentence ("Von der Leyen", "Van den Berg") is the full name's.
PARTICLES = [
    ("Ursula von der Leyen spoke in Brussels. Von der Leyen said the deal was close.", "the deal",
     "Ursula von der Leyen"),
    ("Mark van den Berg runs the port. Van den Berg said the cranes were idle.", "the cranes", "Mark van den Berg"),
    ("Ana dos Santos coaches the team. Dos Santos said the players were tired.", "the players", "Ana dos Santos"),
]


@pytest.mark.parametrize("text, content, speaker", PARTICLES)
def test_a_surname_with_particles_is_the_full_name(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# A list of three or more names that are not all people is the list as written, never its last name.
NAME_LISTS = [
    ("Leeds, Dover and Hull have said the toll is unfair.", "the toll", "Leeds, Dover and Hull"),
    ("Ports like Leeds, Dover and Hull have said the toll is unfair.", "the toll", "Leeds, Dover and Hull"),
    ("Oxfam, Unicef and Caritas said aid convoys were blocked.", "aid convoys", "Oxfam, Unicef and Caritas"),
]


@pytest.mark.parametrize("text, content, speaker", NAME_LISTS)
def test_a_list_of_names_is_the_list(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# An adverb opening the sentence before a name is neither the name nor its role.
OPENING_ADVERBS = [
    ("Earlier Ana Ruiz said the vote was fair.", "the vote", "Ana Ruiz"),
    ("Later Tom Reed told reporters the vote was fair.", "the vote", "Tom Reed"),
    ("Separately Lena Holt said the bridge would reopen in May.", "the bridge", "Lena Holt"),
]

# A town's region between commas after the speaker is no speaker: the speaker is before the town ("Ana Ruiz of
# Greenbelt, Maryland, said"); a name of two words there is a person's ("One farmer from Leeds, Tom Reyes, said").
REGION_TAILS = [
    ("Ana Ruiz of Greenbelt, Maryland, said the moon holds water vapour.", "the moon holds", "Ana Ruiz"),
    ("Ivo Brandt of Leeds, West Yorkshire, said the mill would reopen.", "the mill would", "Ivo Brandt"),
    ("A spokesman for the firm in Austin, Texas, said the plant would close.", "the plant would",
     "A spokesman for the firm in Austin"),
    ("One farmer from Leeds, Tom Reyes, said the plant would close.", "the plant would", "Tom Reyes"),
]


@pytest.mark.parametrize("text, content, speaker", REGION_TAILS)
def test_a_region_after_a_town_is_not_the_speaker(text: str, content: str, speaker: str | None) -> None:
    assert_speaker(text, content, speaker)


# An opening participle or describing adjective is no name: the speaker is the one after it, else unknown.
OPENING_DESCRIBERS = [
    ("Mayor Ivo Brandt was asked about the ferry.\n\nSpeaking on Radio Marl he dodged the question again saying "
     "“It is about doing our best with the boats we have.”", "It is about", None),
    # guards: a participle before a comma and a name already gave the name
    ("Speaking on Radio Marl, Ivo Brandt said the ferry would sail again in June.", "the ferry", "Ivo Brandt"),
    ("Looking back, the planner Ines Varga argues that the ring road came too early.", "the ring road", "Ines Varga"),
    ("Iconic harbour cafe Tessaly is closing, but says it will be back \"before the frost\".", "will be back",
     None),
    ("Heroic Mira Stanek said the flames reached the roof in minutes.", "the flames", "Mira Stanek"),
    ("Distraught Oskar Lind told the inquest he had begged for help.", "he had begged", "Oskar Lind"),
    ("Grieving father Tomas Berg said he wanted answers from the council.", "he wanted", "Tomas Berg"),
    # guard: a name that merely starts with a listed word's letters stays a name
    ("Speakman said the lock gates were repaired.", "the lock gates", "Speakman"),
    ("Bravery Mensah said the lock gates were repaired.", "the lock gates", "Bravery Mensah"),
]


@pytest.mark.parametrize("text, content, speaker", OPENING_DESCRIBERS)
def test_an_opening_describer_is_not_the_name(text: str, content: str, speaker: str | None) -> None:
    assert_speaker(text, content, speaker)


@pytest.mark.parametrize("text, content, speaker", OPENING_ADVERBS)
def test_an_opening_adverb_is_not_the_name(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


def test_an_opening_adverb_is_not_the_role() -> None:
    statement = next(s for s in extract("However President Ortiz said the vote was fair.") if s.speaker)
    assert (statement.speaker, statement.role) == ("Ortiz", "President")


# An acronym in capitals is the one name the article writes with its initials, defined or not.
SPELLED_ACRONYMS = [
    ("The Federal Aviation Administration grounded the jets. The FAA said the checks would take weeks.",
     "the checks", "the Federal Aviation Administration"),
    ("The National Health Service is short of staff. The NHS said waiting lists were growing.", "waiting lists",
     "the National Health Service"),
    ("The FAA said the checks would take weeks. Officials at the Federal Aviation Administration declined to comment.",
     "the checks", "the Federal Aviation Administration"),
]


@pytest.mark.parametrize("text, content, speaker", SPELLED_ACRONYMS)
def test_an_acronym_is_the_name_it_spells(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


def test_an_acronym_two_names_spell_stays_as_written() -> None:
    one = "The Fenwick Angling Association met on Monday. The FAA said the river was low."
    assert speaker_of(one, "the river") == "the Fenwick Angling Association"
    two = "The Fenwick Angling Association met the Fife Arts Academy. The FAA said the river was low."
    assert speaker_of(two, "the river") == "FAA"


# "They" after a sentence opened by names joined by "and" is that group, each in its fullest form; after one opened
# by an organisation, that organisation.
THEY_GROUPS = [
    ("Ana Ruiz and Tom Reed run the cafe. They said the rent had doubled.", "the rent", "Ana Ruiz and Tom Reed"),
    ("Ana Ruiz, Tom Reed and Lena Holt run the cafe. They said the rent had doubled.", "the rent",
     "Ana Ruiz, Tom Reed and Lena Holt"),
    ("Oxfam said the aid was late. Ana Ruiz and Tom Reed run the cafe. They said the rent had doubled.", "the rent",
     "Ana Ruiz and Tom Reed"),
    ("The Harbour Trust launched a campaign on Monday. They said the reef was dying.", "the reef",
     "The Harbour Trust"),
    ("Police Scotland opened an inquiry. They said the suspect had fled.", "the suspect", "Police Scotland"),
]


@pytest.mark.parametrize("text, content, speaker", THEY_GROUPS)
def test_they_is_the_group_or_body_opening_the_sentence_before(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# A common first name tells the gender the article does not: "he" is not Susan Ward, "she" not Paul Grant.
FIRST_NAME_GENDERS = [
    ("Paul Grant met Susan Ward on Friday. Ward said the deal was close. He said it was not.", "it was not",
     "Paul Grant"),
    ("Anna Keller met Tom Fisch on Monday. He said the talks went well.", "the talks", "Tom Fisch"),
    ("Ivan Sokolov met Maria Brandt in Vienna. Sokolov said the gas deal was off. She said it was still alive.",
     "it was still", "Maria Brandt"),
]


@pytest.mark.parametrize("text, content, speaker", FIRST_NAME_GENDERS)
def test_a_common_first_name_tells_the_gender(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# "A study published in the Lancet" speaks as the study (its author unnamed), not as the journal.
VENUES = [
    ("A study published in the Lancet found that the drug cut deaths.", "the drug", "A study published in the Lancet"),
    ("A study published in Nature found that the reef was recovering.", "the reef", "A study published in Nature"),
    ("A paper presented in Vienna argued that the tax had failed.", "the tax", "A paper presented in Vienna"),
]


@pytest.mark.parametrize("text, content, speaker", VENUES)
def test_a_document_published_in_a_venue_is_the_document(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# "Residents of Chicago", "Lawyers for Kane": people of a place, body or person, kept as written, never the place.
MEMBERS_OF = [
    ("Residents of Chicago said the water was brown.", "the water", "Residents of Chicago"),
    ("Friends of the Earth said the spill was huge.", "the spill", "Friends of the Earth"),
    ("Supporters of the Labour Party said the vote was rigged.", "the vote", "Supporters of the Labour Party"),
    ("Lawyers for Kane said the trial was unfair.", "the trial", "Lawyers for Kane"),
    ("Campaigners for Greenpeace said the spill was huge.", "the spill", "Campaigners for Greenpeace"),
    # an office of a place or body, or a role for a person, is its holder, unnamed: not the place, body or client
    ("The mayor of Leeds argued that the tram was too costly.", "the tram", "The mayor of Leeds"),
    ("The chief executive of Harbour Bank said profits fell sharply.", "profits fell", "The chief executive of Harbour Bank"),
    ("Ana Reyes was charged. The lawyer for Ana Reyes said the charge was baseless.", "the charge",
     "The lawyer for Ana Reyes"),
]


@pytest.mark.parametrize("text, content, speaker", MEMBERS_OF)
def test_people_of_a_place_are_not_the_place(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# A spokesperson named by whom they speak for ("the ministry's spokesman", "a representative of the union") speaks
# for them; one the article named just before keeps the name.
REPRESENTED = [
    ("The ministry said the port would close. The ministry’s spokesman said the closure would last a week.",
     "the closure", "The ministry"),
    ("Ana Ruiz is running again. Her spokesman said she would win.", "she would", "Ana Ruiz"),
    ("Ana Ruiz is running again. Ruiz's spokeswoman said the campaign had raised a million.", "the campaign",
     "Ana Ruiz"),
    ("The Harbour Trust said the aid was late. A representative of the trust said the roads were shut.", "the roads",
     "Harbour Trust"),
]


@pytest.mark.parametrize("text, content, speaker", REPRESENTED)
def test_a_spokesperson_speaks_for_whom_they_represent(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


def test_a_spokesperson_named_before_keeps_the_name() -> None:
    text = ("Jo Ware, a spokesman for Senator Tom Hale, spoke on Monday. The senator’s spokesman said the vote was "
            "close. Mira Holt is running too. Her spokesman said she would win.")
    assert speaker_of(text, "the vote") == "Jo Ware"
    assert speaker_of(text, "she would") == "Mira Holt"


# "…, said the deal was close": a clause after the cue is never an inverted subject; "Kane's deputy" is a role.
INVERTED_CLAUSES = [
    ("Ana Roe, Kane's deputy, said the deal was close.", [("Ana Roe", "the deal was close")]),
    ("Tom Kane's deputy, Ana Roe, said the deal was close.", [("Ana Roe", "the deal was close")]),
    ("Ana Roe, Kane's neighbour, said the deal was close.", []),
]


@pytest.mark.parametrize("text, expected", INVERTED_CLAUSES)
def test_a_clause_after_the_cue_is_not_its_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(s.speaker, s.text) for s in extract(text)] == expected


def test_the_witness_is_the_salient_person_and_the_victim_the_last_named() -> None:
    text = "Maria Lopez watched Tom Kane attack Ana Reed on Friday. The {} said the man had run off."
    assert speaker_of(text.format("witness"), "the man") == "Maria Lopez"
    assert speaker_of(text.format("victim"), "the man") == "Ana Reed"


# "Mayor of London Sadiq Khan": the office's complement is part of the role, not of the name.
OFFICES = [
    ("Mayor of London Sadiq Khan said the plan was sound.", "the plan", "Sadiq Khan"),
    ("Chief of Staff Ana Ruiz said the plan was sound.", "the plan", "Ana Ruiz"),
    ("Minister for Health Tom Reed spoke on Monday. Reed said the wards were full.", "the wards", "Tom Reed"),
]


@pytest.mark.parametrize("text, content, speaker", OFFICES)
def test_an_office_s_complement_is_not_the_name(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


def test_an_office_s_complement_is_in_the_role() -> None:
    statement = next(s for s in extract("Mayor of London Sadiq Khan said the plan was sound.") if s.speaker)
    assert statement.role == "Mayor of London"


# "The couple", "the pair": the last two people the article names joined by "and".
PAIRS = [
    ("Nadia Frost and Owen Pike moved to Lisbon in 2021. The couple said they wanted a quiet life.",
     "they wanted", "Nadia Frost and Owen Pike"),
    ("Ana Ruiz and Tom Reed married in May. The pair said the wedding was small.", "the wedding",
     "Ana Ruiz and Tom Reed"),
]


@pytest.mark.parametrize("text, content, speaker", PAIRS)
def test_the_couple_is_the_pair_named_last(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


def test_the_couple_without_a_pair_stays_as_written() -> None:
    text = "Ana Ruiz {} Tom Reed met in 2010. The couple said the wedding was small."
    assert speaker_of(text.format("and"), "the wedding") == "Ana Ruiz and Tom Reed"
    assert speaker_of(text.format("saw"), "the wedding") == "The couple"


@pytest.mark.parametrize("text", [
    "Kim Okafor toured the dam on Monday. She said the spillway would be rebuilt.",
    "Andrea Bellini toured the dam on Monday. He said the spillway would be rebuilt.",
    "Jesse Moreau toured the dam on Monday. She said the spillway would be rebuilt.",
])
def test_a_first_name_given_to_both_sexes_keeps_either_pronoun(text: str) -> None:
    name = text.split(" toured")[0]
    assert speaker_of(text, "the spillway") == name


def test_a_contracted_they_takes_the_group_as_they_does() -> None:
    text = "Omar Haddad and Lea Brandt run the bakery. They've said the flour price doubled in a year."
    assert speaker_of(text, "the flour") == "Omar Haddad and Lea Brandt"


# A linking word opening the sentence ("Yet", like "But") is no part of the name after it.
LINKED_NAMES = [
    ("Tom Reyes spoke first. Yet Reyes has already changed his account once. “I now recall it,” he said.",
     "I now recall it", "Tom Reyes"),
    # guards: a subject already read past "Yet", and "But", already no part of a name
    ("Tom Reyes spoke first. Yet Reyes said the plan had changed.", "the plan had", "Tom Reyes"),
    ("Tom Reyes spoke first. But Reyes said the plan had changed.", "the plan had", "Tom Reyes"),
    # guard: "yet another" opening a name is part of it
    ("Yet Another Podcast said the episode would air in June.", "the episode would", "Yet Another Podcast"),
]


@pytest.mark.parametrize("text, content, speaker", LINKED_NAMES)
def test_a_linking_word_is_no_part_of_the_name(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# A middle initial is part of the name, even "A." ("a" is a title word): the fullest name keeps it.
MIDDLE_INITIALS = [
    ("Sonya A. Zoghlin, the family’s lawyer, told the Herald that her client was sorry.", "her client",
     "Sonya A. Zoghlin"),
    ("Sonya A. Zoghlin spoke first. Zoghlin said the plan was fine.", "the plan", "Sonya A. Zoghlin"),
    ("General Counsel Tom A. Reyes said the filing was late.", "the filing", "Tom A. Reyes"),
    # guards: another initial, and a name with no initial
    ("Ana B. Ortiz spoke first. Ortiz said the plan was fine.", "the plan", "Ana B. Ortiz"),
    ("Sonya Zoghlin spoke first. Zoghlin said the plan was fine.", "the plan", "Sonya Zoghlin"),
]


@pytest.mark.parametrize("text, content, speaker", MIDDLE_INITIALS)
def test_a_middle_initial_stays_in_the_name(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# An acronym written as a word ("WHO", "IT", "US") is a name, not the relative "who" or the pronoun "it", outside a
# headline's run of capitals (`lexicon.WORD_ACRONYMS`).
WORD_ACRONYM_SPEAKERS = [
    ("“Cases are rising,” the WHO said.", "Cases are", "the WHO"),
    ("“Cases are rising,” WHO chief Ana Reyes said.", "Cases are", "Ana Reyes"),
    ("“The servers are down,” IT staff said.", "The servers", "IT staff"),
]


@pytest.mark.parametrize("text, content, speaker", WORD_ACRONYM_SPEAKERS)
def test_an_acronym_written_as_a_word_is_a_name(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


def test_a_headline_s_capitals_keep_their_words() -> None:
    assert [t.lower for t in tokenize("THE MAN WHO SAID NO", 0, 19)] == ["the", "man", "who", "said", "no"]
