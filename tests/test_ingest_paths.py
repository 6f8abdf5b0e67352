"""Files, folders and globs on the command line -> the files to read."""
from __future__ import annotations

from pathlib import Path

from corpus_fixture import write

from quotetrail.ingest import expand_paths


def test_folders_globs_and_files(tmp_path: Path) -> None:
    for name in ["a/one.txt", "a/two.html", "a/sub/three.jsonl.gz", "a/four.warc.gz", "a/README.md", "a/.hidden.txt",
                 "a/.git/x.txt", "a/seven.html.gz", "a/eight.csv.gz", "b/five.txt", "b/six.htm", "notes.md"]:
        write(tmp_path / name, "x")
    files = expand_paths([tmp_path / "a", str(tmp_path / "b" / "*.t*"), tmp_path / "notes.md", tmp_path / "a/one.txt"])
    names = [str(p.relative_to(tmp_path)) for p in files]
    assert names == ["a/four.warc.gz", "a/one.txt", "a/seven.html.gz", "a/sub/three.jsonl.gz", "a/two.html", "b/five.txt",
                     "notes.md"]


def test_recursive_glob_and_unmatched_patterns_are_kept_for_reporting(tmp_path: Path) -> None:
    write(tmp_path / "x/y/z.txt", "x")
    assert expand_paths([str(tmp_path / "**" / "*.txt")]) == [tmp_path / "x/y/z.txt"]
    assert expand_paths([str(tmp_path / "*.nothing")]) == [tmp_path / "*.nothing"]
