//! The Python bindings: the only module that touches PyO3.
//!
//! Each function here converts arguments, releases the GIL, calls a pure-Rust stage and converts
//! the result back. Byte spans become code-point spans (see [`crate::offsets`]); Rust panics are
//! caught and raised as `RuntimeError` naming the function, so a bug never aborts the interpreter.
use std::collections::HashMap;
use std::ops::Deref;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Mutex, OnceLock};

use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyUnicodeEncodeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyDict, PyList, PyString};
use rayon::prelude::*;

use crate::clean::{self as cleaning, CleanOptions, Cleaned, Normalization, QuoteStyle};
use crate::corpus::{self, PipelineOptions};
use crate::names;
use crate::offsets::CharCursor;
use crate::quotes::{self, Quote, QuoteKind, QuoteOptions};
use crate::sentences::{self, Language};

mod types;

// ---------------------------------------------------------------------------------------------
// Arguments

/// Text borrowed from a Python `str` when it is valid UTF-8 (with the `str`, whose slices are
/// then the results' strings), or repaired when it holds lone surrogates (each becomes U+FFFD,
/// one code point for one, so offsets still match the input).
enum Text {
    Borrowed(PyBackedStr, Py<PyString>),
    Repaired(String),
}

impl Text {
    /// The caller's `str` when it holds exactly this text.
    fn source<'py>(&self, py: Python<'py>) -> Option<&Bound<'py, PyString>> {
        match self {
            Text::Borrowed(_, s) => Some(s.bind(py)),
            Text::Repaired(_) => None,
        }
    }
}

impl Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Text::Borrowed(s, _) => s,
            Text::Repaired(s) => s,
        }
    }
}

fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".into())
}

fn text_arg(obj: &Bound<'_, PyAny>, func: &str) -> PyResult<Text> {
    let Ok(s) = obj.cast::<PyString>() else {
        let hint = if obj.is_instance_of::<PyBytes>() {
            "; decode bytes first, e.g. data.decode('utf-8', errors='replace')"
        } else {
            ""
        };
        return Err(PyTypeError::new_err(format!(
            "quotesmith.{func}() expects text as str, got {}{hint}",
            type_name(obj)
        )));
    };
    match s.extract::<PyBackedStr>() {
        Ok(b) => Ok(Text::Borrowed(b, s.clone().unbind())),
        Err(e) if e.is_instance_of::<PyUnicodeEncodeError>(obj.py()) => {
            // Lone surrogates: read code points through UTF-32 and replace the unpaired ones.
            let raw = s.call_method1("encode", ("utf-32-le", "surrogatepass"))?;
            let bytes = raw.cast::<PyBytes>()?.as_bytes();
            Ok(Text::Repaired(
                bytes
                    .chunks_exact(4)
                    .map(|c| char::from_u32(u32::from_le_bytes([c[0], c[1], c[2], c[3]])).unwrap_or('\u{FFFD}'))
                    .collect(),
            ))
        }
        Err(e) => Err(e),
    }
}

fn texts_arg(obj: &Bound<'_, PyAny>, func: &str) -> PyResult<Vec<Text>> {
    if obj.is_instance_of::<PyString>() || obj.is_instance_of::<PyBytes>() {
        return Err(PyTypeError::new_err(format!(
            "quotesmith.{func}() expects a list of str, got a single {}; wrap it in a list",
            type_name(obj)
        )));
    }
    let iter = obj.try_iter().map_err(|_| {
        PyTypeError::new_err(format!(
            "quotesmith.{func}() expects an iterable of str, got {}",
            type_name(obj)
        ))
    })?;
    let mut out = Vec::new();
    for (i, item) in iter.enumerate() {
        let item = item?;
        out.push(text_arg(&item, func).map_err(|e| {
            if e.is_instance_of::<PyTypeError>(obj.py()) {
                PyTypeError::new_err(format!(
                    "quotesmith.{func}(): item {i} is {}, expected str",
                    type_name(&item)
                ))
            } else {
                e
            }
        })?);
    }
    Ok(out)
}

fn language_arg(language: &str) -> Language {
    Language::from_code(language)
}

