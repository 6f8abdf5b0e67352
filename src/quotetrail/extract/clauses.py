"""One sentence -> its attributions: cue, speaker mention and content clause (direct, mixed, indirect).

The patterns, tried for each cue candidate:
- ``SUBJ CUE [object] [that|:|,] CONTENT`` — content on the right, to the end of the sentence or to
  the next clause that has its own speaker and cue;
- ``CONTENT, SUBJ CUE [adverbials].`` and ``CONTENT, CUE SUBJ.`` — content on the left;
- ``“A,” SUBJ CUE, “B.”`` — both sides, as two statements;
- ``According to SRC, CONTENT`` / ``CONTENT, according to SRC`` — SRC is the speaker, or only the
  ``source`` when CONTENT has a speaker and cue of its own; inside another cue's content
  (``X said A is, according to SRC, “B”``) the quotation after SRC is SRC's and A stays X's;
- ``Name: “…”`` — a transcript-style line.
A cue without a speaker phrase and a content is dropped: the lexicon proposes, the clause decides.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from itertools import accumulate

from quotetrail.extract.cues import Cue, find_cues, infinitive_at, manner_adverb
from quotetrail.extract.entities import USER_NAME_RE
from quotetrail.extract.lexicon import (ABSOLUTE_LEADS, ADD_NON_REPORT_STARTS, ADJECTIVE_PAST_LEADS, ADVERBIAL_HEADS,
                                        ADVERBIAL_STARTS, AFFILIATION_LINKS, AGE_RE, ANAPHORIC_OBJECTS, ANSWER_TERMS,
                                        APPOSITION_LEADS, ATTRIBUTIVE_LEADS, AUTHOR_PARTICIPLES, AUXILIARIES,
                                        BASE_VERB_GAPS, BASE_VERB_LEADS, BELIEF_ADJECTIVES, BODY_NOUNS,
                                        CALL_INTO_OBJECTS, CASE_PHRASES, CLAUSE_BREAKS, CLAUSE_JOINERS,
                                        CLAUSE_ONLY_CUES, CLAUSE_OPENERS, CLAUSE_VERBS, CLAUSE_WORDS, CLIENT_LINK,
                                        COLON_LEAD_WORDS, CONCESSION_OPENERS, CONCESSIVE_CONTRASTS, CONCESSIVE_STARTS,
                                        CONTINUING_CONJUNCTIONS, CONTRAST_WORDS, CONTROL_WORDS, COORDINATED_ADVERBS,
                                        COPULAS, COPULA_REPORTING_NOUNS, COUNT_WORDS, CUE_NEGATIONS, DASHES, DAY_PARTS,
                                        DAY_WORDS, DECREASE_LINKS, DEGREE_QUANTIFIERS, DEGREE_WORDS, DEICTIC_DAYS,
                                        DEICTIC_TIME_STARTS, DESCRIPTION_DETERMINERS, DETERMINERS, DIRECTIVE_VERBS,
                                        DOCUMENT_NOUNS, DOCUMENT_TAILS, DURATION_WORDS, ED_NON_PARTICIPLES,
                                        EVENT_TIME_PREPOSITIONS, EVIDENCE_NOUNS, EVIDENCE_NOUN_SINGULARS,
                                        EVIDENTIAL_VERBS, EXPECTED_VERBS, FEELING_DEGREES, FEELING_NOUNS,
                                        FEELING_PREPOSITIONS, FEELING_VERBS, FILLER_KNOWERS, FOCUS_ADVERBS,
                                        FOUNDING_LEADS, FREQUENCY_WORDS, GENERIC_WANTERS, GROUP_QUANTIFIERS,
                                        IDIOM_LEMMAS, INDEFINITE_ARTICLES, INTENTION_FORMS, INTENT_VERBS, INVERTIBLE,
                                        ISSUING_VERBS, LATE_THAT_OBJECT_VERBS, LATE_THAT_OBJECT_WORDS, LINKING_WORDS,
                                        LIST_BREAKS, LIST_CONJUNCTIONS, LIST_TAIL_LEADS, LONE_ADVERBS,
                                        MAIN_CLAUSE_SUBJECTS, MANNER_OBJECTS, MESSAGE_NOUNS, MODALS, MONTH_WORDS,
                                        NAMED_SUBJECT_FORMS, NAMING_PARTICIPLES, NAMING_RESUMERS, NAMING_VERBS,
                                        NEGATED_AUXILIARIES, NEGATED_TURNS, NESTED_REPORT_VERBS, NOT_HEADS,
                                        NOT_JUST_WORDS, NOT_NAMES, NOT_NOUN_STARTS, NOT_PLURAL_ENDINGS,
                                        NOUN_CONTENT_BREAKS, NOUN_COPULAS, NOUN_FOLLOWERS, NOUN_MODIFIERS,
                                        NOUN_OWNER_LEADS, NOUN_PHRASE_LEADS, NOUN_RELATIVE_STARTS, NOUN_SETTING_LEADS,
                                        NUMBER_WORDS, OBJECT_ASIDE_LEADS, OBJECT_END_WORDS, OBJECT_PREPOSITIONS,
                                        OBJECT_PRONOUNS, OBJECT_RESUMERS, OBJECT_VERBS, OBJECT_VERB_ENDINGS,
                                        OFFICE_OBJECTS, OPENING_PARTICIPLE_LEADS, OPENING_TIME_ADVERBS, OPEN_ENDINGS,
                                        ORGANISATION_WORDS, OUTCOME_VERBS, PARTICIPLE_CLAUSE_STARTS, PARTY_LETTERS,
                                        PASSIVE_AUXILIARIES, PAST_FORMS, PERSONAL_SUBJECTS, PERSON_DESCRIPTIONS,
                                        PHONE_IN_WORDS, PHRASE_WORD_NOUNS, PLACE_ADVERBS, PLATFORM_PAGES,
                                        PLATFORM_WORDS, PLURAL_AUDIENCES, POINTING_TOPICS, POLL_MODIFIERS, POLL_NOUNS,
                                        POLL_RESULT_WORDS, POLL_SHARE_WORDS, POSSESSIVE_DETERMINERS,
                                        PREPOSITIONAL_LEMMAS, PREPOSITIONS, PROGRESSIVE_AUXILIARIES,
                                        PROGRESSIVE_CONTRACTIONS, PRONOUNS, PURPOSE_CUES, PURPOSE_NOUNS,
                                        QUANTITY_BOUNDS, QUANTITY_COMPARATIVES, QUESTION_CLAUSE_STARTS,
                                        QUESTION_OPENING_LEADS, QUESTION_PASSIVE_GAPS, QUESTION_PREPOSITIONS,
                                        QUESTION_RECEIVING_VERBS, QUESTION_STARTS, QUESTION_TOPIC_ADJECTIVES,
                                        QUESTION_TOPIC_NOUNS, QUESTION_TOPIC_PARTICLE_FORMS,
                                        QUESTION_TOPIC_REQUEST_LEADS, QUESTION_TOPIC_STARTS, QUESTION_TOPIC_VERB_FORMS,
                                        QUESTION_TWO_WORD_PREPOSITIONS, QUOTATION_ONLY_CUES, QUOTATION_TAILS,
                                        QUOTED_ONLY_CUES, REBUTTAL_LEMMAS, REDUCED_RELATIVE_LEMMAS, REFLEXIVE_NON_CUES,
                                        REFLEXIVE_PRONOUNS, RELATIVE_PRONOUNS, REPORTED_SUBORDINATORS,
                                        REPORTING_DOCUMENTS, REPORTING_NOUNS, RESPONDENT_NOUNS, RESULT_PARTICIPLES,
                                        ROLE_NOUNS, SAY_FORMS, SAY_OR_THINK_FORMS, SCENE_INTRO_LEADS, SCENE_STARTS,
                                        SENTENCE_CONJUNCTIONS, SETTING_HEADS, SETTING_LEADS, SETTING_PREPOSITIONS,
                                        SHARED_PARTICIPLES, SHORT_ANSWERS, SHORT_ANSWER_NOUNS, SHORT_ANSWER_PAIRS,
                                        SHOWN_STANCE_STARTS, SOURCE_TAIL_WORDS, STANCE_PARTICIPLES, STANCE_VERBS,
                                        SUBJECT_PRONOUNS, SUBJECT_WORDS, SUBORDINATORS, SUBORDINATOR_LEADS,
                                        S_CONTRACTIONS, TAIL_PREPOSITIONS, THINK_COMPOUNDS, TIME_LEADS, TIME_MODIFIERS,
                                        TIME_ORDER_WORDS, TIME_PHRASE_NOUNS, TIME_SPAN_ENDS, TIME_STARTS, TIME_WORDS,
                                        TITLED_SETTINGS, TITLE_SMALL_WORDS, TOWN_PREPOSITIONS, VERB_AUXILIARIES,
                                        VERB_LIKE_REPORTING_NOUNS, WATCHING_CUES, WEEKDAY_WORDS, WHEN_MODIFIERS,
                                        WHEN_PREPOSITIONS)
from quotetrail.extract.marks import Quote, UnitQuotes, is_speech_like, is_title_like
from quotetrail.extract.mentions import (is_adverb, saying_participle_at, skip_object, skip_time_phrase, subject_left,
                                         subject_right)
from quotetrail.extract.settings import (ACCORDING_CONFIDENCE, ACCORDING_SOURCE_SHARE, ASKED_CONFIDENCE,
                                         AUTHOR_GAP_CHARS, COLON_CUE_CONFIDENCE, CONTINUATION_CONFIDENCE,
                                         DEFAULT_CONFIDENCE, EVIDENTIAL_CONFIDENCE, FILLER_KNOWER_REACH, IDIOM_REACH,
                                         INTRODUCED_CONFIDENCE, INTRODUCED_NO_SUBJECT_CONFIDENCE, INVERTED_CONFIDENCE,
                                         LATE_QUOTE_CONFIDENCE, LEFT_CONFIDENCE, LEFT_QUOTE_CONFIDENCE,
                                         MAX_ABSOLUTE_NAME_TOKENS, MAX_ADVERBIAL_SUBJECT_COMMAS, MAX_ADVERBIAL_TOKENS,
                                         MAX_AS_TAIL_WORDS, MAX_CASE_THAT_TOKENS, MAX_COLON_LEAD_WORDS,
                                         MAX_CONTINUATION_TOKENS, MAX_DASH_ASIDE_TOKENS, MAX_DATELINE_TOKENS,
                                         MAX_DESCRIBED_LEAD_WORDS, MAX_EVIDENCE_PHRASE_TOKENS, MAX_GROUP_HEAD_WORDS,
                                         MAX_INFINITIVE_SETTING_TOKENS, MAX_INTRO_COMMA_TOKENS, MAX_INTRO_WORDS,
                                         MAX_LATE_THAT_TOKENS, MAX_LIST_ITEM_WORDS, MAX_LIST_LEAD_WORDS,
                                         MAX_LONG_INTRO_TOKENS, MAX_NAME_COLON_WORDS, MAX_NESTED_CUE_WORDS,
                                         MAX_APPOSITION_NAME_WORDS, MAX_CLAIM_OWNER_TOKENS, MAX_MESSAGE_SOURCE_TOKENS,
                                         MAX_NAMED_TITLE_TOKENS, MAX_NOUN_OWNER_NAME_WORDS, MAX_NOUN_SETTING_TOKENS,
                                         MAX_OBJECT_ASIDE_TOKENS, MAX_OPENING_LEAD_TOKENS, MAX_PARTY_TAG_TOKENS,
                                         MAX_PART_OF_OBJECT_TOKENS, MAX_PASSIVE_ADVERBS, MAX_PLACE_TAG_WORDS,
                                         MAX_PREDICATE_ASIDE_TOKENS, MAX_QUOTED_SUBJECT_PHRASE_WORDS,
                                         MAX_REGION_TAIL_TOKENS, MAX_RELATIVE_SUBJECT_TOKENS, MAX_RELATIVE_TOPIC_WORDS,
                                         MAX_SCENE_INTRO_WORDS, MAX_SCENE_SEGMENTS, MAX_SETTING_TAIL_TOKENS,
                                         MAX_SETTING_WORDS, MAX_SUBJECT_WORDS, MAX_TITLE_TOKENS, MIN_AS_LEFT_WORDS,
                                         MIN_CLAUSE_LEAD_WORDS, MIN_CONTENT, MIN_EVIDENTIAL_CONTENT,
                                         MIN_FINITE_LEAD_WORDS, MIN_FULL_NAME_WORDS, MIN_LEFT_CONTENT, MIN_LISTED_NAMES,
                                         MIN_NAME_COLON_CHARS, MIN_NOUN_CONTENT_WORDS, MIN_PREPOSITION_CONTENT_WORDS,
                                         MIN_PRONOUN_CLAUSE_WORDS, MIN_QUESTION_TOKENS, MIN_QUESTION_TOPIC_WORDS,
                                         MIN_RIGHT_WORDS, MIN_STANCE_WORDS, NAME_COLON_CONFIDENCE, NAME_LOOKBACK_CHARS,
                                         NEW_CLAUSE_WORDS, PARENTHETICAL_CONFIDENCE, POST_COUNT_REACH,
                                         QUESTION_TOPIC_CONFIDENCE, QUOTE_SLACK, REPORTING_NOUN_CONFIDENCE,
                                         RIGHT_BELIEF_CONFIDENCE, RIGHT_CONFIDENCE, RIGHT_QUOTE_CONFIDENCE,
                                         SENTENCE_SUBJECT_TOKENS, SHARED_SUBJECT_CONFIDENCE, SIGNED_CONFIDENCE,
                                         SUBORDINATE_LEAD_WORDS)
from quotetrail.extract.spans import Covered
from quotetrail.extract.tokens import Token, tokenize

_SEPARATORS = ",”\"’—–:"
_CONTRACTION_RE = re.compile(r"[’'](?:s|re|ll|d)$")
_CLOSERS = "”\"’"
_OPENERS = "“\"‘"
_STOP_CHARS = ",;:.!?—–()"
#: A party and state in brackets after a politician's name: "R-Utah", "D-N.Y", "I-Vt".
_PARTY_TAG_RE = re.compile(rf"[{''.join(sorted(PARTY_LETTERS))}]-[A-Z][A-Za-z.]*$")
#: A capitalised word and a comma right before a relative "who" ("Ana Ortiz, who …").
_NAME_BEFORE_RELATIVE_RE = re.compile(r"[A-Z][\w.’'-]*,\s*$")
_TRAILING = " \t\n.,;:!?—–-"
#: Cues whose content is their object, to the first comma: stances ("endorsed Clinton", "pointed to his record").
_OBJECT_CONTENT_CUES = set(STANCE_VERBS) | PREPOSITIONAL_LEMMAS
_CLAUSE_VERB_WORDS = VERB_AUXILIARIES | PAST_FORMS | PRONOUNS  # words that make a phrase a clause
_TIME_NOUNS = TIME_WORDS | DURATION_WORDS
_POINTING_FILLERS = POINTING_TOPICS | PREPOSITIONS | TIME_STARTS | TIME_WORDS  # "Asked about it again on Monday,"
_DASH_CLAUSE_LEADS = CLAUSE_BREAKS | PRONOUNS
_PAGE_DETERMINERS = POSSESSIVE_DETERMINERS | {"the"}  # "on its Facebook page", "on the website"
_REDUCED_RELATIVE_CUES = SHARED_PARTICIPLES | REDUCED_RELATIVE_LEMMAS  # "a statement saying that …"
_ASIDE_RELATIVES = RELATIVE_PRONOUNS - {"that"}  # "According to Ortiz, who …,": not "…, that is wrong"
_TITLE_OPENERS = frozenset("“\"‘'")  # marks opening a programme's title, single straight ones too
#: Nouns whose participle ("a letter alleging that …") reports for them; not "went on record saying": the
#: subject speaks.
_DOCUMENT_HEADS = (DOCUMENT_NOUNS | EVIDENCE_NOUNS | EVIDENCE_NOUN_SINGULARS | REPORTING_DOCUMENTS) - {"record"}


@dataclass(frozen=True)
class Attribution:
    start: int  # content span
    end: int
    kind: str
    cue_start: int | None = None
    cue_end: int | None = None
    subject: tuple[int, int] | None = None  # character span of the speaker mention
    source: str | None = None
    according: bool = False
    belief: bool = False
    inferred: bool = False  # speaker taken from a neighbouring sentence
    addressee: tuple[int, int] | None = None  # "told People": who was told, maybe a publication
    parts: tuple[tuple[int, int], ...] | None = None  # a quotation interrupted by its cue: its fragments
    judgement: bool = False  # "criticized the plan", "his claim that": not a speech; lends no speaker to nearby quotations
    status: bool = False  # "considers X part of Y": lends its subject to a coordinated cue, but is no statement
    confidence: float = DEFAULT_CONFIDENCE


@dataclass(frozen=True)
class UnitResult:
    attributions: tuple[Attribution, ...]
    orphan_quotes: tuple[Quote, ...]  # speech in quote marks with no cue in the sentence
    colon_speaker: Attribution | None = None  # "X said:" or "X said in a statement." with the quotation after it
    subject: tuple[int, int] | None = None  # a name or he/she/they starting the sentence


def _trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\n,:;—–-":
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return start, end


#: A lower-case participle opening what follows a quotation ('“A,” showing that …').
_PARTICIPLE_TAIL_RE = re.compile(r"[a-z]+ing\b")


def _content_kind(text: str, start: int, end: int, quotes: UnitQuotes) -> tuple[int, int, str]:
    """Classify a content span: the quotation itself (direct), with quoted words (mixed), or indirect."""
    first, last, count = quotes.speech_in(start - 1, end)
    if first is None or last is None:
        return start, end, "indirect"
    before = text[start:first.open].strip(" ,:")
    after = text[last.outer_end:end].strip(_TRAILING + "”\"’")
    if not before and not after and count == 1:
        return first.start, first.end, "direct"
    if not before and count == 1 and _PARTICIPLE_TAIL_RE.match(after) and text[first.end - 1:first.end] == ",":
        return first.start, first.end, "direct"  # '“A,” showing that …': the quotation, then the writer's comment
    if not after and text[start:first.open].rstrip().endswith(":") and is_speech_like(text[last.start:last.end]) \
            and count == 1 and _colon_lead(before):
        # "said bluntly: “A”", "told supporters in May: “A”": the lead-in is how, when or to whom, not what was said
        return last.start, last.end, "direct"
    tail = after.split()
    if tail and tail[0].lower() in QUOTATION_TAILS and not _quoted_subject(tail):
        # 'chanted “Close the mine!” as the trucks …': the words, then when (not a one-word scare quote: 'alleged
        # “paramours” in …'); after more content, only speech before a preposition ends it (not 'her “rotten time”
        # when she moved …', a phrase of hers inside the writer's sentence)
        if not before and count == 1 and len(text[first.start:first.end].split()) > 1:
            return first.start, first.end, "direct"
        if tail[0].lower() in TAIL_PREPOSITIONS and is_speech_like(text[last.start:last.end]):
            return start, last.outer_end, "mixed"  # '“didn’t open the gate” at the mill': context, not content
    return start, end, "mixed"


def _quoted_subject(tail: list[str]) -> bool:
    """A verb within ``MAX_QUOTED_SUBJECT_PHRASE_WORDS`` words after a quotation and its preposition, before any
    comma or clause word: the quotation is the subject of the content's clause ('said “the levy” at the time was
    unfair'), not all of it."""
    if tail[0].lower() in SUBORDINATORS:
        return False  # "as", "while", "after": a clause of when follows, with its own verb
    for word in tail[1:1 + MAX_QUOTED_SUBJECT_PHRASE_WORDS]:
        low = word.strip(".,;:!?’'”\"").lower()
        if low in CLAUSE_WORDS or word.endswith(","):
            return False
        if low in VERB_AUXILIARIES or low in PAST_FORMS or (low in SAY_FORMS and not low.endswith("ing")):
            return True
    return False


def _colon_lead(lead: str) -> bool:
    """Whether the words before a colon and a quotation only say how, when, where, of whom or to whom (at most
    ``MAX_COLON_LEAD_WORDS`` words): each an ``-ly`` adverb, a year or a word of ``lexicon.COLON_LEAD_WORDS``
    ("said bluntly", "told supporters back in the spring"), the words of a phrase opened by a preposition or a
    participle of saying ("said of the mayor", "at a rally in Dunmore", "wrote to members saying"), or one noun
    phrase the cue takes as its object ("added one warning", "gave a short answer"). No verb form: "said the plan
    failed: “A”", "said Kane told her: “A”" are clauses of their own, whose content stays mixed or is the inner
    report's."""
    words = [w.strip(".,;’'").lower() for w in lead.split()]
    if len(words) > MAX_COLON_LEAD_WORDS:
        return False
    phrase = noun = False  # inside a phrase opened by a preposition; after the content word of a noun phrase
    for w in words:
        if (w in SAY_FORMS and not w.endswith("ing")) or w in VERB_AUXILIARIES or w in PAST_FORMS \
                or (w.endswith("ed") and len(w) > 3):
            return False
        if w in PREPOSITIONS or w == "of" or w in SAY_FORMS:
            phrase = True
        elif w in DETERMINERS or w == "it":
            if noun and not phrase:
                return False  # "the town needs a hospital": a second noun phrase, a verb between them
        elif not (phrase or w in COLON_LEAD_WORDS or w.endswith("ly") or (len(w) == 4 and w.isdigit())):
            if not words[0] in DETERMINERS and words[0] != "it":
                return False
            noun = True
    return True


def _run_start(text: str, end: int, chars: str) -> int:
    """Where the run of ``chars`` that ends at ``end`` starts."""
    while end > 0 and text[end - 1] in chars:
        end -= 1
    return end


def _tokens_between(tokens: list[Token], lo: int, hi: int) -> list[Token]:
    """The tokens starting at ``lo`` or later and before ``hi`` (tokens are in text order)."""
    return tokens[bisect_left(tokens, lo, key=_token_start):bisect_left(tokens, hi, key=_token_start)]


def _token_start(token: Token) -> int:
    return token.start


def _token_end(token: Token) -> int:
    return token.end


def _span_chars(tokens: list[Token], span: tuple[int, int]) -> tuple[int, int]:
    return tokens[span[0]].start, tokens[span[1]].end


def _at_least(tokens: list[Token], i: int) -> bool:
    """``at least``/``at most`` at ``i``: a quantity opening the content ("reported at least nine injuries"), no setting;
    not a frequency (``said at least once that A``, ``at most three times``)."""
    if not (tokens[i].lower == "at" and i + 1 < len(tokens) and tokens[i + 1].lower in QUANTITY_BOUNDS):
        return False
    ahead = [t.lower for t in tokens[i + 2:i + 4]]
    return not (ahead and (ahead[0] in FREQUENCY_WORDS or (len(ahead) > 1 and ahead[1] in FREQUENCY_WORDS)))


def _skip_adverbial(tokens: list[Token], i: int, n: int, infinitive: bool = False) -> int:
    """After a cue, skip "on Monday", "in a statement", "in an interview with CNN" up to that/,/: ., and with
    ``infinitive`` (a cue whose content can be a to-infinitive) up to one: "vowed in its manifesto to cut …"."""
    if i >= n or not (tokens[i].lower in PREPOSITIONS or tokens[i].lower in TIME_STARTS) or _at_least(tokens, i):
        return i
    if tokens[i].lower in DEICTIC_TIME_STARTS and _deictic_time(tokens, i):
        return i + 2  # "said last week the plan …"
    if tokens[i].lower in TIME_WORDS and i + 1 < n and _CONTRACTION_RE.sub("", tokens[i + 1].lower) in CLAUSE_OPENERS:
        return i + 1  # "says tonight he is …", "said today the plan …"
    if tokens[i].lower in DAY_WORDS and i + 1 < n and tokens[i + 1].is_word:
        if tokens[i + 1].lower in DAY_PARTS:
            return i + 2  # "said Friday afternoon, as ..."
        return i + 1  # "said Thursday he would ..."
    k, last = i + 1, min(n, i + 1 + (MAX_INFINITIVE_SETTING_TOKENS if infinitive else MAX_ADVERBIAL_TOKENS))
    while k < last:
        titled = _named_title_end(tokens, k, n)
        if titled is not None:  # "wrote in an article titled ‘Safer Cities for Women’ that …"
            k, last = titled, min(n, titled + MAX_ADVERBIAL_TOKENS)
            continue
        tok = tokens[k]
        if (tok.lower == "that" and tokens[k - 1].lower not in PREPOSITIONS) or tok.text == ":":
            return k  # not "at that hotel": a determiner of the adverbial
        if infinitive and infinitive_at(tokens, k) and not any(t.lower in CLAUSE_WORDS for t in tokens[i:k]):
            return k  # not "agreed with Reyes and seemed to think": another verb's infinitive
        if _adverbial_ends(tokens, k):
            return k  # "said on Monday the plan …", "said in an interview he would …"
        if tok.text == ",":  # "said on Sunday, “…”"; not "said on Sunday, a year after …" (more adverbial)
            after = tokens[k + 1] if k + 1 < n else None
            return i if after is not None and after.lower in ("a", "an") else k
        if not tok.is_word and tok.text not in ".’'-":
            return i
        if tok.lower in SUBJECT_WORDS:
            return k if _short_setting(tokens, i, k) else i
        k += 1
    return i


def _short_setting(tokens: list[Token], i: int, k: int) -> bool:
    """``admitted under the senator's grilling he had …``, ``said after the vote she would …``: a short
    prepositional phrase from ``i`` before the subject pronoun at ``k`` is the setting, not content; not ``by making
    it clear``, ``on Friday to say he``, nor a topic and its relative: ``about statements he had made``."""
    return tokens[i].lower in SETTING_LEADS and tokens[k].lower != "it" and k - i <= MAX_SETTING_WORDS + 1 and all(
        t.is_word and t.lower != "to" and t.lower not in CLAUSE_WORDS and not t.lower.endswith("ing")
        for t in tokens[i + 1:k])


def _adverbial_ends(tokens: list[Token], k: int) -> bool:
    """Whether an adverbial after a cue ends before token ``k``: the word before is a time word or a
    setting noun ("on Monday", "in an interview") and ``k`` opens a clause: an article, a possessive,
    a subject pronoun, or after a time word a name ("said on Monday Grant would …"; not more of the
    adverbial: "in an interview Monday night", "earlier this year", "at a debate this cycle")."""
    prev, tok = tokens[k - 1], tokens[k]
    time = prev.lower in TIME_WORDS
    if not (time or prev.lower in ADVERBIAL_HEADS) or tok.lower in TIME_WORDS or tok.lower in DAY_PARTS:
        return False
    return tok.lower in CLAUSE_OPENERS or (time and tok.is_capitalized and tok.is_word and tok.lower not in NOT_NAMES)


def _deictic_time(tokens: list[Token], i: int) -> bool:
    """``this week``, ``last year``: the determiner at ``i`` makes a time phrase with the next word."""
    return i + 1 < len(tokens) and tokens[i + 1].lower in TIME_WORDS


