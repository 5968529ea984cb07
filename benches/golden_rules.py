"""Score quotesmith and the peer sentence splitters on the English Golden Rules.

    python benches/golden_rules.py            # table of pass counts and failing ids
    python benches/golden_rules.py -v         # also print quotesmith's wrong splits

The Golden Rules (pragmatic_segmenter / pySBD) are 48 short texts with their expected sentences,
read from ``/work/shared/bench/golden_rules_en.json`` (or ``--rules``). A rule passes when the
sentences, each stripped of surrounding whitespace, equal the expected ones exactly. Peers that are
not installed (or whose models do not load) are listed as skipped. Install them with
``pip install pysbd blingfire syntok nupunkt sentencex spacy nltk``.
"""
from __future__ import annotations

import argparse
import json
import sys
import warnings
from pathlib import Path
from typing import Callable, Dict, List, Optional

DEFAULT_RULES = Path("/work/shared/bench/golden_rules_en.json")

Splitter = Callable[[str], List[str]]


def _quotesmith() -> Splitter:
    import quotesmith

    return quotesmith.split_sentences


def _pysbd() -> Splitter:
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False)
    return seg.segment


def _blingfire() -> Splitter:
    import blingfire

    return lambda t: blingfire.text_to_sentences(t).split("\n")


def _syntok() -> Splitter:
    from syntok import segmenter

    def split(t: str) -> List[str]:
        out = []
        for paragraph in segmenter.analyze(t):
            for sentence in paragraph:
                out.append("".join(tok.spacing + tok.value for tok in sentence))
        return out

    return split


def _nupunkt() -> Splitter:
    import nupunkt

    return nupunkt.sent_tokenize


def _sentencex() -> Splitter:
    from sentencex import segment

    return lambda t: list(segment("en", t))


def _spacy() -> Splitter:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return lambda t: [s.text for s in nlp(t).sents]


def _nltk() -> Splitter:
    import nltk

    try:
        nltk.sent_tokenize("Load the model. Now.")
    except LookupError:
        raise RuntimeError("punkt model not installed; run nltk.download('punkt_tab')") from None
    return nltk.sent_tokenize


PEERS: Dict[str, Callable[[], Splitter]] = {
    "quotesmith": _quotesmith,
    "pysbd": _pysbd,
    "blingfire": _blingfire,
    "syntok": _syntok,
    "nupunkt": _nupunkt,
    "sentencex": _sentencex,
    "spacy (sentencizer)": _spacy,
    "nltk (punkt)": _nltk,
}


def load_splitters(names: Optional[List[str]] = None) -> Dict[str, Splitter]:
    """Importable splitters by name; prints why the others are skipped."""
    out: Dict[str, Splitter] = {}
    for name, make in PEERS.items():
        if names and name not in names:
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                out[name] = make()
        except Exception as e:  # noqa: BLE001 - any import/model failure means "skip this peer"
            lines = [line.strip() for line in str(e).splitlines() if line.strip()]
            print(f"skipped {name}: {type(e).__name__}: {lines[0] if lines else ''}", file=sys.stderr)
    return out


def normalize(sentences: List[str]) -> List[str]:
    return [s.strip() for s in sentences if s.strip()]


def score(split: Splitter, rules: List[dict]) -> List[int]:
    """Ids of the rules that ``split`` fails."""
    failed = []
    for rule in rules:
        try:
            got = normalize(split(rule["text"]))
        except Exception:  # noqa: BLE001 - a crash is a failure
            got = None
        if got != normalize(rule["sentences"]):
            failed.append(rule["id"])
    return failed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rules", type=Path, default=DEFAULT_RULES)
    ap.add_argument("-v", "--verbose", action="store_true", help="show quotesmith's failures")
    ap.add_argument("--only", nargs="*", help="splitter names to run")
    ap.add_argument("--json", type=Path, help="write the scores here")
    args = ap.parse_args()
    rules = json.loads(args.rules.read_text(encoding="utf-8"))
    splitters = load_splitters(args.only)
    results = {}
    print(f"| splitter | passed / {len(rules)} | failing ids |")
    print("|---|---:|---|")
    for name, split in splitters.items():
        failed = score(split, rules)
        results[name] = {"passed": len(rules) - len(failed), "total": len(rules), "failed": failed}
        print(f"| {name} | {len(rules) - len(failed)} | {', '.join(map(str, failed)) or '-'} |")
    if args.verbose and "quotesmith" in splitters:
        by_id = {r["id"]: r for r in rules}
        for rid in results["quotesmith"]["failed"]:
            r = by_id[rid]
            print(f"\n#{rid} {r['name']}\n  text:     {r['text']!r}")
            print(f"  expected: {normalize(r['sentences'])}")
            print(f"  got:      {normalize(splitters['quotesmith'](r['text']))}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
