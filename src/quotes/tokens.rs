//! A light tokenizer: words and punctuation as byte spans, never as new strings.
//!
//! Words keep what news style glues into them: apostrophes and hyphens between letters
//! ("Russia's", "U.S.-Russian"), dotted initials ("U.S."), decimals ("2.5") and the period of a
//! known abbreviation ("Sen.", "St."), so a period token always means punctuation. A paired
//! quotation becomes three tokens: its opening [`TokKind::Mark`], one opaque
//! [`TokKind::Quoted`] token for everything between the marks, and its closing mark.
//! Attribution never looks inside a quotation, so its words are not tokenized at all — in news
//! text that is a third or more of the bytes.
use super::marks::Pair;
use super::names::particle_name;
use super::words::{class, lower, Words};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Punct,
    /// An opening or closing mark of a paired quotation.
    Mark,
    /// The words of a paired quotation, between its marks (flagged `IN_QUOTE`).
    Quoted,
}

pub mod flag {
    /// First letter upper case.
    pub const CAP: u8 = 1;
    /// First letter lower case.
    pub const LOWER: u8 = 1 << 1;
    /// A line break comes before this token (a paragraph or headline boundary in scraped text);
    /// on a `Quoted` token, a line break inside it (a multi-paragraph quotation).
    pub const NEWLINE: u8 = 1 << 2;
    /// Inside the words of a quotation (the `Quoted` token).
    pub const IN_QUOTE: u8 = 1 << 3;
    /// ".", "!" or "?"; on a `Quoted` token, the quotation's words end with one.
    pub const TERMINAL: u8 = 1 << 4;
    /// Already used by a quotation's attribution.
    pub const USED: u8 = 1 << 5;
    /// A word that can be part of a name: capitalised, or opening with a lower-case particle
    /// ("al-Badri").
    pub const NAME: u8 = 1 << 6;
}

#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    pub flags: u8,
    /// Word-table classes ([`super::words::class`]), looked up once here.
    pub class: u16,
    /// The word's [`super::words::lex`] bits, looked up with its classes.
    pub lex: u8,
}

impl Token {
    #[inline]
    pub fn is(&self, f: u8) -> bool {
        self.flags & f != 0
    }
    #[inline]
    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }
}

#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    // (An ASCII byte is a whole character: most are, and need no decoding.)
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(b as char),
        _ => text.get(i..).and_then(|s| s.chars().next()),
    }
}

/// [`char::is_alphanumeric`], without its table search for the accented Latin letters of
/// European names (U+00C0 to U+024F are all letters, but for × and ÷), nor for the dashes,
/// quote marks and currency signs of news text (U+2000 to U+206F, U+20A0 to U+20CF: none).
#[inline]
fn is_alnum(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphanumeric(),
        0xC0..=0x24F => c != '×' && c != '÷',
        0x2000..=0x206F | 0x20A0..=0x20CF => false,
        _ => c.is_alphanumeric(),
    }
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    // ("Ka‘ahanui": a Hawaiian ʻokina typed as an opening single mark, between letters.)
    c == '\'' || c == '’' || c == '‘'
}

/// Byte length of the quote mark at `pos` (`"`, `'`, `“”‘’` or `«»`).
#[inline]
fn mark_len(bytes: &[u8], pos: usize) -> usize {
    match bytes[pos] {
        0xE2 => 3,
        0xC2 => 2,
        _ => 1,
    }
}

/// Tokens of `text` and, for each of `pairs` (sorted, not nested), the index of its opening
/// mark token (its words are the next token, its closing mark the one after), or None when the
/// pair lies beyond `text`.
pub fn tokenize(text: &str, pairs: &[Pair]) -> (Vec<Token>, Vec<Option<usize>>) {
    let words = Words::get();
    // News text averages a token per 4-5 bytes outside quotations; lists run denser.
    let mut out = Vec::with_capacity(text.len() / 4 + 16);
    let mut opens = vec![None; pairs.len()];
    let mut from = 0;
    let mut newline = true;
    let bytes = text.as_bytes();
    for (p, open_tok) in pairs.iter().zip(opens.iter_mut()) {
        if p.open < from || p.close >= text.len() {
            continue;
        }
        newline = tokenize_range(text, words, from, p.open, newline, p.open, &mut out);
        let (olen, clen) = (mark_len(bytes, p.open), mark_len(bytes, p.close));
        *open_tok = Some(out.len());
        let nl = if newline { flag::NEWLINE } else { 0 };
        out.push(Token { start: p.open, end: p.open + olen, kind: TokKind::Mark, flags: nl, class: 0, lex: 0 });
        let inner_nl = if memchr::memchr(b'\n', &bytes[p.start..p.end]).is_some() { flag::NEWLINE } else { 0 };
        let terminal = if ends_terminal(text, words, p.start, p.end, &mut out) { flag::TERMINAL } else { 0 };
        out.push(Token { start: p.start, end: p.end, kind: TokKind::Quoted, flags: flag::IN_QUOTE | inner_nl | terminal, class: 0, lex: 0 });
        out.push(Token { start: p.close, end: p.close + clen, kind: TokKind::Mark, flags: 0, class: 0, lex: 0 });
        from = p.close + clen;
        newline = false;
    }
    tokenize_range(text, words, from, text.len(), newline, usize::MAX, &mut out);
    (out, opens)
}

