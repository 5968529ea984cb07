//! Finding quotation marks and pairing them into quotations.
//!
//! One memchr pass finds every candidate mark; each line (paragraph) is paired on its own with a
//! one-slot state machine, so an unbalanced mark in scraped text can never swallow more than its
//! paragraph. A quotation continues past a line only under the multi-paragraph convention: the
//! paragraph ends inside the quote and the next paragraph opens with a quote mark. Single quotes
//! count only at word boundaries and balanced within a line, so apostrophes ("don't",
//! "Russia's", "'90s") are never quote marks. Everything is linear in the text length.
use memchr::{memchr, memchr3_iter, memchr_iter};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dir {
    Open,
    Close,
    /// A straight mark whose neighbours do not tell.
    Either,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    pos: usize,
    len: usize,
    double: bool,
    dir: Dir,
}

/// A paired quotation: marks at `open` and `close`, words in `start..end` (trimmed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pair {
    pub open: usize,
    pub close: usize,
    pub start: usize,
    pub end: usize,
    /// Continued over paragraphs by the multi-paragraph convention.
    pub multi: bool,
    /// Single quote marks (‘…’ or '…').
    pub single: bool,
}

#[inline]
fn char_before(text: &str, pos: usize) -> Option<char> {
    text.get(..pos).and_then(|s| s.chars().next_back())
}

#[inline]
fn char_after(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|s| s.chars().next())
}

fn opens_after(c: char) -> bool {
    c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘' | '"' | '\'' | '«' | ':')
}

fn closes_before(c: char) -> bool {
    c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-' | '”' | '’' | '"' | '\'' | '»' | '…')
}

/// Classifies the mark at `pos` (`len` bytes, `glyph` its open/close shape), or None for an
/// apostrophe.
fn classify(text: &str, pos: usize, len: usize, glyph: Dir, double: bool) -> Option<Mark> {
    let before = char_before(text, pos);
    let after = char_after(text, pos + len);
    let can_open = after.is_some_and(|c| !c.is_whitespace()) && before.map_or(true, opens_after);
    let can_close = before.is_some_and(|c| !c.is_whitespace()) && after.map_or(true, closes_before);
    if !double {
        // Apostrophes: inside words, elisions ("'90s", "’em" are rare enough to treat alike).
        let alnum = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
        if alnum(before) && alnum(after) {
            return None;
        }
        if can_open && after.is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        let dir = match (can_open && alnum(after), can_close && before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | ',' | '!' | '?'))) {
            (true, false) => Dir::Open,
            (false, true) => Dir::Close,
            _ => return None,
        };
        return Some(Mark { pos, len, double, dir });
    }
    let dir = match glyph {
        Dir::Open if can_open || !can_close => Dir::Open,
        Dir::Close if can_close || !can_open => Dir::Close,
        Dir::Open | Dir::Close => if can_open { Dir::Open } else { Dir::Close },
        Dir::Either => match (can_open, can_close) {
            (true, false) => Dir::Open,
            (false, true) => Dir::Close,
            _ => Dir::Either,
        },
    };
    Some(Mark { pos, len, double, dir })
}

/// Whether the mark at `pos` (`len` bytes) stands between two ASCII letters or digits: the
/// apostrophe of "don't" or "Russia’s", which [`classify`] turns away too, decided without
/// decoding its neighbours (most single marks of news text are such apostrophes).
#[inline]
fn inside_ascii_word(bytes: &[u8], pos: usize, len: usize) -> bool {
    pos > 0 && bytes[pos - 1].is_ascii_alphanumeric() && bytes.get(pos + len).is_some_and(u8::is_ascii_alphanumeric)
}

