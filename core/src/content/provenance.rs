//! Where the content comes from and what was changed in transcribing it.

use serde::Deserialize;

use crate::Language;

/// A text in both languages, for the few notes that are not part of a card file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bilingual {
    /// Dutch.
    pub nl: String,
    /// English.
    pub en: String,
}

impl Bilingual {
    /// The text in `language`.
    pub fn get(&self, language: Language) -> &str {
        match language {
            Language::Nl => &self.nl,
            Language::En => &self.en,
        }
    }
}

/// The content's version and the record of its transcription.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// Changes with every content change; shown on the about screen.
    pub content_version: String,
    /// The paper card this content transcribes.
    pub source_document: String,
    /// When the card was transcribed.
    pub transcribed_on: chrono::NaiveDate,
    /// Every evident typo of the card that the transcription corrected.
    pub corrections: Vec<Correction>,
    /// Layout choices that change no words (capitals, line breaks).
    pub presentation: Vec<Bilingual>,
}

/// One correction of an evident typo on the card.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// The card's text.
    pub original: String,
    /// The app's text.
    pub corrected: String,
    /// How often the card has the typo.
    pub occurrences: usize,
    /// Why this is a typo.
    pub reason: Bilingual,
}
