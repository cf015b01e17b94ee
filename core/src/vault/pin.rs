//! PIN rules: 6 to 12 digits, and not one of the patterns tried first by anyone who
//! picks up the phone.

use zeroize::Zeroizing;

use super::error::{Result, VaultError};

/// The fewest digits a PIN may have.
pub const MIN_PIN_DIGITS: usize = 6;
/// The most digits a PIN may have.
pub const MAX_PIN_DIGITS: usize = 12;

/// Checks a PIN against the rules, without any reference to a stored PIN.
///
/// Weak means: one digit repeated (000000), a run up or down (123456, 654321, 012345,
/// also wrapping as in 890123), or a repeated pair or triple (121212, 123123). These
/// are the first guesses of anyone holding the phone; the attempt limit would let them
/// in within ten tries.
pub fn check_pin(pin: &str) -> Result<()> {
    if !pin.bytes().all(|b| b.is_ascii_digit()) {
        return Err(VaultError::PinNotDigits);
    }
    // ASCII digits only: one byte each.
    let len = pin.len();
    if len < MIN_PIN_DIGITS {
        return Err(VaultError::PinTooShort {
            min: MIN_PIN_DIGITS,
        });
    }
    if len > MAX_PIN_DIGITS {
        return Err(VaultError::PinTooLong {
            max: MAX_PIN_DIGITS,
        });
    }
    // A fixed buffer, wiped when it drops: a `Vec` could be moved or regrown, leaving
    // the PIN's digits behind unwiped.
    let mut digits = Zeroizing::new([0u8; MAX_PIN_DIGITS]);
    for (slot, byte) in digits.iter_mut().zip(pin.bytes()) {
        *slot = byte - b'0';
    }
    if is_weak(&digits[..len]) {
        return Err(VaultError::PinTooWeak);
    }
    Ok(())
}

fn is_weak(digits: &[u8]) -> bool {
    let run = |step: u8| digits.windows(2).all(|w| w[1] == (w[0] + step) % 10);
    let periodic = |period: usize| (period..digits.len()).all(|i| digits[i] == digits[i - period]);
    // step 0 is one digit repeated, step 9 is a run downwards (mod 10).
    run(0) || run(1) || run(9) || periodic(2) || periodic(3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_follow_the_rules() {
        use VaultError as E;
        /// `None`: accepted; `Some(check)`: refused with an error passing `check`.
        type Expected = Option<fn(&VaultError) -> bool>;
        let cases: &[(&str, Expected)] = &[
            ("480271", None),
            ("93518270", None),
            ("205819374620", None),
            ("12345", Some(|e| matches!(e, E::PinTooShort { min: 6 }))),
            ("", Some(|e| matches!(e, E::PinTooShort { .. }))),
            (
                "4802719351827",
                Some(|e| matches!(e, E::PinTooLong { max: 12 })),
            ),
            ("48 271", Some(|e| matches!(e, E::PinNotDigits))),
            ("48027a", Some(|e| matches!(e, E::PinNotDigits))),
            ("٤٨٠٢٧١", Some(|e| matches!(e, E::PinNotDigits))),
            ("000000", Some(|e| matches!(e, E::PinTooWeak))),
            ("99999999", Some(|e| matches!(e, E::PinTooWeak))),
            ("123456", Some(|e| matches!(e, E::PinTooWeak))),
            ("654321", Some(|e| matches!(e, E::PinTooWeak))),
            ("012345", Some(|e| matches!(e, E::PinTooWeak))),
            ("890123", Some(|e| matches!(e, E::PinTooWeak))),
            ("121212", Some(|e| matches!(e, E::PinTooWeak))),
            ("1212121", Some(|e| matches!(e, E::PinTooWeak))),
            ("123123", Some(|e| matches!(e, E::PinTooWeak))),
            ("987987987", Some(|e| matches!(e, E::PinTooWeak))),
        ];
        for (pin, expected) in cases {
            match (check_pin(pin), expected) {
                (Ok(()), None) => {}
                (Err(e), Some(matches)) if matches(&e) => {}
                (got, _) => panic!("{pin:?}: got {got:?}"),
            }
        }
    }
}
