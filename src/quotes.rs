//! Stage 3: quotations and their speakers.
//!
//! [`extract_quotes`] works in four steps, each in its own submodule:
//!
//! 1. [`marks`]: one memchr pass finds quote marks and pairs them per paragraph (apostrophes,
//!    unbalanced marks and the multi-paragraph convention handled there);
//! 2. [`tokens`]: a light tokenizer turns the text into word/punctuation spans (no strings);
//! 3. [`attribution`]: for each quotation in order, the attribution patterns around it find a
//!    speaker phrase ([`names`]) and cue ([`words`] tables from `data/`), while a running scan
//!    records who is mentioned as a subject or speaker so pronouns resolve ([`speakers`]);
//! 4. runs of bare quote sentences take the speaker of the quote that closes them, and every
//!    speaker is reported by one canonical name per document.
//!
//! Documents without quote marks (and without `include_indirect`) cost one memchr pass.
//!
//! A quotation's span is everything between its marks, trimmed of whitespace — so the comma
//! of `"We agree," he said` is part of it, as news style puts it inside the marks. A
//! multi-paragraph quotation spans from its first words to its final closing mark, with the
//! paragraph breaks and continuation marks inside. Indirect speech spans the reported clause.
use crate::sentences::{self, Language};

mod attribution;
pub(crate) mod marks;
mod names;
mod speakers;
mod tokens;
mod words;

use attribution::{Doc, Found, Speaker};
use tokens::flag;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuoteKind { Full, Partial, MultiParagraph, Scare, Indirect }

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Full => "full",
            QuoteKind::Partial => "partial",
            QuoteKind::MultiParagraph => "multi-paragraph",
            QuoteKind::Scare => "scare",
            QuoteKind::Indirect => "indirect",
        }
    }
}

#[derive(Clone, Debug)]
pub struct QuoteOptions {
    pub include_scare: bool,
    pub include_indirect: bool,
    pub language: Language,
}

impl Default for QuoteOptions {
    fn default() -> Self {
        QuoteOptions { include_scare: false, include_indirect: false, language: Language::En }
    }
}

/// A quotation. All spans are byte offsets into the text given to [`extract_quotes`]; the
/// words at them are read back with [`Quote::mention`], [`Quote::cue`] and [`Quote::addressee`]
/// (spans, not strings, so a quote costs one allocation: its canonical speaker).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quote {
    /// The quoted words, without the quote marks.
    pub start: usize,
    pub end: usize,
    /// Canonical speaker name within the document ("Mike Pompeo"), if attributed.
    pub speaker: Option<String>,
    /// The words that attribute it ("Pompeo", "he", "the Kremlin").
    pub mention_span: Option<(usize, usize)>,
    /// The attribution cue ("said", "told reporters", "according to").
    pub cue_span: Option<(usize, usize)>,
    /// Who it was said to ("reporters", "Fox News radio"), when the cue names it.
    pub addressee_span: Option<(usize, usize)>,
    pub kind: QuoteKind,
    pub sentence_index: usize,
    pub confidence: f32,
}

impl Quote {
    /// The quoted words.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
    /// The speaker mention ("Secretary of State Mike Pompeo", "he").
    pub fn mention<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.mention_span.map(|(s, e)| &text[s..e])
    }
    /// The cue phrase ("told reporters").
    pub fn cue<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.cue_span.map(|(s, e)| &text[s..e])
    }
    /// The addressee ("reporters").
    pub fn addressee<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.addressee_span.map(|(s, e)| &text[s..e])
    }
}

/// Quotations in `text` with their speakers, in order of position.
///
/// Scare quotes and titles are returned only with `include_scare`, reported speech (the
/// reported clause of "X said that …") only with `include_indirect`.
pub fn extract_quotes(text: &str, opts: &QuoteOptions) -> Vec<Quote> {
    extract(text, None, opts)
}

/// [`extract_quotes`] when the sentence spans of `text` are known already (the pipeline has
/// them), so they are not computed again for `Quote::sentence_index`.
pub fn extract_quotes_with_sentences(text: &str, sentence_spans: &[(usize, usize)], opts: &QuoteOptions) -> Vec<Quote> {
    extract(text, Some(sentence_spans), opts)
}

