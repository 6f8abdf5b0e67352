"""The numbers of the extraction rules, named in one place (word lists are in ``lexicon``).

Confidences are how sure a rule is that its span is a statement (``Attribution.confidence``); the
pipeline multiplies them by how sure the speaker's name is. Lengths are in characters unless
named ``_WORDS`` or ``_TOKENS``. Grouped by the rule (module) that uses them.
"""
from __future__ import annotations

# --- clauses: confidence of each attribution pattern -----------------------------------------
#: Default of an attribution no rule rates.
DEFAULT_CONFIDENCE = 0.7
#: ``CONTENT, CUE SUBJ`` ("…, said Smith"), and a quotation continuing after the inverted cue.
INVERTED_CONFIDENCE = 0.8
#: ``CONTENT, SUBJ CUE`` when CONTENT is a quotation, otherwise ``LEFT_CONFIDENCE``.
LEFT_QUOTE_CONFIDENCE = 0.85
LEFT_CONFIDENCE = 0.7
#: ``“A,” SUBJ CUE, “B”``: the quotation after the cue.
CONTINUATION_CONFIDENCE = 0.8
#: ``…, officials said, could …``: one content around a parenthetical cue.
PARENTHETICAL_CONFIDENCE = 0.6
#: ``SUBJ CUE CONTENT``: a quotation, reported speech, or a belief ("thinks that").
RIGHT_QUOTE_CONFIDENCE = 0.8
RIGHT_CONFIDENCE = 0.7
RIGHT_BELIEF_CONFIDENCE = 0.55
#: ``SUBJ CUE:`` with the quotation in the next sentence.
COLON_CUE_CONFIDENCE = 0.75
#: ``SUBJ CUE on Tuesday, in an interview, “…”``: the quotation closing the sentence.
LATE_QUOTE_CONFIDENCE = 0.7
#: ``According to SRC, CONTENT``.
ACCORDING_CONFIDENCE = 0.7
#: ``X said A and said B``: the second cue, sharing the first one's speaker.
SHARED_SUBJECT_CONFIDENCE = 0.65
#: ``The senator was blunt: “…”``, with and without a subject found.
INTRODUCED_CONFIDENCE = 0.6
INTRODUCED_NO_SUBJECT_CONFIDENCE = 0.4
#: ``“…” ― Name``: a signed quotation.
SIGNED_CONFIDENCE = 0.75
#: ``Name: “…”``: a name, a colon and a quotation.
NAME_COLON_CONFIDENCE = 0.75
#: ``X seemed to …`` and ``Asked whether …``: attributions without a speaker.
EVIDENTIAL_CONFIDENCE = 0.3
ASKED_CONFIDENCE = 0.3
#: ``his warning that …``: the clause after a reporting noun.
REPORTING_NOUN_CONFIDENCE = 0.4
#: ``were coy about whether …``, ``questions about how …``: the indirect question after a word of discourse.
QUESTION_TOPIC_CONFIDENCE = 0.4

