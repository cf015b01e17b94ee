//! Saying at unlock which cases retention will soon erase, and keeping them on request.

use chrono::Duration;

use super::super::App;
use super::super::limits::EXPIRY_NOTICE_DAYS;
use super::super::outcome::{Done, Refusal};
use super::{Handled, parse_case_id};
use crate::vault::VaultError;

impl App {
    /// After an unlock with nothing else to say: names the cases erased within
    /// `EXPIRY_NOTICE_DAYS`, with the button that keeps them. Said on a clock the
    /// purge would trust only; a failure to read them costs the notice, nothing else.
    pub(super) fn announce_expiring(&mut self) {
        if self.session.notice.is_some() || self.session.pending.after_unlock.is_some() {
            return;
        }
        let Ok(ids) = self
            .vault
            .expiring_within(Duration::days(EXPIRY_NOTICE_DAYS))
        else {
            return;
        };
        if ids.is_empty() {
            return;
        }
        let Ok(mut cases) = self.vault.list_cases() else {
            return;
        };
        cases.retain(|item| ids.contains(&item.id));
        cases.sort_by_key(|item| (item.updated_at, item.id));
        if cases.is_empty() {
            return;
        }
        self.session.forget_expiring();
        let count = cases.len();
        self.session.expiring = cases;
        self.done(Done::ExpiringSoon { count });
    }

    /// Keeps the cases the expiry notice offered: their last change is dated now, as any
    /// change would. Only on the open vault; a case gone meanwhile is skipped.
    pub(super) fn keep_cases(&mut self, case_ids: &[String]) -> Handled {
        if !self.unlocked() {
            return Err(VaultError::Locked.into());
        }
        let ids = case_ids
            .iter()
            .map(|id| parse_case_id(id))
            .collect::<Result<Vec<_>, Refusal>>()?;
        let count = self.vault.keep_cases(&ids)?;
        let days = self.vault.settings()?.retention_days;
        self.done(Done::CasesKept { count, days });
        Ok(())
    }
}
