"""Word lists the rules use: reporting verbs (inflected here), function words, roles and titles.

The reporting-verb list is a starting point, not a filter on its own: a verb only becomes a cue
when the clause around it also has a speaker and a content (see ``clauses``).
"""
from __future__ import annotations

import re

from quotetrail.dates import MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS

#: Verbs of saying and writing (lemmas). Irregular forms are in ``IRREGULAR``.
SAY_VERBS = list(dict.fromkeys("""
say tell add write ask note report announce suggest tweet argue explain continue declare insist
claim allege deny respond reply state acknowledge admit warn urge predict promise pledge vow
recall conclude concede assert contend maintain mention reveal confirm testify complain boast
observe remark comment stress emphasize emphasise reiterate repeat indicate estimate answer
retort counter quip joke exclaim shout yell scream whisper muse recount disclose divulge inform
remind assure caution threaten propose demand advise charge accuse blame criticize criticise
praise thank describe call dub label brand term characterize characterise dismiss rebut lament
question wonder speculate post blog text email decree rule find show signal hint imply agree
disagree object protest plead beg encourage chant sing mutter murmur gush sigh snap tout vent share concur narrate
fume opine grouse deadpan exhort
forecast bemoan reassure
brag clarify posit surmise swear proclaim begin
""".split()))

#: Verbs of stance towards something (PARC-style corpora count them as attribution): the content
#: is their object, up to the first comma.
STANCE_VERBS = """
endorse support oppose defend reject attack back cite seek refuse decline applaud condemn blast slam
mock welcome embrace favor favour intend vow pledge propose offer demand express dispute challenge
recommend
""".split()

#: Verbs of intention, pressure or request whose content can be a to-infinitive: "promised to cut fees", "wants to
#: build", "asked the mayor to close".
INTENT_VERBS = {"promise", "pledge", "vow", "threaten", "offer", "refuse", "decline", "seek", "agree", "plan", "want", "ask",
                "hope", "expect", "intend", "propose", "demand", "urge", "encourage", "warn", "advise", "beg"}

#: "asked not to be named": the request for anonymity of an unnamed source is not a statement.
ANONYMITY_PARTICIPLES = {"named", "identified", "quoted"}

#: Verbs of belief, knowledge and intention (and stance), also attribution in PARC-style corpora.
THINK_VERBS = STANCE_VERBS + """
believe think know feel fear hope expect want plan worry doubt suspect guess assume reckon
figure imagine consider understand learn discover realize realise recognize recognise see hear read
""".split()

IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "forecast": ("forecast", "forecasts", "forecasted", "forecasting"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "know": ("know", "knows", "knew", "known"),
    "see": ("see", "sees", "saw", "seen"),
    "hear": ("hear", "hears", "heard"),
    "read": ("read", "reads"),
    "feel": ("feel", "feels", "felt"),
    "find": ("find", "finds", "found"),
    "show": ("show", "shows", "showed", "shown", "showing"),
    "understand": ("understand", "understands", "understood"),
    "learn": ("learn", "learns", "learned", "learnt"),
    "swear": ("swear", "swears", "swore", "sworn"),
    "sing": ("sings", "sang", "sung", "singing"),
    "rule": ("rules", "ruled"),
    "seek": ("seek", "seeks", "sought", "seeking"),
}

#: Lemmas whose inflected forms are too often something else ("rule", "post", "text", "charge").
_RARE_FORMS = {"post": ("posted",), "text": ("texted",), "charge": ("charged",), "counter": ("countered",),
               "question": ("questioned",), "object": ("objected",), "protest": ("protested",),
               "signal": ("signaled", "signalled"), "blog": ("blogged",), "email": ("emailed",),
               "figure": ("figures",), "want": ("want", "wants", "wanted"), "plan": ("plans",),
               "continue": ("continued",), "answer": ("answered",), "begin": ("began",)}

_DOUBLE_FINAL = {"snap", "plan", "admit", "regret", "blog", "quip", "signal", "stop", "commit", "omit", "refer", "concur",
                 "dub", "beg", "rebut", "brag"}


def _inflect(lemma: str) -> tuple[str, ...]:
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
    if lemma.endswith("ee"):
        return lemma, lemma + "s", lemma + "d", lemma + "ing"  # "agreeing", "decreeing"
    if lemma.endswith("e"):
        stem = lemma[:-1]
        return lemma, lemma + "s", lemma + "d", stem + "ing"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    if lemma in _DOUBLE_FINAL:
        return lemma, lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return lemma, lemma + "es", lemma + "ed", lemma + "ing"
    return lemma, lemma + "s", lemma + "ed", lemma + "ing"