/// Every candidate quote mark in `text`, in order.
fn scan(text: &str) -> Vec<Mark> {
    let bytes = text.as_bytes();
    // A news text with quotations holds a few dozen marks: room for them up front.
    let mut out = Vec::with_capacity(32);
    let mut push = |pos: usize| {
        let (len, glyph, double) = match bytes[pos] {
            b'"' => (1, Dir::Either, true),
            b'\'' => (1, Dir::Either, false),
            0xE2 => match bytes.get(pos + 1..pos + 3) {
                Some([0x80, 0x9C]) | Some([0x80, 0x9E]) => (3, Dir::Open, true),
                Some([0x80, 0x9D]) => (3, Dir::Close, true),
                Some([0x80, 0x98]) => (3, Dir::Open, false),
                Some([0x80, 0x99]) => (3, Dir::Close, false),
                _ => return,
            },
            0xC2 => match bytes.get(pos + 1) {
                Some(0xAB) => (2, Dir::Open, true),
                Some(0xBB) => (2, Dir::Close, true),
                _ => return,
            },
            _ => return,
        };
        if !double && inside_ascii_word(bytes, pos, len) {
            return;
        }
        if let Some(m) = classify(text, pos, len, glyph, double) {
            out.push(m);
        }
    };
    // The two searches merged by position, with one call of `push` (inlined there).
    let mut guillemets = memchr_iter(0xC2, bytes).peekable();
    let mut others = memchr3_iter(b'"', b'\'', 0xE2, bytes).peekable();
    loop {
        let pos = match (others.peek(), guillemets.peek()) {
            (Some(&p), Some(&g)) if g < p => guillemets.next(),
            (Some(_), _) => others.next(),
            (None, _) => guillemets.next(),
        };
        let Some(pos) = pos else { break };
        push(pos);
    }
    out
}

/// A quotation that runs over paragraphs is a statement: it opens a sentence or follows a
/// colon or comma ("he said: \"…"), never a word mid-sentence ("shouted \"shame on you …").
fn opens_statement(text: &str, open: usize) -> bool {
    let before = text[..open].trim_end_matches([' ', '\t']);
    before.chars().next_back().map_or(true, |c| matches!(c, '\n' | '.' | '!' | '?' | ':' | ',' | '"' | '”' | '“'))
}

fn has_newline(bytes: &[u8], from: usize, to: usize) -> bool {
    from < to && memchr(b'\n', &bytes[from..to]).is_some()
}

/// Trimmed words between the marks, or None when there are none.
fn pair(text: &str, open: &Mark, close: &Mark, multi: bool) -> Option<Pair> {
    let inner = text.get(open.pos + open.len..close.pos)?;
    let trimmed = inner.trim();
    if trimmed.is_empty() {
        return None;
    }
    let start = open.pos + open.len + (inner.len() - inner.trim_start().len());
    Some(Pair { open: open.pos, close: close.pos, start, end: start + trimmed.len(), multi, single: !open.double })
}

/// Pairs double marks line by line (with the multi-paragraph convention).
fn pair_double(text: &str, marks: &[Mark], out: &mut Vec<Pair>, continuation_marks: &mut Vec<usize>) {
    let bytes = text.as_bytes();
    let mut open: Option<Mark> = None;
    let mut multi = false;
    for m in marks.iter().filter(|m| m.double) {
        if let Some(o) = open {
            let last = continuation_marks.last().copied().filter(|_| multi).unwrap_or(o.pos);
            if has_newline(bytes, last, m.pos) {
                // The paragraph ended inside the quote: continue only if this mark opens the
                // next paragraph.
                let gap = &text[last..m.pos];
                let para_end = last + memchr(b'\n', gap.as_bytes()).unwrap_or(0);
                let starts_para = text[para_end..m.pos].trim().is_empty();
                if starts_para && m.dir != Dir::Close && opens_statement(text, o.pos) {
                    multi = true;
                    continuation_marks.push(m.pos);
                    continue;
                }
                if multi {
                    // Drop the continuation marks recorded for the failed quote.
                    while continuation_marks.last().is_some_and(|&p| p > o.pos) {
                        continuation_marks.pop();
                    }
                }
                open = None;
                multi = false;
            }
        }
        match open {
            None => {
                if m.dir != Dir::Close {
                    open = Some(*m);
                }
            }
            Some(o) => {
                if m.dir != Dir::Open {
                    if let Some(p) = pair(text, &o, m, multi) {
                        out.push(p);
                    } else {
                        while multi && continuation_marks.last().is_some_and(|&p| p > o.pos) {
                            continuation_marks.pop();
                        }
                    }
                    open = None;
                    multi = false;
                } else {
                    // Two openers: the first was unbalanced.
                    while multi && continuation_marks.last().is_some_and(|&p| p > o.pos) {
                        continuation_marks.pop();
                    }
                    open = Some(*m);
                    multi = false;
                }
            }
        }
    }
    if let Some(o) = open.filter(|_| multi) {
        while continuation_marks.last().is_some_and(|&p| p > o.pos) {
            continuation_marks.pop();
        }
    }
}

