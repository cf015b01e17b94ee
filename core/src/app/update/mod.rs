//! Handling events, one file per feature. Each handler changes the app's state and
//! says what came of it as a typed outcome; the views word it.

mod biometrics;
mod calls;
mod case;
mod confirm;
mod expiry;
mod kept_work;
mod leaving;
mod meldcode;
mod navigation;
mod note_pieces;
mod notes;
mod pin;
mod saved_at_lock;
mod settings;
mod signals;
mod undo;
mod wipe;

use super::input::{self, Accepted};
use super::locking::Moment;
use super::outcome::{Done, Refusal};
use super::route::{Confirmation, Route};
use super::{App, Effect, Event, FieldId, UserText};
use crate::casework::CaseId;
use crate::vault::NoteId;

/// What a handler came to: done (a notice may say so), or refused with the reason.
type Handled = Result<(), Refusal>;

fn parse_case_id(text: &str) -> Result<CaseId, Refusal> {
    CaseId::parse(text).ok_or(Refusal::UnknownCase)
}

fn parse_note_id(text: &str) -> Result<NoteId, Refusal> {
    NoteId::parse(text).ok_or(Refusal::UnknownNote)
}

impl App {
    /// Routes an event to the feature that handles it.
    pub(super) fn handle(
        &mut self,
        event: Event,
        moment: Moment,
        effects: &mut Vec<Effect>,
    ) -> Handled {
        let now = moment.wall();
        match event {
            Event::Back => self.leave(),
            Event::OpenHome => self.leave_for_home(),
            Event::Open { destination } => {
                self.open(destination);
                Ok(())
            }
            Event::DismissNotice | Event::Heartbeat => Ok(()),
            Event::ShowText => {
                self.session.show_text();
                Ok(())
            }
            Event::ToggleSources => {
                self.session.toggle_sources();
                Ok(())
            }
            Event::KeepCases { case_ids } => self.keep_cases(&case_ids),
            Event::PhaseChanged { phase } => {
                self.phase_changed(phase, &moment, effects);
                Ok(())
            }
            Event::LockNow => {
                self.lock(effects);
                self.home();
                Ok(())
            }
            Event::QuickExit => {
                self.quick_exit(effects);
                Ok(())
            }
            Event::LeaveNeutral => {
                self.leave_neutral();
                Ok(())
            }
            Event::Call { contact_id } => self.call(&contact_id, moment, effects),
            Event::CallOwnCoordinator => self.call_own_coordinator(moment, effects),
            Event::DialFailed { tel_uri } => self.dial_failed(&tel_uri),
            Event::PinDigit { digit } => self.pin_digit(digit),
            Event::PinBackspace => self.pin_backspace(),
            Event::PinSubmit => self.submit_pin(effects),
            Event::UnlockWithBiometrics => self.unlock_with_biometrics(),
            Event::ToggleSignal {
                case_id: None,
                signal_id,
            } => self.toggle_quick(signal_id, now),
            Event::ToggleSignal {
                case_id: Some(id),
                signal_id,
            } => self.toggle_case_signal(&id, signal_id, now),
            Event::EditRemark { case_id, signal_id } => self.edit_remark(&case_id, signal_id),
            Event::ChooseSeen { choice } => self.choose_seen(choice),
            Event::SaveSignalDetail => self.submit_signal_detail(now),
            Event::SaveChecklist => self.save_checklist(),
            Event::SaveChecklistTo { case_id } => self.save_checklist_to(&case_id, now),
            Event::ClearChecklist => self.clear_checklist(),
            Event::Undo => {
                let undo = self.session.undo.take();
                self.undo(undo, now)
            }
            Event::NewCase => {
                self.new_case();
                Ok(())
            }
            Event::RenameCase { case_id } => self.rename_case(&case_id),
            Event::Edit { field, text } => self.edit(field, text),
            // The one-line editor serves the case label and a step's advice; the
            // signal's screen saves its remark with its own event.
            Event::SubmitLabel => match self.session.route {
                Route::Advice { .. } => self.submit_advice(now),
                _ => self.submit_label(now),
            },
            Event::OpenCase { case_id } => self.open_case_route(&case_id, Route::Case),
            Event::OpenCaseSignals { case_id } => {
                self.open_case_route(&case_id, |id| Route::Signals { case: Some(id) })
            }
            Event::OpenCaseSteps { case_id } => {
                self.open_case_route(&case_id, |id| Route::Meldcode { case: Some(id) })
            }
            Event::OpenCaseAfweging { case_id } => {
                self.open_case_route(&case_id, |id| Route::Afweging { case: Some(id) })
            }
            Event::SetStepStatus {
                case_id,
                step,
                status,
            } => self.set_step_status(&case_id, step, status, now),
            Event::ToggleConsulted {
                case_id,
                step,
                expert_id,
            } => self.toggle_consulted(&case_id, step, &expert_id, now),
            Event::EditAdvice { case_id, step } => self.edit_advice(&case_id, step),
            Event::Answer {
                case_id,
                question,
                answer,
            } => self.answer(&case_id, question, answer, now),
            Event::DeleteCase { case_id } => self.ask_about_case(&case_id, true),
            Event::ExportCase { case_id } => self.ask_about_case(&case_id, false),
            Event::NewNote { case_id } => self.new_note(&case_id),
            Event::EditNote { note_id } => self.edit_note(&note_id),
            Event::SetNoteKind { kind } => self.set_note_kind(kind),
            Event::SaveNote => self.save_note(),
            Event::DeleteNote { note_id } => self.ask_delete_note(&note_id),
            Event::SetLanguage { language } => {
                self.prefs.language = language;
                self.save_prefs()
            }
            Event::SetDiscreet { enabled } => self.set_discreet(enabled, effects),
            Event::SetAutoLockMinutes { minutes } => self.set_auto_lock(minutes),
            Event::SetRetentionDays { days } => self.set_retention(days),
            Event::SetMaxAttempts { attempts } => self.set_max_attempts(attempts),
            Event::SaveCoordinator => self.save_coordinator(now),
            Event::ClearCoordinator => self.clear_coordinator(),
            Event::AskCoordinator => self.ask_coordinator(),
            Event::ChooseCardCoordinator => self.choose_card_coordinator(),
            Event::PostponeCoordinator => self.postpone_coordinator(),
            Event::ChangePin => self.change_pin(),
            Event::SetBiometrics { enabled } => self.set_biometrics(enabled),
            Event::SetBiometricHours { hours } => self.set_biometric_hours(hours),
            Event::RequestWipe => {
                self.go(Route::Confirm(Confirmation::Wipe));
                Ok(())
            }
            Event::ToggleExportNotes => self.toggle_export_notes(),
            Event::Confirm => self.confirm_action(effects),
            Event::Cancel => self.cancel(),
        }
    }

    /// Checks typed text (see `input`) and hands it to the screen that owns the field;
    /// each refuses it when its screen is not the one shown.
    fn edit(&mut self, field: FieldId, text: UserText) -> Handled {
        let Accepted { text, replaced } = input::accept(field, text.into_string())?;
        match field {
            FieldId::CaseLabel => self.label_changed(text),
            FieldId::Remark => self.remark_changed(text),
            FieldId::Advice => self.advice_changed(text),
            FieldId::SeenDate | FieldId::SeenTime => self.seen_changed(field, text),
            FieldId::Note => self.note_changed(text),
            FieldId::Search => self.search_changed(text),
            FieldId::CoordinatorName => self.coordinator_changed(text, true),
            FieldId::CoordinatorNumber => self.coordinator_changed(text, false),
        }?;
        if replaced > 0 {
            self.done(Done::ControlsReplaced { count: replaced });
        }
        Ok(())
    }

    /// Shows a confirmation notice.
    fn done(&mut self, done: Done) {
        self.session.notice = Some(Ok(done));
    }
}
