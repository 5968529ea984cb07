//! Stage 1: cleaning. (interface stub — being implemented)
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Normalization { None, Nfc, Nfkc }

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteStyle { Keep, Straight, Curly }

#[derive(Clone, Debug)]
pub struct CleanOptions {
    pub normalization: Normalization,
    pub fix_mojibake: bool,
    pub normalize_whitespace: bool,
    pub remove_boilerplate: bool,
    pub remove_duplicates: bool,
    pub quotes: QuoteStyle,
    pub dashes: bool,
}

impl Default for CleanOptions {
    fn default() -> Self {
        CleanOptions {
            normalization: Normalization::Nfc,
            fix_mojibake: true,
            normalize_whitespace: true,
            remove_boilerplate: true,
            remove_duplicates: true,
            quotes: QuoteStyle::Keep,
            dashes: false,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EditKind { Boilerplate, Duplicate, Whitespace, Control, Mojibake, Unicode, Punctuation }

impl EditKind {
    pub fn as_str(self) -> &'static str {
        match self {
            EditKind::Boilerplate => "boilerplate",
            EditKind::Duplicate => "duplicate",
            EditKind::Whitespace => "whitespace",
            EditKind::Control => "control",
            EditKind::Mojibake => "mojibake",
            EditKind::Unicode => "unicode",
            EditKind::Punctuation => "punctuation",
        }
    }
}

/// One change: the original bytes `start..end` were replaced by `replacement` ("" = removed).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Edit {
    pub kind: EditKind,
    pub start: usize,
    pub end: usize,
    pub replacement: String,
    pub reason: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Cleaned {
    pub text: String,
    pub edits: Vec<Edit>,
}

pub fn clean(text: &str, _opts: &CleanOptions) -> Cleaned {
    Cleaned { text: text.to_string(), edits: Vec::new() }
}
