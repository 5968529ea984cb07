//! Which lines go: boilerplate (known phrases, appeal and bio blocks, menus, stranded teasers)
//! and repeats. Works on whole lines; the caller turns the decisions into edits.
use std::collections::HashMap;

use super::features::{word_stats, word_stats_with_words, LineInfo, Terminal, WordStats};
use super::phrases::{self, Category, Hit};
use super::text::Line;
use super::EditKind;

/// A run of whole lines `first..=last` to delete.
#[derive(Clone, Debug, PartialEq)]
pub struct Removal {
    pub first: usize,
    pub last: usize,
    pub kind: EditKind,
    pub reason: String,
}

/// Lines an appeal may run over before its closing button must have appeared.
const APPEAL_WINDOW: usize = 24;
/// Longest line (in words) phrase matching looks at in the first pass: the widest structural
/// rule is the cookie banner (25 words); longer appeal paragraphs are taken inside their block.
const MAX_PHRASE_WORDS: usize = 25;
/// Most lines of teaser headlines stranded together between two body paragraphs.
const MAX_TEASER_RUN: usize = 3;

struct Doc<'a> {
    text: &'a str,
    lines: &'a [Line],
    info: &'a [LineInfo],
    /// Removal id owning each line (`NONE` = kept).
    owner: Vec<usize>,
    removals: Vec<Removal>,
}

const NONE: usize = usize::MAX;

impl<'a> Doc<'a> {
    fn content(&self, i: usize) -> &'a str {
        &self.text[self.info[i].s..self.info[i].e]
    }

    fn remove(&mut self, first: usize, last: usize, kind: EditKind, reason: String) {
        let id = self.removals.len();
        self.removals.push(Removal { first, last, kind, reason });
        for o in &mut self.owner[first..=last] {
            *o = id;
        }
    }

    fn kept(&self, i: usize) -> bool {
        self.owner[i] == NONE
    }
}

/// Decides the removals for a document, sorted by line.
pub fn removals(text: &str, lines: &[Line], info: &[LineInfo], boilerplate: bool, duplicates: bool) -> Vec<Removal> {
    let mut doc = Doc { text, lines, info, owner: vec![NONE; lines.len()], removals: Vec::new() };
    if boilerplate {
        phrase_lines(&mut doc);
    }
    let dup_of = if duplicates { find_duplicates(&doc) } else { vec![None; lines.len()] };
    if boilerplate {
        teasers(&mut doc, &dup_of);
    }
    if duplicates {
        duplicate_runs(&mut doc, &dup_of);
    }
    let mut out = doc.removals;
    out.sort_by_key(|r| r.first);
    out
}

// ---------------------------------------------------------------------------------------------
// Known phrases, blocks, menus

/// Whether a phrase hit makes the line boilerplate. A phrase inside a real sentence is not
/// enough: it must cover most of the line, or start a short line that is not a sentence; and a
/// line of reported speech ("…,” he said) is article body unless the phrase is nearly all of it.
/// A long appeal paragraph ("If you value our journalism, please…") also qualifies on its own.
/// Word statistics are computed only when the cheap structural test passes.
fn hit_decides(hit: &Hit, info: &LineInfo, line: &str) -> bool {
    let structural = hit.coverage >= 0.75
        || (hit.prefix && info.words <= 20)
        // Cookie banners are whole sentences ("We use cookies to …") but never article body.
        || (hit.category == Category::Cookie && hit.at_start && info.words <= 25)
        || (hit.multiword
            && (hit.coverage >= 0.6
                || (info.terminal != Terminal::Sentence
                    && (hit.coverage >= 0.5 || (hit.at_start && info.words <= 12) || info.words <= 6))));
    let appeal_paragraph = hit.category == Category::Appeal && info.words <= MAX_PHRASE_WORDS;
    if !structural && !appeal_paragraph {
        return false;
    }
    let st = word_stats(line);
    if structural && (hit.coverage >= 0.75 || st.speech == 0) {
        return true;
    }
    appeal_paragraph && st.speech == 0 && st.appeal_ratio() >= 0.2
}