#[allow(clippy::too_many_arguments)]
fn clean_options(
    normalization: Option<&str>,
    fix_mojibake: bool,
    normalize_whitespace: bool,
    remove_boilerplate: bool,
    remove_duplicates: bool,
    quotes: Option<&str>,
    dashes: bool,
) -> PyResult<CleanOptions> {
    let normalization = match normalization.map(|s| s.to_ascii_uppercase()) {
        None => Normalization::None,
        Some(s) if s == "NFC" => Normalization::Nfc,
        Some(s) if s == "NFKC" => Normalization::Nfkc,
        Some(s) if s == "NONE" => Normalization::None,
        Some(s) => {
            return Err(PyValueError::new_err(format!(
                "normalization must be 'NFC', 'NFKC' or None, got {s:?}"
            )))
        }
    };
    let quotes = match quotes {
        None | Some("keep") => QuoteStyle::Keep,
        Some("straight") => QuoteStyle::Straight,
        Some("curly") => QuoteStyle::Curly,
        Some(s) => {
            return Err(PyValueError::new_err(format!(
                "quotes must be None, 'straight' or 'curly', got {s:?}"
            )))
        }
    };
    Ok(CleanOptions {
        normalization,
        fix_mojibake,
        normalize_whitespace,
        remove_boilerplate,
        remove_duplicates,
        quotes,
        dashes,
    })
}

// ---------------------------------------------------------------------------------------------
// Running Rust safely: panics become exceptions, batches run on a (cached) rayon pool.

fn guarded<T>(func: &str, f: impl FnOnce() -> T) -> PyResult<T> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|payload| {
        let msg = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        PyRuntimeError::new_err(format!(
            "quotesmith.{func}() hit an internal error ({msg}); this is a bug, please report it with the input"
        ))
    })
}

fn pool(n_jobs: Option<i64>) -> PyResult<Option<Arc<rayon::ThreadPool>>> {
    static POOLS: OnceLock<Mutex<HashMap<usize, Arc<rayon::ThreadPool>>>> = OnceLock::new();
    // More threads than cores never helps CPU-bound work, and clamping keeps the pool cache to
    // at most one pool per core count instead of one per value a caller ever passed.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let n = match n_jobs {
        None => return Ok(None),
        Some(n) if n > 0 => (n as usize).min(cores),
        Some(-1) => return Ok(None),
        Some(n) => {
            return Err(PyValueError::new_err(format!(
                "n_jobs must be a positive number of threads, or None/-1 for all cores; got {n}"
            )))
        }
    };
    let mut pools = POOLS.get_or_init(Default::default).lock().unwrap_or_else(|e| e.into_inner());
    if let Some(p) = pools.get(&n) {
        return Ok(Some(p.clone()));
    }
    let p = Arc::new(
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .map_err(|e| PyRuntimeError::new_err(format!("could not start {n} threads: {e}")))?,
    );
    pools.insert(n, p.clone());
    Ok(Some(p))
}

/// Maps `f` over `items` in parallel with the GIL released, on `n_jobs` threads.
fn par_map<T: Sync, R: Send>(
    py: Python<'_>,
    func: &str,
    n_jobs: Option<i64>,
    items: &[T],
    f: impl Fn(&T) -> R + Sync + Send,
) -> PyResult<Vec<R>> {
    let pool = pool(n_jobs)?;
    py.detach(|| {
        guarded(func, || match &pool {
            Some(p) => p.install(|| items.par_iter().map(&f).collect()),
            None => items.par_iter().map(&f).collect(),
        })
    })
}

// ---------------------------------------------------------------------------------------------
// Converting results

type PySpan = (usize, usize);

fn edits_to_py<'py>(py: Python<'py>, original: &str, cleaned: &Cleaned) -> PyResult<Bound<'py, PyList>> {
    let mut cur = CharCursor::new(original);
    let list = PyList::empty(py);
    for e in &cleaned.edits {
        let (s, t) = cur.span(e.start, e.end);
        let edit = types::Edit::new(
            PyString::intern(py, e.kind.as_str()).unbind(),
            s,
            t,
            PyString::new(py, &original[e.start..e.end]).unbind(),
            PyString::new(py, &e.replacement).unbind(),
            PyString::new(py, &e.reason).unbind(),
        );
        list.append(Bound::new(py, edit)?)?;
    }
    Ok(list)
}

