//! The notice after an unlock that names the cases retention will soon erase, and its
//! button that keeps them.

use fluent_bundle::FluentValue;

use super::super::limits::EXPIRY_NOTICE_DAYS;
use super::super::{Button, Event};
use super::Views;

impl Views<'_> {
    /// "Casus B. wordt binnen 7 dagen automatisch gewist …". In discreet mode a case's
    /// label shows only on the case and the list of cases: the notice gives the count
    /// and points to that list, where each row says when.
    pub(super) fn expiring_notice(&self, count: usize) -> String {
        let days = FluentValue::from(EXPIRY_NOTICE_DAYS);
        if self.discreet {
            return self.f(
                "notice-expiring-discreet",
                &[("count", count.into()), ("days", days)],
            );
        }
        let labels = self
            .app
            .session
            .expiring
            .iter()
            .map(|item| item.label.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        self.f(
            "notice-expiring",
            &[
                ("count", count.into()),
                ("days", days),
                ("labels", labels.into()),
            ],
        )
    }

    /// "Bewaren": keeps exactly the cases the notice names.
    pub(super) fn keep_expiring(&self) -> Option<Button> {
        let expiring = &self.app.session.expiring;
        if expiring.is_empty() {
            return None;
        }
        let count = expiring.len();
        Some(Button {
            accessibility_label: self.f("keep-expiring-a11y", &[("count", count.into())]),
            ..self.button(
                "keep-expiring",
                Event::KeepCases {
                    case_ids: expiring.iter().map(|item| item.id.to_string()).collect(),
                },
            )
        })
    }
}
