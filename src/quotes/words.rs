//! Word tables for quote attribution, parsed once from the `data/` files.
//!
//! Lookups take a token's text; ASCII words are lower-cased into a stack buffer so the hot path
//! never allocates. Non-ASCII words are never in these (English, ASCII) tables.
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use crate::lexicon::entries;

/// FNV-1a: the keys are short words, for which SipHash's setup dominates the lookup.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
    /// Integer keys (the entity index's are hashes already) are mixed in one step rather than
    /// byte by byte: a multiply, folded so both ends of the hash vary.
    #[inline]
    fn write_u64(&mut self, n: u64) {
        let h = (self.0 ^ n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        self.0 = h ^ (h >> 29);
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
    /// "they": plural or an organisation.
    Plural,
    /// "it": an organisation only.
    Neuter,
    /// A person of either gender ("the 29-year-old").
    Person,
}

fn gender_code(code: &str) -> Option<Gender> {
    match code {
        "m" | "=m" => Some(Gender::Male),
        "f" | "=f" => Some(Gender::Female),
        "p" => Some(Gender::Plural),
        "n" => Some(Gender::Neuter),
        _ => None,
    }
}

/// What a cue verb allows around it.
#[derive(Clone, Copy, Debug, Default)]
pub struct CueFlags {
    /// "told reporters": the next noun phrase is who it was said to.
    pub addressee: bool,
    /// "told Pompeo" is never "Pompeo told": the verb is not inverted before its speaker.
    pub no_inversion: bool,
    /// Names rather than says ("called it …"): attributes only quotes of three or more words.
    pub weak: bool,
    /// Judges rather than says ("praised the film as “…”"): a cue only for the quotation that
    /// follows its "as".
    pub judges_as: bool,
}

/// Word class bits for [`Words::class`].
pub mod class {
    pub const STOP: u16 = 1;
    pub const ORG: u16 = 1 << 1;
    pub const ADVERB: u16 = 1 << 2;
    pub const PARTICLE: u16 = 1 << 3;
    pub const ABBREV: u16 = 1 << 4;
    pub const DET: u16 = 1 << 5;
    pub const ADJUNCT: u16 = 1 << 6;
    pub const CONJ: u16 = 1 << 7;
    pub const DOCUMENT: u16 = 1 << 8;
    pub const PRONOUN: u16 = 1 << 9;
    pub const TITLE: u16 = 1 << 10;
    pub const CUE: u16 = 1 << 11;
    /// First word of a multi-word title ("secretary" of "secretary of state").
    pub const TITLE_START: u16 = 1 << 12;
    /// First word of a cue suffix ("on" of "on Twitter").
    pub const SUFFIX_START: u16 = 1 << 13;
    /// "according" (of "according to").
    pub const ACCORDING: u16 = 1 << 14;
    /// Letters after a name that are not part of it ("KC", "Jr.", "MP").
    pub const POSTNOMINAL: u16 = 1 << 15;
}

/// Facts of a word beside its class bits, which the tokenizer reads with them
/// ([`Words::word_in`]) so that the parsers ask no other table for them: whether it is a cue and
/// its flags (what [`Words::cue`] says), and the gender of an ASCII given name (what
/// [`Words::first_name_gender`] says).
pub mod lex {
    use super::{CueFlags, Gender};

    /// The longest word with lex bits (the longest the class table holds).
    pub const MAX_WORD: usize = super::MAX_KEY;

    /// A cue; its flags are the next four bits.
    pub const CUE: u8 = 1;
    const ADDRESSEE: u8 = 1 << 1;
    const NO_INVERSION: u8 = 1 << 2;
    const WEAK: u8 = 1 << 3;
    const JUDGES_AS: u8 = 1 << 4;
    /// The top three bits: 0, or 1 + the gender of a given name.
    const GIVEN_SHIFT: u32 = 5;
    const GENDERS: [Gender; 5] = [Gender::Male, Gender::Female, Gender::Plural, Gender::Neuter, Gender::Person];

    pub(super) fn of_cue(f: CueFlags) -> u8 {
        CUE | (f.addressee as u8 * ADDRESSEE) | (f.no_inversion as u8 * NO_INVERSION) | (f.weak as u8 * WEAK) | (f.judges_as as u8 * JUDGES_AS)
    }

    pub(super) fn of_given(g: Gender) -> u8 {
        (GENDERS.iter().position(|&x| x == g).unwrap_or(0) as u8 + 1) << GIVEN_SHIFT
    }

    /// The flags of a cue's `lex` bits, None when they are not a cue's.
    #[inline]
    pub fn cue(lex: u8) -> Option<CueFlags> {
        (lex & CUE != 0).then_some(CueFlags {
            addressee: lex & ADDRESSEE != 0,
            no_inversion: lex & NO_INVERSION != 0,
            weak: lex & WEAK != 0,
            judges_as: lex & JUDGES_AS != 0,
        })
    }

    /// The gender of a given name's `lex` bits.
    #[inline]
    pub fn given(lex: u8) -> Option<Gender> {
        GENDERS.get(((lex >> GIVEN_SHIFT) as usize).wrapping_sub(1)).copied()
    }
}

/// Open-addressing table from lower-case ASCII word to class bits (and [`lex`] bits). The tokenizer looks up every
/// word, so a key is the word packed into three `u64`s with every byte OR 0x20 — exactly ASCII
/// lower case for the letters, digits, `'`, `-` and `.` that words are made of, and never equal
/// to a table entry for bytes ≥ 0x80 — and a probe compares integers, not strings.
struct ClassTable {
    slots: Vec<([u64; 3], u16, u8)>,
    mask: usize,
    /// One bit per hash value of the keys: most words of a text are in no table, and this 8 KB
    /// filter (which stays in L1 cache) turns them away without touching the slots.
    filter: Box<[u64; FILTER_WORDS]>,
}

const FILTER_WORDS: usize = 1024;

const MAX_KEY: usize = 24;

#[inline]
fn pack(word: &[u8]) -> [u64; 3] {
    // Each lane is up to 8 bytes of the word, little-endian, zero-padded (built byte by byte:
    // short words, where a memcpy call would cost more than the copy).
    let lane = |k: usize| {
        let part = word.get(k * 8..).unwrap_or(&[]);
        let mut v = 0u64;
        for (j, &b) in part.iter().take(8).enumerate() {
            v |= (b as u64) << (8 * j);
        }
        v | 0x2020_2020_2020_2020
    };
    if word.len() <= 8 {
        return [lane(0) ^ word.len() as u64, 0x2020_2020_2020_2020, 0x2020_2020_2020_2020];
    }
    [lane(0) ^ word.len() as u64, lane(1), lane(2)]
}

/// One lane of [`pack`] for the `n` (at most 8) bytes of a word at `bytes[at..]`.
#[inline]
fn lane_in(bytes: &[u8], at: usize, n: usize) -> u64 {
    const SPACES: u64 = 0x2020_2020_2020_2020;
    if n == 0 {
        return SPACES;
    }
    let v = match bytes.get(at..at + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().unwrap_or([0; 8])) & (u64::MAX >> (64 - 8 * n)),
        None => bytes[at..at + n].iter().rev().fold(0, |v, &b| v << 8 | b as u64),
    };
    v | SPACES
}