# --- clauses: minimum lengths -----------------------------------------------------------------
#: A content on the left of its cue, or of "according to", has at least this many characters.
MIN_LEFT_CONTENT = 8
#: Any other content has at least this many characters.
MIN_CONTENT = 3
#: The clause of an evidential ("X seemed to …") has at least this many characters.
MIN_EVIDENTIAL_CONTENT = 12
#: Words a content after its cue needs when no "that", colon or quote mark introduces it.
MIN_RIGHT_WORDS = 3
#: Words before a quotation closed by its cue that make them one clause with it (a mixed content).
MIN_CLAUSE_LEAD_WORDS = 2
#: ... unless it is a pronoun and a verb ("said he would"): this many words.
MIN_PRONOUN_CLAUSE_WORDS = 2
#: ... after a stance verb ("endorsed Clinton").
MIN_STANCE_WORDS = 1
#: Words after an idiom cue (clauses._idiom) within which its idiom reading is looked for: "way(s)" after "found"
#: ("found a new way to"), a number after "declined"/"added", "to" and an outcome after "went on", "," after "know".
IDIOM_REACH = 3
#: Words before "know" within which the knower of a filler sits ("you know", "as we now know it").
FILLER_KNOWER_REACH = 3
#: Words before a cue read for an opening subordinate clause: a conjunction, a lead and the subordinator ("And
#: just when we thought A, …").
SUBORDINATE_LEAD_WORDS = 3
#: Tokens after "posted" within which "times" makes it a count of posts ("posted about 800 times").
POST_COUNT_REACH = 7
#: ... when it starts with a preposition and nothing is on the left ("said in politics it …").
MIN_PREPOSITION_CONTENT_WORDS = 6
#: Words an "Asked whether …" question has at least.
MIN_QUESTION_TOKENS = 3
#: An introductory phrase before a subject ("In a speech last July, Trump said") has at most these words.
MAX_INTRO_WORDS = 6
#: Fewest words before a subject whose last, a past form, makes them a clause ("In 2019 the fees doubled, X said").
MIN_FINITE_LEAD_WORDS = 4
#: Each comma-free part of a scene-setting phrase before the subject of a cue whose sentence goes on after it
#: ("Even after the audit was out, Varga kept denying it") has at most these words.
MAX_SCENE_INTRO_WORDS = 14
#: Such a phrase may have this many parts split by commas ("Late that night, as the ferry docked, …").
MAX_SCENE_SEGMENTS = 2
#: A ``Name: “…”`` line's name has at most these words; a one-word name at least these letters.
MAX_NAME_COLON_WORDS = 5
MIN_NAME_COLON_CHARS = 3
#: How many tokens after a cue an adverbial ("on Monday, in an interview with CNN") may run.
MAX_ADVERBIAL_TOKENS = 8
#: The setting between an intention or directive and its to-infinitive ("vowed in its campaign pledges for the
#: general election to …") may run to this many tokens.
MAX_INFINITIVE_SETTING_TOKENS = 12
#: Words of a time phrase after the cue of an "as" aside ("…, as the Gazette reported a few days later").
MAX_AS_TAIL_WORDS = 4
#: Fewest words before an "as" aside for them to be its content ("After all, as we saw, …" introduces the right).
MIN_AS_LEFT_WORDS = 3
#: How many tokens after a cue the quotation continuing after it may open.
MAX_CONTINUATION_TOKENS = 10
#: Tokens at the start of a sentence searched for the comma that ends an introductory phrase.
MAX_INTRO_COMMA_TOKENS = 8
#: ... and for a sentence that opens with a preposition or a subordinating conjunction ("In response to …,").
MAX_LONG_INTRO_TOKENS = 14
#: Commas after an opening participle or -ly adverb phrase at which the sentence's subject is looked for: the phrase
#: may hold a comma of its own ("Following a long, heated meeting, the council …"), a subject an apposition
#: ("Following the vote, the mayor, Ana Ortiz, …").
MAX_ADVERBIAL_SUBJECT_COMMAS = 2
#: Tokens from a dateline's place to its dash ("DOVER, Jan. 4 (UPI) —").
MAX_DATELINE_TOKENS = 10
#: Words after a second cue's participle before the next quotation ("adding later", "asking the crowd").
MAX_SECOND_CUE_WORDS = 3
#: Words of a town's region between commas ("in Leeds, West Yorkshire, …", "in Dover, Del., …").
MAX_PLACE_TAG_WORDS = 3
#: Tokens of a time or place phrase between commas after a town's region ("in Leeds, Kent, on Sunday, Ortiz").
MAX_REGION_TAIL_TOKENS = 5
#: Words of a description before the name it is set off from ("“A,” his sister, Ana Morrow, said").
MAX_DESCRIBED_LEAD_WORDS = 4
#: Names of the shortest list that opens a sentence as its subject ("Leeds, Dover and Hull have …").
MIN_LISTED_NAMES = 3
#: Lower-case words of a description before where it is ("a woman in the crowd", "one senior engineer at the plant").
MAX_LOCATED_DESCRIPTION_WORDS = 2
#: Capitalised words (a body's name) before those lower-case words ("a Harbour Wire photographer at the pier").
MAX_LOCATED_NAME_WORDS = 2
#: Words before the first name of such a list ("Ports like Leeds, Dover, …"; "In May, Reyes, …": the opening phrase).
MAX_LIST_LEAD_WORDS = 4
#: Words before a participle of saying in a sentence's opening phrase ("One week after announcing …, Ortiz").
MAX_OPENING_LEAD_TOKENS = 4
#: Tokens at the start of a sentence searched for the subject of its cue-less quotations.
SENTENCE_SUBJECT_TOKENS = 12
#: "X said Y, according to Z": Z is the source when X's statements cover this share of the content.
ACCORDING_SOURCE_SHARE = 0.5
#: A named speaker this many words into an earlier content starts a new clause.
NEW_CLAUSE_WORDS = 4
#: Quotations this near (characters) to an attribution's content belong to it.
QUOTE_SLACK = 2

