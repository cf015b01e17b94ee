//! The words that say what the app is about, and reading every string a view holds:
//! what discreet mode must keep off the screen.

use serde_json::Value;

/// The words discreet mode keeps off the screen, lower case. Matched inside words too:
/// "mensenhandelaar", "arbeidsuitbuiting", "daderschap". "mensen handel" is how the
/// card breaks the word over lines; "signals card" is the English "Signalenkaart".
pub const REVEALING: [&str; 13] = [
    "mensenhandel",
    "mensen handel",
    "uitbuiting",
    "uitbuiter",
    "slachtoffer",
    "dader",
    "signalenkaart",
    "trafficking",
    "exploitation",
    "exploiter",
    "victim",
    "perpetrator",
    "signals card",
];

/// Every string value in `value`: what a shell can show or speak. Field names are the
/// contract's, never shown, so they are not read.
pub fn strings<'a>(value: &'a Value, out: &mut Vec<&'a str>) {
    match value {
        Value::String(text) => out.push(text),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map.values().for_each(|v| strings(v, out)),
        _ => {}
    }
}

/// The revealing words in `text`.
pub fn revealing_words(text: &str) -> Vec<&'static str> {
    let lower = text.to_lowercase();
    REVEALING
        .into_iter()
        .filter(|word| lower.contains(word))
        .collect()
}