def _right_content_start(tokens: list[Token], cue: Cue, n: int) -> tuple[int, bool]:
    """Index where the content after the cue starts, and whether a that/colon/quote introduces it."""
    i = cue.last + 1
    if cue.lemma in CASE_PHRASES:
        return _case_that(tokens, i, n)
    if cue.lemma in OBJECT_VERBS and cue.lemma not in NAMING_VERBS:
        i = skip_object(tokens, i, n)
        negated = i < n and tokens[i].lower == "not"
        if cue.lemma in DIRECTIVE_VERBS and cue.last + 1 < i and (
                infinitive_at(tokens, i + negated) or infinitive_at(tokens, _skip_adverbial(tokens, i, n, True))):
            return cue.last + 1, False  # "urged voters (not) to stay home", "urged fans at the rally to vote"
    if i + 1 < n and cue.lemma in INVERTIBLE and not cue.belief and tokens[i].lower in ANAPHORIC_OBJECTS \
            and (tokens[i + 1].lower in PREPOSITIONS or tokens[i + 1].text in ",.;") \
            and not infinitive_at(tokens, i + 1) and not any(t.text == ":" for t in tokens[i + 1:]):
        return n, False  # "would say this to Ortiz, who …", "said it in May"; not "said this in May: A", "asked
        # it to wait"
    if cue.lemma == "tell":
        i = _quoted_title_end(tokens, i, n)  # "told Radio Ayr’s “Dawn Patrol” that A": the show told
    if not (cue.lemma in INTENT_VERBS and i < n and tokens[i].lower == "to"):  # "vowed to cut …, and": content
        i = _skip_adverbial(tokens, i, n, cue.lemma in INTENT_VERBS)
    i = _head_participle_end(tokens, i, n)
    i = _skip_as_did(tokens, i, n)
    named = i > cue.last + 1 and tokens[i - 1].lower in TITLED_SETTINGS and i < n and tokens[i].text == ","
    while i < n and tokens[i].text in ",—–-":
        i += 1
    if named:
        i = _quoted_title_end(tokens, i, n)  # "wrote in his autobiography, “Salt and Clay.”": the setting's name
    if i + 1 < n and tokens[i + 1].lower == "that" and manner_adverb(tokens[i]):
        i += 1  # "complain bitterly that …": a manner adverb before the "that"
    if i < n and tokens[i].lower == "that":
        if i + 1 < n and tokens[i + 1].lower in VERB_AUXILIARIES:
            return i, False  # "said that would be a mistake": the pronoun is the content's subject, not "that" A
        return i + 1, True
    if i < n and tokens[i].text == ":":
        return i + 1, True
    late = _late_that(tokens, cue, i, n)
    if late is not None:
        return late + 1, True
    late = _late_object_that(tokens, cue, i, n)
    if late is not None:
        return late + 1, True
    feeling = _feeling_frame(tokens, cue, i, n)
    if feeling is not None:
        return feeling, True
    if i + 1 < n and tokens[i].lower == "about" and cue.lemma != "ask" and cue.lemma not in CLAUSE_ONLY_CUES \
            and _right_is_content(tokens, i + 1, False, cue):
        return i + 1, False  # "jokes about coloring her hair", "worries about A": what about; but "asked about A",
        # and not "bragged about her record" (a verb that reports only a clause)
    return i, i < n and tokens[i].text in "“\"‘"


def _head_participle_end(tokens: list[Token], i: int, n: int) -> int:
    """``said in a statement released by her office``: a participle and its phrase after a setting noun
    (``lexicon.ADVERBIAL_HEADS``) describe the setting; the index after them (at a comma, "that" or the full stop),
    else ``i``."""
    if not (0 < i < n - 1 and tokens[i - 1].lower in ADVERBIAL_HEADS and tokens[i].text.isalpha()
            and tokens[i].text.islower() and _participle_shape(tokens[i].lower) and tokens[i + 1].lower in PREPOSITIONS):
        return i
    k, last = i + 2, min(n, i + 2 + MAX_ADVERBIAL_TOKENS)
    while k < last:
        if tokens[k].text in ",." or tokens[k].lower == "that":
            return k
        titled = _named_title_end(tokens, k, n)
        if titled is not None:  # "published on the UN website titled ‘Creating Engagement in Public Spaces’ that …"
            k, last = titled, min(n, titled + MAX_ADVERBIAL_TOKENS)
            continue
        if not tokens[k].is_word or tokens[k].lower in CLAUSE_VERBS or tokens[k].lower in SUBJECT_WORDS:
            return i
        k += 1
    return i


def _named_title_end(tokens: list[Token], k: int, n: int) -> int | None:
    """After ``titled ‘…’`` (a naming participle at ``k`` and a title in quote marks of any case, at most
    ``MAX_NAMED_TITLE_TOKENS``): the index after the closing mark; else None."""
    if not (tokens[k].lower in NAMING_PARTICIPLES and k + 1 < n and tokens[k + 1].text in _OPENERS):
        return None
    return next((j + 1 for j in range(k + 2, min(n, k + 2 + MAX_NAMED_TITLE_TOKENS)) if tokens[j].text in _CLOSERS), None)


def _participle_shape(word: str) -> bool:
    """Whether the lower-case ``word`` may be a past participle: a past form, or -ed but no -ed noun or adverb
    (``lexicon.ED_NON_PARTICIPLES``: not "greed", "need", "indeed")."""
    return word in PAST_FORMS or (word.endswith("ed") and word not in ED_NON_PARTICIPLES)


def _quoted_title_end(tokens: list[Token], i: int, n: int) -> int:
    """After a title in quote marks at ``i`` (every word capitalised, at most ``MAX_TITLE_WORDS``: “Dawn
    Patrol.”), else ``i``: the name of a show or a book the cue is set in, not its content."""
    if i >= n or tokens[i].text not in _OPENERS:
        return i
    words = 0
    for k in range(i + 1, min(n, i + MAX_TITLE_TOKENS + 1)):
        tok = tokens[k]
        if tok.text in _CLOSERS:
            return k + 1 if words else i
        if tok.text in ",.":
            continue
        if not tok.is_word or not (tok.is_capitalized or tok.text[0].isdigit() or (words and tok.lower in TITLE_SMALL_WORDS)):
            return i
        words += 1
    return i


def _case_that(tokens: list[Token], i: int, n: int) -> tuple[int, bool]:
    """``made the case that A``, ``has made the case since May that A``, ``made its case to the board that A``: the
    content after the "that" past a short phrase of words (no clause word); none (``n``) without such a "that"."""
    for k in range(i, min(n - 1, i + MAX_CASE_THAT_TOKENS)):
        if tokens[k].lower == "that":
            nxt = tokens[k + 1]  # a clause subject, not "made the case that sent him to prison": a relative
            return (k + 1, True) if nxt.is_word and (nxt.is_capitalized or nxt.lower in CLAUSE_OPENERS) else (n, False)
        if not tokens[k].is_word or tokens[k].lower in CLAUSE_WORDS or tokens[k].lower in VERB_AUXILIARIES:
            break
    return n, False


def _late_object_that(tokens: list[Token], cue: Cue, i: int, n: int) -> int | None:
    """``told The Post and Courier of Charleston on Saturday that A``, ``telling a packed crowd in Leeds on the last
    day that A``: the "that" after a longer person object of "tell" and its adverbials (only words and commas, no
    subject, auxiliary or clause word but ``lexicon.LATE_THAT_OBJECT_WORDS``) introduces the content; None otherwise."""
    if cue.lemma not in LATE_THAT_OBJECT_VERBS or i >= n or tokens[i].lower in ("of", "about"):
        return None  # not "reminded voters of his ties to the movement and the fact that …": a topic
    for k in range(i, min(n - 1, i + MAX_LATE_THAT_TOKENS)):
        tok = tokens[k]
        if tok.lower == "that":
            nxt = tokens[k + 1]
            return k if k > i and nxt.is_word and nxt.lower not in VERB_AUXILIARIES else None
        if not (tok.is_word or tok.text in ",.’'") or tok.lower in SUBJECT_WORDS or tok.lower in VERB_AUXILIARIES \
                or tok.lower == "not" or (tok.lower in CLAUSE_WORDS and tok.lower not in LATE_THAT_OBJECT_WORDS) \
                or tok.lower == "to" or saying_participle_at(tokens, k):
            return None  # "warned drivers to stay away, adding that …": the "that" is the participle's
    return None


def _feeling_frame(tokens: list[Token], cue: Cue, i: int, n: int) -> int | None:
    """``expressed (a) (deep) concern about A``, ``has shown no interest in A``: the index where A starts, after the
    named feeling and its preposition; None when the object is no such frame (``expressed particular concern``)."""
    if cue.lemma not in FEELING_VERBS or i >= n:
        return None
    k = i + (tokens[i].lower in ("a", "an"))
    k += k < n and tokens[k].lower in FEELING_DEGREES
    if k + 2 < n and tokens[k].lower in FEELING_NOUNS and tokens[k + 1].lower in FEELING_PREPOSITIONS \
            and tokens[k + 2].is_word:
        return k + 2
    return None


def _skip_as_did(tokens: list[Token], i: int, n: int) -> int:
    """``warned, as did the harbour board itself, that …``: the index of the comma closing such an aside, or ``i``."""
    if i + 3 >= n or tokens[i].text != "," or tokens[i + 1].lower != "as" \
            or tokens[i + 2].lower not in VERB_AUXILIARIES:
        return i
    close = next((k for k in range(i + 3, min(n, i + MAX_ADVERBIAL_TOKENS)) if tokens[k].text == ","), None)
    return close if close is not None else i


#: Marks an adverbial before a late "that" may hold: commas, dashes, and the quote marks of a title ("said on Radio
#: Kent’s “Morning Desk” on Monday that A").
_LATE_THAT_MARKS = ",—–.’'“”\"‘"


def _late_that(tokens: list[Token], cue: Cue, i: int, n: int) -> int | None:
    """``said Thursday during a town hall in Leeds, New York, that A``, ``say, with hindsight, that A``: the "that"
    after a longer adverbial of a verb of saying (a preposition or a time word, then only words, commas and
    dashes, no verb or clause word) introduces the content; None when there is none."""
    if cue.belief or cue.lemma in _OBJECT_CONTENT_CUES or i >= n:
        return None
    if tokens[i].lower not in PREPOSITIONS and tokens[i].lower not in TIME_STARTS or tokens[i].lower == "about":
        return None  # not "wrote about the group that calls itself …": a topic and its relative
    for k in range(i, min(n - 1, i + MAX_LATE_THAT_TOKENS)):
        tok = tokens[k]
        if tok.lower == "that":
            nxt = tokens[k + 1]
            opened = tokens[k - 1].text in "“\"‘"  # "said during the debate, “That makes …”": quoted words
            if tokens[k - 1].lower in PREPOSITIONS:
                continue  # "at that hotel", "in that spot": a determiner of the adverbial, not a complementiser
            return k if k > i and nxt.is_word and nxt.lower not in VERB_AUXILIARIES and not opened else None
        if not (tok.is_word or tok.text in _LATE_THAT_MARKS) or tok.lower in SUBJECT_WORDS \
                or tok.lower in VERB_AUXILIARIES or (tok.lower in CLAUSE_WORDS and k > i) or tok.lower == "to" \
                or saying_participle_at(tokens, k):
            return None  # but "after her win …": the adverbial's own preposition; "warned of delays, adding that …"
    return None


def _addressee(tokens: list[Token], cue: Cue) -> tuple[int, int] | None:
    """The capitalised object of "told": a person or a publication ("told People that")."""
    if cue.lemma != "tell":
        return None
    first = cue.last + 1
    last = skip_object(tokens, first, len(tokens))
    last = next((k for k in range(first, last) if tokens[k].text in _TITLE_OPENERS), last)  # stops at a title's mark
    if first < last and tokens[first].lower == "the":
        first += 1  # "told the Harbour Gazette"
    if last <= first or not all(t.is_capitalized or t.lower == "of" for t in tokens[first:last]):
        return None
    return tokens[first].start, tokens[last - 1].end


def _right_is_content(tokens: list[Token], i: int, introduced: bool, cue: Cue,
                      min_words: int = MIN_RIGHT_WORDS) -> bool:
    if i >= len(tokens):
        return False
    if introduced:
        return True
    words = [t for t in tokens[i:] if t.is_word]
    if _short_answer(tokens, i, cue):
        return True  # "61 percent said yes", "he said so"
    if len(words) < min_words and not (len(words) == MIN_PRONOUN_CLAUSE_WORDS and words[0].lower in PRONOUNS):
        return False  # but "said he would": a clause of its own
    head = tokens[i].lower
    belief = cue.belief
    if head == "to" and cue.lemma in INTENT_VERBS and infinitive_at(tokens, i):
        return True  # "promised to cut the fees", "vowed to “abolish …”": the infinitive is the content
    if head in ADVERBIAL_STARTS and head != "about" and not belief and not _at_least(tokens, i) \
            and not (head in DEICTIC_TIME_STARTS and not _deictic_time(tokens, i)) \
            and not (head == "too" and i + 1 < len(tokens) and tokens[i + 1].lower in DEGREE_QUANTIFIERS):
        return False  # "said on Monday", "said this week"; not "said this episode …" or "said this was …"
    if head == "even" and i + 1 < len(tokens):
        head = tokens[i + 1].lower  # "…, even suggesting …": the participle is the speaker's next act
    if i > 0 and tokens[i - 1].text == "," and (head in ("and", "but", "or") or (head.endswith("ing") and tokens[i].text.islower())):
        return False  # "..., he said, adding ..." / "..., he said, and ...": not the content
    return tokens[i].is_word


def _short_answer(tokens: list[Token], i: int, cue: Cue) -> int:
    """``said yes``, ``said so.``, ``said the same``: a verb of saying proper before a short answer that ends its
    clause or comes before a phrase of when or where (``said so in the spring``, ``said no on Monday``); the answer's
    last token index, or 0 when there is none."""
    if cue.lemma not in INVERTIBLE and cue.lemma not in REDUCED_RELATIVE_LEMMAS or i >= len(tokens):
        return 0
    pair = i + 1 < len(tokens) and (tokens[i].lower, tokens[i + 1].lower) in SHORT_ANSWER_PAIRS
    if cue.lemma not in INVERTIBLE and not pair:
        return 0  # "indicated as much"; not "indicated yes"
    last = i if tokens[i].lower in SHORT_ANSWERS else i + 1 if pair or (
        i + 1 < len(tokens) and tokens[i].lower == "the" and tokens[i + 1].lower in SHORT_ANSWER_NOUNS) else 0
    nxt = tokens[last + 1] if last and last + 1 < len(tokens) else None
    return last if last and (nxt is None or nxt.text in ".,;!?" or nxt.lower in CONTRAST_WORDS
                             or (nxt.lower in TAIL_PREPOSITIONS and not _terms_follow(tokens, last + 2))
                             or nxt.lower in TIME_STARTS or (pair and nxt.lower in PREPOSITIONS)) else 0  # "said so in
    # May", "hinted as much to the crews"; not "as much as $5 million"


def _terms_follow(tokens: list[Token], k: int) -> bool:
    """``on the condition``, ``in principle``, ``in exchange`` at ``k`` (after the preposition): the terms of a
    short answer, part of it ("said yes on the condition that A"), not when or where it was given."""
    if k < len(tokens) and tokens[k].lower == "the":
        k += 1
    return k < len(tokens) and tokens[k].lower in ANSWER_TERMS


def _is_intro(tokens: list[Token], subject_first: int) -> bool:
    """A short phrase before the subject that starts with a preposition or a time word."""
    lead = [t for t in tokens[:subject_first] if t.is_word]
    if lead and lead[0].lower in DEICTIC_TIME_STARTS and not (len(lead) > 1 and lead[1].lower in TIME_WORDS):
        return False  # "This bridge, he says, is old": a determiner, not "This week, he said …"
    if _finite_lead(lead):
        return False  # "In 2019 the fees doubled, Ortiz said.": a clause with its own verb, not "In a speech last July"
    return bool(lead) and len(lead) <= MAX_INTRO_WORDS and (lead[0].lower in PREPOSITIONS or lead[0].lower in TIME_STARTS
                                              or lead[0].lower in ("last", "earlier", "later", "after", "before"))


def _finite_lead(lead: list[Token]) -> bool:
    """Whether the words before a subject make a clause: an auxiliary ("Since May the fees have risen"), or a past
    form after a noun closing them ("In 2019 the fees doubled"; not "In remarks published Monday", "After a speech")."""
    if any(t.lower in CLAUSE_VERBS for t in lead[1:]):
        return True
    last = lead[-1].lower if len(lead) >= MIN_FINITE_LEAD_WORDS else ""
    return (last.endswith("ed") or last in PAST_FORMS) and lead[-2].lower not in PREPOSITIONS \
        and lead[-2].lower not in DETERMINERS and not lead[-2].text[0].isdigit()


def _scene_intro(tokens: list[Token], subject_first: int, cue: Cue, i: int) -> bool:
    """A scene-setting phrase, not content, before the subject of a cue whose sentence goes on after it (more than
    adverbials, see ``_closes_sentence``, also after an addressee: "told reporters on Friday"): a
    subordinate or prepositional phrase, a participle, an -ly adverb or a span of time, or two of them split by a
    comma ("Even after the audit was out, Varga kept denying it", "Two winters later, Brandt called him",
    "Late that night, as the ferry docked, the Courier reported …")."""
    if _closes_sentence(tokens, cue, len(tokens)) or _adverbials_close(tokens, i, len(tokens)) \
            or not any(t.is_word for t in tokens[cue.last + 1:]) \
            or tokens[subject_first - 1].text != ",":
        return False  # "In 2019 the fees doubled, Ortiz said on Monday.": only adverbials after the cue, so the
        # sentence does not go on and the left is the content
    opening = next((t.lower for t in tokens[:subject_first] if t.lower not in SCENE_INTRO_LEADS), "")
    if (opening in CONCESSIVE_STARTS or opening in REPORTED_SUBORDINATORS) and (
            _set_off(tokens, cue, i) or (cue.last + 1 < len(tokens) and tokens[cue.last + 1].text == ",")):
        return False  # "While A, she added, B", "If A, she warned on Monday, B": both sides are reported, the cue
        # is set off inside its content
    segments: list[list[Token]] = [[]]
    for token in tokens[:subject_first - 1]:
        if token.text == ",":
            segments.append([])
        elif token.is_word:
            segments[-1].append(token)
        else:
            return False  # a quotation or a dash: a clause of its own may be there
    return len(segments) <= MAX_SCENE_SEGMENTS and all(_scene_segment(lead) for lead in segments)


def _scene_segment(lead: list[Token]) -> bool:
    """One comma-free part of a scene-setting phrase (see ``_scene_intro``)."""
    if not lead or len(lead) > MAX_SCENE_INTRO_WORDS:
        return False
    k = 0
    while k < len(lead) - 1 and lead[k].lower in SCENE_INTRO_LEADS:
        k += 1
    first = lead[k].lower
    if first in DEICTIC_TIME_STARTS and not (k + 1 < len(lead) and lead[k + 1].lower in TIME_WORDS):
        return False  # "This includes …": a subject, not "This week"
    verbs = [t.lower for t in lead if t.lower in CLAUSE_VERBS]
    dated = k + 1 < len(lead) and (lead[k + 1].text[0].isdigit() or lead[k + 1].lower in TIME_WORDS)
    if (first in SCENE_STARTS or first in SUBORDINATORS) and not (first in PREPOSITIONS and dated):
        # "Even after the audit was out": one verb group; not "Once the bridge opens traffic will ease"
        return len(verbs) <= 1 and not any(v in MODALS for v in verbs)
    if verbs:
        return False  # "In the end the voters will decide", "Nothing has changed": a clause, no scene
    if first in PREPOSITIONS or first in TIME_STARTS:
        return True
    if first in INDEFINITE_ARTICLES or first in NUMBER_WORDS or first[0].isdigit():
        return lead[-1].lower in TIME_SPAN_ENDS  # "A year later", "Two weeks ago"
    if first in DEGREE_WORDS and k + 1 < len(lead):
        k += 1  # "Most recently"
    return _phrase_opening_word(lead, k, alone=True)  # "Campaigning in Ohio", "Shortly after"; not "Early voting"


def _described_lead(tokens: list[Token], first: int, last: int) -> int:
    """``“A,” his sister, Ana Morrow, said``, ``B, the spokeswoman, Jo Reed, said``: the index where the description
    that the subject's name follows starts (a determiner and up to ``settings.MAX_DESCRIBED_LEAD_WORDS`` words set
    off by commas after a quotation, or after a clause when it ends in a word for a person:
    ``lexicon.PERSON_DESCRIPTIONS``, or opening the sentence when it so ends and the name, ``first`` to ``last``, is
    set off too: ``The party leader, Jo Reed, said``, not ``The new leader, Reed said, would …``), else ``first``;
    the content on the left ends before it."""
    if first == 0 or tokens[first - 1].text != ",":
        return first
    k = first - 2
    while k >= 0 and first - 1 - k <= MAX_DESCRIBED_LEAD_WORDS and tokens[k].is_word \
            and tokens[k].lower not in VERB_AUXILIARIES and tokens[k].lower not in CLAUSE_WORDS:
        if k == 0:  # "The Senate Minority Leader, Jo Reed, said “B”": a description opening the sentence
            named = tokens[first].is_capitalized and tokens[first].lower not in SUBJECT_WORDS \
                and last + 1 < len(tokens) and tokens[last + 1].text == ","  # not "…, he said, …", "…, Reed said, …"
            return 0 if named and tokens[0].lower in DETERMINERS and tokens[first - 2].lower in PERSON_DESCRIPTIONS \
                else first
        if tokens[k].lower in DETERMINERS:
            after_clause = tokens[k - 1].text == "," and tokens[first - 2].lower in PERSON_DESCRIPTIONS
            return k if after_clause or tokens[k - 1].text in _CLOSERS else first  # not "Sales rose 8 percent, a
            # record high, Reyes said": after a clause, only a description of a person
        k -= 1
    return first


def _left_separator(text: str, unit_start: int, subject_start: int) -> bool:
    left = text[unit_start:subject_start].rstrip()
    return bool(left) and left[-1] in _SEPARATORS


def _role_phrase(tokens: list[Token], k: int) -> bool:
    """A lower-case role at ``k`` ("director of the centre", "spokeswoman for …", "head of …"): an apposition."""
    if k >= len(tokens) or not tokens[k].text.islower():
        return False
    return tokens[k].lower in ROLE_NOUNS or (k + 1 < len(tokens) and tokens[k + 1].lower == "of")


def _clause_resumes(tokens: list[Token], k: int) -> int | None:
    """Where the clause goes on after a mid-sentence ``according to SRC,`` whose next words from ``k`` look like an
    apposition of SRC: after the apposition's closing comma when an auxiliary follows it, or at ``k`` when no comma
    closes the words and they hold an auxiliary and no relative clause; None when they are SRC's apposition."""
    n = len(tokens)
    close = next((m for m in range(k, n) if tokens[m].text in ",—–;"), None)
    if close is not None:
        return close + 1 if close + 1 < n and tokens[close + 1].lower in VERB_AUXILIARIES else None
    if tokens[k].lower not in DETERMINERS:
        return None
    for t in tokens[k + 1:]:
        if t.lower in RELATIVE_PRONOUNS:
            return None  # "…, an analyst who has followed the firm": the apposition's own clause
        if t.lower in VERB_AUXILIARIES:
            return k
    return None



def _setting_before_source(tokens: list[Token], comma: int) -> bool:
    """``On Monday, according to …``, ``About 10 p.m., according to …``: the words before the comma at ``comma`` are
    a short opening phrase of time or place (no comma, verb or cue in it), not a clause of their own."""
    return comma > 0 and tokens[comma].text == "," and _is_intro(tokens, comma) and not any(
        t.text == "," or t.lower in VERB_AUXILIARIES or t.lower in SAY_OR_THINK_FORMS for t in tokens[:comma])


def _according(text: str, tokens: list[Token], cue: Cue, unit: tuple[int, int], quotes: UnitQuotes) -> Attribution | None:
    """``According to SRC, CONTENT`` / ``CONTENT[,] according to SRC[, more CONTENT]``.

    SRC runs to the next comma or mark. After a mid-sentence ``, according to SRC,`` the words that follow are SRC's
    apposition (``an analyst at …``, a role) unless the clause goes on with its verb (``_clause_resumes``); then the
    statement is the clause around the cue, its two ``parts`` (after ``, is that`` only the clause after ``that``).
    Words after SRC that start the writer's own clause (``lexicon.SOURCE_TAIL_WORDS``, a participle) are no content,
    nor is an opening linking word (``But, according to …``)."""
    n = len(tokens)
    j = cue.last + 1
    first = j
    titled = None  # where "titled ‘…’" names the source's document ("a study by X titled ‘Solar Lighting: …’ in 2018,")
    while j < n and tokens[j].text not in ",.;:—–()“”\"":
        after_title = _named_title_end(tokens, j, n)
        if after_title is not None and titled is None:
            titled = j
        j = after_title or j + 1
    if j == first:
        return None
    named_end = skip_time_phrase(tokens, j - 1, first)
    if not (first <= named_end < j - 1 and tokens[named_end].is_capitalized):
        named_end = j - 1  # "according to Gazeta Daily in March": the outlet; "figures released in July" as written
    if titled is not None and titled > first:
        named_end = titled - 1  # the document's title is no part of who speaks
    src = (tokens[first].start, tokens[named_end].end)
    cue_span = (tokens[cue.first].start, tokens[cue.last].end)
    more_after = j + 1 < n and tokens[j].text in ",—–" and any(t.is_word for t in tokens[j + 1:])
    lead = 0
    resume = j + 1  # where the words after the source (and its apposition) start
    mid = cue.first > 0 and tokens[cue.first - 1].text in ",—–"
    if more_after and mid and (tokens[j + 1].lower in APPOSITION_LEADS or _role_phrase(tokens, j + 1)):
        # "…, according to Ana Ortiz, an analyst at …" / "…, head of …": the source's apposition, unless the clause
        # goes on with its verb ("At the heart of it, according to Ortiz, a former envoy, was …", "…, the rise is …")
        resume = _clause_resumes(tokens, j + 1)
        more_after = resume is not None
    if more_after and cue.first > 0 and (tokens[j + 1].lower in SOURCE_TAIL_WORDS
                               or (tokens[j + 1].lower.endswith("ing") and tokens[j + 1].text.islower())):
        more_after = False  # "A, according to critics, but B" / "…, making C": the writer's, not more of A
    for k in range(cue.first - 1, -1, -1):
        if tokens[k].text == "(":
            lead = k + 1
            break
    if all(t.lower in LINKING_WORDS or t.text == "," for t in tokens[lead:cue.first]):
        lead = cue.first  # "But, according to the poll, …": as at the sentence start
    if lead == 0 and mid and j + 1 < n and tokens[j].text == "," and _setting_before_source(tokens, cue.first - 1) \
            and resume in (None, j + 1):  # not "At the heart of it, according to Ortiz, an envoy, was …": a topic
        right_first = _after_source_aside(tokens, j + 1, n, roles=True)  # "…, according to Ortiz, an analyst, A"
        if right_first < n and tokens[right_first].lower not in VERB_AUXILIARIES \
                and sum(t.is_word for t in tokens[right_first:]) >= MIN_RIGHT_WORDS:
            resume, more_after = right_first, True  # "On Monday, according to police, the ferry sank": its two parts
    if cue.first == lead or (cue.first == lead + 1 and not tokens[lead].is_word):
        body = _after_source_aside(tokens, j + 1, n, roles=False) if more_after else n
        if body >= n:
            return None  # "According to Ortiz, who spoke on Tuesday.": no content after the source's aside
        start, end = _trim_span(text, tokens[body].start, unit[1])
    else:
        left_end = tokens[cue.first - 1].end if tokens[cue.first - 1].text not in ",—–(" else tokens[cue.first - 1].start
        start, end = _trim_span(text, tokens[lead].start, left_end)
        if more_after and lead == 0 and resume is not None:
            # "The plan, according to Ana Ortiz, a former envoy, was doomed": the clause around the cue, as with an
            # as-aside; the cue, the source and its apposition are left out
            if _copula_that(tokens, resume):
                # "The trouble, according to Ortiz, is that the dam leaks": the topic before it is no content
                s, e, kind = _content_kind(text, *_trim_span(text, tokens[resume + 2].start, unit[1]), quotes)
                return Attribution(s, e, kind, cue_span[0], cue_span[1], src, according=True,
                                   confidence=ACCORDING_CONFIDENCE)
            left, right = (start, end), _trim_span(text, tokens[resume].start, unit[1])
            kinds = {_content_kind(text, s, e, quotes)[2] for s, e in (left, right)}
            kind = kinds.pop() if len(kinds) == 1 else "mixed"
            return Attribution(left[0], right[1], kind, cue_span[0], cue_span[1], src, according=True,
                               parts=(left, right), confidence=ACCORDING_CONFIDENCE)
    if end - start < MIN_LEFT_CONTENT:
        return None
    start, end, kind = _content_kind(text, start, end, quotes)
    return Attribution(start, end, kind, cue_span[0], cue_span[1], src, according=True, confidence=ACCORDING_CONFIDENCE)


