//! The case as a dossier entry: plain text for the organisation's file, shared after
//! the user confirms the export.
//!
//! Structured as the meldcode documents a case: the signals as facts (when seen, the
//! remark), the consultations (whom, when, the advice), the weging's answers and its
//! outcome, the steps with their dates, then the notes the user chose to share, grouped
//! by what they say they are (facts, circumstances or events, observations,
//! interpretations, sources). The structure is built here, not in Fluent (which strips
//! leading spaces): a section is a heading ending in a colon with its lines right under
//! it, a blank line between sections and between notes; no line starts with a space or
//! a punctuation mark, and a card's text that ends in a full stop loses it where a colon
//! follows.

use chrono::{DateTime, Utc};
use fluent_bundle::FluentValue;

use super::Views;
use super::case::trim_end_stop;
use crate::casework::{
    Answer, Case, NoteKind, ObservedSignal, REPORT_STEP, StepProgress, StepStatus,
};
use crate::content::MeldcodeStep;
use crate::i18n::Texts;
use crate::vault::Note;
use crate::{Clock, Content, Language};

impl Views<'_> {
    /// The subject line and the text of `case`'s dossier entry, with `notes` (those the
    /// user chose to share; none unless they did).
    pub(super) fn export(&self, case: &Case, notes: &[Note]) -> (String, String) {
        let app = self.app;
        // The share sheet shows the subject and the first lines: in discreet mode they
        // name neither the subject nor the case.
        let (subject, title) = if self.discreet {
            (
                self.t("export-subject-discreet"),
                self.t("summary-title-discreet"),
            )
        } else {
            (
                self.f("export-subject", &[("label", case.label.as_str().into())]),
                self.t("summary-title"),
            )
        };
        let writer = Writer {
            content: &app.content,
            texts: &app.texts,
            language: self.language,
            clock: &*app.clock,
        };
        (subject, writer.dossier(&title, case, notes))
    }
}

/// Writes a dossier entry in one language and the user's local time.
struct Writer<'a> {
    content: &'a Content,
    texts: &'a Texts,
    language: Language,
    clock: &'a dyn Clock,
}

