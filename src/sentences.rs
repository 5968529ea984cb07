//! Stage 2: sentence boundaries tuned for news text.
//!
//! A single left-to-right byte scan (SSE2, 16 bytes a step) stops only at *candidate* bytes (`.`,
//! `?`, `!`, `)`, `"`, line breaks and the lead bytes of a few non-ASCII terminators, quotes and
//! bullets) and decides each one from local context: the token before it (abbreviation, initial,
//! number, list marker), what closes it (quotes, brackets), and the first word after it (lower
//! case, digit, a common sentence starter, a name, an attribution such as "Smith said."). Every
//! decision looks at a bounded window, so the scan is linear in the input and allocates nothing
//! but the output vector.
//!
//! The rules, in short:
//! * a period after a plain word ends a sentence before a capital, digit or symbol; never before
//!   a lower-case word;
//! * abbreviations behave by class (`data/abbreviations_en.txt`): titles never end a sentence,
//!   `No.`/`p.` continue before a number, a.m./p.m. end before most capitals, and the rest
//!   (U.S., Inc., initials) end only before a common sentence starter ("…in the U.S. The next
//!   day…" but "the U.S. Government");
//! * a quotation that closes on the same line stays in one sentence with its attribution;
//! * `?`/`!` end a sentence unless a lower-case word, an attribution or the rest of a
//!   title-cased headline follows; `. . .` never ends one, `....` does;
//! * list markers (`1.`, `a)`, `•`) start a sentence; a blank line always ends one, a single line
//!   break too unless the next line starts in lower case (hard-wrapped prose).
//!
//! Word lists live in `data/` so that the rules stay general and the tables can grow per
//! language.
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use memchr::memmem;

use crate::lexicon::entries;

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
///
/// The spans cover every non-whitespace character of `text`; what lies between two spans is
/// whitespace only.
pub fn sentence_spans(text: &str, lang: Language) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(text.len() / 96 + 1);
    sentence_spans_into(text, lang, &mut out);
    out
}

/// [`sentence_spans`] into a caller's vector (cleared first), to reuse its allocation.
pub fn sentence_spans_into(text: &str, lang: Language, out: &mut Vec<(usize, usize)>) {
    out.clear();
    Splitter::new(text, lexicon(lang), out, usize::MAX).run();
}

/// The first spans of [`sentence_spans`], up to and including the first that starts after
/// byte `pos`: enough to tell which sentence holds any position up to `pos` (spans are only
/// ever appended, so they are the same spans), without splitting the rest of the text.
pub fn sentence_spans_through(text: &str, lang: Language, pos: usize) -> Vec<(usize, usize)> {
    // (Room for sentences of 48 bytes on average: a news text's are longer, so the vector is
    // seldom grown.)
    let mut out = Vec::with_capacity(pos.min(text.len()) / 48 + 8);
    Splitter::new(text, lexicon(lang), &mut out, pos).run();
    out
}

// ---------------------------------------------------------------------------------------------
// Word lists

/// How an abbreviation behaves before a possible sentence end (see `data/abbreviations_en.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AbbrevKind {
    /// Never ends a sentence (Mr., e.g.).
    Title,
    /// Continues before a digit (No. 5); otherwise it is an ordinary word.
    Number,
    /// a.m. / p.m.
    Time,
    /// Ends a sentence before any capitalised word (etc.).
    Final,
    /// Ends a sentence only before a sentence starter (U.S., Inc.).
    Regular,
}

/// Kinds of one abbreviation key: for a capitalised token and for any token.
#[derive(Clone, Copy, Default)]
struct AbbrevEntry {
    capitalised: Option<AbbrevKind>,
    any_case: Option<AbbrevKind>,
}

/// FNV-1a: the keys are a few bytes long, so a simple hash beats SipHash here.
#[derive(Default, Clone, Copy)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FnvBuild = BuildHasherDefault<Fnv>;
type WordSet = HashSet<&'static [u8], FnvBuild>;

/// Longest abbreviation key we look up; longer tokens are never abbreviations.
const MAX_ABBREV: usize = 10;

struct Lexicon {
    /// Lower-cased abbreviation (without its final period) → behaviour.
    abbrevs: HashMap<u128, AbbrevEntry, KeyBuild>,
    /// Bit set over the last three bytes of abbreviations and initials (see [`suffix_bit`]):
    /// most words before a period are rejected without finding where they start.
    suffix_filter: Box<[u64; SUFFIX_WORDS]>,
    starters: WordSet,
    after_time: WordSet,
    time_intro: WordSet,
    speech_verbs: WordSet,
    pronouns: WordSet,
    line_continuers: WordSet,
}

/// Entries of a data file grouped by `[section]` headers.
fn sections(data: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    let mut section = "";
    entries(data).filter_map(move |line| {
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name;
            None
        } else {
            Some((section, line))
        }
    })
}

fn abbrev_kind(section: &str) -> Option<AbbrevKind> {
    Some(match section {
        "title" => AbbrevKind::Title,
        "number" => AbbrevKind::Number,
        "time" => AbbrevKind::Time,
        "final" => AbbrevKind::Final,
        "regular" => AbbrevKind::Regular,
        _ => return None,
    })
}

impl Lexicon {
    fn load(abbrev_files: &[&'static str], word_file: Option<&'static str>) -> Lexicon {
        let mut abbrevs: HashMap<u128, AbbrevEntry, KeyBuild> = HashMap::default();
        for file in abbrev_files {
            for (section, word) in sections(file) {
                let Some(kind) = abbrev_kind(section) else { continue };
                let Some(key) = abbrev_key(word.as_bytes()) else { continue };
                let entry = abbrevs.entry(key).or_default();
                // The first listing wins, so a language file can override the generic one.
                let slot = if word.starts_with(|c: char| c.is_uppercase()) {
                    &mut entry.capitalised
                } else {
                    &mut entry.any_case
                };
                slot.get_or_insert(kind);
            }
        }
        let mut suffix_filter = Box::new([0u64; SUFFIX_WORDS]);
        let mut mark = |token: &[u8]| {
            let bit = suffix_bit(token, token.len());
            suffix_filter[bit / 64] |= 1 << (bit % 64);
        };
        for file in abbrev_files {
            for (_, word) in sections(file) {
                mark(word.as_bytes());
            }
        }
        // Initials (E.) and unlisted initialisms (N.J., U.A.E.).
        for x in b'a'..=b'z' {
            mark(&[x]);
            for y in b'a'..=b'z' {
                mark(&[x, b'.', y]);
            }
        }
        let mut lex = Lexicon {
            abbrevs,
            suffix_filter,
            starters: WordSet::default(),
            after_time: WordSet::default(),
            time_intro: WordSet::default(),
            speech_verbs: WordSet::default(),
            pronouns: WordSet::default(),
            line_continuers: WordSet::default(),
        };
        for (section, word) in word_file.into_iter().flat_map(sections) {
            let set = match section {
                "starter" => &mut lex.starters,
                "after_time" => &mut lex.after_time,
                "time_intro" => &mut lex.time_intro,
                "speech_verb" => &mut lex.speech_verbs,
                "pronoun" => &mut lex.pronouns,
                "line_continuer" => &mut lex.line_continuers,
                _ => continue,
            };
            set.insert(word.as_bytes());
        }
        lex
    }

    /// Behaviour of `token` (without its final period) if it is a listed abbreviation.
    /// Lower-cases into a stack buffer: no allocation on the hot path.
    fn abbrev(&self, token: &[u8]) -> Option<AbbrevKind> {
        if token.is_empty() || token.len() > MAX_ABBREV {
            return None;
        }
        let entry = self.abbrevs.get(&abbrev_key(token)?)?;
        if token[0].is_ascii_uppercase() {
            entry.capitalised.or(entry.any_case)
        } else {
            entry.any_case
        }
    }
}

/// A token of up to [`MAX_ABBREV`] bytes, lower-cased, packed into one integer with its length:
/// hashing and comparing it costs a few instructions and no allocation.
#[inline]
fn abbrev_key(token: &[u8]) -> Option<u128> {
    if token.is_empty() || token.len() > MAX_ABBREV {
        return None;
    }
    let mut key = token.len() as u128;
    for &c in token {
        key = (key << 8) | u128::from(c.to_ascii_lowercase());
    }
    Some(key)
}

/// Hasher for [`abbrev_key`]s: one multiply.
#[derive(Default, Clone, Copy)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn write_u128(&mut self, k: u128) {
        let folded = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
        self.0 = folded.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type KeyBuild = BuildHasherDefault<KeyHasher>;

/// Size of [`Lexicon::suffix_filter`] in 64-bit words (32768 bits, 4 KB).
const SUFFIX_WORDS: usize = 512;

/// Position in [`Lexicon::suffix_filter`] of the last three bytes before `end`, lower-cased.
/// A byte other than an ASCII letter, digit or `.` (space, quote, `°`, the text start) counts as
/// 0 and so does everything before it, so a short token reads the same after a space as after an
/// opening quote.
#[inline]
fn suffix_bit(b: &[u8], end: usize) -> usize {
    let at = |k: usize| end.checked_sub(k).map_or(0, |i| usize::from(SUFFIX_BYTE[usize::from(b[i])]));
    // Stop at the first separator: "See p" reads as (0, 0, 'p'), like the key "p".
    let z = at(1);
    let y = if z == 0 { 0 } else { at(2) };
    let x = if y == 0 { 0 } else { at(3) };
    (x * 961 + y * 31 + z) % (SUFFIX_WORDS * 64)
}

/// How [`suffix_bit`] reads a byte: an ASCII letter, digit or `.` lower-cased, anything else 0
/// (one load per byte: every period of a text is looked up).
static SUFFIX_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        if b.is_ascii_alphanumeric() || b == b'.' {
            t[c] = b.to_ascii_lowercase();
        }
        c += 1;
    }
    t
};

