//! The screens over the vault: the cases, a case, the label, note and search fields.

use serde::Serialize;

use super::{Button, Row, TextField, TextLine};

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
    /// "Wordt over 12 dagen automatisch gewist".
    pub expiry: String,
    /// Labels the guidance as the card's, not the app's: "Volgens de meldcode op de
    /// kaart is dit de volgende stap".
    pub guidance_heading: TextLine,
    /// What the meldcode asks next, in the card's words.
    pub guidance: Vec<String>,
    /// Calls Veilig Thuis, where the professional's afwegingskader answers lead to
    /// reporting and step 5 is not done.
    pub report_call: Option<Button>,
    /// Signals, steps and afwegingskader of this case, with counts.
    pub sections: Vec<Row>,
    /// The notes, newest first.
    pub notes: Vec<Row>,
    /// Heading above the notes.
    pub notes_heading: TextLine,
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
    /// The hits: case label, snippet; a tap opens the case.
    pub results: Vec<Row>,
    /// Shown when a query finds nothing.
    pub empty: Option<String>,
}