fn phrase_lines(doc: &mut Doc) {
    let n = doc.lines.len();
    let mut i = 0;
    while i < n {
        let info = doc.info[i];
        if info.blank() || !doc.kept(i) {
            i += 1;
            continue;
        }
        let line = doc.content(i);
        // No rule can call a line of more than MAX_PHRASE_WORDS words boilerplate on its own
        // (long appeal paragraphs are taken inside their block), so body paragraphs skip the
        // automaton: the common case, and the hot loop.
        let hit = if info.words > MAX_PHRASE_WORDS {
            None
        } else if info.terminal == Terminal::Sentence && info.words > 12 {
            // A longer sentence is boilerplate only through a phrase that opens it ("Read
            // more: …", "We use cookies …"): match its opening words only.
            phrases::find(opening(line, 48))
        } else {
            phrases::find(line)
        };
        let decided = hit.as_ref().filter(|h| hit_decides(h, &info, line));
        if let Some(h) = decided {
            let last = match h.category {
                Category::Appeal => appeal_end(doc, i),
                Category::Bio => bio_end(doc, i),
                _ => i,
            };
            let reason = match h.category {
                Category::Appeal => format!("donation appeal block (from '{}')", h.phrase),
                Category::Bio => format!("author bio block (from '{}')", h.phrase),
                c => format!("known phrase '{}' ({})", h.phrase, c.as_str()),
            };
            doc.remove(i, last, EditKind::Boilerplate, reason);
            i = last + 1;
            continue;
        }
        if is_menu(line, &info) {
            doc.remove(i, i, EditKind::Boilerplate, "navigation menu line".into());
        }
        i += 1;
    }
}

/// The first `max` bytes of `line` (cut back to a character boundary).
fn opening(line: &str, max: usize) -> &str {
    let mut cut = max.min(line.len());
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    &line[..cut]
}

/// "Home | World | Politics": several short items between separators, no sentence.
fn is_menu(line: &str, info: &LineInfo) -> bool {
    if info.terminal == Terminal::Sentence || line.len() > 300 {
        return false;
    }
    let is_sep = |c: char| matches!(c, '|' | '•' | '·' | '›' | '»' | '>' | '/');
    let items: Vec<&str> = line.split(is_sep).map(str::trim).filter(|s| !s.is_empty()).collect();
    let seps = line.chars().filter(|&c| is_sep(c)).count();
    seps >= 2 && items.len() >= 3 && items.iter().all(|it| it.split_whitespace().count() <= 3)
}

fn phrase_category(doc: &Doc, i: usize) -> Option<Category> {
    let line = doc.content(i);
    let h = phrases::find(line)?;
    hit_decides(&h, &doc.info[i], line).then_some(h.category)
}

/// A line that reads as appeal text: addressed to the reader (we/you), dense in appeal words
/// (support, journalism, donate…), and not reported speech.
fn appeal_like(st: &WordStats) -> bool {
    st.speech == 0 && st.person > 0 && st.words > 0 && st.appeal_ratio() >= 0.08
}

/// Last line of an appeal opened at `start`. If a closing button ("Remind me later.") follows
/// within the window with nothing but appeal-like text before it, the block runs to it;
/// otherwise it runs on while lines stay appeal-like. Never crosses reported speech.
fn appeal_end(doc: &Doc, start: usize) -> usize {
    let n = doc.lines.len();
    let mut last = start;
    let mut j = start + 1;
    let mut steps = 0;
    while j < n && steps < APPEAL_WINDOW {
        if doc.info[j].blank() {
            j += 1;
            continue;
        }
        steps += 1;
        let line = doc.content(j);
        match phrase_category(doc, j) {
            Some(Category::Button) => {
                last = j;
                // A second button ("Donate now" / "Maybe later") right after the first.
                j += 1;
                while j < n && (doc.info[j].blank() || phrase_category(doc, j) == Some(Category::Button)) {
                    if !doc.info[j].blank() {
                        last = j;
                    }
                    j += 1;
                }
                return last;
            }
            Some(Category::Appeal | Category::Newsletter | Category::Share) => last = j,
            _ => {
                let st = word_stats(line);
                if !appeal_like(&st) {
                    break;
                }
                last = j;
            }
        }
        j += 1;
    }
    last
}