def _forms(lemmas: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for lemma in lemmas:
        if " " in lemma:
            continue
        forms = _RARE_FORMS.get(lemma) or _inflect(lemma)
        for form in forms:
            out.setdefault(form, lemma)
    return out


#: Forms that are mostly nouns or adjectives in news text ("a report", "his support", "the
#: attacks", "known"), or that read as something else ("figure", "see"): never cues on their own.
_NOT_SAY_CUES = {
    "find", "state", "report", "post", "answer", "question", "charge", "rule", "finding", "showing",
    "reading", "comment", "joke", "repeat", "demand", "counter", "shout", "object", "complain", "thank", "signal",
    "text", "email", "stating", "continue", "continuing", "concern", "promise", "protest", "plead", "blame",
    "praise", "mention", "estimate", "reply", "respond", "add", "note", "claim", "tweet", "warning", "ruling",
    "writing", "states", "rules", "comments", "remarks", "answers", "questions", "charges", "posts", "texts",
    "objects", "counters", "chant", "chants", "snap", "snaps", "vent", "vents", "sigh", "sighs", "tout",
    "murmur", "murmurs", "share", "shares", "sharing",
    "term", "terms",  # "the court term begins", "the terms of the deal"
}
_NOT_THINK_CUES = {
    "see", "read", "figure", "plan", "consider", "guess", "learn", "hear", "feel", "imagine", "reckon", "recognize",
    "recognise", "seen", "known", "feeling", "thinking", "seeing", "reading", "hearing", "understanding",
    "learning", "knowing", "fearing", "hoping", "worrying", "wanting", "planning", "back",
    "backs", "attack", "attacks", "challenge", "challenges", "offer", "offers", "demand", "demands", "welcome",
    "welcomes", "favor", "favour", "pledge", "pledges", "dispute", "disputes", "vows",
    "doubt", "doubts", "stress", "express", "mock", "blast", "slam",
}
#: Forms of saying that are mostly nouns alone ("a warning", "the writing"): verbs right after a progressive auxiliary
#: ("is warning traders that …", "was stating that …").
PROGRESSIVE_SAY_FORMS = {"warning": "warn", "stating": "state", "writing": "write"}
#: Those of them that take a person object before their "that" ("is warning traders that …").
PROGRESSIVE_OBJECT_FORMS = {"warning"}
#: Forms of belief that are cues only the same way ("is hoping that …", "were fearing they …"; not "hoping to").
PROGRESSIVE_THINK_FORMS = {"hoping": "hope", "fearing": "fear", "worrying": "worry"}
#: Forms that are as often nouns ("his support", "the plans") or bare wishes: cues only after a name or he/she.
NAMED_SUBJECT_FORMS = {"want", "wants", "support", "supports", "plans", "tweet", "tweets", "hopes", "fears", "slams",
                       "blasts", "favors", "favours", "touts",
                       "embrace"}  # "the union's warm embrace of": a noun as often
#: ``NAMED_SUBJECT_FORMS`` of an intention that report for any subject before "to" and a verb ("voters want to …").
INTENTION_FORMS = {"want", "wants"}
#: Subjects an ``INTENTION_FORMS`` word does not report for without a name ("if you want to …", "those who want to …").
GENERIC_WANTERS = {"you", "who", "that", "which"}
#: Words before "but" and a number that make a group speaking ("all but two said").
EXCEPTION_GROUPS = {"all", "everyone", "everybody"}
#: Words after a ``NAMED_SUBJECT_FORMS`` word that make it a noun ("fears about the dam", "hopes were dashed").
NOUN_FOLLOWERS = {"of", "about", "for", "over", "on", "in", "at", "among", "from", "is", "are", "was", "were", "have",
                  "had"}
#: Words of a poll's share ("19 percent of students", "about two-thirds"): a subject as sure as a name.
POLL_SHARE_WORDS = {"percent", "%", "half", "third", "thirds", "quarter", "quarters", "majority", "plurality",
                    "minority", "fifth", "fifths"}
#: Nouns of saying and belief whose "that"-clause is reported content ("his warning that …", "the claim that …").
REPORTING_NOUNS = {
    "claim", "claims", "warning", "warnings", "complaint", "complaints", "fear", "fears", "hope", "hopes", "argument",
    "arguments", "suggestion", "suggestions", "allegation", "allegations", "rumor", "rumors", "rumour", "rumours",
    "speculation", "assertion", "assertions", "promise", "promises", "insistence", "belief", "beliefs",
    "accusation", "accusations", "assurance", "assurances", "notion", "idea", "concern", "concerns", "admission",
    "charge", "charges", "contention", "prediction", "predictions", "announcement", "threat", "threats", "pledge",
    "pledges", "vow", "vows", "denial", "denials", "impression", "perception", "theory", "conviction", "feeling",
    "worry", "worries", "expectation", "expectations", "doubt", "doubts", "statement", "remark", "remarks",
    "comment", "comments", "view", "message", "reminder", "acknowledgment", "acknowledgement", "confirmation",
    "revelation", "revelations", "suspicion", "suspicions", "reports", "report", "criticism", "narrative",
    "pronouncement", "pronouncements", "recognition"}
#: Forms of ``REPORTING_NOUNS`` that are as often verbs ("Ortiz claims that"): nouns only after a determiner or possessive.
VERB_LIKE_REPORTING_NOUNS = {"claims", "fears", "hopes", "promises", "charges", "threats", "pledges", "vows", "doubts",
                             "worries", "reports", "comments", "remarks", "concerns", "doubt", "fear", "hope",
                             "claim", "promise", "pledge", "vow", "charge", "comment", "worry", "view", "message",
                             "report"}
#: Nouns of saying that report a "that"-clause only after a copula and with an owner ("his answer was that …", "Ortiz's
#: point was that …"; "a point that …" is as often a relative, "The point is that …" the writer's).
COPULA_REPORTING_NOUNS = {"response", "answer", "point", "explanation", "refrain", "line", "conclusion", "takeaway"}
#: Copulas between a reporting noun and its "that"-clause ("her argument was that …", "our view was that …").
NOUN_COPULAS = {"is", "was"}  # a subset of COPULAS: the singular present and past, as a single noun takes
#: Words opening a setting between a reporting noun and its "that" ("his claim in a radio interview that …", "the
#: complaints from his counterpart that …", "her statement last week that …").
NOUN_SETTING_LEADS = {"in", "on", "at", "during", "from", "last", "earlier", "by", "among", "within"}
#: Leads of such a setting that name who holds the noun ("complaints from the union that …", "claims by X that …").
NOUN_OWNER_LEADS = {"from", "by", "among", "within"}
#: Words that open a list of objects before a reporting noun's phrase, not part of it ("…, including claims that …").
NOUN_PHRASE_LEADS = {"including"}
#: Words before which a form of saying in -s is a plural noun, not a verb: "many reports that …", "including
#: claims that …", "several warnings" (a verb's plural subject takes the base form: "many report that …").
PLURAL_NOUN_LEADS = {"many", "several", "few", "numerous", "multiple", "various", "including", "both"}
#: Time words that are times even when capitalised (a month or a weekday aside): "Yesterday saw …", "Earlier reports".
DEICTIC_DAYS = {"today", "yesterday", "tonight", "earlier", "later", "recently"}
#: Words that place a time in a sequence ("The following weekend saw …", "The next day").
TIME_ORDER_WORDS = {"following", "next", "previous", "same", "first", "final"}
#: Nouns of a message that a quotation after its sentence may give ("an email reply from a Google representative.").
MESSAGE_NOUNS = {"statement", "reply", "response", "email", "e-mail", "message", "letter", "note", "text"}
#: Quantifiers that open a group a long subject phrase may be headed by ("Some voters who …, said").
GROUP_QUANTIFIERS = {"some", "many", "several", "few", "numerous", "most", "multiple", "various", "other", "dozens"}
#: Articles that open an apposition of a source ("according to Ortiz, an analyst at the port, …") and a span of time
#: that dates a scene ("A year later").
INDEFINITE_ARTICLES = {"a", "an"}
#: Contracted "is"/"are" after a subject pronoun before a participle ("he's suggesting", "they're claiming").
PROGRESSIVE_CONTRACTIONS = ("’s", "'s", "’re", "'re")
#: Endings of a lower-case verb whose object a reporting noun's phrase is ("bolstered her argument that …").
OBJECT_VERB_ENDINGS = ("ed", "ify", "ize", "ise")
#: Nouns that make a phrase after "from" a time, not a speaker ("warnings from the start that …").
TIME_PHRASE_NOUNS = {"start", "outset", "beginning", "onset", "end"}
#: Adjectives between a preposition and a verb-like reporting noun ("amid new fears that …").
NOUN_MODIFIERS = {"new", "fresh", "old", "early", "earlier", "false", "similar", "further", "more", "public",
                  "private", "widespread", "persistent", "frequent", "repeated", "recent", "serious", "baseless"}
#: Reporting nouns that make a purpose after "in" ("in hopes that …"), not a report.
PURPOSE_NOUNS = {"hopes", "hope"}
#: Words after a comma that end a reporting noun's clause ("the claim that A, which …").
NOUN_CONTENT_BREAKS = {"but", "and", "or", "which", "who", "while", "although", "though", "whereas"}
#: Cues that report only quoted words ("“…,” Okoye shared"): "shared a photo", "shared her room" are no statements.
QUOTED_ONLY_CUES = {"share"}
#: ... and those that report only a quotation of its own ("“…,” Connolly began"; not "began the “Hope” tour").
QUOTATION_ONLY_CUES = {"begin"}
SAY_FORMS: dict[str, str] = {f: l for f, l in _forms(SAY_VERBS).items() if f not in _NOT_SAY_CUES}
THINK_FORMS: dict[str, str] = {f: l for f, l in _forms(THINK_VERBS).items() if f not in _NOT_THINK_CUES}
#: Base forms of verbs of saying that are too often nouns alone ("a mention", "the claim"): cues after a modal,
#: "do" or "to" ("did not mention", "would add", "to note that").
BASE_SAY_FORMS = {"mention", "respond", "reply", "answer", "comment", "claim", "note", "repeat", "state", "complain",
                  "promise", "joke", "tweet", "estimate", "counter"}
#: Participles of saying that are mostly nouns alone ("a warning", "stating the obvious"): cues after a comma
#: and before "that" or a clause ("…, warning that the dam could fail"; not "…, warning of floods").
COMMA_PARTICIPLES = {"stating": "state", "warning": "warn"}
#: Participles that are cues only right after a noun of evidence ("polls showing Ortiz ahead"; not "a strong showing").
EVIDENCE_PARTICIPLES = {"showing": "show"}
#: Words that open the clause after such a participle.
PARTICIPLE_CLAUSE_STARTS = {"that", "he", "she", "they", "we", "i", "it", "there", "the", "his", "her", "their", "its"}
#: Words before a base form that make it a verb, and the words that may stand between ("did not mention").
BASE_VERB_LEADS = {"did", "does", "do", "will", "would", "could", "should", "can", "may", "might", "must", "to"}
BASE_VERB_GAPS = {"not", "n’t", "n't", "also", "never"}
#: Subjects before which a ``BASE_SAY_FORMS`` word is a present-tense verb when a clause follows it ("they claim that
#: …", "critics note that …"; a lower-case plural noun counts too).
BASE_VERB_SUBJECTS = {"they", "we", "i", "you", "who"}
#: Words after such a verb that open its clause ("they claim that …", "pilots claim it will …").
BASE_VERB_CLAUSE_STARTS = {"that", "he", "she", "they", "we", "i", "it", "there"}
#: Every inflected form of a verb of saying, belief or stance, cue or not ("rejected" in "rejected the claim that").
SAY_OR_THINK_FORMS = set(_forms(SAY_VERBS)) | set(_forms(THINK_VERBS))

#: Plural nouns of evidence; "show" (a noun as often as a verb) is a cue only after one ("polls show").
EVIDENCE_NOUNS = {"polls", "surveys", "records", "documents", "data", "figures", "numbers", "results", "studies",
                  "reports", "filings", "emails", "statistics", "estimates", "projections", "findings", "tallies",
                  "averages", "analyses", "audits", "tests", "returns", "transcripts", "accounts"}

#: Singular nouns of evidence, before "shows"/"showed" ("a survey showed", "the video shows").
EVIDENCE_NOUN_SINGULARS = {"poll", "survey", "record", "document", "study", "report", "filing", "email", "analysis",
                           "audit", "test", "transcript", "account", "tally", "average", "estimate", "projection",
                           "finding", "result", "figure", "return", "video", "footage", "chart", "review",
                           "investigation", "count", "census", "index", "research", "evidence", "experience", "polling",
                           "history", "memo", "letter", "map", "model", "sample", "trend"}
#: Nouns of opinion polls: "Ortiz leads in the latest poll" is what the poll reports (``clauses._in_poll``).
POLL_NOUNS = {"poll", "polls", "survey", "surveys", "polling", "average", "averages"}
#: Lower-case words before a poll noun in its phrase ("in the latest national poll", "in two recent surveys").
POLL_MODIFIERS = {"latest", "new", "recent", "national", "statewide", "state", "exit", "most", "same", "early",
                  "two", "three", "several", "many", "some", "every", "most", "public", "opinion", "internal", "other",
                  "separate", "another", "online", "telephone", "its", "our", "their", "his", "her", "all"}
#: Words of a poll's result besides numbers ("leads", "percent", "ahead"): a clause reported by a poll has one.
POLL_RESULT_WORDS = {"percent", "%", "points", "point", "lead", "leads", "led", "leading", "ahead", "behind", "trail",
                     "trails", "trailed", "trailing", "majority", "half", "third", "thirds", "quarter", "margin"}
#: Words after "show" that make it a stance or a that-clause whatever the subject ("showed no sign of relenting").
SHOWN_STANCE_STARTS = {"that", "no", "little", "signs", "sign", "any"}

#: Adjectives of belief or feeling; a cue only when "that" follows ("is confident that ...").
BELIEF_ADJECTIVES = {"concerned", "convinced", "confident", "worried", "sure", "certain", "aware", "afraid",
                     "hopeful", "optimistic", "skeptical", "adamant", "clear", "insistent", "unaware"}

#: Phrases that name a source as "according to" does ("As reported by the Gazette, …", "…, as first reported by X").
ACCORDING_PHRASES: dict[str, str] = {"as reported by": "according to", "as first reported by": "according to"}

#: "made the case that …": an argument, reported only as the clause of a "that" (not "made the case for a bridge").
CASE_PHRASES = {f"{verb} {owner} case" for verb in ("make", "makes", "made", "making")
                for owner in ("the", "his", "her", "their", "its")}

#: Multi-word cues, matched as phrases.
PHRASE_CUES: tuple[str, ...] = (
    "according to", "pointed out", "points out", "point out", "pointing out", "made clear",
    "made it clear", "makes clear", "went on to say", "went on", "called for", "calls for",
    "calling for", "called on", "calls on", "summed up", "spelled out", "said in a statement",
    "in a statement", "in an interview", "in a tweet", "in a post",
    *ACCORDING_PHRASES, *CASE_PHRASES,
)

#: Verbs whose topic or stance is the object of a preposition ("pointed to his record", "voted for Ortiz"): cues
#: with that preposition, only after a name or he/she and not as a bare participle ("…, referring to"), the object
#: (to the first comma) their content. Not "talked/spoke about": a topic, which news convention leaves out
#: (but "talked about how …" reports its question: ``QUESTION_TOPIC_VERBS``).
PREPOSITIONAL_VERBS: tuple[tuple[str, str], ...] = (
    ("point", "to"), ("refer", "to"), ("focus", "on"), ("vote", "for"), ("vote", "against"), ("rail", "against"),
    ("advocate", "for"))
#: Forms of those phrases that are as often a noun ("the party's focus on"): no cues.
NOUN_LIKE_PHRASES = {"focus on"}
#: Each form of a ``PREPOSITIONAL_VERBS`` phrase ("pointed to") and its lemma phrase ("point to").
PREPOSITIONAL_CUES: dict[str, str] = {f"{form} {prep}": f"{lemma} {prep}" for lemma, prep in PREPOSITIONAL_VERBS
                                      for form in _inflect(lemma) if f"{form} {prep}" not in NOUN_LIKE_PHRASES}
PREPOSITIONAL_LEMMAS = set(PREPOSITIONAL_CUES.values())

#: Verbs of the writer's inference ("seemed to reap", "it appears that …"); also control verbs: "he appeared to
#: suggest that A" is his suggestion.
EVIDENTIAL_VERBS = {"seem", "seems", "seemed", "appear", "appears", "appeared"}
#: Verbs and adjectives whose subject is also the subject of their to-infinitive ("is trying to show", "were more
#: likely to say"): a cue in that infinitive is their subject's.
CONTROL_VERBS = ["try", "continue", "begin", "start", "tend", "use", "fail", "move", "rush", "hasten", "decide", "choose",
                 "manage", "struggle", "hesitate"]
CONTROL_ADJECTIVES = {"likely", "unlikely", "quick", "ready", "eager", "willing", "unwilling", "able", "unable",
                      "reluctant", "careful", "keen", "happy", "hesitant", "loath"}
#: Words of degree before a control adjective ("slightly more likely to say").
DEGREE_WORDS = {"more", "less", "most", "least", "much", "far", "so", "too", "very", "even", "quite", "rather"}
#: Every form of a control verb ("tried", "continues") or adjective.
CONTROL_WORDS = {form for lemma in CONTROL_VERBS for form in _inflect(lemma)} | CONTROL_ADJECTIVES | EVIDENTIAL_VERBS

#: Verbs that name or judge rather than report: unquoted, only their object is the content, and only after
#: a name or he/she (clauses._right_content).
NAMING_VERBS = {"call", "describe", "characterize", "characterise", "dub", "label", "brand", "term", "praise",
                "thank", "criticize", "criticise", "accuse", "blame", "dismiss", "question"}

#: Verbs that take a person object before the content: "told reporters that ...".
OBJECT_VERBS = {"tell", "ask", "urge", "encourage", "warn", "assure", "reassure", "inform", "remind", "advise", "promise",
                "thank", "accuse", "blame", "criticize", "criticise", "praise", "beg", "caution", "threaten", "charge",
                "press", "push"}

#: Verbs (lemmas) of rebuttal: their object is someone else's claim ("countered her claims that A"), whose A is that
#: someone's report, not the rebuttal's.
REBUTTAL_LEMMAS = {"counter", "rebut", "dismiss", "deny", "dispute", "challenge", "reject", "mock", "question"}
#: Verbs (lemmas) of a reply: with a quotation after them, a quotation before them is the question they answer.
REPLY_CUES = {"reply", "respond", "answer", "retort"}
#: Cues that can stand after their content with an inverted subject: "..., said Smith."
INVERTIBLE = {"say", "add", "write", "ask", "note", "explain", "continue", "tell", "reply", "respond",
              "declare", "insist", "recall", "state", "warn", "argue", "conclude", "observe", "remark",
              "comment", "quip", "joke", "exclaim", "answer", "retort", "counter"}

#: Verbs whose participle after a clause reports for that clause's description subject ("A federal judge sided
#: with the city, saying …", "The nurse sued, claiming …"); not "…, revealing a red lining".
SHARED_PARTICIPLES = INVERTIBLE | {"claim", "allege", "assert", "contend", "acknowledge", "admit", "predict", "stress",
                                   "emphasize", "emphasise", "maintain", "suggest"}
#: Verbs of saying whose to-infinitive of purpose reports for the sentence's subject ("Ortiz took to the radio to
#: say …"); not "to comment", "to answer", "to counter": as often a request or a noun.
PURPOSE_CUES = {"say", "tell", "declare", "explain", "argue", "insist", "warn", "note", "stress", "emphasize",
                "emphasise", "announce", "remind", "assure", "urge"}
#: Besides those, verbs whose participle right after a noun reports a that-clause ("a letter alleging that …",
#: "evidence suggesting that …") or an indirect question ("a statement questioning whether …").
REDUCED_RELATIVE_LEMMAS = {"suggest", "show", "indicate", "announce", "confirm", "reveal", "question"}
#: Groups polled besides ``PLURAL_AUDIENCES`` ("respondents saying they …").
RESPONDENT_NOUNS = {"respondents", "americans", "democrats", "republicans", "independents", "adults", "residents",
                    "those", "parents", "workers", "women", "men", "latinos", "hispanics", "whites", "blacks"}
#: Words opening an indirect question or a manner clause: after a naming or judging verb ("questioned whether …",
#: "described how …") the content is a clause, not the writer's judgement of an object.
QUESTION_CLAUSE_STARTS = {"whether", "how", "why"}
#: Forms of "question" that are as often nouns ("a question", "the questions"): cues right before one of those words
#: ("is questioning whether …", "…, questioning why …", "Trump questions whether …"), not after a determiner or a
#: preposition ("an open question whether", "calls into question whether").
QUESTION_CUE_FORMS = {"question", "questions", "questioning"}
#: Forms of "discuss": cues only right before one of those words ("was discussing how attitudes have changed"); with a
#: noun-phrase object ("discussed the plan") a topic, which fundus leaves out.
DISCUSSION_FORMS = {"discuss", "discusses", "discussed", "discussing"}
#: Prepositions that put such a clause after a word of discourse or stance ("were coy about whether …", "spar over
#: whether …", "questions about how …", "pressed on why …"), and two-word ones by their first word ("vague as to").
QUESTION_PREPOSITIONS = {"about", "over", "on"}
#: Words opening the indirect question there: those of ``QUESTION_CLAUSE_STARTS`` and the other wh-words ("were
#: evenly divided on which candidate …", "cagey about where she stands"); after a noun "which" opens a relative ("the
#: questions on which the panel split"), not a question.
QUESTION_TOPIC_STARTS = QUESTION_CLAUSE_STARTS | {"what", "who", "where", "when", "which"}
NOUN_RELATIVE_STARTS = {"which"}
QUESTION_TWO_WORD_PREPOSITIONS = {"as": "to"}
#: Verbs (lemmas) whose topic in that shape is the indirect question they report: talking, disputing, judging aloud
#: (not verbs of belief, "wondered about whether …": a belief, which the belief cues read).
QUESTION_TOPIC_VERBS = ["talk", "argue", "debate", "agree", "disagree", "deadlock", "clash", "spar", "bicker",
                        "quarrel", "squabble", "wrangle", "feud", "comment", "testify", "boast", "brag", "complain",
                        "muse", "moralize", "moralise", "opine", "speculate", "joke", "equivocate", "waffle", "hedge",
                        "lecture", "preach", "rant", "press", "reflect", "write", "ask", "inquire", "expound",
                        "elaborate"]
#: Such verbs with forms not made by ``_inflect`` ("spoke", "fought").
QUESTION_TOPIC_IRREGULAR = {"speak": ("speak", "speaks", "spoke", "spoken", "speaking"),
                            "fight": ("fight", "fights", "fought", "fighting")}
#: Two-word verbs in that shape ("weighed in about whether …", "spoke out on how …"): the first word's lemma and
#: the particle.
QUESTION_TOPIC_PARTICLE_VERBS = (("weigh", "in"), ("speak", "out"), ("open", "up"))
#: Adjectives of stance in that shape, after a copula ("Aides were coy about whether …", "voters are split on …").
QUESTION_TOPIC_ADJECTIVES = {"coy", "cagey", "vague", "evasive", "silent", "candid", "frank", "open", "clear",
                             "explicit", "unclear", "murky", "split", "divided", "torn", "undecided", "unsure",
                             "uncertain", "adamant", "mum", "noncommittal", "specific", "upfront", "forthcoming",
                             "conflicted", "emphatic", "blunt"}


def _question_topic_forms(lemma: str) -> tuple[str, ...]:
    return QUESTION_TOPIC_IRREGULAR.get(lemma) or _inflect(lemma)


#: Every form of a ``QUESTION_TOPIC_VERBS`` verb, and of the first word of a particle verb with its particle.
QUESTION_TOPIC_VERB_FORMS = {form for lemma in (*QUESTION_TOPIC_VERBS, *QUESTION_TOPIC_IRREGULAR)
                             for form in _question_topic_forms(lemma)}
QUESTION_TOPIC_PARTICLE_FORMS = {(form, particle) for lemma, particle in QUESTION_TOPIC_PARTICLE_VERBS
                                 for form in _question_topic_forms(lemma)}
#: Nouns of discourse in that shape ("questions about how …", "an answer about how …", "the debate over whether …").
QUESTION_TOPIC_NOUNS = {"question", "questions", "answer", "answers", "debate", "debates", "dispute", "disputes",
                        "argument", "arguments", "disagreement", "disagreements", "doubts", "concerns",
                        "speculation", "statement", "statements", "comment", "comments", "remark", "remarks",
                        "views", "testimony", "rhetoric", "conversation", "conversations", "discussion",
                        "discussions", "talks", "chatter", "consensus", "message", "messages", "explanation",
                        "explanations", "criticism", "complaints", "claims", "assurances", "warnings", "advice",
                        "interview", "questioning", "inquiries", "queries", "clash", "clashes", "fight", "battle",
                        "feud", "row", "spat", "squabble", "squabbling", "bickering", "wrangling", "guidance",
                        "details", "clarity"}
#: Words between a passive auxiliary or "when" and such a participle ("was repeatedly asked about", "when again
#: pressed on").
QUESTION_PASSIVE_GAPS = {"not", "never", "repeatedly", "again", "also"}
#: Words before such a noun that make it a request, not a statement ("a request for comment on whether …").
QUESTION_TOPIC_REQUEST_LEADS = {"for"}
#: Verbs whose subject is asked, not asking, when such a noun is their object ("He has endured questions about …").
QUESTION_RECEIVING_VERBS = {form for lemma in ("face", "confront", "endure", "field", "receive", "get", "dodge", "duck", "deflect",
                                               "sidestep", "evade")
                            for form in _inflect(lemma)} | {"got", "gotten"}
#: Verbs that report only a clause, never their plain object ("maintained that the plan works"; not "maintained a
#: lead", "asserted control", "discovered a wreck"), and the reflexive objects after which a verb reports nothing
#: ("found himself in a row").
CLAUSE_ONLY_CUES = {"maintain", "assert", "forecast", "bemoan", "reassure", "discover", "brag", "clarify", "posit",
                    "surmise", "swear", "proclaim"}  # not "clarified his remarks", "swore an oath"
#: Verbs that mean watching before a plain object with no verb of its own ("observed the vote in May", "observing
#: the flood defences"; but "observed the vote was calm", "observed that …").
WATCHING_CUES = {"observe"}
#: Endings of a lower-case word in -s that is no plural noun ("glass", "famous", "crisis"): no bare verb follows it.
NOT_PLURAL_ENDINGS = ("ss", "us", "is")
#: Endings of plural nouns of people ("researchers", "donors", "scientists", "politicians", "residents", "migrants").
PEOPLE_PLURAL_ENDINGS = ("ers", "ors", "ists", "ians", "ents", "ants")
REFLEXIVE_PRONOUNS = {"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"}
#: Verbs that report nothing before a reflexive object ("found himself", "positioned itself"; but "described
#: himself as", "told himself": a statement).
REFLEXIVE_NON_CUES = {"find", "see", "show", "offer", "continue", "post", "express"}
#: Words before "found" that make it the verb "to found" ("helped found the group"), and the objects after which
#: "find" means "manage" ("found a way to", "found new ways to"): no finding.
FOUNDING_LEADS = {"help", "helps", "helped", "helping", "to"}
MANNER_OBJECTS = {"way", "ways"}
#: Words after "add" that make it "increase", not a report ("added to the uncertainty", "added up to", "adding to
#: his wins"); a number does the same ("added 1 million jobs").
ADD_NON_REPORT_STARTS = {"to", "up"}
#: Words between "decline" and a number that make it "fall" ("declined to $46 million", "declined, by nine points").
DECREASE_LINKS = {"to", "by", "from", ","}
#: Words of a count before "times" after "post" ("posted about 800 times this year"): how often, not what.
COUNT_WORDS = {"more", "than", "over", "about", "nearly", "almost", "some", "a", "an", "few", "dozen", "dozens",
               "hundred", "hundreds", "thousand", "thousands", "several", "many", "at", "least"}
#: Subjects of "know" as a filler ("you know, the ones who …", "as we know it").
FILLER_KNOWERS = {"you", "we"}
#: Verbs of an outcome after "went on to" ("went on to win the seat"): a career step, not a report (but "went on to
#: boast", "went on to name": the speaker carries on).
OUTCOME_VERBS = {"win", "lose", "become", "beat", "defeat", "finish", "earn", "capture", "serve", "found", "marry"}
#: Objects after which "assume" means "take up" ("assumed office", "assumes the presidency", "assumed a new role as"):
#: a post taken, not a belief.
OFFICE_OBJECTS = {"office", "post", "role", "roles", "power", "control", "command", "presidency", "position", "duties",
                  "responsibility", "responsibilities", "leadership", "chairmanship", "mantle", "throne", "helm", "reins",
                  "seat", "title", "job"}
#: Nouns that make "think" the first word of a compound noun ("a progressive think tank"): no belief.
THINK_COMPOUNDS = {"tank", "tanks", "piece", "pieces"}
#: Words after "call" that make it "phone in" ("called in to a radio show", "called into the programme"), unless
#: "into question" follows.
PHONE_IN_WORDS = {"in", "into"}
#: Objects after "call into" that keep it a verb of saying ("called into question the claims", "into doubt").
CALL_INTO_OBJECTS = {"question", "doubt"}
#: Words after "at" that make a bound of a quantity opening a content ("reported at least nine injuries").
QUANTITY_BOUNDS = {"least", "most"}
#: Words of frequency after such a bound: an adverbial of the cue, the content follows ("said at least once that A").
FREQUENCY_WORDS = {"once", "twice", "thrice", "times"}
#: Particles and adverbs that are no content when they are all there is after a cue ("backed down", "think twice").
LONE_ADVERBS = {"off", "down", "out", "away", "up", "back", "over", "twice", "again", "too", "however", "instead",
                "also", "often", "ahead", "aside", "along", "around", "in", "on"}
#: Lower-case words ending in -ly or -ing that are no adverbs or participles ("supported family", "named an ally",
#: "Nothing has changed, she said").
PHRASE_WORD_NOUNS = {"family", "ally", "rally", "assembly", "supply", "monopoly", "only", "reply", "nothing",
                     "everything", "something", "anything", "thing", "king", "spring", "morning", "evening"}
#: Words that end such an object ("assumed office in May", "assumed the post as acting chief", "assumes the
#: presidency if …").
OBJECT_END_WORDS = {"in", "as", "of", "on", "at", "from", "after", "before", "when", "last", "this", "next", "until",
                    "for", "and", "with", "over", "if", "unless"}
#: Nouns of documents and messages besides ``DOCUMENT_NOUNS`` and the nouns of evidence ("a lawsuit alleging that").
REPORTING_DOCUMENTS = {"lawsuit", "lawsuits", "suit", "complaint", "petition", "petitions", "story", "stories",
                       "articles", "ad", "ads", "message", "messages", "letters", "memos", "statements", "releases",
                       "motion", "indictment", "resolution", "evidence", "signs", "emails", "reports", "notes"}

PRONOUNS = {"he", "she", "they", "we", "i", "it", "you"}
#: Subjects that name no one ("There are plans to …", "there were complaints that …"): the speaker is null.
NO_ONE_SUBJECTS = {"there"}

#: Verbs whose report inside another's content is the statement recorded ("Roe said Kane told her: …" -> Kane):
#: the verbs of saying proper, less those that as often take a request or a plain object ("asked for", "answered
#: the sacrifice with …", "continued to").
NESTED_REPORT_VERBS = INVERTIBLE - {"ask", "answer", "continue", "observe", "conclude"}

#: Words between a subject and its cue that are not part of the subject.
AUXILIARIES = {
    "has", "have", "had", "also", "is", "are", "was", "were", "be", "been", "being", "will", "would",
    "could", "should", "may", "might", "must", "can", "did", "does", "do", "not", "never", "later",
    "previously", "recently", "repeatedly", "publicly", "privately", "reportedly", "once", "then",
    "again", "only", "first", "just", "already", "still", "even", "often", "long", "ultimately",
    "himself", "herself", "themselves", "itself", "further", "has also", "always", "allegedly",
    "apparently", "simply", "flatly", "now", "n’t", "n't", "all", "both", "too", "personally", "since",
    "separately", "yet", "famously", "openly", "clearly", "soon", "sometimes", "ever", "seldom",
    "almost", "instead", "thus",
}

#: Negated auxiliaries written short ("hasn't", "can’t"): a speaker mention that ends in one ("Mr. Obama hasn't")
#: names the words before it.
NEGATED_CONTRACTIONS = {f"{base}n{mark}t" for base in ("ca", "wo", "do", "does", "did", "is", "was", "are", "were",
                                                       "has", "have", "had", "could", "would", "should", "must")
                        for mark in "'’"}
#: Words between a subject and its cue that deny the saying ("Ortiz did not say.", "Reyes never said."): such a cue
#: lends no speaker to the quotation after it.
CUE_NEGATIONS = NEGATED_CONTRACTIONS | {"not", "never", "n’t", "n't"}
#: Words a speaker mention does not end with: the auxiliaries and adverbs before its cue ("Sanders has sometimes",
#: "Mr. Obama hasn't", "the mayor himself"), not those that are the mention ("they both", "the first").
TRAILING_MENTION_WORDS = NEGATED_CONTRACTIONS | (AUXILIARIES - {"all", "both", "first", "long"})
#: Auxiliary verbs: where a description subject ends ("The New York businessman has praised X, saying").
VERB_AUXILIARIES = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "should", "may",
                    "might", "must", "can", "did", "does", "do"}
