//! The PIN pad: choosing a PIN, unlocking, changing it. The digits never leave the core
//! and live only in the PIN flow's route, zeroized when it is left.

use zeroize::Zeroizing;

use super::super::outcome::{Done, Refusal};
use super::super::route::{Confirmation, PinFlow, PinStep, Route};
use super::super::{App, Effect};
use super::Handled;
use crate::vault::{MAX_PIN_DIGITS, RetentionCheck, Unlocked, VaultError, check_pin};

/// The flow shown again on `step`, saying why the PIN was refused.
fn refused(mut flow: PinFlow, step: PinStep, refusal: impl Into<Refusal>) -> Route {
    flow.step = step;
    flow.error = Some(refusal.into());
    Route::Pin(flow)
}

/// The flow moved on to `step`, with an empty pad.
fn next(mut flow: PinFlow, step: PinStep) -> Route {
    flow.step = step;
    Route::Pin(flow)
}

impl App {
    fn pin_flow(&mut self) -> Result<&mut PinFlow, Refusal> {
        match &mut self.session.route {
            Route::Pin(flow) => Ok(flow),
            _ => Err(Refusal::NotHere),
        }
    }

    pub(super) fn pin_digit(&mut self, digit: u8) -> Handled {
        let flow = self.pin_flow()?;
        if digit > 9 {
            return Err(Refusal::NotHere);
        }
        // A digit too many is said on the pad, never dropped unseen: the PIN that is
        // submitted is the one the user thinks they typed.
        if !flow.push_digit(char::from(b'0' + digit)) {
            flow.error = Some(
                VaultError::PinTooLong {
                    max: MAX_PIN_DIGITS,
                }
                .into(),
            );
            return Ok(());
        }
        flow.error = None;
        Ok(())
    }

    pub(super) fn pin_backspace(&mut self) -> Handled {
        if let Route::Pin(flow) = &mut self.session.route {
            flow.pop_digit();
        }
        Ok(())
    }

    /// Checks the entered PIN for the flow's step. A refused PIN shows on the PIN pad,
    /// not as a notice.
    pub(super) fn submit_pin(&mut self, effects: &mut Vec<Effect>) -> Handled {
        // Checked first: taking the route out of anything but a PIN flow would lose it.
        self.pin_flow()?;
        let Route::Pin(mut flow) = std::mem::replace(&mut self.session.route, Route::Home) else {
            return Err(Refusal::NotHere);
        };
        let entered = std::mem::take(&mut flow.digits);
        flow.error = None;
        self.session.route = self.pin_step(flow, entered, effects);
        Ok(())
    }

    /// Where a submitted PIN leads: the flow's next step, the flow again with a reason,
    /// or where the user was heading.
    fn pin_step(
        &mut self,
        mut flow: PinFlow,
        entered: Zeroizing<String>,
        effects: &mut Vec<Effect>,
    ) -> Route {
        match std::mem::replace(&mut flow.step, PinStep::Unlock) {
            PinStep::Choose => match check_pin(&entered) {
                Ok(()) => next(flow, PinStep::Repeat { first: entered }),
                Err(error) => refused(flow, PinStep::Choose, error),
            },
            PinStep::ChangeNew { current } => match check_pin(&entered) {
                Ok(()) => next(
                    flow,
                    PinStep::ChangeRepeat {
                        current,
                        first: entered,
                    },
                ),
                Err(error) => refused(flow, PinStep::ChangeNew { current }, error),
            },
            PinStep::Repeat { first } => {
                if *first != *entered {
                    return refused(flow, PinStep::Choose, Refusal::PinsDiffer);
                }
                match self.vault.create(&entered) {
                    Ok(()) => {
                        // From now on a missing preferences file means damage (see
                        // `App::new`). Failing here is safe: it then starts discreet.
                        let _ = self.prefs.save(&self.data_dir);
                        self.after_unlocking(flow.then, &Unlocked::default())
                    }
                    // The first PIN is gone: start the setup again rather than ask for
                    // a repeat of something no longer held.
                    Err(error) => refused(flow, PinStep::Choose, error),
                }
            }
            PinStep::Unlock => match self.vault.unlock(&entered) {
                Ok(unlocked) => self.after_unlocking(flow.then, &unlocked),
                Err(VaultError::Wiped) => {
                    self.wiped(Route::LockedOut, effects);
                    Route::LockedOut
                }
                Err(error) => refused(flow, PinStep::Unlock, error),
            },
            PinStep::ChangeCurrent => next(flow, PinStep::ChangeNew { current: entered }),
            PinStep::TurnOnBiometrics => self.turn_on_biometrics(flow, &entered, effects),
            PinStep::ChangeRepeat { current, first } => {
                if *first != *entered {
                    return refused(flow, PinStep::ChangeNew { current }, Refusal::PinsDiffer);
                }
                match self.vault.change_pin(&current, &entered) {
                    Ok(()) => {
                        self.done(Done::PinChanged);
                        self.session
                            .stack
                            .pop()
                            .unwrap_or_else(|| Route::Settings(self.coordinator_form()))
                    }
                    Err(VaultError::Wiped) => {
                        self.wiped(Route::LockedOut, effects);
                        Route::LockedOut
                    }
                    Err(error) => refused(flow, PinStep::ChangeCurrent, error),
                }
            }
        }
    }

    /// After a successful create or unlock: say what the unlock found, apply the
    /// retention period (asking first if the clock is doubtful) and go where the user
    /// was heading.
    pub(super) fn after_unlocking(
        &mut self,
        then: Option<Box<Route>>,
        unlocked: &Unlocked,
    ) -> Route {
        let heading = then.map_or(Route::Cases { picking: false }, |route| *route);
        let heading = self.restore_work(heading);
        if unlocked.log_damaged {
            // Nothing more is deleted while the user checks what the crash cost.
            self.done(if unlocked.log_set_aside {
                Done::LogSetAside {
                    since: unlocked.newest_change,
                }
            } else {
                Done::LogKept
            });
            return heading;
        }
        match self.vault.apply_retention() {
            Ok(RetentionCheck::Purged { count }) => self.done(Done::Purged { count }),
            Ok(RetentionCheck::AskFirst { count, doubt }) => {
                self.session.stack.push(heading);
                return Route::Confirm(Confirmation::PurgeExpired { count, doubt });
            }
            Ok(_) => {}
            Err(error) => self.session.notice = Some(Err(error.into())),
        }
        self.announce_expiring();
        heading
    }

    pub(super) fn change_pin(&mut self) -> Handled {
        if !self.unlocked() {
            return Err(VaultError::Locked.into());
        }
        self.go(Route::Pin(PinFlow::new(PinStep::ChangeCurrent, None)));
        Ok(())
    }
}
