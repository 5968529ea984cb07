//! Person and organisation names: deciding when two surface forms are the same speaker.
//!
//! Used within a document ("Pompeo" → "Mike Pompeo") and across a corpus (one outlet's
//! "Vladamir Putin" is another's "Vladimir Putin"). Names are compared by surname first because
//! news style repeats the surname alone; first names may be misspelled, abbreviated or missing.
use smallvec::SmallVec;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Words of a name, without a possessive ending and surrounding punctuation.
fn name_words(name: &str) -> Vec<&str> {
    name.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '.'))
        .map(|w| w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Organisations ("the Kremlin", "the White House") are matched verbatim, never by surname.
pub fn is_organisation(name: &str) -> bool {
    let lower = name.trim_start().to_lowercase();
    lower.starts_with("the ") || name_words(name).iter().all(|w| w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()))
}

/// Surname key: the last word, case-folded.
pub fn surname(name: &str) -> Option<String> {
    name_words(name).last().map(|w| w.to_lowercase())
}

/// Whether two given names can belong to one person: equal, one an initial of the other
/// ("J." / "John"), or a near-miss spelling ("Vladamir" / "Vladimir").
pub fn first_names_compatible(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim_end_matches('.'), b.trim_end_matches('.'));
    // (Mostly the same name in any case: no lower-cased copies needed to tell.)
    if a.eq_ignore_ascii_case(b) {
        return true;
    }
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    if a == b {
        return true;
    }
    let initial = |x: &str, y: &str| x.chars().count() == 1 && y.starts_with(x);
    if initial(&a, &b) || initial(&b, &a) {
        return true;
    }
    let (na, nb) = (a.chars().count(), b.chars().count());
    let longest = na.max(nb);
    let limit = if longest >= 7 { 2 } else { 1 };
    // (No edit changes a length by more than one: names further apart in length need no
    // distance table, which allocates.)
    longest >= 4 && na.abs_diff(nb) <= limit && strsim::damerau_levenshtein(&a, &b) <= limit
}

/// Whether two different surnames are one name misspelt ("Purnamsari" / "Purnamasari", "Sandu" /
/// "Sandhu"): one edit apart, the same first letter, five letters or more. Stricter than for
/// given names: a surname is all a later mention has to go by.
pub fn surnames_near_miss(a: &str, b: &str) -> bool {
    // Cheap refusals first: this is asked of every new surname against recent people.
    let (x, y) = (a.as_bytes(), b.as_bytes());
    if x.len().abs_diff(y.len()) > 4 || x.is_empty() || y.is_empty() || !x[0].eq_ignore_ascii_case(&y[0]) {
        return false;
    }
    // Lower-cased on the stack (news surnames are short and mostly ASCII).
    if a.is_ascii() && b.is_ascii() {
        // (`misspelt` wants five letters or more, and one edit: lengths within one.)
        if x.len().abs_diff(y.len()) > 1 || x.len().min(y.len()) < 5 {
            return false;
        }
        let lower = |s: &str| -> SmallVec<[u8; 24]> {
            let mut v = SmallVec::from_slice(s.as_bytes());
            v.make_ascii_lowercase();
            v
        };
        return misspelt(&lower(a), &lower(b));
    }
    // Beyond ASCII, letters are compared without their accents: a name is often written both
    // ways in one story ("Yıldırımoğlu" and "Yildirimoglu").
    let (x, y) = (unaccented(a), unaccented(b));
    (x == y && a != b) || misspelt(&x, &y)
}

/// `s` lower-cased, without combining marks, and with the letters that have no decomposition
/// written as their base letter (ı, ł, ø, đ).
///
/// Letters up to U+024F (the Latin of European names) are read from a table of each one's
/// [`unaccented_slow`]: none of them is a combining character, so the decomposition of a
/// name of them is each letter's decomposition in turn, and the result the same.
fn unaccented(s: &str) -> SmallVec<[char; 24]> {
    let table = UNACCENTED_LATIN.get_or_init(unaccented_latin);
    let mut out = SmallVec::new();
    for c in s.chars() {
        // (An ASCII letter is its own decomposition: only its case changes.)
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        match table.get(c as usize) {
            Some(folded) => out.extend_from_slice(folded),
            None => return unaccented_slow(s),
        }
    }
    out
}

