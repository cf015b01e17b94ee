//! Asking before something is shared or destroyed.

use super::super::route::Confirmation;
use super::super::{ConfirmView, Event, Screen};
use super::Views;
use crate::vault::ClockDoubt;

impl Views<'_> {
    pub(super) fn confirmation(&self, confirmation: Confirmation) -> (String, Screen) {
        let label = self.loaded_label();
        let mut cancel = "action-cancel";
        let mut option = None;
        let (heading, text, confirm, destructive) = match confirmation {
            Confirmation::DeleteCase(_) => (
                match self.discreet {
                    true => self.t("confirm-delete-case-discreet"),
                    false => self.f("confirm-delete-case", &[("label", label.as_str().into())]),
                },
                self.t("confirm-delete-case-text"),
                "action-delete",
                true,
            ),
            Confirmation::DeleteNote { .. } => (
                self.t("confirm-delete-note"),
                self.t("confirm-delete-note-text"),
                "action-delete",
                true,
            ),
            Confirmation::Export { with_notes, .. } => {
                let label_id = "confirm-export-with-notes";
                option = Some(self.check_row(
                    self.t(label_id),
                    None,
                    Some(self.t("confirm-export-with-notes-detail")),
                    with_notes,
                    Event::ToggleExportNotes,
                ));
                (
                    match self.discreet {
                        true => self.t("confirm-export-discreet"),
                        false => self.f("confirm-export", &[("label", label.as_str().into())]),
                    },
                    self.t("confirm-export-text"),
                    if with_notes {
                        "action-next"
                    } else {
                        "action-share"
                    },
                    false,
                )
            }
            Confirmation::ExportNotes(_) => (
                self.t("confirm-export-notes"),
                self.t("confirm-export-notes-text"),
                "action-share-with-notes",
                true,
            ),
            Confirmation::DiscardText => {
                cancel = "action-keep-typing";
                (
                    self.t("confirm-discard"),
                    self.t("confirm-discard-text"),
                    "action-discard",
                    true,
                )
            }
            Confirmation::Wipe => (
                self.t("confirm-wipe"),
                self.t("confirm-wipe-text"),
                "action-wipe",
                true,
            ),
            Confirmation::PurgeExpired { count, doubt } => {
                cancel = "action-keep";
                let text = match doubt {
                    ClockDoubt::Behind => "confirm-purge-behind",
                    ClockDoubt::FarAhead => "confirm-purge-ahead",
                    ClockDoubt::SetForward => "confirm-purge-set-forward",
                };
                let now = self.date_time(self.app.clock.now());
                (
                    self.f("confirm-purge", &[("count", count.into())]),
                    self.f(text, &[("now", now.into())]),
                    "action-purge",
                    true,
                )
            }
        };
        let view = ConfirmView {
            text,
            confirm: self.button(confirm, Event::Confirm),
            cancel: self.button(cancel, Event::Cancel),
            option,
            destructive,
        };
        (heading, Screen::Confirm { view })
    }
}