fn extract(text: &str, known_sentences: Option<&[(usize, usize)]>, opts: &QuoteOptions) -> Vec<Quote> {
    let pairs = marks::find_pairs(text);
    if pairs.is_empty() && !opts.include_indirect {
        return Vec::new();
    }
    // Without reported speech nothing after the last quote's sentence matters: stop at the
    // first line break a window's length past its closing mark.
    let limit = match pairs.last() {
        Some(last) if !opts.include_indirect => {
            let from = (last.close + 1024).min(text.len());
            memchr::memchr(b'\n', &text.as_bytes()[from..]).map_or(text.len(), |p| from + p)
        }
        _ => text.len(),
    };
    // Token index of each pair's opening mark: its words are the next token, its close the one after.
    let (toks, opens) = tokens::tokenize(&text[..limit], &pairs);
    let spans: Vec<(usize, usize)> = opens.iter().map(|o| o.map_or((usize::MAX, usize::MAX), |o| (o, o + 2))).collect();
    let mut doc = Doc::new(text, toks, opts.include_indirect);
    let mut found: Vec<Found> = Vec::with_capacity(pairs.len());
    let mut adjacent_next = vec![false; pairs.len()];
    for (i, (p, &(otok, ctok))) in pairs.iter().zip(&spans).enumerate() {
        if otok == usize::MAX {
            continue;
        }
        doc.scan_to(otok);
        let f = doc.attribute(p, otok, ctok);
        if let Some(&(next_o, _)) = spans.get(i + 1) {
            adjacent_next[found.len()] = next_o != usize::MAX
                && doc.toks[ctok + 1..=next_o].iter().all(|t| !t.is_word() && (t.start == doc.toks[next_o].start || !t.is(flag::NEWLINE)));
        }
        found.push(f);
    }
    if opts.include_indirect {
        doc.scan_to(doc.toks.len());
    }
    // Runs of bare quote sentences: each takes the speaker of the quote that follows it, unless
    // it was given one by what comes before it.
    for i in (0..found.len()).rev() {
        if found[i].chain_next && adjacent_next[i] && i + 1 < found.len() && found[i].attr.is_none() {
            if let Some(next) = found[i + 1].attr.filter(|a| a.speaker != Speaker::Unknown) {
                found[i].attr = Some(attribution::Attribution { confidence: next.confidence.min(0.65), partial: false, mention: None, cue: None, ..next });
            }
        }
    }
    headline_quotes(text, &mut found);
    let mut all: Vec<Found> = Vec::with_capacity(found.len() + doc.indirect.len());
    all.extend(found.into_iter().filter(|f| opts.include_scare || f.kind != QuoteKind::Scare));
    all.append(&mut doc.indirect);
    all.sort_by_key(|f| (f.start, f.end));
    let computed;
    let sentence_spans = match known_sentences {
        Some(spans) => spans,
        None if all.is_empty() => &[][..],
        None => {
            // Only the sentences up to the last quotation's are needed.
            computed = sentences::sentence_spans_through(text, opts.language, all[all.len() - 1].start);
            &computed[..]
        }
    };
    // Canonical names only for the entities that speak (most mentioned people never do); a
    // role that names one person of the document ("Governor vows …") speaks as that person.
    if all.iter().any(|f| f.attr.is_some_and(|a| matches!(a.speaker, Speaker::Entity(id) if doc.ents.is_role(id)))) {
        // The holder of a role may be named only after the last quotation.
        doc.scan_to(doc.toks.len());
    }
    // With the number of quotations each speaks: the last of them takes the name itself.
    let mut canonical: Vec<(Option<String>, u32)> = vec![(None, 0); doc.ents.list.len()];
    for f in &all {
        if let Some(Speaker::Entity(id)) = f.attr.map(|a| a.speaker) {
            canonical[id].1 += 1;
            if canonical[id].0.is_none() {
                let named = doc.ents.person_in_role(id).or_else(|| doc.ents.org_for_person(id)).unwrap_or(id);
                canonical[id].0 = Some(doc.ents.canonical(named));
            }
        }
    }
    all.into_iter().map(|f| to_quote(&doc, &mut canonical, sentence_spans, f)).collect()
}

/// The canonical name of speaker `id` for one of its quotations: a copy, or for the last the
/// name itself (one allocation fewer per speaker).
fn speaker_name(canonical: &mut [(Option<String>, u32)], id: usize) -> Option<String> {
    let (name, uses) = canonical.get_mut(id)?;
    *uses -= 1;
    let name = if *uses == 0 { name.take() } else { name.clone() };
    name.filter(|s| !s.is_empty())
}

