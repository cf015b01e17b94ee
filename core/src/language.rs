//! The languages the app speaks.

use serde::{Deserialize, Serialize};

/// A language the content and the interface are available in.
///
/// Dutch is the source: the card is Dutch, English is a translation of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum Language {
    /// Dutch, the language of the card.
    #[default]
    Nl,
    /// English, a translation of the card.
    En,
}

impl Language {
    /// Every language, Dutch first.
    pub const ALL: [Language; 2] = [Language::Nl, Language::En];

    /// The BCP 47 tag, as used by Fluent and in stored settings.
    pub fn tag(self) -> &'static str {
        match self {
            Language::Nl => "nl",
            Language::En => "en",
        }
    }

    /// Parses a stored tag; `None` for anything but `nl` or `en`.
    pub fn from_tag(tag: &str) -> Option<Self> {
        match tag {
            "nl" => Some(Language::Nl),
            "en" => Some(Language::En),
            _ => None,
        }
    }
}