/// Whether the words `text[s..e]` end with a sentence-ending ".", "!" or "?" token (not the
/// period of "U.S." or "Mr.", not an ellipsis): the last few words are tokenized on the end of
/// `scratch` and taken off again.
fn ends_terminal(text: &str, words: &Words, s: usize, e: usize, scratch: &mut Vec<Token>) -> bool {
    let bytes = text.as_bytes();
    if !matches!(bytes.get(e.wrapping_sub(1)), Some(b'.' | b'!' | b'?')) || e <= s {
        return false;
    }
    let tail = bytes[s..e].iter().rposition(|b| b.is_ascii_whitespace()).map_or(s, |p| s + p + 1);
    let mark = scratch.len();
    tokenize_range(text, words, tail, e, false, usize::MAX, scratch);
    let terminal = scratch.len() > mark && scratch[scratch.len() - 1].is(flag::TERMINAL);
    scratch.truncate(mark);
    terminal
}

/// Tokenizes `text[from..to]` onto `out` (no token ends past `to`); `next_mark` is the position
/// of the next quote mark, where a word must stop. Returns whether a line break is pending.
#[inline]
fn tokenize_range(text: &str, words: &Words, from: usize, to: usize, newline: bool, next_mark: usize, out: &mut Vec<Token>) -> bool {
    tokenize_range_with::<true>(text, words, from, to, newline, next_mark, out)
}

/// [`tokenize_range`], with the fast path for plain words when `PLAIN` (tests turn it off to
/// compare it with the general path).
fn tokenize_range_with<const PLAIN: bool>(text: &str, words: &Words, from: usize, to: usize, mut newline: bool, next_mark: usize, out: &mut Vec<Token>) -> bool {
    let bytes = text.as_bytes();
    // (Never past the text: said so, the loop's `bytes[i]` needs no bounds check of its own.)
    let to = to.min(bytes.len());
    let mut i = from;
    while i < to {
        let b = bytes[i];
        // (The run of ASCII letters and digits at `i`, when the fast path found it.)
        let mut known_run = None;
        let shape = WORD_BYTE[b as usize];
        if PLAIN && shape != 0 {
            let run = alnum_run_end(bytes, i);
            if let Some(end) = plain_run_end(bytes, run) {
                out.push(plain_word(words, bytes, i, end.min(to), newline, shape & !ALNUM_BIT));
                newline = false;
                i = end.min(to);
                // (Most words end at one space: step over it here.)
                i += (bytes.get(i) == Some(&b' ')) as usize;
                continue;
            }
            known_run = Some(run);
        }
        if b == b'\n' {
            newline = true;
            i += 1;
            continue;
        }
        if b == b' ' || b == b'\t' || b == b'\r' || b == 0x0b || b == 0x0c {
            i += 1;
            continue;
        }
        let Some(c) = (if b < 0x80 { Some(b as char) } else { char_at(text, i) }) else { break };
        let clen = c.len_utf8();
        let nl = if newline { flag::NEWLINE } else { 0 };
        if b >= 0x80 && c.is_whitespace() {
            newline = newline || c == '\u{2028}' || c == '\u{2029}';
            i += clen;
            continue;
        }
        newline = false;
        if b.is_ascii_alphanumeric() || (b >= 0x80 && is_alnum(c)) {
            let mut end = word_end_at(text, i, known_run, next_mark).min(to);
            // (A word opening with a letter past ASCII is looked up too: Faroese "í" and "á"
            // are particles. The table's case fold, a 0x20 bit, folds Latin-1's case as well.)
            let (mut cls, mut lex) = words.word_in(bytes, i, end);
            // "Sen." / "St." / "D-Calif.": the period belongs to a known abbreviation; "E. N.
            // Okafor": so does an initial's, before another capitalised name word.
            if end < to && bytes[end] == b'.' {
                // ("D-Calif.": the part after the last hyphen, looked for only when needed.)
                let tail_abbrev = || bytes[i..end].iter().rposition(|&c| c == b'-').is_some_and(|p| words.class_in(bytes, i + p + 1, end) & class::ABBREV != 0);
                // ("Engr.", "Hon.": a title listed with its period is written with one.)
                if cls & class::ABBREV != 0 || (cls & class::TITLE != 0 && words.class_in(bytes, i, end + 1) & class::TITLE != 0) || tail_abbrev() {
                    end += 1;
                    (cls, lex) = words.word_in(bytes, i, end);
                    cls |= class::ABBREV;
                } else if b.is_ascii_uppercase()
                    // "Ma. Theresa dela Peña-Santos": "Ma." (Maria) before a given name; "Ts.
                    // Altangerel", "Ch. Suryanarayana": a transliterated digraph's initial.
                    // (The word's shape first: most words before a period are no initial.)
                    && (end == i + 1 || digraph_initial(&bytes[i..end]) || (&bytes[i..end] == b"Ma" && (given_name_at(text, words, end + 2, to) || two_names_at(text, end + 2, to))))
                    && initial_before_name(text, words, end + 2, to)
                {
                    end += 1;
                    // (No cue or given name ends with a period.)
                    (cls, lex) = (class::ABBREV, 0);
                }
            }
            // (The mark first: most words are followed by a space.)
            if matches!(bytes.get(end), Some(b'\'' | 0xE2)) && end + 1 < to && end != next_mark {
                if bytes[end - 1] == b's' {
                    if let Some(apo) = plural_possessive(bytes, end) {
                        end += apo;
                        // (Nor with an apostrophe: the class bits stay the word's, as before, but a
                        // role's: "the drivers' group" is a group.)
                        lex = 0;
                        cls &= !class::TITLE;
                    }
                } else if let Some(apo) = name_apostrophe(bytes, i, end) {
                    end += apo;
                    (cls, lex) = words.word_in(bytes, i, end);
                }
            }
            // ("ʻAmanaki", "Tuʻipulotu": a Polynesian glottal stop before the first letter.)
            let c = if matches!(c, 'ʻ' | 'ʼ') { char_at(text, i + clen).unwrap_or(c) } else { c };
            let case = if b.is_ascii_uppercase() || (b >= 0x80 && c.is_uppercase()) {
                flag::CAP
            } else if b.is_ascii_lowercase() || (b >= 0x80 && c.is_lowercase()) {
                flag::LOWER
            } else {
                0
            };
            let name = if case == flag::CAP || (case == flag::LOWER && particle_shape(bytes, i, end) && particle_name(&text[i..end])) { flag::NAME } else { 0 };
            out.push(Token { start: i, end, kind: TokKind::Word, flags: nl | case | name, class: cls, lex });
            // (Most words end at one space: step over it here.)
            i = end + (bytes.get(end) == Some(&b' ')) as usize;
            continue;
        }
        // "!Gaeb", "!Naruseb": a Khoekhoe click written "!" opens a name after a space.
        if b == b'!' && click_name_at(bytes, i) {
            let end = word_end_at(text, i + 1, None, next_mark).min(to);
            out.push(Token { start: i, end, kind: TokKind::Word, flags: nl | flag::CAP | flag::NAME, class: 0, lex: 0 });
            i = end + (bytes.get(end) == Some(&b' ')) as usize;
            continue;
        }
        // Punctuation; runs of periods ("...") are one non-terminal token.
        let mut end = (i + clen).min(to);
        if b == b'.' {
            while end < to && bytes[end] == b'.' {
                end += 1;
            }
        }
        let terminal = if end == i + 1 && matches!(b, b'.' | b'!' | b'?') { flag::TERMINAL } else { 0 };
        out.push(Token { start: i, end, kind: TokKind::Punct, flags: nl | terminal, class: 0, lex: 0 });
        i = end + (bytes.get(end) == Some(&b' ')) as usize;
    }
    newline
}

