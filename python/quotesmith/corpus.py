"""Documents and corpora: the whole pipeline over many articles, and cross-document questions.

Who is quoted, how often, by which outlets; which quotes several outlets carry and how their
wording differs; which documents are syndicated copies. The work runs in Rust, in parallel, with
the GIL released; this module only shapes results into Python objects and tables.
"""
from __future__ import annotations

import difflib
import html
import json
import os
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import (
    Any,
    Dict,
    Iterable,
    Iterator,
    List,
    Mapping,
    Optional,
    Sequence,
    Tuple,
    Union,
)

from . import _core
from ._stages import Edit, Quote, Span

__all__ = [
    "Document",
    "Speaker",
    "SharedQuote",
    "Corpus",
    "analyze",
    "analyze_iter",
    "sample_corpus",
]

PathLike = Union[str, "os.PathLike[str]"]

_CLEAN_KEYS = (
    "normalization",
    "fix_mojibake",
    "normalize_whitespace",
    "remove_boilerplate",
    "remove_duplicates",
    "quotes",
    "dashes",
)


@dataclass(frozen=True)
class Speaker:
    """A speaker of one document or corpus: canonical ``name``, how many quotes, and the surface
    forms that referred to them (``"Pompeo"``, ``"he"``, ``"Secretary of State Mike Pompeo"``)."""

    name: str
    quote_count: int
    mentions: Tuple[str, ...]

    def to_dict(self) -> Dict[str, Any]:
        return {"name": self.name, "quote_count": self.quote_count, "mentions": list(self.mentions)}


@dataclass(frozen=True)
class Document:
    """One analysed article.

    ``raw`` is the input, ``text`` the cleaned text; ``edits`` span ``raw`` and explain every
    change; ``sentence_spans`` and ``quotes`` span ``text``.

    >>> doc = analyze('Share This article\\n“We will keep talking,” Mike Pompeo said. He left.', id="a1")
    >>> doc.sentences
    ['“We will keep talking,” Mike Pompeo said.', 'He left.']
    >>> [(q.text, q.speaker) for q in doc.quotes]
    [('We will keep talking,', 'Mike Pompeo')]
    >>> [e.text for e in doc.removed]
    ['Share This article\\n']
    """

    raw: str
    text: str
    edits: Tuple[Edit, ...]
    sentence_spans: Tuple[Span, ...]
    quotes: Tuple[Quote, ...]
    id: Optional[str] = None
    source: Optional[str] = None
    meta: Mapping[str, Any] = field(default_factory=dict, compare=False)

    @property
    def removed(self) -> List[Edit]:
        """Edits that dropped text from ``raw`` (boilerplate, duplicates, control characters)."""
        return [e for e in self.edits if e.is_removal]

    @property
    def sentences(self) -> List[str]:
        """The sentences of ``text``."""
        return [self.text[s:e] for s, e in self.sentence_spans]

    @property
    def speakers(self) -> List[Speaker]:
        """Speakers of this document's quotes, most quoted first."""
        return _speakers((q.speaker, q.speaker_mention) for q in self.quotes)

    def to_dict(self) -> Dict[str, Any]:
        """JSON-ready dict of everything known about the document."""
        return {
            "id": self.id,
            "source": self.source,
            "meta": dict(self.meta),
            "raw": self.raw,
            "text": self.text,
            "edits": [e.to_dict() for e in self.edits],
            "sentences": [list(s) for s in self.sentence_spans],
            "quotes": [q.to_dict() for q in self.quotes],
            "speakers": [s.to_dict() for s in self.speakers],
        }

    def _repr_html_(self) -> str:
        """Jupyter display: quotes highlighted, speakers' mentions in bold, removals listed."""
        marks: List[Tuple[int, int, str]] = []
        for q in self.quotes:
            marks.append((q.start, 0, '<mark style="background:#fff3b0" title="%s">' % html.escape(
                f"{q.kind} quote by {q.speaker or 'unknown'} ({q.cue or 'no cue'})", quote=True)))
            marks.append((q.end, 1, "</mark>"))
            if q.mention_span is not None:
                marks.append((q.mention_span[0], 0, '<b style="color:#1d4ed8">'))
                marks.append((q.mention_span[1], 1, "</b>"))
        marks.sort(key=lambda m: (m[0], m[1] == 0))
        out, pos = [], 0
        for at, _, tag in marks:
            out.append(html.escape(self.text[pos:at]))
            out.append(tag)
            pos = at
        out.append(html.escape(self.text[pos:]))
        body = "".join(out).replace("\n", "<br>")
        title = html.escape(" · ".join(x for x in (self.id, self.source) if x) or "Document")
        rows = "".join(
            f"<li><code>{html.escape(e.kind)}</code> {html.escape(e.reason)}: "
            f"<s>{html.escape(e.text[:120])}</s></li>"
            for e in self.removed
        )
        speakers = ", ".join(f"{html.escape(s.name)} ({s.quote_count})" for s in self.speakers)
        return (
            f"<div><h4>{title}</h4>"
            f"<p><small>{len(self.sentence_spans)} sentences · {len(self.quotes)} quotes · "
            f"speakers: {speakers or '—'}</small></p>"
            f"<div style='line-height:1.5'>{body}</div>"
            f"<details><summary>{len(self.removed)} removals</summary><ul>{rows}</ul></details></div>"
        )


