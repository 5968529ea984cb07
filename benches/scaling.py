"""Worst-case time is linear: time per MB of each stage at growing input sizes.

    python benches/scaling.py                       # news + every adversarial pattern, 0.1 1 10 50 MB
    python benches/scaling.py --sizes 0.1 1 10      # quicker
    python benches/scaling.py --patterns news dots  # only some inputs
    python benches/scaling.py --list                # the pattern names

For each input (normal news text from benches/newsgen.py as ONE document, and each adversarial
pattern repeated to size) and each stage (clean, sentence_spans, extract_quotes, analyze) it prints
CPU milliseconds per MB at each size (best of 2–5 runs) and the growth of ms/MB from the 1 MB point to the largest size.
A linear stage has growth ≈ 1 (a little above is cache effects and Python objects); a quadratic one
grows with the size ratio (×50 from 1 to 50 MB) and is flagged (growth > 3 and more than 5 ms/MB
slower: below that, differences are allocation noise). A call that would take longer than
--budget seconds at the next size is skipped and flagged instead, so a quadratic stage does not hang
the run.
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from typing import Callable, Dict, List, Optional

import quotesmith as qs

MB = 1_000_000

# Repeated units; each is a pattern that breaks naive text code.
ADVERSARIAL: Dict[str, str] = {
    "straight quotes": '"',
    "curly quotes": "“”",
    "unclosed openers": "“word ",
    "quoted words": '"a" ',
    "single quotes": "'‘’",
    "guillemets": "«»",
    "dots": ".",
    "dot space": ". ",
    "ellipses": "... ",
    "unicode ellipses": "…",
    "U.S.": "U.S. ",
    "a. repeated": "a. ",
    "initials": "J. R. R. ",
    "capitals": "A",
    "capitalized words": "Capital ",
    "title chain": "President Secretary General Minister ",
    "cue verbs": "he said ",
    "said with quotes": '"Yes," he said. ',
    "question marks": "?!",
    "newlines": "\n",
    "crlf": "\r\n",
    "short lines": "a\n",
    "repeated paragraph": "The talks resumed on Tuesday.\n\n",
    "repeated boilerplate": "Share This article\n",
    "long word": "x",
    "parentheses": "((()))",
    "mojibake": "â€œ",
    "zero width": "\u200b",
    "emoji": "👩‍👩‍👧",
}

STAGES: Dict[str, Callable[[str], object]] = {
    "clean": qs.clean,
    "sentence_spans": qs.sentence_spans,
    "extract_quotes": qs.extract_quotes,
    "analyze": qs.analyze,
}


def news_text(size: int) -> str:
    """`size` bytes of normal news: benches/newsgen.py documents joined, else a fallback."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    try:
        from newsgen import news_documents
    except ImportError:  # pragma: no cover - newsgen is part of the repo
        unit = ("“We are ready to talk,” Foreign Minister Clara Oduya told reporters in St. Petersburg "
                "on Tuesday. The U.S. envoy arrived at 9 a.m. and left at 5 p.m.\n\n")
        return repeat(unit, size)
    text = "\n\n".join(news_documents(total_bytes=size, doc_bytes=3000, seed=1))
    return truncate_bytes(text, size)


def repeat(unit: str, size: int) -> str:
    n = max(1, size // len(unit.encode()))
    return unit * n


def truncate_bytes(text: str, size: int) -> str:
    return text.encode()[:size].decode("utf-8", errors="ignore")


def time_call(f: Callable[[str], object], text: str) -> float:
    """CPU seconds of one call (process time: every call here runs on one thread, and CPU time is
    not inflated by other processes competing for the cores). Python's cyclic GC is paused while
    timing: it rescans every live object when millions of result objects are created, so its cost
    depends on the whole heap of the program rather than on the stage being measured."""
    gc.collect()
    gc.disable()
    try:
        t0 = time.process_time()
        result = f(text)
        dt = time.process_time() - t0
    finally:
        gc.enable()
    del result
    return dt


def repeats(mb: float) -> int:
    """Runs per measurement: more for small inputs, where one run is short and noisy."""
    return 5 if mb <= 1.5 else 3 if mb <= 15 else 2


def measure(make: Callable[[int], str], sizes: List[float], budget: float) -> Dict[str, List[Optional[float]]]:
    """ms/MB for each stage at each size (None = skipped because it would exceed the budget)."""
    out: Dict[str, List[Optional[float]]] = {s: [] for s in STAGES}
    texts = {size: make(int(size * MB)) for size in sizes}
    for stage, f in STAGES.items():
        last: Optional[tuple] = None
        for size in sizes:
            text = texts[size]
            mb = len(text.encode()) / MB
            if last is not None and last[1] / last[0] * mb * repeats(mb) > budget:
                out[stage].append(None)
                continue
            # Best of a few runs: the minimum is the least disturbed by other work on the machine.
            dt = min(time_call(f, text) for _ in range(repeats(mb)))
            out[stage].append(dt * 1000 / mb)
            last = (mb, dt)
    return out


def growth(row: List[Optional[float]], sizes: List[float]) -> str:
    """ms/MB at the largest size over ms/MB at 1 MB (or the smallest size ≥ 1 MB)."""
    base_i = next((i for i, s in enumerate(sizes) if s >= 1), 0)
    if any(v is None for v in row):
        return "SKIPPED: too slow (superlinear?)"
    base, top = row[base_i], row[-1]
    if base is None or top is None or base == 0:
        return "-"
    g = top / base
    ratio = sizes[-1] / sizes[base_i]
    # Below ~5 ms/MB (200 MB/s) the differences are allocation and cache noise, not complexity.
    flag = "  <-- NONLINEAR" if ratio >= 5 and g > 3 and top - base > 5 else ""
    return f"×{g:.2f}{flag}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1, 10, 50], help="input sizes in MB")
    ap.add_argument("--patterns", nargs="+", default=None, help="'news' and/or adversarial pattern names")
    ap.add_argument("--budget", type=float, default=120.0, help="skip a call predicted to exceed this (s)")
    ap.add_argument("--list", action="store_true", help="list the pattern names and exit")
    args = ap.parse_args()
    names = ["news"] + list(ADVERSARIAL)
    if args.list:
        print("\n".join(names))
        return
    chosen = args.patterns or names
    unknown = [p for p in chosen if p not in names]
    if unknown:
        ap.error(f"unknown pattern(s) {unknown}; see --list")
    sizes = sorted(args.sizes)

    header = f"{'input':<22} {'stage':<15}" + "".join(f"{s:>9g} MB" for s in sizes) + "   growth"
    print(f"quotesmith {qs.__version__}: CPU ms per MB (single call, one document)")
    print(header)
    print("-" * len(header))
    nonlinear = []
    for name in chosen:
        make = news_text if name == "news" else (lambda size, u=ADVERSARIAL[name]: repeat(u, size))
        rows = measure(make, sizes, args.budget)
        for stage, row in rows.items():
            cells = "".join(f"{v:>12.1f}" if v is not None else f"{'skipped':>12}" for v in row)
            g = growth(row, sizes)
            if "NONLINEAR" in g or "SKIPPED" in g:
                nonlinear.append(f"{name} / {stage}")
            print(f"{name:<22} {stage:<15}{cells}   {g}", flush=True)
    print()
    if nonlinear:
        print("superlinear time per MB in: " + ", ".join(nonlinear))
    else:
        print("time per MB does not grow with input size for any input and stage (linear)")


if __name__ == "__main__":
    main()
