//! A light tokenizer: words and punctuation as byte spans, never as new strings.
//!
//! Words keep what news style glues into them: apostrophes and hyphens between letters
//! ("Russia's", "U.S.-Russian"), dotted initials ("U.S."), decimals ("2.5") and the period of a
//! known abbreviation ("Sen.", "St."), so a period token always means punctuation. Quote marks
//! that were paired as quotations are their own tokens ([`TokKind::Mark`]); every other
//! apostrophe stays inside its word.
use super::words::{class, Words};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    Word,
    Punct,
    /// An opening or closing mark of a paired quotation.
    Mark,
}

pub mod flag {
    /// First letter upper case.
    pub const CAP: u8 = 1;
    /// First letter lower case.
    pub const LOWER: u8 = 1 << 1;
    /// A line break comes before this token (a paragraph or headline boundary in scraped text).
    pub const NEWLINE: u8 = 1 << 2;
    /// Inside the words of a quotation.
    pub const IN_QUOTE: u8 = 1 << 3;
    /// ".", "!" or "?".
    pub const TERMINAL: u8 = 1 << 4;
    /// Already used by a quotation's attribution.
    pub const USED: u8 = 1 << 5;
}

#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    pub flags: u8,
    /// Word-table classes ([`super::words::class`]), looked up once here.
    pub class: u16,
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
    text.get(i..).and_then(|s| s.chars().next())
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Tokens of `text`. `marks` are the sorted byte offsets of paired quote marks.
pub fn tokenize(text: &str, marks: &[usize]) -> Vec<Token> {
    let bytes = text.as_bytes();
    let words = Words::get();
    // News text averages a token per 4-5 bytes; lists of numbers and links run denser.
    let mut out = Vec::with_capacity(text.len() / 3 + 16);
    let mut i = 0;
    let mut newline = true;
    let mut next_mark = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            newline = true;
            i += 1;
            continue;
        }
        if b == b' ' || b == b'\t' || b == b'\r' || b == 0x0b || b == 0x0c {
            i += 1;
            continue;
        }
        while next_mark < marks.len() && marks[next_mark] < i {
            next_mark += 1;
        }
        let Some(c) = (if b < 0x80 { Some(b as char) } else { char_at(text, i) }) else { break };
        let clen = c.len_utf8();
        let nl = if newline { flag::NEWLINE } else { 0 };
        newline = false;
        if next_mark < marks.len() && marks[next_mark] == i {
            out.push(Token { start: i, end: i + clen, kind: TokKind::Mark, flags: nl, class: 0 });
            i += clen;
            continue;
        }
        if b >= 0x80 && c.is_whitespace() {
            newline = nl != 0 || c == '\u{2028}' || c == '\u{2029}';
            i += clen;
            continue;
        }
        if b.is_ascii_alphanumeric() || (b >= 0x80 && c.is_alphanumeric()) {
            let end = word_end(text, i, marks.get(next_mark).copied());
            let mut end = end;
            let mut cls = if b < 0x80 { words.class_in(bytes, i, end) } else { 0 };
            // "Sen." / "St." / "D-Calif.": the period belongs to a known abbreviation.
            if bytes.get(end) == Some(&b'.') {
                let tail = bytes[i..end].iter().rposition(|&c| c == b'-').map_or(i, |p| i + p + 1);
                if cls & class::ABBREV != 0 || (tail > i && words.class_in(bytes, tail, end) & class::ABBREV != 0) {
                    end += 1;
                    cls = words.class_in(bytes, i, end) | class::ABBREV;
                }
            }
            let case = if b.is_ascii_uppercase() || (b >= 0x80 && c.is_uppercase()) {
                flag::CAP
            } else if b.is_ascii_lowercase() || (b >= 0x80 && c.is_lowercase()) {
                flag::LOWER
            } else {
                0
            };
            out.push(Token { start: i, end, kind: TokKind::Word, flags: nl | case, class: cls });
            i = end;
            continue;
        }
        // Punctuation; runs of periods ("...") are one non-terminal token.
        let mut end = i + clen;
        if b == b'.' {
            while bytes.get(end) == Some(&b'.') {
                end += 1;
            }
        }
        let terminal = if end == i + 1 && matches!(b, b'.' | b'!' | b'?') { flag::TERMINAL } else { 0 };
        out.push(Token { start: i, end, kind: TokKind::Punct, flags: nl | terminal, class: 0 });
        i = end;
    }
    out
}

/// End of the word starting at `start`: letters and digits, joined by an apostrophe or hyphen
/// between two of them, by the dots of initials ("U.S.") and of decimals ("2.5").
fn word_end(text: &str, start: usize, next_mark: Option<usize>) -> usize {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut seg_start = start; // start of the letters since the last dot
    let mut dotted = false; // saw the "U.S" pattern
    loop {
        // ASCII letters and digits: the common case, byte by byte.
        while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
            i += 1;
        }
        let Some(c) = (match bytes.get(i) {
            // Most words end at a space or punctuation that never joins words: stop at once.
            Some(&b) if b < 0x80 && !matches!(b, b'\'' | b'-' | b'.') => return i,
            Some(&b) if b < 0x80 => Some(b as char),
            Some(_) => char_at(text, i),
            None => None,
        }) else {
            return i;
        };
        if c.is_alphanumeric() {
            i += c.len_utf8();
            continue;
        }
        let seg_len = if c == '.' { text[seg_start..i].chars().take(2).count() } else { 0 };
        let prev_digit = i > start && bytes[i - 1].is_ascii_digit();
        let next = char_at(text, i + c.len_utf8());
        let next_alnum = next.is_some_and(|n| n.is_alphanumeric());
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
                let hyphen_word = next == Some('-') && char_at(text, i + 2).is_some_and(|n| n.is_alphanumeric());
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
        let dotted = tokenize("Rep. Ann Lee, D-Calif., said", &[]);
        assert_eq!(texts("Rep. Ann Lee, D-Calif., said", &dotted)[4], "D-Calif.");
        let toks = tokenize(text, &[]);
        assert_eq!(
            texts(text, &toks),
            ["Russia’s", "U.S.-Russian", "ties", ",", "Sen.", "Smith", "said", "2.5", "times", "...", "don't", "!"]
        );
        assert!(toks[4].is(flag::CAP) && toks[6].is(flag::LOWER));
        assert!(toks[11].is(flag::TERMINAL) && !toks[9].is(flag::TERMINAL));
    }

    #[test]
    fn paired_marks_are_tokens_and_newlines_flagged() {
        let text = "“Hi,” he said.\n'No' ’90s";
        let toks = tokenize(text, &[0, 6, 19, 22]);
        assert_eq!(texts(text, &toks), ["“", "Hi", ",", "”", "he", "said", ".", "'", "No", "'", "’", "90s"]);
        assert_eq!(toks[0].kind, TokKind::Mark);
        assert!(toks[7].is(flag::NEWLINE) && !toks[8].is(flag::NEWLINE));
    }

    #[test]
    fn never_splits_inside_a_char() {
        let text = "é😀—“x";
        for t in tokenize(text, &[]) {
            assert!(text.get(t.start..t.end).is_some());
        }
    }
}
