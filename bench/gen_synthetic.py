"""A synthetic news corpus with planted copies, rewrites and altered quotes, for the scale bench.

    .venv/bin/python bench/gen_synthetic.py N OUT.jsonl [--seed S]

One line per article: ``id, title, date, text, statements`` (statements with character offsets,
speaker and kind, so a store can be filled without running the extractor) and ``planted``: the
story id and, for copies and rewrites, the source article id and relation.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator

SYLLABLES = "ka lo mi ra ten su vo de ni pa ri zo gu bel an tor mek sa lin dor".split()


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


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
        rng = self.rng
        people = [f"{_name(rng)} {_name(rng)}" for _ in range(3)]
        return {"id": sid, "people": people, "place": _name(rng), "number": str(rng.randint(2, 9999)),
                "topic": self._words(12), "quote": " ".join(self._words(rng.randint(10, 18))).capitalize(),
                "day": f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}

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

    def report(self, doc: str, story: dict, day: str, altered: bool) -> dict:
        rng = self.rng
        quote = story["quote"]
        if altered:
            words = quote.split()
            for i in rng.sample(range(1, len(words)), 2):
                words[i] = rng.choice(self.vocab)
            quote = " ".join(words)
        sentences = [self.sentence(story) for _ in range(rng.randint(6, 12))]
        speaker = story["people"][0]
        sentences.insert(rng.randint(1, len(sentences)), f"“{quote},” {speaker} said.")
        title = f"{story['people'][0]} in {story['place']}: " + " ".join(story["topic"][:3])
        return self._article(doc, title, day, " ".join(sentences), speaker)

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
        rng.shuffle(out)
        speaker = source["statements"][0]["speaker"] if source["statements"] else None
        text = ". ".join(out)
        return self._article(doc, source["title"], day, text, speaker if "“" in text else None)

    def articles(self, n: int) -> Iterator[dict]:
        """``n`` articles: stories of about eight reports, 5% copies and 5% rewrites of an earlier
        report of the same story (dated a day later), 10% of reports with an altered quote."""
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
                    art, planted = self.report(doc, story, day, altered=rng.random() < 0.1), None
                art["planted"] = {"story": sid, "relation": planted[0] if planted else None,
                                  "source": planted[1] if planted else None}
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
