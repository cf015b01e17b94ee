//! What the shells render: one screen with every string already worded, every button
//! with its enabled state and the event its tap sends.
//!
//! Plain data only (strings, numbers, lists, options), derived for uniffi where it is
//! defined, so the docs here are what Kotlin and Swift see: an absent value is `null`
//! in Kotlin and `nil` in Swift. `Debug` of a view model and
//! a screen shows their kind only, never case data.
//!
//! This file holds the frame every screen shares and the widgets screens are built of;
//! `screen.rs` the screens, and one file per group their content.

mod card;
mod casework;
mod offers;
mod screen;
mod settings;

pub use card::*;
pub use casework::*;
pub use offers::Offer;
pub use screen::Screen;
pub use settings::*;

use std::fmt;

use serde::Serialize;

use super::{Effect, Event, FieldId, UserText};
use crate::Language;

/// The result of a dispatch: the new view and what the platform must do.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Update {
    /// The view to render.
    pub view: ViewModel,
    /// Platform actions to carry out, in order.
    pub effects: Vec<Effect>,
    /// Numbered by `Core`, higher is newer (the app alone leaves it 0). A quick exit is
    /// answered at once, even while another event is being handled, so updates can
    /// arrive out of order: apply an update only if its revision is higher than the last
    /// one applied; an older one is stale, skip it whole (view and effects). Rule 1 of
    /// the store protocol in the docs of `Core`.
    #[serde(skip)]
    pub revision: u64,
}

impl fmt::Debug for Update {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Update")
            .field("view", &self.view)
            .field("effects", &self.effects.len())
            .field("revision", &self.revision)
            .finish()
    }
}

/// Everything on screen.
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ViewModel {
    /// The screen and its content.
    pub screen: Screen,
    /// The title bar text (neutral in discreet mode).
    pub title: String,
    /// The back button, where going back is possible.
    pub back: Option<Button>,
    /// The call button for the zorgcoördinator, on every screen but the neutral one.
    pub call: Option<CallButton>,
    /// The quick-exit button.
    pub quick_exit: Option<Button>,
    /// The lock button, while the vault is unlocked.
    pub lock: Option<Button>,
    /// An error or confirmation, already worded for the user.
    pub notice: Option<Notice>,
    /// Whether discreet mode is on (the shell picks a neutral style and launcher).
    pub discreet: bool,
    /// The language of every string in this view.
    pub language: Language,
    /// When to send `Event::Heartbeat`: this many milliseconds after this view arrived
    /// (0: at once; never negative), a `Long` in Kotlin as Android's `postDelayed`
    /// takes it. Absent (`null` / `nil`): nothing time-bound is pending. A new view
    /// replaces it.
    pub next_heartbeat_ms: Option<i64>,
}

impl fmt::Debug for ViewModel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ViewModel")
            .field("screen", &self.screen.kind())
            .field("notice", &self.notice.as_ref().map(|n| n.kind))
            .field("discreet", &self.discreet)
            .finish_non_exhaustive()
    }
}

/// A button: its text, what a screen reader says, whether it can be pressed, and the
/// event a press sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Button {
    /// The visible text.
    pub label: String,
    /// What a screen reader says.
    pub accessibility_label: String,
    /// Whether it can be pressed.
    pub enabled: bool,
    /// The event a press sends.
    pub event: Event,
}

/// The call button.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CallButton {
    /// E.g. "Bel zorgcoördinator".
    pub label: String,
    /// The number as shown, e.g. "013 549 8430".
    pub number: String,
    /// What a screen reader says, including the number.
    pub accessibility_label: String,
    /// The event a press sends.
    pub event: Event,
}

/// How a notice should look.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum NoticeKind {
    /// Something was refused or failed; nothing was lost.
    Error,
    /// Something was done.
    Confirmation,
}

/// A message for the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Notice {
    /// Error or confirmation.
    pub kind: NoticeKind,
    /// The message.
    pub text: String,
    /// Takes back what the message says was removed ("Ongedaan maken"), while that is
    /// still possible: until the next tap of anything else. Show it beside the message
    /// for as long as the notice shows; never let it time out on its own.
    pub action: Option<Button>,
    /// The button that closes it.
    pub dismiss: Button,
}

