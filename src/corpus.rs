//! Stage 4: the whole pipeline over one document or many, and what only a corpus can tell:
//! the same speaker across outlets, the same quote reported by several documents, and
//! syndicated near-copies.
//!
//! Everything here is plain Rust over `&str`; batch functions run on rayon's current pool.
use std::collections::HashMap;

use rayon::prelude::*;

use crate::clean::{self, CleanOptions, Cleaned};
use crate::quotes::{self, Quote, QuoteOptions};
use crate::sentences::{self, Language};

/// Options for [`analyze`]: one set per stage.
#[derive(Clone, Debug, Default)]
pub struct PipelineOptions {
    pub clean: CleanOptions,
    pub quotes: QuoteOptions,
}

impl PipelineOptions {
    pub fn language(&self) -> Language {
        self.quotes.language
    }
}

/// One analysed document. `cleaned.edits` span the raw input; sentence and quote spans are byte
/// offsets into `cleaned.text`.
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    pub cleaned: Cleaned,
    pub sentences: Vec<(usize, usize)>,
    pub quotes: Vec<Quote>,
}

/// Clean, split and extract quotes from one raw document.
pub fn analyze(raw: &str, opts: &PipelineOptions) -> Analysis {
    let cleaned = clean::clean(raw, &opts.clean);
    let sentences = sentences::sentence_spans(&cleaned.text, opts.language());
    let quotes = quotes::extract_quotes_with_sentences(&cleaned.text, &sentences, &opts.quotes);
    Analysis { cleaned, sentences, quotes }
}

/// [`analyze`] over many documents in parallel (on the current rayon pool), in input order.
pub fn analyze_batch<S: AsRef<str> + Sync>(raws: &[S], opts: &PipelineOptions) -> Vec<Analysis> {
    raws.par_iter().map(|r| analyze(r.as_ref(), opts)).collect()
}

// ---------------------------------------------------------------------------------------------
// Words: the normalised tokens every cross-document comparison works on.

/// Lower-cased alphanumeric words of `text` (apostrophes inside words kept, curly ones folded),
/// so "We'll keep talking," and "we’ll keep talking" compare equal.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() {
            cur.extend(c.to_lowercase());
        } else if (c == '\'' || c == '’') && !cur.is_empty() {
            cur.push('\'');
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur).trim_end_matches('\'').to_string());
        }
    }
    if !cur.is_empty() {
        out.push(cur.trim_end_matches('\'').to_string());
    }
    out
}

/// 64-bit FNV-1a over a sequence of words (stable across runs and platforms, unlike `HashMap`'s
/// seeded hasher, so results are reproducible).
fn fnv(words: &[String], seed: u64) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325u64 ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    for w in words {
        for b in w.bytes().chain(std::iter::once(0xff)) {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01B3);
        }
    }
    h
}

