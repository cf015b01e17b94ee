//! Preferences that must be known before the vault is unlocked: language, discreet
//! mode, auto-lock time and the user's own zorgcoördinator.
//!
//! They live in a small plain file next to the vault, because the locked app must
//! already speak the right language, look discreet and call the right coordinator.
//! None of them is case data: the coordinator is a public professional number.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::limits::AUTO_LOCK_MINUTES;
use crate::Language;
use crate::content::PhoneNumber;
use crate::vault::files::write_atomically;

const FILE: &str = "preferences.json";

/// The user's own regional zorgcoördinator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct OwnCoordinator {
    pub name: String,
    pub e164: String,
    pub display: String,
    pub tel_uri: String,
    pub set_on: NaiveDate,
}

impl OwnCoordinator {
    pub fn new(name: &str, number: &PhoneNumber, set_on: NaiveDate) -> Self {
        Self {
            name: name.trim().to_owned(),
            e164: number.e164().to_owned(),
            display: number.display().to_owned(),
            tel_uri: number.tel_uri().to_owned(),
            set_on,
        }
    }

    /// The stored number, if its forms are still well-formed.
    pub fn number(&self) -> Option<PhoneNumber> {
        PhoneNumber::from_stored(
            self.e164.clone(),
            self.display.clone(),
            self.tel_uri.clone(),
        )
    }
}

/// The preferences and where they are kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct Preferences {
    pub language: Language,
    pub discreet: bool,
    pub auto_lock_minutes: u32,
    pub coordinator: Option<OwnCoordinator>,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            language: Language::Nl,
            discreet: false,
            auto_lock_minutes: 5,
            coordinator: None,
        }
    }
}

impl Preferences {
    pub fn path(dir: &Path) -> PathBuf {
        dir.join(FILE)
    }

    /// Reads the preferences; a missing or unreadable file gives the defaults with
    /// `language` (the device's language on first run).
    pub fn load(dir: &Path, language: Language) -> Self {
        std::fs::read(Self::path(dir))
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Self>(&bytes).ok())
            .filter(|prefs| AUTO_LOCK_MINUTES.contains(&prefs.auto_lock_minutes))
            .unwrap_or(Self {
                language,
                ..Self::default()
            })
    }

    /// Writes the preferences atomically.
    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        let json = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        write_atomically(dir, FILE, &json)
    }
}
