//! Byte offset → code-point offset conversion.
//!
//! Rust slices `&str` by UTF-8 byte; Python slices `str` by code point. Every span we hand to
//! Python goes through [`CharCursor`], which walks the text once for ascending offsets, so
//! converting all spans of a document costs O(len) rather than O(len × spans).

/// Number of code points in `bytes` (which must be a whole number of UTF-8 sequences or a prefix
/// ending on a char boundary). bytecount counts the bytes that start a character a word (or a
/// vector) at a time.
#[inline]
pub fn count_chars(bytes: &[u8]) -> usize {
    bytecount::num_chars(bytes)
}

/// Converts byte offsets of one text into code-point offsets.
///
/// Cheap for ASCII text (identity) and amortised linear for offsets that arrive mostly in order.
#[derive(Debug, Clone)]
pub struct CharCursor<'a> {
    bytes: &'a [u8],
    ascii: bool,
    byte_pos: usize,
    char_pos: usize,
}

impl<'a> CharCursor<'a> {
    pub fn new(text: &'a str) -> Self {
        CharCursor { bytes: text.as_bytes(), ascii: text.is_ascii(), byte_pos: 0, char_pos: 0 }
    }

    /// Code-point offset of byte offset `byte` (clamped to the text length).
    pub fn to_char(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if self.ascii {
            return byte;
        }
        if byte >= self.byte_pos {
            self.char_pos += count_chars(&self.bytes[self.byte_pos..byte]);
        } else if byte * 2 < self.byte_pos {
            // Far behind the cursor: recounting from the start is cheaper than walking back.
            self.char_pos = count_chars(&self.bytes[..byte]);
        } else {
            self.char_pos -= count_chars(&self.bytes[byte..self.byte_pos]);
        }
        self.byte_pos = byte;
        self.char_pos
    }

    /// Converts a byte span.
    pub fn span(&mut self, start: usize, end: usize) -> (usize, usize) {
        let s = self.to_char(start);
        (s, self.to_char(end))
    }
}

/// Byte offset of code-point offset `ch` in `text` (clamped to the end). The inverse of
/// [`CharCursor::to_char`], used when Python hands us `str` indices.
pub fn char_to_byte(text: &str, ch: usize) -> usize {
    if text.is_ascii() {
        return ch.min(text.len());
    }
    text.char_indices().nth(ch).map_or(text.len(), |(b, _)| b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let mut c = CharCursor::new("hello world");
        assert_eq!(c.span(6, 11), (6, 11));
    }

    #[test]
    fn counts_chars_of_long_texts() {
        let text = "“Déjà vu,” 😀 he said. ".repeat(20);
        for end in text.char_indices().map(|(b, _)| b) {
            assert_eq!(count_chars(&text.as_bytes()[..end]), text[..end].chars().count());
        }
    }

    #[test]
    fn multibyte_offsets_any_order() {
        let text = "“Déjà vu,” 😀 he said.";
        let mut c = CharCursor::new(text);
        for (i, (b, _)) in text.char_indices().enumerate().collect::<Vec<_>>().into_iter().rev() {
            assert_eq!(c.to_char(b), i);
        }
        for (i, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(c.to_char(b), i);
            assert_eq!(char_to_byte(text, i), b);
        }
        assert_eq!(c.to_char(text.len()), text.chars().count());
    }
}
