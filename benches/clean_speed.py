"""Throughput of quotesmith.clean against ftfy.fix_text and clean-text's clean, in MB/s.

    python benches/clean_speed.py [--mb 20] [--doc-bytes 3000] [--repeat 3]

Documents come from benches/newsgen.py (news-like, ASCII-mostly, ~3 KB each, with boilerplate
lines); when that file is missing they are built from tests/fixtures/clean. Each tool cleans the
same list one document at a time (single thread, the GIL held for the Python peers); we report
the best of ``--repeat`` runs. quotesmith.clean_batch (all cores) is shown separately. Peers that
are not installed are skipped: ``pip install ftfy clean-text``.

The peers do less: ftfy repairs Unicode and mojibake only; clean-text normalises Unicode and
whitespace (here with its defaults: no lowercasing, no removals). Neither drops boilerplate or
repeats, so quotesmith does strictly more work per byte.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Callable, List, Optional

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def documents(total_bytes: int, doc_bytes: int) -> List[str]:
    try:
        from newsgen import news_documents
    except ImportError:
        fixtures = sorted((HERE.parent / "tests" / "fixtures" / "clean").glob("*.txt"))
        base = [p.read_bytes().decode("utf-8") for p in fixtures]
        docs, size, i = [], 0, 0
        while size < total_bytes:
            d = base[i % len(base)]
            docs.append(d)
            size += len(d.encode("utf-8"))
            i += 1
        return docs
    return news_documents(total_bytes=total_bytes, doc_bytes=doc_bytes, seed=0)


def peer(name: str) -> Optional[Callable[[str], str]]:
    try:
        if name == "ftfy.fix_text":
            import ftfy

            return ftfy.fix_text
        if name == "cleantext.clean":
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                from cleantext import clean
            return lambda t: clean(t, lower=False, to_ascii=False, no_line_breaks=False)
    except ImportError:
        return None
    return None


def best_time(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="clean() throughput vs ftfy and clean-text")
    ap.add_argument("--mb", type=float, default=20.0, help="megabytes of documents for quotesmith")
    ap.add_argument("--peer-mb", type=float, default=2.0, help="megabytes for the (slower) peers")
    ap.add_argument("--doc-bytes", type=int, default=3000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--ascii", action="store_true",
                    help="straighten quotes and drop other non-ASCII characters first (pure-ASCII documents)")
    args = ap.parse_args(argv)

    import quotesmith

    docs = documents(int(args.mb * 1e6), args.doc_bytes)
    if args.ascii:
        table = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "—": "-", "–": "-", "…": "..."})
        docs = [d.translate(table).encode("ascii", "ignore").decode("ascii") for d in docs]
    size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    ascii_share = sum(d.isascii() for d in docs) / len(docs)
    print(f"{len(docs)} documents, {size:.1f} MB, {ascii_share:.0%} pure ASCII")
    rows = []
    t = best_time(lambda: [quotesmith.clean(d) for d in docs], args.repeat)
    rows.append(("quotesmith.clean", size / t))
    t = best_time(lambda: quotesmith.clean_batch(docs), args.repeat)
    rows.append(("quotesmith.clean_batch (all cores)", size / t))
    peer_docs = docs[: max(1, int(len(docs) * min(1.0, args.peer_mb / max(args.mb, 1e-9))))]
    peer_size = sum(len(d.encode("utf-8")) for d in peer_docs) / 1e6
    for name in ("ftfy.fix_text", "cleantext.clean"):
        fn = peer(name)
        if fn is None:
            print(f"{name}: not installed, skipped")
            continue
        t = best_time(lambda: [fn(d) for d in peer_docs], max(1, args.repeat - 1))
        rows.append((name, peer_size / t))
    base = rows[0][1]
    for name, mbs in rows:
        print(f"{name:38s} {mbs:9.1f} MB/s   ({mbs / base:6.2f}x quotesmith.clean)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