impl Writer<'_> {
    fn t(&self, id: &str) -> String {
        self.texts.get(self.language, id)
    }

    fn f(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.texts.format(self.language, id, args)
    }

    fn at(&self, at: DateTime<Utc>) -> FluentValue<'static> {
        FluentValue::from(self.texts.date_time(self.language, self.clock.local(at)))
    }

    /// "Waargenomen: 07-12-2026 10:00 (vastgelegd 07-12-2026 14:00)", or without the
    /// recording when the two read the same, as the signal's screen says it.
    fn seen(&self, observed: &ObservedSignal) -> String {
        let seen = self.at(observed.seen_at());
        let recorded = self.at(observed.recorded_at());
        if seen == recorded {
            self.f("summary-seen-line", &[("at", seen)])
        } else {
            self.f(
                "summary-seen-recorded-line",
                &[("at", seen), ("recorded", recorded)],
            )
        }
    }

    /// The experts of `step` marked in `progress`, each with when: "tijd niet
    /// vastgelegd" for a mark made before the time was kept (never a guessed time).
    fn consulted<'s>(
        &'s self,
        step: &'s MeldcodeStep,
        progress: &'s StepProgress,
    ) -> impl Iterator<Item = (&'s str, FluentValue<'static>)> + 's {
        step.experts
            .iter()
            .filter(|e| progress.consulted.contains(&e.id))
            .map(|expert| {
                let at = match progress.consulted_at.get(&expert.id) {
                    Some(at) => self.at(*at),
                    None => self.t("summary-time-unknown").into(),
                };
                (expert.name.as_str(), at)
            })
    }

    /// The whole entry: the sections, a blank line between them.
    fn dossier(&self, title: &str, case: &Case, notes: &[Note]) -> String {
        let head = vec![
            title.to_owned(),
            self.f("summary-created", &[("at", self.at(case.created_at))]),
            self.f("summary-updated", &[("at", self.at(case.updated_at))]),
            self.f("summary-case", &[("label", case.label.as_str().into())]),
        ];
        let mut sections = vec![
            head,
            self.signals(case),
            self.consultations(case),
            self.weging(case),
            self.steps(case),
        ];
        if !notes.is_empty() {
            sections.push(self.notes(notes));
        }
        sections.push(vec![self.f(
            "summary-content-version",
            &[(
                "version",
                self.content.provenance().content_version.as_str().into(),
            )],
        )]);
        sections
            .into_iter()
            .map(|lines| lines.join("\n"))
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    /// The observed signals in the card's order, each with when it was seen and the
    /// remark.
    fn signals(&self, case: &Case) -> Vec<String> {
        let card = self.content.card(self.language);
        let mut lines = vec![self.f("summary-signals", &[("count", case.signals.len().into())])];
        if case.signals.is_empty() {
            lines.push(self.t("summary-no-signals"));
        }
        let observed = card
            .signals
            .items
            .iter()
            .filter_map(|s| Some((s, case.signals.get(&s.id)?)));
        for (number, (signal, observed)) in (1..).zip(observed) {
            lines.push(self.f(
                "summary-signal-line",
                &[
                    ("number", number.into()),
                    ("signal", signal.text.as_str().into()),
                ],
            ));
            lines.push(self.seen(observed));
            if let Some(remark) = &observed.remark {
                lines.push(self.f("summary-remark-line", &[("remark", remark.as_str().into())]));
            }
        }
        lines
    }

    /// Whom the professional consulted at each step, when, and the advice.
    fn consultations(&self, case: &Case) -> Vec<String> {
        let card = self.content.card(self.language);
        let mut lines = vec![self.t("summary-consultations")];
        for step in card
            .meldcode
            .steps
            .iter()
            .filter(|s| s.number != REPORT_STEP)
        {
            let Some(progress) = case.steps.get(&step.number) else {
                continue;
            };
            let label = format!("{} {}", card.meldcode.step_label, step.number);
            for (expert, at) in self.consulted(step, progress) {
                lines.push(self.f(
                    "summary-consulted-line",
                    &[
                        ("step", label.as_str().into()),
                        ("expert", expert.into()),
                        ("at", at),
                    ],
                ));
            }
            if let Some(advice) = &progress.advice {
                lines.push(self.f(
                    "summary-advice-line",
                    &[
                        ("step", label.as_str().into()),
                        ("advice", advice.as_str().into()),
                    ],
                ));
            }
        }
        if lines.len() == 1 {
            lines.push(self.t("summary-no-consultations"));
        }
        lines
    }

    /// The afwegingskader's answers on the path, what the meldcode says to each, and
    /// where the path ends.
    fn weging(&self, case: &Case) -> Vec<String> {
        let kader = self.content.afwegingskader(self.language);
        let walk = case.afweging_walk(kader);
        let mut lines = vec![self.t("summary-afweging")];
        let answered: Vec<_> = walk
            .questions
            .iter()
            .filter_map(|q| Some((q, q.answer?, q.outcome?)))
            .collect();
        let last = answered.len();
        for (i, (walked, record, outcome)) in answered.into_iter().enumerate() {
            let answer_id = match record.answer {
                Answer::Yes => "answer-yes",
                Answer::No => "answer-no",
            };
            lines.push(self.f(
                "summary-answer-line",
                &[
                    ("number", walked.question.number.into()),
                    ("topic", walked.question.topic.as_str().into()),
                    ("answer", self.t(answer_id).into()),
                    ("at", self.at(record.answered_at)),
                ],
            ));
            // Where the path ends, its outcome is the conclusion below: said once.
            if i + 1 < last || walk.end.is_none() {
                lines.push(self.f(
                    "summary-outcome-line",
                    &[("outcome", outcome.text.as_str().into())],
                ));
            }
        }
        if lines.len() == 1 {
            lines.push(self.t("summary-no-answers"));
        } else {
            lines.push(match walk.end {
                Some(end) => self.f(
                    "summary-conclusion",
                    &[("outcome", end.text.as_str().into())],
                ),
                None => self.t("summary-no-conclusion"),
            });
        }
        lines
    }

    /// Each step with its status and date; the report with whom it went to and when.
    fn steps(&self, case: &Case) -> Vec<String> {
        let card = self.content.card(self.language);
        let kader = self.content.afwegingskader(self.language);
        let mut lines = vec![self.t("summary-steps")];
        for step in &card.meldcode.steps {
            let progress = case.steps.get(&step.number);
            let marked = progress.map_or(StepStatus::NotStarted, |p| p.status);
            let status = case.step_state(step.number, kader);
            let mut args = vec![
                ("label", card.meldcode.step_label.as_str().into()),
                ("number", step.number.into()),
                ("title", trim_end_stop(&step.title).into()),
                ("status", self.t(status_message_id(status)).into()),
            ];
            let id = match progress {
                _ if status != marked => "summary-step-line-weighed",
                Some(p) => {
                    args.push(("at", self.at(p.changed_at)));
                    "summary-step-line"
                }
                None => "summary-step-line-untouched",
            };
            lines.push(self.f(id, &args));
            if step.number != REPORT_STEP {
                continue;
            }
            let Some(progress) = progress else { continue };
            for (expert, at) in self.consulted(step, progress) {
                lines.push(self.f(
                    "summary-reported-line",
                    &[("expert", expert.into()), ("at", at)],
                ));
            }
        }
        lines
    }

    /// The shared notes by kind (in the order of `NoteKind::ALL`, those whose kind was
    /// not said last), oldest first within a kind.
    fn notes(&self, notes: &[Note]) -> Vec<String> {
        let mut lines = vec![self.f("summary-notes", &[("count", notes.len().into())])];
        for kind in NoteKind::ALL {
            // Oldest first: a dossier reads in the order things happened.
            let of_kind: Vec<&Note> = notes.iter().rev().filter(|n| n.kind == kind).collect();
            if of_kind.is_empty() {
                continue;
            }
            if lines.len() > 1 {
                lines.push(String::new());
            }
            lines.push(self.t(match kind {
                NoteKind::Fact => "summary-notes-facts",
                NoteKind::Circumstance => "summary-notes-circumstances",
                NoteKind::Observation => "summary-notes-observations",
                NoteKind::Interpretation => "summary-notes-interpretations",
                NoteKind::Source => "summary-notes-sources",
                NoteKind::Unsaid => "summary-notes-unsaid",
            }));
            for (i, note) in of_kind.into_iter().enumerate() {
                if i > 0 {
                    lines.push(String::new());
                }
                lines.push(self.f("summary-note-line", &[("at", self.at(note.created_at))]));
                lines.push(note.body.clone());
            }
        }
        lines
    }
}

