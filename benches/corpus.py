"""Corpus throughput: documents/s and MB/s of ``Corpus.analyze`` on 1 and all cores, peak memory,
and how time grows from 10k to 50k documents (it should be linear).

    python benches/corpus.py            # 10k, 25k, 50k documents
    python benches/corpus.py --docs 5000 10000

Each configuration runs in a fresh subprocess so its peak RSS is its own.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _one(n_docs: int, n_jobs: int) -> dict:
    sys.path.insert(0, str(HERE))
    from newsgen import news_documents

    import quotesmith as qs

    texts = news_documents(total_bytes=n_docs * 3000, doc_bytes=3000, seed=7)[:n_docs]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    corpus = qs.Corpus.from_texts(texts).analyze(n_jobs=n_jobs, progress=False)
    analyze_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_quotes = len(corpus.quote_rows())
    tables_s = time.perf_counter() - t0
    return {
        "docs": len(texts),
        "mb": round(mb, 1),
        "jobs": n_jobs,
        "analyze_s": round(analyze_s, 3),
        "docs_per_s": round(len(texts) / analyze_s),
        "mb_per_s": round(mb / analyze_s, 1),
        "quote_rows_s": round(tables_s, 3),
        "quotes": n_quotes,
        "input_rss_mb": round(rss_before),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, nargs="+", default=[10_000, 25_000, 50_000])
    ap.add_argument("--child", nargs=2, type=int, help=argparse.SUPPRESS)
    ap.add_argument("--json", type=Path, default=HERE / "results_corpus.json")
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_one(*args.child)))
        return
    cores = os.cpu_count() or 1
    rows = []
    for n in args.docs:
        for jobs in sorted({1, cores}):
            out = subprocess.run([sys.executable, __file__, "--child", str(n), str(jobs)],
                                 check=True, capture_output=True, text=True).stdout
            rows.append(json.loads(out.strip().splitlines()[-1]))
            r = rows[-1]
            print(f"{r['docs']:>7} docs {r['mb']:>7.1f} MB  jobs={r['jobs']}  {r['analyze_s']:>7.2f} s  "
                  f"{r['docs_per_s']:>8} docs/s  {r['mb_per_s']:>7.1f} MB/s  peak RSS {r['peak_rss_mb']} MB", flush=True)
    print()
    print("| documents | MB | threads | seconds | docs/s | MB/s | peak RSS (MB) | RSS after input (MB) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['docs']} | {r['mb']} | {r['jobs']} | {r['analyze_s']} | {r['docs_per_s']} | {r['mb_per_s']} | {r['peak_rss_mb']} | {r['input_rss_mb']} |")
    single = [r for r in rows if r["jobs"] == 1]
    if len(single) >= 2:
        a, b = single[0], single[-1]
        ratio = (b["analyze_s"] / b["docs"]) / (a["analyze_s"] / a["docs"])
        print(f"\nTime per document at {b['docs']} vs {a['docs']} docs (1 thread): x{ratio:.2f} (1.00 = linear)")
    args.json.write_text(json.dumps({"cpu_count": cores, "rows": rows}, indent=1))


if __name__ == "__main__":
    main()
