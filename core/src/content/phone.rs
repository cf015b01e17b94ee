//! Phone numbers: parsed and validated with the `phonenumber` crate (libphonenumber's
//! metadata), never with hand-written rules.

use phonenumber::{Mode, Type, country};
use thiserror::Error;

/// Longest input accepted; anything longer is not a phone number someone typed.
const MAX_INPUT_CHARS: usize = 32;

/// Why a phone number was refused. Every variant is a reason to show the user, who
/// should correct the number and try again; each says what is wrong, so the user knows
/// what to correct.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum PhoneError {
    /// Nothing was entered. Ask for a number.
    #[error("no phone number entered")]
    Empty,
    /// The input has more digits than any number of its country has, or is longer
    /// than anything someone types as a phone number.
    #[error("the number has too many digits")]
    TooLong,
    /// The input has fewer digits than a number of its country: digits are missing.
    #[error("the number has too few digits")]
    TooShort,
    /// The input has characters other than digits, spaces, `+`, `-`, `(`, `)` and `.`.
    /// Letters are refused on purpose: a phoneword is not something to dial blind.
    #[error("a phone number may only contain digits, spaces and + - ( ) .")]
    InvalidCharacters,
    /// After `+` or `00` comes a country code that no country has.
    #[error("no country has this country code")]
    UnknownCountryCode,
    /// No digits at all (only `+`, dashes, brackets…): not a phone number.
    #[error("this is not a phone number")]
    NotANumber,
    /// The number has a possible length but no such number is issued in that
    /// country's numbering plan (e.g. `099 123 4567`). Ask the user to check the
    /// digits.
    #[error("no such number is issued in the numbering plan")]
    NotInNumberingPlan,
}

/// A validated phone number, kept in E.164 with its Dutch display form and the URI
/// a phone dials.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneNumber {
    e164: String,
    display: String,
    tel_uri: String,
}

impl PhoneNumber {
    /// Parses a number as a Dutch user types it (`013 549 8430`, `0800-2000`,
    /// `+31 13 549 8430`); foreign numbers need their `+` country code.
    pub fn parse(input: &str) -> Result<Self, PhoneError> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(PhoneError::Empty);
        }
        if trimmed.chars().count() > MAX_INPUT_CHARS {
            return Err(PhoneError::TooLong);
        }
        if !trimmed
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.'))
        {
            return Err(PhoneError::InvalidCharacters);
        }
        let parsed = phonenumber::parse(Some(country::Id::NL), trimmed)
            .map_err(|error| refusal_of(trimmed, &error))?;
        if !parsed.is_valid() {
            return Err(invalid_reason(trimmed));
        }
        let e164 = parsed.format().mode(Mode::E164).to_string();
        let is_dutch = parsed.code().value() == 31;
        let display = if is_dutch {
            parsed.format().mode(Mode::National).to_string()
        } else {
            parsed.format().mode(Mode::International).to_string()
        };
        // Service numbers (0800, 0900, …) are not reliably reachable in international
        // form, so a phone in the Netherlands dials them as national digits.
        let non_geographic = matches!(
            parsed.number_type(&phonenumber::metadata::DATABASE),
            Type::TollFree | Type::PremiumRate | Type::SharedCost | Type::Uan
        );
        let tel_uri = if is_dutch && non_geographic {
            format!("tel:0{}", parsed.national().value())
        } else {
            format!("tel:{e164}")
        };
        Ok(Self {
            e164,
            display,
            tel_uri,
        })
    }

    /// Rebuilds a number from forms that [`PhoneNumber::parse`] produced earlier and
    /// that were stored. Checks their shape only, without the library: callers that
    /// stored them must have validated them (the content tests do, for the content).
    pub fn from_stored(e164: String, display: String, tel_uri: String) -> Option<Self> {
        let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
        let e164_ok = e164.strip_prefix('+').is_some_and(digits) && e164.len() <= 16;
        let tel_ok = tel_uri
            .strip_prefix("tel:")
            .is_some_and(|rest| digits(rest.strip_prefix('+').unwrap_or(rest)));
        let display_ok = !display.trim().is_empty() && display.len() <= MAX_INPUT_CHARS;
        (e164_ok && tel_ok && display_ok).then_some(Self {
            e164,
            display,
            tel_uri,
        })
    }

    /// The number in E.164, e.g. `+31135498430`. This is the stored form.
    pub fn e164(&self) -> &str {
        &self.e164
    }

    /// The number grouped as Dutch readers expect, e.g. `013 549 8430`.
    pub fn display(&self) -> &str {
        &self.display
    }

    /// The URI a phone dials, e.g. `tel:+31135498430` or `tel:08002000`.
    pub fn tel_uri(&self) -> &str {
        &self.tel_uri
    }
}

/// Whether `input` parses to a number the numbering plan issues.
fn is_valid_number(input: &str) -> bool {
    phonenumber::parse(Some(country::Id::NL), input).is_ok_and(|number| number.is_valid())
}

/// The refusal for what the library could not parse at all.
fn refusal_of(input: &str, error: &phonenumber::ParseError) -> PhoneError {
    use phonenumber::ParseError;
    match error {
        ParseError::InvalidCountryCode => PhoneError::UnknownCountryCode,
        ParseError::TooShortAfterIdd | ParseError::TooShortNsn => PhoneError::TooShort,
        ParseError::TooLong => PhoneError::TooLong,
        // Fewer than three digits: a start of a number, or none at all.
        ParseError::NoNumber if input.chars().any(|c| c.is_ascii_digit()) => PhoneError::TooShort,
        ParseError::NoNumber | ParseError::MalformedInteger(_) => PhoneError::NotANumber,
    }
}