def _after_source_aside(tokens: list[Token], k: int, n: int, roles: bool) -> int:
    """Where the words after ``according to SRC,`` at ``k`` go on past SRC's apposition or relative clause and its
    closing comma (``According to Ortiz, an analyst at the port, A``, ``…, who runs the port, A``; with ``roles``
    also a bare role, ``…, head of the port, A``: not at the sentence start, where ``assistant director Jo Reed
    said`` opens the content); ``k`` when no such aside opens there, ``n`` when it runs to the end."""
    if tokens[k].lower in INDEFINITE_ARTICLES:
        close = _apposition_end(tokens, k, n)
        return close + 1 if close is not None and not _subject_with_aside(tokens, close, n) else k
    if tokens[k].lower in _ASIDE_RELATIVES or (roles and _role_phrase(tokens, k)):
        return next((m + 1 for m in range(k + 1, n) if tokens[m].text == ","), n)
    return k


def _subject_with_aside(tokens: list[Token], close: int, n: int) -> bool:
    """Whether the indefinite noun phrase before the comma at ``close`` is the subject of what follows, set off by
    its own aside (``a man, 34, was …``, ``a new bridge, costing $5m, will …``, ``a nurse, Mila Roth, had …``), not
    the source's apposition (``an analyst at the port, the cranes were idle``): a number or a lower-case participle
    follows the comma, or a verb follows the next comma."""
    if close + 1 >= n:
        return False
    nxt = tokens[close + 1]
    if nxt.text[0].isdigit() or (nxt.text.islower() and nxt.lower.endswith(("ing", "ed"))):
        return True
    second = next((m for m in range(close + 1, n) if tokens[m].text == ","), None)
    return second is not None and second + 1 < n and _main_verb(tokens[second + 1])


def _post_count(tokens: list[Token], cue: Cue) -> bool:
    """``posted about 800 times``: a count of posts, not what was posted."""
    for token in tokens[cue.last + 1:cue.last + 1 + POST_COUNT_REACH]:
        if token.lower == "times":
            return True
        if not (token.lower in COUNT_WORDS or token.lower in NUMBER_WORDS or token.text[0].isdigit()
                or token.text == ","):  # "5,000" is three tokens
            return False
    return False



def _object_ends(tokens: list[Token], j: int) -> bool:
    """An object noun phrase ends before ``j``: the sentence's end, a mark, or a preposition or time word after it
    (`assumed office in May`; not `assume the post office will close`)."""
    return j >= len(tokens) or not tokens[j].is_word or tokens[j].lower in OBJECT_END_WORDS


def _office_taken(tokens: list[Token], k: int) -> bool:
    """``assumed office in May``, ``assumes a new role as``: the head of the first noun phrase after ``k`` (past
    determiners and lower-case modifiers, within ``settings.IDIOM_REACH``) is a post, its phrase ends, and no
    auxiliary follows it before the next mark or subordinator (not ``assume control of the senate will stay``;
    ``assumes the presidency if the governor is killed`` is the post)."""
    n = len(tokens)
    while k < n and tokens[k].lower in DETERMINERS:
        k += 1
    head = next((j for j in range(k, min(n, k + IDIOM_REACH)) if tokens[j].lower in OFFICE_OBJECTS
                 or not (tokens[j].is_word and tokens[j].text.islower()) or tokens[j].lower in PREPOSITIONS), None)
    if head is None or tokens[head].lower not in OFFICE_OBJECTS or not _object_ends(tokens, head + 1):
        return False
    rest = next((j for j in range(head + 1, n) if not tokens[j].is_word or tokens[j].lower in SUBORDINATORS), n)
    return not any(t.text.islower() and t.lower in VERB_AUXILIARIES for t in tokens[head + 1:rest])  # not "in May"


def _clause_only_object(tokens: list[Token], cue: Cue, i: int, introduced: bool) -> bool:
    """Whether a verb that reports only a clause (``lexicon.CLAUSE_ONLY_CUES``) has a plain object at ``i`` instead:
    no "that", colon or quote mark before it, and no capitalised word or clause start opening it ("maintained a
    lead", "clarified his remarks")."""
    return cue.lemma in CLAUSE_ONLY_CUES and not introduced and any(t.is_word for t in tokens[i:]) and not (
        (tokens[i].is_capitalized or tokens[i].lower in PARTICIPLE_CLAUSE_STARTS) and tokens[i].lower not in DETERMINERS)


def _watching(tokens: list[Token], cue: Cue, i: int, introduced: bool) -> bool:
    """Whether a ``WATCHING_CUES`` verb has a plain object from ``i``: a determiner's phrase or a gerund with no
    verb of its own before a comma ("observed the vote in May", "observing voting"); not a time phrase ("observed
    this week, …"), not "observed the count was calm"."""
    n = len(tokens)
    if cue.lemma not in WATCHING_CUES or introduced or i >= n or not tokens[i].text.islower() \
            or _deictic_time(tokens, i):
        return False
    if tokens[i].lower not in DETERMINERS and not tokens[i].lower.endswith("ing"):
        return False
    end = _watched_end(tokens, i)
    return not (_clause_in(tokens, i, end) or _bare_verb(tokens, i, end) or _noun_clause(tokens, i, end))


def _watched_end(tokens: list[Token], i: int) -> int:
    """Where a watched object from ``i`` ends at the latest: before a clause break or a later cue form ("observed a
    minute of silence before she said …", "… and said …")."""
    for j in range(i + 1, len(tokens)):
        if tokens[j].lower in CLAUSE_BREAKS or tokens[j].lower in SAY_OR_THINK_FORMS:
            return j
    return len(tokens)


def _bare_verb(tokens: list[Token], i: int, end: int) -> bool:
    """Whether a plural noun in ``i`` to ``end`` is followed by a bare lower-case word, its present-tense verb
    ("observed the tariffs hurt farmers", "the buses run late"); not "the sales figures", "the teams at work",
    "the teams working"."""
    for j in range(i + 1, end - 1):
        noun, verb = tokens[j], tokens[j + 1]
        if noun.text.isalpha() and noun.text.islower() and noun.lower.endswith("s") \
                and not noun.lower.endswith(NOT_PLURAL_ENDINGS) and noun.lower not in DETERMINERS \
                and verb.text.isalpha() and verb.text.islower() and not verb.lower.endswith(("s", "ing", "ly")) \
                and verb.lower not in PREPOSITIONS and verb.lower not in CLAUSE_WORDS and verb.lower not in DETERMINERS:
            return True
    return False


def _noun_clause(tokens: list[Token], i: int, end: int) -> bool:
    """Whether a noun in ``i`` to ``end`` takes a "that" clause with a subject of its own: a remark ("observed the
    irony that the owners had sued"); not a relative ("the meeting that ran late")."""
    return any(tokens[j].lower == "that" and (tokens[j + 1].lower in DETERMINERS or tokens[j + 1].lower in
                                              SUBJECT_PRONOUNS or tokens[j + 1].text[:1].isupper())
               for j in range(i + 1, end - 1))


def _idiom(tokens: list[Token], cue: Cue) -> bool:
    """``find`` as "to found" or "manage" (`helped found`, `found ways to`), ``went on`` before an outcome (`went on
    to win`), ``know`` as a filler (`you know, …`, `as we (now) know it`), ``add`` as "increase" (`added to the
    uncertainty`, `added 1 million jobs`), ``decline`` as "fall" (`declined sharply to $28 million`), ``post`` as a
    count of posts (``_post_count``), ``assume`` as "take up" (`assumed office`, `assumes a new role`), ``think`` in
    a compound noun (`a think tank`), ``call`` as "phone in" (`called in to a radio show`)."""
    after = tokens[cue.last + 1:cue.last + 1 + IDIOM_REACH]
    if cue.lemma == "post":
        return _post_count(tokens, cue)
    if cue.lemma == "call":
        return bool(after) and after[0].lower in PHONE_IN_WORDS \
            and not (len(after) > 1 and after[1].lower in CALL_INTO_OBJECTS)
    if cue.lemma == "think":
        return bool(after) and tokens[cue.first].lower == "think" and after[0].lower in THINK_COMPOUNDS \
            and not (cue.first > 0 and tokens[cue.first - 1].lower in PRONOUNS) \
            and not (len(after) > 1 and after[1].lower in VERB_AUXILIARIES)  # not "I think tanks …", "Generals think
        # tanks are obsolete"
    if cue.lemma == "assume":
        return _office_taken(tokens, cue.last + 1)
    if cue.lemma == "decline":
        rest = [t for t in after if t.lower not in DECREASE_LINKS and not t.lower.endswith("ly")]
        return bool(rest) and (rest[0].text[0].isdigit() or rest[0].text == "$" or rest[0].lower in NUMBER_WORDS)
    if cue.lemma == "add":
        if len(after) < 2 or after[0].lower not in ADD_NON_REPORT_STARTS:
            return bool(after) and after[0].text[0].isdigit()
        return after[1].text.islower()  # not "“…,” she added to People": the one told
    if cue.lemma == "know":
        before = [t.lower for t in tokens[max(0, cue.first - FILLER_KNOWER_REACH):cue.first] if t.lower != "now"]
        if not after or not before or before[-1] not in FILLER_KNOWERS:
            return False
        return after[0].text in ",)" or (after[0].lower == "it" and len(before) >= 2 and before[-2] == "as")
    if cue.lemma == "went on":
        return len(after) >= 2 and after[0].lower == "to" and after[1].lower in OUTCOME_VERBS
    if cue.first > 0 and tokens[cue.first - 1].lower in FOUNDING_LEADS and tokens[cue.first].lower == "found":
        return True
    for token in after:
        if token.lower in MANNER_OBJECTS:
            return True
        if not token.lower.isalpha() or token.lower == "that":
            return False
    return False


def _cue_attributions(text: str, tokens: list[Token], cue: Cue, unit: tuple[int, int],
                      quotes: UnitQuotes) -> tuple[list[Attribution], Attribution | None]:
    """Attributions of one cue, and a colon cue ("X said:") whose content follows the sentence.

    The patterns of the module docstring, in the order tried: inverted (no subject on the left),
    parenthetical, content on the left (with a quotation continuing on the right), content on the
    right, a colon cue, a quotation closing the sentence.
    """
    n = len(tokens)
    cue_span = (tokens[cue.first].start, tokens[cue.last].end)
    if _bare_participle(tokens, cue) and not _with_subject(tokens, cue) and not _reduced_relative(tokens, cue):
        return [], None  # "..., saying ...": the subject is the main clause's (see _shared_subject)
    if _passive(tokens, cue):
        return [], None  # "was backed by", "is expected to": the subject is not the speaker
    infinitive = cue.first >= 2 and tokens[cue.first - 1].lower == "to" and not cue.belief  # not "likely to expect"
    head = _control_head(tokens, cue.first - 1) if infinitive else None
    if infinitive and head is None and cue.lemma not in STANCE_VERBS and cue.lemma not in NAMING_VERBS:
        subj = _name_before(tokens, cue.first - 1)  # "led Chairman Ana Ortiz to declare": the name before "to" speaks
        if subj is None and cue.lemma in PURPOSE_CUES:
            subj = _purpose_subject(tokens, cue)  # "Ortiz took to the radio to say …": the sentence's subject
        if subj is None:
            return [], None
    else:
        subj = subject_left(tokens, head if head is not None else cue.first, 0)
    if subj is None:
        inverted = _inverted(text, tokens, cue, unit, quotes)
        subj = None if inverted or cue.belief or cue.lemma not in INVERTIBLE else _group_subject(tokens, cue.first)
        if subj is None:
            return inverted, None
    if tokens[subj[0]].lower in MODALS and tokens[subj[0]].text.islower():
        return [], None  # "it would largely settle Portvale Bank worries about …": a phrase opening with a modal
        # is a predicate, not a subject; the cue is a noun ("worries", "claims")
    if subj[0] == subj[1] and _CONTRACTION_RE.sub("", tokens[subj[0]].lower) == "let":
        return [], None  # "Let's say the plan fails": a supposition of the writer's, not a report
    if subj[0] > 1 and tokens[subj[0] - 1].lower == "than" and tokens[subj[0] - 2].lower not in QUANTITY_COMPARATIVES \
            and (cue.last + 1 >= len(tokens) or not tokens[cue.last + 1].is_word):
        return [], None  # "more diverse than its name suggests, with …": a comparison, what was said is elided; not
        # "more than a third said", a share, nor "more than the industry says the market can take"
    if cue.lemma == "show":
        shown = _evidence_shows(tokens, subj, cue)
        if shown is None:  # "the show", "showed plenty of skin": only "polls show …", "a survey showed …", "show that"
            return [], None
        subj = (min(shown, subj[0]), subj[1])  # "The poll by the institute showed": the poll, by whom
    if cue.lemma not in INVERTIBLE and _time_subject(tokens, subj):
        return [], None  # "Monday saw police search the block", "Wednesday added one more twist": a time is no one
        # who speaks, so the cue word is something else (an event); a verb of saying proper keeps its statement, with
        # no speaker (_timeless)
    subj = _document_by(tokens, subj)
    subj = _unclosed_apposition(tokens, subj)
    if _bare_participle(tokens, cue) and _reduced_relative(tokens, cue):
        phrase_start = _noun_phrase_start(tokens, cue.first - 1)
        # "left 58 percent of voters saying"; "the Harbour Party issued a statement saying that …": its author
        subj = _document_author(tokens, cue, phrase_start) or (max(subj[0], phrase_start), subj[1])
    subj_chars = _span_chars(tokens, subj)
    if _possessive(tokens[subj[1]]) and not tokens[cue.first].lower.endswith("ed"):
        return [], None  # "the mayor’s claims", "Friday’s tweets": a noun ("the mayor’s called for": has)
    if tokens[cue.first].lower in NAMED_SUBJECT_FORMS and (
            not (_named_subject(text, subj_chars) or _intention_to(tokens, subj, cue)) or (
            cue.last + 1 < n and tokens[cue.last + 1].lower in NOUN_FOLLOWERS)):
        return [], None  # "the plans for ...", "our supporters want ...", "Many fears about": too often no attribution
    if tokens[cue.first].lower in NAMED_SUBJECT_FORMS and subj[0] > 0 and tokens[subj[0] - 1].lower in OBJECT_PREPOSITIONS:
        return [], None  # "put Ortiz on 55 percent support", "with majority support": a noun, not a subject's verb
    if cue.lemma in PREPOSITIONAL_LEMMAS and not _named_subject(text, subj_chars):
        return [], None  # "voted for", "pointed to" after a description: as often not an attribution
    aside = _as_aside(text, tokens, cue, subj, unit, quotes)
    if aside is not None:
        return [aside], None
    i, introduced = _right_content_start(tokens, cue, n)
    if cue.lemma in REBUTTAL_LEMMAS and _owned_claim_at(tokens, i):
        return [], None  # "countered her claims that A", "dismissed Sanders’ accusations that A": the innermost report
        # is A, its owner's (_reporting_nouns), not the rebuttal's
    if cue.last + 1 < n and tokens[cue.last + 1].lower in REFLEXIVE_PRONOUNS and cue.lemma in REFLEXIVE_NON_CUES:
        return [], None  # "found himself in a row", "sees himself as": no report
    if _clause_only_object(tokens, cue, i, introduced):
        return [], None  # "maintained a lead": an object, not a claim ("maintained he had", "maintained Ortiz had";
        # "A, Ortiz maintains." has its content on the left)
    if _watching(tokens, cue, i, introduced):
        return [], None  # "observed the vote": watching, not a remark
    min_words = MIN_STANCE_WORDS if cue.lemma in _OBJECT_CONTENT_CUES else MIN_RIGHT_WORDS
    right_ok = _right_is_content(tokens, i, introduced, cue, min_words)
    if tokens[subj[0]].lower == "which" and (not right_ok or (
            cue.lemma not in INVERTIBLE and not (introduced and not cue.belief and tokens[i - 1].lower == "that"))):
        return [], None  # a verb of saying proper, or any verb of saying before "that", after "which": not "…, which
        # declined to comment", "in Leeds, which said"
    left_edge = tokens[_described_lead(tokens, *subj)].start  # "“A,” his sister, Ana Morrow, said": A ends before "his"
    left_sep = _left_separator(text, unit[0], left_edge)
    if not right_ok and not left_sep and not cue.belief and i < n and tokens[i].lower in PREPOSITIONS:
        # "Hale said in farming it takes patience": nothing on the left, so the right is the content
        right_ok = sum(t.is_word for t in tokens[i:]) >= MIN_PREPOSITION_CONTENT_WORDS
    left_text = text[unit[0]:left_edge].rstrip()
    left_is_quote = bool(left_text) and (left_text[-1] in _CLOSERS or left_text.endswith((",”", ",\""))) \
        and (not _closes_title(text, quotes, unit[0] + len(left_text) - 1)
             or _split_quote_opening(text, tokens, quotes, unit[0] + len(left_text) - 1, i))
    if left_sep and not left_is_quote and _is_intro(tokens, subj[0]):
        left_sep = False  # "In a speech last July, Trump said ...": an introductory phrase, not content
    if left_sep and not left_is_quote and not right_ok and _scene_intro(tokens, subj[0], cue, i):
        left_sep = False  # "Even after the audit was out, Varga kept denying it": the scene, not content
    if left_sep and not left_is_quote and not cue.belief and _parenthetical(tokens, cue):
        # "Whatever ground she has gained, aides said, might quickly be lost": one content around the cue
        return [_parenthetical_content(text, tokens, cue, unit, quotes, subj_chars)], None
    continues = right_ok or (i < n and tokens[i].lower in CONTINUING_CONJUNCTIONS) or infinitive_at(tokens, i) \
        or _open_concession(tokens, cue, i)
    if left_sep and continues and not left_is_quote and not cue.belief and _set_off(tokens, cue, i) \
            and tokens[i].text not in "“\"‘" and (not _scene_setting(tokens[0]) or _concessive_while(tokens, cue)):
        around = _around_cue(text, tokens, cue, unit, quotes, subj_chars, i)
        if around is not None:
            return [around], None
    if left_sep and not cue.belief and (left_is_quote or not right_ok):
        quoted_right = right_ok and i < n and tokens[i].text in "“\"‘"
        return _left_content(text, tokens, cue, unit, quotes, subj_chars, left_is_quote, i if quoted_right else None,
                             left_edge), None
    answer = _short_answer(tokens, i, cue) if right_ok else 0
    if answer:
        return [Attribution(tokens[i].start, tokens[answer].end, "indirect", *cue_span, subj_chars)], None
    if right_ok:
        return _right_content(text, tokens, cue, unit, quotes, subj_chars, i), None
    if text[cue_span[1]:unit[1]].strip().endswith(":") and not cue.belief:
        return [], Attribution(unit[1], unit[1], "direct", *cue_span, subj_chars, confidence=COLON_CUE_CONFIDENCE)
    if not cue.belief:
        late = _late_quote(text, tokens, cue_span, unit, quotes, subj_chars)
        if late or not _closes_sentence(tokens, cue, n) \
                or any(t.lower in CUE_NEGATIONS for t in tokens[subj[1] + 1:cue.first]):
            return late, None  # not "Ortiz did not say.": a denied saying lends no speaker
        # "Tom Hale, the port's press officer, said in a statement." / "Whitmore agreed.": what follows is what was said
        return [], Attribution(unit[1], unit[1], "direct", *cue_span, subj_chars, confidence=COLON_CUE_CONFIDENCE)
    return [], None


def _closes_sentence(tokens: list[Token], cue: Cue, n: int) -> bool:
    """Whether only adverbials (``on Tuesday``, ``in a statement``) and a full stop follow the cue."""
    i = _skip_adverbial(tokens, cue.last + 1, n)
    if i < n and all(t.text == "." for t in tokens[i:]):
        return True
    # "said on Monday.": _skip_adverbial finds where an adverbial gives way to a clause, not where a sentence ends
    return i == cue.last + 1 and _adverbials_close(tokens, i, n)


def _adverbials_close(tokens: list[Token], i: int, n: int) -> bool:
    """Whether the words from ``i`` to the full stop make one short adverbial: "on Monday", "in a statement", "in an
    interview with Radio Norte" (ending in a time word, a setting noun, a name or a number; no verb, no clause:
    not "to deny the claims", "to say it was")."""
    if not (i < n - 1 and tokens[-1].text == "." and n - 1 - i <= MAX_ADVERBIAL_TOKENS
            and (tokens[i].lower in PREPOSITIONS or tokens[i].lower in TIME_STARTS)):
        return False
    last = tokens[n - 2]
    return (last.lower in TIME_WORDS or last.lower in ADVERBIAL_HEADS or last.is_capitalized
            or last.text[0].isdigit()) and all(
        (t.is_word or t.text in "’'-") and t.lower not in SUBJECT_WORDS and t.lower not in CLAUSE_VERBS
        and t.lower != "that" and not infinitive_at(tokens, k) for k, t in enumerate(tokens[i:n - 1], i))


def _as_aside(text: str, tokens: list[Token], cue: Cue, subj: tuple[int, int], unit: tuple[int, int],
              quotes: UnitQuotes) -> Attribution | None:
    """``The dam is old, as Ortiz noted.`` / ``The dam, as Ortiz noted on Monday, is old``: a cue in an "as"
    clause set off by a comma reports the clause around it (the cue, with only adverbials after it, left out)."""
    a = subj[0] - 1
    if a < 1 or tokens[a].lower != "as" or tokens[a - 1].text != "," or cue.lemma in _OBJECT_CONTENT_CUES:
        return None
    n = len(tokens)
    comma = next((m for m in range(cue.last + 1, n) if tokens[m].text in ",;—–"), n)
    tail = [t for t in tokens[cue.last + 1:comma] if t.is_word]
    if tail and not (tail[0].lower in ADVERBIAL_STARTS or tail[0].lower.endswith("ly")
                     or (len(tail) <= MAX_AS_TAIL_WORDS and any(t.lower in TIME_WORDS for t in tail))):
        return None  # "…, as she said she would": a clause of its own after the cue
    left = _trim_span(text, unit[0], tokens[a - 1].start)
    if left[1] - left[0] < MIN_LEFT_CONTENT or len(text[left[0]:left[1]].split()) < MIN_AS_LEFT_WORDS:
        return None  # "After all, as we saw, …": an introduction, the content is on the right
    right = _trim_span(text, tokens[comma + 1].start, unit[1]) if comma + 1 < n else (left[1], left[1])
    cue_span = (tokens[cue.first].start, tokens[cue.last].end)
    if right[1] - right[0] < MIN_CONTENT:
        s, e, kind = _content_kind(text, *left, quotes)
        return Attribution(s, e, kind, *cue_span, _span_chars(tokens, subj), confidence=LEFT_CONFIDENCE)
    kinds = {_content_kind(text, s, e, quotes)[2] for s, e in (left, right)}
    kind = kinds.pop() if len(kinds) == 1 else "mixed"
    return Attribution(left[0], right[1], kind, *cue_span, _span_chars(tokens, subj), parts=(left, right),
                       confidence=PARENTHETICAL_CONFIDENCE)


def _split_quote_opening(text: str, tokens: list[Token], quotes: UnitQuotes, mark: int, i: int) -> bool:
    """``“Hopefully,” she said, “the bridge …”``: a short quotation that opens the sentence, closed by
    ``,”`` before the cue, with the quotation going on after it, is the first part of a split quote,
    not a title (``On ABC’s “This Week,” Ortiz said``: the title does not open the sentence)."""
    quote = quotes.closing_at(mark)
    return quote is not None and text[quote.end - 1:quote.end] == "," and i < len(tokens) \
        and tokens[i].text in "“\"" and tokens[i - 1].text == "," and tokens[0].start == quote.open


def _control_head(tokens: list[Token], to: int) -> int | None:
    """The first token of the control verb or adjective before the "to" at ``to`` ("is trying to show": "trying";
    "slightly more likely to say": "more"), whose subject the infinitive's cue shares; None if there is none."""
    v = to - 1
    if v >= 1 and tokens[v].lower.endswith("ly") and tokens[v].text.islower() and tokens[v].lower not in CONTROL_WORDS:
        v -= 1  # "moved quickly to explain"
    if v < 1 or not tokens[v].text.islower() or tokens[v].lower not in CONTROL_WORDS:
        return None
    while v - 1 > 0 and tokens[v - 1].lower in DEGREE_WORDS:
        v -= 1
    return v


def _purpose_subject(tokens: list[Token], cue: Cue) -> tuple[int, int] | None:
    """``Ortiz took to the radio to say …``: a verb of saying in a to-infinitive of purpose, after a name or
    he/she opening the sentence (no clause word between), reports for that subject."""
    subject = _sentence_subject(tokens, cue.first - 1)
    if subject is None:
        return None
    first = bisect_left(tokens, subject[0], key=_token_start)
    last = bisect_right(tokens, subject[1], key=_token_end) - 1
    between = tokens[last + 1:cue.first - 1]
    if not between or any(t.lower in CLAUSE_WORDS or t.text in ";:—–" for t in between) \
            or tokens[first].lower in ("they", "we", "i"):
        return None
    return first, last


def _name_before(tokens: list[Token], to: int) -> tuple[int, int] | None:
    """The capitalised name right before the "to" at ``to``, after a lower-case word ("led Ana Ortiz to")."""
    k = to - 1
    while k >= 0 and tokens[k].is_capitalized and tokens[k].is_word and tokens[k].lower not in NOT_NAMES:
        k -= 1
    if k == to - 1 or k < 0 or not tokens[k].text.islower() or tokens[k].lower in PREPOSITIONS:
        return None  # not "in Michigan to ask": a place
    return k + 1, to - 1