/// Pairs single marks within a line, outside double-quoted spans.
fn pair_single(text: &str, marks: &[Mark], doubles: &[Pair], out: &mut Vec<Pair>) {
    let bytes = text.as_bytes();
    let mut open: Option<Mark> = None;
    let mut d = 0;
    for m in marks.iter().filter(|m| !m.double) {
        while d < doubles.len() && doubles[d].close < m.pos {
            d += 1;
        }
        if d < doubles.len() && doubles[d].open < m.pos {
            continue; // inside a double quotation
        }
        if let Some(o) = open {
            let double_between = d > 0 && doubles[d - 1].close > o.pos;
            if double_between || has_newline(bytes, o.pos, m.pos) {
                open = None;
            }
        }
        match (open, m.dir) {
            (Some(o), Dir::Close) => {
                if let Some(p) = pair(text, &o, m, false) {
                    out.push(p);
                }
                open = None;
            }
            (_, Dir::Open) => open = Some(*m),
            _ => {}
        }
    }
}

/// The quotations of `text`, in order of position; they never nest or overlap. (Marks that
/// only continue a multi-paragraph quote are part of its words.)
pub fn find_pairs(text: &str) -> Vec<Pair> {
    let marks = scan(text);
    let mut pairs = Vec::with_capacity(marks.len() / 2);
    let mut continuation = Vec::new();
    pair_double(text, &marks, &mut pairs, &mut continuation);
    let mut singles = Vec::new();
    pair_single(text, &marks, &pairs, &mut singles);
    if !singles.is_empty() {
        pairs.extend(singles);
        pairs.sort_by_key(|p| p.open);
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        find_pairs(text).iter().map(|p| &text[p.start..p.end]).collect()
    }

    #[test]
    fn straight_and_curly_doubles() {
        assert_eq!(words("\"We agree,\" he said. “Fine,” she said."), ["We agree,", "Fine,"]);
        assert_eq!(words("«Oui» dit-il"), ["Oui"]);
    }

    #[test]
    fn single_quotes_only_at_word_boundaries() {
        let text = "US, Russia 'share same objective' on N.Korea: don't, Russia's '90s, Pompeo’s ‘deal’";
        assert_eq!(words(text), ["share same objective", "deal"]);
        assert!(words("the players' union and the fans' club").is_empty());
    }

    #[test]
    fn an_apostrophe_inside_an_ascii_word_is_no_mark() {
        let text = "don't Russia’s O'Brien ‘a’ 'b' 9'5 x’ ’x é’s s’é";
        let bytes = text.as_bytes();
        for (pos, c) in text.char_indices().filter(|&(_, c)| c == '\'' || c == '’') {
            if inside_ascii_word(bytes, pos, c.len_utf8()) {
                assert!(classify(text, pos, c.len_utf8(), Dir::Either, false).is_none(), "{pos}");
            }
        }
        assert_eq!(words(text), ["a", "b"]);
    }

    #[test]
    fn unbalanced_marks_stay_in_their_paragraph() {
        let text = "He called it \"a sham.\nNext paragraph says \"hello\" to all.\nAnd \"more";
        assert_eq!(words(text), ["hello"]);
    }

    #[test]
    fn multi_paragraph_convention() {
        let text = "He said: \"First part.\n\n\"Second part,\" he added. \"Other\"";
        let pairs = find_pairs(text);
        assert_eq!(pairs.len(), 2);
        assert!(pairs[0].multi);
        assert_eq!(&text[pairs[0].start..pairs[0].end], "First part.\n\n\"Second part,");
        // Without the opening mark on the next paragraph there is no quote, nor for a mark
        // inside a sentence.
        assert_eq!(words("They shouted \"shame on you.\n\"I farm here,\" he said."), ["I farm here,"]);
        assert!(words("He said: \"First part.\n\nSecond part,\" he added.").is_empty());
    }

    #[test]
    fn linear_on_adversarial_marks() {
        let text = "\"".repeat(10_001) + &"“".repeat(10_000) + &"'a ".repeat(10_000) + &"\"\n".repeat(10_000);
        let pairs = find_pairs(&text);
        assert!(pairs.len() <= 20_001);
    }
}
