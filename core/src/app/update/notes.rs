//! A case's notes, and searching them.

use super::super::outcome::{Done, Refusal};
use super::super::route::{Confirmation, Draft, Route};
use super::super::{App, NoteKindChoice};
use super::{Handled, parse_case_id, parse_note_id};
use crate::casework::NoteKind;

impl App {
    pub(super) fn new_note(&mut self, case_id: &str) -> Handled {
        let id = parse_case_id(case_id)?;
        self.require_case(id)?;
        self.go(Route::NoteEditor {
            case: id,
            note: None,
            draft: Draft::default(),
            kind: NoteKind::Unsaid,
        });
        Ok(())
    }

    /// Opens a note of the case on screen in the editor.
    pub(super) fn edit_note(&mut self, note_id: &str) -> Handled {
        let id = parse_note_id(note_id)?;
        let Route::Case(case) = self.session.route else {
            return Err(Refusal::NotHere);
        };
        let note = self
            .vault
            .list_notes(case)?
            .into_iter()
            .find(|n| n.id == id)
            .ok_or(Refusal::UnknownNote)?;
        self.go(Route::NoteEditor {
            case,
            note: Some(id),
            draft: Draft::new(note.body),
            kind: note.kind,
        });
        Ok(())
    }

    pub(super) fn note_changed(&mut self, text: String) -> Handled {
        let Route::NoteEditor { draft, .. } = &mut self.session.route else {
            return Err(Refusal::NotHere);
        };
        draft.set(text);
        Ok(())
    }

    /// Says what the note being edited is; saved with the note.
    pub(super) fn set_note_kind(&mut self, choice: NoteKindChoice) -> Handled {
        let Route::NoteEditor { kind, .. } = &mut self.session.route else {
            return Err(Refusal::NotHere);
        };
        *kind = match choice {
            NoteKindChoice::Unsaid => NoteKind::Unsaid,
            NoteKindChoice::Fact => NoteKind::Fact,
            NoteKindChoice::Circumstance => NoteKind::Circumstance,
            NoteKindChoice::Observation => NoteKind::Observation,
            NoteKindChoice::Interpretation => NoteKind::Interpretation,
            NoteKindChoice::Source => NoteKind::Source,
        };
        Ok(())
    }

    pub(super) fn save_note(&mut self) -> Handled {
        let Route::NoteEditor {
            case,
            note,
            draft,
            kind,
        } = &self.session.route
        else {
            return Err(Refusal::NotHere);
        };
        let id = match note {
            Some(note) => {
                self.vault.update_note(*note, &draft.text)?;
                *note
            }
            None => self.vault.add_note(*case, &draft.text)?,
        };
        self.vault.set_note_kind(id, *kind)?;
        self.back()?;
        self.done(Done::NoteSaved);
        Ok(())
    }

    /// Asks to delete a note, from the case or from the note's editor.
    pub(super) fn ask_delete_note(&mut self, note_id: &str) -> Handled {
        let id = parse_note_id(note_id)?;
        let case = match self.session.route {
            Route::Case(case) | Route::NoteEditor { case, .. } => case,
            _ => return Err(Refusal::NotHere),
        };
        self.go(Route::Confirm(Confirmation::DeleteNote { case, note: id }));
        Ok(())
    }

    pub(super) fn search_changed(&mut self, query: String) -> Handled {
        let Route::Search { query: draft } = &mut self.session.route else {
            return Err(Refusal::NotHere);
        };
        draft.set(query);
        Ok(())
    }
}
