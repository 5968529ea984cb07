"""Type stubs for the Rust extension. Spans are Python ``str`` indices."""
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

__all__ = [
    "__version__", "clean", "clean_report", "clean_batch", "sentence_spans", "split_sentences",
    "split_sentences_batch", "extract_quotes", "extract_quotes_batch", "analyze_batch",
    "canonical_speakers", "shared_quote_groups", "near_duplicate_groups",
]

__version__: str

_Span = Tuple[int, int]
# (kind, start, end, original text, replacement, reason)
_EditRow = Tuple[str, int, int, str, str, str]
# (text, start, end, speaker, speaker_mention, mention_span, cue, cue_span, addressee, kind,
#  sentence_index, confidence)
_QuoteRow = Tuple[
    str, int, int, Optional[str], Optional[str], Optional[_Span], Optional[str], Optional[_Span],
    Optional[str], str, int, float,
]

def clean(
    text: str,
    *,
    normalization: Optional[str] = "NFC",
    fix_mojibake: bool = True,
    normalize_whitespace: bool = True,
    remove_boilerplate: bool = True,
    remove_duplicates: bool = True,
    quotes: Optional[str] = None,
    dashes: bool = False,
) -> str: ...
def clean_report(
    text: str,
    *,
    normalization: Optional[str] = "NFC",
    fix_mojibake: bool = True,
    normalize_whitespace: bool = True,
    remove_boilerplate: bool = True,
    remove_duplicates: bool = True,
    quotes: Optional[str] = None,
    dashes: bool = False,
) -> Tuple[str, List[_EditRow]]: ...
def clean_batch(texts: Iterable[str], *, n_jobs: Optional[int] = None) -> List[str]: ...
def sentence_spans(text: str, *, language: str = "en") -> List[_Span]: ...
def split_sentences(text: str, *, language: str = "en") -> List[str]: ...
def split_sentences_batch(
    texts: Iterable[str], *, language: str = "en", n_jobs: Optional[int] = None
) -> List[List[str]]: ...
def extract_quotes(
    text: str, *, include_scare: bool = False, include_indirect: bool = False, language: str = "en"
) -> List[_QuoteRow]: ...
def extract_quotes_batch(
    texts: Iterable[str],
    *,
    include_scare: bool = False,
    include_indirect: bool = False,
    language: str = "en",
    n_jobs: Optional[int] = None,
) -> List[List[_QuoteRow]]: ...
def analyze_batch(
    texts: Iterable[str],
    *,
    clean_options: Optional[Dict[str, Any]] = None,
    include_scare: bool = False,
    include_indirect: bool = False,
    language: str = "en",
    n_jobs: Optional[int] = None,
) -> List[Tuple[str, List[_EditRow], List[_Span], List[_QuoteRow]]]: ...
def canonical_speakers(names: Sequence[Tuple[str, int]]) -> List[int]: ...
def shared_quote_groups(quotes: Sequence[Tuple[int, str]], *, min_overlap: float = 0.6) -> List[List[int]]: ...
def near_duplicate_groups(texts: Iterable[str], *, threshold: float = 0.8) -> List[List[int]]: ...
