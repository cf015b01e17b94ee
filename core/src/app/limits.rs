//! The choices the settings offer and how much text each field takes: update enforces
//! them and the views show them, so both import them from here.

/// Retention periods offered in settings, in days.
pub(crate) const RETENTION_CHOICES: [u16; 4] = [30, 90, 180, 365];
/// Wrong-PIN limits offered in settings.
pub(crate) const ATTEMPT_CHOICES: [u32; 3] = [5, 10, 20];
/// Idle minutes after which the vault locks, as offered in settings.
pub(crate) const AUTO_LOCK_MINUTES: [u32; 4] = [1, 2, 5, 15];

/// The longest own-coordinator name accepted.
pub(crate) const MAX_COORDINATOR_NAME_CHARS: usize = 60;
/// The longest own-coordinator number the field takes (digits, spaces, `+`, `-`).
pub(crate) const MAX_COORDINATOR_NUMBER_CHARS: usize = 32;
/// The longest search query the field takes.
pub(crate) const MAX_QUERY_CHARS: usize = 100;
/// How many days before a case is erased for its retention the unlock says so.
pub(crate) const EXPIRY_NOTICE_DAYS: i64 = 7;
