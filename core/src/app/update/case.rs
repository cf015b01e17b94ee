//! Cases: opening one, naming it, and saving the changes made to it.

use chrono::{DateTime, Utc};

use super::super::App;
use super::super::outcome::Refusal;
use super::super::route::{Confirmation, Draft, LabelEditor, Route};
use super::{Handled, parse_case_id};
use crate::Content;
use crate::casework::{Case, CaseId, CaseLabel, CaseworkError};
use crate::vault::VaultError;

impl App {
    /// The case `id`, from what the screen already loaded if it is that case.
    pub(super) fn require_case(&self, id: CaseId) -> Result<Case, Refusal> {
        if !self.unlocked() {
            return Err(VaultError::Locked.into());
        }
        match &self.session.loaded.case {
            Some(case) if case.id == id => Ok(case.clone()),
            _ => self.vault.load_case(id)?.ok_or(Refusal::UnknownCase),
        }
    }

    /// Saves a case and keeps it as the loaded one, so the next view needs no read. The
    /// loaded case is what is stored, so only the rows that changed are written.
    pub(super) fn store_case(&mut self, case: Case) -> Handled {
        let loaded = &mut self.session.loaded;
        match loaded.case.as_ref().filter(|before| before.id == case.id) {
            Some(before) => self.vault.save_case_changes(before, &case)?,
            None => self.vault.save_case(&case)?,
        }
        loaded.case = Some(case);
        Ok(())
    }

    /// Loads a case, applies a casework change and saves it; nothing is saved if the
    /// change is refused.
    pub(super) fn change_case(
        &mut self,
        text: &str,
        now: DateTime<Utc>,
        change: impl FnOnce(&mut Case, &Content, DateTime<Utc>) -> Result<(), CaseworkError>,
    ) -> Handled {
        let id = parse_case_id(text)?;
        let mut case = self.require_case(id)?;
        change(&mut case, &self.content, now)?;
        self.store_case(case)
    }

    /// Opens a screen about an existing case.
    pub(super) fn open_case_route(
        &mut self,
        text: &str,
        route: impl FnOnce(CaseId) -> Route,
    ) -> Handled {
        let id = parse_case_id(text)?;
        self.require_case(id)?;
        self.go(route(id));
        Ok(())
    }

    /// Asks to delete or to export a case.
    pub(super) fn ask_about_case(&mut self, text: &str, delete: bool) -> Handled {
        let id = parse_case_id(text)?;
        self.require_case(id)?;
        self.go(Route::Confirm(if delete {
            Confirmation::DeleteCase(id)
        } else {
            Confirmation::Export {
                case: id,
                with_notes: false,
            }
        }));
        Ok(())
    }

    /// Opens the label editor for a new case; from the case picker, the quick checklist
    /// goes into it once it exists.
    pub(super) fn new_case(&mut self) {
        let for_checklist = matches!(self.session.route, Route::Cases { picking: true });
        self.go(Route::Label(LabelEditor {
            case: None,
            for_checklist,
            draft: Draft::default(),
        }));
    }

    pub(super) fn rename_case(&mut self, text: &str) -> Handled {
        let id = parse_case_id(text)?;
        let case = self.require_case(id)?;
        self.go(Route::Label(LabelEditor {
            case: Some(id),
            for_checklist: false,
            draft: Draft::new(case.label.as_str()),
        }));
        Ok(())
    }

    /// The label as typed: kept, with the reason if it cannot be saved (an empty label
    /// only disables saving).
    pub(super) fn label_changed(&mut self, text: String) -> Handled {
        let Route::Label(editor) = &mut self.session.route else {
            return Err(Refusal::NotHere);
        };
        editor.draft.error = CaseLabel::new(&text)
            .err()
            .filter(|e| !matches!(e, CaseworkError::EmptyLabel))
            .map(Refusal::from);
        editor.draft.set(text);
        Ok(())
    }

    /// Renames the case, or creates it (saving the quick checklist into it if it was
    /// made for that) and opens it.
    pub(super) fn submit_label(&mut self, now: DateTime<Utc>) -> Handled {
        let Route::Label(editor) = &self.session.route else {
            return Err(Refusal::NotHere);
        };
        let label = CaseLabel::new(&editor.draft.text)?;
        let (target, for_checklist) = (editor.case, editor.for_checklist);
        if let Some(id) = target {
            let mut case = self.require_case(id)?;
            case.relabel(label, now);
            self.store_case(case)?;
            return self.back();
        }
        let case = Case::new(label, now);
        let id = case.id;
        self.store_case(case)?;
        self.session.route = Route::Case(id);
        if for_checklist {
            self.checklist_into_case(id, now)?;
        }
        let stack = &mut self.session.stack;
        stack.retain(|r| !matches!(r, Route::Label(_) | Route::Cases { picking: true }));
        if !stack.iter().any(|r| matches!(r, Route::Cases { .. })) {
            stack.push(Route::Cases { picking: false });
        }
        Ok(())
    }
}