#: Past forms of irregular verbs that end a description subject ("A federal judge told …").
PAST_FORMS = {"said", "told", "wrote", "thought", "knew", "saw", "heard", "felt", "found", "made", "took", "gave",
              "came", "went", "got", "kept", "left", "held", "stood", "ran", "spoke", "met", "led", "won", "lost",
              "brought", "sought", "fought", "sent", "spent", "put", "set", "struck", "threw", "drew", "broke"}
#: First words of a description subject that a participle cue shares ("The New York businessman praised X, saying").
DESCRIPTION_DETERMINERS = {"the", "a", "an", "both", "some", "many", "several", "his", "her", "their", "its",
                           "two", "three", "other", "another"}

#: Words that end a subject noun phrase when walking left from a cue.
CLAUSE_WORDS = {
    "that", "and", "but", "because", "when", "while", "as", "although", "though", "after", "before",
    "if", "so", "whereas", "where", "which", "who", "whom", "whose", "what", "why", "how", "or", "nor",
    "than", "until", "unless", "since", "once", "whether", "whereby", "yet", "then", "where", "even",
}

#: Conjunctions after which a new clause (with its own subject and cue) begins.
CLAUSE_BREAKS = {"when", "while", "as", "after", "before", "because", "but", "and", "although", "though",
                 "whereas", "since", "until", "unless", "if", "so", "even"}