/// End of the word at `start` when it is a plain one, a run of ASCII letters and digits ended
/// by what never joins a word: an ASCII byte but a hyphen, apostrophe or period, a comma after
/// a letter, a punctuation mark of U+2000..U+203F but "’" and "‘" (dashes, quote marks), or the
/// end of the text. Most words are, and none of the tokenizer's later checks (abbreviation,
/// plural possessive, particle name) can apply to one.
#[cfg(test)]
fn plain_word_end(bytes: &[u8], start: usize) -> Option<usize> {
    plain_run_end(bytes, alnum_run_end(bytes, start))
}

/// [`plain_word_end`] of the word whose run of ASCII letters and digits ends at `run`.
#[inline(always)]
fn plain_run_end(bytes: &[u8], run: usize) -> Option<usize> {
    let plain = match bytes.get(run) {
        None => true,
        // (Most words end at a byte that never joins one: a single table test.)
        Some(&b) if ENDS_PLAIN[b as usize] => true,
        // ("2,300": a digit's comma may be a thousands separator.)
        Some(b',') => !bytes[run - 1].is_ascii_digit(),
        Some(0xE2) => bytes.get(run + 1) == Some(&0x80) && !matches!(bytes.get(run + 2), Some(0x98 | 0x99)),
        Some(_) => false,
    };
    plain.then_some(run)
}

/// The bytes that end a plain word wherever they follow it: ASCII but the hyphen, apostrophe,
/// period and comma.
static ENDS_PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        t[b] = !matches!(b as u8, b'\'' | b'-' | b'.' | b',');
        b += 1;
    }
    t
};

/// The token of the plain word `bytes[start..end]` ([`plain_word_end`]): its class and lex
/// bits, and a name flag only for a capital (a lower-case particle name has a mark in it).
/// `case` is the flags of its first byte's [`WORD_BYTE`] (no [`ALNUM_BIT`]).
#[inline(always)]
fn plain_word(words: &Words, bytes: &[u8], start: usize, end: usize, newline: bool, case: u8) -> Token {
    let (mut class, mut lex) = words.word_in(bytes, start, end);
    // (A capitalised stop word may be a name word: out of line, as few words are. Its bits
    // come back in registers, so the token is built once, in place.)
    if class & class::STOP != 0 && case & flag::CAP != 0 {
        (class, lex) = capitalised_stop_word(bytes, start, end, class, lex);
    }
    let nl = if newline { flag::NEWLINE } else { 0 };
    Token { start, end, kind: TokKind::Word, flags: nl | case, class, lex }
}

