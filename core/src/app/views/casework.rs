//! The screens over the vault: cases, a case, labels, notes, search, confirmations.

use chrono::{DateTime, Utc};

use super::super::route::Confirmation;
use super::super::{
    Button, CaseView, CasesView, ConfirmView, Event, LabelView, NoteEditorView, Row, Screen,
    SearchView, TextField,
};
use super::Views;
use crate::casework::{Guidance, MAX_LABEL_CHARS, MAX_REMARK_CHARS};
use crate::vault::MAX_NOTE_CHARS;

/// Characters of a note shown in the case's list of notes.
const NOTE_PREVIEW_CHARS: usize = 80;
/// The longest search query accepted.
const MAX_QUERY_CHARS: u32 = 100;

fn preview(text: &str) -> String {
    let line = text.lines().next().unwrap_or_default();
    let mut preview: String = line.chars().take(NOTE_PREVIEW_CHARS).collect();
    if line.chars().count() > NOTE_PREVIEW_CHARS || text.lines().nth(1).is_some() {
        preview.push('…');
    }
    preview
}

impl Views<'_> {
    /// "Verloopt over 12 dagen", counted from the case's last change.
    fn expiry(&self, updated_at: DateTime<Utc>) -> String {
        let Some(settings) = self.app.loaded.settings else {
            return String::new();
        };
        let expires = settings.expires_at(updated_at);
        let days = (expires - self.app.clock.now()).num_days().max(0);
        self.f("case-expires", &[("days", days.into())])
    }

    pub(super) fn cases(&self, picking: bool) -> (String, Screen) {
        let items = self
            .app
            .loaded
            .cases
            .iter()
            .map(|item| {
                let id = item.id.to_string();
                let detail = format!(
                    "{} · {} · {}",
                    self.f("signal-count", &[("count", item.observed_signals.into())]),
                    self.f("note-count", &[("count", item.notes.into())]),
                    self.expiry(item.updated_at)
                );
                let event = if picking {
                    Event::SaveChecklistTo { case_id: id }
                } else {
                    Event::OpenCase { case_id: id }
                };
                Row {
                    accessibility_label: format!("{}, {detail}", item.label.as_str()),
                    label: item.label.as_str().to_owned(),
                    detail: Some(detail),
                    event,
                }
            })
            .collect::<Vec<_>>();
        let view = CasesView {
            empty: items.is_empty().then(|| self.t("cases-empty")),
            items,
            new_case: self.button("cases-new", Event::NewCase),
            picking_for_checklist: picking.then(|| {
                self.f(
                    "cases-pick-for-checklist",
                    &[("count", self.app.checklist.len().into())],
                )
            }),
        };
        (self.t("cases-title"), Screen::Cases(view))
    }

    pub(super) fn case(&self) -> (String, Screen) {
        let Some(case) = self.app.loaded.case.as_ref() else {
            return self.cases(false);
        };
        let id = case.id.to_string();
        let card = self.app.content.card(self.language);
        let kader = self.app.content.afwegingskader(self.language);
        let guidance = case
            .guidance(kader)
            .into_iter()
            .filter_map(|item| {
                let step = card
                    .meldcode
                    .steps
                    .iter()
                    .find(|s| s.number == item.step())?;
                let words = match item {
                    Guidance::Report => case
                        .afweging_walk(kader)
                        .end
                        .map(|o| o.text.clone())
                        .unwrap_or_else(|| step.title.clone()),
                    _ => step.title.clone(),
                };
                Some(format!(
                    "{} {}: {words}",
                    card.meldcode.step_label, step.number
                ))
            })
            .collect();
        let done = case
            .steps
            .values()
            .filter(|p| p.status == crate::casework::StepStatus::Done)
            .count();
        let row = |label: String, detail: String, event: Event| Row {
            accessibility_label: format!("{label}, {detail}"),
            label,
            detail: Some(detail),
            event,
        };
        let sections = vec![
            row(
                self.heading(&card.signals.heading, "discreet-signals"),
                self.f("signal-count", &[("count", case.signals.len().into())]),
                Event::OpenCaseSignals {
                    case_id: id.clone(),
                },
            ),
            row(
                self.heading(&card.meldcode.heading, "discreet-meldcode"),
                self.f("steps-done", &[("count", done.into())]),
                Event::OpenCaseSteps {
                    case_id: id.clone(),
                },
            ),
            row(
                kader.heading.clone(),
                self.f("answer-count", &[("count", case.answers.len().into())]),
                Event::OpenCaseAfweging {
                    case_id: id.clone(),
                },
            ),
        ];
        let notes = self
            .app
            .loaded
            .notes
            .iter()
            .map(|note| {
                let detail = self.date_time(note.updated_at);
                Row {
                    accessibility_label: format!("{}, {detail}", preview(&note.body)),
                    label: preview(&note.body),
                    detail: Some(detail),
                    event: Event::EditNote {
                        note_id: note.id.to_string(),
                    },
                }
            })
            .collect();
        let view = CaseView {
            label: case.label.as_str().to_owned(),
            expiry: self.expiry(case.updated_at),
            guidance,
            sections,
            notes,
            notes_heading: self.t("case-notes"),
            new_note: self.button(
                "case-new-note",
                Event::NewNote {
                    case_id: id.clone(),
                },
            ),
            export: self.button(
                "case-export",
                Event::ExportCase {
                    case_id: id.clone(),
                },
            ),
            rename: self.button(
                "case-rename",
                Event::RenameCase {
                    case_id: id.clone(),
                },
            ),
            delete: self.button("case-delete", Event::DeleteCase { case_id: id }),
        };
        (case.label.as_str().to_owned(), Screen::Case(view))
    }

    /// The one-line editor over the shared draft: a case label or a signal's remark.
    fn one_line_editor(
        &self,
        label: String,
        placeholder_id: &str,
        advice_id: &str,
        max_chars: usize,
        can_submit: bool,
    ) -> LabelView {
        let drafts = &self.app.drafts;
        LabelView {
            field: TextField {
                label,
                text: drafts.label.clone(),
                placeholder: self.t(placeholder_id),
                error: drafts.label_error.clone(),
                max_chars: max_chars as u32,
                sensitive: true,
            },
            advice: self.t(advice_id),
            submit: Button {
                enabled: can_submit,
                ..self.button("label-save", Event::SubmitLabel)
            },
        }
    }

    pub(super) fn label(&self, renaming: bool) -> (String, Screen) {
        let view = self.one_line_editor(
            self.t("label-field"),
            "label-placeholder",
            "label-advice",
            MAX_LABEL_CHARS,
            !self.app.drafts.label.trim().is_empty(),
        );
        let title = if renaming {
            "label-title-rename"
        } else {
            "label-title-new"
        };
        (self.t(title), Screen::Label(view))
    }

    pub(super) fn remark(&self, signal_id: &str) -> (String, Screen) {
        let card = self.app.content.card(self.language);
        let signal = card
            .signals
            .items
            .iter()
            .find(|s| s.id == signal_id)
            .map(|s| s.text.as_str())
            .unwrap_or_default();
        let view = self.one_line_editor(
            self.f("remark-field", &[("signal", signal.into())]),
            "remark-placeholder",
            "remark-advice",
            MAX_REMARK_CHARS,
            self.app.drafts.label_error.is_none(),
        );
        (self.t("remark-title"), Screen::Label(view))
    }

    pub(super) fn note_editor(&self, existing: bool) -> (String, Screen) {
        let drafts = &self.app.drafts;
        let case_label = self
            .app
            .loaded
            .case
            .as_ref()
            .map(|c| c.label.as_str().to_owned())
            .unwrap_or_default();
        let note_id = match &self.app.route {
            super::super::route::Route::NoteEditor { note: Some(id), .. } => Some(id.to_string()),
            _ => None,
        };
        let too_long = drafts.note.chars().count() > MAX_NOTE_CHARS;
        let view = NoteEditorView {
            case_label,
            field: TextField {
                label: self.t("note-field"),
                text: drafts.note.clone(),
                placeholder: self.t("note-placeholder"),
                error: too_long
                    .then(|| self.f("error-note-too-long", &[("max", MAX_NOTE_CHARS.into())])),
                max_chars: MAX_NOTE_CHARS as u32,
                sensitive: true,
            },
            save: Button {
                enabled: !drafts.note.trim().is_empty() && !too_long,
                ..self.button("note-save", Event::SaveNote)
            },
            delete: note_id
                .filter(|_| existing)
                .map(|id| self.button("note-delete", Event::DeleteNote { note_id: id })),
        };
        (
            self.t(if existing {
                "note-title-edit"
            } else {
                "note-title-new"
            }),
            Screen::NoteEditor(view),
        )
    }

    pub(super) fn search(&self) -> (String, Screen) {
        let query = &self.app.drafts.search;
        let results: Vec<Row> = self
            .app
            .loaded
            .hits
            .iter()
            .map(|hit| {
                let snippet: String = hit.snippet.iter().map(|part| part.text.as_str()).collect();
                Row {
                    accessibility_label: format!("{}: {snippet}", hit.case_label.as_str()),
                    label: hit.case_label.as_str().to_owned(),
                    detail: Some(snippet),
                    event: Event::OpenCase {
                        case_id: hit.case_id.to_string(),
                    },
                }
            })
            .collect();
        let view = SearchView {
            field: TextField {
                label: self.t("search-field"),
                text: query.clone(),
                placeholder: self.t("search-placeholder"),
                error: None,
                max_chars: MAX_QUERY_CHARS,
                sensitive: true,
            },
            empty: (results.is_empty() && !query.trim().is_empty()).then(|| self.t("search-empty")),
            results,
        };
        (self.t("search-title"), Screen::Search(view))
    }

    pub(super) fn confirmation(&self, confirmation: Confirmation) -> (String, Screen) {
        let label = self
            .app
            .loaded
            .case
            .as_ref()
            .map(|c| c.label.as_str().to_owned())
            .unwrap_or_default();
        let (heading, text, confirm, destructive) = match confirmation {
            Confirmation::DeleteCase(_) => (
                self.f("confirm-delete-case", &[("label", label.as_str().into())]),
                self.t("confirm-delete-case-text"),
                "action-delete",
                true,
            ),
            Confirmation::DeleteNote { .. } => (
                self.t("confirm-delete-note"),
                self.t("confirm-delete-note-text"),
                "action-delete",
                true,
            ),
            Confirmation::Export(_) => (
                self.f("confirm-export", &[("label", label.as_str().into())]),
                self.t("confirm-export-text"),
                "action-share",
                false,
            ),
            Confirmation::Wipe => (
                self.t("confirm-wipe"),
                self.t("confirm-wipe-text"),
                "action-wipe",
                true,
            ),
        };
        let view = ConfirmView {
            heading: heading.clone(),
            text,
            confirm: self.button(confirm, Event::Confirm),
            cancel: self.button("action-cancel", Event::Cancel),
            destructive,
        };
        (heading, Screen::Confirm(view))
    }
}