#: Words that cannot sit in a list of noun phrases (a clause or an aside goes on after the comma): the
#: stance object ends at the comma before them ("backed the plan, which …", "backed the plan, Ortiz said").
#: Initials of US parties in a politician's tag ("(R-Utah)", "(D-N.Y.)", "(I-Vt.)").
PARTY_LETTERS = {"R", "D", "I"}
#: Every form of a cue verb of saying or of stance ("said", "adds", "backed", "opposing").
CUE_FORMS = set(SAY_FORMS) | set(_forms(STANCE_VERBS))
#: Words that join the last item of a list ("free tuition, cheaper care and higher wages").
LIST_CONJUNCTIONS = {"and", "or"}
LIST_BREAKS = CLAUSE_WORDS - LIST_CONJUNCTIONS | VERB_AUXILIARIES | PAST_FORMS | PRONOUNS | CUE_FORMS | {
    "according", "including", "among", "such", "not", "n't", "n’t"}

#: Conjunctions opening a subordinate clause: a name right after one is that clause's subject, not the
#: sentence's ("While Aisha waited, Mariam ...": Mariam is the subject).
SUBORDINATORS = CLAUSE_BREAKS - {"but", "and", "so", "even"} | {"once", "whenever"}
#: Words a scene-setting phrase may open with before its first word proper ("But even after the vote, …").
SCENE_INTRO_LEADS = {"but", "and", "yet", "so", "even", "still", "just", "only", "now"}
#: Last words of a span of time that dates a scene ("A year later, …", "Two weeks ago, …").
TIME_SPAN_ENDS = {"later", "earlier", "ago"}

#: Words before a participle of saying in a sentence's opening phrase ("After saying he was tired, Ortiz left").
OPENING_PARTICIPLE_LEADS = {"after", "before", "while", "since", "despite", "by", "in", "upon", "when"}
#: Words opening a clause that sets the scene of a statement ("As the phone rang, she said, ..."), not its content.
SCENE_STARTS = {"as", "when", "while", "after", "before", "once", "whenever"}
#: Subordinators that open no scene but a clause whose main clause follows (if, unless, because, though …).
REPORTED_SUBORDINATORS = SUBORDINATORS - SCENE_STARTS
#: Modal verbs: a subordinate clause that sets a scene has none ("If the port closes the town will die" is a claim).
MODALS = {"will", "would", "could", "should", "may", "might", "must", "can"}
#: Verbs that make a comma-split part of a sentence a clause, not a scene-setting phrase ("Nothing has changed,").
CLAUSE_VERBS = VERB_AUXILIARIES | {"be", "been", "am"}

#: Conjunctions opening a sentence whose clause is not complete before a cue set off by commas: the content goes on
#: after the cue ("Though A, he said, B"; not the scene-setting "When …").
CONCESSION_OPENERS = {"though", "although", "if", "unless", "because", "whereas"}
#: Openings of a contrast or condition that is reported material when the cue after it is set off by commas ("While
#: A, she added, B", "If A, she warned, B": both sides are what she said), not a scene-setting phrase.
CONCESSIVE_STARTS = CONCESSION_OPENERS | {"while"}
#: Conjunctions after a cue set off by commas that carry the reported clause on ("A, she said, because B").
CONTINUING_CONJUNCTIONS = {"because", "since", "although", "though", "unless", "but", "so", "if"}

#: Words ending in 's that are contractions (is, has, us), never possessives.
S_CONTRACTIONS = {"it's", "that's", "he's", "she's", "who's", "what's", "there's", "here's", "where's", "let's",
                  "how's", "one's"}

#: Nouns that name a person by role; "the actor stated" refers to a person named nearby.
ROLE_NOUNS = {
    "actor", "actress", "anchor", "host", "president", "senator", "governor", "mayor", "candidate",
    "nominee", "spokesman", "spokeswoman", "spokesperson", "official", "chairman", "chairwoman", "chair",
    "secretary", "minister", "director", "star", "singer", "rapper", "comedian", "congressman",
    "congresswoman", "lawmaker", "representative", "leader", "businessman", "businesswoman", "billionaire",
    "mogul", "executive", "ceo", "founder", "former", "democrat", "republican", "sheriff", "chief",
    "judge", "attorney", "lawyer", "prosecutor", "producer", "writer", "author", "journalist",
    "reporter", "coach", "player", "politician", "lawmaker", "woman", "man", "officer", "doctor",
    "commissioner", "ambassador", "general", "justice", "speaker", "activist", "musician", "filmmaker",
    "pastor", "pope", "celebrity", "veteran", "strategist", "adviser", "advisor", "aide", "pollster",
    "economist", "analyst", "historian", "professor", "scientist", "expert", "cinematographer",
    "armorer", "designer", "investigator", "detective", "agent", "manager", "owner", "victim",
    "witness", "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "member", "editor",
    "commentator", "correspondent", "columnist", "pundit", "deputy",
    "stylist", "publicist", "assistant", "biographer", "physician", "surgeon", "consultant", "lobbyist",
    "novelist", "photographer", "chef", "ally", "rival",
}

#: Roles an article describes a person by before naming them ("…, an expert has claimed.⏎Royal commentator Lee
#: Cohen said"): not those that stay unnamed as a rule (an official, a source, an aide, a spokesman, a resident).
INTRODUCED_ROLES = {"expert", "executive", "correspondent", "commentator", "columnist", "pundit", "analyst",
                    "historian", "professor", "scientist", "economist", "biographer", "author", "writer",
                    "journalist", "reporter", "editor", "host", "presenter", "lawyer", "attorney", "doctor",
                    "psychologist", "strategist", "pollster", "consultant", "researcher"}

#: What joins two names of one list ("Harbour Radio and the Tarnby Times"), and the small words such a list of
#: capitalised names may hold besides them.
NAME_JOINS = {"and", "&", "and the", "& the"}
NAME_LIST_WORDS = {"and", "&", "the"}

#: A rank written as one word with its title ("Undersheriff Dana Whitlock", "Vicechair Ana Ruiz", "Subeditor …"):
#: the title after it is a title word.
TITLE_RANK_PREFIXES = ("under", "vice", "sub")

#: Occupations and callings that, written with a capital right before a name, are a title and no part of it
#: ("Voter Ina Brask told …", "Broadcaster Teo Lund commented", "Co-inventor Mira Salo"; hyphened forms by their last
#: part). Only before a name: not ROLE_NOUNS, which "the voter said …" would resolve. Not words that are also
#: common surnames (Farmer, Baker, Cook, Driver, Hunter, Fisher, Porter).
OCCUPATION_TITLES = {
    "voter", "broadcaster", "presenter", "developer", "inventor", "researcher", "engineer", "student", "teacher",
    "nurse", "resident", "volunteer", "entrepreneur", "artist", "athlete", "blogger", "vlogger", "scholar",
    "physicist", "chemist", "biologist", "archaeologist", "psychologist", "sociologist", "criminologist",
    "astronomer", "lecturer", "protester", "protestor", "campaigner", "organiser", "organizer", "whistleblower",
    "playwright", "poet", "composer", "pianist", "guitarist", "footballer", "cricketer", "paramedic",
    "firefighter", "eyewitness", "survivor", "passenger", "shopkeeper", "employee", "programmer", "technician",
    "investor", "banker", "architect", "dentist", "pharmacist", "psychiatrist", "therapist", "epidemiologist",
    "virologist", "meteorologist", "forecaster", "geologist", "seismologist", "climatologist",
}

#: Endings of occupations that are no surname ("Ecologist", "Zoologist", "Oceanographer"): a title before a name too.
OCCUPATION_ENDINGS = ("ologist", "ographer")

#: Words that make a role another office than its noun alone: a "Vice President" or "former president" is not
#: "the president" (unless the description says so too: "the former president"); kept in the role.
OFFICE_QUALIFIERS = {"vice", "deputy", "former", "assistant", "ex"}
#: Ranks whose grades are still the rank: an "Assistant Professor" is "the professor" (but an "Assistant Coach" is
#: not "the coach", a "Deputy Mayor" not "the mayor": another person holds that office).
GRADED_RANKS = {"professor"}
#: Qualifiers that still make a graded rank another office: a "Former Professor" is not "the professor".
GRADED_RANK_QUALIFIERS = {"former", "ex"}

#: Cues that go on with the report of the speaker before ("…, he added."): a he/she there is that speaker.
CONTINUING_CUES = {"added", "adds", "adding", "continued", "continues"}
#: Past forms of verbs of saying that only a speaker does, never a finding or a document's content ("It said", not
#: "It shows", "it suggests", "it tells us"): after one, "it" may be the body that spoke last.
SPEAKER_ACT_FORMS = {"said", "added", "told", "stated", "announced", "tweeted", "posted", "replied", "responded",
                     "denied", "insisted", "explained", "continued"}

#: Participles of saying after a cue that give the quotation after them a cue of its own ("“A,” she said, adding
#: later, “B.”"): A and B are two statements, not one quotation interrupted by its cue.
SECOND_CUE_PARTICIPLES = {"adding", "asking"}  # not "continuing": the same sentence going on
#: Words that may come between the comma and such a participle (", then adding", ", before asking").
SECOND_CUE_LEADS = {"then", "before", "and"}

#: Title or role words that also open the name of a body ("Justice Department", "Republican Party"), where a
#: title before a person's name would not ("Mayor Ana Post").
BODY_TITLE_WORDS = {"justice", "democrat", "republican", "state", "press", "white", "house", "campaign", "news"}

#: Role nouns whose plural is a title before names ("Producers Ann Lee and Tom Reed"): occupations and offices, not a
#: party ("Democrats"), kin ("Sisters Ana and Rosa Ruiz" are named together) or a plural that opens a body's name
#: ("Veterans Affairs", "Mothers Against Drunk Driving").
PLURAL_TITLES = ROLE_NOUNS - {"former", "democrat", "republican", "man", "woman", "mother", "father", "son", "daughter",
                              "sister", "brother", "wife", "husband", "veteran", "victim", "witness", "member", "star",
                              "celebrity"}
