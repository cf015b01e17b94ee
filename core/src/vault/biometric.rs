//! The third wrap of the data key: a key of the platform that only a strong biometric
//! releases (Android: AndroidKeyStore AES-GCM behind `BiometricPrompt`; iOS: a Keychain
//! item with `.biometryCurrentSet`), so that the PIN need not be typed at every lock of
//! a home visit.
//!
//! A finger can be forced, so the core alone decides when the biometric may stand in
//! for the PIN ([`Grant::pin_needed`]), from fields of the authenticated header:
//! never after a quick exit, a restart, a wrong PIN, or more than the chosen hours since
//! the PIN was last typed. The platform holds no rule and the core no biometric data.

use chrono::{DateTime, Duration, Utc};
use thiserror::Error;

use crate::clock::SinceBoot;

/// The hours after a typed PIN in which a biometric may stand in for it, as offered.
pub const BIOMETRIC_HOURS: [u8; 3] = [4, 8, 24];
/// The default of [`BIOMETRIC_HOURS`].
pub const DEFAULT_BIOMETRIC_HOURS: u8 = 8;

/// How far the moment of boot, as the two clocks tell it, may drift and still be the
/// same boot: network time corrections move the wall clock by seconds. Setting the
/// clock by more than this asks for the PIN, which is the safe side.
const SAME_BOOT_WITHIN: Duration = Duration::minutes(5);

/// What the platform's biometric prompt says, worded by the core (neutral in discreet
/// mode).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "ffi", derive(uniffi::Record))]
pub struct BiometricPrompt {
    /// The prompt's title.
    pub title: String,
    /// The line under it.
    pub subtitle: String,
    /// The button that leaves the prompt for the PIN pad (Android's negative button;
    /// iOS `localizedCancelTitle`).
    pub use_pin: String,
}

/// Why no strong biometric can be used on this device now. The shells map the
/// platform's answer (`BiometricManager.canAuthenticate(BIOMETRIC_STRONG)`,
/// `LAContext.canEvaluatePolicy`) to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "ffi", derive(uniffi::Enum))]
pub enum BiometricUnavailable {
    /// The device has no biometric sensor.
    NoHardware,
    /// No fingerprint or face is enrolled.
    NoneEnrolled,
    /// Only a weak biometric (Android Class 2, many face unlocks) is enrolled: it cannot
    /// release a keystore key.
    NotStrong,
    /// The sensor is busy or unavailable for now.
    HardwareUnavailable,
    /// The platform wants a security update before biometrics can be used.
    SecurityUpdateRequired,
    /// The device has no screen lock (iOS: no passcode), without which the platform
    /// keeps no such key.
    NoDeviceLock,
}

/// Why the platform's biometric call did not release the key. The shells' biometric
/// platforms throw it (Kotlin `BiometricException`, Swift `BiometricError`); the core
/// words every case for the user and never counts one as a wrong PIN.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[cfg_attr(feature = "ffi", derive(uniffi::Error))]
#[non_exhaustive]
pub enum BiometricError {
    /// The user left the prompt (its PIN button, back, a tap outside, the app hidden).
    /// Throw it for every cancel; the PIN pad stays, nothing is said or counted.
    #[error("the prompt was cancelled")]
    Cancelled,
    /// Too many unrecognised attempts: the platform locked its biometrics (for a while,
    /// or until the device's own credential is used). Throw it for Android's
    /// `ERROR_LOCKOUT`/`ERROR_LOCKOUT_PERMANENT` and iOS `biometryLockout`.
    #[error("biometrics are locked out by the platform")]
    LockedOut,
    /// The key is gone for good: a fingerprint or face was enrolled or removed
    /// (`KeyPermanentlyInvalidatedException`, `.biometryCurrentSet`), or the key or the
    /// Keychain item is missing or unreadable. The core drops its wrap and says why.
    #[error("the biometric key is no longer valid")]
    KeyInvalidated,
    /// No strong biometric can be used now; the wrap is kept.
    #[error("biometrics are unavailable: {reason:?}")]
    Unavailable {
        /// Why.
        reason: BiometricUnavailable,
    },
    /// The platform failed otherwise (KeyMint errors such as −28 or −100, an
    /// unexpected exception). Throw it with the platform's numeric code (0 if it has
    /// none); the core words it; the wrap is kept.
    #[error("the platform's biometric key failed (code {code})")]
    Failed {
        /// The platform's error code, shown to the user for a support question.
        code: i32,
    },
}