fn lexicon(lang: Language) -> &'static Lexicon {
    static EN: OnceLock<Lexicon> = OnceLock::new();
    static GENERIC: OnceLock<Lexicon> = OnceLock::new();
    const GENERIC_ABBREVS: &str = include_str!("../data/abbreviations_generic.txt");
    match lang {
        Language::En => EN.get_or_init(|| {
            Lexicon::load(
                &[include_str!("../data/abbreviations_en.txt"), GENERIC_ABBREVS],
                Some(include_str!("../data/sentence_words_en.txt")),
            )
        }),
        Language::Generic => GENERIC.get_or_init(|| Lexicon::load(&[GENERIC_ABBREVS], None)),
    }
}

// ---------------------------------------------------------------------------------------------
// Byte classes

/// Bytes where the scan stops: ASCII terminators, `)` (list markers), `"`, line feed, and lead bytes
/// of the non-ASCII terminators, bullets and line separators we know (all lead bytes ≥ 0xD8:
/// ؟ ۔ । … • 。 ！ and friends).
static CANDIDATE: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'?' as usize] = true;
    t[b'!' as usize] = true;
    t[b')' as usize] = true;
    t[b'\n' as usize] = true;
    t[b'"' as usize] = true;
    let mut c = 0xD8;
    while c < 256 {
        t[c] = true;
        c += 1;
    }
    t
};

/// Next candidate byte at or after `from`.
#[inline]
fn next_candidate(b: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    #[cfg(target_arch = "x86_64")]
    while i + 16 <= b.len() {
        let mask = candidate_mask16(b, i);
        if mask != 0 {
            return Some(i + mask.trailing_zeros() as usize);
        }
        i += 16;
    }
    while i < b.len() {
        if CANDIDATE[b[i] as usize] {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Bit k is set when `b[i + k]` is a candidate byte, for the 16 bytes at `i` (SSE2, which
/// every x86-64 CPU has). Text between candidates is skipped 16 bytes per step; `memchr` would
/// need several passes for our eight needles.
#[cfg(target_arch = "x86_64")]
#[inline]
fn candidate_mask16(b: &[u8], i: usize) -> u32 {
    use std::arch::x86_64::*;
    let Some(chunk) = b.get(i..i + 16) else { return 0 };
    // SAFETY: SSE2 is part of the x86-64 baseline, and the unaligned load reads exactly the
    // 16 bytes of `chunk`, which the bounds-checked `get` above guarantees exist.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast::<__m128i>());
        let eq = |c: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(c as i8));
        let ascii = _mm_or_si128(
            _mm_or_si128(eq(b'.'), eq(b'\n')),
            _mm_or_si128(_mm_or_si128(eq(b'?'), eq(b'!')), _mm_or_si128(eq(b')'), eq(b'"'))),
        );
        // As signed bytes, 0xD8..=0xFF are -40..=-1: greater than -41 and negative.
        let above = _mm_movemask_epi8(_mm_cmpgt_epi8(v, _mm_set1_epi8(-41))) as u32;
        let negative = _mm_movemask_epi8(v) as u32;
        _mm_movemask_epi8(ascii) as u32 | (above & negative)
    }
}

/// What a terminator character says about the sentence.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Term {
    Dot,
    /// `?`, `!` and their ligatures.
    Strong,
    /// `…`
    Ellipsis,
    /// Terminators of scripts written without spaces (。！？): always a boundary.
    Closing,
}

/// Terminator character at `i` and its length in bytes.
#[inline]
fn term_at(b: &[u8], i: usize) -> Option<(Term, usize)> {
    match *b.get(i)? {
        b'.' => Some((Term::Dot, 1)),
        b'?' | b'!' => Some((Term::Strong, 1)),
        0xD8 if b.get(i + 1) == Some(&0x9F) => Some((Term::Strong, 2)), // ؟
        0xDB if b.get(i + 1) == Some(&0x94) => Some((Term::Dot, 2)),    // ۔
        0xE0 if matches!(b.get(i + 1..i + 3), Some([0xA5, 0xA4 | 0xA5])) => Some((Term::Closing, 3)),
        0xE2 => match b.get(i + 1..i + 3)? {
            [0x80, 0xA6] => Some((Term::Ellipsis, 3)),
            [0x80, 0xBC] | [0x81, 0x87..=0x89] => Some((Term::Strong, 3)), // ‼ ⁇ ⁈ ⁉
            _ => None,
        },
        0xE3 if matches!(b.get(i + 1..i + 3), Some([0x80, 0x82])) => Some((Term::Closing, 3)),
        0xEF => match b.get(i + 1..i + 3)? {
            [0xBC, 0x81] | [0xBC, 0x9F] | [0xBD, 0xA1] => Some((Term::Closing, 3)),
            _ => None,
        },
        _ => None,
    }
}

/// Closing quote or bracket at `i`: (length, is a quote).
#[inline]
fn closer_at(b: &[u8], i: usize) -> Option<(usize, bool)> {
    match *b.get(i)? {
        b'"' | b'\'' => Some((1, true)),
        b')' | b']' | b'}' => Some((1, false)),
        0xC2 if b.get(i + 1) == Some(&0xBB) => Some((2, true)), // »
        0xE2 => match b.get(i + 1..i + 3)? {
            [0x80, 0x9D] | [0x80, 0x99] | [0x80, 0xBA] => Some((3, true)), // ” ’ ›
            _ => None,
        },
        0xE3 => match b.get(i + 1..i + 3)? {
            [0x80, 0x8D] | [0x80, 0x8F] | [0x80, 0x91] => Some((3, true)), // 」 』 】
            _ => None,
        },
        0xEF if matches!(b.get(i + 1..i + 3), Some([0xBC, 0x89])) => Some((3, false)), // ）
        _ => None,
    }
}

/// Opening quote or bracket at `i`: its length.
#[inline]
fn opener_at(b: &[u8], i: usize) -> Option<usize> {
    match *b.get(i)? {
        b'"' | b'\'' | b'(' | b'[' | b'{' => Some(1),
        0xC2 if matches!(b.get(i + 1), Some(0xAB | 0xBF | 0xA1)) => Some(2), // « ¿ ¡
        0xE2 => match b.get(i + 1..i + 3)? {
            [0x80, 0x9C] | [0x80, 0x98] | [0x80, 0x9E] | [0x80, 0xB9] => Some(3), // “ ‘ „ ‹
            _ => None,
        },
        _ => None,
    }
}

/// Bullet character at `i`: its length.
#[inline]
fn bullet_at(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i..i + 3)? {
        [0xE2, 0x80, 0xA2 | 0xA3] // • ‣
        | [0xE2, 0x81, 0x83] // ⁃
        | [0xE2, 0x96, 0xAA] // ▪
        | [0xE2, 0x97, 0x8F | 0xA6] => Some(3), // ● ◦
        _ => None,
    }
}

fn bullet_ends_at(b: &[u8], end: usize) -> bool {
    end >= 3 && bullet_at(b, end - 3).is_some()
}

/// Whitespace character at `i` (the same set as `char::is_whitespace`): (length, is a line break).
#[inline(always)]
fn ws_at(b: &[u8], i: usize) -> Option<(usize, bool)> {
    match *b.get(i)? {
        b' ' | b'\t' | b'\r' | 0x0B | 0x0C => Some((1, false)),
        b'\n' => Some((1, true)),
        0xC2 => match b.get(i + 1)? {
            0xA0 => Some((2, false)),
            0x85 => Some((2, true)),
            _ => None,
        },
        0xE1 if matches!(b.get(i + 1..i + 3), Some([0x9A, 0x80])) => Some((3, false)),
        0xE2 => match b.get(i + 1..i + 3)? {
            [0x80, 0x80..=0x8A] | [0x80, 0xAF] | [0x81, 0x9F] => Some((3, false)),
            [0x80, 0xA8 | 0xA9] => Some((3, true)),
            _ => None,
        },
        0xE3 if matches!(b.get(i + 1..i + 3), Some([0x80, 0x80])) => Some((3, false)),
        _ => None,
    }
}

/// Whitespace as Python's `str.isspace` sees it: Unicode White_Space plus the ASCII information
/// separators U+001C..U+001F, so that sentences equal their `.strip()` in Python.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Skips whitespace from `i`: (first non-whitespace position, line breaks crossed).
/// (Inline: after most terminators comes one space.)
#[inline(always)]
fn skip_ws(b: &[u8], mut i: usize) -> (usize, usize) {
    let mut breaks = 0;
    while b.get(i) == Some(&b' ') {
        i += 1;
    }
    while let Some((len, nl)) = ws_at(b, i) {
        breaks += usize::from(nl);
        i += len;
    }
    (i, breaks)
}

