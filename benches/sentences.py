"""Sentence-splitting throughput: MB/s of quotesmith and each importable peer on the same text.

    python benches/sentences.py               # ~10 MB of generated news, all peers
    python benches/sentences.py --mb 2 --only quotesmith blingfire

The text is ``newsgen.news_documents`` (~3 KB documents). Every splitter is called once per
document on one thread; pySBD, which is slow, gets only the first ~1 MB (``--slow-mb``). quotesmith
also runs ``split_sentences_batch`` on all cores (its time includes keeping every result alive,
which the per-document loops do not). Each configuration runs in a fresh subprocess so
its peak memory (``ru_maxrss``, and the Python heap peak from ``tracemalloc`` in a second timed-out
pass) is its own. Prints a markdown table and writes ``benches/results_sentences.json``.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Dict, List

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

SLOW = {"pysbd"}
BATCH = "quotesmith batch (all cores)"


def _splitter(name: str):
    if name == BATCH:
        import quotesmith

        return None, quotesmith.split_sentences_batch
    from golden_rules import load_splitters

    found = load_splitters([name])
    if name not in found:
        raise SystemExit(2)
    return found[name], None


def _child(name: str, mb: float, slow_mb: float) -> Dict:
    from newsgen import news_documents

    docs = news_documents(total_bytes=int(mb * 1e6), doc_bytes=3000, seed=0)
    if name in SLOW:
        limit, kept, size = int(slow_mb * 1e6), [], 0
        for d in docs:
            if size >= limit:
                break
            kept.append(d)
            size += len(d.encode("utf-8"))
        docs = kept
    n_bytes = sum(len(d.encode("utf-8")) for d in docs)
    split, batch = _splitter(name)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Warm up (model loading, lazy tables), then time the best of a few runs.
    if batch:
        batch(docs[:10])
    else:
        for d in docs[:10]:
            split(d)
    # Best of up to 15 runs (the machine may be shared), stopping once a splitter has run
    # for 20 s, so slow peers run once or twice.
    best, n_sent, spent = float("inf"), 0, 0.0
    for _ in range(15):
        if spent > 20:
            break
        t0 = time.perf_counter()
        if batch:
            n_sent = sum(map(len, batch(docs)))
        else:
            n_sent = 0
            for d in docs:
                n_sent += len(split(d))
        took = time.perf_counter() - t0
        best, spent = min(best, took), spent + took
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Python-heap peak of one pass over a 1 MB slice (tracemalloc slows the run; not timed).
    sample = docs[: max(1, len(docs) * 1_000_000 // max(n_bytes, 1))]
    tracemalloc.start()
    if batch:
        batch(sample)
    else:
        for d in sample:
            split(d)
    _, py_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "splitter": name,
        "docs": len(docs),
        "mb": round(n_bytes / 1e6, 2),
        "seconds": round(best, 4),
        "mb_per_s": round(n_bytes / 1e6 / best, 2),
        "sentences": n_sent,
        "rss_growth_mb": round((peak_rss - rss_before) / 1024, 1),
        "peak_rss_mb": round(peak_rss / 1024, 1),
        "py_heap_peak_mb_per_1mb": round(py_peak / 1e6, 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=10.0, help="MB of generated news (default 10)")
    ap.add_argument("--slow-mb", type=float, default=1.0, help="MB for pySBD (default 1)")
    ap.add_argument("--only", nargs="*", help="splitter names")
    ap.add_argument("--json", type=Path, default=HERE / "results_sentences.json")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_child(args.child, args.mb, args.slow_mb)))
        return

    from golden_rules import PEERS

    names: List[str] = [n for n in PEERS if not args.only or n in args.only]
    if not args.only or "quotesmith" in args.only or BATCH in args.only:
        names.insert(1 if "quotesmith" in names else 0, BATCH)
    rows = []
    for name in names:
        cmd = [sys.executable, __file__, "--child", name, "--mb", str(args.mb), "--slow-mb", str(args.slow_mb)]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            reason = (proc.stderr.strip().splitlines() or ["not importable"])[-1]
            print(f"skipped {name}: {reason}", file=sys.stderr)
            continue
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))

    base = {r["splitter"]: r["mb_per_s"] for r in rows}
    qs = base.get("quotesmith")
    print(f"Sentence splitting, ~3 KB news documents, one call per document ({os.cpu_count()} cores for batch)\n")
    print("| splitter | MB | MB/s | quotesmith is × faster | sentences | RSS growth MB | Python heap peak MB per 1 MB |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        is_peer = r["splitter"] not in ("quotesmith", BATCH)
        ratio = f"{qs / r['mb_per_s']:.0f}×" if qs and is_peer and r["mb_per_s"] else "-"
        print(f"| {r['splitter']} | {r['mb']} | {r['mb_per_s']} | {ratio} | {r['sentences']} | "
              f"{r['rss_growth_mb']} | {r['py_heap_peak_mb_per_1mb']} |")
    print("\nThe batch call returns every document's sentences at once, so its time includes keeping")
    print("~10 MB of Python strings alive (the single-document loops drop each result).")
    args.json.write_text(json.dumps({"cores": os.cpu_count(), "results": rows}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