/// The platform's biometric-gated key, implemented by each shell (the FFI crate adapts
/// its foreign trait to it). Every method that shows the prompt blocks until the user
/// answers it: the core calls it from the thread that dispatches the event, never the
/// UI thread.
pub trait Biometrics: Send + Sync {
    /// Makes a new key (replacing any earlier one), shows the prompt, and returns
    /// `secret` encrypted under the key, or a handle from which [`Biometrics::unlock`]
    /// gets it back.
    fn enroll(&self, secret: &[u8], prompt: &BiometricPrompt) -> Result<Vec<u8>, BiometricError>;
    /// Shows the prompt and returns the secret that `enroll` was given.
    fn unlock(&self, wrapped: &[u8], prompt: &BiometricPrompt) -> Result<Vec<u8>, BiometricError>;
    /// Deletes the key for good. Idempotent: succeeds when there is none.
    fn forget(&self) -> Result<(), BiometricError>;
}

/// The platform without biometrics (the desktop preview, tests that do not use them):
/// every prompt answers that there is no sensor.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoBiometrics;

impl Biometrics for NoBiometrics {
    fn enroll(&self, _: &[u8], _: &BiometricPrompt) -> Result<Vec<u8>, BiometricError> {
        Err(BiometricError::Unavailable {
            reason: BiometricUnavailable::NoHardware,
        })
    }

    fn unlock(&self, _: &[u8], _: &BiometricPrompt) -> Result<Vec<u8>, BiometricError> {
        Err(BiometricError::Unavailable {
            reason: BiometricUnavailable::NoHardware,
        })
    }

    fn forget(&self) -> Result<(), BiometricError> {
        Ok(())
    }
}

/// Why the PIN is asked although the biometric unlock is on: the coercion rule's cases
/// and what the platform said. Each is worded for the PIN pad.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PinNeeded {
    /// The biometric unlock is off.
    Off,
    /// A quick exit was made since the PIN was last typed.
    AfterQuickExit,
    /// The phone restarted since the PIN was last typed (or has no boot clock).
    AfterRestart,
    /// The PIN was last typed longer ago than the chosen hours.
    PinTooLongAgo {
        /// The chosen hours.
        hours: u8,
    },
    /// A wrong PIN was typed since the right one.
    AfterWrongPin,
}

/// The moment the PIN last opened the vault, on both hands of the clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PinMoment {
    pub at: DateTime<Utc>,
    pub since_boot: Option<SinceBoot>,
}

/// The biometric wrap in the header, with what decides whether it may be used. Every
/// field is under the header's MAC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Grant {
    /// What the platform's biometric key made of the data key.
    pub wrapped: Vec<u8>,
    /// A keyed check of the data key the platform gives back (see
    /// [`super::keys::key_check`]): a wrong one is never taken to the database.
    pub key_check: [u8; 32],
    /// One of [`BIOMETRIC_HOURS`].
    pub hours: u8,
    /// When the PIN last opened the vault (or turned this on).
    pub pin: PinMoment,
    /// A quick exit was made since.
    pub quick_exit: bool,
}

