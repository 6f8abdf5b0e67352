"""Speaker name errors found by hand on articles from publishers no gold covers (round 8): one table per class.

Every sentence is made up for these tests. Each row gives a text, the first words of a statement's content and
the speaker expected.
"""
from __future__ import annotations

import pytest

from statement_lookup import assert_speaker


# "U.S." and "D.C." are one word: never "U." and a name "S. Attorney" that a later description or pronoun takes.
INITIALISMS = [
    ("A statement came from the U.S. Attorney for the eastern district. The prosecutor said the case was closed.",
     "the case", None),
    ("The case went to the U.S. Attorney in Dallas. He said the case was closed.", "the case", None),
]


@pytest.mark.parametrize("text, content, speaker", INITIALISMS)
def test_an_initialism_with_full_stops_is_one_word(text: str, content: str, speaker: str | None) -> None:
    assert_speaker(text, content, speaker)


# A body whose name holds a title word ("State", "House", "Press") is the whole name, not its last word.
BODY_NAMES = [
    ("The US State Department said the embassy would stay open.", "the embassy", "US State Department"),
    ("The Saudi Press Agency reported the talks had ended.", "the talks", "Saudi Press Agency"),
    ("The Ohio State Police said the road was closed.", "the road", "Ohio State Police"),
    ("The Republican National Committee said the debate would go ahead.", "the debate",
     "Republican National Committee"),
    ("A statement from the Democratic National Committee came late. The Democratic National Committee said the vote "
     "was fair.", "the vote", "Democratic National Committee"),
]


