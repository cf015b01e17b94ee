//! What came of an event, typed: what was done, or why it was refused. The views word
//! both for the user (`views/wording.rs`).

use std::sync::Arc;

use crate::casework::CaseworkError;
use crate::content::PhoneError;
use crate::vault::VaultError;

/// The notice an event leaves: a confirmation or a refusal.
pub(crate) type Outcome = Result<Done, Refusal>;

/// Something the user asked for was done, and is confirmed in a notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Done {
    /// The quick checklist's ticks went into a case; `count` were new there.
    ChecklistSaved {
        count: usize,
    },
    /// Cases past their retention were erased at unlock.
    Purged {
        count: usize,
    },
    /// At unlock, `count` cases will be erased within `EXPIRY_NOTICE_DAYS`; the notice
    /// offers to keep them (`Session::expiring`).
    ExpiringSoon {
        count: usize,
    },
    /// The user kept `count` cases that were soon to be erased: erased in `days` now.
    CasesKept {
        count: usize,
        days: u16,
    },
    /// An unclean shutdown left a damaged log; a copy was kept (see `vault::Unlocked`).
    LogKept,
    /// The log could not be used at all: it was set aside (kept) and the vault opened as
    /// last checkpointed; changes after `since` (the newest change found) may be missing.
    LogSetAside {
        since: Option<chrono::DateTime<chrono::Utc>>,
    },
    /// A damaged or edited header slot was replaced by the authentic copy
    /// (`vault::Finding::HeaderCopyRestored`).
    HeaderRestored,
    /// The platform's count of wrong PINs could not be read; the vault's own count
    /// stands (`vault::Finding::PlatformCountUnreadable`).
    CountUnreadable,
    NoteSaved,
    /// The biometric unlock was turned on, or off.
    BiometricsOn,
    BiometricsOff,
    /// A signal was unticked in a case (its notice offers it back).
    SignalRemoved,
    /// When a signal was seen, or its remark, was saved (its notice offers the old
    /// back).
    SignalDetailSaved,
    /// The quick checklist was cleared of `count` ticks (its notice offers them back).
    ChecklistCleared {
        count: usize,
    },
    /// What the last notice offered back is back.
    Restored,
    /// The work kept in the vault at the last lock (quick checklist, a half-typed
    /// label or remark) is back.
    WorkRestored,
    NoteDeleted,
    CaseDeleted,
    PinChanged,
    CoordinatorSaved,
    CoordinatorCleared,
    /// The card's coordinator chosen in the first-use question.
    CoordinatorCardChosen,
    Wiped,
    /// Typed text was taken with `count` invisible control characters shown as U+FFFD.
    ControlsReplaced {
        count: usize,
    },
    /// A note being written when the vault locked was too long for one note and was
    /// saved as `count` notes (said after the unlock).
    NoteKeptAsNotes {
        count: usize,
    },
}

/// An event that could not be carried out. Nothing was changed.
#[derive(Debug, Clone)]
pub(crate) enum Refusal {
    Casework(CaseworkError),
    /// The platform did not make its biometric key: the biometric unlock stays off.
    BiometricsNotOn(crate::vault::BiometricError),
    /// Shared, so a refusal can show on a field and as a notice at once.
    Vault(Arc<VaultError>),
    Phone(PhoneError),
    /// A case id that is not (or no longer) in the vault.
    UnknownCase,
    /// A note id that is not (or no longer) in the vault.
    UnknownNote,
    /// A contact id that is not in the content.
    UnknownContact,
    /// The contact has no number to call.
    NoNumber,
    /// The device could not open a phone app for the call; `number` as shown, to dial
    /// by hand.
    NoDialer {
        number: String,
    },
    /// Saving or clearing an empty quick checklist.
    EmptyChecklist,
    /// An undo with nothing (any more) to take back.
    NothingToUndo,
    /// The work in progress could not be kept in the vault at a lock, or not read back
    /// (the quick checklist then stayed in memory).
    WorkNotKept,
    /// When a signal was seen cannot be read (the moment typed).
    Seen(super::seen::SeenError),
    /// The event does not fit the screen (stale, or sent out of turn).
    NotHere,
    /// The control that sends the event is shown disabled (the PIN pad during a delay,
    /// a save with nothing valid to save).
    NotNow,
    /// A setting outside the offered choices.
    NotOffered,
    CoordinatorNameEmpty,
    CoordinatorNameTooLong {
        max: usize,
    },
    PinsDiffer,
    /// A line break, tab or other control character in a one-line field.
    NotOneLine,
    /// A writing-direction override (U+202E …) in a one-line field.
    DirectionOverride,
    /// The preferences file could not be written.
    Storage,
    /// Handling the event failed inside the app (a defect the FFI caught, see
    /// `App::after_failure`): the view is the app's as it stands.
    Failed,
    /// A note being written when the vault locked could not be saved (whole): only
    /// `saved` notes of it were, the rest is lost. Said after the unlock; the lock
    /// itself went ahead.
    NoteNotKept {
        saved: usize,
    },
    /// The preferences file was damaged or unreadable at start: discreet mode is on,
    /// the device's language is used, and the file is kept until a preference is saved.
    PreferencesUnreadable,
}

impl From<CaseworkError> for Refusal {
    fn from(error: CaseworkError) -> Self {
        Refusal::Casework(error)
    }
}

impl From<VaultError> for Refusal {
    fn from(error: VaultError) -> Self {
        match error {
            VaultError::CaseNotFound => Refusal::UnknownCase,
            VaultError::NoteNotFound => Refusal::UnknownNote,
            other => Refusal::Vault(Arc::new(other)),
        }
    }
}

impl From<PhoneError> for Refusal {
    fn from(error: PhoneError) -> Self {
        Refusal::Phone(error)
    }
}