/// Last line of an author bio opened at `start`: the name lines right after the heading, then
/// bio paragraphs — ones that name the author, or (with no name lines) open with a name and use
/// a bio word (correspondent, based, joined…) — and social/share lines. Reported speech and quotations
/// end the block: that is article body, whatever words it uses.
fn bio_end(doc: &Doc, start: usize) -> usize {
    let n = doc.lines.len();
    let mut names: Vec<String> = Vec::new();
    let mut in_paragraphs = false;
    let mut last = start;
    for j in start + 1..n {
        let info = doc.info[j];
        if info.blank() {
            continue;
        }
        let line = doc.content(j);
        let st = word_stats_with_words(line);
        let name_line = !in_paragraphs
            && info.words <= 4
            && info.terminal == Terminal::None
            && st.first_upper
            && st.words == st.capitalized;
        if name_line {
            names.extend(st.lower.iter().filter(|w| w.chars().count() > 1).cloned());
            last = j;
            continue;
        }
        let quoted = line.contains(['"', '“', '”', '«', '„']);
        let names_author = !names.is_empty() && st.lower.iter().any(|w| names.contains(w));
        // Without name lines: "Jane Roe is a correspondent based in …" — opens with a name.
        let opens_with_name = opens_with_name_and_copula(line);
        let bio_words = names.is_empty() && opens_with_name && st.bio >= 1;
        if st.speech == 0 && !quoted && (names_author || bio_words) {
            in_paragraphs = true;
            last = j;
            continue;
        }
        if phrase_category(doc, j).is_some_and(|c| matches!(c, Category::Share | Category::Newsletter | Category::Button)) {
            last = j;
            continue;
        }
        break;
    }
    last
}

/// "Jane Roe is …", "Amélie Lefèvre est …", "Иван Петров — …": two to three capitalised words,
/// then a copula. How bios open, and rarely how news paragraphs do.
fn opens_with_name_and_copula(line: &str) -> bool {
    const COPULAS: [&str; 12] = ["is", "was", "est", "était", "ist", "war", "es", "fue", "—", "–", "является", "работает"];
    let words: Vec<&str> = line.split_whitespace().take(4).collect();
    (2..words.len()).any(|k| {
        COPULAS.contains(&words[k])
            && words[..k].iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.ends_with('.'))
    })
}

// ---------------------------------------------------------------------------------------------
// Teasers

/// A short title-like line with no final punctuation: a headline, if it is not at the top.
fn teaser_candidate(doc: &Doc, i: usize) -> bool {
    let info = doc.info[i];
    if info.terminal != Terminal::None || info.len() > 130 || !(3..=16).contains(&info.words) {
        return false;
    }
    let st = word_stats(doc.content(i));
    // Headlines are Title Case or sentence case with few function words; a cut-off sentence
    // fragment is full of them.
    let headline_like = st.title_ratio() >= 0.3 || st.stop_ratio() <= 0.5;
    st.first_upper && st.speech == 0 && st.commas <= 1 && st.stop_ratio() <= 0.6 && headline_like && st.words >= 3
}

/// Teaser headlines stranded between two body paragraphs. Headlines, subheadlines and datelines
/// at the top of the article come before any body paragraph, so they are never touched.
fn teasers(doc: &mut Doc, dup_of: &[Option<usize>]) {
    // Context: non-blank lines not already removed as phrases/blocks (repeats count as body).
    let ctx: Vec<usize> = (0..doc.lines.len()).filter(|&i| !doc.info[i].blank() && doc.kept(i)).collect();
    let mut k = 0;
    while k < ctx.len() {
        let i = ctx[k];
        if dup_of[i].is_some() || doc.info[i].is_body() || !teaser_candidate(doc, i) {
            k += 1;
            continue;
        }
        let mut k_end = k;
        while k_end + 1 < ctx.len()
            && k_end + 1 - k < MAX_TEASER_RUN
            && dup_of[ctx[k_end + 1]].is_none()
            && !doc.info[ctx[k_end + 1]].is_body()
            && teaser_candidate(doc, ctx[k_end + 1])
        {
            k_end += 1;
        }
        // Two body paragraphs before: the headline slot (and a stray sentence above it) is safe.
        let body_before = k > 0
            && doc.info[ctx[k - 1]].is_body()
            && ctx[..k].iter().filter(|&&p| doc.info[p].is_body()).nth(1).is_some();
        let body_after = k_end + 1 < ctx.len() && doc.info[ctx[k_end + 1]].is_body();
        if body_before && body_after {
            for &t in &ctx[k..=k_end] {
                doc.remove(t, t, EditKind::Boilerplate, "teaser headline inside body".into());
            }
        }
        k = k_end + 1;
    }
}

