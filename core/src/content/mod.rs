//! The card as data: the Dutch source text, its English translation, the contacts and
//! the provenance record, embedded at build time and validated when loaded.

mod afwegingskader;
mod card;
mod contacts;
mod phone;
mod provenance;
mod validate;

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use thiserror::Error;

use crate::Language;
use crate::discreet::Discretion;

pub use afwegingskader::{AfwegingQuestion, Afwegingskader, Outcome, OutcomeKind};
pub use card::{
    Card, Conversation, ConversationPoint, CoordinatorSection, Expert, Meldcode, MeldcodeStep,
    Signal, SignalsSection, TextSection,
};
pub use contacts::{Contact, ContactText};
pub use phone::{Dialable, PhoneError, PhoneNumber};
pub use provenance::{
    Bilingual, Correction, DiscreetName, Fact, FactPlace, KeptForm, Provenance, TranslationNote,
};

const NL_JSON: &str = include_str!("../../content/nl.json");
const EN_JSON: &str = include_str!("../../content/en.json");
const CONTACTS_JSON: &str = include_str!("../../content/contacts.json");
const PROVENANCE_JSON: &str = include_str!("../../content/provenance.json");
const DISCREET_JSON: &str = include_str!("../../content/discreet.json");

/// The id of a contact, e.g. `zorgcoordinator`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(transparent)]
pub struct ContactId(pub String);

impl fmt::Display for ContactId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Where a fact was found: on the card itself, or in a public source checked on a date.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The publisher or document.
    pub name: String,
    /// Where to read it, if it is online.
    pub url: Option<String>,
    /// When the fact was last checked against the source; `None` for what is read off
    /// the card (its date is the transcription's, in the provenance).
    #[serde(default)]
    pub verified_on: Option<chrono::NaiveDate>,
    /// The fact is printed on the card: its source line says "from the card", not
    /// "checked on".
    #[serde(default)]
    pub from_card: bool,
}

impl Source {
    /// Whether the source is either the card (no date) or a dated public source.
    pub(crate) fn is_well_formed(&self) -> bool {
        !self.name.trim().is_empty()
            && match (self.from_card, self.verified_on) {
                (true, None) => self.url.is_none(),
                (false, Some(_)) => self
                    .url
                    .as_deref()
                    .is_none_or(|u| u.starts_with("https://")),
                _ => false,
            }
    }
}

/// The embedded content failed to load. This is a build defect, caught by the tests;
/// a shell that sees it should report a broken install, not retry.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum ContentError {
    /// A content file is not valid JSON of the expected shape.
    #[error("content file {file} does not parse: {message}")]
    Parse {
        /// The embedded file.
        file: &'static str,
        /// The parser's message.
        message: String,
    },
    /// The files parse but break a rule (a missing translation, an unknown contact, a
    /// refused number, a wrong count).
    #[error("content is inconsistent: {0}")]
    Structure(String),
}

/// The JSON sources of the content.
#[derive(Debug, Clone)]
pub struct Sources {
    /// The Dutch card, afwegingskader and contact texts.
    pub nl: String,
    /// The English translation of the same.
    pub en: String,
    /// The contacts' numbers and sources.
    pub contacts: String,
    /// The provenance record.
    pub provenance: String,
    /// What each string tells an onlooker in discreet mode.
    pub discreet: String,
}

impl Sources {
    /// The sources embedded in this build.
    pub fn embedded() -> Self {
        Self {
            nl: NL_JSON.to_owned(),
            en: EN_JSON.to_owned(),
            contacts: CONTACTS_JSON.to_owned(),
            provenance: PROVENANCE_JSON.to_owned(),
            discreet: DISCREET_JSON.to_owned(),
        }
    }
}

/// Everything one language holds.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct LocalizedFile {
    language: Language,
    card: Card,
    afwegingskader: Afwegingskader,
    contacts: BTreeMap<String, ContactText>,
}

/// The validated content: the card in every language, the contacts and the provenance.
#[derive(Debug, Clone)]
pub struct Content {
    nl: LocalizedFile,
    en: LocalizedFile,
    contacts: Vec<Contact>,
    provenance: Provenance,
    discretion: Discretion,
}

