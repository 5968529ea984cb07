#!/usr/bin/env python3
"""Throughput of quote extraction (MB/s of UTF-8 input) on generated news documents.

* single thread: one ``quotesmith.extract_quotes`` call per document, as a user's loop would;
* all cores: ``quotesmith.extract_quotes_batch`` over all documents (GIL released).

Documents come from ``benches/newsgen.py`` (``news_documents(total_bytes, doc_bytes, seed)``);
if it is missing, the gold fixture articles are repeated instead.

Usage: python benches/quotes_speed.py [--mb 10] [--doc-bytes 3000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def documents(total_bytes, doc_bytes, seed=0):
    try:
        from newsgen import news_documents

        return news_documents(total_bytes, doc_bytes, seed), "benches/newsgen.py"
    except ImportError:
        gold = HERE.parent / "tests" / "fixtures" / "quotes_gold.jsonl"
        texts = [json.loads(l)["text"] for l in gold.read_text(encoding="utf-8").splitlines() if l.strip()]
        docs, size, i = [], 0, 0
        while size < total_bytes:
            t = texts[i % len(texts)]
            docs.append(t)
            size += len(t.encode("utf-8"))
            i += 1
        return docs, "tests/fixtures/quotes_gold.jsonl (repeated)"


def best_of(repeat, fn):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10.0, help="corpus size in MB (default 10)")
    ap.add_argument("--doc-bytes", type=int, default=3000, help="document size (default 3000)")
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    args = ap.parse_args(argv)

    import quotesmith

    docs, source = documents(int(args.mb * 1e6), args.doc_bytes)
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    n_quotes = sum(len(quotesmith.extract_quotes(d)) for d in docs[:200])
    print(f"corpus: {len(docs)} documents, {mb:.1f} MB from {source}; {n_quotes} quotes in the first 200")

    def single():
        for d in docs:
            quotesmith.extract_quotes(d)

    def core_single():
        # The Rust call alone (rows as tuples): what the Quote dataclasses cost on top.
        for d in docs:
            quotesmith._core.extract_quotes(d)

    def batch():
        quotesmith.extract_quotes_batch(docs)

    t1 = best_of(args.repeat, single)
    tc = best_of(args.repeat, core_single)
    tb = best_of(args.repeat, batch)
    cores = os.cpu_count() or 1
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = float("nan")
    print(f"{'mode':<40}{'seconds':>10}{'MB/s':>10}")
    print(f"{'extract_quotes, 1 thread':<40}{t1:>10.3f}{mb / t1:>10.1f}")
    print(f"{'_core.extract_quotes (tuples), 1 thread':<40}{tc:>10.3f}{mb / tc:>10.1f}")
    print(f"{f'extract_quotes_batch, {cores} cores':<40}{tb:>10.3f}{mb / tb:>10.1f}")
    print(f"(best of {args.repeat}; 1-minute load average {load:.1f} on {cores} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
