//! Character-level edits inside a kept line: spaces, invisible and control characters, mojibake,
//! optional quote/dash styling and Unicode normalisation.
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, is_nfkc_quick, IsNormalized, UnicodeNormalization};

use super::mojibake;
use super::text::{is_control, is_invisible, is_space_like, is_trimmable, trim_bounds_where};
use super::{Edit, EditKind, Normalization, QuoteStyle};

/// The character rules in force (from `CleanOptions`).
#[derive(Clone, Copy, Debug)]
pub struct Rules {
    pub whitespace: bool,
    pub mojibake: bool,
    pub quotes: QuoteStyle,
    pub dashes: bool,
    pub form: Normalization,
}

fn edit(kind: EditKind, start: usize, end: usize, replacement: impl Into<String>, reason: impl Into<String>) -> Edit {
    Edit { kind, start, end, replacement: replacement.into(), reason: reason.into() }
}

/// Appends the edits for the content `text[s..e]` of a kept line (terminator excluded).
pub fn line_edits(text: &str, s: usize, e: usize, r: &Rules, out: &mut Vec<Edit>) {
    let (a, b) = if r.whitespace { trim_bounds_where(text, s, e, |c| is_trimmable(c) || is_deleted(c, r)) } else { (s, e) };
    if a == b {
        if s < e && r.whitespace {
            out.push(edit(EditKind::Whitespace, s, e, "", "whitespace-only line"));
        }
        return;
    }
    if a > s {
        out.push(edit(EditKind::Whitespace, s, a, "", "leading whitespace"));
    }
    let touch = first_touchable(text.as_bytes(), a, b, r);
    let normalise = r.form != Normalization::None && !text.as_bytes()[a..b].is_ascii();
    if touch.is_some() || normalise {
        let mut inner = Vec::new();
        if let Some(from) = touch {
            inner_edits(text, a, from, b, r, &mut inner);
        }
        if normalise {
            normalize(text, a, b, r.form, &mut inner);
        }
        out.append(&mut inner);
    }
    if b < e {
        out.push(edit(EditKind::Whitespace, b, e, "", "trailing whitespace"));
    }
}

/// A character the whitespace rules delete outright: a control (bar a C1 control that mojibake
/// repair reads as cp1252) or an invisible character other than a joiner. Space runs and line
/// trimming see through these, so deleting one never leaves two spaces or a trailing space.
fn is_deleted(c: char, r: &Rules) -> bool {
    if !r.whitespace {
        return false;
    }
    if is_control(c) {
        return !(r.mojibake && mojibake::c1_as_cp1252(c).is_some());
    }
    is_invisible(c) && !matches!(c, '\u{200C}' | '\u{200D}')
}

fn is_opening_context(prev: Option<char>) -> bool {
    match prev {
        None => true,
        Some(c) => c.is_whitespace() || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘'),
    }
}

