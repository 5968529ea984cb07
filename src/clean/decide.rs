//! Which lines go: boilerplate (known phrases, appeal and bio blocks, menus, stranded teasers)
//! and repeats. Works on whole lines; the caller turns the decisions into edits.
use std::collections::HashMap;

use super::features::{word_stats, LineInfo, Terminal, WordStats};
use super::phrases::{self, Category, Hit};
use super::text::{is_control, is_invisible, is_space_like, Line};
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
/// enough: it must cover most of the line, or start a short line that is not a sentence.
fn hit_decides(hit: &Hit, info: &LineInfo, st: &WordStats) -> bool {
    if st.speech > 0 && hit.coverage < 0.75 {
        return false; // reported speech is article body
    }
    if hit.coverage >= 0.75 || (hit.prefix && info.words <= 20) {
        return true;
    }
    // Cookie banners are whole sentences ("We use cookies to …") but never article body.
    if hit.category == Category::Cookie && hit.at_start && info.words <= 25 {
        return true;
    }
    if !hit.multiword {
        return false;
    }
    hit.coverage >= 0.6
        || (info.terminal != Terminal::Sentence && (hit.coverage >= 0.5 || (hit.at_start && info.words <= 12) || info.words <= 6))
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
        let hit = phrases::find(line);
        let decided = hit.as_ref().and_then(|h| {
            let st = word_stats(line);
            let long_appeal = h.category == Category::Appeal && st.speech == 0 && st.appeal_ratio() >= 0.2 && st.words <= 80;
            (hit_decides(h, &info, &st) || long_appeal).then_some(h)
        });
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
    hit_decides(&h, &doc.info[i], &word_stats(line)).then_some(h.category)
}

/// A line that reads as appeal text: first/second person, support, journalism… and no speech.
fn appeal_like(st: &WordStats) -> bool {
    st.speech == 0 && st.words > 0 && st.appeal_ratio() >= 0.08
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

/// Last line of an author bio opened at `start`: the name lines, the bio paragraphs (which name
/// the author or use bio words: correspondent, based, joined…) and social lines after them.
fn bio_end(doc: &Doc, start: usize) -> usize {
    let n = doc.lines.len();
    let mut names: Vec<String> = Vec::new();
    let mut last = start;
    for j in start + 1..n {
        let info = doc.info[j];
        if info.blank() {
            continue;
        }
        let st = word_stats(doc.content(j));
        let name_line = info.words <= 4 && info.terminal == Terminal::None && st.first_upper && st.words == st.capitalized;
        if name_line {
            names.extend(st.lower.iter().cloned());
            last = j;
            continue;
        }
        let names_author = st.lower.iter().any(|w| names.contains(w));
        if names_author || st.bio > 0 || phrase_category(doc, j).is_some_and(|c| c != Category::Appeal) {
            last = j;
            continue;
        }
        break;
    }
    last
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
    st.first_upper && st.speech == 0 && st.commas <= 1 && st.stop_ratio() <= 0.6 && st.words >= 3
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

/// The bytes a line is compared by: ASCII case folded; spaces, odd spaces, invisible and
/// control characters skipped (so a copy with a stray NBSP or zero-width space still matches).
fn norm_bytes(s: &str) -> impl Iterator<Item = u8> + '_ {
    s.char_indices()
        .filter(|&(_, c)| !(c == '\t' || is_space_like(c) || is_invisible(c) || is_control(c)))
        .flat_map(move |(i, c)| s.as_bytes()[i..i + c.len_utf8()].iter().map(u8::to_ascii_lowercase))
}

/// FNV-1a over [`norm_bytes`] (a byte loop for ASCII lines, the common case).
fn key(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    let mut mix = |b: u8| {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    };
    if s.is_ascii() {
        s.bytes().filter(|&b| b > b' ' && b != 0x7F).for_each(|b| mix(b.to_ascii_lowercase()));
    } else {
        norm_bytes(s).for_each(mix);
    }
    h
}

fn same(a: &str, b: &str) -> bool {
    norm_bytes(a).eq(norm_bytes(b))
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
    let mut first: HashMap<u64, usize> = HashMap::with_capacity(cand.len());
    let mut earlier = vec![None; n]; // an earlier equal line, for short lines
    for &i in &cand {
        let k = key(doc.content(i));
        keys[i] = k;
        match first.get(&k) {
            Some(&j) if same(doc.content(i), doc.content(j)) => {
                if standalone(&doc.info[i]) {
                    dup_of[i] = Some(j);
                } else {
                    earlier[i] = Some(j);
                }
            }
            Some(_) => {}
            None => {
                first.insert(k, i);
            }
        }
    }
    let pos: HashMap<usize, usize> = cand.iter().enumerate().map(|(k, &i)| (i, k)).collect();
    let has_letters = |i: usize| doc.content(i).chars().any(char::is_alphanumeric);
    let aligned = |i: usize, j: usize| keys[i] == keys[j] && j < i && same(doc.content(i), doc.content(j));
    // Forward: the line before is a repeat, and the first copy is followed by this line too.
    for k in 1..cand.len() {
        let i = cand[k];
        if dup_of[i].is_some() || earlier[i].is_none() || !has_letters(i) {
            continue;
        }
        if let Some(q) = dup_of[cand[k - 1]] {
            if let Some(&qn) = pos.get(&q).and_then(|&p| cand.get(p + 1)) {
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
            if let Some(&mp) = pos.get(&m).and_then(|&p| p.checked_sub(1)).and_then(|p| cand.get(p)) {
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
    fn teaser_only_between_body_paragraphs() {
        let t = format!("Harbour Budget Passes After Long Night\n{BODY1}\n{BODY2}\nFerry Strike Enters Its Third Week\n{BODY3}\n");
        let r = removed(&t);
        assert_eq!(r, vec![("Ferry Strike Enters Its Third Week".to_string(), EditKind::Boilerplate)]);
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
    fn short_symbol_lines_are_not_duplicates() {
        let t = format!("{BODY1}\n—\n{BODY2}\n—\n");
        assert!(removed(&t).is_empty());
    }

    #[test]
    fn bio_block_takes_name_lines_and_bio() {
        let t = format!("{BODY1}\nAbout The Author\n\nMaria\nOrtega\n\nMaria Ortega covers city hall for the Post and previously worked as a\n");
        let r = removed(&t);
        assert_eq!(r.len(), 1);
        assert!(r[0].0.starts_with("About The Author") && r[0].0.ends_with("worked as a"));
    }
}
