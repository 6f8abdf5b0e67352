"""A synthetic news corpus with planted copies, rewrites and altered quotes, for the scale bench.

    .venv/bin/python bench/gen_synthetic.py N OUT.jsonl [--seed S]

One line per article: ``id, title, date, text, statements`` (statements with character offsets,
speaker and kind, so a store can be filled without running the extractor) and ``planted``: the
story id, for copies and rewrites the source article id and relation, and for a report that
quotes the story's quote how it was planted (``quote``: one of ``QUOTE_CASES``; ``altered``
whether the words were changed). The hard cases of matching quotes by their words: the speaker
given differently (surname only, or nobody), heavy rewording inside quote marks, negation and
number flips, and harmless hyphen/case variants that must not count as alterations.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator

SYLLABLES = "ka lo mi ra ten su vo de ni pa ri zo gu bel an tor mek sa lin dor".split()
NAME_SYLLABLES = [a + b for a in "b d f g h k l m n p r s t v z ch sh".split() for b in "a e i o u ai ou ei".split()]


#: How a report quotes its story's quote: share of reports, and whether the words change.
QUOTE_CASES = {"verbatim": (0.70, False), "speaker_surname": (0.05, False), "speaker_missing": (0.05, False),
               "hyphen_case": (0.05, False), "two_words": (0.05, True), "reworded": (0.04, True),
               "negation": (0.03, True), "number": (0.03, True)}
REWORD_SHARE = 0.5  # of a reworded quote's words replaced by synonyms


def _name(rng: random.Random) -> str:
    """A made-up name of 3-4 of 136 syllables (millions of names), so that stories do not share
    names by chance more often than real ones do."""
    return "".join(rng.choice(NAME_SYLLABLES) for _ in range(rng.randint(3, 4))).capitalize()


class Generator:
    def __init__(self, seed: int = 1) -> None:
        self.rng = random.Random(seed)
        rng = self.rng
        self.vocab = sorted({"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))) for _ in range(8000)})
        self.synonyms = {w: rng.choice(self.vocab) for w in self.vocab}
        self.weights = [1 / (i + 1) for i in range(len(self.vocab))]

    def _words(self, n: int) -> list[str]:
        return self.rng.choices(self.vocab, weights=self.weights, k=n)

    def story(self, sid: int) -> dict:
        """People, place, number, quote and topic words (uniform: an event's own words) of one story."""
        rng = self.rng
        people = [f"{_name(rng)} {_name(rng)}" for _ in range(3)]
        return {"id": sid, "people": people, "place": _name(rng), "number": str(rng.randint(10_000, 999_999)),
                "topic": rng.sample(self.vocab, 12), "quote": self._quote(),
                "day": f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}

    def _quote(self) -> str:
        """10-18 words with a figure among them (so that a number can be changed)."""
        words = self._words(self.rng.randint(10, 18))
        words.insert(self.rng.randint(2, len(words)), str(self.rng.randint(2, 99)))
        return " ".join(words).capitalize()

    def _case(self) -> str:
        draw, total = self.rng.random(), 0.0
        for case, (share, _) in QUOTE_CASES.items():
            total += share
            if draw < total:
                return case
        return "verbatim"

    def _quoted(self, quote: str, case: str) -> str:
        """The story's quote as a report with this case gives it."""
        rng = self.rng
        words = quote.split()
        if case == "two_words":
            for i in rng.sample(range(1, len(words)), 2):
                words[i] = rng.choice(self.vocab)
        elif case == "reworded":
            words = [self.synonyms[w] if w in self.synonyms and rng.random() < REWORD_SHARE else w for w in words]
        elif case == "negation":
            words.insert(rng.randint(2, len(words) - 1), "not")
        elif case == "number":
            words = [str(int(w) + rng.randint(1, 9)) if w.isdigit() else w for w in words]
        elif case == "hyphen_case":
            i = rng.randrange(1, len(words) - 1)
            words[i:i + 2] = [words[i] + "-" + words[i + 1]]
            words = [w.upper() if rng.random() < 0.2 else w for w in words]
        return " ".join(words)

    def sentence(self, story: dict) -> str:
        rng = self.rng
        parts = self._words(rng.randint(8, 16)) + rng.sample(story["topic"], 1)
        rng.shuffle(parts)
        if rng.random() < 0.5:
            parts.insert(rng.randint(0, len(parts)), rng.choice(story["people"]))
        if rng.random() < 0.3:
            parts.insert(rng.randint(0, len(parts)), f"in {story['place']}")
        if rng.random() < 0.2:
            parts.insert(rng.randint(0, len(parts)), story["number"])
        return " ".join(parts).capitalize() + "."

    def report(self, doc: str, story: dict, day: str, case: str) -> dict:
        rng = self.rng
        quote = self._quoted(story["quote"], case)
        sentences = [self.sentence(story) for _ in range(rng.randint(6, 12))]
        speaker: str | None = story["people"][0]
        if case == "speaker_surname":
            speaker = speaker.split()[-1]
        said = f"{speaker} said" if speaker else "a source said"
        sentences.insert(rng.randint(1, len(sentences)), f"“{quote},” {said}.")
        title = " ".join([rng.choice(story["people"])] + rng.sample(story["topic"], 2) + self._words(3)).capitalize()
        article = self._article(doc, title, day, " ".join(sentences), None if case == "speaker_missing" else speaker)
        article["planted_quote"] = case
        return article

    def _article(self, doc: str, title: str, day: str, text: str, speaker: str | None) -> dict:
        statements = []
        start = text.find("“")
        end = text.find(",”", start)
        if 0 <= start < end and speaker:
            statements.append({"start": start + 1, "end": end, "text": text[start + 1:end], "kind": "direct",
                               "speaker": speaker})
        return {"id": doc, "title": title, "date": day, "text": text, "statements": statements}

    def copy(self, doc: str, source: dict, day: str) -> dict:
        words = source["text"].split(" ")
        for i in self.rng.sample(range(len(words)), 2):
            words[i] = self.rng.choice(self.vocab)
        speaker = source["statements"][0]["speaker"] if source["statements"] else None
        return self._article(doc, source["title"], day, " ".join(words), speaker)

    def rewrite(self, doc: str, source: dict, day: str) -> dict:
        rng = self.rng
        out = []
        for sentence in source["text"].split(". "):
            if "“" in sentence:
                out.append(sentence)
                continue
            words = [self.synonyms.get(w, w) if rng.random() < 0.4 else w for w in sentence.split(" ")]
            out.append(" ".join(words))
        speaker = source["statements"][0]["speaker"] if source["statements"] else None
        text = ". ".join(out)
        return self._article(doc, source["title"], day, text, speaker if "“" in text else None)

    def articles(self, n: int) -> Iterator[dict]:
        """``n`` articles: stories of about eight reports, 5% copies and 5% rewrites of an earlier
        report of the same story (dated a day later); the other reports quote the story's quote
        as ``QUOTE_CASES`` say (15% altered)."""
        rng = self.rng
        made = 0
        sid = 0
        while made < n:
            story = self.story(sid)
            base_day = story["day"]
            reports: list[dict] = []
            for _ in range(min(n - made, rng.randint(4, 12))):
                doc = f"syn-{made}"
                kind = rng.random()
                day = base_day if not reports else f"{base_day[:8]}{min(28, int(base_day[8:]) + rng.randint(1, 3)):02d}"
                if reports and kind < 0.05:
                    src = rng.choice(reports)
                    art, planted = self.copy(doc, src, _next_day(src["date"])), ("copy", src["id"])
                elif reports and kind < 0.10:
                    src = rng.choice(reports)
                    art, planted = self.rewrite(doc, src, _next_day(src["date"])), ("rewrite", src["id"])
                else:
                    # a story's first report quotes its speaker word for word: the source of the quote
                    art, planted = self.report(doc, story, day, self._case() if reports else "verbatim"), None
                case = art.pop("planted_quote", None)
                art["planted"] = {"story": sid, "relation": planted[0] if planted else None,
                                  "source": planted[1] if planted else None,
                                  "quote": case, "altered": QUOTE_CASES[case][1] if case else None}
                reports.append(art)
                made += 1
                yield art
            sid += 1


def _next_day(day: str) -> str:
    return f"{day[:8]}{int(day[8:]) + 1:02d}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=argparse.FileType("w", encoding="utf-8"))
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    for article in Generator(args.seed).articles(args.n):
        args.out.write(json.dumps(article, ensure_ascii=False) + "\n")
    args.out.close()
    print(f"wrote {args.n:,} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