/// The quote/space mapping applied to a single character (also to mojibake repairs).
fn styled(c: char, prev: Option<char>, r: &Rules) -> Option<(char, &'static str)> {
    match r.quotes {
        QuoteStyle::Straight => match c {
            '“' | '”' | '„' | '‟' => return Some(('"', "curly quote to straight")),
            '‘' | '’' | '‚' | '‛' => return Some(('\'', "curly quote to straight")),
            _ => {}
        },
        QuoteStyle::Curly => match c {
            '"' => return Some((if is_opening_context(prev) { '“' } else { '”' }, "straight quote to curly")),
            '\'' => {
                let open = is_opening_context(prev) && !prev.is_some_and(char::is_alphanumeric);
                return Some((if open { '‘' } else { '’' }, "straight quote to curly"));
            }
            _ => {}
        },
        QuoteStyle::Keep => {}
    }
    if r.whitespace && is_space_like(c) && c != ' ' {
        return Some((' ', "odd space"));
    }
    None
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// Length of the character at `i` when no rule can touch it (most of any text), else None.
/// Decided from the bytes alone, without decoding: ASCII letters and punctuation, the rows of
/// letters of other scripts, and in the rows that hold odd spaces, zero-width characters, quotes
/// and dashes (C2, E1, E2, E3, EF) only the code points no rule touches. A mojibake lead (C3)
/// is boring when the next character is ASCII, which cannot continue a sequence.
#[inline(always)]
fn boring(bytes: &[u8], i: usize, r: &Rules) -> Option<usize> {
    let c = bytes[i];
    let at = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    let ok = |yes: bool, len: usize| if yes { Some(len) } else { None };
    match c {
        // A space followed by another space, a possible odd space or a control (deleted, so
        // the space may join the next one) starts a run to collapse.
        b' ' => ok(!r.whitespace || (at(1) != b' ' && !matches!(at(1), 0x00..=0x1F | 0x7F | 0xC2 | 0xE1..=0xE3)), 1),
        b'"' | b'\'' => ok(r.quotes != QuoteStyle::Curly, 1),
        0x21..=0x7E => Some(1),
        0x00..=0x1F | 0x7F => None,
        0xC2 => ok(matches!(at(1), 0xA1..=0xBF) && at(1) != 0xAD, 2),
        0xC3 => ok(!r.mojibake || at(2) < 0x80, 2),
        0xC4..=0xDF => Some(2),
        0xE1 => ok(!matches!((at(1), at(2)), (0x9A, 0x80) | (0xA0, 0x8E)), 3),
        0xE2 => {
            let (b1, b2) = (at(1), at(2));
            let quiet = match b1 {
                // U+2010..U+2027: dashes, quotes, bullets, ellipsis (each touched only on request)
                0x80 => match b2 {
                    0x90..=0x91 | 0x96..=0x97 | 0xA0..=0xA7 => true,
                    0x92..=0x95 => !r.dashes,
                    0x98..=0x9F => r.quotes != QuoteStyle::Straight,
                    0xB0..=0xBF => true,
                    _ => false,
                },
                0x81 => b2 < 0x9F,
                0x82 => b2 >= 0xA0,
                // U+20C0..U+2FFF: letterlike symbols, arrows, maths, boxes, CJK radicals.
                0x83..=0xBF => true,
                _ => false,
            };
            ok(quiet, 3)
        }
        0xE3 => ok(!(at(1) == 0x80 && at(2) == 0x80), 3),
        0xEF => ok(!(at(1) == 0xBB && at(2) == 0xBF), 3),
        0xE0 | 0xE4..=0xEE => Some(3),
        0xF0..=0xF4 => Some(4),
        _ => None,
    }
}

/// 16 ASCII bytes no rule touches: printable, no space before a space, a control or a non-ASCII
/// byte (an odd space may follow), no quote in curly mode. Branch-free so it vectorises; `w` holds
/// one byte of lookahead.
#[inline]
fn quiet_chunk(w: &[u8; 17], curly: bool) -> bool {
    let mut bad = false;
    for k in 0..16 {
        let c = w[k];
        let n = w[k + 1];
        #[allow(clippy::manual_range_contains)] // the bitwise form vectorises
        let outside = (c < 0x20) | (c >= 0x7F);
        #[allow(clippy::manual_range_contains)] // the bitwise form vectorises
        let n_odd = (n == b' ') | (n >= 0x7F) | (n < 0x20);
        bad |= outside | ((c == b' ') & n_odd) | (curly & ((c == b'"') | (c == b'\'')));
    }
    !bad
}

/// Byte offset of the first character in `from..b` a rule may touch, if any: 16-byte chunks of
/// plain ASCII are skipped at once, the rest goes through [`boring`].
fn first_touchable(bytes: &[u8], from: usize, b: usize, r: &Rules) -> Option<usize> {
    let curly = r.quotes == QuoteStyle::Curly;
    let mut i = from;
    loop {
        while i + 17 <= b {
            let w: &[u8; 17] = bytes[i..i + 17].try_into().ok()?;
            if !quiet_chunk(w, curly) {
                break;
            }
            i += 16;
        }
        let stop = (i + 16).min(b);
        while i < stop {
            match boring(bytes, i, r) {
                Some(step) => i += step,
                None => return Some(i),
            }
        }
        if i >= b {
            return None;
        }
    }
}

/// Character edits of `text[a..b]`, starting at `from` (everything before it is untouched).
fn inner_edits(text: &str, a: usize, from: usize, b: usize, r: &Rules, out: &mut Vec<Edit>) {
    let mut i = from;
    let mut prev: Option<char> = None;
    let mut stale = from > a;
    let bytes = text.as_bytes();
    while i < b {
        match first_touchable(bytes, i, b, r) {
            None => break,
            Some(p) if p > i => {
                stale = true;
                i = p;
            }
            Some(_) => {}
        }
        if stale {
            // Skipped characters are output unchanged: the last of them is the previous one.
            prev = text.get(a..i).and_then(|s| s.chars().next_back());
            stale = false;
        }
        let Some(c) = char_at(text, i) else { break };
        let len = c.len_utf8();
        if r.mojibake && mojibake::is_lead(c) {
            if let Some((end, fixed)) = mojibake::run_at(text, i, b) {
                let mut rep = String::with_capacity(fixed.len());
                for d in fixed.chars() {
                    let last = rep.chars().next_back().or(prev);
                    rep.push(styled(d, last, r).map_or(d, |(m, _)| m));
                }
                prev = rep.chars().next_back().or(prev);
                let reason = format!("mojibake '{}' → '{}'", &text[i..end], fixed);
                out.push(edit(EditKind::Mojibake, i, end, rep, reason));
                i = end;
                continue;
            }
        }
        if r.whitespace && (is_space_like(c) || (c == '\u{200B}' && char_at(text, i + len).is_some_and(is_space_like))) {
            i = space_run(text, i, b, r, out);
            prev = Some(' ');
            continue;
        }
        if is_control(c) {
            if r.mojibake {
                if let Some(m) = mojibake::c1_as_cp1252(c) {
                    let m2 = styled(m, prev, r).map_or(m, |(x, _)| x);
                    out.push(edit(EditKind::Mojibake, i, i + len, m2.to_string(), format!("C1 control U+{:04X} read as cp1252 '{m}'", c as u32)));
                    prev = Some(m2);
                    i += len;
                    continue;
                }
            }
            if r.whitespace {
                out.push(edit(EditKind::Control, i, i + len, "", format!("control character U+{:04X}", c as u32)));
                i += len;
                continue;
            }
        }
        if r.whitespace && is_invisible(c) && !joiner_between_non_ascii(text, i, c, prev, b) {
            let what = match c {
                '\u{00AD}' => "soft hyphen",
                '\u{FEFF}' => "byte order mark",
                '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => "bidi control",
                _ => "zero-width character",
            };
            out.push(edit(EditKind::Control, i, i + len, "", what));
            i += len;
            continue;
        }
        if r.dashes && matches!(c, '–' | '—' | '‒' | '―') {
            let next = char_at(text, i + len).filter(|_| i + len < b);
            let rep = if prev.is_some_and(|p| p.is_ascii_digit()) && next.is_some_and(|n| n.is_ascii_digit()) {
                "-".to_string()
            } else {
                let pre = if prev.is_some_and(|p| !p.is_whitespace()) { " " } else { "" };
                let post = if next.is_some_and(|n| !n.is_whitespace()) { " " } else { "" };
                format!("{pre}-{post}")
            };
            out.push(edit(EditKind::Punctuation, i, i + len, rep, "dash to hyphen"));
            prev = Some(' ');
            i += len;
            continue;
        }
        if let Some((m, why)) = styled(c, prev, r) {
            let kind = if is_space_like(c) { EditKind::Whitespace } else { EditKind::Punctuation };
            out.push(edit(kind, i, i + len, m.to_string(), why));
            prev = Some(m);
        } else {
            prev = Some(c);
        }
        i += len;
    }
}

/// ZWJ/ZWNJ between two non-ASCII characters (emoji sequences, Persian, Indic) are meaningful.
fn joiner_between_non_ascii(text: &str, i: usize, c: char, prev: Option<char>, b: usize) -> bool {
    if !matches!(c, '\u{200C}' | '\u{200D}') {
        return false;
    }
    let next = char_at(text, i + c.len_utf8()).filter(|_| i + c.len_utf8() < b);
    prev.is_some_and(|p| !p.is_ascii()) && next.is_some_and(|n| !n.is_ascii())
}

/// A run of spaces (with zero-width spaces, controls and other deleted characters mixed in)
/// becomes one U+0020. Returns the run end.
fn space_run(text: &str, i: usize, b: usize, r: &Rules, out: &mut Vec<Edit>) -> usize {
    let mut j = i;
    let mut odd = false;
    let mut deleted = false;
    let mut count = 0;
    while j < b {
        match char_at(text, j) {
            Some(c) if is_space_like(c) => {
                odd |= c != ' ';
                count += 1;
                j += c.len_utf8();
            }
            Some(c) if is_deleted(c, r) => {
                deleted = true;
                j += c.len_utf8();
            }
            _ => break,
        }
    }
    if count > 1 || odd || deleted {
        let reason = match (count, &text[i..j]) {
            _ if deleted => "spaces around a control or invisible character",
            (1, "\u{a0}") => "non-breaking space",
            (1, _) => "odd space",
            (_, s) if s.bytes().all(|x| x == b' ') => "repeated spaces",
            _ => "run of odd spaces",
        };
        out.push(edit(EditKind::Whitespace, i, j, " ", reason));
    }
    j
}

/// Characters that are NFC-stable on their own and never combine with a neighbour: below the
/// combining marks, most Cyrillic, general punctuation (dashes, curly quotes), currency signs.
fn nfc_stable(c: char) -> bool {
    (c as u32) < 0x300
        || ('\u{400}'..'\u{483}').contains(&c)
        || ('\u{2010}'..'\u{2028}').contains(&c)
        || ('\u{2030}'..'\u{205F}').contains(&c)
        || ('\u{20A0}'..'\u{20C0}').contains(&c)
}

/// Byte-level version of [`nfc_stable`] over a whole line: lead bytes below 0xCC (< U+0300),
/// D0/D1 (Cyrillic U+0400..U+047F) and E2 80 82..E2 82 BF (punctuation, currency) pass. The
/// first test is a branch-free fold (vectorised); the E2 sequences are then checked one by one.
fn nfc_stable_bytes(b: &[u8]) -> bool {
    let other = b.iter().fold(false, |acc, &c| acc | ((c >= 0xCC) & (c != 0xE2) & (c != 0xD0) & (c != 0xD1)));
    !other
        && memchr::memchr_iter(0xE2, b).all(|i| {
            matches!(b.get(i + 1), Some(0x80..=0x82)) && !(b[i + 1] == 0x80 && matches!(b.get(i + 2), Some(0x80 | 0x81)))
        })
}

fn quick(form: Normalization, s: &str) -> bool {
    match form {
        Normalization::None => true,
        Normalization::Nfc if nfc_stable_bytes(s.as_bytes()) || s.chars().all(nfc_stable) => true,
        Normalization::Nfc => is_nfc_quick(s.chars()) == IsNormalized::Yes,
        Normalization::Nfkc => is_nfkc_quick(s.chars()) == IsNormalized::Yes,
    }
}

fn apply_form(form: Normalization, s: &str) -> String {
    match form {
        Normalization::Nfkc => s.nfkc().collect(),
        _ => s.nfc().collect(),
    }
}

/// A normalisation segment may start before `c`: it cannot combine with what precedes it.
fn stable_start(form: Normalization, c: char) -> bool {
    if canonical_combining_class(c) != 0 {
        return false;
    }
    let mut buf = [0u8; 4];
    let one = c.encode_utf8(&mut buf);
    let q = match form {
        Normalization::Nfkc => is_nfkc_quick(one.chars()),
        _ => is_nfc_quick(one.chars()),
    };
    q != IsNormalized::Maybe
}

/// Rewrites `edits` (the sorted character edits of `text[a..b]`) so that the line's output is in
/// NFC/NFKC. Only segments that change are touched: each becomes one edit covering its original
/// span (absorbing the edits inside it), so spans stay in original coordinates.
fn normalize(text: &str, a: usize, b: usize, form: Normalization, edits: &mut Vec<Edit>) {
    // Fast path: the line as it will be output is already normalised.
    if edits.is_empty() {
        if quick(form, &text[a..b]) {
            return;
        }
    } else {
        let mut out = String::with_capacity(b - a);
        let mut pos = a;
        for e in edits.iter() {
            out.push_str(&text[pos..e.start]);
            out.push_str(&e.replacement);
            pos = e.end;
        }
        out.push_str(&text[pos..b]);
        if quick(form, &out) {
            return;
        }
    }
    let name = if form == Normalization::Nfkc { "NFKC" } else { "NFC" };
    let old = std::mem::take(edits);
    let mut next_edit = 0;
    // Current segment: original span, output text, indices of the old edits inside it.
    let mut seg_start = a;
    let mut seg_out = String::new();
    let mut seg_edits: Vec<usize> = Vec::new();
    let flush = |end: usize, seg_out: &str, seg_edits: &mut Vec<usize>, seg_start: usize, new: &mut Vec<Edit>| {
        let normal = apply_form(form, seg_out);
        if normal != seg_out {
            let reason = match seg_edits.as_slice() {
                [] => format!("{name} normalisation"),
                ids => format!("{} + {name}", ids.iter().map(|&k| old[k].reason.as_str()).collect::<Vec<_>>().join(" + ")),
            };
            new.push(edit(EditKind::Unicode, seg_start, end, normal, reason));
        } else {
            new.extend(seg_edits.iter().map(|&k| old[k].clone()));
        }
        seg_edits.clear();
    };
    let mut new = Vec::with_capacity(old.len());
    let mut i = a;
    while i < b {
        let (end, out, id) = match old.get(next_edit) {
            Some(e) if e.start == i => {
                next_edit += 1;
                (e.end, e.replacement.as_str(), Some(next_edit - 1))
            }
            _ => {
                let len = char_at(text, i).map_or(1, char::len_utf8);
                (i + len, &text[i..i + len], None)
            }
        };
        if out.chars().next().is_some_and(|c| stable_start(form, c)) && i > seg_start {
            flush(i, &seg_out, &mut seg_edits, seg_start, &mut new);
            seg_start = i;
            seg_out.clear();
        }
        seg_out.push_str(out);
        if let Some(k) = id {
            seg_edits.push(k);
        }
        i = end;
    }
    flush(b, &seg_out, &mut seg_edits, seg_start, &mut new);
    *edits = new;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> Rules {
        Rules { whitespace: true, mojibake: true, quotes: QuoteStyle::Keep, dashes: false, form: Normalization::Nfc }
    }

    fn run(text: &str, r: &Rules) -> (String, Vec<Edit>) {
        let mut edits = Vec::new();
        line_edits(text, 0, text.len(), r, &mut edits);
        let mut out = String::new();
        let mut pos = 0;
        for e in &edits {
            assert!(e.start >= pos && e.end >= e.start, "{edits:?}");
            out.push_str(&text[pos..e.start]);
            out.push_str(&e.replacement);
            pos = e.end;
        }
        out.push_str(&text[pos..]);
        (out, edits)
    }

    #[test]
    fn spaces_and_invisibles() {
        let (out, _) = run("  He\u{a0}is\u{200b} here.  Now\u{2003}\u{a0}ok \u{7}\t ", &rules());
        assert_eq!(out, "He is here. Now ok");
    }

    #[test]
    fn nfc_merges_with_other_edits() {
        let (out, edits) = run("Cafe\u{301} e\u{200b}\u{301}", &rules());
        assert_eq!(out, "Café é");
        assert!(edits.iter().all(|e| e.kind == EditKind::Unicode));
        let r = Rules { form: Normalization::Nfkc, ..rules() };
        assert_eq!(run("ﬁne ２ 1…", &r).0, "fine 2 1...");
        let r = Rules { form: Normalization::None, ..rules() };
        assert_eq!(run("Cafe\u{301}", &r).0, "Cafe\u{301}");
    }

    #[test]
    fn quotes_and_dashes() {
        let r = Rules { quotes: QuoteStyle::Straight, dashes: true, ..rules() };
        assert_eq!(run("“It’s fine—really,” 1990–2000", &r).0, "\"It's fine - really,\" 1990-2000");
        let r = Rules { quotes: QuoteStyle::Curly, ..rules() };
        assert_eq!(run("\"It's 'fine'\" (\"ok\")", &r).0, "“It’s ‘fine’” (“ok”)");
    }

    #[test]
    fn mojibake_with_styles() {
        assert_eq!(run("â€œHiâ€\u{9d} Ã©tÃ©", &rules()).0, "“Hi” été");
        let r = Rules { quotes: QuoteStyle::Straight, ..rules() };
        assert_eq!(run("â€œHiâ€\u{9d}", &r).0, "\"Hi\"");
        assert_eq!(run("\u{93}Hi\u{94}", &rules()).0, "“Hi”");
        let off = Rules { mojibake: false, ..rules() };
        assert_eq!(run("\u{93}Hi", &off).0, "Hi");
    }

    #[test]
    fn keeps_joiners_in_emoji() {
        let fam = "👨\u{200d}👩\u{200d}👧 ok";
        assert_eq!(run(fam, &rules()).0, fam);
        assert_eq!(run("a\u{200d}b", &rules()).0, "ab");
    }
}
