//! Every string the content can show, named by a stable path: the key the
//! classification uses.

use serde_json::Value;

use crate::Language;

/// Keys whose values are identifiers, numbers or dates, never shown as text.
const NOT_TEXT: [&str; 7] = [
    "language",
    "id",
    "contact",
    "kind",
    "verified_on",
    "from_card",
    "number",
];

/// A string of the content: its path, the language it is in (`None`: shown as it is in
/// either language, like a source's name) and its text.
pub(super) struct Located<'a> {
    pub(super) path: String,
    pub(super) language: Option<Language>,
    pub(super) text: &'a str,
}

/// The strings of a language file (`nl.json`, `en.json`): paths like
/// `card.signals.items.withdraws.text`, an array item named by its `id` or `number`.
pub(super) fn localized<'a>(root: &'a Value, language: Language, out: &mut Vec<Located<'a>>) {
    walk(root, String::new(), Some(language), &[], out);
}

/// The source names and addresses of `contacts.json`: `contacts_file.<id>.source.name`.
pub(super) fn contacts_file<'a>(root: &'a Value, out: &mut Vec<Located<'a>>) {
    let contacts = root.get("contacts").and_then(Value::as_array);
    for contact in contacts.into_iter().flatten() {
        let id = contact
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or_default();
        for key in ["name", "url"] {
            if let Some(text) = contact
                .get("source")
                .and_then(|s| s.get(key))
                .and_then(Value::as_str)
            {
                out.push(Located {
                    path: format!("contacts_file.{id}.source.{key}"),
                    language: None,
                    text,
                });
            }
        }
    }
}

/// The strings of `provenance.json`: `provenance.<path>`, without its version, date and
/// the places a fact is shown.
pub(super) fn provenance<'a>(root: &'a Value, out: &mut Vec<Located<'a>>) {
    // The version, dates, places and a discreet name's paths are identifiers.
    const SKIP: [&str; 4] = ["content_version", "transcribed_on", "shown_with", "paths"];
    walk(root, "provenance".to_owned(), None, &SKIP, out);
}

fn walk<'a>(
    value: &'a Value,
    path: String,
    language: Option<Language>,
    skip: &[&str],
    out: &mut Vec<Located<'a>>,
) {
    let join = |segment: &str| {
        if path.is_empty() {
            segment.to_owned()
        } else {
            format!("{path}.{segment}")
        }
    };
    match value {
        Value::String(text) => out.push(Located {
            path,
            language,
            text,
        }),
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                let name = match item.get("id").or_else(|| item.get("number")) {
                    Some(Value::String(id)) => id.clone(),
                    Some(Value::Number(number)) => number.to_string(),
                    _ => index.to_string(),
                };
                walk(item, join(&name), language, skip, out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                if !NOT_TEXT.contains(&key.as_str()) && !skip.contains(&key.as_str()) {
                    walk(item, join(key), language, skip, out);
                }
            }
        }
        _ => {}
    }
}
