//! Per-line features the boilerplate rules weigh: length, final punctuation, word classes.
use std::collections::HashMap;
use std::sync::OnceLock;

use super::text::{trim_bounds, Line};

/// How a line ends, looking through closing quotes and brackets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Terminal {
    /// No punctuation: headlines, names, buttons, teasers.
    None,
    /// `.`, `!`, `?`, `…`: a sentence.
    Sentence,
    /// `:` — a heading that leads into something ("SOCHI, RUSSIA:", "A Message from X:").
    Colon,
    /// `,`, `;`, dashes and the like: a line cut mid-sentence or a salutation.
    Other,
}

/// Cheap features of one line, computed for every line.
#[derive(Clone, Copy, Debug)]
pub struct LineInfo {
    /// Trimmed content `s..e` (empty for blank lines).
    pub s: usize,
    pub e: usize,
    /// Whitespace-separated tokens, exact up to [`WORDS_EXACT`]; beyond that a lower bound (no
    /// rule distinguishes a 60-word paragraph from a 200-word one).
    pub words: usize,
    pub terminal: Terminal,
}

impl LineInfo {
    pub fn blank(&self) -> bool {
        self.s == self.e
    }
    pub fn len(&self) -> usize {
        self.e - self.s
    }
    /// An ordinary body paragraph: a finished sentence, or long enough to be one anyway.
    pub fn is_body(&self) -> bool {
        (self.terminal == Terminal::Sentence && self.words >= 5) || self.words >= 20
    }
}

pub fn line_info(text: &str, line: &Line) -> LineInfo {
    let (s, e) = trim_bounds(text, line.start, line.end);
    let words = count_words_capped(&text.as_bytes()[s..e]);
    LineInfo { s, e, words, terminal: terminal(&text[s..e]) }
}

/// Word counts up to this are exact (see [`LineInfo::words`]).
pub const WORDS_EXACT: usize = 40;

/// [`count_words`] over a prefix when the prefix alone already has more than [`WORDS_EXACT`].
fn count_words_capped(b: &[u8]) -> usize {
    const PREFIX: usize = 320;
    if b.len() > PREFIX {
        let mut cut = PREFIX;
        while cut < b.len() && (b[cut] & 0xC0) == 0x80 {
            cut += 1; // keep whole characters (an NBSP must not be split)
        }
        let head = count_words(&b[..cut]);
        if head > WORDS_EXACT {
            return head;
        }
    }
    count_words(b)
}

/// Space-separated tokens. ASCII spaces and tabs separate words everywhere; an NBSP (C2 A0)
/// does too, handled by a slower loop only on the lines that have one. Runs on every line, so
/// the common path is a branch-free count over byte pairs that the compiler vectorises.
fn count_words(b: &[u8]) -> usize {
    let sp = |c: u8| c == b' ' || c == b'\t';
    if memchr::memchr(0xA0, b).is_none() {
        // Word starts per 128-byte chunk, counted in u8 lanes (wide SIMD), then summed.
        let mut total = 0usize;
        let mut prev_space = true;
        for chunk in b.chunks(128) {
            let head = (prev_space & !sp(chunk[0])) as u8;
            let starts = chunk
                .iter()
                .zip(&chunk[1..])
                .map(|(&x, &y)| (sp(x) & !sp(y)) as u8)
                .fold(head, u8::wrapping_add);
            total += starts as usize;
            prev_space = sp(chunk[chunk.len() - 1]);
        }
        return total;
    }
    let mut words = 0;
    let mut prev_space = true;
    for (k, &c) in b.iter().enumerate() {
        let nbsp = (c == 0xC2 && b.get(k + 1) == Some(&0xA0)) || (c == 0xA0 && k > 0 && b[k - 1] == 0xC2);
        let space = sp(c) || nbsp;
        words += (prev_space && !space) as usize;
        prev_space = space;
    }
    words
}

fn terminal(line: &str) -> Terminal {
    let last = line
        .chars()
        .rev()
        .find(|c| !matches!(c, '"' | '\'' | '”' | '’' | '»' | '«' | ')' | ']' | '*' | ' ' | '\u{a0}'));
    match last {
        None => Terminal::None,
        Some('.' | '!' | '?' | '…' | '。' | '！' | '？') => Terminal::Sentence,
        Some(':') => Terminal::Colon,
        Some(',' | ';' | '-' | '–' | '—') => Terminal::Other,
        Some(_) => Terminal::None,
    }
}

const STOP: u8 = 1;
const APPEAL: u8 = 2;
const BIO: u8 = 4;
const SPEECH: u8 = 8;
const PERSON: u8 = 16;

/// FNV-1a: word keys are short, so a simple byte hash beats SipHash several times over.
#[derive(Default)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf29ce484222325 } else { self.0 };
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x100000001b3);
        }
        self.0 = h;
    }
}

type WordMap = HashMap<&'static str, u8, std::hash::BuildHasherDefault<Fnv>>;