/// A headline quotes the story: "‘Pushed to breaking point’: rail workers strike" or "Board
/// fines KiranPay over 'reckless' handling" take the speaker of the later quotation that
/// holds the same words.
fn headline_quotes(text: &str, found: &mut [Found]) {
    fn words(s: &str) -> String {
        let mut out = String::with_capacity(s.len() + 2);
        out.push(' ');
        for w in s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            out.extend(w.chars().flat_map(char::to_lowercase));
            out.push(' ');
        }
        out
    }
    // Headlines open the page: look at the first few lines only, and at a bounded number of
    // the quotations after each, so this stays linear however many quotes a text holds.
    const HEAD_BYTES: usize = 1000;
    const LATER: usize = 64;
    let bytes = text.as_bytes();
    for i in 0..found.len() {
        if found[i].start > HEAD_BYTES {
            break;
        }
        if found[i].attr.is_some_and(|a| a.speaker != Speaker::Unknown) {
            continue;
        }
        // A headline: a short line that does not end like a sentence.
        let (s, e) = (found[i].start, found[i].end);
        let line_start = memchr::memrchr(b'\n', &bytes[s.saturating_sub(200)..s]).map(|p| s.saturating_sub(200) + p + 1);
        let line_end = memchr::memchr(b'\n', &bytes[e..(e + 200).min(text.len())]).map(|p| e + p).or((e + 200 >= text.len()).then_some(text.len()));
        let (Some(line_start), Some(line_end)) = (line_start.or((s <= 200).then_some(0)), line_end) else { continue };
        let line = text[line_start..line_end].trim_end();
        if line.len() > 200 || line.ends_with(['.', '!', '?']) {
            continue;
        }
        let head = words(&text[s..e]);
        if head.len() < 3 {
            continue;
        }
        let source = found[i + 1..]
            .iter()
            .take(LATER)
            .filter_map(|f| f.attr.filter(|a| a.speaker != Speaker::Unknown).map(|a| (f, a)))
            .find(|(f, _)| words(&text[f.start..f.end]).contains(head.as_str()));
        if let Some((_, a)) = source {
            found[i].attr = Some(attribution::Attribution { confidence: a.confidence.min(0.6), partial: true, mention: None, cue: None, ..a });
            if found[i].kind == QuoteKind::Scare {
                found[i].kind = QuoteKind::Partial;
            }
        }
    }
}

