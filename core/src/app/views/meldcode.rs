//! The meldcode's steps and the afwegingskader, to read or for a case.

use super::super::{
    AfwegingView, AnswerChoice, Destination, Event, ExpertView, MeldcodeView, QuestionView, Screen,
    StepChoice, StepView,
};
use super::{Views, status_message_id};
use crate::casework::{Answer, CaseId, StepStatus};
use crate::content::{Fact, FactPlace, OutcomeKind};

impl Views<'_> {
    pub(super) fn meldcode(&self, case: Option<CaseId>) -> (String, Screen) {
        let meldcode = &self.app.content.card(self.language).meldcode;
        let loaded = case.and(self.app.session.loaded.case.as_ref());
        let case_id = loaded.map(|c| c.id.to_string());
        let steps = meldcode
            .steps
            .iter()
            .map(|step| {
                let progress = loaded.and_then(|c| c.steps.get(&step.number));
                let experts = step
                    .experts
                    .iter()
                    .map(|expert| {
                        let name = if self.discreet {
                            self.app
                                .content
                                .contact_text(self.language, &expert.contact.0)
                                .map(|t| self.heading(&t.name, "discreet-coordinator"))
                                .unwrap_or_else(|| {
                                    self.heading(&expert.name, "discreet-coordinator")
                                })
                        } else {
                            expert.name.clone()
                        };
                        let call = self
                            .app
                            .content
                            .contact(&expert.contact.0)
                            .and_then(|c| self.contact_call(c, &name));
                        let no_number = call.is_none().then(|| self.t("contact-no-number"));
                        let consulted = case_id.as_ref().map(|id| {
                            let checked =
                                progress.is_some_and(|p| p.consulted.contains(&expert.id));
                            self.check_row(
                                self.t("step-consulted"),
                                Some(format!("{}: {name}", self.t("step-consulted"))),
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
                let status = case_id.as_ref().map(|id| {
                    let current = progress.map_or(StepStatus::NotStarted, |p| p.status);
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
                        vec![
                            option(StepChoice::NotStarted, StepStatus::NotStarted),
                            option(StepChoice::InProgress, StepStatus::InProgress),
                            option(StepChoice::Done, StepStatus::Done),
                        ],
                    )
                });
                StepView {
                    number: step.number,
                    label: format!("{} {}", meldcode.step_label, step.number),
                    title: self.body_or_placeholder(&step.title),
                    detail: step.detail.as_deref().and_then(|d| self.body(d)),
                    experts,
                    status,
                    changed: progress.map(|p| {
                        self.f(
                            "step-changed",
                            &[("at", self.date_time(p.changed_at).into())],
                        )
                    }),
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
            case_label: loaded.map(|c| c.label.as_str().to_owned()),
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
                            ("question", walked.question.text.as_str().into()),
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
                        text: walked.question.text.clone(),
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
                    text: q.text.clone(),
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
            case_label: loaded.map(|c| c.label.as_str().to_owned()),
            label,
            show_text: self.show_text(),
            sources,
            questions,
            conclusion: end.map(|end| {
                self.f(
                    "afweging-conclusion",
                    &[("outcome", end.text.as_str().into())],
                )
            }),
            report_call: end
                .is_some_and(|end| end.kind == OutcomeKind::Report)
                .then(|| self.report_call())
                .flatten(),
        };
        (kader.heading.clone(), Screen::Afwegingskader { view })
    }

    /// "Afweging 1": how the meldcode's answers name a question, with a case or without.
    fn question_label(&self, number: u8) -> String {
        self.f("afweging-question-label", &[("number", number.into())])
    }

    /// "Bij ja: …" — the meldcode's words for an answer, saying which answer.
    fn outcome(&self, id: &str, text: &str) -> String {
        self.f(id, &[("outcome", text.into())])
    }
}
