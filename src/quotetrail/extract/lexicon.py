"""Word lists the rules use: reporting verbs (inflected here), function words, roles and titles.

The reporting-verb list is a starting point, not a filter on its own: a verb only becomes a cue
when the clause around it also has a speaker and a content (see ``clauses``).
"""
from __future__ import annotations

import re

#: Verbs of saying and writing (lemmas). Irregular forms are in ``IRREGULAR``.
SAY_VERBS = """
say tell add write ask note report announce suggest tweet argue explain continue declare insist
claim allege deny respond reply state acknowledge admit warn urge predict promise pledge vow
recall conclude concede assert contend maintain mention reveal confirm testify complain boast
observe remark comment stress emphasize emphasise reiterate repeat indicate estimate answer
retort counter quip joke exclaim shout yell scream whisper muse recount disclose divulge inform
remind assure caution threaten propose demand advise charge accuse blame criticize criticise
praise thank describe characterize characterise dismiss rebut lament question wonder speculate
announce post blog text email write declare decree rule find show suggest signal hint imply
agree disagree object protest plead beg
""".split()

#: Verbs of belief, knowledge and intention, which PARC-style corpora also treat as attribution.
THINK_VERBS = """
believe think know feel fear hope expect want plan worry doubt suspect guess assume reckon
figure imagine consider understand learn realize realise recognize recognise see hear read
""".split()

IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
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
    "rule": ("rules", "ruled"),
}

#: Lemmas whose inflected forms are too often something else ("rule", "post", "text", "charge").
_RARE_FORMS = {"post": ("posted",), "text": ("texted",), "charge": ("charged",), "counter": ("countered",),
               "question": ("questioned",), "object": ("objected",), "protest": ("protested",),
               "signal": ("signaled", "signalled"), "blog": ("blogged",), "email": ("emailed",),
               "figure": ("figures",), "want": ("wants", "wanted"), "plan": ("plans",),
               "continue": ("continued",), "answer": ("answered",)}

_DOUBLE_FINAL = {"plan", "admit", "regret", "blog", "quip", "signal", "stop", "commit", "omit", "refer"}


def _inflect(lemma: str) -> tuple[str, ...]:
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
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


SAY_FORMS: dict[str, str] = _forms(SAY_VERBS)
THINK_FORMS: dict[str, str] = _forms(THINK_VERBS)
# A few forms collide with common nouns/adjectives and are kept out of the belief list.
for _word in ("see", "read", "figure", "plan", "consider", "hope", "fear", "guess", "learn", "hear",
              "doubt", "feel", "know", "understand", "expect", "imagine", "reckon", "assume", "want",
              "think", "believe", "worry", "suspect", "realize", "realise", "recognize", "recognise",
              "seen", "known", "feeling", "thinking", "seeing", "reading", "hearing", "understanding",
              "learning", "knowing", "fearing", "hoping", "worrying", "wanting", "planning"):
    THINK_FORMS.pop(_word, None)
for _word in ("show", "find", "state", "report", "post", "answer", "question", "charge", "state",
              "rule", "finding", "showing", "reading", "comment", "joke", "repeat", "demand",
              "counter", "shout", "object", "complain", "thank", "signal", "text", "email",
              "stating", "continue", "continuing", "concern", "promise", "protest", "plead",
              "blame", "praise", "mention", "estimate", "reply", "respond", "add", "note",
              "claim", "tweet", "warning", "ruling", "saying", "writing"):
    SAY_FORMS.pop(_word, None)

#: Multi-word cues, matched as phrases.
PHRASE_CUES: tuple[str, ...] = (
    "according to", "pointed out", "points out", "point out", "pointing out", "made clear",
    "made it clear", "makes clear", "went on to say", "went on", "called for", "calls for",
    "calling for", "called on", "calls on", "summed up", "spelled out", "wrote in", "said in a statement",
    "in a statement", "in an interview", "in a tweet", "in a post",
)

