//! Handling events: navigation, the PIN flows, casework, notes, settings.

use chrono::{DateTime, Utc};
use zeroize::Zeroizing;

use super::preferences::{AUTO_LOCK_MINUTES, MAX_COORDINATOR_NAME_CHARS, OwnCoordinator};
use super::refusal::Refusal;
use super::route::{Confirmation, PinStep, Route};
use super::{AnswerChoice, App, Destination, Drafts, Effect, Event, NoticeKind, StepChoice};
use crate::casework::{
    Answer, Case, CaseId, CaseLabel, CaseworkError, MAX_REMARK_CHARS, StepStatus, summary,
};
use crate::content::PhoneNumber;
use crate::vault::{
    MAX_NOTE_CHARS, MAX_PIN_DIGITS, NoteId, VaultError, VaultSettings, VaultStatus, check_pin,
};

type Handled = Result<(), Refusal>;

/// Retention periods offered in settings, in days.
pub(super) const RETENTION_CHOICES: [u16; 4] = [30, 90, 180, 365];
/// Wrong-PIN limits offered in settings.
pub(super) const ATTEMPT_CHOICES: [u32; 3] = [5, 10, 20];

/// The most a one-line field takes from the shell; the field's own limit is lower and
/// explained to the user, this only stops absurd input from reaching the core's state.
const MAX_LINE_INPUT: usize = 1_000;
/// The most the note editor takes from the shell: room to show "too long" for a pasted
/// text, not for megabytes.
const MAX_NOTE_INPUT: usize = 2 * MAX_NOTE_CHARS;

/// Refuses text longer than `max` characters; the draft keeps its previous text.
fn bounded(text: &str, max: usize) -> Handled {
    if text.chars().count() > max {
        return Err(Refusal::InputTooLong { max });
    }
    Ok(())
}

fn parse_case_id(text: &str) -> Result<CaseId, Refusal> {
    CaseId::parse(text).ok_or(Refusal::UnknownCase)
}

fn parse_note_id(text: &str) -> Result<NoteId, Refusal> {
    NoteId::parse(text).ok_or(Refusal::UnknownNote)
}

