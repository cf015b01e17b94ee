//! The biometric unlock's protocol: turning it on with the PIN, opening the vault with
//! it when the coercion rule allows, and dropping it (turned off, invalidated by the
//! platform, a new PIN, a wipe). The rule itself is [`Grant::pin_needed`].
//!
//! A biometric attempt never counts toward the wrong PINs and never writes the header
//! unless it opened the vault or the platform said its key is gone.

use zeroize::Zeroizing;

use super::biometric::{
    BIOMETRIC_HOURS, BiometricError, BiometricPrompt, Grant, PinMoment, PinNeeded,
};
use super::error::{Result, VaultError};
use super::header::Header;
use super::key_wrapper::held_by_platform;
use super::keys::{self, DataKey};
use super::pin::check_pin;
use super::unlock::{Authentic, Opened, Verdict};
use super::{State, Unlocked, Vault};
use crate::clock::SinceBoot;

/// What the settings and the PIN pad show of the biometric unlock while it is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct BiometricState {
    /// The hours after a typed PIN in which it may stand in for it.
    pub hours: u8,
    /// Why the PIN is needed now, or `None` if the biometric may open the vault.
    pub pin_needed: Option<PinNeeded>,
}

impl Vault {
    /// The biometric unlock as the header holds it, `None` while it is off. When locked,
    /// read from the checked header copy (see [`Vault::refresh`]), else from the newest
    /// on disk, which only the unlock itself trusts.
    pub fn biometric(&self) -> Option<BiometricState> {
        let header = self.known_header()?;
        let grant = header.biometric.as_ref()?;
        let platform = match &self.state {
            State::Locked(locked) => locked.platform.unwrap_or(0),
            _ => 0,
        };
        Some(BiometricState {
            hours: grant.hours,
            pin_needed: self.pin_needed(grant, header, platform),
        })
    }

    /// Why the PIN is needed now under `grant`, or `None` if the biometric may stand in
    /// for it: a quick exit this process saw, then the grant's own rule, with the wrong
    /// PINs of every count the vault keeps (`header`'s finished and begun checks, and the
    /// platform's `platform`).
    fn pin_needed(&self, grant: &Grant, header: &Header, platform: u32) -> Option<PinNeeded> {
        if self.pin_required_here {
            return Some(PinNeeded::AfterQuickExit);
        }
        let wrong = header
            .failed_attempts
            .max(header.started_attempts)
            .max(platform);
        grant.pin_needed(self.clock.now(), self.clock.since_boot(), wrong)
    }

    /// The header as this process knows it: the open one, or the locked vault's checked
    /// copy (the newest on disk before it is checked). For what is shown and for
    /// deciding whether there is anything to write; never for opening.
    fn known_header(&self) -> Option<&Header> {
        match &self.state {
            State::Unlocked {
                opened: Some(opened),
                ..
            } => Some(&opened.header),
            State::Locked(locked) => locked.checked.as_ref().or(locked.copies.first()),
            _ => None,
        }
    }

    /// Opens the locked vault with the platform's biometric key, if the coercion rule
    /// allows it now ([`VaultError::PinNeeded`] otherwise, before any prompt). Shows the
    /// platform's prompt and blocks until it is answered. Nothing is counted; a
    /// [`BiometricError::KeyInvalidated`] (or a key the platform hands back that is not
    /// the vault's) drops the wrap. The PIN's time is not renewed: only a typed PIN
    /// renews it.
    pub fn unlock_with_biometrics(&mut self, prompt: &BiometricPrompt) -> Result<Unlocked> {
        self.ready_to_unlock()?;
        let Authentic { mut opened, .. } = self.check_header()?;
        // Read again: what the platform holds outside the files (a count, a quick exit)
        // is what an older copy of the files put back cannot undo.
        let platform = self.platform_count().unwrap_or(0);
        let Some(grant) = opened.header.biometric.clone() else {
            return Err(VaultError::PinNeeded {
                reason: PinNeeded::Off,
            });
        };
        if let Some(reason) = self.pin_needed(&grant, &opened.header, platform) {
            return Err(VaultError::PinNeeded { reason });
        }
        let adopt_new = self.database_present(&opened.header)?;
        let key = match self.biometrics.unlock(&grant.wrapped, prompt) {
            Ok(secret) => {
                let secret = Zeroizing::new(secret);
                DataKey::from_slice(&secret).filter(|key| {
                    keys::key_check(&opened.mac_key, key)
                        .is_ok_and(|check| check == grant.key_check)
                })
            }
            Err(BiometricError::KeyInvalidated) => None,
            Err(other) => return Err(VaultError::Biometric(other)),
        };
        let Some(key) = key else {
            self.drop_grant(&mut opened)?;
            self.relock(opened);
            return Err(VaultError::Biometric(BiometricError::KeyInvalidated));
        };
        self.enter(&key, opened, adopt_new)
    }

