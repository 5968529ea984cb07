//! Character classes and line splitting shared by the cleaning passes.

/// Horizontal spaces (and stray vertical ones inside a line) that should read as one U+0020.
#[inline]
pub fn is_space_like(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{000B}'
            | '\u{000C}'
            | '\u{00A0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200A}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202F}'
            | '\u{205F}'
            | '\u{3000}'
    )
}

/// Invisible format characters: zero-width space, joiners, word joiner, BOM, soft hyphen, bidi
/// marks. They break word matching and never carry meaning in plain news text (the joiners are
/// kept between two non-ASCII characters, where emoji and Indic/Persian scripts need them).
#[inline]
pub fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
    )
}

/// Control characters other than tab and line breaks (C0, DEL, C1).
#[inline]
pub fn is_control(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r' | '\u{000B}' | '\u{000C}')) || ('\u{7F}'..='\u{9F}').contains(&c)
}

/// Characters trimmed from both ends of a line: all of the above plus tab.
#[inline]
pub fn is_trimmable(c: char) -> bool {
    c == '\t' || is_space_like(c) || is_invisible(c) || (is_control(c) && c < '\u{80}')
}

/// One line of the input: content `start..end`, terminator (`\n`, `\r\n`, `\r` or none) `end..next`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
    pub next: usize,
}

/// Splits on `\n`, `\r\n` and lone `\r` with memchr (the hot loop over millions of documents).
pub fn split_lines(text: &str) -> Vec<Line> {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 64 + 1);
    let mut start = 0;
    for pos in memchr::memchr2_iter(b'\n', b'\r', b) {
        if pos < start {
            continue; // the \n of a \r\n already consumed
        }
        let next = if b[pos] == b'\r' && b.get(pos + 1) == Some(&b'\n') { pos + 2 } else { pos + 1 };
        out.push(Line { start, end: pos, next });
        start = next;
    }
    if start < b.len() {
        out.push(Line { start, end: b.len(), next: b.len() });
    }
    out
}

/// `text[s..e]` without trimmable characters at either end (byte fast path for ASCII).
pub fn trim_bounds(text: &str, s: usize, e: usize) -> (usize, usize) {
    trim_bounds_where(text, s, e, is_trimmable)
}

/// [`trim_bounds`] with the non-ASCII test given: the character pass also trims what it would
/// delete anyway (a C1 control with no cp1252 meaning), so no space is left stranded before it.
pub fn trim_bounds_where(text: &str, mut s: usize, mut e: usize, trimmable: impl Fn(char) -> bool) -> (usize, usize) {
    let b = text.as_bytes();
    while s < e {
        let c = b[s];
        if c < 0x80 {
            if c == b' ' || c == b'\t' || c < 0x20 || c == 0x7F {
                s += 1;
                continue;
            }
            break;
        }
        match text[s..e].chars().next() {
            Some(ch) if trimmable(ch) => s += ch.len_utf8(),
            _ => break,
        }
    }
    while e > s {
        let c = b[e - 1];
        if c < 0x80 {
            if c == b' ' || c == b'\t' || c < 0x20 || c == 0x7F {
                e -= 1;
                continue;
            }
            break;
        }
        match text[s..e].chars().next_back() {
            Some(ch) if trimmable(ch) => e -= ch.len_utf8(),
            _ => break,
        }
    }
    (s, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_all_line_endings() {
        let t = "a\r\nb\rc\n\nd";
        let got: Vec<_> = split_lines(t).iter().map(|l| (&t[l.start..l.end], &t[l.end..l.next])).collect();
        assert_eq!(got, [("a", "\r\n"), ("b", "\r"), ("c", "\n"), ("", "\n"), ("d", "")]);
    }

    #[test]
    fn trims_odd_spaces_and_invisibles() {
        let t = "\u{feff} \u{a0}Hi there\u{200b}\t ";
        let (s, e) = trim_bounds(t, 0, t.len());
        assert_eq!(&t[s..e], "Hi there");
        assert_eq!(trim_bounds(" \u{a0} ", 0, 4), (4, 4));
    }
}
