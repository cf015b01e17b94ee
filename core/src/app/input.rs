//! What a text field takes from the shell, checked here for every field: text is
//! refused with a reason or changed visibly with a notice, never dropped in silence.
//! No length is refused here: a field keeps text longer than it can save and says so
//! under the field (`TextField::error`), with saving disabled until it is shorter.

use super::FieldId;
use super::outcome::Refusal;

/// Text a field took, and how many invisible characters in it became U+FFFD.
pub(crate) struct Accepted {
    pub text: String,
    pub replaced: usize,
}

/// Checks `text` for `field`: one-line fields refuse control characters and
/// writing-direction overrides; a note or a remark keeps line breaks and tabs, reads other
/// systems' line endings as line breaks, and shows any other control character and any
/// writing-direction override as U+FFFD (with a notice that says how many).
pub(crate) fn accept(field: FieldId, text: String) -> Result<Accepted, Refusal> {
    match field {
        // A remark is several lines on the signal's screen, as a note is.
        FieldId::Note | FieldId::Remark => note(text),
        FieldId::CaseLabel
        | FieldId::Advice
        | FieldId::SeenDate
        | FieldId::SeenTime
        | FieldId::Search
        | FieldId::CoordinatorName
        | FieldId::CoordinatorNumber => one_line(text),
    }
}

fn one_line(text: String) -> Result<Accepted, Refusal> {
    if text.chars().any(char::is_control) {
        return Err(Refusal::NotOneLine);
    }
    // A label that reads differently from how it is stored ("Trojan source") has no
    // place in a list of cases.
    if text.chars().any(is_direction_override) {
        return Err(Refusal::DirectionOverride);
    }
    Ok(Accepted { text, replaced: 0 })
}

fn note(text: String) -> Result<Accepted, Refusal> {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut replaced = 0;
    let text = text
        .chars()
        .map(|c| {
            // A note that reads differently from how it is stored is as misleading as
            // a label that does.
            if (c.is_control() && c != '\n' && c != '\t') || is_direction_override(c) {
                replaced += 1;
                char::REPLACEMENT_CHARACTER
            } else {
                c
            }
        })
        .collect();
    Ok(Accepted { text, replaced })
}

/// The bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
fn is_direction_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_take_text_as_typed_or_say_why_not() {
        type Expected = Result<(&'static str, usize), fn(&Refusal) -> bool>;
        let cases: &[(FieldId, &str, Expected)] = &[
            (FieldId::CaseLabel, "gezin B.", Ok(("gezin B.", 0))),
            (FieldId::CaseLabel, "Zoë 😀", Ok(("Zoë 😀", 0))),
            (
                FieldId::CaseLabel,
                "twee\nregels",
                Err(|r| matches!(r, Refusal::NotOneLine)),
            ),
            (
                FieldId::CoordinatorName,
                "a\tb",
                Err(|r| matches!(r, Refusal::NotOneLine)),
            ),
            (
                FieldId::Remark,
                "voordeur\r\nkeuken",
                Ok(("voordeur\nkeuken", 0)),
            ),
            (
                FieldId::Search,
                "geld\u{0}",
                Err(|r| matches!(r, Refusal::NotOneLine)),
            ),
            (
                FieldId::CaseLabel,
                "gezin \u{202E}.B",
                Err(|r| matches!(r, Refusal::DirectionOverride)),
            ),
            (
                FieldId::CoordinatorName,
                "\u{2067}x\u{2069}",
                Err(|r| matches!(r, Refusal::DirectionOverride)),
            ),
            (FieldId::Note, "a\r\nb\rc", Ok(("a\nb\nc", 0))),
            (FieldId::Note, "a\tb\nc", Ok(("a\tb\nc", 0))),
            (FieldId::Note, "a\u{0}b\u{7}", Ok(("a\u{FFFD}b\u{FFFD}", 2))),
            (FieldId::Note, "\u{202E}abc", Ok(("\u{FFFD}abc", 1))),
            (
                FieldId::Note,
                "a\u{2066}b\u{2069}",
                Ok(("a\u{FFFD}b\u{FFFD}", 2)),
            ),
        ];
        for (field, input, expected) in cases {
            let got = accept(*field, (*input).to_owned());
            match (got, expected) {
                (Ok(accepted), Ok((text, replaced))) => {
                    assert_eq!(accepted.text, *text, "{field:?} {input:?}");
                    assert_eq!(accepted.replaced, *replaced, "{field:?} {input:?}");
                }
                (Err(refusal), Err(check)) => assert!(check(&refusal), "{input:?}: {refusal:?}"),
                (got, _) => panic!("{field:?} {input:?}: got {:?}", got.map(|a| a.text)),
            }
        }
    }

    #[test]
    fn no_length_is_refused_as_typed() {
        let line = "x".repeat(5_000);
        let accepted = accept(FieldId::Search, line.clone()).map(|a| a.text);
        assert_eq!(
            accepted.ok(),
            Some(line),
            "kept, and explained by the field"
        );
        let note = "y".repeat(200_000);
        let accepted = accept(FieldId::Note, note.clone()).map(|a| a.text);
        assert_eq!(accepted.ok(), Some(note));
    }
}
