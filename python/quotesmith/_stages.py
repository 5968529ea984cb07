"""The three pipeline stages: thin, typed wrappers over the Rust core (``quotesmith._core``).

Every span is a Python ``str`` index pair, so ``text[start:end]`` is exactly the span.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Optional, Tuple

from . import _core

Span = Tuple[int, int]

__all__ = [
    "Edit",
    "CleanResult",
    "Quote",
    "clean",
    "clean_report",
    "clean_batch",
    "split_sentences",
    "sentence_spans",
    "split_sentences_batch",
    "extract_quotes",
    "extract_quotes_batch",
]


# --------------------------------------------------------------------------------------------
# Stage 1: cleaning


# ``Edit`` and ``Quote`` are built in Rust (``quotesmith._core``): a document yields dozens of
# them, and a frozen dataclass would cost more to construct than finding them does.
Edit = _core.Edit
Quote = _core.Quote


@dataclass(frozen=True)
class CleanResult:
    """The cleaned text and every edit that produced it from the original.

    Applying ``edits`` to the original (see :meth:`apply`) gives back ``text`` exactly, so no
    character is lost without a record.
    """

    text: str
    edits: Tuple[Edit, ...]

    @property
    def removed(self) -> List[Edit]:
        """Edits that dropped text (boilerplate, duplicates, control characters, ...)."""
        return [e for e in self.edits if e.is_removal]

    @staticmethod
    def apply(raw: str, edits: Iterable[Edit]) -> str:
        """Rebuild the cleaned text from ``raw`` and ``edits`` (sorted, non-overlapping)."""
        out, pos = [], 0
        for e in edits:
            out.append(raw[pos : e.start])
            out.append(e.replacement)
            pos = e.end
        out.append(raw[pos:])
        return "".join(out)

    def to_dict(self) -> Dict[str, Any]:
        return {"text": self.text, "edits": [e.to_dict() for e in self.edits]}


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
) -> str:
    """Clean scraped news text: Unicode and whitespace repair, mojibake, boilerplate, repeats.

    Options turn each rule off. ``normalization`` is ``"NFC"`` (default), ``"NFKC"`` or None;
    ``quotes`` is None (keep), ``"straight"`` or ``"curly"``; ``dashes=True`` turns en/em dashes
    used as punctuation into " - ".

    >>> clean("Skip to main content\\nThe talks went well.\\r\\nShare This article\\n")
    'The talks went well.\\n'
    >>> clean("caf\\u00c3\\u00a9 au lait")
    'café au lait'
    """
    return _core.clean(
        text,
        normalization=normalization,
        fix_mojibake=fix_mojibake,
        normalize_whitespace=normalize_whitespace,
        remove_boilerplate=remove_boilerplate,
        remove_duplicates=remove_duplicates,
        quotes=quotes,
        dashes=dashes,
    )


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
) -> CleanResult:
    """Like :func:`clean`, but also returns every edit with its span in the *original* text.

    >>> raw = "Skip to main content\\nThe talks went well.\\n"
    >>> r = clean_report(raw)
    >>> r.text
    'The talks went well.\\n'
    >>> [(e.kind, raw[e.start:e.end]) for e in r.removed]
    [('boilerplate', 'Skip to main content\\n')]
    >>> CleanResult.apply(raw, r.edits) == r.text
    True
    """
    cleaned, edits = _core.clean_report(
        text,
        normalization=normalization,
        fix_mojibake=fix_mojibake,
        normalize_whitespace=normalize_whitespace,
        remove_boilerplate=remove_boilerplate,
        remove_duplicates=remove_duplicates,
        quotes=quotes,
        dashes=dashes,
    )
    return CleanResult(cleaned, tuple(edits))


def clean_batch(texts: Iterable[str], *, n_jobs: Optional[int] = None) -> List[str]:
    """:func:`clean` with default options over many texts, in parallel with the GIL released.

    >>> clean_batch(["a\\u00a0b", "Share This article\\nc"])
    ['a b', 'c']
    """
    return _core.clean_batch(texts, n_jobs=n_jobs)


# --------------------------------------------------------------------------------------------
# Stage 2: sentences


def split_sentences(text: str, *, language: str = "en") -> List[str]:
    """Split ``text`` into sentences, tuned for news (abbreviations, quotes, datelines, lists).

    Unknown ``language`` codes fall back to generic rules.

    >>> split_sentences("Pompeo met Putin in St. Petersburg. The U.S. envoy left at 5 p.m. on Tuesday.")
    ['Pompeo met Putin in St. Petersburg.', 'The U.S. envoy left at 5 p.m. on Tuesday.']
    """
    return _core.split_sentences(text, language=language)


def sentence_spans(text: str, *, language: str = "en") -> List[Span]:
    """``(start, end)`` of each sentence as ``str`` indices: ``text[start:end]`` is the sentence.

    >>> text = "“Let’s see,” he said. Done."
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['“Let’s see,” he said.', 'Done.']
    """
    return _core.sentence_spans(text, language=language)


def split_sentences_batch(
    texts: Iterable[str], *, language: str = "en", n_jobs: Optional[int] = None
) -> List[List[str]]:
    """:func:`split_sentences` over many texts on all cores (or ``n_jobs`` threads), GIL released.

    >>> split_sentences_batch(["One. Two.", "Three."])
    [['One.', 'Two.'], ['Three.']]
    """
    return _core.split_sentences_batch(texts, language=language, n_jobs=n_jobs)


# --------------------------------------------------------------------------------------------
# Stage 3: quotes


def extract_quotes(
    text: str,
    *,
    include_scare: bool = False,
    include_indirect: bool = False,
    language: str = "en",
) -> List[Quote]:
    """Quotations in ``text`` with their speakers.

    Scare quotes and titles (``kind="scare"``) and reported speech (``kind="indirect"``) are left
    out unless asked for.

    >>> text = '“We will keep talking,” Secretary of State Mike Pompeo told reporters. “It is hard,” he said.'
    >>> [(q.text, q.speaker, q.cue) for q in extract_quotes(text)]
    [('We will keep talking,', 'Mike Pompeo', 'told reporters'), ('It is hard,', 'Mike Pompeo', 'said')]
    """
    return _core.extract_quotes(
        text, include_scare=include_scare, include_indirect=include_indirect, language=language
    )


def extract_quotes_batch(
    texts: Iterable[str],
    *,
    include_scare: bool = False,
    include_indirect: bool = False,
    language: str = "en",
    n_jobs: Optional[int] = None,
) -> List[List[Quote]]:
    """:func:`extract_quotes` over many texts on all cores (or ``n_jobs`` threads), GIL released."""
    return _core.extract_quotes_batch(
        texts,
        include_scare=include_scare,
        include_indirect=include_indirect,
        language=language,
        n_jobs=n_jobs,
    )
