//! Who said each quotation: attribution patterns around the quote marks, the running list of
//! people mentioned so far (for pronouns), chains of consecutive quotes, and reported speech.
//!
//! Patterns, strongest first:
//! 1. right after the quote: `"…," Pompeo said` / `"…," said Pompeo` / `"…," according to X`;
//! 2. right before it: `Pompeo told reporters: "…"` / `he said, "…"`;
//! 3. a headline's `… 'quote' on N.Korea: Pompeo`;
//! 4. later in the sentence after a continuation: `"…" in Afghanistan …, he told Fox News`;
//! 5. earlier in the sentence: `Pompeo later said "there is an overlap" in …` (partial);
//! 6. no cue: the next quote of a run of bare quotes, or the speaker of the previous sentence.
use super::marks::Pair;
use super::names::{inverted_participle_clause, is_legal_form, IRREGULAR_PARTICIPLES, is_number, name_given_as, parse_backward, parse_forward, singular_possessive, source_clause, Np, NpKind, View, ROLE_PREPOSITIONS, SINGULAR_DETERMINERS};
use super::speakers::{is_body_noun, is_business, strip_possessive, Entities, EntityKind};
#[cfg(target_arch = "x86_64")]
use super::tokens::ascii_space_mask16;
use super::tokens::{flag, TokKind, Token};
use super::words::{class, lex, CueFlags, Gender};
use super::QuoteKind;
use std::cell::Cell;

/// A cue phrase: verb at `verb`, the whole phrase (with addressee, "on Twitter") ends at `end`.
#[derive(Clone, Copy, Debug)]
pub struct Cue {
    pub verb: usize,
    pub end: usize,
    pub addressee: Option<(usize, usize)>,
    pub according: bool,
    pub flags: CueFlags,
}

/// The speaker an attribution found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Speaker {
    Entity(usize),
    /// A pronoun with nothing to refer to, or "I"/"we".
    Unknown,
}

#[derive(Clone, Copy, Debug)]
pub struct Attribution {
    pub speaker: Speaker,
    /// Token span of the speaker mention.
    pub mention: Option<(usize, usize)>,
    pub cue: Option<Cue>,
    pub confidence: f32,
    /// The pattern makes it a partial quote (the cue is elsewhere in the sentence).
    pub partial: bool,
}

/// One quotation while it is being attributed.
#[derive(Clone, Debug)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    pub attr: Option<Attribution>,
    /// For bare quotes: take the speaker of the next quote (a run of quote sentences).
    pub chain_next: bool,
}

const WINDOW: usize = 40;

pub struct Doc<'a> {
    pub text: &'a str,
    pub toks: Vec<Token>,
    pub ents: Entities<'a>,
    scan_pos: usize,
    pub indirect: Vec<Found>,
    include_indirect: bool,
    /// The quote being attributed has fewer than three words.
    short_quote: bool,
    /// The opening-mark token of the quote being attributed.
    quote_open: usize,
    /// The closing-mark token and attribution of the quotation attributed last.
    last_quote: Option<(usize, Option<Attribution>)>,
    /// Tokens before this have been counted for sentence and paragraph boundaries.
    boundary_pos: usize,
    /// The word tables, fetched once (every parser step reads them through a [`View`]).
    words: &'static super::words::Words,
    /// The phrase parsed last at a token up to a limit ([`Doc::phrase_at`]): the patterns
    /// after a quotation try one place in turn.
    last_phrase: Cell<Option<(usize, usize, Option<Np>)>>,
    /// The person or pronoun linked last ([`Doc::speaker_of`]), and the entities' epoch right
    /// after: the scan and then the attribution of "X said: “…”" link the same phrase.
    last_speaker: Option<(SpeakerCall, Speaker, u32)>,
}

/// What [`Doc::speaker_of`] was asked: the phrase and whether it may create an entity.
type SpeakerCall = (usize, usize, NpKind, (usize, usize), Option<Gender>, bool, bool);

impl<'a> Doc<'a> {
    pub fn new(text: &'a str, toks: Vec<Token>, include_indirect: bool) -> Self {
        Doc { text, toks, ents: Entities::new(text), scan_pos: 0, indirect: Vec::new(), include_indirect, short_quote: false, quote_open: 0, last_quote: None, boundary_pos: 0, words: super::words::Words::get(), last_phrase: Cell::new(None), last_speaker: None }
    }

    /// [`parse_forward`] at token `a` up to `limit`, remembered for the next call at the same
    /// place. (A parse reads the words and their case and classes, which never change, not
    /// which tokens an attribution has used.)
    fn phrase_at(&self, a: usize, limit: usize) -> Option<Np> {
        if let Some((at, lim, np)) = self.last_phrase.get() {
            if (at, lim) == (a, limit) {
                debug_assert_eq!(format!("{np:?}"), format!("{:?}", parse_forward(&self.view(), a, limit)));
                return np;
            }
        }
        let np = parse_forward(&self.view(), a, limit);
        self.last_phrase.set(Some((a, limit, np)));
        np
    }

