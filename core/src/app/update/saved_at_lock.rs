//! What a lock keeps of the notes being written: each saved as notes, one too long
//! for a note as several, so that locking loses no text (the lock policy itself is in
//! `locking`).

use super::super::App;
use super::super::outcome::{Done, Outcome, Refusal};
use super::super::route::Route;
use super::note_pieces::split_note;
use crate::casework::{CaseId, NoteKind};
use crate::vault::{MAX_NOTE_CHARS, NoteId, Vault, VaultError};

impl App {
    /// Saves every note being written, on screen or left open under another screen, so
    /// that locking loses no text: one too long for a note is saved as several. Returns
    /// what the unlock must say: a failure (first), a split, nothing for a whole note.
    pub(in crate::app) fn save_note_drafts_before_lock(&mut self) -> Option<Outcome> {
        let mut notice = None;
        let mut updated: Vec<(NoteId, &str)> = Vec::new();
        // Newest first: a note open in two editors gets the newest draft, and an older,
        // different draft of it is kept beside it as a new note.
        for route in self.session.open_routes() {
            let Route::NoteEditor {
                case,
                note,
                draft,
                kind,
            } = route
            else {
                continue;
            };
            let text = draft.text.as_str();
            let note = match updated.iter().find(|(id, _)| Some(*id) == *note) {
                Some((_, newer)) if *newer == text => continue,
                Some(_) => None,
                None => *note,
            };
            updated.extend(note.map(|id| (id, text)));
            let this = match save_in_pieces(&mut self.vault, *case, note, text, *kind) {
                Ok(count) if count > 1 => Some(Ok(Done::NoteKeptAsNotes { count })),
                Ok(_) => None,
                Err(saved) => Some(Err(Refusal::NoteNotKept { saved })),
            };
            if !matches!(notice, Some(Err(_))) && this.is_some() {
                notice = this;
            }
        }
        notice
    }
}

/// Saves `text` as the note `note` (or a new one in `case`), in as many notes as it
/// takes, each of `kind`. The first piece goes into the note being edited; the rest are added last
/// first, so that the case's newest-first list shows them in reading order. `Ok` with
/// the number of notes written (0 for blank text), or `Err` with those written before a
/// save failed.
pub(super) fn save_in_pieces(
    vault: &mut Vault,
    case: CaseId,
    note: Option<NoteId>,
    text: &str,
    kind: NoteKind,
) -> Result<usize, usize> {
    let pieces = split_note(text, MAX_NOTE_CHARS);
    let (mut saved, to_add) = match (note, pieces.split_first()) {
        (_, None) => return Ok(0),
        (Some(note), Some((first, rest))) => match vault
            .update_note(note, first)
            .and_then(|()| vault.set_note_kind(note, kind))
        {
            Ok(()) => (1, rest),
            // Gone meanwhile: every piece becomes a new note.
            Err(VaultError::NoteNotFound) => (0, pieces.as_slice()),
            Err(_) => return Err(0),
        },
        (None, Some(_)) => (0, pieces.as_slice()),
    };
    for piece in to_add.iter().rev() {
        let id = vault.add_note(case, piece).map_err(|_| saved)?;
        saved += 1;
        if kind != NoteKind::Unsaid {
            vault.set_note_kind(id, kind).map_err(|_| saved)?;
        }
    }
    Ok(saved)
}

#[cfg(test)]
mod tests;
