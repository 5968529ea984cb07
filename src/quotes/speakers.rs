//! The people and organisations of one document: linking mentions to one entity, resolving
//! pronouns, and naming each entity once.
//!
//! Mentions link by surname ("Pompeo" → "Mike Pompeo") with compatible first names, so
//! near-miss spellings ("Vladamir"/"Vladimir") merge; the canonical name is the fullest, most
//! frequent form. Pronouns go to the most recently mentioned entity that has been a speaker or a
//! clause subject and whose gender (from a title, a known first name or an earlier pronoun) fits.
use super::names::View;
use super::words::{class, lower, FastMap, Gender};
use crate::names::first_names_compatible;

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
    forms: Vec<(usize, usize, u32)>,
    surname: (usize, usize),
    first: Option<(usize, usize)>,
    pub gender: Option<Gender>,
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
    by_key: FastMap<u64, Vec<usize>>,
    /// Candidates for pronouns, most recent last (bounded, so resolution is O(1) per pronoun).
    recent: Vec<usize>,
    /// Sentences and paragraphs read so far, and whether the current sentence has had its
    /// main subject.
    sentence: u32,
    paragraph: u32,
    subject_seen: bool,
}

/// Case-folded (ASCII) hash of a key, tagged by entity kind.
fn key_hash(s: &str, group: bool) -> u64 {
    let mut h: u64 = if group { 0x9e37_79b9_7f4a_7c15 } else { 0xcbf2_9ce4_8422_2325 };
    for b in s.bytes() {
        h = (h ^ b.to_ascii_lowercase() as u64).wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("'s").or_else(|| s.strip_suffix("’s")).unwrap_or(s)
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
        Entities { text, list: Vec::new(), by_key: FastMap::default(), recent: Vec::new(), sentence: 0, paragraph: 0, subject_seen: false }
    }

    /// The reader has passed a sentence boundary (and a line break when `paragraph`).
    pub fn new_sentence(&mut self, paragraph: bool) {
        self.sentence += 1;
        self.paragraph += paragraph as u32;
        self.subject_seen = false;
    }

    fn add_form(&mut self, id: usize, span: (usize, usize)) {
        let text = self.text;
        let e = &mut self.list[id];
        let full = e.forms.len() >= MAX_FORMS;
        match e.forms.iter_mut().find(|f| text[f.0..f.1] == text[span.0..span.1]) {
            Some(f) => f.2 += 1,
            None if !full => e.forms.push((span.0, span.1, 1)),
            None => {}
        }
    }

    /// Links the person named by tokens `name` (mentioned at token `at`) to an entity; creates
    /// one when `create` and none matches.
    pub fn person(&mut self, v: &View, name: (usize, usize), create: bool, gender: Option<Gender>, at: usize) -> Option<usize> {
        if name.0 >= name.1 {
            return None;
        }
        let text = self.text;
        let (s, _) = v.span(name.0, name.1);
        let last_tok = &v.toks[name.1 - 1];
        let surname_str = strip_possessive(&text[last_tok.start..last_tok.end]);
        let surname = (last_tok.start, last_tok.start + surname_str.len());
        let span = (s, surname.1);
        let first = (name.1 - name.0 >= 2 && v.class(name.0) & class::PARTICLE == 0).then(|| {
            let t = &v.toks[name.0];
            (t.start, t.end)
        });
        let key = key_hash(surname_str, false);
        let list = &self.list;
        // The few most recent people with this surname: a long document can hold many.
        let found = self.by_key.get(&key).and_then(|ids| ids.iter().rev().take(8).copied().find(|&id| {
            let e = &list[id];
            e.kind == EntityKind::Person
                && text[e.surname.0..e.surname.1].eq_ignore_ascii_case(surname_str)
                && match (e.first, first) {
                    (Some(a), Some(b)) => {
                        let (a, b) = (&text[a.0..a.1], &text[b.0..b.1]);
                        a.eq_ignore_ascii_case(b) || first_names_compatible(a, b)
                    }
                    _ => true,
                }
        }));
        let id = match found {
            Some(id) => id,
            None if create => {
                self.by_key.entry(key).or_default().push(self.list.len());
                self.list.push(Entity {
                    kind: EntityKind::Person,
                    forms: Vec::new(),
                    surname,
                    first,
                    gender: None,
                    candidate: false,
                    last: at,
                    salience: (0, false, 0),
                    paragraph: 0,
                    spoke: false,
                });
                self.list.len() - 1
            }
            None => return None,
        };
        self.add_form(id, span);
        // Gender from the given name, looked up only while the entity has none.
        let first_gender = first.filter(|_| self.list[id].gender.is_none() && gender.is_none()).and_then(|f| {
            let mut buf = [0u8; 32];
            lower(&text[f.0..f.1], &mut buf).and_then(|w| v.words.first_name_gender(w))
        });
        let e = &mut self.list[id];
        if e.first.is_none() {
            e.first = first;
        }
        e.gender = e.gender.or(gender).or(first_gender);
        e.last = e.last.max(at);
        if e.candidate {
            self.note_recent(id);
        }
        Some(id)
    }

    /// Links an organisation or role phrase (byte span) to an entity, creating it if new.
    pub fn group(&mut self, span: (usize, usize), at: usize) -> usize {
        let text = self.text;
        let key = group_key(&text[span.0..span.1]);
        let hash = key_hash(key, true);
        let list = &self.list;
        let found = self.by_key.get(&hash).and_then(|ids| ids.iter().rev().copied().find(|&id| {
            let e = &list[id];
            e.kind == EntityKind::Group && e.forms.first().is_some_and(|f| group_key(&text[f.0..f.1]).eq_ignore_ascii_case(key))
        }));
        let id = found.unwrap_or_else(|| {
            self.by_key.entry(hash).or_default().push(self.list.len());
            self.list.push(Entity {
                kind: EntityKind::Group,
                forms: Vec::new(),
                surname: span,
                first: None,
                gender: Some(Gender::Plural),
                candidate: true,
                last: at,
                salience: (0, false, 0),
                paragraph: 0,
                spoke: false,
            });
            self.list.len() - 1
        });
        self.add_form(id, span);
        self.list[id].last = self.list[id].last.max(at);
        self.touch(id, at, true, false);
        id
    }

    /// Moves `id` to the end of the bounded list of recent candidates.
    fn note_recent(&mut self, id: usize) {
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
        let main = candidate && (speaker || !self.subject_seen);
        self.subject_seen |= candidate;
        let (sentence, paragraph) = (self.sentence, self.paragraph);
        let e = &mut self.list[id];
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
            Gender::Plural => EntityKind::Group,
            _ => EntityKind::Person,
        };
        let list = &self.list;
        let id = self
            .recent
            .iter()
            .copied()
            .filter(|&i| {
                let e = &list[i];
                e.kind == want && e.candidate && e.gender.map_or(true, |eg| eg == g)
            })
            .max_by_key(|&i| {
                let e = &list[i];
                let (sentence, main, at) = e.salience;
                if e.paragraph == self.paragraph {
                    (true, true, sentence, main, at)
                } else {
                    (false, e.spoke, sentence, main, at)
                }
            })?;
        if want == EntityKind::Person {
            self.list[id].gender.get_or_insert(g);
        }
        Some(id)
    }

    /// The name to report for entity `id`: the fullest (for people up to three words), then
    /// most frequent, then first form.
    pub fn canonical(&self, id: usize) -> String {
        let e = &self.list[id];
        let text = self.text;
        let cap = if e.kind == EntityKind::Person { 3 } else { usize::MAX };
        let best = e
            .forms
            .iter()
            .enumerate()
            .max_by_key(|(i, f)| {
                let words = text[f.0..f.1].split_whitespace().count().min(cap);
                (words, f.2, std::cmp::Reverse(*i))
            })
            .map(|(_, f)| &text[f.0..f.1]);
        best.unwrap_or("").to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::tokens::tokenize;
    use crate::quotes::words::Words;

    #[test]
    fn surnames_and_near_misses_link() {
        let text = "Vladimir Putin Putin Vladamir Putin Mike Pompeo Pompeo’s Ann Lee";
        let toks = tokenize(text, &[]).0;
        let v = View { text, toks: &toks, words: Words::get() };
        let mut ents = Entities::new(text);
        let a = ents.person(&v, (0, 2), true, None, 0).unwrap();
        assert_eq!(ents.person(&v, (2, 3), true, None, 2), Some(a));
        assert_eq!(ents.person(&v, (3, 5), true, None, 3), Some(a));
        let b = ents.person(&v, (5, 7), true, None, 5).unwrap();
        assert_ne!(a, b);
        assert_eq!(ents.person(&v, (7, 8), false, None, 7), Some(b));
        assert_eq!(ents.person(&v, (8, 10), false, None, 8), None);
        assert_eq!(ents.canonical(a), "Vladimir Putin");
        assert_eq!(ents.canonical(b), "Mike Pompeo");
        assert_eq!(ents.list[b].gender, Some(Gender::Male));
    }

    #[test]
    fn pronouns_follow_recency_and_gender() {
        let text = "Laura Benning Erik Solvang";
        let toks = tokenize(text, &[]).0;
        let v = View { text, toks: &toks, words: Words::get() };
        let mut ents = Entities::new(text);
        let laura = ents.person(&v, (0, 2), true, None, 0).unwrap();
        let erik = ents.person(&v, (2, 4), true, None, 2).unwrap();
        ents.touch(laura, 0, true, false);
        ents.touch(erik, 2, true, false);
        assert_eq!(ents.resolve(Gender::Female), Some(laura));
        assert_eq!(ents.resolve(Gender::Male), Some(erik));
        assert_eq!(ents.resolve(Gender::Plural), None);
    }
}
