//! Where a note too long for one note is split: at a line break, else before a word,
//! else between two user-perceived characters; never inside an emoji or a `char`.

use crate::app::graphemes::{between_graphemes, extends};

/// Splits a note's text into pieces of at most `max` characters each, trimmed and not
/// empty, that together hold all of it but the whitespace where it was split. Splits at
/// a line break in the second half of a piece if there is one, else at the last space
/// (before a word), else between two user-perceived characters; never inside a `char`.
/// The pieces borrow from `text`: no copy of the case text is made.
pub(super) fn split_note(text: &str, max: usize) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut rest = text.trim();
    while !rest.is_empty() {
        let (piece, tail) = rest.split_at(split_point(rest, max.max(1)));
        let piece = piece.trim_end();
        if !piece.is_empty() {
            pieces.push(piece);
        }
        rest = tail.trim_start();
    }
    pieces
}

/// Where the first piece of `text` ends (a byte offset on a `char` boundary, above 0).
fn split_point(text: &str, max: usize) -> usize {
    let Some((window_end, _)) = text.char_indices().nth(max) else {
        return text.len();
    };
    let half = text.char_indices().nth(max / 2).map_or(0, |(at, _)| at);
    let window = &text[..window_end];
    // Every place the piece could end, the latest first.
    let ends = || window.char_indices().rev().map(|(at, c)| at + c.len_utf8());
    let after = |at: usize| text[..at].chars().next_back();
    let starts_word = |at: usize| {
        after(at).is_some_and(char::is_whitespace)
            && text[at..]
                .chars()
                .next()
                .is_some_and(|c| !c.is_whitespace() && !extends(c))
    };
    ends()
        .filter(|&at| at > half)
        .find(|&at| after(at) == Some('\n') && starts_word(at))
        .or_else(|| ends().find(|&at| starts_word(at)))
        .or_else(|| ends().find(|&at| between_graphemes(text, at)))
        .unwrap_or(window_end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the pieces hold all of `text`, in order, leaving out only whitespace.
    fn all_there(text: &str, pieces: &[&str]) -> bool {
        let mut rest = text;
        for piece in pieces {
            rest = rest.trim_start();
            let Some(tail) = rest.strip_prefix(piece) else {
                return false;
            };
            rest = tail;
        }
        rest.trim().is_empty()
    }

    #[test]
    fn short_text_is_one_piece_and_blank_text_none() {
        assert_eq!(split_note("  een notitie \n", 20), ["een notitie"]);
        assert!(split_note(" \n\t ", 20).is_empty());
        assert_eq!(
            split_note(&"é".repeat(20), 20).len(),
            1,
            "characters, not bytes"
        );
    }

    #[test]
    fn pieces_end_at_a_line_break_then_a_space_then_anywhere_between_characters() {
        let cases: &[(&str, usize, &[&str])] = &[
            // The line break in the second half wins over a later space.
            ("aaaa bbb\ncc dd eeee", 12, &["aaaa bbb", "cc dd eeee"]),
            // A line break early in the piece would make it short: the last space.
            ("a\nbbbbbb cc ddd", 10, &["a\nbbbbbb", "cc ddd"]),
            // No whitespace: between characters, the piece as long as it may be.
            ("abcdefghij", 4, &["abcd", "efgh", "ij"]),
            // Never before a combining mark: "é" is e + U+0301.
            ("abce\u{301}fg", 4, &["abc", "e\u{301}fg"]),
            // Nor right after a space that a mark sits on: the space before.
            ("ab c \u{301}d", 5, &["ab", "c \u{301}d"]),
            // Nor inside a family joined by ZWJ, nor before a skin tone.
            ("ab👩\u{200D}👧", 4, &["ab", "👩\u{200D}👧"]),
            ("abc👍\u{1F3FD}", 4, &["abc", "👍\u{1F3FD}"]),
            // Nor between a flag's two letters, counted in pairs from the start.
            ("a🇳🇱🇧🇪", 4, &["a🇳🇱", "🇧🇪"]),
            ("🇳🇱🇧🇪🇩🇪", 3, &["🇳🇱", "🇧🇪", "🇩🇪"]),
            // Nor before a variation selector (❤ + U+FE0F) or a keycap.
            ("abc❤\u{FE0F}", 4, &["abc", "❤\u{FE0F}"]),
            ("abc1\u{FE0F}\u{20E3}", 5, &["abc", "1\u{FE0F}\u{20E3}"]),
        ];
        for (text, max, expected) in cases {
            assert_eq!(split_note(text, *max), *expected, "{text:?} at {max}");
        }
    }

    #[test]
    fn nothing_but_one_long_cluster_is_cut_between_chars_rather_than_lost() {
        let marks = format!("a{}", "\u{301}".repeat(9));
        let pieces = split_note(&marks, 4);
        assert_eq!(pieces.concat(), marks);
        assert!(pieces.iter().all(|p| p.chars().count() <= 4));
    }

    /// `clusters` repeated (skipping some, by `offset`) after `offset` x's, to about
    /// `chars` characters; with the byte offsets where each cluster starts.
    fn made_of(clusters: &[&str], offset: usize, chars: usize) -> (String, Vec<usize>) {
        let mut text = "x".repeat(offset);
        let mut starts: Vec<usize> = (0..=offset).collect();
        let mut i = 0;
        while text.chars().count() < chars {
            text.push_str(clusters[i % clusters.len()]);
            starts.push(text.len());
            i += 1 + offset % 3;
        }
        (text, starts)
    }

    /// Checks that every piece is within the limit and starts where a cluster does.
    fn cut_between_clusters(text: &str, pieces: &[&str], starts: &[usize], max: usize) {
        for piece in pieces {
            assert!(piece.chars().count() <= max);
            let at = piece.as_ptr() as usize - text.as_ptr() as usize;
            assert!(
                starts.contains(&at),
                "a piece starts inside a cluster at {at}"
            );
        }
    }

    #[test]
    fn long_text_without_spaces_is_cut_between_emoji_and_marks_only() {
        let clusters = [
            "👩\u{200D}👧",
            "🇳🇱",
            "e\u{301}",
            "❤\u{FE0F}",
            "👍\u{1F3FD}",
            "ë",
            "🇧🇪",
        ];
        // Every alignment of the clusters against the limit.
        for offset in 0..12 {
            let (text, starts) = made_of(&clusters, offset, 5_000);
            let pieces = split_note(&text, 1_000);
            assert_eq!(
                pieces.concat(),
                text,
                "offset {offset}: all of it, in order"
            );
            cut_between_clusters(&text, &pieces, &starts, 1_000);
        }
    }

    #[test]
    fn long_text_with_words_is_cut_before_a_word() {
        let clusters = ["👩\u{200D}👧", " ", "Zoë", "🇳🇱", "\n", "schulden", " "];
        for offset in 0..6 {
            let (text, starts) = made_of(&clusters, offset, 5_000);
            let pieces = split_note(&text, 1_000);
            assert!(all_there(&text, &pieces), "offset {offset}");
            cut_between_clusters(&text, &pieces, &starts, 1_000);
            assert!(
                pieces.iter().all(|p| !p.starts_with(char::is_whitespace)),
                "trimmed"
            );
        }
    }
}
