//! The screens over the vault: the cases, a case, the label, note and search fields.

use serde::Serialize;

use super::{Button, Row, TextField};

/// The saved cases.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CasesView {
    /// The cases, most recently changed first.
    pub items: Vec<Row>,
    /// Shown when there are none.
    pub empty: Option<String>,
    /// Starts a new case.
    pub new_case: Button,
    /// When the quick checklist is being saved: which case to save it to.
    pub picking_for_checklist: Option<String>,
}

/// One case; its label is the title bar's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct CaseView {
    /// "Verloopt over 12 dagen".
    pub expiry: String,
    /// Labels the guidance as the card's, not the app's: "Volgens de meldcode op de
    /// kaart is dit de volgende stap".
    pub guidance_heading: String,
    /// What the meldcode asks next, in the card's words.
    pub guidance: Vec<String>,
    /// Calls Veilig Thuis, where the professional's afwegingskader answers lead to
    /// reporting and step 5 is not done.
    pub report_call: Option<Button>,
    /// Signals, steps and afwegingskader of this case, with counts.
    pub sections: Vec<Row>,
    /// The notes, newest first. In discreet mode a note's row reads "Notitie" until the
    /// user opens the screen's text with `show_text`.
    pub notes: Vec<Row>,
    /// "Tekst tonen": in discreet mode, shows the notes' previews on this screen until
    /// the user leaves it; `None` when nothing is folded.
    pub show_text: Option<Button>,
    /// Heading above the notes.
    pub notes_heading: String,
    /// Adds a note.
    pub new_note: Button,
    /// Exports the summary (after a confirmation).
    pub export: Button,
    /// Renames the case.
    pub rename: Button,
    /// Deletes the case (after a confirmation).
    pub delete: Button,
}

/// The one-line text editor: a case label or a signal's remark.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct LabelView {
    /// The field.
    pub field: TextField,
    /// Advice on what to write (no full names; what was seen).
    pub advice: String,
    /// Saves the label.
    pub submit: Button,
}

/// The note editor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct NoteEditorView {
    /// The case the note belongs to.
    pub case_label: String,
    /// The note's text.
    pub field: TextField,
    /// Saves the note.
    pub save: Button,
    /// Deletes the note (after a confirmation), for an existing note.
    pub delete: Option<Button>,
}

/// Search over the notes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SearchView {
    /// The query field.
    pub field: TextField,
    /// The hits: case label, snippet; a tap opens the case. In discreet mode the label
    /// is a neutral word and the snippet folded until the user opens it with
    /// `show_text`.
    pub results: Vec<Row>,
    /// "Tekst tonen": in discreet mode, shows the hits' snippets until the user leaves
    /// the search; `None` when nothing is folded.
    pub show_text: Option<Button>,
    /// Shown when a query finds nothing.
    pub empty: Option<String>,
}
