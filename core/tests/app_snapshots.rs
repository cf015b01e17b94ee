//! The view model of every screen as reviewed data: one walk through the app, taken in
//! Dutch and English, normal and discreet, and compared with the snapshot files in
//! `tests/snapshots/` (insta). A change to any string, button, event or effect a shell
//! receives shows as a diff in review; `INSTA_UPDATE=always cargo test` rewrites them.
//!
//! Ids are random, so every UUID in a snapshot is replaced by `[id-N]`, numbered by
//! first appearance: the snapshot still shows which events point at the same case. The
//! walk itself is in `walk/`, shared with the discreet-mode test.

mod support;
mod walk;

use std::collections::BTreeMap;

use serde_json::Value;
use signalenkaart_core::Language;
use signalenkaart_core::app::Update;

use walk::walk;

/// Replaces every UUID in `value` by `[id-N]`, numbered by first appearance.
fn redact_ids(value: &mut Value, seen: &mut Vec<String>) {
    match value {
        Value::String(text) if is_uuid(text) => {
            let n = match seen.iter().position(|s| s == text) {
                Some(n) => n,
                None => {
                    seen.push(text.clone());
                    seen.len() - 1
                }
            };
            *text = format!("[id-{}]", n + 1);
        }
        Value::Array(items) => items.iter_mut().for_each(|v| redact_ids(v, seen)),
        Value::Object(map) => map.values_mut().for_each(|v| redact_ids(v, seen)),
        _ => {}
    }
}

fn is_uuid(text: &str) -> bool {
    text.len() == 36
        && text.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
}

#[test]
fn every_screen_in_both_languages_and_modes_matches_its_snapshot() {
    let combos = [
        ("nl", Language::Nl, false),
        ("nl_discreet", Language::Nl, true),
        ("en", Language::En, false),
        ("en_discreet", Language::En, true),
    ];
    let walks: Vec<(&str, Vec<(&'static str, Update)>)> = combos
        .iter()
        .map(|(name, language, discreet)| (*name, walk(*language, *discreet)))
        .collect();
    let names: Vec<&str> = walks[0].1.iter().map(|(name, _)| *name).collect();
    for (combo, shots) in &walks {
        let theirs: Vec<&str> = shots.iter().map(|(name, _)| *name).collect();
        assert_eq!(theirs, names, "{combo} walked differently");
    }
    let mut kinds = BTreeMap::new();
    for (i, name) in names.iter().enumerate() {
        let mut by_combo = serde_json::Map::new();
        for (combo, shots) in &walks {
            let update = &shots[i].1;
            kinds.insert(update.view.screen.kind(), ());
            let mut value = serde_json::to_value(update).expect("serialises");
            redact_ids(&mut value, &mut Vec::new());
            by_combo.insert((*combo).to_owned(), value);
        }
        insta::assert_json_snapshot!(*name, Value::Object(by_combo));
    }
    // Every screen a shell can be shown is in the walk.
    let all = [
        "Home",
        "Signals",
        "Conversation",
        "Meldcode",
        "Afwegingskader",
        "Contacts",
        "Cases",
        "Case",
        "Label",
        "SignalDetail",
        "NoteEditor",
        "Search",
        "Settings",
        "CoordinatorQuestion",
        "About",
        "Confirm",
        "Pin",
        "LockedOut",
        "Neutral",
    ];
    let walked: Vec<&str> = kinds.into_keys().collect();
    let mut expected = all.to_vec();
    expected.sort_unstable();
    assert_eq!(walked, expected);
}
