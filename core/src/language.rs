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

    /// The language to start in on a device whose preferred languages are `tags` (BCP 47
    /// or POSIX, most preferred first): the first one the app speaks, whatever its region
    /// or script ("nl-BE", "en_GB"); Dutch, the card's own language, if none is.
    pub fn from_preferred<S: AsRef<str>>(tags: &[S]) -> Self {
        tags.iter()
            .find_map(|tag| {
                let primary = tag.as_ref().split(['-', '_']).next().unwrap_or_default();
                Self::from_tag(&primary.to_ascii_lowercase())
            })
            .unwrap_or_default()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_preferred_language_the_app_speaks_wins_whatever_its_region() {
        assert_eq!(
            Language::from_preferred(&["fy-NL", "en-GB", "nl"]),
            Language::En
        );
        assert_eq!(Language::from_preferred(&["NL_be"]), Language::Nl);
        assert_eq!(Language::from_preferred(&["de-DE", "en"]), Language::En);
    }

    #[test]
    fn a_device_without_dutch_or_english_starts_in_dutch() {
        assert_eq!(Language::from_preferred(&["tr-TR", "ar"]), Language::Nl);
        assert_eq!(Language::from_preferred::<&str>(&[]), Language::Nl);
        assert_eq!(
            Language::from_preferred(&["", "-", "english"]),
            Language::Nl
        );
    }
}
