//! Text that is case data: what the user typed, or a case worded for them.

use std::fmt;
use std::ops::Deref;

use serde::Serialize;
use zeroize::Zeroize;

/// What the user typed, or case data worded for them (a note, a label, an export).
///
/// Its `Debug` shows only its length, and it is wiped from memory when dropped. In
/// Kotlin and Swift it is a plain `String`: never log it, nor the generated
/// `toString()` / `description` of an `Event`, `Effect` or view that holds it.
#[derive(Clone, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct UserText(String);

impl UserText {
    /// The text, moved out (what is left behind is empty, so nothing stays to wipe).
    pub fn into_string(mut self) -> String {
        std::mem::take(&mut self.0)
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Drop for UserText {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl fmt::Debug for UserText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<{} chars>", self.0.chars().count())
    }
}

impl Deref for UserText {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<String> for UserText {
    fn from(text: String) -> Self {
        Self(text)
    }
}

impl From<&str> for UserText {
    fn from(text: &str) -> Self {
        Self(text.to_owned())
    }
}

impl PartialEq<str> for UserText {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for UserText {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

#[cfg(feature = "ffi")]
uniffi::custom_type!(
    /// What the user typed, or case data worded for them: never log it, nor the
    /// `toString()` / `description` of an event, effect or view that holds it.
    UserText, String, {
    lower: |text| text.into_string(),
    try_lift: |text| Ok(UserText::from(text)),
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_shows_the_length_only() {
        let text = UserText::from("Zoon brengt pakketjes rond");
        let debug = format!("{text:?}");
        assert_eq!(debug, "<26 chars>");
    }
}
