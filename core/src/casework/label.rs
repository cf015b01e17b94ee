//! The short label that identifies a case for its professional.

use std::fmt;

use zeroize::{Zeroize, ZeroizeOnDrop};

use super::CaseworkError;

/// The longest label accepted. Labels are meant to be short and not a full name
/// (e.g. "gezin B., wijk Noord"); the UI advises so.
pub const MAX_LABEL_CHARS: usize = 60;

/// A validated case label: one line, trimmed, 1 to [`MAX_LABEL_CHARS`] characters, at
/// least one of them visible (not only zero-width or other invisible characters).
///
/// Case data: wiped from memory when dropped (and by [`Zeroize`], which leaves it
/// empty, to be dropped).
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CaseLabel(String);

impl CaseLabel {
    /// Validates a label as typed.
    pub fn new(input: &str) -> Result<Self, CaseworkError> {
        let trimmed = input.trim();
        if crate::visible::shows_nothing(trimmed) {
            return Err(CaseworkError::EmptyLabel);
        }
        if trimmed.chars().any(char::is_control) {
            return Err(CaseworkError::LabelNotOneLine);
        }
        if trimmed.chars().count() > MAX_LABEL_CHARS {
            return Err(CaseworkError::LabelTooLong {
                max: MAX_LABEL_CHARS,
            });
        }
        Ok(Self(trimmed.to_owned()))
    }

    /// The label text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Zeroize for CaseLabel {
    fn zeroize(&mut self) {
        self.0.zeroize();
    }
}

impl Drop for CaseLabel {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl ZeroizeOnDrop for CaseLabel {}

/// Labels are case data: `Debug` shows their length only, so they never reach a log.
impl fmt::Debug for CaseLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CaseLabel(<{} chars>)", self.0.chars().count())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_trimmed_single_lines_of_bounded_length() {
        let max = "x".repeat(MAX_LABEL_CHARS);
        let over = "x".repeat(MAX_LABEL_CHARS + 1);
        let cases: [(&str, Result<&str, CaseworkError>); 9] = [
            ("  gezin B.  ", Ok("gezin B.")),
            ("Zoë, wijk Noord", Ok("Zoë, wijk Noord")),
            (&max, Ok(&max)),
            ("", Err(CaseworkError::EmptyLabel)),
            (" \t ", Err(CaseworkError::EmptyLabel)),
            ("\u{FEFF}\u{200B}", Err(CaseworkError::EmptyLabel)),
            (" \u{200D}\u{2060} ", Err(CaseworkError::EmptyLabel)),
            ("twee\nregels", Err(CaseworkError::LabelNotOneLine)),
            (
                &over,
                Err(CaseworkError::LabelTooLong {
                    max: MAX_LABEL_CHARS,
                }),
            ),
        ];
        for (input, expected) in cases {
            let got = CaseLabel::new(input);
            assert_eq!(
                got.as_ref().map(CaseLabel::as_str),
                expected.as_ref().map(|s| *s),
                "{input:?}"
            );
        }
    }

    #[test]
    fn zeroizing_empties_the_label() {
        let mut label = CaseLabel::new("gezin Jansen").expect("valid");
        label.zeroize();
        assert_eq!(label.as_str(), "");
    }

    #[test]
    fn debug_hides_the_label() {
        let label = CaseLabel::new("gezin Jansen").expect("valid");
        let debug = format!("{label:?}");
        assert!(!debug.contains("Jansen"), "{debug}");
        assert!(debug.contains("12 chars"), "{debug}");
    }
}
