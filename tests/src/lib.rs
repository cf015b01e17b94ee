//! What a shell provides to the core, implemented in Rust against the FFI crate's
//! foreign traits, as the Kotlin and Swift shells implement them. The scenarios live
//! in `scenarios/`.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU32, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use signalenkaart_ffi::{
    BiometricError, BiometricPrompt, KeyWrapperError, PlatformBiometrics, PlatformClock,
    PlatformKeyWrapper,
};

/// A platform key held in memory, like a hardware keystore that never lets the key out.
/// It can be told to fail, to see how the core copes with a keystore that refuses.
#[derive(Debug)]
pub struct MemoryKeys {
    key: u8,
    destroyed: AtomicBool,
    failure: Mutex<Option<KeyWrapperError>>,
    destroy_calls: AtomicU32,
    hold: Mutex<Option<Hold>>,
    /// The platform's copy of the wrong-PIN count; `u32::MAX`: none stored.
    attempts: AtomicU32,
}

/// A held `unwrap`: it says when the core is inside it, and waits to be released.
#[derive(Debug)]
struct Hold {
    entered: Sender<()>,
    release: Receiver<()>,
}

/// The longest a held `unwrap` waits for its release, so a broken test fails rather
/// than hangs.
const HOLD_LIMIT: Duration = Duration::from_secs(10);

const TAG: &[u8] = b"memkey1";

impl MemoryKeys {
    /// A key wrapper whose key is `key` (any value; two wrappers with different keys
    /// cannot unwrap each other's data).
    pub fn new(key: u8) -> Self {
        Self {
            key,
            destroyed: AtomicBool::new(false),
            failure: Mutex::new(None),
            destroy_calls: AtomicU32::new(0),
            hold: Mutex::new(None),
            attempts: AtomicU32::new(u32::MAX),
        }
    }

    /// Makes the next `unwrap` wait, like a keystore busy with a slow hardware check:
    /// the first receiver hears once the core is inside the call, which returns once the
    /// sender is used (or after ten seconds).
    pub fn hold_next_unwrap(&self) -> (Receiver<()>, Sender<()>) {
        let (entered, inside) = channel();
        let (release, released) = channel();
        *self.hold.lock().unwrap_or_else(|p| p.into_inner()) = Some(Hold {
            entered,
            release: released,
        });
        (inside, release)
    }

    /// From now on every call fails with `failure`; `None` heals it.
    pub fn fail_with(&self, failure: Option<KeyWrapperError>) {
        *self.failure.lock().unwrap_or_else(|p| p.into_inner()) = failure;
    }

    /// How often `destroy_key` was called.
    pub fn destroy_calls(&self) -> u32 {
        self.destroy_calls.load(Ordering::SeqCst)
    }

    fn check(&self) -> Result<(), KeyWrapperError> {
        match self
            .failure
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
        {
            Some(failure) => Err(failure),
            None => Ok(()),
        }
    }

    fn xor(&self, bytes: &[u8]) -> Vec<u8> {
        bytes.iter().map(|b| b ^ self.key).collect()
    }
}

impl PlatformKeyWrapper for MemoryKeys {
    fn wrap(&self, plaintext: Vec<u8>) -> Result<Vec<u8>, KeyWrapperError> {
        self.check()?;
        // A new key after a destroy, as a keystore creates one on demand.
        self.destroyed.store(false, Ordering::SeqCst);
        let mut out = TAG.to_vec();
        out.extend(self.xor(&plaintext));
        Ok(out)
    }

    fn unwrap(&self, wrapped: Vec<u8>) -> Result<Vec<u8>, KeyWrapperError> {
        let hold = self.hold.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(hold) = hold {
            let _ = hold.entered.send(());
            let _ = hold.release.recv_timeout(HOLD_LIMIT);
        }
        self.check()?;
        if self.destroyed.load(Ordering::SeqCst) {
            return Err(KeyWrapperError::KeyMissing);
        }
        match wrapped.strip_prefix(TAG) {
            Some(body) => Ok(self.xor(body)),
            None => Err(KeyWrapperError::Rejected),
        }
    }

    fn destroy_key(&self) -> Result<(), KeyWrapperError> {
        self.check()?;
        self.destroy_calls.fetch_add(1, Ordering::SeqCst);
        self.destroyed.store(true, Ordering::SeqCst);
        self.attempts.store(u32::MAX, Ordering::SeqCst);
        Ok(())
    }

    fn load_attempt_count(&self) -> Result<Option<u32>, KeyWrapperError> {
        self.check()?;
        let count = self.attempts.load(Ordering::SeqCst);
        Ok((count != u32::MAX).then_some(count))
    }

    fn store_attempt_count(&self, count: u32) -> Result<(), KeyWrapperError> {
        self.check()?;
        self.attempts.store(count, Ordering::SeqCst);
        Ok(())
    }
}

