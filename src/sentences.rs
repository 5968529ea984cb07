//! Stage 2: sentence boundaries. (interface stub — being implemented)

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Language { En, Generic }

impl Language {
    /// Language from an ISO 639-1 code; unknown codes fall back to [`Language::Generic`].
    pub fn from_code(code: &str) -> Language {
        match code.trim().to_ascii_lowercase().as_str() {
            "en" | "eng" | "english" => Language::En,
            _ => Language::Generic,
        }
    }
}

/// Byte spans of the sentences of `text`, in order, trimmed of surrounding whitespace.
pub fn sentence_spans(text: &str, _lang: Language) -> Vec<(usize, usize)> {
    let t = text.trim();
    if t.is_empty() { return Vec::new(); }
    let s = text.len() - text.trim_start().len();
    vec![(s, s + t.len())]
}
