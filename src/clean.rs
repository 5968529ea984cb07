//! Stage 1: cleaning scraped news text.
//!
//! One pass over the lines decides what goes (boilerplate, repeats, extra blank lines); a second
//! pass over the kept lines repairs characters (spaces, invisible and control characters,
//! mojibake, optional quote/dash styling, NFC/NFKC). Every change is an [`Edit`] with its byte
//! span in the ORIGINAL text, so `apply_edits(original, &edits) == text` always holds and a user
//! can see why each line went.
//!
//! Submodules: `text` (character classes, line splitting), `features` (line features),
//! `phrases` (known-phrase table, Aho-Corasick), `decide` (line removals), `mojibake`, `chars`.
use serde::Serialize;

mod chars;
mod decide;
mod features;
mod mojibake;
mod phrases;
mod text;

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

/// Cleans `text`; see the module docs. Linear in the input, never panics.
pub fn clean(text: &str, opts: &CleanOptions) -> Cleaned {
    let lines = text::split_lines(text);
    let info: Vec<features::LineInfo> = lines.iter().map(|l| features::line_info(text, l)).collect();
    let removals = if opts.remove_boilerplate || opts.remove_duplicates {
        decide::removals(text, &lines, &info, opts.remove_boilerplate, opts.remove_duplicates)
    } else {
        Vec::new()
    };
    let edits = edits_for(text, &lines, &info, &removals, opts);
    let text = apply_edits(text, &edits);
    Cleaned { text, edits }
}

/// Rebuilds the cleaned text from the original and its sorted, non-overlapping edits.
pub fn apply_edits(original: &str, edits: &[Edit]) -> String {
    let mut out = String::with_capacity(original.len());
    let mut pos = 0;
    for e in edits {
        out.push_str(&original[pos..e.start]);
        out.push_str(&e.replacement);
        pos = e.end;
    }
    out.push_str(&original[pos..]);
    out
}

fn whitespace(start: usize, end: usize, replacement: &str, reason: &str) -> Edit {
    Edit { kind: EditKind::Whitespace, start, end, replacement: replacement.into(), reason: reason.into() }
}

/// Pushes a removal of a blank line, merged with an adjacent blank-line removal of the same reason.
fn drop_blank(edits: &mut Vec<Edit>, start: usize, end: usize, reason: &str) {
    if let Some(last) = edits.last_mut() {
        if last.kind == EditKind::Whitespace && last.end == start && last.reason == reason && last.replacement.is_empty() {
            last.end = end;
            return;
        }
    }
    edits.push(whitespace(start, end, "", reason));
}

/// All edits in original order: line removals, blank-line collapsing, line endings and the
/// character edits of kept lines.
fn edits_for(
    text: &str,
    lines: &[text::Line],
    info: &[features::LineInfo],
    removals: &[decide::Removal],
    opts: &CleanOptions,
) -> Vec<Edit> {
    let ws = opts.normalize_whitespace;
    let rules = chars::Rules {
        whitespace: ws,
        mojibake: opts.fix_mojibake,
        quotes: opts.quotes,
        dashes: opts.dashes,
        form: opts.normalization,
    };
    let mut removed = vec![false; lines.len()];
    for r in removals {
        removed[r.first..=r.last].iter_mut().for_each(|x| *x = true);
    }
    let content = |i: usize| !removed[i] && !info[i].blank();
    let first_content = (0..lines.len()).find(|&i| content(i));
    let last_content = (0..lines.len()).rev().find(|&i| content(i));
    let ends_with_break = text.ends_with(['\n', '\r']);

    let mut edits = Vec::new();
    let mut next_removal = removals.iter().peekable();
    let mut prev_kept_blank = false;
    let mut i = 0;
    while i < lines.len() {
        if let Some(r) = next_removal.peek().filter(|r| r.first == i) {
            edits.push(Edit {
                kind: r.kind,
                start: lines[r.first].start,
                end: lines[r.last].next,
                replacement: String::new(),
                reason: r.reason.clone(),
            });
            i = r.last + 1;
            next_removal.next();
            continue;
        }
        let line = lines[i];
        if ws && info[i].blank() {
            let reason = match (first_content, last_content) {
                (Some(f), Some(l)) if i > f && i < l && !prev_kept_blank => None,
                (Some(f), _) if i < f => Some("leading blank line"),
                (_, Some(l)) if i < l => Some("extra blank line"),
                _ => Some("trailing blank line"),
            };
            match reason {
                Some(why) => drop_blank(&mut edits, line.start, line.next, why),
                None => {
                    if line.end > line.start {
                        edits.push(whitespace(line.start, line.end, "", "whitespace-only line"));
                    }
                    line_break(text, line, &mut edits);
                }
            }
            prev_kept_blank = true;
            i += 1;
            continue;
        }
        prev_kept_blank = false;
        chars::line_edits(text, line.start, line.end, &rules, &mut edits);
        if ws {
            if Some(i) == last_content && !ends_with_break && line.next > line.end {
                edits.push(whitespace(line.end, line.next, "", "final line break (input has none)"));
            } else {
                line_break(text, line, &mut edits);
            }
        }
        i += 1;
    }
    edits
}

