//! The screens over the vault: the cases, a case, the label, note and search fields.

use serde::Serialize;

use super::{Button, ChoiceGroup, Row, SourcesView, TextField, TextLine};

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
    /// Where the professional's afwegingskader answers say acute or structural
    /// unsafety and the report is not marked done: what to do if it is acute, with its
    /// calls. It leads the case.
    pub acute: Option<AcuteView>,
    /// Labels the next step as the card's, not the app's: "Volgende stap volgens de
    /// meldcode op de kaart".
    pub guidance_heading: TextLine,
    /// The one next step the meldcode asks for, in the card's words; `null` when every
    /// step the answers call for is marked done.
    pub next_step: Option<String>,
    /// Calls Veilig Thuis, where the next step is reporting and the acute line does not
    /// already offer the call.
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

/// "Acute onveiligheid: bel 112 · Veilig Thuis 0800 2000", with both calls.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct AcuteView {
    /// The line, with the numbers from the contacts.
    pub text: String,
    /// Calls 112, then Veilig Thuis.
    pub calls: Vec<Button>,
}

/// The one-line text editor: a case label or a step's advice.
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

/// A signal observed in a case, on its own screen: when it was seen (a choice, with
/// a day and a time where the choice needs them) and the remark (several lines). The
/// signals list shows none of it, so its rows keep their height when ticked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct SignalDetailView {
    /// The signal's text; `null` while discreet mode holds it back (`show_text`).
    pub signal: Option<String>,
    /// As saved: "waargenomen 07-12-2026 10:00 (vastgelegd 07-12-2026 14:00)", or
    /// "waargenomen …" alone when both are the same.
    pub recorded: String,
    /// When it was seen: at the tick, earlier today, yesterday, another day.
    pub seen: ChoiceGroup,
    /// The day, for another day.
    pub date: Option<TextField>,
    /// The time of day, for any choice but the tick; its `error` says why the moment
    /// cannot be saved (in the future, after the tick, a time skipped by summer time).
    pub time: Option<TextField>,
    /// The remark, several lines; `null` in discreet mode until `show_text` is pressed.
    pub remark: Option<TextField>,
    /// Advice on the remark (short and factual; empty clears it).
    pub advice: String,
    /// Shows what discreet mode holds back (the signal, the remark).
    pub show_text: Option<Button>,
    /// Saves when it was seen and the remark; disabled while either is refused.
    pub save: Button,
}

/// The note editor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct NoteEditorView {
    /// The case the note belongs to.
    pub case_label: String,
    /// The note's text.
    pub field: TextField,
    /// What the note is: fact, observation, interpretation, source, or not said.
    pub kind: ChoiceGroup,
    /// Why the kinds are kept apart (the guidance on documenting a suspicion); `null`
    /// while discreet mode holds it back.
    pub kind_hint: Option<String>,
    /// Where that guidance comes from, behind one "Bronnen" line.
    pub sources: Option<SourcesView>,
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
