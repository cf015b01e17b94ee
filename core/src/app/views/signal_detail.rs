//! A signal observed in a case, on its own screen: when it was seen and the remark.
//! Kept off the signals list, whose rows then keep one height ticked or not.

use super::super::outcome::Refusal;
use super::super::route::Draft;
use super::super::seen::{SeenEditor, SeenError};
use super::super::{Button, Event, FieldId, Screen, SeenChoice, SignalDetailView, TextField};
use super::Views;
use crate::casework::{MAX_REMARK_CHARS, ObservedSignal};

/// The longest date or time a field keeps: `07-12-2026`, `09:30`, with room to spare.
const MAX_MOMENT_CHARS: usize = 16;

impl Views<'_> {
    /// "waargenomen 07-12-2026 10:00 (vastgelegd 07-12-2026 14:00)", or "waargenomen
    /// 07-12-2026 10:00" when the two read the same.
    pub(crate) fn seen_and_recorded(&self, observed: &ObservedSignal) -> String {
        let seen = self.date_time(observed.seen_at());
        let recorded = self.date_time(observed.recorded_at());
        if seen == recorded {
            self.f("signal-observed", &[("seen", seen.into())])
        } else {
            self.f(
                "signal-observed-recorded",
                &[("seen", seen.into()), ("recorded", recorded.into())],
            )
        }
    }

    pub(super) fn signal_detail(
        &self,
        signal_id: &str,
        draft: &Draft,
        seen: &SeenEditor,
    ) -> (String, Screen) {
        let title = self.t("remark-title");
        let case = self.app.session.loaded.case.as_ref();
        let Some(observed) = case.and_then(|c| c.signals.get(signal_id)) else {
            // Unticked meanwhile (another device cannot, but a stale route can): the
            // update refuses to save; the screen says nothing it does not know.
            return self.cases(false);
        };
        let card = self.app.content.card(self.language);
        let signal = card
            .signals
            .items
            .iter()
            .find(|s| s.id == signal_id)
            .and_then(|s| self.body(&s.text));

        let clock = self.app.clock.as_ref();
        let shown = seen.shown(clock);
        let option = |when: SeenChoice, id: &str| {
            (
                self.t(id),
                shown == when,
                Event::ChooseSeen { choice: when },
            )
        };
        let label = self.t("signal-seen-label");
        let group = self.choice_group(
            label.clone(),
            label.clone(),
            &label,
            vec![
                option(SeenChoice::AtTick, "signal-seen-at-tick"),
                option(SeenChoice::EarlierToday, "signal-seen-earlier-today"),
                option(SeenChoice::Yesterday, "signal-seen-yesterday"),
                option(SeenChoice::OtherDay, "signal-seen-other-day"),
            ],
        );

        // One reason at a time, on the field it is about: the day, else the time
        // (`Some(None)`: the time holds saving back without a word, as it is empty).
        let now = clock.now();
        let (date_error, time_error) = match seen.resolve(clock) {
            Err(e @ SeenError::DateInvalid) => (Some(self.refusal(&Refusal::Seen(e))), None),
            // Nothing typed yet is no mistake to point at: saving just waits.
            Err(SeenError::TimeMissing) => (None, Some(None)),
            Err(e) => (None, Some(Some(self.refusal(&Refusal::Seen(e))))),
            Ok(at) => match observed.check_seen(at, now) {
                Ok(_) => (None, None),
                Err(e) => (None, Some(Some(self.refusal(&e.into())))),
            },
        };
        let moment_field = |id: FieldId, draft: &Draft, label: &str, placeholder: &str, error| {
            let field = self.text_field(
                id,
                self.t(label),
                draft,
                placeholder,
                MAX_MOMENT_CHARS,
                false,
            );
            TextField {
                error: field.error.clone().or(error),
                ..field
            }
        };
        let date = (shown == SeenChoice::OtherDay).then(|| {
            moment_field(
                FieldId::SeenDate,
                &seen.date,
                "signal-seen-date",
                "signal-seen-date-placeholder",
                date_error.clone(),
            )
        });
        let time = (shown != SeenChoice::AtTick).then(|| {
            moment_field(
                FieldId::SeenTime,
                &seen.time,
                "signal-seen-time",
                "signal-seen-time-placeholder",
                time_error.clone().flatten(),
            )
        });

        // What the user wrote is the most revealing text of all: discreet mode holds
        // the remark back until the user opens the screen's text.
        let remark = if self.discreet && !self.text_shown {
            self.held_back.set(true);
            None
        } else {
            Some(self.text_field(
                FieldId::Remark,
                self.t("remark-field"),
                draft,
                "remark-placeholder",
                MAX_REMARK_CHARS,
                true,
            ))
        };
        let remark_ok = draft.error.is_none() && draft.text.chars().count() <= MAX_REMARK_CHARS;
        let seen_ok = date_error.is_none() && time_error.is_none();
        let view = SignalDetailView {
            signal,
            recorded: self.seen_and_recorded(observed),
            seen: group,
            date,
            time,
            remark,
            advice: self.t("remark-advice"),
            show_text: self.show_text(),
            save: Button {
                enabled: remark_ok && seen_ok,
                ..self.button("signal-detail-save", Event::SaveSignalDetail)
            },
        };
        (title, Screen::SignalDetail { view })
    }
}