fn to_quote(doc: &Doc, canonical: &mut [(Option<String>, u32)], sentence_spans: &[(usize, usize)], f: Found) -> Quote {
    let span = |(s, e): (usize, usize)| (doc.toks[s].start, doc.toks[e.max(s + 1) - 1].end);
    let sentence_index = sentence_spans.partition_point(|s| s.0 <= f.start).saturating_sub(1);
    let Some(a) = f.attr else {
        let confidence = if f.kind == QuoteKind::Scare { 0.5 } else { 0.3 };
        return Quote {
            start: f.start,
            end: f.end,
            speaker: None,
            mention_span: None,
            cue_span: None,
            addressee_span: None,
            kind: f.kind,
            sentence_index,
            confidence,
        };
    };
    Quote {
        start: f.start,
        end: f.end,
        speaker: match a.speaker {
            Speaker::Entity(id) => speaker_name(canonical, id),
            Speaker::Unknown => None,
        },
        mention_span: a.mention.map(span),
        cue_span: a.cue.map(|c| span((c.verb, c.end))),
        addressee_span: a.cue.and_then(|c| c.addressee).map(span),
        kind: f.kind,
        sentence_index,
        confidence: a.confidence.clamp(0.0, 1.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<Quote> {
        extract_quotes(text, &QuoteOptions::default())
    }

    fn row(text: &str, q: &Quote) -> (String, Option<String>, Option<String>, &'static str) {
        (q.text(text).to_string(), q.speaker.clone(), q.cue(text).map(str::to_string), q.kind.as_str())
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn doctest_example() {
        let text = "“We will keep talking,” Secretary of State Mike Pompeo told reporters. “It is hard,” he said.";
        let got: Vec<_> = quotes(text).iter().map(|q| row(text, q)).collect();
        assert_eq!(got[0], ("We will keep talking,".into(), s("Mike Pompeo"), s("told reporters"), "full"));
        assert_eq!(got[1], ("It is hard,".into(), s("Mike Pompeo"), s("said"), "full"));
        let q = &quotes(text)[0];
        assert_eq!(q.addressee(text), Some("reporters"));
        assert_eq!(q.mention(text), Some("Secretary of State Mike Pompeo"));
    }

    #[test]
    fn attribution_patterns() {
        let text = "Regarding the dam, Governor Dana Cole said “there is no plan B” for it. \
                    “We could halve waiting lists” in the north, she told Radio Nord on Friday. \
                    \"Nobody warned us,\" said Lena Fisk. Eva Lund said: \"The deficit will fall.\" \
                    “The vote was rigged,” according to the Kremlin.";
        let got: Vec<_> = quotes(text).iter().map(|q| row(text, q)).collect();
        assert_eq!(got, [
            ("there is no plan B".into(), s("Dana Cole"), s("said"), "partial"),
            ("We could halve waiting lists".into(), s("Dana Cole"), s("told Radio Nord"), "partial"),
            ("Nobody warned us,".into(), s("Lena Fisk"), s("said"), "full"),
            ("The deficit will fall.".into(), s("Eva Lund"), s("said"), "full"),
            ("The vote was rigged,".into(), s("the Kremlin"), s("according to"), "full"),
        ]);
    }

    #[test]
    fn scare_indirect_and_chains() {
        let text = "Critics called the plan a \"sham.\" \"It was a long night.\" \"We won,\" said Karl Moen. \
                    Moen said the team would rest on Monday.";
        let plain: Vec<_> = quotes(text).iter().map(|q| row(text, q)).collect();
        assert_eq!(plain, [
            ("It was a long night.".into(), s("Karl Moen"), None, "full"),
            ("We won,".into(), s("Karl Moen"), s("said"), "full"),
        ]);
        let all = extract_quotes(text, &QuoteOptions { include_scare: true, include_indirect: true, ..Default::default() });
        let kinds: Vec<_> = all.iter().map(|q| (q.kind.as_str(), &text[q.start..q.end])).collect();
        assert_eq!(kinds, [
            ("scare", "sham."),
            ("full", "It was a long night."),
            ("full", "We won,"),
            ("indirect", "the team would rest on Monday"),
        ]);
        assert!(all.iter().all(|q| (0.0..=1.0).contains(&q.confidence)));
    }

    #[test]
    fn pronouns_follow_gender_and_recency() {
        let text = "Prime Minister Mark Olsen met Chancellor Ursula Brandt. “Ready,” Olsen said. \
                    “Not yet,” Brandt said. “Now,” he said. “Later,” she said.";
        let speakers: Vec<_> = quotes(text).into_iter().map(|q| q.speaker.unwrap_or_default()).collect();
        assert_eq!(speakers, ["Mark Olsen", "Ursula Brandt", "Mark Olsen", "Ursula Brandt"]);
    }

    fn speakers(text: &str) -> Vec<String> {
        quotes(text).into_iter().map(|q| q.speaker.unwrap_or_default()).collect()
    }

    #[test]
    fn names_with_initials_particles_and_post_nominals() {
        let text = "“We will appeal,” said J. K. Adeyemi, a lawyer. “It is over,” Pieter van der Berg said. \
                    “No comment,” Sarah Lind KC told the court. “Fine,” van der Berg added.";
        assert_eq!(speakers(text), ["J. K. Adeyemi", "Pieter van der Berg", "Sarah Lind", "Pieter van der Berg"]);
    }

    #[test]
    fn organisations_keep_their_article_and_their_short_forms() {
        let text = "Rain closed the port, the Norwegian coast guard said.\n\
                    The coast guard said two boats had been sent. “The sea is rough,” it said.\n\
                    “We are monitoring,” the Ministry of Transport said in a statement.";
        assert_eq!(speakers(text), ["the Norwegian coast guard", "the Ministry of Transport"]);
    }

    #[test]
    fn generic_nouns_acronyms_and_and_inside_names() {
        let text = "The Northern Rail Partnership, which runs the line, closed it.\n\
                    The operator warned of “severe delays” until Monday.\n\
                    The Civic Alliance won 12 seats. The party said it was “ready to govern.”\n\
                    The U.S. Drug Enforcement Administration praised the arrest. “A good day,” the DEA said.\n\
                    “All ports are closed,” the National Disaster Risk Reduction and Management Council said.\n\
                    The Royal College of Nursing’s survey was published. “It is an emergency,” the college said.";
        assert_eq!(speakers(text), [
            "The Northern Rail Partnership",
            "The Civic Alliance",
            "The U.S. Drug Enforcement Administration",
            "the National Disaster Risk Reduction and Management Council",
            "The Royal College of Nursing",
        ]);
        // A party is never a public body; "the company" does not guess.
        let text = "The Ministry of Finance objected. The party said it was “ready to govern.”\n\
                    Meridian Analytics defended itself. “It is published,” the company said.";
        assert_eq!(speakers(text), ["The party", "the company"]);
    }

    #[test]
    fn relative_clauses_affiliations_and_appositives() {
        let text = "Ana Ruiz, who came with her brother, Tomás, said: “We stay.”\n\
                    Lars Holm of the Green Alliance party described the plan as “a costly mistake.”\n\
                    “It works,” her spokesman, Ivo Petrov, said.\n\
                    “Too late,” Dr. Mia Kovac, the city's chief medical officer, said.";
        assert_eq!(speakers(text), ["Ana Ruiz", "Lars Holm", "Ivo Petrov", "Mia Kovac"]);
    }

    #[test]
    fn bare_quotes_take_the_speaker_before_them() {
        let text = "“It was terrifying,” said Rosa Lima, a baker.\n\n“The roof just went.”\n\n\
                    “We have nothing left.”\n\nMayor Tom Reyes was defiant. “We will rebuild.”";
        assert_eq!(speakers(text), ["Rosa Lima", "Rosa Lima", "Rosa Lima", "Tom Reyes"]);
    }

    #[test]
    fn a_headline_role_is_the_person_who_holds_it() {
        let text = "Mayor vows 'no more delays' on tram line\n\
                    Mayor Lena Ortiz told the council the line would open in May.";
        let q = quotes(text);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.as_deref(), Some("Lena Ortiz"));
    }

    #[test]
    fn pronouns_across_paragraphs_prefer_the_last_speaker() {
        // Within the paragraph "he" is its centre (Ben Ode); across a paragraph break, the
        // article's last speaker (Karl Moen) when the paragraph before still mentions him, not
        // the subject of the sentence before it; else that subject (Ivan Petrov).
        let text = "“We agree,” Karl Moen said.\nLater, Ivan Petrov praised the police — led by Moen’s son — for their work.\n\
                    “It was the right call,” he said.\nBen Ode was not surprised. “I knew,” he said.";
        assert_eq!(speakers(text), ["Karl Moen", "Karl Moen", "Ben Ode"]);
        let text = "“We agree,” Karl Moen said.\nThe award went to Ivan Petrov, who led the rescue.\n“It was luck,” he said.";
        assert_eq!(speakers(text), ["Karl Moen", "Ivan Petrov"]);
    }

    #[test]
    fn labels_and_titles_are_not_speech() {
        let text = "Prosecutors declared the paper an “undesirable” organisation. She is writing a memoir, \
                    “Second Serve,” due next year. Workers call the unit “the Cathedral,” he said. \
                    “Absolutely,” she said.";
        let got: Vec<_> = quotes(text).iter().map(|q| q.text(text).to_string()).collect();
        assert_eq!(got, ["Absolutely,"]);
    }

    #[test]
    fn a_misspelling_does_not_become_the_canonical_name() {
        // Each spelling is written once: the speaker's mention is not counted twice, and of two
        // spellings the known given name wins, then the earlier.
        let text = "Victor Lungu, 61, addressed the panel.\n“I never took a leu,” Lungu said.\n\
                    Outside, Viktor Lungu said: “I trust the judges.”";
        assert_eq!(speakers(text), ["Victor Lungu", "Victor Lungu"]);
        let text = "Student leader Lindewe Khumalo addresses a rally.\n\
                    “We will not pay,” student leader Lindiwe Khumalo said.";
        assert_eq!(speakers(text), ["Lindiwe Khumalo"]);
    }

    #[test]
    fn a_misspelt_surname_links_to_the_full_name() {
        let text = "Union president Gurpreet Sandhu rejected the offer.\n“We will hold out,” Sandhu said.\n\
                    Sandu said the strike fund was healthy. “We saved for ten years,” Sandu added.";
        assert_eq!(speakers(text), ["Gurpreet Sandhu", "Gurpreet Sandhu"]);
    }

    #[test]
    fn an_unnamed_source_keeps_its_participle_complement() {
        let text = "“Nobody wants a trade war,” said a European diplomat involved in the file. \
                    “It would hurt,” the diplomat said.";
        assert_eq!(speakers(text), ["a European diplomat involved in the file"; 2]);
    }

    #[test]
    fn generational_suffixes_stay_in_the_name() {
        let text = "“We cut costs,” said Marcus Hale Jr., chief executive. “It hurt,” Hale said. \
                    “No comment,” Sarah Lind KC said. “We will vote no,” said Sen. Tom Reyes Sr.";
        assert_eq!(speakers(text), ["Marcus Hale Jr.", "Marcus Hale Jr.", "Sarah Lind", "Tom Reyes Sr."]);
    }

    #[test]
    fn lower_case_particle_names_are_mentions() {
        // "al-Khatib" opens with a lower-case particle but is the subject "he" refers to.
        let text = "Health Minister Omar al-Khatib opened the campaign. Deputy minister Nadia Haddad \
                    said it mattered. “It is vital,” she said.\nA nurse said the wards were full.\nAsked about the strike, al-Khatib acknowledged the \
                    grievances, while Haddad said payments were under review. “We cannot do this \
                    without them,” he said.";
        assert_eq!(speakers(text), ["Nadia Haddad", "Omar al-Khatib"]);
    }

    #[test]
    fn a_surname_that_is_also_a_given_name_takes_either_pronoun() {
        // "Osman" is a man's given name in the table, but here the surname of a woman.
        let text = "“This film belongs to everyone,” Osman said.\n“I hope they see it,” she added.";
        assert_eq!(speakers(text), ["Osman", "Osman"]);
        // Someone whose gender is known still wins over the guess.
        let text = "Judge Mary Lee spoke to Osman. “We proceed,” Lee said. “Agreed,” she added.";
        assert_eq!(speakers(text), ["Mary Lee", "Mary Lee"]);
    }

    #[test]
    fn a_full_name_in_the_possessive_is_a_person() {
        let text = "Sudanese director Amira Osman's film won the prize.\n“It belongs to everyone,” Osman said.";
        assert_eq!(speakers(text), ["Amira Osman"]);
        let text = "It was Amira Osman's night.\n“It belongs to everyone,” Osman said.";
        assert_eq!(speakers(text), ["Amira Osman"]);
        // A place in the possessive stays a place.
        let text = "New York's mayor spoke.\n“We will rebuild,” York said.";
        assert_eq!(speakers(text), ["York"]);
    }

    #[test]
    fn a_department_list_in_a_title_is_not_the_name() {
        let text = "Deputy Minister of Energy and Natural Resources Selim Aydin said: “We will not stop.” \
                    Deputy Minister for Environment, Science, Technology and Innovation Kofi Adu-Gyamfi \
                    said: “Delays happen.” “We go on,” said Minister for Relief and Disaster Preparedness Tolu Akello.";
        assert_eq!(speakers(text), ["Selim Aydin", "Kofi Adu-Gyamfi", "Tolu Akello"]);
        // An appositive after the title's complement is not a list.
        let text = "The Mayor of Galway, Cllr Eilis Ni Fhlatharta, said: “It will not be painless.” \
                    The chairman of Acme, Ruiz said: “No.”";
        assert_eq!(speakers(text), ["Eilis Ni Fhlatharta", "Ruiz"]);
    }

    #[test]
    fn an_unnamed_source_keeps_the_clause_that_says_why() {
        let text = "A senior mine inspector who declined to be named said: “We could not visit.” \
                    “We could not,” said a nurse who asked not to be named. \
                    An official who spoke on condition of anonymity said the plan was “dead in the water”.";
        assert_eq!(
            speakers(text),
            ["A senior mine inspector who declined to be named", "a nurse who asked not to be named", "An official who spoke on condition of anonymity"]
        );
        // Other relative clauses are not part of the name, and a named person keeps the name.
        let text = "“He was lucky to be alive,” said a nurse who treated him. “No,” said Dr Ana Ruiz, who asked not to be named.";
        assert_eq!(speakers(text), ["a nurse", "Ana Ruiz"]);
    }

    #[test]
    fn a_company_or_an_affiliation_around_a_titled_name() {
        let text = "“We will not fly,” Hoshizora Aerospace launch director Kenji Watanabe said at a news conference. \
                    “Stay away,” Chief Inspector Graham Lindsay of Police Scotland said.\n\
                    Chief Inspector Ewan Reid of Police Scotland told BBC Radio Scotland: “Please go home.”";
        assert_eq!(speakers(text), ["Kenji Watanabe", "Graham Lindsay", "Ewan Reid"]);
    }

    #[test]
    fn a_role_s_organisation_with_particles_a_city_or_a_head_noun() {
        let text = "A spokeswoman for the Bangko Sentral ng Pilipinas said it would act “in the usual course”. \
                    A spokesman for the U.S. Attorney’s Office in San Antonio said: “We are aware.”\n\
                    An engineer at the Tanegashima site said the team stayed. “Nobody went home,” the engineer said.";
        assert_eq!(
            speakers(text),
            ["A spokeswoman for the Bangko Sentral ng Pilipinas", "A spokesman for the U.S. Attorney’s Office in San Antonio", "An engineer at the Tanegashima site"]
        );
    }

    #[test]
    fn an_organisation_is_named_without_the_words_describing_it() {
        let text = "The watchdog group Observatorio Ciudadano Regio posted on social media: “We will be there.” \
                    “We are ready,” the Italian coast guard said. “Rates stay,” the Bank of Japan said.";
        assert_eq!(speakers(text), ["Observatorio Ciudadano Regio", "the Italian coast guard", "the Bank of Japan"]);
    }

    #[test]
    fn an_acronym_in_title_case_names_its_organisation() {
        let text = "The Scottish Environment Protection Agency (Sepa) issued warnings.\n“Stay away,” Sepa said. \
                    “We agree,” said Nato.";
        assert_eq!(speakers(text), ["The Scottish Environment Protection Agency", "Nato"]);
    }

    #[test]
    fn a_source_with_an_appositive_or_where_they_come_from() {
        let text = "According to Ramon Villanueva, head of research at Cordillera Securities, “the price looks fair.”\n\
                    A 23-year-old survivor from Bab al-Tabbaneh said each passenger paid. “He lied to us,” he said.\n\
                    A nurse from Tripoli said: “We saw them.”";
        assert_eq!(speakers(text), ["Ramon Villanueva", "A 23-year-old survivor from Bab al-Tabbaneh", "A nurse from Tripoli"]);
    }

    #[test]
    fn an_unnamed_source_of_common_nouns_can_be_he() {
        let text = "Union leader Rodrigo Fuentes said the strike would go on.\n\
                    At the gates, one dock worker said he had not seen this. “Everybody is out,” he said.\n\
                    Among the tally-takers, one veteran tallyman said transfers decided it. “Labour saved her,” he said.";
        assert_eq!(speakers(text), ["one dock worker", "one veteran tallyman"]);
    }

    #[test]
    fn a_headline_role_is_its_one_holder() {
        // "CEO says" after another clause of the headline: the chief executive, not the company.
        let text = "Hanbit recalls power banks over fire risk, CEO says ‘we failed our customers’\n\
                    SEOUL — Hanbit Electronics said it would recall them.\n“We failed our customers,” chief executive Park Ji-hoon said.";
        assert_eq!(speakers(text), ["Park Ji-hoon", "Park Ji-hoon"]);
    }

    #[test]
    fn parentheses_organisation_led_roles_and_abbreviated_places() {
        // A party tag before the appositive; the next bare quote keeps the speaker.
        let text = "“This is a demolition order,” Rep. Jose Angel Ybarra (D-Texas), the ranking member of the \
                    House science committee, told CBN News. “You do not get engineers that way.”\n\
                    “We are grateful,” said a Department of Health and Social Care spokesperson.\n\
                    Marisol Quinn, chief executive of Gulfstar, a St. Petersburg, Fla., start-up, said costs rose. \
                    “We lose engineers,” she said.";
        assert_eq!(speakers(text), ["Jose Angel Ybarra", "Jose Angel Ybarra", "a Department of Health and Social Care spokesperson", "Marisol Quinn"]);
    }

    #[test]
    fn an_organisation_named_with_a_complement_is_remembered_anywhere() {
        let text = "Data Protection Board fines KiranPay over 'reckless' handling\n\
                    The Data Protection Board of India on Thursday fined KiranPay. \
                    The Board said the approach was “reckless, opaque and wholly inconsistent with the law.”";
        assert_eq!(speakers(text), ["The Data Protection Board of India", "The Data Protection Board of India"]);
    }

    #[test]
    fn a_which_clause_belongs_to_an_organisation() {
        let text = "Daniel Mercer, country director for the relief group Hope Without Borders, which has \
                    supplied fridges to 40 clinics, said logistics were half the battle. Rumors have spread, \
                    he said, and workers faced “a lot of fear, and fear does not listen to posters.”";
        assert_eq!(speakers(text), ["Daniel Mercer"]);
    }

    #[test]
    fn a_nationality_before_a_headline_title_describes_its_holder() {
        let text = "‘We won’t be blackmailed,’ Bulgarian PM says as government survives vote\n\
                    SOFIA — Parties spared Prime Minister Kalin Marinov a collapse.";
        assert_eq!(speakers(text), ["Kalin Marinov"]);
    }

    #[test]
    fn a_party_before_a_name_describes_the_person() {
        let text = "Progressive Conservative Darren Whitby won by 11 votes over Liberal Colleen Aucoin.\n\
                    “Thanks,” he said. “We will see,” Aucoin said. “Never,” said Democrat Ann Lee.";
        assert_eq!(speakers(text), ["Darren Whitby", "Colleen Aucoin", "Ann Lee"]);
    }

    #[test]
    fn unnamed_sources_with_plain_places_modifiers_and_reasons() {
        let text = "An engineer on the payments team said staff were told on a call. “Cameras off,” the engineer said.\n\
                    A senior municipal engineer who was not authorised to speak to the media said pumps broke. “We wait,” he said.\n\
                    “I have had 19 contracts,” said one casual tutor.\n\
                    A spokesperson for the federal Education Minister said it was “a matter for the university” but urged talks.\n\
                    “Yes,” said one commuter waiting for a bus.";
        assert_eq!(
            speakers(text),
            [
                "An engineer on the payments team",
                "A senior municipal engineer who was not authorised to speak to the media",
                "one casual tutor",
                "A spokesperson for the federal Education Minister",
                "one commuter",
            ]
        );
    }

    #[test]
    fn sources_described_by_clauses_participles_and_given_names() {
        let text = "A municipal employee who spoke on condition of anonymity for fear of losing her job said staff were told. “We sign,” she said.\n\
                    Further down, one farmer moving his cattle to lower pastures was more blunt. “It does what it wants,” he said.\n\
                    A pensioner, who gave her name only as Bernadette, said she had rented for years. “Where do I go?” she asked.\n\
                    One contractor who was working in an adjacent unit told the Record that alarms sounded “maybe thirty seconds” before.\n\
                    The canton raised the level. “A full evacuation will follow,” the cantonal crisis unit said.";
        assert_eq!(
            speakers(text),
            [
                "A municipal employee who spoke on condition of anonymity for fear of losing her job",
                "one farmer moving his cattle to lower pastures",
                "Bernadette",
                "One contractor",
                "the cantonal crisis unit",
            ]
        );
    }

    #[test]
    fn particles_post_nominals_and_appositive_titles() {
        let text = "Lekishon ole Sankale, 70, said elephants were common. “Now none,” he said.\n\
                    Sinn Féin spokeswoman Niamh Gallagher TD spoke. “Every month,” Ms Gallagher said.\n\
                    Prosecutors widened a probe into Rodrigo Villaseñor Ochoa, the mayor of this northern city, saying \
                    they had evidence. “I have nothing to hide,” the mayor said.";
        assert_eq!(speakers(text), ["Lekishon ole Sankale", "Niamh Gallagher", "Rodrigo Villaseñor Ochoa"]);
        // "Ma." (Maria) before a given name is part of the name, not a sentence's end.
        let text = "Gov. Ma. Theresa dela Peña-Santos told reporters the ferry was cleared. “We will investigate,” she said.";
        assert_eq!(speakers(text), ["Ma. Theresa dela Peña-Santos"]);
    }

    #[test]
    fn complements_in_lower_case_joined_verbs_and_object_pronouns() {
        let text = "“Waves were reported at up to three metres,” the head of the Kendari search and rescue office, \
                    Andi Rahmatullah, told a news briefing.\n\
                    At one point presiding judge Isabelle Tournier leaned forward and asked him: “If it was for love, why 38 of them?”";
        assert_eq!(speakers(text), ["Andi Rahmatullah", "Isabelle Tournier"]);
    }

    #[test]
    fn a_definite_noun_ending_an_organisation_name_is_that_organisation() {
        let text = "The Bengaluru Tech Workers' Collective, an employee advocacy group, criticised the layoffs. \
                    “Severance is not a favour,” the collective said in a statement.";
        assert_eq!(speakers(text), ["The Bengaluru Tech Workers' Collective"]);
    }

    #[test]
    fn a_short_quote_judging_the_object_of_called_is_partial_speech() {
        let all = QuoteOptions { include_scare: true, ..Default::default() };
        let kinds = |text: &str| extract_quotes(text, &all).iter().map(|q| (q.kind.as_str(), q.speaker.clone())).collect::<Vec<_>>();
        let said = |who: &str| vec![("partial", Some(who.to_string()))];
        assert_eq!(kinds("Rana Haddad called rumours about the vaccine “completely baseless” on Monday."), said("Rana Haddad"));
        assert_eq!(kinds("Rana Haddad dismissed the claims as “nonsense”."), said("Rana Haddad"));
        // A name given, or a label after an article, is not speech.
        assert_eq!(kinds("Rana Haddad praised a film called “Salt”.")[0].0, "scare");
        assert_eq!(kinds("Rana Haddad called the draft a “paper promise”.")[0].0, "scare");
        // "analyst X of Greyline Research": the analyst speaks, not the firm.
        assert_eq!(kinds("Shares rose, and analyst J.R. Whitfield of Greyline Research called the cuts “overdue”."), said("J.R. Whitfield"));
    }

    #[test]
    fn look_ahead_past_the_last_token() {
        let all = QuoteOptions { include_scare: true, include_indirect: true, ..Default::default() };
        for text in ["Ab,", "Ę,", "Xy Zw,", "The end. Ab,", "\"Hi,\" Ab,", "Ab said", "he said", "\"x\" Ab, who"] {
            for q in extract_quotes(text, &all) {
                assert!(text.get(q.start..q.end).is_some());
            }
        }
    }

    #[test]
    fn linear_and_panic_free_on_adversarial_text() {
        let mut text = String::new();
        for _ in 0..5_000 {
            text.push_str("\" “ ‘ ' « » Mr. He said: ");
        }
        text.push_str("é😀\"");
        let all = extract_quotes(&text, &QuoteOptions { include_scare: true, include_indirect: true, ..Default::default() });
        assert!(all.len() <= 10_000);
        for q in &all {
            assert!(text.get(q.start..q.end).is_some());
        }
    }
}
