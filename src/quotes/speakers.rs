//! The people and organisations of one document: linking mentions to one entity, resolving
//! pronouns, and naming each entity once.
//!
//! Mentions link by surname ("Pompeo" → "Mike Pompeo") with compatible first names, so
//! near-miss spellings ("Vladamir"/"Vladimir") merge; the canonical name is the fullest, most
//! frequent form. Pronouns go to the most recently mentioned entity that has been a speaker or a
//! clause subject and whose gender (from a title, a known first name or an earlier pronoun) fits.
use smallvec::SmallVec;
use std::cell::OnceCell;

use super::names::{east_asian_given, is_cased_legal_form, is_legal_form, singular_possessive, View, SINGULAR_DETERMINERS};
use super::tokens::{flag, TokKind};
use super::words::{class, load_short, org_kind, FastMap, Gender, Words};
use crate::names::{first_names_compatible, surnames_near_miss};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntityKind {
    Person,
    /// Organisations and roles: matched by their whole phrase.
    Group,
}

#[derive(Clone, Debug)]
pub struct Entity {
    pub kind: EntityKind,
    /// Byte spans of the surface forms with their counts, in order of first use.
    forms: SmallVec<[(usize, usize, u32); 2]>,
    surname: (usize, usize),
    first: Option<(usize, usize)>,
    pub gender: Option<Gender>,
    /// The gender came from a lone word that is also a given name ("Osman said"): news style
    /// names people by surname alone, so a pronoun of the other gender may still refer to them.
    gender_guessed: bool,
    /// Has been a speaker or a clause subject: can be what a pronoun refers to.
    pub candidate: bool,
    /// Token index of the latest mention.
    pub last: usize,
    /// When it was last a speaker or subject: (sentence number, the sentence's main subject or
    /// a speaker, token index), and in which paragraph.
    salience: (u32, bool, usize),
    paragraph: u32,
    /// Has been the speaker of a quotation or of reported speech.
    pub spoke: bool,
    /// A group named as an organisation ("the ministry"), not a role ("a spokesperson"): only
    /// these can be "it".
    org: bool,
    /// Byte spans of the titles the person was mentioned with ("Governor", "board chair").
    titles: SmallVec<[(usize, usize); 1]>,
    /// A role that names one person ("one miner", "a senior official"): "he" or "she".
    singular_role: bool,
    /// Paragraph of the latest mention of any kind.
    mentioned_in: u32,
    /// A generational suffix seen after the name ("Jr." of "Marcus Hale Jr."): it tells father
    /// from son, so the canonical name keeps it.
    suffix: Option<(usize, usize)>,
    /// Where the latest counted form starts: the scan and the attribution both link a speaker's
    /// mention, and it must count once.
    form_at: usize,
    /// The common noun that described an organisation's name ("union" of "the metalworkers’
    /// union MetallVerband"): a later "the union" is that organisation.
    noun: Option<(usize, usize)>,
    /// For a group, where the [`group_key`] of its first form starts, and whether that key's
    /// first word holds a period (which chain of groups it is in): worked out once, as every
    /// mention compares recent groups.
    key_start: usize,
    dotted_key: bool,
    /// For a group, the [`initials`] of its key, which an acronym spells ("WADA"): read once,
    /// when first asked (every one-word mention is compared with the organisations named).
    initials: OnceCell<SmallVec<[char; 8]>>,
    /// For a group, what the links of short forms ask of its first form ([`FormFacts`]).
    form_facts: OnceCell<FormFacts>,
    /// A person introduced as someone's parent (true: "His father and coach, Rafiq Siddiqui,")
    /// or child (false: "His son, Mark Kowalski,"): "the elder" or "the younger" of a surname.
    elder: Option<bool>,
    /// A definite description met first as the person the story was about ("the retired
    /// postman"): its later mentions are that person too.
    stands_for: Option<usize>,
}

/// A group's first form as the links of short forms compare it: the whole form ("the World
/// Anti-Doping Agency") and its [`group_key`] ("World Anti-Doping Agency").
#[derive(Clone, Copy)]
struct GroupForm<'t> {
    form: &'t str,
    key: &'t str,
    /// What is asked of `form`, kept on the group.
    facts: &'t OnceCell<FormFacts>,
}

/// What the links of short forms ask of a group's first form, again for each mention it is
/// compared with: worked out the first time, and kept. (Byte offsets into the form.)
#[derive(Clone, Copy, Debug)]
struct FormFacts {
    /// [`is_named`].
    named: bool,
    /// Where [`last_word`] starts.
    last: usize,
    /// [`name_head`].
    head: (usize, usize),
    /// The [`word_bit`]s of the words of the key.
    key_words: u64,
}

impl FormFacts {
    fn of(form: &str, key: &str) -> FormFacts {
        let last = form.len() - last_word(form).len();
        let head = name_head(form);
        // (`name_head` is a slice of `form`, or "" when it has no complement.)
        let at = if head.is_empty() { 0 } else { head.as_ptr() as usize - form.as_ptr() as usize };
        let key_words = key.split_whitespace().fold(0, |bits, w| bits | word_bit(w));
        FormFacts { named: is_named(form), last, head: (at, at + head.len()), key_words }
    }
}

impl<'t> GroupForm<'t> {
    fn facts(&self) -> &'t FormFacts {
        self.facts.get_or_init(|| FormFacts::of(self.form, self.key))
    }

    /// [`is_named`] of the form.
    fn named(&self) -> bool {
        self.facts().named
    }

    /// [`last_word`] of the form.
    fn last_word(&self) -> &'t str {
        &self.form[self.facts().last..]
    }

    /// [`name_head`] of the form.
    fn name_head(&self) -> &'t str {
        let (s, e) = self.facts().head;
        &self.form[s..e]
    }
}

/// How many of the latest entities a short form is compared with to find its full name.
const NEARBY: usize = 64;

/// Distinct title spans kept per person.
const MAX_TITLES: usize = 4;

impl Entity {
    fn new(kind: EntityKind, surname: (usize, usize), first: Option<(usize, usize)>, gender: Option<Gender>, at: usize) -> Self {
        Entity {
            kind,
            forms: SmallVec::new(),
            surname,
            first,
            gender,
            gender_guessed: false,
            candidate: kind == EntityKind::Group,
            last: at,
            salience: (0, false, 0),
            paragraph: 0,
            spoke: false,
            org: false,
            titles: SmallVec::new(),
            singular_role: false,
            mentioned_in: 0,
            suffix: None,
            form_at: usize::MAX,
            noun: None,
            key_start: surname.0,
            dotted_key: false,
            initials: OnceCell::new(),
            form_facts: OnceCell::new(),
            elder: None,
            stands_for: None,
        }
    }
}

/// Distinct surface forms kept per entity (more only add to counts of existing ones).
const MAX_FORMS: usize = 16;
/// Pronouns look among this many most recently active candidates.
const RECENT: usize = 32;

pub struct Entities<'a> {
    text: &'a str,
    pub list: Vec<Entity>,
    /// Entities by case-folded surname (people) or phrase (groups), so linking a mention costs
    /// the few entities sharing its key, not all of them.
    by_key: FastMap<u64, SmallVec<[usize; 2]>>,
    /// Candidates for pronouns, most recent last (bounded, so resolution is O(1) per pronoun).
    recent: Vec<usize>,
    /// Sentences and paragraphs read so far, and whether the current sentence has had its
    /// main subject.
    sentence: u32,
    paragraph: u32,
    subject_seen: bool,
    /// Some organisation has been named (so short names are worth looking up).
    has_orgs: bool,
    /// People in order of creation, chained by the first byte of their surname: a misspelt
    /// surname shares it (and nearly the length), so looking for one passes over no one else.
    people: Vec<Surname>,
    /// Per first byte (modulo [`INITIALS`]): the latest person in `people`, or `NO_PERSON`.
    people_by_initial: [u32; INITIALS],
    /// People named with words between their first name and surname ("Jean-Pierre Kabongo
    /// Mukendi"), in order, with the [`initials_mask`] of those words: the few a misspelt inner
    /// name is looked for among.
    inner_named: Vec<(usize, u32)>,
    /// Groups in order of creation, chained by the first byte of their key like people; those
    /// whose key opens with dotted initials in a chain of their own (an acronym skips them). A
    /// group with an empty key is in no chain.
    groups: Vec<Initial>,
    /// Per first byte (modulo [`INITIALS`]), then the dotted chain: the latest in `groups`.
    groups_by_initial: [u32; INITIALS + 1],
    /// Counts the calls that may change the entities ([`Self::epoch`]).
    epoch: u32,
}

/// A group's entry in [`Entities::groups`].
#[derive(Clone, Copy, Debug)]
struct Initial {
    id: usize,
    /// First byte of the key in ASCII lower case.
    initial: u8,
    /// The previous group in the same chain, or `NO_PERSON`.
    prev: u32,
}

/// A person's entry in [`Entities::people`].
#[derive(Clone, Copy, Debug)]
struct Surname {
    id: usize,
    /// First byte in ASCII lower case, and length.
    initial: u8,
    len: usize,
    /// The previous person whose first byte falls in the same chain, or `NO_PERSON`.
    prev: u32,
}

/// Chains of surnames by first byte: every lower-case letter has its own.
const INITIALS: usize = 32;
const NO_PERSON: u32 = u32::MAX;

/// Case- and accent-folded hash of a key, tagged by entity kind: "Ōmori" and "Omori" are one
/// name (news copy drops diacritics as often as it keeps them). Eight bytes per step, as every
/// capitalised word of a text is looked up by it.
#[inline]
fn key_hash(s: &str, group: bool) -> u64 {
    let (h, ascii) = lanes_hash(s.as_bytes(), group);
    if ascii {
        return h;
    }
    folded_key_hash(s, group)
}

/// [`key_hash`] of a key beyond ASCII, whose letters are folded first (out of line: the
/// common ASCII key sets up no buffer).
#[inline(never)]
fn folded_key_hash(s: &str, group: bool) -> u64 {
    // The folded letters' bytes, on the stack for any name (longer ones are cut: still a key).
    let mut folded = [0u8; 64];
    let mut n = 0;
    for c in s.chars() {
        // (An ASCII letter as it is: `lanes_hash` lower-cases it.)
        if c.is_ascii() && n < folded.len() {
            folded[n] = c as u8;
            n += 1;
            continue;
        }
        let c = fold_letter(c);
        if n + c.len_utf8() > folded.len() {
            break;
        }
        n += c.encode_utf8(&mut folded[n..]).len();
    }
    lanes_hash(&folded[..n], group).0
}

/// The hash of bytes whose letters only need ASCII lower-casing, and whether they are all
/// ASCII (read from the same lanes, rather than in a pass of their own).
#[inline]
fn lanes_hash(s: &[u8], group: bool) -> (u64, bool) {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mix = |h: u64, lane: u64| (h ^ lane).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(27);
    let mut h: u64 = if group { 0x9e37_79b9_7f4a_7c15 } else { 0xcbf2_9ce4_8422_2325 };
    let mut high = 0;
    let mut chunks = s.chunks_exact(8);
    for chunk in &mut chunks {
        let lane = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        high |= lane;
        h = mix(h, ascii_lower8(lane));
    }
    // The last bytes, zero-padded (the length tells "ab" from "ab\0").
    let rest = load_short(chunks.remainder());
    (mix(mix(h, ascii_lower8(rest)), s.len() as u64), (high | rest) & HIGH == 0)
}

