//! What the shells send: every tap, text change and platform happening is an event.

mod payloads;

use serde::Serialize;

pub use payloads::{
    AnswerChoice, Destination, FieldId, NoteKindChoice, Phase, SeenChoice, StepChoice,
};

use super::UserText;
use crate::Language;

/// Everything a shell can tell the core. Send the event a view gives out (every button,
/// row and option carries its own); build one only for typing (`Edit`), the platform's
/// phases (`PhaseChanged`), time (`Heartbeat`), the back gesture (`Back`) and a failed
/// dial (`DialFailed`). Ids travel as the strings the view gave out.
///
/// One rule for every event: it acts only on the screen that offered it. The core
/// checks it against the view as it stands when it arrives: it acts if an enabled
/// control of that view sends exactly it, or (for `Edit`) the view shows the field;
/// `OpenHome` goes with the back button. Otherwise it is refused with a notice ("this
/// screen was out of date", or for a disabled control "this cannot be done now") and
/// nothing changes; opening the screen already shown does nothing. `Heartbeat`,
/// `PhaseChanged`, `DialFailed`, `DismissNotice` and `QuickExit` act on any screen.
/// Never a crash, whatever is sent. Never log an event: `Edit` holds what the user
/// typed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum Event {
    // Navigation
    /// The platform back gesture or the back button.
    Back,
    /// Go to the home screen.
    OpenHome,
    /// Open a section of the app.
    Open {
        /// Where to go.
        destination: Destination,
    },
    /// Close the notice shown.
    DismissNotice,
    /// Take back what the notice shown says was removed (its `action`), exactly as it
    /// was. Offered until the next tap of anything else.
    Undo,
    /// Show the text the screen holds back (its `show_text` button): in discreet mode
    /// the card's words that say what the app is about, on the home screen the card's
    /// introduction. Until the user leaves the screen, the app locks or goes out of
    /// sight.
    ShowText,
    /// Open or close the screen's sources (its `sources` line, "Bronnen"). Open until
    /// the user leaves the screen, the app locks or goes out of sight.
    ToggleSources,
    /// Keep the cases the notice after an unlock says will soon be erased (its
    /// `action`): their last change is dated now, so their retention starts again.
    /// Offered with that notice only, until the next tap of anything else.
    KeepCases {
        /// The cases, as the notice's button gave them out.
        case_ids: Vec<String>,
    },

    // Typing
    /// The text of a field changed: send the whole text, after every change, with the
    /// field's `id` from the view (`TextField.id`). Send it as typed: the
    /// core refuses what a field cannot hold and says why, so shells never cut or clean
    /// text themselves.
    Edit {
        /// Which field.
        field: FieldId,
        /// The field's whole text.
        text: UserText,
    },

    // Platform and time
    /// Time passed: send it once `ViewModel::next_heartbeat_ms` milliseconds after that
    /// view arrived (each new view replaces the deadline), so what time decides happens
    /// without a tap: the auto-lock after idle time, the end of a PIN delay. Not user
    /// activity: it never postpones the auto-lock.
    Heartbeat,
    /// The platform moved the app to another phase: send every change (Android's
    /// resumed / paused / stopped, iOS's scene phases). The core decides what follows
    /// (going to the background locks the vault); not user activity.
    PhaseChanged {
        /// The phase the app is now in.
        phase: Phase,
    },
    /// Lock at once and show a neutral screen.
    QuickExit,
    /// Leave the neutral screen for the (locked) home screen.
    LeaveNeutral,
    /// Lock the vault now.
    LockNow,

    // Calls
    /// Call a contact of the card or the sources.
    Call {
        /// The contact's id.
        contact_id: String,
    },
    /// Call the zorgcoördinator the user set for their own region.
    CallOwnCoordinator,
    /// The platform could not open the phone app for a `Dial` effect (a tablet without
    /// a dialer: Android's `ActivityNotFoundException`, iOS's `open` reporting false).
    /// Send the effect's `tel_uri` back: the core shows the number to dial by hand.
    DialFailed {
        /// The `tel_uri` of the `Dial` effect that failed.
        tel_uri: String,
    },

    // PIN pad
    /// A digit key of the PIN pad.
    PinDigit {
        /// 0 to 9.
        digit: u8,
    },
    /// The backspace key of the PIN pad.
    PinBackspace,
    /// The confirm key of the PIN pad.
    PinSubmit,
    /// Open the vault by fingerprint or face (offered on the unlock pad while the core
    /// allows it): the platform's prompt shows while this event is handled, so send it
    /// off the UI thread, as a PIN.
    UnlockWithBiometrics,

    // Signals
    /// Tick or untick a signal, in the quick checklist (`case_id` empty) or in a case.
    ToggleSignal {
        /// The case, or `null` for the quick checklist.
        case_id: Option<String>,
        /// The signal's id.
        signal_id: String,
    },
    /// Open a signal observed in a case: when it was seen, and the remark (the row's
    /// secondary action).
    EditRemark {
        /// The case.
        case_id: String,
        /// The observed signal.
        signal_id: String,
    },
    /// Choose when the signal shown was seen (on the signal's screen).
    ChooseSeen {
        /// The choice.
        choice: SeenChoice,
    },
    /// Save the signal's screen: when it was seen and the remark.
    SaveSignalDetail,
    /// Save the quick checklist's ticks into a case (asks for an unlock first).
    SaveChecklist,
    /// Save the quick checklist's ticks into this case.
    SaveChecklistTo {
        /// The case.
        case_id: String,
    },
    /// Clear the quick checklist.
    ClearChecklist,

    // Cases
    /// Start a new case (opens the label editor).
    NewCase,
    /// Rename a case (opens the label editor).
    RenameCase {
        /// The case.
        case_id: String,
    },
    /// Confirm the one-line editor.
    SubmitLabel,
    /// Open a case.
    OpenCase {
        /// The case.
        case_id: String,
    },
    /// Open a case's signals.
    OpenCaseSignals {
        /// The case.
        case_id: String,
    },
    /// Open a case's meldcode steps.
    OpenCaseSteps {
        /// The case.
        case_id: String,
    },
    /// Open a case's afwegingskader.
    OpenCaseAfweging {
        /// The case.
        case_id: String,
    },
    /// Set a meldcode step's status in a case.
    SetStepStatus {
        /// The case.
        case_id: String,
        /// 1 to 5.
        step: u8,
        /// The new status.
        status: StepChoice,
    },
    /// Mark an expert the card names at a step as consulted, or not.
    ToggleConsulted {
        /// The case.
        case_id: String,
        /// The step.
        step: u8,
        /// The expert's id.
        expert_id: String,
    },
    /// Record the advice received at a consultation step (opens the one-line editor;
    /// `SubmitLabel` saves it).
    EditAdvice {
        /// The case.
        case_id: String,
        /// The step.
        step: u8,
    },
    /// Answer an afwegingskader question, or clear the answer (`null`).
    Answer {
        /// The case.
        case_id: String,
        /// 1 to 5.
        question: u8,
        /// The answer.
        answer: Option<AnswerChoice>,
    },
    /// Ask to delete a case (a confirmation follows).
    DeleteCase {
        /// The case.
        case_id: String,
    },
    /// Ask to export a case summary (a confirmation follows).
    ExportCase {
        /// The case.
        case_id: String,
    },

    // Notes
    /// Open the note editor for a new note.
    NewNote {
        /// The case.
        case_id: String,
    },
    /// Open a note in the editor.
    EditNote {
        /// The note.
        note_id: String,
    },
    /// Say what the note in the editor is (saved with it).
    SetNoteKind {
        /// The kind.
        kind: NoteKindChoice,
    },
    /// Save the note in the editor.
    SaveNote,
    /// Ask to delete a note (a confirmation follows).
    DeleteNote {
        /// The note.
        note_id: String,
    },

    // Settings
    /// Change the language.
    SetLanguage {
        /// The new language.
        language: Language,
    },
    /// Turn discreet mode on or off.
    SetDiscreet {
        /// Whether discreet mode is on.
        enabled: bool,
    },
    /// Change how many days after their last change cases expire.
    SetRetentionDays {
        /// Days.
        days: u32,
    },
    /// Change the idle time after which the vault locks.
    SetAutoLockMinutes {
        /// Minutes.
        minutes: u32,
    },
    /// Change after how many wrong PINs the vault erases itself.
    SetMaxAttempts {
        /// Attempts.
        attempts: u32,
    },
    /// Save the own coordinator.
    SaveCoordinator,
    /// Choose the card's coordinator (the own one, if set, is removed).
    ClearCoordinator,
    /// Open the question whose zorgcoördinator to call (offered on the home screen
    /// until it was opened once).
    AskCoordinator,
    /// Answer the question: the card's coordinator.
    ChooseCardCoordinator,
    /// Leave the question unanswered: the card's number is rung until the user chooses
    /// in the settings; it is not asked again.
    PostponeCoordinator,
    /// Start changing the PIN.
    ChangePin,
    /// Turn unlocking by fingerprint or face on (the PIN pad follows, then the
    /// platform's prompt) or off (at once).
    SetBiometrics {
        /// Whether it is on.
        enabled: bool,
    },
    /// Change after how many hours since the PIN was typed the PIN is asked again.
    SetBiometricHours {
        /// Hours: 4, 8 or 24.
        hours: u32,
    },
    /// Ask to erase everything (a confirmation follows).
    RequestWipe,

    // Confirmations
    /// Tick the case's notes in or out of the summary about to be shared (off at first;
    /// with them, a second question follows).
    ToggleExportNotes,
    /// Confirm the action the confirmation screen asks about.
    Confirm,
    /// Cancel the confirmation.
    Cancel,
}

impl Event {
    /// Whether the user did this (a tap, typing), rather than time or the platform: only
    /// user activity postpones the auto-lock and answers the notice shown.
    pub fn is_user_activity(&self) -> bool {
        !matches!(self, Event::Heartbeat | Event::PhaseChanged { .. })
    }
}
