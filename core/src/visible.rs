//! What of a typed text a reader can see.

/// Whether `text` shows nothing: only white space and characters that take no room
/// (Unicode's default-ignorable code points: zero-width spaces and joiners, the
/// byte-order mark, the soft hyphen, variation selectors, invisible format controls).
/// A label or a name made of them looks empty on every screen, so it is refused as empty.
pub(crate) fn shows_nothing(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_whitespace() || default_ignorable(c))
}

/// `Default_Ignorable_Code_Point` (Unicode's DerivedCoreProperties.txt).
fn default_ignorable(c: char) -> bool {
    matches!(
        u32::from(c),
        0x00AD
            | 0x034F
            | 0x061C
            | 0x115F..=0x1160
            | 0x17B4..=0x17B5
            | 0x180B..=0x180F
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x206F
            | 0x3164
            | 0xFE00..=0xFE0F
            | 0xFEFF
            | 0xFFA0
            | 0xFFF0..=0xFFF8
            | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A
            | 0xE0000..=0xE0FFF
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_show_nothing_and_any_visible_one_does() {
        for blank in [
            "",
            " \t",
            "\u{FEFF}",
            "\u{200B}\u{200B}",
            "\u{200D} \u{FE0F}",
            "\u{00AD}",
        ] {
            assert!(shows_nothing(blank), "{blank:?}");
        }
        for shown in ["a", "\u{200B}B.", "👍", "\u{FEFF}1", "Zoë"] {
            assert!(!shows_nothing(shown), "{shown:?}");
        }
    }
}