def _closes_title(text: str, quotes: UnitQuotes, mark: int) -> bool:
    """Whether the mark at ``mark`` closes a title (``On ABC’s “This Week,” Ortiz said``), not speech."""
    quote = quotes.closing_at(mark)
    return quote is not None and is_title_like(text[quote.start:quote.end])


def _possessive(token: Token) -> bool:
    """A possessive ("the mayor’s"), not a contraction of is/has/us ("it’s", "let’s")."""
    word = token.lower.replace("’", "'")
    return word.endswith("'s") and len(word) > 2 and word not in S_CONTRACTIONS


def _document_by(tokens: list[Token], subj: tuple[int, int]) -> tuple[int, int]:
    """``A poll by Redmond Analytics for the Daily Courier found``: a subject right after a document noun and ``by``
    (or its participle of making and ``by``: ``a poll of 1,000 voters conducted by``, the noun within
    ``settings.AUTHOR_GAP_CHARS`` before) starts at the document's phrase, so that its author and whom it was made
    for are told apart; else ``subj``."""
    k = subj[0] - 2
    if k < 0 or tokens[k + 1].lower != "by" or not any(t.lower == CLIENT_LINK for t in tokens[subj[0]:subj[1]]):
        return subj
    if tokens[k].lower in AUTHOR_PARTICIPLES:
        k = next((j for j in range(k - 1, -1, -1) if tokens[j].lower in DOCUMENT_NOUNS or tokens[j].text == ","
                  or tokens[k].start - tokens[j].end > AUTHOR_GAP_CHARS), k)
    if tokens[k].lower not in DOCUMENT_NOUNS:
        return subj
    return _noun_phrase_start(tokens, k), subj[1]


def _evidence_shows(tokens: list[Token], subj: tuple[int, int], cue: Cue) -> int | None:
    """Where the subject of "show" starts if it is a verb of evidence or stance, else None: a that-clause or a
    stance ("showed no sign of …") follows (the subject as found), or a noun of evidence stands in the phrase before
    the cue (plural before "show": "polls show"; either number before "shows"/"showed": "a survey showed", "the poll
    by the institute showed"): the subject starts with that noun's phrase."""
    after = cue.last + 1
    if after < len(tokens) and tokens[after].lower in SHOWN_STANCE_STARTS:
        return subj[0]
    nouns = EVIDENCE_NOUNS if tokens[cue.first].lower == "show" else EVIDENCE_NOUNS | EVIDENCE_NOUN_SINGULARS
    first = subj[0]
    while first > 0 and cue.first - first < MAX_EVIDENCE_PHRASE_TOKENS and tokens[first - 1].text not in ".;:“”\"":
        first -= 1
    noun = next((k for k in range(first, subj[1] + 1) if tokens[k].lower in nouns), None)
    if noun is None:
        return None
    start = noun
    while start > first and tokens[start - 1].is_word and tokens[start - 1].lower not in PREPOSITIONS \
            and tokens[start - 1].lower not in CLAUSE_WORDS:
        start -= 1
    return start


def _time_subject(tokens: list[Token], subj: tuple[int, int]) -> bool:
    """A subject of time words only (``Monday``, ``Yesterday morning``, ``The following weekend``, ``2018``, ``the
    day``); a capitalised "Day" or "Time" is a name ("Day said", "Time reported"), not a weekday, a month or a
    deictic day ("Yesterday", "Earlier")."""
    def timed(k: int) -> bool:
        low = tokens[k].lower
        return _YEAR_RE.fullmatch(tokens[k].text) is not None or low in TIME_WORDS and (
            not tokens[k].is_capitalized or low in WEEKDAY_WORDS or low in MONTH_WORDS or low in DEICTIC_DAYS)

    words = [k for k in range(subj[0], subj[1] + 1) if tokens[k].is_word]
    return any(timed(k) for k in words) and all(
        timed(k) or tokens[k].lower in TIME_MODIFIERS or tokens[k].lower in TIME_ORDER_WORDS for k in words)


def _unclosed_apposition(tokens: list[Token], subj: tuple[int, int]) -> tuple[int, int]:
    """``Chris Wright, the chief technology officer of Red Hat said``: a description of an office after a name and a
    comma, its closing comma missing, is the name's apposition, so the name is the subject; else ``subj``."""
    first, last = subj
    if first < 3 or tokens[first].lower not in DESCRIPTION_DETERMINERS or tokens[first - 1].text != "," \
            or not any(t.lower == "of" and tokens[k - 1].lower in ROLE_NOUNS for k, t in enumerate(tokens[first + 2:last],
                                                                                                  first + 2)):
        return subj
    k = first - 2
    while k >= 0 and tokens[k].is_word and tokens[k].is_capitalized and tokens[k].lower not in NOT_NAMES:
        k -= 1
    words = first - 2 - k
    opens = k < 0 or (tokens[0].lower in PREPOSITIONS and all(t.is_word for t in tokens[:k + 1]))  # "In the post Chris …"
    if not MIN_FULL_NAME_WORDS <= words <= MAX_APPOSITION_NAME_WORDS or not opens:
        return subj  # not "The deal pleased Red Hat, the owner of the brand said": an object before the comma
    return k + 1, first - 2


def _timeless(tokens: list[Token], att: Attribution) -> Attribution:
    """``att`` without its speaker when that is a time (``One study from March noted A``, ``Earlier reports said A``:
    the subject walk stopped at the time phrase closing a longer subject): the statement stays, its speaker unknown."""
    if att.subject is None:
        return att
    k = bisect_left(tokens, att.subject[0], key=_token_start)
    last = bisect_right(tokens, att.subject[1], key=_token_end) - 1
    return replace(att, subject=None) if k <= last and _time_subject(tokens, (k, last)) else att


def _message_from(tokens: list[Token]) -> Attribution | None:
    """``I got an email reply from a Google representative.``, ``The council sent a statement from its chair:``: a
    sentence ending in a message (``lexicon.MESSAGE_NOUNS``) from someone, which lends that someone to a quotation
    right after it, as a cue closing its sentence does."""
    n = len(tokens)
    if n < 4 or tokens[-1].text not in ".:":
        return None
    k = next((k for k in range(n - 2, max(0, n - 2 - MAX_MESSAGE_SOURCE_TOKENS), -1) if tokens[k].lower == "from"), None)
    if k is None or k < 1 or tokens[k - 1].lower not in MESSAGE_NOUNS:
        return None
    source = tokens[k + 1:n - 1]
    if not source or not all(t.is_word or t.text in "’'" for t in source) \
            or not (source[0].lower in DETERMINERS or source[0].is_capitalized):
        return None
    return Attribution(tokens[-1].end, tokens[-1].end, "direct", tokens[k - 1].start, tokens[k - 1].end,
                       (source[0].start, source[-1].end), confidence=COLON_CUE_CONFIDENCE)


def _group_subject(tokens: list[Token], limit: int) -> tuple[int, int] | None:
    """``Some voters who have listened to him over the years, on television or at rallies, said …``, ``Several
    people I've spoken with said …``: a group opening the sentence (a quantifier and at most
    ``MAX_GROUP_HEAD_WORDS`` words, a plural last) whose phrase runs on with a relative clause, a participle or an
    aside too long to walk back over from the cue; the group is the subject."""
    first = 1 if tokens and tokens[0].lower in SENTENCE_CONJUNCTIONS else 0
    if first >= limit or not tokens[first].is_capitalized or tokens[first].lower not in GROUP_QUANTIFIERS:
        return None
    for k in range(first + 1, min(limit - 1, first + 1 + MAX_GROUP_HEAD_WORDS)):
        word, nxt = tokens[k], tokens[k + 1]
        if not (word.text.isalpha() and word.text.islower()) or word.lower in CLAUSE_WORDS or word.lower in PREPOSITIONS:
            return None
        if not (word.lower.endswith("s") or word.lower in RESPONDENT_NOUNS or word.lower == "people"):
            continue
        if nxt.text == "," or nxt.lower in RELATIVE_PRONOUNS or _APOSTROPHE_RE.split(nxt.lower)[0] in SUBJECT_PRONOUNS \
                or (nxt.text.islower() and _participle_shape(nxt.lower)):
            return first, k
    return None


_APOSTROPHE_RE = re.compile(r"[’']")


def _inverted(text: str, tokens: list[Token], cue: Cue, unit: tuple[int, int],
              quotes: UnitQuotes) -> list[Attribution]:
    """``CONTENT, CUE SUBJ[, “B”]``: "…, said Smith", and the quotation continuing after the inverted subject."""
    if cue.belief or cue.lemma not in INVERTIBLE or not _left_separator(text, unit[0], tokens[cue.first].start):
        return []
    cue_span = (tokens[cue.first].start, tokens[cue.last].end)
    right = subject_right(tokens, cue.last + 1, len(tokens))
    if right is None or all(t.lower in DAY_WORDS for t in tokens[right[0]:right[1] + 1]):
        return []  # "…,” said Tuesday: a day, not a speaker
    start, end = _trim_span(text, unit[0], cue_span[0])
    if end - start < MIN_LEFT_CONTENT:
        return []
    start, end, kind = _content_kind(text, start, end, quotes)
    out = [Attribution(start, end, kind, *cue_span, _span_chars(tokens, right), confidence=INVERTED_CONFIDENCE)]
    k = _continuation(tokens, right[1] + 1)
    if k is not None:
        s, e = _trim_span(text, tokens[k].start, unit[1])
        s, e, kind = _content_kind(text, s, e, quotes)
        out.append(Attribution(s, e, kind, *cue_span, _span_chars(tokens, right), confidence=INVERTED_CONFIDENCE))
    return out


def _left_content(text: str, tokens: list[Token], cue: Cue, unit: tuple[int, int], quotes: UnitQuotes,
                  subj_chars: tuple[int, int], left_is_quote: bool, quoted_right: int | None,
                  left_edge: int) -> list[Attribution]:
    """``CONTENT, SUBJ CUE[, “B”]``: the content before the subject, and a quotation continuing after the cue.

    ``quoted_right`` is the token where a quotation right after the cue opens, if one does; the content ends before
    ``left_edge``, the subject's start or that of the description its name follows (``_described_lead``).
    """
    cue_span = (tokens[cue.first].start, tokens[cue.last].end)
    out: list[Attribution] = []
    content_start = unit[0]
    before = None
    if left_is_quote:  # "... fundraising: “A,” he said": the content is the quotation before the cue
        before = quotes.closing_at(_run_start(text, left_edge, " ,") - 1)  # only " ," up to the subject
        if before is not None and not _clause_leads_into(text, unit[0], before.open):
            content_start = before.open
    start, end = _trim_span(text, content_start, left_edge)
    short_first = left_is_quote and before is not None and content_start == before.open
    # not "Meanwhile, Ortiz continued to …": a word linking to the sentence before says nothing; but one in quote
    # marks was said ("“Meanwhile,” she said, “…”")
    linking_only = not short_first and all(t.lower in LINKING_WORDS or not t.is_word
                                           for t in tokens if start <= t.start < end)
    if (end - start >= MIN_LEFT_CONTENT or short_first) and not linking_only:
        s, e, kind = _content_kind(text, start, end, quotes)
        if kind == "indirect" and short_first:
            s, e, kind = before.start, before.end, "direct"  # "“Hopefully,” she said, “…”": too short for speech alone
        conf = LEFT_QUOTE_CONFIDENCE if kind == "direct" else LEFT_CONFIDENCE
        out.append(Attribution(s, e, kind, *cue_span, subj_chars, confidence=conf))
    k = quoted_right if quoted_right is not None else _continuation(tokens, cue.last + 1)
    if k is not None:
        s, e = _trim_span(text, tokens[k].start, unit[1])
        s, e, kind = _content_kind(text, s, e, quotes)
        out.append(Attribution(s, e, kind, *cue_span, subj_chars, confidence=CONTINUATION_CONFIDENCE))
    return out


def _set_off(tokens: list[Token], cue: Cue, i: int) -> bool:
    """Whether the cue (with its adverbials) is set off by a comma before the right content at ``i``."""
    return (cue.last + 1 < i and tokens[i - 1].text == ",") or (
        i < len(tokens) and tokens[i - 1].lower == "that" and i - 2 > cue.last and tokens[i - 2].text == ",")


def _apposition_end(tokens: list[Token], i: int, n: int) -> int | None:
    """The comma closing an apposition at ``i`` (``an analyst at the port,``) before any verb; None when a verb comes
    first (``a car caught fire``: the clause itself)."""
    for m in range(i + 1, n):
        if tokens[m].text == ",":
            return m
        if _main_verb(tokens[m]) or tokens[m].lower in SAY_OR_THINK_FORMS:
            return None
    return None


def _open_concession(tokens: list[Token], cue: Cue, i: int) -> bool:
    """``Though the move was smooth, he said, replacing her would be harder``: a sentence opening with a concession or
    a condition (``lexicon.CONCESSION_OPENERS``) before the cue has its main clause after it, whatever its first word."""
    first = 1 if tokens and tokens[0].lower in SENTENCE_CONJUNCTIONS else 0
    return first < cue.first and tokens[first].lower in CONCESSION_OPENERS and i < len(tokens) \
        and tokens[i].lower not in SAY_OR_THINK_FORMS and tokens[i].lower not in SCENE_STARTS \
        and tokens[i].lower not in SENTENCE_CONJUNCTIONS and sum(t.is_word for t in tokens[i:]) >= MIN_RIGHT_WORDS


def _concessive_while(tokens: list[Token], cue: Cue) -> bool:
    """``While the plan is costly, she added, it will pay for itself``: an opening "while" before a cue set off by
    commas concedes what the speaker goes on to say (reported on both sides) when its clause states how things are
    (a form of be or have before a lower-case word that is no preposition, determiner, role or -ing form); not a
    time: "While the ferry was docking, she added, …", "While he was mayor", "While she was in Leeds", "While in
    Leeds", "While we wait" (the scene, left out)."""
    if not tokens or tokens[0].lower not in CONCESSIVE_STARTS:
        return False
    lead = tokens[1:cue.first]
    return any(a.lower in CLAUSE_VERBS and b.is_word and b.text.islower() and not b.lower.endswith("ing")
               and b.lower not in PREPOSITIONS and b.lower not in DETERMINERS and b.lower not in ROLE_NOUNS
               for a, b in zip(lead, lead[1:]))


def _scene_setting(first: Token) -> bool:
    """A sentence opening that sets the scene rather than saying something: "During ...", "Asked ...", "As ..."."""
    return first.lower in PREPOSITIONS or first.lower in TIME_STARTS or first.lower in SCENE_STARTS \
        or (first.lower.endswith(("ing", "ed")) and first.is_capitalized)


def _around_cue(text: str, tokens: list[Token], cue: Cue, unit: tuple[int, int], quotes: UnitQuotes,
                subj_chars: tuple[int, int], i: int) -> Attribution | None:
    """``A, SUBJ CUE, B``: one content interrupted by its cue, whose ``parts`` are A and B.

    "Lenox was a juggernaut, Clarke said, until the mines closed": what was said runs on both sides.
    """
    left = _trim_span(text, unit[0], subj_chars[0])
    right = _trim_span(text, tokens[i].start, unit[1])
    if left[1] - left[0] < MIN_LEFT_CONTENT or right[1] - right[0] < MIN_CONTENT:
        return None
    kinds = {_content_kind(text, s, e, quotes)[2] for s, e in (left, right)}
    kind = kinds.pop() if len(kinds) == 1 else "mixed"
    return Attribution(left[0], right[1], kind, tokens[cue.first].start, tokens[cue.last].end, subj_chars,
                       parts=(left, right), confidence=PARENTHETICAL_CONFIDENCE)


def _parenthetical_content(text: str, tokens: list[Token], cue: Cue, unit: tuple[int, int], quotes: UnitQuotes,
                           subj_chars: tuple[int, int]) -> Attribution:
    """``The dam, engineers said, would hold``: the clause around the cue, whose ``parts`` are its subject (reported
    material too, however short: "Prices, the study suggests, will rise") and the rest (the cue left out). Not
    when the left is no subject: a scene ("After the vote, aides said, prices rose") or a phrase before a
    clause of its own ("Apart from coal, the report adds, other fuels are …"): one range around the cue."""
    s, e = _trim_span(text, unit[0], unit[1])
    cue_span = (tokens[cue.first].start, tokens[cue.last].end)
    if _copula_that(tokens, cue.last + 2):  # "The trouble, she said, is that the dam leaks": the topic is no content
        s, e, kind = _content_kind(text, *_trim_span(text, tokens[cue.last + 4].start, e), quotes)
        return Attribution(s, e, kind, *cue_span, subj_chars, confidence=PARENTHETICAL_CONFIDENCE)
    left = _trim_span(text, s, subj_chars[0])
    right = _trim_span(text, tokens[cue.last + 2].start, e)
    if left[1] - left[0] < MIN_CONTENT or right[1] - right[0] < MIN_CONTENT or _scene_setting(tokens[0]) \
            or tokens[cue.last + 2].lower in DETERMINERS:
        s, e, kind = _content_kind(text, s, e, quotes)
        return Attribution(s, e, kind, *cue_span, subj_chars, confidence=PARENTHETICAL_CONFIDENCE)
    kinds = {_content_kind(text, a, b, quotes)[2] for a, b in (left, right)}
    kind = kinds.pop() if len(kinds) == 1 else "mixed"
    return Attribution(left[0], right[1], kind, *cue_span, subj_chars, parts=(left, right),
                       confidence=PARENTHETICAL_CONFIDENCE)


def _copula_that(tokens: list[Token], k: int) -> bool:
    """``is that`` and a clause at token ``k`` (a determiner, a pronoun, a name or a subordinator first, else a verb
    in it): what was said is the clause after ``that``; not the determiner ``that`` ("…, is that old boat")."""
    if k + 2 >= len(tokens) or tokens[k].lower not in COPULAS or tokens[k + 1].lower != "that":
        return False
    nxt = tokens[k + 2]
    return nxt.is_capitalized or nxt.lower in DETERMINERS or nxt.lower in SUBORDINATORS \
        or _CONTRACTION_RE.sub("", nxt.lower) in SUBJECT_WORDS or any(_main_verb(t) for t in tokens[k + 3:])


def _clause_leads_into(text: str, unit_start: int, quote_open: int) -> bool:
    """Whether the words before a quotation are its clause ("Teachers are “very pro-Grant,” she said":
    one mixed content), not a lead-in set off by a colon, a dash or a sentence of their own."""
    lead = text[unit_start:quote_open].rstrip()
    return bool(lead) and lead[-1] not in ":—–-.!?”\"’" and len(lead.split()) >= MIN_CLAUSE_LEAD_WORDS


def _right_content(text: str, tokens: list[Token], cue: Cue, unit: tuple[int, int], quotes: UnitQuotes,
                   subj_chars: tuple[int, int], i: int) -> list[Attribution]:
    """``SUBJ CUE [object] [that|:|,] CONTENT``: the content from token ``i`` to the sentence end."""
    # a stance verb's content is its object: "endorsed Clinton, said ..."
    # so is a reduced relative's, which sits in a noun phrase: "Despite polls showing her behind, Ortiz …"
    object_content = cue.lemma in _OBJECT_CONTENT_CUES or (_bare_participle(tokens, cue) and _reduced_relative(tokens, cue))
    first_end = _object_end(tokens, i, unit[1], quotes, cue.lemma in NAMING_VERBS) if object_content \
        else _participle_end(text, tokens[i].end, unit[1], quotes)
    content_end, topic = _content_end(text, tokens, cue, i, first_end, unit[1], quotes, subj_chars)
    s, e = _trim_span(text, tokens[i].start, content_end)
    if e - s < MIN_CONTENT or (topic and len(text[s:e].split()) <= MAX_RELATIVE_TOPIC_WORDS):
        return []  # "X, who has written dozens of books, admitted A": a topic, what X said is A
    s, e, kind = _content_kind(text, s, e, quotes)
    e = _kind_end(text, tokens, i, s, e, kind, quotes)
    if kind == "indirect" and cue.lemma in NAMING_VERBS and first_end < unit[1]:
        # a judging verb's plain object ends at its first comma (below); one with quoted words after the
        # participle ("accused X of A, claiming “B”") runs on over the participle, as a mixed content, to the
        # content's other ends ("…, with Ana Reed calling …" still ends it)
        content_end, _ = _content_end(text, tokens, cue, i, unit[1], unit[1], quotes, subj_chars)
        s, e, kind = _content_kind(text, *_trim_span(text, tokens[i].start, content_end), quotes)
        e = _kind_end(text, tokens, i, s, e, kind, quotes)
    if kind == "indirect" and cue.lemma in NAMING_VERBS and tokens[i].lower not in QUESTION_CLAUSE_STARTS:
        # "Ortiz criticized the parking rules, ...": the object is the content, but only after a name or
        # he/she: "called the plan a failure" after a description is as often the writer's own judgement; a clause
        # ("a flyer questioned whether …", "two cooks described how …") is what was said, after any subject
        if not _named_subject(text, subj_chars, roles=False):
            return []
        end = _object_end(tokens, i, unit[1], quotes, naming=True)
        s, e = _trim_span(text, tokens[i].start, _setting_end(tokens, i, end, quotes))
        if e - s < MIN_CONTENT:
            return []
    if kind == "direct":
        conf = RIGHT_QUOTE_CONFIDENCE
    else:
        conf = RIGHT_BELIEF_CONFIDENCE if cue.belief else RIGHT_CONFIDENCE
    return [Attribution(s, e, kind, tokens[cue.first].start, tokens[cue.last].end, subj_chars, belief=cue.belief,
                        confidence=conf, addressee=_addressee(tokens, cue),
                        judgement=kind == "indirect" and cue.lemma in NAMING_VERBS,
                        status=kind == "indirect" and cue.belief and _part_of_object(tokens, i))]


def _content_end(text: str, tokens: list[Token], cue: Cue, i: int, end: int, unit_end: int, quotes: UnitQuotes,
                 subj_chars: tuple[int, int]) -> tuple[int, bool]:
    """Where a right content from token ``i``, first ending at ``end`` (its object's or the next participle's end),
    ends before the writer's words after it: an opening subordinate clause's comma, a coordinated predicate, an
    absolute ``with`` clause, a closing weekday or platform, a relative clause's main verb, a closing setting; and
    whether the relative cut left only a topic. A first cue's content and a shared-subject cue's end alike."""
    end = min(end, _subordinate_end(tokens, cue, i, unit_end, subj_chars[0]), _coordinated_end(text, tokens, i, unit_end, quotes),
              _absolute_end(text, tokens, i, unit_end, quotes))
    if cue.lemma not in _OBJECT_CONTENT_CUES:
        end = _closing_weekday(tokens, i, end)
    relative_end = _relative_end(text, tokens, subj_chars, i, end)
    topic = relative_end < end and not _clause_content(tokens, i)
    infinitive = cue.lemma in INTENT_VERBS or cue.lemma in DIRECTIVE_VERBS  # "urged fans at a rally to vote": content
    return _setting_end(tokens, i, relative_end, quotes, infinitive), topic


def _kind_end(text: str, tokens: list[Token], i: int, start: int, end: int, kind: str, quotes: UnitQuotes) -> int:
    """The end of a content of ``kind`` from token ``i`` after the cuts that depend on its kind: a contrast with a
    subject of its own (plain contents), a negated turn (not all in quote marks)."""
    if kind == "indirect":
        end = _contrast_end(tokens, i, end)
    if kind != "direct":
        end = _trim_span(text, start, _negated_turn_end(tokens, i, end, quotes))[1]
    return end


def _closing_weekday(tokens: list[Token], i: int, end: int) -> int:
    """``announced his support for Ortiz on Thursday night``, ``posted a photo of the crowd on Twitter``, ``hailed
    the award on its Facebook page``: a noun-phrase content (a determiner first, no auxiliary or past form)
    ends before a closing ``on`` and weekday or platform, when or where it was said; a clause keeps it (``said the
    vote would be on Monday``)."""
    if tokens[i].lower not in DETERMINERS or tokens[i].lower == "that":
        return end
    last = bisect_left(tokens, end, key=_token_start)
    while last - 1 > i and not tokens[last - 1].is_word:
        last -= 1  # the closing full stop
    k = last - 1 - (last - 1 > i and tokens[last - 1].lower in DAY_PARTS)
    if k - 1 > i and tokens[k].lower in WEEKDAY_WORDS and tokens[k - 1].lower == "on":
        on = k - 1
    else:
        on = _platform_tail(tokens, i, last)
    if on is None or any(t.lower in VERB_AUXILIARIES or t.lower in PAST_FORMS or t.lower.endswith("ed")
                         for t in tokens[i + 1:on]):
        return end  # "said the mayor shared the story on Facebook": a clause, its verb past
    return tokens[on].start


def _platform_tail(tokens: list[Token], i: int, last: int) -> int | None:
    """Index of the ``on``/``via`` of a platform phrase closing tokens ``i`` … ``last`` (``on Twitter``, ``via
    Facebook``, ``on its Facebook page``, ``on his website``), or None."""
    k = last - 1
    if k > i and tokens[k].lower in PLATFORM_PAGES:
        k -= tokens[k - 1].lower in PLATFORM_WORDS  # "its Facebook page"
        k -= 1
        if k > i and tokens[k].lower in _PAGE_DETERMINERS:
            k -= 1
    elif k > i and tokens[k].lower in PLATFORM_WORDS:
        k -= 1
    else:
        return None
    return k if k > i and k < last - 1 and tokens[k].lower in ("on", "via") else None


def _part_of_object(tokens: list[Token], i: int) -> bool:
    """``considers the island part of its waters``: a belief whose content is an object and what it is part of
    holds a status, not a statement; fundus leaves beliefs out and PolNeAR annotates these only with ``as``."""
    for k in range(i + 1, min(len(tokens) - 1, i + MAX_PART_OF_OBJECT_TOKENS + 1)):
        low = tokens[k].lower
        if low == "part":
            return tokens[k + 1].lower == "of"
        if not tokens[k].is_word or low in VERB_AUXILIARIES or low in CLAUSE_WORDS or low == "as":
            return False
    return False


def _subordinate_end(tokens: list[Token], cue: Cue, i: int, unit_end: int, subject_start: int) -> int:
    """``While Ortiz said (that) A, the council B``: a cue inside an opening subordinate clause reports only that
    clause, so its content ends at the comma before the main clause (a subject after it: a pronoun, an article,
    a possessive or a name), also after a conjunction or an adverb (``And while Ortiz said A, she …``, ``Just when
    we thought A, we …``, ``But now that …``), and in an opening absolute phrase, whose cue is a participle (``With
    Ortiz calling it “A”, the council …``, ``With the leaders worried about A, …``: ``lexicon.ABSOLUTE_LEADS``; not
    ``With a smile she said A, the ink dry``, the main clause's verb of saying), an apposition of the subject (from
    ``subject_start``) set off by commas inside it (``With Ortiz, the council leader, calling it “A”, the vote …``).
    Not ``As Ortiz said, A``: A after a
    comma is the main clause itself."""
    words = [t.lower for t in tokens[:cue.first] if t.is_word][:SUBORDINATE_LEAD_WORDS]
    lead = 1 if words and words[0] in SENTENCE_CONJUNCTIONS else 0
    if lead < len(words) and words[lead] in SUBORDINATOR_LEADS:
        lead += 1
    first = words[lead] if lead < len(words) else None
    if first == "that" and lead and words[lead - 1] == "now":
        first = "since"  # "now that we know A": as "since"
    if first is None or (first not in SUBORDINATORS and first not in ABSOLUTE_LEADS) or first == "as" \
            or (first in ABSOLUTE_LEADS and _finite_say(tokens[cue.first])) \
            or any(t.text == "," and t.start < subject_start for t in tokens[:cue.first]) \
            or any(not t.is_word and t.text not in ".’'" for t in tokens[cue.last + 1:i]):
        return unit_end
    for k in range(i + 1, len(tokens) - 1):
        after = tokens[k + 1]
        if tokens[k].text == "," and (after.lower in MAIN_CLAUSE_SUBJECTS or (after.is_capitalized and after.is_word)
                                      or (after.text[0].isdigit() and not _number_goes_on(tokens, k))):
            return tokens[k].start  # "Although 12 members said A, 40 others B"
    return unit_end