/// Is the character ending at `end` whitespace (or is `end` the start of the text)?
fn ws_before(b: &[u8], end: usize) -> bool {
    if end == 0 {
        return true;
    }
    let c = b[end - 1];
    if c < 0x80 {
        return matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C);
    }
    // Multi-byte spaces end in a continuation byte; check the common ones.
    (end >= 2 && matches!(ws_at(b, end - 2), Some((2, _))))
        || (end >= 3 && matches!(ws_at(b, end - 3), Some((3, _))))
}

/// How the text after a candidate boundary begins.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Start {
    Upper,
    Lower,
    Digit,
    /// A closing quote or bracket after whitespace: never starts a sentence.
    Closer,
    Other,
}

/// Skips opening quotes and brackets at `i` (at most a few).
fn skip_openers(b: &[u8], mut i: usize) -> usize {
    for _ in 0..4 {
        match opener_at(b, i) {
            Some(len) => i += len,
            None => break,
        }
    }
    i
}

/// How the word at `k` begins, looking through opening quotes and brackets (`“We`, `("The`).
/// A closing mark after whitespace (`” Then` from sloppy typing) is looked through too; alone it
/// is [`Start::Closer`].
fn start_at(text: &str, k: usize) -> Start {
    let b = text.as_bytes();
    let mut i = skip_openers(b, k);
    if i == k {
        while let Some((len, _)) = closer_at(b, i) {
            i += len;
            if i - k > 8 {
                break;
            }
        }
        if i > k && !b.get(i).is_some_and(|c| !c.is_ascii_whitespace()) {
            return Start::Closer;
        }
    }
    char_class(text, i)
}

/// Class of the character at `i` (`i` on a char boundary). (Inline: mostly an ASCII letter.)
#[inline(always)]
fn char_class(text: &str, i: usize) -> Start {
    let b = text.as_bytes();
    let Some(&c) = b.get(i) else { return Start::Other };
    if c.is_ascii_uppercase() {
        return Start::Upper;
    }
    if c.is_ascii_lowercase() {
        // iPhone, eBay: a lower-case brand name can open a sentence.
        let camel = b.get(i + 1..i + 3).is_some_and(|w| w.iter().any(u8::is_ascii_uppercase));
        return if camel { Start::Upper } else { Start::Lower };
    }
    if c.is_ascii_digit() {
        return Start::Digit;
    }
    if c < 0x80 {
        return Start::Other;
    }
    char_class_beyond_ascii(text, i)
}

/// [`char_class`] of a character beyond ASCII.
fn char_class_beyond_ascii(text: &str, i: usize) -> Start {
    match text.get(i..).and_then(|s| s.chars().next()) {
        Some(ch) if ch.is_lowercase() => Start::Lower,
        // Upper case, or a letter of a script without case (CJK, Arabic, Hebrew).
        Some(ch) if ch.is_alphabetic() => Start::Upper,
        Some(ch) if ch.is_numeric() => Start::Digit,
        _ => Start::Other,
    }
}

/// End of the ASCII-letter word starting at `i`.
fn word_end(b: &[u8], i: usize) -> usize {
    let mut j = i;
    while j < b.len() && j - i < 32 && b[j].is_ascii_alphabetic() {
        j += 1;
    }
    j
}

// ---------------------------------------------------------------------------------------------
// Candidate analysis

/// How a run of terminators reads.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Mark {
    /// One period (or two, a typo).
    Period,
    /// Ends with ? or ! (?!, !!, ?..).
    Strong,
    /// `...` or `…`: a pause or a boundary.
    Ellipsis,
    /// `. . .`: an omission inside the sentence.
    SpacedEllipsis,
    /// A period glued to the word, then `. . .` (the ellipsis opens the next sentence).
    PeriodThenEllipsis,
    /// Four dots or more (`....`, `. . . .`): a period plus an ellipsis.
    FourDots,
    /// 。！？ and the danda: always a boundary.
    Closing,
}

/// A run of terminators and what closes it.
struct Cluster {
    /// First terminator byte.
    start: usize,
    mark: Mark,
    /// After the closing quotes and brackets.
    after: usize,
    /// A closing quote follows the terminators.
    quoted: bool,
    /// A comma, semicolon or colon follows (`forward.,"`): the sentence goes on.
    continues: bool,
    /// Right after an opening bracket (`[...]`, `(?)`): an aside, not a terminator.
    bracketed: bool,
}

/// What the token before a period is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Prev {
    Abbrev(AbbrevKind),
    /// A single upper-case letter (initial) or an unlisted multi-period initialism.
    Initial,
    /// Anything else: a word, a number, a URL.
    Word,
}

/// List numbering style.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum EnumStyle {
    Dot,
    Paren,
    DotParen,
}

/// List numbering class: digits, lower-case or upper-case letters.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum EnumClass {
    Digit,
    Lower,
    Upper,
}

#[derive(Clone, Copy, Debug)]
struct Enumerator {
    style: EnumStyle,
    class: EnumClass,
    value: u32,
    pos: usize,
}

/// Where a possible list marker stands.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum MarkerPlace {
    LineStart,
    AfterBullet,
    Inline,
}

/// Memo of one forward search for a list's second marker, keeping the search linear overall.
#[derive(Clone, Copy, Default)]
struct AheadMemo {
    /// No match in `[.., checked_to)` except `found`.
    checked_to: usize,
    found: Option<usize>,
}

/// How far apart two markers of one inline list may be.
const LIST_GAP: usize = 3000;
/// How far ahead the second marker of a list is looked for.
const LIST_LOOKAHEAD: usize = 400;

struct Splitter<'a> {
    text: &'a str,
    b: &'a [u8],
    lex: &'static Lexicon,
    out: &'a mut Vec<(usize, usize)>,
    /// Start of the current (untrimmed) sentence.
    piece_start: usize,
    last_enum: Option<Enumerator>,
    ahead: [AheadMemo; 9],
    /// The quotation we are inside, if any (opened on the current line).
    quote: Option<OpenQuote>,
    /// Stop once a span starting after this byte has been found (`done`).
    stop_after: usize,
    done: bool,
}

/// An opening quotation mark seen on the current line.
#[derive(Clone, Copy, Debug)]
struct OpenQuote {
    /// Position of the mark.
    start: usize,
    straight: bool,
    /// Where the matching closing mark is, once looked up (`Some(None)`: it does not close on
    /// this line, nearby).
    close: Option<Option<usize>>,
}

/// A quotation longer than this is not kept in one sentence.
const QUOTE_SPAN: usize = 600;

impl<'a> Splitter<'a> {
    fn new(text: &'a str, lex: &'static Lexicon, out: &'a mut Vec<(usize, usize)>, stop_after: usize) -> Self {
        Splitter {
            text,
            b: text.as_bytes(),
            lex,
            out,
            piece_start: 0,
            last_enum: None,
            ahead: [AheadMemo::default(); 9],
            quote: None,
            stop_after,
            done: false,
        }
    }