#: Verbs that take a person object before the content: "told reporters that ...".
OBJECT_VERBS = {"tell", "ask", "urge", "warn", "assure", "inform", "remind", "advise", "promise", "thank",
                "accuse", "blame", "criticize", "criticise", "praise", "beg", "caution", "threaten", "charge"}

#: Cues that can stand after their content with an inverted subject: "..., said Smith."
INVERTIBLE = {"say", "add", "write", "ask", "note", "explain", "continue", "tell", "reply", "respond",
              "declare", "insist", "recall", "state", "warn", "argue", "conclude", "observe", "remark",
              "comment", "quip", "joke", "exclaim", "answer", "retort", "counter"}

PRONOUNS = {"he", "she", "they", "we", "i", "it", "you"}
PERSON_PRONOUNS = {"he", "she"}
OBJECT_PRONOUNS = {"him", "her", "them", "us", "me", "you", "it"}

#: Words between a subject and its cue that are not part of the subject.
AUXILIARIES = {
    "has", "have", "had", "also", "is", "are", "was", "were", "be", "been", "being", "will", "would",
    "could", "should", "may", "might", "must", "can", "did", "does", "do", "not", "never", "later",
    "previously", "recently", "repeatedly", "publicly", "privately", "reportedly", "once", "then",
    "again", "only", "first", "just", "already", "still", "even", "often", "long", "ultimately",
    "himself", "herself", "themselves", "itself", "further", "has also", "always", "allegedly",
    "apparently", "simply", "flatly", "now", "n’t", "n't", "all", "both", "too", "personally", "since",
    "separately", "yet", "famously", "openly", "clearly",
}

#: Words that end a subject noun phrase when walking left from a cue.
CLAUSE_WORDS = {
    "that", "and", "but", "because", "when", "while", "as", "although", "though", "after", "before",
    "if", "so", "whereas", "where", "which", "who", "whom", "whose", "what", "why", "how", "or", "nor",
    "than", "until", "unless", "since", "once", "whether", "whereby", "yet", "then", "where", "even",
}

#: Conjunctions after which a new clause (with its own subject and cue) begins.
CLAUSE_BREAKS = {"when", "while", "as", "after", "before", "because", "but", "and", "although", "though",
                 "whereas", "since", "until", "unless", "if", "so", "even"}

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
    "witness", "mother", "father", "wife", "husband", "son", "daughter", "brother", "sister",
}

#: Titles that precede a name and are not part of it.
TITLES = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "rev", "st",
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

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

#: Capitalised words that are never (part of) a person's name.
NOT_NAMES = {w.lower() for w in (*MONTHS, *MONTH_ABBREVIATIONS, *WEEKDAYS)} | {
    "the", "a", "an", "in", "on", "at", "for", "of", "and", "but", "or", "if", "when", "while", "as",
    "after", "before", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you",
    "his", "her", "their", "our", "my", "its", "there", "here", "what", "why", "how", "who", "where",
    "according", "breaking", "exclusive", "update", "watch", "read", "dear", "yes", "no", "today",
    "yesterday", "tomorrow", "tonight", "last", "next", "now", "then", "still", "also", "so", "some",
    "many", "most", "all", "both", "one", "two", "three", "more", "even", "just", "by", "to", "from",
    "with", "without", "about", "over", "under", "into", "during", "since", "until", "despite",
    "however", "meanwhile", "instead", "indeed", "though", "although", "because", "not", "never",
}

#: Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "prof", "rev", "st",
    "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "v", "etc", "e.g", "i.e", "u.s", "u.k", "u.n",
    "a.m", "p.m", "d.c", "ft", "mt", "ave", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "est", "approx", "dept", "univ", "assn", "bros", "pres", "supt",
}

WORD_RE = re.compile(
    r"@\w+|(?:[A-Z]\.){2,}"
    r"|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr|Sr|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
    r"|Inc|Corp|Co|Ltd|No|Ft|Mt)\.(?=\s)"
    r"|\w+(?:[’'\-&.]\w+)*|[^\w\s]")
