//! The words that say what the app is about, and reading every string a view holds:
//! what discreet mode must keep off the screen.

use serde_json::Value;

/// The words discreet mode keeps off the screen, lower case, in both languages: the
/// subject (exploitation, trafficking, victim, offender, crime, drugs, police, domestic
/// violence, child abuse, reporting to Veilig Thuis) and the app's name. Matched inside
/// words too ("mensenhandelaar", "arbeidsuitbuiting", "daderschap") and across the
/// spaces the card breaks words with ("MENSEN HANDEL"). This list is the test's own,
/// kept apart from the classification (`content/discreet.json`) it checks.
///
/// Left visible on purpose: "Alarmnummer 112" / "Emergency number 112" (every phone
/// shows it, it names no subject), "Zorgcoördinator" / "care coordinator" without
/// "mensenhandel" (care coordinators exist for many kinds of care), "Sterk Huis" (an
/// organisation for youth care whose name says nothing), the afwegingskader's topics
/// ("Vermoeden", "Acute of structurele onveiligheid": words of any safety assessment),
/// and "onveiligheid" / "unsafe" in the neutral step titles for the same reason.
pub const REVEALING: [&str; 36] = [
    "mensenhandel",
    "uitbuit",
    "slachtoffer",
    "dader",
    "drugs",
    "crimin",
    "politie",
    "avim",
    "veiligthuis",
    "kindermishandeling",
    "huiselijkgeweld",
    "misdaad",
    "comensha",
    "meldcode",
    "signalenkaart",
    "vrouwenopvang",
    "seksuele",
    "exploit",
    "trafficking",
    "victim",
    "perpetrator",
    "offender",
    "crime",
    "criminal",
    "police",
    "domesticviolence",
    "domesticabuse",
    "childabuse",
    "abuse",
    "reportingcode",
    "signalscard",
    "sexual",
    "women'sshelter",
    "safetyhouse",
    "veiligheidshuis",
    "prostitut",
];

/// Every string value in `value`: what a shell can show or speak. Field names are the
/// contract's, never shown, so they are not read; nor is an `event`, which a shell only
/// sends back (its ids, "drugs_or_stolen_goods", "politie", are never on the screen).
pub fn strings<'a>(value: &'a Value, out: &mut Vec<&'a str>) {
    match value {
        Value::String(text) => out.push(text),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        Value::Object(map) => map
            .iter()
            .filter(|(key, _)| key.as_str() != "event")
            .for_each(|(_, v)| strings(v, out)),
        _ => {}
    }
}

/// The revealing words in `text`, compared in lower case and without spaces.
pub fn revealing_words(text: &str) -> Vec<&'static str> {
    let plain: String = text
        .to_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    REVEALING
        .into_iter()
        .filter(|word| plain.contains(word))
        .collect()
}