#[inline]
fn hash(key: &[u64; 3]) -> u64 {
    (key[0] ^ key[1].rotate_left(21) ^ key[2].rotate_left(42)).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

#[inline]
fn slot_of(h: u64, mask: usize) -> usize {
    (h >> 40) as usize & mask
}

/// The filter bit of a hash: word index and bit, from other hash bits than the slot's.
#[inline]
fn filter_bit(h: u64) -> (usize, u64) {
    let b = (h >> 20) as usize & (FILTER_WORDS * 64 - 1);
    (b / 64, 1 << (b % 64))
}

impl ClassTable {
    /// An empty table for up to `words` words.
    fn new(words: usize) -> Self {
        let size = (words * 4).next_power_of_two().max(16);
        ClassTable { slots: vec![([0u64; 3], 0u16, 0u8); size], mask: size - 1, filter: Box::new([0u64; FILTER_WORDS]) }
    }

    /// Adds class and lex bits to those of the lower-case `word`.
    fn insert(&mut self, word: &[u8], cls: u16, lex: u8) {
        if word.is_empty() || word.len() > MAX_KEY {
            return;
        }
        let key = pack(word);
        let h = hash(&key);
        let (w, bit) = filter_bit(h);
        self.filter[w] |= bit;
        let mut i = slot_of(h, self.mask);
        while self.slots[i].0 != [0; 3] && self.slots[i].0 != key {
            i = (i + 1) & self.mask;
        }
        let slot = &mut self.slots[i];
        *slot = (key, slot.1 | cls, slot.2 | lex);
    }

    #[inline]
    fn get(&self, word: &[u8]) -> (u16, u8) {
        if word.is_empty() || word.len() > MAX_KEY {
            return (0, 0);
        }
        self.probe(pack(word))
    }

    /// [`get`](Self::get) for `bytes[start..end]`, loading each lane of the key with one 8-byte
    /// read where the buffer allows it.
    #[inline(always)]
    fn get_in(&self, bytes: &[u8], start: usize, end: usize) -> (u16, u8) {
        const SPACES: u64 = 0x2020_2020_2020_2020;
        let len = end.wrapping_sub(start);
        match bytes.get(start..start + 8) {
            Some(eight) if (1..=8).contains(&len) => {
                let lane = u64::from_le_bytes(eight.try_into().unwrap_or([0; 8])) & (u64::MAX >> (64 - 8 * len));
                self.probe([(lane | SPACES) ^ len as u64, SPACES, SPACES])
            }
            _ => self.get_long_in(bytes, start, end),
        }
    }

    /// [`get_in`](Self::get_in) for words of more than eight bytes (and near the buffer's end).
    #[inline(never)]
    fn get_long_in(&self, bytes: &[u8], start: usize, end: usize) -> (u16, u8) {
        const SPACES: u64 = 0x2020_2020_2020_2020;
        let len = end.wrapping_sub(start);
        if len == 0 || len > MAX_KEY || end > bytes.len() {
            return (0, 0);
        }
        // ("government", "spokesperson": nine to sixteen bytes, two lanes of two loads.)
        if let Some(sixteen) = bytes.get(start..start + 16).filter(|_| (9..=16).contains(&len)) {
            let (a, b) = sixteen.split_at(8);
            let lane = |b: &[u8]| u64::from_le_bytes(b.try_into().unwrap_or([0; 8]));
            let second = lane(b) & (u64::MAX >> (64 - 8 * (len - 8)));
            return self.probe([(lane(a) | SPACES) ^ len as u64, second | SPACES, SPACES]);
        }
        let lane = |k: usize| lane_in(bytes, start + 8 * k, len.saturating_sub(8 * k).min(8));
        self.probe([lane(0) ^ len as u64, lane(1), lane(2)])
    }

    #[inline]
    fn probe(&self, key: [u64; 3]) -> (u16, u8) {
        let h = hash(&key);
        let (w, bit) = filter_bit(h);
        if self.filter[w] & bit == 0 {
            return (0, 0);
        }
        let mut i = slot_of(h, self.mask);
        loop {
            // Lane by lane, in registers: comparing the arrays whole goes through the stack.
            let (k, cls, lex) = &self.slots[i];
            if k[0] == key[0] && k[1] == key[1] && k[2] == key[2] {
                return (*cls, *lex);
            }
            // (A key's first lane is never 0: its bytes all have the 0x20 bit.)
            if k[0] == 0 {
                return (0, 0);
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// A map from lower-case words to values, for lookups in the hot paths (given names,
/// pronouns, titles): keys are packed into integers as in [`ClassTable`], but exactly
/// (zero-padded, the length kept beside), so any bytes can be looked up, and no string is hashed.
struct PackedMap<V> {
    /// A key, its length (0: the slot is empty) and value.
    slots: Vec<([u64; 3], u8, Option<V>)>,
    mask: usize,
    /// Keys too long to pack (none in today's data).
    long: FastMap<&'static [u8], V>,
}

/// `word` (at most [`MAX_KEY`] bytes) as three little-endian `u64`s, zero-padded: each whole
/// lane by one load, the last bytes by [`load_short`], rather than byte by byte.
#[inline]
fn pack_exact(word: &[u8]) -> [u64; 3] {
    let mut key = [0u64; 3];
    let mut lanes = word.chunks_exact(8);
    for (lane, eight) in key.iter_mut().zip(&mut lanes) {
        *lane = u64::from_le_bytes(eight.try_into().unwrap_or([0; 8]));
    }
    if let Some(lane) = key.get_mut(word.len() / 8) {
        *lane = load_short(lanes.remainder());
    }
    key
}

/// The fewer than eight bytes of `r` as a little-endian `u64`, zero-padded: two overlapping
/// loads (of four bytes, or of one) instead of a copy.
#[inline]
pub(super) fn load_short(r: &[u8]) -> u64 {
    let n = r.len();
    debug_assert!(n < 8);
    if n >= 4 {
        let four = |k: usize| u64::from(u32::from_le_bytes([r[k], r[k + 1], r[k + 2], r[k + 3]]));
        four(0) | four(n - 4) << (8 * (n - 4))
    } else if n > 0 {
        u64::from(r[0]) | u64::from(r[n / 2]) << (8 * (n / 2)) | u64::from(r[n - 1]) << (8 * (n - 1))
    } else {
        0
    }
}

/// Hash of a packed key and its length.
#[inline]
fn name_hash(key: &[u64; 3], len: usize) -> u64 {
    hash(&[key[0] ^ len as u64, key[1], key[2]])
}

impl<V> PackedMap<V> {
    /// The map of `entries`; of two equal keys the later wins, as with `HashMap::insert`.
    fn new(entries: impl IntoIterator<Item = (&'static [u8], V)>) -> Self {
        let entries: Vec<_> = entries.into_iter().collect();
        let size = (entries.len() * 2).next_power_of_two().max(16);
        let mut slots: Vec<([u64; 3], u8, Option<V>)> = (0..size).map(|_| ([0; 3], 0, None)).collect();
        let mask = size - 1;
        let mut long = FastMap::default();
        for (word, value) in entries {
            if word.is_empty() || word.len() > MAX_KEY {
                long.insert(word, value);
                continue;
            }
            let key = pack_exact(word);
            let mut i = slot_of(name_hash(&key, word.len()), mask);
            while slots[i].1 != 0 && !(slots[i].0 == key && slots[i].1 as usize == word.len()) {
                i = (i + 1) & mask;
            }
            slots[i] = (key, word.len() as u8, Some(value));
        }
        PackedMap { slots, mask, long }
    }

    /// The value of the lower-case word `lower`.
    #[inline]
    fn get(&self, lower: &[u8]) -> Option<&V> {
        if lower.is_empty() || lower.len() > MAX_KEY {
            return self.long.get(lower);
        }
        self.probe(pack_exact(lower), lower.len())
    }

    /// The value of the ASCII word `word` in any case, when it is short enough to be packed:
    /// lower-cased as it is packed, in one pass. None when it is not ASCII or not packable.
    #[inline]
    fn get_ascii(&self, word: &[u8]) -> Option<Option<&V>> {
        if word.is_empty() || word.len() > MAX_KEY {
            return None;
        }
        let mut key = [0u64; 3];
        for (lane, chunk) in key.iter_mut().zip(word.chunks(8)) {
            let mut v = 0u64;
            for (j, &b) in chunk.iter().enumerate() {
                if b >= 0x80 {
                    return None;
                }
                v |= (b.to_ascii_lowercase() as u64) << (8 * j);
            }
            *lane = v;
        }
        Some(self.probe(key, word.len()))
    }

    /// The value of the packed key `key` of a word of `len` (1 to [`MAX_KEY`]) bytes.
    #[inline]
    fn probe(&self, key: [u64; 3], len: usize) -> Option<&V> {
        let mut i = slot_of(name_hash(&key, len), self.mask);
        loop {
            let (k, slot_len, value) = &self.slots[i];
            if *slot_len == 0 {
                return None;
            }
            if *k == key && *slot_len as usize == len {
                return value.as_ref();
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// `word` lower-cased into `buf` as [`str::to_lowercase`] would, or None when that does not
/// fit or needs the context (a capital sigma).
#[inline]
fn lower_any<'b>(word: &str, buf: &'b mut [u8; 64]) -> Option<&'b [u8]> {
    if word.is_ascii() {
        let out = buf.get_mut(..word.len())?;
        for (o, b) in out.iter_mut().zip(word.bytes()) {
            *o = b.to_ascii_lowercase();
        }
        return Some(out);
    }
    let mut n = 0;
    for c in word.chars() {
        if let Some(l) = latin1_lower(c) {
            let len = l.len_utf8();
            l.encode_utf8(buf.get_mut(n..n + len)?);
            n += len;
            continue;
        }
        if c == 'Σ' {
            return None;
        }
        for l in c.to_lowercase() {
            let len = l.len_utf8();
            l.encode_utf8(buf.get_mut(n..n + len)?);
            n += len;
        }
    }
    Some(&buf[..n])
}

/// [`char::to_lowercase`] of a character below U+0100 (one character, without the table
/// search): the letters of accented Latin names mostly are.
#[inline]
fn latin1_lower(c: char) -> Option<char> {
    match c {
        '\0'..='\u{7f}' => Some(c.to_ascii_lowercase()),
        'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 0x20),
        '\u{80}'..='\u{ff}' => Some(c),
        _ => None,
    }
}

/// All the word tables, keyed by lower-case word.
pub struct Words {
    table: ClassTable,
    /// Class bits of single words (several tables can hold the same word).
    classes: FastMap<&'static [u8], u16>,
    pronouns: PackedMap<Gender>,
    /// Single-word titles with the gender they imply ("Mrs." → female).
    titles: PackedMap<Option<Gender>>,
    /// Multi-word titles by their first word: the remaining words.
    multi_titles: PackedMap<Vec<Vec<&'static str>>>,
    /// "on Twitter", "in a statement": by first word, the remaining words.
    cue_suffixes: PackedMap<Vec<Vec<&'static str>>>,
    first_names: PackedMap<Gender>,
    /// [`org_kind`] bits of the nouns in `org_nouns_en.txt`.
    org_nouns: PackedMap<u8>,
}

/// What a noun says about an organisation (sections of `data/org_nouns_en.txt`).
pub mod org_kind {
    /// A word of a business's name ("Corp.", "Pharma").
    pub const BUSINESS: u8 = 1;
    /// A word of a public body's name ("ministry", "court").
    pub const PUBLIC: u8 = 1 << 1;
    /// A definite noun for the last business named ("the company").
    pub const BUSINESS_NOUN: u8 = 1 << 2;
    /// A definite noun for the last organisation named that is no public body ("the club").
    pub const GENERIC: u8 = 1 << 3;
    /// A definite noun for the organisation just named, whatever its name ("the union").
    pub const BODY: u8 = 1 << 4;
    /// A word of a party's name ("movement", "front").
    pub const PARTY: u8 = 1 << 5;
    /// A definite noun for the organisation just named, a public body too ("the agency").
    pub const PUBLIC_NOUN: u8 = 1 << 6;
    /// A regulator's noun, which reaches back to the last public body named ("the watchdog").
    pub const REGULATOR: u8 = 1 << 7;
}

static CUES: &str = include_str!("../../data/cues_en.txt");
static TITLES: &str = include_str!("../../data/titles_en.txt");
static SPEAKER_WORDS: &str = include_str!("../../data/speaker_words_en.txt");
static FIRST_NAMES: &str = include_str!("../../data/first_names_en.txt");
static ORG_NOUNS: &str = include_str!("../../data/org_nouns_en.txt");

impl Words {
    /// The tables, built on first use.
    pub fn get() -> &'static Words {
        static WORDS: OnceLock<Words> = OnceLock::new();
        WORDS.get_or_init(Words::build)
    }

    fn build() -> Words {
        let mut w = Words {
            table: ClassTable::new(0),
            // Sized for the data files, so the map never grows while they load.
            classes: FastMap::with_capacity_and_hasher(1024, Default::default()),
            pronouns: PackedMap::new([]),
            titles: PackedMap::new([]),
            multi_titles: PackedMap::new([]),
            cue_suffixes: PackedMap::new([]),
            first_names: PackedMap::new([]),
            org_nouns: PackedMap::new([]),
        };
        // The lookup maps are filled as maps, then packed.
        let mut cues: FastMap<&'static str, CueFlags> = FastMap::with_capacity_and_hasher(256, Default::default());
        let mut pronouns: FastMap<&'static str, Gender> = FastMap::default();
        let mut titles: FastMap<&'static str, Option<Gender>> = FastMap::with_capacity_and_hasher(512, Default::default());
        let mut multi_titles: FastMap<&'static str, Vec<Vec<&'static str>>> = FastMap::default();
        let mut cue_suffixes: FastMap<&'static str, Vec<Vec<&'static str>>> = FastMap::default();
        for line in entries(CUES) {
            let mut parts = line.split_whitespace();
            let Some(word) = parts.next() else { continue };
            let mut flags = CueFlags::default();
            for f in parts {
                match f {
                    "addr" => flags.addressee = true,
                    "noinv" => flags.no_inversion = true,
                    "weak" => flags.weak = true,
                    "as" => flags.judges_as = true,
                    _ => {}
                }
            }
            cues.insert(word, flags);
            *w.classes.entry(word.as_bytes()).or_default() |= class::CUE;
        }
        for line in entries(TITLES) {
            let (phrase, gender) = match line.rsplit_once(' ') {
                Some((p, g)) if g.starts_with('=') => (p, gender_code(g)),
                _ => (line, None),
            };
            let words: Vec<&'static str> = phrase.split_whitespace().collect();
            match words.split_first() {
                Some((first, [])) => {
                    titles.insert(first, gender);
                    *w.classes.entry(first.as_bytes()).or_default() |= class::TITLE;
                }
                Some((first, rest)) => {
                    multi_titles.entry(first).or_default().push(rest.to_vec());
                    *w.classes.entry(first.as_bytes()).or_default() |= class::TITLE_START;
                }
                None => {}
            }
        }
        for list in multi_titles.values_mut() {
            list.sort_by_key(|rest| std::cmp::Reverse(rest.len()));
        }
        let mut section = "";
        for line in entries(SPEAKER_WORDS) {
            if line.starts_with('[') {
                section = line.trim_matches(|c| c == '[' || c == ']');
                continue;
            }
            let bit = match section {
                "stop" => class::STOP,
                "org" => class::ORG,
                "adverb" => class::ADVERB,
                "particle" => class::PARTICLE,
                "abbrev" => class::ABBREV,
                "det" => class::DET,
                "adjunct" => class::ADJUNCT,
                "conj" => class::CONJ,
                "document" => class::DOCUMENT,
                "postnominal" => class::POSTNOMINAL,
                "pronoun" => {
                    if let Some((word, g)) = line.split_once(' ') {
                        if let Some(g) = gender_code(g.trim()) {
                            pronouns.insert(word, g);
                        }
                        *w.classes.entry(word.as_bytes()).or_default() |= class::PRONOUN;
                    }
                    continue;
                }
                "platform" => {
                    let words: Vec<&'static str> = line.split_whitespace().collect();
                    if let Some((first, rest)) = words.split_first() {
                        cue_suffixes.entry(first).or_default().push(rest.to_vec());
                        *w.classes.entry(first.as_bytes()).or_default() |= class::SUFFIX_START;
                    }
                    continue;
                }
                _ => continue,
            };
            *w.classes.entry(line.as_bytes()).or_default() |= bit;
        }
        *w.classes.entry(b"according".as_slice()).or_default() |= class::ACCORDING;
        // ("in the words of": see `Doc::cue_at`.)
        *w.classes.entry(b"words".as_slice()).or_default() |= class::ACCORDING;
        for list in cue_suffixes.values_mut() {
            list.sort_by_key(|rest| std::cmp::Reverse(rest.len()));
        }
        let mut first_names = Vec::with_capacity(4096);
        for line in entries(FIRST_NAMES) {
            // (`split_once(' ')` by bytes: its searcher costs more than these short lines.)
            if let Some((name, g)) = line.bytes().position(|b| b == b' ').map(|p| (&line[..p], &line[p + 1..])) {
                if let Some(g) = gender_code(g.trim()) {
                    first_names.push((name, g));
                }
            }
        }
        w.first_names = PackedMap::new(first_names.iter().map(|&(name, g)| (name.as_bytes(), g)));
        fn packed<V>(map: FastMap<&'static str, V>) -> PackedMap<V> {
            PackedMap::new(map.into_iter().map(|(k, v)| (k.as_bytes(), v)))
        }
        // The class table holds the lex bits of cues and ASCII given names too (of a name
        // listed twice, the later, as in `first_names`).
        w.table = ClassTable::new(w.classes.len() + first_names.len());
        for (&word, &cls) in &w.classes {
            w.table.insert(word, cls, 0);
        }
        for (&word, &flags) in &cues {
            w.table.insert(word.as_bytes(), 0, lex::of_cue(flags));
        }
        for name in first_names.iter().map(|(name, _)| name.as_bytes()).filter(|name| name.is_ascii()) {
            if let Some(&g) = w.first_names.get(name) {
                w.table.insert(name, 0, lex::of_given(g));
            }
        }
        w.pronouns = packed(pronouns);
        w.titles = packed(titles);
        w.multi_titles = packed(multi_titles);
        w.cue_suffixes = packed(cue_suffixes);
        let mut org_nouns: FastMap<&'static str, u8> = FastMap::default();
        let mut kind = 0;
        for line in entries(ORG_NOUNS) {
            if line.starts_with('[') {
                kind = match line {
                    "[business]" => org_kind::BUSINESS,
                    "[public]" => org_kind::PUBLIC,
                    "[business-noun]" => org_kind::BUSINESS_NOUN,
                    "[generic]" => org_kind::GENERIC,
                    "[body]" => org_kind::BODY,
                    "[party]" => org_kind::PARTY,
                    "[public-noun]" => org_kind::PUBLIC_NOUN,
                    "[regulator]" => org_kind::REGULATOR,
                    _ => 0,
                };
                continue;
            }
            *org_nouns.entry(line).or_default() |= kind;
        }
        w.org_nouns = packed(org_nouns);
        w
    }

    /// The [`org_kind`] bits of `word` in any case (0 for words in no section).
    pub fn org_kinds(&self, word: &str) -> u8 {
        // (In any script: "Minière".)
        let mut buf = [0u8; 64];
        lower_any(word, &mut buf).and_then(|w| self.org_nouns.get(w)).copied().unwrap_or(0)
    }

    /// Class bits of a lower-case word (tests and tools; the tokenizer uses [`Self::class_in`]).
    #[cfg(test)]
    pub fn class(&self, lower: &str) -> u16 {
        self.classes.get(lower.as_bytes()).copied().unwrap_or(0)
    }

    /// Class bits of a word in any case (one lookup; what the tokenizer stores per token).
    pub fn class_of(&self, word: &[u8]) -> u16 {
        self.table.get(word).0
    }

    /// [`class_of`](Self::class_of) for the word at `bytes[start..end]` (faster in a buffer).
    #[inline]
    pub fn class_in(&self, bytes: &[u8], start: usize, end: usize) -> u16 {
        self.table.get_in(bytes, start, end).0
    }

    /// The class and [`lex`] bits of the word at `bytes[start..end]` (what a token keeps).
    #[inline]
    pub fn word_in(&self, bytes: &[u8], start: usize, end: usize) -> (u16, u8) {
        self.table.get_in(bytes, start, end)
    }
    // The lookups below take a word lower-cased by [`lower`].
    /// The flags of a cue (tests; tokens keep them in their [`lex`] bits).
    #[cfg(test)]
    pub fn cue(&self, lower: &[u8]) -> Option<CueFlags> {
        lex::cue(self.table.get(lower).1)
    }
    pub fn pronoun(&self, lower: &[u8]) -> Option<Gender> {
        self.pronouns.get(lower).copied()
    }
    /// `Some(gender implied)` when `lower` is a single-word title.
    pub fn title(&self, lower: &[u8]) -> Option<Option<Gender>> {
        self.titles.get(lower).copied()
    }
    /// [`title`](Self::title) of a word in any case and script ("Kaumātua").
    pub fn title_any(&self, word: &str) -> Option<Option<Gender>> {
        let mut buf = [0u8; 64];
        lower_any(word, &mut buf).and_then(|w| self.title(w))
    }
    pub fn multi_titles(&self, first: &[u8]) -> &[Vec<&'static str>] {
        self.multi_titles.get(first).map_or(&[], |v| v.as_slice())
    }
    pub fn cue_suffixes(&self, first: &[u8]) -> &[Vec<&'static str>] {
        self.cue_suffixes.get(first).map_or(&[], |v| v.as_slice())
    }
    pub fn first_name_gender(&self, lower: &[u8]) -> Option<Gender> {
        self.first_names.get(lower).copied()
    }
    /// The gender of the given name `name` in any case and script (lower-cased as
    /// [`str::to_lowercase`] does, on the stack when it can be).
    pub fn given_name_gender(&self, name: &str) -> Option<Gender> {
        if let Some(found) = self.first_names.get_ascii(name.as_bytes()) {
            return found.copied();
        }
        let mut buf = [0u8; 64];
        match lower_any(name, &mut buf) {
            Some(lower) => self.first_names.get(lower).copied(),
            None => self.first_names.get(name.to_lowercase().as_bytes()).copied(),
        }
    }
}

/// `word` in ASCII lower case, written into `buf`; None when it is not ASCII or too long for
/// any table (so it cannot be in one). Bytes, not a `str`: the tables take bytes, and nothing
/// needs to validate them again.
#[inline]
pub fn lower<'b>(word: &str, buf: &'b mut [u8; 32]) -> Option<&'b [u8]> {
    let b = word.as_bytes();
    if b.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..b.len()];
    for (o, &c) in out.iter_mut().zip(b) {
        *o = c.to_ascii_lowercase();
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_load_with_flags_and_sections() {
        let w = Words::get();
        assert!(w.cue(b"said").is_some());
        assert!(w.cue(b"told").is_some_and(|f| f.addressee && f.no_inversion));
        assert_eq!(w.pronoun(b"she"), Some(Gender::Female));
        assert_eq!(w.title(b"mrs."), Some(Some(Gender::Female)));
        assert_eq!(w.title(b"president"), Some(None));
        assert!(w.multi_titles(b"secretary").iter().any(|r| r == &["of", "state"]));
        assert!(w.class("kremlin") & class::ORG != 0);
        assert!(w.class("the") & class::STOP != 0);
        assert_eq!(w.class_of(b"THE"), w.class("the"));
        assert_eq!(w.class_of(b"Said") & class::CUE, class::CUE);
        assert_eq!(w.class_of(b"zzzzqx"), 0);
        // Organisation nouns: each section's kind, in any case, several kinds for one word.
        assert_eq!(w.org_kinds("Company"), org_kind::BUSINESS | org_kind::BUSINESS_NOUN | org_kind::BODY);
        assert_eq!(w.org_kinds("ministry"), org_kind::PUBLIC);
        assert_eq!(w.org_kinds("party"), org_kind::GENERIC | org_kind::PARTY);
        assert_eq!(w.org_kinds("Corp."), org_kind::BUSINESS);
        assert_eq!(w.org_kinds("Société"), 0);
        assert_eq!(w.org_kinds("watchdog"), org_kind::PUBLIC_NOUN | org_kind::REGULATOR);
        assert_eq!(w.class_of(b"Secretary-General") & class::TITLE, class::TITLE);
        assert_eq!(w.class_of("sáid".as_bytes()), 0);
        assert_eq!(w.class_of(b"SAID.") & class::CUE, 0);
        let text = b"He SAID: the Secretary-General told us";
        assert_eq!(w.class_in(text, 3, 7), w.class_of(b"said"));
        assert_eq!(w.class_in(text, 13, 30), w.class_of(b"secretary-general"));
        assert_eq!(w.class_in(text, 36, 38), w.class_of(b"us"));
        // Every span of a text, near its end too, reads as the word alone would.
        let text = b"Secretary-General said: The Democratic People's Republic of Korea's Foreign Ministry, it";
        for s in 0..=text.len() {
            for e in s..=text.len() + 1 {
                let alone = text.get(s..e).map_or(0, |word| w.class_of(word));
                assert_eq!(w.class_in(text, s, e), alone, "{s}..{e}");
            }
        }
        assert!(w.cue_suffixes(b"on").iter().any(|r| r == &["twitter"]));
        let mut buf = [0u8; 32];
        assert_eq!(lower("SaId", &mut buf), Some(&b"said"[..]));
        assert_eq!(lower("Órbita", &mut buf), None);
    }

    #[test]
    fn lex_bits_agree_with_the_tables() {
        let w = Words::get();
        for line in entries(FIRST_NAMES).chain(entries(CUES)) {
            let word = line.split(' ').next().unwrap_or(line);
            // The tokenizer gives a word extended by a period or an apostrophe no lex bits.
            assert!(!word.ends_with(['.', '\'', '’']), "{word}");
            for form in [word.to_string(), word.to_uppercase(), format!("{word}s"), format!("{word}.")] {
                let lex = w.word_in(form.as_bytes(), 0, form.len()).1;
                let mut buf = [0u8; 32];
                let lower = lower(&form, &mut buf);
                assert_eq!(lex::given(lex), lower.and_then(|l| w.first_name_gender(l)), "{form}");
                let cue = CUES_FLAGS.with(|c| lower.and_then(|l| c.get(l).copied()));
                assert_eq!(lex::cue(lex).map(|f| (f.addressee, f.no_inversion, f.weak, f.judges_as)), cue, "{form}");
            }
        }
    }

    thread_local! {
        /// The cue flags as the data file gives them.
        static CUES_FLAGS: HashMap<Vec<u8>, (bool, bool, bool, bool)> = entries(CUES)
            .map(|l| {
                let mut parts = l.split_whitespace();
                let word = parts.next().unwrap_or_default().as_bytes().to_vec();
                let flags: Vec<&str> = parts.collect();
                let has = |f: &str| flags.contains(&f);
                (word, (has("addr"), has("noinv"), has("weak"), has("as")))
            })
            .collect();
    }

    #[test]
    fn packed_maps_agree_with_hash_maps() {
        let keys: Vec<&'static [u8]> = entries(CUES).chain(entries(TITLES)).chain(entries(FIRST_NAMES)).map(str::as_bytes).collect();
        let odd: [&'static [u8]; 6] = [b"", b"a", b"secretary-general-of-the-united-nations", b"exactly-twenty-four-byte", b"said\0", "señor".as_bytes()];
        let all: Vec<(&'static [u8], usize)> = keys.iter().chain(&odd).copied().zip(0..).collect();
        let map: HashMap<&[u8], usize> = all.iter().copied().collect();
        let packed = PackedMap::new(all.iter().copied());
        for (k, _) in &all {
            assert_eq!(packed.get(k), map.get(k), "{:?}", String::from_utf8_lossy(k));
            let mut longer = k.to_vec();
            longer.push(b'x');
            assert_eq!(packed.get(&longer), map.get(&longer[..]));
            assert_eq!(packed.get(&k[..k.len().saturating_sub(1)]), map.get(&k[..k.len().saturating_sub(1)]));
        }
    }

    #[test]
    fn packed_keys_are_the_bytes_zero_padded() {
        let bytes = *b"abcdefghijklmnopqrstuvwx";
        for n in 0..=MAX_KEY {
            let mut want = [0u64; 3];
            for (i, &b) in bytes[..n].iter().enumerate() {
                want[i / 8] |= (b as u64) << (8 * (i % 8));
            }
            assert_eq!(pack_exact(&bytes[..n]), want, "{n}");
        }
    }

    #[test]
    fn latin1_lower_is_to_lowercase() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if let Some(l) = latin1_lower(c) {
                assert!(c.to_lowercase().eq([l]), "{c:?}");
            } else {
                assert!(c as u32 > 0xff);
            }
        }
    }

    #[test]
    fn given_names_are_looked_up_as_their_lower_case() {
        let w = Words::get();
        let map: HashMap<&str, Gender> = entries(FIRST_NAMES)
            .filter_map(|l| l.split_once(' ').and_then(|(n, g)| gender_code(g.trim()).map(|g| (n, g))))
            .collect();
        let long = "Maximilianus-Bartholomaeus-Constantinus";
        let odd = ["", "A", "ANNA", "Ágnes", "ÁGNES", "Jean-François", "İlker", "\u{212A}im", "ΣΑΣ", "Xyz", long];
        for name in map.keys().copied().chain(odd) {
            for form in [name.to_string(), name.to_uppercase(), name.to_lowercase()] {
                let want = map.get(form.to_lowercase().as_str()).copied();
                assert_eq!(w.given_name_gender(&form), want, "{form}");
            }
        }
        // Long names go by the map beside the packed slots.
        let table = PackedMap::new([(long.as_bytes(), Gender::Male), (b"ann", Gender::Female), (b"ann", Gender::Male)]);
        assert_eq!(table.get(long.as_bytes()), Some(&Gender::Male));
        assert_eq!(table.get(b"ann"), Some(&Gender::Male));
        assert_eq!(table.get(b"an"), None);
        assert_eq!(table.get(b"ann\0"), None);
    }
}
