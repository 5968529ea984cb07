"""Command line: ``quotesmith analyze PATH... [--format csv|jsonl|parquet] [--out DIR] [--jobs N]``.

Reads ``.txt`` files (one article each) and ``.jsonl`` files (one article per line, field
``text``), runs the whole pipeline, writes quotes / speakers / sentences / shared-quote tables and
prints a summary. ``quotesmith analyze --sample`` runs on the corpus shipped in the package.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Sequence

from . import __version__
from .corpus import Corpus, _rows, sample_corpus


def _collect(paths: Sequence[str], text_field: str) -> Corpus:
    texts: List[str] = []
    ids: List[str] = []
    sources: List[Optional[str]] = []
    meta: List[Dict[str, Any]] = []

    def add(c: Corpus) -> None:
        texts.extend(c.texts)
        ids.extend(c.ids)
        sources.extend(c.sources)
        meta.extend(c.meta)

    for p in map(Path, paths):
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.suffix in (".txt", ".jsonl") and f.is_file())
        elif p.is_file():
            files = [p]
        else:
            raise SystemExit(f"quotesmith: no such file or directory: {p}")
        for f in files:
            if f.suffix == ".jsonl":
                add(Corpus.from_jsonl(f, text_field=text_field))
            else:
                texts.append(f.read_text(encoding="utf-8", errors="replace"))
                ids.append(str(f))
                sources.append(f.parent.name or None)
                meta.append({})
    if not texts:
        raise SystemExit("quotesmith: no .txt or .jsonl documents found in " + ", ".join(paths))
    # The same file named twice (or two JSONL files reusing ids) must not break the corpus.
    seen: Dict[str, int] = {}
    for i, d in enumerate(ids):
        seen[d] = seen.get(d, 0) + 1
        if seen[d] > 1:
            ids[i] = f"{d}#{seen[d]}"
    return Corpus(texts, ids, sources, meta)


def _write(rows: List[Dict[str, Any]], columns: Sequence[str], path: Path, fmt: str) -> None:
    if fmt == "csv":
        with open(path, "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=list(columns))
            w.writeheader()
            w.writerows(rows)
    elif fmt == "jsonl":
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    else:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise SystemExit("quotesmith: --format parquet needs pyarrow: pip install 'quotesmith[pandas]'")
        table = pa.Table.from_pylist(rows) if rows else pa.table({c: [] for c in columns})
        pq.write_table(table, path)


def _shared_rows(corpus: Corpus) -> List[Dict[str, Any]]:
    rows = []
    for g, sq in enumerate(corpus.shared_quotes()):
        for doc_id, source, q in sq.members:
            rows.append({"group": g, "speaker": sq.speaker, "doc_id": doc_id, "source": source, "text": q.text})
    return rows


def _print_summary(corpus: Corpus, seconds: float, out: Path, written: Iterable[Path]) -> None:
    s = corpus.summary()
    mb = s["characters_in"] / 1e6
    p = print
    p(f"quotesmith {__version__}: {s['documents']} documents, {mb:.2f} M characters in {seconds:.2f} s")
    p(f"  removed   {s['characters_removed']} characters of boilerplate, repeats and junk")
    p(f"  sentences {s['sentences']}")
    p(f"  quotes    {s['quotes']} ({s['attributed']} attributed to a speaker)")
    if s["top_speakers"]:
        p("  top speakers:")
        for name, n in s["top_speakers"]:
            p(f"    {n:>5}  {name}")
    shared = corpus.shared_quotes()
    p(f"  shared quotes (in 2+ documents): {len(shared)}")
    for sq in shared[:3]:
        p(f"    {sq.speaker or '?'}: “{sq.variants[0][:70]}” — {', '.join(sq.sources)}")
    if s["near_duplicate_groups"]:
        p(f"  near-duplicate documents: {s['near_duplicate_groups']}")
    p(f"  tables: {', '.join(str(w) for w in written)}")


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="quotesmith", description="Clean text, sentences and attributed quotes from scraped news.")
    parser.add_argument("--version", action="version", version=f"quotesmith {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    a = sub.add_parser("analyze", help="analyse .txt/.jsonl documents and write tables")
    a.add_argument("paths", nargs="*", metavar="PATH", help="files or folders of .txt / .jsonl documents")
    a.add_argument("--sample", action="store_true", help="analyse the sample corpus shipped with quotesmith")
    a.add_argument("--format", choices=("csv", "jsonl", "parquet"), default="csv", help="table format (default csv)")
    a.add_argument("--out", default="quotesmith_output", help="folder for the tables (default ./quotesmith_output)")
    a.add_argument("--jobs", type=int, default=None, help="threads (default: all cores)")
    a.add_argument("--text-field", default="text", help="JSONL field holding the article text")
    a.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    args = parser.parse_args(argv)

    if args.sample == bool(args.paths):
        parser.error("give PATH... or --sample (not both)")
    if args.jobs is not None and args.jobs < 1:
        parser.error("--jobs must be at least 1")
    corpus = sample_corpus() if args.sample else _collect(args.paths, args.text_field)
    t0 = time.perf_counter()
    corpus.analyze(n_jobs=args.jobs, progress=not args.no_progress and sys.stderr is not None)
    seconds = time.perf_counter() - t0

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    ext = args.format
    written = []
    for name in ("quotes", "speakers", "sentences"):
        cols = corpus.columns(name)
        path = out / f"{name}.{ext}"
        _write(_rows(cols), list(cols), path, args.format)
        written.append(path)
    path = out / f"shared_quotes.{ext}"
    _write(_shared_rows(corpus), ("group", "speaker", "doc_id", "source", "text"), path, args.format)
    written.append(path)
    _print_summary(corpus, seconds, out, written)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