# --- cues --------------------------------------------------------------------------------------
#: A sentence is a Title Case headline when this share of its words (at least ``HEADLINE_MIN_WORDS``) is capitalised.
HEADLINE_CAPITAL_SHARE = 0.75
HEADLINE_MIN_WORDS = 4

# --- mentions ----------------------------------------------------------------------------------
#: A subject phrase has at most this many words.
MAX_SUBJECT_WORDS = 9
#: Words of a group's head opening a long subject ("Some former party officials who …, said"), quantifier excluded.
MAX_GROUP_HEAD_WORDS = 3
#: Tokens of the source after "from" closing a sentence that names a message ("… a reply from a Google representative.").
MAX_MESSAGE_SOURCE_TOKENS = 6
#: Tokens of a claim's owner and adjective opening a rebuttal's object ("countered Bernie Sanders’ repeated claims that").
MAX_CLAIM_OWNER_TOKENS = 4
#: A relative clause with no comma between a subject and its cue ("Ana Ruiz who sponsored the bill said") has at most
#: these tokens, "who" included.
MAX_RELATIVE_CLAUSE_TOKENS = 8
#: How far before "show" (tokens) a noun of evidence is looked for ("the poll by the institute released Monday showed").
MAX_EVIDENCE_PHRASE_TOKENS = 14
#: Words a reporting noun's "that"-clause needs ("the claim that the dam will fail").
MIN_NOUN_CONTENT_WORDS = 3
#: Words the indirect question after a word of discourse and its preposition needs, its "whether"/"how"/"why"
#: included ("coy about whether they would change course"; not "said little about how.").
MIN_QUESTION_TOPIC_WORDS = 3
#: A content that is a lead-in of at most this many words, a colon and a quotation is the quotation ("said bluntly: “A”").
MAX_COLON_LEAD_WORDS = 6
#: A verb at most this many words after a quotation and its preposition makes the quotation a subject ('said “the
#: levy” at the time was unfair'), so the content does not end at the quotation.
MAX_QUOTED_SUBJECT_PHRASE_WORDS = 4
#: A bracketed party and state after a name ("(D-N.Y.)") closes within this many tokens after its first.
MAX_PARTY_TAG_TOKENS = 2
#: An item of a listed object ("backed free tuition, cheaper care and higher wages") has at most this many words.
MAX_LIST_ITEM_WORDS = 6
#: How far back before a relative "who" its name is looked for ("Ana Ortiz, who supports …").
NAME_LOOKBACK_CHARS = 40
#: A poll's share set off by commas before a cue ("roughly two-thirds, 64 percent, say") has fewer tokens than this.
MAX_SHARE_TOKENS = 4
#: How many tokens back an apposition chain ("NAME, a …, said") may run.
MAX_APPOSITION_TOKENS = 60
#: The name closing an apposition chain has at most these words; a segment before a comma these tokens.
MAX_APPOSITION_NAME_WORDS = 4
MAX_APPOSITION_SEGMENT_TOKENS = 7
#: A capitalised title in an apposition has at most these words before its "of"/"at"/"for" ("Chief Executive of").
MAX_CAPITALISED_TITLE_WORDS = 3
#: A named lead's companions ("Ortiz and her team") are this many tokens: a possessive and the companion noun.
COMPANION_PHRASE_TOKENS = 2
#: An apposition naming a role ("Chile's director of fisheries policy between 2010 and 2014") has at most these tokens.
MAX_ROLE_APPOSITION_TOKENS = 14
#: The longest titled name in an apposition ("National Rivers Trust board member Ana Ortiz").
MAX_TITLED_NAME_TOKENS = 10
#: How far a document's noun may stand from "conducted by" ("a poll of 1,500 likely voters in May conducted by").
AUTHOR_GAP_CHARS = 100
#: A parenthesis before a cue spans at most this many tokens (20, was 12: the seventh round measured PolNeAR train F1
#: +0.0001 and no change on dev, fundus or the seeds; a bound only keeps an unclosed parenthesis from running far).
MAX_PARENTHESIS_TOKENS = 20
#: An aside between dashes spans at most this many tokens (as a parenthesis): before a cue ("Ortiz — who … —
#: told", mentions) and inside a stance object ("ban all trawlers — 300 boats in all — from …", clauses).
MAX_DASH_ASIDE_TOKENS = 20
#: An inverted subject after a determiner ("said the spokesman") has at most these words,
#: or ``MAX_OPEN_INVERTED_WORDS`` when the clause goes on after it.
MAX_INVERTED_WORDS = 6
MAX_OPEN_INVERTED_WORDS = 3
#: The object of a verb of pressure before its to-infinitive ("pressed the harbour board to close …") has at most this
#: many tokens.
MAX_PRESSURE_OBJECT_TOKENS = 6
#: How many tokens after "told" the "that" of its content may come.
MAX_OBJECT_TOKENS = 12
#: How many tokens an apposition or relative set off by commas inside a stance object may have
#: (clauses._aside_resumes: "called Grant, a miner who …, a decent man").
MAX_OBJECT_ASIDE_TOKENS = 15
#: An aside between the "and" of a second predicate and its cue ("X doubts A, and, given the data, expects B") has at
#: most this many tokens.
MAX_PREDICATE_ASIDE_TOKENS = 12
#: An adverb in -ly has more than this many letters ("only" is not one).
MIN_LY_ADVERB_CHARS = 4

