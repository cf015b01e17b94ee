//! The saved cases and one case: its guidance, sections, notes and actions.

use chrono::{DateTime, Utc};

use super::super::{Button, CaseView, CasesView, Event, Row, Screen};
use super::Views;
use super::notes::preview;
use crate::casework::Guidance;

impl Views<'_> {
    /// "Verloopt over 12 dagen", counted from the case's last change.
    pub(super) fn expiry(&self, updated_at: DateTime<Utc>) -> String {
        let Some(settings) = self.app.session.loaded.settings else {
            return String::new();
        };
        let expires = settings.expires_at(updated_at);
        let days = (expires - self.app.clock.now()).num_days().max(0);
        self.f("case-expires", &[("days", days.into())])
    }

    pub(super) fn cases(&self, picking: bool) -> (String, Screen) {
        let items = self
            .app
            .session
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
                    &[("count", self.app.session.checklist.len().into())],
                )
            }),
        };
        (self.t("cases-title"), Screen::Cases { view })
    }

    pub(super) fn case(&self) -> (String, Screen) {
        let Some(case) = self.app.session.loaded.case.as_ref() else {
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
                // No button shows it here: the case's steps do.
                let words = self.body_or_placeholder(&words);
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
            .session
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
        let reporting = case.guidance(kader).contains(&Guidance::Report);
        let view = CaseView {
            expiry: self.expiry(case.updated_at),
            guidance_heading: self.heading_line(self.t("case-guidance-heading")),
            guidance,
            report_call: reporting.then(|| self.report_call()).flatten(),
            sections,
            notes,
            notes_heading: self.heading_line(self.t("case-notes")),
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
        (case.label.as_str().to_owned(), Screen::Case { view })
    }

    /// The call to whom the card names at the reporting step (Veilig Thuis), right
    /// where the answers lead to reporting; `None` if the content gives no number.
    pub(super) fn report_call(&self) -> Option<Button> {
        let card = self.app.content.card(self.language);
        let expert = card
            .meldcode
            .steps
            .iter()
            .find(|s| s.number == Guidance::Report.step())?
            .experts
            .first()?;
        let contact = self.app.content.contact(&expert.contact.0)?;
        let number = contact.number.as_ref()?.display();
        // "Bel Veilig Thuis", spoken with the number like every call button.
        let name = self.f("call-report", &[("name", expert.name.as_str().into())]);
        let call = self.contact_call(contact, &name)?;
        Some(Button {
            label: format!("{name} · {number}"),
            ..call
        })
    }
}