/// Code points below this are unaccented by table.
const LATIN_END: u32 = 0x250;

/// [`unaccented_slow`] of each code point below [`LATIN_END`].
static UNACCENTED_LATIN: std::sync::OnceLock<Vec<SmallVec<[char; 2]>>> = std::sync::OnceLock::new();

fn unaccented_latin() -> Vec<SmallVec<[char; 2]>> {
    let one = |c: char| unaccented_slow(c.encode_utf8(&mut [0; 4])).into_iter().collect();
    (0..LATIN_END).map(|u| char::from_u32(u).map_or_else(SmallVec::new, one)).collect()
}

/// [`unaccented`] by canonical decomposition of the whole text.
fn unaccented_slow(s: &str) -> SmallVec<[char; 24]> {
    s.nfd()
        .filter(|&c| !is_combining_mark(c))
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ı' => 'i',
            'ł' => 'l',
            'ø' => 'o',
            'đ' | 'ð' => 'd',
            c => c,
        })
        .collect()
}

/// The test of [`surnames_near_miss`] on lower-cased letters.
fn misspelt<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    a.first() == b.first() && a.len().min(b.len()) >= 5 && one_edit_apart(a, b)
}

/// Whether `a` and `b` are exactly one insertion, deletion, substitution or swap of neighbours
/// apart (Damerau–Levenshtein distance 1). Linear and allocation-free, unlike the full distance
/// table, because it runs in the speaker scan's hot path.
fn one_edit_apart<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // Everything before the first difference is common; the edit is there.
    let p = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    match b.len() - a.len() {
        0 if p == a.len() => false,
        0 => a[p + 1..] == b[p + 1..] || (p + 1 < a.len() && a[p] == b[p + 1] && a[p + 1] == b[p] && a[p + 2..] == b[p + 2..]),
        1 => a[p..] == b[p + 1..],
        _ => false,
    }
}

/// Whether `a` and `b` name the same speaker: same organisation, or same surname with compatible
/// (or missing) first names.
pub fn same_person(a: &str, b: &str) -> bool {
    if is_organisation(a) || is_organisation(b) {
        return a.trim().eq_ignore_ascii_case(b.trim());
    }
    let (wa, wb) = (name_words(a), name_words(b));
    match (wa.split_last(), wb.split_last()) {
        (Some((la, ra)), Some((lb, rb))) => {
            la.to_lowercase() == lb.to_lowercase()
                && match (ra.first(), rb.first()) {
                    (Some(fa), Some(fb)) => first_names_compatible(fa, fb),
                    _ => true,
                }
        }
        _ => false,
    }
}