/// CRLF and CR line endings become LF.
fn line_break(text: &str, line: text::Line, edits: &mut Vec<Edit>) {
    match &text[line.end..line.next] {
        "\r\n" => edits.push(whitespace(line.end, line.next, "\n", "CRLF line ending")),
        "\r" => edits.push(whitespace(line.end, line.next, "\n", "CR line ending")),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn check_invariant(raw: &str, c: &Cleaned) {
        let mut pos = 0;
        for e in &c.edits {
            assert!(e.start >= pos, "edits overlap or unsorted: {:?}", c.edits);
            assert!(e.end >= e.start && raw.is_char_boundary(e.start) && raw.is_char_boundary(e.end));
            pos = e.end;
        }
        assert_eq!(apply_edits(raw, &c.edits), c.text);
    }

    fn clean_default(raw: &str) -> Cleaned {
        let c = clean(raw, &CleanOptions::default());
        check_invariant(raw, &c);
        c
    }

    #[test]
    fn doc_examples() {
        let c = clean_default("Skip to main content\nThe talks went well.\r\nShare This article\n");
        assert_eq!(c.text, "The talks went well.\n");
        let removed: Vec<_> = c.edits.iter().filter(|e| e.replacement.is_empty()).collect();
        assert_eq!(removed.len(), 2);
        assert_eq!(clean_default("caf\u{c3}\u{a9} au lait").text, "café au lait");
        assert_eq!(clean_default("a\u{a0}b").text, "a b");
        assert_eq!(clean_default("Share This article\nc").text, "c");
        let c = clean_default("Skip to main content\nThe talks went well.\n");
        let removed: Vec<_> = c.edits.iter().filter(|e| e.replacement.is_empty()).collect();
        assert_eq!(removed.len(), 1);
        assert_eq!(removed[0].kind, EditKind::Boilerplate);
    }

    #[test]
    fn blank_lines_collapse_and_trim() {
        let c = clean_default("\n\n  \nOne line.\n\n\n\u{a0}\nTwo line.\n\n\n");
        assert_eq!(c.text, "One line.\n\nTwo line.\n");
        assert_eq!(clean_default("A.\n\nShare This article\n\nB.").text, "A.\n\nB.");
        assert_eq!(clean_default("Body one.\nRemind me later.").text, "Body one.");
    }

    #[test]
    fn empty_and_whitespace_only() {
        assert_eq!(clean_default("").text, "");
        assert_eq!(clean_default(" \n\r\n\t\u{200b}").text, "");
    }

    #[test]
    fn all_rules_off_is_identity() {
        let opts = CleanOptions {
            normalization: Normalization::None,
            fix_mojibake: false,
            normalize_whitespace: false,
            remove_boilerplate: false,
            remove_duplicates: false,
            quotes: QuoteStyle::Keep,
            dashes: false,
        };
        let raw = "Skip to main content\r\nCafe\u{301} Ã©\u{a0}x\u{0}\n\n\nRepeat this line twice here.\nRepeat this line twice here.\n";
        let c = clean(raw, &opts);
        assert_eq!(c.text, raw);
        assert!(c.edits.is_empty());
    }

    #[test]
    fn each_option_turns_its_rule_off() {
        let base = CleanOptions::default();
        let raw = "Share This article\nA long enough body paragraph that repeats.\nA long enough body paragraph that repeats.\n";
        assert!(clean(raw, &CleanOptions { remove_boilerplate: false, ..base.clone() }).text.starts_with("Share"));
        assert_eq!(clean(raw, &CleanOptions { remove_duplicates: false, ..base.clone() }).text.matches("repeats").count(), 2);
        assert_eq!(clean("Ã©", &CleanOptions { fix_mojibake: false, ..base.clone() }).text, "Ã©");
        assert_eq!(clean("a\u{a0}\u{a0}b", &CleanOptions { normalize_whitespace: false, ..base.clone() }).text, "a\u{a0}\u{a0}b");
        assert_eq!(clean("e\u{301}", &CleanOptions { normalization: Normalization::None, ..base.clone() }).text, "e\u{301}");
    }

    #[test]
    fn adversarial_inputs_do_not_panic() {
        for raw in [
            "\"".repeat(10_000),
            ".".repeat(10_000),
            "A".repeat(10_000),
            "Ã".repeat(5_000),
            "â€".repeat(5_000),
            "\r".repeat(1000),
            "\u{0}\u{1}\u{7f}\u{9d}".repeat(100),
            "\u{301}".repeat(1000),
            "Dear readers,\n".repeat(500),
            "About The Author\nX\n".repeat(500),
            (0..5000).map(|k| format!("The same long opening words of a paragraph that go on and on, then {k}.\n")).collect(),
            "Dear readers,\n\n\n".repeat(2000),
            format!("Ã©{}", "Â\u{80}Ã©".repeat(20_000)),
        ] {
            let c = clean_default(&raw);
            assert!(c.text.len() <= raw.len() * 3);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn edits_rebuild_text(raw in "(?s)[a-zA-Z .,\"'\n\r\t\u{a0}\u{200b}\u{0}\u{301}éÃ©â€œ™“”—–]{0,200}") {
            for opts in [
                CleanOptions::default(),
                CleanOptions { quotes: QuoteStyle::Curly, dashes: true, normalization: Normalization::Nfkc, ..CleanOptions::default() },
                CleanOptions { quotes: QuoteStyle::Straight, normalize_whitespace: false, ..CleanOptions::default() },
            ] {
                let c = clean(&raw, &opts);
                check_invariant(&raw, &c);
            }
        }

        #[test]
        fn lines_of_words_rebuild(lines in proptest::collection::vec("(Share This article|Dear readers,|Remind me later\\.|About The Author|[A-Z][a-z]{1,8}( [a-z]{1,8}){0,12}[.]?|)", 0..30)) {
            let raw = lines.join("\n");
            let c = clean(&raw, &CleanOptions::default());
            check_invariant(&raw, &c);
            let again = clean(&c.text, &CleanOptions::default());
            prop_assert!(again.text.len() <= c.text.len());
        }
    }
}
