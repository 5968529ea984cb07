//! Stage 3: quotations and their speakers. (interface stub — being implemented)
use crate::sentences::Language;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuoteKind { Full, Partial, MultiParagraph, Scare, Indirect }

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Full => "full",
            QuoteKind::Partial => "partial",
            QuoteKind::MultiParagraph => "multi-paragraph",
            QuoteKind::Scare => "scare",
            QuoteKind::Indirect => "indirect",
        }
    }
}

#[derive(Clone, Debug)]
pub struct QuoteOptions {
    pub include_scare: bool,
    pub include_indirect: bool,
    pub language: Language,
}

impl Default for QuoteOptions {
    fn default() -> Self {
        QuoteOptions { include_scare: false, include_indirect: false, language: Language::En }
    }
}

/// A quotation. All spans are byte offsets into the text given to [`extract_quotes`].
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    /// The quoted words, without the quote marks.
    pub start: usize,
    pub end: usize,
    /// Canonical speaker name within the document ("Mike Pompeo"), if attributed.
    pub speaker: Option<String>,
    /// The words that attribute it ("Pompeo", "he", "the Kremlin") and their span.
    pub speaker_mention: Option<String>,
    pub mention_span: Option<(usize, usize)>,
    /// The attribution cue ("said", "told reporters", "according to") and its span.
    pub cue: Option<String>,
    pub cue_span: Option<(usize, usize)>,
    /// Who it was said to ("reporters", "Fox News radio"), when the cue names it.
    pub addressee: Option<String>,
    pub kind: QuoteKind,
    pub sentence_index: usize,
    pub confidence: f32,
}

pub fn extract_quotes(_text: &str, _opts: &QuoteOptions) -> Vec<Quote> {
    Vec::new()
}
