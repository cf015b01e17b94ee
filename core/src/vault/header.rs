//! The vault header: everything needed before the database can be opened, in two
//! slots written in turn, each authenticated.
//!
//! Every field that steers unlocking (format, generation, KDF parameters, salt, the
//! attempt counts, the limit, the waiting time) is covered by a MAC whose key lies only
//! inside the platform key's wrap: the files alone can neither forge nor edit a header.
//! Each write goes to the slot that does not hold the newest copy, with the next
//! generation, so a write cut short leaves the previous header whole; the newest copy
//! whose MAC holds wins.

use std::fs;
use std::io;
use std::path::Path;

use blake2::Blake2bMac;
use blake2::digest::consts::U32;
use blake2::digest::{KeyInit, Mac};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::biometric::{BIOMETRIC_HOURS, Grant, PinMoment};
use super::error::{Result, VaultError, VaultPart};
use super::files;
use super::key_wrapper::KeyWrapper;
use super::keys::{self, DataKey, KEY_LEN, KdfParams, MacKey, SALT_LEN};
use super::settings::MAX_ATTEMPTS;
use crate::clock::SinceBoot;

/// The header format this code writes and reads. Format 1 (unauthenticated) is not
/// read: accepting it would let anyone with the files write one and skip the MAC.
const FORMAT: u32 = 2;
const MAC_LEN: usize = 32;

const CORRUPT: VaultError = VaultError::Corrupt {
    part: VaultPart::Header,
};

/// A waiting time imposed after wrong PINs: how long, and when it was set by both
/// clocks, so that neither setting the wall clock forward nor a corrected clock can
/// move it much (see [`Delay::remaining`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Delay {
    pub length: Duration,
    pub set_at: DateTime<Utc>,
    pub set_since_boot: Option<SinceBoot>,
}

impl Delay {
    /// The wait still ahead at `now` / `since_boot`, never more than the delay's length.
    ///
    /// While the device stays on, only the boot clock counts, so setting the wall clock
    /// forward does not shorten the wait. After a reboot (the boot clock is behind where
    /// it was) the wall clock counts; a wall clock behind the moment the delay was set
    /// (it was wrong then, or set back now) restarts the wait from now, never for longer
    /// than its length.
    pub fn remaining(&self, now: DateTime<Utc>, since_boot: Option<SinceBoot>) -> Duration {
        let elapsed = match (self.set_since_boot, since_boot) {
            (Some(set), Some(now_boot)) if now_boot >= set => {
                Duration::from_std(now_boot - set).unwrap_or(Duration::MAX)
            }
            _ => now - self.set_at,
        };
        let elapsed = elapsed.max(Duration::zero());
        (self.length - elapsed).clamp(Duration::zero(), self.length)
    }
}

/// One header copy.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Header {
    /// Counts every write; the slot is `generation % 2`.
    pub generation: u64,
    pub kdf: KdfParams,
    pub salt: Vec<u8>,
    /// The MAC key and the PIN-sealed data key, wrapped together by the platform key.
    pub wrapped: Vec<u8>,
    /// PIN checks begun since the last right PIN, including ones cut short.
    pub started_attempts: u32,
    /// PIN checks that ended with a wrong PIN since the last right PIN.
    pub failed_attempts: u32,
    pub max_attempts: u32,
    pub delay: Option<Delay>,
    /// The database's unlock count at the last unlock: a database file behind it is an
    /// older copy put in its place.
    pub db_generation: u64,
    /// The biometric wrap of the data key and when it may be used; `None` while the
    /// biometric unlock is off.
    pub biometric: Option<Box<Grant>>,
    mac: [u8; MAC_LEN],
}