    fn view(&self) -> View<'_> {
        View { text: self.text, toks: &self.toks, words: self.words }
    }

    fn mark_used(&mut self, s: usize, e: usize) {
        let e = e.min(self.toks.len());
        for t in &mut self.toks[s.min(e)..e] {
            t.flags |= flag::USED;
        }
    }

    // -----------------------------------------------------------------------------------------
    // Cues and speaker + cue patterns

    /// The cue phrase whose verb is token `k`. (Inline: most words are no cue, and their class
    /// bits say so.)
    #[inline]
    fn cue_at(&self, k: usize, limit: usize) -> Option<Cue> {
        if k >= limit {
            return None;
        }
        if self.toks[k].class & (class::CUE | class::ACCORDING) == 0 {
            // "…," in the words of Chief Justice X: "according to" X.
            if k + 4 < limit && self.toks[k + 2].class & class::ACCORDING != 0 {
                return self.in_the_words_of(k);
            }
            return None;
        }
        self.cue_phrase(k, limit)
    }

    /// "in the words of" at `k`, which reads as "according to".
    #[inline(never)]
    fn in_the_words_of(&self, k: usize) -> Option<Cue> {
        let v = self.view();
        (v.is(k, "in") && v.is(k + 1, "the") && v.is(k + 3, "of")).then_some(Cue { verb: k, end: k + 4, addressee: None, according: true, flags: CueFlags::default() })
    }

    /// [`Self::cue_at`] of a word with the class bits of a cue (out of line: the test of those
    /// bits is inlined into every caller).
    #[inline(never)]
    fn cue_phrase(&self, k: usize, limit: usize) -> Option<Cue> {
        let v = self.view();
        if k >= limit || !v.toks[k].is_word() || v.toks[k].is(flag::IN_QUOTE) {
            return None;
        }
        let cls = v.toks[k].class;
        if cls & (class::CUE | class::ACCORDING) == 0 {
            return None;
        }
        if cls & class::ACCORDING != 0 && k + 1 < limit && v.is(k + 1, "to") {
            return Some(Cue { verb: k, end: k + 2, addressee: None, according: true, flags: CueFlags::default() });
        }
        let flags = lex::cue(v.toks[k].lex)?;
        if cue_noun(&v, k) {
            return None;
        }
        if flags.weak && self.short_quote && !self.judges_object(k) {
            return None;
        }
        if flags.judges_as && !self.judged_as(k) {
            return None;
        }
        let mut end = k + 1;
        let mut addressee = None;
        if flags.addressee {
            let mut a = end;
            if a < limit && v.class(a) & class::DET != 0 {
                a += 1;
            }
            let first = a;
            while a < limit && a - end < 6 && v.toks[a].is_word() && !v.toks[a].is(flag::IN_QUOTE) {
                let cl = v.class(a);
                if cl & (class::ADJUNCT | class::PRONOUN | class::CUE) != 0 && a > end || v.suffix_at(a, limit) > 0 {
                    break;
                }
                // "told the panel the ball was …": a second determiner opens what was told.
                if a > first && cl & class::DET != 0 {
                    break;
                }
                a += 1;
            }
            if a > end && !(a == end + 1 && v.class(end) & class::DET != 0) {
                addressee = Some((end, a));
                end = a;
            }
        } else if end < limit && v.punct(end + 1, b":,") && v.is_any(end, &["him", "her", "them", "me", "us"]) {
            // "asked him: “…”": an object pronoun is never the speaker of an inverted cue.
            addressee = Some((end, end + 1));
            end += 1;
        }
        end += v.suffix_at(end, limit);
        Some(Cue { verb: k, end, addressee, according: false, flags })
    }

    /// "Haddad called the rumours “completely baseless”", "dismissed the claims as “nonsense”":
    /// a short quote that judges the object of an evaluating verb is the subject's words, unlike
    /// a name given ("a film called “Salt”", "what it calls “Operation Shield”") or a label
    /// after an article ("called the draft a “paper promise”").
    fn judges_object(&self, verb: usize) -> bool {
        let v = self.view();
        let open = self.quote_open;
        let evaluating = v.is_any(verb, &["called", "calls", "described", "describes", "dismissed", "dismisses", "accused", "accuses"]);
        if !evaluating || open <= verb + 1 || open > verb + 14 || v.class(open - 1) & class::DET != 0 || v.is(verb + 1, "as") {
            return false;
        }
        // The object runs up to the quote within the sentence.
        v.toks[verb + 1..open].iter().all(|t| !t.is(flag::TERMINAL) && !t.is(flag::NEWLINE) && t.kind != TokKind::Mark)
    }

    /// Whether the quotation being attributed follows the "as" of the judging verb at `verb`
    /// ("hailed the deal as “a turning point”", "condemned it as “barbaric”"), in its clause.
    fn judged_as(&self, verb: usize) -> bool {
        let v = self.view();
        let open = self.quote_open;
        if open <= verb + 2 || open > verb + 14 {
            return false;
        }
        let as_at = if v.class(open - 1) & class::DET != 0 { open - 2 } else { open - 1 };
        v.is(as_at, "as") && v.toks[verb + 1..as_at].iter().all(|t| !t.is(flag::TERMINAL) && !t.is(flag::NEWLINE) && t.kind != TokKind::Mark && !t.is(flag::IN_QUOTE))
    }

    /// Start of up to two adverbs right before the verb at `verb` ("Pompeo later said",
    /// "he has also said"), not before `floor`.
    fn adverbs_before(&self, verb: usize, floor: usize) -> usize {
        let v = self.view();
        let mut e = verb;
        while e > floor && e + 2 > verb && v.class(e - 1) & class::ADVERB != 0 {
            e -= 1;
        }
        e
    }

    /// Index after adverbs ("later", "also", "has") starting at `i`.
    fn skip_adverbs(&self, mut i: usize, limit: usize) -> usize {
        let v = self.view();
        let start = i;
        while i < limit && i - start < 2 && v.class(i) & class::ADVERB != 0 {
            i += 1;
        }
        i
    }

    /// `SPEAKER [adverbs] CUE` starting at token `a`.
    fn speaker_then_cue(&self, a: usize, limit: usize) -> Option<(Np, Cue)> {
        let v = self.view();
        let np = self.phrase_at(a, limit).or_else(|| {
            // ", sources said" / ", engineers warn": a bare plural noun right before a cue.
            let t = v.toks.get(a)?;
            let plural = t.is(flag::LOWER) && v.class(a) == 0 && v.s(a).ends_with('s') && v.class(a + 1) & class::CUE != 0;
            plural.then_some(Np::role(a, a + 1))
        })?;
        let k = self.skip_adverbs(self.after_parenthesis(np.end), limit);
        if let Some(cue) = self.cue_at(k, limit).filter(|c| !c.according) {
            return Some((np, cue));
        }
        // "Chief Inspector Graham Lindsay of Police Scotland said": a person's affiliation
        // between the name and the cue.
        if np.kind == NpKind::Person && v.is_any(np.end, &["of", "at", "from"]) {
            let mut k = np.end + 1;
            if v.class(k) & class::DET != 0 {
                k += 1;
            }
            let names = k;
            while k < limit && k < names + 5 && v.cap_word(k) && v.class(k) & class::STOP == 0 {
                k += 1;
            }
            let k = self.skip_adverbs(k, limit);
            if let Some(cue) = (k > names).then(|| self.cue_at(k, limit)).flatten().filter(|c| !c.according) {
                return Some((np, cue));
            }
        }
        // "Hoshizora Aerospace launch director Kenji Watanabe said": a company's name leads
        // the title; the speaker is read back from the cue.
        let verb = (a + 2..(a + 10).min(limit)).take_while(|&k| v.toks[k].is_word() && !v.toks[k].is(flag::IN_QUOTE)).find(|&k| v.class(k) & class::CUE != 0)?;
        let cue = self.cue_at(verb, limit).filter(|c| !c.according)?;
        let np = parse_backward(&v, self.adverbs_before(verb, a), a).filter(|p| p.kind == NpKind::Person && p.has_title && p.start > a)?;
        (a..np.start).all(|k| v.cap_word(k) && v.class(k) & class::STOP == 0).then_some((np, cue))
    }

    /// The token after a short parenthesis at `k` ("(D-Texas)", "(ECOWAS)"), else `k`.
    #[inline(always)]
    fn after_parenthesis(&self, k: usize) -> usize {
        let v = self.view();
        if v.s(k) != "(" {
            return k;
        }
        (k + 1..(k + 6).min(self.toks.len())).find(|&j| v.s(j) == ")").map_or(k, |j| j + 1)
    }

    /// The token of a short parenthesis's "(" when one ends right before `k` ("Rep. Ann Lee
    /// (D-Texas), the …"), else `k`.
    fn before_parenthesis(&self, k: usize, floor: usize) -> usize {
        let v = self.view();
        if k <= floor + 1 || v.s(k - 1) != ")" {
            return k;
        }
        (k.saturating_sub(6).max(floor)..k - 1).rev().find(|&j| v.s(j) == "(").unwrap_or(k)
    }

    /// `CUE SPEAKER` ("said Pompeo", "according to the Kremlin") starting at token `a`.
    fn cue_then_speaker(&self, a: usize, limit: usize) -> Option<(Np, Cue)> {
        let v = self.view();
        let cue = self.cue_at(a, limit)?;
        if cue.flags.no_inversion {
            return None;
        }
        let mut s = cue.end;
        if cue.according && s + 2 < limit && v.class(s) & class::DET != 0 && v.class(s + 1) & class::DOCUMENT != 0 {
            // "according to a statement from the Kremlin"
            let mut k = s + 2;
            while k < limit && k < s + 5 && !(v.is(k, "from") || v.is(k, "by")) {
                k += 1;
            }
            if k < limit && (v.is(k, "from") || v.is(k, "by")) {
                s = k + 1;
            }
        }
        // "said one commuter waiting for a bus": after an inverted cue any noun is the speaker;
        // "said one casual tutor.": with its modifier when the phrase ends there.
        let np = parse_forward(&v, s, limit).or_else(|| {
            let plain = |k: usize| k < limit && v.toks[k].is_word() && v.toks[k].is(flag::LOWER) && v.class(k) & (class::CUE | class::STOP | class::ADJUNCT) == 0;
            let noun = s + 1 < limit && v.class(s) & class::DET != 0 && plain(s + 1);
            let ends = |k: usize| k >= limit || v.punct(k, b",.;:!?") || v.is(k, "who");
            let end = if noun && plain(s + 2) && ends(s + 3) { s + 3 } else { s + 2 };
            let np = Np::role(s, end);
            noun.then(|| Np { end: source_clause(&v, &np, limit).unwrap_or(end), ..np })
        })?;
        if cue.according && matches!(np.kind, NpKind::Pronoun(_)) {
            return None;
        }
        // "said one woman holding a thermos.": with the participle phrase that describes her.
        let np = match (np.kind == NpKind::Role).then(|| inverted_participle_clause(&v, &np, limit)).flatten() {
            Some(end) => Np { end, ..np },
            None => np,
        };
        // "said the auctioneer, Helena Marsh,": the role's name.
        if np.kind == NpKind::Role && v.punct(np.end, b",") {
            if let Some(name) = parse_forward(&v, np.end + 1, limit).filter(|p| p.kind == NpKind::Person) {
                return Some((name, cue));
            }
        }
        Some((np, cue))
    }

    /// The group entity that `np` names, remembering the noun that describes its name ("union"
    /// of "the metalworkers’ union MetallVerband") so that a later "the union" is it.
    fn group_of(&mut self, np: &Np, subject: bool, at: usize) -> usize {
        let (span, noun) = self.group_span(np);
        let id = self.ents.group(span, np.kind == NpKind::Org, subject, at);
        if let Some(noun) = noun {
            self.ents.describe(id, noun);
        }
        // "Hafizuddin's wife, who sat in the gallery, wept.": a gendered title someone holds by
        // relation, opening the sentence as its subject, names one person "she" or "he" can be.
        if let (NpKind::Role, Some(g @ (Gender::Male | Gender::Female)), true) = (np.kind, np.gender, subject) {
            let v = self.view();
            if np.end == np.start + 2 && v.opens_sentence(np.start) && (v.possessive(np.start) || v.is(np.start, "his") || v.is(np.start, "her")) {
                self.ents.one_person_role(id, g);
            }
        }
        id
    }

    /// Byte span that names a group: the whole phrase from its determiner ("the Ministry of
    /// Health"), or from the name when generic words come first ("payments firm KiranPay
    /// Technologies"); and then the span of the noun those words end in ("firm").
    fn group_span(&self, np: &Np) -> ((usize, usize), Option<(usize, usize)>) {
        let v = self.view();
        let det = v.class(np.start) & class::DET != 0;
        let generic = np.name.0 > np.start && np.name.0 < np.end && self.toks[np.start..np.name.0].iter().all(|t| t.is_word() && t.is(flag::LOWER));
        // "the country's National Human Rights Commission": the name starts after a lower-case
        // possessive.
        let owned = det && np.name.0 > np.start + 1 && np.name.0 < np.end && v.possessive(np.name.0 - 1)
            && v.toks[np.name.0 - 1].is(flag::LOWER) && v.toks[np.name.0].is(flag::CAP);
        // "the watchdog group Observatorio Ciudadano Regio": words that describe a name that
        // does not end in an organisation word ("the coast guard", "the Bank of Japan" stay).
        // ("the state company Yacimientos de Litio Bolivianos": a name's particles are part of it.)
        let described = det && np.kind == NpKind::Org && np.name.0 >= np.start + 2 && np.name.0 < np.end
            && self.toks[np.start + 1..np.name.0].iter().all(|t| t.is_word() && t.is(flag::LOWER))
            && (np.name.0..np.end).all(|k| v.toks[k].is(flag::CAP) || v.class(k) & class::PARTICLE != 0)
            && self.toks[np.end - 1].is(flag::CAP)
            && v.class(np.end - 1) & class::ORG == 0;
        // "the campaign group Unity Drivers Federation": a body's own noun describes a name,
        // whatever its last word.
        let body_named = (det && np.kind == NpKind::Org)
            .then(|| (np.start + 1..np.end).find(|&k| self.toks[k].is(flag::CAP)))
            .flatten()
            .filter(|&c| c >= np.start + 2 && is_body_noun(v.s(c - 1)) && self.toks[np.start + 1..c].iter().all(|t| t.is_word() && t.is(flag::LOWER)))
            .filter(|&c| self.toks[c..np.end].iter().all(|t| t.is(flag::CAP)));
        let name_start = body_named.unwrap_or(np.name.0);
        // Words before the name that describe it: the name stands without them, the noun noted.
        let describing = (np.kind == NpKind::Org && !det && generic) || described || body_named.is_some();
        let start = if describing || owned { name_start } else { np.start };
        let noun = describing.then(|| {
            let t = &self.toks[name_start - 1];
            (t.start, t.end)
        });
        (v.span(start, np.end), noun)
    }

    /// Turns a speaker phrase into an entity (resolving pronouns), marking it a candidate.
    ///
    /// A person or pronoun asked again with nothing linked in between is the same speaker:
    /// linking and touching it again would find it and change nothing. (Not a role or an
    /// organisation: a definite role met for the first time reads differently the second.)
    fn speaker_of(&mut self, np: &Np, create: bool) -> Speaker {
        let call = (np.start, np.end, np.kind, np.name, np.gender, np.has_title, create);
        let again = matches!(np.kind, NpKind::Person | NpKind::Pronoun(_));
        if let Some((last, speaker, epoch)) = self.last_speaker {
            if again && last == call && epoch == self.ents.epoch() {
                return speaker;
            }
        }
        let speaker = self.link_speaker(np, create);
        self.last_speaker = Some((call, speaker, self.ents.epoch()));
        speaker
    }

    /// [`Self::speaker_of`], worked out.
    fn link_speaker(&mut self, np: &Np, create: bool) -> Speaker {
        // "the festival's website said", "the ministry's statement said": its owner speaks.
        let owner = {
            let v = self.view();
            let document = np.end > np.start + 1 && v.class(np.end - 1) & class::DOCUMENT != 0;
            (np.start..np.end - 1).rev().find(|&k| document && v.possessive(k)).map(|k| {
                let word = v.s(k);
                let cut = ["’s", "'s", "’", "'"].iter().find(|p| word.ends_with(*p)).map_or(0, |p| p.len());
                let (s, e) = v.span(np.start, k + 1);
                (s, e - cut)
            })
        };
        if let Some(span) = owner {
            let id = self.ents.group(span, true, true, np.start);
            return Speaker::Entity(id);
        }
        // "According to the indictment, …" after "the Federal Public Prosecutor's Office filed
        // charges": the document's author, the organisation named last.
        let v = self.view();
        if np.end == np.start + 2 && v.is(np.start, "the") && v.class(np.start + 1) & class::DOCUMENT != 0 {
            if let Some(id) = self.ents.resolve(Gender::Neuter) {
                return Speaker::Entity(id);
            }
        }
        self.speaker_of_phrase(np, create)
    }

    fn speaker_of_phrase(&mut self, np: &Np, create: bool) -> Speaker {
        let at = np.start;
        let id = match np.kind {
            NpKind::Pronoun(g) => self.ents.resolve(g),
            NpKind::Person => {
                let v = View { text: self.text, toks: &self.toks, words: self.words };
                // "KiranPay said" after "KiranPay Technologies Private Limited", "Kaveri Agro
                // Foods said" after "Kaveri Agro Foods Ltd" (not "Bill Gates" after the "Bill
                // Gates Foundation": a given name opens a person's name).
                let words = np.name.1 - np.name.0;
                let short = words == 1 || (!np.has_title && !v.given_name(np.name.0));
                let short_org = short.then(|| self.ents.org_by_short_name(&self.text[v.toks[np.name.0].start..v.toks[np.name.1 - 1].end])).flatten();
                short_org.or_else(|| self.ents.person(&v, np.name, np.start, create, np.gender, at))
            }
            NpKind::Org | NpKind::Role => {
                let known = self.ents.list.len();
                let id = self.group_of(np, true, at);
                // "“…,” the retired postman said", "the rider wrote": a definite description
                // met for the first time, that no named person holds as a title, stands for the
                // person the story is about.
                let v = self.view();
                // (Not someone named by relation to another person: "the boy’s mother said"; "the
                // association's chairman" is the organisation's.)
                let related = (np.start + 1..np.end).any(|k| v.possessive(k) && self.words.class_of(strip_possessive(v.s(k)).as_bytes()) & class::ORG == 0);
                let described = np.kind == NpKind::Role && id >= known && v.is(np.start, "the") && np.end - np.start <= 3
                    && self.toks[np.start + 1..np.end].iter().all(|t| t.is_word() && t.is(flag::LOWER) && t.class & class::ORG == 0)
                    && !related
                    && !v.s(np.end - 1).ends_with('s') && !abstract_noun(v.s(np.end - 1)) && self.ents.person_in_role(id, at).is_none();
                if described {
                    let person = self.ents.resolve(Gender::Person).filter(|&p| self.ents.list[p].kind == EntityKind::Person);
                    self.ents.set_stands_for(id, person);
                }
                // ("“…,” the retired postman said. “…”": its second mention is that person too.)
                Some(self.ents.standing_for(id))
            }
        };
        match id {
            Some(id) => {
                // "Rahman said Goh had promised …": who speaks inside someone else's reported
                // speech is not who the story is about ("she said" next is Rahman).
                let cue_before = |k: usize| k > 0 && self.toks[k - 1].is_word() && self.toks[k - 1].is(flag::LOWER) && self.toks[k - 1].class & class::CUE != 0;
                let reported = at > 0 && {
                    let k = if self.view().is(at - 1, "that") { at - 1 } else { at };
                    // ("He said her deputy, Fletcher Mwale, had assured …": or the name of an
                    // appositive that opens the reported clause.)
                    let appositive = self.view().punct(at - 1, b",") && {
                        let mut m = at - 1;
                        while m > 0 && at - 1 - m < 4 && self.toks[m - 1].is_word() && self.toks[m - 1].is(flag::LOWER) && self.toks[m - 1].class & class::CUE == 0 {
                            m -= 1;
                        }
                        m < at - 1 && cue_before(m)
                    };
                    cue_before(k) || appositive
                };
                self.ents.touch(id, at, true, !reported);
                Speaker::Entity(id)
            }
            None => Speaker::Unknown,
        }
    }

    /// [`Self::attribution`] of a phrase that speaks with no cue ("Lavrov: “…”").
    /// The person's name that a dash at token `d` signs a quotation with: the name ends its
    /// line, or a few words of description after a comma do ("– Montse, Valls").
    fn signature(&self, d: usize) -> Option<Np> {
        let v = self.view();
        let t = v.toks.get(d)?;
        if t.is_word() || !matches!(v.s(d), "—" | "–") {
            return None;
        }
        let np = parse_forward(&v, d + 1, v.toks.len()).filter(|np| np.kind == NpKind::Person && np.start == d + 1)?;
        let line_end = |k: usize| k >= v.toks.len() || v.toks[k].is(flag::NEWLINE);
        let described = v.punct(np.end, b",") && (np.end + 1..np.end + 8).find(|&k| line_end(k)).is_some_and(|e| (np.end..e).all(|k| v.class(k) & class::CUE == 0));
        (line_end(np.end) || described).then_some(np)
    }

    fn uncued(&mut self, np: Np, confidence: f32) -> Attribution {
        let speaker = self.speaker_of(&np, true);
        Attribution { speaker, mention: Some((np.start, np.end)), cue: None, confidence, partial: false }
    }

    fn attribution(&mut self, np: Np, cue: Cue, confidence: f32, partial: bool) -> Attribution {
        let speaker = self.speaker_of(&np, true);
        let confidence = match (np.kind, speaker) {
            (_, Speaker::Unknown) => confidence * 0.5,
            (NpKind::Pronoun(_), _) => confidence * 0.9,
            _ => confidence,
        };
        let (lo, hi) = (np.start.min(cue.verb), np.end.max(cue.end));
        self.mark_used(lo, hi);
        Attribution { speaker, mention: Some((np.start, np.end)), cue: Some(cue), confidence, partial }
    }

    // -----------------------------------------------------------------------------------------
    // Windows around a quote

    /// First token of the sentence that contains token `i` (quotations are opaque).
    fn sentence_start(&self, i: usize) -> usize {
        let mut j = i;
        while j > 0 && i - j < WINDOW * 2 {
            let t = &self.toks[j];
            if t.is(flag::NEWLINE) {
                return j;
            }
            let p = &self.toks[j - 1];
            if p.is(flag::TERMINAL) && !p.is(flag::IN_QUOTE) {
                return j;
            }
            // "… resumed in Mass. “It is over,”": an abbreviation's period before a quote mark
            // ends the sentence (titles are never followed by one).
            if t.kind == TokKind::Mark && p.is_word() && !p.is(flag::IN_QUOTE) && self.text.as_bytes()[p.end - 1] == b'.' {
                return j;
            }
            // A closing mark after a quoted full stop ends a sentence.
            if p.kind == TokKind::Mark && j >= 2 && self.toks[j - 2].is(flag::TERMINAL) && self.toks[j - 2].is(flag::IN_QUOTE)
                && (self.toks[j].is(flag::CAP) || self.toks[j].kind == TokKind::Mark)
                && !p.is(flag::IN_QUOTE)
                && self.is_close_mark(j - 1)
            {
                return j;
            }
            j -= 1;
        }
        j
    }

    fn is_close_mark(&self, i: usize) -> bool {
        i > 0 && self.toks[i - 1].is(flag::IN_QUOTE)
    }

    /// End (exclusive) of the sentence that continues at token `i`.
    fn sentence_end(&self, i: usize) -> usize {
        let mut j = i;
        while j < self.toks.len() && j - i < WINDOW * 2 {
            let t = &self.toks[j];
            if j > i && t.is(flag::NEWLINE) {
                return j;
            }
            if t.is(flag::TERMINAL) && !t.is(flag::IN_QUOTE) {
                return j + 1;
            }
            j += 1;
        }
        j
    }

    /// Whether tokens `s..e` hold any word outside quotations.
    fn has_words(&self, s: usize, e: usize) -> bool {
        self.toks[s..e].iter().any(|t| t.is_word() && !t.is(flag::IN_QUOTE))
    }

    // -----------------------------------------------------------------------------------------
    // The running scan: people mentioned, subjects, speakers of reported speech.

    /// Reads tokens up to `upto`, recording every person mention, subject and speaker.
    ///
    /// Sentence and paragraph starts are told to the entity list up to the token read, right
    /// before anything is recorded there (in one pass over the tokens between, rather than a
    /// call per token).
    pub fn scan_to(&mut self, upto: usize) {
        let upto = upto.min(self.toks.len());
        let mut i = self.scan_pos;
        while i < upto {
            // (Most tokens are passed over by every rule below: found in a tight loop.)
            i += self.toks[i..upto].iter().position(may_act).unwrap_or(upto - i);
            if i >= upto {
                break;
            }
            let t = self.toks[i];
            if !t.is_word() || t.is(flag::IN_QUOTE) || t.is(flag::USED) {
                i += 1;
                continue;
            }
            // "According to a Crown official who was not authorised to speak publicly, …": a
            // source, so a later "the official said" or "it said" can refer to it (capitalised
            // too, opening its sentence).
            if t.class & class::ACCORDING != 0 && self.view().is(i + 1, "to") {
                let v = self.view();
                if let Some(np) = parse_forward(&v, i + 2, self.toks.len()).filter(|np| !matches!(np.kind, NpKind::Pronoun(_))) {
                    let end = np.end;
                    self.count_boundaries(i + 1);
                    self.speaker_of(&np, true);
                    i = end;
                    continue;
                }
            }
            if t.is(flag::NAME) {
                // "the Ministry of Health": the phrase starts at its determiner.
                let det = i > 0 && self.toks[i - 1].is_word() && self.toks[i - 1].is(flag::LOWER) && self.toks[i - 1].class & class::DET != 0
                    && !self.toks[i - 1].is(flag::USED) && !t.is(flag::NEWLINE);
                if !det && self.lone_stop_word(i) {
                    i += 1;
                    continue;
                }
                self.count_boundaries(i + 1);
                i = self.scan_phrase(if det { i - 1 } else { i }).max(i + 1);
                continue;
            }
            if t.is(flag::LOWER) && t.class & ACTS != 0 {
                let v = self.view();
                let cl = v.class(i);
                // Pronouns, lower-case roles and organisations ("residents said", "the coast
                // guard said", from their determiner), and with reported speech every cue.
                if cl & (class::TITLE | class::ORG) != 0 {
                    let mut s = i;
                    while s > self.scan_pos && i - s < 3 && self.toks[s - 1].is(flag::LOWER) && !self.toks[s - 1].is(flag::USED) && self.toks[s - 1].class & (class::DET | class::TITLE | class::TITLE_START) != 0 {
                        s -= 1;
                    }
                    // "one dock worker said": modifiers back to a determiner.
                    let mut m = s;
                    while m > self.scan_pos && s - m < 2 && self.toks[m - 1].is_word() && self.toks[m - 1].is(flag::LOWER) && !self.toks[m - 1].is(flag::USED) && self.toks[m - 1].class == 0 {
                        m -= 1;
                    }
                    if m < s && m > self.scan_pos && self.toks[m - 1].class & class::DET != 0 && !self.toks[m - 1].is(flag::USED) && self.toks[m - 1].is_word() {
                        s = m - 1;
                    }
                    self.count_boundaries(i + 1);
                    i = self.scan_phrase(s).max(i + 1);
                    continue;
                }
                // "…, said a headmaster who spoke on condition of anonymity.": the unnamed source of
                // reported speech, so a later "he said" or "the headmaster said" is them.
                let inverted_source = cl & class::CUE != 0 && i > 0 && v.punct(i - 1, b",") && v.is_any(i + 1, &SINGULAR_DETERMINERS);
                if inverted_source {
                    if let Some((np, _)) = self.cue_then_speaker(i, self.toks.len()).filter(|(np, c)| np.kind == NpKind::Role && !c.according) {
                        self.count_boundaries(i + 1);
                        self.speaker_of(&np, true);
                        i = np.end;
                        continue;
                    }
                }
                let v = self.view();
                // "one veteran tallyman said …": an unnamed source of common nouns.
                let source = cl & class::DET != 0
                    && v.toks.get(i + 1).is_some_and(|t| t.is_word() && t.is(flag::LOWER) && t.class == 0)
                    && (v.class(i + 2) & class::CUE != 0 || v.class(i + 3) & class::CUE != 0)
                    && v.is_any(i, &SINGULAR_DETERMINERS);
                if v.pronoun(i).is_some() || source || (self.include_indirect && cl & class::CUE != 0) {
                    self.count_boundaries(i + 1);
                    i = self.scan_phrase(i);
                    continue;
                }
            }
            i += 1;
        }
        self.scan_pos = self.scan_pos.max(upto);
        // The quotation about to be attributed may open a paragraph.
        self.count_boundaries(upto + 1);
    }

    /// Whether the capitalised word `i` is a stop word of no other class that no name follows
    /// ("Thursday", "What", "Nobody" opening a sentence): [`Self::scan_phrase`] would parse no
    /// phrase there (a stop word ends a name before it has a word) and find no possessive name
    /// from it, so it is passed over without a parse.
    fn lone_stop_word(&self, i: usize) -> bool {
        const OTHER: u16 = class::DET | class::PRONOUN | class::TITLE | class::TITLE_START | class::PARTICLE | class::POSTNOMINAL;
        let t = &self.toks[i];
        t.is(flag::CAP) && t.class & class::STOP != 0 && t.class & OTHER == 0
            && self.toks.get(i + 1).map_or(true, |n| !n.is(flag::NAME))
            && !singular_possessive(&self.text.as_bytes()[t.start..t.end])
    }

    /// Tells the entity list of each sentence and paragraph start among tokens before `upto`.
    #[inline]
    fn count_boundaries(&mut self, upto: usize) {
        let upto = upto.min(self.toks.len());
        let from = self.boundary_pos;
        if from >= upto {
            return;
        }
        // (Each token with the one before it, the position kept in a register.)
        const ENDS_QUOTED: u8 = flag::TERMINAL | flag::IN_QUOTE;
        let mut prev = from.checked_sub(1).map_or(0, |p| self.toks[p].flags);
        // Whether the token before closes a quotation whose words end a sentence (“… comfort.”):
        // a capitalised word after it starts the next sentence, as the splitter reads it.
        let mut closed = from >= 2 && self.toks[from - 2].flags & ENDS_QUOTED == ENDS_QUOTED;
        for t in &self.toks[from..upto] {
            // (The three tests without branches, then one: most tokens start nothing.)
            if t.is(flag::NEWLINE) | (prev & ENDS_QUOTED == flag::TERMINAL) | (closed & t.is(flag::CAP)) {
                self.ents.new_sentence(t.is(flag::NEWLINE) && t.kind != TokKind::Quoted);
            }
            // (Only a Quoted token carries both flags; the Mark after it closes it.)
            closed = prev & ENDS_QUOTED == ENDS_QUOTED;
            prev = t.flags;
        }
        self.boundary_pos = upto;
    }

    /// Handles the phrase at `i` (a name, a pronoun + cue, an inverted cue); returns where to
    /// continue.
    fn scan_phrase(&mut self, i: usize) -> usize {
        let n = self.toks.len();
        let np = parse_forward(&self.view(), i, n);
        if let Some(np) = np {
            let k = self.skip_adverbs(np.end, n);
            if let Some(cue) = self.cue_at(k, n).filter(|c| !c.according) {
                if self.toks[cue.verb].is(flag::USED) {
                    return np.end.max(i + 1);
                }
                // "A 23-year-old survivor from Bab al-Tabbaneh said": the source, not the place.
                // "Marta Ruiz of the Red Cross said", "… of the fishers' group Samahan ng Maliliit
                // said": the person, not where she works.
                let v = self.view();
                let from = np.start > 0 && v.is(np.start - 1, "from");
                let mut p = np.start;
                while p > 0 && np.start - p < 3 && v.toks[p - 1].is_word() && v.toks[p - 1].is(flag::LOWER) && v.class(p - 1) & (class::CUE | class::STOP) == 0 && !v.is_any(p - 1, &["of", "at"]) {
                    p -= 1;
                }
                let of = p > 0 && (v.is(p - 1, "of") || v.is(p - 1, "at"));
                let np = if from || of {
                    let aff = Np { start: if of { p } else { np.start }, ..np };
                    self.person_before_affiliation(aff, self.sentence_start(np.start)).filter(|p| p.kind == NpKind::Role || of).unwrap_or(np)
                } else {
                    np
                };
                let speaker = self.speaker_of(&np, true);
                self.note_affiliations(np.start, cue.verb);
                if self.include_indirect && !cue.flags.weak {
                    self.reported_clause(np.start, cue.end, &cue, speaker, (np.start, np.end));
                }
                return cue.end.max(i + 1);
            }
            // "Line Kragh of Aarhus University, who is not related to him, said": the person and
            // where she works, then the clause.
            let np = {
                let v = self.view();
                let works = np.kind == NpKind::Person && (v.is(np.end, "of") || v.is(np.end, "at"));
                works.then(|| parse_forward(&v, np.end + 1, n)).flatten().filter(|org| org.kind == NpKind::Org && v.punct(org.end, b",")).map_or(np, |org| Np { end: org.end, ..np })
            };
            // "Dr Pieter van den Bosch, from the university, said the plume …": a speaker too
            // (not the object of a verb or preposition in a relative clause: "Fernandes, who has
            // worked alongside the priest, Fr. José Souza, said").
            // (Asked last: most phrases have no comma after them.)
            let object = || {
                let (v, s) = (self.view(), np.start);
                s > 0 && v.toks[s - 1].is(flag::LOWER) && v.class(s - 1) & (class::CUE | class::CONJ) == 0 && (s.saturating_sub(8)..s).any(|k| v.is(k, "who"))
            };
            if matches!(np.kind, NpKind::Person | NpKind::Org | NpKind::Role) && self.view().punct(np.end, b",") && !object() {
                let role = np;
                if let Some((np, cue)) = self.clause_then_cue(np, n).filter(|(_, c)| !self.toks[c.verb].is(flag::USED)) {
                    self.note_affiliations(role.start, cue.verb);
                    if let (Speaker::Entity(id), NpKind::Person) = (self.speaker_of(&np, true), np.kind) {
                        self.appositive_title(id, &np);
                        // "Kang's lawyer, Yoon Seo-yeon, countered": the role is hers, so a later
                        // "the lawyer replied" is Yoon.
                        if role.kind == NpKind::Role && role.end < np.start {
                            let span = self.view().span(role.start, role.end);
                            self.ents.add_title(id, span);
                        }
                    }
                    // ("The governor, a former accountant who took office in December, said": the
                    // appositive is passed over, not another speaker.)
                    let v = self.view();
                    let described = np.start == role.start && (v.is(role.end + 1, "a") || v.is(role.end + 1, "an"));
                    return if described { cue.verb } else { np.end }.max(i + 1);
                }
            }
        }
        if self.include_indirect && self.toks[i].is(flag::LOWER) && np.is_none() {
            if let Some((np, cue)) = self.cue_then_speaker(i, n) {
                let pronoun = matches!(np.kind, NpKind::Pronoun(_));
                if !pronoun && !cue.according && !cue.flags.weak && !self.toks[cue.verb].is(flag::USED) {
                    let speaker = self.speaker_of(&np, true);
                    self.reported_clause(cue.verb, np.end, &cue, speaker, (np.start, np.end));
                    return np.end;
                }
            }
            return i + 1;
        }
        // "led by Vidal’s brother": a possessive still keeps a known person in mind;
        // "director Amira Osman's film": a full name in the possessive is a person, as anywhere.
        let (from, to) = np.map_or_else(
            // No phrase parsed ("Amira Osman's film won"): the capitalised words at `i`.
            || (i, (i + 1..(i + 4).min(n)).find(|&k| !self.toks[k].is(flag::CAP) || self.toks[k].is(flag::NEWLINE)).unwrap_or((i + 4).min(n))),
            |np| (np.start, np.end),
        );
        // (Most phrases hold no possessive: found before anything is read for one.)
        let possessive = |t: &Token| t.is(flag::CAP) && singular_possessive(&self.text.as_bytes()[t.start..t.end]);
        let first = self.toks.get(from..to).and_then(|ts| ts.iter().position(possessive)).map_or(to, |p| from + p);
        for k in first..to {
            if possessive(&self.toks[k]) {
                let v = View { text: self.text, toks: &self.toks, words: self.words };
                let mut first = k;
                while first > from && first + 3 > k && v.toks[first - 1].is(flag::CAP) && v.class(first - 1) & (class::STOP | class::TITLE | class::ORG | class::DET) == 0 && !v.toks[first].is(flag::NEWLINE) {
                    first -= 1;
                }
                // Only where it is plainly a person's name: "New York's" is not.
                let full = first < k && (v.given_name(first) || (first > 0 && v.class(first - 1) & class::TITLE != 0) || speaks_later(&v, k));
                let name = if full { (first, k + 1) } else { (k, k + 1) };
                let opens = v.opens_sentence(name.0);
                if let Some(id) = self.ents.person(&v, name, name.0, full, None, name.0) {
                    // "Elisapie Annanack-Kauki's son is on treatment. “…,” she said.": whose
                    // subject opens the sentence is who it is about (not "Siti Aminah's
                    // neighbour, Darsono, …": a subject named in an appositive).
                    if opens && full && !(k + 1..k + 4).any(|m| v.punct(m, b",")) {
                        self.ents.touch(id, name.0, true, false);
                    }
                }
            }
        }
        let v = self.view();
        let Some(np) = np.filter(|np| !matches!(np.kind, NpKind::Pronoun(_))) else {
            return i + 1;
        };
        if np.kind == NpKind::Person {
            let words = np.name.1 - np.name.0;
            // "finance minister Ama Boateng": a lower-case title right before counts too;
            // "The federation's leader, Priya Raman,": so does a title before an appositive.
            let titled = np.has_title
                || (np.start > 0 && v.class(np.start - 1) & class::TITLE != 0)
                || (np.start > 1 && v.punct(np.start - 1, b",") && v.class(np.start - 2) & class::TITLE != 0);
            // A full name is a person wherever it stands; only subjects can be "he"/"she" yet.
            // ("Oyunchimeg, 58, who herds …": so is one name given an age or a clause.)
            let introduced = || {
                let opens = v.opens_sentence(np.start);
                // ("Sutarmi, a 61-year-old clove farmer, fled": or an appositive's age.)
                let aged = (v.is(np.end + 1, "a") || v.is(np.end + 1, "an")) && v.s(np.end + 2).ends_with("-year-old");
                opens && v.punct(np.end, b",") && (is_number(v.s(np.end + 1)) && v.punct(np.end + 2, b",") || v.is(np.end + 1, "who") || aged)
            };
            let create = titled || words >= 2 || introduced();
            let v = View { text: self.text, toks: &self.toks, words: self.words };
            if let Some(id) = self.ents.person(&v, np.name, np.start, create, np.gender, np.start) {
                // (Asked only of a mention that links: most that do not are places.)
                let subject = self.is_subject(&np) && !self.reported_before_pronoun_cue(&np);
                self.ents.touch(id, np.start, subject, false);
                self.appositive_title(id, &np);
            }
        } else if matches!(np.kind, NpKind::Org | NpKind::Role) {
            // "Residents were angry. “…,” they said.": groups that act can be "they"; a named
            // organisation is remembered wherever it stands ("sued Meridian Offshore Corp."),
            // so "the company" can refer to it.
            let subject = self.is_subject(&np);
            // "terminal operator Seri Terminal Operations Sdn Bhd (STO)": a name given its acronym.
            let acronym = np.kind == NpKind::Org && v.s(np.end) == "(" && v.s(np.end + 2) == ")" && {
                let a = v.s(np.end + 1);
                a.len() >= 2 && a.bytes().all(|b| b.is_ascii_uppercase())
            };
            let named = acronym || np.kind == NpKind::Org && self.toks[np.name.0..np.end].iter().any(|t| t.is(flag::CAP))
                && (self.view().class(np.end - 1) & class::ORG != 0 || is_legal_form(self.view().s(np.end - 1))
                    // "the Data Protection Board of India": an organisation word leads the
                    // complement (a business's "of Germany" only says where it is).
                    || (self.toks[np.name.0..np.end].iter().any(|t| t.class & class::ORG != 0) && !is_business(&self.text[self.toks[np.name.0].start..self.toks[np.end - 1].end])));
            if subject || named {
                let id = self.group_of(&np, subject, np.start);
                // "The prosecutor was unmoved. “…,” he said.": a role's one holder is who the
                // story turns to.
                if subject && np.kind == NpKind::Role {
                    if let Some(person) = self.ents.person_in_role(id, self.toks[np.start].start) {
                        self.ents.touch(person, np.start, true, false);
                    }
                }
            }
        }
        np.end.max(i + 1)
    }

    /// "Dwi Ratnasari, a spokeswoman for the National Disaster Mitigation Agency, said", "a
    /// lawyer who heads the Depositors’ Rights Collective": the organisation a source speaks
    /// for (tokens `from..to`, passed over by the scan) is named, so "the agency" can be it.
    fn note_affiliations(&mut self, from: usize, to: usize) {
        // "Justice Ministry spokesman Piotr Nowak said": an organisation that opens the phrase
        // before a role's word.
        let v = self.view();
        // (The whole name: two words or more, not the end of a longer one.)
        let whole = from == 0 || !(v.toks[from - 1].is_word() && (v.cap_word(from - 1) || v.class(from - 1) & class::DET != 0));
        let lead = (from..to).take_while(|&k| v.cap_word(k)).last().filter(|&k| {
            whole && k > from && v.class(k) & class::ORG != 0 && v.toks.get(k + 1).is_some_and(|t| t.is(flag::LOWER)) && v.class(k + 1) & class::TITLE != 0
        });
        if let Some(last) = lead {
            let org = Np { start: from, end: last + 1, name: (from, last + 1), kind: NpKind::Org, gender: None, has_title: false };
            self.group_of(&org, false, from);
        }
        for k in from..to.saturating_sub(1) {
            let v = self.view();
            // ("chief executive of Pesquera Austral del Sur S.A.": or a name with no article after
            // a title, not "a subsidiary of …", which names another company.)
            let titled_of = k > 0 && v.is(k, "of") && v.class(k - 1) & class::TITLE != 0 && v.class(k + 1) & class::DET == 0;
            let at = if v.is(k, "the") { k } else if titled_of { k + 1 } else { continue };
            if !v.cap_word(k + 1) {
                continue;
            }
            // (Without an article, only a business by its legal form: not "Minister of Mining and Energy".)
            if let Some(org) = parse_forward(&v, at, to).filter(|np| np.kind == NpKind::Org && v.class(np.end - 1) & class::ORG != 0 && (at == k || is_legal_form(v.s(np.end - 1)))) {
                self.group_of(&org, false, org.start);
            }
        }
    }

    /// "Rodrigo Villaseñor Ochoa, the mayor of this northern industrial city": a title in an
    /// appositive is the person's too, so a later "the mayor said" is theirs.
    fn appositive_title(&mut self, id: usize, np: &Np) {
        let v = View { text: self.text, toks: &self.toks, words: self.words };
        let t = np.end + 2;
        if v.punct(np.end, b",") && v.is(np.end + 1, "the") {
            if let Some((len, _)) = v.title_at(t, v.toks.len()) {
                let span = v.span(t, t + len);
                self.ents.add_title(id, span);
            }
        }
    }

    /// Whether the sentence `np` opens is someone else's reported speech, its cue a pronoun's
    /// at the end ("Gov. Marivic Pacaña-Sumagaysay had ordered checks on every school, she
    /// added."): then `np` is a subject inside what was said, and the pronoun is not them.
    fn reported_before_pronoun_cue(&self, np: &Np) -> bool {
        let v = self.view();
        if !v.opens_sentence(np.start) {
            return false;
        }
        let end = self.sentence_end(np.end);
        if end == 0 || end > v.toks.len() || !v.toks[end - 1].is(flag::TERMINAL) {
            return false;
        }
        // ", she added." / ", he said."
        (np.end..end.saturating_sub(2)).rev().take(4).any(|c| {
            v.punct(c, b",") && v.pronoun(c + 1).is_some() && self.cue_at(c + 2, end).is_some_and(|cue| cue.end + 1 == end && !cue.according)
        })
    }

    /// The speaker of a lead-in with no verb before the colon at `colon`, whose sentence opens at
    /// `s` with the phrase `opening`: a person already named, then where they are ("at the
    /// service park", "in the stands").
    fn placed_lead_in(&mut self, opening: Option<Np>, s: usize, colon: usize) -> Option<Np> {
        let v = self.view();
        let np = opening.filter(|np| np.start == s && np.kind == NpKind::Person && np.end < colon)?;
        if !v.is_any(np.end, &["at", "in", "on", "outside", "inside", "from"]) || colon - np.end > 14 {
            return None;
        }
        if (np.end..colon).any(|k| !v.toks[k].is_word() && !v.punct(k, b",") || v.class(k) & class::CUE != 0) {
            return None;
        }
        let known = matches!(self.speaker_of(&np, false), Speaker::Entity(_));
        known.then_some(np)
    }

    /// A name opens a clause (after a sentence start, comma or conjunction) and a verb follows.
    fn is_subject(&self, np: &Np) -> bool {
        let v = self.view();
        let s = np.start;
        // "… by Margaret Oyelaran-Hughes, 72, who lives nearby", "the experience of Kwame
        // Asante-Boateng, a 29-year-old nurse": a person introduced with a relative clause or an
        // appositive becomes someone the story is about.
        if np.kind == NpKind::Person && v.punct(np.end, b",") {
            let n = np.end + 1;
            let a = if is_number(v.s(n)) && v.punct(n + 1, b",") { n + 2 } else { n };
            // ("For farmers like Padma Chorol, 47, the arithmetic is simple": an age alone, but
            // not in someone's reported clause: "The chief said the suspects, including …, 29,".)
            let aged = a > n && !(self.sentence_start(np.start)..np.start).any(|k| v.class(k) & class::CUE != 0);
            if aged || v.is(a, "who") || v.is(a, "whose") || (a < v.toks.len() && (v.is(a, "a") || v.is(a, "an")) && v.toks.get(a + 1).is_some_and(|t| t.is(flag::LOWER) || t.is_word() && v.s(a + 1).ends_with("-year-old"))) {
                return true;
            }
        }
        // "That call was echoed by Sen. Okoro-Ubah", "was not shared by an official …": the agent
        // of a passive is who the sentence is about.
        if s >= 2 && v.is(s - 1, "by") && matches!(np.kind, NpKind::Person | NpKind::Role) && v.toks[s - 2].is(flag::LOWER) && {
            let w = v.s(s - 2);
            w.ends_with("ed") || IRREGULAR_PARTICIPLES.contains(&w)
        } {
            return true;
        }
        // "For the literary historian Gunnar Berg-Sjöholm of Karlstad University, the novel …":
        // whom an opening "For" is about is who the sentence is about.
        if np.kind == NpKind::Person && (v.punct(np.end, b",") || v.is_any(np.end, &["of", "at"])) {
            let lead = (s.saturating_sub(4)..s).rev().find(|&k| !(v.toks[k].is_word() && v.toks[k].is(flag::LOWER))).filter(|&k| v.is(k, "For") && v.opens_sentence(k));
            if lead.is_some() {
                return true;
            }
        }
        // ("including Anthony “Tito” Ramos, 29, face charges": not after a nickname's mark.)
        let nickname = s >= 4 && v.toks[s - 2].kind == TokKind::Quoted && v.toks[s - 3].kind == TokKind::Mark && v.cap_word(s - 4) && !v.toks[s - 4].is(flag::NEWLINE);
        let before = s == 0
            || v.toks[s].is(flag::NEWLINE)
            || v.punct(s - 1, b".,;:!?")
            || (v.toks[s - 1].kind == TokKind::Mark && !nickname)
            || v.class(s - 1) & class::CONJ != 0
            || (!v.toks[s - 1].is_word() && v.s(s - 1) == "—");
        if !before {
            return false;
        }
        let mut e = np.end;
        // "The National Company for Water (SONEDE) introduced …".
        if v.s(e) == "(" && v.s(e + 2) == ")" {
            e += 3;
        }
        if e >= v.toks.len() {
            return false;
        }
        // "His neighbour Rosa Mamani — no relation to the minister — now sells …": a person's
        // aside between dashes, then the verb.
        let dash = |k: usize| v.toks.get(k).is_some_and(|t| !t.is_word() && !t.is(flag::NEWLINE)) && matches!(v.s(k), "—" | "–");
        if np.kind == NpKind::Person && dash(e) {
            let close = (e + 1..(e + 16).min(v.toks.len())).take_while(|&k| !v.toks[k].is(flag::NEWLINE)).find(|&k| dash(k));
            if let Some(after) = close.map(|c| c + 1).filter(|&a| a < v.toks.len()) {
                return v.toks[after].is(flag::LOWER) && v.class(after) & (class::ADJUNCT | class::CONJ) == 0;
            }
        }
        if v.punct(e, b",") {
            // "MacAuley, known to fans as …, announced": a name that opens its sentence and is
            // set off by a comma is its subject.
            // ("A diplomat familiar with the talks, speaking on condition of anonymity, was …":
            // so is a source's.)
            let opens = v.opens_sentence(s) || v.toks[s - 1].kind == TokKind::Mark;
            if opens && (np.kind == NpKind::Person || (np.kind == NpKind::Role && v.toks.get(e + 1).is_some_and(|t| t.is(flag::LOWER)))) {
                return true;
            }
            let age = e + 1 < v.toks.len() && v.s(e + 1).bytes().all(|b| b.is_ascii_digit());
            // "The company's chairman, Lord Peter Hale, backed Collins": a closing appositive.
            let appositive = s > 0
                && v.punct(s - 1, b",")
                && v.toks.get(e + 1).is_some_and(|t| t.is(flag::LOWER))
                && v.class(e + 1) & (class::ADJUNCT | class::CONJ | class::DET | class::PRONOUN) == 0;
            return v.is(e + 1, "who") || v.is(e + 1, "whose") || (v.is(e + 1, "which") && np.kind == NpKind::Org) || age || v.class(e + 1) & class::DET != 0 || appositive;
        }
        // "Morag Lindsay in the Undercroft's main room on Tuesday. “…,” she said.", "Image:
        // Uncle Desmond Kearney at Cedar Creek": a photo caption opens its line with whom it
        // shows.
        let line_opens = s == 0 || v.toks[s].is(flag::NEWLINE) || (s >= 2 && v.punct(s - 1, b":") && v.toks[s - 2].is(flag::NEWLINE));
        if line_opens && np.kind == NpKind::Person && np.name.1 - np.name.0 >= 2 && v.is_any(e, &["in", "at", "on", "outside", "during", "with"])
            // (Not a menu: "Menu  Search  Log in".)
            && v.toks.get(e + 1).is_some_and(|t| t.is_word() && !t.is(flag::NEWLINE))
        {
            return true;
        }
        v.toks[e].is(flag::LOWER) && v.class(e) & class::ADJUNCT == 0 && !v.is_any(e, &["of", "and", "or", "to", "for", "by"])
            // ("when South Lhonak lake overtopped": a place's name and its kind.)
            && !v.is_any(e, &PLACE_KINDS)
    }

    /// Reported speech around an attribution spanning tokens `first..after`:
    /// `X said (that) CLAUSE.` or `CLAUSE, X said [adjuncts].`
    fn reported_clause(&mut self, first: usize, after: usize, cue: &Cue, speaker: Speaker, mention: (usize, usize)) {
        let v = self.view();
        let n = v.toks.len();
        let mut c = after;
        if v.is(c, "that") {
            c += 1;
        }
        let clause_follows = c < n && v.toks[c].is_word() && !v.toks[c].is(flag::NEWLINE);
        let ends_here = c >= n || v.toks[c].is(flag::NEWLINE) || v.toks[c].is(flag::TERMINAL) || v.class(c) & class::ADJUNCT != 0;
        let speaker_start = first;
        let clause = if clause_follows && v.class(c) & (class::ADJUNCT | class::CUE) == 0 {
            let end = self.sentence_end(c);
            let e = if end > c && self.toks[end - 1].is(flag::TERMINAL) { end - 1 } else { end };
            Some((c, e))
        } else if ends_here && speaker_start > 0 && v.punct(speaker_start - 1, b",") {
            let s = self.sentence_start(speaker_start - 1);
            Some((s, speaker_start - 1))
        } else {
            None
        };
        let Some((s, e)) = clause else { return };
        if e <= s || e - s < 3 || self.toks[s..e].iter().any(|t| t.kind == TokKind::Mark || t.is(flag::IN_QUOTE)) {
            return;
        }
        let (bs, be) = self.view().span(s, e);
        self.indirect.push(Found {
            start: bs,
            end: be,
            kind: QuoteKind::Indirect,
            attr: Some(Attribution { speaker, mention: Some(mention), cue: Some(*cue), confidence: 0.6, partial: false }),
            chain_next: false,
        });
    }

    // -----------------------------------------------------------------------------------------
    // Attributing one quotation

    /// Attributes the quotation with marks at tokens `otok`/`ctok`.
    pub fn attribute(&mut self, pair: &Pair, otok: usize, ctok: usize) -> Found {
        let found = self.attribute_inner(pair, otok, ctok);
        self.short_quote = false;
        self.last_quote = Some((ctok, found.attr));
        found
    }

    fn attribute_inner(&mut self, pair: &Pair, otok: usize, ctok: usize) -> Found {
        let n = self.toks.len();
        let v = self.view();
        // After the closing mark: optional comma or dash, then the attribution.
        let mut a = ctok + 1;
        while a < n && a < ctok + 3 && (v.punct(a, b",-") || (!v.toks[a].is_word() && matches!(v.s(a), "—" | "–"))) && !v.toks[a].is(flag::NEWLINE) {
            a += 1;
        }
        // A quote that ends its line has nothing after it in its sentence.
        let after_end = if ctok + 1 < n && v.toks[ctok + 1].is(flag::NEWLINE) { ctok + 1 } else { self.sentence_end(ctok + 1) };
        let sent_start = self.sentence_start(otok);
        let before_words = self.has_words(sent_start, otok);
        let same_line = a < n && !v.toks[a].is(flag::NEWLINE);
        let content_lower = self.text[pair.start..].chars().next().is_some_and(|c| c.is_lowercase());
        // Naming verbs ("called it …") attribute only real phrases, not scare quotes.
        // Titles ("The Last Ferry") are named, not quoted, whatever their length.
        let content = &self.text[pair.start..pair.end];
        let (n_words, title_case) = title_shape(content);
        self.short_quote = n_words < 3 || (n_words <= 8 && title_case);
        self.quote_open = otok;
        // "Bake My Day", "Lady Evangeline,", "Macca": a title or name in quotation marks is
        // named, not said (a quote that ends a clause ends with a comma or full stop inside its
        // marks). A title-cased quote ending in a comma can still be speech when it opens its
        // sentence ("“Absolutely,” she said"), not after "a memoir," or "workers call".
        let title = title_case && (1..=6).contains(&n_words) && !content.ends_with(['.', '!', '?', '…']) && !content.contains(". ");
        if title && (!content.ends_with(',') || before_words) {
            return self.unattributed(pair, otok, ctok, sent_start, after_end);
        }
        // "under the title “Seasonal protection against …”", "known locally as the “mountain
        // angels.”": what follows a naming word is a name or a title, not speech.
        if let Some(titled) = self.named_after(otok) {
            if titled || n_words <= 4 {
                let kind = QuoteKind::Scare;
                return Found { start: pair.start, end: pair.end, kind, attr: None, chain_next: false };
            }
        }
        // "an “undesirable” organization": a short quote between a determiner and its noun is a
        // label, not something said.
        let det_before = otok > 0 && self.toks[otok - 1].is_word() && self.toks[otok - 1].class & class::DET != 0;
        // (Not a participle or a function word: "the “real anxiety” felt by renters", "the
        // victim of a “witch-hunt” as he …".)
        let noun_after = || self.toks.get(ctok + 1).is_some_and(|t| {
            let w = &self.text[t.start..t.end];
            t.is_word() && t.is(flag::LOWER) && t.class & (class::CUE | class::ADJUNCT | class::CONJ | class::STOP | class::DET) == 0
                && !w.ends_with("ed") && !IRREGULAR_PARTICIPLES.contains(&w)
                && !["of", "to", "for", "from", "with", "as", "in", "on", "at", "by", "and", "or", "but", "that", "which", "when", "since", "because", "than", "while", "if", "after", "before", "into", "over"].contains(&w)
        });
        // (The noun's word lists last: few quotes are that short after a determiner.)
        if n_words <= 4 && det_before && noun_after() {
            return self.unattributed(pair, otok, ctok, sent_start, after_end);
        }

        // 1. Right after.
        if same_line {
            // "“….” Kaya said: “…”": a cue with a colon introduces the next quotation.
            let introduces_next = |cue: &Cue| self.view().punct(cue.end, b":") && self.toks.get(cue.end + 1).is_some_and(|t| t.kind == TokKind::Mark);
            // ("… had been spared “by a few hundred metres.” She said a neighbour, …": a
            // quotation that ends the sentence it is part of; the capitalised cue after it
            // opens the next sentence with a reported clause of its own.)
            let ended = before_words && self.toks[otok + 1].is(flag::TERMINAL) && self.toks[a].is(flag::CAP);
            let next_sentence = |cue: &Cue| ended && self.toks.get(cue.end).is_some_and(|t| t.is_word() && t.is(flag::LOWER));
            if let Some((np, cue)) = self.speaker_then_cue(a, after_end).or_else(|| self.cue_then_speaker(a, after_end)).filter(|(_, c)| !introduces_next(c) && !next_sentence(c)) {
                let attr = self.attribution(np, cue, 0.95, before_words);
                return self.found(pair, Some(attr), content_lower);
            }
            // "…," Pompeo, who visited Pyongyang four times, said.
            if let Some((np, cue)) = self.speaker_clause_cue(a, after_end) {
                let attr = self.attribution(np, cue, 0.9, before_words);
                return self.found(pair, Some(attr), content_lower);
            }
        }
        // "“We never give up.” — Amaia Etxeberria, captain", a pull quote's "“…” ⏎ — Carme Lema":
        // a name signed after a dash.
        if let Some(np) = self.toks[otok + 1].is(flag::TERMINAL).then(|| self.signature(ctok + 1)).flatten() {
            let attr = self.uncued(np, 0.8);
            self.mark_used(np.start, np.end);
            return self.found(pair, Some(attr), content_lower);
        }
        // 2. Right before: `X said:` / `X told reporters,` / `according to X,`.
        let colon = otok > 0 && self.view().punct(otok - 1, b":");
        // ("He went on:" ending the paragraph before the quotation's: that sentence.)
        let sent_start = if colon && sent_start + 1 >= otok { self.sentence_start(otok - 1) } else { sent_start };
        if let Some(attr) = self.before_adjacent(otok, sent_start) {
            // After "said:" the quote is a statement of its own, whatever opened the sentence.
            let partial = !colon && (attr.partial || self.has_words(ctok + 1, after_end.min(n)) && !self.attribution_follows(ctok + 1, after_end));
            if partial && attr.mention.is_some() {
                if let Some(later) = self.after_continuation(ctok + 1, after_end) {
                    return self.found(pair, Some(Attribution { partial, ..later }), content_lower);
                }
            }
            return self.found(pair, Some(Attribution { partial, ..attr }), content_lower);
        }
        // `Lavrov: "We will respond."` — a transcript or headline speaker — and
        // `Lewis was blunt: "…"` — the subject of the sentence the colon ends.
        if colon {
            // (The phrase opening the sentence, read once for the three rules that ask.)
            let opening = parse_forward(&self.view(), sent_start, otok - 1);
            // "Kärkkäinen at the service park: “…”": a live blog's lead-in, someone already named
            // and where they are.
            if let Some(np) = self.placed_lead_in(opening, sent_start, otok - 1) {
                let attr = self.uncued(np, 0.6);
                self.mark_used(np.start, np.end);
                return self.found(pair, Some(attr), content_lower);
            }
            let v = self.view();
            // ("LIVE: ‘…’", "Reader message: “…”", "Outside the studio, a sign read: “…”": a page's
            // label or an adverb opening the sentence is nobody.)
            // ("Hand-painted signs along the road read: “…”", "An old saying goes: ‘…’": nor what
            // a sign reads or a saying goes, unless a person's full or titled name.)
            let inscribed = otok >= 2 && v.is_any(otok - 2, &["read", "reads", "goes", "runs", "ran"]);
            let label = |np: &Np| {
                (np.end == np.start + 1 && v.is_any(np.start, &PAGE_LABELS))
                    || (inscribed && !(np.kind == NpKind::Person && (np.name.1 - np.name.0 >= 2 || np.has_title)))
            };
            // (The phrase before the colon, read once for the two rules that ask.)
            let before_colon = parse_backward(&v, otok - 1, sent_start);
            if let Some(np) = before_colon.filter(|np| np.start == sent_start && matches!(np.kind, NpKind::Person | NpKind::Org) && !label(np)) {
                let attr = self.uncued(np, 0.7);
                self.mark_used(np.start, np.end);
                return self.found(pair, Some(attr), content_lower);
            }
            // "She added that the city accepted the argument: “…”": a sentence opened by a
            // pronoun and its cue is the pronoun's, not the first name after it.
            let pronoun_opens = opening.filter(|np| matches!(np.kind, NpKind::Pronoun(Gender::Male | Gender::Female | Gender::Plural)));
            if let Some((np, cue)) = pronoun_opens.and_then(|np| Some((np, self.cue_at(self.skip_adverbs(np.end, otok - 1), otok - 1)?))) {
                let attr = self.attribution(np, cue, 0.6, false);
                return self.found(pair, Some(attr), content_lower);
            }
            // "Half-time thoughts from our columnist Renzo Bavastro: “…”": a lead-in with no cue
            // whose last words are a person's full name introduces that person (not the object
            // of "speaking to", "translated by").
            let object = |np: &Np| np.start > sent_start && v.is_any(np.start - 1, &["to", "by", "with", "for", "at", "on", "in", "and"]);
            let named = before_colon.filter(|np| np.kind == NpKind::Person && np.name.1 - np.name.0 >= 2 && np.end + 1 == otok && !object(np));
            if let Some(np) = named.filter(|np| (sent_start..np.start).all(|k| v.class(k) & class::CUE == 0)) {
                let attr = self.uncued(np, 0.6);
                self.mark_used(np.start, np.end);
                return self.found(pair, Some(attr), content_lower);
            }
            // ("An FCI official in Chandigarh, speaking on condition of anonymity, offered a
            // different explanation: “…”": or an unnamed source opening the sentence.)
            let source = || opening.filter(|np| np.kind == NpKind::Role && v.is_any(np.start, &SINGULAR_DETERMINERS) && self.is_subject(np));
            if let Some(np) = self.sentence_subject(sent_start, otok - 1).filter(|np| !label(np)).or_else(source) {
                let attr = self.uncued(np, 0.6);
                return self.found(pair, Some(attr), content_lower);
            }
            // "Speaking to Le Soleil after the ceremony, she was more emotional: «…»".
            let pronoun = (sent_start..otok - 1)
                .rev()
                .filter_map(|k| self.clause_pronoun(k, sent_start, b",;"))
                .find(|np| matches!(np.gender, Some(Gender::Male | Gender::Female | Gender::Plural)));
            if let Some(np) = pronoun {
                let attr = self.uncued(np, 0.55);
                return self.found(pair, Some(attr), content_lower);
            }
        }
        // 3. Headline: `… 'quote' on N.Korea: Pompeo`.
        if let Some(attr) = self.headline(ctok + 1) {
            return self.found(pair, Some(attr), content_lower);
        }
        // 4. Later in the sentence, after a continuation; but "Shetty told an all-hands meeting
        // that there would be “no more cuts” after July, according to two employees": words in
        // the clause of a speaker earlier in the sentence are that speaker's, whoever reports
        // them.
        if let Some(attr) = self.after_continuation(ctok + 1, after_end) {
            let reported = attr.cue.is_some_and(|c| c.according).then(|| self.before_distant(otok, sent_start)).flatten();
            return self.found(pair, Some(reported.unwrap_or(attr)), content_lower);
        }
        // 5. Earlier in the sentence.
        if let Some(attr) = self.before_distant(otok, sent_start) {
            return self.found(pair, Some(attr), content_lower);
        }
        // 6. No cue.
        self.unattributed(pair, otok, ctok, sent_start, after_end)
    }

    /// The first person or organisation in `from..to` that opens a clause.
    fn sentence_subject(&self, from: usize, to: usize) -> Option<Np> {
        let v = self.view();
        let mut k = from;
        while k < to {
            // ("al-Mahmoud smiled": a name may open with a lower-case particle.)
            if v.toks[k].is_word() && !v.toks[k].is(flag::IN_QUOTE) && (v.toks[k].is(flag::NAME) || v.class(k) & class::DET != 0) {
                if let Some(np) = parse_forward(&v, k, to) {
                    if matches!(np.kind, NpKind::Person | NpKind::Org) && self.is_subject(&np) {
                        return Some(np);
                    }
                    k = np.end.max(k + 1);
                    continue;
                }
            }
            k += 1;
        }
        None
    }

    /// `SPEAKER, who … , CUE` / `SPEAKER, the …, CUE` / `SPEAKER, D-Calif., CUE` at token `a`.
    fn speaker_clause_cue(&self, a: usize, limit: usize) -> Option<(Np, Cue)> {
        self.clause_then_cue(self.phrase_at(a, limit)?, limit)
    }

    /// [`speaker_clause_cue`](Self::speaker_clause_cue) for the phrase `np` parsed at its start
    /// already (with the same `limit`).
    fn clause_then_cue(&self, np: Np, limit: usize) -> Option<(Np, Cue)> {
        let v = self.view();
        // "… who teaches at the university in Rimouski, Que., said": a preposition's object is
        // not the subject of the cue.
        let a = np.start;
        if matches!(np.kind, NpKind::Pronoun(_)) || (a > 0 && v.is_any(a - 1, &["in", "at", "from", "of", "near", "for", "to", "on", "by", "with"])) {
            return None;
        }
        let comma_at = self.after_parenthesis(np.end);
        if !v.punct(comma_at, b",") || comma_at + 1 >= limit {
            return None;
        }
        // A relative clause or appositive ("who …", "the …", "Auckland's medical officer",
        // "a shopkeeper") runs long; anything else only a few words (an age, a party and state).
        let c = comma_at + 1;
        // "Hope Without Borders, which has supplied …, said": "which" is never a person's.
        if np.kind == NpKind::Person && v.is(c, "which") {
            return None;
        }
        let clause = v.is(c, "who") || v.is(c, "whose") || v.class(c) & class::DET != 0 || v.possessive(c) || v.toks[c].is(flag::LOWER);
        // "The leader of the opposition, João Baptista da Silveira, accused": a name of any length.
        let named = np.kind == NpKind::Role && parse_forward(&v, c, limit).is_some_and(|p| p.kind == NpKind::Person && v.punct(p.end, b","));
        let lo = comma_at + 2;
        let hi = limit.min(lo + if clause || named { WINDOW / 2 } else { 4 });
        // A nickname or title in marks may sit in the clause ("known to fans as “Macca”,").
        let comma = (lo..hi).find(|&k| v.punct(k, b",") || (v.toks[k].kind == TokKind::Mark && !self.short_quoted(k)))?;
        if !v.punct(comma, b",") {
            return None;
        }
        // ("a diaspora group based in Södertälje, Sweden, wrote": a place's country or state,
        // set off by its own comma, is still the clause.)
        let country = comma + 3 < limit && v.cap_word(comma - 1) && v.cap_word(comma + 1) && v.punct(comma + 2, b",") && v.class(comma + 1) & class::CUE == 0;
        let comma = if country { comma + 2 } else { comma };
        let k = self.skip_adverbs(comma + 1, limit);
        let cue = self.cue_at(k, limit).filter(|c| !c.according)?;
        // "her manager, Paulo Ventura, said": a role's appositive names the speaker.
        if np.kind == NpKind::Role {
            if let Some(name) = parse_forward(&v, c, comma).filter(|p| p.end == comma && p.kind == NpKind::Person) {
                return Some((name, cue));
            }
        }
        Some((np, cue))
    }

    /// Whether the mark at `k` opens or closes a quotation of at most three words.
    fn short_quoted(&self, k: usize) -> bool {
        let q = if self.toks.get(k + 1).is_some_and(|t| t.kind == TokKind::Quoted) { k + 1 } else { k.wrapping_sub(1) };
        self.toks.get(q).is_some_and(|t| t.kind == TokKind::Quoted && self.text[t.start..t.end].split_whitespace().take(4).count() <= 3)
    }

    fn attribution_follows(&self, from: usize, to: usize) -> bool {
        (from..to).any(|k| self.cue_at(k, to).is_some())
    }

    /// The pronoun at `k` as a clause's subject: it opens the clause (at `from` or after one of
    /// `after`) and a lower-case word, its verb, follows ("…, she was more emotional:").
    fn clause_pronoun(&self, k: usize, from: usize, after: &[u8]) -> Option<Np> {
        let v = self.view();
        let opens = k == from || v.punct(k - 1, after);
        let verb = v.toks.get(k + 1).is_some_and(|t| t.is_word() && t.is(flag::LOWER));
        let g = v.pronoun(k).filter(|_| opens && verb)?;
        Some(Np { start: k, end: k + 1, name: (k, k), kind: NpKind::Pronoun(g), gender: Some(g), has_title: false })
    }

    /// Whether the quote opening at `otok` follows a word that names it: `Some(true)` after a
    /// title's word ("titled", "under the title", "the slogan"), which names a quote of any
    /// length; `Some(false)` after a nickname's ("known as", "dubbed", "so-called").
    fn named_after(&self, otok: usize) -> Option<bool> {
        const TITLE: [&str; 9] = ["titled", "entitled", "headlined", "title", "headline", "slogan", "motto", "banner", "hashtag"];
        const NICKNAME: [&str; 4] = ["dubbed", "nicknamed", "so-called", "codenamed"];
        let v = self.view();
        let mut k = otok.checked_sub(1)?;
        if v.class(k) & class::DET != 0 && k > 0 {
            k -= 1;
        }
        if !v.toks[k].is_word() {
            return None;
        }
        if v.is_any(k, &TITLE) {
            return Some(true);
        }
        // "known as", "known locally as", "better known as".
        let known_as = v.is(k, "as") && k > 0 && (v.is(k - 1, "known") || (k > 1 && v.is(k - 2, "known") && (v.class(k - 1) & class::ADVERB != 0 || v.s(k - 1).ends_with("ly"))));
        (known_as || v.is_any(k, &NICKNAME)).then_some(false)
    }

    fn found(&self, pair: &Pair, attr: Option<Attribution>, content_lower: bool) -> Found {
        let kind = if pair.multi {
            QuoteKind::MultiParagraph
        } else if attr.is_some_and(|a| a.partial) || content_lower {
            QuoteKind::Partial
        } else {
            QuoteKind::Full
        };
        Found { start: pair.start, end: pair.end, kind, attr, chain_next: false }
    }

    fn before_adjacent(&mut self, otok: usize, floor: usize) -> Option<Attribution> {
        let v = self.view();
        let mut k = otok;
        if k > floor && v.punct(k - 1, b":,") {
            k -= 1;
        }
        if k > floor && v.is(k - 1, "that") {
            k -= 1;
        }
        let lo = k.saturating_sub(10).max(floor);
        // "According to Ramon Villanueva, head of research at Cordillera Securities, “…”": a
        // person's appositive may come between the source and the quote.
        let appositive = |np: &Np| {
            np.kind == NpKind::Person && v.punct(np.end, b",") && np.end + 1 < k
                && v.toks[np.end + 1..k].iter().all(|t| (t.is_word() && !t.is(flag::IN_QUOTE) && t.class & class::CUE == 0) || (t.kind == TokKind::Punct && !t.is(flag::TERMINAL) && t.end - t.start == 1 && v.text.as_bytes()[t.start] != b'('))
        };
        for verb in (k.saturating_sub(16).max(floor)..k).rev() {
            // "“…,” said Rita Abou Jaoudeh, a pharmacist on St. Nicolas Street, “…”": an inverted
            // cue between two parts of a quotation, set off by commas.
            let between = k < otok && verb > floor && (self.toks[verb - 1].kind == TokKind::Mark || v.punct(verb - 1, b","));
            // Further back than the other cues reach, only "according to" and such a cue.
            if verb < lo && v.class(verb) & class::ACCORDING == 0 && !between {
                continue;
            }
            let Some(cue) = self.cue_at(verb, k) else { continue };
            if cue.according {
                if let Some(np) = parse_forward(&v, cue.end, k).filter(|np| (np.end == k || appositive(np)) && !matches!(np.kind, NpKind::Pronoun(_))) {
                    return Some(self.attribution(np, cue, 0.9, self.has_words(floor, verb)));
                }
                continue;
            }
            if cue.end != k {
                // (The speaker, and her appositive, right before the quotation.)
                if between && !cue.flags.no_inversion {
                    if let Some(np) = parse_forward(&v, cue.end, k).filter(|np| np.end == k || appositive(np)) {
                        return Some(self.attribution(np, cue, 0.85, self.has_words(floor, verb)));
                    }
                }
                continue;
            }
            if verb < lo {
                continue;
            }
            let e = self.adverbs_before(verb, floor);
            if let Some(np) = self.backward_speaker(e, floor) {
                // "O'Rourke said staff had responded “magnificently”": the named person who
                // reports the role's words, when there is one.
                if np.kind == NpKind::Role && np.start > floor {
                    // Only when the role opens the named speaker's reported clause ("Hanbit
                    // recalls …, CEO says" is two clauses).
                    let named = self.before_distant(np.start, floor);
                    let v = self.view();
                    let reports = |a: &Attribution| a.cue.is_some_and(|c| c.end == np.start || (c.end + 1 == np.start && v.is(c.end, "that")));
                    if let Some(named) = named.filter(|a| a.mention.is_some_and(|(s, _)| self.toks[s].is(flag::CAP)) && reports(a)) {
                        return Some(named);
                    }
                }
                return Some(self.attribution(np, cue, 0.9, self.has_words(floor, np.start)));
            }
            // "presiding judge Isabelle Tournier leaned forward and asked him:": the subject of
            // the first of two joined verbs.
            if e > floor + 2 && v.is(e - 1, "and") {
                let first_verb = (floor..e - 1).rev().take(6).take_while(|&j| v.toks[j].is_word() && v.toks[j].is(flag::LOWER)).last();
                if let Some(np) = first_verb.and_then(|j| parse_backward(&v, j, floor)).filter(|np| np.kind != NpKind::Role || np.start == floor) {
                    return Some(self.attribution(np, cue, 0.8, self.has_words(floor, np.start)));
                }
            }
        }
        None
    }

    /// The speaker phrase ending before `end`, skipping an appositive or relative clause
    /// ("Pompeo, who visited Pyongyang four times, said").
    fn backward_speaker(&self, end: usize, floor: usize) -> Option<Np> {
        let v = self.view();
        // "…, Atlantic Mutual Fine Art, which said": the relative pronoun's antecedent.
        if end >= floor + 3 && (v.is(end - 1, "which") || v.is(end - 1, "who")) && v.punct(end - 2, b",") {
            let np = parse_backward(&v, self.before_parenthesis(end - 2, floor), floor).filter(|np| !matches!(np.kind, NpKind::Pronoun(_)))?;
            // ("Thandiwe Dube, an opposition councillor, who said": the person the role describes.)
            let np = described_person(&v, np, floor);
            return Some(self.person_before_affiliation(np, floor).unwrap_or(np));
        }
        // "The Economic Community of West African States (ECOWAS) said".
        let end = if end >= floor + 4 && v.s(end - 1) == ")" && v.s(end - 3) == "(" { end - 3 } else { end };
        if let Some(np) = parse_backward(&v, end, floor) {
            return Some(self.person_before_affiliation(np, floor).unwrap_or(np));
        }
        // "…, the author of “The Burning Season,” said": the comma can sit inside a title's marks.
        let title_comma = end > floor + 3 && v.toks[end - 1].kind == TokKind::Mark && self.toks[end - 2].kind == TokKind::Quoted
            && self.text[..self.toks[end - 2].end].ends_with(',');
        if end > floor + 2 && (v.punct(end - 1, b",") || title_comma) {
            // "Élodie Fournier, who drove here with her husband, Marc, said": the subject of a
            // relative clause comes first, whatever the clause names.
            let lo = end.saturating_sub(WINDOW).max(floor);
            let mut appositive_start = None;
            for c in (lo..end - 1).rev() {
                // Marks here quote a title inside the appositive ("the author of “The Burning
                // Season,” said"): look past them.
                if !v.punct(c, b",") {
                    continue;
                }
                // ("The Federal Public Prosecutor’s Office, which brought the charges, described …".)
                let which = v.is(c + 1, "which") && end > c + 3;
                if v.is(c + 1, "who") || v.is(c + 1, "whose") || which {
                    // ("Ólafur Magnússon, 67, who …", "Rachel Dunmore, D-Pine Hollow, who …": past
                    // the age, or the party and home.)
                    let party = (c.saturating_sub(5).max(floor)..c).rev().find(|&p| v.punct(p, b",")).filter(|&p| party_and_place(v.s(p + 1)));
                    let c = if c > floor + 2 && is_number(v.s(c - 1)) && v.punct(c - 2, b",") { c - 2 } else { party.unwrap_or(c) };
                    if let Some(np) = parse_backward(&v, self.before_parenthesis(c, floor), floor).filter(|np| !matches!(np.kind, NpKind::Pronoun(_))) {
                        // "Rui Tavares Quaresma, the president of the federation, which co-hosted
                        // the final, said": the person the role describes.
                        let np = described_person(&v, np, floor);
                        // ("One woman, who gave her name only as Mariame, told him": the name; "A
                        // nurse, who asked not to be named because …, said": the source with why
                        // it goes unnamed, as the clause after an inverted cue.)
                        let np = match np.kind {
                            NpKind::Role => name_given_as(&v, &np, end).unwrap_or_else(|| Np { end: source_clause(&v, &np, end).filter(|&e| e + 1 == end).unwrap_or(np.end), ..np }),
                            _ => np,
                        };
                        return Some(self.person_before_affiliation(np, floor).unwrap_or(np));
                    }
                }
                // ("State Sen. Dale Brekke, R-Augusta, a rancher …, said": past the party and
                // home too, to the name they follow.)
                let party = party_and_place(v.s(c + 1));
                if (appositive_start.is_none() || party) && (v.class(c + 1) & class::DET != 0 || v.possessive(c + 1) || v.toks[c + 1].is(flag::LOWER) || is_number(v.s(c + 1)) || party) {
                    appositive_start = Some(c);
                }
            }
            // "Aisha Bello, an engineer at the University of Nigeria, Nsukka, said": the person
            // the appositive describes, however many commas it holds.
            // ("On Facebook, the head of the union, Ashraf Zaki, wrote": not a sentence's opening
            // prepositional phrase.)
            let opener = |np: &Np| np.start > floor && self.sentence_start(np.start - 1) == np.start - 1 && v.is_any(np.start - 1, &ROLE_PREPOSITIONS);
            // ("Sentencing, the Recorder of Truro, Judge Simon Hext KC, said": a titled name set
            // off right before the cue is who speaks, whatever opens the sentence.)
            // (Capitalised words only: not "director of the … Authority".)
            let titled = parse_backward(&v, end - 1, floor)
                .filter(|np| np.kind == NpKind::Person && np.has_title && np.start > floor && v.punct(np.start - 1, b",") && (np.start..np.end).all(|k| v.cap_word(k)));
            if let Some(np) = titled.filter(|_| appositive_start.is_some()) {
                return Some(np);
            }
            if let Some(c) = appositive_start {
                if let Some(np) = parse_backward(&v, self.before_parenthesis(c, floor), floor).filter(|np| np.kind == NpKind::Person && !opener(np)) {
                    return Some(self.person_before_affiliation(np, floor).unwrap_or(np));
                }
            }
            // "The developer, Celtic Breeze Energy, said": the name in the appositive; "Rui
            // Falcão of the Renewal party, said": the person before an affiliation; "The
            // company, Pacific Orient Nickel Corp. (PONC), said": past its acronym.
            if let Some(np) = parse_backward(&v, self.before_parenthesis(end - 1, floor), floor) {
                if let Some(person) = self.person_before_affiliation(np, floor) {
                    return Some(person);
                }
                // (Not a description after the name: "UNHCR, the UN refugee agency, said".)
                let described = v.toks[np.end - 1].is(flag::LOWER) && np.start > floor + 1
                    && parse_backward(&v, self.before_parenthesis(np.start - 1, floor), floor).is_some_and(|p| matches!(p.kind, NpKind::Org | NpKind::Person));
                // (Nor a place's country or state: "a group based in Södertälje, Sweden, wrote".)
                let country = np.start > floor + 3 && v.cap_word(np.start - 2) && {
                    let place = (np.start.saturating_sub(5).max(floor)..np.start - 1).rev().take_while(|&k| v.cap_word(k)).last().unwrap_or(np.start - 2);
                    place > floor && v.is_any(place - 1, &["in", "from", "near", "at"])
                };
                if np.start > floor && v.punct(np.start - 1, b",") && !matches!(np.kind, NpKind::Pronoun(_) | NpKind::Role) && !described && !country {
                    return Some(np);
                }
            }
            // "Pompeo, the former CIA director, said" / "Rosa Quispe, 54, said".
            if let Some(c) = appositive_start {
                if let Some(np) = parse_backward(&v, self.before_parenthesis(c, floor), floor).filter(|np| !matches!(np.kind, NpKind::Pronoun(_))) {
                    return Some(self.person_before_affiliation(np, floor).unwrap_or(np));
                }
            }
        }
        None
    }

    /// "Rui Falcão of the Democratic Renewal party": for an organisation phrase introduced by
    /// "of"/"from"/"at", the person named before it.
    fn person_before_affiliation(&self, np: Np, floor: usize) -> Option<Np> {
        let v = self.view();
        if matches!(np.kind, NpKind::Pronoun(_)) || np.start < floor + 2 {
            return None;
        }
        let k = np.start - 1;
        // "of"/"at" an organisation; "from" anywhere ("Senait Gebremedhin from Eritrea").
        // "A nurse from Tripoli", "a 23-year-old survivor from Bab al-Tabbaneh": an unnamed
        // source and where they come from.
        if v.is(k, "from") {
            let mut s = k;
            while s > floor + 1 && k - s < 4 && v.toks[s - 1].is_word() && !v.toks[s - 1].is(flag::CAP) && v.class(s - 1) & (class::CUE | class::STOP | class::DET) == 0 {
                s -= 1;
            }
            if s < k && v.is_any(s - 1, &SINGULAR_DETERMINERS) {
                return Some(Np::role(s - 1, np.end));
            }
        }
        let of = v.is(k, "of") || v.is(k, "at");
        let joins = (matches!(np.kind, NpKind::Org | NpKind::Role) && of) || v.is(k, "from");
        // "Chief Inspector Graham Lindsay of Police Scotland": a name the parse took for a
        // person's ("Police Scotland") after one that plainly is.
        let person_of = np.kind == NpKind::Person && of;
        if !joins && !person_of {
            return None;
        }
        parse_backward(&v, k, floor).filter(|p| p.kind == NpKind::Person && (joins || p.has_title || p.name.1 - p.name.0 >= 2))
    }

    fn headline(&mut self, from: usize) -> Option<Attribution> {
        let n = self.toks.len();
        let mut k = from;
        while k < n && k < from + 12 && !self.toks[k].is(flag::NEWLINE) {
            if self.view().punct(k, b":") {
                let mut e = k + 1;
                while e < n && !self.toks[e].is(flag::NEWLINE) {
                    e += 1;
                }
                let v = self.view();
                if let Some(np) = parse_forward(&v, k + 1, e).filter(|np| np.end == e && np.kind != NpKind::Role) {
                    let speaker = self.speaker_of(&np, true);
                    self.mark_used(np.start, np.end);
                    return Some(Attribution { speaker, mention: Some((np.start, np.end)), cue: None, confidence: 0.7, partial: true });
                }
                return None;
            }
            if self.toks[k].is(flag::TERMINAL) {
                return None;
            }
            k += 1;
        }
        None
    }

    fn after_continuation(&mut self, from: usize, to: usize) -> Option<Attribution> {
        for c in from..to {
            if !self.view().punct(c, b",") {
                continue;
            }
            let found = self.speaker_then_cue(c + 1, to).or_else(|| self.cue_then_speaker(c + 1, to)).or_else(|| self.speaker_clause_cue(c + 1, to));
            if let Some((np, cue)) = found {
                return Some(self.attribution(np, cue, 0.75, true));
            }
        }
        None
    }

    fn before_distant(&mut self, otok: usize, floor: usize) -> Option<Attribution> {
        let mut chosen: Option<(Np, Cue, f32)> = None;
        for verb in (floor..otok).rev() {
            let t = self.toks[verb];
            // (A sentence may open with "According to …".)
            if !t.is_word() || t.is(flag::IN_QUOTE) || !(t.is(flag::LOWER) || t.class & class::ACCORDING != 0) {
                continue;
            }
            let Some(cue) = self.cue_at(verb, otok) else { continue };
            let v = self.view();
            let found = if cue.according {
                // "according to X, the data are “flashing amber”"; "according to a statement from
                // the Egyptian Cabinet": the document's author.
                let np = parse_forward(&v, cue.end, otok).filter(|np| !matches!(np.kind, NpKind::Pronoun(_)));
                let document = cue.end + (v.class(cue.end) & class::DET != 0) as usize;
                let author = (v.class(document) & class::DOCUMENT != 0 && (v.is(document + 1, "from") || v.is(document + 1, "by") || v.is(document + 1, "of")))
                    .then(|| parse_forward(&v, document + 2, otok))
                    .flatten()
                    .filter(|a| matches!(a.kind, NpKind::Org | NpKind::Person));
                author.or(np).map(|np| (np, 0.65))
            } else if cue.flags.weak && v.is(cue.end, "by") {
                // "has been described by residents as ‘a tax on living here’".
                parse_forward(&v, cue.end + 1, otok).filter(|np| !matches!(np.kind, NpKind::Pronoun(_))).map(|np| (np, 0.65))
            } else {
                let e = self.adverbs_before(verb, floor);
                // "She thanked the jury, and said the trial was “unbearable”": the subject of
                // the coordinated clause.
                // "…, arguing that the union was “holding the north to ransom”": so does the
                // subject of a participle clause.
                let participle = v.s(verb).ends_with("ing") && e > floor && v.punct(e - 1, b",");
                let coordinated = e > floor && (v.is(e - 1, "and") || v.is(e - 1, "but"));
                // "Pellow stormed out of the hearing insisting he was …": a participle without
                // its comma still has the clause's subject, and the object before it is not
                // the speaker ("with protesters chanting" is).
                let loose_participle = v.s(verb).ends_with("ing") && !cue.flags.weak;
                let object = |np: &Np| np.start > floor && v.is_any(np.start - 1, &["of", "in", "at", "from", "to", "into", "on", "for", "by", "over", "outside", "inside"]);
                let direct = if participle { None } else { self.backward_speaker(e, floor).filter(|np| !(loose_participle && object(np))) };
                // ("“…,” the statement said, adding that officers were “…”": or the speaker of
                // the quotation that opens the sentence.)
                let quoted = || {
                    let (close, attr) = self.last_quote?;
                    let (from, to) = attr.filter(|_| close >= floor)?.mention?;
                    parse_forward(&v, from, to)
                };
                direct.or_else(|| if coordinated || participle || loose_participle { self.clause_subject(floor, e) } else { None })
                    .or_else(|| if participle { quoted() } else { None })
                    .map(|np| (np, 0.7))
            };
            // "the levy – already dubbed the “ghost house tax” –": a naming verb right before
            // the quote with no one doing the naming gives a name, not someone's words.
            let names_quote = cue.flags.weak && (self.quote_open == cue.end || (self.quote_open == cue.end + 1 && v.class(cue.end) & class::DET != 0));
            if found.is_none() && names_quote {
                break;
            }
            let Some((np, confidence)) = found else { continue };
            // "O'Rourke said staff had responded “magnificently”": a role inside what a named
            // person said gives way to that person.
            match chosen {
                None if np.kind == NpKind::Role => chosen = Some((np, cue, confidence)),
                Some(_) if np.kind != NpKind::Person => {}
                _ => {
                    chosen = Some((np, cue, confidence));
                    break;
                }
            }
        }
        let (np, cue, confidence) = chosen?;
        let speaker = self.speaker_of(&np, true);
        Some(Attribution { speaker, mention: Some((np.start, np.end)), cue: Some(cue), confidence, partial: true })
    }

    /// The subject that opens the sentence at `floor` (a name, a role, or a pronoun) if a verb
    /// follows it before `to`.
    fn clause_subject(&self, floor: usize, to: usize) -> Option<Np> {
        let v = self.view();
        // A dateline ("LOS ANGELES -", "SOCHI, RUSSIA —", "BRISBANE:") is not the subject.
        let mut floor = floor;
        let dash = (floor..to.min(floor + 5)).find(|&k| matches!(v.s(k), "-" | "—" | "–" | ":"));
        // ("ASUNCIÓN, Paraguay -": a shouted city, then capitalised words.)
        let dateline = |d: usize| {
            let shouted = |k: usize| v.s(k).chars().all(|c| !c.is_lowercase());
            d > floor && shouted(floor) && (floor..d).all(|k| !v.toks[k].is_word() || shouted(k) || v.toks[k].is(flag::CAP))
        };
        if let Some(d) = dash.filter(|&d| dateline(d)) {
            floor = d + 1;
        }
        // "But Alhaji Musa Bello Danjuma, …, rejected …": past a conjunction that opens it.
        if floor + 1 < to && v.is_any(floor, &["but", "and", "yet", "so"]) {
            floor += 1;
        }
        // "In April, the Jamaica Track Federation left her off its list, saying …": past a
        // short opening phrase of time or place.
        if v.is_any(floor, &["in", "on", "at", "after", "before", "during", "last", "earlier", "later", "since"]) {
            if let Some(c) = (floor + 1..(floor + 6).min(to)).take_while(|&k| v.toks[k].is_word() || v.punct(k, b",")).find(|&k| v.punct(k, b",")) {
                floor = c + 1;
            }
        }
        let np = parse_forward(&v, floor, to)?;
        // "The transport secretary, Priya Venkataraman, went further": the name in the appositive.
        if np.kind == NpKind::Role && v.punct(np.end, b",") {
            if let Some(name) = parse_forward(&v, np.end + 1, to).filter(|p| p.kind == NpKind::Person && v.punct(p.end, b",")) {
                return Some(name);
            }
        }
        // "Danjuma, chairman of the miners' cooperative, rejected …": a person and an appositive.
        if np.kind == NpKind::Person && v.punct(np.end, b",") {
            return Some(np);
        }
        let follows = np.end < to && v.toks[np.end].is(flag::LOWER);
        follows.then_some(np)
    }

    /// A quote with no cue of its own: part of a run of quote sentences, the previous
    /// sentence's speaker, a scare quote or title, or an unattributed statement.
    fn unattributed(&mut self, pair: &Pair, otok: usize, ctok: usize, sent_start: usize, after_end: usize) -> Found {
        let content = &self.text[pair.start..pair.end];
        // (Counted up to nine: only up to eight words are told apart.)
        let n_words = content.split_whitespace().take(9).count();
        let ends_terminal = content.trim_end_matches(['"', '\'', '”', '’']).ends_with(['.', '!', '?']);
        // ("¡Queremos camas, no promesas!": past Spanish opening marks.)
        let first_upper = content.trim_start_matches(['¡', '¿']).chars().next().is_some_and(|c| c.is_uppercase());
        let title_like = n_words <= 8 && !ends_terminal && title_shape(content).1;
        let embedded = self.has_words(sent_start, otok);
        // (A sentence after a colon is one too: "Graffiti on the shutters reads: “Open the street.”")
        let after_colon = otok > 0 && self.view().punct(otok - 1, b":");
        let clause_like = !title_like && (n_words >= 4 || (n_words >= 2 && ends_terminal && first_upper && (!embedded || after_colon)));
        let kind_unknown = |kind| Found { start: pair.start, end: pair.end, kind, attr: None, chain_next: false };
        if !clause_like || (embedded && !first_upper && n_words <= 5) {
            return kind_unknown(QuoteKind::Scare);
        }
        if embedded {
            // "“…,” Enkhjargal said. Then, after a pause: “…”": a few words that name no one,
            // ending in a colon, go on with the quotation of the sentence before.
            let v = self.view();
            // (Inside a paragraph: a line's "RELATED:" or "Read more:" leads to a headline.)
            let lead_in = otok > 0 && v.punct(otok - 1, b":") && first_upper && otok - sent_start <= 7 && sent_start > 0 && !v.toks[sent_start].is(flag::NEWLINE)
                && (sent_start + 1..otok).all(|k| !v.toks[k].is(flag::NAME));
            if let Some(attr) = lead_in.then(|| self.previous_quote(sent_start)).flatten() {
                return Found { start: pair.start, end: pair.end, kind: QuoteKind::Full, attr: Some(attr), chain_next: false };
            }
            return kind_unknown(QuoteKind::Partial);
        }
        let kind = if pair.multi { QuoteKind::MultiParagraph } else { QuoteKind::Full };
        // A whole quote sentence: nothing but punctuation up to the next quote or sentence end.
        let next_stop = (ctok + 1..after_end).find(|&k| self.toks[k].kind == TokKind::Mark).unwrap_or(after_end);
        let chain_next = !self.has_words(ctok + 1, next_stop);
        let prev = self
            .came_from(after_end)
            .or_else(|| self.previous_sentence_speaker(sent_start))
            .or_else(|| self.previous_quote_or_subject(sent_start));
        Found { start: pair.start, end: pair.end, kind, attr: prev, chain_next }
    }

    /// "“…” ⏎ The warning came on Thursday from Christian Hnawia, a spokesman for …": the
    /// speaker the next sentence names for the words before it.
    fn came_from(&mut self, after_end: usize) -> Option<Attribution> {
        let v = self.view();
        let n = v.toks.len();
        let at = (after_end..(after_end + 2).min(n)).find(|&k| v.toks[k].is_word())?;
        // "The words came from", "The warning came on Thursday from".
        if !(v.is(at, "the") && v.toks.get(at + 1).is_some_and(|t| t.is(flag::LOWER)) && v.is(at + 2, "came")) {
            return None;
        }
        let from = (at + 3..(at + 10).min(n)).take_while(|&k| v.toks[k].is_word() && !v.toks[k].is(flag::NEWLINE)).find(|&k| v.is(k, "from"))?;
        let np = parse_forward(&v, from + 1, n).filter(|np| !matches!(np.kind, NpKind::Pronoun(_)))?;
        Some(self.uncued(np, 0.6)).filter(|a| a.speaker != Speaker::Unknown)
    }

    /// The speaker of the quotation in the sentence before `start` (a run of quote paragraphs
    /// attributed on the first).
    fn previous_quote(&self, start: usize) -> Option<Attribution> {
        if start == 0 {
            return None;
        }
        let prev_start = self.sentence_start(start - 1);
        let (ctok, attr) = self.last_quote?;
        let attr = attr?;
        // ("Judge Ana Duarte called the conduct “a calculated betrayal of the public.” ⏎ “…”":
        // or an attributed quote inside it.)
        (ctok < start && ctok >= prev_start && attr.speaker != Speaker::Unknown)
            .then_some(Attribution { mention: None, cue: None, confidence: attr.confidence.min(0.6), partial: false, ..attr })
    }

    /// For a bare quote sentence starting at `start`: the speaker of the quotation in the
    /// previous sentence (a run of quote paragraphs attributed on the first), else the
    /// person or organisation the previous sentence of the same paragraph is about
    /// ("Salgado was unapologetic. “…”").
    fn previous_quote_or_subject(&mut self, start: usize) -> Option<Attribution> {
        if start == 0 {
            return None;
        }
        if let Some(attr) = self.previous_quote(start) {
            return Some(attr);
        }
        let prev_start = self.sentence_start(start - 1);
        // The previous sentence is in the same paragraph, or ends the one before ("Benedetti
        // was defiant." ⏎ “…”; "About 200 people gathered. Faleafa Masoe, a marine biologist,
        // addressed the crowd." ⏎ “…”).
        let same_paragraph = !self.toks[prev_start + 1..=start].iter().any(|t| t.is(flag::NEWLINE));
        let own_paragraph = start - prev_start <= 40 && !self.toks[prev_start + 1..start].iter().any(|t| t.is(flag::NEWLINE));
        // (Quote marks in it hold a nickname or a label, as an attributed quote there would
        // have spoken above: "Tor Eilertsen, known as “Storm-Tor”, has fished for 41 years. “…”".)
        if !(same_paragraph || own_paragraph) {
            return None;
        }
        // "Asked whether …, he smiled. “Maybe not next year.”": a pronoun subject will do too.
        let np = self.sentence_subject(prev_start, start).or_else(|| (prev_start..start).find_map(|k| self.clause_pronoun(k, prev_start, b",")))?;
        let speaker = self.speaker_of(&np, false);
        (speaker != Speaker::Unknown).then_some(Attribution { speaker, mention: Some((np.start, np.end)), cue: None, confidence: 0.5, partial: false })
    }

    /// The speaker of the sentence before the one starting at `start`, from its quote's
    /// attribution or its own `X said.` / `X said:`.
    fn previous_sentence_speaker(&mut self, start: usize) -> Option<Attribution> {
        if start == 0 {
            return None;
        }
        let prev_start = self.sentence_start(start - 1);
        for verb in (prev_start..start).rev() {
            let t = self.toks[verb];
            if !t.is_word() || t.is(flag::IN_QUOTE) || !t.is(flag::LOWER) {
                continue;
            }
            let Some(cue) = self.cue_at(verb, start) else { continue };
            if cue.according || cue.flags.weak {
                continue;
            }
            let e = self.adverbs_before(verb, prev_start);
            let np = self.backward_speaker(e, prev_start).or_else(|| {
                if cue.flags.no_inversion {
                    None
                } else {
                    parse_forward(&self.view(), cue.end, start)
                }
            });
            if let Some(np) = np {
                let speaker = self.speaker_of(&np, true);
                return Some(Attribution { speaker, mention: Some((np.start, np.end)), cue: Some(cue), confidence: 0.6, partial: false });
            }
        }
        None
    }
}

