//! What events carry besides ids and text: where to go, which field, which phase,
//! which choice.

use serde::{Deserialize, Serialize};

/// A place the user can open from the home screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum Destination {
    /// The signals checklist (a quick, unsaved checklist).
    Signals,
    /// What helps and hinders the conversation.
    Conversation,
    /// The meldcode's five steps with the experts to call.
    Meldcode,
    /// The afwegingskader, to read (answers belong to a case).
    Afwegingskader,
    /// Every contact with its number and source.
    Contacts,
    /// The saved cases (needs an unlock).
    Cases,
    /// Full-text search over the notes (needs an unlock).
    Search,
    /// Settings.
    Settings,
    /// About this card: version, provenance, corrections, sources.
    About,
}

/// Where the platform has the app, as the shells report it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum Phase {
    /// In front and receiving input (Android `onResume`, iOS `.active`).
    Active,
    /// Visible or in the app switcher but not receiving input (Android `onPause`, iOS
    /// `.inactive`): the shell covers its window; the vault stays as it is.
    Inactive,
    /// Out of sight (Android `onStop`, iOS `.background`): the vault locks, unless the
    /// user just tapped a call here (the dialer took the screen): then the auto-lock
    /// time decides, counted from the tap.
    Background,
}

/// A meldcode step status the user can choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum StepChoice {
    /// Not begun.
    NotStarted,
    /// Begun.
    InProgress,
    /// Finished.
    Done,
}

/// An afwegingskader answer the user can give.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum AnswerChoice {
    /// Yes.
    Yes,
    /// No.
    No,
}

/// What a note says it is, as the user chooses it in the note editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum NoteKindChoice {
    /// Not said.
    Unsaid,
    /// A fact.
    Fact,
    /// A circumstance or an event.
    Circumstance,
    /// An observation.
    Observation,
    /// An interpretation.
    Interpretation,
    /// A source.
    Source,
}

/// When a signal observed in a case was seen, as the user chooses it on the signal's
/// screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum SeenChoice {
    /// When it was ticked (the default).
    #[default]
    AtTick,
    /// Earlier today, at a time (`FieldId::SeenTime`).
    EarlierToday,
    /// Yesterday, at a time.
    Yesterday,
    /// On a chosen date (`FieldId::SeenDate`), at a time.
    OtherDay,
}

/// A text field the core holds the text of; `Event::Edit` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum FieldId {
    /// A case's label, in the label editor.
    CaseLabel,
    /// The remark on a signal observed in a case: several lines, as a note.
    Remark,
    /// The day a signal was seen (dd-mm-jjjj), on the signal's screen.
    SeenDate,
    /// The time of day a signal was seen (uu:mm), on the signal's screen.
    SeenTime,
    /// The note being written or edited.
    Note,
    /// The advice received at a consultation step of the meldcode.
    Advice,
    /// The search over notes.
    Search,
    /// The own zorgcoördinator's name, in the settings.
    CoordinatorName,
    /// The own zorgcoördinator's number, in the settings.
    CoordinatorNumber,
}