def _speakers(pairs: Iterable[Tuple[Optional[str], Optional[str]]]) -> List[Speaker]:
    counts: Counter = Counter()
    mentions: Dict[str, Dict[str, None]] = defaultdict(dict)
    for name, mention in pairs:
        if name is None:
            continue
        counts[name] += 1
        if mention:
            mentions[name][mention] = None
    return [Speaker(n, c, tuple(mentions[n])) for n, c in counts.most_common()]


def _document(row: tuple, raw: str, id: Optional[str], source: Optional[str], meta: Mapping[str, Any]) -> Document:
    text, edits, spans, quotes = row
    return Document(
        raw=raw,
        text=text,
        edits=tuple(edits),
        sentence_spans=tuple(spans),
        quotes=tuple(quotes),
        id=id,
        source=source,
        meta=meta,
    )


def _clean_options(options: Mapping[str, Any]) -> Dict[str, Any]:
    unknown = set(options) - set(_CLEAN_KEYS) - {"include_scare", "include_indirect", "language"}
    if unknown:
        raise TypeError(f"unknown option(s) {sorted(unknown)}; clean options are {list(_CLEAN_KEYS)}, "
                        "quote options are include_scare, include_indirect, language")
    return {k: options[k] for k in _CLEAN_KEYS if k in options}


def _run_batch(texts: Sequence[str], n_jobs: Optional[int], options: Mapping[str, Any]) -> List[tuple]:
    return _core.analyze_batch(
        texts,
        clean_options=_clean_options(options),
        include_scare=options.get("include_scare", False),
        include_indirect=options.get("include_indirect", False),
        language=options.get("language", "en"),
        n_jobs=n_jobs,
    )


def analyze(text: str, *, source: Optional[str] = None, id: Optional[str] = None, **options: Any) -> Document:
    """Clean, split and extract quotes from one article. ``options`` are those of
    :func:`quotesmith.clean` plus ``include_scare``, ``include_indirect`` and ``language``.

    >>> analyze("One. Two.").sentences
    ['One.', 'Two.']
    """
    if not isinstance(text, str):
        raise TypeError(f"quotesmith.analyze() expects text as str, got {type(text).__name__}")
    (row,) = _run_batch([text], 1, options)
    return _document(row, text, id, source, {})