/// The person a role phrase set off by a comma describes ("Rui Tavares Quaresma, the president
/// of the federation, which …", "Thandiwe Dube, an opposition councillor, who said"), or the
/// phrase itself.
fn described_person(v: &View, np: Np, floor: usize) -> Np {
    let named = (np.kind == NpKind::Role && np.start > floor + 1 && v.punct(np.start - 1, b",")).then(|| parse_backward(v, np.start - 1, floor)).flatten();
    named.filter(|p| p.kind == NpKind::Person).unwrap_or(np)
}

/// Words of a quotation (counting up to 9) and, for eight words or fewer, whether it is in
/// title case: most words that are not short function words are capitalised ("Shot in the
/// Dark", "The Last Ferry"). (A longer quotation is never read as a title: its words are not
/// looked at.)
fn title_shape(content: &str) -> (usize, bool) {
    // Words split at ASCII whitespace (the only kind left in cleaned text), at most nine.
    let bytes = content.as_bytes();
    // (Most quotations are longer: counted sixteen bytes at a time, none of their words read.)
    if nine_words(bytes) {
        return (9, false);
    }
    let mut words = [(0usize, 0usize); 9];
    let (mut n_words, mut i) = (0, 0);
    while n_words < 9 {
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i == bytes.len() {
            break;
        }
        let start = i;
        while i < bytes.len() && !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        words[n_words] = (start, i);
        n_words += 1;
    }
    if n_words == 9 {
        return (9, false);
    }
    let (mut n_content, mut n_caps) = (0usize, 0usize);
    for &(start, end) in &words[..n_words] {
        let w = &bytes[start..end];
        let upper = match w[0] {
            b if b.is_ascii() => b.is_ascii_uppercase(),
            // (`start` follows ASCII whitespace or opens the text: a character boundary.)
            _ => content[start..].chars().next().is_some_and(char::is_uppercase),
        };
        // "Water 2050": numbers neither make nor break title case.
        let small = !upper && is_small_word(w);
        if small || w.iter().all(|b| b.is_ascii() && !b.is_ascii_alphabetic()) {
            continue;
        }
        n_content += 1;
        n_caps += upper as usize;
    }
    (n_words, n_content > 0 && n_caps * 10 >= n_content * 6)
}