fn word_classes() -> &'static WordMap {
    static CLASSES: OnceLock<WordMap> = OnceLock::new();
    CLASSES.get_or_init(|| {
        let mut m = WordMap::default();
        for entry in crate::lexicon::entries(include_str!("../../data/clean_words.tsv")) {
            let Some((word, class)) = entry.split_once('\t') else { continue };
            let bit = match class.trim() {
                "stop" => STOP,
                "appeal" => APPEAL,
                "bio" => BIO,
                "speech" => SPEECH,
                "person" => PERSON,
                _ => continue,
            };
            *m.entry(word.trim()).or_insert(0) |= bit;
        }
        m
    })
}

/// Word-level features of a line, computed only for lines a rule is considering.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WordStats {
    pub words: usize,
    pub capitalized: usize,
    pub stop: usize,
    pub appeal: usize,
    pub bio: usize,
    pub speech: usize,
    /// First/second person words (we, our, you, nous, wir, мы…).
    pub person: usize,
    pub commas: usize,
    /// The first letter of the line is upper case (or the line starts with a digit).
    pub first_upper: bool,
    /// Lowercased words (kept so block rules can look for names).
    pub lower: Vec<String>,
}

impl WordStats {
    pub fn stop_ratio(&self) -> f32 {
        self.stop as f32 / self.words.max(1) as f32
    }
    pub fn appeal_ratio(&self) -> f32 {
        self.appeal as f32 / self.words.max(1) as f32
    }
    pub fn title_ratio(&self) -> f32 {
        self.capitalized as f32 / self.words.max(1) as f32
    }
}

/// Word statistics of a line; `lower` stays empty (see [`word_stats_with_words`]).
pub fn word_stats(line: &str) -> WordStats {
    stats(line, false)
}

/// Word statistics with the lowercased words kept (for rules that look for names).
pub fn word_stats_with_words(line: &str) -> WordStats {
    stats(line, true)
}

fn stats(line: &str, keep_words: bool) -> WordStats {
    let classes = word_classes();
    let mut buf = String::new();
    let mut st = WordStats { commas: line.matches(',').count(), ..Default::default() };
    st.first_upper = line.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_uppercase() || c.is_numeric());
    for raw in line.split(|c: char| c.is_whitespace()) {
        // "Pakistan’s" counts as "pakistan"; "anti-terrorism" stays one word.
        let core = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let core = core.split(['\'', '’']).next().unwrap_or("");
        if !core.chars().any(char::is_alphabetic) {
            continue;
        }
        st.words += 1;
        if core.chars().next().is_some_and(char::is_uppercase) {
            st.capitalized += 1;
        }
        buf.clear();
        if core.is_ascii() {
            buf.push_str(core);
            buf.make_ascii_lowercase();
        } else {
            buf.extend(core.chars().flat_map(char::to_lowercase));
        }
        let bits = classes.get(buf.as_str()).copied().unwrap_or(0);
        st.stop += (bits & STOP != 0) as usize;
        st.appeal += (bits & APPEAL != 0) as usize;
        st.bio += (bits & BIO != 0) as usize;
        st.speech += (bits & SPEECH != 0) as usize;
        st.person += (bits & PERSON != 0) as usize;
        if keep_words {
            st.lower.push(buf.clone());
        }
    }
    st
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_looks_through_quotes() {
        assert_eq!(terminal("he said.”"), Terminal::Sentence);
        assert_eq!(terminal("SOCHI, RUSSIA:"), Terminal::Colon);
        assert_eq!(terminal("Dear readers,"), Terminal::Other);
        assert_eq!(terminal("The growing presence"), Terminal::None);
    }

    #[test]
    fn word_stats_classes() {
        let st = word_stats_with_words("We need your support, Pompeo said of the Kremlin’s plan.");
        assert_eq!(st.words, 10);
        assert_eq!(st.speech, 1);
        assert!(st.appeal >= 3);
        assert!(st.first_upper);
        assert_eq!(st.commas, 1);
        assert_eq!(st.lower[8], "kremlin");
    }

    #[test]
    fn counts_words_with_odd_separators() {
        assert_eq!(count_words(b""), 0);
        assert_eq!(count_words(b"  a  b\tc "), 3);
        assert_eq!(count_words("a\u{a0}b \u{a0}c\u{a0}".as_bytes()), 3);
        assert_eq!(count_words("voilà tout".as_bytes()), 2);
        let long = "word ".repeat(500);
        assert!(count_words_capped(long.as_bytes()) > WORDS_EXACT);
        assert_eq!(count_words_capped("a b ".repeat(30).as_bytes()), 60);
        let across_chunks = "ab ".repeat(200); // word boundaries on both sides of 128-byte cuts
        assert_eq!(count_words(across_chunks.as_bytes()), 200);
        assert_eq!(count_words(format!("{} x", "y".repeat(127)).as_bytes()), 2);
    }

    #[test]
    fn line_info_counts_words_and_blank() {
        let t = "  Two words  \n\u{a0}\n";
        let lines = super::super::text::split_lines(t);
        let a = line_info(t, &lines[0]);
        assert_eq!((a.words, a.blank()), (2, false));
        assert!(line_info(t, &lines[1]).blank());
    }
}