def _finite_say(token: Token) -> bool:
    """A form of a verb of saying that is no -ing form (``said``, ``says``): in "With …" it is the main clause's own
    verb, as no absolute phrase has such a participle (``With a smile she said …``; not ``With Ortiz calling …``, nor
    ``With leaders worried …``, a past participle of feeling)."""
    return token.lower in SAY_FORMS and not token.lower.endswith("ing")


def _number_goes_on(tokens: list[Token], k: int) -> bool:
    """The number after the comma at ``k`` goes on with what comes before it: a year after a day ("on May 5, 2019")
    or the next digits of a number ("1, 200"), not a number opening a main clause."""
    after = tokens[k + 1]
    return k > 0 and tokens[k - 1].text.isdigit() and (_year(after) or (len(after.text) == 3 and after.text.isdigit()))


def _contrast_end(tokens: list[Token], i: int, end: int) -> int:
    """``said A, but the council B``: a contrast with a subject of its own after a comma is the writer's, so a plain
    content ends before it, as before ``, compared with …``; so is a concession about a person (``…, although he
    again refused``; not ``…, although it did not appear that …``, often the speaker's own); not ``not just A, but B``
    (one content) and not ``A, but not B`` (no subject)."""
    for k in range(i + 1, len(tokens) - 2):
        if tokens[k].start >= end:
            break
        if tokens[k].lower in NOT_JUST_WORDS and tokens[k - 1].lower == "not":
            return end
        after = tokens[k + 2]
        if tokens[k].text == "," and tokens[k + 1].lower == "compared" and after.lower in ("with", "to"):
            return tokens[k].start  # "…, compared with 40 percent a year ago": the writer's comparison
        if tokens[k].text == "," and tokens[k + 1].lower == "but" and (
                after.lower in MAIN_CLAUSE_SUBJECTS or (after.is_capitalized and after.is_word and after.lower not in NOT_NAMES)):
            return tokens[k].start
        if tokens[k].text == "," and tokens[k + 1].lower in CONCESSIVE_CONTRASTS and after.lower in PERSONAL_SUBJECTS:
            return tokens[k].start  # "…, although he again refused to …": what the speaker did, not said
    return end


def _coordinated_end(text: str, tokens: list[Token], i: int, unit_end: int, quotes: UnitQuotes) -> int:
    """``calling it a “tiger”, and has toyed with …`` / ``said A, and accused B of …``: a comma, ``and`` and a past
    or perfect verb with no subject of its own go on with the speaker's sentence, not the content, which ends there
    (outside quote marks)."""
    if i >= len(tokens) or text.find(", and ", tokens[i].start, unit_end) < 0:
        return unit_end  # most contents have none
    n = len(tokens)
    for k in range(i + 1, n - 2):
        if tokens[k].text != "," or tokens[k + 1].lower != "and":
            continue
        m = k + 2
        if tokens[m].lower in COORDINATED_ADVERBS and m + 1 < n:
            m += 1
        verb = tokens[m].lower
        if verb in _PERFECT_AUXILIARIES and m + 1 < n:
            verb = tokens[m + 1].lower
            past = verb.endswith(("ed", "en")) or verb in PAST_FORMS
        else:
            past = verb.endswith("ed") and tokens[m].text.isalpha() and tokens[m].text.islower()
        if past and not any(q.open < tokens[k].start < q.outer_end for q in quotes):
            return tokens[k].start
    return unit_end



def _absolute_end(text: str, tokens: list[Token], i: int, unit_end: int, quotes: UnitQuotes) -> int:
    """``denied it happened, with Ana Ortiz calling the claim …``: a comma, ``with``, a name and a participle are an
    absolute clause of the writer's (its own subject acts), not more content: the content ends before it."""
    if i >= len(tokens) or text.find(", with ", tokens[i].start, unit_end) < 0:
        return unit_end
    n = len(tokens)
    for k in range(i + 1, n - 3):
        if tokens[k].text != "," or tokens[k + 1].lower != "with" or not tokens[k + 2].is_capitalized:
            continue
        m = k + 2
        while m < n and m - k - 2 < MAX_ABSOLUTE_NAME_TOKENS and (tokens[m].is_capitalized or tokens[m].text == "."):
            m += 1
        if m < n and tokens[m].text.islower() and tokens[m].lower.endswith("ing") \
                and not any(q.open < tokens[k].start < q.outer_end for q in quotes):
            return tokens[k].start
    return unit_end


def _negated_turn_end(tokens: list[Token], i: int, end: int, quotes: UnitQuotes) -> int:
    """``said A but did not say B``, ``…, but declined to name them``: a "but" and a negated or refused second act
    outside quote marks is what the speaker did not do, not more of A, so the content ends before it."""
    for k in range(i + 1, len(tokens) - 2):
        if tokens[k].start >= end:
            break
        if tokens[k].lower != "but" or any(q.open < tokens[k].start < q.outer_end for q in quotes):
            continue
        nxt, after = tokens[k + 1].lower, tokens[k + 2].lower
        verb = k + 3 if nxt in NEGATED_AUXILIARIES and after in _NEGATIONS else k + 2 if nxt in NEGATED_TURNS else None
        if verb is not None and verb < len(tokens) and tokens[verb].text.isalpha() and tokens[verb].text.islower():
            # not "bakers who could have sold out but didn’t, like …": no act follows
            cut = k - 1 if tokens[k - 1].text == "," else k
            return tokens[cut].start
    return end


_PARTICIPLE_RE = re.compile(r",\s+([A-Za-z]+ing)\b")


def _participle_end(text: str, start: int, unit_end: int, quotes: UnitQuotes) -> int:
    """Where a content from ``start`` ends before the speaker's next act of saying: a comma and the
    participle of a verb of saying or of a stance, outside quote marks ("told them A, saying that B", "…, adding
    …", "…, citing B"), or before the effect the writer gives it ("…, drawing sharp replies")."""
    for m in _PARTICIPLE_RE.finditer(text, start, unit_end):
        word = m.group(1).lower()
        if (word in SAY_FORMS or word in STANCE_PARTICIPLES or word in RESULT_PARTICIPLES) \
                and not any(q.open < m.start() < q.outer_end for q in quotes):
            return m.start()
    return unit_end


def _relative_end(text: str, tokens: list[Token], subj_chars: tuple[int, int], i: int, end: int) -> int:
    """``Ana Ortiz, who said A, told B``: a cue in a relative clause set off by commas reports up to the comma before
    the main clause's verb (a verb of saying, or for a clause content an auxiliary), not over it; a noun-phrase
    content ends only before a verb of saying ("who has written dozens of books, admitted A")."""
    if text[subj_chars[0]:subj_chars[1]].lower() != "who" or not text[:subj_chars[0]].rstrip().endswith(","):
        return end
    clause = _clause_content(tokens, i)
    last = bisect_left(tokens, end, key=_token_start)
    for k in range(i + 1, last - 1):
        if tokens[k].text != ",":
            continue
        if tokens[k + 1].text in _CLOSERS:  # "who said A is “B,” will …": past the closing mark, the main verb
            if k + 2 < last and _main_verb_after_close(tokens, k + 2, last):
                return tokens[k + 1].end
            continue
        after = tokens[k + 1]
        if after.text.islower() and (after.lower in SAY_FORMS or (clause and after.lower in VERB_AUXILIARIES)):
            return tokens[k].start
    return end


def _main_verb_after_close(tokens: list[Token], k: int, last: int) -> bool:
    """Whether the lower-case word at ``k``, right after a closing mark inside a relative clause, is the main
    clause's verb: an auxiliary, or a verb of saying not followed by a name (``“B,” said Ortiz`` is the
    inverted cue of the quotation, ``“B,” said he would …`` the main verb)."""
    tok = tokens[k]
    if not tok.text.islower():
        return False
    if tok.lower in VERB_AUXILIARIES:
        return True
    return tok.lower in SAY_FORMS and SAY_FORMS[tok.lower] not in NAMING_VERBS \
        and (k + 1 >= last or not tokens[k + 1].is_capitalized)


def _clause_content(tokens: list[Token], i: int) -> bool:
    """Whether the content from token ``i`` is a clause: after "that", or opening with a subject."""
    return tokens[i - 1].lower == "that" or tokens[i].lower in MAIN_CLAUSE_SUBJECTS or tokens[i].is_capitalized


def _setting_end(tokens: list[Token], i: int, end: int, quotes: UnitQuotes, infinitive: bool = False) -> int:
    """Where a content from token ``i`` to ``end`` ends before the setting that closes it ("said A in an interview
    with CNN on Sunday", "praised B at a rally in Leeds", "… in an interview, which airs Friday"): a preposition,
    "a"/"an" (not "the": "lied in the interview" may be what was said), a few words and a setting noun outside quote
    marks, then only a short phrase with no clause or sentence mark in it (or a relative "which" on the setting) to
    the end (with ``infinitive``, a cue whose content can be a to-infinitive, not one: "urged fans at a rally to
    vote"); else ``end``."""
    last = bisect_left(tokens, end, key=_token_start)
    for k in range(i + 1, last - 2):
        if tokens[k].lower not in SETTING_PREPOSITIONS or tokens[k + 1].lower not in ("a", "an"):
            continue
        head = next((h for h in range(k + 2, min(last, k + 3 + MAX_SETTING_WORDS)) if tokens[h].lower in SETTING_HEADS),
                    None)
        if head is None or not all(t.is_word for t in tokens[k + 2:head]) \
                or any(q.open < tokens[k].start < q.outer_end for q in quotes):
            continue
        if _setting_tail(tokens, head + 1, last) and not (
                infinitive and any(infinitive_at(tokens, t) for t in range(head + 1, last))):
            return tokens[k].start
    return end


def _setting_tail(tokens: list[Token], j: int, last: int) -> bool:
    """Whether tokens ``j`` to ``last`` only go on with a setting ("with CNN on Sunday", ", which airs Friday", "aired
    on Sunday"): not "the interview room", whose noun is another."""
    if j < last and tokens[j].text != "," and tokens[j].lower not in PREPOSITIONS and tokens[j].lower not in TIME_STARTS \
            and tokens[j].lower not in DAY_PARTS and not (tokens[j].text.islower() and tokens[j].lower.endswith("ed")):
        return False
    for k in range(j, last):
        tok = tokens[k]
        if tok.text == "," and k + 1 < last and tokens[k + 1].lower == "which":
            return all(t.is_word or t.text in ".’'-" for t in tokens[k + 2:last])
        if k - j >= MAX_SETTING_TAIL_TOKENS or not (tok.is_word or tok.text in ".’'-") \
                or tok.lower in VERB_AUXILIARIES or tok.lower in CLAUSE_WORDS:
            return False
    return True


def _object_end(tokens: list[Token], i: int, unit_end: int, quotes: UnitQuotes, naming: bool = False) -> int:
    """Where an object content starting at token ``i`` ends: the first comma, dash or bracket, or a time phrase
    ("endorsed Ana Ortiz on Thursday", "defended the plan last week": when, not what), else the sentence end;
    never inside closed quoted words ("vowed to fight the levy “today, tomorrow, forever.”"). It goes on past an
    aside between commas or dashes followed by the rest of the object (``_aside_resumes``,
    ``_dash_aside_resumes``), a party tag in brackets (``_party_tag_end``) and the commas of a list
    (``_list_goes_on``); ``naming``: the cue names its object as something (``lexicon.NAMING_VERBS``)."""
    spans = [(q.open, q.outer_end) for q in quotes if q.closed]  # a stray opening mark quotes nothing
    in_list = False  # a comma inside a listed object was passed
    k = i
    while k + 1 < len(tokens):
        k += 1
        tok = tokens[k]
        if spans and any(o < tok.start and tok.end < e - 1 for o, e in spans):
            continue  # not the comma closing the quotation (',”'): that one is the sentence's
        if tok.text == "(" and (after := _party_tag_end(tokens, k)):
            k = after - 1  # "endorsed Sen. Ann Bell (D-Ore.) for …": the name's party and state, inside the object
            continue
        if tok.text == ",":
            resume = _aside_resumes(tokens, k, naming)
            if resume is not None:
                k = resume
                continue
        if tok.text in "—–":
            resume = _dash_aside_resumes(tokens, k)
            if resume is not None:
                k = resume
                continue
        if tok.text in ",;—–()":
            in_list = tok.text == "," and (in_list or not any(t.lower in LIST_BREAKS for t in tokens[i:k])) \
                and _list_goes_on(tokens, k, in_list)
            if not in_list:
                return tok.start
        if tok.lower in DAY_WORDS or (tok.lower in DEICTIC_TIME_STARTS and _deictic_time(tokens, k)):
            return tokens[k - 1].start if tokens[k - 1].lower == "on" and k - 1 > i else tok.start
        if _when_where_tail(tokens, k) and (tok.lower not in EVENT_TIME_PREPOSITIONS or _plain_phrase(tokens, i, k)):
            return tok.start
    return unit_end


def _plain_phrase(tokens: list[Token], i: int, k: int) -> bool:
    """Whether tokens ``i`` to ``k`` are a phrase with no verb or relative of its own: "since the crisis" after
    "the banks that have grown" or "the US had invented it" belongs to that verb, so to the content."""
    return not any(t.lower in _CLAUSE_VERB_WORDS or t.lower in RELATIVE_PRONOUNS or t.lower == "that"
                   for t in tokens[i:k])


def _aside_resumes(tokens: list[Token], k: int, naming: bool) -> int | None:
    """``called Grant, a miner who was fined twice, a decent man``, ``pledged to put Leeds, which has not voted for
    them in years, into play``: an apposition or relative set off by the comma at ``k`` whose closing comma is
    followed by the rest of the object (``lexicon.OBJECT_RESUMERS``): ``a``/``an`` only after a naming verb and
    not before a time word ("…, the mayor, a week before the vote"), ``as`` not before a clause ("…, as the vote
    neared"). The index of that closing comma, or None."""
    if k + 1 >= len(tokens) or tokens[k + 1].lower not in OBJECT_ASIDE_LEADS:
        return None
    m = _aside_close(tokens, k)
    if m is None or not tokens[m + 1].text.islower() or tokens[m + 1].lower not in OBJECT_RESUMERS:
        return None
    word = tokens[m + 1].lower
    if word in NAMING_RESUMERS:
        return m if naming and m + 2 < len(tokens) and tokens[m + 2].lower not in _TIME_NOUNS else None
    return None if word == "as" and _clause_in(tokens, m + 2, len(tokens)) else m


def _dash_aside_resumes(tokens: list[Token], k: int) -> int | None:
    """``pledged to ban all trawlers — 300 boats in all — from entering the bay``: an aside between dashes inside an
    object whose closing dash is followed by the rest of the object (``lexicon.OBJECT_RESUMERS``); not a clause
    ("backed the plan — and the unions did too — from the start"). The index of the closing dash, or None."""
    if k + 1 < len(tokens) and tokens[k + 1].lower in _DASH_CLAUSE_LEADS:
        return None
    for m in range(k + 1, min(len(tokens) - 1, k + 1 + MAX_DASH_ASIDE_TOKENS)):
        tok = tokens[m]
        if tok.text == tokens[k].text:
            after = tokens[m + 1]
            return m if m > k + 1 and after.text.islower() and after.lower in OBJECT_RESUMERS \
                and not _clause_in(tokens, k + 1, m) else None
        if not (tok.is_word or tok.text in ".,’'-"):
            return None
    return None


