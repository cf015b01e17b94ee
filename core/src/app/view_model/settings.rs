//! Settings, confirmations, the PIN pad and the one-message screens.

use serde::Serialize;

use super::{Button, CheckRow, ChoiceGroup, SourcesView, TextField, TextLine};

/// Settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SettingsView {
    /// Dutch or English.
    pub language: ChoiceGroup,
    /// Discreet mode on or off.
    pub discreet: CheckRow,
    /// Explains discreet mode.
    pub discreet_hint: String,
    /// Days after the last change that cases expire (needs an unlocked vault).
    pub retention: Option<ChoiceGroup>,
    /// Idle minutes before the vault locks.
    pub auto_lock: ChoiceGroup,
    /// Wrong PINs before everything is erased (needs an unlocked vault).
    pub max_attempts: Option<ChoiceGroup>,
    /// Heading for the own coordinator.
    pub coordinator_heading: TextLine,
    /// The own coordinator's name.
    pub coordinator_name: TextField,
    /// The own coordinator's number.
    pub coordinator_number: TextField,
    /// Whom the call buttons ring: "Ingesteld op …" for the own coordinator, else
    /// whether the card's number was chosen or is rung until the user chooses.
    pub coordinator_set_on: Option<String>,
    /// Saves the own coordinator.
    pub save_coordinator: Button,
    /// Removes the own coordinator.
    pub clear_coordinator: Option<Button>,
    /// Unlocking by fingerprint or face (needs an unlocked vault).
    pub biometrics: Option<BiometricSettingsView>,
    /// Changes the PIN (when a vault exists).
    pub change_pin: Option<Button>,
    /// Erases everything (after a confirmation).
    pub wipe: Button,
}

/// The biometric unlock in the settings: off by default; turning it on asks for the PIN.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct BiometricSettingsView {
    /// The switch: "Ontgrendelen met vingerafdruk of gezicht".
    pub toggle: CheckRow,
    /// One sentence on what it protects against and what not.
    pub hint: String,
    /// After how many hours the PIN is asked again (while it is on).
    pub hours: Option<ChoiceGroup>,
}

/// The question asked once, from the home screen: whose zorgcoördinator the app calls.
/// The title bar says what it is about; quick exit, back and the call stay in the frame.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CoordinatorQuestionView {
    /// The question: "Welke zorgcoördinator wilt u bellen?", a heading.
    pub question: TextLine,
    /// What the answer decides, that the card's number is rung until then, and that
    /// the settings can change it.
    pub explanation: String,
    /// The card's coordinator with its number: "Zorgcoördinator mensenhandel, 013 549
    /// 8430 (op de kaart)".
    pub card: String,
    /// Chooses the card's coordinator.
    pub choose_card: Button,
    /// Heading over the user's own coordinator.
    pub own_heading: TextLine,
    /// Where to find one's own: the national overview by region (held back in
    /// discreet mode until `show_text`).
    pub where_to_find: Option<String>,
    /// Where the overview comes from, behind one "Bronnen" line.
    pub sources: Option<SourcesView>,
    /// The own coordinator's name.
    pub own_name: TextField,
    /// The own coordinator's number; a refusal says what is wrong under this field.
    pub own_number: TextField,
    /// Saves and chooses the own coordinator.
    pub save_own: Button,
    /// Ends the question without an answer; the card's number is rung until the user
    /// chooses in the settings.
    pub later: Button,
    /// "Tekst tonen", when discreet mode holds text back.
    pub show_text: Option<Button>,
}

/// A confirmation; what is asked is the title bar's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ConfirmView {
    /// What will happen.
    pub text: String,
    /// Does it.
    pub confirm: Button,
    /// Does not.
    pub cancel: Button,
    /// A choice about what confirming does, e.g. the notes in an export (off at first).
    pub option: Option<CheckRow>,
    /// Whether confirming destroys data (the shell styles it as dangerous).
    pub destructive: bool,
}

/// The PIN pad; what the PIN is for is the title bar's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct PinView {
    /// What to do.
    pub instruction: String,
    /// What the PIN protects and what forgetting it costs (first use), or what to do
    /// when it is forgotten (unlock).
    pub explanation: Option<String>,
    /// How many digits have been entered (the digits themselves never leave the core).
    pub entered: u32,
    /// The count worded for a screen reader, e.g. "3 cijfers ingevoerd".
    pub entered_label: String,
    /// The keys: 1–9, backspace, 0, confirm.
    pub keys: Vec<Button>,
    /// Why the last PIN was refused. Reserve its space: the keys must never move when
    /// it appears (a moved key is a mistap that counts toward the wipe).
    pub error: Option<String>,
    /// "Nog 7 pogingen" after wrong PINs (the error then says no count).
    pub attempts: Option<String>,
    /// "Probeer het opnieuw na 14:35" while a delay runs.
    pub retry: Option<String>,
    /// Opens the vault by fingerprint or face: on the unlock pad while the core allows
    /// it. The platform's prompt shows while the event is handled.
    pub biometric: Option<Button>,
    /// Why the PIN is asked although the biometric unlock is on ("Na snel verlaten opent
    /// alleen de pincode de app."), or why it was turned off.
    pub biometric_note: Option<String>,
}

/// A screen with a message and one action, under the title bar's heading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct MessageView {
    /// The message.
    pub text: String,
    /// The action.
    pub action: Button,
}