impl Grant {
    /// Why the PIN is needed at `now` / `since_boot`, or `None` if the biometric may
    /// stand in for it. `wrong_pins` counts wrong PINs since the right one.
    pub fn pin_needed(
        &self,
        now: DateTime<Utc>,
        since_boot: Option<SinceBoot>,
        wrong_pins: u32,
    ) -> Option<PinNeeded> {
        if self.quick_exit {
            return Some(PinNeeded::AfterQuickExit);
        }
        if wrong_pins > 0 {
            return Some(PinNeeded::AfterWrongPin);
        }
        let (Some(then_boot), Some(now_boot)) = (self.pin.since_boot, since_boot) else {
            return Some(PinNeeded::AfterRestart);
        };
        let boot_elapsed = now_boot
            .checked_sub(then_boot)
            .and_then(|d| Duration::from_std(d).ok());
        let wall_elapsed = now - self.pin.at;
        // The same boot only if the boot clock went on and both clocks put the boot at
        // the same moment: a restart whose boot clock has passed the old reading
        // otherwise looks like the same boot.
        let same_boot =
            boot_elapsed.is_some_and(|boot| (wall_elapsed - boot).abs() <= SAME_BOOT_WITHIN);
        let Some(boot_elapsed) = boot_elapsed.filter(|_| same_boot) else {
            return Some(PinNeeded::AfterRestart);
        };
        // The longer account wins: a wall clock set forward only brings it sooner.
        let elapsed = boot_elapsed.max(wall_elapsed);
        (elapsed >= Duration::hours(i64::from(self.hours)))
            .then_some(PinNeeded::PinTooLongAgo { hours: self.hours })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + secs, 0).unwrap_or_default()
    }

    fn boot(secs: u64) -> Option<SinceBoot> {
        Some(SinceBoot::from_secs(secs))
    }

    fn grant(hours: u8) -> Grant {
        Grant {
            wrapped: vec![1, 2, 3],
            key_check: [0; 32],
            hours,
            pin: PinMoment {
                at: at(0),
                since_boot: boot(3_600),
            },
            quick_exit: false,
        }
    }

    const HOUR: i64 = 3_600;

    #[test]
    fn within_the_hours_on_the_same_boot_the_biometric_stands_in() {
        let g = grant(8);
        assert_eq!(g.pin_needed(at(60), boot(3_660), 0), None);
        assert_eq!(
            g.pin_needed(at(8 * HOUR - 1), boot(3_600 + 8 * 3_600 - 1), 0),
            None
        );
        assert_eq!(
            g.pin_needed(at(8 * HOUR), boot(3_600 + 8 * 3_600), 0),
            Some(PinNeeded::PinTooLongAgo { hours: 8 })
        );
    }

    #[test]
    fn a_quick_exit_or_a_wrong_pin_asks_for_the_pin_whatever_the_time() {
        let mut g = grant(24);
        assert_eq!(
            g.pin_needed(at(60), boot(3_660), 1),
            Some(PinNeeded::AfterWrongPin)
        );
        g.quick_exit = true;
        assert_eq!(
            g.pin_needed(at(60), boot(3_660), 0),
            Some(PinNeeded::AfterQuickExit)
        );
    }

    #[test]
    fn a_restart_is_seen_even_when_the_boot_clock_has_passed_its_old_reading() {
        let g = grant(24);
        // Boot clock behind: restarted.
        assert_eq!(
            g.pin_needed(at(600), boot(60), 0),
            Some(PinNeeded::AfterRestart)
        );
        // Restarted one hour after the PIN and up for two hours since: the boot clock
        // reads more than it did, but the two clocks place the boot three hours apart.
        assert_eq!(
            g.pin_needed(at(3 * HOUR), boot(2 * 3_600), 0),
            Some(PinNeeded::AfterRestart)
        );
        // No boot clock now, or none then.
        assert_eq!(g.pin_needed(at(60), None, 0), Some(PinNeeded::AfterRestart));
        let mut without = grant(24);
        without.pin.since_boot = None;
        assert_eq!(
            without.pin_needed(at(60), boot(3_660), 0),
            Some(PinNeeded::AfterRestart)
        );
    }

    #[test]
    fn setting_the_wall_clock_never_lengthens_the_hours() {
        let g = grant(4);
        // Wall clock set back a day, one hour later by the boot clock: a clock change
        // this large reads as another boot, so the PIN.
        assert_eq!(
            g.pin_needed(at(HOUR - 86_400), boot(3_600 + 3_600), 0),
            Some(PinNeeded::AfterRestart)
        );
        // Set forward by more than the hours: the PIN, sooner.
        assert!(g.pin_needed(at(5 * HOUR), boot(3_660), 0).is_some());
        // A network correction of a minute changes nothing.
        assert_eq!(g.pin_needed(at(HOUR + 60), boot(3_600 + 3_600), 0), None);
    }
}