@pytest.mark.parametrize("text, content, speaker", BODY_NAMES)
def test_a_body_name_with_a_title_word_is_kept_whole(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# An acronym's long form starts at a capital: "Delegates of Pacific Forum (PF)" defines "Pacific Forum".
ACRONYM_LEADS = [
    ("Delegates of Pacific Island Forum (PIF) arrived on Friday. The PIF said a fund would open.",
     "a fund", "Pacific Island Forum"),
    ("Leaders of Coastal Towns Network (CTN) members met. The CTN announced a new ferry.",
     "a new ferry", "Coastal Towns Network"),
]


@pytest.mark.parametrize("text, content, speaker", ACRONYM_LEADS)
def test_an_acronym_long_form_does_not_start_with_a_lower_case_word(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# A surname opened by a particle ("La Vega", "Van Den Berg") is the full name the article writes once, even when
# the surname alone is written more often.
PARTICLE_SURNAMES = [
    ("Rosa La Vega is running for the council. La Vega spoke on Monday. La Vega said the budget was too small.",
     "the budget", "Rosa La Vega"),
    ("Tom Van Den Berg won the race. Van Den Berg was tired. Van Den Berg said the hill was hard.",
     "the hill", "Tom Van Den Berg"),
    ("Ana de Silva leads the union. De Silva met the board. Talks with de Silva went on. De Silva said pay would rise.",
     "pay would", "Ana de Silva"),
]


@pytest.mark.parametrize("text, content, speaker", PARTICLE_SURNAMES)
def test_a_particle_surname_is_the_fullest_name(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# Words that open a sentence before a name ("Once", "Like", "Unlike", "Saying") are not part of it.
OPENING_WORDS = [
    ("Unlike Harbour Rail, the Coastal Bus Company kept its fares. Harbour Rail said costs had risen.",
     "costs had", "Harbour Rail"),
    ("Tom Reed arrived at noon. Once I saw him, I waved. He said the road was icy.", "the road", "Tom Reed"),
]


@pytest.mark.parametrize("text, content, speaker", OPENING_WORDS)
def test_a_sentence_opening_word_is_not_part_of_a_name(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# "Senator from Vermont Ana Ruiz": the office's complement after "from" goes to the role, as after "of" / "for".
OFFICES_FROM = [
    ("On Monday, Senator from Vermont Ana Ruiz ended her campaign. Ruiz said the work would go on.",
     "the work", "Ana Ruiz"),
    ("Representative from Ohio Tom Bell said the vote was close.", "the vote", "Tom Bell"),
]


@pytest.mark.parametrize("text, content, speaker", OFFICES_FROM)
def test_an_office_from_a_place_is_no_part_of_the_name(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# A plural title opening a list of names ("Producers", "Senators") goes to the role, not into the first name.
PLURAL_TITLES = [
    ("Producers Lina Park and Joe Ferris said the host had style.", "the host", "Lina Park and Joe Ferris"),
    ("Professors Lena Moss and Omar Haddad wrote the study. Moss and Haddad said the data were clear.",
     "the data", "Lena Moss and Omar Haddad"),
]


@pytest.mark.parametrize("text, content, speaker", PLURAL_TITLES)
def test_a_plural_title_before_names_is_no_part_of_them(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# "…, he added." goes on with the report of the speaker before, over a man named in between, when that speaker's
# gender agrees (told by the article or by a common first name).
CONTINUING_CUES = [
    ("Omar Ruiz lost his licence on Monday, Officer Dan Bell said. "
     "The licence will go back to Ruiz in May, he added.", "The licence", "Dan Bell"),
    ("The gate was shut at noon, Officer Kim Vale said. Omar Ruiz opened it again. The gate was old, he added.",
     "The gate was old", "Omar Ruiz"),  # a first name of no known gender: no bonus
    ("Omar Haddad was fined on Monday, Judge Susan Webb said. The fine was paid by Haddad, she added.",
     "The fine", "Susan Webb"),
]


@pytest.mark.parametrize("text, content, speaker", CONTINUING_CUES)
def test_he_added_is_the_speaker_before(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# "X of Y" names X when X is the first person named with nothing but a lead-in before them, and a run ending in a
# role noun ("Current Director") is no person.
AFFILIATED_PEOPLE = [
    ("Current Director of Coastal Safety Maria Lund said the beach was closed.", "the beach", "Maria Lund"),
    ("Lead author Omar Haddad of Leeds University said the samples were old.", "the samples", "Omar Haddad"),
    ("Ohio Secretary of State Ana Ruiz said turnout was high.", "turnout", "Ana Ruiz"),
]


@pytest.mark.parametrize("text, content, speaker", AFFILIATED_PEOPLE)
def test_a_person_of_a_body_or_office_is_that_person(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# A name opened by a compass word ("Northern Cyprus", "South Carolina") is a place, never who a "he" refers to.
PLACE_OPENERS = [
    ("Kostas Vidal spoke at the forum. Northern Marland, a breakaway region, turned the plan down. "
     "He said the deal was open to all.", "the deal", "Kostas Vidal"),
    ("Senator Lee Okafor campaigned hard. South Carolina voted on Saturday. He said the result was clear.",
     "the result", "Lee Okafor"),
]


@pytest.mark.parametrize("text, content, speaker", PLACE_OPENERS)
def test_a_name_opened_by_a_compass_word_is_a_place(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# Guards for the rules above: an honorific or rank before a surname that is a body word ("Post", "Church") is a
# title, a role-noun surname ("Singer") names a person of a body, a plural that opens a body's name ("Writers
# Guild") or kin ("Sisters") is no title before names, and a single initial ("Ana E. Ortiz") ends no sentence.
NAME_GUARDS = [
    ("Mr. Tom Post said the shop would open.", "the shop", "Tom Post"),
    ("Dr. Ana Church said the shop would open.", "the shop", "Ana Church"),
    ("Sgt. Tom House said the road was closed.", "the road", "Tom House"),
    ("Mr. Guardian said the shop would open.", "the shop", "Guardian"),
    ("Rosa Singer of Harbour Weekly said the show was sold out.", "the show", "Rosa Singer"),
    ("Writers Guild said the strike would end.", "the strike", "Writers Guild"),
    ("Veterans Affairs said the clinic would close.", "the clinic", "Veterans Affairs"),
    ("Mothers Against Street Racing said the road was unsafe.", "the road", "Mothers Against Street Racing"),
    ("Sisters Ana and Rosa Ruiz said the farm was sold.", "the farm", "Sisters Ana and Rosa Ruiz"),
    ("Professors Lowe and Ana Alba said the data were clear.", "the data", "Professors Lowe and Ana Alba"),
    ("Ana E. Ortiz and Tom Reed run the cafe. They said the rent had doubled.", "the rent", "Ana E. Ortiz and Tom Reed"),
    ("U.S. Attorney Ana Ruiz said the case was closed.", "the case", "Ana Ruiz"),
    ("T.J. Reed said the race was fair.", "the race", "T.J. Reed"),
    ("Atlantic City Mayor Ana Post said the beach would open.", "the beach", "Ana Post"),
    ("Democrats Tom Reed and Ana Ruiz said the bill was weak.", "the bill", "Democrats Tom Reed and Ana Ruiz"),
    ("An official from Kansas City Police Department said the road was closed.", "the road",
     "Kansas City Police Department"),
    ("Rosa West sang on Friday. West said the hall was full.", "the hall", "Rosa West"),
]


@pytest.mark.parametrize("text, content, speaker", NAME_GUARDS)
def test_a_title_role_or_initial_keeps_the_name_as_main_did(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# Round 9 (articles of another open news site). An occupation written with a capital right before a name is a
# title: "Voter Ina Brask", "Broadcaster Teo Lund", "Co-inventor Mira Salo" are Ina Brask, Teo Lund and Mira Salo.
OCCUPATION_TITLES = [
    ('Voter Ina Brask told the Harbour Gazette, "We cannot wait another four years for this."', "We cannot",
     "Ina Brask"),
    ('Broadcaster Teo Lund commented, "The man with the ladder is the real hero of the day."', "The man",
     "Teo Lund"),
    ('Co-inventor Mira Salo recounted, "When we sprayed the panel, nothing stuck to it at all."', "When we",
     "Mira Salo"),
    ("Nurse Dalia Fenn said the ward at Orlov General had been full for a week.", "the ward", "Dalia Fenn"),
    # a rank written in one word with its title
    ("Deputies chased the van, Harlan County Undersheriff Dana Whitlock said. \"He knew the game was up,\" Whitlock "
     "said.", "He knew", "Dana Whitlock"),
    ("Vicechancellor Ines Marr said the college would close its Ostby site. Marr said the staff would move.",
     "the staff", "Ines Marr"),
]

# Guards: a body named with such a word, a name that only looks like one, and the word as a plain noun.
OCCUPATION_GUARDS = [
    ("Researcher Oren Pask said the samples were clean. Pask said the tests would end in May.", "the tests",
     "Oren Pask"),
    ("Student Loan Corporation said the fees would rise in Kelvale.", "the fees", "Student Loan Corporation"),
    ("Walter Harmon said the plan for the Brisk Valley dam was sound.", "the plan", "Walter Harmon"),
    ("The voter said the queue at the Ostby school was long.", "the queue", "The voter"),
    ("Underwood Mills said the fees would rise in Kelvale.", "the fees", "Underwood Mills"),
]


@pytest.mark.parametrize("text, content, speaker", OCCUPATION_TITLES + OCCUPATION_GUARDS)
def test_an_occupation_before_a_name_is_a_title(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# "the president" is not the one whose role is "Vice President" or "former President", though named last; "the vice
# president" and "the former president" are.
OFFICE_QUALIFIERS = [
    ("Former Vice President Ana Ruiz met President Tomas Brenn in Kelvale. The vote went in favour of Ruiz. "
     "The president said the talks had gone well.", "the talks", "Tomas Brenn"),
    ("President Tomas Brenn met Vice President Ana Ruiz in Kelvale. Ruiz spoke first. "
     "The president said the talks had gone well.", "the talks", "Tomas Brenn"),
    ("Director Ines Oberg visited the site with Deputy Director Lio Mant. Mant spoke to workers. "
     "The director said the dam was safe.", "the dam", "Ines Oberg"),
]

OFFICE_QUALIFIER_GUARDS = [
    ("President Tomas Brenn met Vice President Ana Ruiz in Kelvale. Ruiz spoke first. "
     "The vice president said the talks had gone well.", "the talks", "Ana Ruiz"),
    ("Former President Ana Ruiz met Mayor Tomas Brenn. The former president said the park would reopen.",
     "the park", "Ana Ruiz"),
    ("President Tomas Brenn visited the Orlov dam. The president said the dam was safe.", "the dam", "Tomas Brenn"),
    ("Deputy Mayor Lio Mant opened the pier. The mayor said the ferry would run.", "the ferry", None),
    ("Assistant Coach Lio Mant praised the side. The coach said the team would win.", "the team", None),
    ("Former Professor Lena Hart spoke in Tarnby. The professor said the lab would close.", "the lab", None),
    ("Ex Professor Oren Vale spoke in Dunmore. The professor said the mill would close.", "the mill", None),
]

# An office and its abbreviation are one office ("the PM", "the CEO": ``lexicon.OFFICE_ABBREVIATIONS``); a portfolio
# word names one office only ("the prime minister" is not the finance minister: ``lexicon.OFFICE_PORTFOLIOS``).
ABBREVIATED_OFFICES = [
    ("Prime Minister Ana Ruiz visited the Orlov dam. The PM said the dam was safe.", "the dam", "Ana Ruiz"),
    ("PM Ana Ruiz visited the Orlov dam. The prime minister said the dam was safe.", "the dam", "Ana Ruiz"),
    ("Lio Mant, the chief executive of Kelvale Rail, met staff. The CEO said the line would reopen.", "the line",
     "Lio Mant"),
    # guards
    ("Finance Minister Ana Ruiz visited the Orlov dam. The PM said the dam was safe.", "the dam", None),
    ("Ana Ruiz, the health minister, visited the Orlov dam. The prime minister said the dam was safe.", "the dam",
     None),
    ("Finance Minister Ana Ruiz visited the Orlov dam. The minister said the dam was safe.", "the dam", "Ana Ruiz"),
]


@pytest.mark.parametrize("text, content, speaker", ABBREVIATED_OFFICES)
def test_an_office_and_its_abbreviation_are_one_office(text: str, content: str, speaker: str | None) -> None:
    assert_speaker(text, content, speaker)


# An assistant professor is a professor (``lexicon.GRADED_RANKS``): "the professor" is that person.
GRADED_RANKS = [
    ("Assistant Professor Lena Hart said the pier would close. The professor added that the ferry would run.",
     "the ferry", "Lena Hart"),
]


@pytest.mark.parametrize("text, content, speaker", OFFICE_QUALIFIERS + OFFICE_QUALIFIER_GUARDS + GRADED_RANKS)
def test_the_president_is_not_the_vice_president(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# A body's name that goes on with "and" and a capitalised word before a lower-case one ("the Nordhub Trust and
# Safety team") is a piece of a longer name: not the full name of the body written alone ("Nordhub").
NAME_PIECES = [
    ("Nordhub said the code was legal. The Nordhub Trust and Safety team would review claims. Nordhub said it "
     "would side with developers.", "it would", "Nordhub"),
    ("Kestrel said the app was safe. The Kestrel Trust & Safety unit checked it. Kestrel said more checks would "
     "come.", "more checks", "Kestrel"),
]

NAME_PIECE_GUARDS = [
    ("The Harlow Foundation funded the study. Harlow said the money was well spent.", "the money",
     "Harlow Foundation"),
    ("The Harlow Foundation and Tom Reed funded the study. Harlow said the money was well spent.", "the money",
     "Harlow Foundation"),
    ("Ana Keller and Tom Reed spoke on Monday. Ana said the plan was sound.", "the plan", "Ana Keller"),
]


@pytest.mark.parametrize("text, content, speaker", NAME_PIECES + NAME_PIECE_GUARDS)
def test_a_piece_of_a_longer_body_name_is_no_full_name(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# A day (or, after a time word, a month) that opens the subject with no comma is when, not who: "On Thursday
# officials reported" is the officials.
DATE_OPENED_SUBJECTS = [
    ("On Thursday officials reported the ferry fares in Orvik rose by a third.", "the ferry fares", "officials"),
    ("Friday officials said the road to Kelmar was closed.", "the road", "officials"),
    ("In March researchers reported the Tessaly drug worked.", "the Tessaly drug", "researchers"),
    ("On Monday Kelmar officials said the bridge would reopen.", "the bridge", "Kelmar officials"),
]

DATE_OPENED_GUARDS = [
    ("On Friday Ana Keller said the road to Kelmar was closed.", "the road", "Ana Keller"),
    ("Sunday Times editor Ana Lee said the paper would close.", "the paper", "Ana Lee"),
]


@pytest.mark.parametrize("text, content, speaker", DATE_OPENED_SUBJECTS + DATE_OPENED_GUARDS)
def test_a_day_opening_the_subject_is_no_part_of_it(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# A party or "Former" before a plural title alone ("Republican Representatives") names a group: kept whole, not cut
# to the bare plural as if it were a title and a name.
PARTY_GROUPS = [
    ("Republican Representatives said the inquiry in Kelmar was unfair.", "the inquiry", "Republican Representatives"),
    ("Democratic Senators said the Orvik bill would fail.", "the Orvik bill", "Democratic Senators"),
]

PARTY_GROUP_GUARDS = [
    ("Republican Senator Ana Ruiz said the Orvik bill would fail.", "the Orvik bill", "Ana Ruiz"),
    ("Senators Ana Ruiz and Tom Reed said the Orvik bill would fail.", "the Orvik bill", "Ana Ruiz and Tom Reed"),
]


@pytest.mark.parametrize("text, content, speaker", PARTY_GROUPS + PARTY_GROUP_GUARDS)
def test_a_party_before_a_plural_title_is_a_group(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# A name whose word the article also writes as a common word ("Blue Engine" beside "a blue dress") is no person unless
# something tells it is one, so a "she" does not go to it, even where "Blue Engine says she …" would tell its gender.
COMMON_WORD_NAMES = [
    ("Nadia Kell wore a blue dress. The label that owns her songs, Blue Engine, says she may sing them at the gala. "
     "Last week Nadia Kell wrote a post accusing Blue Engine of blocking her. She said the label had been unfair.",
     "the label", "Nadia Kell"),
    # a lone surname is no candidate for "he" (yet): null rather than the day
    ("\"We will win,\" Diallo said before Harvest Day. The harvest was late. \"Vote early,\" he said later.",
     "Vote early", None),
]

# Guards: a surname that is a common word ("a long meeting") with a first name no list knows, a surname used alone,
# a first name on the list, and a name nothing speaks against all stay people.
COMMON_WORD_GUARDS = [
    ("Kwabena Long spoke after a long meeting at the port. \"The cost is low,\" he said.", "The cost", "Kwabena Long"),
    ("Tavita Young opened the clinic. The young doctors cheered. \"This is a new start,\" Young said. "
     "\"We will grow,\" she said.", "We will grow", "Tavita Young"),
    ("Mark Field of the track team spoke. The field was wet. \"We ran anyway,\" he said.", "We ran", "Mark Field"),
    ("Juma Kassim Mwinyi spoke at the port. \"The port will grow,\" he said.", "The port", "Juma Kassim Mwinyi"),
]


@pytest.mark.parametrize("text, content, speaker", COMMON_WORD_NAMES + COMMON_WORD_GUARDS)
def test_a_name_of_common_words_is_no_person(text: str, content: str, speaker: str | None) -> None:
    assert_speaker(text, content, speaker)


# A capitalised title of several words before its "of" is an apposition ("Chief Executive of …"), and a role word
# that opens the name is its title ("Professor Ana Ruiz, Director General of …"): the speaker is the person.
CAPITALISED_TITLES = [
    ("Ana Ruiz, Chief Executive of Kelmar Foods, said the plant would close.", "the plant", "Ana Ruiz"),
    ("Professor Tom Reed, Director General of the Orvik Health Institute, said the trial worked.", "the trial",
     "Tom Reed"),
    ("Doctor Tom Reed, Director General of the Orvik Institute that ran the trial, said, \"We can treat it now.\"",
     "We can treat", "Tom Reed"),
]

CAPITALISED_TITLE_GUARDS = [
    ("Ana Ruiz, Director of Kelmar Foods, said the plant would close.", "the plant", "Ana Ruiz"),
    ("Senator Ana Ruiz, the sponsor, said the bill would pass.", "the bill", "Ana Ruiz"),
    ("Author and organiser, Mina Park, from Orvik, said the fair would go ahead.", "the fair", "Mina Park"),
]


@pytest.mark.parametrize("text, content, speaker", CAPITALISED_TITLES + CAPITALISED_TITLE_GUARDS)
def test_a_capitalised_title_of_a_body_is_an_apposition(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# An opening prepositional phrase set off by a comma ("In a statement,") is no part of the apposition chain after it:
# "In a statement, the new bishop, Tom Reed, said" is Reed.
OPENING_PHRASE_CHAINS = [
    ("In a statement, the new bishop, Tom Reed, said, \"We mourn him deeply.\"", "We mourn", "Tom Reed"),
]

OPENING_PHRASE_GUARDS = [
    ("On Monday, the ferry captain's brother, Tom Reed, said the crew was safe.", "the crew", "Tom Reed"),
    ("In a statement, Tom Reed, a lawyer, said the crew was safe.", "the crew", "Tom Reed"),
]


@pytest.mark.parametrize("text, content, speaker", OPENING_PHRASE_CHAINS + OPENING_PHRASE_GUARDS)
def test_an_opening_phrase_is_no_part_of_the_chain(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# A relative "who" with no comma before it runs up to the cue: its object is no subject ("Ana Ruiz who sponsored the
# bill remarked" is Ruiz, not "the bill").
RESTRICTIVE_RELATIVES = [
    ("State senator Ana Ruiz who sponsored the bill remarked the bill would fail.", "the bill would", "Ana Ruiz"),
    ("The port officials who ordered the closure claimed the pier was unsafe.", "the pier", "The port officials"),
    ("Those who attended the Orvik meeting said it was loud.", "it was", "Those who attended the Orvik meeting"),
    ("The port officials who ordered that change claimed the pier was unsafe.", "the pier", "The port officials"),
    ("Tom Reed who doubles as the region's harbour master said the pier was unsafe.", "the pier", "Tom Reed"),
]

RESTRICTIVE_RELATIVE_GUARDS = [
    ("Ana Ruiz, who sponsored the bill, said the bill would fail.", "the bill would", "Ana Ruiz"),
    ("Ana Ruiz said the voters who backed the bill were right.", "the voters", "Ana Ruiz"),
    ("He was the man who had the qualities that his aides said the voters of Orvik wanted.", "the voters",
     "his aides"),
]


@pytest.mark.parametrize("text, content, speaker", RESTRICTIVE_RELATIVES + RESTRICTIVE_RELATIVE_GUARDS)
def test_the_object_of_a_relative_before_the_cue_is_no_subject(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# "They" after a sentence opened by one capitalised plural noun of people ("Researchers took samples.") is that
# description, not the last group that spoke before it; not when the subject goes on ("Veterans of the service").
THEY_DESCRIPTIONS = [
    ("Experts noted that the outbreak in Orvik may need strict measures. Researchers took swabs from ten volunteers. "
     "They found the virus behaved like flu.", "the virus", "Researchers"),
    ("The union said the talks were over. Workers walked off the job on Monday. They said the plant was unsafe.",
     "the plant", "Workers"),
]

THEY_DESCRIPTION_GUARDS = [
    ("Veterans of the Orvik navy have expressed fears that the plan might fail. They stress the cost of the ships.",
     "the cost", "Veterans of the Orvik navy"),
    ("Bernie Sanders spoke in Orvik. Sanders left early. They said the rally was loud.", "the rally", None),
]


@pytest.mark.parametrize("text, content, speaker", THEY_DESCRIPTIONS + THEY_DESCRIPTION_GUARDS)
def test_they_after_a_plural_description_is_that_description(text: str, content: str, speaker: str | None) -> None:
    assert_speaker(text, content, speaker)


# A time phrase closing an according-to source after a name ("according to the Orvik Courier in March") is no part
# of the source; after a description it stays ("figures released in July" is the document as written).
ACCORDING_TIMES = [
    ("The ferry line, according to the Orvik Courier in March, is too big to sell.", "The ferry line",
     "Orvik Courier"),
    ("According to county attorney Ana Ruiz on Saturday, the driver was from Kelmar.", "the driver", "Ana Ruiz"),
]

ACCORDING_TIME_GUARDS = [
    ("According to figures released in July, the ferry line is too big to sell.", "the ferry line",
     "figures released in July"),
]


@pytest.mark.parametrize("text, content, speaker", ACCORDING_TIMES + ACCORDING_TIME_GUARDS)
def test_a_time_after_an_according_source_is_no_part_of_it(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# A chain of affiliations after a name goes on over a body's "the" ("Ana Ruiz of the University of Kelmar in Orvik
# said" is Ruiz, not Orvik), and an occupation by its ending ("Ecologist", "Oceanographer") is a title before a name.
AFFILIATION_CHAINS = [
    ("Ana Ruiz of the University of Kelmar in Orvik said the river was clean.", "the river", "Ana Ruiz"),
    ("Ecologist Ana Ruiz of the Kelmar Institute said the river was clean.", "the river", "Ana Ruiz"),
    ("Oceanographer Tom Reed said the bay was warming.", "the bay", "Tom Reed"),
    ("Students at the University of Kelmar in Orvik said the fees were high.", "the fees",
     "Students at the University of Kelmar in Orvik"),
]

AFFILIATION_CHAIN_GUARDS = [
    ("Speaking at the University of Kelmar in Orvik, Ana Ruiz said the fees were high.", "the fees", "Ana Ruiz"),
]


@pytest.mark.parametrize("text, content, speaker", AFFILIATION_CHAINS + AFFILIATION_CHAIN_GUARDS)
def test_an_affiliation_chain_goes_over_a_body_article(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# Two people named with titles and joined by "and" are both the speaker, each by name ("Ana Ruiz and Senator Tom
# Reed said"); a title that holds the "and", or titles of one person, are no list.
TITLED_PAIRS = [
    ("Ana Ruiz spoke in Orvik. Tom Reed spoke too. Ana Ruiz and Senator Tom Reed said the bill would fail.",
     "the bill", "Ana Ruiz and Tom Reed"),
    ("Ana Ruiz and Tom Reed met. Senator Ana Ruiz and Representative Tom Reed said the bill would fail.", "the bill",
     "Ana Ruiz and Tom Reed"),
    ("Ana Ruiz ran against Tom Reed. In the end both Ruiz and Reed claimed victory in the vote.", "victory",
     "Ana Ruiz and Tom Reed"),
]

TITLED_PAIR_GUARDS = [
    ("Moderator and author Ana Ruiz asked why the novel was banned.", "why the novel", "Ana Ruiz"),
    ("Roads and Transport Minister Ana Ruiz said the bridge would open.", "the bridge", "Ana Ruiz"),
    ("Ana Ruiz ran against Tom Reed. Strategists for Ana Ruiz and Tom Reed agree the debate went badly.", "the debate",
     "Strategists for Ana Ruiz and Tom Reed"),
]


@pytest.mark.parametrize("text, content, speaker", TITLED_PAIRS + TITLED_PAIR_GUARDS)
def test_titled_names_joined_by_and_are_both_speakers(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# A lone surname that is the middle word of one person's three-word name (a first name and two surnames, as Spanish
# names run: "Ramón Calvó Nevares ... Calvó said") is that person; a headline's phrase or a first name is not.
MIDDLE_SURNAMES = [
    ("Governor Ramón Calvó Nevares resigned on Friday. Calvó said he would leave office in August.", "he would",
     "Ramón Calvó Nevares"),
    ("Mayor Inés Varela Ortega spoke. In a statement, Varela said the port would reopen.", "the port",
     "Inés Varela Ortega"),
]

MIDDLE_SURNAME_GUARDS = [
    ("Mary Ann Holt spoke. Ann said the port would reopen.", "the port", "Ann"),
    ("Governor Ramón Calvó Nevares and Mayor Tomás Calvó Ruiz met. Calvó said the port would reopen.", "the port",
     "Calvó"),
]


@pytest.mark.parametrize("text, content, speaker", MIDDLE_SURNAMES + MIDDLE_SURNAME_GUARDS)
def test_a_middle_surname_is_the_three_word_name(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)


# An adverb opening the sentence, set off by a comma, is no subject of the apposition chain after it ("Nevertheless,
# others, including …, confirmed" is the others), and a lone lower-case segment there is no title (it crashed).
OPENING_ADVERBS = [
    ("Nevertheless, others, including the Orvik reporter Ana Ruiz, confirmed key parts of the story.", "key parts",
     "others"),
    ("Moreover, the Kelmar economist Tom Reed, a critic of the plan, noted most of the plans run only to 2030.",
     "most of the plans", "Tom Reed"),
    ("However, others, including the Orvik reporter Ana Ruiz, confirmed key parts of the story.", "key parts",
     "others"),
]


@pytest.mark.parametrize("text, content, speaker", OPENING_ADVERBS)
def test_an_opening_adverb_is_no_subject(text: str, content: str, speaker: str) -> None:
    assert_speaker(text, content, speaker)