    /// Turns the biometric unlock on, for `hours` (one of [`BIOMETRIC_HOURS`]): `pin`
    /// is checked and counted as at an unlock, then the platform makes its key (showing
    /// its prompt) and wraps the data key. Only on an unlocked vault. A platform that
    /// refuses leaves it off ([`VaultError::Biometric`]), with the right PIN's reset of
    /// the count written all the same.
    pub fn turn_on_biometrics(
        &mut self,
        pin: &str,
        hours: u8,
        prompt: &BiometricPrompt,
    ) -> Result<()> {
        if !BIOMETRIC_HOURS.contains(&hours) {
            return Err(VaultError::PinNeeded {
                reason: PinNeeded::Off,
            });
        }
        let copies = self.open_header()?;
        check_pin(pin)?;
        let Authentic { mut opened, sealed } = self.authentic(&copies)?;
        let verdict = self.attempt(&mut opened, &sealed, pin);
        let key = match verdict {
            Ok(Verdict::Right(key)) => key,
            Ok(Verdict::Wrong { attempts_left }) => {
                self.set_opened(opened);
                return Err(VaultError::WrongPin { attempts_left });
            }
            Ok(Verdict::Exhausted) => {
                self.erase()?;
                return Err(VaultError::Wiped);
            }
            Err(error) => {
                self.set_opened(opened);
                return Err(error);
            }
        };
        let enrolled = self
            .biometrics
            .enroll(&keys::exposed(&key), prompt)
            .map_err(VaultError::Biometric)
            .and_then(|wrapped| Ok((wrapped, keys::key_check(&opened.mac_key, &key)?)));
        let outcome = match enrolled {
            Ok((wrapped, key_check)) => {
                opened.header.biometric = Some(Box::new(Grant {
                    wrapped,
                    key_check,
                    hours,
                    pin: self.pin_moment(),
                    quick_exit: false,
                }));
                Ok(())
            }
            Err(error) => Err(error),
        };
        // The right PIN's reset, with the wrap if there is one; both slots, so the older
        // copy holds neither the count nor a wrap dropped before.
        let written = opened.header.write_both(&self.dir, &opened.mac_key);
        self.set_opened(opened);
        written.and(outcome)
    }

    /// Changes the hours in which the biometric may stand in for the PIN. Only on an
    /// unlocked vault with the biometric unlock on.
    pub fn set_biometric_hours(&mut self, hours: u8) -> Result<()> {
        if !BIOMETRIC_HOURS.contains(&hours) {
            return Err(VaultError::PinNeeded {
                reason: PinNeeded::Off,
            });
        }
        let dir = &self.dir;
        let State::Unlocked {
            opened: Some(opened),
            ..
        } = &mut self.state
        else {
            return Err(VaultError::Locked);
        };
        let Some(grant) = &mut opened.header.biometric else {
            return Err(VaultError::PinNeeded {
                reason: PinNeeded::Off,
            });
        };
        grant.hours = hours;
        opened.header.write_both(dir, &opened.mac_key)
    }

    /// Turns the biometric unlock off: the platform's key is deleted and the wrap
    /// dropped from both header slots at once. Works locked too (it only takes a way
    /// in away). Nothing to do while it is off.
    pub fn turn_off_biometrics(&mut self) -> Result<()> {
        self.with_opened(|vault, opened| vault.drop_grant(opened))
    }