/// What the platform key's wrap holds, once removed.
pub(crate) struct Unwrapped {
    pub mac_key: Box<MacKey>,
    pub sealed: Zeroizing<Vec<u8>>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct HeaderFile {
    format: u32,
    generation: u64,
    kdf: KdfParams,
    salt: String,
    wrapped: String,
    started_attempts: u32,
    failed_attempts: u32,
    max_attempts: u32,
    delay: Option<DelayFile>,
    db_generation: u64,
    /// Absent in headers written before the biometric unlock existed, and while it is off.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    biometric: Option<BiometricFile>,
    mac: String,
}

/// The largest biometric wrap read: a platform's is well under a kilobyte.
const MAX_BIOMETRIC_WRAP: usize = 4096;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BiometricFile {
    wrapped: String,
    key_check: String,
    hours: u8,
    pin_at_ns: i64,
    pin_since_boot_ms: Option<u64>,
    quick_exit: bool,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DelayFile {
    secs: i64,
    set_at_ns: i64,
    set_since_boot_ms: Option<u64>,
}

/// The header copies found on disk, newest first; `damaged` if a slot file exists but
/// cannot be read as a header.
pub(crate) struct Slots {
    pub copies: Vec<Header>,
    pub damaged: bool,
}

impl Header {
    /// A header for `key` under `pin`: new salt, new MAC key, default parameters. Not
    /// yet written; the generation continues from `after` (0 for a new vault).
    pub fn seal(
        key: &DataKey,
        pin: &str,
        keys: &dyn KeyWrapper,
        max_attempts: u32,
        after: u64,
    ) -> Result<(Self, Box<MacKey>)> {
        let mut salt = vec![0u8; SALT_LEN];
        getrandom::fill(&mut salt).map_err(|_| VaultError::Random)?;
        let kdf = KdfParams::DEFAULT;
        let sealed = Zeroizing::new(keys::seal(key, pin, &salt, &kdf, &aad(&kdf, &salt))?);
        let mac_key = MacKey::generate()?;
        let mut both = Zeroizing::new(Vec::with_capacity(KEY_LEN + sealed.len()));
        both.extend_from_slice(&mac_key.0);
        both.extend_from_slice(&sealed);
        let wrapped = keys.wrap(&both).map_err(VaultError::KeyUnavailable)?;
        let header = Self {
            generation: after,
            kdf,
            salt,
            wrapped,
            started_attempts: 0,
            failed_attempts: 0,
            max_attempts,
            delay: None,
            db_generation: 0,
            biometric: None,
            mac: [0; MAC_LEN],
        };
        Ok((header, mac_key))
    }

    /// Removes the platform key's wrap. Needs no PIN, so it is not an attempt.
    pub fn unwrap_platform(&self, keys: &dyn KeyWrapper) -> Result<Unwrapped> {
        let both = Zeroizing::new(
            keys.unwrap(&self.wrapped)
                .map_err(VaultError::KeyUnavailable)?,
        );
        if both.len() <= KEY_LEN {
            return Err(CORRUPT);
        }
        let (mac_key, sealed) = both.split_at(KEY_LEN);
        Ok(Unwrapped {
            mac_key: MacKey::from_slice(mac_key).ok_or(CORRUPT)?,
            sealed: Zeroizing::new(sealed.to_vec()),
        })
    }

    /// Whether this copy is exactly as this vault wrote it.
    pub fn verify(&self, mac_key: &MacKey) -> bool {
        mac_of(self, mac_key).is_ok_and(|mac| mac.verify_slice(&self.mac).is_ok())
    }

    /// Runs Argon2id and the AEAD: `Ok(None)` if the PIN is wrong.
    pub fn open_sealed(&self, sealed: &[u8], pin: &str) -> Result<Option<Box<DataKey>>> {
        keys::open(
            sealed,
            pin,
            &self.salt,
            &self.kdf,
            &aad(&self.kdf, &self.salt),
        )
    }

    /// Reads both slots; `None` if neither exists.
    pub fn read(dir: &Path) -> Result<Option<Slots>> {
        let mut slots = Slots {
            copies: Vec::new(),
            damaged: false,
        };
        let mut found = false;
        for name in files::HEADER_SLOTS {
            let bytes = match fs::read(dir.join(name)) {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
                Err(e) => return Err(e.into()),
            };
            found = true;
            match parse(&bytes) {
                Some(header) => slots.copies.push(header),
                None => slots.damaged = true,
            }
        }
        slots
            .copies
            .sort_by_key(|copy| std::cmp::Reverse(copy.generation));
        Ok(found.then_some(slots))
    }

    /// Writes this header into both slots, as two generations: the older slot first, so
    /// a crash between the two leaves the new copy the newest, and once both are written
    /// no older copy is left to fall back on.
    pub fn write_both(&mut self, dir: &Path, mac_key: &MacKey) -> Result<()> {
        self.write(dir, mac_key)?;
        self.write(dir, mac_key)
    }

    /// Writes this header as the next generation, into the slot not holding the
    /// current one, durably.
    pub fn write(&mut self, dir: &Path, mac_key: &MacKey) -> Result<()> {
        let mut next = self.clone();
        next.generation = self.generation.checked_add(1).ok_or(CORRUPT)?;
        next.mac = mac_of(&next, mac_key)?.finalize().into_bytes().into();
        let delay = next
            .delay
            .map(|delay| {
                Ok::<_, VaultError>(DelayFile {
                    secs: delay.length.num_seconds(),
                    set_at_ns: delay
                        .set_at
                        .timestamp_nanos_opt()
                        .ok_or(VaultError::TimeOutOfRange)?,
                    set_since_boot_ms: delay.set_since_boot.and_then(millis),
                })
            })
            .transpose()?;
        let biometric = next
            .biometric
            .as_ref()
            .map(|grant| {
                Ok::<_, VaultError>(BiometricFile {
                    wrapped: to_hex(&grant.wrapped),
                    key_check: to_hex(&grant.key_check),
                    hours: grant.hours,
                    pin_at_ns: grant
                        .pin
                        .at
                        .timestamp_nanos_opt()
                        .ok_or(VaultError::TimeOutOfRange)?,
                    pin_since_boot_ms: grant.pin.since_boot.and_then(millis),
                    quick_exit: grant.quick_exit,
                })
            })
            .transpose()?;
        let file = HeaderFile {
            format: FORMAT,
            generation: next.generation,
            kdf: next.kdf,
            salt: to_hex(&next.salt),
            wrapped: to_hex(&next.wrapped),
            started_attempts: next.started_attempts,
            failed_attempts: next.failed_attempts,
            max_attempts: next.max_attempts,
            delay,
            db_generation: next.db_generation,
            biometric,
            mac: to_hex(&next.mac),
        };
        let bytes = serde_json::to_vec_pretty(&file).map_err(|_| CORRUPT)?;
        files::write_atomically(dir, slot_of(next.generation), &bytes)?;
        *self = next;
        Ok(())
    }
}

fn slot_of(generation: u64) -> &'static str {
    files::HEADER_SLOTS[usize::from(generation % 2 == 1)]
}

fn millis(at: SinceBoot) -> Option<u64> {
    u64::try_from(at.as_millis()).ok()
}

/// A copy as read, or `None` if it is not a well-formed header of this format. Whether
/// it is authentic is known only with the MAC key ([`Header::verify`]).
fn parse(bytes: &[u8]) -> Option<Header> {
    let file: HeaderFile = serde_json::from_slice(bytes).ok()?;
    if file.format != FORMAT || !file.kdf.plausible() || !MAX_ATTEMPTS.contains(&file.max_attempts)
    {
        return None;
    }
    let salt = from_hex(&file.salt).filter(|salt| salt.len() == SALT_LEN)?;
    let mac = from_hex(&file.mac)?.try_into().ok()?;
    let delay = match file.delay {
        None => None,
        Some(delay) => Some(Delay {
            length: Duration::try_seconds(delay.secs).filter(|d| {
                (Duration::zero()..=Duration::seconds(super::unlock::MAX_DELAY_SECS)).contains(d)
            })?,
            set_at: DateTime::from_timestamp_nanos(delay.set_at_ns),
            set_since_boot: delay.set_since_boot_ms.map(SinceBoot::from_millis),
        }),
    };
    let biometric = match file.biometric {
        None => None,
        Some(grant) => Some(Box::new(Grant {
            wrapped: from_hex(&grant.wrapped)
                .filter(|w| !w.is_empty() && w.len() <= MAX_BIOMETRIC_WRAP)?,
            key_check: from_hex(&grant.key_check)?.try_into().ok()?,
            hours: Some(grant.hours).filter(|h| BIOMETRIC_HOURS.contains(h))?,
            pin: PinMoment {
                at: DateTime::from_timestamp_nanos(grant.pin_at_ns),
                since_boot: grant.pin_since_boot_ms.map(SinceBoot::from_millis),
            },
            quick_exit: grant.quick_exit,
        })),
    };
    Some(Header {
        generation: file.generation,
        kdf: file.kdf,
        salt,
        wrapped: from_hex(&file.wrapped)?,
        started_attempts: file.started_attempts,
        failed_attempts: file.failed_attempts,
        max_attempts: file.max_attempts,
        delay,
        db_generation: file.db_generation,
        biometric,
        mac,
    })
}

/// The MAC over every field but the MAC itself, in a fixed binary layout (not the JSON,
/// whose spelling may vary).
fn mac_of(header: &Header, key: &MacKey) -> Result<Blake2bMac<U32>> {
    let mut mac = <Blake2bMac<U32> as KeyInit>::new_from_slice(&key.0).map_err(|_| CORRUPT)?;
    let len = |bytes: &[u8]| u64::try_from(bytes.len()).unwrap_or(u64::MAX).to_le_bytes();
    mac.update(b"signalenkaart vault header mac\0");
    mac.update(&FORMAT.to_le_bytes());
    mac.update(&header.generation.to_le_bytes());
    for n in [header.kdf.m_kib, header.kdf.t, header.kdf.p] {
        mac.update(&n.to_le_bytes());
    }
    mac.update(&len(&header.salt));
    mac.update(&header.salt);
    mac.update(&len(&header.wrapped));
    mac.update(&header.wrapped);
    for n in [
        header.started_attempts,
        header.failed_attempts,
        header.max_attempts,
    ] {
        mac.update(&n.to_le_bytes());
    }
    mac.update(&header.db_generation.to_le_bytes());
    match header.delay {
        None => mac.update(&[0]),
        Some(delay) => {
            mac.update(&[1]);
            mac.update(&delay.length.num_seconds().to_le_bytes());
            let set_at = delay
                .set_at
                .timestamp_nanos_opt()
                .ok_or(VaultError::TimeOutOfRange)?;
            mac.update(&set_at.to_le_bytes());
            match delay.set_since_boot.and_then(millis) {
                None => mac.update(&[0]),
                Some(ms) => {
                    mac.update(&[1]);
                    mac.update(&ms.to_le_bytes());
                }
            }
        }
    }
    // Nothing for a header without the wrap, so headers written before it existed keep
    // their MAC; a tagged, length-prefixed block when present, so removing or adding it
    // breaks the MAC.
    if let Some(grant) = &header.biometric {
        mac.update(b"biometric\0");
        mac.update(&len(&grant.wrapped));
        mac.update(&grant.wrapped);
        mac.update(&grant.key_check);
        mac.update(&[grant.hours, u8::from(grant.quick_exit)]);
        let pin_at = grant
            .pin
            .at
            .timestamp_nanos_opt()
            .ok_or(VaultError::TimeOutOfRange)?;
        mac.update(&pin_at.to_le_bytes());
        match grant.pin.since_boot.and_then(millis) {
            None => mac.update(&[0]),
            Some(ms) => {
                mac.update(&[1]);
                mac.update(&ms.to_le_bytes());
            }
        }
    }
    Ok(mac)
}

/// Binds the sealed key to the header format, the KDF parameters and the salt, so a
/// header with weakened parameters fails to open instead of opening faster.
fn aad(kdf: &KdfParams, salt: &[u8]) -> Vec<u8> {
    let mut aad = b"signalenkaart vault header".to_vec();
    for n in [FORMAT, kdf.m_kib, kdf.t, kdf.p] {
        aad.extend_from_slice(&n.to_le_bytes());
    }
    aad.extend_from_slice(salt);
    aad
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips_and_rejects_garbage() {
        let bytes = [0u8, 1, 0x7f, 0xff, 0xa0];
        assert_eq!(from_hex(&to_hex(&bytes)).as_deref(), Some(&bytes[..]));
        for bad in ["0", "zz", "0g", "é0"] {
            assert_eq!(from_hex(bad), None, "{bad}");
        }
    }

    fn at(secs: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + secs, 0).unwrap_or_default()
    }

    #[test]
    fn a_delay_is_neither_shortened_by_the_wall_clock_nor_stretched_by_it() {
        let boot = |s| Some(SinceBoot::from_secs(s));
        let delay = Delay {
            length: Duration::seconds(600),
            set_at: at(0),
            set_since_boot: boot(1000),
        };
        let left = |now, since_boot| delay.remaining(now, since_boot).num_seconds();
        // Same boot: only the boot clock counts.
        assert_eq!(left(at(100), boot(1100)), 500);
        assert_eq!(
            left(at(10 * 365 * 86_400), boot(1100)),
            500,
            "clock set forward"
        );
        assert_eq!(left(at(-86_400), boot(1100)), 500, "clock set back");
        assert_eq!(left(at(0), boot(1600)), 0);
        // After a reboot: the wall clock, clamped to the delay's length.
        assert_eq!(left(at(100), boot(30)), 500);
        assert_eq!(
            left(at(-10 * 365 * 86_400), boot(30)),
            600,
            "clock far behind"
        );
        assert_eq!(left(at(700), boot(30)), 0);
        // No boot clock at all: the wall clock, clamped.
        assert_eq!(left(at(100), None), 500);
    }
}
