"""Thread safety: many Python threads calling quotesmith at once get exactly the serial results.

Single-document calls, batch calls (which release the GIL and run on rayon pools shared by all
callers) and whole-corpus analysis are mixed across 8 threads, in shuffled order.
"""
from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, List, Tuple

import quotesmith as qs

SPEAKERS = ["Foreign Minister Clara Oduya", "Gen. Mark Ellery", "Anna Berg", "the Kremlin", "Sen. Tom Reyes"]
CUES = ["said", "told reporters", "wrote on Twitter", "added"]
FILLER = [
    "The talks resumed in St. Petersburg on Tuesday at 9 a.m.",
    "The U.S. delegation arrived late.",
    "Officials did not say when the next round would be held.",
    "Prices rose 3.5% in Jan. and fell in Feb.",
    "Skip to main content",
    "Share This article",
    "قال الوزير إن المحادثات مستمرة.",
    "我们会继续谈判。",
]


def make_doc(rng: random.Random) -> str:
    """A short article: filler, quotes in every style, sometimes boilerplate and a repeat."""
    parts: List[str] = []
    for _ in range(rng.randint(1, 12)):
        k = rng.random()
        who, cue = rng.choice(SPEAKERS), rng.choice(CUES)
        if k < 0.4:
            parts.append(rng.choice(FILLER))
        elif k < 0.6:
            parts.append(f"“We will keep talking {rng.randint(1, 99)},” {who} {cue}.")
        elif k < 0.8:
            parts.append(f'{who} {cue}: "It is a start." He left.')
        else:
            parts.append(f"‘{rng.choice(['Never', 'Soon', 'Maybe'])}’ — {rng.randint(0, 9)} … ")
        parts.append(rng.choice([" ", " ", "\n", "\n\n"]))
    doc = "".join(parts)
    if rng.random() < 0.2:
        doc += "\n\n" + doc  # a repeated body, for duplicate removal
    return doc


DOCS = [make_doc(random.Random(i)) for i in range(400)]

SINGLE_CALLS: List[Tuple[str, Callable]] = [
    ("split_sentences", qs.split_sentences),
    ("sentence_spans", qs.sentence_spans),
    ("extract_quotes", qs.extract_quotes),
    ("clean", qs.clean),
    ("clean_report", qs.clean_report),
    ("analyze", lambda t: _doc_key(qs.analyze(t))),
]


def _doc_key(doc):
    return (doc.text, doc.edits, doc.sentence_spans, doc.quotes)


def test_single_calls_from_8_threads_equal_serial_results():
    tasks = [(name, f, i) for name, f in SINGLE_CALLS for i in range(len(DOCS))]
    serial = {(name, i): f(DOCS[i]) for name, f, i in tasks}
    random.Random(7).shuffle(tasks)
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda t: ((t[0], t[2]), t[1](DOCS[t[2]])), tasks))
    assert len(results) == len(serial)
    for key, value in results:
        assert value == serial[key], f"{key[0]} on document {key[1]} differs when run concurrently"


def test_batch_calls_from_several_threads_at_once_equal_serial_results():
    expected = {
        "sentences": [qs.split_sentences(d) for d in DOCS],
        "quotes": [qs.extract_quotes(d) for d in DOCS],
        "clean": [qs.clean(d) for d in DOCS],
    }
    calls = {
        "sentences": qs.split_sentences_batch,
        "quotes": qs.extract_quotes_batch,
        "clean": qs.clean_batch,
    }
    jobs = [(kind, n_jobs) for kind in calls for n_jobs in (None, 1, 2, 3)] * 2
    random.Random(11).shuffle(jobs)
    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = [(kind, n, pool.submit(calls[kind], DOCS, n_jobs=n)) for kind, n in jobs]
        for kind, n, fut in futures:
            assert fut.result() == expected[kind], f"{kind} batch with n_jobs={n} differs under concurrency"


def test_corpus_analysis_and_streaming_from_several_threads():
    expected = [_doc_key(qs.analyze(d)) for d in DOCS]

    def run_corpus(n_jobs):
        corpus = qs.Corpus.from_texts(DOCS).analyze(n_jobs=n_jobs, progress=False)
        return [_doc_key(d) for d in corpus]

    def run_stream(chunk):
        return [_doc_key(d) for d in qs.analyze_iter(iter(DOCS), chunk_size=chunk)]

    with ThreadPoolExecutor(max_workers=8) as pool:
        futures = [pool.submit(run_corpus, n) for n in (None, 1, 2)]
        futures += [pool.submit(run_stream, c) for c in (1, 37, 1000)]
        for fut in futures:
            assert fut.result() == expected