/// The class and lex bits of [`plain_word`]'s capitalised stop word: none when it is a name
/// word ([`stop_word_is_name`]).
#[cold]
#[inline(never)]
fn capitalised_stop_word(bytes: &[u8], start: usize, end: usize, class: u16, lex: u8) -> (u16, u8) {
    if stop_word_is_name(bytes, start, end) {
        (0, 0)
    } else {
        (class, lex)
    }
}

/// Whether the capitalised stop word at `start..end` is a name word.
///
/// - Balinese names open with "I" (a man's) before a birth-order name or a caste title: "I
///   Wayan Sukerta", "I Gusti Ngurah Rai". There "I" is not the pronoun.
/// - "a WHO official", "A WHO official", "the US embassy": a word in capitals beside a
///   lowercase one is an acronym, not the stop word it spells (a line in capitals has no
///   lowercase word).
#[inline(never)]
fn stop_word_is_name(bytes: &[u8], start: usize, end: usize) -> bool {
    const BALINESE: [&[u8]; 12] = [b"Wayan", b"Made", b"Nyoman", b"Ketut", b"Putu", b"Gede", b"Kadek", b"Komang", b"Nengah", b"Gusti", b"Dewa", b"Ida"];
    let space_after = bytes.get(end) == Some(&b' ');
    if end == start + 1 {
        return bytes[start] == b'I' && space_after && BALINESE.iter().any(|w| bytes[end + 1..].starts_with(w) && bytes.get(end + 1 + w.len()) == Some(&b' '));
    }
    let lowercase_before = start >= 2 && bytes[start - 1] == b' ' && bytes[start - 2].is_ascii_lowercase();
    let lowercase_after = space_after && bytes.get(end + 1).is_some_and(u8::is_ascii_lowercase);
    bytes[start..end].iter().all(u8::is_ascii_uppercase) && (lowercase_before || lowercase_after)
}

/// Whether the "!" at `i` is a click letter opening a name ("Festus !Gaeb"): after a space, a
/// line break or "(", and before a capital (an exclamation mark ends a word, not opens one).
#[inline(never)]
fn click_name_at(bytes: &[u8], i: usize) -> bool {
    (i == 0 || matches!(bytes[i - 1], b' ' | b'\n' | b'(')) && bytes.get(i + 1).is_some_and(u8::is_ascii_uppercase)
}

/// "the Transport Workers’ Union", "the operators' association": the length of the
/// apostrophe at `end` that a plural possessive keeps, before a space and a letter (a paired
/// closing mark is never inside a range). Out of the tokenizer's loop: few words end so.
#[inline(never)]
fn plural_possessive(bytes: &[u8], end: usize) -> Option<usize> {
    let apo = apostrophe_len(bytes, end);
    (apo > 0 && bytes.get(end + apo) == Some(&b' ') && bytes.get(end + apo + 1).is_some_and(u8::is_ascii_alphabetic)).then_some(apo)
}

/// The byte length of an apostrophe, "'" or "’", at `at` (0 for none).
fn apostrophe_len(bytes: &[u8], at: usize) -> usize {
    if bytes[at] == b'\'' {
        1
    } else if bytes[at..].starts_with("’".as_bytes()) {
        3
    } else {
        0
    }
}

/// The length of an apostrophe at `end` that ends a name word: a Luo name's ("Hellen
/// Achieng' Onyango", "Ochieng' said") or the Gaelic particle "a'" ("Seonaidh Mac a'
/// Phearsain"), before a space or punctuation (a paired closing mark is never inside a range).
#[inline(never)]
fn name_apostrophe(bytes: &[u8], start: usize, end: usize) -> Option<usize> {
    let apo = apostrophe_len(bytes, end);
    let word = &bytes[start..end];
    let luo = word.len() > 3 && word[0].is_ascii_uppercase() && word.ends_with(b"ng");
    let gaelic = word == b"a" && bytes.get(end + apo + 1).is_some_and(u8::is_ascii_uppercase);
    let after = bytes.get(end + apo).copied();
    (apo > 0 && (luo || gaelic) && after.map_or(true, |b| b == b' ' || b == b',' || b == b'.')).then_some(apo)
}

/// A cheap necessary condition for [`particle_name`]: a particle's first letter, and its mark
/// among the next three bytes ("’" starts with 0xE2), so most lower-case words stop here.
#[inline]
fn particle_shape(bytes: &[u8], start: usize, end: usize) -> bool {
    end - start > 3 && matches!(bytes[start], b'a' | b'e' | b'b' | b'i' | b'd' | b'l' | b'u') && bytes[start + 1..start + 4].iter().any(|b| matches!(b, b'-' | b'\'' | 0xE2))
}

