//! What the shells must do on the platform after an event.

use serde::Serialize;

use super::UserText;

/// A platform action the core asks for. Shells carry these out, in order, on the main
/// thread, and do nothing else. Never log one: `Share` holds case data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum Effect {
    /// Open the phone app with this number filled in (Android `ACTION_DIAL`, iOS
    /// `tel:` URL); the user still presses call, so no call permission is needed.
    Dial {
        /// E.g. `tel:+31135498430`.
        tel_uri: String,
    },
    /// Open the share sheet with this text (after the user confirmed the export).
    Share {
        /// A subject line for apps that use one.
        subject: UserText,
        /// The text to share.
        text: UserText,
    },
    /// The vault was locked: drop anything sensitive the platform holds (clipboard
    /// the app set, text field state).
    Locked,
    /// Quick exit: hide the app at once (Android: move the task to the back; iOS
    /// shows the neutral screen the view already describes).
    HideApp,
    /// Everything was erased: reset platform state (launcher alias, key material).
    Wiped,
    /// Show the neutral (discreet) or the normal launcher icon and name.
    SetLauncherDiscreet {
        /// Whether the neutral launcher entry is the one shown.
        discreet: bool,
    },
}
