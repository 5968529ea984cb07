//! The result classes handed to Python: `Quote` and `Edit`.
//!
//! They are built here, in Rust, straight from the core's results, because a document yields
//! dozens of them and a frozen Python dataclass costs microseconds each to construct — more than
//! finding the quote. Both are immutable, compare and hash by value, pickle (so they cross
//! process boundaries in Dask or multiprocessing), and turn into plain dicts with `to_dict()`.
use pyo3::basic::CompareOp;
use pyo3::prelude::*;
use pyo3::PyClass;
use pyo3::types::{PyDict, PyString, PyTuple, PyType};

type Span = (usize, usize);

/// The `#[pymethods]` of a value class: its own methods plus the ones every value has
/// (pickling, comparison, hashing, repr — all through [`Value::values`]).
macro_rules! value_class {
    ($class:ident { $($item:item)* }) => {
        #[pymethods]
        impl $class {
            $($item)*

            fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
                reduce(slf)
            }

            fn __richcmp__(&self, other: &Bound<'_, PyAny>, op: CompareOp) -> PyResult<Py<PyAny>> {
                richcmp(self, other, op)
            }

            fn __hash__(&self, py: Python<'_>) -> PyResult<isize> {
                self.values(py)?.hash()
            }

            fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
                repr(self, py)
            }
        }
    };
}


/// A quotation found by `extract_quotes`.
///
/// `text` is the quoted words without the marks and equals `doc[start:end]`. `speaker` is the
/// canonical name in the document ("Mike Pompeo") or None; `speaker_mention` the words that
/// attribute it ("Pompeo", "he", "the Kremlin") at `mention_span`; `cue` the verb phrase
/// ("said", "told reporters", "according to") at `cue_span`; `addressee` who it was said to.
/// `kind` is "full", "partial", "multi-paragraph", or on request "scare" / "indirect".
/// `sentence_index` counts sentences of the document from 0; `confidence` is in [0, 1].
#[pyclass(frozen, module = "quotesmith", name = "Quote")]
pub struct Quote {
    #[pyo3(get)]
    text: Py<PyString>,
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    speaker: Option<Py<PyString>>,
    #[pyo3(get)]
    speaker_mention: Option<Py<PyString>>,
    #[pyo3(get)]
    mention_span: Option<Span>,
    #[pyo3(get)]
    cue: Option<Py<PyString>>,
    #[pyo3(get)]
    cue_span: Option<Span>,
    #[pyo3(get)]
    addressee: Option<Py<PyString>>,
    #[pyo3(get)]
    kind: Py<PyString>,
    #[pyo3(get)]
    sentence_index: usize,
    #[pyo3(get)]
    confidence: f64,
}

const QUOTE_FIELDS: [&str; 12] = [
    "text", "start", "end", "speaker", "speaker_mention", "mention_span", "cue", "cue_span", "addressee", "kind",
    "sentence_index", "confidence",
];

value_class! {
Quote {
    #[new]
    #[pyo3(signature = (text, start, end, speaker, speaker_mention, mention_span, cue, cue_span, addressee, kind, sentence_index, confidence))]
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        text: Py<PyString>,
        start: usize,
        end: usize,
        speaker: Option<Py<PyString>>,
        speaker_mention: Option<Py<PyString>>,
        mention_span: Option<Span>,
        cue: Option<Py<PyString>>,
        cue_span: Option<Span>,
        addressee: Option<Py<PyString>>,
        kind: Py<PyString>,
        sentence_index: usize,
        confidence: f64,
    ) -> Self {
        Quote { text, start, end, speaker, speaker_mention, mention_span, cue, cue_span, addressee, kind, sentence_index, confidence }
    }

    /// `(start, end)`: `doc[start:end]` is the quote's text.
    #[getter]
    fn span(&self) -> Span {
        (self.start, self.end)
    }

    /// The names of the fields, in order (as a dataclass or named tuple has them).
    #[classattr]
    fn __match_args__(py: Python<'_>) -> PyResult<Py<PyTuple>> {
        Ok(PyTuple::new(py, QUOTE_FIELDS)?.unbind())
    }

    /// A JSON-ready dict of the fields (spans as lists).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        to_dict(self, py, |name, value| match name {
            "mention_span" | "cue_span" if !value.is_none() => Ok(value.cast::<PyTuple>()?.to_list().into_any()),
            _ => Ok(value),
        })
    }
}
}