/// Whether `bytes` holds nine words or more, split at ASCII whitespace as in [`title_shape`]:
/// the word starts (a byte that is not whitespace after one that is, or opening the text) are
/// counted from masks of sixteen bytes (SSE2), the last sixteen overlapping those before.
#[cfg(target_arch = "x86_64")]
fn nine_words(bytes: &[u8]) -> bool {
    let len = bytes.len();
    // ("a b c d e f g h i": nine words take seventeen bytes at least.)
    if len < 17 {
        return false;
    }
    let (mut n, mut after_space, mut i) = (0u32, true, 0);
    loop {
        // (The last step reads the last sixteen bytes, the first `i - at` of them counted.)
        let at = i.min(len - 16);
        let space = ascii_space_mask16(&bytes[at..at + 16]);
        let mut starts = !space & (space << 1 | after_space as u32) & (0xFFFF << (i - at)) & 0xFFFF;
        // (A few starts per step: cleared one by one rather than a population count.)
        while starts != 0 {
            n += 1;
            starts &= starts - 1;
        }
        if n >= 9 {
            return true;
        }
        if at + 16 == len {
            return false;
        }
        after_space = space & 0x8000 != 0;
        i = at + 16;
    }
}

/// [`nine_words`] byte by byte.
#[cfg(not(target_arch = "x86_64"))]
fn nine_words(bytes: &[u8]) -> bool {
    bytes.split(|c| c.is_ascii_whitespace()).filter(|w| !w.is_empty()).nth(8).is_some()
}