/// Whether an initial's period and a space come before `at`, and a capitalised word that is not
/// a sentence opener starts there ("E. N. Okafor", "J. Smith"; not "Plan B. The …").
fn initial_before_name(text: &str, words: &Words, at: usize, to: usize) -> bool {
    let bytes = text.as_bytes();
    if bytes.get(at - 1) != Some(&b' ') || at >= to || !bytes[at].is_ascii_uppercase() {
        return false;
    }
    let end = word_end(text, at, None).min(to);
    // ("M. I. Abdul Razak Mohamed": another initial, though "I" is a pronoun.)
    let initial = end == at + 1 && bytes.get(end) == Some(&b'.');
    initial || words.class_in(bytes, at, end) & (class::STOP | class::PRONOUN) == 0
}

/// Whether a capitalised word at `at` is followed by another ("Ma. Rosario Agbayani-Ramos"):
/// the two words of a name after a Filipino "Ma." (Maria), whose given name the table may lack.
fn two_names_at(text: &str, at: usize, to: usize) -> bool {
    let bytes = text.as_bytes();
    if at >= to || !bytes[at].is_ascii_uppercase() {
        return false;
    }
    let end = word_end(text, at, None).min(to);
    bytes.get(end) == Some(&b' ') && bytes.get(end + 1).is_some_and(u8::is_ascii_uppercase)
}

/// "Ts", "Ch", "Sh", "Kh", "Zh": an initial of a name that opens with a digraph in Latin letters
/// (Mongolian, Telugu, Greek and Welsh initials, "Ts. Altangerel", "Ch. Suryanarayana",
/// "Konstantinos Th. Mavromatis", "Gareth Ll. Thomas").
fn digraph_initial(word: &[u8]) -> bool {
    matches!(word, b"Ts" | b"Ch" | b"Sh" | b"Kh" | b"Zh" | b"Th" | b"Ll")
}

/// Whether the word at `at` is a given name of the data table.
fn given_name_at(text: &str, words: &Words, at: usize, to: usize) -> bool {
    let end = word_end(text, at, None).min(to);
    let mut buf = [0u8; 32];
    text.get(at..end).and_then(|w| lower(w, &mut buf)).is_some_and(|w| words.first_name_gender(w).is_some())
}

/// Set in [`WORD_BYTE`] for every ASCII letter and digit (no token flag uses it): the table's
/// one-load test of a word's bytes.
const ALNUM_BIT: u8 = 1 << 7;

/// Per byte, 0 unless an ASCII letter or digit, which has [`ALNUM_BIT`] and the case flags
/// that a plain word opening with it takes: `CAP | NAME` for a capital, `LOWER` for a
/// lower-case letter (one load per word rather than the comparisons).
static WORD_BYTE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            ALNUM_BIT | flag::CAP | flag::NAME
        } else if c.is_ascii_lowercase() {
            ALNUM_BIT | flag::LOWER
        } else if c.is_ascii_digit() {
            ALNUM_BIT
        } else {
            0
        };
        b += 1;
    }
    t
};

/// End of the run of ASCII letters and digits at `i`: sixteen bytes per step (SSE2) while they
/// last, then eight (SWAR range checks on a `u64`), then byte by byte.
#[inline]
fn alnum_run_end(bytes: &[u8], mut i: usize) -> usize {
    #[cfg(target_arch = "x86_64")]
    while let Some(chunk) = bytes.get(i..i + 16) {
        let other = non_alnum_mask16(chunk);
        if other != 0 {
            return i + other.trailing_zeros() as usize;
        }
        i += 16;
    }
    alnum_run_end_tail(bytes, i)
}

/// [`alnum_run_end`] past the sixteen-byte steps (near the text's end, on x86-64: out of the
/// tokenizer's loop there, whose registers its constants would take).
#[cfg_attr(target_arch = "x86_64", cold, inline(never))]
fn alnum_run_end_tail(bytes: &[u8], mut i: usize) -> usize {
    const LO: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HI: u64 = 0x8080_8080_8080_8080;
    const fn splat(b: u8) -> u64 {
        0x0101_0101_0101_0101 * b as u64
    }
    while let Some(chunk) = bytes.get(i..i + 8) {
        let v = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        // Bytes below 0x80 only, so no addition carries into the next byte.
        let x = v & LO;
        let l = x | splat(0x20);
        let letter = (l + splat(0x80 - b'a')) & !(l + splat(0x7f - b'z'));
        let digit = (x + splat(0x80 - b'0')) & !(x + splat(0x7f - b'9'));
        let alnum = (letter | digit) & !v & HI;
        let other = !alnum & HI;
        if other != 0 {
            return i + (other.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < bytes.len() && WORD_BYTE[bytes[i] as usize] & ALNUM_BIT != 0 {
        i += 1;
    }
    i
}

/// Bit k is set when `chunk[k]` (of 16 bytes) is not an ASCII letter or digit (SSE2, which
/// every x86-64 CPU has): one step reads most words whole, in fewer instructions than SWAR.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn non_alnum_mask16(chunk: &[u8]) -> u32 {
    use std::arch::x86_64::*;
    assert!(chunk.len() >= 16);
    // SAFETY: SSE2 is part of the x86-64 baseline, and the unaligned load reads 16 bytes of
    // `chunk`, which the assertion above guarantees exist.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast::<__m128i>());
        // Letters (case folded by the 0x20 bit) and digits.
        let letter = bytes_in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), b'a', 26);
        let digit = bytes_in_range(v, b'0', 10);
        _mm_movemask_epi8(_mm_or_si128(letter, digit)) as u32 ^ 0xFFFF
    }
}