fn parse<T: for<'de> Deserialize<'de>>(file: &'static str, json: &str) -> Result<T, ContentError> {
    serde_json::from_str(json).map_err(|e| ContentError::Parse {
        file,
        message: e.to_string(),
    })
}

impl Content {
    /// Parses and validates the content embedded in this build.
    pub fn embedded() -> Result<Self, ContentError> {
        Self::from_sources(&Sources::embedded())
    }

    /// Parses and validates content from its JSON sources; tests use this to check
    /// that broken content is refused.
    pub fn from_sources(sources: &Sources) -> Result<Self, ContentError> {
        let nl: LocalizedFile = parse("nl.json", &sources.nl)?;
        let en: LocalizedFile = parse("en.json", &sources.en)?;
        let contacts: contacts::ContactsFile = parse("contacts.json", &sources.contacts)?;
        let provenance: Provenance = parse("provenance.json", &sources.provenance)?;
        let contacts = contacts
            .contacts
            .into_iter()
            .map(contacts::RawContact::validate)
            .collect::<Result<Vec<_>, _>>()?;
        // The classification covers the sources as written: every string, by its path.
        let discretion = Discretion::load(
            &sources.discreet,
            &parse("nl.json", &sources.nl)?,
            &parse("en.json", &sources.en)?,
            &parse("contacts.json", &sources.contacts)?,
            &parse("provenance.json", &sources.provenance)?,
        )
        .and_then(|discretion| {
            discretion.check_recorded(&provenance.discreet_names)?;
            Ok(discretion)
        })
        .map_err(|e| ContentError::Structure(format!("discreet.json: {e}")))?;
        let content = Self {
            nl,
            en,
            contacts,
            provenance,
            discretion,
        };
        validate::check(&content)?;
        Ok(content)
    }

    fn localized(&self, language: Language) -> &LocalizedFile {
        match language {
            Language::Nl => &self.nl,
            Language::En => &self.en,
        }
    }

    /// The card in `language`.
    pub fn card(&self, language: Language) -> &Card {
        &self.localized(language).card
    }

    /// The afwegingskader in `language`.
    pub fn afwegingskader(&self, language: Language) -> &Afwegingskader {
        &self.localized(language).afwegingskader
    }

    /// Every contact, in the order of `contacts.json`.
    pub fn contacts(&self) -> &[Contact] {
        &self.contacts
    }

    /// The contact with `id`, if there is one.
    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id.0 == id)
    }

    /// A contact's name and note in `language`; `None` for an unknown id.
    pub fn contact_text(&self, language: Language, id: &str) -> Option<&ContactText> {
        self.localized(language).contacts.get(id)
    }

    /// Discreet mode's policy over this content.
    pub fn discretion(&self) -> &Discretion {
        &self.discretion
    }

    /// The provenance record.
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }

    /// The facts not on the card that are shown at `place`, in the provenance's order.
    pub fn facts_at<'a>(&'a self, place: &'a FactPlace) -> impl Iterator<Item = &'a Fact> + 'a {
        self.provenance
            .facts
            .iter()
            .filter(move |fact| fact.shown_with.contains(place))
    }

    /// Whether `id` names a signal of the card.
    pub fn has_signal(&self, id: &str) -> bool {
        self.nl.card.signals.items.iter().any(|s| s.id == id)
    }

    /// The signal ids in the card's order.
    pub fn signal_ids(&self) -> impl Iterator<Item = &str> {
        self.nl.card.signals.items.iter().map(|s| s.id.as_str())
    }

    /// The number of meldcode steps (five on this card).
    pub fn step_count(&self) -> u8 {
        // Validation guarantees five steps numbered 1..=5.
        self.nl.card.meldcode.steps.len() as u8
    }

    /// Whether `expert_id` is named at meldcode step `step`.
    pub fn step_names_expert(&self, step: u8, expert_id: &str) -> bool {
        self.nl
            .card
            .meldcode
            .steps
            .iter()
            .any(|s| s.number == step && s.experts.iter().any(|e| e.id == expert_id))
    }

    /// The number of afwegingskader questions (five).
    pub fn question_count(&self) -> u8 {
        self.nl.afwegingskader.questions.len() as u8
    }
}