impl App {
    pub(super) fn handle(
        &mut self,
        event: Event,
        now: DateTime<Utc>,
        effects: &mut Vec<Effect>,
    ) -> Handled {
        // A new event answers the last notice.
        if !matches!(event, Event::Tick) {
            self.notice = None;
        }
        match event {
            Event::Back => self.back(),
            Event::OpenHome => {
                self.leave_flows();
                self.stack.clear();
                self.route = Route::Home;
                Ok(())
            }
            Event::Open { destination } => self.open(destination),
            Event::DismissNotice | Event::Tick => Ok(()),
            Event::WentToBackground => {
                self.lock(effects);
                Ok(())
            }
            Event::LockNow => {
                self.lock(effects);
                self.after_unlock = None;
                self.stack.clear();
                self.route = Route::Home;
                Ok(())
            }
            Event::QuickExit => {
                self.lock(effects);
                self.after_unlock = None;
                self.checklist.clear();
                self.saving_checklist = false;
                self.drafts = Drafts::default();
                self.pin.clear();
                self.stack.clear();
                self.route = Route::Neutral;
                effects.push(Effect::HideApp);
                Ok(())
            }
            Event::LeaveNeutral => {
                if self.route != Route::Neutral {
                    return Err(Refusal::NotHere);
                }
                self.route = Route::Home;
                Ok(())
            }
            Event::Call { contact_id } => {
                let contact = self
                    .content
                    .contact(&contact_id)
                    .ok_or(Refusal::UnknownContact)?;
                let number = contact.number.as_ref().ok_or(Refusal::NoNumber)?;
                effects.push(Effect::Dial {
                    tel_uri: number.tel_uri().to_owned(),
                });
                Ok(())
            }
            Event::CallOwnCoordinator => {
                let number = self
                    .prefs
                    .coordinator
                    .as_ref()
                    .and_then(OwnCoordinator::number)
                    .ok_or(Refusal::NoNumber)?;
                effects.push(Effect::Dial {
                    tel_uri: number.tel_uri().to_owned(),
                });
                Ok(())
            }
            Event::PinDigit { digit } => {
                if !matches!(self.route, Route::Pin(_)) || digit > 9 {
                    return Err(Refusal::NotHere);
                }
                if self.pin.digits.len() < MAX_PIN_DIGITS {
                    self.pin.digits.push(char::from(b'0' + digit));
                }
                self.pin.error = None;
                Ok(())
            }
            Event::PinBackspace => {
                self.pin.digits.pop();
                Ok(())
            }
            Event::PinSubmit => self.submit_pin(effects),
            Event::ToggleSignal {
                case_id: None,
                signal_id,
            } => {
                if !self.content.has_signal(&signal_id) {
                    return Err(CaseworkError::UnknownSignal(signal_id).into());
                }
                if self.checklist.remove(&signal_id).is_none() {
                    self.checklist.insert(signal_id, now);
                }
                Ok(())
            }
            Event::ToggleSignal {
                case_id: Some(id),
                signal_id,
            } => self.change_case(&id, now, |case, content, now| {
                case.toggle_signal(content, &signal_id, now).map(|_| ())
            }),
            Event::SaveChecklist => {
                if self.checklist.is_empty() {
                    return Err(Refusal::EmptyChecklist);
                }
                self.saving_checklist = true;
                self.go(Route::Cases { picking: true });
                Ok(())
            }
            Event::SaveChecklistTo { case_id } => self.save_checklist_to(&case_id, now),
            Event::ClearChecklist => {
                self.checklist.clear();
                Ok(())
            }
            Event::NewCase => {
                self.drafts.label.clear();
                self.drafts.label_error = None;
                self.go(Route::Label { case: None });
                Ok(())
            }
            Event::RenameCase { case_id } => {
                let id = parse_case_id(&case_id)?;
                let case = self.require_case(id)?;
                self.drafts.label = case.label.as_str().to_owned();
                self.drafts.label_error = None;
                self.go(Route::Label { case: Some(id) });
                Ok(())
            }
            Event::EditRemark { case_id, signal_id } => {
                let id = parse_case_id(&case_id)?;
                let case = self.require_case(id)?;
                let observed = case
                    .signals
                    .get(&signal_id)
                    .ok_or_else(|| CaseworkError::SignalNotObserved(signal_id.clone()))?;
                self.drafts.label = observed.remark.clone().unwrap_or_default();
                self.drafts.label_error = None;
                self.go(Route::Remark {
                    case: id,
                    signal: signal_id,
                });
                Ok(())
            }
            Event::LabelChanged { text } => {
                bounded(&text, MAX_LINE_INPUT)?;
                let error = match self.route {
                    Route::Label { .. } => CaseLabel::new(&text)
                        .err()
                        .filter(|e| !matches!(e, CaseworkError::EmptyLabel)),
                    Route::Remark { .. } => (text.trim().chars().count() > MAX_REMARK_CHARS)
                        .then_some(CaseworkError::RemarkTooLong {
                            max: MAX_REMARK_CHARS,
                        }),
                    _ => return Err(Refusal::NotHere),
                };
                self.drafts.label_error =
                    error.map(|e| Refusal::from(e).wording(&self.texts, self.language()));
                self.drafts.label = text;
                Ok(())
            }
            Event::SubmitLabel => self.submit_label(now),
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
            } => {
                let status = match status {
                    StepChoice::NotStarted => StepStatus::NotStarted,
                    StepChoice::InProgress => StepStatus::InProgress,
                    StepChoice::Done => StepStatus::Done,
                };
                self.change_case(&case_id, now, |case, content, now| {
                    case.set_step_status(content, step, status, now)
                })
            }
            Event::ToggleConsulted {
                case_id,
                step,
                expert_id,
            } => self.change_case(&case_id, now, |case, content, now| {
                case.toggle_consulted(content, step, &expert_id, now)
                    .map(|_| ())
            }),
            Event::Answer {
                case_id,
                question,
                answer,
            } => {
                let answer = answer.map(|a| match a {
                    AnswerChoice::Yes => Answer::Yes,
                    AnswerChoice::No => Answer::No,
                });
                self.change_case(&case_id, now, |case, content, now| {
                    case.answer(content, question, answer, now)
                })
            }
            Event::DeleteCase { case_id } => {
                let id = parse_case_id(&case_id)?;
                self.require_case(id)?;
                self.go(Route::Confirm(Confirmation::DeleteCase(id)));
                Ok(())
            }
            Event::ExportCase { case_id } => {
                let id = parse_case_id(&case_id)?;
                self.require_case(id)?;
                self.go(Route::Confirm(Confirmation::Export(id)));
                Ok(())
            }
            Event::NewNote { case_id } => {
                let id = parse_case_id(&case_id)?;
                self.require_case(id)?;
                self.drafts.note.clear();
                self.go(Route::NoteEditor {
                    case: id,
                    note: None,
                });
                Ok(())
            }
            Event::EditNote { note_id: text } => {
                let id = parse_note_id(&text)?;
                let Route::Case(case) = self.route else {
                    return Err(Refusal::NotHere);
                };
                let note = self
                    .vault
                    .list_notes(case)?
                    .into_iter()
                    .find(|n| n.id == id)
                    .ok_or(Refusal::UnknownNote)?;
                self.drafts.note = note.body;
                self.go(Route::NoteEditor {
                    case,
                    note: Some(id),
                });
                Ok(())
            }
            Event::NoteChanged { text } => {
                bounded(&text, MAX_NOTE_INPUT)?;
                if !matches!(self.route, Route::NoteEditor { .. }) {
                    return Err(Refusal::NotHere);
                }
                self.drafts.note = text;
                Ok(())
            }
            Event::SaveNote => self.save_note(),
            Event::DeleteNote { note_id: text } => {
                let id = parse_note_id(&text)?;
                let case = match self.route {
                    Route::Case(case) | Route::NoteEditor { case, .. } => case,
                    _ => return Err(Refusal::NotHere),
                };
                self.go(Route::Confirm(Confirmation::DeleteNote { case, note: id }));
                Ok(())
            }
            Event::SearchChanged { query } => {
                bounded(&query, MAX_LINE_INPUT)?;
                if self.route != Route::Search {
                    return Err(Refusal::NotHere);
                }
                self.drafts.search = query;
                Ok(())
            }
            Event::SetLanguage { language } => {
                self.prefs.language = language;
                self.save_prefs()
            }
            Event::SetDiscreet { enabled } => {
                self.prefs.discreet = enabled;
                self.save_prefs()?;
                effects.push(Effect::SetLauncherDiscreet { discreet: enabled });
                Ok(())
            }
            Event::SetAutoLockMinutes { minutes } => {
                if !AUTO_LOCK_MINUTES.contains(&minutes) {
                    return Err(Refusal::NotOffered);
                }
                self.prefs.auto_lock_minutes = minutes;
                self.save_prefs()
            }
            Event::SetRetentionDays { days } => {
                let days = u16::try_from(days)
                    .ok()
                    .filter(|d| RETENTION_CHOICES.contains(d))
                    .ok_or(Refusal::NotOffered)?;
                self.change_settings(|s| s.retention_days = days)
            }
            Event::SetMaxAttempts { attempts } => {
                if !ATTEMPT_CHOICES.contains(&attempts) {
                    return Err(Refusal::NotOffered);
                }
                self.change_settings(|s| s.max_attempts = attempts)
            }
            Event::CoordinatorNameChanged { text } => {
                bounded(&text, MAX_LINE_INPUT)?;
                self.drafts.coordinator_name = text;
                self.drafts.coordinator_error = None;
                Ok(())
            }
            Event::CoordinatorNumberChanged { text } => {
                bounded(&text, MAX_LINE_INPUT)?;
                self.drafts.coordinator_number = text;
                self.drafts.coordinator_error = None;
                Ok(())
            }
            Event::SaveCoordinator => self.save_coordinator(now),
            Event::ClearCoordinator => {
                self.prefs.coordinator = None;
                self.save_prefs()?;
                self.confirm("notice-coordinator-cleared");
                Ok(())
            }
            Event::ChangePin => {
                if !self.unlocked() {
                    return Err(VaultError::Locked.into());
                }
                self.pin.clear();
                self.go(Route::Pin(PinStep::ChangeCurrent));
                Ok(())
            }
            Event::RequestWipe => {
                self.go(Route::Confirm(Confirmation::Wipe));
                Ok(())
            }
            Event::Confirm => self.confirm_action(effects),
            Event::Cancel => {
                if !matches!(self.route, Route::Confirm(_)) {
                    return Err(Refusal::NotHere);
                }
                self.back()
            }
        }
    }

    /// Shows a confirmation notice.
    fn confirm(&mut self, id: &str) {
        self.notice = Some((
            NoticeKind::Confirmation,
            self.texts.get(self.language(), id),
        ));
    }

    /// Goes to `route`, through the unlock screen if it shows case data.
    pub(super) fn go(&mut self, route: Route) {
        let previous = std::mem::replace(&mut self.route, Route::Home);
        if !matches!(
            previous,
            Route::Pin(_) | Route::Confirm(_) | Route::Neutral | Route::LockedOut
        ) {
            self.stack.push(previous);
        }
        if route.needs_vault() && !self.unlocked() {
            self.after_unlock = Some(route);
            self.pin.clear();
            self.route = Route::Pin(match self.vault.status() {
                VaultStatus::NotCreated => PinStep::Choose,
                _ => PinStep::Unlock,
            });
        } else {
            self.route = route;
        }
    }

    /// Goes back one screen; leaves a flow (PIN, confirmation) as cancelled.
    fn back(&mut self) -> Handled {
        if matches!(self.route, Route::Pin(_)) {
            self.pin.clear();
            self.after_unlock = None;
        }
        // Leaving the case picker cancels saving the checklist (the label editor goes
        // back to the picker, which keeps it).
        if self.route == (Route::Cases { picking: true }) {
            self.saving_checklist = false;
        }
        match self.stack.pop() {
            Some(route) => {
                self.route = route;
                Ok(())
            }
            None if self.route == Route::Home => Err(Refusal::NotHere),
            None => {
                self.route = Route::Home;
                Ok(())
            }
        }
    }

    fn leave_flows(&mut self) {
        self.pin.clear();
        self.after_unlock = None;
        self.saving_checklist = false;
    }

    fn open(&mut self, destination: Destination) -> Handled {
        let route = match destination {
            Destination::Signals => Route::Signals { case: None },
            Destination::Conversation => Route::Conversation,
            Destination::Meldcode => Route::Meldcode { case: None },
            Destination::Afwegingskader => Route::Afweging { case: None },
            Destination::Contacts => Route::Contacts,
            Destination::Cases => Route::Cases { picking: false },
            Destination::Search => Route::Search,
            Destination::Settings => {
                self.drafts.coordinator_name = self
                    .prefs
                    .coordinator
                    .as_ref()
                    .map(|c| c.name.clone())
                    .unwrap_or_default();
                self.drafts.coordinator_number = self
                    .prefs
                    .coordinator
                    .as_ref()
                    .map(|c| c.display.clone())
                    .unwrap_or_default();
                self.drafts.coordinator_error = None;
                Route::Settings
            }
            Destination::About => Route::About,
        };
        if route == Route::Search {
            self.drafts.search.clear();
        }
        self.go(route);
        Ok(())
    }

    fn submit_pin(&mut self, effects: &mut Vec<Effect>) -> Handled {
        let Route::Pin(step) = self.route else {
            return Err(Refusal::NotHere);
        };
        let entered = std::mem::take(&mut self.pin.digits);
        // A refused PIN shows on the PIN pad, not as a notice.
        if let Err(refusal) = self.pin_step(step, entered, effects) {
            self.pin.error = Some(refusal.wording(&self.texts, self.language()));
        }
        Ok(())
    }

    fn pin_step(
        &mut self,
        step: PinStep,
        entered: Zeroizing<String>,
        effects: &mut Vec<Effect>,
    ) -> Handled {
        match step {
            PinStep::Choose | PinStep::ChangeNew => {
                check_pin(&entered)?;
                self.pin.first = Some(entered);
                self.route = Route::Pin(if step == PinStep::Choose {
                    PinStep::Repeat
                } else {
                    PinStep::ChangeRepeat
                });
                Ok(())
            }
            PinStep::Repeat => {
                let first = self.pin.first.take().unwrap_or_default();
                if *first != *entered {
                    self.route = Route::Pin(PinStep::Choose);
                    return Err(Refusal::PinsDiffer);
                }
                if let Err(error) = self.vault.create(&entered) {
                    // The first PIN is gone: start the setup again rather than ask for
                    // a repeat of something no longer held.
                    self.route = Route::Pin(PinStep::Choose);
                    return Err(error.into());
                }
                self.after_unlocking();
                Ok(())
            }
            PinStep::Unlock => match self.vault.unlock(&entered) {
                Ok(()) => {
                    self.after_unlocking();
                    Ok(())
                }
                Err(VaultError::Wiped) => {
                    self.wiped(effects);
                    self.route = Route::LockedOut;
                    Ok(())
                }
                Err(other) => Err(other.into()),
            },
            PinStep::ChangeCurrent => {
                self.pin.current = Some(entered);
                self.route = Route::Pin(PinStep::ChangeNew);
                Ok(())
            }
            PinStep::ChangeRepeat => {
                let first = self.pin.first.take().unwrap_or_default();
                if *first != *entered {
                    self.route = Route::Pin(PinStep::ChangeNew);
                    return Err(Refusal::PinsDiffer);
                }
                let current = self.pin.current.take().unwrap_or_default();
                match self.vault.change_pin(&current, &entered) {
                    Ok(()) => {
                        self.pin.clear();
                        self.route = self.stack.pop().unwrap_or(Route::Settings);
                        self.confirm("notice-pin-changed");
                        Ok(())
                    }
                    Err(VaultError::Wiped) => {
                        self.wiped(effects);
                        self.route = Route::LockedOut;
                        Ok(())
                    }
                    Err(error) => {
                        self.route = Route::Pin(PinStep::ChangeCurrent);
                        Err(error.into())
                    }
                }
            }
        }
    }

    /// After a successful create or unlock: purge expired cases and go where the user
    /// was heading.
    fn after_unlocking(&mut self) {
        self.pin.clear();
        if let Ok(purged) = self.vault.purge_expired()
            && purged > 0
        {
            let text = self.texts.format(
                self.language(),
                "notice-purged",
                &[("count", purged.into())],
            );
            self.notice = Some((NoticeKind::Confirmation, text));
        }
        self.route = self
            .after_unlock
            .take()
            .unwrap_or(Route::Cases { picking: false });
    }

    /// Everything is gone: reset to a fresh install.
    fn wiped(&mut self, effects: &mut Vec<Effect>) {
        let _ = std::fs::remove_file(super::preferences::Preferences::path(&self.data_dir));
        self.prefs = super::preferences::Preferences {
            language: self.prefs.language,
            ..Default::default()
        };
        self.checklist.clear();
        self.saving_checklist = false;
        self.drafts = Drafts::default();
        self.pin.clear();
        self.stack.clear();
        self.after_unlock = None;
        effects.push(Effect::Wiped);
        effects.push(Effect::SetLauncherDiscreet { discreet: false });
    }

    /// The case `id`, from what the screen already loaded if it is that case.
    fn require_case(&self, id: CaseId) -> Result<Case, Refusal> {
        if !self.unlocked() {
            return Err(VaultError::Locked.into());
        }
        match &self.loaded.case {
            Some(case) if case.id == id => Ok(case.clone()),
            _ => self.vault.load_case(id)?.ok_or(Refusal::UnknownCase),
        }
    }

    /// Saves a case and keeps it as the loaded one, so the next view needs no read. The
    /// loaded case is what is stored, so only the rows that changed are written.
    fn store_case(&mut self, case: Case) -> Handled {
        match self
            .loaded
            .case
            .as_ref()
            .filter(|loaded| loaded.id == case.id)
        {
            Some(before) => self.vault.save_case_changes(before, &case)?,
            None => self.vault.save_case(&case)?,
        }
        self.loaded.case = Some(case);
        Ok(())
    }

    fn open_case_route(&mut self, text: &str, route: impl FnOnce(CaseId) -> Route) -> Handled {
        let id = parse_case_id(text)?;
        self.require_case(id)?;
        self.go(route(id));
        Ok(())
    }

    /// Loads a case, applies a casework change and saves it; nothing is saved if the
    /// change is refused.
    fn change_case(
        &mut self,
        text: &str,
        now: DateTime<Utc>,
        change: impl FnOnce(&mut Case, &crate::Content, DateTime<Utc>) -> Result<(), CaseworkError>,
    ) -> Handled {
        let id = parse_case_id(text)?;
        let mut case = self.require_case(id)?;
        change(&mut case, &self.content, now)?;
        self.store_case(case)
    }

    fn save_checklist_to(&mut self, text: &str, now: DateTime<Utc>) -> Handled {
        if !self.saving_checklist {
            return Err(Refusal::NotHere);
        }
        let id = parse_case_id(text)?;
        let mut case = self.require_case(id)?;
        let ticks: Vec<(String, DateTime<Utc>)> = self
            .checklist
            .iter()
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        let added = case.observe_all(
            &self.content,
            ticks.iter().map(|(k, v)| (k.as_str(), *v)),
            now,
        )?;
        self.store_case(case)?;
        self.checklist.clear();
        self.saving_checklist = false;
        self.stack.retain(|r| {
            !matches!(
                r,
                Route::Cases { picking: true } | Route::Signals { case: None }
            )
        });
        self.route = Route::Case(id);
        let text = self.texts.format(
            self.language(),
            "notice-checklist-saved",
            &[("count", added.into())],
        );
        self.notice = Some((NoticeKind::Confirmation, text));
        Ok(())
    }

    fn submit_label(&mut self, now: DateTime<Utc>) -> Handled {
        if let Route::Remark { case, signal } = self.route.clone() {
            let mut case = self.require_case(case)?;
            case.set_signal_remark(&signal, Some(&self.drafts.label), now)?;
            self.store_case(case)?;
            self.drafts.label.clear();
            return self.back();
        }
        let Route::Label { case } = self.route else {
            return Err(Refusal::NotHere);
        };
        let label = CaseLabel::new(&self.drafts.label)?;
        match case {
            Some(id) => {
                let mut case = self.require_case(id)?;
                case.relabel(label, now);
                self.store_case(case)?;
                self.back()
            }
            None => {
                let case = Case::new(label, now);
                let (id, text) = (case.id, case.id.to_string());
                self.store_case(case)?;
                self.drafts.label.clear();
                self.route = Route::Case(id);
                if self.saving_checklist {
                    self.save_checklist_to(&text, now)?;
                }
                self.stack
                    .retain(|r| !matches!(r, Route::Label { .. } | Route::Cases { picking: true }));
                if !self.stack.iter().any(|r| matches!(r, Route::Cases { .. })) {
                    self.stack.push(Route::Cases { picking: false });
                }
                Ok(())
            }
        }
    }

    fn save_note(&mut self) -> Handled {
        let Route::NoteEditor { case, note } = self.route else {
            return Err(Refusal::NotHere);
        };
        match note {
            Some(note) => self.vault.update_note(note, &self.drafts.note)?,
            None => {
                self.vault.add_note(case, &self.drafts.note)?;
            }
        }
        self.drafts.note.clear();
        self.back()?;
        self.confirm("notice-note-saved");
        Ok(())
    }

    fn confirm_action(&mut self, effects: &mut Vec<Effect>) -> Handled {
        let Route::Confirm(confirmation) = self.route else {
            return Err(Refusal::NotHere);
        };
        match confirmation {
            Confirmation::DeleteCase(id) => {
                self.vault.delete_case(id)?;
                self.stack.retain(|r| r.case() != Some(id));
                self.route = self.stack.pop().unwrap_or(Route::Cases { picking: false });
                self.confirm("notice-case-deleted");
            }
            Confirmation::DeleteNote { case, note } => {
                self.vault.delete_note(note)?;
                self.stack
                    .retain(|r| !matches!(r, Route::NoteEditor { .. }));
                self.route = self.stack.pop().unwrap_or(Route::Case(case));
                self.drafts.note.clear();
                self.confirm("notice-note-deleted");
            }
            Confirmation::Export(id) => {
                let case = self.require_case(id)?;
                let language = self.language();
                let text = summary(
                    &case,
                    &self.content,
                    &self.texts,
                    language,
                    self.clock.as_ref(),
                );
                let subject = self.texts.format(
                    language,
                    "export-subject",
                    &[("label", case.label.as_str().into())],
                );
                effects.push(Effect::Share { subject, text });
                self.back()?;
            }
            Confirmation::Wipe => {
                self.vault.wipe()?;
                self.wiped(effects);
                self.route = Route::Home;
                self.confirm("notice-wiped");
            }
        }
        Ok(())
    }

    fn change_settings(&mut self, change: impl FnOnce(&mut VaultSettings)) -> Handled {
        let mut settings = self.vault.settings()?;
        change(&mut settings);
        self.vault.save_settings(&settings)?;
        self.loaded.settings = Some(settings);
        Ok(())
    }

    fn save_prefs(&mut self) -> Handled {
        self.prefs
            .save(&self.data_dir)
            .map_err(|_| Refusal::Storage)
    }

    fn save_coordinator(&mut self, now: DateTime<Utc>) -> Handled {
        let name = self.drafts.coordinator_name.trim();
        let refusal = if name.is_empty() {
            Some(Refusal::CoordinatorNameEmpty)
        } else if name.chars().count() > MAX_COORDINATOR_NAME_CHARS
            || name.chars().any(char::is_control)
        {
            Some(Refusal::CoordinatorNameTooLong {
                max: MAX_COORDINATOR_NAME_CHARS,
            })
        } else {
            None
        };
        let parsed = match refusal {
            Some(refusal) => Err(refusal),
            None => PhoneNumber::parse(&self.drafts.coordinator_number).map_err(Refusal::from),
        };
        let number = match parsed {
            Ok(number) => number,
            Err(refusal) => {
                self.drafts.coordinator_error = Some(refusal.wording(&self.texts, self.language()));
                return Err(refusal);
            }
        };
        let set_on = self.clock.local(now).date_naive();
        self.prefs.coordinator = Some(OwnCoordinator::new(name, &number, set_on));
        self.drafts.coordinator_number = number.display().to_owned();
        self.save_prefs()?;
        self.confirm("notice-coordinator-saved");
        Ok(())
    }
}
