"""How well ``speaker_confidence`` is calibrated on a dev set with canonical speakers (fundus dev).

Extracts the articles, keeps the statements with ``speaker_confidence`` at or above each threshold,
and scores that subset with ../shared/tools/score_quotes.py: its speaker accuracy is the share of
those statements (matched to a gold quote) whose speaker is right. Also prints the share of matched
statements with no speaker. ``--half even|odd`` keeps the articles of even or odd index.

    python eval/calibration.py [--shared ../shared] [--half even|odd] [--threshold 0.8]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = "data/fundus-quotes-dev/articles.jsonl"
GOLD = "data/fundus-quotes-dev/gold.json"


def _score(shared: Path, gold: Path, rows: list[dict], tmp: Path) -> dict:
    pred = tmp / "pred.jsonl"
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    scored = subprocess.run([sys.executable, str(shared / "tools" / "score_quotes.py"), "--gold", str(gold),
                             "--pred", str(pred), "--threshold", "0.3", "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(scored.stdout)["results"][0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--half", choices=("even", "odd"))
    parser.add_argument("--threshold", type=float, action="append")
    args = parser.parse_args()
    lines = (args.shared / ARTICLES).read_text(encoding="utf-8").splitlines()
    if args.half:
        lines = lines[0 if args.half == "even" else 1::2]
    docs = {json.loads(line)["id"] for line in lines}
    gold_data = json.loads((args.shared / GOLD).read_text(encoding="utf-8"))
    gold_data["documents"] = [d for d in gold_data["documents"] if d["doc"] in docs]
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        (tmp / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        gold = tmp / "gold.json"
        gold.write_text(json.dumps(gold_data), encoding="utf-8")
        out = subprocess.run([sys.executable, "-m", "quotetrail", "extract", "--format", "jsonl",
                              str(tmp / "articles.jsonl")], capture_output=True, text=True, check=True).stdout
        rows = [json.loads(line) for line in out.splitlines() if line.strip()]
        every = _score(args.shared, gold, rows, tmp)
        silent = _score(args.shared, gold, [r for r in rows if r["speaker"] is None], tmp)
        print(f"all: {every['tp']} matched, speaker accuracy {every['speaker_accuracy']:.4f}; "
              f"no speaker: {silent['tp']} matched ({silent['tp'] / every['tp']:.1%})")
        for threshold in args.threshold or [0.8]:
            sure = [r for r in rows if (r.get("speaker_confidence") or 0.0) >= threshold]
            figures = _score(args.shared, gold, sure, tmp)
            print(f"speaker_confidence >= {threshold}: {figures['tp']} matched, "
                  f"speaker right {figures['speaker_accuracy']:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
