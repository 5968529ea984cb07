#!/usr/bin/env python3
"""Every stage of quotesmith against its peers, side by side, in one process.

    pip install -r benches/requirements.txt     # the peers (optional: missing ones are skipped)
    python benches/run_all.py                   # ~10 MB of news-like text; writes results.md/.png
    python benches/run_all.py --mb 2            # quicker

For each stage it prints and writes (``benches/results.md`` plus a bar chart
``benches/results.png``): accuracy (Golden Rules for sentences; keep/drop on the annotated
cleaning fixtures; quote-span F1 and speaker accuracy on the annotated quote sets), throughput in
MB/s on one thread (one call per ~3 KB document), quotesmith's batch path on all cores, peak
memory above the input, and quotesmith's speed ratio to each peer. Installs nothing itself.

Peak memory is the rise of the process's peak RSS during one tool's run (reset between tools
through ``/proc/self/clear_refs``), so it counts Rust and Python allocations alike.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import sys
import time
import warnings
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import golden_rules  # noqa: E402
import quotes_eval  # noqa: E402
from newsgen import news_documents  # noqa: E402

import quotesmith as qs  # noqa: E402

SLOW_PEER_BUDGET_S = 8.0  # a slow peer runs on a prefix of the documents for about this long


# ------------------------------------------------------------------------------------------------
# Measuring


def _status_kb(field: str) -> Optional[int]:
    try:
        m = re.search(rf"^{field}:\s+(\d+) kB", Path("/proc/self/status").read_text(), re.M)
    except OSError:
        return None
    return int(m.group(1)) if m else None


def _reset_peak() -> Optional[int]:
    """Reset the peak-RSS counter (Linux) and return the current RSS in kB."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass
    return _status_kb("VmRSS")


def measure(fn: Callable[[List[str]], Any], docs: List[str], budget_s: Optional[float] = None) -> Dict[str, Any]:
    """Run ``fn`` over ``docs`` (one call with the list) and report MB/s and peak memory. With a
    budget, a probe on the first documents decides how many a slow tool gets."""
    if budget_s is not None:
        probe = docs[: max(1, len(docs) // 100)]
        t0 = time.perf_counter()
        fn(probe)
        per_doc = (time.perf_counter() - t0) / len(probe)
        docs = docs[: max(len(probe), min(len(docs), int(budget_s / max(per_doc, 1e-9))))]
    nbytes = sum(len(d.encode("utf-8")) for d in docs)
    base = _reset_peak()
    t0 = time.perf_counter()
    fn(docs)
    seconds = time.perf_counter() - t0
    peak = _status_kb("VmHWM")
    return {
        "mb": nbytes / 1e6,
        "seconds": seconds,
        "mb_per_s": nbytes / 1e6 / seconds if seconds > 0 else float("inf"),
        "peak_mb": None if base is None or peak is None else max(0, peak - base) / 1024,
    }


def each(f: Callable[[str], Any]) -> Callable[[List[str]], Any]:
    """One call per document, as a user's loop would do it."""
    return lambda docs: [f(d) for d in docs]


# ------------------------------------------------------------------------------------------------
# Peers for cleaning (sentence peers come from golden_rules.py)


def cleaners() -> Dict[str, Callable[[str], str]]:
    out: Dict[str, Callable[[str], str]] = {"quotesmith": qs.clean}
    try:
        import ftfy

        out["ftfy.fix_text"] = ftfy.fix_text
    except ImportError:
        print("skipped ftfy: not installed", file=sys.stderr)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from cleantext import clean as clean_text

        out["clean-text"] = lambda t: clean_text(t, lower=False, to_ascii=False, no_line_breaks=False)
        if "ftfy.fix_text" in out:
            fix = out["ftfy.fix_text"]
            out["ftfy + clean-text"] = lambda t: clean_text(fix(t), lower=False, to_ascii=False, no_line_breaks=False)
    except ImportError:
        print("skipped clean-text: not installed", file=sys.stderr)
    return out


def cleaning_accuracy(clean: Callable[[str], str]) -> Dict[str, float]:
    """Share of body lines kept and boilerplate lines dropped on tests/fixtures/clean."""
    # Compared with whitespace and quote style folded: ftfy straightens curly quotes by default,
    # which is a choice, not lost text.
    fold = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})

    def norm(s: str) -> str:
        return " ".join(s.translate(fold).split())

    kept = keep_total = dropped = drop_total = 0
    for expected in sorted((ROOT / "tests" / "fixtures" / "clean").glob("*.json")):
        spec = json.loads(expected.read_text(encoding="utf-8"))
        out = norm(clean(expected.with_suffix(".txt").read_text(encoding="utf-8")))
        kept += sum(norm(k) in out for k in spec["keep"])
        keep_total += len(spec["keep"])
        dropped += sum(norm(d) not in out for d in spec["drop"])
        drop_total += len(spec["drop"])
    return {"kept": kept / max(keep_total, 1), "dropped": dropped / max(drop_total, 1)}