    fn run(mut self) {
        let b = self.b;
        let n = b.len();
        let mut i = 0;
        while let Some(c) = next_candidate(b, i) {
            if self.done {
                return;
            }
            i = c;
            i = match b[i] {
                b'\n' => self.line_break(i),
                b')' => self.paren(i),
                // Inside a token (U.S, 3.14, example.com) a period is never a boundary: the most
                // common period, decided here without the call.
                b'.' if b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) => i + 1,
                b'.' | b'?' | b'!' => self.terminator(i),
                b'"' => {
                    self.straight_quote(i);
                    i + 1
                }
                // Curly quotes and dashes (E2 80 93..9D) are the most common non-ASCII bytes.
                0xE2 if matches!(b.get(i + 1..i + 3), Some([0x80, 0x93..=0x9D])) => {
                    match b[i + 2] {
                        0x9C => self.quote = Some(OpenQuote { start: i, straight: false, close: None }),
                        0x9D => self.quote = None,
                        _ => {}
                    }
                    i + 3
                }
                _ => {
                    if term_at(b, i).is_some() {
                        self.terminator(i)
                    } else if let Some(len) = bullet_at(b, i) {
                        if ws_before(b, i) {
                            self.cut(i);
                        }
                        i + len
                    } else if matches!(ws_at(b, i), Some((_, true))) {
                        self.line_break(i)
                    } else {
                        i + 1
                    }
                }
            };
        }
        self.cut(n);
    }

    /// Ends the current sentence at `at` (whitespace around it is trimmed off).
    fn cut(&mut self, at: usize) {
        let mut at = at.min(self.b.len());
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        if at <= self.piece_start {
            return;
        }
        let (mut start, mut end) = (self.piece_start, at);
        let b = self.b;
        while start < end && matches!(b[start], b' ' | b'\t' | b'\n' | b'\r') {
            start += 1;
        }
        while end > start && matches!(b[end - 1], b' ' | b'\t' | b'\n' | b'\r') {
            end -= 1;
        }
        let odd_space_at_start = |c: u8| c < b' ' || (c >= 0x80 && ws_at(b, start).is_some());
        let odd_space_at_end = |c: u8| c < b' ' || (c >= 0x80 && ws_before(b, end));
        if start < end && (odd_space_at_start(b[start]) || odd_space_at_end(b[end - 1])) {
            // Other whitespace (no-break space, U+2028, separators): trim by `is_space`.
            let piece = &self.text[start..end];
            let trimmed_start = piece.trim_start_matches(is_space);
            start += piece.len() - trimmed_start.len();
            end = start + trimmed_start.trim_end_matches(is_space).len();
        }
        if start < end {
            self.out.push((start, end));
            // A span after the position asked for: nothing later is wanted (`run` stops).
            self.done |= start > self.stop_after;
        }
        self.piece_start = at;
    }

    // -- terminators ------------------------------------------------------------------------

    /// Decides the terminator run starting at `i`; returns where to resume scanning.
    fn terminator(&mut self, i: usize) -> usize {
        let b = self.b;
        let n = b.len();
        if b[i] == b'.' {
            // Fast paths for the two most common periods. Inside a token (U.S, 3.14,
            // example.com) a period is never a boundary.
            if b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) {
                return i + 1;
            }
            // "word. Next" / "word. next": one period after a word of two or more letters
            // (so not a list marker, an ellipsis or an initial), one space, then a letter.
            if i >= 2
                && b[i - 1].is_ascii_alphabetic()
                && b[i - 2].is_ascii_alphabetic()
                && b.get(i + 1) == Some(&b' ')
                && b.get(i + 2).is_some_and(u8::is_ascii_alphabetic)
            {
                let k = i + 2;
                match char_class(self.text, k) {
                    Start::Lower => return k,
                    Start::Upper if self.prev_token(i) == Prev::Word && !self.quote_closes_after(i) => {
                        self.cut(i + 1);
                        return k;
                    }
                    _ => {}
                }
            }
        }
        if b[i] == b'.' && b.get(i + 1) == Some(&b'\n') && i >= 2 && b[i - 1].is_ascii_alphabetic() && b[i - 2].is_ascii_alphabetic() {
            // "word.\n\n": a paragraph ends after a word's period, as the steps below decide
            // (no list marker, no closing mark, no quotation open past a line break).
            let (k, breaks) = skip_ws(b, i + 1);
            if breaks >= 2 && k < n {
                self.quote = None;
                self.cut(i + 1);
                self.last_enum = None;
                return k;
            }
        }
        if b[i] == b'.' {
            if let Some(resume) = self.dot_list_marker(i) {
                return resume;
            }
            // "U.S. officials", "at 5 p.m. on": one period, one space and a lower-case word
            // after a word the fast path above passed over; as the steps below read it, never
            // a boundary (and nothing else changes).
            if b.get(i + 1) == Some(&b' ') && b.get(i + 2).is_some_and(u8::is_ascii_lowercase) && char_class(self.text, i + 2) == Start::Lower {
                return i + 2;
            }
        }
        let cl = self.cluster(i);
        if cl.mark == Mark::Closing {
            self.cut(cl.after);
            return cl.after;
        }
        if cl.quoted {
            self.quote = None; // the closing mark was read with the terminators
        } else if self.quote_closes_after(i) {
            // Inside a quotation that closes soon on this line: the quotation and what follows
            // it ("…, not ever,” he said.) stay one sentence.
            return cl.after.min(n);
        }
        if cl.continues || cl.bracketed || cl.after >= n {
            return cl.after.min(n);
        }
        let (k, breaks) = skip_ws(b, cl.after);
        if k == cl.after {
            return k; // glued to what follows: 3.14, U.S.A, example.com, mean...see
        }
        if k >= n {
            return n;
        }
        if breaks > 0 {
            self.quote = None;
        }
        if breaks >= 2 {
            self.cut(cl.after);
            self.last_enum = None;
            return k;
        }
        let next = start_at(self.text, k);
        if next == Start::Lower {
            return k; // never a boundary, line break or not
        }
        let prev = self.prev_token(cl.start);
        let mut boundary = self.decide(&cl, prev, next, k);
        if !boundary && breaks == 1 {
            // A line break after a terminator: a new paragraph unless the next line continues
            // in lower case or the line ended on a title (Mr.).
            boundary = next != Start::Lower && prev != Prev::Abbrev(AbbrevKind::Title);
        }
        if boundary {
            let at = if cl.mark == Mark::PeriodThenEllipsis { cl.start + 1 } else { cl.after };
            self.cut(at);
        }
        k
    }

    /// Reads the run of terminators at `i` and the quotes and brackets closing it.
    fn cluster(&self, i: usize) -> Cluster {
        let b = self.b;
        let (mut dots, mut ellipses, mut strong, mut closing) = (0usize, 0usize, false, false);
        let mut j = i;
        while let Some((term, len)) = term_at(b, j) {
            match term {
                Term::Dot => dots += 1,
                Term::Ellipsis => ellipses += 1,
                Term::Strong => strong = true,
                Term::Closing => closing = true,
            }
            j += len;
        }
        // Spaced dots ". . ." after a single period.
        let mut spaced = 0;
        if dots == 1 && ellipses == 0 && !strong && !closing {
            while b.get(j) == Some(&b' ')
                && b.get(j + 1) == Some(&b'.')
                && !b.get(j + 2).is_some_and(u8::is_ascii_alphanumeric)
            {
                j += 2;
                spaced += 1;
            }
        }
        let mark = if closing {
            Mark::Closing
        } else if strong {
            Mark::Strong
        } else if spaced > 0 {
            let attached = !ws_before(b, i);
            match 1 + spaced {
                2 => Mark::Period,
                3 => Mark::SpacedEllipsis,
                _ if attached => Mark::PeriodThenEllipsis,
                _ => Mark::FourDots,
            }
        } else {
            match dots + 3 * ellipses {
                0..=2 => Mark::Period,
                3 => Mark::Ellipsis,
                _ => Mark::FourDots,
            }
        };
        let mut continues = false;
        if matches!(b.get(j), Some(b',')) && closer_at(b, j + 1).is_some() {
            continues = true; // `forward.,"` typo
            j += 1;
        }
        let mut quoted = false;
        while let Some((len, quote)) = closer_at(b, j) {
            quoted |= quote;
            j += len;
        }
        continues |= matches!(b.get(j), Some(b',' | b';' | b':'));
        let bracketed = i > 0 && matches!(b[i - 1], b'[' | b'(');
        Cluster { start: i, mark, after: j, quoted, continues, bracketed }
    }

    /// Is the text at `k` (after the run `cl` and whitespace) the start of a new sentence?
    fn decide(&mut self, cl: &Cluster, prev: Prev, next: Start, k: usize) -> bool {
        if matches!(next, Start::Lower | Start::Closer) {
            return false;
        }
        let upper = next == Start::Upper;
        match cl.mark {
            Mark::Closing => true,
            Mark::SpacedEllipsis => false,
            Mark::PeriodThenEllipsis => upper,
            Mark::Strong => {
                if !upper {
                    true
                } else if cl.quoted {
                    !self.attribution(k) // "Is it over?" she asked. / "Why?" Smith asked.
                } else {
                    !self.headline_rest(k) // Trying to Bridge the Gap? Pompeo Meets Lavrov
                }
            }
            Mark::FourDots => !(cl.quoted && upper && self.attribution(k)),
            Mark::Ellipsis => {
                upper && (cl.quoted || self.starter_at(k)) && !(cl.quoted && self.attribution(k))
            }
            Mark::Period => match prev {
                Prev::Abbrev(AbbrevKind::Title) => false,
                Prev::Abbrev(AbbrevKind::Time) => {
                    upper && !self.word_in(k, &self.lex.after_time) && !self.opening_time_phrase(cl.start)
                }
                Prev::Abbrev(AbbrevKind::Final) => true,
                Prev::Abbrev(AbbrevKind::Regular) | Prev::Initial => upper && self.starter_at(k),
                // Number abbreviations were resolved to Word or Initial by prev_token.
                Prev::Abbrev(AbbrevKind::Number) | Prev::Word => {
                    !(cl.quoted && upper && self.attribution(k))
                }
            },
        }
    }

    /// Classifies the token that ends right before the terminator at `end`.
    #[inline]
    fn prev_token(&self, end: usize) -> Prev {
        // Fast reject, inline: most periods follow a plain word, whose ending matches no
        // abbreviation.
        let bit = suffix_bit(self.b, end);
        if self.lex.suffix_filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return Prev::Word;
        }
        self.prev_token_read(end)
    }

    /// [`Self::prev_token`] past its fast reject.
    #[inline(never)]
    fn prev_token_read(&self, end: usize) -> Prev {
        let b = self.b;
        // Count the letters right before the period; a long run, or a digit (5th, $100.00),
        // means a word or number.
        let mut s = end;
        while s > 0 && end - s <= MAX_ABBREV && b[s - 1].is_ascii_alphabetic() {
            s -= 1;
        }
        if end - s > MAX_ABBREV || (s > 0 && b[s - 1].is_ascii_digit()) {
            return Prev::Word;
        }
        // Token start: back to whitespace. Abbreviations are short, so give up after a few
        // bytes (room for opening quotes): a longer token is a word.
        loop {
            if s == 0 {
                break;
            }
            let c = b[s - 1];
            if c <= b' ' || (c >= 0x80 && ws_before(b, s)) {
                break;
            }
            if end - s > MAX_ABBREV + 3 {
                return Prev::Word;
            }
            s -= 1;
        }
        // Drop opening quotes and brackets: (U.S.  “Mr.
        while s < end {
            match opener_at(b, s) {
                Some(len) => s += len,
                None => break,
            }
        }
        let token = &b[s..end];
        if token.is_empty() {
            return Prev::Word;
        }
        match self.lex.abbrev(token) {
            Some(AbbrevKind::Number) => {
                // No. 5 continues; "said no." is a word and "John P. Smith" an initial, which
                // the caller handles unless a digit follows.
                let (k, _) = skip_ws(b, end + 1);
                if b.get(k).is_some_and(u8::is_ascii_digit) {
                    Prev::Abbrev(AbbrevKind::Title)
                } else if token.len() == 1 && token[0].is_ascii_alphabetic() {
                    Prev::Initial
                } else {
                    Prev::Word
                }
            }
            Some(kind) => Prev::Abbrev(kind),
            None if is_initialism(token) => Prev::Initial,
            None => Prev::Word,
        }
    }

    /// Does a capitalised sentence starter ("The", "He", "However") begin at `k`?
    /// The word must not itself end with a period ("A." is an initial).
    fn starter_at(&self, k: usize) -> bool {
        let b = self.b;
        let m = skip_openers(b, k);
        let e = word_end(b, m);
        e > m && b.get(e) != Some(&b'.') && self.lex.starters.contains(&b[m..e])
    }

    /// Is the ASCII word at `k` in `set`?
    fn word_in(&self, k: usize, set: &WordSet) -> bool {
        let e = word_end(self.b, k);
        e > k && set.contains(&self.b[k..e])
    }

    /// Is the sentence so far only an opening time phrase ("At 5 a.m.", "Shortly after 6 p.m.")?
    /// Such a phrase cannot stand alone, so the capitalised word after it continues the sentence.
    fn opening_time_phrase(&self, end: usize) -> bool {
        let b = self.b;
        let (s, _) = skip_ws(b, self.piece_start);
        if s >= end || end - s > 48 {
            return false;
        }
        let words = b[s..end].split(|c| c.is_ascii_whitespace()).filter(|w| !w.is_empty()).count();
        words <= 5 && self.word_in(s, &self.lex.time_intro)
    }

    /// Is the rest of the line from `k` a title-cased headline without final punctuation
    /// ("Trying to Bridge the Gap? Pompeo Meets Lavrov for the Second Time")? Then the `?` or `!`
    /// before it is inside the headline.
    fn headline_rest(&self, k: usize) -> bool {
        let b = self.b;
        let end = (k + 200).min(b.len());
        let line_end = memchr::memchr(b'\n', &b[k..end]).map_or(end, |x| x + k);
        if line_end == end && end < b.len() {
            return false; // too long for a headline
        }
        let line = &b[k..line_end];
        if line.iter().any(|c| matches!(c, b'.' | b'?' | b'!' | b'"')) {
            return false;
        }
        let (mut capitalised, mut words) = (0, 0);
        for w in line.split(|c| c.is_ascii_whitespace()).filter(|w| !w.is_empty()) {
            words += 1;
            if starts_upper(w) || w[0].is_ascii_digit() {
                capitalised += 1;
            } else if !self.lex.line_continuers.contains(w) {
                return false;
            }
        }
        words >= 3 && capitalised * 2 > words
    }

    /// Does an attribution start at `k` ("Smith said.", "He told reporters on Tuesday.")?
    /// After a quoted sentence it belongs to the same sentence.
    fn attribution(&self, k: usize) -> bool {
        let b = self.b;
        let end = (k + 160).min(b.len());
        let mut words = b[k..end].split(|&c| c == b' ').filter(|w| !w.is_empty());
        // Speaker: a pronoun, or up to three capitalised words.
        let Some(first) = words.next() else { return false };
        let mut verb = None;
        if self.lex.pronouns.contains(first) {
            verb = words.next();
        } else {
            let mut w = Some(first);
            for _ in 0..3 {
                match w {
                    Some(x) if starts_upper(x) && !x.contains(&b'.') || is_initial_word(x) => w = words.next(),
                    _ => break,
                }
            }
            if w.is_some_and(|x| x.as_ptr() != first.as_ptr()) {
                verb = w;
            }
        }
        let Some(verb) = verb else { return false };
        let verb_len = verb.iter().take_while(|c| c.is_ascii_alphabetic()).count();
        if verb_len == 0 || !self.lex.speech_verbs.contains(&verb[..verb_len]) {
            return false;
        }
        // The attribution must end soon: "Smith said." / "Smith told reporters on Tuesday."
        if verb_len < verb.len() {
            return matches!(verb[verb_len], b'.' | b',' | b'!' | b'?' | b';');
        }
        let mut seen = 0;
        for w in words.take(5) {
            if w.contains(&b'\n') {
                return false;
            }
            if matches!(w.last(), Some(b'.' | b',' | b'!' | b'?' | b';')) {
                return true;
            }
            seen += 1;
        }
        // The text ends right after a short attribution without a period.
        seen < 5 && end == b.len()
    }

    // -- quotations -------------------------------------------------------------------------

    /// A straight double quote opens a quotation after whitespace or an opening bracket or dash
    /// and before a word; otherwise it closes one.
    fn straight_quote(&mut self, i: usize) {
        let b = self.b;
        let before_ok = i == 0
            || ws_before(b, i)
            || matches!(b[i - 1], b'(' | b'[' | b'{' | b':')
            || (i >= 3 && matches!(b[i - 3..i], [0xE2, 0x80, 0x93 | 0x94])); // – —
        let after_ok = b.get(i + 1).is_some_and(|c| !c.is_ascii_whitespace());
        self.quote = (before_ok && after_ok).then_some(OpenQuote { start: i, straight: true, close: None });
    }

    /// Are we inside a quotation whose closing mark comes after `i`, on the same line and
    /// within [`QUOTE_SPAN`] bytes of its opening? (Inline: mostly no quotation is open, or
    /// its closing mark is known.)
    #[inline(always)]
    fn quote_closes_after(&mut self, i: usize) -> bool {
        let Some(q) = self.quote else { return false };
        if i - q.start > QUOTE_SPAN {
            return false;
        }
        let close = match q.close {
            Some(found) => found,
            None => {
                let found = self.find_closing_quote(q);
                self.quote = Some(OpenQuote { close: Some(found), ..q });
                found
            }
        };
        close.is_some_and(|c| c > i)
    }

    /// The closing mark of `q` before the end of its line (and before another opening mark).
    /// The search stops at the next quotation mark of the same kind, which moves the quotation
    /// state on, so all searches together stay linear.
    fn find_closing_quote(&self, q: OpenQuote) -> Option<usize> {
        let b = self.b;
        let end = (q.start + QUOTE_SPAN).min(b.len());
        if q.straight {
            let from = q.start + 1;
            let hit = memchr::memchr2(b'"', b'\n', &b[from..end])? + from;
            return (b[hit] == b'"').then_some(hit);
        }
        let mut from = q.start + 3;
        while from < end {
            let hit = memchr::memchr3(b'\n', 0x9C, 0x9D, &b[from..end])? + from;
            if b[hit] == b'\n' {
                return None;
            }
            if hit >= 2 && b[hit - 2] == 0xE2 && b[hit - 1] == 0x80 {
                return (b[hit] == 0x9D).then_some(hit - 2);
            }
            from = hit + 1;
        }
        None
    }

    // -- list markers -----------------------------------------------------------------------

    /// `1.` `a.` `2.)` as list markers: the boundary goes before them, never after.
    fn dot_list_marker(&mut self, i: usize) -> Option<usize> {
        let b = self.b;
        // Cheap reject: the period follows a word of two or more letters ("said.").
        if i >= 2 && b[i - 1].is_ascii_alphabetic() && b[i - 2].is_ascii_alphabetic() {
            return None;
        }
        let (style, after) = if b.get(i + 1) == Some(&b')') {
            (EnumStyle::DotParen, i + 2)
        } else {
            (EnumStyle::Dot, i + 1)
        };
        self.list_marker(i, style, after)
    }

    /// `1)` `a)` as list markers.
    fn paren(&mut self, i: usize) -> usize {
        self.list_marker(i, EnumStyle::Paren, i + 1).unwrap_or(i + 1)
    }

    /// If the token before `i` is a list marker, cuts before it and returns where to resume.
    fn list_marker(&mut self, i: usize, style: EnumStyle, after: usize) -> Option<usize> {
        let b = self.b;
        if after < b.len() && !b[after].is_ascii_whitespace() {
            return None;
        }
        let (ts, class, value) = marker_token(b, i)?;
        let place = self.marker_place(ts)?;
        let accepted = match place {
            MarkerPlace::LineStart | MarkerPlace::AfterBullet => true,
            MarkerPlace::Inline => {
                // The previous marker of the same list, with some item text in between
                // ("a. Oil b. Gas"; not the initials "J. K.").
                let follows = self.last_enum.is_some_and(|e| {
                    e.style == style && e.class == class && e.value + 1 == value && ts > e.pos + 5 && ts - e.pos <= LIST_GAP
                });
                follows || (value == 1 && class != EnumClass::Upper && self.list_opens(ts, style, class, after))
            }
        };
        if !accepted {
            return None;
        }
        if place != MarkerPlace::AfterBullet {
            self.cut(ts);
        }
        self.last_enum = Some(Enumerator { style, class, value, pos: ts });
        Some(after)
    }

    /// Where the marker token starting at `ts` stands; None if glued to other text.
    fn marker_place(&self, ts: usize) -> Option<MarkerPlace> {
        let b = self.b;
        if ts == 0 {
            return Some(MarkerPlace::LineStart);
        }
        if bullet_ends_at(b, ts) {
            return Some(MarkerPlace::AfterBullet);
        }
        if !matches!(b[ts - 1], b' ' | b'\t' | b'\n' | b'\r') {
            return None;
        }
        let mut q = ts;
        while q > 0 && ts - q < 16 && matches!(b[q - 1], b' ' | b'\t') {
            q -= 1;
        }
        Some(if q == 0 || matches!(b[q - 1], b'\n' | b'\r') {
            MarkerPlace::LineStart
        } else if bullet_ends_at(b, q) {
            MarkerPlace::AfterBullet
        } else {
            MarkerPlace::Inline
        })
    }

    /// Does an inline first marker (`1.`, `a)`) open a list: it follows a colon or a sentence
    /// end (not "No. 1.") and the second marker comes soon after?
    fn list_opens(&mut self, ts: usize, style: EnumStyle, class: EnumClass, after: usize) -> bool {
        let b = self.b;
        let mut q = ts;
        while q > 0 && b[q - 1].is_ascii_whitespace() {
            q -= 1;
            if ts - q > 16 {
                return false;
            }
        }
        match q.checked_sub(1).map(|p| b[p]) {
            Some(b':' | b';' | b'?' | b'!') => {}
            Some(b'.') => {
                if matches!(self.prev_token(q - 1), Prev::Abbrev(_) | Prev::Initial) {
                    return false;
                }
            }
            _ => return false,
        }
        let second: &[u8] = match (class, style) {
            (EnumClass::Digit, EnumStyle::Dot) => b" 2.",
            (EnumClass::Digit, EnumStyle::Paren) => b" 2)",
            (EnumClass::Digit, EnumStyle::DotParen) => b" 2.)",
            (EnumClass::Lower, EnumStyle::Dot) => b" b.",
            (EnumClass::Lower, EnumStyle::Paren) => b" b)",
            (EnumClass::Lower, EnumStyle::DotParen) => b" b.)",
            (EnumClass::Upper, _) => return false,
        };
        let slot = (class as usize) * 3 + style as usize;
        self.second_marker_ahead(slot, second, after)
    }

    fn second_marker_ahead(&mut self, slot: usize, pattern: &[u8], from: usize) -> bool {
        let b = self.b;
        let limit = (from + LIST_LOOKAHEAD).min(b.len());
        let memo = &mut self.ahead[slot];
        if let Some(f) = memo.found {
            if f >= from {
                return f + pattern.len() <= limit;
            }
        }
        let start = if memo.checked_to > from {
            memo.checked_to.saturating_sub(pattern.len()).max(from)
        } else {
            from
        };
        if start >= limit {
            return false;
        }
        let hit = memmem::find(&b[start..limit], pattern).map(|x| x + start);
        memo.found = hit;
        memo.checked_to = hit.unwrap_or(limit);
        hit.is_some()
    }

    // -- line breaks ------------------------------------------------------------------------

    /// A line break not preceded by a terminator: a blank line always ends the sentence; a single
    /// break does (headlines, datelines, bullet lines, paragraphs of scraped news) unless the text
    /// is hard-wrapped prose: the next line starts in lower case or the line ended on "of"/"the".
    fn line_break(&mut self, i: usize) -> usize {
        let b = self.b;
        self.quote = None;
        let (k, breaks) = skip_ws(b, i);
        if k >= b.len() {
            return k;
        }
        if breaks >= 2 {
            self.cut(i);
            self.last_enum = None;
            return k;
        }
        if !self.line_continues(i, k) {
            self.cut(i);
        }
        k
    }

    fn line_continues(&self, i: usize, k: usize) -> bool {
        let b = self.b;
        if bullet_at(b, k).is_some() || marker_token_at(b, k) {
            return false;
        }
        if start_at(self.text, k) == Start::Lower {
            return true;
        }
        // Last word of the line.
        let mut e = i;
        while e > 0 && i - e < 64 && matches!(b[e - 1], b' ' | b'\t' | b'\r') {
            e -= 1;
        }
        let mut s = e;
        while s > 0 && e - s < 16 && b[s - 1].is_ascii_lowercase() {
            s -= 1;
        }
        s < e && (s == 0 || !b[s - 1].is_ascii_alphanumeric()) && self.lex.line_continuers.contains(&b[s..e])
    }
}