#: Abbreviated honorifics and ranks before a name ("Dr. Ana Church", "Sgt. Tom House"): a title, never a body's word.
HONORIFIC_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "rev"}
#: ... and the other abbreviations a name holds ("St. Clair", "Tom Reed Jr.").
NAME_ABBREVIATIONS = HONORIFIC_ABBREVIATIONS | {"st", "jr", "sr"}
#: The articles, which open a phrase but no name.
ARTICLES = {"the", "a", "an"}

#: Last words of a body's name only when capitalised: in lower case a document ("the Geological Survey" speaks for
#: a body, "the survey" is a poll's document).
CAPITALISED_BODY_WORDS = {"survey"}
#: Last words of the names of news outlets ("the Harbour Times", "Tarnby Radio").
OUTLET_WORDS = {
    "news", "times", "post", "journal", "press", "review", "magazine", "gazette", "herald", "tribune", "weekly",
    "daily", "today", "online", "monthly", "radio", "tv", "channel", "wire", "insider", "guardian", "telegraph",
    "observer", "examiner", "chronicle", "reporter", "mirror", "independent", "economist", "politico", "courier",
}
#: Last words of the names of bodies, not people ("Environment Agency", "Fox News").
ORGANISATION_WORDS = OUTLET_WORDS | {
    "agency", "authority", "council", "office", "department", "committee", "party", "court",
    "association", "convention",
    "university", "institute", "commission", "service", "police", "campaign", "administration", "house", "senate",
    "congress", "board", "bureau", "foundation", "group", "company", "inc", "corp", "fund", "center", "centre",
    "union", "network", "ministry", "watch", "limited", "plc", "gmbh", "llp", "presidency",
    "government", "church", "school", "college", "hospital", "bank", "club", "team", "organization",
    "organisation", "coalition", "alliance", "caucus", "project", "program", "programme", "society", "trust",
    "corporation", "llc", "ltd", "co", "pac", "fbi", "cia", "states", "nations", "republicans", "democrats",
}
#: The word between a document's author and the outlet or client it was made for ("a poll by Redmond Analytics
#: for the Daily Courier").
CLIENT_LINK = "for"
#: Words after which "for" goes on with a body's own name ("the Centre for Coastal Studies", "Doctors for Safe
#: Streets"), not with a client: a body's last word, or a plural of people who name themselves for a cause.
FOR_NAME_HEADS = ORGANISATION_WORDS | {
    "fellowship", "partnership", "initiative", "forum", "league", "federation", "movement", "institution", "lawyers",
    "friends", "citizens", "doctors", "parents", "mothers", "fathers", "scientists", "americans", "families",
    "voters", "students", "veterans", "women", "nurses", "teachers", "workers", "residents",
}

#: Party words that may be all of a person's recorded role ("Republican Gov. Eric Holt": the "Gov." is dropped as a
#: title): they name no office, so a later "the governor" may still be that person.
PARTY_ROLE_WORDS = {"democrat", "democratic", "republican", "gop", "labour", "conservative", "liberal", "green"}

#: The offices an abbreviated title names ("Gov." a governor): a person whose recorded role is party words alone is
#: "the governor" only by such a title, and never "the senator" (``speakers._party_holder``).
TITLE_OFFICES = {
    "gov": {"governor"}, "sen": {"senator"}, "rep": {"representative", "congressman", "congresswoman"},
    "gen": {"general"}, "col": {"colonel"}, "lt": {"lieutenant"}, "sgt": {"sergeant"}, "capt": {"captain"},
    "prof": {"professor"},
}

#: Titles that precede a name and are not part of it.
TITLES = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "rev", "st",
    "councillor", "councilor", "councilman", "councilwoman", "councilmember", "alderman", "fire", "coach", "counsel",
    "president", "senator", "governor", "mayor", "judge", "justice", "secretary", "minister", "chairman",
    "director", "sheriff", "chief", "officer", "detective", "speaker", "representative", "congressman",
    "congresswoman", "former", "vice", "first", "lady", "prime", "attorney", "general", "sir", "dame",
    "lord", "pope", "king", "queen", "prince", "princess", "democrat", "democratic", "republican",
    "gop", "candidate", "nominee", "presidential", "actor", "actress", "director", "host", "anchor",
    "star", "singer", "assistant", "deputy", "acting", "u.s.", "us", "state", "white", "house",
    "press", "campaign", "manager", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
    "aide", "cinematographer", "producer", "writer", "billionaire", "businessman", "author", "cnn",
    "fox", "msnbc", "abc", "nbc", "cbs", "news", "the", "a", "an", "late", "rev.", "dr.", "mr.",
    "mrs.", "ms.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "sgt.", "capt.", "prof.", "st.",
}

#: Weekday names in lower case ("said Monday", "on Tuesday").
WEEKDAY_WORDS = {d.lower() for d in WEEKDAYS}

#: Capitalised words that are never (part of) a person's name.
NOT_NAMES = {w.lower() for w in (*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS)} | {
    "the", "a", "an", "in", "on", "at", "for", "of", "and", "but", "or", "if", "when", "while", "as",
    "after", "before", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you",
    "his", "her", "their", "our", "my", "its", "there", "here", "what", "why", "how", "who", "where",
    "according", "breaking", "exclusive", "update", "watch", "read", "dear", "yes", "no", "today",
    "yesterday", "tomorrow", "tonight", "last", "next", "now", "then", "still", "also", "so", "some",
    "many", "most", "all", "both", "one", "two", "three", "more", "even", "just", "by", "to", "from",
    "with", "without", "about", "over", "under", "into", "during", "since", "until", "despite",
    "however", "meanwhile", "instead", "indeed", "though", "although", "because", "not", "never", "perhaps", "maybe",
    "earlier", "later", "separately", "previously", "recently", "frankly", "finally", "again", "already",
    "once", "like", "unlike", "whereas", "saying", "yet", "between", "among",
    "thank", "thanks", "please",  # an interview's "Thank you for agreeing to …": a formula, no one speaking
    # a sentence's opening participle or describing adjective ("Speaking on air he said", "Iconic bar X says",
    # "Heroic Jane Doe said", "Distraught Ana Ortiz told …": the adjective is no part of the name)
    "speaking", "looking", "writing", "iconic", "heroic", "tragic", "distraught", "devastated", "heartbroken",
    "grieving", "tearful", "furious", "brave", "popular", "legendary", "beloved", "famous", "outspoken",
    "controversial", "disgraced", "embattled", "troubled", "jailed", "defiant", "emotional", "delighted",
    "stunned", "shocked", "angry", "frustrated", "elated", "ecstatic", "beaming", "smiling", "talented",
    "terrified", "horrified", "overjoyed", "fuming", "exhausted", "proud", "passionate", "courageous",
}
#: Pairs opening a name whose first word is otherwise no part of one: "Yet Another Radio" is named "yet another",
#: not a linking "Yet" before "Another Radio" (as "Yet Reyes said" is).
NAME_OPENING_PAIRS = {("yet", "another")}

#: Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "rev", "st",
    "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "v", "etc", "e.g", "i.e", "u.s", "u.k", "u.n",
    "a.m", "p.m", "d.c", "ft", "mt", "ave", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "est", "approx", "dept", "univ", "assn", "bros", "pres", "supt",
}

#: Acronyms written as a word the rules look up ("WHO chief …", "the WHO said", "IT staff said"): their own ``lower``
#: (``tokens.tokenize``), not the relative "who" or the pronoun "it" (nor "US" the pronoun "us").
WORD_ACRONYMS = {"WHO", "IT", "US"}

WORD_RE = re.compile(
    r"@\w+"
    r"|(?=[A-Z])(?:(?:[A-Z]\.){2,}"  # the three forms that start with a capital, passed over at once elsewhere
    r"|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    r"|Inc|Corp|Co|Ltd|No|Ft|Mt)\.(?=\s)"
    r"|(?<![\w.])[A-Z]\.(?=[ \t]+[A-Z][a-z]))"  # a middle initial: "Ana E. Ortiz"
    # "Kelce‘s": some pages type the opening mark as an apostrophe; "said.Kane" (a page that lost the space
    # after a full stop) is two words; "2,472": a number's thousands separator is no comma of the sentence
    r"|\w+(?:[’'‘\-&]\w+|\.(?![A-Z][a-z])\w+|(?<=\d),\d{3}(?!\d))*|[^\w\s]")

#: An age written as a noun or adjective ("the 42-year-old", "a 42-year-old nurse"): "42-year-old told" is its verb.
AGE_RE = re.compile(r"(\d+)-year-old")

#: Prepositions that end a subject phrase (of/for stay inside it: "a spokesman for the campaign").
PREPOSITIONS = {"in", "on", "at", "to", "from", "with", "by", "about", "into", "over", "after", "during",
                "like", "under", "against", "among", "through", "via", "per", "upon", "within", "without",
                "around", "near", "toward", "towards", "despite", "amid", "across", "behind", "beyond"}
#: Prepositions whose object is a noun phrase and never a share ("on 55 percent support", not "about a third
#: support"): a word of ``NAMED_SUBJECT_FORMS`` after their object is a noun of that phrase, not a verb.
OBJECT_PREPOSITIONS = {"on", "at", "with", "by", "from", "in", "into", "to", "of", "for", "among", "against", "without",
                       "within", "via", "per", "amid", "despite", "behind"}
#: Words of a time phrase between a subject and its cue ("Smith on Oct. 27 said", "last week").
TIME_WORDS = {w.lower() for w in (*MONTHS, *WEEKDAYS)} | {m.lower() + "." for m in MONTH_ABBREVIATIONS} | {
    "week", "month", "year", "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night",
    "weekend", "earlier", "later", "monday’s", "recently", "time", "day", "days", "weeks", "months", "years"}
TIME_LEADS = {"on", "in", "last", "this", "earlier", "late", "early", "next", "at", "over", "for", "during", "back"}
#: Determiners that start a time phrase only before a time word ("last week"; not "this episode").
DEICTIC_TIME_STARTS = {"this", "last"}
#: Words inside a time phrase before its time word ("over the past few months", "in recent weeks").
TIME_MODIFIERS = {"the", "past", "few", "several", "recent", "last", "two", "three", "many", "couple", "of", "a"}
#: First words of an apposition after a name ("Jane Doe, a lawyer, said").
APPOSITION_LEADS = {"a", "an", "the", "who", "which", "whose", "his", "her", "their", "its", "one", "now",
                    "himself", "herself", "also", "then", "formerly", "previously", "both", "another"}
#: Words after the closing comma of an aside inside an object that go on with the object ("called Grant, a miner,
#: a decent man", "a plan by Ortiz, the finance chief, to close …", "put Leeds, which …, in play").
OBJECT_RESUMERS = {"to", "as", "a", "an", "into", "for", "against", "from", "of", "over", "with"}
#: Resumers that go on with a naming verb's second object only ("called Grant, a miner, a decent man"; not
#: "endorsed Grant, the mayor, a move that …").
NAMING_RESUMERS = {"a", "an"}
#: First words of an aside inside an object: an apposition's, not an adverb's ("backed the plan, then, as …").
OBJECT_ASIDE_LEADS = APPOSITION_LEADS - {"then", "also", "now"}
DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "our",
               "my", "your", "some", "many", "several", "two", "three", "other", "another", "both", "one", "all"}
#: Words after which a lower-case ``-ed`` word in a list item is an adjective, no verb ("the retired teachers",
#: "the rights of undocumented workers"; not "Jo Hale opposed").
ADJECTIVE_PAST_LEADS = DETERMINERS | PREPOSITIONS | {"of", "for"}
#: Words opening the phrase after a list's last item that the object goes on with ("backed tuition, care and
#: wages for nurses", "…, and thinkers for opposing the plan").
LIST_TAIL_LEADS = PREPOSITIONS | {"for"}  # not "of": "…, and one of the most …" is no tail
SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i", "it", "you", "who", "someone", "somebody", "everyone",
                    "nobody", "none", "both", "others", "many", "some", "most", "few", "several", "each"}
#: Adjectives whose "to"/"with" phrase stays in the subject: "sources close to the prince", "people familiar with the talks".
ATTACHED_ADJECTIVES = {"close", "familiar", "loyal", "allied", "sympathetic", "linked", "connected", "opposed"}
#: Words that are a whole subject on their own: a group, or one of a group ("Most said", "another says").
GROUP_WORDS = {"many", "most", "some", "others", "another", "several", "both", "all", "few", "half"}
#: Group words that are the whole subject when they open the sentence or follow a comma ("Both said", "In the end,
#: all agreed that …"; not before a comma: "All told, …" is an idiom).
LONE_GROUPS = {"both", "all"}
#: Number words of poll shares ("one in three said") and of descriptions ("the mother of three").
NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
#: Words that tie a speaker to a body or a place ("Jo Lee from Clean Rivers in Port Lorne").
AFFILIATION_LINKS = {"from", "of", "at", "in", "with"}
#: Words before a town whose region follows between commas ("Ana Ruiz of Greenbelt, Maryland, said").
REGION_LEADS = {"from", "of", "at", "in"}
#: Words that cannot end a subject phrase ("a flurry of said", "don't expect").
NOT_HEADS = {"what's", "what’s", "that's", "that’s", "of", "very", "don't", "don’t", "doesn't", "doesn’t", "didn't", "didn’t", "not", "to", "a", "an", "the",
             "and", "or", "for", "with", "than", "more", "most", "less", "so", "too", "just"}
