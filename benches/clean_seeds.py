"""Print, for every .txt file in a folder, each line kept or removed by quotesmith.clean and why.

    python benches/clean_seeds.py [FOLDER]      # default: ../shared/seeds next to the repo

A line is "removed" when an edit deletes all of it; lines only touched by character edits
(spaces, mojibake, NFC) are "kept" and the edits are listed under them.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import quotesmith


def line_spans(text: str):
    """(start, end_without_break, end_with_break) of each line, any line ending."""
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        yield pos, pos + len(body), pos + len(line)
        pos += len(line)


def report(path: Path) -> None:
    raw = path.read_bytes().decode("utf-8", errors="replace")  # keep CRLF as is
    r = quotesmith.clean_report(raw)
    assert quotesmith.CleanResult.apply(raw, r.edits) == r.text
    print(f"=== {path.name}: {len(raw)} chars in, {len(r.text)} out, {len(r.edits)} edits")
    kept = removed = 0
    for start, end, nxt in line_spans(raw):
        if start == end:
            continue  # blank lines: collapsed silently unless they carry text
        cover = [e for e in r.edits if e.replacement == "" and e.start <= start and e.end >= end]
        shown = raw[start:end]
        shown = shown if len(shown) <= 110 else shown[:107] + "..."
        if cover:
            removed += 1
            e = cover[0]
            print(f"  - REMOVED [{e.kind}: {e.reason}] {shown!r}")
        else:
            kept += 1
            print(f"  + kept    {shown!r}")
            for e in r.edits:
                if start <= e.start < nxt and not (e.replacement == "" and e.start <= start and e.end >= end):
                    print(f"        ~ {e.kind}: {e.reason}: {e.text!r} -> {e.replacement!r}")
    print(f"  => {kept} lines kept, {removed} removed\n")


def main(argv=None) -> int:
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", default=str(default))
    args = ap.parse_args(argv)
    files = sorted(Path(args.folder).glob("*.txt"))
    if not files:
        print(f"no .txt files in {args.folder}", file=sys.stderr)
        return 1
    for f in files:
        report(f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