# ------------------------------------------------------------------------------------------------
# Stages


def bench_sentences(docs: List[str], rules: List[dict]) -> List[Dict[str, Any]]:
    rows = []
    for name, split in golden_rules.load_splitters().items():
        failed = golden_rules.score(split, rules)
        slow = name != "quotesmith" and name not in ("blingfire", "sentencex", "nupunkt")
        m = measure(each(split), docs, SLOW_PEER_BUDGET_S if slow else None)
        rows.append({"tool": name, "accuracy": f"{len(rules) - len(failed)}/{len(rules)}", **m})
        print(f"  sentences  {name:<22} {rows[-1]['accuracy']:>6}  {m['mb_per_s']:9.2f} MB/s", flush=True)
    m = measure(lambda d: qs.split_sentences_batch(d), docs)
    rows.append({"tool": f"quotesmith batch ({os.cpu_count()} cores)", "accuracy": rows[0]["accuracy"], **m})
    return rows


def bench_cleaning(docs: List[str]) -> List[Dict[str, Any]]:
    rows = []
    for name, clean in cleaners().items():
        acc = cleaning_accuracy(clean)
        m = measure(each(clean), docs, None if name == "quotesmith" else SLOW_PEER_BUDGET_S)
        rows.append({"tool": name, "accuracy": f"body kept {acc['kept']:.0%}, boilerplate dropped {acc['dropped']:.0%}", **m})
        print(f"  cleaning   {name:<22} {m['mb_per_s']:9.2f} MB/s  {rows[-1]['accuracy']}", flush=True)
    m = measure(lambda d: qs.clean_batch(d), docs)
    rows.append({"tool": f"quotesmith batch ({os.cpu_count()} cores)", "accuracy": rows[0]["accuracy"], **m})
    return rows


def _quote_accuracy(predict: Callable[[str], list], sets: Dict[str, list]) -> str:
    parts = []
    for label, gold in sets.items():
        with open(os.devnull, "w") as quiet:
            stdout, sys.stdout = sys.stdout, quiet
            try:
                r = quotes_eval.evaluate(gold, predict)
            finally:
                sys.stdout = stdout
        parts.append(f"{label}: F1 {r['f1']:.3f}, speaker {r['speaker_accuracy']:.3f}")
    return "; ".join(parts)


def bench_quotes(docs: List[str]) -> List[Dict[str, Any]]:
    fixtures = ROOT / "tests" / "fixtures"
    # Every set was used to improve the extractor after its first score, so this is accuracy on
    # text it has seen; README ("Accuracy") gives each blind set's first, unseen score.
    tuned = ("gold", "heldout", "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32", "blind33", "blind34", "blind35", "blind36", "blind37", "blind38", "blind39", "blind40", "blind41", "blind42", "blind43", "blind44", "blind45", "blind46", "blind47", "blind48", "blind49", "blind50", "blind51", "blind52", "blind53", "blind54", "blind55", "blind56", "blind57", "blind58", "blind59", "blind60", "blind61", "blind62", "blind63", "blind64", "blind65", "blind66", "blind67", "blind68", "blind69", "blind70", "blind71", "blind72", "blind73", "blind74", "blind75", "blind76", "blind77", "blind78", "blind79", "blind80")
    sets = {"all annotated sets": [d for name in tuned for d in quotes_eval.load(fixtures / f"quotes_{name}.jsonl")]}
    rows = []
    for name, predict, run in (
        ("quotesmith", quotes_eval.quotesmith_predict, each(qs.extract_quotes)),
        ("regex baseline", quotes_eval.baseline_predict, each(quotes_eval.baseline_predict)),
    ):
        m = measure(run, docs)
        rows.append({"tool": name, "accuracy": _quote_accuracy(predict, sets), **m})
        print(f"  quotes     {name:<22} {m['mb_per_s']:9.2f} MB/s  {rows[-1]['accuracy']}", flush=True)
    try:
        import spacy
        import textacy.extract  # noqa: F401

        spacy.load("en_core_web_sm")
    except Exception as e:  # noqa: BLE001 - no spaCy pipeline: textacy cannot run
        print(f"skipped textacy: {type(e).__name__} (needs a spaCy pipeline such as en_core_web_sm)", file=sys.stderr)
    m = measure(lambda d: qs.extract_quotes_batch(d), docs)
    rows.append({"tool": f"quotesmith batch ({os.cpu_count()} cores)", "accuracy": rows[0]["accuracy"], **m})
    return rows