/// "prosecution", "defence", "management": a noun shaped like an abstraction names a side or
/// a body, not one person, though a role's place in a phrase may hold it.
fn abstract_noun(w: &str) -> bool {
    ["tion", "sion", "ence", "ense", "ance", "ment"].iter().any(|s| w.ends_with(s))
}

/// A short function word that title case leaves in lower case ("of", "the", "and"), in any case.
fn is_small_word(w: &[u8]) -> bool {
    let mut lower = [0u8; 4];
    let Some(out) = lower.get_mut(..w.len()) else { return false };
    for (o, b) in out.iter_mut().zip(w) {
        *o = b.to_ascii_lowercase();
    }
    matches!(
        &*out,
        b"a" | b"an" | b"the" | b"of" | b"in" | b"on" | b"at" | b"to" | b"for" | b"with" | b"from" | b"by" | b"and" | b"or" | b"but" | b"is"
    )
}

/// Kinds of place a name may come before ("South Lhonak lake", "the Teesta river"): the name
/// is then no one's, and not the subject of the verb after them.
const PLACE_KINDS: [&str; 14] = ["lake", "river", "glacier", "valley", "dam", "mountain", "volcano", "island", "bay", "district", "village", "reservoir", "canal", "creek"];

/// "in a written reply to questions", "her reply": a cue's base form after a determiner, or
/// after one and a participle, is a noun ("the accused says" is not a base form).
fn cue_noun(v: &View, k: usize) -> bool {
    let w = v.b(k);
    let base = !(w.ends_with(b"s") || w.ends_with(b"d") || w.ends_with(b"ing") || w == b"wrote");
    base && k > 0
        && (v.class(k - 1) & class::DET != 0
            || (k > 1 && v.class(k - 2) & class::DET != 0 && v.toks[k - 1].is(flag::LOWER) && (v.b(k - 1).ends_with(b"en") || v.b(k - 1).ends_with(b"ed"))))
}

