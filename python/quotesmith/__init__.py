"""quotesmith: clean text, sentences and attributed quotations from scraped news.

>>> import quotesmith as qs
>>> qs.split_sentences("The U.S. envoy spoke. He left.")
['The U.S. envoy spoke.', 'He left.']
"""
from ._core import __version__
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
