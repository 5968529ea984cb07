"""Memory stays bounded on the batch path: stream ≥ 1 GB of documents through analyze_iter.

    python benches/memory.py             # 1 GB
    python benches/memory.py --gb 0.2    # a quick run
    python benches/memory.py --chunk-size 500 --n-jobs 2

Documents come from benches/newsgen.py (a ~40 MB pool generated once, then cycled, so generation
time does not dominate). They are fed to ``quotesmith.analyze_iter`` one at a time through a
generator — no Corpus, nothing kept — and each Document is reduced to counts and dropped. The
script prints the resident memory (current RSS from /proc and peak RSS from
``resource.getrusage``) every ~10 % of the stream. Bounded memory means the peak stops growing
after the first chunks: it depends on ``chunk_size`` × document size, not on the total streamed.
"""
from __future__ import annotations

import argparse
import itertools
import os
import resource
import sys
import time
from typing import Iterator, List

import quotesmith as qs

MB = 1_000_000


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6


def current_rss_mb() -> float:
    """Current resident set size, from /proc (falls back to the peak elsewhere)."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError):
        return peak_rss_mb()


def document_pool(pool_bytes: int) -> List[str]:
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    try:
        from newsgen import news_documents

        return news_documents(total_bytes=pool_bytes, doc_bytes=3000, seed=3)
    except ImportError:  # pragma: no cover - newsgen is part of the repo
        unit = ("“We are ready to talk,” Foreign Minister Clara Oduya told reporters in St. Petersburg "
                "on Tuesday. The U.S. envoy arrived at 9 a.m.\nShare This article\n")
        return [f"Report {i}.\n" + unit * 20 for i in range(pool_bytes // (len(unit) * 20))]


def stream(pool: List[str], total_bytes: int) -> Iterator[str]:
    """Documents from the pool, cycled, until `total_bytes` (UTF-8) have been produced."""
    sizes = [len(d.encode()) for d in pool]
    sent = 0
    for doc, size in itertools.cycle(zip(pool, sizes)):
        if sent >= total_bytes:
            return
        sent += size
        yield doc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gb", type=float, default=1.0, help="gigabytes (10^9 bytes) to stream")
    ap.add_argument("--chunk-size", type=int, default=1000, help="documents per Rust batch")
    ap.add_argument("--n-jobs", type=int, default=None, help="threads (default: all cores)")
    ap.add_argument("--pool-mb", type=float, default=40, help="size of the generated document pool")
    args = ap.parse_args()

    total = int(args.gb * 1e9)
    before_pool = current_rss_mb()
    pool = document_pool(int(args.pool_mb * MB))
    baseline = current_rss_mb()
    print(f"quotesmith {qs.__version__}: streaming {total / 1e9:.2f} GB through analyze_iter "
          f"(chunk_size={args.chunk_size}, n_jobs={args.n_jobs or 'all'}, {os.cpu_count()} cores)")
    print(f"document pool: {len(pool)} docs, {sum(len(d.encode()) for d in pool) / MB:.0f} MB; "
          f"RSS {before_pool:.0f} MB before the pool, {baseline:.0f} MB after")
    print(f"{'streamed':>10} {'docs':>10} {'sentences':>11} {'quotes':>9} {'MB/s':>7} {'RSS MB':>8} {'peak MB':>8}")

    docs = sentences = quotes = 0
    done_bytes = 0
    next_report = total / 10
    first_peak = None
    t0 = time.perf_counter()
    for doc in qs.analyze_iter(stream(pool, total), chunk_size=args.chunk_size, n_jobs=args.n_jobs):
        docs += 1
        sentences += len(doc.sentence_spans)
        quotes += len(doc.quotes)
        done_bytes += len(doc.raw.encode())
        if done_bytes >= next_report:
            dt = time.perf_counter() - t0
            print(f"{done_bytes / 1e9:>8.2f}GB {docs:>10,} {sentences:>11,} {quotes:>9,} "
                  f"{done_bytes / MB / dt:>7.1f} {current_rss_mb():>8.0f} {peak_rss_mb():>8.0f}", flush=True)
            next_report += total / 10
            first_peak = first_peak or peak_rss_mb()
    dt = time.perf_counter() - t0
    peak = peak_rss_mb()
    print()
    print(f"streamed {done_bytes / 1e9:.2f} GB, {docs:,} documents in {dt:.1f} s "
          f"({done_bytes / MB / dt:.1f} MB/s)")
    print(f"peak RSS {peak:.0f} MB = pool baseline {baseline:.0f} MB + {peak - baseline:.0f} MB working set")
    if first_peak is not None:
        print(f"peak after the first 10 % of the stream: {first_peak:.0f} MB; growth over the other 90 %: "
              f"{peak - first_peak:+.0f} MB (bounded memory: ≈ 0, set by chunk_size, not by the stream)")


if __name__ == "__main__":
    main()