// ---------------------------------------------------------------------------------------------
// Duplicates

/// The bytes a line is compared by: ASCII case folded; ASCII spaces and controls, NBSP, soft
/// hyphen, C1 controls, zero-width and odd spaces (U+2000..U+200F, U+2028..U+202F,
/// U+205F..U+2069, U+3000) and the BOM skipped, so a copy with a stray NBSP or zero-width space
/// still matches. A byte loop: this runs on every line of every document.
fn norm_bytes(s: &str) -> impl Iterator<Item = u8> + '_ {
    let b = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            let c = b[i];
            let skip = match c {
                0..=0x20 | 0x7F => 1,
                0xC2 if matches!(b.get(i + 1), Some(0x80..=0xA0 | 0xAD)) => 2,
                0xE2 if matches!((b.get(i + 1), b.get(i + 2)), (Some(0x80), Some(0x80..=0x8F | 0xA8..=0xAF)) | (Some(0x81), Some(0x9F..=0xA9))) => 3,
                0xE3 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x80) => 3,
                0xEF if b.get(i + 1) == Some(&0xBB) && b.get(i + 2) == Some(&0xBF) => 3,
                _ => 0,
            };
            if skip > 0 {
                i += skip;
                continue;
            }
            i += 1;
            return Some(c.to_ascii_lowercase());
        }
        None
    })
}

/// Normalised bytes of a line that go into its key: a prefix is enough to tell lines apart, and
/// lines sharing it are told apart by [`same`] (the table chains them).
const KEY_BYTES: usize = 64;
/// Most different lines compared under one key before a line is taken as new.
const MAX_CHAIN: usize = 16;

/// FNV-1a over the first [`KEY_BYTES`] of [`norm_bytes`].
fn key(s: &str) -> u64 {
    let fnv = |h: u64, b: u8| (h ^ b as u64).wrapping_mul(0x100000001b3);
    let seed = 0xcbf29ce484222325;
    if s.is_ascii() {
        // Same bytes as norm_bytes gives for ASCII, without the iterator state machine.
        return s.bytes().filter(|&b| b > b' ' && b != 0x7F).take(KEY_BYTES).fold(seed, |h, b| fnv(h, b.to_ascii_lowercase()));
    }
    norm_bytes(s).take(KEY_BYTES).fold(seed, fnv)
}

fn same(a: &str, b: &str) -> bool {
    norm_bytes(a).eq(norm_bytes(b))
}

/// The keys are already hashes: a pass-through hasher for the repeat table.
#[derive(Default)]
struct PassThrough(u64);

impl std::hash::Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// Long enough that repeating it is never legitimate.
fn standalone(info: &LineInfo) -> bool {
    info.words >= 4 && info.len() >= 25
}