/// [`u8::to_ascii_lowercase`] of each byte of `x`: `A`-`Z` get 0x20 added (SWAR range tests on
/// the low seven bits, which cannot carry into the next byte), other bytes are kept.
#[inline]
fn ascii_lower8(x: u64) -> u64 {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low = x & LOW7;
    // The high bit of a byte is set by these sums when it is at least b'A', above b'Z'.
    let from_a = low + 0x3f3f_3f3f_3f3f_3f3f;
    let past_z = low + 0x2525_2525_2525_2525;
    let upper = from_a & !past_z & !x & HIGH;
    x | (upper >> 2)
}

/// `c` in ASCII lower case, without its accent when it is an accented Latin letter ("Ō" → 'o').
/// The Latin letters of European names are read from a table ([`FOLDED_LATIN`]): every
/// mention of an accented name folds each of its letters.
#[inline(always)]
fn fold_letter(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    match FOLDED_LATIN.get_or_init(fold_latin).get(c as usize - 0x80) {
        Some(&folded) => folded,
        None => fold_other(c),
    }
}

/// [`fold_other`] of U+0080 to U+024F (Latin-1 Supplement, Latin Extended-A and -B), by code
/// point from U+0080.
static FOLDED_LATIN: std::sync::OnceLock<Vec<char>> = std::sync::OnceLock::new();

fn fold_latin() -> Vec<char> {
    (0x80..0x250).map(|u| char::from_u32(u).map_or('\0', fold_other)).collect()
}

/// [`fold_letter`] of a character beyond ASCII: the base letter of its canonical decomposition
/// when that is ASCII, else its lower case.
fn fold_other(c: char) -> char {
    let mut base = c;
    unicode_normalization::char::decompose_canonical(c, |d| {
        if base == c {
            base = d;
        }
    });
    if base.is_ascii() { base.to_ascii_lowercase() } else { c.to_lowercase().next().unwrap_or(c) }
}

/// Whether two names are the same but for case and accents (mostly they are written alike,
/// which one comparison of their bytes tells).
#[inline]
fn same_name(a: &str, b: &str) -> bool {
    a == b || a.eq_ignore_ascii_case(b) || (!(a.is_ascii() && b.is_ascii()) && a.chars().map(fold_letter).eq(b.chars().map(fold_letter)))
}

/// Key of a person indexed by a word other than the surname (see `Entities::index_by_word`);
/// tagged apart from surname and group keys.
fn word_key(word: &str) -> u64 {
    word_key_of(key_hash(word, false))
}

/// Key of a person indexed by the first word of their name, for those named by it alone
/// ("Hassan said" after "Ustaz Hassan Mahamad"); tagged apart from the other keys.
fn given_key(word: &str) -> u64 {
    given_key_of(key_hash(word, false))
}

/// [`word_key`] and [`given_key`] of a word whose surname key is `surname_key`: a lone word
/// is looked up under all three, and hashed once.
fn word_key_of(surname_key: u64) -> u64 {
    surname_key.rotate_left(1)
}

fn given_key_of(surname_key: u64) -> u64 {
    surname_key.rotate_left(2)
}

/// Whether a name's first word, token `i`, may be a family name written first: no known given
/// name, not headline capitals.
fn family_name_first(v: &View, i: usize) -> bool {
    !shouted(v.s(i)) && v.given_gender(i).is_none()
}

/// The title an abbreviation stands for ("Gov" → "governor"), or the role a title names
/// ("Justice" → "judge").
fn title_abbreviation(word: &str) -> Option<&'static str> {
    const ABBREVIATIONS: [(&str, &str); 18] = [
        ("gov", "governor"), ("sen", "senator"), ("rep", "representative"), ("pres", "president"),
        ("gen", "general"), ("supt", "superintendent"), ("det", "detective"), ("insp", "inspector"),
        ("prof", "professor"), ("dr", "doctor"), ("sgt", "sergeant"), ("lt", "lieutenant"),
        ("col", "colonel"), ("capt", "captain"), ("adm", "admiral"), ("maj", "major"),
        ("cmdr", "commander"), ("justice", "judge"),
    ];
    ABBREVIATIONS.iter().find(|(a, _)| word.eq_ignore_ascii_case(a)).map(|&(_, full)| full)
}

/// A word written in capitals throughout ("SAGA", "AL-MASRI"): headline shouting or an
/// acronym, never how a name is normally written.
fn shouted(word: &str) -> bool {
    // Most words have a lower-case letter early on: look for one first.
    if word.chars().any(char::is_lowercase) {
        return false;
    }
    let (mut run, mut longest) = (0, 0);
    for c in word.chars() {
        run = if c.is_alphabetic() { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    // Initials ("K.V.") are capitals too, but never three letters in a row.
    longest >= 3
}

/// The byte span of a generational suffix ("Jr.", "Sr", "III") at token `i`, right after a
/// name. Other post-nominals ("KC", "MP") are honours, not part of the name.
fn generational_suffix(v: &View, i: usize) -> Option<(usize, usize)> {
    let t = v.toks.get(i).filter(|t| t.is_word() && t.is(flag::CAP))?;
    let word = v.text.get(t.start..t.end)?;
    let end = match word {
        "Jr." | "Sr." | "II" | "III" | "IV" => t.end,
        // "Jr" before a sentence's period: the period is the abbreviation's too.
        "Jr" | "Sr" => t.end + (v.text.as_bytes().get(t.end) == Some(&b'.')) as usize,
        _ => return None,
    };
    Some((t.start, end))
}

/// Whether `long` ends with the whole words of `short` ("Aurélio Mendes da Costa", "Mendes da
/// Costa").
fn ends_with_words(long: &str, short: &str) -> bool {
    long.len() > short.len() && long.ends_with(short) && long.as_bytes()[long.len() - short.len() - 1] == b' '
}

/// Whether `short` is words of `long` after its first, not its last ("Ruiz Díaz" of "Gustavo
/// Ruiz Díaz de la Fuente").
fn inner_words(long: &str, short: &str) -> bool {
    long.match_indices(short).any(|(at, _)| at > 0 && long.as_bytes()[at - 1] == b' ' && long.as_bytes().get(at + short.len()) == Some(&b' '))
}

/// Whether the last words of `long` are those of `short` (two or more), written without their
/// accents or one of them misspelt ([`surnames_near_miss`]).
fn ends_with_near_words(long: &str, short: &str) -> bool {
    let short: SmallVec<[&str; 4]> = short.split_whitespace().collect();
    let long: SmallVec<[&str; 8]> = long.split_whitespace().collect();
    if short.len() < 2 || long.len() <= short.len() {
        return false;
    }
    let tail = &long[long.len() - short.len()..];
    let mut misses = 0;
    for (a, b) in tail.iter().zip(&short) {
        if same_name(a, b) {
            continue;
        }
        if !surnames_near_miss(a, b) {
            return false;
        }
        misses += 1;
    }
    misses <= 1
}

/// Whether `short` is the acronym of `name` ("WADA" of "World Anti-Doping Agency", "ECOWAS" of
/// "Economic Community of West African States"): the initials of its capitalised words.
pub(super) fn acronym_of(name: &str, short: &str) -> bool {
    // "DEA" of "U.S. Drug Enforcement Administration": dotted initials before it are left out.
    // This runs for every one-word mention while organisations are known: most names fail on
    // the first letter (read in bytes), the rest are compared letter by letter.
    acronym_shaped(short) && (first_word_dotted(name) || may_start(name, short.as_bytes()[0])) && spells(initials(name), short)
}

/// Whether `short` is written like an acronym: "SEPA", or in British style "Sepa", "Nato"
/// (three letters or more).
fn acronym_shaped(short: &str) -> bool {
    let b = short.as_bytes();
    if b.is_empty() {
        return false;
    }
    let capitals = b.iter().all(u8::is_ascii_uppercase);
    let title_case = b.len() >= 3 && b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_lowercase);
    capitals || title_case
}

/// The initials of `name` that its acronym spells: the capitals that open its words.
fn initials(name: &str) -> impl Iterator<Item = char> + '_ {
    // ("STO" of "Seri Terminal Operations Sdn Bhd": a company's legal form is no initial.)
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.contains('.') && !is_legal_form(w))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
}

/// Whether the letters of `short` are `initials`, in either case.
fn spells(initials: impl IntoIterator<Item = char>, short: &str) -> bool {
    let mut initials = initials.into_iter();
    let mut letters = short.chars();
    loop {
        match (initials.next(), letters.next()) {
            (None, None) => return true,
            (Some(a), Some(b)) if a.eq_ignore_ascii_case(&b) => {}
            _ => return false,
        }
    }
}

/// Whether the first word of `name` holds a period ("U.S. Drug Enforcement Administration").
fn first_word_dotted(name: &str) -> bool {
    let n = name.as_bytes();
    memchr::memchr(b'.', &n[..memchr::memchr(b' ', n).unwrap_or(n.len())]).is_some()
}

/// Whether `name` opens with the letter `initial` (in either case, read as a byte).
#[inline]
fn may_start(name: &str, initial: u8) -> bool {
    name.as_bytes().first().is_some_and(|f| f.eq_ignore_ascii_case(&initial))
}

/// A business's name: it ends in "Corp.", "Inc.", "Pharma", "Airlines", … .
pub fn is_business(name: &str) -> bool {
    let head = |w: &str| has_org_kind(w, org_kind::BUSINESS) || is_cased_legal_form(w);
    // "Kessler-Brandt Pharma of Germany" is a business; "Ministry of Health" is not.
    let name = name.split(" of ").next().unwrap_or(name);
    // (Its last word, or any word when no "for" names a purpose: "Fund for Peace".)
    if name.contains(" for ") {
        name.split_whitespace().next_back().is_some_and(head)
    } else {
        name.split_whitespace().any(head)
    }
}

/// Whether `word` (any case) is in the `kind` section of the organisation nouns.
fn has_org_kind(word: &str, kind: u8) -> bool {
    Words::get().org_kinds(word) & kind != 0
}

/// Whether two titles are the same words but for case and periods ("Dr." and "Dr").
fn same_title_words(a: &str, b: &str) -> bool {
    a.trim_end_matches('.').eq_ignore_ascii_case(b.trim_end_matches('.'))
}

/// "His son, Mark Kowalski," (false), "His father and coach, Rafiq Ahmed Siddiqui," (true):
/// whether the name at token `k` is introduced as a child or a parent.
fn introduced_as_relative(v: &View, k: usize) -> Option<bool> {
    const PARENTS: [&str; 4] = ["father", "mother", "grandfather", "grandmother"];
    const CHILDREN: [&str; 4] = ["son", "daughter", "grandson", "granddaughter"];
    // Up to five words or commas back ("His father and coach,").
    (k.saturating_sub(5)..k).rev().take_while(|&m| v.toks[m].is_word() || v.punct(m, b",")).find_map(|m| {
        let w = v.s(m);
        if PARENTS.iter().any(|p| w.eq_ignore_ascii_case(p)) {
            Some(true)
        } else if CHILDREN.iter().any(|c| w.eq_ignore_ascii_case(c)) {
            Some(false)
        } else {
            None
        }
    })
}

