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
                    Some(case) => case.signals.contains_key(&signal.id),
                    None => self.app.session.checklist.contains_key(&signal.id),
                };
                // Every row of a case offers the signal's screen (disabled until the
                // signal is ticked) and no row shows a second line: a tick never
                // changes a row's height, so the next tap lands where it was aimed.
                // When it was seen and the remark live on the signal's screen.
                let secondary = case_id.as_ref().map(|id| Button {
                    accessibility_label: self.f(
                        "signal-remark-a11y",
                        &[("signal", self.title(&signal.text).into())],
                    ),
                    enabled: observed,
                    ..self.button(
                        "signal-remark",
                        Event::EditRemark {
                            case_id: id.clone(),
                            signal_id: signal.id.clone(),
                        },
                    )
                });
                CheckRow {
                    secondary,
                    ..self.check_row(
                        self.title(&signal.text),
                        None,
                        None,
                        observed,
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
            case_label: loaded.map(|c| self.case_name(c.label.as_str())),
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