/// For each line, the earlier line it repeats. Long lines repeat on their own; short ones only
/// inside a repeated run (aligned with the first copy), and never lines without letters.
fn find_duplicates(doc: &Doc) -> Vec<Option<usize>> {
    let n = doc.lines.len();
    let mut dup_of = vec![None; n];
    let cand: Vec<usize> = (0..n).filter(|&i| !doc.info[i].blank() && doc.kept(i)).collect();
    let mut keys = vec![0u64; n];
    let mut first: HashMap<u64, usize, std::hash::BuildHasherDefault<PassThrough>> =
        HashMap::with_capacity_and_hasher(cand.len(), Default::default());
    let mut earlier = vec![None; n]; // an earlier equal line, for short lines
    // Lines with the same key form a chain: first[key] -> chain[...] -> NONE.
    let mut chain = vec![NONE; n];
    for &i in &cand {
        let k = key(doc.content(i));
        keys[i] = k;
        let mut j = first.get(&k).copied().unwrap_or(NONE);
        let mut last = NONE;
        let mut steps = 0;
        while j != NONE && !same(doc.content(i), doc.content(j)) {
            last = j;
            j = chain[j];
            steps += 1;
            if steps > MAX_CHAIN {
                // Adversarial input (thousands of lines sharing a long prefix): stay linear.
                j = NONE;
                last = NONE;
                break;
            }
        }
        if j != NONE {
            if standalone(&doc.info[i]) {
                dup_of[i] = Some(j);
            } else {
                earlier[i] = Some(j);
            }
        } else if last != NONE {
            chain[last] = i; // same key, different line: append to the chain
        } else if steps == 0 {
            first.insert(k, i);
        }
    }
    let mut pos = vec![usize::MAX; n]; // index in `cand` of each line
    for (k, &i) in cand.iter().enumerate() {
        pos[i] = k;
    }
    let has_letters = |i: usize| doc.content(i).chars().any(char::is_alphanumeric);
    let aligned = |i: usize, j: usize| keys[i] == keys[j] && j < i && same(doc.content(i), doc.content(j));
    // Forward: the line before is a repeat, and the first copy is followed by this line too.
    for k in 1..cand.len() {
        let i = cand[k];
        if dup_of[i].is_some() || earlier[i].is_none() || !has_letters(i) {
            continue;
        }
        if let Some(q) = dup_of[cand[k - 1]] {
            if let Some(&qn) = cand.get(pos[q].saturating_add(1)) {
                if aligned(i, qn) {
                    dup_of[i] = Some(qn);
                }
            }
        }
    }
    // Backward: the line after is a repeat, and the first copy is preceded by this line too.
    for k in (0..cand.len().saturating_sub(1)).rev() {
        let i = cand[k];
        if dup_of[i].is_some() || earlier[i].is_none() || !has_letters(i) {
            continue;
        }
        if let Some(m) = dup_of[cand[k + 1]] {
            if let Some(&mp) = pos[m].checked_sub(1).and_then(|p| cand.get(p)) {
                if aligned(i, mp) {
                    dup_of[i] = Some(mp);
                }
            }
        }
    }
    dup_of
}