/// The list-marker token ending at `i`: 1–2 digits or one ASCII letter, starting a word.
/// Returns (start, class, value).
fn marker_token(b: &[u8], i: usize) -> Option<(usize, EnumClass, u32)> {
    let last = *b.get(i.checked_sub(1)?)?;
    let (ts, class, value) = if last.is_ascii_digit() {
        let mut ts = i - 1;
        if ts > 0 && b[ts - 1].is_ascii_digit() {
            ts -= 1;
        }
        let value = b[ts..i].iter().fold(0u32, |v, d| v * 10 + u32::from(d - b'0'));
        (ts, EnumClass::Digit, value)
    } else if last.is_ascii_lowercase() {
        (i - 1, EnumClass::Lower, u32::from(last - b'a') + 1)
    } else if last.is_ascii_uppercase() {
        (i - 1, EnumClass::Upper, u32::from(last - b'A') + 1)
    } else {
        return None;
    };
    // Must start a word: not "100." nor "ab." nor "U.S." nor "€5.".
    if ts > 0 && (b[ts - 1].is_ascii_alphanumeric() || matches!(b[ts - 1], b'.' | b',' | b'(' | b'-' | b'/' | b'$' | b'#')) {
        return None;
    }
    Some((ts, class, value))
}

/// Does a list marker (`2.`, `b)`, `10.)`) followed by a space start at `k`?
fn marker_token_at(b: &[u8], k: usize) -> bool {
    let mut j = k;
    while j < b.len() && j - k < 2 && b[j].is_ascii_digit() {
        j += 1;
    }
    if j == k {
        if !b.get(k).is_some_and(u8::is_ascii_alphabetic) {
            return false;
        }
        j = k + 1;
    }
    match b.get(j..j + 2) {
        Some([b'.' | b')', c]) => c.is_ascii_whitespace(),
        _ => false,
    }
}