/// A clock that only moves when told to, at a fixed offset from UTC.
#[derive(Debug)]
pub struct StepClock {
    now_millis: AtomicI64,
    /// Time since boot: moves with time passing, never with the wall clock set.
    boot_millis: AtomicI64,
    offset_seconds: i32,
    /// How many of the next reads panic, as a shell's clock that threw would.
    panics: AtomicU32,
}

impl StepClock {
    /// A clock standing at `unix_millis`, showing local time `offset_seconds` east of UTC.
    pub fn new(unix_millis: i64, offset_seconds: i32) -> Self {
        Self {
            now_millis: AtomicI64::new(unix_millis),
            boot_millis: AtomicI64::new(86_400_000),
            offset_seconds,
            panics: AtomicU32::new(0),
        }
    }

    /// Lets `seconds` pass: both the wall clock and the time since boot move.
    pub fn advance_seconds(&self, seconds: i64) {
        self.now_millis.fetch_add(seconds * 1000, Ordering::SeqCst);
        self.boot_millis
            .fetch_add(seconds.max(0) * 1000, Ordering::SeqCst);
    }
}

impl StepClock {
    /// Makes the next `reads` reads of the clock panic, as uniffi does when a foreign
    /// clock throws. The panic's message holds [`PANIC_MESSAGE`], standing for case data
    /// a panic may carry.
    pub fn panic_on_next_reads(&self, reads: u32) {
        self.panics.store(reads, Ordering::SeqCst);
    }

    fn read(&self) {
        let panicking = self
            .panics
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |left| {
                left.checked_sub(1)
            })
            .is_ok();
        if panicking {
            panic!("{PANIC_MESSAGE}");
        }
    }
}

/// What a panicking [`StepClock`] says: never to be seen in a view.
pub const PANIC_MESSAGE: &str = "clock failed while gezin Jansen was shown";

impl PlatformClock for StepClock {
    fn now_unix_millis(&self) -> i64 {
        self.read();
        self.now_millis.load(Ordering::SeqCst)
    }

    fn utc_offset_seconds(&self, _at_unix_millis: i64) -> i32 {
        self.read();
        self.offset_seconds
    }

    fn since_boot_millis(&self) -> i64 {
        self.read();
        self.boot_millis.load(Ordering::SeqCst)
    }
}

/// What a held biometric prompt is answered with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptOutcome {
    /// The enrolled finger: the key is released.
    Recognised,
    /// The prompt was cancelled (by the user, or by the shell hiding the app).
    Cancelled,
}

/// A biometric platform in memory, like a keystore key that only a recognised finger
/// releases: its key is an XOR pad, its prompt recognised at once unless held.
#[derive(Debug, Default)]
pub struct MemoryBiometrics {
    pad: Mutex<Option<u8>>,
    hold: Mutex<Option<(Sender<()>, Receiver<PromptOutcome>)>>,
    prompts: AtomicU32,
}

impl MemoryBiometrics {
    /// Makes the next prompt wait for its answer: the first receiver hears once the core
    /// is inside the prompt; the prompt ends with what the sender sends (cancelled after
    /// ten seconds without one).
    pub fn hold_next_prompt(&self) -> (Receiver<()>, Sender<PromptOutcome>) {
        let (entered, inside) = channel();
        let (answer, answered) = channel();
        *self.hold.lock().unwrap_or_else(|p| p.into_inner()) = Some((entered, answered));
        (inside, answer)
    }

    /// How many prompts were shown.
    pub fn prompts(&self) -> u32 {
        self.prompts.load(Ordering::SeqCst)
    }

    fn prompt(&self) -> Result<(), BiometricError> {
        self.prompts.fetch_add(1, Ordering::SeqCst);
        let hold = self.hold.lock().unwrap_or_else(|p| p.into_inner()).take();
        let outcome = match hold {
            Some((entered, answered)) => {
                let _ = entered.send(());
                answered
                    .recv_timeout(HOLD_LIMIT)
                    .unwrap_or(PromptOutcome::Cancelled)
            }
            None => PromptOutcome::Recognised,
        };
        match outcome {
            PromptOutcome::Recognised => Ok(()),
            PromptOutcome::Cancelled => Err(BiometricError::Cancelled),
        }
    }
}

impl PlatformBiometrics for MemoryBiometrics {
    fn enroll(&self, secret: Vec<u8>, _: BiometricPrompt) -> Result<Vec<u8>, BiometricError> {
        self.prompt()?;
        let pad = 0xa7;
        *self.pad.lock().unwrap_or_else(|p| p.into_inner()) = Some(pad);
        Ok(secret.iter().map(|b| b ^ pad).collect())
    }

    fn unlock(&self, wrapped: Vec<u8>, _: BiometricPrompt) -> Result<Vec<u8>, BiometricError> {
        let pad = (*self.pad.lock().unwrap_or_else(|p| p.into_inner()))
            .ok_or(BiometricError::KeyInvalidated)?;
        self.prompt()?;
        Ok(wrapped.iter().map(|b| b ^ pad).collect())
    }

    fn forget(&self) -> Result<(), BiometricError> {
        *self.pad.lock().unwrap_or_else(|p| p.into_inner()) = None;
        Ok(())
    }
}