/// Turns repeated lines into removals: consecutive repeats (blank lines between them included)
/// become one run, so a body pasted twice is one edit.
fn duplicate_runs(doc: &mut Doc, dup_of: &[Option<usize>]) {
    let n = doc.lines.len();
    let mut i = 0;
    while i < n {
        let Some(src) = dup_of[i].filter(|_| doc.kept(i)) else {
            i += 1;
            continue;
        };
        let mut last = i;
        let mut count = 1;
        let mut src_last = src;
        let mut j = i + 1;
        while j < n {
            if doc.info[j].blank() && doc.kept(j) {
                j += 1;
                continue;
            }
            match dup_of[j] {
                Some(s) if doc.kept(j) => {
                    last = j;
                    count += 1;
                    src_last = src_last.max(s);
                    j += 1;
                }
                _ => break,
            }
        }
        let at = doc.lines[src].start;
        let reason = if count == 1 {
            format!("repeat of paragraph at line {} (byte {at})", src + 1)
        } else {
            format!(
                "repeat of {count} paragraphs first seen at lines {}-{} (bytes {at}-{})",
                src + 1,
                src_last + 1,
                doc.lines[src_last].end
            )
        };
        doc.remove(i, last, EditKind::Duplicate, reason);
        i = last + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::super::features::line_info;
    use super::super::text::split_lines;
    use super::*;

    fn removed(text: &str) -> Vec<(String, EditKind)> {
        let lines = split_lines(text);
        let info: Vec<_> = lines.iter().map(|l| line_info(text, l)).collect();
        removals(text, &lines, &info, true, true)
            .into_iter()
            .map(|r| (text[lines[r.first].start..lines[r.last].end].to_string(), r.kind))
            .collect()
    }

    const BODY1: &str = "The council approved the harbour budget on Monday after a long debate.";
    const BODY2: &str = "Opponents said the plan would raise fees for small fishing boats.";
    const BODY3: &str = "The vote was twelve to nine, with two members absent.";

    #[test]
    fn appeal_block_runs_to_button() {
        let t = format!(
            "{BODY1}\nA Message from The Harbour Post:\nDear readers,\nOur newsroom depends on you. We need your support to keep reporting.\nPlease support us monthly.\nRemind me later.\n"
        );
        let r = removed(&t);
        assert_eq!(r.len(), 1);
        assert!(r[0].0.starts_with("A Message from") && r[0].0.ends_with("Remind me later."));
    }

    #[test]
    fn appeal_stops_at_reported_speech() {
        let t = format!("Dear readers,\nWe need your help.\n\"We will decide soon,\" the mayor said on Tuesday.\n{BODY2}\n");
        let r = removed(&t);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].0, "Dear readers,\nWe need your help.");
    }

    #[test]
    fn appeal_without_button_stops_at_third_person_body() {
        let t = format!("Dear readers,\nWe rely on your support to keep our journalism independent.\nIndependent analysts expect the talks to help both sides.\n{BODY2}\n");
        let r = removed(&t);
        assert_eq!(r.len(), 1);
        assert!(r[0].0.ends_with("independent."), "{r:?}");
    }

    #[test]
    fn teaser_only_between_body_paragraphs() {
        let t = format!("Harbour Budget Passes After Long Night\n{BODY1}\n{BODY2}\nFerry Strike Enters Its Third Week\n{BODY3}\n");
        let r = removed(&t);
        assert_eq!(r, vec![("Ferry Strike Enters Its Third Week".to_string(), EditKind::Boilerplate)]);
    }

    #[test]
    fn sentence_case_teaser_goes_but_fragment_stays() {
        let t = format!("{BODY1}\n{BODY2}\nThe quiet race for cobalt on the sea floor\n{BODY3}\n");
        assert_eq!(removed(&t).len(), 1);
        let t = format!("{BODY1}\n{BODY2}\nIt was one of the things that he had to do in the end\n{BODY3}\n");
        assert!(removed(&t).is_empty());
    }

    #[test]
    fn repeated_body_is_one_run() {
        let t = format!("{BODY1}\nShort Teaser Line Here\n{BODY2}\n{BODY1}\nShort Teaser Line Here\n{BODY2}\n");
        let r = removed(&t);
        assert!(r.iter().any(|(s, k)| *k == EditKind::Duplicate && s == &format!("{BODY1}\nShort Teaser Line Here\n{BODY2}")), "{r:?}");
    }

    #[test]
    fn repeats_match_despite_invisible_characters() {
        let t = format!("{BODY1}\n{BODY2}\n{}\n", BODY1.replace("council", "coun\u{200b}cil").replace(' ', "\u{a0}"));
        assert_eq!(removed(&t), vec![(BODY1.replace("council", "coun\u{200b}cil").replace(' ', "\u{a0}"), EditKind::Duplicate)]);
    }

    #[test]
    fn headline_after_a_stray_sentence_is_not_a_teaser() {
        let t = format!("Cookies keep this site running for everyone.\nHarbour Budget Passes After Long Night\n{BODY1}\n{BODY2}\n");
        assert!(removed(&t).is_empty());
    }

    #[test]
    fn lines_sharing_a_long_prefix_are_told_apart() {
        let prefix = "The harbour council said on Monday that the new budget for the port would ";
        let a = format!("{prefix}raise fees.");
        let b = format!("{prefix}cut fees.");
        let t = format!("{a}\n{b}\n{BODY1}\n{b}\n");
        assert_eq!(removed(&t), vec![(b.clone(), EditKind::Duplicate)]);
    }

    #[test]
    fn short_symbol_lines_are_not_duplicates() {
        let t = format!("{BODY1}\n—\n{BODY2}\n—\n");
        assert!(removed(&t).is_empty());
    }

    #[test]
    fn stray_bio_heading_does_not_eat_body() {
        let t = format!("{BODY1}\nAbout The Author\nThe plan covers 24 clauses and was based on a 2019 draft.\n\"We will see,\" she wrote.\n");
        let r = removed(&t);
        assert_eq!(r, vec![("About The Author".to_string(), EditKind::Boilerplate)]);
    }

    #[test]
    fn bio_without_name_lines() {
        let t = format!("{BODY1}\nAbout the author\nJane Roe is a correspondent based in Lisbon.\n");
        assert_eq!(removed(&t).len(), 1);
        assert!(removed(&t)[0].0.ends_with("Lisbon."));
    }

    #[test]
    fn bio_block_takes_name_lines_and_bio() {
        let t = format!("{BODY1}\nAbout The Author\n\nMaria\nOrtega\n\nMaria Ortega covers city hall for the Post and previously worked as a\n");
        let r = removed(&t);
        assert_eq!(r.len(), 1);
        assert!(r[0].0.starts_with("About The Author") && r[0].0.ends_with("worked as a"));
    }
}