fn spans_to_py(text: &str, spans: &[(usize, usize)]) -> Vec<PySpan> {
    let mut cur = CharCursor::new(text);
    spans.iter().map(|&(s, e)| cur.span(s, e)).collect()
}

/// `s` as a Python string, made once per distinct value in `seen` (bounded, linear: a document
/// holds a handful).
fn shared_string<'t>(py: Python<'_>, seen: &mut Vec<(&'t str, Py<PyString>)>, s: &'t str) -> Py<PyString> {
    if let Some((_, p)) = seen.iter().find(|(k, _)| *k == s) {
        return p.clone_ref(py);
    }
    let p = PyString::new(py, s).unbind();
    if seen.len() < 64 {
        seen.push((s, p.clone_ref(py)));
    }
    p
}

/// The Python string of `kind`, made once for all documents.
fn kind_string(py: Python<'_>, kind: QuoteKind) -> Py<PyString> {
    static KINDS: PyOnceLock<Vec<Py<PyString>>> = PyOnceLock::new();
    let kinds = KINDS.get_or_init(py, || QuoteKind::ALL.iter().map(|k| PyString::intern(py, k.as_str()).unbind()).collect());
    let i = QuoteKind::ALL.iter().position(|&k| k == kind).expect("every kind is in ALL");
    kinds[i].clone_ref(py)
}

/// `s[start:end]` in code points. CPython copies the slice in its own representation, where a
/// string made from the UTF-8 text would be decoded again.
fn substring(s: &Bound<'_, PyString>, start: usize, end: usize) -> PyResult<Py<PyString>> {
    // SAFETY: `s` is a live str; PyUnicode_Substring returns a new reference to a str or NULL
    // with an exception set.
    unsafe {
        let p = pyo3::ffi::PyUnicode_Substring(s.as_ptr(), start as pyo3::ffi::Py_ssize_t, end as pyo3::ffi::Py_ssize_t);
        Ok(Bound::from_owned_ptr_or_err(s.py(), p)?.cast_into_unchecked::<PyString>().unbind())
    }
}

/// The quotes of `text` as Python objects; `source`, when given, is the Python `str` that holds
/// exactly `text`, and each quote's words are sliced from it.
fn quotes_to_py<'py, 't>(py: Python<'py>, text: &'t str, source: Option<&Bound<'py, PyString>>, quotes: &'t [Quote]) -> PyResult<Bound<'py, PyList>> {
    let mut cur = CharCursor::new(text);
    // Built whole, then listed: a list made at its final length is never grown.
    let mut out = Vec::with_capacity(quotes.len());
    // A document's quotes repeat a few speakers, mentions ("he", "Pompeo"), cues ("said") and
    // addressees: one Python string each, shared by every quote that names it. (News documents
    // hold a dozen or two: room made once.)
    let mut seen: Vec<(&'t str, Py<PyString>)> = Vec::with_capacity(32);
    let mut shared = |s: &'t str| -> Py<PyString> { shared_string(py, &mut seen, s) };
    for q in quotes {
        let span = cur.span(q.start, q.end);
        let words = match source {
            Some(s) => substring(s, span.0, span.1)?,
            None => PyString::new(py, &text[q.start..q.end]).unbind(),
        };
        let mention_span = q.mention_span.map(|(s, e)| cur.span(s, e));
        let cue_span = q.cue_span.map(|(s, e)| cur.span(s, e));
        let quote = types::Quote::new(
            words,
            span.0,
            span.1,
            q.speaker.as_deref().map(&mut shared),
            q.mention_span.map(|(s, e)| shared(&text[s..e])),
            mention_span,
            q.cue(text).map(&mut shared),
            cue_span,
            q.addressee(text).map(&mut shared),
            kind_string(py, q.kind),
            q.sentence_index,
            // f32 in the core; three decimals are all the precision a confidence has.
            (q.confidence as f64 * 1000.0).round() / 1000.0,
        );
        out.push(Bound::new(py, quote)?);
    }
    PyList::new(py, out)
}

