//! Where the content comes from and what was changed in transcribing it.

use serde::Deserialize;

use super::{ContactId, Source};
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
    /// The paper card this content transcribes, named in each language.
    pub source_document: Bilingual,
    /// When the card was transcribed.
    pub transcribed_on: chrono::NaiveDate,
    /// The policy the transcription follows: the card's spelling is kept, only evident
    /// typos are corrected.
    pub spelling_policy: Bilingual,
    /// Every evident typo of the card that the transcription corrected.
    pub corrections: Vec<Correction>,
    /// Forms that differ from standard spelling but are no evident typo, kept as on the
    /// card.
    pub kept: Vec<KeptForm>,
    /// Where the English translation says more or less than the Dutch card, and why.
    pub translation: Vec<TranslationNote>,
    /// Layout choices that change no words (capitals, line breaks).
    pub presentation: Vec<Bilingual>,
    /// Facts that are not on the card, each with its sources, and where they are shown.
    pub facts: Vec<Fact>,
    /// The neutral names discreet mode shows for the card's revealing headings, titles
    /// and contacts, and why each is one a professional still recognises.
    pub discreet_names: Vec<DiscreetName>,
}

/// A neutral name of discreet mode, as `content/discreet.json` gives it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DiscreetName {
    /// The classification's paths of the texts it replaces.
    pub paths: Vec<String>,
    /// The neutral name.
    pub neutral: Bilingual,
    /// Why it says nothing of the subject and what still makes it recognisable.
    pub reason: Bilingual,
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

/// A form of the card kept as printed, though standard spelling writes it otherwise.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeptForm {
    /// The card's text, as the app shows it too.
    pub text: String,
    /// How often the card has it.
    pub occurrences: usize,
    /// What standard spelling would write, and why the card's form is kept.
    pub reason: Bilingual,
}

/// A choice of the English translation that is not word for word.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationNote {
    /// The Dutch card's text.
    pub nl: String,
    /// The English text.
    pub en: String,
    /// What the translation adds or leaves out, and why.
    pub note: Bilingual,
}

/// Where a fact that is not on the card is shown.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FactPlace {
    /// With the afwegingskader.
    Afwegingskader,
    /// With the meldcode's steps.
    Meldcode,
    /// On the contacts screen, about calling from the app.
    Calls,
    /// With one contact's note.
    Contact(ContactId),
    /// In the note editor, with the choice of what a note is.
    Notes,
}

/// A fact that is not on the card: its text in both languages and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// Stable id.
    pub id: String,
    /// A short name, used where its sources are listed.
    pub topic: Bilingual,
    /// The fact as the app states it.
    pub text: Bilingual,
    /// Where it is shown.
    pub shown_with: Vec<FactPlace>,
    /// The pages that support it, each with the date it was checked.
    pub sources: Vec<Source>,
    /// The app's own advice, drawn from how the platform works rather than stated by an
    /// organisation: labelled as the app's note.
    #[serde(default)]
    pub app_note: bool,
}