/// The message id of a step status.
pub(crate) fn status_message_id(status: StepStatus) -> &'static str {
    match status {
        StepStatus::NotStarted => "step-status-not-started",
        StepStatus::InProgress => "step-status-in-progress",
        StepStatus::Done => "step-status-done",
    }
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Duration, FixedOffset, TimeZone, Utc};

    use super::*;
    use crate::ManualClock;
    use crate::casework::CaseLabel;

    fn at(minutes: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 28, 13, 0, 0)
            .single()
            .expect("valid time")
            + Duration::minutes(minutes)
    }

    #[test]
    fn the_dossier_entry_keeps_each_signal_consultation_and_answer_with_its_time() {
        let content = Content::embedded().expect("embedded content is valid");
        let texts = Texts::embedded().expect("locales");
        let clock = ManualClock::with_offset(at(0), FixedOffset::east_opt(3600).expect("CET"));
        let mut case = Case::new(CaseLabel::new("gezin B.").expect("valid label"), at(0));
        case.toggle_signal(&content, "unexplained_debts", at(5))
            .expect("known");
        case.toggle_signal(&content, "unequal_relationship", at(7))
            .expect("known");
        case.set_signal_remark("unexplained_debts", Some("zegt 'geld voor oom'"), at(8))
            .expect("observed");
        case.toggle_consulted(&content, 2, "zorgcoordinator", at(10))
            .expect("named");
        case.set_step_advice(&content, 2, Some("melden bij Veilig Thuis"), at(11))
            .expect("step 2 takes advice");
        case.answer(&content, 1, Some(Answer::Yes), at(12))
            .expect("q1");
        case.answer(&content, 2, Some(Answer::Yes), at(13))
            .expect("q2");
        let writer = |language| Writer {
            content: &content,
            texts: &texts,
            language,
            clock: &clock,
        };

        let nl = writer(Language::Nl).dossier("Titel", &case, &[]);
        for expected in [
            "Casus: gezin B.",
            "Waargenomen signalen, als feiten (2):\n1. Er is sprake van een ongelijke relatie met een familielid of vriend\nWaargenomen: 28-11-2026 14:07\n2. Heeft onverklaarbare schulden\nWaargenomen: 28-11-2026 14:05\nOpmerking: zegt 'geld voor oom'",
            "Stap 2, geraadpleegd: de zorgcoördinator mensenhandel (28-11-2026 14:10)\nStap 2, advies: melden bij Veilig Thuis",
            "Stap 2. Overleg met een collega. Volg interne procedures: Bezig (28-11-2026 14:11)",
            "Stap 4. Maak een weging of hier sprake is van structurele of acute onveiligheid. Overleg met Veilig Thuis: Afgerond, volgens de antwoorden in het afwegingskader",
            "Stap 5. Meld bij Veilig Thuis en organiseer hulpverlening: Niet begonnen",
            "Afweging 1, Vermoeden: Ja (28-11-2026 14:12)\nVolgens de meldcode: Ga verder met afweging 2.\n",
            "Afweging 2, Acute of structurele onveiligheid: Ja (28-11-2026 14:13)\nUitkomst volgens de meldcode: Melden bij Veilig Thuis.",
        ] {
            assert!(nl.contains(expected), "missing {expected:?} in\n{nl}");
        }
        assert!(!nl.contains("procedures.:"), "{nl}");

        let en = writer(Language::En).dossier("Title", &case, &[]);
        for expected in [
            "Case: gezin B.",
            "Observed signals, as facts (2):",
            "Observed: 28/11/2026 14:05",
            "Step 2, consulted: the care coordinator",
        ] {
            assert!(en.contains(expected), "missing {expected:?} in\n{en}");
        }
    }
}