#: Capitalised first words of a sentence that are verbs, not a subject ("Following ...", "Citing ...").
VERB_LIKE_STARTS = {"following", "keeps", "including", "according", "citing", "saying", "adding", "noting"}
OBJECT_PRONOUNS = {"me", "him", "her", "them", "us", "you"}
#: The audiences of "told reporters that ...": one-word objects of a telling verb.
PLURAL_AUDIENCES = {"reporters", "journalists", "people", "supporters", "voters", "viewers", "listeners",
                    "readers", "audiences", "crowds", "lawmakers", "congress", "officials", "police",
                    "investigators", "students", "members", "donors", "fans", "followers", "host", "interviewer"}
#: After a quotation, these start its context, not more content ('“…” in the shooting').
TAIL_PREPOSITIONS = {"in", "on", "at", "during", "after", "before", "while", "when", "since", "amid", "following"}
#: Words after a quotation that opens a content and ends there: when or how it was said, not more content
#: ("chanted “Close the mine!” as the trucks …", "yelled “Stop!” at the driver").
QUOTATION_TAILS = TAIL_PREPOSITIONS | {"as"}
#: First words of an adverbial right after a cue ("said Monday", "said earlier").
TIME_STARTS = WEEKDAY_WORDS | {"last", "this", "earlier", "later", "yesterday", "today", "tonight", "recently",
                               "repeatedly", "again", "then"}
DAY_WORDS = WEEKDAY_WORDS | {"today", "yesterday"}
#: Words of a lead-in between a cue and a colon before a quotation that says how, when, where or to whom, not
#: what ("told supporters back in the spring: “A”", "said on Monday: “A”"); see ``clauses._colon_lead``.
COLON_LEAD_WORDS = PREPOSITIONS | TIME_STARTS | DETERMINERS | TIME_WORDS | TIME_LEADS | TIME_MODIFIERS \
    | PLURAL_AUDIENCES | OBJECT_PRONOUNS | {"spring", "summer", "autumn", "fall", "winter", "and"}
#: Words linking a capitalised title to its place or body in an apposition: "Democrat of Vermont".
TITLE_LINKS = {"of", "at", "for"}
#: Parts of a day after a day word: "said Friday afternoon, as ...".
DAY_PARTS = {"morning", "afternoon", "evening", "night"}
SUBJECT_WORDS = {"he", "she", "they", "we", "i", "it", "you", "there"}
#: Head nouns of the setting of a statement after its cue ("said in an interview he would …", "said at a
#: rally the plan …"): the adverbial ends with them when a clause follows.
ADVERBIAL_HEADS = {"interview", "statement", "speech", "address", "appearance", "rally", "hearing", "debate",
                   "conference", "briefing", "letter", "op-ed", "podcast", "broadcast", "forum", "meeting",
                   "session", "email", "tweet", "post", "video", "remarks", "testimony", "article", "column", "essay"}
#: Participles that name what they follow with a title in quote marks ("an article titled ‘Safer Cities for Women’").
NAMING_PARTICIPLES = {"titled", "entitled", "called", "named", "headlined"}
#: Lower-case words ending in -ed that are no past participle (nouns, adverbs, -eed verbs): "said in an interview
#: greed in the sector, …" has no participle phrase after its setting noun.
ED_NON_PARTICIPLES = {"need", "speed", "greed", "seed", "feed", "bleed", "breed", "creed", "deed", "heed", "reed",
                      "weed", "steed", "tweed", "indeed", "proceed", "exceed", "succeed", "bed", "red", "hundred",
                      "kindred", "sacred"}
#: Words that open the clause after such an adverbial (not "this"/"that": "earlier this year").
CLAUSE_OPENERS = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "he", "she", "they", "we", "i", "it",
                  "there", "how", "why", "what", "whether"}
#: First words after a cue that start an adverbial rather than the content.
#: A conjunction opening a sentence ("But Ortiz brushed Grant off, saying …"): the subject follows it.
SENTENCE_CONJUNCTIONS = {"but", "and", "yet"}
#: Adverbs that stand between a subject and its verb ("State now says …"): never a modifier of a plural noun.
NOUN_ADVERBS = {"now", "also", "still", "often", "never", "always", "already", "even", "only", "then", "later"}
#: Adverbs that open a sentence, set off by a comma, before its subject ("Nevertheless, others, including …, said"):
#: never a subject of their own.
SENTENCE_ADVERBS = {"however", "nevertheless", "nonetheless", "meanwhile", "moreover", "furthermore", "additionally",
                    "instead", "indeed", "still", "consequently", "therefore", "thus", "similarly", "likewise",
                    "separately", "ultimately", "otherwise", "regardless", "overall"}
#: Adverbs that open a sentence before its subject ("Even Ortiz, an ally of the mayor, said"): not part of it.
FOCUS_ADVERBS = {"even", "only"}
#: Adverbs of time opening a sentence without a comma before its subject ("Then she broke with custom, pledging …").
OPENING_TIME_ADVERBS = {"then", "later", "now", "soon", "again", "finally", "recently"}
ADVERBIAL_STARTS = PREPOSITIONS | TIME_STARTS | {"afterward", "afterwards", "too", "as", "when", "while", "before",
                                                 "since", "because"}
#: One-word answers a verb of saying reports ("61 percent said yes", "he said so"), and the words after one that
#: end its clause ("said yes, but …", "said no while …").
SHORT_ANSWERS = {"yes", "no", "so"}
#: Nouns of a phrase after a short answer that gives its terms, so the phrase is part of the answer ("said yes on
#: the condition that …", "agreed in principle", "said yes in exchange for …").
ANSWER_TERMS = {"condition", "understanding", "principle", "exchange", "return"}
#: Nouns after "the" that make a short answer ("31 percent said the same", "was saying the opposite").
SHORT_ANSWER_NOUNS = {"same", "opposite"}
#: Two-word answers that end their clause ("said as much", "hinted as much to the crews").
SHORT_ANSWER_PAIRS = {("as", "much")}
CONTRAST_WORDS = {"but", "while", "whereas", "and"}
#: Concessive conjunctions whose clause after a content's comma, about a person (``PERSONAL_SUBJECTS``), is the writer's.
CONCESSIVE_CONTRASTS = {"although", "though"}
PERSONAL_SUBJECTS = {"he", "she", "they"}
#: Quantifiers after "too" that open a noun phrase, not the adverb "too" ("said too many farmers …").
#: Degree words before "much" in an adverb between a subject and its cue ("Chris very much understands").
MUCH_DEGREES = {"very", "so", "pretty", "too"}
DEGREE_QUANTIFIERS = {"many", "much", "few", "little"}
POSSESSIVE_DETERMINERS = {"its", "their", "his", "her", "our", "my", "your"}
#: Words a content cannot end with: a cut right after one ("… came as", "… was that") leaves its clause open.
OPEN_ENDINGS = CLAUSE_WORDS | PREPOSITIONS | {"a", "an", "the", "his", "their", "its", "our", "my", "your", "for"}
#: The subject pronoun of a possessor speaking ("his claim that …" is what he claims).
POSSESSIVE_SUBJECTS = {"his": "he", "her": "she", "their": "they", "its": "it", "our": "we", "my": "i"}
#: Bodies a possessive speaker mention is the owner's ("his campaign said" -> "Ana Ruiz’s campaign").
OWNED_BODY_NOUNS = {"campaign", "camp"}
PASSIVE_AUXILIARIES = {"was", "were", "is", "are", "be", "been", "being", "get", "gets", "got", "’s", "'s"}
PROGRESSIVE_AUXILIARIES = {"is", "are", "was", "were", "been", "be", "’s", "'s", "keeps", "kept", "am"}
#: Words before a past form that make it an adjective when a noun follows ("271 pledged delegates", "the
#: announced cuts"); a number does too.
ATTRIBUTIVE_LEADS = {"the", "a", "an", "this", "these", "those"}
#: Words after a past form that keep it a verb ("pledged to", "backed out", "were not"): no noun follows.
NOT_NOUN_STARTS = {"to", "for", "of", "as", "up", "out", "off", "not", "n't", "n’t"}
#: "X is expected to": the writer's own inference (an attribution without a speaker), as "X seemed to".
EXPECTED_VERBS = {"expected"}
#: Words before a belief adjective ("is confident that").
COPULAS = {"is", "are", "was", "were", "be", "been", "remain", "remains", "remained", "seemed", "seems",
           "appeared", "appears", "not", "very", "so", "fully", "increasingly", "also", "still", "more", "less"}
#: Labels before a colon at a line start that are not a transcript's speaker ("EXCLUSIVE:", "Read more:").
NOT_SPEAKER_LABELS = {
    "exclusive", "breaking", "update", "updated", "watch", "note", "editor’s note", "editor's note",
    "read", "read more", "related", "photos", "photo", "video", "correction", "clarification",
    "advertisement", "source", "sources", "credit", "image", "caption", "warning", "listen", "see also",
    "more", "also", "here", "transcript", "full transcript", "example", "question", "answer", "title",
    "subject", "date", "time", "location", "where", "when", "what", "why", "how", "who", "tags", "topics",
    "filed under", "follow", "share", "tweet", "email", "print", "comments", "posted", "published",
    "contributing", "contributors", "reporting", "additional reporting", "written by", "edited by",  # credit lines
}
#: Small words a title in quote marks may have in lower case ("The Lord of the Rings").
TITLE_SMALL_WORDS = {"of", "the", "a", "an", "and", "in", "on", "at", "to", "for", "with", "from", "by", "or", "vs"}

#: Ranks and offices that precede a name ("Brigadier General Vicente Blanco") besides ``TITLES``.
RANKS = {"brigadier", "major", "colonel", "lieutenant", "sergeant", "captain", "commander", "commandant", "admiral",
         "marshal", "corporal", "chancellor", "premier", "ceo", "chair", "spokesperson", "novelist", "economist",
         "researcher", "analyst", "professor", "inspector", "superintendent", "constable", "councillor", "mp", "mep", "pm",
         "senior", "chief", "executive", "managing", "deputy", "opposition", "leader", "envoy", "ambassador"}
#: Past participles that stand after the noun they describe ("said one Republican involved", "said those polled"):
#: an inverted subject, not a clause ("said the plan failed").
POSTNOMINAL_PARTICIPLES = {"involved", "concerned", "affected", "polled", "surveyed", "interviewed", "questioned",
                           "asked", "contacted", "briefed", "consulted"}
#: Comparatives before "than" that bound a quantity ("more than a third said"), not a comparison whose clause is elided
#: ("more diverse than its name suggests").
QUANTITY_COMPARATIVES = {"more", "less", "fewer", "other", "rather"}
#: Pronouns after a cue that stand for what was said before ("would say this to Ortiz", "said it in May"): no content
#: after them.
ANAPHORIC_OBJECTS = {"this", "it"}
#: Words that name a person's office or role ("the senator", "Chief Inspector").
OFFICE_WORDS = ROLE_NOUNS | RANKS
#: Offices often abbreviated, and their words: "the PM" is the article's "Prime Minister Ana Ruiz" and back.
OFFICE_ABBREVIATIONS = {"pm": "prime minister", "ceo": "chief executive"}
#: Words that make one office of a noun ("prime minister", "finance minister", "police chief"): a description with one
#: names only a person whose role has the same word there.
OFFICE_PORTFOLIOS = {"prime", "foreign", "finance", "home", "defence", "defense", "interior", "health", "justice",
                     "education", "transport", "energy", "environment", "trade", "economy", "agriculture", "police",
                     "fire", "district", "executive", "chief"}
