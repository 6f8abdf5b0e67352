"""Quality gate: score the extractor on the seeds, PolNeAR dev and fundus dev with
../shared/tools/score_quotes.py, and altered quotes across articles on l2r-quotes-dev with
../shared/tools/score_altered.py.

Fails (exit 1) when a figure drops below its pin in eval/pins.json, or when the data no longer
has the hash it was pinned on. ``--raise-pins`` raises pins to the measured figures (rounded down
to 0.01); it never lowers one.

    python eval/gate.py [--shared ../shared] [--raise-pins]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PINS = ROOT / "eval" / "pins.json"

#: name -> (files to extract, gold file); paths relative to ../shared
SUITES = {
    "seeds": (["seeds/000_8bd76faca538bbe1.txt", "seeds/004_a77b5d46520563dc.txt"], "seeds/gold.json"),
    "polnear_dev": (["data/polnear/jsonl/polnear_dev.jsonl"], "data/polnear/jsonl/polnear_dev.jsonl"),
    "fundus_dev": (["data/fundus-quotes-dev/articles.jsonl"], "data/fundus-quotes-dev/gold.json"),
}
METRICS = ("f1", "speaker_accuracy", "recall_quote_mark", "recall_no_quote_mark", "precision", "recall")
PINNED = ("f1", "speaker_accuracy", "recall_quote_mark")  # precision and recall trade off; F1 holds both


def data_hash(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(set(paths)):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def measure(shared: Path, inputs: list[str], gold: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        with pred.open("w") as out:
            subprocess.run([sys.executable, "-m", "quotetrail", "extract", "--format", "jsonl",
                            *[str(shared / p) for p in inputs]], stdout=out, check=True)
        scored = subprocess.run([sys.executable, str(shared / "tools" / "score_quotes.py"), "--gold", str(shared / gold),
                                 "--pred", str(pred), "--threshold", "0.3", "--json"],
                                capture_output=True, text=True, check=True)
    result = json.loads(scored.stdout)["results"][0]
    return {m: float(result[m]) for m in METRICS}


#: Altered quotes: the L2R originals and rewrites (written by the shared tool), ingested and linked.
L2R_TOOL, L2R_GOLD = "tools/l2r_corpus.py", "data/l2r-quotes-dev/gold.jsonl"
L2R_METRICS = ("altered_recall", "verbatim_linked", "false_alarm_rate")
L2R_CEILINGS = ("false_alarm_rate",)  # pinned as a maximum


def measure_l2r(shared: Path) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        corpus, db, variants = Path(tmp) / "l2r.jsonl", Path(tmp) / "l2r.db", Path(tmp) / "v.jsonl"
        with corpus.open("w") as out:
            subprocess.run([sys.executable, str(shared / L2R_TOOL)], stdout=out, check=True)
        subprocess.run([sys.executable, "-m", "quotetrail", "ingest", str(corpus), "--db", str(db), "--no-progress"],
                       capture_output=True, check=True)
        with variants.open("w") as out:
            subprocess.run([sys.executable, "-m", "quotetrail", "variants", "--db", str(db), "--format", "jsonl"],
                           stdout=out, check=True)
        scored = subprocess.run([sys.executable, str(shared / "tools" / "score_altered.py"), "--gold",
                                 str(shared / L2R_GOLD), "--variants", str(variants), "--json"],
                                capture_output=True, text=True, check=True)
    result = json.loads(scored.stdout)
    return {m: float(result[m]) for m in L2R_METRICS}


def check_l2r(shared: Path, pins: dict) -> bool:
    """Score altered quotes against their pins; True when one fails."""
    files = [shared / L2R_TOOL, shared / L2R_GOLD]
    digest = data_hash(files)
    figures = measure_l2r(shared)
    print("l2r_altered: " + "  ".join(f"{m}={v:.4f}" for m, v in figures.items()))
    pin = pins.get("l2r_altered")
    if pin is None:
        return False
    if pin["data_sha256"] != digest:
        print(f"  FAIL: the data changed since the pins were set ({pin['data_sha256'][:12]} -> {digest[:12]})")
        return True
    failed = False
    for metric, minimum in pin.get("min", {}).items():
        if figures[metric] + 1e-9 < minimum:
            print(f"  FAIL: {metric} {figures[metric]:.4f} < pinned minimum {minimum:.4f}")
            failed = True
    for metric, maximum in pin.get("max", {}).items():
        if figures[metric] - 1e-9 > maximum:
            print(f"  FAIL: {metric} {figures[metric]:.4f} > pinned maximum {maximum:.4f}")
            failed = True
    return failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--raise-pins", action="store_true")
    args = parser.parse_args()
    if not (args.shared / "tools" / "score_quotes.py").exists():
        print(f"eval gate: {args.shared} not found; nothing to check")
        return 0
    pins = json.loads(PINS.read_text())
    failed = False
    for name, (inputs, gold) in SUITES.items():
        files = [args.shared / p for p in [*inputs, gold]]
        digest = data_hash(files)
        figures = measure(args.shared, inputs, gold)
        pin = pins.setdefault(name, {"data_sha256": digest, "min": {}})
        line = "  ".join(f"{m}={v:.4f}" for m, v in figures.items())
        print(f"{name}: {line}")
        if pin["data_sha256"] != digest:
            print(f"  FAIL: the data changed since the pins were set ({pin['data_sha256'][:12]} -> {digest[:12]}); re-pin on purpose")
            failed = True
            continue
        for metric, minimum in pin["min"].items():
            if figures[metric] + 1e-9 < minimum:
                print(f"  FAIL: {metric} {figures[metric]:.4f} < pinned minimum {minimum:.4f}")
                failed = True
        if args.raise_pins:
            for metric in PINNED:
                value = figures[metric]
                floor = math.floor(value * 100) / 100
                if floor > pin["min"].get(metric, 0.0):
                    pin["min"][metric] = floor
    if (args.shared / L2R_TOOL).exists():
        failed = check_l2r(args.shared, pins) or failed
    if args.raise_pins:
        PINS.write_text(json.dumps(pins, indent=2) + "\n")
        print(f"pins written to {PINS}")
    print("eval gate:", "FAILED" if failed else "passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