/// A tappable row with an optional second line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct Row {
    /// The main text.
    pub label: String,
    /// A second line, if any.
    pub detail: Option<String>,
    /// What a screen reader says.
    pub accessibility_label: String,
    /// The event a tap sends.
    pub event: Event,
}

/// A row with a checkbox.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CheckRow {
    /// The main text.
    pub label: String,
    /// A second line, e.g. when it was ticked.
    pub detail: Option<String>,
    /// Whether the box is ticked.
    pub checked: bool,
    /// What a screen reader says for the row: its text and its detail, not the state.
    pub accessibility_label: String,
    /// The state in words ("aangevinkt", "aan"), for the screen reader's state
    /// (Android `stateDescription`, iOS `accessibilityValue`), so it is said once and in
    /// the app's language.
    pub state_description: String,
    /// The event a tap sends.
    pub event: Event,
    /// A second action on the row, e.g. the remark of an observed signal.
    pub secondary: Option<Button>,
}

/// A line of text with its role for a screen reader. A heading is one the reader can
/// jump to: Compose `Modifier.semantics { heading() }`, SwiftUI
/// `.accessibilityAddTraits(.isHeader)`. Shells set that from `heading` alone, never
/// from where the line sits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct TextLine {
    /// The text.
    pub text: String,
    /// Whether it heads what follows it on the screen.
    pub heading: bool,
}

/// A screen's sources behind one line ("Bronnen"): a tap on `toggle` opens them below
/// it, another closes them again, and leaving the screen closes them. Every screen that
/// has sources renders this one line after its content, the same way, so nothing about
/// where a text comes from stands in the working text itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SourcesView {
    /// "Bronnen" while closed, "Bronnen verbergen" while open; sends
    /// `Event::ToggleSources`.
    pub toggle: Button,
    /// One line per source while open ("Bron: …, gecontroleerd op …"); empty while
    /// closed.
    pub lines: Vec<String>,
}

/// One option of a choice group (radio buttons or segmented control).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ChoiceOption {
    /// The text.
    pub label: String,
    /// What a screen reader says for the option: its text and the group it belongs to
    /// ("Ja, Uw antwoord op afweging 1: Vermoeden"), not the state.
    pub accessibility_label: String,
    /// Whether this is the current choice.
    pub selected: bool,
    /// The state in words ("gekozen", "niet gekozen"), for the screen reader's state
    /// (Android `stateDescription`, iOS `accessibilityValue`), said once and in the
    /// app's language.
    pub state_description: String,
    /// The event choosing it sends.
    pub event: Event,
}

/// A labelled group of options.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct ChoiceGroup {
    /// What is being chosen, as shown.
    pub label: String,
    /// The group's name for a screen reader: what is being chosen, named so it stands on
    /// its own (an answer says which question it answers).
    pub accessibility_label: String,
    /// The options.
    pub options: Vec<ChoiceOption>,
}

/// A text field whose text the core holds. Every change goes to the core as
/// `Event::Edit { field: id, text }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct TextField {
    /// Which field this is: the `field` of the `Edit` event its changes send.
    pub id: FieldId,
    /// The field's label.
    pub label: String,
    /// The current text.
    pub text: UserText,
    /// Shown while empty.
    pub placeholder: String,
    /// Why the current text is refused, if it is.
    pub error: Option<String>,
    /// How many characters can be saved from here. Shells may show it (a counter) but
    /// never cut text to it: longer text is sent as typed, kept whatever its length, and
    /// the core explains the limit in `error` and disables saving until it fits (a cut
    /// could split an emoji or lose what was pasted).
    pub max_chars: u32,
    /// "54 van 60 tekens" once the text is near `max_chars` (nine tenths of it) or over
    /// it, shown under the field; `null` before that. Counted as the core counts
    /// (Unicode scalars), so it and the "too long" error agree to the character.
    pub counter: Option<String>,
    /// Whether the platform keyboard must not learn from it (notes, labels).
    pub sensitive: bool,
}
