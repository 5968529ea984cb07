//! quotesmith: clean text, sentences and attributed quotations from scraped news.
//!
//! The pipeline is three pure functions over `&str`, each in its own module:
//!
//! * [`clean::clean`] — Unicode/whitespace repair, mojibake, boilerplate and duplicate removal;
//! * [`sentences::sentence_spans`] — sentence boundaries tuned for news text;
//! * [`quotes::extract_quotes`] — quotations with speaker, cue and kind;
//!
//! and [`corpus`] runs them over many documents with rayon. All spans in this crate are **byte**
//! offsets into the input `&str`; the Python bindings (`python.rs`, behind the `python` feature)
//! convert them to code-point offsets with [`offsets::CharCursor`].

pub mod clean;
pub mod corpus;
pub mod lexicon;
pub mod names;
pub mod offsets;
pub mod quotes;
pub mod sentences;

#[cfg(feature = "python")]
mod python;