def bench_pipeline(docs: List[str]) -> List[Dict[str, Any]]:
    rows = []
    for label, jobs in (("1 thread", 1), (f"{os.cpu_count()} cores", None)):
        m = measure(lambda d: qs.Corpus.from_texts(d).analyze(n_jobs=jobs, progress=False), docs)
        rows.append({"tool": f"quotesmith Corpus.analyze ({label})", "accuracy": "clean + sentences + quotes", **m})
        print(f"  pipeline   {label:<22} {m['mb_per_s']:9.2f} MB/s", flush=True)
    return rows


# ------------------------------------------------------------------------------------------------
# Report


def table(stage: str, rows: List[Dict[str, Any]]) -> str:
    ours = next(r["mb_per_s"] for r in rows if r["tool"] == rows[0]["tool"])
    lines = [
        f"### {stage}",
        "",
        "| tool | accuracy | MB/s | peak memory (MB) | quotesmith (1 thread) is × faster |",
        "|---|---|---:|---:|---:|",
    ]
    for r in rows:
        peak = "—" if r["peak_mb"] is None else f"{r['peak_mb']:.1f}"
        ratio = "" if r["tool"].startswith("quotesmith") else f"{ours / r['mb_per_s']:.0f}×"
        lines.append(f"| {r['tool']} | {r['accuracy']} | {r['mb_per_s']:.2f} | {peak} | {ratio} |")
    return "\n".join(lines) + "\n"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        m = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.M)
        cpu = m.group(1).strip() if m else cpu
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, quotesmith {qs.__version__}"


def chart(results: Dict[str, List[Dict[str, Any]]], path: Path) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("no matplotlib: skipping the chart", file=sys.stderr)
        return
    fig, axes = plt.subplots(1, len(results), figsize=(5 * len(results), 4.5))
    for ax, (stage, rows) in zip(axes, results.items()):
        names = [r["tool"] for r in rows]
        speeds = [r["mb_per_s"] for r in rows]
        ax.barh(names, speeds, color=["#2563eb" if n.startswith("quotesmith") else "#9ca3af" for n in names])
        ax.set_xscale("log")
        # Bars start at the same place in every panel, so their lengths compare.
        ax.set_xlim(left=0.1, right=max(speeds) * 2)
        ax.set_title(stage)
        ax.set_xlabel("MB/s (log scale)")
        ax.invert_yaxis()
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=10.0, help="MB of generated news text (default 10)")
    ap.add_argument("--rules", type=Path, default=golden_rules.DEFAULT_RULES)
    ap.add_argument("--out", type=Path, default=HERE / "results.md")
    ap.add_argument("--stages", nargs="+", default=["sentences", "cleaning", "quotes", "pipeline"])
    args = ap.parse_args(argv)

    docs = news_documents(total_bytes=int(args.mb * 1e6), doc_bytes=3000, seed=0)
    rules = json.loads(args.rules.read_text(encoding="utf-8"))
    print(f"{len(docs)} documents, {sum(map(len, docs)) / 1e6:.1f} M characters; {machine()}", flush=True)
    runners = {
        "sentences": lambda: bench_sentences(docs, rules),
        "cleaning": lambda: bench_cleaning(docs),
        "quotes": lambda: bench_quotes(docs),
        "pipeline": lambda: bench_pipeline(docs),
    }
    results = {stage: runners[stage]() for stage in args.stages}

    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d")
    md = [
        "# quotesmith benchmarks",
        "",
        f"Run on {stamp}: {machine()}. Input: {len(docs)} generated news documents of ~3 KB "
        f"({args.mb:g} MB), one call per document unless marked batch; slow peers ran on a prefix "
        f"sized for ~{SLOW_PEER_BUDGET_S:.0f} s. Reproduce: `python benches/run_all.py --mb {args.mb:g}`.",
        "",
    ]
    md += [table(stage, rows) for stage, rows in results.items()]
    args.out.write_text("\n".join(md), encoding="utf-8")
    chart(results, args.out.with_suffix(".png"))
    print()
    print("\n".join(md))
    return 0


if __name__ == "__main__":
    sys.exit(main())