/// Hashes of the word `n`-grams of `words` (the whole sequence when shorter than `n`).
fn shingles(words: &[String], n: usize) -> Vec<u64> {
    if words.is_empty() {
        return Vec::new();
    }
    if words.len() < n {
        return vec![fnv(words, 0)];
    }
    let mut v: Vec<u64> = words.windows(n).map(|w| fnv(w, 0)).collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// Union-find over `0..n`, for grouping pairwise matches into clusters.
struct Groups(Vec<usize>);

impl Groups {
    fn new(n: usize) -> Self {
        Groups((0..n).collect())
    }
    fn find(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
    /// Clusters of two or more members, each sorted, ordered by their first member.
    fn clusters(mut self) -> Vec<Vec<usize>> {
        let mut by_root: HashMap<usize, Vec<usize>> = HashMap::new();
        for i in 0..self.0.len() {
            let r = self.find(i);
            by_root.entry(r).or_default().push(i);
        }
        let mut out: Vec<Vec<usize>> = by_root.into_values().filter(|g| g.len() > 1).collect();
        out.sort_by_key(|g| g[0]);
        out
    }
}

// ---------------------------------------------------------------------------------------------
// The same quote in several documents

/// Groups quotes that repeat the same words across documents, even trimmed, re-punctuated or
/// partially quoted.
///
/// `quotes[i] = (document index, quote text)`. Two quotes from *different* documents match when
/// their shared word bigrams cover at least `min_overlap` of the shorter one: containment rather
/// than Jaccard, because outlets quote fragments of the same sentence.
/// Candidates come from an inverted index on shingles, so cost grows with matches, not pairs.
pub fn shared_quote_groups(quotes: &[(usize, &str)], min_overlap: f64) -> Vec<Vec<usize>> {
    let sh: Vec<Vec<u64>> = quotes.par_iter().map(|(_, t)| shingles(&words(t), 2)).collect();
    let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
    for (i, s) in sh.iter().enumerate() {
        for &h in s {
            index.entry(h).or_default().push(i);
        }
    }
    let mut groups = Groups::new(quotes.len());
    let mut shared: HashMap<usize, usize> = HashMap::new();
    for (i, s) in sh.iter().enumerate() {
        shared.clear();
        for h in s {
            // A shingle in thousands of quotes ("i think that") says nothing; skip it.
            let posting = &index[h];
            if posting.len() > 1000 {
                continue;
            }
            for &j in posting {
                if j > i && quotes[j].0 != quotes[i].0 {
                    *shared.entry(j).or_default() += 1;
                }
            }
        }
        for (&j, &n) in &shared {
            // Containment in the shorter quote, except for very short ones: "a fair offer" is in
            // many sentences, so it must cover most of the longer quote too.
            let (small, large) = (s.len().min(sh[j].len()), s.len().max(sh[j].len()));
            let denom = if small < 3 { large } else { small };
            if n as f64 / denom.max(1) as f64 >= min_overlap {
                groups.union(i, j);
            }
        }
    }
    groups.clusters()
}

// ---------------------------------------------------------------------------------------------
// Near-duplicate documents (MinHash + LSH)

const MINHASH_BANDS: usize = 16;
const MINHASH_ROWS: usize = 4;
const MINHASH_LEN: usize = MINHASH_BANDS * MINHASH_ROWS;

fn minhash(text: &str) -> Option<[u64; MINHASH_LEN]> {
    let sh = shingles(&words(text), 5);
    if sh.is_empty() {
        return None;
    }
    let mut sig = [u64::MAX; MINHASH_LEN];
    for &h in &sh {
        for (k, slot) in sig.iter_mut().enumerate() {
            // One cheap hash family: multiply-xorshift with a per-slot odd constant.
            let x = (h ^ (k as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)).wrapping_mul(0xBF58_476D_1CE4_E5B9 | 1);
            let x = x ^ (x >> 31);
            if x < *slot {
                *slot = x;
            }
        }
    }
    Some(sig)
}

/// Groups documents whose word 5-gram sets have an estimated Jaccard similarity of at least
/// `threshold` (syndicated copies, re-posts with different page furniture).
pub fn near_duplicate_groups<S: AsRef<str> + Sync>(texts: &[S], threshold: f64) -> Vec<Vec<usize>> {
    let sigs: Vec<Option<[u64; MINHASH_LEN]>> = texts.par_iter().map(|t| minhash(t.as_ref())).collect();
    let mut buckets: HashMap<(usize, u64), Vec<usize>> = HashMap::new();
    for (i, sig) in sigs.iter().enumerate() {
        let Some(sig) = sig else { continue };
        for b in 0..MINHASH_BANDS {
            let band = &sig[b * MINHASH_ROWS..(b + 1) * MINHASH_ROWS];
            let key = band.iter().fold(0u64, |a, &x| a.rotate_left(17) ^ x);
            buckets.entry((b, key)).or_default().push(i);
        }
    }
    let mut groups = Groups::new(texts.len());
    for members in buckets.values() {
        for (n, &i) in members.iter().enumerate() {
            for &j in &members[n + 1..] {
                let (Some(a), Some(b)) = (&sigs[i], &sigs[j]) else { continue };
                let same = a.iter().zip(b.iter()).filter(|(x, y)| x == y).count();
                if same as f64 / MINHASH_LEN as f64 >= threshold {
                    groups.union(i, j);
                }
            }
        }
    }
    groups.clusters()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fold_case_punctuation_and_apostrophes() {
        assert_eq!(words("“We’ll keep TALKING,” he said."), ["we'll", "keep", "talking", "he", "said"]);
        assert!(words(" ,;! ").is_empty());
    }

    #[test]
    fn shared_quotes_match_trimmed_and_repunctuated_copies() {
        let quotes = [
            (0, "I think we share the same objective and I hope that we can find ways to work together,"),
            (1, "we share the same objective and I hope that we can find ways to work together."),
            (2, "we share the same objective"),
            (0, "This is an unrelated sentence about the weather in the mountains"),
            (1, "This is an unrelated sentence about the weather in the mountains"),
            (1, "Something else entirely was said here by someone"),
            (2, "a fair offer"),
            (3, "We have made a fair offer and it stands, she said"),
        ];
        let g = shared_quote_groups(&quotes, 0.6);
        assert_eq!(g, vec![vec![0, 1, 2], vec![3, 4]]);
    }

    #[test]
    fn same_document_repeats_are_not_shared_quotes() {
        let quotes = [(0, "we will keep talking to them"), (0, "we will keep talking to them")];
        assert!(shared_quote_groups(&quotes, 0.6).is_empty());
    }

    #[test]
    fn near_duplicates_find_syndicated_copies_only() {
        let body = "The ministers met for two hours in the northern port city on Tuesday and agreed \
                    to resume talks on fishing quotas, shipping lanes and search and rescue \
                    cooperation in the Arctic before the end of the year, officials said.";
        let texts = [
            format!("Skip to main content\n{body}\nShare This article"),
            format!("WIRE REPORT\n{body}"),
            "A completely different story about a hospital strike in a large city, with nurses \
             walking out over pay and staffing levels after talks broke down late on Monday."
                .to_string(),
            String::new(),
        ];
        assert_eq!(near_duplicate_groups(&texts, 0.6), vec![vec![0, 1]]);
    }

    #[test]
    fn analyze_offsets_point_into_clean_text() {
        let a = analyze("Share This article\nThe talks ended. Both sides left.\n", &PipelineOptions::default());
        for &(s, e) in &a.sentences {
            assert!(a.cleaned.text.get(s..e).is_some());
        }
        for q in &a.quotes {
            assert!(a.cleaned.text.get(q.start..q.end).is_some());
        }
    }
}