#: Title words that stay in a person's role ("Prime" of "Indian Prime Minister", "Vice"); honorifics ("Mr", "Sir",
#: "Dr") do not.
ROLE_TITLE_WORDS = OFFICE_WORDS | OFFICE_QUALIFIERS | OFFICE_PORTFOLIOS
#: Honorifics and titles that tell a person's gender.
FEMALE_TITLES = {"mrs", "ms", "miss", "dame", "lady", "queen", "princess", "madam", "mrs.", "ms."}
MALE_TITLES = {"mr", "sir", "lord", "king", "prince", "mr."}
#: Titles that stay in the name of one known by a single name ("Prince Harry", "Queen Rania").
ROYAL_TITLES = {"prince", "princess", "king", "queen"}
#: Role nouns that tell a person's gender ("the woman", "the mother of three").
FEMALE_NOUNS = {"woman", "mother", "wife", "daughter", "sister", "actress", "spokeswoman", "chairwoman", "girl",
                "congresswoman", "businesswoman", "grandmother", "widow", "mum", "mom", "aunt", "niece", "lady",
                "policewoman", "girlfriend"}
MALE_NOUNS = {"man", "father", "husband", "son", "brother", "actor", "spokesman", "chairman", "boy", "congressman",
              "businessman", "grandfather", "widower", "dad", "uncle", "nephew", "policeman", "boyfriend"}
#: Family relations: "NAME’s mom" is the one other person of NAME's surname the article names.
RELATIVE_NOUNS = {"mother", "mom", "mum", "father", "dad", "wife", "husband", "son", "daughter", "brother", "sister",
                  "grandmother", "grandfather", "widow", "widower", "aunt", "uncle", "niece", "nephew"}
FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
#: Words before a name that make it a place or a thing, not a person ("in Cape Town", "the South China Sea").
PLACE_LEADS = {"in", "at", "from", "near", "across", "into", "outside", "inside", "around", "throughout", "the",
               "to", "of", "via", "towards", "toward", "within", "on"}
#: Nouns of documents and pages: "Kessler’s LinkedIn page" speaks for Kessler.
DOCUMENT_NOUNS = {"page", "profile", "report", "post", "posts", "statement", "study", "account", "website", "memo",
                  "letter", "tweet", "tweets", "blog", "book", "article", "filing", "biography", "bio", "channel",
                  "feed", "diary", "podcast", "newsletter", "column", "essay", "paper", "data", "survey", "figures",
                  "analysis", "research", "review", "records", "documents", "filings", "release", "poll"}
#: Settings of a cue whose title may follow after a comma ("wrote in his autobiography, “Salt and Clay”", "said on his
#: show, “Harbour Hour”"): the title names the setting, it is not the content.
#: Only things that have titles: not a tweet, post, statement, speech or letter ("wrote in a tweet, “Sad.”" is speech).
TITLED_SETTINGS = {"book", "books", "memoir", "memoirs", "autobiography", "novel", "show", "program", "programme",
                   "film", "documentary", "series", "album", "column", "podcast"}
#: Heads of a document phrase opening a sentence that a following "It says …" is (besides DOCUMENT_NOUNS).
IT_DOCUMENTS = DOCUMENT_NOUNS | {"treaty", "law", "act", "bill", "constitution", "charter", "manifesto", "quote",
                                 "entry", "notice", "ruling", "judgment", "order", "guidance", "policy", "agreement"}
#: "A study published in Nature", "research released on Monday": a participle after a document's noun whose "in"/"on"
#: phrase is where the document appeared, part of its phrase.
VENUE_PARTICIPLES = {"published", "released", "posted", "presented", "printed", "appearing"}
#: Things put out that a participle of publishing after them describes ("a statement posted to her account", "a video
#: posted online"): the participle is no cue of theirs.
PUBLISHED_ITEMS = IT_DOCUMENTS | {"video", "videos", "message", "messages", "clip", "photo", "photograph", "picture",
                                  "image", "letter"}
#: Seats of government that stand for it ("the Kremlin said", "Number 10 said"): organisations.
GOVERNMENT_SEATS = {"kremlin", "white house", "downing street", "number 10", "no 10", "no. 10", "pentagon", "elysee",
                    "élysée", "whitehall", "blue house", "vatican", "quai d'orsay", "zhongnanhai"}
#: Common first names given (almost) only to women or only to men: a pronoun of the other gender does not refer to
#: a person of such a first name whose gender the article never tells ("Susan Ward … He said" is not Susan Ward).
#: Not here: names given to both (Kim, Alexis, Andrea, Jesse), names that are also places (Virginia, Madison) and
#: names that stand for one public figure rather than a common name.
FEMALE_FIRST_NAMES = {
    "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "lisa",
    "nancy", "betty", "margaret", "sandra", "kimberly", "emily", "donna", "michelle", "carol", "amanda", "melissa",
    "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "angela", "shirley", "anna",
    "ann", "anne", "brenda", "pamela", "emma", "nicole", "helen", "samantha", "katherine", "christine", "debra",
    "rachel", "carolyn", "janet", "catherine", "maria", "heather", "diane", "ruth", "julie", "olivia", "joyce",
    "lauren", "christina", "joan", "evelyn", "judith", "megan", "cheryl", "hannah", "jacqueline", "martha",
    "gloria", "teresa", "sara", "frances", "kathryn", "janice", "abigail", "alice", "judy", "sophia", "grace",
    "denise", "amber", "doris", "marilyn", "danielle", "beverly", "isabella", "theresa", "diana", "natalie",
    "brittany", "marie", "kayla", "lori", "sonia", "elena", "fatima", "aisha", "priya", "mei", "olga", "irina",
    "natasha", "ana", "lucia", "sofia", "camila", "isabel", "carmen", "rosa", "ines", "chloe", "sophie", "lucy",
    "ella", "amelia", "jane", "kate", "claire", "caroline", "louise", "harriet", "eleanor", "nadia", "leila",
    "zara", "meghan",
}
MALE_FIRST_NAMES = {
    "james", "robert", "john", "michael", "david", "william", "richard", "joseph", "thomas", "charles",
    "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
    "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
    "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel",
    "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "jose",
    "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan", "walter", "noah", "jeremy", "keith",
    "roger", "terry", "gerald", "harold", "sean", "carl", "arthur", "lawrence", "dylan", "bryan", "billy", "joe",
    "bruce", "gabriel", "logan", "albert", "willie", "alan", "juan", "wayne", "elijah", "randy", "roy", "vincent",
    "ralph", "eugene", "russell", "bobby", "mason", "philip", "louis", "ted", "mike", "tom", "bill", "jim", "bob",
    "ben", "tim", "dan", "nick", "tony", "ahmed", "mohammed", "muhammad", "omar", "hassan", "ivan", "dmitry",
    "sergei", "vladimir", "carlos", "luis", "miguel", "pedro", "jorge", "diego", "pablo", "hans", "klaus", "pierre",
    "jean-pierre", "emmanuel", "boris", "nigel", "oliver", "harry", "charlie", "simon", "martin", "graham", "ian",
    "neil", "stuart", "colin", "hugh", "rupert",
}
#: Role nouns for the one an action befell, not the one who did it: "the victim" is the last person named, not the
#: last speaker or sentence subject ("Tom Kane attacked Ana Reed. The victim said …" is Ana Reed).
PATIENT_NOUNS = {"victim", "victims"}
#: Description nouns of an apposition that say who a person is to someone or what they are, not an office: no
#: ``role`` ("his wife, Ana Reed,"; but "Jo Reed, a spokeswoman for Portline," has the role "spokeswoman for Portline").
#: ("colleague", "classmate", "relative" need no entry: no ``_DESCRIBING_NOUNS``, they never give a role.)
NO_ROLE_NOUNS = RELATIVE_NOUNS | PATIENT_NOUNS | {"woman", "man", "girl", "boy", "lady", "friend", "neighbour",
                                                  "neighbor", "resident", "witness"}
#: Words before such a noun that make it a calling after all: "an expert witness" is a role ("a witness" is not).
ROLE_MAKING_MODIFIERS = {"expert"}
FIRST_NAMES = FEMALE_FIRST_NAMES | MALE_FIRST_NAMES  # where a name starts after an office ("Mayor of London Sadiq Khan")
#: Nouns for two people: "the couple" is the last two people the article names joined by "and".
PAIR_NOUNS = {"couple", "pair", "duo", "two"}
#: Bodies referred to as "they", never "it" ("Police said … They added …").
PLURAL_BODIES = {"police", "staff", "crew", "personnel", "people", "officials", "authorities"}
#: Numbered provisions ("Clause 14", "Section 9") that a following "It says …" is.
PROVISION_WORDS = {"Article", "Section", "Clause", "Rule", "Paragraph", "Amendment"}
#: Documents of a platform ("a Facebook post", "a YouTube channel"): the capitalised word before them is where
#: they appeared, not who wrote them.
PLATFORM_DOCUMENTS = {"page", "profile", "post", "posts", "tweet", "tweets", "account", "website", "blog", "channel",
                      "feed", "podcast", "newsletter", "column"}
#: Words after a document noun that say who saw or obtained it, not who wrote it ("a memo seen by Reuters").
DOCUMENT_TAILS = {"seen", "obtained", "reviewed", "leaked", "shared", "sent", "released", "published", "dated"}
#: Participles naming who made a document ("a poll conducted by Redmond Polling"): its author, who speaks for it.
AUTHOR_PARTICIPLES = ("conducted", "carried out", "published", "released", "compiled", "produced", "prepared",
                      "written", "issued")
#: Last words of the names of places and things, not people ("Sokoine Street", "Lindi Region").
PLACE_WORDS = {"street", "road", "avenue", "lane", "boulevard", "region", "province", "county", "city", "town", "district",
               "sea", "ocean", "river", "island", "islands", "square", "terminal", "stand", "station", "airport",
               "bay", "mountains", "valley", "coast", "border", "strait", "gulf", "peninsula", "republic", "kingdom",
               "territory", "territories", "state", "village", "stadium", "harbour", "harbor", "highway", "motorway",
               "canal", "desert", "africa", "america", "asia", "europe", "ireland", "zealand", "korea", "arabia",
               "canada", "festival", "summit", "conference", "awards", "olympics", "war"}
#: First words of places, never of a person's name ("Northern Cyprus", "South Sudan", "West Virginia").
PLACE_OPENERS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"}
#: Capitals that stand for their governments in news ("Manila accused …"), with the adjective of the
#: country: the capital is "the Philippine government" when the article writes that phrase.
CAPITAL_ADJECTIVES = {
    "washington": "american", "beijing": "chinese", "moscow": "russian", "london": "british", "paris": "french",
    "berlin": "german", "tokyo": "japanese", "seoul": "south korean", "pyongyang": "north korean",
    "tehran": "iranian", "kyiv": "ukrainian", "kiev": "ukrainian", "manila": "philippine", "taipei": "taiwanese",
    "new delhi": "indian", "islamabad": "pakistani", "ankara": "turkish", "jerusalem": "israeli", "cairo": "egyptian",
    "riyadh": "saudi", "canberra": "australian", "ottawa": "canadian", "hanoi": "vietnamese", "jakarta": "indonesian",
    "bangkok": "thai", "kabul": "afghan", "baghdad": "iraqi", "damascus": "syrian", "caracas": "venezuelan",
    "havana": "cuban", "mexico city": "mexican", "brasilia": "brazilian", "pretoria": "south african",
    "nairobi": "kenyan", "abuja": "nigerian", "addis ababa": "ethiopian", "dhaka": "bangladeshi", "rome": "italian",
    "madrid": "spanish", "warsaw": "polish", "minsk": "belarusian", "tbilisi": "georgian", "doha": "qatari",
    "abu dhabi": "emirati", "wellington": "new zealand", "dublin": "irish", "budapest": "hungarian",
    "athens": "greek", "lisbon": "portuguese", "stockholm": "swedish", "oslo": "norwegian", "copenhagen": "danish",
    "helsinki": "finnish", "vienna": "austrian", "bern": "swiss", "kuala lumpur": "malaysian", "singapore": "singaporean",
    "beirut": "lebanese", "amman": "jordanian", "kampala": "ugandan", "kigali": "rwandan", "harare": "zimbabwean",
    "windhoek": "namibian", "lusaka": "zambian", "accra": "ghanaian", "dakar": "senegalese", "rabat": "moroccan",
    "algiers": "algerian", "tunis": "tunisian", "tripoli": "libyan", "khartoum": "sudanese", "sanaa": "yemeni",
    "colombo": "sri lankan", "kathmandu": "nepalese", "yangon": "myanmar", "naypyidaw": "myanmar", "bogota": "colombian",
    "lima": "peruvian", "santiago": "chilean", "buenos aires": "argentine", "quito": "ecuadorian", "managua": "nicaraguan",
}