/// Whether a name's first name (span `first`) and surname (span `surname`), of one mention, have
/// names between them: a short gap of words, not the text between two mentions.
fn inner_names(first: (usize, usize), surname: (usize, usize)) -> bool {
    first.1 < surname.0 && surname.0 - first.1 <= 48
}

/// One bit per ASCII letter that opens a word of `words` (any case), and the top bit for a
/// word opening with anything else: a misspelt name opens with the same letter.
fn initials_mask(words: &str) -> u32 {
    words.split(' ').filter_map(|w| w.bytes().next()).fold(0, |m, b| m | initial_bit(b))
}

/// [`initials_mask`] of a word opening with byte `b`.
#[inline]
fn initial_bit(b: u8) -> u32 {
    if b.is_ascii_alphabetic() {
        1 << (b.to_ascii_lowercase() - b'a')
    } else {
        1 << 31
    }
}

/// The gender of a relation word right before the name at `k`, or before its comma ("Her
/// husband, Syamsuddin Daeng Rewa,", "his sister Nurul"): whose given name the table may lack.
fn introduced_kin_gender(v: &View, k: usize) -> Option<Gender> {
    const MALE: [&str; 8] = ["husband", "son", "father", "brother", "grandfather", "grandson", "uncle", "nephew"];
    const FEMALE: [&str; 8] = ["wife", "daughter", "mother", "sister", "grandmother", "granddaughter", "aunt", "niece"];
    let m = if k >= 2 && v.punct(k - 1, b",") { k - 2 } else { k.checked_sub(1)? };
    let w = v.s(m);
    if !v.toks[m].is(flag::LOWER) {
        return None;
    }
    if MALE.contains(&w) {
        Some(Gender::Male)
    } else if FEMALE.contains(&w) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Whether an organisation's name is a public body's ("the Ministry of Health", "Leninsky
/// District Court"), which "the company" or "the club" never stands for.
fn is_public_body(name: &str) -> bool {
    name.split_whitespace().any(|w| has_org_kind(strip_possessive(w), org_kind::PUBLIC))
}

/// A name rather than a description: its last word is capitalised ("Medora Health Inc.", not
/// "the San Francisco-based company").
fn is_named(form: &str) -> bool {
    form.split_whitespace().next_back().is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Whether the definite generic noun `head` ("the party", "the club", "the operator") can
/// stand for the organisation `name`.
fn generic_fits(head: &str, name: &str) -> bool {
    if head.eq_ignore_ascii_case("party") {
        return name.split_whitespace().any(|w| has_org_kind(w, org_kind::PARTY));
    }
    is_generic_org_noun(head) && !is_public_body(name)
}

/// The nouns [`generic_fits`] links: "party" and the other generic ones.
fn is_generic_org_noun(head: &str) -> bool {
    has_org_kind(head, org_kind::GENERIC)
}

/// Generic nouns for a body that a story uses for the organisation it has just named, whatever
/// the organisation's name ("the union" for "the National Basketball Players Association"),
/// which is not a public body. (Not public bodies' own nouns: "the ministry" after a company
/// is another body.)
pub fn is_body_noun(head: &str) -> bool {
    has_org_kind(head, org_kind::BODY)
}

/// The word before an organisation's complement ("Observatory" of "Tunisian Observatory for
/// Migrant Rights", "Mission" of "OSCE Mission to Bosnia and Herzegovina"): the noun a later
/// "the observatory" repeats.
fn name_head(form: &str) -> &str {
    // (Word by word, in bytes: this runs for each organisation a definite noun is compared with.)
    let (mut prev, mut at) = (0..0, 0);
    for w in form.as_bytes().split(|&b| b == b' ') {
        if matches!(w, b"of" | b"for" | b"to") {
            return &form[prev];
        }
        prev = at..at + w.len();
        at += w.len() + 1;
    }
    ""
}

/// Whether `short` repeats `full` ("coast guard" of "Italian coast guard", "bureau" of
/// "Transport Safety Investigation Bureau", "ministry" of "Ministry of Health"): its words end
/// the fuller name, or it is one word of it.
fn repeats(full: &str, short: &str, full_words: u64) -> bool {
    if full.len() <= short.len() {
        return false;
    }
    let ends = full.as_bytes()[full.len() - short.len() - 1] == b' '
        && full[full.len() - short.len()..].eq_ignore_ascii_case(short);
    // (`full_words`: the [`word_bit`]s of its words, which pass over most names unread.)
    ends || (full_words & word_bit(short) != 0 && !short.contains(' ') && full.split_whitespace().any(|w| w.eq_ignore_ascii_case(short)))
}

/// A bit for word `w` in any ASCII case, from its length and its first and last bytes: the
/// bits of a name's words tell most words absent from it without reading it.
fn word_bit(w: &str) -> u64 {
    let b = w.as_bytes();
    match (b.first(), b.last()) {
        (Some(f), Some(l)) => {
            let (f, l) = (u32::from(f.to_ascii_lowercase()), u32::from(l.to_ascii_lowercase()));
            1 << ((((b.len() as u32) * 7) ^ f ^ (l << 2)) % 64)
        }
        _ => 1,
    }
}

/// A surname without the Arabic article written onto it ("Al-Majali" → "Majali"): stories write
/// it both ways.
fn bare_surname(s: &str) -> &str {
    match s.as_bytes() {
        [a, l, b'-', _, ..] if matches!((a.to_ascii_lowercase(), l.to_ascii_lowercase()), (b'a', b'l') | (b'e', b'l')) => &s[3..],
        _ => s,
    }
}

/// `s` without the possessive ending of a name ("Annanack-Kauki's", "the Azores’").
#[inline]
pub fn strip_possessive(s: &str) -> &str {
    // ("the University of the Azores’ station": a plural's apostrophe alone.)
    let cut = match s.as_bytes() {
        [.., b'\'', b's'] => 2,
        [.., 0xE2, 0x80, 0x99, b's'] => 4,
        [.., b's', b'\''] => 1,
        [.., b's', 0xE2, 0x80, 0x99] => 3,
        _ => 0,
    };
    &s[..s.len() - cut]
}

/// The head noun of a role phrase: its last word before a complement, relative clause or
/// participle ("employee" of "a municipal employee who spoke on condition of anonymity",
/// "farmer" of "one farmer moving his cattle to lower pastures", "woman" of "another woman,
/// who declined to give her name").
fn role_head(phrase: &str) -> Option<&str> {
    const OPENS: [&str; 10] = ["who", "for", "of", "at", "in", "with", "on", "from", "close", "familiar"];
    let mut head = None;
    for w in phrase.split_whitespace().skip(1) {
        if OPENS.contains(&w) || (w.len() > 4 && w.ends_with("ing")) {
            break;
        }
        if let Some(w) = w.strip_suffix(',') {
            return Some(w);
        }
        head = Some(w);
    }
    head
}

/// Whether `text` holds `word` (capitalised) as a whole word in lower case.
fn written_lower(text: &str, word: &str) -> bool {
    let mut lower = [0u8; 32];
    let w = word.as_bytes();
    if w.len() > lower.len() || !w.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    lower[..w.len()].copy_from_slice(w);
    lower[0] = lower[0].to_ascii_lowercase();
    let bytes = text.as_bytes();
    let alnum = |i: usize| bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric() || *b >= 0x80);
    memchr::memmem::find_iter(bytes, &lower[..w.len()]).any(|at| (at == 0 || !alnum(at - 1)) && !alnum(at + w.len()))
}

/// Whether `c` is a quote mark that may set off a nickname.
fn is_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '‘' | '’' | '\'')
}

/// A name without the quoted nickname inside it ("Rodelio “Jun” Macaraeg" → "Rodelio
/// Macaraeg"): the nickname is how the story introduces the person, not their name.
fn without_nickname(form: &str) -> std::borrow::Cow<'_, str> {
    // (Most names hold no mark: every mark is `"`, `'` or a character whose UTF-8 opens with 0xE2.)
    if memchr::memchr3(b'"', b'\'', 0xE2, form.as_bytes()).is_none() {
        return form.into();
    }
    let open = form.find(is_mark);
    let Some(open) = open.filter(|&o| o > 0 && form.as_bytes()[o - 1] == b' ') else { return form.into() };
    let after = &form[open..];
    let mark_len = after.chars().next().map_or(1, char::len_utf8);
    let Some(close) = after[mark_len..].find(is_mark) else { return form.into() };
    let rest = after[mark_len + close..].chars().skip(1).collect::<String>();
    format!("{}{}", &form[..open - 1], rest).into()
}

/// The head word of each title in `title`, joined by "and" ("chairman and managing director"
/// → "chairman", "director"): the last word before a complement ("mayor" of "the mayor of
/// this northern industrial city").
fn title_heads(title: &str) -> impl Iterator<Item = &str> {
    const OPENS: [&str; 6] = ["of", "for", "at", "in", "with", "on"];
    title.split(" and ").filter_map(|part| part.split_whitespace().take_while(|w| !OPENS.contains(w)).last())
}

/// Where "-based " is in `phrase` ("Bengaluru-based Kaveri Agro Foods Ltd"): a search for its
/// hyphens, which most phrases lack (cheaper than a substring searcher set up per phrase).
fn based_at(phrase: &str) -> Option<usize> {
    let b = phrase.as_bytes();
    memchr::memchr_iter(b'-', b).find(|&p| b[p..].starts_with(b"-based "))
}

/// The words of `s` after its last space (all of it when it has none).
fn last_word(s: &str) -> &str {
    memchr::memrchr(b' ', s.as_bytes()).map_or(s, |p| &s[p + 1..])
}

/// "the Kremlin" and "The Kremlin" are one phrase.
fn group_key(s: &str) -> &str {
    for det in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = s.strip_prefix(det) {
            return rest;
        }
    }
    s
}

impl<'a> Entities<'a> {
    pub fn new(text: &'a str) -> Self {
        // Sized for a typical article's people and organisations, so they rarely grow.
        let (list, by_key, recent) = (Vec::with_capacity(32), FastMap::with_capacity_and_hasher(32, Default::default()), Vec::with_capacity(RECENT));
        let (people, people_by_initial) = (Vec::with_capacity(32), [NO_PERSON; INITIALS]);
        let (groups, groups_by_initial) = (Vec::with_capacity(32), [NO_PERSON; INITIALS + 1]);
        Entities { text, list, by_key, recent, sentence: 0, paragraph: 0, subject_seen: false, has_orgs: false, people, people_by_initial, inner_named: Vec::new(), groups, groups_by_initial, epoch: 0 }
    }

    /// Changes with every call that may change the entities: two equal readings mean nothing
    /// was linked, created, touched or resolved in between.
    pub fn epoch(&self) -> u32 {
        self.epoch
    }

    /// The reader has passed a sentence boundary (and a line break when `paragraph`).
    pub fn new_sentence(&mut self, paragraph: bool) {
        self.epoch = self.epoch.wrapping_add(1);
        self.sentence += 1;
        self.paragraph += paragraph as u32;
        self.subject_seen = false;
    }

    fn add_form(&mut self, id: usize, span: (usize, usize)) {
        let text = self.text;
        let e = &mut self.list[id];
        if e.form_at == span.0 {
            return;
        }
        e.form_at = span.0;
        let full = e.forms.len() >= MAX_FORMS;
        match e.forms.iter_mut().find(|f| text[f.0..f.1] == text[span.0..span.1]) {
            Some(f) => f.2 += 1,
            None if !full => e.forms.push((span.0, span.1, 1)),
            None => {}
        }
    }

