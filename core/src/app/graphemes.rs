//! Where text may be cut: between two user-perceived characters, so that no emoji,
//! flag or accented letter is split (a note's pieces, a note's preview).

const ZWJ: char = '\u{200D}';

/// Whether `at` (a `char` boundary inside `text`) lies between two user-perceived
/// characters, so that no emoji, flag or accented letter is cut in two. An
/// approximation of Unicode's grapheme rules that needs no table: the split is refused
/// before a mark or modifier, after a zero-width joiner, and inside a flag's pair.
pub(crate) fn between_graphemes(text: &str, at: usize) -> bool {
    let (Some(before), Some(next)) = (text[..at].chars().next_back(), text[at..].chars().next())
    else {
        return true;
    };
    if extends(next) || before == ZWJ {
        return false;
    }
    if is_regional_indicator(before) && is_regional_indicator(next) {
        // Flags are pairs of these: split only after an even run of them.
        let run = text[..at]
            .chars()
            .rev()
            .take_while(|&c| is_regional_indicator(c))
            .count();
        return run % 2 == 0;
    }
    true
}

/// Characters that belong to the one before them: combining marks (the common blocks,
/// Arabic and Hebrew points, Devanagari signs), joiners, variation selectors, the
/// keycap, skin tones and emoji tags.
pub(crate) fn extends(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{05BF}'..='\u{05C7}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}'
        | '\u{0951}'..='\u{0957}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{200C}'..='\u{200D}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}'
        | '\u{1F3FB}'..='\u{1F3FF}'
        | '\u{E0020}'..='\u{E007F}'
        | '\u{E0100}'..='\u{E01EF}'
    )
}

fn is_regional_indicator(c: char) -> bool {
    matches!(c, '\u{1F1E6}'..='\u{1F1FF}')
}