def _clause_in(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens ``a`` to ``b`` (up to a comma or a relative's own verb: "the mayor who left the party") hold
    a verb of their own: an auxiliary, a past, a pronoun."""
    for j in range(a, b):
        tok = tokens[j]
        if tok.text in ",;" or _CONTRACTION_RE.sub("", tok.lower) in RELATIVE_PRONOUNS:
            return False
        if tok.lower in _CLAUSE_VERB_WORDS or (j > a and _listed_past(tokens, j, 1)):
            return True
    return False


def _aside_close(tokens: list[Token], k: int) -> int | None:
    """The comma closing an aside opened by the comma at ``k``, at most ``MAX_OBJECT_ASIDE_TOKENS`` words (and
    abbreviation dots, apostrophes, hyphens) later and not the last token, or None."""
    for m in range(k + 2, min(len(tokens) - 1, k + 2 + MAX_OBJECT_ASIDE_TOKENS)):
        tok = tokens[m]
        if tok.text == ",":
            return m
        if not (tok.is_word or tok.text in ".’'-"):
            return None
    return None


def _party_tag_end(tokens: list[Token], k: int) -> int | None:
    """The token after the bracket opened at ``k`` when it holds a politician's party and state ("(R-Utah)",
    "(D-N.Y.)"), else None."""
    if k + 2 < len(tokens) and _PARTY_TAG_RE.match(tokens[k + 1].text):
        for j in range(k + 2, min(len(tokens), k + 2 + MAX_PARTY_TAG_TOKENS)):
            if tokens[j].text == ")":
                return j + 1
            if tokens[j].text != ".":
                return None
    return None


def _list_goes_on(tokens: list[Token], k: int, in_list: bool) -> bool:
    """Whether the comma at token ``k`` sits inside a list that is the object ("backed free tuition, cheaper
    care and higher wages"): short items with no verb or quote mark up to ``and``/``or``, and a last one
    that ends the sentence or its phrase, of any length after a preposition, where an ``-ing`` cue form is a noun
    ("…, and thinkers for opposing …")
    (the object's first item has no such word either). No item holds a
    cue form or a regular past after its first word ("backed the plan, Jo Hale opposed the levy": a clause),
    nor is a lone past ("backed the plan, laughed and left"). A comma right before ``and`` does so only after
    another comma of the list (``in_list``): "backed the plan, and his aides …" is a clause."""
    j, words, closing, tail = k + 1, 0, False, False
    while j < len(tokens):
        tok = tokens[j]
        if tok.text == "(" and (after := _party_tag_end(tokens, j)):
            j = after
            continue
        if tok.text in ",;—–()":
            if closing or tok.text != ",":
                return closing and words > 0
            words = 0
        elif (tok.lower in LIST_BREAKS and not (tail and tok.lower.endswith("ing"))) \
                or tok.text in _CLOSERS or tok.text in "“‘" or tok.lower.endswith(("n't", "n’t")) \
                or (words == 0 and tok.lower.endswith("ing") and not _listed_adjective(tokens, j)) \
                or _listed_past(tokens, j, words):
            return False
        elif tok.lower in LIST_CONJUNCTIONS and not closing:
            if j == k + 1 and not in_list:
                return False
            closing, words = True, 0
        elif tok.is_word:
            tail = tail or (closing and words > 0 and tok.lower in LIST_TAIL_LEADS)
            words += 1
            if words > MAX_LIST_ITEM_WORDS and not tail:
                return False
        j += 1
    return closing and words > 0


def _listed_adjective(tokens: list[Token], j: int) -> bool:
    """Whether the ``-ing`` word at ``j`` is an adjective listed before the last item ("a kind, loving and honest
    man"; not "…, smiling and waving": two participles)."""
    return j + 2 < len(tokens) and tokens[j + 1].lower in LIST_CONJUNCTIONS and tokens[j + 2].is_word \
        and not tokens[j + 2].lower.endswith("ing")


def _listed_past(tokens: list[Token], j: int, words: int) -> bool:
    """Whether the lower-case ``-ed`` word at ``j`` is a verb inside a list item: after the item's first word and
    not after a determiner, a preposition or an adverb (``lexicon.ADJECTIVE_PAST_LEADS``: "Jo Hale opposed …"; not
    "the retired teachers"), or an item of its own ("…, laughed and …")."""
    tok = tokens[j]
    if not (tok.text.islower() and tok.lower.endswith("ed")):
        return False
    if words > 0:
        prev = tokens[j - 1]
        return prev.lower not in ADJECTIVE_PAST_LEADS and not prev.lower.endswith("ly") and not prev.text.isdigit()
    return j + 1 >= len(tokens) or not tokens[j + 1].is_word or tokens[j + 1].lower in LIST_CONJUNCTIONS


def _when_where_tail(tokens: list[Token], k: int) -> bool:
    """Whether an object ends with a phrase of when or where from token ``k`` ("backed Ortiz in 2012", "in late May",
    "for years", "mocked him on Twitter before the speech", "… here"): the phrase, at most one short phrase more,
    then the end of the object."""
    n = len(tokens)
    low = tokens[k].lower
    j = k + 1
    if low in EVENT_TIME_PREPOSITIONS and j < n and tokens[j].lower in DETERMINERS:  # "since the debate"
        stop = min(n, j + 2 + MAX_SETTING_WORDS)
        j += 1
        while j < stop and tokens[j].is_word and tokens[j].lower not in PREPOSITIONS:
            j += 1
    elif low in WHEN_PREPOSITIONS and j < n:
        j += tokens[j].lower in WHEN_MODIFIERS
        if j >= n or not (_year(tokens[j]) or tokens[j].lower in MONTH_WORDS):
            return False
        j += 1
        if j + 1 < n and tokens[j].lower == "and" and _year(tokens[j + 1]):
            j += 2  # "in 2008 and 2012"
    elif low == "for" and j < n and tokens[j].lower in DURATION_WORDS or low == "on" and j < n and tokens[j].lower in PLATFORM_WORDS:
        j += 1
    elif low not in PLACE_ADVERBS:
        return False
    if j < n and (tokens[j].lower in PREPOSITIONS or tokens[j].lower in TAIL_PREPOSITIONS):  # "… before the speech"
        stop = min(n, j + 1 + MAX_SETTING_WORDS)
        j += 1
        while j < stop and tokens[j].is_word:
            j += 1
    return j >= n or tokens[j].text in ",;—–().!?"


def _year(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit()


def _intention_to(tokens: list[Token], subj: tuple[int, int], cue: Cue) -> bool:
    """``The farmers want to sell``, ``the candidate plans to return``: an intention verb before "to" and a verb
    reports for a description subject too (not for the generic "you", nor a relative "who": "those who want to
    ban it said …" has its report in the main clause)."""
    k = cue.last + 1
    return tokens[cue.first].lower in INTENTION_FORMS and k + 1 < len(tokens) and tokens[k].lower == "to" \
        and tokens[k + 1].text.islower() and tokens[k + 1].is_word and tokens[subj[1]].lower not in GENERIC_WANTERS


def _named_subject(text: str, subj_chars: tuple[int, int], roles: bool = True) -> bool:
    """A subject that names its speaker (capitalised words) or is he/she: the speaker is as sure as a "said";
    with ``roles`` also "the" and a role or body noun ("the mayor hopes"; not for judging verbs: "The council
    criticized the rules" is as often the writer's summary)."""
    words = text[subj_chars[0]:subj_chars[1]].split()
    if words[-1].endswith(("’s", "'s")):
        return False  # "Tester's support from ...": a noun
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return words[0].lower() in ("he", "she")
    if words == ["who"]:  # "Ana Ortiz, who supports the plan": the relative of a name
        return bool(_NAME_BEFORE_RELATIVE_RE.search(text, max(0, subj_chars[0] - NAME_LOOKBACK_CHARS), subj_chars[0]))
    if any(w.lower().split("-")[-1] in POLL_SHARE_WORDS and nxt == "of" for w, nxt in zip(words, words[1:])) \
            or ((len(words) > 1 or "-" in words[-1]) and words[-1].lower().split("-")[-1] in POLL_SHARE_WORDS):
        return True  # "About two-thirds of voters support …", "19 percent of students want …", "44 percent support"
    if roles and len(words) == 2 and words[0].lower() == "the" and (
            words[1].lower() in ROLE_NOUNS or words[1].lower() in BODY_NOUNS or words[1].lower() in ORGANISATION_WORDS):
        return True  # "the president hopes …", "the company plans …": a person or body named before
    if len(words) >= 2 and words[-1].lower() in ORGANISATION_WORDS and words[0].lower() in ("the", "a") \
            and all(w[:1].isupper() for w in words[1:-1]) and len(words) > 2:
        return True  # "The Ortiz campaign plans …", "the Valley Farmers union": a named body
    return all(w[:1].isupper() for w in words)


def _late_quote(text: str, tokens: list[Token], cue_span: tuple[int, int], unit: tuple[int, int],
                quotes: UnitQuotes, subj_chars: tuple[int, int]) -> list[Attribution]:
    """``X said on Tuesday, in an interview, “…”``: the quotation closing the sentence is the content."""
    q = quotes.closing_at(_run_start(text, unit[1], _TRAILING) - 1)  # only trailing marks up to the end
    if q is not None and q.open > cue_span[1] and q.double and is_speech_like(text[q.start:q.end]) \
            and not any(t.lower == "that" for t in _tokens_between(tokens, cue_span[1], q.open)):
        return [Attribution(q.start, q.end, "direct", *cue_span, subj_chars, confidence=LATE_QUOTE_CONFIDENCE)]
    return []


def _passive(tokens: list[Token], cue: Cue) -> bool:
    """"was backed by", "the waters claimed by Beijing", "its claimed waters": not a speech act of the subject."""
    word = tokens[cue.first].lower
    if cue.first == 0 or not (word.endswith(("ed", "wn", "ld", "ght", "en", "id", "ard", "und", "ood", "elt"))):
        return False
    if word in BELIEF_ADJECTIVES and cue.last + 1 < len(tokens) and tokens[cue.last + 1].lower == "that":
        return False  # "is afraid that", "were worried that": the subject's own belief, not a passive
    k = cue.first - 1
    while k >= 0 and (tokens[k].lower in ("also", "not", "widely", "long", "often", "still", "being", "n’t", "n't")
                      or (tokens[k].lower.endswith("ly") and tokens[k].text.islower())):
        k -= 1
    if k >= 0 and tokens[k].lower in POSSESSIVE_DETERMINERS:
        return True  # "its claimed waters": an adjective
    if k >= 0 and (tokens[k].lower in ATTRIBUTIVE_LEADS
                   or (tokens[k].text[0].isdigit() and not AGE_RE.fullmatch(tokens[k].lower))) \
            and _noun_after(tokens, cue.last + 1):
        return True  # "271 pledged delegates", "the announced cuts": an adjective
    j = cue.last + 1
    while j < len(tokens) and j <= cue.last + MAX_PASSIVE_ADVERBS and (
            tokens[j].lower in ("almost", "entirely", "mostly", "largely", "partly", "also")
            or (tokens[j].lower.endswith("ly") and tokens[j].text.islower())):
        j += 1
    if word.endswith("ed") and [t.lower for t in tokens[j:j + 2]] == ["to", "be"] and j + 2 < len(tokens) \
            and tokens[j + 2].lower.endswith(("ed", "en")):
        return True  # "six projects intended to be connected": a participle before a passive infinitive
    if j + 1 < len(tokens) and tokens[j].lower == "by" and word.endswith(("ed", "wn", "en")) \
            and not (tokens[j + 1].text.islower() and tokens[j + 1].text.endswith("ing")):  # "responded by saying"
        return True  # "the strait claimed almost entirely by Norland", "a post backed by the party"
    return k >= 0 and tokens[k].lower in PASSIVE_AUXILIARIES


def _noun_after(tokens: list[Token], j: int) -> bool:
    """A lower-case word at ``j`` that can head a noun phrase: not a preposition, clause word, determiner or pronoun."""
    if j >= len(tokens) or not tokens[j].is_word or not tokens[j].text.islower():
        return False
    low = tokens[j].lower
    return low not in PREPOSITIONS and low not in CLAUSE_WORDS and low not in DETERMINERS and low not in SUBJECT_WORDS \
        and low not in OBJECT_PRONOUNS and low not in NOT_NOUN_STARTS


def _continuation(tokens: list[Token], after: int) -> int | None:
    """Index of the opening mark of "…,” he said [late last month], “B”": the quotation continuing after the cue."""
    for k in range(after, min(len(tokens), after + MAX_CONTINUATION_TOKENS)):
        if tokens[k].text in "“\"" and k > after and tokens[k - 1].text == ",":
            named = tokens[k - 2].lower in TITLED_SETTINGS and _quoted_title_end(tokens, k, len(tokens)) > k
            return None if named else k  # not "…, he wrote in his autobiography, “Salt and Clay.”": the memoir's title
        if tokens[k].text in ".;:!?“”\"":
            return None
    return None


def _parenthetical(tokens: list[Token], cue: Cue) -> bool:
    """``…, officials said, could …``: the cue sits inside the content, which goes on with a verb."""
    k = cue.last + 1
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return False
    nxt = tokens[k + 1]
    if _CONTRACTION_RE.sub("", nxt.lower) in SUBJECT_WORDS:
        return False  # "…, she recalls, we’d hired …": a clause of its own, not the content going on
    return nxt.text.islower() and nxt.is_word and nxt.lower not in CLAUSE_WORDS \
        and nxt.lower not in ("a", "an", "the", "his", "her", "their", "its", "this", "these", "those", "adding") \
        and not nxt.lower.endswith("ing") and nxt.lower not in PREPOSITIONS


def _bare_participle(tokens: list[Token], cue: Cue) -> bool:
    """A cue in -ing form without "is/was ..." before it: a participle clause with no subject of its own."""
    if not tokens[cue.first].lower.endswith("ing"):
        return False
    k = cue.first - 1
    while k >= 0 and tokens[k].lower in ("also", "still", "not", "repeatedly", "now", "just", "even"):
        k -= 1
    if k >= 0 and tokens[k].lower.endswith(PROGRESSIVE_CONTRACTIONS) and cue.lemma in SHARED_PARTICIPLES \
            and _CONTRACTION_RE.sub("", tokens[k].lower) in PRONOUNS - {"it"}:
        return False  # "She's arguing that …": "she is" and a verb of saying
    return k < 0 or tokens[k].lower not in PROGRESSIVE_AUXILIARIES


def _document_author(tokens: list[Token], cue: Cue, phrase_start: int) -> tuple[int, int] | None:
    """``The Harbour Party later released a short statement saying that …``: the
    subject of the verb that issued a document (``lexicon.ISSUING_VERBS``) speaks for it, as a document speaks for its
    author; None otherwise (the passive's recipient, ``Ortiz was sent a letter saying …``, and a relative ``who``)."""
    verb = phrase_start - 1
    if verb < 1 or tokens[verb].lower not in ISSUING_VERBS or tokens[cue.first - 1].lower not in DOCUMENT_NOUNS \
            or tokens[verb - 1].lower in PASSIVE_AUXILIARIES:
        return None
    author = subject_left(tokens, verb, 0)
    return None if author is None or tokens[author[0]].lower in RELATIVE_PRONOUNS else author


def _with_subject(tokens: list[Token], cue: Cue) -> bool:
    """``…, with three in 10 claiming …``: a participle cue with a subject of its own after "with"."""
    subj = subject_left(tokens, cue.first, 0)
    if subj is None or subj[0] == 0 or tokens[subj[0] - 1].lower != "with":
        return False
    phrase = tokens[subj[0]:subj[1] + 1]  # not "with footage of Ortiz saying": what Ortiz says, not the footage
    return not any(t.lower == "of" and nxt.is_capitalized for t, nxt in zip(phrase, phrase[1:]))


def _reduced_relative(tokens: list[Token], cue: Cue) -> bool:
    """``a letter alleging that …``, ``polls showing …``, ``a statement questioning whether …``: a participle right
    after a noun of a document or of evidence (no comma between) before a that-clause or an indirect question (or any
    clause, for "showing"): the noun phrase speaks; so does a poll's group before "saying" ("voters saying they …")."""
    k = cue.first - 1
    if k >= 0 and cue.lemma == "say" and (tokens[k].lower in PLURAL_AUDIENCES or tokens[k].lower in POLL_SHARE_WORDS
                                          or tokens[k].lower in RESPONDENT_NOUNS):
        return True  # "58 percent of voters saying the buses are slower": a poll's group
    if k < 0 or tokens[k].lower not in _DOCUMENT_HEADS:
        return False
    if cue.lemma == "show":
        return True
    return cue.lemma in _REDUCED_RELATIVE_CUES and cue.last + 1 < len(tokens) \
        and (tokens[cue.last + 1].lower == "that" or tokens[cue.last + 1].lower in QUESTION_CLAUSE_STARTS)


def _shared_subject(text: str, tokens: list[Token], cue: Cue, found: list[Attribution], quotes: UnitQuotes,
                    unit_end: int) -> list[Attribution]:
    """``X said A and said B`` / ``X said A, adding B``: the second cue shares the first one's speaker.

    The cue may follow ``and``/``but``, ``, then`` (``hesitated, then said B``), a comma as the next listed predicate
    (``_listed_predicate``) or be a participle, with an auxiliary or adverb between (``and has pledged``, ``and then
    said``). The shared speaker is the last earlier statement's, or the outer one's after an inner report
    (``_shared_report``); with none, the sentence's named or described subject (not for a belief participle:
    ``sided with the strikers, defending X``). The earlier content is cut before the conjunction, and dropped when
    only a short topic is left before a participle (``reiterated these concerns, stating that B``); ``found`` is
    updated in place. The new content ends as a first cue's does (``_content_end``).
    """
    k = cue.first - 1
    while k >= 0 and (tokens[k].lower in COORDINATED_ADVERBS
                      or (tokens[k].lower in VERB_AUXILIARIES and tokens[k].text.islower())
                      or (tokens[k].text.islower() and is_adverb(tokens, k, 0))):
        k -= 1  # "X said A and has pledged B", "…, even suggesting B", "and almost immediately revealed B"; not
        # "Theresa May said": a name
    k = _before_predicate_aside(tokens, k)
    if k < 0 or _passive(tokens, cue):
        return []  # "… and is thought to be", "and was told …": not the subject's report
    participle = _bare_participle(tokens, cue)
    then = tokens[k].text == "," and tokens[k + 1].lower == "then"  # "Reyes hesitated, then said B"
    listed = not then and _listed_predicate(tokens, cue, k)
    coordinated = tokens[k].lower == "and" and k > 0 and tokens[k - 1].text == ","  # "said A, and accused B"
    comma_participle = participle and (not cue.belief or tokens[k].text == ",")
    if not (tokens[k].lower in ("and", "but") or then or comma_participle or listed):
        return []
    if tokens[cue.first].lower in NAMED_SUBJECT_FORMS or cue.lemma in PREPOSITIONAL_LEMMAS:
        return []  # "Trump, who has a resort there and plans to visit ...": the subject is not named at the cue
    prev_index = _shared_report(text, found, tokens[k].start, coordinated,
                                tokens[k].lower in ("and", "but") and not cue.belief)
    if prev_index is None:
        # a description subject ("The mayor visited the farm and said …") for a coordinated cue, and for a
        # participle of a verb of saying proper ("A federal judge sided with the city, saying …")
        if participle and cue.belief:
            return []  # "Ortiz sided with the strikers, defending X": no report before it
        opening = _sentence_subject(tokens, k)  # a later clause's own subject is nearer (_clause_subject)
        subject = (opening and _clause_subject(tokens, k)) or opening or (
            _described_subject(tokens, k) if not participle or cue.lemma in SHARED_PARTICIPLES else None)
        if subject is None and not (participle and cue.lemma in SHARED_PARTICIPLES and _adverbial_opening(tokens)):
            return []  # after "Shortly after the vote, the mayor and her aides left," the statement stays, speaker unknown
        prev = Attribution(0, 0, "indirect", subject=subject)
    else:
        prev = found[prev_index]
    if listed and not (prev_index is not None and prev.start <= tokens[k].start <= prev.end
                       and "," not in text[prev.start:tokens[k].start]):
        return []  # ", called …" only after the first item of an earlier cue's content ("A, B, said": an apposition)
    n = len(tokens)
    i, introduced = _right_content_start(tokens, cue, n)
    if not _right_is_content(tokens, i, introduced, cue) or _watching(tokens, cue, i, introduced) \
            or _clause_only_object(tokens, cue, i, introduced):
        return []  # also not "…, bragging for a year about A": a verb that reports only a clause, before no clause
    if prev_index is not None and prev.start <= tokens[k].start < prev.end:
        s, e = _trim_span(text, prev.start, tokens[k].start)
        if e - s < MIN_CONTENT or _open_ended(text, s, e):
            return []  # "vowed to set up a fund urging …": a participle inside the content, not a second statement
        s, e, kind = _content_kind(text, s, e, quotes)
        found[prev_index] = replace(prev, start=s, end=e, kind=kind)
        if kind == "indirect" and len(text[s:e].split()) < MIN_RIGHT_WORDS and not _object_cue(text, prev):
            del found[prev_index]  # "reiterated these concerns, stating that B": a topic left, what was said is B
    elif prev_index is not None and participle and prev.kind == "indirect" and prev.end <= tokens[k].start \
            and not text[prev.end:tokens[cue.first].start].strip(" ,") \
            and len(text[prev.start:prev.end].split()) < MIN_RIGHT_WORDS and not _object_cue(text, prev):
        del found[prev_index]  # the same when the content already ended before the participle (_participle_end)
    # the next participle ends it too; a stance verb's object end does not (measured: it loses speakers)
    content_end, _ = _content_end(text, tokens, cue, i, _participle_end(text, tokens[i].end, unit_end, quotes), unit_end,
                                  quotes, prev.subject or (0, 0))
    s, e = _trim_span(text, tokens[i].start, content_end)
    if e - s < MIN_CONTENT:
        return []
    s, e, kind = _content_kind(text, s, e, quotes)
    e = _kind_end(text, tokens, i, s, e, kind, quotes)
    return [Attribution(s, e, kind, tokens[cue.first].start, tokens[cue.last].end, prev.subject, prev.source,
                        confidence=SHARED_SUBJECT_CONFIDENCE)]


def _before_predicate_aside(tokens: list[Token], k: int) -> int:
    """``X doubts A, and, given the data, expects B``: the "and" before an aside set off by commas between it and the
    cue (its index), for ``k`` at the aside's closing comma; else ``k``. The aside has no quote mark or colon and at
    most ``settings.MAX_PREDICATE_ASIDE_TOKENS`` tokens."""
    if k < 2 or tokens[k].text != ",":
        return k
    for j in range(k - 1, max(0, k - MAX_PREDICATE_ASIDE_TOKENS - 1), -1):
        if tokens[j].text in ";:“”\"()—–":
            return k
        if tokens[j].text == ",":
            return j - 1 if j > 0 and tokens[j - 1].lower in ("and", "but") and j + 1 < k else k
    return k


def _listed_predicate(tokens: list[Token], cue: Cue, k: int) -> bool:
    """``X suggested A, called B “C” and …``: a past form of a cue right after a comma, with no subject of its own,
    is the next predicate of a list that shares the sentence's subject (not a participle: "…, saying B")."""
    word = tokens[cue.first].lower
    return tokens[k].text == "," and (word.endswith("ed") or word in PAST_FORMS) and not cue.belief


def _opening_participle(text: str, tokens: list[Token], cue: Cue, quotes: UnitQuotes) -> list[Attribution]:
    """``After saying he was tired, Ortiz left``: a participle of saying or stance (``Citing the report, Ortiz …``;
    not of belief: ``Assuming A, Ortiz …``) in the phrase that opens the sentence (up
    to ``settings.MAX_OPENING_LEAD_TOKENS`` words before it, ending in ``lexicon.OPENING_PARTICIPLE_LEADS``)
    reports for the name or he/she right after the phrase; its content runs to the comma that ends the phrase."""
    lead = tokens[:cue.first]
    if (cue.belief and cue.lemma not in STANCE_VERBS) or cue.lemma in PREPOSITIONAL_LEMMAS \
            or not _bare_participle(tokens, cue) \
            or len(lead) > MAX_OPENING_LEAD_TOKENS \
            or any(not t.is_word for t in lead) or (lead and lead[-1].lower not in OPENING_PARTICIPLE_LEADS):
        return []
    comma = next((m for m in range(cue.last + 1, len(tokens)) if tokens[m].text in ",;:—–“”\""), None)
    if comma is None or tokens[comma].text != "," or comma + 1 >= len(tokens):
        return []
    rest = tokens[comma + 1:]
    subject = _sentence_subject(rest, min(len(rest), MAX_SUBJECT_WORDS)) or _described_subject(rest, len(rest))
    if subject is None or subject[0] != tokens[comma + 1].start:
        return []
    i, introduced = _right_content_start(tokens, cue, comma)
    if i >= comma or tokens[i].lower in PREPOSITIONS or tokens[i].lower in DAY_WORDS \
            or _clause_only_object(tokens, cue, i, introduced):
        return []  # "Responding to the critics, …", "Responding Friday, …": a topic or a time, no content
    s, e = _trim_span(text, tokens[i].start, tokens[comma - 1].end)
    if e - s < MIN_CONTENT:
        return []
    s, e, kind = _content_kind(text, s, e, quotes)
    return [Attribution(s, e, kind, tokens[cue.first].start, tokens[cue.last].end, subject,
                        confidence=SHARED_SUBJECT_CONFIDENCE)]


def _shared_report(text: str, found: list[Attribution], limit: int, coordinated: bool, outer: bool) -> int | None:
    """Index of the statement before ``limit`` whose speaker a coordinated cue shares: the last one with a subject
    (no according-to), or, when that one's cue lies inside another statement's content (an inner report), the
    outer statement's: after ``, and`` always ("X said Y did not understand A, and accused B": X's), with
    ``outer`` (``and``/``but`` with no comma, no belief) when the inner speaker and cue open the outer content
    ("The donor did say he found A and called B": the donor's; not "… after she attacked A and blamed B": she)."""
    index = next((idx for idx in range(len(found) - 1, -1, -1) if found[idx].subject is not None
                  and not found[idx].according and (found[idx].cue_end or 0) <= limit), None)
    while index is not None and (coordinated or outer):
        inner = found[index]
        at = inner.cue_start if coordinated else inner.subject[0] if inner.subject else None
        if at is None:
            break
        host = next((k for k in range(index - 1, -1, -1) if not found[k].according and found[k].subject is not None
                     and found[k].start <= at < found[k].end
                     and (coordinated or not text[found[k].start:at].strip())), None)
        if host is None:
            break
        index = host
    return index


def _object_cue(text: str, att: Attribution) -> bool:
    """Whether the cue of ``att`` is a verb whose object is its content (a stance or a judgement: "endorsed Ortiz",
    "praised the plan")."""
    if att.cue_start is None or att.cue_end is None:
        return True
    words = text[att.cue_start:att.cue_end].lower().split()
    lemma = SAY_FORMS.get(words[0]) if words else None
    return lemma is None or lemma in _OBJECT_CONTENT_CUES or lemma in NAMING_VERBS


def _clause_subject(tokens: list[Token], limit: int) -> tuple[int, int] | None:
    """``It’s a big if, but Ortiz was in Leeds, emphasizing …``: the name opening the last clause joined by ``, but``/
    ``, and``/``, yet`` or a semicolon before ``limit``, which a later cue shares; None when there is none (or a he/she
    there: measured, the sentence's named subject resolves better than the pronoun)."""
    for j in range(limit - 1, 1, -1):
        joined = tokens[j].lower in CLAUSE_JOINERS and tokens[j - 1].text == "," \
            and not (j >= 3 and tokens[j - 2].is_capitalized and tokens[j - 3].text == ",")  # not "Iran, and Russia"
        if not (joined or tokens[j].text == ";") or j + 1 >= limit:
            continue
        tok = tokens[j + 1]
        if tok.is_capitalized and tok.is_word and tok.lower not in NOT_NAMES:
            last = j + 1
            while last + 1 < limit and (tokens[last + 1].is_capitalized or tokens[last + 1].text == "."):
                last += 1
            nxt = tokens[last + 1] if last + 1 < limit else None
            if _possessive(tokens[last]) or (nxt is not None and nxt.is_word and nxt.text.islower() and not (
                    _main_verb(nxt) or nxt.lower in SAY_FORMS or nxt.lower in AUXILIARIES)):
                return None  # "…, and Ortiz’s allies were furious", "…, and Leeds officials were …": a modifier
            return tok.start, tokens[last].end
        return None
    return None


def _dateline_end(tokens: list[Token], limit: int) -> int:
    """``DOVER, Jan. 4 (UPI) — …``: the index after a dateline's dash (a place in capitals, a comma, then the dash
    within ``settings.MAX_DATELINE_TOKENS``), else 0."""
    if limit < 3 or not (tokens[0].text.isupper() and len(tokens[0].text) > 1 and tokens[1].text == ","):
        return 0
    dash = next((k for k in range(2, min(limit, MAX_DATELINE_TOKENS)) if tokens[k].text in DASHES), None)
    return dash + 1 if dash is not None else 0


def _opening_participle_word(tokens: list[Token], k: int) -> bool:
    """``Speaking at a rally …, Ortiz``, ``Holding signs …, the crowd``, ``Led by Reed, …``: a capitalised participle
    before a lower-case word that is no verb (not ``Manning said``, ``Fielding has``) opens a phrase, it is no name."""
    low = tokens[k].lower
    if not (tokens[k].is_capitalized and len(low) > 4 and low.endswith(("ing", "ed")) and k + 1 < len(tokens)):
        return False
    nxt = tokens[k + 1]
    return nxt.is_word and nxt.text.islower() and nxt.lower not in VERB_AUXILIARIES and nxt.lower not in SAY_FORMS \
        and not nxt.lower.endswith("ed")


def _place_tag_end(tokens: list[Token], first: int, commas: list[int]) -> int:
    """``At an event in Leeds, Kent, on Sunday, Ortiz …``, ``In Dover, Del., he …``: after a capitalised word and its
    comma, a place of one to three capitalised words closed by a comma is the town's region, no subject; so is a short
    time or place phrase after it. The comma index to look from instead, or ``first``."""
    nxt = next((c for c in commas if c > first), None)
    if nxt is None or first < 3 or not tokens[first - 2].is_capitalized or not _after_town_preposition(tokens, first - 2):
        return first
    words = tokens[first:nxt - 1]
    if not (words and len([t for t in words if t.is_word]) <= MAX_PLACE_TAG_WORDS
            and all(t.is_capitalized or t.text in ".-" for t in words)):
        return first
    later = next((c for c in commas if c > nxt), None)  # "…, Kent, on Sunday, Ortiz"
    if later is not None and later - nxt <= MAX_REGION_TAIL_TOKENS \
            and (tokens[nxt].lower in PREPOSITIONS or tokens[nxt].lower in TIME_STARTS):
        return later
    return nxt


def _after_town_preposition(tokens: list[Token], k: int) -> bool:
    """Whether the capitalised words ending at ``k`` follow a preposition of place (``in New Haven``; not ``to
    Harbour Radio``, whose next name is no region)."""
    j = k
    while j > 0 and tokens[j].is_capitalized and k - j < MAX_PLACE_TAG_WORDS:
        j -= 1
    return tokens[j].lower in TOWN_PREPOSITIONS


def _capitalised_run(tokens: list[Token], k: int, limit: int) -> int:
    """The index after the name at ``k`` (``the`` and capitalised words: ``the Red Cross``), or ``k``."""
    j = k + (k < limit and tokens[k].lower == "the")
    while j < limit and tokens[j].is_capitalized and tokens[j].is_word:
        j += 1
    return j if j > k + (k < limit and tokens[k].lower == "the") else k


def _list_subject(tokens: list[Token], first: int, limit: int) -> tuple[int, int] | None:
    """``Ports like Leeds, Dover, Hull, and Kent have …``, ``Leeds, Dover and Hull have …``: a sentence that
    opens with a list of ``settings.MIN_LISTED_NAMES`` or more names (a short lead before the first) before its verb;
    the whole list is the subject, not the name after its first comma."""
    if first >= limit:
        return None
    comma = next((k for k in range(first, min(limit, first + MAX_LIST_LEAD_WORDS + 1)) if tokens[k].text == ","),
                 None)
    if tokens[first].lower in PREPOSITIONS or tokens[first].lower in TIME_STARTS or tokens[first].lower in SUBORDINATORS:
        return _list_subject(tokens, comma + 1, limit) if comma is not None else None  # "In May, Reyes, Ortiz and
        # Grant walked out": the list after the opening phrase
    if comma is None or comma == first or not tokens[comma - 1].is_capitalized \
            or not all(t.is_word for t in tokens[first:comma]):
        return None
    items, k, last, joined = 1, comma, comma - 1, False
    while k < limit and tokens[k].text == ",":
        k += 1
        if k < limit and tokens[k].lower in LIST_CONJUNCTIONS:
            k, joined = k + 1, True
        end = _capitalised_run(tokens, k, limit)
        if end == k:
            return None
        items, last, k = items + 1, end - 1, end
        if k < limit and tokens[k].lower in LIST_CONJUNCTIONS and not joined:
            end = _capitalised_run(tokens, k + 1, limit)
            if end == k + 1:
                return None
            items, last, k, joined = items + 1, end - 1, end, True
    if not joined or items < MIN_LISTED_NAMES or k >= limit or not (tokens[k].is_word and tokens[k].text.islower()) \
            or _possessive(tokens[last]):
        return None  # not "…, and Grant’s lawyers walked out": the last name is a modifier
    return tokens[first].start, tokens[last].end


def _sentence_subject(tokens: list[Token], limit: int) -> tuple[int, int] | None:
    """The subject at the start of the sentence (after an introductory phrase ending in a comma), read past a
    dateline, an opening participle phrase and a town's region (``_opened_subject``); where nothing is found so, as
    written (measured: dropping those statements costs more recall than their speakers gain)."""
    return _opened_subject(tokens, limit, True) or _opened_subject(tokens, limit, False)


def _opened_subject(tokens: list[Token], limit: int, openers: bool) -> tuple[int, int] | None:
    """``_sentence_subject``; with ``openers``, a dateline (``DOVER, Jan. 4 (UPI) —``), an opening participle phrase
    (``Speaking at a rally in Salem, …``, up to ``settings.MAX_LONG_INTRO_TOKENS``) and a town's region (``in Salem,
    Oregon,``) are no subject, and the subject may follow a comma's closing quote mark."""
    dateline = _dateline_end(tokens, limit) if openers else 0
    if dateline:
        return _opened_subject(tokens[dateline:], limit - dateline, openers)
    adverbial = _adverbial_opening(tokens)
    participle = openers and bool(tokens) and _opening_participle_word(tokens, 0)
    reach = MAX_LONG_INTRO_TOKENS if tokens and (tokens[0].lower in PREPOSITIONS or tokens[0].lower in SUBORDINATORS
                                                 or adverbial or participle) \
        else MAX_INTRO_COMMA_TOKENS  # "In response to being asked to leave the house, Reed …"
    commas = [k + 1 for k in range(min(limit, reach)) if tokens[k].text == ","]
    if openers:  # "Speaking to Radio Kent’s “Morning Desk,” Ortiz …"
        commas = [k + (k < limit and tokens[k].text in ("”", "\"") and tokens[k].start == tokens[k - 1].end)
                  for k in commas]  # a mark right after the comma closes; not "say, “Poor …”"
    opening = 1 if tokens and tokens[0].lower in SENTENCE_CONJUNCTIONS else 0  # "But Ortiz …", "And she …"
    if opening < limit and (tokens[opening].lower in FOCUS_ADVERBS or tokens[opening].lower in OPENING_TIME_ADVERBS):
        opening += 1  # "And even Reyes came …", "Then she broke with custom, …"
    if len(commas) > 1 and commas[1] == commas[0] + 2 and tokens[commas[0]].lower in LINKING_WORDS:
        commas = commas[1:]  # "On Monday, however, Ortiz met …": the subject after the linking word
    if commas and openers and reach == MAX_LONG_INTRO_TOKENS:  # not a list: "Ports like Leeds, Dover, …"
        commas = [_place_tag_end(tokens, commas[0], commas)]
    listed = _list_subject(tokens, opening, limit) if commas and openers else None
    if listed is not None:
        return listed
    starts = commas[:MAX_ADVERBIAL_SUBJECT_COMMAS] if adverbial and commas else commas[:1] + [opening]  # after an
    # introductory phrase ("Eight years ago, he ..."), else the start; not the participle or adverb opening one
    # ("Following a meeting, …": no name), whose own comma may be inside it ("Following a long, heated meeting, …")
    if not commas:
        starts.append(_uncommaed_intro_end(tokens, opening, limit))  # "On Tuesday Grant spoke …, saying"
    for first in starts:
        if first >= limit:
            continue  # the comma is the cue's own ("Ortiz unveiled her “plan,” promising …")
        tok = tokens[first]
        if tok.lower in ("he", "she", "they", "we", "i") or (tok.text.islower() and USER_NAME_RE.fullmatch(tok.text)):
            return tok.start, tok.end  # "she", or a user name ("Months later, acebush1 posted: “…”")
        base = _CONTRACTION_RE.sub("", tok.lower)  # "What's notable is …": the clause word, no subject
        named_body = tok.lower == "the" and first + 1 < limit and tokens[first + 1].is_capitalized  # "The Herald"
        if tok.is_capitalized and tok.is_word and tok.lower not in PREPOSITIONS and tok.lower not in ADVERBIAL_STARTS \
                and base not in CLAUSE_WORDS and (tok.lower.rstrip(".") not in NOT_NAMES or named_body):
            last = first
            while last + 1 < limit and (tokens[last + 1].is_capitalized or tokens[last + 1].text == "."):
                last += 1
            if last + 1 < limit and tokens[last + 1].lower in DOCUMENT_NOUNS \
                    and any(_possessive(t) for t in tokens[first:last + 1]):
                last += 1  # "Reed’s Facebook profile": the document, which speaks for its owner
            if tokens[first].lower in ("the", "a", "an") and last == first:
                continue
            return tok.start, tokens[last].end
    return None


def _uncommaed_intro_end(tokens: list[Token], k: int, limit: int) -> int:
    """Where the subject starts after an introductory phrase of time or a quoted title with no comma after it
    (``On Tuesday Grant …``, ``Last week Ortiz …``, ``In 2019 Reed …``, ``On “The Alchemy” Swift …``): the token
    after the phrase, when a capitalised word follows it; else ``limit`` (none). The phrase opens with a time lead
    and holds a time word or a year (not "A September safety report", "The 14th Amendment", "Over 100 experts")."""
    if k >= limit or tokens[k].lower not in TIME_LEADS:
        return limit
    first, k = k, k + 1
    titled = _quoted_title_end(tokens, k, limit) if tokens[first].lower in PREPOSITIONS else k
    if titled > k:
        k = titled
    else:
        timed = k
        while k < limit and (tokens[k].lower in TIME_WORDS or tokens[k].lower in TIME_MODIFIERS
                             or tokens[k].text[:1].isdigit()):
            k += 1
        if not any(t.lower in TIME_WORDS or _YEAR_RE.fullmatch(t.text) for t in tokens[timed:k]):
            return limit
    return k if k < limit and tokens[k].is_capitalized else limit


_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")


def _adverbial_opening(tokens: list[Token]) -> bool:
    """A sentence opening with a participle or an -ly adverb before a preposition, subordinator or determiner
    ("Following a meeting in Leeds, …", "Usually when …", "Shortly after …"): a phrase, not a name."""
    return len(tokens) > 1 and tokens[0].is_capitalized and _phrase_opening_word(tokens, 0)


def _phrase_opening_word(tokens: list[Token], k: int, alone: bool = False) -> bool:
    """A participle before a preposition, subordinator or determiner (``Following a meeting``, ``Campaigning in
    Ohio``) or an -ly adverb before a preposition or subordinator (``Shortly after``, ``Usually when``), or with
    ``alone`` one that ends its phrase (``Most recently,``): the word opens an adverbial phrase. Not a noun or pronoun
    of the same ending (``Nothing has``, ``Beijing is``, ``Early voting``, ``Thankfully nobody``)."""
    low = tokens[k].lower
    if not (low.isalpha() and low.endswith(("ing", "ly"))) or low in PHRASE_WORD_NOUNS:
        return False
    if k + 1 >= len(tokens):
        return alone
    nxt = tokens[k + 1].lower
    return nxt in PREPOSITIONS or nxt in SUBORDINATORS or (low.endswith("ing") and nxt in DETERMINERS)


def _described_subject(tokens: list[Token], limit: int) -> tuple[int, int] | None:
    """``A federal judge sided with the city, saying …``: a description opening the sentence (a
    determiner and its words up to the main verb: an auxiliary or a past form), the subject a
    participle cue shares."""
    first = 1 if tokens and tokens[0].lower in SENTENCE_CONJUNCTIONS else 0
    if first < limit and (tokens[first].lower in PREPOSITIONS or tokens[first].lower in TIME_STARTS
                          or _adverbial_opening(tokens[first:limit])):
        comma = next((k for k in range(first, min(limit, MAX_LONG_INTRO_TOKENS)) if tokens[k].text == ","), None)
        first = comma + 1 if comma is not None else first  # "In March, a county court sided with …, saying"
    if first >= limit or tokens[first].lower not in DESCRIPTION_DETERMINERS:
        return None
    k = first + 1
    while k < limit and k - first <= MAX_SUBJECT_WORDS and tokens[k].is_word and not _main_verb(tokens[k]) \
            and tokens[k].lower not in CLAUSE_WORDS and (tokens[k].lower not in PREPOSITIONS or tokens[k].lower == "of"):
        k += 1
    if k >= limit or k == first + 1 or not _main_verb(tokens[k]) or tokens[k - 1].lower in NOT_HEADS:
        return None
    return tokens[first].start, tokens[k - 1].end


def _main_verb(token: Token) -> bool:
    """An auxiliary or a lower-case past form ("sided", "has", "told"): where a description subject ends."""
    low = token.lower
    return token.text.islower() and (low in VERB_AUXILIARIES or low.endswith("ed") or low in PAST_FORMS)


def _introduced_quotes(text: str, tokens: list[Token], quotes: UnitQuotes, found: list[Attribution],
                       unit_end: int) -> list[Attribution]:
    """``The senator was blunt: “…”`` — a quotation after a colon or dash that ends the sentence."""
    if not quotes:
        return []
    out = []
    near = Covered([(a.start - QUOTE_SLACK, a.end + QUOTE_SLACK) for a in found])
    tail = _run_start(text, unit_end, _TRAILING)
    for q in quotes:
        if not q.double or q.start in near:
            continue
        lead = q.open
        while lead > 0 and text[lead - 1].isspace():
            lead -= 1
        if not text.endswith((":", "—", "–", " -"), 0, lead) or q.outer_end < tail:
            continue
        if not is_speech_like(text[q.start:q.end]):
            continue
        colon = bisect_right(tokens, lead, key=_token_end) - 1  # the last token ending by the lead
        if colon <= 0:
            continue
        subject = _sentence_subject(tokens, colon)
        out.append(Attribution(q.start, q.end, "direct", tokens[colon].start, tokens[colon].end, subject,
                               confidence=INTRODUCED_CONFIDENCE if subject else INTRODUCED_NO_SUBJECT_CONFIDENCE))
    return out


_SIGNATURE_RE = re.compile(r"\s*[―—–-]{1,2}\s*([A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,3})\s*(?:[,(][^\n]*)?$")


def _signed_quotes(text: str, quotes: UnitQuotes, found: list[Attribution], unit_end: int) -> list[Attribution]:
    """``“…” ― Edwin Monroy``: a quotation signed with a dash and a name (letters, readers' voices)."""
    if not quotes:
        return []
    out = []
    near = Covered([(a.start - QUOTE_SLACK, a.end + QUOTE_SLACK) for a in found])
    for q in quotes:
        if not q.closed or q.start in near:
            continue
        m = _SIGNATURE_RE.match(text, q.outer_end, unit_end)
        if m is None or m.end() != unit_end and text[m.end():unit_end].strip():
            continue
        dash = text.index(text[q.outer_end:m.start(1)].strip()[0], q.outer_end)
        out.append(Attribution(q.start, q.end, "direct", dash, dash + 1, (m.start(1), m.end(1)), confidence=SIGNED_CONFIDENCE))
    return out


_EVIDENTIAL_CUES = EVIDENTIAL_VERBS | EXPECTED_VERBS


def _evidential(text: str, tokens: list[Token], quoted: list[bool], found: list[Attribution], unit_end: int,
                quotes: UnitQuotes) -> list[Attribution]:
    """``Moss seemed to gain from the delay``, ``X is expected to win``: the writer's own inference.

    PARC-style attribution with no speaker: the content is the whole clause, subject included; the
    speaker stays null (the writer is not a speaker in the text).
    """
    out = []
    for k in [k for k, t in enumerate(tokens) if t.lower in _EVIDENTIAL_CUES]:  # a scan of words first: most units have none
        tok = tokens[k]
        if quoted[k] or k == 0 or k + 1 >= len(tokens):
            continue
        evidential = tok.lower in EVIDENTIAL_VERBS and tokens[k + 1].lower in ("to", "that")
        expected = tok.lower in EXPECTED_VERBS and tokens[k + 1].lower == "to" and tokens[k - 1].lower in (
            "is", "are", "was", "were", "be", "been")
        if not (evidential or expected) or any(a.start <= tok.start < a.end for a in found):
            continue
        if evidential and k + 2 < len(tokens) and any(a.cue_start == tokens[k + 2].start for a in found):
            continue  # "he appeared to suggest that A": his suggestion, not the writer's inference
        first = k - 1
        while first > 0 and tokens[first - 1].text not in ",;:—–(“”\"" and tokens[first - 1].lower not in CLAUSE_WORDS:
            first -= 1
        if first == k - 1 and tokens[first].lower in ("it", "there"):  # "it seems that …": the rest is the content
            first = k + 2 if tokens[k + 1].lower == "that" else k + 1
        s, e = _trim_span(text, tokens[first].start, unit_end)
        if e - s < MIN_EVIDENTIAL_CONTENT:
            continue
        s, e, kind = _content_kind(text, s, e, quotes)
        out.append(Attribution(s, e, kind, tok.start, tok.end, None, confidence=EVIDENTIAL_CONFIDENCE))
    return out


def _time_phrase(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the phrase ``first..last`` after "from" names a time, not a speaker ("from the start", "from last
    year", "from 2019")."""
    return any(t.lower in TIME_STARTS or t.lower in DURATION_WORDS or t.lower in TIME_PHRASE_NOUNS
               or t.text[0].isdigit() for t in tokens[first:last + 1])


def _reporting_nouns(text: str, tokens: list[Token], quoted: list[bool], found: list[Attribution], unit_end: int,
                     quotes: UnitQuotes) -> list[Attribution]:
    """``his warning that the dam could fail``, ``the claim that …``: the clause after a reporting noun.

    The speaker is the possessive before the noun (``Ortiz’s claim``, ``his warning``), else the subject of
    the verb whose object it is (``Ortiz pushed the idea that``), else null. A form
    that is as often a verb (``claims``, ``hopes``) is a noun only after a determiner or a possessive.
    """
    out = []
    for k in [k for k, t in enumerate(tokens) if t.lower in REPORTING_NOUNS or t.lower in COPULA_REPORTING_NOUNS]:
        tok = tokens[k]
        found_that = None if quoted[k] else _noun_that(tokens, k)
        if found_that is None or (tok.lower in COPULA_REPORTING_NOUNS and not found_that[1]):
            continue
        that, copula = found_that
        owner = _noun_owner(tokens, k)
        last = that - 1 - copula  # the setting's last word, before the copula if there is one
        if owner is None and last >= k + 2 and tokens[k + 1].lower in NOUN_OWNER_LEADS \
                and not _time_phrase(tokens, k + 2, last):
            owner = tokens[k + 2].start, tokens[last].end  # "complaints from the union that …": the union
        if owner is None and (copula or tok.lower in COPULA_REPORTING_NOUNS):
            continue  # "his answer was that …"; not the writer's "The point is that …", "The fear is that …"
        if tok.lower in VERB_LIKE_REPORTING_NOUNS and owner is None and not _after_determiner(tokens, k) \
                and not _after_preposition(tokens, k):
            continue
        start = _noun_phrase_start(tokens, k)
        quoted_subject = _opens_clause(tokens, start) and not copula
        quotation = _closed_quotation_at(text, tokens, that + 1, quotes) if quoted_subject else None
        if quoted_subject and quotation is None:
            continue  # "His warning that A went unheeded": the subject of its sentence, whose verb would join A; but
            # "His remark that “A” drew …": the quotation ends it
        if owner is None and (_main_verb(tokens[start - 1]) or tokens[start - 1].lower in SAY_OR_THINK_FORMS):
            verb_subject = subject_left(tokens, start - 1, 0)  # "Ortiz denied the claim that …": Ortiz holds it
            owner = _span_chars(tokens, verb_subject) if verb_subject is not None else None
        first = tokens[that + 1]
        if first.lower in VERB_AUXILIARIES or first.text in _STOP_CHARS or any(
                a.start <= tok.start < a.end or (a.cue_start or -1) <= tok.start < (a.cue_end or -1) for a in found):
            continue  # "claims that have been denied": a relative clause
        if _issued_relative(tokens, that + 1):
            continue  # "the report that the agency released on Monday": a relative clause naming the document
        end = quotation.outer_end if quotation is not None else _noun_content_end(tokens, that + 1, unit_end)
        if _in_opening_phrase(tokens, start):
            end = min(end, _opening_phrase_end(tokens, that + 1, unit_end))
        s, e = _trim_span(text, first.start, end)
        if e - s < MIN_CONTENT or sum(t.is_word for t in tokens[that + 1:]) < MIN_NOUN_CONTENT_WORDS:
            continue
        s, e, kind = _content_kind(text, s, e, quotes)
        out.append(Attribution(s, e, kind, tok.start, tok.end, owner, judgement=True,
                               confidence=REPORTING_NOUN_CONFIDENCE))
    return out


def _closed_quotation_at(text: str, tokens: list[Token], i: int, quotes: UnitQuotes) -> Quote | None:
    """The closed quotation of speech (``marks.is_speech_like``) whose opening mark is token ``i``, or None (not a
    scare-quoted word: 'the assertion that “thousands” of fans …')."""
    if i >= len(tokens) or tokens[i].text not in "“\"‘":
        return None
    quote = quotes.opening_at(tokens[i].start)
    return quote if quote is not None and quote.closed and is_speech_like(text[quote.start:quote.end]) else None


def _issued_relative(tokens: list[Token], i: int) -> bool:
    """Whether the clause from ``i`` after a reporting noun's "that" is a relative whose verb issued or handled the
    document (``lexicon.ISSUING_VERBS``, ``lexicon.DOCUMENT_TAILS``) with no object after it: ``the report that the
    agency released on Monday``, ``the statement that Reuters obtained``; not ``reports that the agency released the
    files``."""
    for k in range(i + 1, min(len(tokens), i + 1 + MAX_RELATIVE_SUBJECT_TOKENS)):
        low = tokens[k].lower
        if tokens[k].text.islower() and (low in ISSUING_VERBS or low in DOCUMENT_TAILS):
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            return nxt is None or not nxt.is_word or nxt.lower in PREPOSITIONS or nxt.lower in TIME_STARTS
        if not tokens[k].is_word or tokens[k].lower in VERB_AUXILIARIES:
            return False
    return False


def _question_topics(text: str, tokens: list[Token], quoted: list[bool], found: list[Attribution], unit_end: int,
                     quotes: UnitQuotes) -> list[Attribution]:
    """``Aides were coy about whether …``, ``the parties spar over whether …``, ``questions about how …``, ``when
    pressed on why …``: an indirect question after a word of discourse or stance and its preposition is that word's
    content (the word and the preposition its cue).

    The speaker is the subject of the verb or of the copula before the adjective (``Aides``), none for a passive
    (``when pressed on why``), the possessor of the noun (``his answer about how``), else null.
    """
    out = []
    n = len(tokens)
    for k in [k for k, t in enumerate(tokens)
              if t.lower in QUESTION_PREPOSITIONS or t.lower in QUESTION_TWO_WORD_PREPOSITIONS]:
        second = QUESTION_TWO_WORD_PREPOSITIONS.get(tokens[k].lower)
        last = k + 1 if second else k  # the preposition's last word: "as to whether"
        wh = last + 1
        if wh >= n or quoted[k] or tokens[wh].lower not in QUESTION_TOPIC_STARTS \
                or (second and tokens[k + 1].lower != second):
            continue
        head = k - 1
        if head >= 1 and (tokens[head].lower in TIME_WORDS or manner_adverb(tokens[head])):
            head -= 1  # "weighed in Friday about", "spoke openly about"
        if head < 0 or not tokens[head].is_word:
            continue
        first = head
        word = tokens[head].lower
        if head >= 1 and (tokens[head - 1].lower, word) in QUESTION_TOPIC_PARTICLE_FORMS:
            first = head - 1  # "weighed in about whether"
            word = tokens[first].lower
        if any(a.start <= tokens[first].start < a.end or a.start <= tokens[wh].start < a.end
               or (a.cue_start or -1) <= tokens[first].start < (a.cue_end or -1) for a in found):
            continue  # inside another statement's content or cue
        if first == head and word in QUESTION_TOPIC_NOUNS and not (word in QUESTION_TOPIC_VERB_FORMS
                                                                   and _verb_position(tokens, first)):
            if tokens[wh].lower in NOUN_RELATIVE_STARTS:
                continue  # "the questions on which the panel split": a relative clause
            subject = _noun_owner(tokens, first)
            start = _noun_phrase_start(tokens, first)
            if tokens[first - 1].lower in QUESTION_TOPIC_REQUEST_LEADS:
                continue  # "a request for comment on whether …": asked for, not said
            copula = next((m for m in range(start, first) if tokens[m].lower.replace("’", "'") in S_CONTRACTIONS), None)
            if copula is None and _opens_clause(tokens, start):
                continue  # "The debate over whether A took a turn": its verb would join A, as after a reporting noun
            start = start if copula is None else copula + 1  # "there's no consensus on whether": after the copula
            received = any(t.lower in QUESTION_RECEIVING_VERBS for t in tokens[max(0, start - 1):first])
            if subject is None and start > 0 and not received and (
                    _main_verb(tokens[start - 1]) or tokens[start - 1].lower in SAY_OR_THINK_FORMS):
                verb_subject = subject_left(tokens, start - 1, 0)  # "Trump made conflicting statements about how"
                subject = _span_chars(tokens, verb_subject) if verb_subject is not None else None
                if subject is not None and not _speaking_subject(text, subject):
                    subject = None  # "The documents raised questions about whether …": no one speaks
        elif word in QUESTION_TOPIC_VERB_FORMS or first < head:
            participle = word.endswith("ing") and not _after_progressive(tokens, first)
            subject = None if participle or _passive_question(tokens, first) \
                else _span_chars_or_none(tokens, subject_left(tokens, first, 0))
        elif word in QUESTION_TOPIC_ADJECTIVES and first >= 1 and _after_copula(tokens, first):
            subject = _span_chars_or_none(tokens, subject_left(tokens, first, 0))
        else:
            continue
        end = _question_content_end(tokens, wh + 1, unit_end)
        if _in_opening_clause(tokens, first):
            end = min(end, _opening_phrase_end(tokens, wh + 1, unit_end))  # "When pressed on why A, she said …"
        s, e = _trim_span(text, tokens[wh].start, end)
        if sum(t.is_word for t in _tokens_between(tokens, s, e)) < MIN_QUESTION_TOPIC_WORDS:
            continue  # "said little about how."
        s, e, kind = _content_kind(text, s, e, quotes)
        if kind != "indirect":
            continue  # quoted words are the quotation rules' ("…, expounding on how “A”"): they find its speaker
        out.append(Attribution(s, e, kind, tokens[first].start, tokens[last].end, subject,
                               judgement=True, confidence=QUESTION_TOPIC_CONFIDENCE))
    return out


def _speaking_subject(text: str, subj_chars: tuple[int, int]) -> bool:
    """A subject that can hold a view: a name, a pronoun, or a phrase ending in a role or a body ("the news
    organization"; not "The documents", "The clash")."""
    words = text[subj_chars[0]:subj_chars[1]].split()
    last = words[-1].lower()
    return _named_subject(text, subj_chars) or (len(words) == 1 and last in PRONOUNS) \
        or last in ROLE_NOUNS or last in ORGANISATION_WORDS or last in BODY_NOUNS


def _verb_position(tokens: list[Token], k: int) -> bool:
    """Whether a form at ``k`` that is also a noun ("debate", "clash", "comment") is a verb there: after a subject
    pronoun, an auxiliary, "to", "not", a lower-case plural ("the parties clash over") or a name that no determiner
    or possessive opens (not "a birther debate over", "Monday's Hofstra debate as to")."""
    j = k - 1
    while j >= 0 and manner_adverb(tokens[j]):
        j -= 1
    if j < 0:
        return False
    prev = tokens[j]
    low = prev.lower
    if low in SUBJECT_PRONOUNS or low in AUXILIARIES or low in BASE_VERB_LEADS or low in BASE_VERB_GAPS:
        return True
    if prev.text.islower():
        return prev.is_word and low.endswith("s") and not low.endswith(NOT_PLURAL_ENDINGS) \
            and low not in DETERMINERS and low not in POSSESSIVE_DETERMINERS
    before = tokens[j - 1] if j >= 1 else None
    return prev.is_capitalized and not (before is not None and (before.lower in DETERMINERS or _possessive(before)
                                                                or before.is_capitalized))


def _after_progressive(tokens: list[Token], k: int) -> bool:
    """A progressive auxiliary before the participle at ``k``, past adverbs ("were talking about", "is now arguing")."""
    j = k - 1
    while j >= 0 and (manner_adverb(tokens[j]) or tokens[j].lower in AUXILIARIES - VERB_AUXILIARIES):
        j -= 1
    return j >= 0 and tokens[j].lower in PROGRESSIVE_AUXILIARIES


def _question_content_end(tokens: list[Token], i: int, unit_end: int) -> int:
    """Where an indirect question after a word of discourse ends: as a reporting noun's clause, or at a comma before a
    participle or a preposition (``…, telling MSNBC …``, ``…, despite weeks of …``: the sentence goes on)."""
    end = _noun_content_end(tokens, i, unit_end)
    for k in range(i, len(tokens) - 1):
        if tokens[k].start >= end:
            break
        nxt = tokens[k + 1]
        if tokens[k].text == "," and nxt.text.islower() and (nxt.lower.endswith("ing") or nxt.lower in PREPOSITIONS):
            return tokens[k].start
    return end


def _span_chars_or_none(tokens: list[Token], span: tuple[int, int] | None) -> tuple[int, int] | None:
    return _span_chars(tokens, span) if span is not None else None


def _passive_question(tokens: list[Token], k: int) -> bool:
    """``when pressed on why``, ``was asked about whether``, ``Questioned about how``: the participle at ``k`` is a
    passive (after a passive auxiliary, a subordinator or at the sentence start), so its subject was asked, not
    asking."""
    j = k - 1
    while j >= 0 and (manner_adverb(tokens[j]) or tokens[j].lower in QUESTION_PASSIVE_GAPS):
        j -= 1
    return j < 0 or tokens[j].lower in PASSIVE_AUXILIARIES or tokens[j].lower in SUBORDINATORS \
        or tokens[j].text in ",;:—–("


def _in_opening_clause(tokens: list[Token], k: int) -> bool:
    """Whether the word at ``k`` is inside an opening subordinate or prepositional phrase (``When pressed on why A,
    …``, ``Rather than moralize about whether A, …``, ``Amid questions about how A, …``): no comma before it."""
    j = 1 if len(tokens) > 1 and tokens[0].lower in SENTENCE_CONJUNCTIONS else 0
    lead = tokens[j].lower if j < len(tokens) else ""
    return j < k and lead in QUESTION_OPENING_LEADS and all(t.text != "," for t in tokens[j:k])


def _after_copula(tokens: list[Token], k: int) -> bool:
    """A copula before the adjective at ``k``, past adverbs ("were coy", "are evenly split", "has been cagey")."""
    j = k - 1
    while j >= 0 and manner_adverb(tokens[j]):
        j -= 1
    return j >= 0 and tokens[j].lower in COPULAS


def _noun_that(tokens: list[Token], k: int) -> tuple[int, bool] | None:
    """The "that" opening the clause of the reporting noun at ``k``, and whether a copula links them: ``the claim
    that A``; ``her argument was that A`` (the noun phrase may open the sentence then); after a short setting,
    ``her claim on local radio that A``, ``the view at the hearing was that A`` (a setting's "that" only before
    a subject-like word, not a relative's verb). None when there is none."""
    n = len(tokens)
    if k + 2 >= n:
        return None
    if tokens[k + 1].lower == "that":
        return k + 1, False
    if tokens[k + 1].lower in NOUN_COPULAS:
        return (k + 2, True) if tokens[k + 2].lower == "that" else None
    if tokens[k + 1].lower in DAY_WORDS and tokens[k + 2].lower == "that" and k + 3 < n \
            and (tokens[k + 3].is_capitalized or tokens[k + 3].lower in CLAUSE_OPENERS):
        return k + 2, False  # "her assertion Monday that …"
    if tokens[k + 1].lower not in NOUN_SETTING_LEADS:
        return None  # not "the threat to the towns that a flood would pose": a relative's object
    for m in range(k + 2, min(n - 1, k + 2 + MAX_NOUN_SETTING_TOKENS)):
        tok = tokens[m]
        if tok.lower in NOUN_COPULAS:
            return (m + 1, True) if tokens[m + 1].lower == "that" else None
        if tok.lower == "that":
            nxt = tokens[m + 1]
            return (m, False) if nxt.is_capitalized or nxt.lower in CLAUSE_OPENERS else None
        if not tok.is_word or tok.lower in CLAUSE_WORDS or tok.lower in VERB_AUXILIARIES or tok.lower in SUBJECT_WORDS \
                or tok.lower in SAY_OR_THINK_FORMS or tok.lower.endswith("ing"):
            return None  # not "concern from analysts warning that …": the participle's content
    return None


def _in_poll(text: str, tokens: list[Token], quoted: list[bool], found: list[Attribution], unit: tuple[int, int],
             quotes: UnitQuotes) -> list[Attribution]:
    """``Ortiz leads by nine points in the latest poll`` / ``In a new survey, 40 percent …``: the poll reports
    the clause (as "according to" would), and the poll's phrase (to its comma or the sentence end) speaks."""
    n = len(tokens)
    for k in [k for k, t in enumerate(tokens) if t.lower == "in"]:  # a scan of words first: most units have none
        if quoted[k] or k + 1 >= n:
            continue
        j = k + 1
        while j < n and j - k <= MAX_EVIDENCE_PHRASE_TOKENS and tokens[j].text not in ",.;:!?—–()“”\"" \
                and tokens[j].lower not in CLAUSE_WORDS:
            j += 1
        if j - k > MAX_EVIDENCE_PHRASE_TOKENS or not any(t.lower in POLL_NOUNS for t in tokens[k + 1:j]):
            continue
        head = next(m for m in range(k + 1, j) if tokens[m].lower in POLL_NOUNS)
        if any(not (t.is_capitalized or t.lower in DETERMINERS or t.lower in POLL_MODIFIERS or not t.is_word)
               for t in tokens[k + 1:head]):
            continue  # "in the race the polls …": the noun is not the head of the phrase after "in"
        if head + 1 < j and tokens[head + 1].text.islower() and not _poll_tail(tokens[head + 1].lower):
            continue  # "in the poll town": the noun is not the head
        first = 1 if tokens[0].lower in SENTENCE_CONJUNCTIONS else 0
        at_end = j >= n or not any(t.is_word for t in tokens[j:])
        if k == first and j < n and tokens[j].text == ",":
            s, e = _trim_span(text, tokens[j + 1].start, unit[1])  # "In a new survey, 40 percent …"
        elif k > first and at_end and not _scene_setting(tokens[first]) and tokens[first].lower not in SUBORDINATORS:
            s, e = _trim_span(text, tokens[first].start, tokens[k].start)  # "Ortiz leads … in the latest poll"
        else:
            continue
        if e - s < MIN_LEFT_CONTENT or any(a.start < e and s < a.end for a in found) \
                or not any(t.text[0].isdigit() or t.lower in POLL_RESULT_WORDS for t in _tokens_between(tokens, s, e)):
            continue  # a poll reports standings: a share, a margin or a lead ("the polls town hall" reports nothing)
        s, e, kind = _content_kind(text, s, e, quotes)
        return [Attribution(s, e, kind, tokens[k].start, tokens[k].end, (tokens[k + 1].start, tokens[j - 1].end),
                            judgement=True, confidence=ACCORDING_CONFIDENCE)]
    return []


def _poll_tail(low: str) -> bool:
    """A word that may follow a poll noun in its phrase: a preposition, a participle or a time word ("released",
    "of likely voters", "last week")."""
    return low in PREPOSITIONS or low in ("of", "for") or low.endswith("ed") or low in TIME_STARTS or low in TIME_WORDS


def _owned_claim_at(tokens: list[Token], i: int) -> bool:
    """A reporting noun with its owner opening the content at ``i`` and its "that" right after it (``her claims that``,
    ``Exxon's accusation that``, ``his repeated claim that``)."""
    for k in range(i + 1, min(len(tokens) - 1, i + MAX_CLAIM_OWNER_TOKENS + 1)):
        if tokens[k].lower in REPORTING_NOUNS and tokens[k + 1].lower == "that":
            owner = _noun_owner(tokens, k)
            return owner is not None and owner[0] == tokens[i].start
    return False


def _noun_owner(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The possessor of the noun at ``k`` (``his``, ``Ortiz’s``, ``the mayor’s repeated``), as a character span."""
    j = k - 1
    if j >= 0 and tokens[j].text.islower() and tokens[j].lower not in POSSESSIVE_DETERMINERS and \
            not _possessive(tokens[j]) and tokens[j].is_word and tokens[j].lower not in DETERMINERS:
        j -= 1  # one adjective between: "his repeated claim"
    if j < 0:
        return None
    if tokens[j].lower in POSSESSIVE_DETERMINERS:
        return tokens[j].start, tokens[j].end
    if _possessive(tokens[j]):
        first, end = j, tokens[j].end - 2
    elif tokens[j].text in "’'" and j >= 1 and tokens[j - 1].is_capitalized and tokens[j - 1].lower.endswith("s") \
            and tokens[j - 1].end == tokens[j].start:  # "Bernie Sanders’ accusations": a plural possessive's mark alone
        first, end = j - 1, tokens[j - 1].end
    else:
        return None
    while first - 1 >= 0 and tokens[first - 1].is_capitalized and tokens[first - 1].is_word:
        first -= 1
    return tokens[first].start, end


def _noun_phrase_start(tokens: list[Token], k: int) -> int:
    """The first token of the noun phrase headed by the noun at ``k``: its determiner, possessor and adjectives."""
    j = k
    while j - 1 >= 0 and k - j < MAX_SUBJECT_WORDS and tokens[j - 1].is_word and (
            tokens[j - 1].text.islower() or tokens[j - 1].is_capitalized or tokens[j - 1].text[0].isdigit()) \
            and tokens[j - 1].lower not in CLAUSE_WORDS \
            and tokens[j - 1].lower not in PREPOSITIONS and not _main_verb(tokens[j - 1]) \
            and tokens[j - 1].lower not in SAY_OR_THINK_FORMS and tokens[j].lower not in POSSESSIVE_DETERMINERS \
            and tokens[j - 1].lower not in NOUN_PHRASE_LEADS:
        j -= 1  # not past "his" ("bolstered her argument that"), nor past "including" ("including claims that")
    return j


def _opens_clause(tokens: list[Token], j: int) -> bool:
    """Whether the noun phrase at ``j`` opens its clause, as its subject: not after a preposition ("after claims that")
    nor after a participle or a verb ("including claims that", "bolstered her argument that")."""
    if j > 0 and (tokens[j - 1].lower in PREPOSITIONS or tokens[j - 1].lower in NOUN_PHRASE_LEADS
                  or _object_verb(tokens[j - 1])):
        return False
    return j == 0 or tokens[j - 1].text in ",;:—–(" or tokens[j - 1].lower in CLAUSE_WORDS \
        or (tokens[j - 1].is_word and (tokens[j - 1].text.islower() or j == 1))  # "But now his warning that A …"


def _object_verb(token: Token) -> bool:
    """A lower-case verb whose object a noun phrase after it is ("bolstered", "repeated", "denied"); not an adverb
    ("But now his warning that A looks B": the noun phrase is still the subject)."""
    return token.text.islower() and (_main_verb(token) or token.lower in SAY_OR_THINK_FORMS
                                     or token.lower.endswith(OBJECT_VERB_ENDINGS))


def _after_preposition(tokens: list[Token], k: int) -> bool:
    """``under charges that``, ``over rising fears that``: a preposition (and one lower-case modifier: a participle or
    ``lexicon.NOUN_MODIFIERS``; not the noun of ``Everyone in power fears that``) before the form at ``k`` makes it a
    noun."""
    j = k - 1 - (k >= 2 and _noun_modifier(tokens[k - 1]))
    if j >= 0 and tokens[j].lower == "in" and tokens[k].lower in PURPOSE_NOUNS:
        return False  # "in hopes that …": a purpose, not a report
    return j >= 0 and tokens[j].lower in PREPOSITIONS


def _noun_modifier(token: Token) -> bool:
    """A lower-case word that modifies a noun after a preposition ("growing", "renewed", "new")."""
    return token.text.islower() and (token.lower.endswith(("ing", "ed")) or token.lower in NOUN_MODIFIERS)


def _after_determiner(tokens: list[Token], k: int) -> bool:
    """A determiner before the form at ``k``, past one lower-case modifier (``the repeated claims``) or a name that
    owns it (``a New York Times report``): the form is a noun."""
    j = k - 1
    while j >= 1 and k - j <= MAX_NOUN_OWNER_NAME_WORDS and tokens[j].is_capitalized and tokens[j].is_word:
        j -= 1
    if j < k - 1:
        return j >= 0 and tokens[j].lower in DETERMINERS and tokens[j].text.islower()
    return k >= 1 and (tokens[k - 1].lower in DETERMINERS or (k >= 2 and tokens[k - 2].lower in DETERMINERS
                                                               and tokens[k - 1].text.islower()))


def _in_opening_phrase(tokens: list[Token], start: int) -> bool:
    """A noun phrase at ``start`` inside a sentence's opening prepositional phrase (``Despite complaints that A, the
    council …``): no comma between the preposition and the phrase."""
    return 0 < start and tokens[0].lower in PREPOSITIONS and all(t.text != "," for t in tokens[:start])


def _opening_phrase_end(tokens: list[Token], i: int, unit_end: int) -> int:
    """The comma closing an opening phrase, at or after ``i``: the main clause starts after it."""
    return next((t.start for t in tokens[i:] if t.text == ","), unit_end)


def _noun_content_end(tokens: list[Token], i: int, unit_end: int) -> int:
    """Where a reporting noun's clause ends: a semicolon or dash, or a comma before a new clause or before the
    main verb of a sentence whose subject the noun is ("his claim that A, drew attention")."""
    k = i - 1
    while k + 1 < len(tokens):
        k += 1
        t = tokens[k]
        if t.text == "," and k + 1 < len(tokens) and tokens[k + 1].lower in RELATIVE_PRONOUNS:
            m = _aside_close(tokens, k)
            if m is not None and tokens[m + 1].text.islower() and tokens[m + 1].lower in VERB_AUXILIARIES:
                k = m  # "fears that the levy, which passed in May, would drive shops away": the clause goes on
                continue
        if t.text in ";—–" or (t.text == "," and k + 1 < len(tokens) and (
                tokens[k + 1].lower in NOUN_CONTENT_BREAKS or _main_verb(tokens[k + 1]))):
            return t.start
    return unit_end


def _asked(text: str, tokens: list[Token], found: list[Attribution]) -> list[Attribution]:
    """``Asked whether X, she said …`` / ``When asked about X, …``: the question, with no speaker."""
    k = 1 if len(tokens) > 2 and tokens[0].lower in ("when", "after", "if") else 0
    if len(tokens) < k + 3 or tokens[k].lower != "asked":
        return []
    comma = next((j for j in range(k + 1, len(tokens)) if tokens[j].text == ","), None)
    if comma is None or comma - k < MIN_QUESTION_TOKENS or any(a.start <= tokens[k].start < a.end for a in found):
        return []
    first = k + 1
    if tokens[first].lower in PREPOSITIONS or tokens[first].lower in TIME_STARTS:
        # "Asked by a reporter on Monday whether …": who asked and when are not the question
        first = next((j for j in range(first + 1, comma) if tokens[j].lower in QUESTION_STARTS), first)
    if all(t.lower in _POINTING_FILLERS for t in tokens[first:comma] if t.is_word):
        return []  # "Asked about it, Ortiz said …": the question only points back
    s, e = _trim_span(text, tokens[first].start, tokens[comma].start)
    return [Attribution(s, e, "indirect", tokens[k].start, tokens[k].end, None, confidence=ASKED_CONFIDENCE)]


def _name_colon(text: str, tokens: list[Token], unit: tuple[int, int], quotes: UnitQuotes) -> Attribution | None:
    """``Alec Baldwin: “…”`` — a name, a colon, then the quotation (to the sentence end)."""
    k = 0
    while k < len(tokens) and k < MAX_NAME_COLON_WORDS and tokens[k].is_capitalized and tokens[k].is_word:
        k += 1
    if k == 0 or k >= len(tokens) - 1 or tokens[k].text != ":" or tokens[k + 1].text not in "“\"‘":
        return None
    if k == 1 and not tokens[0].text.startswith("@") and (tokens[0].text.isupper() or len(tokens[0].text) < MIN_NAME_COLON_CHARS):
        return None  # "EXCLUSIVE:", "BREAKING:"
    q = quotes.opening_at(tokens[k + 1].start)
    if q is None:
        return None
    end = q.end if q.closed and not text[q.outer_end:unit[1]].strip(_TRAILING) else unit[1]
    start, end = _trim_span(text, q.start, end)
    if q.closed and end > q.end:
        end = _trim_span(text, start, end)[1]
    return Attribution(start, end, "direct", tokens[k].start, tokens[k].end, (tokens[0].start, tokens[k - 1].end),
                       confidence=NAME_COLON_CONFIDENCE)


def _according_quotation(text: str, att: Attribution, quotes: UnitQuotes) -> Attribution | None:
    """The quotation right after an "according to SRC," inside a unit, as SRC's statement, or None."""
    if att.subject is None:
        return None
    after = att.subject[1]
    while after < len(text) and text[after] in " ,":
        after += 1
    q = quotes.opening_at(after)
    if q is None or not (q.closed and q.double) or text[att.subject[1]:after].strip() != ",":
        return None
    return replace(att, start=q.start, end=q.end, kind="direct", parts=None)


def _resolve_overlaps(text: str, tokens: list[Token], found: list[Attribution],
                      quotes: UnitQuotes) -> list[Attribution]:
    """A later cue whose speaker sits inside an earlier content: a source, a new clause, or nested."""
    found.sort(key=lambda a: a.cue_start or 0)
    kept: list[Attribution] = []
    for att in found:
        if att.according and att.cue_start is not None and att.end <= att.cue_start:
            inner = [p for p in kept if att.start <= (p.cue_start or -1) < att.end]
            covered = sum(p.end - p.start for p in inner)
            if inner and all(p.start >= att.start - QUOTE_SLACK for p in inner) and covered >= ACCORDING_SOURCE_SHARE * (att.end - att.start) \
                    and not all(p.belief for p in inner):  # "X is considering Y, according to Z": Z reports it
                # "X said Y, according to Z": Z is the source of X's statement
                source = text[att.subject[0]:att.subject[1]] if att.subject else None
                kept = [replace(p, source=source) if p in inner else p for p in kept]
                continue
            # a cue covering little of the content ("… 758 pledged delegates …, according to a tally") yields
            kept = [p for p in kept if p not in inner]
        merged = False
        for idx, prev in enumerate(kept):
            if att.subject is None or not (prev.start <= att.subject[0] < prev.end) or (
                    att.cue_start is not None and att.cue_start >= prev.end and att.start >= prev.end):
                continue  # a subject shared from inside the content, with a cue after it: "…, saying B"
            if _only_tag(prev, att):
                kept[idx] = att  # "Ortiz should worry about the economy, the dean said": the dean's whole clause
                merged = True
                break
            if att.according and prev.start < att.cue_start < prev.end:
                quoted = _according_quotation(text, att, quotes)
                s, e = _trim_span(text, prev.start, att.cue_start)
                if quoted is not None and e - s >= MIN_CONTENT:
                    # "X is on record saying that A is, according to Z, “B”": B is Z's, A stays X's
                    kept[idx] = replace(prev, start=s, end=e, kind=_content_kind(text, s, e, quotes)[2])
                    kept.append(quoted)
                    merged = True
                    break
            if prev.according:
                kept[idx] = replace(att, source=text[prev.subject[0]:prev.subject[1]] if prev.subject else None)
                merged = True
                break
            k = bisect_right(tokens, att.subject[0], key=_token_end)  # tokens in text order
            boundary = tokens[k - 1] if k > 0 else None
            if boundary and (boundary.lower in CLAUSE_BREAKS or boundary.text in ",;—–") and boundary.start > prev.start \
                    and not att.belief:
                s, e = _trim_span(text, prev.start, boundary.start)
                if e - s >= MIN_CONTENT:
                    kept[idx] = replace(prev, end=e)
                    break
            subject_text = text[att.subject[0]:att.subject[1]]
            if subject_text[:1].isupper() or subject_text.startswith("@"):
                lead = text[prev.start:att.subject[0]]
                s, e = _trim_span(text, prev.start, att.subject[0])
                if len(lead.split()) >= NEW_CLAUSE_WORDS and not _open_ended(text, s, e):
                    kept[idx] = replace(prev, end=e)  # a named speaker well inside: a new clause
                    break
            if _nested_report(text, prev, att):
                kept[idx] = att  # "Roe said Kane told her: “…”": the inner report, with its own speaker
            merged = True  # nested otherwise ("X said Y believes ..."): keeps the outer one
            break
        if merged:
            continue
        overlapping = [p for p in kept if att.start < p.end and p.start < att.end]
        if overlapping and att.cue_start is not None and att.end <= att.cue_start \
                and all(att.start <= p.start and (p.end <= att.end or p.start < att.cue_start < p.end)
                        for p in overlapping):
            # "Clinton had told police that …, the source added": the later cue reports the whole clause,
            # also when the earlier content ran on over it ("Officials felt A, said Mr. Barrett")
            kept = [p for p in kept if p not in overlapping]
        elif overlapping:
            continue
        kept.append(att)
    return kept


def _only_tag(prev: Attribution, att: Attribution) -> bool:
    """Whether ``prev``'s content is only the later cue's subject and cue (``worry about A, the dean said`` → ``the
    dean said``: an adverbial of ``prev`` skipped over to them), while the later cue reports the clause on its left."""
    return att.subject is not None and att.cue_end is not None and att.cue_start is not None \
        and prev.start >= att.subject[0] and prev.end <= att.cue_end and att.end <= att.cue_start


_PERFECT_AUXILIARIES = {"had", "has", "have"}
_NEGATIONS = {"not", "never", "n’t", "n't"}


def _nested_report(text: str, outer: Attribution, inner: Attribution) -> bool:
    """Whether ``inner`` is a report that ``outer``'s content opens with ("Roe said Kane told her: “…”", "the
    ministry said the commissioner had said X"): a verb of saying with its content after it, inside the outer
    content. Then the inner speaker said it, and the outer speaker keeps nothing of its own. Only verbs of saying
    proper (``lexicon.NESTED_REPORT_VERBS``) in a past form, not negated, after a name or a description: "X
    said the council agreed to …", "X said the country would declare …", "X said she recalls …", "X said Y
    had not told …", "X said Y asked for …" stay X's."""
    if inner.belief or inner.judgement or inner.according or outer.according or inner.subject is None \
            or inner.cue_start is None or inner.cue_end is None or inner.start < inner.cue_end:
        return False
    lead = text[outer.start:inner.subject[0]].split()
    subject = _CONTRACTION_RE.sub("", text[inner.subject[0]:inner.subject[1]].lower())  # "he’d"
    words = text[inner.subject[1]:inner.cue_end].lower().split()  # "had told", "also told", "told"
    cue = words[-1] if words else ""
    past = cue.endswith("ed") or cue in PAST_FORMS or any(w in _PERFECT_AUXILIARIES for w in words)  # "had written"
    content = text[inner.start:inner.end].split()[:1]
    return all(w.lower() == "that" for w in lead) and subject not in PRONOUNS and SAY_FORMS.get(cue) in NESTED_REPORT_VERBS \
        and past and not any(w in VERB_AUXILIARIES - _PERFECT_AUXILIARIES or w in _NEGATIONS for w in words) \
        and len(words) <= MAX_NESTED_CUE_WORDS and content != ["to"] and inner.end <= outer.end + QUOTE_SLACK


def _open_ended(text: str, start: int, end: int) -> bool:
    """Whether a content cut at ``end`` would end on a word that leaves its clause open ("… came as",
    "… was that", "… and the"): the speaker after it is inside the content, not a new clause."""
    words = text[start:end].split()
    return bool(words) and words[-1].lower() in OPEN_ENDINGS


def _cut_before_according(text: str, found: list[Attribution]) -> list[Attribution]:
    """A content never runs on over "…, according to SRC": it ends before the comma."""
    cuts = [a.cue_start for a in found if a.according and a.cue_start is not None and a.end <= a.cue_start]
    out = []
    for att in found:
        inside = [c for c in cuts if not att.according and not att.parts and att.start < c < att.end]
        if inside:
            s, e = _trim_span(text, att.start, min(inside))
            if e - s >= MIN_CONTENT:
                att = replace(att, start=s, end=e)
        out.append(att)
    return out


def _split_coordinated(text: str, att: Attribution, quotes: UnitQuotes) -> list[Attribution]:
    """``that the “A” and that he “B”``: two quoted claims of one statement, whose ``parts`` are the two clauses
    without ``and that`` (the whole clause is what was said; each part carries words of its own).

    Coordinated that-clauses in plain reported speech stay one statement without parts: only quoted words make
    each part a verbatim claim of its own.
    """
    if att.parts:
        return [att]
    segment = text[att.start:att.end]
    for sep in (", and that ", " and that ", "; and that ", ", but that ", " but that ", "; that "):
        pos = segment.find(sep)
        if pos > 0:
            a_start, a_end = _trim_span(text, att.start, att.start + pos)
            b_start, b_end = _trim_span(text, att.start + pos + len(sep), att.end)
            parts = [_content_kind(text, s, e, quotes) for s, e in ((a_start, a_end), (b_start, b_end))]
            if any(kind == "indirect" for _, _, kind in parts):
                return [att]
            kind = "direct" if all(k == "direct" for _, _, k in parts) else "mixed"
            return [replace(att, start=parts[0][0], end=parts[1][1], kind=kind,
                            parts=tuple((s, e) for s, e, _ in parts))]
    return [att]


def _lone_adverb(text: str, start: int, end: int) -> bool:
    """A content that is one particle or adverb, no object or clause ("the party backed down", "refused, generally",
    "think twice"): what is left of a cue's right side after its edges are cut."""
    word = text[start:end].strip(" ,.;:")
    return word.isalpha() and word.islower() and (word in LONE_ADVERBS or (word.endswith("ly") and word not in PHRASE_WORD_NOUNS))


def _held(starts: list[int], reach: list[int], quote: Quote) -> bool:
    """Whether one of the sorted spans (give or take ``QUOTE_SLACK`` characters) holds the whole quotation."""
    k = bisect_right(starts, quote.start + QUOTE_SLACK) - 1
    return k >= 0 and reach[k] >= quote.end


def _asked_before(tokens: list[Token], pos: int) -> bool:
    """A passive "was asked" (or "were/is/being asked") among the tokens before ``pos``."""
    before = _tokens_between(tokens, 0, pos)
    return any(t.lower == "asked" and p.lower in PASSIVE_AUXILIARIES for p, t in zip(before, before[1:]))


def _whole_unit(text: str, q: Quote, start: int, end: int) -> bool:
    """The quotation is its unit's whole sentence, after a quotation earlier in its paragraph (“…,” she said.
    “Very soon.”): speech however short it is; not after a sentence that quotes nothing ('Ortiz said the ferry was
    late. “Again.”': a word the writer quotes)."""
    before = text[text.rfind("\n", 0, start) + 1:start]
    return q.closed and not text[start:q.open].strip() and not text[q.outer_end:end].strip(" .!?\n") \
        and ("”" in before or '"' in before)


def analyse_unit(text: str, start: int, end: int, quotes: list[Quote], quoted_only: bool = False,
                 quote_opens: list[int] | None = None) -> UnitResult:
    """Attributions in ``text[start:end]``; with ``quoted_only`` only those whose content is in quote marks.

    ``quotes`` are sorted by opening mark; ``quote_opens`` (their positions) saves recomputing them.
    """
    tokens = tokenize(text, start, end)
    opens = [q.open for q in quotes] if quote_opens is None else quote_opens
    unit_quotes = UnitQuotes(quotes[bisect_left(opens, start):bisect_left(opens, end)], text)
    if unit_quotes:
        inner = Covered([(q.start, q.end) for q in unit_quotes])
        quoted = inner.flags([t.start for t in tokens])
    else:
        quoted = [False] * len(tokens)  # most units quote nothing
    found: list[Attribution] = []
    colon: Attribution | None = None
    named = _name_colon(text, tokens, (start, end), unit_quotes)
    if named:
        found.append(named)
    for cue in find_cues(tokens, quoted):
        if cue.lemma in IDIOM_LEMMAS and _idiom(tokens, cue):
            continue  # "helped found the group", "went on to win", "you know,", "added to the doubts": no report
        if cue.first and tokens[cue.first].lower.endswith("ing") and _possessive(tokens[cue.first - 1]):
            continue  # "Ortiz’s telling of the fare rise": a noun, as "the mayor’s claims"
        if cue.according:
            att = _according(text, tokens, cue, (start, end), unit_quotes)
            if att:
                found.append(att)
            continue
        atts, pending = _cue_attributions(text, tokens, cue, (start, end), unit_quotes)
        atts = [_timeless(tokens, a) for a in atts]
        if not atts and pending is None:
            atts = _shared_subject(text, tokens, cue, found, unit_quotes, end) \
                or _opening_participle(text, tokens, cue, unit_quotes)
        if cue.lemma in QUOTED_ONLY_CUES:
            atts = [a for a in atts if _content_kind(text, a.start, a.end, unit_quotes)[2] != "indirect"]
        elif cue.lemma in QUOTATION_ONLY_CUES:
            atts = [a for a in atts if a.kind == "direct"]
        found.extend(atts)
        colon = pending or colon
    if colon is not None and found and not text[start:end].rstrip().endswith(":"):
        colon = None  # "“A,” X said in a statement.": the cue has its content, it lends no speaker to what follows
    if colon is None and not found:
        colon = _message_from(tokens)  # "Later, I got an email reply from a Google representative." “…”
    words = {t.lower for t in tokens}  # the rules below need a word that most units lack: looked up once
    if not words.isdisjoint(_EVIDENTIAL_CUES):
        found.extend(_evidential(text, tokens, quoted, found, end, unit_quotes))
    if not words.isdisjoint(REPORTING_NOUNS) or not words.isdisjoint(COPULA_REPORTING_NOUNS):
        found.extend(_reporting_nouns(text, tokens, quoted, found, end, unit_quotes))
    found.extend(_asked(text, tokens, found))
    if not words.isdisjoint(QUESTION_TOPIC_STARTS):
        found.extend(_question_topics(text, tokens, quoted, found, end, unit_quotes))
    if not words.isdisjoint(POLL_NOUNS):
        found.extend(_in_poll(text, tokens, quoted, found, (start, end), unit_quotes))
    found = [a for a in found if not a.status]
    kept = _resolve_overlaps(text, tokens, _cut_before_according(text, found), unit_quotes)
    result: list[Attribution] = []
    for att in kept:
        for part in _split_coordinated(text, att, unit_quotes):
            if part.parts and not att.parts:
                result.append(part)  # coordinated claims: their parts are classified already
                continue
            s, e, kind = _content_kind(text, part.start, part.end, unit_quotes)
            if kind == "indirect" and _lone_adverb(text, s, e):
                continue  # "backed down", "think twice": no content
            if (part.kind == "direct" and kind == "indirect") or (s, e, kind) == (part.start, part.end, part.kind):
                result.append(part)  # a split quote's short first part ("“Hopefully,” she said, …"), or as it is
                continue
            result.append(replace(part, start=s, end=e, kind=kind))
    result.extend(_introduced_quotes(text, tokens, unit_quotes, result, end))
    result.extend(_signed_quotes(text, unit_quotes, result, end))
    if quoted_only:
        result = [a for a in result if a.kind != "indirect"]
    spans = sorted((a.start, a.end) for a in result)
    starts = [a for a, _ in spans]
    reach = list(accumulate((e + QUOTE_SLACK for _, e in spans), max))  # the furthest end among spans starting so far
    orphans = tuple(q for q in unit_quotes
                    if q.double and (is_speech_like(text[q.start:q.end]) or _whole_unit(text, q, start, end))
                    and not _held(starts, reach, q)
                    and bisect_left(starts, q.start) == bisect_left(starts, q.end))
    subject = None
    if orphans and tokens:
        subject = _sentence_subject(tokens, min(len(tokens), SENTENCE_SUBJECT_TOKENS))
        if subject is not None and (text[subject[0]:subject[1]].lower() in ("it", "there", "this", "that")
                                    or _asked_before(tokens, orphans[0].open)):
            subject = None  # "Ishiba was asked, “…?”": the subject is who was asked, not who asked
        if subject is None:
            subject = _speaker_after_quote(text, tokens, orphans[0])
    return UnitResult(tuple(result), orphans, colon, subject)


def _speaker_after_quote(text: str, tokens: list[Token], quote: Quote) -> tuple[int, int] | None:
    """``“We can win,” beamed Ana Ortiz of …``, ``“We can win,” the mayor beamed.``: after a quotation that opens
    the sentence and closes with ``,”``/``!”``/``?”``, a verb the lexicon does not know and a name, or a description
    (a determiner and up to ``settings.MAX_DESCRIBED_LEAD_WORDS`` words) and such a verb, is who said it."""
    if not quote.closed or text[quote.close - 1] not in ",!?" or text[tokens[0].start:quote.open].strip():
        return None
    k = next((i for i, t in enumerate(tokens) if t.start >= quote.outer_end), None)
    if k is None or k + 1 >= len(tokens):
        return None
    word = tokens[k]
    first = k + 1 + (k + 2 < len(tokens) and tokens[k + 1].lower == "the" and tokens[k + 2].is_capitalized)
    if word.text.islower() and word.lower.endswith("ed") and tokens[first].is_capitalized \
            and tokens[first].lower not in NOT_NAMES:
        last = first
        while last + 1 < len(tokens) and (tokens[last + 1].is_capitalized or tokens[last + 1].text == "." or (
                last + 2 < len(tokens) and tokens[last + 2].is_capitalized
                and tokens[last + 1].lower.split("-")[-1] in ROLE_NOUNS)):
            last += 1  # "…,” mused Radio Kent co-host Ana Ortiz": a role between the body and the name
        while tokens[last].text == ".":
            last -= 1  # the sentence's full stop
        after = tokens[last + 1] if last + 1 < len(tokens) else None
        if _possessive(tokens[last]) or (after is not None and after.is_word and after.text.islower()
                                         and after.lower not in PREPOSITIONS and after.lower not in AFFILIATION_LINKS
                                         and after.lower not in CLAUSE_WORDS):
            return None  # "…,” followed Monday’s vote", "…!” chanted Harbour Street protesters": a modifier
        return tokens[k + 1].start, tokens[last].end  # "…,” beamed Ana Ortiz", "…,” opined the Harbour Gazette"
    if word.lower in DESCRIPTION_DETERMINERS:
        end = next((j for j in range(k + 1, min(len(tokens), k + 2 + MAX_DESCRIBED_LEAD_WORDS))
                    if tokens[j].text.islower() and tokens[j].lower.endswith("ed")), None)
        if end is not None and end > k + 1 and all(t.is_word for t in tokens[k:end]) \
                and end + 1 < len(tokens) and tokens[end + 1].text in ".,":
            return word.start, tokens[end - 1].end  # "…,” the mayor beamed."
    return None
