//! Known boilerplate phrases (data/boilerplate.tsv) matched with one Aho-Corasick automaton.
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

/// What kind of page furniture a phrase belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Nav,
    Share,
    Appeal,
    Button,
    Bio,
    Cookie,
    Newsletter,
    Ad,
    Comments,
    Teaser,
}

impl Category {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "nav" => Category::Nav,
            "share" => Category::Share,
            "appeal" => Category::Appeal,
            "button" => Category::Button,
            "bio" => Category::Bio,
            "cookie" => Category::Cookie,
            "newsletter" => Category::Newsletter,
            "ad" => Category::Ad,
            "comments" => Category::Comments,
            "teaser" => Category::Teaser,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Nav => "nav",
            Category::Share => "share",
            Category::Appeal => "appeal",
            Category::Button => "button",
            Category::Bio => "bio",
            Category::Cookie => "cookie",
            Category::Newsletter => "newsletter",
            Category::Ad => "ad",
            Category::Comments => "comments",
            Category::Teaser => "teaser",
        }
    }

    /// Categories that open a block running past the matched line.
    pub fn opens_block(self) -> bool {
        matches!(self, Category::Appeal | Category::Bio)
    }
}

struct Phrase {
    text: &'static str,
    category: Category,
    multiword: bool,
}

struct Table {
    phrases: Vec<Phrase>,
    /// Phrase index of each automaton pattern (a phrase has several spellings).
    owner: Vec<usize>,
    automaton: AhoCorasick,
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let phrases: Vec<Phrase> = crate::lexicon::entries(include_str!("../../data/boilerplate.tsv"))
            .filter_map(|entry| {
                let mut cols = entry.split('\t');
                let text = cols.next()?.trim();
                let category = Category::parse(cols.next()?.trim())?;
                Some(Phrase { text, category, multiword: text.contains(' ') })
            })
            .collect();
        // The automaton folds ASCII case only; non-ASCII phrases also get their Capitalized,
        // Title Case and UPPER CASE spellings, so lines are matched in place without lowercasing.
        let mut patterns: Vec<String> = Vec::new();
        let mut owner: Vec<usize> = Vec::new();
        for (k, p) in phrases.iter().enumerate() {
            let mut variants = vec![p.text.to_string()];
            if !p.text.is_ascii() {
                variants.push(capitalize(p.text));
                variants.push(p.text.split(' ').map(capitalize).collect::<Vec<_>>().join(" "));
                variants.push(p.text.to_uppercase());
            }
            variants.sort();
            variants.dedup();
            for v in variants {
                patterns.push(v);
                owner.push(k);
            }
        }
        // A full DFA: one table lookup per byte, and most lines have no phrase at all.
        let automaton = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("boilerplate phrase table builds");
        Table { phrases, owner, automaton }
    })
}

/// Lines longer than this are paragraphs, not page furniture; they skip phrase matching.
pub const MAX_LINE: usize = 600;

/// The known phrases found in one line and how much of the line they cover.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub category: Category,
    /// The phrase that decided the category (the longest, or the first block-opening one).
    pub phrase: &'static str,
    /// Share of the line's letters and digits inside matched phrases (0..=1).
    pub coverage: f32,
    /// A match starts at the first letter of the line.
    pub at_start: bool,
    /// At least one matched phrase has several words (single words need near-full coverage).
    pub multiword: bool,
    /// The deciding phrase ends with ':' and prefixes the line ("Read more: …").
    pub prefix: bool,
}

/// Phrase hits in a trimmed line, or None. The line is matched in place: ASCII case is folded
/// by the automaton and non-ASCII phrases carry their cased spellings.
pub fn find(line: &str) -> Option<Hit> {
    if line.is_empty() || line.len() > MAX_LINE {
        return None;
    }
    if line.contains('\u{a0}') {
        // "Share\u{a0}This article": phrases are spelled with plain spaces.
        return hits(&line.replace('\u{a0}', " "));
    }
    hits(line)
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

fn alnum_len(s: &str) -> usize {
    if s.is_ascii() {
        return s.bytes().filter(u8::is_ascii_alphanumeric).count();
    }
    s.chars().filter(|c| c.is_alphanumeric()).map(char::len_utf8).sum()
}

fn hits(hay: &str) -> Option<Hit> {
    let t = table();
    let mut matches = t.automaton.find_iter(hay).peekable();
    matches.peek()?; // the common case: no phrase at all
    let total = alnum_len(hay);
    if total == 0 {
        return None;
    }
    let first_alnum = hay.char_indices().find(|(_, c)| c.is_alphanumeric()).map_or(0, |(i, _)| i);
    let mut covered = 0;
    let mut best: Option<(usize, &Phrase, usize)> = None; // (start, phrase, len)
    let mut any_multi = false;
    let mut at_start = false;
    for m in matches {
        let before = hay[..m.start()].chars().next_back();
        let after = hay[m.end()..].chars().next();
        if is_word_char(before) || is_word_char(after) {
            continue;
        }
        let p = &t.phrases[t.owner[m.pattern().as_usize()]];
        covered += alnum_len(&hay[m.start()..m.end()]);
        any_multi |= p.multiword;
        at_start |= m.start() == first_alnum;
        let better = match best {
            None => true,
            Some((_, b, len)) => {
                (p.category.opens_block() && !b.category.opens_block())
                    || (p.category.opens_block() == b.category.opens_block() && m.len() > len)
            }
        };
        if better {
            best = Some((m.start(), p, m.len()));
        }
    }
    let (start, p, _) = best?;
    Some(Hit {
        category: p.category,
        phrase: p.text,
        coverage: covered as f32 / total as f32,
        at_start,
        multiword: any_multi,
        prefix: p.text.ends_with(':') && start == first_alnum,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_line_phrases() {
        let h = find("Share This article").unwrap();
        assert_eq!((h.category, h.phrase), (Category::Share, "share this article"));
        assert!(h.coverage > 0.99 && h.at_start);
        assert_eq!(find("Remind me later.").unwrap().category, Category::Button);
        assert_eq!(find("Поделиться").unwrap().category, Category::Share);
        assert_eq!(find("ДОРОГИЕ ЧИТАТЕЛИ!").unwrap().category, Category::Appeal);
        assert_eq!(find("Über Den Autor").unwrap().category, Category::Bio);
        assert!(find("Share\u{a0}This article").is_some_and(|h| h.coverage > 0.99));
        assert_eq!(find("Liebe Leserinnen und Leser,").unwrap().category, Category::Appeal);
    }

    #[test]
    fn block_phrases_win_and_prefixes_are_flagged() {
        let h = find("A Message from The Daily Planet:").unwrap();
        assert_eq!(h.category, Category::Appeal);
        assert!(h.at_start && h.coverage < 0.6);
        let r = find("Read more: Senate passes the budget").unwrap();
        assert!(r.prefix && r.category == Category::Teaser);
    }

    #[test]
    fn respects_word_boundaries() {
        assert_eq!(find("Shareholders emailed the homeowners"), None);
        assert!(find("US, Russia share same objective").is_some_and(|h| h.coverage < 0.3));
    }
}