    /// Links the person named by tokens `name` (mentioned at token `at`) to an entity; creates
    /// one when `create` and none matches.
    ///
    /// `mention_start` is the token where the whole mention begins: the words from there to the
    /// name are its titles ("Governor" of "Governor Celeste Broussard").
    pub fn person(&mut self, v: &View, name: (usize, usize), mention_start: usize, create: bool, gender: Option<Gender>, at: usize) -> Option<usize> {
        if name.0 >= name.1 {
            return None;
        }
        let title = (mention_start < name.0).then(|| (v.toks[mention_start].start, v.toks[name.0 - 1].end));
        // (A mention that links to no one changes nothing: most capitalised words are not people.)
        let id = self.link_person(v, name, title, create, gender, at)?;
        self.epoch = self.epoch.wrapping_add(1);
        if let Some(suffix) = generational_suffix(v, name.1) {
            self.list[id].suffix.get_or_insert(suffix);
        }
        if mention_start < name.0 {
            self.add_title(id, (v.toks[mention_start].start, v.toks[name.0 - 1].end));
        }
        Some(id)
    }

    /// Records that person `id` holds the title at byte span `span` ("Governor", "the mayor of
    /// this northern industrial city").
    pub fn add_title(&mut self, id: usize, span: (usize, usize)) {
        self.epoch = self.epoch.wrapping_add(1);
        let text = self.text;
        let titles = &mut self.list[id].titles;
        if titles.len() < MAX_TITLES && !titles.iter().any(|t| text[t.0..t.1] == text[span.0..span.1]) {
            titles.push(span);
        }
    }

    /// A new person entity for the name at tokens `name` (surname key `key`, first name
    /// `first`, surname span and text `surname`), indexed by its surname, given name and the
    /// other words it may be named by. (Out of [`Self::link_person`]: most mentions link.)
    #[inline(never)]
    fn new_person(&mut self, v: &View, name: (usize, usize), key: u64, first: Option<(usize, usize)>, surname: ((usize, usize), &str), at: usize) -> usize {
        let text = self.text;
        let (surname, surname_str) = surname;
        let id = self.list.len();
        self.by_key.entry(key).or_default().push(id);
        if let Some(f) = first {
            self.by_key.entry(given_key(&text[f.0..f.1])).or_default().push(id);
        }
        if let Some(f) = first.filter(|_| family_name_first(v, name.0)) {
            self.index_by_word(&text[f.0..f.1], id);
        }
        // "Benítez" after "Adriana Benítez Lozano": a first surname of two ("Vidal" after
        // "Montserrat Vidal i Pujol": before the "i" or "y" that joins them).
        if name.1 - name.0 >= 3 {
            let k = if name.1 - name.0 >= 4 && matches!(v.s(name.1 - 2), "i" | "y") { name.1 - 3 } else { name.1 - 2 };
            let t = &v.toks[k];
            if t.is(flag::CAP) && v.class(k) & class::PARTICLE == 0 {
                self.index_by_word(&text[t.start..t.end], id);
            }
        }
        // "Ruiz" after "Gustavo Ruiz Díaz de la Fuente": the surnames between the given name and
        // a particle inside the name.
        if let Some(p) = (name.0 + 2..name.1 - 1).find(|&k| v.toks[k].is(flag::LOWER) && v.class(k) & class::PARTICLE != 0) {
            for k in name.0 + 1..p {
                let t = &v.toks[k];
                if t.is(flag::CAP) && v.class(k) & class::PARTICLE == 0 {
                    self.index_by_word(&text[t.start..t.end], id);
                }
            }
        }
        if let Some(&initial) = surname_str.as_bytes().first() {
            let initial = initial.to_ascii_lowercase();
            let chain = &mut self.people_by_initial[initial as usize % INITIALS];
            self.people.push(Surname { id, initial, len: surname_str.len(), prev: *chain });
            *chain = (self.people.len() - 1) as u32;
        }
        if let Some(f) = first.filter(|&f| inner_names(f, surname)) {
            self.inner_named.push((id, initials_mask(&text[f.1..surname.0])));
        }
        let mut e = Entity::new(EntityKind::Person, surname, first, None, at);
        e.elder = introduced_as_relative(v, name.0);
        e.gender = introduced_kin_gender(v, name.0);
        self.list.push(e);
        id
    }

    fn link_person(&mut self, v: &View, name: (usize, usize), title: Option<(usize, usize)>, create: bool, gender: Option<Gender>, at: usize) -> Option<usize> {
        let text = self.text;
        let (s, _) = v.span(name.0, name.1);
        let last_tok = &v.toks[name.1 - 1];
        let surname_str = strip_possessive(&text[last_tok.start..last_tok.end]);
        let surname = (last_tok.start, last_tok.start + surname_str.len());
        let span = (s, surname.1);
        // ("Ole Østergaard": a capitalised particle that is also a given name opens a name of
        // two words as the given name, so "Signe Østergaard" is someone else.)
        let given_particle = || name.1 - name.0 == 2 && v.toks[name.0].is(flag::CAP) && v.given_name(name.0);
        let first = (name.1 - name.0 >= 2 && (v.class(name.0) & class::PARTICLE == 0 || given_particle())).then(|| {
            let t = &v.toks[name.0];
            (t.start, t.end)
        });
        let bare = bare_surname(surname_str);
        let key = key_hash(bare, false);
        let list = &self.list;
        // A person entity of this surname (the key's bucket holds other words of its hash too).
        let shares_surname = |id: usize| {
            let e = &list[id];
            e.kind == EntityKind::Person && same_name(bare_surname(&text[e.surname.0..e.surname.1]), bare)
        };
        // "the elder Kowalski", "the younger Brennan": of the people sharing the surname, the
        // one introduced as a parent or a child, or the other of two when one of them was.
        let family = (name.1 - name.0 == 1 && name.0 >= 2 && v.is(name.0 - 2, "the"))
            .then(|| ["elder", "older", "younger"].iter().position(|w| v.is(name.0 - 1, w)))
            .flatten()
            .and_then(|which| {
                let elder = which < 2;
                let same: SmallVec<[usize; 4]> = self.by_key.get(&key)?.iter().copied().filter(|&id| shares_surname(id) && list[id].first.is_some()).collect();
                let known = same.iter().copied().find(|&id| list[id].elder == Some(elder));
                let other = || match *same.as_slice() {
                    [a, b] if list[a].elder == Some(!elder) && list[b].elder.is_none() => Some(b),
                    [a, b] if list[b].elder == Some(!elder) && list[a].elder.is_none() => Some(a),
                    _ => None,
                };
                known.or_else(other)
            });
        // The few most recent people with this surname: a long document can hold many. Of
        // several, a surname alone with a title ("Dr. Rahman", "Mr Tan") is the one who had
        // the same title, else the latest whose gender the title's does not contradict (none
        // whose gender it does: "Mr Tan" is not "Grace Tan").
        let titled = |id: usize| {
            let e = &list[id];
            let same_title = title.is_some_and(|t| e.titles.iter().any(|s| same_title_words(&text[s.0..s.1], &text[t.0..t.1])));
            let gender_fits = match (gender, e.gender) {
                (Some(g @ (Gender::Male | Gender::Female)), Some(eg @ (Gender::Male | Gender::Female))) => g == eg || e.gender_guessed,
                _ => true,
            };
            (same_title, gender_fits)
        };
        let found = family.or_else(|| {
            let same = self.by_key.get(&key)?.iter().rev().take(8).copied().filter(|&id| {
                let e = &list[id];
                shares_surname(id)
                    && match (e.first, first) {
                        (Some(a), Some(b)) => {
                            let (a, b) = (&text[a.0..a.1], &text[b.0..b.1]);
                            // "Mendes da Costa" repeats the end of "Aurélio Mendes da Costa".
                            // ("Hranfsdóttir Blöndal" after "Sigurlaug Hrafnsdóttir Blöndal": one
                            // of the words misspelt.)
                            let tail = || e.forms.iter().any(|f| ends_with_words(&text[f.0..f.1], &text[span.0..span.1]) || ends_with_near_words(&text[f.0..f.1], &text[span.0..span.1]));
                            same_name(a, b) || first_names_compatible(a, b) || tail()
                        }
                        _ => true,
                    }
            });
            // A full name's fit is its names alone; a surname's is ranked by title and gender,
            // each worked out once. (n counts from the latest, so among equal fits the latest
            // ranks highest.)
            let fits = same.map(|id| (id, if first.is_some() { (false, true) } else { titled(id) }));
            fits.filter(|&(_, (_, gender_fits))| gender_fits)
                .enumerate()
                .max_by_key(|&(n, (_, (same_title, _)))| (same_title, std::cmp::Reverse(n)))
                .map(|(_, (id, _))| id)
        });
        // "Baek" after "Baek Hye-jin", "Tan" after "Tan Jun Hao": a family name written first
        // (people whose first word is no known given name are indexed by it too).
        let found = found.or_else(|| {
            if name.1 - name.0 != 1 {
                return None;
            }
            let list = &self.list;
            self.by_key.get(&word_key_of(key)).and_then(|ids| {
                ids.iter().rev().copied().find(|&id| {
                    // (A nickname keeps its marks in the form: "Rodolfo “Dodong” Ilagan".)
                    list[id].forms.iter().any(|f| text[f.0..f.1].split_whitespace().any(|w| same_name(w.trim_matches(is_mark), surname_str)))
                })
            })
        });
        // "Ruiz Díaz" after "Gustavo Ruiz Díaz de la Fuente", "Medeiros da Silveira" after "Inês
        // Medeiros da Silveira Bettencourt": surnames from inside a full name (its first is
        // indexed by word).
        let found = found.or_else(|| {
            let f = first?;
            let said = &text[span.0..span.1];
            let list = &self.list;
            self.by_key.get(&word_key(&text[f.0..f.1]))?.iter().rev().copied().find(|&id| {
                list[id].kind == EntityKind::Person && list[id].forms.iter().any(|g| inner_words(&text[g.0..g.1], said))
            })
        });
        // "Purnamsari said" after "Ratna Purnamasari": a misspelt surname of someone named in full.
        let found = found.or_else(|| self.near_miss_person(surname_str, first, &text[span.0..span.1]));
        // "Dr. Kabonga said" after "Jean-Pierre Kabongo Mukendi": a lone surname that misspells
        // one from inside a full name.
        let found = found.or_else(|| if name.1 - name.0 == 1 { self.near_miss_inner(surname_str) } else { None });
        // "Gustavo Olaechea Palomino" after a headline's bare "Olaechea": a first surname of two
        // named them already.
        let found = found.or_else(|| {
            let t = v.toks.get(name.1.checked_sub(2)?).filter(|_| name.1 - name.0 >= 3 && v.class(name.1 - 2) & class::PARTICLE == 0)?;
            self.lone_word_person(&text[t.start..t.end])
        });
        // "Park Sang-woo" after a headline's bare "Park": so did a family name written first,
        // before an East Asian given name.
        let found = found.or_else(|| {
            let family_first = name.1 - name.0 == 2 && east_asian_given(v, name.0 + 1) && family_name_first(v, name.0);
            family_first.then(|| self.lone_word_person(v.s(name.0))).flatten()
        });
        // "Hassan said" after "Ustaz Hassan Mahamad", "Abdul Rahim said" after "Gen Abdul Rahim
        // Zakaria": someone named by the given names that open their full name.
        let found = found.or_else(|| {
            let said = &text[span.0..span.1];
            // (A lone word is the surname, whose key is known.)
            let (said_first, given) = if span.0 == surname.0 {
                (said, given_key_of(key))
            } else {
                let first = said.bytes().position(|b| b == b' ').map_or(said, |p| &said[..p]);
                (first, given_key(first))
            };
            let (list, window) = (&self.list, self.list.len().saturating_sub(NEARBY));
            let ids = self.by_key.get(&given)?;
            ids.iter().copied().filter(|&id| {
                let e = &list[id];
                id >= window
                    && e.first.is_some_and(|f| &text[f.0..f.1] == said_first)
                    && e.forms.iter().any(|f| {
                        let form = &text[f.0..f.1];
                        form.len() > said.len() + 1 && form.starts_with(said) && form.as_bytes()[said.len()] == b' '
                    })
            })
            .max()
        });
        let id = match found {
            Some(id) => id,
            None if create => self.new_person(v, name, key, first, (surname, surname_str), at),
            None => return None,
        };
        if let Some(f) = first.filter(|&f| self.list[id].first.is_some_and(|e| text[e.0..e.1] != text[f.0..f.1])) {
            if family_name_first(v, name.0) {
                self.index_by_word(&text[f.0..f.1], id);
            }
        }
        // "Dodong said" after "Rodolfo “Dodong” Ilagan": the nickname names them too.
        if let Some(t) = v.toks[name.0..name.1].iter().find(|t| t.kind == TokKind::Quoted) {
            self.index_by_word(&text[t.start..t.end], id);
        }
        self.add_form(id, span);
        // Gender from the given name, looked up only while the entity has none.
        // A lone given name ("her husband, Marc,") tells the gender too.
        let given = first.map(|f| (f, name.0)).or_else(|| (name.1 - name.0 == 1).then_some((surname, name.0)));
        let open = self.list[id].gender.is_none() || (self.list[id].gender_guessed && first.is_some());
        let first_gender = given.filter(|_| open && gender.is_none()).and_then(|(f, k)| {
            // (The lone word's token, when no possessive was cut off it.)
            if f == (v.toks[k].start, v.toks[k].end) { v.given_gender(k) } else { v.words.given_name_gender(&text[f.0..f.1]) }
        });
        if let Some(f) = first.filter(|_| self.list[id].first.is_none()) {
            self.by_key.entry(given_key(&text[f.0..f.1])).or_default().push(id);
        }
        let paragraph = self.paragraph;
        let e = &mut self.list[id];
        e.mentioned_in = paragraph;
        if e.first.is_none() {
            e.first = first;
            if let Some(f) = first.filter(|&f| e.kind == EntityKind::Person && inner_names(f, e.surname)) {
                self.inner_named.push((id, initials_mask(&self.text[f.1..e.surname.0])));
            }
        }
        if e.gender.is_none() || (e.gender_guessed && (gender.is_some() || first.is_some() && first_gender.is_some())) {
            e.gender_guessed = gender.is_none() && first.is_none() && first_gender.is_some();
            e.gender = gender.or(first_gender);
        }
        e.last = e.last.max(at);
        if e.candidate {
            self.note_recent(id);
        }
        Some(id)
    }

