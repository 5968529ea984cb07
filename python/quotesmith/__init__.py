"""quotesmith: clean text, sentences and attributed quotations from scraped news.

>>> import quotesmith as qs
>>> qs.split_sentences("The U.S. envoy spoke. He left.")
['The U.S. envoy spoke.', 'He left.']
"""
from ._core import __version__
from .corpus import Corpus, Document, SharedQuote, Speaker, analyze, analyze_iter, sample_corpus
from ._stages import (
    CleanResult,
    Edit,
    Quote,
    clean,
    clean_batch,
    clean_report,
    extract_quotes,
    extract_quotes_batch,
    sentence_spans,
    split_sentences,
    split_sentences_batch,
)

__all__ = [
    "__version__",
    "Corpus",
    "Document",
    "SharedQuote",
    "Speaker",
    "analyze",
    "analyze_iter",
    "sample_corpus",
    "CleanResult",
    "Edit",
    "Quote",
    "clean",
    "clean_batch",
    "clean_report",
    "extract_quotes",
    "extract_quotes_batch",
    "sentence_spans",
    "split_sentences",
    "split_sentences_batch",
]