impl Value for Quote {
    const CLASS: &'static str = "Quote";
    const FIELDS: &'static [&'static str] = &QUOTE_FIELDS;

    fn values<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let opt = |s: &Option<Py<PyString>>| s.as_ref().map(|s| s.clone_ref(py));
        (
            self.text.clone_ref(py),
            self.start,
            self.end,
            opt(&self.speaker),
            opt(&self.speaker_mention),
            self.mention_span,
            opt(&self.cue),
            self.cue_span,
            opt(&self.addressee),
            self.kind.clone_ref(py),
            self.sentence_index,
            self.confidence,
        )
            .into_pyobject(py)
    }
}

/// One change made by `clean_report`: `raw[start:end]` (the *original* text) was `text` and
/// became `replacement`; a removal has `replacement == ""`. `kind` is one of "boilerplate",
/// "duplicate", "whitespace", "control", "mojibake", "unicode", "punctuation"; `reason` says
/// why in words.
#[pyclass(frozen, module = "quotesmith", name = "Edit")]
pub struct Edit {
    #[pyo3(get)]
    kind: Py<PyString>,
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    text: Py<PyString>,
    #[pyo3(get)]
    replacement: Py<PyString>,
    #[pyo3(get)]
    reason: Py<PyString>,
}

const EDIT_FIELDS: [&str; 6] = ["kind", "start", "end", "text", "replacement", "reason"];

value_class! {
Edit {
    #[new]
    pub fn new(kind: Py<PyString>, start: usize, end: usize, text: Py<PyString>, replacement: Py<PyString>, reason: Py<PyString>) -> Self {
        Edit { kind, start, end, text, replacement, reason }
    }

    /// True when the original text was dropped rather than replaced.
    #[getter]
    fn is_removal(&self, py: Python<'_>) -> PyResult<bool> {
        Ok(self.replacement.bind(py).len()? == 0)
    }

    #[classattr]
    fn __match_args__(py: Python<'_>) -> PyResult<Py<PyTuple>> {
        Ok(PyTuple::new(py, EDIT_FIELDS)?.unbind())
    }

    /// A JSON-ready dict of the fields.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        to_dict(self, py, |_, value| Ok(value))
    }
}
}

impl Value for Edit {
    const CLASS: &'static str = "Edit";
    const FIELDS: &'static [&'static str] = &EDIT_FIELDS;

    fn values<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        (
            self.kind.clone_ref(py),
            self.start,
            self.end,
            self.text.clone_ref(py),
            self.replacement.clone_ref(py),
            self.reason.clone_ref(py),
        )
            .into_pyobject(py)
    }
}

/// A class whose value is its tuple of fields: equality, hashing, pickling and printing all
/// go through that tuple.
trait Value: PyClass + Sync {
    const CLASS: &'static str;
    const FIELDS: &'static [&'static str];
    fn values<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>>;
}

fn to_dict<'py, T: Value>(
    v: &T,
    py: Python<'py>,
    convert: impl Fn(&str, Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    for (name, value) in T::FIELDS.iter().zip(v.values(py)?.iter()) {
        d.set_item(name, convert(name, value)?)?;
    }
    Ok(d)
}

fn reduce<'py, T: Value + PyClass<Frozen = pyo3::pyclass::boolean_struct::True>>(
    slf: &Bound<'py, T>,
) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
    Ok((slf.as_any().get_type(), slf.get().values(slf.py())?))
}

fn richcmp<T: Value + PyClass<Frozen = pyo3::pyclass::boolean_struct::True>>(
    v: &T,
    other: &Bound<'_, PyAny>,
    op: CompareOp,
) -> PyResult<Py<PyAny>> {
    let py = other.py();
    let Ok(other) = other.cast::<T>() else { return Ok(py.NotImplemented()) };
    Ok(v.values(py)?.rich_compare(other.get().values(py)?, op)?.unbind())
}

/// `Name(field=value, …)` with each value's Python repr, as a dataclass prints.
fn repr<T: Value>(v: &T, py: Python<'_>) -> PyResult<String> {
    let mut out = format!("{}(", T::CLASS);
    for (i, (field, value)) in T::FIELDS.iter().zip(v.values(py)?.iter()).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(field);
        out.push('=');
        out.push_str(&value.repr()?.to_cow()?);
    }
    out.push(')');
    Ok(out)
}