/// Why a parsed number is not valid, asked of the library's plan itself: digits
/// missing if the same start, made longer, is a valid number; digits too many if a
/// shorter start of it is; otherwise no such number is issued.
fn invalid_reason(input: &str) -> PhoneError {
    let digits = input.chars().filter(char::is_ascii_digit).count();
    // The longest number (15 digits with its country code, E.164) bounds both searches.
    const LONGEST: usize = 15;
    // A `00` before the country code is two digits more than E.164 counts.
    let longer = (1..=(LONGEST + 2).saturating_sub(digits)).any(|extra| {
        ('0'..='9').any(|digit| {
            let mut padded = input.to_owned();
            padded.extend(std::iter::repeat_n(digit, extra));
            is_valid_number(&padded)
        })
    });
    if longer {
        return PhoneError::TooShort;
    }
    let mut shorter = input.trim_end().to_owned();
    while shorter.pop().is_some() {
        let trailing_digit = shorter.chars().last().is_some_and(|c| c.is_ascii_digit());
        if trailing_digit && is_valid_number(&shorter) {
            return PhoneError::TooLong;
        }
    }
    PhoneError::NotInNumberingPlan
}

/// Something a phone can dial: a phone number, or the emergency number 112.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dialable {
    /// A validated phone number.
    Phone(PhoneNumber),
    /// 112: an emergency short number, not a phone number; it has no E.164 form.
    Emergency112,
}

impl Dialable {
    /// The number as shown.
    pub fn display(&self) -> &str {
        match self {
            Dialable::Phone(number) => number.display(),
            Dialable::Emergency112 => "112",
        }
    }

    /// The URI a phone dials.
    pub fn tel_uri(&self) -> &str {
        match self {
            Dialable::Phone(number) => number.tel_uri(),
            Dialable::Emergency112 => "tel:112",
        }
    }

    /// The E.164 form, which 112 does not have.
    pub fn e164(&self) -> Option<&str> {
        match self {
            Dialable::Phone(number) => Some(number.e164()),
            Dialable::Emergency112 => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_of_the_same_number_agree() {
        let forms = [
            "013 549 8430",
            "0135498430",
            "+31 13 549 8430",
            "+31 (0)13-549.8430",
            "0031135498430",
        ];
        for form in forms {
            let number = PhoneNumber::parse(form).unwrap_or_else(|e| panic!("{form}: {e}"));
            assert_eq!(number.e164(), "+31135498430", "{form}");
            assert_eq!(number.tel_uri(), "tel:+31135498430", "{form}");
            assert_eq!(number.display(), "013 549 8430", "{form}");
        }
    }

    #[test]
    fn refusals_carry_their_reason() {
        let cases: &[(&str, PhoneError)] = &[
            ("", PhoneError::Empty),
            ("   ", PhoneError::Empty),
            // Digits missing: the start of a real number, however it is written.
            ("030 12", PhoneError::TooShort),
            ("030-12", PhoneError::TooShort),
            ("+31 30 12", PhoneError::TooShort),
            ("0031 30 12", PhoneError::TooShort),
            ("1", PhoneError::TooShort),
            ("06 1234 567", PhoneError::TooShort),
            // Digits too many.
            ("030 234 5678 9", PhoneError::TooLong),
            ("+31 30 234 5678 99", PhoneError::TooLong),
            ("0135498430 0135498430 0135498430 01", PhoneError::TooLong),
            // A country code no country has.
            ("+99 123 4567", PhoneError::UnknownCountryCode),
            ("0099 123 4567", PhoneError::UnknownCountryCode),
            // No digits at all.
            ("+", PhoneError::NotANumber),
            ("- ( ) .", PhoneError::NotANumber),
            // Letters, and half an emoji (arrives as U+FFFD).
            ("0800-BELMIJ", PhoneError::InvalidCharacters),
            ("013 549 8430; DROP", PhoneError::InvalidCharacters),
            ("030 234 5678\u{FFFD}", PhoneError::InvalidCharacters),
            ("\u{1F4DE} 030 234 5678", PhoneError::InvalidCharacters),
            // A possible length, but no such number is issued.
            ("099 123 4567", PhoneError::NotInNumberingPlan),
        ];
        for (input, expected) in cases {
            assert_eq!(
                PhoneNumber::parse(input),
                Err(expected.clone()),
                "{input:?}"
            );
        }
    }

    #[test]
    fn the_forms_a_user_types_are_read_alike() {
        for form in [
            "030 234 5678",
            "030-2345678",
            "+31 30 234 5678",
            "0031302345678",
            " 030 234 5678 ",
        ] {
            let number = PhoneNumber::parse(form).unwrap_or_else(|e| panic!("{form}: {e}"));
            assert_eq!(number.e164(), "+31302345678", "{form}");
        }
    }

    #[test]
    fn mobile_numbers_dial_internationally() {
        let number = PhoneNumber::parse("06 12345678").expect("valid mobile number");
        assert_eq!(number.e164(), "+31612345678");
        assert_eq!(number.tel_uri(), "tel:+31612345678");
    }

    #[test]
    fn foreign_numbers_need_and_keep_their_country_code() {
        let number = PhoneNumber::parse("+32 2 555 12 12").expect("valid Belgian number");
        assert_eq!(number.e164(), "+3225551212");
        assert!(number.display().starts_with("+32"), "{}", number.display());
        assert_eq!(number.tel_uri(), "tel:+3225551212");
    }

    #[test]
    fn emergency_number_is_a_short_number() {
        assert_eq!(Dialable::Emergency112.tel_uri(), "tel:112");
        assert_eq!(Dialable::Emergency112.e164(), None);
    }
}
