//! A PIN flow's state: its step, the PINs entered in earlier steps, the digits on
//! the pad (in a buffer that never grows, so no copy is left unwiped), and where an
//! unlock leads.

use zeroize::Zeroizing;

use super::super::outcome::Refusal;
use super::Route;
use crate::vault::MAX_PIN_DIGITS;

/// A PIN flow: its step, the digits on the pad, and where an unlock leads.
pub(crate) struct PinFlow {
    pub step: PinStep,
    pub digits: Zeroizing<String>,
    /// Why the last PIN was refused.
    pub error: Option<Refusal>,
    /// Where to go once the vault is open; `None`: the cases.
    pub then: Option<Box<Route>>,
}

impl PinFlow {
    pub fn new(step: PinStep, then: Option<Route>) -> Self {
        Self {
            step,
            digits: pin_pad_with(""),
            error: None,
            then: then.map(Box::new),
        }
    }

    /// Adds a digit to the pad; `false` if it holds the longest PIN already. Never
    /// grows the pad's buffer: growing copies the digits to a new one and frees the old
    /// one unwiped.
    pub fn push_digit(&mut self, digit: char) -> bool {
        if self.digits.len() + digit.len_utf8() > MAX_PIN_DIGITS {
            return false;
        }
        // A pad without room for a whole PIN (a submit took the last one, leaving an
        // empty string) is replaced before a push could grow it.
        if self.digits.capacity() < MAX_PIN_DIGITS {
            self.digits = pin_pad_with(&self.digits);
        }
        self.digits.push(digit);
        true
    }

    /// Removes the last digit. `pop` would leave it behind the end of the buffer until
    /// the flow is dropped; a fresh pad leaves nothing, the old one is wiped as it drops.
    pub fn pop_digit(&mut self) {
        self.digits.pop();
        self.digits = pin_pad_with(&self.digits);
    }
}

/// A PIN pad with room for the longest PIN, holding `digits`.
fn pin_pad_with(digits: &str) -> Zeroizing<String> {
    let mut pad = Zeroizing::new(String::with_capacity(MAX_PIN_DIGITS));
    pad.push_str(digits);
    pad
}

/// Where the user is in a PIN flow, with the PINs entered in its earlier steps.
pub(crate) enum PinStep {
    /// First run: choose a PIN.
    Choose,
    /// First run: repeat it.
    Repeat { first: Zeroizing<String> },
    /// Unlock.
    Unlock,
    /// Changing the PIN: the current one.
    ChangeCurrent,
    /// Turning the biometric unlock on: the PIN, typed just before.
    TurnOnBiometrics,
    /// Changing the PIN: the new one.
    ChangeNew { current: Zeroizing<String> },
    /// Changing the PIN: the new one again.
    ChangeRepeat {
        current: Zeroizing<String>,
        first: Zeroizing<String>,
    },
}

impl PinStep {
    /// Whether the step acts on the open vault (changing the PIN, turning the
    /// biometric unlock on): a lock ends it.
    pub fn on_an_open_vault(&self) -> bool {
        matches!(
            self,
            PinStep::ChangeCurrent
                | PinStep::ChangeNew { .. }
                | PinStep::ChangeRepeat { .. }
                | PinStep::TurnOnBiometrics
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    /// Types `count` digits, checking that the pad's buffer never moves or grows.
    fn type_digits(flow: &mut PinFlow, count: usize) {
        assert!(flow.push_digit('4'));
        let buffer = (flow.digits.as_ptr(), flow.digits.capacity());
        assert!(buffer.1 >= MAX_PIN_DIGITS);
        for _ in 1..count {
            assert!(flow.push_digit('8'));
            assert_eq!((flow.digits.as_ptr(), flow.digits.capacity()), buffer);
        }
    }

    #[test]
    fn the_pin_pad_holds_the_longest_pin_without_growing_and_refuses_more() {
        let mut flow = PinFlow::new(PinStep::Choose, None);
        assert!(flow.digits.capacity() >= MAX_PIN_DIGITS, "preallocated");
        type_digits(&mut flow, MAX_PIN_DIGITS);
        assert!(!flow.push_digit('1'), "a 13th digit is refused");
        assert_eq!(flow.digits.len(), MAX_PIN_DIGITS);
    }

    #[test]
    fn a_pad_taken_by_a_submit_is_replaced_before_it_could_grow() {
        let mut flow = PinFlow::new(PinStep::Choose, None);
        type_digits(&mut flow, 6);
        // What `submit_pin` does: the entered PIN moves out, an empty string stays.
        let entered = std::mem::take(&mut flow.digits);
        assert_eq!(entered.as_str(), "488888");
        assert_eq!(flow.digits.capacity(), 0);
        type_digits(&mut flow, MAX_PIN_DIGITS);
    }

    #[test]
    fn backspace_leaves_a_full_size_pad_with_the_digits_before() {
        let mut flow = PinFlow::new(PinStep::Unlock, None);
        type_digits(&mut flow, 3);
        flow.pop_digit();
        assert_eq!(flow.digits.as_str(), "48");
        assert!(flow.digits.capacity() >= MAX_PIN_DIGITS);
        flow.pop_digit();
        flow.pop_digit();
        flow.pop_digit();
        assert_eq!(
            flow.digits.as_str(),
            "",
            "backspace on an empty pad is harmless"
        );
    }
}