    /// The latest person among the last [`NEARBY`] entities, named in full, whose surname is a
    /// near miss of `surname` ("Purnamasari" for "Purnamsari") and whose first name fits
    /// `first` (of the mention `said`).
    fn near_miss_person(&self, surname: &str, first: Option<(usize, usize)>, said: &str) -> Option<usize> {
        // `surnames_near_miss` wants the same first byte (in either case) and lengths within 4.
        let initial = surname.as_bytes().first()?.to_ascii_lowercase();
        let window = self.list.len().saturating_sub(NEARBY);
        // The chain of this first byte, latest first, while in the window.
        let mut at = self.people_by_initial[initial as usize % INITIALS];
        let chain = std::iter::from_fn(|| {
            let p = *self.people.get(at as usize)?;
            at = p.prev;
            Some(p)
        });
        let candidates = chain.take_while(|p| p.id >= window);
        candidates.filter(|p| p.initial == initial && p.len.abs_diff(surname.len()) <= 4).map(|p| p.id).find(|&id| self.misspells(id, surname, first, said))
    }

    /// The latest person among the last [`NEARBY`] entities, named in full, one of whose names
    /// between the first and the surname `word` misspells ([`surnames_near_miss`]). Asked only
    /// of a lone word no one else fits, as a misspelling is not a new person.
    #[cold]
    fn near_miss_inner(&self, word: &str) -> Option<usize> {
        let (text, window) = (self.text, self.list.len().saturating_sub(NEARBY));
        let initial = initial_bit(*word.as_bytes().first()?);
        let candidates = self.inner_named.iter().rev().copied().take_while(|&(id, _)| id >= window);
        candidates.filter(|&(_, mask)| mask & initial != 0).map(|(id, _)| id).find(|&id| {
            let e = &self.list[id];
            let inner = e.first.map_or("", |f| &text[f.1..e.surname.0]);
            // (Words of six letters or more: "Hamas" is no misspelt "Hamad".)
            inner.split(' ').any(|w| w.len() > 5 && surnames_near_miss(w, word))
        })
    }

    /// Whether entity `id` is a person named in full whose surname `surname` misspells and whose
    /// first name fits `first`, or whose full name ends with the words of `said` ("Cuevas
    /// Arevena" of "María José Cuevas Aravena": two surnames, the first no given name).
    fn misspells(&self, id: usize, surname: &str, first: Option<(usize, usize)>, said: &str) -> bool {
        let (e, text) = (&self.list[id], self.text);
        e.kind == EntityKind::Person
            && e.first.is_some()
            && surnames_near_miss(&text[e.surname.0..e.surname.1], surname)
            && match (e.first, first) {
                (Some(a), Some(b)) => first_names_compatible(&text[a.0..a.1], &text[b.0..b.1]) || e.forms.iter().any(|f| ends_with_near_words(&text[f.0..f.1], said)),
                _ => true,
            }
    }

    /// Links an organisation (`org`) or role phrase (byte span), mentioned as a subject or
    /// speaker when `subject`, to an entity, creating it if new. A definite short form links to the fuller name it repeats: "the coast guard" to
    /// "the Italian coast guard", "the bureau" to "the Transport Safety Investigation Bureau".
    pub fn group(&mut self, span: (usize, usize), org: bool, subject: bool, at: usize) -> usize {
        self.epoch = self.epoch.wrapping_add(1);
        let text = self.text;
        // "The Royal College of Nursing’s survey": the organisation, not its possessive.
        let span = (span.0, span.0 + strip_possessive(&text[span.0..span.1]).len());
        // "Bengaluru-based Kaveri Agro Foods Ltd": where it is based describes its name (not
        // "the San Francisco-based company", a description only).
        let span = match based_at(&text[span.0..span.1]) {
            Some(p) if text[span.0 + p + 7..span.1].starts_with(char::is_uppercase) => (span.0 + p + 7, span.1),
            _ => span,
        };
        let phrase = &text[span.0..span.1];
        let key = group_key(phrase);
        let hash = key_hash(key, true);
        let list = &self.list;
        // (A headline drops the article: "… as club hovers above drop zone".)
        // (Whether the key is one word is asked below again and again: looked for once. A
        // phrase without a space is its key, as every determiner ends in one.)
        let one_word = !key.contains(' ');
        let headline_noun = one_word && key.len() == phrase.len() && phrase.starts_with(|c: char| c.is_ascii_lowercase());
        let definite = headline_noun || (key.len() < phrase.len() && phrase[..phrase.len() - key.len()].trim().eq_ignore_ascii_case("the"));
        // "the company" after "Meridian Offshore Corp.": a generic word for a business stands
        // for the last one named (even after an earlier "the company").
        let generic_head = last_word(key);
        // (The key's organisation-noun kinds, looked up when first asked and then kept: the
        // rules below ask for several, some once per recent group.)
        let key_kinds = OnceCell::new();
        let key_is = |kind: u8| *key_kinds.get_or_init(|| Words::get().org_kinds(key)) & kind != 0;
        // ("Fernandez-Otamendi's company": a person's business is the one named, as "the company";
        // not "Acme's union", another body.)
        let owned = || generic_head.len() < phrase.len() && singular_possessive(phrase[..phrase.len() - generic_head.len()].trim_end().as_bytes());
        let business = org
            && (definite || key == generic_head || owned())
            && if one_word { key_is(org_kind::BUSINESS_NOUN) } else { has_org_kind(generic_head, org_kind::BUSINESS_NOUN) };
        let found = if business {
            // (A name, with or without "the": "the Société Minière du Littoral", not "the ferry
            // company", "the Dutch firm Ostervelt Generics" nor "the Public Health Ministry".)
            let proper = |key: &str| key.split(' ').all(|w| w.starts_with(char::is_uppercase) || Words::get().class_of(w.as_bytes()) & class::PARTICLE != 0);
            let named = |g: GroupForm| if g.key == g.form { g.form.starts_with(char::is_uppercase) } else { proper(g.key) && !is_public_body(g.key) };
            self.recent_group(true, |g| named(g) && is_business(g.key))
        } else {
            None
        };
        // "the diplomat" after "a senior European diplomat", "the nurse" after "A nurse who
        // asked not to be named": a definite role repeats the last one with its head word
        // (the latest, not an earlier "A nurse" with the same words).
        // ("the former manager" after "A former Coastal Harbor claims manager", "the delegation
        // member" after "A member of the Thai delegation": each of its words.)
        let found = found.or_else(|| {
            if org || !definite {
                return None;
            }
            self.recent_group(false, |g| {
                let words = g.form.split_whitespace();
                words.clone().nth(1).is_some() && key.split(' ').all(|k| words.clone().any(|w| w.eq_ignore_ascii_case(k)))
            })
        });
        let found = found.or_else(|| self.by_key.get(&hash).and_then(|ids| ids.iter().rev().copied().find(|&id| {
            let e = &list[id];
            e.kind == EntityKind::Group && self.group_form(e).is_some_and(|g| g.key.eq_ignore_ascii_case(key))
        })));
        // "the union" after "the metalworkers’ union MetallVerband": the noun that described a
        // name stands for it.
        let found = found.or_else(|| {
            if !definite || !one_word {
                return None;
            }
            self.recent_groups(true).find(|&id| list[id].noun.is_some_and(|n| text[n.0..n.1].eq_ignore_ascii_case(key)))
        });
        // "The Data Protection Board of India" after a headline's "Data Protection Board": the
        // full name joins the short one (only by a complement or a company's suffix: "the
        // Kingsmere Athletic Supporters' Trust" is not "Kingsmere Athletic").
        let found = found.or_else(|| {
            if !org || one_word {
                return None;
            }
            self.recent_group(true, |g| {
                let short = g.key;
                // (In any case: a headline's "as ministry says" before "the Ministry of Health".)
                let extends = short.len() < key.len() && key.get(..short.len()).is_some_and(|k| k.eq_ignore_ascii_case(short)) && key.as_bytes()[short.len()] == b' ';
                extends && {
                    let rest = &key[short.len() + 1..];
                    ["of ", "for ", "in ", "on "].iter().any(|p| rest.starts_with(p)) || (!rest.contains(' ') && is_business(rest))
                }
            })
        });
        // "the collective" after "The Bengaluru Tech Workers' Collective", "the mission" after
        // "the OSCE Mission to Bosnia and Herzegovina": a definite noun that ends a named
        // organisation's name, or heads it before its complement, is that organisation.
        let found = found.or_else(|| {
            if !definite || !one_word {
                return None;
            }
            self.recent_group(true, |g| g.named() && (g.last_word().eq_ignore_ascii_case(key) || g.name_head().eq_ignore_ascii_case(key)))
        });
        // "WADA" after "the World Anti-Doping Agency", "Tessaron" after "Tessaron Microsystems".
        // "Kaveri Agro Foods" after "Kaveri Agro Foods Ltd": the first words of a name.
        let found = found.or_else(|| if org { self.org_by_short_name(key) } else { None });
        let found = found.or_else(|| {
            if !org || !definite {
                return None;
            }
            self.recent_group(true, |g| repeats(g.key, key, g.facts().key_words))
        });
        // "the operator" after "the Tyne Metro Partnership", "the party" after "the Movement for
        // Rights and Unity": a generic noun stands for the last organisation named that it fits.
        // (Whether the noun was read as an organisation word or a role: "the operator said".)
        let found = found.or_else(|| {
            if !definite || !key_is(org_kind::GENERIC) {
                return None;
            }
            self.recent_group(true, |g| g.named() && generic_fits(key, g.key))
        });
        // "The National Basketball Players Association said it would appeal. “…,” the union
        // said.", "Elections Nova Scotia said …. “…,” the agency said": failing all the above, a
        // generic noun for a body stands for the organisation the story was just about (a
        // subject or speaker of this paragraph or the one before), whatever its name's words
        // ("the regulator", "the agency" may be a public body; "the company" may not).
        // (A definite organisation noun of a body or a public body: "the union", "the agency".)
        let body_noun = || org && definite && (key_is(org_kind::PUBLIC_NOUN) || key_is(org_kind::BODY));
        let found = found.or_else(|| {
            let public = key_is(org_kind::PUBLIC_NOUN);
            if !body_noun() {
                return None;
            }
            let paragraph = self.paragraph;
            self.recent_groups(true).find(|&id| {
                let e = &list[id];
                e.candidate && e.mentioned_in + 1 >= paragraph && self.group_form(e).is_some_and(|g| g.named() && (public || !is_public_body(g.form)))
            })
            // ("The regulator said" paragraphs after "Estonia's financial watchdog, the Financial
            // Supervision and Resolution Authority,": a regulator's noun reaches further back,
            // to the last public body named.)
            .or_else(|| {
                let reaches = key_is(org_kind::REGULATOR);
                reaches.then(|| self.recent_groups(true).find(|&id| self.group_form(&list[id]).is_some_and(|g| g.named() && is_public_body(g.form)))).flatten()
            })
        });
        // "South West Water said …. “…,” the company said": failing any organisation, a body's
        // noun stands for the name the story was just about when nothing marks it a person's.
        if found.is_none() && body_noun() {
            if let Some(id) = self.nameless_subject() {
                self.touch(id, at, subject, false);
                return id;
            }
        }
        let id = found.unwrap_or_else(|| {
            self.by_key.entry(hash).or_default().push(self.list.len());
            let mut e = Entity::new(EntityKind::Group, span, None, Some(Gender::Plural), at);
            e.candidate = subject;
            e.key_start = span.1 - key.len();
            e.dotted_key = first_word_dotted(key);
            // Every group is listed; those with a key are chained by its first byte too.
            let id = self.list.len();
            match key.as_bytes().first() {
                Some(&initial) => {
                    let initial = initial.to_ascii_lowercase();
                    let chain = &mut self.groups_by_initial[if e.dotted_key { INITIALS } else { initial as usize % INITIALS }];
                    self.groups.push(Initial { id, initial, prev: *chain });
                    *chain = (self.groups.len() - 1) as u32;
                }
                None => self.groups.push(Initial { id, initial: 0, prev: NO_PERSON }),
            }
            // (The first word read only of a role.)
            e.singular_role = !org
                && {
                    let first = phrase.split_whitespace().next().unwrap_or("");
                    SINGULAR_DETERMINERS.iter().any(|d| first.eq_ignore_ascii_case(d))
                }
                && role_head(phrase).is_some_and(|head| !head.ends_with('s'));
            if e.singular_role {
                e.gender = None;
            }
            self.list.push(e);
            self.list.len() - 1
        });
        self.add_form(id, span);
        self.list[id].mentioned_in = self.paragraph;
        self.list[id].org |= org;
        self.has_orgs |= org;
        self.list[id].last = self.list[id].last.max(at);
        self.touch(id, at, subject, false);
        id
    }