#: Common nouns for a body: "the alliance said" is the organisation that spoke last.
BODY_NOUNS = {"alliance", "bloc", "organisation", "organization", "company", "firm", "agency", "coalition", "group",
              "union", "body", "institution", "authority", "regulator", "watchdog"}
#: Nouns for the person behind a user name: "the poster" is the user the article named last.
USER_NOUNS = {"poster", "user", "redditor", "commenter", "account"}
#: People who speak for a body: "a spokesman for the Home Office" is the Home Office speaking.
SPOKESPEOPLE = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"}
#: ... and those who speak for whoever is named as theirs ("the ministry's spokesman", "a representative of the union").
REPRESENTATIVES = SPOKESPEOPLE | {"representative", "representatives"}
#: Words between a spokesperson and the body spoken for ("a spokesman for the Harbour Party", "… at the Harbour
#: Ministry"), and between a document and its author or publisher ("a report by …", "a report in the Harbour Gazette").
SPOKESPERSON_LINKS = {"for", "of", "at"}
AUTHOR_LINKS = {"by", "from", "in"}
#: Heads of a description that names a person ("his sister", "the spokeswoman"): one set off before a name after a
#: clause describes the speaker (not "Sales rose, a record high, Reyes said": the content's own aside).
PERSON_DESCRIPTIONS = ROLE_NOUNS | RELATIVE_NOUNS | FEMALE_NOUNS | MALE_NOUNS | REPRESENTATIVES
#: Verbs of saying after which a body's name is followed by its own "its" ("Northsea Link responded that its offer …").
BODY_SAY_FORMS = {"said", "says", "responded", "replied", "announced", "stated", "added", "insisted", "argued",
                  "confirmed", "denied", "claimed", "explained", "noted", "warned", "told"}
#: Prepositions of where a described speaker is ("a woman in the crowd said", "a voice in the radio spot says").
LOCATION_LINKS = {"in", "at", "on"}
#: The people a named lead speaks with ("Ortiz and her team wrote", "Reyes and his colleagues reported"): the lead is
#: the speaker.
LEAD_COMPANIONS = {"team", "colleagues", "co-authors", "coauthors", "collaborators", "co-workers", "researchers"}
#: Possessives before such a companion noun ("her team", "their colleagues").
COMPANION_POSSESSIVES = {"his", "her", "their"}
#: Words after which such a lead opens its own clause ("…, but Ortiz and her team found", "that Ortiz and her team");
#: after any other word the name is an object ("Residents who met Ortiz and her team said": the team spoke).
LEAD_OPENERS = CLAUSE_BREAKS | {"that"}
#: Conjunctions after a comma that open a clause with a subject of its own ("…, but Ortiz was in Leeds, stressing …").
CLAUSE_JOINERS = {"but", "and", "yet"}
#: Dashes as tokens (a dateline's "DOVER, Jan. 4 (UPI) —"; a hyphen standing alone is one).
DASHES = {"—", "–", "-"}
#: Prepositions before a town whose region may follow it ("in Leeds, Kent,", "near Dover, Del.,").
TOWN_PREPOSITIONS = {"in", "at", "near", "from", "outside"}
#: Verbs whose subject is the author of the document they take ("the party issued a statement saying that …").
ISSUING_VERBS = {"issued", "released", "sent", "published", "posted", "filed", "circulated", "unveiled", "wrote",
                 "signed", "submitted"}
#: Small words inside the name of a body ("Bureau of Forests and Inland Lakes").
NAME_CONNECTORS = {"of", "and", "for", "the", "&", "on"}
#: Words between a title and its office's complement before a name ("Mayor of London Sadiq Khan", "Senator from Vermont
#: Ana Ruiz").
OFFICE_LINKS = {"of", "for", "from"}
#: Lower-case particles inside a surname ("Ana von der Berg", "Ana de Silva"); capitalised when a sentence opens
#: with the surname ("La Vega said").
SURNAME_PARTICLES = {"de", "van", "von", "der", "den", "ter", "da", "das", "dos", "du", "bin", "al", "del", "la", "le"}
#: Words that may open a two-word surname, in any case ("Oona Mac Aoidh", "Vic De Luca", "Ann Van Dyke").
SURNAME_OPENERS = SURNAME_PARTICLES | {"mac", "di"}
#: First words (or two) of a post's last paragraph that promotes where to find it ("Watch tomorrow at
#: 8pm on …", "Have a listen", "Read more: …"), the poster's call to the reader, not the statement.
PROMO_STARTS = {"watch", "listen", "read", "stream", "subscribe", "tune", "click", "download", "catch", "join",
                "follow", "have a", "sign up", "find out", "more"}

#: Words that only link a sentence to the one before ("But, according to the poll, …", "In addition, according
#: to …"): before "according to" at the start of a sentence they are no part of the content.
LINKING_WORDS = {"but", "and", "yet", "so", "however", "still", "also", "moreover", "furthermore", "meanwhile",
                 "instead", "indeed", "in", "addition", "fact"}

#: Object verbs with an infinitive content whose object is the subject of what was asked ("urged voters to
#: stay home": the content is "voters to stay home", the clause that was said, not the bare infinitive).
#: Not "promised voters to …": the one who promised acts.
DIRECTIVE_VERBS = {"ask", "urge", "encourage", "warn", "caution", "advise", "beg", "press", "push"}
#: Forms of verbs of pressure: cues only before an object and a to-infinitive ("pressed Reyes to resign"; not "pressed
#: ahead", "pushed for", "a press conference"), then directives as ``DIRECTIVE_VERBS``.
PRESSURE_FORMS = {"pressed": "press", "presses": "press", "pressing": "press", "pushed": "push", "pushes": "push",
                  "pushing": "push"}

#: Words that start the main clause after an opening subordinate clause ("While Ortiz said A, the council …",
#: "…, most voters …"): a subject (not "who", "what": a relative or a question).
MAIN_CLAUSE_SUBJECTS = (CLAUSE_OPENERS | SUBJECT_PRONOUNS) - {"who", "how", "why", "what", "whether"}
#: "not just/only A, but B": one content across the "but".
NOT_JUST_WORDS = {"just", "only", "merely", "simply"}

#: Participles of stance and prepositional cues that end a content before them, as those of verbs of saying do
#: ("said A, citing B", "…, pointing to B"): the speaker's next act, not more of A.
STANCE_PARTICIPLES = {"citing", "pointing", "referring", "focusing", "echoing", "highlighting", "questioning",
                      "invoking", "defending", "rejecting", "attacking", "stating", "warning"}
#: Participles after a comma that tell what a statement led to ("…, drawing sharp replies", "…, putting
#: him ten points ahead", "…, sending shares lower"): the writer's account of its effect, not what was said.
#: A small closed set on purpose: these almost never go on with a reported clause ("…, dealing a blow to …",
#: "…, contradicting the police's account"); others tried (prompting, sparking, leaving, forcing, making, raising,
#: inviting) as often continue the speaker's own words ("said the levy would hurt farmers, leaving them …") and
#: gained nothing on PolNeAR train (r8wb).
RESULT_PARTICIPLES = {"drawing", "putting", "sending", "dealing", "contradicting"}
#: A phrase closing a content that is its setting, not what was said ("… in an interview with a local station", "… at a rally
#: in Leeds", "… during a news conference"): one of these prepositions, an article and one of these nouns.
SETTING_PREPOSITIONS = {"in", "during", "at"}
SETTING_HEADS = {"interview", "statement", "tweet", "appearance", "conference", "rally"}
#: Adverbs before a subordinator that opens a sentence ("Just when we thought A, we …", "Even if she said A, …",
#: "But now that we know A, …").
SUBORDINATOR_LEADS = {"just", "even", "only", "now"}
#: Prepositions opening an absolute phrase before the main clause, as a subordinator opens a clause ("With Ortiz
#: calling it “a disgrace”, the council …": what Ortiz said ends at the comma).
ABSOLUTE_LEADS = {"with"}
#: Words that open the question of "Asked …, she said": after who asked and when ("Asked by a reporter on Monday
#: whether …"), the question starts at one of them.
QUESTION_STARTS = {"whether", "why", "how", "what", "who", "if", "when", "where", "about"}
#: Words that only point back to a topic named before ("Asked about it, Ortiz said …"): a question of them alone,
#: with prepositions and time words, asks nothing to report.
POINTING_TOPICS = OBJECT_PRONOUNS | {"it", "this", "that", "these", "those"}
#: Words of a phrase of when or where closing a stance verb's object ("backed Ortiz in 2012", "in late May", "for
#: years", "on Twitter", "… here"): when or where it was backed, not what.
WHEN_PREPOSITIONS = {"in", "since", "during", "until"}
#: Prepositions whose phrase is a time even with a noun of an event ("mentioned Ortiz since the debate", "backed
#: Bell during his time in office"): when, not what.
EVENT_TIME_PREPOSITIONS = {"since", "during"}
WHEN_MODIFIERS = {"late", "early", "mid", "mid-"}
MONTH_WORDS = {m.lower() for m in MONTHS}
DURATION_WORDS = {"years", "months", "decades", "weeks", "days"}
PLATFORM_WORDS = {"twitter", "facebook", "instagram", "television", "tv"}
PLATFORM_PAGES = {"website", "page", "account", "feed", "blog"}  # "on its Facebook page", "on his website"
PLACE_ADVERBS = {"here", "online"}
#: Words after "but" that turn to what the speaker did not do ("said A but didn't name them", "but declined to …").
NEGATED_TURNS = {"didn't", "didn’t", "wouldn't", "wouldn’t", "declined", "refused"}
#: Words after "…, according to SRC," that start the writer's own clause, not more of the content ("A, according to
#: critics, but B"); a participle does too ("…, making C").
SOURCE_TAIL_WORDS = {"but", "and", "yet", "while", "though", "although", "whereas"}
#: "expressed (deep) concern about A", "has shown no interest in A": a feeling named as the object of these verbs, with
#: one of these prepositions after it, frames the content; what the feeling is about starts after the preposition.
FEELING_VERBS = {"express", "show"}
FEELING_DEGREES = {"deep", "grave", "serious", "strong", "great", "growing", "deepening", "little", "no"}
FEELING_NOUNS = {"concern", "concerns", "fear", "fears", "doubt", "doubts", "alarm", "worries", "interest",
                 "confidence", "frustration", "outrage", "skepticism", "scepticism", "optimism", "disappointment",
                 "anger"}
FEELING_PREPOSITIONS = {"about", "over", "that", "in", "with", "at", "for"}
#: Verbs whose person object and its adverbials may run long before "that" ("told The Harbour and Coast Gazette
#: of Gdansk on Saturday that A", "telling supporters after his win that A"); of the clause words, only these may
#: sit there.
LATE_THAT_OBJECT_VERBS = {"tell", "remind", "assure", "reassure", "inform", "warn"}
LATE_THAT_OBJECT_WORDS = {"and", "after", "since", "before", "until"}
#: Prepositions of a short setting between a cue and a subject pronoun ("said after the match he would …"):
#: when or where, not a topic ("told about debts she was carrying": a relative without "that").
SETTING_LEADS = {"after", "before", "during", "since", "amid", "under", "at", "in"}
#: Adverbs between a conjunction and a coordinated verb that shares the sentence's subject ("said A and then said B",
#: "…, and later claimed B", "…, even suggesting B").
COORDINATED_ADVERBS = {"also", "then", "later", "even", "since"}
#: Relative pronouns: after "according to SRC, a/an …" one of these opens the apposition's own clause ("…, an analyst
#: who has followed the firm"), so the words are SRC's apposition, not the clause going on.
RELATIVE_PRONOUNS = {"who", "whom", "whose", "which", "that"}
#: ... that open a relative clause about the person named just before ("said the mayor, Ana Ruiz, who …").
PERSON_RELATIVES = {"who", "whose"}
#: Cue lemmas that are also idioms not of saying (clauses._idiom: "helped found", "went on to win", "you know",
#: "added 1 million jobs", "declined to $28 million", "posted 5,000 times", "assumed office in May", "a think tank",
#: "called in to a radio show").
IDIOM_LEMMAS = {"find", "went on", "know", "add", "decline", "post", "assume", "think", "call"}
#: Auxiliaries that, with a negation after "but", turn to what the speaker did not do ("but did not say who").
NEGATED_AUXILIARIES = {"did", "would"}
#: Words that open a phrase before a sentence's main clause ("When pressed on why A, …", "Rather than moralize about
#: whether A, …", "Amid questions about how A, …"): an indirect question inside it ends at its comma.
QUESTION_OPENING_LEADS = SUBORDINATORS | PREPOSITIONS | {"rather"}
