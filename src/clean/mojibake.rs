//! Repair of UTF-8 that was decoded as cp1252 / latin-1 ("â€œ" for "“", "Ã©" for "é").
//!
//! A sequence is fixed only when the characters map back to bytes that form ONE valid multi-byte
//! UTF-8 character, and that character is a plausible one for the lead byte (accented Latin,
//! Greek, Cyrillic, Hebrew/Arabic letters for two bytes; punctuation, symbols, CJK for three;
//! emoji for four). Correct text such as Portuguese "SÃO" or German "Gruß“" never re-encodes to a
//! plausible character, so it is left alone.

/// The byte a character came from when UTF-8 bytes were read as cp1252 (C1 controls stand for
/// themselves, as a latin-1 reader leaves them).
#[inline]
pub fn cp1252_byte(c: char) -> Option<u8> {
    let u = c as u32;
    if u < 0x100 {
        return Some(u as u8);
    }
    Some(match c {
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    })
}

/// The cp1252 character of a C1 control (U+0080..U+009F) left by a latin-1 reader, if defined.
pub fn c1_as_cp1252(c: char) -> Option<char> {
    const TABLE: [char; 32] = [
        '€', '\0', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\0', 'Ž', '\0', '\0', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\0', 'ž', 'Ÿ',
    ];
    let u = c as u32;
    if !(0x80..=0x9F).contains(&u) {
        return None;
    }
    Some(TABLE[(u - 0x80) as usize]).filter(|&c| c != '\0')
}

/// True for characters that can start a mojibake sequence (lead bytes 0xC2..=0xF4).
#[inline]
pub fn is_lead(c: char) -> bool {
    ('\u{C2}'..='\u{F4}').contains(&c)
}

fn plausible(d: char, continuation_bytes: usize, inside_run: bool) -> bool {
    let u = d as u32;
    match continuation_bytes {
        // Inside a double encoding a C1 control is a byte of the inner layer ("Â\x9d" of
        // "Ã¢â‚¬Â\x9d"); the next round of repair consumes it.
        1 if inside_run && (0x80..=0x9F).contains(&u) => true,
        1 => matches!(u, 0xA0..=0x17F | 0x370..=0x3FF | 0x400..=0x4FF | 0x5D0..=0x5EA | 0x620..=0x64A | 0x660..=0x669),
        2 => matches!(
            u,
            0x900..=0xDFF | 0xE00..=0xE7F | 0x1E00..=0x1EFF | 0x2000..=0x2BFF | 0x3000..=0x9FFF | 0xAC00..=0xD7A3 | 0xFF00..=0xFFEF
        ),
        _ => matches!(u, 0x1F000..=0x1FAFF | 0x20000..=0x2FFFF),
    }
}

/// Most sequences repaired as one run (longer runs are repaired piece by piece).
const MAX_RUN: usize = 32;

/// One mojibake sequence starting at byte `i` of `s`: its end and the character it stands for.
pub fn sequence_at(s: &str, i: usize) -> Option<(usize, char)> {
    sequence(s, i, false)
}

fn sequence(s: &str, i: usize, inside_run: bool) -> Option<(usize, char)> {
    let mut it = s.get(i..)?.char_indices();
    let (_, c0) = it.next()?;
    if !is_lead(c0) {
        return None;
    }
    let b0 = c0 as u32 as u8;
    let need = match b0 {
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        _ => 3,
    };
    let mut buf = [b0, 0, 0, 0];
    let mut end = i + c0.len_utf8();
    for k in 1..=need {
        let cont = it.next().and_then(|(off, c)| {
            let b = cp1252_byte(c).filter(|b| (0x80..=0xBF).contains(b))?;
            Some((off, c, b))
        });
        match cont {
            Some((off, c, b)) => {
                buf[k] = b;
                end = i + off + c.len_utf8();
            }
            // "â€" then a lost byte: cp1252 has no character for 0x9D, so the "”" of "â€\x9d"
            // is often dropped on the way; nothing else spells "â€" in real text.
            None if c0 == 'â' && k == 2 && buf[1] == 0x80 => return Some((end, '”')),
            None => return None,
        }
    }
    let d = std::str::from_utf8(&buf[..=need]).ok()?.chars().next()?;
    plausible(d, need, inside_run).then_some((end, d))
}