    /// After a quick exit: the next unlock is by PIN only, until the right PIN is typed.
    /// Held in memory at once; when the biometric unlock is on, also by the platform
    /// (beside its count of wrong PINs, outside the vault's files, so an older copy of
    /// the header put back cannot undo it) and in the header (both slots), so a restart
    /// of the app does not forget it. Nothing is written when it is off.
    pub fn require_pin(&mut self) -> Result<()> {
        let Some(grant) = self.known_header().and_then(|h| h.biometric.as_ref()) else {
            self.pin_required_here = true;
            return Ok(());
        };
        let armed = !grant.quick_exit;
        let held = self.hold_pin_required_by_platform();
        self.pin_required_here = true;
        if armed {
            self.with_opened(|vault, opened| {
                if let Some(grant) = &mut opened.header.biometric
                    && !grant.quick_exit
                {
                    grant.quick_exit = true;
                    opened.header.write_both(&vault.dir, &opened.mac_key)?;
                }
                Ok(())
            })?;
        }
        held
    }

    /// Stores the quick exit's bit with the platform's count of wrong PINs, never
    /// lowering the count it holds.
    fn hold_pin_required_by_platform(&mut self) -> Result<()> {
        let header_count = self.known_header().map_or(0, |h| h.failed_attempts);
        let count = self.platform_count().unwrap_or(0).max(header_count);
        self.keys
            .store_attempt_count(held_by_platform(count, true))
            .map_err(VaultError::KeyUnavailable)
    }

    /// After the right PIN: the biometric may stand in again, counted from now.
    pub(super) fn pin_typed(&mut self, opened: &mut Opened) {
        self.pin_required_here = false;
        let moment = self.pin_moment();
        if let Some(grant) = &mut opened.header.biometric {
            grant.pin = moment;
            grant.quick_exit = false;
        }
    }

    /// Deletes the platform's key and drops the wrap from both slots. The key first:
    /// a wrap left in a header copy is then of no use to anyone.
    pub(super) fn drop_grant(&mut self, opened: &mut Opened) -> Result<()> {
        self.forget_biometric_key();
        if opened.header.biometric.take().is_some() {
            opened.header.write_both(&self.dir, &opened.mac_key)?;
        }
        Ok(())
    }

    /// Deletes the platform's biometric key. Its failure is not the caller's: the wrap
    /// that key could open is gone from the header, and the next turn-on replaces it.
    pub(super) fn forget_biometric_key(&self) {
        let _ = self.biometrics.forget();
    }

    /// Now, on both hands of the clock, to the millisecond the header keeps.
    fn pin_moment(&self) -> PinMoment {
        PinMoment {
            at: self.clock.now(),
            since_boot: self
                .clock
                .since_boot()
                .and_then(|b| u64::try_from(b.as_millis()).ok())
                .map(SinceBoot::from_millis),
        }
    }

    /// Runs `change` on the authentic header with its MAC key: the open one, or the
    /// checked one of a locked vault (one platform unwrap), which stays locked.
    fn with_opened(
        &mut self,
        change: impl FnOnce(&mut Self, &mut Opened) -> Result<()>,
    ) -> Result<()> {
        if let State::Unlocked {
            opened: Some(opened),
            ..
        } = &mut self.state
        {
            let mut taken = Opened {
                header: opened.header.clone(),
                mac_key: Box::new(super::keys::MacKey(opened.mac_key.0)),
            };
            let result = change(self, &mut taken);
            self.set_opened(taken);
            return result;
        }
        let Authentic { mut opened, .. } = self.check_header()?;
        let result = change(self, &mut opened);
        self.relock(opened);
        result
    }

    /// The locked state after `opened` was written, keeping what was read of the
    /// platform's count.
    fn relock(&mut self, opened: Opened) {
        let platform = match &self.state {
            State::Locked(locked) => locked.platform,
            _ => None,
        };
        self.state = self.locked_at(opened.header);
        if let State::Locked(locked) = &mut self.state {
            locked.platform = platform;
        }
    }
}
