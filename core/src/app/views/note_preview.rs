//! A note's preview in the case's list: its first line, cut short between words.
//!
//! A cut inside a word reads as a different word ("verkracht" from "verkrachting" is
//! worse than nothing), and a cut inside an emoji or an accented letter shows a broken
//! glyph. Only a first word longer than the whole preview (a pasted link) is cut, and
//! then between user-perceived characters.

use crate::app::graphemes::between_graphemes;

/// Characters (code points) of a note shown in the case's list of notes, the ellipsis
/// not counted.
const NOTE_PREVIEW_CHARS: usize = 80;

/// A note's first line, cut short at the end of a word, with an ellipsis if anything was
/// left out.
pub(super) fn preview(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default();
    let more_lines = text.lines().nth(1).is_some();
    let (mut preview, cut) = match line.char_indices().nth(NOTE_PREVIEW_CHARS) {
        None => (line.to_owned(), false),
        Some((limit, _)) => (
            trim_spaces(&line[..cut_before(line, limit)]).to_owned(),
            true,
        ),
    };
    if cut || more_lines {
        preview.push('…');
    }
    preview
}

/// Where to cut `line` so that at most the text before byte `limit` is kept (`limit` is
/// a char boundary inside the line): before the last space that leaves a word, else (one
/// word longer than the preview) at the last boundary between user-perceived characters.
fn cut_before(line: &str, limit: usize) -> usize {
    let upto = || line.char_indices().take_while(move |&(i, _)| i <= limit);
    let at_word_end = upto()
        .filter(|&(i, c)| breaks_words(c) && !trim_spaces(&line[..i]).is_empty())
        .map(|(i, _)| i)
        .last();
    // Back from the limit to a boundary between characters as the reader sees them;
    // should none be found (a run of combining marks), forward to the next one.
    at_word_end
        .or_else(|| {
            upto()
                .map(|(i, _)| i)
                .filter(|&i| i > 0 && between_graphemes(line, i))
                .last()
        })
        .or_else(|| {
            line.char_indices()
                .map(|(i, _)| i)
                .find(|&i| i > limit && between_graphemes(line, i))
        })
        .unwrap_or(line.len())
}

/// `text` without the spaces between words at its end (a no-break space stays).
fn trim_spaces(text: &str) -> &str {
    text.trim_end_matches(breaks_words)
}

/// A character between words: white space, but not the no-break spaces that keep
/// "10 km" or "Art. 5" together.
fn breaks_words(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{00A0}' | '\u{2007}' | '\u{202F}')
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use proptest::test_runner::{Config, RngSeed};

    use super::*;

    /// User-perceived characters, several of them more than one code point: what a
    /// professional types into a note on a phone.
    const CLUSTERS: &[&str] = &[
        "a",
        "e",
        "n",
        "s",
        "t",
        "ĳ",
        "e\u{0301}",                                                // é, decomposed
        "👍🏽",                                                       // a skin tone
        "🇳🇱",                                                       // a flag
        "👨\u{200D}👩\u{200D}👧",                                   // a family
        "❤\u{FE0F}",                                                // a heart as emoji
        "1\u{FE0F}\u{20E3}",                                        // a keycap
        "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}", // a tagged flag
        ".",
        ",",
    ];

    /// A note as words of clusters, each word with what follows it (a space, a
    /// newline); the first line's cluster boundaries and word ends kept as byte offsets.
    #[derive(Debug, Clone)]
    struct Note {
        text: String,
        first_line: String,
        boundaries: Vec<usize>,
        word_ends: Vec<usize>,
    }

    fn note(max_word: usize) -> impl Strategy<Value = Note> {
        let word = prop::collection::vec(prop::sample::select(CLUSTERS), 1..=max_word);
        let separator = prop::sample::select(&[" ", " ", " ", "  ", "\n", "\u{00A0}"][..]);
        prop::collection::vec((word, separator), 1..40).prop_map(|words| {
            let mut note = Note {
                text: String::new(),
                first_line: String::new(),
                boundaries: vec![0],
                word_ends: Vec::new(),
            };
            let mut in_first_line = true;
            for (clusters, separator) in words {
                for cluster in clusters {
                    note.text.push_str(cluster);
                    if in_first_line {
                        note.first_line.push_str(cluster);
                        note.boundaries.push(note.first_line.len());
                    }
                }
                if in_first_line {
                    if separator == "\u{00A0}" {
                        // A no-break space joins two words into one.
                        note.first_line.push_str(separator);
                        note.boundaries.push(note.first_line.len());
                    } else {
                        note.word_ends.push(note.first_line.len());
                        if separator == "\n" {
                            in_first_line = false;
                        } else {
                            note.first_line.push_str(separator);
                            note.boundaries.push(note.first_line.len());
                        }
                    }
                }
                note.text.push_str(separator);
            }
            if in_first_line {
                // The text ends with its separator: the line's own end is a word end.
                let trimmed = trim_spaces(&note.first_line).len();
                note.word_ends.push(trimmed);
            }
            note
        })
    }

    fn config() -> Config {
        Config {
            cases: 512,
            failure_persistence: None,
            rng_seed: RngSeed::Fixed(21),
            ..Config::default()
        }
    }

    fn shown(preview: &str) -> &str {
        preview.strip_suffix('…').unwrap_or(preview)
    }

    proptest! {
        #![proptest_config(config())]

        /// A first word shorter than the preview: it ends at the end of a word, holds as
        /// many words as fit, and says with an ellipsis when anything was left out.
        #[test]
        fn a_preview_ends_at_the_end_of_a_word(note in note(10)) {
            let preview = preview(&note.text);
            let kept = shown(&preview);
            prop_assert!(note.first_line.starts_with(kept), "{preview:?} is not the start of {:?}", note.first_line);
            prop_assert!(kept.chars().count() <= NOTE_PREVIEW_CHARS);
            let whole = trim_spaces(&note.first_line);
            let first_word_fits = note.first_line[..note.word_ends[0]].chars().count() <= NOTE_PREVIEW_CHARS;
            if first_word_fits && kept.len() < whole.len() {
                prop_assert!(note.word_ends.contains(&kept.len()), "{preview:?} ends inside a word of {:?}", note.first_line);
                prop_assert!(!kept.is_empty());
                // No further word would have fitted.
                let next_end = note.word_ends.iter().find(|&&end| end > kept.len()).copied().unwrap_or(whole.len());
                prop_assert!(note.first_line[..next_end].chars().count() > NOTE_PREVIEW_CHARS,
                    "{preview:?} leaves out a word that fits in {:?}", note.first_line);
            }
            let complete = kept.len() >= whole.len() && !note.text.trim_end().contains('\n');
            prop_assert_eq!(preview.ends_with('…'), !complete, "{:?} from {:?}", preview, note.text);
        }

        /// Any words, also one longer than the preview: never a broken emoji or letter.
        #[test]
        fn a_preview_never_cuts_inside_a_character(note in note(120)) {
            let preview = preview(&note.text);
            let kept = shown(&preview);
            prop_assert!(note.first_line.starts_with(kept));
            prop_assert!(note.boundaries.contains(&kept.len()), "{preview:?} cuts a character of {:?}", note.first_line);
            prop_assert!(kept.chars().count() <= NOTE_PREVIEW_CHARS);
        }
    }

    #[test]
    fn a_short_note_is_shown_whole_and_a_second_line_is_announced() {
        assert_eq!(preview("Moeder belt"), "Moeder belt");
        assert_eq!(preview("Moeder belt\nzoon niet thuis"), "Moeder belt…");
    }
}