/// Bit k is set when `chunk[k]` (of 16 bytes) is ASCII whitespace ([`u8::is_ascii_whitespace`]:
/// space, tab, line feed, form feed, carriage return), by SSE2, which every x86-64 CPU has.
#[cfg(target_arch = "x86_64")]
#[inline]
pub(super) fn ascii_space_mask16(chunk: &[u8]) -> u32 {
    use std::arch::x86_64::*;
    assert!(chunk.len() >= 16);
    // SAFETY: SSE2 is part of the x86-64 baseline, and the unaligned load reads 16 bytes of
    // `chunk`, which the assertion above guarantees exist.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast::<__m128i>());
        let space = _mm_cmpeq_epi8(v, _mm_set1_epi8(b' ' as i8));
        // Tab to carriage return (0x09..=0x0D), but the vertical tab (0x0B), which is no ASCII
        // whitespace.
        let controls = _mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(0x0B)), bytes_in_range(v, 0x09, 5));
        _mm_movemask_epi8(_mm_or_si128(space, controls)) as u32
    }
}

/// 0xFF in each byte of `v` within `lo..lo + n` (`n` < 128), else 0: the range moved to the
/// bottom of the signed bytes (-128..) and tested with one signed comparison.
///
/// # Safety
/// SSE2 must be available (it is on every x86-64 CPU).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
unsafe fn bytes_in_range(v: std::arch::x86_64::__m128i, lo: u8, n: u8) -> std::arch::x86_64::__m128i {
    use std::arch::x86_64::*;
    _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(0x80u8.wrapping_sub(lo) as i8)), _mm_set1_epi8(0x80u8.wrapping_add(n) as i8))
}

/// Whether the comma at `i` separates thousands: a digit before it, exactly three after.
#[inline]
fn thousands_separator(bytes: &[u8], i: usize) -> bool {
    bytes[i - 1].is_ascii_digit()
        && bytes.get(i + 1..i + 4).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        && !bytes.get(i + 4).is_some_and(u8::is_ascii_digit)
}

/// [`word_end`] for the tokenizer's loop: most words are a run of ASCII letters and digits that
/// a space or punctuation ends, found here; the rest take the whole function. `known_run` is
/// the end of the run of ASCII letters and digits at `start`, when the caller has found it.
#[inline(always)]
fn word_end_at(text: &str, start: usize, known_run: Option<usize>, next_mark: usize) -> usize {
    let bytes = text.as_bytes();
    let mut run = known_run.unwrap_or_else(|| alnum_run_end(bytes, start));
    // Until a joining character is crossed, `word_end` reads each as below.
    let joiner = loop {
        let Some(&b) = bytes.get(run) else { return run };
        if b < 0x80 {
            if !matches!(b, b'\'' | b'-' | b'.' | b',') {
                return run;
            }
            break b as char;
        }
        match char_at(text, run) {
            // "Müller": letters beyond ASCII go on with the word.
            Some(c) if is_alnum(c) => run = alnum_run_end(bytes, run + c.len_utf8()),
            Some(c @ ('’' | '‘')) => break c,
            // A dash, quote mark or ellipsis ends the word.
            _ => return run,
        }
    };
    let next = char_at(text, run + joiner.len_utf8());
    let joins = if joiner == ',' {
        // "2,300": only a thousands separator.
        thousands_separator(bytes, run)
    } else if joiner == '.' {
        // "2.5" and "U.S." go on ("said." and "example.com" do not): a decimal, or one
        // letter before the period and a letter after it.
        let digits = run > start && bytes[run - 1].is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit());
        digits || (next.is_some_and(char::is_alphabetic) && text[start..run].chars().nth(1).is_none())
    } else {
        // "well-", "the players' ": a hyphen or apostrophe joins only a letter or digit.
        next.is_some_and(is_alnum)
    };
    if !joins {
        return run;
    }
    word_end(text, start, Some(next_mark))
}

