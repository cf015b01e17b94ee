//! The lock policy, in one room and the same on every platform: when the vault locks
//! by itself (idle time, the app out of sight), what a lock and a quick exit do, and
//! how time is measured for them.
//!
//! - Idle time locks the vault after the chosen minutes without a tap (time and the
//!   platform's phases are not taps). It is measured on both hands of the clock and the
//!   longer account wins: setting the wall clock back never postpones a lock, setting
//!   it forward only brings it sooner.
//! - Going to the background locks, except when the dialer the user just opened from
//!   the app takes the screen (within [`CALL_LEAVES_WITHIN`]): with the client perhaps
//!   still in the room, a call does not cost a PIN on return. The idle time still counts
//!   from the tap on the call, and a quick exit still locks at once.
//! - A lock keeps the work in progress (notes as notes, the rest encrypted in the
//!   vault) and forgets every piece of case data in memory; a quick exit also ends the
//!   visit and leaves a neutral screen.
//!
//! The shell covers its window (app switcher, screenshots) in every phase but `Active`.

use chrono::{DateTime, Duration, Utc};

use super::route::Route;
use super::{App, Effect, Phase};
use crate::clock::{Clock, SinceBoot};

/// How soon after the tap on a call the app must be in the background for it to be the
/// dialer's doing: the dialer opens within a second; a generous margin for slow phones.
const CALL_LEAVES_WITHIN: Duration = Duration::seconds(30);

/// A moment on both hands of the clock: the wall clock the user can set, and the time
/// since boot that only time passing moves.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Moment {
    wall: DateTime<Utc>,
    boot: Option<SinceBoot>,
}

impl Moment {
    /// Now, on `clock`.
    pub fn now(clock: &dyn Clock) -> Self {
        Self {
            wall: clock.now(),
            boot: clock.since_boot(),
        }
    }

    /// The wall clock's time.
    pub fn wall(&self) -> DateTime<Utc> {
        self.wall
    }

    /// The time from `self` to `later`: the longer of the two hands' accounts (the boot
    /// clock's only without a reboot between).
    pub fn until(&self, later: &Moment) -> Duration {
        let wall = later.wall - self.wall;
        let boot = match (self.boot, later.boot) {
            (Some(then), Some(now)) if now >= then => Duration::from_std(now - then).ok(),
            _ => None,
        };
        boot.map_or(wall, |boot| boot.max(wall))
    }
}

impl App {
    /// How long until idle time locks the open vault (zero or less: now); `None` while
    /// it is locked.
    pub(super) fn auto_lock_in(&self, now: &Moment) -> Option<Duration> {
        self.unlocked().then(|| {
            Duration::minutes(i64::from(self.prefs.auto_lock_minutes))
                - self.last_activity.until(now)
        })
    }

    /// Locks the vault if idle time says so, before an event is looked at.
    pub(super) fn lock_if_idle(&mut self, now: &Moment, effects: &mut Vec<Effect>) {
        if self
            .auto_lock_in(now)
            .is_some_and(|left| left <= Duration::zero())
        {
            self.lock(effects);
        }
    }

    /// The user did something: idle time starts again, and a call tapped earlier no
    /// longer explains the app going out of sight.
    pub(super) fn user_active(&mut self, now: Moment) {
        self.last_activity = now;
        self.session.calling = None;
    }

    /// The user tapped a call: going to the background for the dialer soon after does
    /// not lock.
    pub(super) fn calling(&mut self, now: Moment) {
        self.session.calling = Some(now);
    }

    /// The platform moved the app to `phase`.
    pub(super) fn phase_changed(&mut self, phase: Phase, now: &Moment, effects: &mut Vec<Effect>) {
        let for_the_call = self
            .session
            .calling
            .is_some_and(|at| at.until(now) <= CALL_LEAVES_WITHIN);
        match phase {
            Phase::Background => {
                // Out of sight, the text the user opened closes, even with no vault
                // open to lock, and even for a call.
                self.session.hide_text();
                if !for_the_call {
                    self.lock(effects);
                }
            }
            Phase::Active => self.session.calling = None,
            Phase::Inactive => {}
        }
    }

    /// Locks the vault: saves the notes being written and keeps the rest of the work in
    /// the vault, wipes and forgets every piece of case data in memory, and leaves
    /// screens that show case data for the unlock screen. The lock happens whatever the
    /// saving came to; the unlock says it.
    pub(super) fn lock(&mut self, effects: &mut Vec<Effect>) {
        if !self.unlocked() {
            return;
        }
        let kept = self.save_note_drafts_before_lock();
        let work = self.keep_work_before_lock();
        self.vault.lock();
        self.session.forget_case_data();
        // A failure is said first; the pieces a note became, before the work kept.
        if let Some(outcome) = [kept, work].into_iter().flatten().min_by_key(Result::is_ok) {
            self.session.pending.after_unlock = Some(outcome);
        }
        effects.push(Effect::Locked);
    }

    /// Locks at once and shows the neutral screen: nothing of the visit stays in memory
    /// but what the next unlock must say about the notes saved as it locked.
    pub(super) fn quick_exit(&mut self, effects: &mut Vec<Effect>) {
        // Before the lock, while the header's key is at hand. Held in memory even if
        // the header cannot be written; the exit goes on whatever came of it.
        let _ = self.vault.require_pin();
        self.lock(effects);
        let pending = std::mem::take(&mut self.session.pending);
        self.session.restart(Route::Neutral);
        self.session.pending = pending;
        effects.push(Effect::HideApp);
    }
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;
    use crate::ManualClock;

    fn clock() -> ManualClock {
        ManualClock::new(
            Utc.with_ymd_and_hms(2026, 11, 28, 13, 0, 0)
                .single()
                .expect("time"),
        )
    }

    #[test]
    fn setting_the_wall_clock_back_does_not_postpone_idle_time() {
        let clock = clock();
        let tapped = Moment::now(&clock);
        clock.advance(Duration::minutes(2));
        clock.jump(-Duration::days(3));
        assert_eq!(tapped.until(&Moment::now(&clock)), Duration::minutes(2));
    }

    #[test]
    fn setting_the_wall_clock_forward_brings_the_lock_sooner() {
        let clock = clock();
        let tapped = Moment::now(&clock);
        clock.jump(Duration::days(1));
        assert_eq!(tapped.until(&Moment::now(&clock)), Duration::days(1));
    }

    #[test]
    fn after_a_reboot_the_wall_clock_counts() {
        let clock = clock();
        let tapped = Moment::now(&clock);
        clock.advance(Duration::minutes(10));
        clock.reboot();
        assert_eq!(tapped.until(&Moment::now(&clock)), Duration::minutes(10));
    }
}