/// Canonical form for each name: names that are the same person map to their most frequent
/// full form (most words, then most frequent, then first seen). `names[i] = (name, count)`;
/// returns the index of the canonical name for each input.
///
/// A bare surname joins the most frequent full name with that surname; when two different people
/// share it ("Kim Jong Un" / "Kim Yo Jong" don't, but "Ann Lee" / "Tom Lee" do), it goes to the
/// more quoted one, the reading a reporter would expect.
pub fn canonicalize(names: &[(&str, usize)]) -> Vec<usize> {
    let n = names.len();
    let mut canon: Vec<usize> = (0..n).collect();
    // Rank: more words first, then more frequent, then earlier.
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(name_words(names[i].0).len().min(2)), std::cmp::Reverse(names[i].1), i));
    // Only names with the same key can be one speaker: an organisation's whole name, a
    // person's surname. Comparing within a key's bucket keeps a corpus of many thousands of
    // names near linear.
    let key = |name: &str| -> String {
        if is_organisation(name) {
            format!("org:{}", name.trim().to_lowercase())
        } else {
            surname(name).unwrap_or_default()
        }
    };
    let keys: Vec<String> = names.iter().map(|(name, _)| key(name)).collect();
    let mut heads: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    for &i in &order {
        let bucket = heads.entry(keys[i].as_str()).or_default();
        match bucket.iter().find(|&&h| same_person(names[h].0, names[i].0)) {
            Some(&h) => canon[i] = h,
            None => bucket.push(i),
        }
    }
    canon
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn one_edit_apart_is_damerau_levenshtein_one(a in "[abcé]{0,7}", b in "[abcé]{0,7}") {
            let (ca, cb): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
            proptest::prop_assert_eq!(one_edit_apart(&ca, &cb), strsim::damerau_levenshtein(&a, &b) == 1);
        }
    }

    proptest::proptest! {
        #[test]
        fn unaccented_by_table_is_by_decomposition(s in "[a-zA-ZÀ-ɏ\u{300}-\u{36f}ıłøđðİǄ-ǌ]{0,12}") {
            proptest::prop_assert_eq!(unaccented(&s), unaccented_slow(&s));
        }
    }

    #[test]
    fn misspelt_surnames() {
        assert!(surnames_near_miss("Purnamsari", "Purnamasari"));
        assert!(surnames_near_miss("Sandu", "Sandhu"));
        assert!(!surnames_near_miss("Sandhu", "Sandhu"));
        assert!(!surnames_near_miss("Hansen", "Jansen"));
        assert!(!surnames_near_miss("Lee", "Lea"));
        assert!(!surnames_near_miss("Okafor", "Okonkwo"));
        assert!(!surnames_near_miss("Lungu", "LUNGU"));
        assert!(surnames_near_miss("Khumalo", "Khumaol"));
        assert!(surnames_near_miss("Özdemir", "Özdemır"));
        // Written with and without its accents.
        assert!(surnames_near_miss("Yıldırımoğlu", "Yildirimoglu"));
        assert!(surnames_near_miss("Müller", "Muller"));
        assert!(!surnames_near_miss("Müller", "Müller"));
    }

    #[test]
    fn surname_and_near_miss_first_names_merge() {
        assert!(same_person("Vladamir Putin", "Vladimir Putin"));
        assert!(same_person("Putin", "Vladimir Putin"));
        assert!(same_person("J. Smith", "John Smith"));
        assert!(same_person("Pompeo's", "Mike Pompeo"));
        assert!(!same_person("Ann Lee", "Tom Lee"));
        assert!(!same_person("Mike Pompeo", "Mike Pence"));
        assert!(!same_person("the Kremlin", "Kremlin Putin"));
        assert!(same_person("the Kremlin", "The Kremlin"));
    }

    #[test]
    fn many_distinct_names_stay_fast_and_separate() {
        let firsts = ["Anna", "Boris", "Chen", "Dmitri"];
        let names: Vec<String> = (0..20_000).map(|i| format!("{} Surname{}", firsts[i % 4], i / 4)).collect();
        let refs: Vec<(&str, usize)> = names.iter().map(|n| (n.as_str(), 1)).collect();
        let c = canonicalize(&refs);
        assert_eq!(c.iter().enumerate().filter(|(i, c)| i == *c).count(), 20_000);
    }

    #[test]
    fn canonical_is_most_frequent_full_form() {
        let names = [("Pompeo", 5), ("Mike Pompeo", 2), ("Vladamir Putin", 1), ("Vladimir Putin", 3), ("Putin", 1), ("the Kremlin", 1)];
        let c = canonicalize(&names);
        let got: Vec<&str> = c.iter().map(|&i| names[i].0).collect();
        assert_eq!(got, ["Mike Pompeo", "Mike Pompeo", "Vladimir Putin", "Vladimir Putin", "Vladimir Putin", "the Kremlin"]);
    }
}
