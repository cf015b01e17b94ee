//! The contacts the app can call: the card's zorgcoördinator and numbers from public
//! sources, each with where it was found and when it was checked.

use serde::Deserialize;

use super::phone::{Dialable, PhoneNumber};
use super::{ContactId, ContentError, Source};

/// How a contact is reached, as stored in `contacts.json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ContactKind {
    /// An ordinary phone number.
    Phone,
    /// The emergency short number 112.
    Emergency,
    /// No number was found in public sources; the app must not make one up.
    NoNumber,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ContactsFile {
    pub(crate) contacts: Vec<RawContact>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawContact {
    id: ContactId,
    number: Option<String>,
    kind: ContactKind,
    #[serde(default)]
    e164: Option<String>,
    #[serde(default)]
    display: Option<String>,
    #[serde(default)]
    tel_uri: Option<String>,
    source: Source,
}

/// A contact's name and note in one language.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContactText {
    /// The organisation or role.
    pub name: String,
    /// When to call, what it costs, how it routes.
    pub note: String,
}

/// A contact with its validated number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    /// Stable id, referred to by the card's experts.
    pub id: ContactId,
    /// How to dial it; `None` where no number was found.
    pub number: Option<Dialable>,
    /// The number as its source prints it.
    pub printed: Option<String>,
    /// Where the number was found and when it was checked.
    pub source: Source,
}

impl Contact {
    /// Parses the number as its source prints it with the phone number library and
    /// checks that the stored forms are the library's. The stored forms spare the app
    /// the library's metadata load (over 100 ms) on the path to the first screen.
    pub fn verify_number(&self) -> Result<(), ContentError> {
        let structure =
            |what: String| ContentError::Structure(format!("contact {}: {what}", self.id));
        match (&self.number, self.printed.as_deref()) {
            (Some(Dialable::Phone(stored)), Some(printed)) => {
                let parsed = PhoneNumber::parse(printed)
                    .map_err(|e| structure(format!("number {printed:?} refused: {e}")))?;
                if &parsed == stored {
                    Ok(())
                } else {
                    Err(structure(format!(
                        "stored {stored:?}, the library says {parsed:?}"
                    )))
                }
            }
            (Some(Dialable::Emergency112), Some("112")) | (None, None) => Ok(()),
            _ => Err(structure("number does not match its kind".into())),
        }
    }
}

impl RawContact {
    /// Validates the stored number against its kind.
    pub(crate) fn validate(self) -> Result<Contact, ContentError> {
        let structure =
            |what: &str| ContentError::Structure(format!("contact {}: {what}", self.id));
        let number = match (self.kind, self.number.as_deref()) {
            (ContactKind::Phone, Some(_)) => {
                let (Some(e164), Some(display), Some(tel_uri)) = (
                    self.e164.clone(),
                    self.display.clone(),
                    self.tel_uri.clone(),
                ) else {
                    return Err(structure(
                        "a phone number needs its e164, display and tel_uri forms",
                    ));
                };
                Some(Dialable::Phone(
                    PhoneNumber::from_stored(e164, display, tel_uri)
                        .ok_or_else(|| structure("stored number forms are malformed"))?,
                ))
            }
            (ContactKind::Emergency, Some("112")) => Some(Dialable::Emergency112),
            (ContactKind::NoNumber, None) => None,
            _ => return Err(structure("number does not match its kind")),
        };
        Ok(Contact {
            id: self.id,
            number,
            printed: self.number,
            source: self.source,
        })
    }
}
