//! Which screen is shown: one variant per screen, each with its view.

use std::fmt;

use serde::Serialize;

use super::*;

/// Which screen is shown, with its content.
// Variants differ in size (settings is large), but there is one screen per dispatch and
// the FFI mirror of this enum cannot hold a `Box`.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum Screen {
    /// The card's sections.
    Home {
        /// What the screen shows.
        view: HomeView,
    },
    /// The signals checklist, quick or for a case.
    Signals {
        /// What the screen shows.
        view: SignalsView,
    },
    /// What helps and hinders the conversation.
    Conversation {
        /// What the screen shows.
        view: ConversationView,
    },
    /// The meldcode's steps, to read or for a case.
    Meldcode {
        /// What the screen shows.
        view: MeldcodeView,
    },
    /// The afwegingskader, to read or for a case.
    Afwegingskader {
        /// What the screen shows.
        view: AfwegingView,
    },
    /// All contacts.
    Contacts {
        /// What the screen shows.
        view: ContactsView,
    },
    /// The saved cases.
    Cases {
        /// What the screen shows.
        view: CasesView,
    },
    /// One case.
    Case {
        /// What the screen shows.
        view: CaseView,
    },
    /// Editing one line of text: a case label.
    Label {
        /// What the screen shows.
        view: LabelView,
    },
    /// A signal observed in a case: when it was seen, and the remark.
    SignalDetail {
        /// What the screen shows.
        view: SignalDetailView,
    },
    /// Editing a note.
    NoteEditor {
        /// What the screen shows.
        view: NoteEditorView,
    },
    /// Searching notes.
    Search {
        /// What the screen shows.
        view: SearchView,
    },
    /// Settings.
    Settings {
        /// What the screen shows.
        view: SettingsView,
    },
    /// Whose zorgcoördinator the app calls, asked once.
    CoordinatorQuestion {
        /// What the screen shows.
        view: CoordinatorQuestionView,
    },
    /// About this card.
    About {
        /// What the screen shows.
        view: AboutView,
    },
    /// Asking to confirm an action.
    Confirm {
        /// What the screen shows.
        view: ConfirmView,
    },
    /// The PIN pad (set up, unlock, change).
    Pin {
        /// What the screen shows.
        view: PinView,
    },
    /// Too many wrong PINs: everything was erased.
    LockedOut {
        /// What the screen shows.
        view: MessageView,
    },
    /// The neutral screen after a quick exit.
    Neutral {
        /// What the screen shows.
        view: MessageView,
    },
}

impl Screen {
    /// The variant's name, for logs and `Debug` (never the content).
    pub fn kind(&self) -> &'static str {
        match self {
            Screen::Home { .. } => "Home",
            Screen::Signals { .. } => "Signals",
            Screen::Conversation { .. } => "Conversation",
            Screen::Meldcode { .. } => "Meldcode",
            Screen::Afwegingskader { .. } => "Afwegingskader",
            Screen::Contacts { .. } => "Contacts",
            Screen::Cases { .. } => "Cases",
            Screen::Case { .. } => "Case",
            Screen::Label { .. } => "Label",
            Screen::SignalDetail { .. } => "SignalDetail",
            Screen::NoteEditor { .. } => "NoteEditor",
            Screen::Search { .. } => "Search",
            Screen::Settings { .. } => "Settings",
            Screen::CoordinatorQuestion { .. } => "CoordinatorQuestion",
            Screen::About { .. } => "About",
            Screen::Confirm { .. } => "Confirm",
            Screen::Pin { .. } => "Pin",
            Screen::LockedOut { .. } => "LockedOut",
            Screen::Neutral { .. } => "Neutral",
        }
    }
}

impl fmt::Debug for Screen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.kind())
    }
}
