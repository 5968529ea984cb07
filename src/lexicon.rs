//! Word lists kept as data files under `data/` and compiled into the binary.
//!
//! Each file is one entry per line; `#` starts a comment; blank lines are ignored. Keeping them as
//! data (not code) lets the tables grow per language without touching the algorithms.

/// Entries of a data file: trimmed, without comments and blank lines.
///
/// Lines are cut by bytes rather than with `lines()` and `split_once`, whose searchers cost more
/// than a short line: the tables load on a program's first document.
pub fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    let mut rest = data;
    std::iter::from_fn(move || {
        while !rest.is_empty() {
            // The line's end, and where a comment starts (most lines have none: one search for
            // either, then one for the end past a comment's mark).
            let bytes = rest.as_bytes();
            let (end, code_end) = match memchr::memchr2(b'\n', b'#', bytes) {
                Some(p) if bytes[p] == b'#' => (memchr::memchr(b'\n', &bytes[p..]).map_or(bytes.len(), |q| p + q), Some(p)),
                Some(p) => (p, None),
                None => (bytes.len(), None),
            };
            let code = &bytes[..code_end.unwrap_or(end)];
            let line = rest;
            rest = &rest[(end + 1).min(rest.len())..];
            // ASCII spaces and line ends by bytes; `trim` only for whatever else is left there.
            let space = |b: &u8| matches!(b, b' ' | b'\t' | b'\r');
            let start = code.iter().position(|b| !space(b)).unwrap_or(code.len());
            let stop = code.iter().rposition(|b| !space(b)).map_or(start, |p| p + 1);
            let entry = &line[start..stop];
            let odd = |b: Option<&u8>| b.is_some_and(|&b| b >= 0x80 || b.is_ascii_whitespace());
            let entry = if odd(entry.as_bytes().first()) || odd(entry.as_bytes().last()) { entry.trim() } else { entry };
            if !entry.is_empty() {
                return Some(entry);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn skips_comments_and_blanks() {
        let got: Vec<_> = super::entries("# head\nMr\n\n  Dr  # doctor\n").collect();
        assert_eq!(got, ["Mr", "Dr"]);
        let data = "a b\r\n#\r\n\u{a0}é # x\n \x0bc\u{2003}\n\n\r\nlast";
        let got: Vec<_> = super::entries(data).collect();
        assert_eq!(got, ["a b", "é", "c", "last"]);
        let plain = data.lines().map(|l| l.split_once('#').map_or(l, |(before, _)| before).trim()).filter(|l| !l.is_empty());
        assert!(plain.eq(super::entries(data)));
    }
}
