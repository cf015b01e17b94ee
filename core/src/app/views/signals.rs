//! The signals checklist: the quick one (in memory) or a case's.

use super::super::{Button, CheckRow, Event, Screen, SignalsView};
use super::Views;
use crate::casework::CaseId;

impl Views<'_> {
    pub(super) fn signals(&self, case: Option<CaseId>) -> (String, Screen) {
        let card = self.app.content.card(self.language);
        let loaded = case.and(self.app.session.loaded.case.as_ref());
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
                    None => self
                        .app
                        .session
                        .checklist
                        .get(&signal.id)
                        .map(|at| (*at, None)),
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
                    secondary,
                    ..self.check_row(
                        signal.text.clone(),
                        None,
                        detail,
                        observed.is_some(),
                        Event::ToggleSignal {
                            case_id: case_id.clone(),
                            signal_id: signal.id.clone(),
                        },
                    )
                }
            })
            .collect();
        let checked = items.iter().filter(|i| i.checked).count();
        let quick = loaded.is_none();
        // The card's order: the signals, its banner, then the text on victims who see
        // themselves as offenders, which the card sets under the signals' heading again.
        let banner = self.body(&card.signals.also_trafficking);
        let perpetrator_text: Vec<String> = card
            .self_as_perpetrator
            .paragraphs
            .iter()
            .filter_map(|p| self.body(p))
            .collect();
        // The card's second heading stands over those paragraphs, and goes with them.
        let perpetrator_heading = (!perpetrator_text.is_empty()).then(|| {
            self.heading_line(self.heading(&card.self_as_perpetrator.heading, "discreet-signals"))
        });
        let view = SignalsView {
            case_label: loaded.map(|c| c.label.as_str().to_owned()),
            // Said before anything is lost: what a lock and a quick exit do to the list.
            hint: self.t(match (quick, self.app.unlocked()) {
                (false, _) => "signals-hint-case",
                (true, true) => "signals-hint-quick-kept",
                (true, false) => "signals-hint-quick",
            }),
            count: self.f("signal-count", &[("count", checked.into())]),
            items,
            banner,
            perpetrator_heading,
            perpetrator_text,
            show_text: self.show_text(),
            save: (quick && checked > 0).then(|| self.button("signals-save", Event::SaveChecklist)),
            clear: (quick && checked > 0)
                .then(|| self.button("signals-clear", Event::ClearChecklist)),
        };
        (
            self.heading(&card.signals.heading, "discreet-signals"),
            Screen::Signals { view },
        )
    }
}
