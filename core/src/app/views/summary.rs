//! The plain-text summary of a case for the organisation's dossier, shared after the
//! user confirms the export.

use fluent_bundle::FluentValue;

use super::Views;
use crate::casework::{Answer, Case, StepStatus};
use crate::i18n::Texts;
use crate::vault::Note;
use crate::{Clock, Content, Language};

impl Views<'_> {
    /// The subject line and the text of `case`'s summary.
    pub(super) fn export(&self, case: &Case, notes: &[Note]) -> (String, String) {
        let app = self.app;
        let subject = self.f("export-subject", &[("label", case.label.as_str().into())]);
        // The share sheet previews the first line: a neutral one in discreet mode.
        let title = self.t(if self.discreet {
            "summary-title-discreet"
        } else {
            "summary-title"
        });
        let mut text = summary(
            &title,
            case,
            &app.content,
            &app.texts,
            self.language,
            &*app.clock,
        );
        if !notes.is_empty() {
            let mut lines = vec![
                String::new(),
                self.f("summary-notes", &[("count", notes.len().into())]),
            ];
            // Oldest first: a dossier reads in the order things happened.
            for note in notes.iter().rev() {
                lines.push(self.f(
                    "summary-note-line",
                    &[("at", self.date_time(note.created_at).into())],
                ));
                lines.push(note.body.clone());
            }
            text.push_str(&lines.join("\n"));
        }
        (subject, text)
    }
}

/// Writes the case as plain text: signals with their times and remarks, each meldcode
/// step with its status and consulted experts, and the afwegingskader answers with
/// what the meldcode says follows. Notes are not part of it: they follow it only when
/// the user ticked them in and confirmed twice (`Views::export`).
fn summary(
    title: &str,
    case: &Case,
    content: &Content,
    texts: &Texts,
    language: Language,
    clock: &dyn Clock,
) -> String {
    let card = content.card(language);
    let kader = content.afwegingskader(language);
    let at = |t| FluentValue::from(texts.date_time(language, clock.local(t)));
    let mut lines = vec![
        title.to_owned(),
        texts.format(
            language,
            "summary-case",
            &[("label", case.label.as_str().into())],
        ),
        texts.format(language, "summary-created", &[("at", at(case.created_at))]),
        texts.format(language, "summary-updated", &[("at", at(case.updated_at))]),
        String::new(),
        texts.format(
            language,
            "summary-signals",
            &[("count", case.signals.len().into())],
        ),
    ];
    if case.signals.is_empty() {
        lines.push(texts.get(language, "summary-no-signals"));
    }
    // The card's order, not the order of ticking.
    for signal in &card.signals.items {
        let Some(observed) = case.signals.get(&signal.id) else {
            continue;
        };
        lines.push(texts.format(
            language,
            "summary-signal-line",
            &[
                ("at", at(observed.observed_at)),
                ("signal", signal.text.as_str().into()),
            ],
        ));
        if let Some(remark) = &observed.remark {
            lines.push(texts.format(
                language,
                "summary-remark-line",
                &[("remark", remark.as_str().into())],
            ));
        }
    }
    lines.push(String::new());
    lines.push(texts.get(language, "summary-steps"));
    for step in &card.meldcode.steps {
        let progress = case.steps.get(&step.number);
        let status = progress.map_or(StepStatus::NotStarted, |p| p.status);
        let mut args = vec![
            ("label", card.meldcode.step_label.as_str().into()),
            ("number", step.number.into()),
            ("title", step.title.as_str().into()),
            (
                "status",
                texts.get(language, status_message_id(status)).into(),
            ),
        ];
        let id = match progress {
            Some(p) => {
                args.push(("at", at(p.changed_at)));
                "summary-step-line"
            }
            None => "summary-step-line-untouched",
        };
        lines.push(texts.format(language, id, &args));
        let consulted: Vec<&str> = step
            .experts
            .iter()
            .filter(|e| progress.is_some_and(|p| p.consulted.contains(&e.id)))
            .map(|e| e.name.as_str())
            .collect();
        if !consulted.is_empty() {
            lines.push(texts.format(
                language,
                "summary-consulted-line",
                &[("experts", consulted.join(", ").into())],
            ));
        }
    }
    lines.push(String::new());
    lines.push(texts.get(language, "summary-afweging"));
    let walk = case.afweging_walk(kader);
    let answered: Vec<_> = walk
        .questions
        .iter()
        .filter(|q| q.answer.is_some())
        .collect();
    if answered.is_empty() {
        lines.push(texts.get(language, "summary-no-answers"));
    }
    for walked in answered {
        let (Some(record), Some(outcome)) = (walked.answer, walked.outcome) else {
            continue;
        };
        let answer_id = match record.answer {
            Answer::Yes => "answer-yes",
            Answer::No => "answer-no",
        };
        lines.push(texts.format(
            language,
            "summary-answer-line",
            &[
                ("number", walked.question.number.into()),
                ("topic", walked.question.topic.as_str().into()),
                ("answer", texts.get(language, answer_id).into()),
                ("at", at(record.answered_at)),
            ],
        ));
        lines.push(texts.format(
            language,
            "summary-outcome-line",
            &[("outcome", outcome.text.as_str().into())],
        ));
    }
    lines.push(String::new());
    lines.push(texts.format(
        language,
        "summary-content-version",
        &[(
            "version",
            content.provenance().content_version.as_str().into(),
        )],
    ));
    lines.join("\n")
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
    fn summary_lists_signals_steps_and_answers_in_local_time() {
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
        case.answer(&content, 1, Some(Answer::Yes), at(12))
            .expect("q1");
        case.answer(&content, 2, Some(Answer::Yes), at(13))
            .expect("q2");

        let nl = summary(
            &texts.get(Language::Nl, "summary-title"),
            &case,
            &content,
            &texts,
            Language::Nl,
            &clock,
        );
        for expected in [
            "Casus: gezin B.",
            "Waargenomen signalen (2):",
            "- 28-11-2026 14:05  Heeft onverklaarbare schulden",
            "Opmerking: zegt 'geld voor oom'",
            "Stap 2. Overleg met een collega. Volg interne procedures.: Bezig (28-11-2026 14:10)",
            "Geraadpleegd: de zorgcoördinator mensenhandel",
            "Stap 5. Meld bij Veilig Thuis en organiseer hulpverlening: Niet begonnen",
            "2. Acute of structurele onveiligheid: Ja (28-11-2026 14:13)",
            "Volgens de meldcode: Melden bij Veilig Thuis.",
        ] {
            assert!(nl.contains(expected), "missing {expected:?} in\n{nl}");
        }
        // The card's order, not the order of ticking.
        assert!(
            nl.find("Er is sprake van een ongelijke relatie")
                < nl.find("Heeft onverklaarbare schulden")
        );

        let en = summary(
            &texts.get(Language::En, "summary-title"),
            &case,
            &content,
            &texts,
            Language::En,
            &clock,
        );
        for expected in [
            "Case: gezin B.",
            "Observed signals (2):",
            "28/11/2026 14:05  Has unexplained debts",
            "Consulted: the care coordinator",
        ] {
            assert!(en.contains(expected), "missing {expected:?} in\n{en}");
        }
    }
}
