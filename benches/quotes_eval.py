#!/usr/bin/env python3
"""Quote extraction accuracy on a gold JSONL file.

Each line: {"id", "text", "quotes": [{"start", "end", "speaker"}]} with ``str`` offsets of the
quoted words (without the marks). Prints:

* quote-span precision / recall / F1. A predicted quote **matches** a gold quote when their
  spans overlap by at least 50% of the union of the two spans (each gold and predicted quote
  matches at most once, greedily by overlap). Exact-match numbers (identical spans) are printed
  too;
* speaker accuracy over matched quotes: the predicted speaker equals the gold speaker after
  case-folding (a pronoun counts only if it was resolved to the gold name);
* optionally (``--baseline``) the same numbers for a naive regex baseline (text between double
  quote marks; speaker = capitalised words right after ``said``/``told`` or before them).

Usage: python benches/quotes_eval.py [gold.jsonl] [--verbose] [--baseline]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "quotes_gold.jsonl"


def overlap_ratio(a, b):
    inter = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if inter > 0 and union > 0 else 0.0


def match(gold, pred, threshold=0.5):
    """Greedy one-to-one matching by overlap ratio; returns [(gold_i, pred_j)]."""
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            r = overlap_ratio((g["start"], g["end"]), (p["start"], p["end"]))
            if r >= threshold:
                cands.append((r, i, j))
    cands.sort(reverse=True)
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def fold(s):
    return None if s is None else " ".join(s.casefold().split())


def quotesmith_predict(text):
    import quotesmith

    return [{"start": q.start, "end": q.end, "speaker": q.speaker} for q in quotesmith.extract_quotes(text)]


_BASE_Q = re.compile(r'["“]([^"“”\n]+)["”]')
_BASE_SPK = re.compile(r"^\s*,?\s*(?:said|told|added)?\s*((?:[A-Z][\w.’'-]+\s?){1,3})(?:said|told|added)?")


def baseline_predict(text):
    out = []
    for m in _BASE_Q.finditer(text):
        tail = text[m.end() : m.end() + 80]
        sm = _BASE_SPK.match(tail)
        spk = sm.group(1).strip() if sm else None
        out.append({"start": m.start(1), "end": m.end(1), "speaker": spk})
    return out


def evaluate(docs, predict, verbose=False, label="quotesmith"):
    tp = n_gold = n_pred = exact = spk_ok = 0
    errors = []
    for d in docs:
        text, gold = d["text"], d["quotes"]
        pred = predict(text)
        n_gold += len(gold)
        n_pred += len(pred)
        pairs = match(gold, pred)
        tp += len(pairs)
        mg = {i for i, _ in pairs}
        mp = {j for _, j in pairs}
        for i, j in pairs:
            g, p = gold[i], pred[j]
            if (g["start"], g["end"]) == (p["start"], p["end"]):
                exact += 1
            if fold(g["speaker"]) == fold(p["speaker"]):
                spk_ok += 1
            else:
                errors.append((d["id"], "speaker", text[g["start"] : g["end"]][:70], g["speaker"], p["speaker"]))
        for i, g in enumerate(gold):
            if i not in mg:
                errors.append((d["id"], "missed", text[g["start"] : g["end"]][:70], g["speaker"], None))
        for j, p in enumerate(pred):
            if j not in mp:
                errors.append((d["id"], "spurious", text[p["start"] : p["end"]][:70], None, p["speaker"]))
    prec = tp / n_pred if n_pred else 0.0
    rec = tp / n_gold if n_gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    eprec = exact / n_pred if n_pred else 0.0
    erec = exact / n_gold if n_gold else 0.0
    ef1 = 2 * eprec * erec / (eprec + erec) if eprec + erec else 0.0
    spk = spk_ok / tp if tp else 0.0
    print(f"{label}: {len(docs)} documents, {n_gold} gold quotes, {n_pred} predicted")
    print(f"  span (overlap >= 50% of union): P={prec:.3f} R={rec:.3f} F1={f1:.3f}")
    print(f"  span (exact):                   P={eprec:.3f} R={erec:.3f} F1={ef1:.3f}")
    print(f"  speaker accuracy on {tp} matched: {spk:.3f}")
    if verbose:
        for e in errors:
            print("   ", e)
    return {"precision": prec, "recall": rec, "f1": f1, "exact_f1": ef1, "speaker_accuracy": spk, "errors": errors}


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(DEFAULT))
    ap.add_argument("--verbose", "-v", action="store_true", help="list every error")
    ap.add_argument("--baseline", action="store_true", help="also score a naive regex baseline")
    args = ap.parse_args(argv)
    docs = load(args.gold)
    evaluate(docs, quotesmith_predict, args.verbose)
    if args.baseline:
        evaluate(docs, baseline_predict, args.verbose, label="regex baseline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
