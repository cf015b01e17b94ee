//! The public screens: the card, its contacts and its provenance. No unlock needed.

use crate::casework::{Answer, CaseId, StepStatus};
use crate::content::Contact;

use super::super::{
    AboutView, AfwegingView, AnswerChoice, Button, CheckRow, ChoiceGroup, ChoiceOption,
    ContactView, ContactsView, ConversationView, Destination, Event, ExpertView, HomeView,
    MeldcodeView, QuestionView, Row, Screen, SignalsView, StepChoice, StepView,
};
use super::Views;

impl Views<'_> {
    pub(super) fn home(&self) -> (String, Screen) {
        let card = self.app.content.card(self.language);
        let section = |label: String, detail: Option<String>, destination| Row {
            accessibility_label: label.clone(),
            label,
            detail,
            event: Event::Open { destination },
        };
        let neutral = |normal: &str, id: &str| self.heading(normal, id);
        let mut sections = vec![
            section(
                neutral(&card.signals.heading, "discreet-signals"),
                Some(self.checklist_count()),
                Destination::Signals,
            ),
            section(
                neutral(&card.conversation.heading, "discreet-conversation"),
                None,
                Destination::Conversation,
            ),
            section(
                neutral(&card.meldcode.heading, "discreet-meldcode"),
                None,
                Destination::Meldcode,
            ),
            section(self.t("home-afweging"), None, Destination::Afwegingskader),
            section(self.t("home-contacts"), None, Destination::Contacts),
            section(
                self.t("home-cases"),
                Some(self.t("home-cases-detail")),
                Destination::Cases,
            ),
            section(self.t("home-search"), None, Destination::Search),
            section(self.t("home-settings"), None, Destination::Settings),
            section(self.t("home-about"), None, Destination::About),
        ];
        sections
            .iter_mut()
            .for_each(|row| row.accessibility_label = row.label.clone());
        let heading = if self.discreet {
            self.t("discreet-app-title")
        } else {
            format!("{} — {}", card.title, card.subtitle)
        };
        let title = if self.discreet {
            self.t("discreet-app-title")
        } else {
            self.t("app-title")
        };
        (
            title,
            Screen::Home(HomeView {
                heading,
                intro: self.body(&card.intro),
                sections,
            }),
        )
    }

    fn checklist_count(&self) -> String {
        self.f(
            "signal-count",
            &[("count", self.app.checklist.len().into())],
        )
    }

    pub(super) fn signals(&self, case: Option<CaseId>) -> (String, Screen) {
        let card = self.app.content.card(self.language);
        let loaded = case.and(self.app.loaded.case.as_ref());
        let case_id = loaded.map(|c| c.id.to_string());
        let items: Vec<CheckRow> = card
            .signals
            .items
            .iter()
            .map(|signal| {
                let observed = match loaded {
                    Some(case) => case
                        .signals
                        .get(&signal.id)
                        .map(|o| (o.observed_at, o.remark.as_deref())),
                    None => self.app.checklist.get(&signal.id).map(|at| (*at, None)),
                };
                let detail = observed.map(|(at, remark)| {
                    let seen = self.f("signal-observed-at", &[("at", self.date_time(at).into())]);
                    match remark {
                        Some(remark) => self.f(
                            "signal-seen-with-remark",
                            &[("seen", seen.into()), ("remark", remark.into())],
                        ),
                        None => seen,
                    }
                });
                let state = self.t(if observed.is_some() {
                    "a11y-checked"
                } else {
                    "a11y-unchecked"
                });
                let secondary = match (&case_id, observed) {
                    (Some(id), Some(_)) => Some(Button {
                        accessibility_label: self.f(
                            "signal-remark-a11y",
                            &[("signal", signal.text.as_str().into())],
                        ),
                        ..self.button(
                            "signal-remark",
                            Event::EditRemark {
                                case_id: id.clone(),
                                signal_id: signal.id.clone(),
                            },
                        )
                    }),
                    _ => None,
                };
                CheckRow {
                    accessibility_label: format!("{}, {state}", signal.text),
                    label: signal.text.clone(),
                    detail,
                    checked: observed.is_some(),
                    event: Event::ToggleSignal {
                        case_id: case_id.clone(),
                        signal_id: signal.id.clone(),
                    },
                    secondary,
                }
            })
            .collect();
        let checked = items.iter().filter(|i| i.checked).count();
        let quick = loaded.is_none();
        let view = SignalsView {
            heading: self.heading(&card.signals.heading, "discreet-signals"),
            case_label: loaded.map(|c| c.label.as_str().to_owned()),
            count: self.f("signal-count", &[("count", checked.into())]),
            hint: self.t(if quick {
                "signals-hint-quick"
            } else {
                "signals-hint-case"
            }),
            items,
            banner: self.body(&card.signals.also_trafficking),
            perpetrator_heading: self
                .heading(&card.self_as_perpetrator.heading, "discreet-signals"),
            perpetrator_text: card
                .self_as_perpetrator
                .paragraphs
                .iter()
                .filter_map(|p| self.body(p))
                .collect(),
            save: (quick && checked > 0).then(|| self.button("signals-save", Event::SaveChecklist)),
            clear: (quick && checked > 0)
                .then(|| self.button("signals-clear", Event::ClearChecklist)),
        };
        (
            self.heading(&card.signals.heading, "discreet-signals"),
            Screen::Signals(view),
        )
    }

    pub(super) fn conversation(&self) -> (String, Screen) {
        let conversation = &self.app.content.card(self.language).conversation;
        let texts = |points: &[crate::content::ConversationPoint]| {
            points.iter().map(|p| p.text.clone()).collect()
        };
        let heading = self.heading(&conversation.heading, "discreet-conversation");
        let view = ConversationView {
            heading: heading.clone(),
            helping_heading: conversation.helping_heading.clone(),
            helping: texts(&conversation.helping),
            hindering_heading: conversation.hindering_heading.clone(),
            hindering: texts(&conversation.hindering),
            closing: conversation.dont_avoid.clone(),
        };
        (heading, Screen::Conversation(view))
    }

    /// A button that calls `number`, spoken as "call <name>, <number>".
    fn call(&self, name: &str, number: &str, event: Event) -> Button {
        Button {
            label: self.f("call-number", &[("number", number.into())]),
            accessibility_label: self.f(
                "call-accessibility",
                &[("label", name.into()), ("number", number.into())],
            ),
            enabled: true,
            event,
        }
    }

    /// The call button for a contact of the content, if it has a number.
    fn contact_call(&self, contact: &Contact, name: &str) -> Option<Button> {
        let number = contact.number.as_ref()?;
        Some(self.call(
            name,
            number.display(),
            Event::Call {
                contact_id: contact.id.0.clone(),
            },
        ))
    }

    pub(super) fn meldcode(&self, case: Option<CaseId>) -> (String, Screen) {
        let meldcode = &self.app.content.card(self.language).meldcode;
        let loaded = case.and(self.app.loaded.case.as_ref());
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
                                .unwrap_or_else(|| expert.name.clone())
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
                            let state = self.t(if checked {
                                "a11y-checked"
                            } else {
                                "a11y-unchecked"
                            });
                            let label = self.t("step-consulted");
                            CheckRow {
                                accessibility_label: format!("{label}: {name}, {state}"),
                                label,
                                detail: None,
                                checked,
                                event: Event::ToggleConsulted {
                                    case_id: id.clone(),
                                    step: step.number,
                                    expert_id: expert.id.clone(),
                                },
                                secondary: None,
                            }
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
                    let option = |choice: StepChoice, status: StepStatus| ChoiceOption {
                        label: self.t(crate::casework::status_message_id(status)),
                        selected: current == status,
                        event: Event::SetStepStatus {
                            case_id: id.clone(),
                            step: step.number,
                            status: choice,
                        },
                    };
                    ChoiceGroup {
                        label: self.f("step-status-label", &[("number", step.number.into())]),
                        options: vec![
                            option(StepChoice::NotStarted, StepStatus::NotStarted),
                            option(StepChoice::InProgress, StepStatus::InProgress),
                            option(StepChoice::Done, StepStatus::Done),
                        ],
                    }
                });
                StepView {
                    number: step.number,
                    label: format!("{} {}", meldcode.step_label, step.number),
                    title: step.title.clone(),
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
        let heading = self.heading(&meldcode.heading, "discreet-meldcode");
        let view = MeldcodeView {
            heading: heading.clone(),
            intro: self.body(&meldcode.intro),
            case_label: loaded.map(|c| c.label.as_str().to_owned()),
            steps,
            afweging,
        };
        (heading, Screen::Meldcode(view))
    }

    pub(super) fn afweging(&self, case: Option<CaseId>) -> (String, Screen) {
        let kader = self.app.content.afwegingskader(self.language);
        let loaded = case.and(self.app.loaded.case.as_ref());
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
                            ChoiceOption {
                                label: self.t(label),
                                selected: current == answer,
                                event: Event::Answer {
                                    case_id: id.clone(),
                                    question: number,
                                    answer: choice,
                                },
                            }
                        };
                    QuestionView {
                        number,
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
                        choices: Some(ChoiceGroup {
                            label: self.f("afweging-question-label", &[("number", number.into())]),
                            options: vec![
                                option("answer-yes", Some(Answer::Yes), Some(AnswerChoice::Yes)),
                                option("answer-no", Some(Answer::No), Some(AnswerChoice::No)),
                                option("answer-none", None, None),
                            ],
                        }),
                    }
                })
                .collect(),
            _ => kader
                .questions
                .iter()
                .map(|q| QuestionView {
                    number: q.number,
                    topic: q.topic.clone(),
                    text: q.text.clone(),
                    if_yes: self.outcome("afweging-if-yes", &q.if_yes.text),
                    if_no: self.outcome("afweging-if-no", &q.if_no.text),
                    answer: None,
                    choices: None,
                })
                .collect(),
        };
        let view = AfwegingView {
            heading: kader.heading.clone(),
            label: kader.label.clone(),
            source: self.source_line(
                &kader.source.name,
                kader.source.url.as_deref(),
                kader.source.verified_on,
            ),
            case_label: loaded.map(|c| c.label.as_str().to_owned()),
            questions,
            conclusion: walk.and_then(|w| w.end).map(|end| {
                self.f(
                    "afweging-conclusion",
                    &[("outcome", end.text.as_str().into())],
                )
            }),
        };
        (kader.heading.clone(), Screen::Afwegingskader(view))
    }

    /// "Bij ja: …" — the meldcode's words for an answer, saying which answer.
    fn outcome(&self, id: &str, text: &str) -> String {
        self.f(id, &[("outcome", text.into())])
    }

    fn source_line(&self, name: &str, url: Option<&str>, verified_on: chrono::NaiveDate) -> String {
        let date = self.date_naive(verified_on);
        let source = match url {
            Some(url) => format!("{name} ({url})"),
            None => name.to_owned(),
        };
        match self.body(&source) {
            Some(source) => self.f(
                "source-line",
                &[("source", source.into()), ("date", date.into())],
            ),
            None => self.t("source-discreet"),
        }
    }

    pub(super) fn contacts(&self) -> (String, Screen) {
        let mut items = Vec::new();
        if let Some(own) = &self.app.prefs.coordinator
            && let Some(number) = own.number()
        {
            let name = own.name.clone();
            let call = Some(self.call(&name, number.display(), Event::CallOwnCoordinator));
            items.push(ContactView {
                name,
                note: self.t("contact-own-note"),
                number: Some(number.display().to_owned()),
                call,
                source: self.f(
                    "contact-own-set-on",
                    &[("date", self.date_naive(own.set_on).into())],
                ),
            });
        }
        for contact in self.app.content.contacts() {
            let Some(text) = self.app.content.contact_text(self.language, &contact.id.0) else {
                continue;
            };
            let name = self.heading(&text.name, "discreet-coordinator");
            let call = self.contact_call(contact, &name);
            items.push(ContactView {
                note: self.body(&text.note).unwrap_or_default(),
                number: contact.number.as_ref().map(|n| n.display().to_owned()),
                call,
                source: self.source_line(
                    &contact.source.name,
                    contact.source.url.as_deref(),
                    contact.source.verified_on,
                ),
                name,
            });
        }
        (
            self.t("contacts-title"),
            Screen::Contacts(ContactsView { items }),
        )
    }

    pub(super) fn about(&self) -> (String, Screen) {
        let content = &self.app.content;
        let provenance = content.provenance();
        let facts = vec![
            self.f(
                "about-version",
                &[("version", provenance.content_version.as_str().into())],
            ),
            self.f(
                "about-source",
                &[("source", provenance.source_document.as_str().into())],
            ),
            self.f(
                "about-transcribed",
                &[("date", self.date_naive(provenance.transcribed_on).into())],
            ),
        ];
        let corrections = provenance
            .corrections
            .iter()
            .filter_map(|c| {
                self.body(&format!(
                    "{} → {}: {}",
                    c.original,
                    c.corrected,
                    c.reason.get(self.language)
                ))
            })
            .collect();
        let kader = content.afwegingskader(self.language);
        let mut sources: Vec<String> = content
            .contacts()
            .iter()
            .filter_map(|contact| {
                let text = content.contact_text(self.language, &contact.id.0)?;
                let source = self.source_line(
                    &contact.source.name,
                    contact.source.url.as_deref(),
                    contact.source.verified_on,
                );
                Some(format!(
                    "{}: {source}",
                    self.heading(&text.name, "discreet-coordinator")
                ))
            })
            .collect();
        sources.push(format!(
            "{}: {}",
            kader.heading,
            self.source_line(
                &kader.source.name,
                kader.source.url.as_deref(),
                kader.source.verified_on
            )
        ));
        let view = AboutView {
            facts: facts.into_iter().filter_map(|f| self.body(&f)).collect(),
            corrections_heading: self.t("about-corrections"),
            corrections,
            presentation: provenance
                .presentation
                .iter()
                .filter_map(|p| self.body(p.get(self.language)))
                .collect(),
            sources_heading: self.t("about-sources"),
            sources,
            disclaimer: self.t("about-disclaimer"),
        };
        (self.t("about-title"), Screen::About(view))
    }
}