fn sentences_to_py<'py>(py: Python<'py>, text: &str, spans: &[(usize, usize)]) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    for &(s, e) in spans {
        list.append(PyString::new(py, &text[s..e]))?;
    }
    Ok(list)
}

// ---------------------------------------------------------------------------------------------
// Stage 1: cleaning

#[pyfunction]
#[pyo3(signature = (text, *, normalization=Some("NFC"), fix_mojibake=true, normalize_whitespace=true,
    remove_boilerplate=true, remove_duplicates=true, quotes=None, dashes=false),
    // Spelled out: PyO3 renders the `Some("NFC")` default as `...`.
    text_signature = "(text, *, normalization='NFC', fix_mojibake=True, normalize_whitespace=True, remove_boilerplate=True, remove_duplicates=True, quotes=None, dashes=False)")]
#[allow(clippy::too_many_arguments)]
fn clean_report(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    normalization: Option<&str>,
    fix_mojibake: bool,
    normalize_whitespace: bool,
    remove_boilerplate: bool,
    remove_duplicates: bool,
    quotes: Option<&str>,
    dashes: bool,
) -> PyResult<(String, Py<PyList>)> {
    let text = text_arg(text, "clean_report")?;
    let opts = clean_options(normalization, fix_mojibake, normalize_whitespace, remove_boilerplate, remove_duplicates, quotes, dashes)?;
    let cleaned = py.detach(|| guarded("clean_report", || cleaning::clean(&text, &opts)))?;
    let edits = edits_to_py(py, &text, &cleaned)?;
    Ok((cleaned.text, edits.unbind()))
}

#[pyfunction]
#[pyo3(signature = (text, *, normalization=Some("NFC"), fix_mojibake=true, normalize_whitespace=true,
    remove_boilerplate=true, remove_duplicates=true, quotes=None, dashes=false),
    // Spelled out: PyO3 renders the `Some("NFC")` default as `...`.
    text_signature = "(text, *, normalization='NFC', fix_mojibake=True, normalize_whitespace=True, remove_boilerplate=True, remove_duplicates=True, quotes=None, dashes=False)")]
#[allow(clippy::too_many_arguments)]
fn clean(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    normalization: Option<&str>,
    fix_mojibake: bool,
    normalize_whitespace: bool,
    remove_boilerplate: bool,
    remove_duplicates: bool,
    quotes: Option<&str>,
    dashes: bool,
) -> PyResult<String> {
    let text = text_arg(text, "clean")?;
    let opts = clean_options(normalization, fix_mojibake, normalize_whitespace, remove_boilerplate, remove_duplicates, quotes, dashes)?;
    Ok(py.detach(|| guarded("clean", || cleaning::clean(&text, &opts)))?.text)
}

#[pyfunction]
#[pyo3(signature = (texts, *, n_jobs=None))]
fn clean_batch(py: Python<'_>, texts: &Bound<'_, PyAny>, n_jobs: Option<i64>) -> PyResult<Vec<String>> {
    let texts = texts_arg(texts, "clean_batch")?;
    let opts = CleanOptions::default();
    par_map(py, "clean_batch", n_jobs, &texts, |t| cleaning::clean(t, &opts).text)
}

// ---------------------------------------------------------------------------------------------
// Stage 2: sentences

#[pyfunction]
#[pyo3(signature = (text, *, language="en"))]
fn sentence_spans(py: Python<'_>, text: &Bound<'_, PyAny>, language: &str) -> PyResult<Vec<PySpan>> {
    let text = text_arg(text, "sentence_spans")?;
    let lang = language_arg(language);
    let spans = py.detach(|| guarded("sentence_spans", || sentences::sentence_spans(&text, lang)))?;
    Ok(spans_to_py(&text, &spans))
}

#[pyfunction]
#[pyo3(signature = (text, *, language="en"))]
fn split_sentences<'py>(py: Python<'py>, text: &Bound<'py, PyAny>, language: &str) -> PyResult<Bound<'py, PyList>> {
    let text = text_arg(text, "split_sentences")?;
    let lang = language_arg(language);
    // Short documents: releasing the GIL costs more than it frees.
    let spans = guarded("split_sentences", || sentences::sentence_spans(&text, lang))?;
    sentences_to_py(py, &text, &spans)
}

