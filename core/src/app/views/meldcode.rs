//! The meldcode's steps and the afwegingskader, to read or for a case.

use super::super::{
    AfwegingView, AnswerChoice, Button, Destination, Event, ExpertView, MeldcodeView, QuestionView,
    Screen, StepChoice, StepView,
};
use super::{Views, status_message_id};
use crate::casework::{Answer, Case, CaseId, REPORT_STEP, StepStatus, WEIGHING_STEP};
use crate::content::{Expert, MeldcodeStep};
use crate::content::{Fact, FactPlace, OutcomeKind};

impl Views<'_> {
    pub(super) fn meldcode(&self, case: Option<CaseId>) -> (String, Screen) {
        let meldcode = &self.app.content.card(self.language).meldcode;
        let loaded = case.and(self.app.session.loaded.case.as_ref());
        let case_id = loaded.map(|c| c.id.to_string());
        let kader = self.app.content.afwegingskader(self.language);
        let steps = meldcode
            .steps
            .iter()
            .map(|step| {
                let progress = loaded.and_then(|c| c.steps.get(&step.number));
                let experts = step
                    .experts
                    .iter()
                    .map(|expert| {
                        let name = self.expert_name(expert);
                        let call = self
                            .app
                            .content
                            .contact(&expert.contact.0)
                            .and_then(|c| self.contact_call(c, &name));
                        let no_number = call.is_none().then(|| self.t("contact-no-number"));
                        let consulted = case_id.as_ref().map(|id| {
                            let checked =
                                progress.is_some_and(|p| p.consulted.contains(&expert.id));
                            // At the reporting step the card's expert is whom the
                            // report goes to.
                            let said = self.t(if step.number == REPORT_STEP {
                                "step-reported"
                            } else {
                                "step-consulted"
                            });
                            self.check_row(
                                said.clone(),
                                Some(format!("{said}: {name}")),
                                None,
                                checked,
                                Event::ToggleConsulted {
                                    case_id: id.clone(),
                                    step: step.number,
                                    expert_id: expert.id.clone(),
                                },
                            )
                        });
                        ExpertView {
                            name,
                            call,
                            no_number,
                            consulted,
                        }
                    })
                    .collect();
                // The weging follows the afwegingskader: its answers set how far it is at
                // least, so a status below that is not offered.
                let floor = loaded.map_or(StepStatus::NotStarted, |c| {
                    if step.number == WEIGHING_STEP {
                        c.afweging_walk(kader).weighing_status()
                    } else {
                        StepStatus::NotStarted
                    }
                });
                let status = case_id.as_ref().map(|id| {
                    let current =
                        loaded.map_or(StepStatus::NotStarted, |c| c.step_state(step.number, kader));
                    let option = |choice: StepChoice, status: StepStatus| {
                        (
                            self.t(status_message_id(status)),
                            current == status,
                            Event::SetStepStatus {
                                case_id: id.clone(),
                                step: step.number,
                                status: choice,
                            },
                        )
                    };
                    let label = self.f("step-status-label", &[("number", step.number.into())]);
                    self.choice_group(
                        label.clone(),
                        label.clone(),
                        &label,
                        [
                            (StepChoice::NotStarted, StepStatus::NotStarted),
                            (StepChoice::InProgress, StepStatus::InProgress),
                            (StepChoice::Done, StepStatus::Done),
                        ]
                        .into_iter()
                        .filter(|(_, status)| *status >= floor)
                        .map(|(choice, status)| option(choice, status))
                        .collect(),
                    )
                });
                let edit_advice = case_id
                    .as_ref()
                    .filter(|_| crate::casework::takes_advice(&self.app.content, step.number))
                    .map(|id| {
                        let has = progress.is_some_and(|p| p.advice.is_some());
                        let button = self.button(
                            if has {
                                "step-advice-edit"
                            } else {
                                "step-advice-add"
                            },
                            Event::EditAdvice {
                                case_id: id.clone(),
                                step: step.number,
                            },
                        );
                        // Steps 2 and 4 both offer it: a screen reader says which.
                        Button {
                            accessibility_label: format!(
                                "{}, {} {}",
                                button.label, meldcode.step_label, step.number
                            ),
                            ..button
                        }
                    });
                StepView {
                    number: step.number,
                    label: format!("{} {}", meldcode.step_label, step.number),
                    title: self.title(&step.title),
                    detail: step.detail.as_deref().and_then(|d| self.body(d)),
                    experts,
                    status,
                    changed: progress.map(|p| {
                        self.f(
                            "step-changed",
                            &[("at", self.date_time(p.changed_at).into())],
                        )
                    }),
                    log: loaded.map_or_else(Vec::new, |c| self.step_log(c, step)),
                    edit_advice,
                }
            })
            .collect();
        let afweging = match &case_id {
            Some(id) => self.button(
                "meldcode-afweging",
                Event::OpenCaseAfweging {
                    case_id: id.clone(),
                },
            ),
            None => self.button(
                "meldcode-afweging",
                Event::Open {
                    destination: Destination::Afwegingskader,
                },
            ),
        };
        // The card's block heading above its meldcode line, the line, and what is not on
        // the card but belongs with the steps (its sources behind "Bronnen"), each held
        // back in discreet mode if it reveals the subject.
        let facts: Vec<&Fact> = self.app.content.facts_at(&FactPlace::Meldcode).collect();
        let paragraphs: Vec<String> = self
            .body(&meldcode.subheading)
            .into_iter()
            .chain(self.body(&meldcode.intro))
            .chain(
                facts
                    .iter()
                    .filter_map(|fact| self.body(fact.text.get(self.language))),
            )
            .collect();
        let sources = self.sources(self.working_fact_sources(facts));
        let view = MeldcodeView {
            case_label: loaded.map(|c| self.case_name(c.label.as_str())),
            intro: (!paragraphs.is_empty()).then(|| paragraphs.join("\n\n")),
            steps,
            show_text: self.show_text(),
            sources,
            afweging,
        };
        (
            self.heading(&meldcode.heading, "discreet-meldcode"),
            Screen::Meldcode { view },
        )
    }

    pub(super) fn afweging(&self, case: Option<CaseId>) -> (String, Screen) {
        let kader = self.app.content.afwegingskader(self.language);
        let loaded = case.and(self.app.session.loaded.case.as_ref());
        let walk = loaded.map(|c| c.afweging_walk(kader));
        let questions: Vec<QuestionView> = match (&walk, loaded) {
            (Some(walk), Some(case)) => walk
                .questions
                .iter()
                .map(|walked| {
                    let id = case.id.to_string();
                    let number = walked.question.number;
                    let current = walked.answer.map(|a| a.answer);
                    let option =
                        |label: &str, answer: Option<Answer>, choice: Option<AnswerChoice>| {
                            (
                                self.t(label),
                                current == answer,
                                Event::Answer {
                                    case_id: id.clone(),
                                    question: number,
                                    answer: choice,
                                },
                            )
                        };
                    // Named by its question, so a screen reader entering the group
                    // hears what the answer is to; each option repeats the short name.
                    let group = self.f(
                        "afweging-answer-group",
                        &[
                            ("number", number.into()),
                            (
                                "question",
                                self.body_or_placeholder(&walked.question.text).into(),
                            ),
                        ],
                    );
                    let short = self.f(
                        "afweging-answer-short",
                        &[
                            ("number", number.into()),
                            ("topic", walked.question.topic.as_str().into()),
                        ],
                    );
                    QuestionView {
                        number,
                        label: self.question_label(number),
                        topic: walked.question.topic.clone(),
                        text: self.body_or_placeholder(&walked.question.text),
                        if_yes: self.outcome("afweging-if-yes", &walked.question.if_yes.text),
                        if_no: self.outcome("afweging-if-no", &walked.question.if_no.text),
                        answer: walked.answer.map(|a| {
                            let answer = self.t(match a.answer {
                                Answer::Yes => "answer-yes",
                                Answer::No => "answer-no",
                            });
                            self.f(
                                "afweging-answered",
                                &[
                                    ("answer", answer.into()),
                                    ("at", self.date_time(a.answered_at).into()),
                                ],
                            )
                        }),
                        choices: Some(self.choice_group(
                            // The card above already says "Afweging 1".
                            self.t("afweging-your-answer"),
                            group,
                            &short,
                            vec![
                                option("answer-yes", Some(Answer::Yes), Some(AnswerChoice::Yes)),
                                option("answer-no", Some(Answer::No), Some(AnswerChoice::No)),
                                option("answer-none", None, None),
                            ],
                        )),
                    }
                })
                .collect(),
            _ => kader
                .questions
                .iter()
                .map(|q| QuestionView {
                    number: q.number,
                    label: self.question_label(q.number),
                    topic: q.topic.clone(),
                    text: self.body_or_placeholder(&q.text),
                    if_yes: self.outcome("afweging-if-yes", &q.if_yes.text),
                    if_no: self.outcome("afweging-if-no", &q.if_no.text),
                    answer: None,
                    choices: None,
                })
                .collect(),
        };
        // What is not in the cited framework but belongs with it (the own profession's
        // framework) follows the label; its sources follow the framework's.
        let facts: Vec<(String, &Fact)> = self
            .app
            .content
            .facts_at(&FactPlace::Afwegingskader)
            .filter_map(|fact| Some((self.body(fact.text.get(self.language))?, fact)))
            .collect();
        let label: Vec<String> = self
            .body(&kader.label)
            .into_iter()
            .chain(facts.iter().map(|(text, _)| text.clone()))
            .collect();
        let label = (!label.is_empty()).then(|| label.join("\n\n"));
        let sources = self.sources(
            std::iter::once(self.source_line(&kader.source))
                .chain(self.working_fact_sources(facts.iter().map(|(_, fact)| *fact)))
                .collect(),
        );
        let end = walk.and_then(|w| w.end);
        let view = AfwegingView {
            case_label: loaded.map(|c| self.case_name(c.label.as_str())),
            label,
            show_text: self.show_text(),
            sources,
            questions,
            conclusion: end.map(|end| {
                self.f(
                    "afweging-conclusion",
                    &[("outcome", self.body_or_placeholder(&end.text).into())],
                )
            }),
            report_call: end
                .is_some_and(|end| end.kind == OutcomeKind::Report)
                .then(|| self.report_call())
                .flatten(),
        };
        let title = self.heading(&kader.heading, "discreet-text-hidden");
        (title, Screen::Afwegingskader { view })
    }

    /// An expert's name as the card gives it; in discreet mode the contact's name, or
    /// a neutral one where that reveals the subject.
    fn expert_name(&self, expert: &Expert) -> String {
        if !self.discreet {
            return expert.name.clone();
        }
        self.app
            .content
            .contact_text(self.language, &expert.contact.0)
            .map(|t| self.heading(&t.name, "discreet-coordinator"))
            .unwrap_or_else(|| self.heading(&expert.name, "discreet-coordinator"))
    }

    /// What the case records at `step`, a line each: whom was consulted (reported to)
    /// and when, the advice, how far the afwegingskader carries the weging.
    fn step_log(&self, case: &Case, step: &MeldcodeStep) -> Vec<String> {
        let mut lines = Vec::new();
        if let Some(progress) = case.steps.get(&step.number) {
            for expert in step
                .experts
                .iter()
                .filter(|e| progress.consulted.contains(&e.id))
            {
                let name = self.expert_name(expert);
                lines.push(self.consulted_line(
                    step.number,
                    &name,
                    progress.consulted_at.get(&expert.id).copied(),
                ));
            }
            if let Some(advice) = &progress.advice {
                // What the user wrote: folded in discreet mode until "Tekst tonen".
                let advice = self
                    .own_text(advice)
                    .unwrap_or_else(|| self.t("discreet-advice"));
                lines.push(self.f("step-advice-line", &[("advice", advice.into())]));
            }
        }
        if step.number == WEIGHING_STEP && !case.answers.is_empty() {
            let kader = self.app.content.afwegingskader(self.language);
            let walk = case.afweging_walk(kader);
            let answered = walk.questions.iter().filter(|q| q.answer.is_some()).count();
            lines.push(self.f("step-weighing-line", &[("count", answered.into())]));
        }
        lines
    }

    /// "Geraadpleegd: Veilig Thuis, 7-12-2026 10:05"; at the reporting step "Gemeld
    /// bij …"; "(tijd niet vastgelegd)" for a consultation recorded before the app kept
    /// the time.
    pub(super) fn consulted_line(
        &self,
        step: u8,
        name: &str,
        at: Option<chrono::DateTime<chrono::Utc>>,
    ) -> String {
        let at = match at {
            Some(at) => self.date_time(at),
            None => self.t("step-time-unknown"),
        };
        let id = if step == REPORT_STEP {
            "step-reported-line"
        } else {
            "step-consulted-line"
        };
        self.f(id, &[("name", name.into()), ("at", at.into())])
    }

    /// "Afweging 1": how the meldcode's answers name a question, with a case or without.
    fn question_label(&self, number: u8) -> String {
        self.f("afweging-question-label", &[("number", number.into())])
    }

    /// "Bij ja: …" — the meldcode's words for an answer, saying which answer.
    fn outcome(&self, id: &str, text: &str) -> String {
        self.f(id, &[("outcome", self.body_or_placeholder(text).into())])
    }
}