/// End of the word starting at `start`: letters and digits, joined by an apostrophe or hyphen
/// between two of them, by the dots of initials ("U.S.") and of decimals ("2.5"), and by the
/// commas of thousands ("2,300").
#[inline(never)]
fn word_end(text: &str, start: usize, next_mark: Option<usize>) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut seg_start = start; // start of the letters since the last dot
    let mut dotted = false; // saw the "U.S" pattern
    loop {
        // ASCII letters and digits: the common case.
        i = alnum_run_end(bytes, i);
        let Some(c) = (match bytes.get(i) {
            // Most words end at a space or punctuation that never joins words: stop at once.
            Some(&b) if b < 0x80 && !matches!(b, b'\'' | b'-' | b'.' | b',') => return i,
            // "2,300": a thousands separator is inside the number.
            Some(&b',') if i > start && thousands_separator(bytes, i) => {
                i += 1;
                continue;
            }
            Some(&b',') => return i,
            Some(&b) if b < 0x80 => Some(b as char),
            Some(_) => char_at(text, i),
            None => None,
        }) else {
            return i;
        };
        if is_alnum(c) {
            i += c.len_utf8();
            continue;
        }
        let seg_len = if c == '.' { text[seg_start..i].chars().take(2).count() } else { 0 };
        let prev_digit = i > start && bytes[i - 1].is_ascii_digit();
        let next = char_at(text, i + c.len_utf8());
        let next_alnum = next.is_some_and(is_alnum);
        if (is_apostrophe(c) || c == '-') && next_alnum && next_mark != Some(i) {
            i += c.len_utf8();
            seg_start = i;
            continue;
        }
        if c == '.' {
            if prev_digit && next.is_some_and(|n| n.is_ascii_digit()) {
                i += 1;
                continue;
            }
            if seg_len == 1 && next.is_some_and(|n| n.is_alphabetic()) {
                dotted = true;
                i += 1;
                seg_start = i;
                continue;
            }
            if dotted && seg_len == 1 {
                // "U.S.-Russian": a hyphen after the initials keeps the word going.
                let hyphen_word = next == Some('-') && char_at(text, i + 2).is_some_and(is_alnum);
                if !hyphen_word {
                    return i + 1;
                }
                i += 1;
                seg_start = i;
                continue;
            }
        }
        return i;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, toks: &[Token]) -> Vec<&'a str> {
        toks.iter().map(|t| &text[t.start..t.end]).collect()
    }

    #[test]
    fn words_keep_apostrophes_initials_and_abbreviations() {
        let text = "Russia’s U.S.-Russian ties, Sen. Smith said 2.5 times... don't!";
        let dotted = tokenize("Rep. Ann Lee, D-Calif., said", &[]).0;
        assert_eq!(texts("Rep. Ann Lee, D-Calif., said", &dotted)[4], "D-Calif.");
        // A title listed with its period keeps it; one listed without does not.
        let titled = "Engr. Hauwa Sadiq met the chief. Then";
        assert_eq!(texts(titled, &tokenize(titled, &[]).0), ["Engr.", "Hauwa", "Sadiq", "met", "the", "chief", ".", "Then"]);
        let toks = tokenize(text, &[]).0;
        assert_eq!(
            texts(text, &toks),
            ["Russia’s", "U.S.-Russian", "ties", ",", "Sen.", "Smith", "said", "2.5", "times", "...", "don't", "!"]
        );
        assert!(toks[4].is(flag::CAP) && toks[6].is(flag::LOWER));
        assert!(toks[11].is(flag::TERMINAL) && !toks[9].is(flag::TERMINAL));
        // A thousands separator is inside the number; other commas after digits are not.
        let text = "signed by 2,300 people, 1,2 or 3,4567, in 2019,";
        assert_eq!(texts(text, &tokenize(text, &[]).0), ["signed", "by", "2,300", "people", ",", "1", ",", "2", "or", "3", ",", "4567", ",", "in", "2019", ","]);
    }

    #[test]
    fn a_click_letter_opens_a_name() {
        let text = "Dr. Festus !Gaeb said so! (!Naruseb) Wow !";
        let toks = tokenize(text, &[]).0;
        assert_eq!(texts(text, &toks), ["Dr.", "Festus", "!Gaeb", "said", "so", "!", "(", "!Naruseb", ")", "Wow", "!"]);
        assert!(toks[2].is(flag::CAP | flag::NAME) && toks[2].is_word() && toks[5].is(flag::TERMINAL));
    }

    #[test]
    fn a_glottal_stop_before_a_capital_keeps_the_word_capitalised() {
        let text = "coach ʻAmanaki Tuʻipulotu-Vake said";
        let toks = tokenize(text, &[]).0;
        assert_eq!(texts(text, &toks), ["coach", "ʻAmanaki", "Tuʻipulotu-Vake", "said"]);
        assert!(toks[1].is(flag::CAP | flag::NAME) && toks[2].is(flag::CAP));
    }

    #[test]
    fn word_end_at_is_word_end() {
        let text = "U.S.-Russian ties, Sen. Smith said 2.5 times... don't! Russia’s 'em state-run x- y' \
                    E. N. Okafor, a.m. 3.x e.g. Zürich—Åsa’s “quote” ö. d’Estaing 9-5 ab.c A.B.C.- end. \
                    très cordial.” x.2 2.x É.g Élan. a-’ Müller-Smith ü.b l’État 1.é www.news.example.co.uk it’ ’s Ka‘ahanui ‘x";
        for s in (0..text.len()).filter(|&s| text.is_char_boundary(s)) {
            if !text[s..].chars().next().is_some_and(char::is_alphanumeric) {
                continue;
            }
            for m in [s + 1, s + 3, s + 6, usize::MAX] {
                assert_eq!(word_end_at(text, s, None, m), word_end(text, s, Some(m)), "at {s}: {:?}", &text[s..]);
                assert_eq!(word_end_at(text, s, Some(alnum_run_end(text.as_bytes(), s)), m), word_end(text, s, Some(m)));
            }
        }
    }

    #[test]
    fn plain_words_end_as_word_end_says() {
        let text = "U.S.-Russian ties, Sen. Smith said 2.5 times... don't! Russia’s 'em state-run x- y' \
                    E. N. Okafor, a.m. 3,400 e.g. Zürich—Åsa’s “quote” said” d’Estaing 9-5 ab.c A.B.C.- end. \
                    très cordial.” x.2 2.x É.g Élan. a-’ Müller-Smith l’État 1.é www.news.example.co.uk it’ ’s\tTab\nline x";
        let bytes = text.as_bytes();
        let mut plain = 0;
        for s in (0..text.len()).filter(|&s| bytes[s].is_ascii_alphanumeric()) {
            if let Some(end) = plain_word_end(bytes, s) {
                plain += 1;
                assert_eq!(end, word_end(text, s, None), "at {s}: {:?}", &text[s..]);
                assert!(!text[s..end].contains(['-', '\'', '.']) && !text[end..].starts_with(['.', '\'', '’']));
            }
        }
        assert!(plain > 50, "{plain}");
        // The fast path makes the tokens the general one makes.
        for t in [text, "Said Smith: the Workers' union; al-Badri met d'Estaing, 2,300 ex-U.S. Rep. Lee, Workers’ “Aid” 7,5 12,345,6 yes—no"] {
            let toks = tokenize(t, &[]).0;
            let mut general = Vec::new();
            tokenize_range_with::<false>(t, Words::get(), 0, t.len(), true, usize::MAX, &mut general);
            assert_eq!(format!("{toks:?}"), format!("{general:?}"));
        }
    }

    #[test]
    fn is_alnum_is_char_is_alphanumeric() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn a_quotation_is_three_tokens() {
        let text = "“Hi,” he said.\n'Fine.' ’90s “U.S.” x";
        let pairs = crate::quotes::marks::find_pairs(text);
        let (toks, opens) = tokenize(text, &pairs);
        assert_eq!(texts(text, &toks), ["“", "Hi,", "”", "he", "said", ".", "'", "Fine.", "'", "’", "90s", "“", "U.S.", "”", "x"]);
        assert_eq!(opens, [Some(0), Some(6), Some(11)]);
        assert_eq!(toks[0].kind, TokKind::Mark);
        assert_eq!(toks[1].kind, TokKind::Quoted);
        assert!(toks[1].is(flag::IN_QUOTE) && !toks[1].is(flag::TERMINAL));
        assert!(toks[6].is(flag::NEWLINE) && !toks[7].is(flag::NEWLINE));
        // "Fine." ends a sentence; the period of "U.S." does not.
        assert!(toks[7].is(flag::TERMINAL) && !toks[12].is(flag::TERMINAL));
    }

    #[test]
    fn a_multi_paragraph_quotation_is_flagged() {
        let text = "He said: \"First part.\n\n\"Second part,\" he added.";
        let pairs = crate::quotes::marks::find_pairs(text);
        let (toks, opens) = tokenize(text, &pairs);
        let q = toks[opens[0].unwrap() + 1];
        assert_eq!(&text[q.start..q.end], "First part.\n\n\"Second part,");
        assert!(q.is(flag::NEWLINE) && !toks[opens[0].unwrap() + 3].is(flag::NEWLINE));
    }

    #[test]
    fn alnum_runs_match_the_byte_table() {
        for b in 0..=255u8 {
            assert_eq!(WORD_BYTE[b as usize] & ALNUM_BIT != 0, b.is_ascii_alphanumeric());
            for pos in 0..10 {
                let mut buf = [b'a'; 12];
                buf[pos] = b;
                let want = if b.is_ascii_alphanumeric() { 12 } else { pos };
                assert_eq!(alnum_run_end(&buf, 0), want, "byte {b:#x} at {pos}");
            }
        }
        // Past the sixteen-byte steps too, at each offset.
        for b in 0..=255u8 {
            for pos in 0..40 {
                let mut buf = [b'Z'; 44];
                buf[pos] = b;
                let want = if b.is_ascii_alphanumeric() { 44 } else { pos };
                assert_eq!(alnum_run_end(&buf, 0), want, "byte {b:#x} at {pos}");
                assert_eq!(alnum_run_end(&buf, pos.min(3)), want.max(pos.min(3)));
            }
        }
        assert_eq!(alnum_run_end(b"U.S", 0), 1);
        assert_eq!(alnum_run_end("Zürich".as_bytes(), 0), 1);
    }

    #[test]
    fn never_splits_inside_a_char() {
        let text = "é😀—“x";
        for t in tokenize(text, &[]).0 {
            assert!(text.get(t.start..t.end).is_some());
        }
    }
}