/// Letters of one or two characters joined by periods: U.S, D.C, Ph.D, or a single capital.
fn is_initialism(token: &[u8]) -> bool {
    if token.len() == 1 {
        return token[0].is_ascii_uppercase();
    }
    let mut parts = 0;
    for part in token.split(|&c| c == b'.') {
        if part.is_empty() || part.len() > 2 || !part.iter().all(u8::is_ascii_alphabetic) {
            return false;
        }
        parts += 1;
    }
    parts >= 2
}

fn starts_upper(w: &[u8]) -> bool {
    match w.first() {
        Some(c) if c.is_ascii_uppercase() => true,
        Some(c) if *c >= 0x80 => {
            // `w` comes from splitting valid UTF-8 on spaces; only the window's end may be cut.
            let valid = match std::str::from_utf8(w) {
                Ok(s) => s,
                Err(e) => std::str::from_utf8(&w[..e.valid_up_to()]).unwrap_or(""),
            };
            valid.chars().next().is_some_and(char::is_uppercase)
        }
        _ => false,
    }
}

/// "J." as part of a name.
fn is_initial_word(w: &[u8]) -> bool {
    w.len() == 2 && w[0].is_ascii_uppercase() && w[1] == b'.'
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_lang(text: &str, lang: Language) -> Vec<&str> {
        let spans = sentence_spans(text, lang);
        check_invariants(text, &spans);
        spans.iter().map(|&(s, e)| &text[s..e]).collect()
    }

    fn split(text: &str) -> Vec<&str> {
        split_lang(text, Language::En)
    }

    /// Spans are ordered, trimmed, on char boundaries, and leave only whitespace uncovered.
    fn check_invariants(text: &str, spans: &[(usize, usize)]) {
        let mut prev_end = 0;
        for &(s, e) in spans {
            assert!(prev_end <= s && s < e && e <= text.len(), "bad span {s}..{e} in {text:?}");
            assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
            let gap = &text[prev_end..s];
            assert!(gap.trim_matches(is_space).is_empty(), "non-whitespace gap {gap:?} in {text:?}");
            let sentence = &text[s..e];
            assert_eq!(sentence, sentence.trim_matches(is_space), "untrimmed sentence in {text:?}");
            prev_end = e;
        }
        assert!(text[prev_end..].trim_matches(is_space).is_empty(), "uncovered tail in {text:?}");
    }

    // -- abbreviations and initials ----------------------------------------------------------

    #[test]
    fn titles_and_places_do_not_end_sentences() {
        assert_eq!(
            split("Pompeo flew to St. Petersburg on Tuesday. He met Gen. Mark Holloway and Sen. Anna Petrov there."),
            ["Pompeo flew to St. Petersburg on Tuesday.", "He met Gen. Mark Holloway and Sen. Anna Petrov there."]
        );
        assert_eq!(split("Mr. and Mrs. Okafor met Dr. Haddad and Prof. Lindqvist."), ["Mr. and Mrs. Okafor met Dr. Haddad and Prof. Lindqvist."]);
        // Honorifics of Irish, Nigerian and French news.
        assert_eq!(split("Cllr. Moloney met Engr. Hauwa Sadiq and Mme. Roy."), ["Cllr. Moloney met Engr. Hauwa Sadiq and Mme. Roy."]);
        // Police ranks of US and Canadian news.
        assert_eq!(split("Ofc. Brian Tate and Tpr. Ana Ruiz met Cst. Roy."), ["Ofc. Brian Tate and Tpr. Ana Ruiz met Cst. Roy."]);
    }

    #[test]
    fn country_initialism_before_a_name_continues() {
        assert_eq!(split("The U.S. Secretary of State arrived. Talks began."), ["The U.S. Secretary of State arrived.", "Talks began."]);
        assert_eq!(split("Officials in the U.K. Foreign Office said nothing."), ["Officials in the U.K. Foreign Office said nothing."]);
    }

    #[test]
    fn abbreviation_ends_sentence_before_a_sentence_starter() {
        assert_eq!(
            split("Talks were held in the U.S. The next day, Lavrov left."),
            ["Talks were held in the U.S.", "The next day, Lavrov left."]
        );
        assert_eq!(
            split("The deal was signed by Briggs & Co. It closes in June."),
            ["The deal was signed by Briggs & Co.", "It closes in June."]
        );
        assert_eq!(split("I live in Washington, D.C. The weather is mild."), ["I live in Washington, D.C.", "The weather is mild."]);
    }

    #[test]
    fn abbreviation_before_lower_case_or_digit_continues() {
        assert_eq!(split("He has lived in the U.S. for 20 years."), ["He has lived in the U.S. for 20 years."]);
        assert_eq!(split("The vote is set for Jan. 15 in Oslo."), ["The vote is set for Jan. 15 in Oslo."]);
        assert_eq!(split("He is ranked No. 2 in the world. She is No. 1."), ["He is ranked No. 2 in the world.", "She is No. 1."]);
        assert_eq!(split("See p. 55 of the report."), ["See p. 55 of the report."]);
    }

    #[test]
    fn number_abbreviation_is_a_word_without_a_number() {
        assert_eq!(split("Putin said no. The talks ended."), ["Putin said no.", "The talks ended."]);
        assert_eq!(split("Putin said no. Lavrov agreed."), ["Putin said no.", "Lavrov agreed."]);
    }

    #[test]
    fn capitalised_state_abbreviations_only() {
        assert_eq!(split("The firm, based in Springfield, Ill., grew fast."), ["The firm, based in Springfield, Ill., grew fast."]);
        assert_eq!(split("He was ill. Doctors came at once."), ["He was ill.", "Doctors came at once."]);
        assert_eq!(split("Sen. Anna Petrov (D-Calif.) said no."), ["Sen. Anna Petrov (D-Calif.) said no."]);
    }

    #[test]
    fn latin_abbreviations_never_end_sentences() {
        assert_eq!(
            split("Small states, e.g. Norway, were not invited, i.e. they were excluded."),
            ["Small states, e.g. Norway, were not invited, i.e. they were excluded."]
        );
        assert_eq!(split("It covers oil, gas, grain etc. The rest is unclear."), ["It covers oil, gas, grain etc.", "The rest is unclear."]);
    }

    #[test]
    fn initials() {
        assert_eq!(split("J. R. R. Tolkien wrote it. He was British."), ["J. R. R. Tolkien wrote it.", "He was British."]);
        assert_eq!(split("J. K. Abernathy wrote it. H. I. Jones read it."), ["J. K. Abernathy wrote it.", "H. I. Jones read it."]);
        assert_eq!(split("John F. Kennedy spoke in Berlin."), ["John F. Kennedy spoke in Berlin."]);
        assert_eq!(split("They chose Plan B. The next step is unclear."), ["They chose Plan B.", "The next step is unclear."]);
        assert_eq!(split("US, Russia share objective on N.Korea: Pompeo"), ["US, Russia share objective on N.Korea: Pompeo"]);
    }

    #[test]
    fn time_abbreviations() {
        assert_eq!(
            split("The meeting began at 9 a.m. Tuesday and ended at 5 p.m. The delegates then left."),
            ["The meeting began at 9 a.m. Tuesday and ended at 5 p.m.", "The delegates then left."]
        );
        assert_eq!(split("At 6 a.m. Mr. Brennan left the hotel."), ["At 6 a.m. Mr. Brennan left the hotel."]);
        assert_eq!(split("Talks ended at 6 p.m. Putin left first."), ["Talks ended at 6 p.m.", "Putin left first."]);
        assert_eq!(split("The polls close at 8 p.m. EST on Tuesday."), ["The polls close at 8 p.m. EST on Tuesday."]);
    }

    // -- numbers, addresses ------------------------------------------------------------------

    #[test]
    fn numbers_money_versions_ordinals() {
        assert_eq!(
            split("Shares of Harbor Energy Inc. rose 4.5% to $12.75. Analysts were surprised."),
            ["Shares of Harbor Energy Inc. rose 4.5% to $12.75.", "Analysts were surprised."]
        );
        assert_eq!(split("Version 2.1.3 fixed the bug. Users were relieved."), ["Version 2.1.3 fixed the bug.", "Users were relieved."]);
        assert_eq!(split("He finished 3rd. She finished 4th."), ["He finished 3rd.", "She finished 4th."]);
        assert_eq!(split("It was founded in 1998. 2020 was its best year."), ["It was founded in 1998.", "2020 was its best year."]);
    }

    #[test]
    fn urls_emails_handles_hashtags() {
        assert_eq!(
            split("Read more at https://news.example.com/a/b.html. Then write to press@example.org. Done."),
            ["Read more at https://news.example.com/a/b.html.", "Then write to press@example.org.", "Done."]
        );
        assert_eq!(
            split("Follow @kremlin_watch. The account posts #Russia updates daily."),
            ["Follow @kremlin_watch.", "The account posts #Russia updates daily."]
        );
    }

    // -- quotations --------------------------------------------------------------------------

    #[test]
    fn curly_and_straight_quotes_with_attribution() {
        assert_eq!(
            split("“We will talk,” Lavrov said. “Nothing is settled.”"),
            ["“We will talk,” Lavrov said.", "“Nothing is settled.”"]
        );
        assert_eq!(
            split("\"We will talk,\" Lavrov said. \"Nothing is settled.\" He left."),
            ["\"We will talk,\" Lavrov said.", "\"Nothing is settled.\"", "He left."]
        );
    }

    #[test]
    fn period_inside_quote_then_attribution() {
        assert_eq!(split("“We are ready.” Pompeo said."), ["“We are ready.” Pompeo said."]);
        assert_eq!(split("“Is this the end?” she asked. Nobody answered."), ["“Is this the end?” she asked.", "Nobody answered."]);
        assert_eq!(
            split("“We are ready.” Pompeo said the talks would continue in June and July."),
            ["“We are ready.”", "Pompeo said the talks would continue in June and July."]
        );
        assert_eq!(split("“We are ready.” She held up the report."), ["“We are ready.”", "She held up the report."]);
    }

    #[test]
    fn comma_typo_inside_quote_continues() {
        assert_eq!(
            split("\"We will find a way forward.,\" Pompeo wrote on Twitter. He left."),
            ["\"We will find a way forward.,\" Pompeo wrote on Twitter.", "He left."]
        );
    }

    #[test]
    fn partial_and_single_quotes() {
        assert_eq!(split("Pompeo said “there is an overlap” in shared interests."), ["Pompeo said “there is an overlap” in shared interests."]);
        assert_eq!(split("He called it ‘a good start.’ Then he left."), ["He called it ‘a good start.’", "Then he left."]);
        assert_eq!(split("He said. “We won.” Then he left."), ["He said.", "“We won.”", "Then he left."]);
        assert_eq!(split("It ended. \"We won,\" he said."), ["It ended.", "\"We won,\" he said."]);
    }

    #[test]
    fn a_quotation_with_several_sentences_stays_with_its_attribution() {
        assert_eq!(
            split("\"My meetings will be useful. We may agree,\" he wrote. Then he left."),
            ["\"My meetings will be useful. We may agree,\" he wrote.", "Then he left."]
        );
        assert_eq!(
            split("“We will not accept it. Not now, not ever,” she said. “Is it over? No.” Talks resumed."),
            ["“We will not accept it. Not now, not ever,” she said.", "“Is it over? No.”", "Talks resumed."]
        );
    }

    #[test]
    fn an_unclosed_quotation_does_not_hold_sentences_together() {
        assert_eq!(
            split("“We will not accept it. Not now. Not ever.\n“Next paragraph. Still quoting.”"),
            ["“We will not accept it.", "Not now.", "Not ever.", "“Next paragraph. Still quoting.”"]
        );
        assert_eq!(split("He said \"no. Then he left. The end."), ["He said \"no.", "Then he left.", "The end."]);
    }

    #[test]
    fn parentheses_and_brackets() {
        assert_eq!(split("The accord (see below.) was signed. It starts in May."), ["The accord (see below.) was signed.", "It starts in May."]);
        assert_eq!(
            split("The talks failed. (Officials declined to comment.) The envoy left."),
            ["The talks failed.", "(Officials declined to comment.)", "The envoy left."]
        );
        assert_eq!(split("He won (!) the vote [...] in March."), ["He won (!) the vote [...] in March."]);
    }

    // -- ellipses and ?! ---------------------------------------------------------------------

    #[test]
    fn ellipses() {
        assert_eq!(split("We tried … we really tried."), ["We tried … we really tried."]);
        assert_eq!(split("He paused... Then he spoke."), ["He paused...", "Then he spoke."]);
        assert_eq!(split("He paused … Then he spoke."), ["He paused …", "Then he spoke."]);
        assert_eq!(split("“Far from over...” The talks resumed."), ["“Far from over...”", "The talks resumed."]);
        assert_eq!(split("He paused . . . then spoke."), ["He paused . . . then spoke."]);
        assert_eq!(split("He waited.... Nobody came."), ["He waited....", "Nobody came."]);
    }

    #[test]
    fn question_and_exclamation_runs() {
        assert_eq!(split("Is it over?! Nobody knows!! Really??"), ["Is it over?!", "Nobody knows!!", "Really??"]);
        // A question followed by a title-cased line without a period is still a question when
        // the line reads like a sentence.
        assert_eq!(split("Is it over? Nobody knows\nNext"), ["Is it over?", "Nobody knows", "Next"]);
        assert_eq!(split("She works at Yahoo! in the sales team."), ["She works at Yahoo! in the sales team."]);
    }

    // -- lists, headlines, line breaks -------------------------------------------------------

    #[test]
    fn numbered_lists_on_lines_and_inline() {
        assert_eq!(
            split("Key points:\n1. Sanctions stay.\n2. Talks continue.\n3. No deadline"),
            ["Key points:", "1. Sanctions stay.", "2. Talks continue.", "3. No deadline"]
        );
        assert_eq!(
            split("The plan has three parts: 1) a ceasefire 2) talks 3) elections"),
            ["The plan has three parts:", "1) a ceasefire", "2) talks", "3) elections"]
        );
        assert_eq!(split("a. Oil b. Gas c. Grain"), ["a. Oil", "b. Gas", "c. Grain"]);
    }

    #[test]
    fn first_inline_number_is_not_a_list_after_no() {
        assert_eq!(
            split("Russia was No. 1. China was No. 2. India came third."),
            ["Russia was No. 1.", "China was No. 2.", "India came third."]
        );
    }

    #[test]
    fn bullets() {
        assert_eq!(split("Highlights\n• Oil rose 2%\n• Gold fell"), ["Highlights", "• Oil rose 2%", "• Gold fell"]);
        assert_eq!(split("• Oil rose • Gold fell"), ["• Oil rose", "• Gold fell"]);
    }

    #[test]
    fn datelines_and_headlines() {
        assert_eq!(
            split("SOCHI, RUSSIA:\nThe United States and Russia share goals."),
            ["SOCHI, RUSSIA:", "The United States and Russia share goals."]
        );
        assert_eq!(
            split("US, Russia 'share same objective' on trade: Holloway\nPutin said talks were useful."),
            ["US, Russia 'share same objective' on trade: Holloway", "Putin said talks were useful."]
        );
        assert_eq!(
            split("Skip to main content\n\nTrying to Bridge the Gap? Holloway Meets Lavrov for the Second Time\n\nShare This article"),
            ["Skip to main content", "Trying to Bridge the Gap? Holloway Meets Lavrov for the Second Time", "Share This article"]
        );
    }

    #[test]
    fn single_line_break_ends_a_line_unless_wrapped_prose() {
        assert_eq!(split("Pompeo met Putin on Tuesday\nThe talks lasted two hours"), ["Pompeo met Putin on Tuesday", "The talks lasted two hours"]);
        assert_eq!(split("Dear readers,\nWe are facing challenges."), ["Dear readers,", "We are facing challenges."]);
        assert_eq!(split("The talks lasted\ntwo hours."), ["The talks lasted\ntwo hours."]);
        assert_eq!(split("The talks in the resort of\nSochi lasted two hours."), ["The talks in the resort of\nSochi lasted two hours."]);
    }

    #[test]
    fn blank_line_always_ends_a_sentence() {
        assert_eq!(split("He went to see Mr.\n\nSmith"), ["He went to see Mr.", "Smith"]);
        assert_eq!(split("Line one\r\n\r\nline two"), ["Line one", "line two"]);
        assert_eq!(split("the talks of\n \t\nthe year"), ["the talks of", "the year"]);
    }

    #[test]
    fn line_break_after_an_abbreviation() {
        assert_eq!(split("Shares of Harbor Energy Inc.\nPutin said nothing."), ["Shares of Harbor Energy Inc.", "Putin said nothing."]);
        assert_eq!(split("He met Mr.\nSmith today."), ["He met Mr.\nSmith today."]);
        assert_eq!(split("Talks in the U.S.\nfor two days."), ["Talks in the U.S.\nfor two days."]);
    }

    // -- other scripts, spaces, languages ----------------------------------------------------

    #[test]
    fn non_ascii_text_keeps_byte_offsets() {
        let text = "José Álvarez met Zoë Müller in Zürich. Ødegaard joined later. “Très cordial,” he said.";
        assert_eq!(split(text), ["José Álvarez met Zoë Müller in Zürich.", "Ødegaard joined later.", "“Très cordial,” he said."]);
        assert_eq!(split("Great news 🎉. The deal is done! 👍 Everyone cheered."), ["Great news 🎉.", "The deal is done!", "👍 Everyone cheered."]);
    }

    #[test]
    fn unicode_spaces() {
        assert_eq!(split("Mr.\u{a0}Smith left. He returned."), ["Mr.\u{a0}Smith left.", "He returned."]);
        assert_eq!(split("\u{3000} One.\u{2003}Two.\u{a0}"), ["One.", "Two."]);
        assert_eq!(split("First line\u{2028}Second line"), ["First line", "Second line"]);
    }

    #[test]
    fn scripts_without_spaces_or_case() {
        assert_eq!(split("我们明天见。他说好的！"), ["我们明天见。", "他说好的！"]);
        assert_eq!(split_lang("「行きます。」と言った。", Language::Generic), ["「行きます。」", "と言った。"]);
        assert_eq!(split_lang("هل هذا صحيح؟ نعم.", Language::Generic), ["هل هذا صحيح؟", "نعم."]);
    }

    #[test]
    fn language_codes() {
        assert_eq!(Language::from_code("en"), Language::En);
        assert_eq!(Language::from_code(" EN "), Language::En);
        assert_eq!(Language::from_code("eng"), Language::En);
        assert_eq!(Language::from_code("xx"), Language::Generic);
        assert_eq!(Language::from_code(""), Language::Generic);
    }

    #[test]
    fn generic_rules_for_unknown_languages() {
        assert_eq!(split_lang("Dr. Müller kam. Er ging.", Language::Generic), ["Dr. Müller kam.", "Er ging."]);
        assert_eq!(split_lang("Das kostet ca. 5 Euro, z.B. hier. Gut.", Language::Generic), ["Das kostet ca. 5 Euro, z.B. hier.", "Gut."]);
        // English starters mean nothing here: an initialism before a capital continues.
        assert_eq!(split_lang("Die U.S. Armee kam.", Language::Generic), ["Die U.S. Armee kam."]);
    }

    // -- robustness --------------------------------------------------------------------------

    #[test]
    fn empty_and_whitespace() {
        assert!(split("").is_empty());
        assert!(split("\u{1f}\u{1c} \u{2029}").is_empty());
        assert_eq!(split("0\u{85}"), ["0"]);
        assert_eq!(split("\u{85}A.\u{85}B.\u{1680}"), ["A.", "B."]);
        assert!(split(" \n\t ").is_empty());
        assert_eq!(split("  One  "), ["One"]);
    }

    #[test]
    fn spans_into_reuses_the_vector() {
        let mut out = vec![(7, 9)];
        sentence_spans_into("One. Two.", Language::En, &mut out);
        assert_eq!(out, [(0, 4), (5, 9)]);
    }

    #[test]
    fn spans_through_a_position_are_a_prefix_that_covers_it() {
        let text = "Mr. Lee spoke. “We won,” he said.\nDr. Ann Ruiz left at 5 p.m. Monday. Then? Rain. Fin.";
        let all = sentence_spans(text, Language::En);
        for pos in 0..=text.len() + 1 {
            let some = sentence_spans_through(text, Language::En, pos);
            assert_eq!(some[..], all[..some.len()]);
            let holds = |spans: &[(usize, usize)]| spans.partition_point(|s| s.0 <= pos);
            assert_eq!(holds(&some), holds(&all), "at {pos}");
        }
    }

    #[test]
    fn adversarial_runs_finish_and_keep_invariants() {
        let cases = [
            ".".repeat(100_000),
            "\"".repeat(100_000),
            "A. ".repeat(50_000),
            "1. ".repeat(50_000),
            "a) ".repeat(50_000),
            "“…” ".repeat(30_000),
            " . ".repeat(50_000),
            "U.S. ".repeat(50_000),
            "\n".repeat(100_000),
            "x\n".repeat(50_000),
            format!("{}.", "A".repeat(100_000)),
            "“We won.” Smith said ".repeat(10_000),
        ];
        for text in &cases {
            let spans = sentence_spans(text, Language::En);
            check_invariants(text, &spans);
        }
    }

    proptest::proptest! {
        #[test]
        fn invariants_hold_on_any_text(text in "[ a-zA-Z0-9.?!,;:()\\[\\]\"'“”‘’…•⁃。\n\t\u{a0}éÜ🎉-]{0,80}") {
            let spans = sentence_spans(&text, Language::En);
            check_invariants(&text, &spans);
        }

        #[test]
        fn invariants_hold_on_arbitrary_unicode(text in "\\PC{0,60}") {
            let spans = sentence_spans(&text, Language::Generic);
            check_invariants(&text, &spans);
        }
    }
}
