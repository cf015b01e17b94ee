//! Locking, quick exit and the wipe's reset: the moments the visit's state is forgotten.

use super::super::route::Route;
use super::super::{App, Effect};
use crate::app::preferences::Preferences;

impl App {
    /// Locks the vault: saves a note being written, forgets every piece of case data in
    /// memory, and leaves screens that show case data for the unlock screen.
    pub(in crate::app) fn lock(&mut self, effects: &mut Vec<Effect>) {
        if !self.unlocked() {
            return;
        }
        self.save_note_draft_before_lock();
        self.vault.lock();
        self.session.forget_case_data();
        effects.push(Effect::Locked);
    }

    /// Locks at once and shows the neutral screen: nothing of the visit stays in memory.
    pub(super) fn quick_exit(&mut self, effects: &mut Vec<Effect>) {
        self.lock(effects);
        self.session.restart(Route::Neutral);
        effects.push(Effect::HideApp);
    }

    /// A note being written when the vault locks is saved, not lost.
    fn save_note_draft_before_lock(&mut self) {
        let Route::NoteEditor { case, note, draft } = &self.session.route else {
            return;
        };
        if draft.text.trim().is_empty() {
            return;
        }
        let saved = match note {
            Some(note) => self.vault.update_note(*note, &draft.text),
            None => self.vault.add_note(*case, &draft.text).map(|_| ()),
        };
        // Too long or otherwise refused: the draft cannot be kept after locking, and
        // the user saw the refusal when typing.
        let _ = saved;
    }

    /// Everything is gone: the app as freshly installed, in the same language, on
    /// `route`.
    pub(super) fn wiped(&mut self, route: Route, effects: &mut Vec<Effect>) {
        let _ = std::fs::remove_file(Preferences::path(&self.data_dir));
        self.prefs = Preferences {
            language: self.prefs.language,
            ..Default::default()
        };
        self.session.restart(route);
        effects.push(Effect::Wiped);
        effects.push(Effect::SetLauncherDiscreet { discreet: false });
    }
}