def analyze_iter(
    texts: Iterable[str],
    *,
    chunk_size: int = 1000,
    n_jobs: Optional[int] = None,
    **options: Any,
) -> Iterator[Document]:
    """Analyse a stream of texts chunk by chunk, yielding Documents in order; memory stays bounded
    by ``chunk_size`` however long the stream.

    >>> [d.sentences for d in analyze_iter(["One. Two.", "Three."], chunk_size=1)]
    [['One.', 'Two.'], ['Three.']]
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, got {chunk_size}")
    chunk: List[str] = []
    for t in texts:
        chunk.append(t)
        if len(chunk) >= chunk_size:
            yield from (_document(r, raw, None, None, {}) for r, raw in zip(_run_batch(chunk, n_jobs, options), chunk))
            chunk = []
    if chunk:
        yield from (_document(r, raw, None, None, {}) for r, raw in zip(_run_batch(chunk, n_jobs, options), chunk))


@dataclass(frozen=True)
class SharedQuote:
    """One quote carried by several documents: ``members`` are ``(doc_id, source, Quote)``.

    ``variants`` are the distinct wordings; :meth:`diff` marks how one member's wording differs
    from the longest one.
    """

    members: Tuple[Tuple[str, Optional[str], Quote], ...]
    speaker: Optional[str]

    @property
    def sources(self) -> List[str]:
        return sorted({s for _, s, _ in self.members if s})

    @property
    def doc_ids(self) -> List[str]:
        return sorted({d for d, _, _ in self.members})

    @property
    def variants(self) -> List[str]:
        return sorted({q.text for _, _, q in self.members}, key=lambda t: (-len(t), t))

    def diff(self, i: int) -> List[Tuple[str, str]]:
        """Word-level differences of member ``i`` against the longest wording, as
        ``(op, words)`` with op ``"="`` (same), ``"-"`` (only in the longest), ``"+"`` (only here)."""
        base = self.variants[0].split()
        other = self.members[i][2].text.split()
        out: List[Tuple[str, str]] = []
        for op, a0, a1, b0, b1 in difflib.SequenceMatcher(a=base, b=other, autojunk=False).get_opcodes():
            if op == "equal":
                out.append(("=", " ".join(base[a0:a1])))
            else:
                if a1 > a0:
                    out.append(("-", " ".join(base[a0:a1])))
                if b1 > b0:
                    out.append(("+", " ".join(other[b0:b1])))
        return out


def _frame(columns: Dict[str, List[Any]]) -> Any:
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError("this needs pandas: pip install 'quotesmith[pandas]'") from e
    return pd.DataFrame(columns)


def _rows(columns: Dict[str, List[Any]]) -> List[Dict[str, Any]]:
    names = list(columns)
    return [dict(zip(names, values)) for values in zip(*columns.values())]


_QUOTE_COLUMNS = (
    "doc_id", "source", "quote_index", "text", "start", "end", "speaker", "doc_speaker",
    "speaker_mention", "cue", "addressee", "kind", "sentence_index", "confidence",
)
_SENTENCE_COLUMNS = ("doc_id", "source", "sentence_index", "start", "end", "text", "n_words", "n_quotes")
_SPEAKER_COLUMNS = ("speaker", "quote_count", "document_count", "sources", "mentions")


class Corpus:
    """Many articles, analysed together.

    >>> corpus = Corpus.from_texts(["“We will talk,” Ann Lee said.", "“We will talk,” Lee said."],
    ...                            sources=["A", "B"]).analyze(progress=False)
    >>> [(r["doc_id"], r["speaker"]) for r in corpus.quote_rows()]
    [('0', 'Ann Lee'), ('1', 'Ann Lee')]
    >>> [g.sources for g in corpus.shared_quotes()]
    [['A', 'B']]
    """

    def __init__(
        self,
        texts: Sequence[str],
        ids: Optional[Sequence[Any]] = None,
        sources: Optional[Sequence[Optional[str]]] = None,
        meta: Optional[Sequence[Mapping[str, Any]]] = None,
    ) -> None:
        texts = list(texts)
        for i, t in enumerate(texts):
            if not isinstance(t, str):
                raise TypeError(f"Corpus: text {i} is {type(t).__name__}, expected str")
        n = len(texts)
        ids = [str(i) for i in range(n)] if ids is None else [str(i) for i in ids]
        sources = [None] * n if sources is None else list(sources)
        metas: List[Dict[str, Any]] = [{} for _ in range(n)] if meta is None else [dict(m) for m in meta]
        for name, seq in (("ids", ids), ("sources", sources), ("meta", metas)):
            if len(seq) != n:
                raise ValueError(f"Corpus: got {n} texts but {len(seq)} {name}")
        if len(set(ids)) != n:
            dup = next(i for i, c in Counter(ids).items() if c > 1)
            raise ValueError(f"Corpus: document ids must be unique; {dup!r} repeats")
        self.texts: List[str] = texts
        self.ids: List[str] = ids
        self.sources: List[Optional[str]] = sources
        self.meta: List[Dict[str, Any]] = metas
        self.documents: List[Document] = []
        self._speaker_map: Dict[str, str] = {}

    # -- building -------------------------------------------------------------------------------

    @classmethod
    def from_texts(
        cls,
        texts: Iterable[str],
        ids: Optional[Sequence[Any]] = None,
        sources: Optional[Sequence[Optional[str]]] = None,
    ) -> "Corpus":
        """A corpus of plain texts, with optional ids (default ``"0"``, ``"1"`` …) and sources."""
        return cls(list(texts), ids, sources)

    @classmethod
    def from_dir(cls, path: PathLike, glob: str = "*.txt", source: Optional[str] = None) -> "Corpus":
        """Every file matching ``glob`` under ``path`` (sorted), read as UTF-8 with replacement of
        undecodable bytes; the id is the file's relative path, the source its folder or ``source``."""
        root = Path(path)
        if not root.is_dir():
            raise ValueError(f"Corpus.from_dir: {str(root)!r} is not a directory")
        files = sorted(p for p in root.rglob(glob) if p.is_file())
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
        ids = [str(p.relative_to(root)) for p in files]
        sources = [source if source is not None else (p.parent.name if p.parent != root else None) for p in files]
        return cls(texts, ids, sources)

    @classmethod
    def from_jsonl(
        cls,
        path: PathLike,
        text_field: str = "text",
        id_field: Optional[str] = "id",
        source_field: Optional[str] = "source",
    ) -> "Corpus":
        """One document per JSON line; other fields go to ``meta`` (e.g. a ``date`` for timelines)."""
        texts, ids, sources, meta = [], [], [], []
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    raise ValueError(f"{path}:{n}: not valid JSON ({e.msg})") from None
                if not isinstance(rec, dict) or not isinstance(rec.get(text_field), str):
                    raise ValueError(f"{path}:{n}: expected an object with a string field {text_field!r}")
                texts.append(rec.pop(text_field))
                ids.append(rec.pop(id_field) if id_field and id_field in rec else f"{Path(path).name}:{n}")
                sources.append(rec.pop(source_field) if source_field and source_field in rec else None)
                meta.append(rec)
        return cls(texts, ids, sources, meta)

    @classmethod
    def from_pandas(cls, df: Any, text: str = "text", id: Optional[str] = None, source: Optional[str] = None) -> "Corpus":
        """From a DataFrame's ``text`` column, with optional ``id`` and ``source`` columns; other
        columns go to ``meta``."""
        for col in (text, id, source):
            if col is not None and col not in df.columns:
                raise ValueError(f"Corpus.from_pandas: no column {col!r}; columns are {list(df.columns)}")
        rest = [c for c in df.columns if c not in (text, id, source)]
        return cls(
            df[text].tolist(),
            df[id].tolist() if id else None,
            df[source].tolist() if source else None,
            df[rest].to_dict("records") if rest else None,
        )

    @classmethod
    def sample(cls) -> "Corpus":
        """The embedded sample corpus: short articles by several invented outlets about the same
        events, with the boilerplate, repeats and traps of real scraped news."""
        return sample_corpus()

    # -- running --------------------------------------------------------------------------------

    def analyze(
        self,
        n_jobs: Optional[int] = None,
        progress: bool = True,
        chunk_size: int = 1000,
        **options: Any,
    ) -> "Corpus":
        """Run the pipeline over every document (Rust, rayon, GIL released) in chunks of
        ``chunk_size``, with a progress bar unless ``progress=False``. Returns ``self``."""
        if chunk_size < 1:
            raise ValueError(f"chunk_size must be at least 1, got {chunk_size}")
        bar = None
        if progress:
            from tqdm.auto import tqdm

            bar = tqdm(total=len(self.texts), unit="doc", desc="quotesmith")
        docs: List[Document] = []
        try:
            for lo in range(0, len(self.texts), chunk_size):
                chunk = self.texts[lo : lo + chunk_size]
                for k, row in enumerate(_run_batch(chunk, n_jobs, options)):
                    i = lo + k
                    docs.append(_document(row, self.texts[i], self.ids[i], self.sources[i], self.meta[i]))
                if bar is not None:
                    bar.update(len(chunk))
        finally:
            if bar is not None:
                bar.close()
        self.documents = docs
        self._speaker_map = self._canonical_speakers()
        return self

    def _require(self) -> List[Document]:
        if len(self.documents) != len(self.texts):
            raise RuntimeError("call corpus.analyze() first")
        return self.documents

    def _canonical_speakers(self) -> Dict[str, str]:
        counts: Counter = Counter(q.speaker for d in self.documents for q in d.quotes if q.speaker)
        names = list(counts.items())
        canon = _core.canonical_speakers(names)
        return {name: names[c][0] for (name, _), c in zip(names, canon)}

    def speaker(self, quote: Quote) -> Optional[str]:
        """The corpus-wide canonical speaker of ``quote`` ("Pompeo" in one outlet and "Mike Pompeo"
        in another are one person)."""
        return None if quote.speaker is None else self._speaker_map.get(quote.speaker, quote.speaker)

    # -- tables ---------------------------------------------------------------------------------

    def quote_columns(self) -> Dict[str, List[Any]]:
        """The quotes table as columns (``{"doc_id": [...], "text": [...], ...}``): what
        :meth:`quotes_frame` and :meth:`to_arrow` are built from, one pass over the quotes."""
        docs = self._require()
        cols: Dict[str, List[Any]] = {c: [] for c in _QUOTE_COLUMNS}
        for d in docs:
            qs = d.quotes
            if not qs:
                continue
            n = len(qs)
            cols["doc_id"] += [d.id] * n
            cols["source"] += [d.source] * n
            cols["quote_index"] += range(n)
            cols["text"] += [q.text for q in qs]
            cols["start"] += [q.start for q in qs]
            cols["end"] += [q.end for q in qs]
            cols["speaker"] += [self.speaker(q) for q in qs]
            cols["doc_speaker"] += [q.speaker for q in qs]
            cols["speaker_mention"] += [q.speaker_mention for q in qs]
            cols["cue"] += [q.cue for q in qs]
            cols["addressee"] += [q.addressee for q in qs]
            cols["kind"] += [q.kind for q in qs]
            cols["sentence_index"] += [q.sentence_index for q in qs]
            cols["confidence"] += [q.confidence for q in qs]
        return cols

    def quote_rows(self) -> List[Dict[str, Any]]:
        """One dict per quote (the rows of :meth:`quotes_frame`)."""
        return _rows(self.quote_columns())

    def sentence_columns(self) -> Dict[str, List[Any]]:
        """The sentences table as columns (see :meth:`quote_columns`)."""
        cols: Dict[str, List[Any]] = {c: [] for c in _SENTENCE_COLUMNS}
        for d in self._require():
            spans = d.sentence_spans
            if not spans:
                continue
            n = len(spans)
            per_sentence = Counter(q.sentence_index for q in d.quotes)
            texts = [d.text[s:e] for s, e in spans]
            cols["doc_id"] += [d.id] * n
            cols["source"] += [d.source] * n
            cols["sentence_index"] += range(n)
            cols["start"] += [s for s, _ in spans]
            cols["end"] += [e for _, e in spans]
            cols["text"] += texts
            cols["n_words"] += [len(t.split()) for t in texts]
            cols["n_quotes"] += [per_sentence.get(k, 0) for k in range(n)]
        return cols

    def sentence_rows(self) -> List[Dict[str, Any]]:
        """One dict per sentence (the rows of :meth:`sentences_frame`)."""
        return _rows(self.sentence_columns())

    def speaker_rows(self) -> List[Dict[str, Any]]:
        """One dict per corpus-wide speaker, most quoted first (the rows of :meth:`speakers_frame`)."""
        quotes: Counter = Counter()
        docs: Dict[str, set] = defaultdict(set)
        sources: Dict[str, set] = defaultdict(set)
        mentions: Dict[str, Dict[str, None]] = defaultdict(dict)
        for d in self._require():
            for q in d.quotes:
                name = self.speaker(q)
                if name is None:
                    continue
                quotes[name] += 1
                docs[name].add(d.id)
                if d.source:
                    sources[name].add(d.source)
                if q.speaker_mention:
                    mentions[name][q.speaker_mention] = None
        return [
            {"speaker": n, "quote_count": c, "document_count": len(docs[n]),
             "sources": "; ".join(sorted(sources[n])), "mentions": "; ".join(mentions[n])}
            for n, c in quotes.most_common()
        ]

    def quotes_frame(self) -> Any:
        """pandas DataFrame, one row per quote, with document id, source and offsets in ``doc.text``."""
        return _frame(self.quote_columns())

    def sentences_frame(self) -> Any:
        """pandas DataFrame, one row per sentence."""
        return _frame(self.sentence_columns())

    def speakers_frame(self) -> Any:
        """pandas DataFrame, one row per corpus-wide speaker."""
        return _frame(self.speaker_columns())

    def speaker_columns(self) -> Dict[str, List[Any]]:
        """The speakers table as columns (see :meth:`quote_columns`)."""
        rows = self.speaker_rows()
        return {c: [r[c] for r in rows] for c in _SPEAKER_COLUMNS}

    def to_arrow(self, table: str = "quotes") -> Any:
        """A ``pyarrow.Table`` of ``"quotes"``, ``"sentences"`` or ``"speakers"``."""
        try:
            import pyarrow as pa
        except ImportError as e:  # pragma: no cover - depends on the environment
            raise ImportError("this needs pyarrow: pip install 'quotesmith[pandas]'") from e
        return pa.table(self.columns(table))

    def columns(self, table: str) -> Dict[str, List[Any]]:
        """The ``"quotes"``, ``"sentences"`` or ``"speakers"`` table as a dict of columns."""
        tables = {"quotes": self.quote_columns, "sentences": self.sentence_columns, "speakers": self.speaker_columns}
        if table not in tables:
            raise ValueError(f"table must be one of {sorted(tables)}, got {table!r}")
        return tables[table]()

    # -- across documents -----------------------------------------------------------------------

    def shared_quotes(self, min_overlap: float = 0.6, min_documents: int = 2) -> List[SharedQuote]:
        """Quotes carried by at least ``min_documents`` documents, even trimmed, re-punctuated or
        partially quoted (word-bigram containment ≥ ``min_overlap``), largest groups first."""
        flat = [(i, q) for i, d in enumerate(self._require()) for q in d.quotes if q.kind != "scare"]
        groups = _core.shared_quote_groups([(i, q.text) for i, q in flat], min_overlap=min_overlap)
        out = []
        for g in groups:
            members = tuple((self.documents[flat[k][0]].id or "", self.documents[flat[k][0]].source, flat[k][1]) for k in g)
            if len({m[0] for m in members}) < min_documents:
                continue
            names = Counter(self.speaker(m[2]) for m in members if m[2].speaker)
            out.append(SharedQuote(members, names.most_common(1)[0][0] if names else None))
        out.sort(key=lambda s: (-len(s.doc_ids), s.doc_ids))
        return out

    def near_duplicates(self, threshold: float = 0.8) -> List[List[str]]:
        """Groups of document ids whose cleaned texts are near-copies (MinHash estimate of word
        5-gram Jaccard ≥ ``threshold``): syndicated wire stories, re-posts."""
        docs = self._require()
        return [[docs[i].id or "" for i in g] for g in _core.near_duplicate_groups([d.text for d in docs], threshold=threshold)]

    def summary(self, top: int = 5) -> Dict[str, Any]:
        """Counts and highlights: documents, sentences, quotes, top speakers, shared quotes."""
        docs = self._require()
        return {
            "documents": len(docs),
            "characters_in": sum(len(d.raw) for d in docs),
            "characters_removed": sum(e.end - e.start for d in docs for e in d.removed),
            "sentences": sum(len(d.sentence_spans) for d in docs),
            "quotes": sum(len(d.quotes) for d in docs),
            "attributed": sum(1 for d in docs for q in d.quotes if q.speaker),
            "top_speakers": [(r["speaker"], r["quote_count"]) for r in self.speaker_rows()[:top]],
            "shared_quotes": len(self.shared_quotes()),
            "near_duplicate_groups": self.near_duplicates(),
        }

    def __len__(self) -> int:
        return len(self.texts)

    def __iter__(self) -> Iterator[Document]:
        return iter(self._require())

    def __getitem__(self, i: int) -> Document:
        return self._require()[i]

    def __repr__(self) -> str:
        state = "analysed" if self.documents else "not analysed"
        return f"<quotesmith.Corpus of {len(self)} documents, {state}>"


def sample_corpus() -> Corpus:
    """The sample corpus shipped in the package (see ``quotesmith/sample/index.json``).

    >>> c = sample_corpus()
    >>> len(c) >= 6, sorted(set(c.sources))[:2]
    (True, ['Business Desk', 'Global Wire Service'])
    """
    root = Path(__file__).with_name("sample")
    index = json.loads((root / "index.json").read_text(encoding="utf-8"))
    return Corpus(
        [(root / e["file"]).read_text(encoding="utf-8") for e in index],
        [e["id"] for e in index],
        [e["source"] for e in index],
        [{k: v for k, v in e.items() if k not in ("file", "id", "source")} for e in index],
    )