# --- marks -------------------------------------------------------------------------------------
#: Speech has at least this many words; a title in quote marks at most ``MAX_TITLE_WORDS``.
MIN_SPEECH_WORDS = 3
MAX_TITLE_WORDS = 5
#: A quoted title spans at most this many tokens after its opening mark: its words, one dot or comma among them
#: and its closing mark (a programme told, ``mentions._skip_programme``; a show's or book's title after "told" or a
#: titled setting, ``clauses._quoted_title_end``).
MAX_TITLE_TOKENS = MAX_TITLE_WORDS + 2
#: Tokens of a title in quote marks after a naming participle ("an article titled ‘…’"), which may be long and lower-case.
MAX_NAMED_TITLE_TOKENS = 25

# --- pipeline ----------------------------------------------------------------------------------
#: A quotation must cover this share of its sentence to stand alone as a statement without a cue.
STANDALONE_SHARE = 0.6
#: How far back (characters) a pronoun looks for the person it refers to when no speaker came before.
PRONOUN_WINDOW = 600
#: How far back (characters) a relative "who" or "which" looks for the description it hangs on ("the senator, who").
RELATIVE_PRONOUN_WINDOW = 80
#: How far back (characters) the name a relative "who" is about may end when an apposition stands between
#: ("Tom Kane, a former adviser to the mayor of Portvale, who said …").
RELATIVE_NAME_WINDOW = 160
#: How many of the last speakers a pronoun may refer to (besides the people named just before it).
SPEAKER_LOOKBACK = 3
#: How many of the last statements "they" searches for a body that spoke (within PRONOUN_WINDOW): more
#: than fit in that window of real text, a bound for text that repeats one statement.
BODY_LOOKBACK = 100
#: How many name runs back the search for the last person named goes.
NAME_LOOKBACK_RUNS = 50
#: How many words before a cue-less quoted fragment belong to what is reported.
FRAGMENT_WORDS_BEFORE = 3
#: Quoted words with no cue, in a sentence: a fragment (with the sentence's subject, if any).
FRAGMENT_CONFIDENCE = 0.35
#: A cue-less quotation that takes the speaker of a neighbouring sentence, and one that finds none.
CONTEXT_SPEAKER_CONFIDENCE = 0.6
#: A paragraph with no quote marks after a cue that ends its paragraph with a colon (a block quotation whose marks the
#: page's layout carried): at least this many words, and how sure it is.
MIN_BLOCK_QUOTE_WORDS = 8
BLOCK_QUOTE_CONFIDENCE = 0.5
ORPHAN_CONFIDENCE = 0.4
#: A quotation interrupted by its cue is joined across at most this many characters.
MAX_INTERRUPTION = 400
#: How many statements back the first part of an interrupted quotation may be.
INTERRUPTION_LOOKBACK = 3
#: The longest name (in tokens, "Sen. John McCain" is four) of an absolute clause that ends a content
#: ("…, with Sen. Ana Reed calling it …").
MAX_ABSOLUTE_NAME_TOKENS = 5
#: Statements never overlap: a statement is compared with this many kept before it; one inside another's
#: fragment that covers at least this share of it is the same statement twice (a headline's quotation with and
#: without its marks, a transcript line with and without its label); a statement cut shorter than
#: ``MIN_OVERLAP_CUT_CHARS`` by a later one is dropped.
OVERLAP_LOOKBACK = 3
SAME_STATEMENT_SHARE = 0.8
MIN_OVERLAP_CUT_CHARS = 8
#: A statement without a speaker keeps this share of its confidence.
NO_SPEAKER_FACTOR = 0.8
#: The lowest confidence a statement is given.
MIN_CONFIDENCE = 0.05
#: An embedded social post, signed with its author's name and handle.
POST_CONFIDENCE = 0.9