    /// The latest person named by `word` alone ("Olaechea", "Park" in a headline).
    fn lone_word_person(&self, word: &str) -> Option<usize> {
        let (text, list) = (self.text, &self.list);
        self.by_key.get(&key_hash(word, false))?.iter().rev().copied().find(|&id| {
            let e = &list[id];
            e.kind == EntityKind::Person && e.first.is_none() && same_name(&text[e.surname.0..e.surname.1], word)
        })
    }

    /// The latest of the last [`NEARBY`] entities that is a group — an organisation when `org`,
    /// a role otherwise — whose first form satisfies `pred`. Linking short forms to names only
    /// looks this far back, so it costs the same in any length of document.
    fn recent_group(&self, org: bool, pred: impl Fn(GroupForm) -> bool) -> Option<usize> {
        self.recent_groups(org).find(|&id| self.group_form(&self.list[id]).is_some_and(&pred))
    }

    /// The groups among the last [`NEARBY`] entities, latest first — organisations when `org`,
    /// roles otherwise: people are passed over without a look.
    fn recent_groups(&self, org: bool) -> impl Iterator<Item = usize> + '_ {
        let window = self.list.len().saturating_sub(NEARBY);
        self.groups.iter().rev().take_while(move |g| g.id >= window).map(|g| g.id).filter(move |&id| {
            let e = &self.list[id];
            e.kind == EntityKind::Group && e.org == org
        })
    }

    /// The first form of group `e` and its key.
    #[inline]
    fn group_form<'s>(&'s self, e: &'s Entity) -> Option<GroupForm<'s>> {
        let f = e.forms.first()?;
        let form = &self.text[f.0..f.1];
        // The first form is the span the group was created with, where its key was noted.
        debug_assert_eq!(&self.text[e.key_start..f.1], group_key(form));
        Some(GroupForm { form, key: &self.text[e.key_start..f.1], facts: &e.form_facts })
    }

    /// Indexes person `id` under a word of the name that is not its surname ("Baek" of "Baek
    /// Hye-jin", "Benítez" of "Adriana Benítez Lozano"), so a later mention by that word alone
    /// finds it.
    fn index_by_word(&mut self, word: &str, id: usize) {
        self.by_key.entry(word_key(word)).or_default().push(id);
    }

    /// The organisation that `word` names in short: its acronym or its first words.
    pub fn org_by_short_name(&self, word: &str) -> Option<usize> {
        if word.len() < 2 || !self.has_orgs {
            return None;
        }
        // Both tests need the same first letter, unless the key opens with dotted initials: the
        // organisations among the last NEARBY entities in those two chains are all that
        // `recent_group` would find, and the latest found in either is the latest of all.
        let initial = word.as_bytes()[0].to_ascii_lowercase();
        let window = self.list.len().saturating_sub(NEARBY);
        // (`acronym_of` with the parts known in advance: the word's shape, the key's initials.)
        let acronym = acronym_shaped(word);
        let names = |id: usize| {
            let e = &self.list[id];
            e.kind == EntityKind::Group && e.org && self.group_form(e).is_some_and(|g| {
                let full = g.key;
                let starts = full.len() > word.len() && full.starts_with(word) && full.as_bytes()[word.len()] == b' ';
                starts || (acronym && (e.dotted_key || may_start(full, initial)) && spells(e.initials.get_or_init(|| initials(full).collect()).iter().copied(), word))
            })
        };
        let latest_in = |mut at: u32, same_initial: bool| {
            while let Some(g) = self.groups.get(at as usize).filter(|g| g.id >= window) {
                if (!same_initial || g.initial == initial) && names(g.id) {
                    return Some(g.id);
                }
                at = g.prev;
            }
            None
        };
        // (Both chains in one loop: one call of `latest_in`, which the compiler then inlines.)
        let chains = [(self.groups_by_initial[initial as usize % INITIALS], true), (self.groups_by_initial[INITIALS], false)];
        chains.into_iter().fold(None, |latest, (at, same_initial)| latest.max(latest_in(at, same_initial)))
    }

    /// The organisation a one-word "person" turns out to name ("Tessaron warns …" before
    /// "Tessaron Microsystems"), if any.
    pub fn org_for_person(&self, id: usize) -> Option<usize> {
        let e = &self.list[id];
        if e.kind != EntityKind::Person || e.first.is_some() || e.forms.len() != 1 {
            return None;
        }
        let f = e.forms[0];
        self.org_by_short_name(&self.text[f.0..f.1])
    }

    /// The latest subject or speaker, named in this paragraph or the one before, when it is a
    /// name nothing marks as a person's: no given name the lexicon knows, no title, no gender,
    /// and one word or three and more ("Météo-France", "South West Water"; two unknown words are
    /// too often a person's).
    fn nameless_subject(&self) -> Option<usize> {
        let list = &self.list;
        let id = self.recent.iter().copied().max_by_key(|&i| list[i].salience)?;
        let e = &list[id];
        let form = e.forms.first().map(|f| &self.text[f.0..f.1])?;
        let words = form.split_whitespace().count();
        let known = form.split_whitespace().any(|w| Words::get().given_name_gender(w).is_some());
        (e.kind == EntityKind::Person && !e.singular_role && e.gender.is_none() && e.titles.is_empty() && !known && words != 2 && e.mentioned_in + 1 >= self.paragraph)
            .then_some(id)
    }

    /// Records that role `id`, a definite description met first, stood for `person` (None: for
    /// no one the story had named).
    pub fn set_stands_for(&mut self, id: usize, person: Option<usize>) {
        self.epoch = self.epoch.wrapping_add(1);
        self.list[id].stands_for = person;
    }

    /// The entity a mention of `id` names: the person a description stood for, else `id`.
    pub fn standing_for(&self, id: usize) -> usize {
        self.list[id].stands_for.unwrap_or(id)
    }

    /// Marks role `id` as naming one person of gender `g` ("Hafizuddin's wife").
    pub fn one_person_role(&mut self, id: usize, g: Gender) {
        self.epoch = self.epoch.wrapping_add(1);
        let e = &mut self.list[id];
        if e.kind == EntityKind::Group && !e.org {
            e.singular_role = true;
            e.gender = Some(g);
        }
    }

    /// Records the common noun (byte span) that described organisation `id`'s name.
    pub fn describe(&mut self, id: usize, noun: (usize, usize)) {
        self.epoch = self.epoch.wrapping_add(1);
        let e = &mut self.list[id];
        if e.org && e.noun.is_none() {
            e.noun = Some(noun);
        }
    }

    /// Whether `id` is a person known by a full name ("Tom Barrowcliffe", not a lone
    /// "Opposition" or "Pompeo" never named in full).
    pub fn is_named_person(&self, id: usize) -> bool {
        let e = &self.list[id];
        e.kind == EntityKind::Person && e.first.is_some()
    }

    /// Whether `id` is a role ("the governor", "a spokesperson"), not a person or organisation.
    pub fn is_role(&self, id: usize) -> bool {
        let e = &self.list[id];
        e.kind == EntityKind::Group && !e.org
    }

    /// The one person mentioned with the title that `id`, a role ("Governor", "the board
    /// chair"), names: so a headline's "Governor vows 'no more delays'" is the governor's.
    pub fn person_in_role(&self, id: usize, at: usize) -> Option<usize> {
        if !self.is_role(id) {
            return None;
        }
        let e = &self.list[id];
        let text = self.text;
        let form = e.forms.first().map(|f| &text[f.0..f.1])?;
        let mut words = form.split_whitespace();
        let first = words.clone().next()?;
        let last = words.next_back()?;
        // "the mayor of this northern industrial city": the head before its complement.
        let head = if form.len() > first.len() && first.eq_ignore_ascii_case("the") { role_head(form).unwrap_or(last) } else { last };
        let indefinite = ["a", "an", "one", "another", "some", "several", "many", "two", "three"].iter().any(|w| first.eq_ignore_ascii_case(w));
        if indefinite || head.ends_with('s') {
            return None;
        }
        let head = head.trim_end_matches('.');
        let names_role = |w: &str| {
            // ("Maj-Gen." holds "the general".)
            let w = w.trim_end_matches('.');
            let w = w.rsplit('-').next().unwrap_or(w);
            w.eq_ignore_ascii_case(head) || title_abbreviation(w).is_some_and(|full| full.eq_ignore_ascii_case(head))
        };
        // "Bulgarian PM says …" is the Prime Minister; "CEO says …" the chief executive.
        const SPELLED: [(&str, &str); 3] = [("pm", "prime minister"), ("ceo", "chief executive"), ("cfo", "chief financial officer")];
        let spelled = SPELLED.iter().find(|(a, _)| head.eq_ignore_ascii_case(a)).map(|&(_, full)| full);
        // A title is held by its head words ("commander" of "Kisumu Central police commander",
        // not "police"; "chairman" and "director" of "chairman and managing director").
        let holds = |title: &str| title_heads(title).any(names_role) || spelled.is_some_and(|s| title.to_lowercase().contains(s));
        // The holder named last before `at` ("Kang's lawyer, Yoon …" … "the lawyer replied",
        // though another lawyer comes later); else the one holder named anywhere.
        let mut latest: Option<(usize, usize)> = None;
        let (mut only, mut holders) = (None, 0);
        for (pid, p) in self.list.iter().enumerate() {
            let mut held = p.titles.iter().filter(|t| holds(&text[t.0..t.1])).peekable();
            if p.kind != EntityKind::Person || held.peek().is_none() {
                continue;
            }
            holders += 1;
            only = Some(pid);
            if let Some(t) = held.map(|t| t.0).filter(|&t| t < at).max() {
                if latest.map_or(true, |(s, _)| t > s) {
                    latest = Some((t, pid));
                }
            }
        }
        latest.map(|(_, pid)| pid).or(only.filter(|_| holders == 1))
    }

    /// Moves `id` to the end of the bounded list of recent candidates.
    fn note_recent(&mut self, id: usize) {
        // Mostly the one noted last again (a speaker and the subject of their sentence).
        if self.recent.last() == Some(&id) {
            return;
        }
        if let Some(pos) = self.recent.iter().position(|&r| r == id) {
            self.recent.remove(pos);
        } else if self.recent.len() == RECENT {
            self.recent.remove(0);
        }
        self.recent.push(id);
    }

    /// Marks entity `id` as mentioned at token `at`, as a subject when `candidate`, as the
    /// speaker of a quotation when `speaker`.
    pub fn touch(&mut self, id: usize, at: usize, candidate: bool, speaker: bool) {
        self.epoch = self.epoch.wrapping_add(1);
        let main = candidate && (speaker || !self.subject_seen);
        self.subject_seen |= candidate;
        let (sentence, paragraph) = (self.sentence, self.paragraph);
        let e = &mut self.list[id];
        e.mentioned_in = paragraph;
        e.last = e.last.max(at);
        e.candidate |= candidate;
        e.spoke |= speaker;
        if candidate && (sentence, main, at) > e.salience {
            e.salience = (sentence, main, at);
            e.paragraph = paragraph;
        }
        if e.candidate {
            self.note_recent(id);
        }
    }

    /// The entity a pronoun of gender `g` most likely refers to; binds an unknown gender.
    ///
    /// Within a paragraph the pronoun continues its centre: the latest sentence's main subject
    /// or speaker. A pronoun whose antecedents all lie in earlier paragraphs goes to the latest
    /// of them that has spoken ("Late in 2017, Putin credited the CIA. ⏎ “…,” he said" is still
    /// the article's speaker), else to the latest centre.
    pub fn resolve(&mut self, g: Gender) -> Option<usize> {
        let want = match g {
            Gender::Plural | Gender::Neuter => EntityKind::Group,
            _ => EntityKind::Person,
        };
        // "One miner who escaped … “…,” he said": a singular role is a person too.
        let kind_fits = |e: &Entity| e.kind == want || (want == EntityKind::Person && e.singular_role);
        let list = &self.list;
        // "it" is the organisation named last, subject or not; other pronouns look among the
        // recent subjects and speakers.
        let subject_orgs = g == Gender::Neuter && self.recent.iter().any(|&i| list[i].org);
        let pool: SmallVec<[usize; RECENT]> = if g == Gender::Neuter && !subject_orgs {
            (0..list.len()).rev().take(RECENT).filter(|&i| list[i].kind == EntityKind::Group && list[i].org).collect()
        } else {
            self.recent.iter().copied().collect()
        };
        // The paragraph the story was last about: across a paragraph break, an earlier speaker
        // keeps the pronoun only if that paragraph mentioned them too.
        let last_paragraph = pool.iter().map(|&i| list[i].paragraph).max().unwrap_or(0);
        let salience_key = |e: &Entity| {
            let (sentence, main, at) = e.salience;
            if g == Gender::Neuter && !subject_orgs {
                return (true, true, 0, false, e.last);
            }
            // "the 61-year-old farmer" describes whoever the story just turned to.
            if g == Gender::Person || e.paragraph == self.paragraph {
                return (true, true, sentence, main, at);
            }
            (false, e.spoke && e.mentioned_in >= last_paragraph, sentence, main, at)
        };
        let id = pool
            .iter()
            .copied()
            .filter(|&i| {
                let e = &list[i];
                kind_fits(e)
                    && (e.candidate || g == Gender::Neuter)
                    && match g {
                        Gender::Neuter => e.org,
                        Gender::Person => true,
                        _ => e.gender.map_or(true, |eg| eg == g || e.gender_guessed),
                    }
            })
            .max_by_key(|&i| {
                let e = &list[i];
                // A guess from a lone given name is overruled only when no one else fits.
                let agrees = !matches!(g, Gender::Male | Gender::Female) || e.gender.map_or(true, |eg| eg == g);
                (agrees, salience_key(e))
            })
            // ("The first thing Eusebio Canul Dzib noticed was the cold. “…,” he says": with no
            // subject to continue, the latest person named whose gender fits.)
            .or_else(|| {
                if !matches!(g, Gender::Male | Gender::Female) {
                    return None;
                }
                (0..list.len()).rev().take(RECENT).find(|&i| list[i].kind == EntityKind::Person && list[i].gender.map_or(true, |eg| eg == g))
            })?;
        // (Nothing changes when no one is found.)
        self.epoch = self.epoch.wrapping_add(1);
        let e = &mut self.list[id];
        if e.kind == EntityKind::Person && e.gender_guessed && matches!(g, Gender::Male | Gender::Female) {
            e.gender = Some(g);
            e.gender_guessed = false;
        }
        if self.list[id].kind == EntityKind::Person && g != Gender::Person {
            self.list[id].gender.get_or_insert(g);
        }
        Some(id)
    }

    /// The name to report for entity `id`: the fullest (for people up to three words), then
    /// most frequent, then first form.
    pub fn canonical(&self, id: usize) -> String {
        let e = &self.list[id];
        let text = self.text;
        let person = e.kind == EntityKind::Person;
        let lexicon = Words::get();
        let best = e
            .forms
            .iter()
            .map(|f| (without_nickname(&text[f.0..f.1]), f.2))
            .enumerate()
            // A lone form is the best of one: no key need be worked out.
            .max_by_key(|(i, (form, count))| {
                if e.forms.len() == 1 {
                    return (false, false, 0, false, 0, 0, false, std::cmp::Reverse(*i));
                }
                // People: name words up to three, particles not counted ("Marisol de la Fuente"
                // is fuller than "De la Fuente"); groups: every word.
                let form = form.as_ref();
                let words = form
                    .split_whitespace()
                    .filter(|w| !person || lexicon.class_of(w.as_bytes()) & class::PARTICLE == 0)
                    .count()
                    .min(if person { 3 } else { usize::MAX });
                // People: not in headline capitals; groups: a name ("Tessaron Microsystems")
                // before a description ("the company").
                let normal_case = if person { !form.split_whitespace().any(shouted) } else { is_named(form) };
                // Of two spellings, the story's more frequent ("Vladimir"/"Vladamir"), then a
                // known given name ("Lindiwe"/"Lindewe Khumalo").
                let known = person && words >= 2 && form.split_whitespace().next().is_some_and(|w| lexicon.given_name_gender(w).is_some());
                // ("Lekishon ole Sankalle" once, "Lekishon ole Sankale" and "Ole Sankale": the
                // surname the story writes more often.)
                let surname = form.split_whitespace().next_back();
                let surname_uses: u32 = if person { e.forms.iter().filter(|g| text[g.0..g.1].split_whitespace().next_back() == surname).map(|g| g.2).sum() } else { 0 };
                // (An organisation first described ("A Bruges court sentenced …") is named by its
                // definite form ("the court said"); an unnamed source keeps its description.)
                let definite = !(e.org && form.split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an")));
                // ("Abdelkrim Ben Moussa El Idrissi" over "Ben Moussa El Idrissi", both past three
                // words: a form that another one ends is fuller.)
                // (Another form of two words or more: every form ends with the lone surname.)
                let extends = person && words == 3 && e.forms.iter().any(|g| {
                    let g = &text[g.0..g.1];
                    g.len() < form.len() && g.contains(' ') && ends_with_words(form, g)
                });
                (normal_case, definite, words, extends, *count, surname_uses, known, std::cmp::Reverse(*i))
            })
            .map(|(_, (form, _))| form);
        let best = best.unwrap_or_default();
        // "Naa Yelpoe Bayor II" and "Naa Bayor": a word kept before different parts of one
        // person's name is a title ("Naa", "Mzee"), not a name.
        let best = match best.split_once(' ') {
            // ("Van der Ploeg": a capitalised particle opens the surname, whatever its case elsewhere.)
            // ("Abdelkrim Ould El Hajj Tazi" and "Abdelkrim Tazi": before a particle the word is
            // a given name.)
            Some((first, rest)) if person && rest.contains(' ') && lexicon.given_name_gender(first).is_none() && lexicon.class_of(first.as_bytes()) & class::PARTICLE == 0
                && rest.split(' ').next().is_some_and(|w| lexicon.class_of(w.as_bytes()) & class::PARTICLE == 0) => {
                let titled = e.forms.iter().any(|f| {
                    let form = &text[f.0..f.1];
                    form.split_once(' ').is_some_and(|(w, r)| w == first && r != rest && !r.contains(' ') && rest.ends_with(r))
                });
                // "Wildcard Tahlia O'Rourke-Nguyen" where the story also writes "the 19-year-old
                // wildcard": a word written in lower case is a common noun, not a name.
                // (Not of a name with an organisation's word: "Club Atlético …", "Sea Level Collective".)
                let org_word = || best.split_whitespace().any(|w| lexicon.class_of(w.as_bytes()) & class::ORG != 0);
                let titled = titled || (written_lower(text, first) && !org_word());
                if titled { rest.to_string().into() } else { best }
            }
            _ => best,
        };
        match e.suffix.map(|(s, e)| &text[s..e]) {
            Some(suffix) if person && best.contains(' ') && !best.ends_with(suffix) => format!("{best} {suffix}"),
            _ => best.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_bits_pass_over_only_names_without_the_word() {
        let names = ["Transport Safety Investigation Bureau", "Ministry of Health", "Italian coast guard", "ÉLECTRICITÉ de France", "Bureau\nof X", "WHO"];
        let shorts = ["bureau", "BUREAU", "ministry", "coast guard", "guard", "health", "électricité", "ÉLECTRICITÉ", "of", "x", "who", "", "Agency"];
        for full in names {
            let facts = FormFacts::of(full, full);
            for short in shorts {
                assert_eq!(repeats(full, short, facts.key_words), repeats(full, short, u64::MAX), "{full:?} {short:?}");
            }
        }
    }

    #[test]
    fn short_loads_are_the_bytes_zero_padded() {
        let bytes = *b"abcdefg";
        for n in 0..8 {
            let mut padded = [0u8; 8];
            padded[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(load_short(&bytes[..n]), u64::from_le_bytes(padded), "{n}");
        }
    }

    #[test]
    fn the_latin_table_folds_as_the_decomposition() {
        for c in (0x80..0x300).filter_map(char::from_u32) {
            assert_eq!(fold_letter(c), fold_other(c), "{c:?}");
        }
    }

    #[test]
    fn ascii_lower8_is_to_ascii_lowercase() {
        for b in 0..=255u8 {
            for pos in 0..8 {
                let mut bytes = *b"xYz-Q\xc3\x89a";
                bytes[pos] = b;
                let want = bytes.map(|c| c.to_ascii_lowercase());
                assert_eq!(ascii_lower8(u64::from_le_bytes(bytes)), u64::from_le_bytes(want), "{b:#x} at {pos}");
            }
        }
        assert_eq!(key_hash("Pompeo", false), key_hash("POMPEO", false));
        assert_ne!(key_hash("Pompeo", false), key_hash("Pompeo", true));
        assert_ne!(key_hash("ab", false), key_hash("ab\0", false));
        assert_eq!(key_hash("Villanueva-Ortega", true), key_hash("villanueva-ortega", true));
    }
    use crate::quotes::tokens::tokenize;
    use crate::quotes::words::Words;

    #[test]
    fn surnames_and_near_misses_link() {
        let text = "Vladimir Putin Putin Vladamir Putin Mike Pompeo Pompeo’s Ann Lee";
        let toks = tokenize(text, &[]).0;
        let v = View { text, toks: &toks, words: Words::get() };
        let mut ents = Entities::new(text);
        let a = ents.person(&v, (0, 2), 0, true, None, 0).unwrap();
        assert_eq!(ents.person(&v, (2, 3), 2, true, None, 2), Some(a));
        assert_eq!(ents.person(&v, (3, 5), 3, true, None, 3), Some(a));
        let b = ents.person(&v, (5, 7), 5, true, None, 5).unwrap();
        assert_ne!(a, b);
        assert_eq!(ents.person(&v, (7, 8), 7, false, None, 7), Some(b));
        assert_eq!(ents.person(&v, (8, 10), 8, false, None, 8), None);
        assert_eq!(ents.canonical(a), "Vladimir Putin");
        assert_eq!(ents.canonical(b), "Mike Pompeo");
        assert_eq!(ents.list[b].gender, Some(Gender::Male));
    }

    #[test]
    fn a_misspelt_surname_finds_whom_the_linear_scan_finds() {
        // People and groups in turn, more than NEARBY of them, with surnames one edit apart;
        // each record is four tokens: given name, surname, "the", a board.
        let mut text = String::new();
        for i in 0..90 {
            // ("Öztürk" opens with 0xC3, in the chain of 'c' with "Castro".)
            let surname = ["Purnamasari", "Purnamsari", "Sandhu", "Sandu", "Khumalo", "khumaol", "Öztürk", "Castro", "Özturk", "Lee", "Lea", "Castor"][i % 12];
            text.push_str(&format!("{} {surname} the Board{i} ", ["Ratna", "Amir", "Jo", "Lena", "Yusuf", "Ann", "Vladamir"][i % 7]));
        }
        let toks = tokenize(&text, &[]).0;
        assert_eq!(toks.len(), 90 * 4);
        let v = View { text: &text, toks: &toks, words: Words::get() };
        let mut ents = Entities::new(&text);
        // The scan of the last NEARBY entities the chains replace.
        let linear = |ents: &Entities, surname: &str, first: Option<(usize, usize)>| {
            (0..ents.list.len()).rev().take(NEARBY).find(|&id| ents.misspells(id, surname, first, surname))
        };
        let mut found = 0;
        for (r, k) in (0..toks.len()).step_by(4).enumerate() {
            let full = r % 4 != 3;
            let name = if full { (k, k + 2) } else { (k + 1, k + 2) };
            let surname = &text[toks[k + 1].start..toks[k + 1].end];
            let first = full.then(|| (toks[k].start, toks[k].end));
            let near = ents.near_miss_person(surname, first, surname);
            assert_eq!(near, linear(&ents, surname, first), "{surname} at {k}");
            found += near.is_some() as usize;
            ents.person(&v, name, name.0, r % 5 != 1, None, k);
            ents.group((toks[k + 2].start, toks[k + 3].end), true, true, k + 2);
        }
        assert!(ents.list.len() > NEARBY && ents.people.len() > 10 && found > 10, "{found}");
        assert_eq!(b'c' as usize % INITIALS, 0xC3 % INITIALS);
    }

    #[test]
    fn short_names_find_their_organisation() {
        assert!(first_word_dotted("U.S. Drug Enforcement Administration") && !first_word_dotted("World Anti-Doping Agency"));
        assert!(acronym_of("U.S. Drug Enforcement Administration", "DEA") && acronym_of("World Anti-Doping Agency", "WADA"));
        assert!(acronym_of("Scottish Environment Protection Agency", "Sepa") && !acronym_of("World Anti-Doping Agency", "ADA"));
        let text = "the World Anti-Doping Agency U.S. Drug Enforcement Administration Tessaron Microsystems Inc.";
        let mut ents = Entities::new(text);
        let wada = ents.group((0, 28), true, true, 0);
        let dea = ents.group((29, 65), true, true, 4);
        let tessaron = ents.group((66, text.len()), true, true, 8);
        assert_eq!(ents.org_by_short_name("WADA"), Some(wada));
        assert_eq!(ents.org_by_short_name("DEA"), Some(dea));
        assert_eq!(ents.org_by_short_name("Tessaron"), Some(tessaron));
        assert_eq!(ents.org_by_short_name("Agency"), None);
        // A short form links to the group it repeats.
        assert_eq!(ents.group((0, 28), true, true, 9), wada);
    }

    #[test]
    fn short_names_find_whom_the_linear_scan_finds() {
        let names = [
            "the World Anti-Doping Agency", "U.S. Drug Enforcement Administration", "Tessaron Microsystems Inc.", "a spokesperson",
            "the Scottish Environment Protection Agency", "Sepa Holdings", "the Kremlin", "the world bank", "Wada Group", "D.C. Water Authority",
            "the Economic Community of West African States", "Ecowas Radio", "a senior official", "Tessaron",
        ];
        let mut text = String::new();
        let mut spans = Vec::new();
        for i in 0..200 {
            // Numbered, so many are new groups (a number is no initial of an acronym).
            let name = names[(i * 7) % names.len()];
            let name = match i % 4 {
                0 => name.to_string(),
                1 => format!("{name} {i}"),
                _ => format!("{i} {name}"),
            };
            spans.push((text.len(), text.len() + name.len()));
            text.push_str(&name);
            text.push_str(" said. ");
        }
        let mut ents = Entities::new(&text);
        // The scan over every recent entity that `recent_group` and the chains stand for.
        let recent = |ents: &Entities, org: bool, pred: &dyn Fn(GroupForm) -> bool| {
            (0..ents.list.len()).rev().take(NEARBY).find(|&id| {
                let e = &ents.list[id];
                e.kind == EntityKind::Group && e.org == org && ents.group_form(e).is_some_and(pred)
            })
        };
        let linear = |ents: &Entities, word: &str| {
            if word.len() < 2 || !ents.has_orgs {
                return None;
            }
            recent(ents, true, &|g| {
                let full = g.key;
                let starts = full.len() > word.len() && full.starts_with(word) && full.as_bytes()[word.len()] == b' ';
                starts || acronym_of(full, word)
            })
        };
        let words = ["WADA", "Wada", "DEA", "Tessaron", "SEPA", "Sepa", "ECOWAS", "Ecowas", "World", "world", "D", "DCWA", "Kremlin", "U.S."];
        let mut found = 0;
        for (i, &span) in spans.iter().enumerate() {
            for w in words {
                let got = ents.org_by_short_name(w);
                assert_eq!(got, linear(&ents, w), "{w} after {i}");
                found += got.is_some() as usize;
            }
            for org in [true, false] {
                let pred = |g: GroupForm| g.key.len() % 3 == i % 3;
                assert_eq!(ents.recent_group(org, pred), recent(&ents, org, &pred), "after {i}");
            }
            let role = text[span.0..].starts_with("a ");
            ents.group(span, !role, i % 3 == 0, i);
            // People between the groups, which the recent groups pass over.
            for _ in 0..i % 3 {
                ents.list.push(Entity::new(EntityKind::Person, (0, 3), None, None, i));
            }
        }
        assert!(ents.list.len() > NEARBY && found > 100, "{found} {}", ents.list.len());
    }

    #[test]
    fn pronouns_follow_recency_and_gender() {
        let text = "Laura Benning Erik Solvang";
        let toks = tokenize(text, &[]).0;
        let v = View { text, toks: &toks, words: Words::get() };
        let mut ents = Entities::new(text);
        let laura = ents.person(&v, (0, 2), 0, true, None, 0).unwrap();
        let erik = ents.person(&v, (2, 4), 2, true, None, 2).unwrap();
        ents.touch(laura, 0, true, false);
        ents.touch(erik, 2, true, false);
        assert_eq!(ents.resolve(Gender::Female), Some(laura));
        assert_eq!(ents.resolve(Gender::Male), Some(erik));
        assert_eq!(ents.resolve(Gender::Plural), None);
    }
}