#[pyfunction]
#[pyo3(signature = (texts, *, language="en", n_jobs=None))]
fn split_sentences_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    language: &str,
    n_jobs: Option<i64>,
) -> PyResult<Bound<'py, PyList>> {
    let texts = texts_arg(texts, "split_sentences_batch")?;
    let lang = language_arg(language);
    let all = par_map(py, "split_sentences_batch", n_jobs, &texts, |t| sentences::sentence_spans(t, lang))?;
    let out = PyList::empty(py);
    for (t, spans) in texts.iter().zip(&all) {
        out.append(sentences_to_py(py, t, spans)?)?;
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Stage 3: quotes

fn quote_options(include_scare: bool, include_indirect: bool, language: &str) -> QuoteOptions {
    QuoteOptions { include_scare, include_indirect, language: language_arg(language) }
}

#[pyfunction]
#[pyo3(signature = (text, *, include_scare=false, include_indirect=false, language="en"))]
fn extract_quotes<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    include_scare: bool,
    include_indirect: bool,
    language: &str,
) -> PyResult<Bound<'py, PyList>> {
    let text = text_arg(text, "extract_quotes")?;
    let opts = quote_options(include_scare, include_indirect, language);
    let quotes = guarded("extract_quotes", || quotes::extract_quotes(&text, &opts))?;
    quotes_to_py(py, &text, text.source(py), &quotes)
}

#[pyfunction]
#[pyo3(signature = (texts, *, include_scare=false, include_indirect=false, language="en", n_jobs=None))]
fn extract_quotes_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    include_scare: bool,
    include_indirect: bool,
    language: &str,
    n_jobs: Option<i64>,
) -> PyResult<Bound<'py, PyList>> {
    let texts = texts_arg(texts, "extract_quotes_batch")?;
    let opts = quote_options(include_scare, include_indirect, language);
    let all = par_map(py, "extract_quotes_batch", n_jobs, &texts, |t| quotes::extract_quotes(t, &opts))?;
    let out = PyList::empty(py);
    for (t, qs) in texts.iter().zip(&all) {
        out.append(quotes_to_py(py, t, t.source(py), qs)?)?;
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Stage 4: corpus

/// Clean options from a dict of the keyword arguments `clean()` takes (None = defaults).
fn clean_options_from_dict(d: Option<&Bound<'_, PyDict>>) -> PyResult<CleanOptions> {
    let Some(d) = d else { return Ok(CleanOptions::default()) };
    const KNOWN: [&str; 7] = ["normalization", "fix_mojibake", "normalize_whitespace", "remove_boilerplate", "remove_duplicates", "quotes", "dashes"];
    for key in d.keys() {
        let key: String = key.extract()?;
        if !KNOWN.contains(&key.as_str()) {
            return Err(PyValueError::new_err(format!("unknown clean option {key:?}; expected one of {KNOWN:?}")));
        }
    }
    let flag = |k: &str| -> PyResult<bool> { d.get_item(k)?.map_or(Ok(true), |v| v.extract()) };
    let normalization: Option<String> = match d.get_item("normalization")? {
        Some(v) => v.extract()?,
        None => Some("NFC".into()),
    };
    let quotes: Option<String> = match d.get_item("quotes")? {
        Some(v) => v.extract()?,
        None => None,
    };
    let dashes = d.get_item("dashes")?.map_or(Ok(false), |v| v.extract())?;
    clean_options(
        normalization.as_deref(),
        flag("fix_mojibake")?,
        flag("normalize_whitespace")?,
        flag("remove_boilerplate")?,
        flag("remove_duplicates")?,
        quotes.as_deref(),
        dashes,
    )
}

/// Runs the whole pipeline over `texts`. Each result is
/// `(clean_text, edit_rows, sentence_spans, quote_rows)`; edits span the raw text, sentences and
/// quotes span the clean text.
#[pyfunction]
#[pyo3(signature = (texts, *, clean_options=None, include_scare=false, include_indirect=false, language="en", n_jobs=None))]
fn analyze_batch<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    clean_options: Option<&Bound<'py, PyDict>>,
    include_scare: bool,
    include_indirect: bool,
    language: &str,
    n_jobs: Option<i64>,
) -> PyResult<Bound<'py, PyList>> {
    let texts = texts_arg(texts, "analyze_batch")?;
    let opts = PipelineOptions {
        clean: clean_options_from_dict(clean_options)?,
        quotes: quote_options(include_scare, include_indirect, language),
    };
    let all = par_map(py, "analyze_batch", n_jobs, &texts, |t| corpus::analyze(t, &opts))?;
    let out = PyList::empty(py);
    for (raw, a) in texts.iter().zip(&all) {
        let text = &a.cleaned.text;
        out.append((
            text,
            edits_to_py(py, raw, &a.cleaned)?,
            spans_to_py(text, &a.sentences),
            quotes_to_py(py, text, None, &a.quotes)?,
        ))?;
    }
    Ok(out)
}