#: A time phrase between a subject and its cue spans at most this many tokens ("over the past few months").
MAX_TIME_PHRASE_TOKENS = 6
#: ``who asked not to be named``: the tokens of an anonymity clause inside a subject.
ANONYMITY_CLAUSE_TOKENS = 6

#: Adverbs between a participle and its "by" ("claimed almost entirely by"): a reduced passive.
MAX_PASSIVE_ADVERBS = 2

# --- turns -------------------------------------------------------------------------------------
#: ``NAME: …`` transcript lines: their confidence, and the words the line needs at least.
TURN_CONFIDENCE = 0.8
MIN_TURN_WORDS = 3
#: A label in capitals opens a transcript turn only in a dialogue (this many such labels at least) or
#: when it is a person the article names ("PENCE" for Mike Pence); else it is a dateline or a heading
#: ("NEW DELHI: ...", "CHINESE AGGRESSION: ...").
MIN_DIALOGUE_LABELS = 2

# --- speakers: how sure a mention's canonical name is (speaker_confidence) ------------------------
# Calibrated on the even half of fundus dev: of the statements at 0.8 or more, at least 90% have the
# right speaker on both halves (docs/extraction.md).
#: A name known as a person's full name (or of two to four words), and any other proper name.
KNOWN_NAME_CONFIDENCE = 0.9
NAME_CONFIDENCE = 0.75
#: A transcript's capitalised name ("PENCE").
CAPITALS_NAME_CONFIDENCE = 0.75
#: A handle the article resolves to a name, and one it does not.
HANDLE_NAME_CONFIDENCE = 0.75
HANDLE_CONFIDENCE = 0.6
#: "he"/"she" resolved to a person whose gender the article tells and agrees, or does not tell.
AGREEING_PRONOUN_CONFIDENCE = 0.85
PRONOUN_CONFIDENCE = 0.7
#: ... to a person only named (not a speaker) whose gender the article does not tell.
NAMED_PRONOUN_CONFIDENCE = 0.6
#: A he/she weighs its ``PRONOUN_CANDIDATES`` candidates (the most recent first, each one further back
#: costs 1) with these bonuses: the article tells the candidate's gender and it agrees; the candidate
#: is the last speaker; a speaker; named at the start of a sentence (its subject).
PRONOUN_CANDIDATES = 6
KNOWN_GENDER_BONUS = 1.0
LAST_SPEAKER_BONUS = 1.5
#: ... and more when the cue goes on with the last speaker's report ("The fine was paid in cash, he added."): above a subject
#: named in between (SUBJECT_BONUS) with its known gender (KNOWN_GENDER_BONUS).
CONTINUING_SPEAKER_BONUS = 3.0
SPEAKER_BONUS = 0.5
SUBJECT_BONUS = 2.0
#: ... and more when that sentence is in the pronoun's own paragraph ("Tester spoke.\n\nSoros gives … He has stated"):
#: a new paragraph's subject outweighs the last speaker of the one before (LAST_SPEAKER_BONUS + SPEAKER_BONUS - 1).
PARAGRAPH_SUBJECT_BONUS = 1.5
#: A name is its sentence's subject when at most this many words (capitalised, or a title ending in a
#: role noun: "Transnet pipelines executive") stand before it, within this many characters, after an
#: optional "However,".
SUBJECT_LEAD_WORDS = 4
SUBJECT_LEAD_CHARS = 80
#: "the economist" resolved to the person the article gave that role; "the actor" to the last person.
ROLE_MATCH_CONFIDENCE = 0.75
#: The words of an owned body's mention: a possessive and a body noun ("her campaign").
OWNED_BODY_WORDS = 2
ROLE_NOUN_CONFIDENCE = 0.6
#: "they" resolved to the last body or group that spoke.
THEY_CONFIDENCE = 0.5
#: "it" resolved to the document opening the sentence before, or to the last organisation that spoke.
IT_CONFIDENCE = 0.5
#: How far back (characters) the sentence before an "It says …" is looked for.
DOCUMENT_SENTENCE_CHARS = 400
#: An all-capitals word of at most this many letters is an acronym ("NHS"), not a transcript's name.
ACRONYM_MAX_CHARS = 5
#: How many more words than letters the expansion of an acronym in capitals may have ("CDC": 6 words).
MAX_ACRONYM_EXTRA_WORDS = 3
#: How far before ", or FAA" its expansion is looked for.
ACRONYM_WINDOW_CHARS = 120
#: A description kept as written ("a source").
DESCRIPTION_CONFIDENCE = 0.6
#: An indefinite description resolved to the person the article names right after it ("an expert has claimed.⏎
#: Lee Cohen said"), at most this many characters on.
INTRODUCTION_WINDOW = 600
INTRODUCED_SPEAKER_CONFIDENCE = 0.6
#: A surname alone that misspells one named person's ("Jensen" for Nathan Janzen): at most this many
#: edits, in words of at least this many letters, and this sure.
MAX_SURNAME_EDITS = 2
MIN_MISSPELT_CHARS = 5
MISSPELT_NAME_CONFIDENCE = 0.6
#: "NAME’s mom" resolved to the one other person of NAME's surname named in the article.
RELATIVE_CONFIDENCE = 0.6
#: "a recent poll" resolved to the author the article names for its one poll ("conducted by …").
DOCUMENT_AUTHOR_CONFIDENCE = 0.6
#: More surnames than this with the same first letter: too many to tell a misspelling apart (and a
#: bound on the work per mention on hostile input).
MAX_MISSPELT_CANDIDATES = 50
#: A role description ("the ABC anchor") has at most these words.
MAX_ROLE_DESCRIPTION_WORDS = 4
#: How far after a name (characters, within its sentence) a he/she tells the name's gender.
PRONOUN_EVIDENCE_CHARS = 200
#: The word right before a name ("economist Jo Lee", "in Leeds") is read from at most this many characters.
LEAD_WORD_CHARS = 30
#: A word of a name written also in lower case in the article (as a common word: "the election" for "Election
#: Day") has at least this many letters; shorter ones ("Go", "Ko") are often surnames.
MIN_COMMON_WORD_CHARS = 3
#: A person's full name has this many words.
MIN_FULL_NAME_WORDS = 2
MAX_FULL_NAME_WORDS = 4
#: A paragraph inside the body of at most this many words, with no closing punctuation, is a section heading.
HEADING_MAX_WORDS = 16
#: A question or exclamation closed by its quote mark does not end the sentence when a name of at most this
#: many capitalised words and a cue follow it ("“Why now?” Ana Ortiz asked.").
QUOTED_QUESTION_SPEAKER_WORDS = 4
#: A nested report's cue follows its subject closely ("Kane had also told her"): at most this many words from
#: the subject's end to the cue's end.
MAX_NESTED_CUE_WORDS = 3
#: A description in an apposition with a name ("the first lady, Michelle Obama", "Jane Roe, a spokeswoman for
#: …"): at most this many modifiers before its noun, looked for within this many characters of the name.
MAX_DESCRIPTION_MODIFIERS = 2
APPOSITION_WINDOW_CHARS = 60
#: A setting closing a content ("… in a recent interview with Radio Kent on Sunday"): at most this many words
#: between its article and its noun, and this many tokens after the noun.
MAX_SETTING_WORDS = 3
MAX_SETTING_TAIL_TOKENS = 8
#: How far after a verb of saying a "that" may follow a longer adverbial ("said Thursday during a town hall in
#: Leeds, New York, that …") and still introduce the content.
MAX_LATE_THAT_TOKENS = 16
#: Most tokens between "made the case" and its "that" ("has made the case since May that …").
MAX_CASE_THAT_TOKENS = 8
#: Most tokens of a belief's object before "part of" ("considers the northern island part of its waters").
MAX_PART_OF_OBJECT_TOKENS = 4
#: Most words of a noun-phrase content in a relative clause cut at the main verb that is a topic, not a statement
#: ("X, who has written scores of poems, admitted A").
MAX_RELATIVE_TOPIC_WORDS = 5
#: A setting between a reporting noun and its "that" ("his claim in a radio interview that …"): at most this many
#: tokens after its preposition or time word.
MAX_NOUN_SETTING_TOKENS = 6
#: Capitalised words of a name between a determiner and a verb-like reporting noun it owns ("a New York Times report
#: that …").
MAX_NOUN_OWNER_NAME_WORDS = 4
#: Most tokens of the subject of a relative clause after a reporting noun's "that" before its verb ("the report that
#: the state health agency released").
MAX_RELATIVE_SUBJECT_TOKENS = 5
#: Most words of the noun phrase between "the" and its auxiliary after a base form ("claim the new bill will …").
BASE_VERB_THE_CLAUSE_WORDS = 3