/// "D-Pine", "R-Texas": the party and home of a U.S. legislator, set off by commas after the
/// name ("State Sen. Rachel Dunmore, D-Pine Hollow, wrote").
fn party_and_place(word: &str) -> bool {
    matches!(word.as_bytes(), [b'D' | b'R' | b'I', b'-', c, ..] if c.is_ascii_uppercase())
}

/// "Elisapie Annanack-Kauki's son …" then "Annanack-Kauki said": a possessive name whose last
/// word is later the subject of a cue is a person's, whether or not its first word is a known
/// given name. (Asked only of a possessive after capitalised words: few are.)
fn speaks_later(v: &View, k: usize) -> bool {
    let stem = strip_possessive(v.s(k));
    // (The text searched for the word, not every token after it compared.)
    let after = v.toks[k].end;
    memchr::memmem::find_iter(&v.text.as_bytes()[after..], stem.as_bytes()).any(|p| {
        let m = v.toks.partition_point(|t| t.start < after + p);
        m + 1 < v.toks.len() && v.toks[m].start == after + p && v.s(m) == stem && v.class(m + 1) & class::CUE != 0
    })
}

/// Capitalised words that open a page's label or a sentence's adverbial and name no speaker
/// before a colon ("LIVE:", "VIDEO:", "Reader message:", "Outside the studio, …:").
const PAGE_LABELS: [&str; 14] = ["live", "video", "watch", "photo", "listen", "update", "breaking", "reader", "caption", "graffiti", "outside", "inside", "nearby", "elsewhere"];