/// For each `(name, count)`, the index of its canonical name (see `names::canonicalize`).
#[pyfunction]
fn canonical_speakers(names: Vec<(String, usize)>) -> PyResult<Vec<usize>> {
    let refs: Vec<(&str, usize)> = names.iter().map(|(n, c)| (n.as_str(), *c)).collect();
    guarded("canonical_speakers", || names::canonicalize(&refs))
}

/// Groups of indices of quotes (`(document, text)` pairs) that repeat the same words.
#[pyfunction]
#[pyo3(signature = (quotes, *, min_overlap=0.6))]
fn shared_quote_groups(py: Python<'_>, quotes: Vec<(usize, String)>, min_overlap: f64) -> PyResult<Vec<Vec<usize>>> {
    if !(0.0..=1.0).contains(&min_overlap) {
        return Err(PyValueError::new_err(format!("min_overlap must be in [0, 1], got {min_overlap}")));
    }
    let refs: Vec<(usize, &str)> = quotes.iter().map(|(d, t)| (*d, t.as_str())).collect();
    py.detach(|| guarded("shared_quote_groups", || corpus::shared_quote_groups(&refs, min_overlap)))
}

/// Groups of indices of near-duplicate texts (estimated word 5-gram Jaccard ≥ `threshold`).
#[pyfunction]
#[pyo3(signature = (texts, *, threshold=0.8))]
fn near_duplicate_groups(py: Python<'_>, texts: &Bound<'_, PyAny>, threshold: f64) -> PyResult<Vec<Vec<usize>>> {
    if !(0.0..=1.0).contains(&threshold) {
        return Err(PyValueError::new_err(format!("threshold must be in [0, 1], got {threshold}")));
    }
    let texts = texts_arg(texts, "near_duplicate_groups")?;
    let strs: Vec<&str> = texts.iter().map(|t| &**t).collect();
    py.detach(|| guarded("near_duplicate_groups", || corpus::near_duplicate_groups(&strs, threshold)))
}

// ---------------------------------------------------------------------------------------------

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<types::Quote>()?;
    m.add_class::<types::Edit>()?;
    m.add_function(wrap_pyfunction!(clean, m)?)?;
    m.add_function(wrap_pyfunction!(clean_report, m)?)?;
    m.add_function(wrap_pyfunction!(clean_batch, m)?)?;
    m.add_function(wrap_pyfunction!(sentence_spans, m)?)?;
    m.add_function(wrap_pyfunction!(split_sentences, m)?)?;
    m.add_function(wrap_pyfunction!(split_sentences_batch, m)?)?;
    m.add_function(wrap_pyfunction!(extract_quotes, m)?)?;
    m.add_function(wrap_pyfunction!(extract_quotes_batch, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_batch, m)?)?;
    m.add_function(wrap_pyfunction!(canonical_speakers, m)?)?;
    m.add_function(wrap_pyfunction!(shared_quote_groups, m)?)?;
    m.add_function(wrap_pyfunction!(near_duplicate_groups, m)?)?;
    Ok(())
}
