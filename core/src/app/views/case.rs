//! The saved cases and one case: its guidance, sections, notes and actions.

use chrono::{DateTime, Utc};

use super::super::{AcuteView, Button, CaseView, CasesView, Event, Row, Screen};
use super::Views;
use super::notes::preview;
use crate::casework::{Case, Guidance, REPORT_STEP};

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
        let next = case.next_step(kader);
        let next_step = next.step.and_then(|item| self.next_step_words(case, item));
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
                self.heading(&kader.heading, "discreet-text-hidden"),
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
                // What the user wrote stays folded in discreet mode until "Tekst tonen".
                let label = self
                    .own_text(&preview(&note.body))
                    .unwrap_or_else(|| self.t("discreet-note"));
                Row {
                    accessibility_label: format!("{label}, {detail}"),
                    label,
                    detail: Some(detail),
                    event: Event::EditNote {
                        note_id: note.id.to_string(),
                    },
                }
            })
            .collect();
        let acute = next.acute.then(|| self.acute()).flatten();
        let reporting = next.step == Some(Guidance::Report) && acute.is_none();
        let view = CaseView {
            expiry: self.expiry(case.updated_at),
            acute,
            guidance_heading: self.heading_line(self.t("case-guidance-heading")),
            next_step,
            report_call: reporting.then(|| self.report_call()).flatten(),
            sections,
            notes,
            notes_heading: self.heading_line(self.t("case-notes")),
            show_text: self.show_text(),
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
            .find(|s| s.number == REPORT_STEP)?
            .experts
            .first()?;
        let contact = self.app.content.contact(&expert.contact.0)?;
        // "Bel Veilig Thuis, 0800 2000", shown and spoken like every call button; in
        // discreet mode under the expert's neutral name.
        let expert_name = self.heading(&expert.name, "discreet-coordinator");
        self.contact_call(contact, &expert_name)
    }

    /// "Stap 2: Overleg met een collega. …" or "Afweging 3: …": the next step in the
    /// card's (or the afwegingskader's) words, held back in discreet mode if revealing.
    fn next_step_words(&self, case: &Case, item: Guidance) -> Option<String> {
        let card = self.app.content.card(self.language);
        let kader = self.app.content.afwegingskader(self.language);
        let walk = case.afweging_walk(kader);
        let outcome = || walk.end.map(|o| o.text.clone());
        let (label, words) = match item {
            Guidance::Continue(number) => {
                let question = kader.questions.iter().find(|q| q.number == number)?;
                (
                    self.f("afweging-question-label", &[("number", number.into())]),
                    question.topic.clone(),
                )
            }
            Guidance::Close => (self.t("case-next-afweging"), outcome()?),
            _ => {
                let step = card
                    .meldcode
                    .steps
                    .iter()
                    .find(|s| Some(s.number) == item.step())?;
                let words = match item {
                    Guidance::Report => outcome().unwrap_or_else(|| step.title.clone()),
                    _ => step.title.clone(),
                };
                (
                    format!("{} {}", card.meldcode.step_label, step.number),
                    words,
                )
            }
        };
        // No button shows it here: the case's steps do.
        let words = self.body_or_placeholder(&words);
        Some(format!("{label}: {words}"))
    }

    /// "Acute onveiligheid: bel 112 · Veilig Thuis 0800 2000", with both calls; `None`
    /// if the contacts lack either number.
    fn acute(&self) -> Option<AcuteView> {
        let contacts = &self.app.content;
        let emergency = contacts.contact("alarmnummer")?;
        let report = self.report_call()?;
        let emergency_number = emergency.number.as_ref()?.display();
        let report_number = contacts.contact("veilig_thuis")?.number.as_ref()?.display();
        let name = contacts
            .contact_text(self.language, "veilig_thuis")?
            .name
            .as_str();
        let name = self.heading(name, "discreet-report-name");
        let text = self.f(
            "case-acute",
            &[
                ("emergency", emergency_number.into()),
                ("name", name.as_str().into()),
                ("number", report_number.into()),
            ],
        );
        let call_112 = self.contact_call(emergency, &self.t("call-emergency"))?;
        Some(AcuteView {
            text,
            calls: vec![call_112, report],
        })
    }
}

/// The text without its closing full stop, where a colon or a stop follows it.
pub(super) fn trim_end_stop(text: &str) -> &str {
    text.trim_end().strip_suffix('.').unwrap_or(text.trim_end())
}