/// The class bits with which a lower-case word acts in [`Doc::scan_to`] (a rule for another
/// kind of word must add its bit): most words have none, and one test passes them.
const ACTS: u16 = class::TITLE | class::ORG | class::CUE | class::DET | class::PRONOUN;

/// Whether token `t` is one that some rule of [`Doc::scan_to`] reads: a word outside
/// quotations, not yet used, that may name someone (capitalised or a particle name), open
/// "according to", or is a lower-case word of an acting class. The scan passes the others over.
#[inline(always)]
fn may_act(t: &Token) -> bool {
    t.is_word() && !t.is(flag::IN_QUOTE | flag::USED) && (t.is(flag::NAME) || t.class & class::ACCORDING != 0 || (t.is(flag::LOWER) && t.class & ACTS != 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_shape_counts_words_and_capitals() {
        // The splitting and small-word test of the first version, which this one must match.
        fn reference(content: &str) -> (usize, bool) {
            const SMALL: [&[u8]; 16] = [b"a", b"an", b"the", b"of", b"in", b"on", b"at", b"to", b"for", b"with", b"from", b"by", b"and", b"or", b"but", b"is"];
            let (mut n_words, mut n_content, mut n_caps) = (0usize, 0usize, 0usize);
            for w in content.as_bytes().split(|b| b.is_ascii_whitespace()).filter(|w| !w.is_empty()).take(9) {
                n_words += 1;
                let upper = match w[0] {
                    b if b.is_ascii() => b.is_ascii_uppercase(),
                    _ => std::str::from_utf8(w).ok().and_then(|w| w.chars().next()).is_some_and(char::is_uppercase),
                };
                let small = !upper && w.len() <= 4 && SMALL.iter().any(|s| w.eq_ignore_ascii_case(s));
                if small || w.iter().all(|b| b.is_ascii() && !b.is_ascii_alphabetic()) {
                    continue;
                }
                n_content += 1;
                n_caps += upper as usize;
            }
            (n_words, n_content > 0 && n_caps * 10 >= n_content * 6)
        }
        let texts = [
            "", " ", "Shot in the Dark", "The Last Ferry", "shot IN THE dark", "Water 2050", "2050",
            "Élan Vital of Öresund", "élan vital", "We will keep talking, and we will not stop until the end of it",
            " \t Lady  Evangeline,\n", "OF The AND Or", "With From By But Is A An", "a\u{a0}b C", "Über ünd Ärger",
            "one two three four five six seven eight nine ten Eleven", "The Quick Brown Fox Jumps Over The Lazy Dog",
        ];
        for t in texts {
            // (Nine words or more are never a title.)
            let (n, title) = reference(t);
            assert_eq!(title_shape(t), (n, title && n <= 8), "{t:?}");
        }
        assert_eq!(title_shape("Shot in the Dark"), (4, true));
        // Nine words are told from fewer as a split at ASCII whitespace counts them, across the
        // sixteen-byte steps too.
        let odd = "a\x0bb\x01c d\te\x0cf\rg\nh  Ünïcödé—“x” 0123456789abcdefghij\x1f\x20k l\u{a0}m n o p q r s t";
        for text in [odd, "", " ", "one two three four five six seven eight", "  one two three four five six seven eight nine "] {
            for s in (0..=text.len()).filter(|&s| text.is_char_boundary(s)) {
                for e in (s..=text.len()).filter(|&e| text.is_char_boundary(e)) {
                    let b = &text.as_bytes()[s..e];
                    let words = b.split(|c| c.is_ascii_whitespace()).filter(|w| !w.is_empty()).count();
                    assert_eq!(nine_words(b), words >= 9, "{:?}", &text[s..e]);
                }
            }
        }
        assert_eq!(title_shape("we agree"), (2, false));
    }
}
