//! Preferences that must be known before the vault is unlocked: language, discreet
//! mode, auto-lock time and whose zorgcoördinator a call rings.
//!
//! They live in a small plain file next to the vault, because the locked app must
//! already speak the right language, look discreet and call the right coordinator.
//! None of them is case data: the coordinator is a public professional number.
//!
//! The file carries a CRC-32 of the preferences, so damage that still parses (a flipped
//! bit in a digit or a name) is told apart from a valid file. A damaged file is read as
//! the safe choice, discreet mode on, never as the defaults that show what the app is;
//! it is left as it is until the user saves a preference, which replaces it.

use std::io::ErrorKind;
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
#[serde(deny_unknown_fields)]
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

/// Whose zorgcoördinator the app calls. Until the user chose, the card's: it is the
/// number the paper card prints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub(crate) enum CoordinatorChoice {
    /// Not asked yet: the home screen offers the question.
    NotAsked,
    /// Asked, and the user left the question without answering: not asked again; the
    /// settings still offer the choice.
    Postponed,
    /// The coordinator on the card, chosen.
    Card,
    /// The user's own, chosen.
    Own(OwnCoordinator),
}

impl CoordinatorChoice {
    /// The own coordinator, if chosen.
    pub fn own(&self) -> Option<&OwnCoordinator> {
        match self {
            CoordinatorChoice::Own(own) => Some(own),
            _ => None,
        }
    }
}

/// The preferences and where they are kept. Every field must be in the file: one that
/// is missing or unknown is damage, not a reason to fall back to a default.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Preferences {
    pub language: Language,
    pub discreet: bool,
    pub auto_lock_minutes: u32,
    pub coordinator: CoordinatorChoice,
}

/// The preferences as written before the coordinator was a choice: an own coordinator
/// or none. Read once, then saved in the current shape.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PreferencesV1 {
    language: Language,
    discreet: bool,
    auto_lock_minutes: u32,
    coordinator: Option<OwnCoordinator>,
}

impl From<PreferencesV1> for Preferences {
    /// An own coordinator set before is the user's choice; without one, the user was
    /// never asked.
    fn from(old: PreferencesV1) -> Self {
        Self {
            language: old.language,
            discreet: old.discreet,
            auto_lock_minutes: old.auto_lock_minutes,
            coordinator: old
                .coordinator
                .map_or(CoordinatorChoice::NotAsked, CoordinatorChoice::Own),
        }
    }
}

/// The file: the preferences and the CRC-32 of their compact JSON.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored<P> {
    preferences: P,
    crc32: u32,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            language: Language::Nl,
            discreet: false,
            auto_lock_minutes: 5,
            coordinator: CoordinatorChoice::NotAsked,
        }
    }
}

impl Preferences {
    pub fn path(dir: &Path) -> PathBuf {
        dir.join(FILE)
    }

    /// Reads the preferences, and says whether the file was damaged.
    ///
    /// No file on the `first_run` (no vault yet): the defaults in `device_language`.
    /// A file that cannot be read or does not hold valid preferences, or none next to a
    /// vault (it is written when the vault is made): discreet mode on,
    /// `device_language`, the rest default; the file is not touched.
    pub fn load(dir: &Path, device_language: Language, first_run: bool) -> (Self, bool) {
        let bytes = match std::fs::read(Self::path(dir)) {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == ErrorKind::NotFound && first_run => {
                let defaults = Self {
                    language: device_language,
                    ..Self::default()
                };
                return (defaults, false);
            }
            // Gone next to a vault, a directory in its place, no permission: as good as
            // damaged.
            Err(_) => Vec::new(),
        };
        match Self::parse(&bytes) {
            Some(prefs) => (prefs, false),
            None => (Self::fail_safe(device_language), true),
        }
    }

    /// What is used when the preferences cannot be trusted: discreet, in the device's
    /// language, the rest as on a first run.
    pub fn fail_safe(device_language: Language) -> Self {
        Self {
            language: device_language,
            discreet: true,
            ..Self::default()
        }
    }

    /// The preferences in `bytes`, if they are whole and every value is one offered.
    fn parse(bytes: &[u8]) -> Option<Self> {
        let prefs = Self::parse_current(bytes).or_else(|| Self::parse_v1(bytes))?;
        let coordinator_ok = prefs.coordinator.own().is_none_or(|c| c.number().is_some());
        (AUTO_LOCK_MINUTES.contains(&prefs.auto_lock_minutes) && coordinator_ok).then_some(prefs)
    }

    /// The current shape, whole (its checksum matches).
    fn parse_current(bytes: &[u8]) -> Option<Self> {
        let stored = serde_json::from_slice::<Stored<Self>>(bytes).ok()?;
        (stored.preferences.crc32()? == stored.crc32).then_some(stored.preferences)
    }

    /// The shape before the coordinator choice, with its checksum or from before the
    /// checksum; the next save writes the current shape.
    fn parse_v1(bytes: &[u8]) -> Option<Self> {
        let old = match serde_json::from_slice::<Stored<PreferencesV1>>(bytes) {
            Ok(stored) => {
                let json = serde_json::to_vec(&stored.preferences).ok()?;
                (crc32(&json) == stored.crc32).then_some(stored.preferences)?
            }
            Err(_) => serde_json::from_slice::<PreferencesV1>(bytes).ok()?,
        };
        Some(old.into())
    }

    fn crc32(&self) -> Option<u32> {
        serde_json::to_vec(self).ok().map(|json| crc32(&json))
    }

    /// Writes the preferences atomically, replacing the file (a damaged one too).
    pub fn save(&self, dir: &Path) -> std::io::Result<()> {
        let crc32 = self
            .crc32()
            .ok_or_else(|| std::io::Error::other("preferences do not serialise"))?;
        let stored = Stored {
            preferences: self,
            crc32,
        };
        let json = serde_json::to_vec_pretty(&stored).map_err(std::io::Error::other)?;
        write_atomically(dir, FILE, &json)
    }
}

/// CRC-32 (IEEE 802.3), bit by bit: the file is a few hundred bytes, read once. It
/// catches every single flipped bit and every burst of up to 32.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in bytes {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            let low_bit_mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & low_bit_mask);
        }
    }
    !crc
}

#[cfg(test)]
mod tests;
