//! Word lists kept as data files under `data/` and compiled into the binary.
//!
//! Each file is one entry per line; `#` starts a comment; blank lines are ignored. Keeping them as
//! data (not code) lets the tables grow per language without touching the algorithms.

/// Entries of a data file: trimmed, without comments and blank lines.
pub fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(|l| l.split_once('#').map_or(l, |(before, _)| before).trim())
        .filter(|l| !l.is_empty())
}

#[cfg(test)]
mod tests {
    #[test]
    fn skips_comments_and_blanks() {
        let got: Vec<_> = super::entries("# head\nMr\n\n  Dr  # doctor\n").collect();
        assert_eq!(got, ["Mr", "Dr"]);
    }
}