/// `s` with every mojibake sequence fixed, or None when there is none.
pub fn fix_str(s: &str) -> Option<String> {
    let mut out = String::new();
    let mut copied = 0;
    let mut i = 0;
    let mut changed = false;
    while i < s.len() {
        let c = s[i..].chars().next()?;
        if is_lead(c) {
            if let Some((end, d)) = sequence_at(s, i) {
                out.push_str(&s[copied..i]);
                out.push(d);
                copied = end;
                i = end;
                changed = true;
                continue;
            }
        }
        i += c.len_utf8();
    }
    if !changed {
        return None;
    }
    out.push_str(&s[copied..]);
    Some(out)
}

/// The run of adjacent mojibake sequences starting at `i` (stopping at `limit`): its end and the
/// repaired text, fixing double encodings ("Ã¢â‚¬â„¢" → "’") by repeating the repair.
pub fn run_at(text: &str, i: usize, limit: usize) -> Option<(usize, String)> {
    let s = text.get(..limit)?;
    let mut seqs = vec![sequence_at(s, i)?];
    // Runs are a few characters in practice; the cap keeps the back-off below linear-time.
    while seqs.len() < MAX_RUN {
        match sequence(s, seqs[seqs.len() - 1].0, true) {
            Some(next) => seqs.push(next),
            None => break,
        }
    }
    loop {
        let mut out: String = seqs.iter().map(|&(_, d)| d).collect();
        for _ in 0..2 {
            match fix_str(&out) {
                Some(again) => out = again,
                None => break,
            }
        }
        // An inner-layer C1 byte the second round did not consume: leave that sequence as it was.
        let is_c1 = |c: char| ('\u{80}'..='\u{9F}').contains(&c);
        if seqs.len() > 1 && out.chars().any(is_c1) && is_c1(seqs[seqs.len() - 1].1) {
            seqs.pop();
            continue;
        }
        return Some((seqs[seqs.len() - 1].0, out));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fix(s: &str) -> String {
        fix_str(s).unwrap_or_else(|| s.to_string())
    }

    #[test]
    fn fixes_common_cases() {
        assert_eq!(fix("â€œHelloâ€\u{9d} she said"), "“Hello” she said");
        assert_eq!(fix("caf\u{c3}\u{a9} and rÃ©sumÃ©"), "café and résumé");
        assert_eq!(fix("Pompeoâ€™s trip â€” done"), "Pompeo’s trip — done");
        assert_eq!(fix("Ã¶l"), "öl");
        assert_eq!(fix("50Â\u{a0}km"), "50\u{a0}km");
        assert_eq!(fix("Ð¿Ñ€Ð¸Ð²ÐµÑ‚"), "привет");
        assert_eq!(fix("ðŸ˜€"), "😀");
    }

    #[test]
    fn lost_closing_quote_byte() {
        assert_eq!(fix("â€œyesâ€ he said"), "“yes” he said");
        assert_eq!(fix("end â€"), "end ”");
    }

    #[test]
    fn double_encoding() {
        let (end, out) = run_at("Ã¢â‚¬â„¢s", 0, "Ã¢â‚¬â„¢s".len()).unwrap();
        assert_eq!(out, "’");
        assert_eq!(&"Ã¢â‚¬â„¢s"[end..], "s");
    }

    #[test]
    fn double_encoded_closing_quote_with_c1_byte() {
        let raw = "Ã¢â‚¬Å“fineÃ¢â‚¬Â\u{9d} ok";
        let (end, out) = run_at(raw, 0, raw.len()).unwrap();
        assert_eq!((out.as_str(), &raw[end..end + 4]), ("“", "fine"));
        let at = raw.find("Ã¢â‚¬Â").unwrap();
        let (end, out) = run_at(raw, at, raw.len()).unwrap();
        assert_eq!((out.as_str(), &raw[end..]), ("”", " ok"));
    }

    #[test]
    fn leaves_correct_text_alone() {
        for s in ["SÃO PAULO", "Gruß“ sagte er", "Ça va", "à « oui »", "Ç’a été", "naïve café", "Ågot Æble", "Âge"] {
            assert_eq!(fix_str(s), None, "{s}");
        }
    }

    #[test]
    fn c1_controls_map_to_cp1252() {
        assert_eq!(c1_as_cp1252('\u{93}'), Some('“'));
        assert_eq!(c1_as_cp1252('\u{9d}'), None);
        assert_eq!(c1_as_cp1252('a'), None);
    }
}
