//! Words, weight and access on every screen of the walk: no developer material on a
//! working screen (sources behind one "Bronnen" line), Dutch and English a professional
//! writes, headings and choices a screen reader can use, and the card's readings
//! recorded in provenance.json.

mod support;
mod walk;

use serde_json::{Map, Value};
use signalenkaart_core::Language;
use signalenkaart_core::app::{Destination, Event, Screen, Update};
use signalenkaart_core::content::Content;

use support::words::strings;

const SEED: &str = include_str!("../content/seed/signalenkaart-criminele-uitbuiting.txt");
const NL_FTL: &str = include_str!("../locales/nl.ftl");
const EN_FTL: &str = include_str!("../locales/en.ftl");

fn combos() -> [(Language, bool); 4] {
    [
        (Language::Nl, false),
        (Language::Nl, true),
        (Language::En, false),
        (Language::En, true),
    ]
}

fn json(update: &Update) -> Value {
    serde_json::to_value(&update.view).expect("serialises")
}

/// Every object in `value`, depth first.
fn objects<'a>(value: &'a Value, out: &mut Vec<&'a Map<String, Value>>) {
    match value {
        Value::Object(map) => {
            out.push(map);
            map.values().for_each(|v| objects(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| objects(v, out)),
        _ => {}
    }
}

/// `value` without the lines an opened "Bronnen" holds: what stands on the screen.
fn without_source_lines(mut value: Value) -> Value {
    fn strip(value: &mut Value) {
        match value {
            Value::Object(map) => {
                if let Some(Value::Object(sources)) = map.get_mut("sources") {
                    sources.remove("lines");
                }
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    strip(&mut value);
    value
}

/// What a developer writes and a professional at work should not read.
const DEVELOPER_MATERIAL: [&str; 8] = [
    "http",
    "www.",
    "Microsoft Learn",
    "CallLog",
    "developer.android",
    "verzint geen",
    "makes up numbers",
    "never makes up",
];

/// Whether a full stop after a word of three or more lower-case letters is followed by
/// a comma: a sentence that ends and goes on.
fn stitched(text: &str) -> bool {
    text.match_indices(".,").any(|(at, _)| {
        let before: Vec<char> = text[..at].chars().rev().take(3).collect();
        before.len() == 3 && before.iter().all(|c| c.is_lowercase())
    })
}

#[test]
fn working_screens_carry_no_developer_material() {
    let mut found = Vec::new();
    for (language, discreet) in combos() {
        for (name, update) in walk::walk(language, discreet) {
            // About is where the app's own provenance is listed, by design.
            if name == "about" {
                continue;
            }
            let value = json(&update);
            // Opened sources may name their addresses, but never developer documentation.
            let mut shown = Vec::new();
            strings(&value, &mut shown);
            let screen = without_source_lines(value.clone());
            let mut running = Vec::new();
            strings(&screen, &mut running);
            for text in &running {
                // A sentence stitched twice ("…, or create a new one., or make …"); an
                // initial ("gezin B., wijk Noord") is fine.
                if stitched(text) {
                    found.push(format!("{language:?} {discreet} {name}: '.,' in {text}"));
                }
                for word in DEVELOPER_MATERIAL {
                    if text.contains(word) {
                        found.push(format!("{language:?} {discreet} {name}: {word} in {text}"));
                    }
                }
            }
            for text in &shown {
                for word in ["Microsoft Learn", "CallLog", "developer.android"] {
                    if text.contains(word) {
                        found.push(format!("{language:?} {discreet} {name}: {word} in {text}"));
                    }
                }
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn sources_sit_behind_one_line_closed_until_tapped_and_closed_again_on_leaving() {
    for (language, label) in [(Language::Nl, "Bronnen"), (Language::En, "Sources")] {
        let mut w = walk::Walk::start(language, false);
        for destination in [
            Destination::Meldcode,
            Destination::Afwegingskader,
            Destination::Contacts,
        ] {
            let sources = |update: &Update| match &update.view.screen {
                Screen::Meldcode { view } => view.sources.clone(),
                Screen::Afwegingskader { view } => view.sources.clone(),
                Screen::Contacts { view } => view.sources.clone(),
                other => panic!("{other:?}"),
            };
            let closed = sources(&w.go_to(destination)).expect("a Bronnen line");
            assert_eq!(closed.toggle.label, label, "{destination:?}");
            assert!(closed.lines.is_empty());
            let open = sources(&w.send(closed.toggle.event.clone())).expect("open");
            assert!(!open.lines.is_empty(), "{destination:?}");
            assert_ne!(open.toggle.label, label, "it says it closes them");
            let shut = sources(&w.send(open.toggle.event.clone())).expect("closed");
            assert!(shut.lines.is_empty());
            // Open, leave, come back: closed.
            w.send(closed.toggle.event.clone());
            let back = sources(&w.go_to(destination)).expect("a Bronnen line");
            assert!(back.lines.is_empty(), "{destination:?} after leaving");
        }
    }
}

#[test]
fn the_afwegingskader_introduction_gives_the_date_once() {
    for (language, date) in [
        (Language::Nl, "1 januari 2019"),
        (Language::En, "1 January 2019"),
    ] {
        let mut w = walk::Walk::start(language, false);
        let Screen::Afwegingskader { view } = w.go_to(Destination::Afwegingskader).view.screen
        else {
            panic!("afwegingskader")
        };
        let label = view.label.expect("its introduction");
        assert_eq!(label.matches(date).count(), 1, "{label}");
    }
}

#[test]
fn the_afwegingskader_has_one_name_everywhere() {
    for language in Language::ALL {
        let mut w = walk::Walk::start(language, false);
        let home = w.go_to(Destination::Afwegingskader);
        let title = home.view.title.clone();
        let Screen::Home { view } = w.send(Event::OpenHome).view.screen else {
            panic!("home")
        };
        let row = view
            .sections
            .iter()
            .find(|r| {
                r.event
                    == Event::Open {
                        destination: Destination::Afwegingskader,
                    }
            })
            .expect("a home row");
        assert_eq!(row.label, title, "{language:?}");
        let Screen::Meldcode { view } = w.go_to(Destination::Meldcode).view.screen else {
            panic!("meldcode")
        };
        assert_eq!(view.afweging.label, title, "{language:?}");
    }
}

#[test]
fn every_heading_is_flagged_for_screen_readers() {
    let mut seen = Vec::new();
    let mut wrong = Vec::new();
    for (language, discreet) in combos() {
        for (name, update) in walk::walk(language, discreet) {
            let value = json(&update);
            let mut all = Vec::new();
            objects(&value, &mut all);
            for object in all {
                for (key, field) in object {
                    if !key.ends_with("_heading") {
                        continue;
                    }
                    match field {
                        Value::Null => {}
                        Value::Object(line) if line.get("heading") == Some(&Value::Bool(true)) => {
                            seen.push(key.clone());
                        }
                        other => wrong.push(format!("{language:?} {name} {key}: {other}")),
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    for key in [
        "helping_heading",
        "hindering_heading",
        "perpetrator_heading",
        "guidance_heading",
        "notes_heading",
        "coordinator_heading",
        "corrections_heading",
        "sources_heading",
    ] {
        assert!(seen.iter().any(|k| k == key), "{key} not seen in the walk");
    }
}

#[test]
fn every_choice_option_says_its_label_and_its_state() {
    let mut groups = 0;
    for (language, discreet) in combos() {
        let (yes, no) = match language {
            Language::Nl => ("gekozen", "niet gekozen"),
            Language::En => ("selected", "not selected"),
        };
        for (name, update) in walk::walk(language, discreet) {
            let value = json(&update);
            let mut all = Vec::new();
            objects(&value, &mut all);
            for group in all.into_iter().filter(|o| o.contains_key("options")) {
                groups += 1;
                let label = group["label"].as_str().unwrap_or_default();
                let spoken = group["accessibility_label"].as_str().unwrap_or_default();
                assert!(
                    spoken.contains(label) || !spoken.is_empty(),
                    "{name}: {group:?}"
                );
                let options = group["options"].as_array().expect("options");
                let selected = options.iter().filter(|o| o["selected"] == true).count();
                assert_eq!(selected, 1, "{name}: one choice is the current one");
                for option in options {
                    let text = option["label"].as_str().unwrap_or_default();
                    let said = option["accessibility_label"].as_str().unwrap_or_default();
                    assert!(
                        said.starts_with(text) && said.len() > text.len(),
                        "{name}: {said:?} for {text:?}"
                    );
                    let state = if option["selected"] == true { yes } else { no };
                    assert_eq!(option["state_description"], state, "{name}: {option}");
                }
            }
        }
    }
    assert!(groups > 0);
}

#[test]
fn each_afweging_answer_group_is_named_by_its_question() {
    for language in Language::ALL {
        for (name, update) in walk::walk(language, false) {
            let Screen::Afwegingskader { view } = &update.view.screen else {
                continue;
            };
            for question in &view.questions {
                let Some(choices) = &question.choices else {
                    continue;
                };
                assert!(
                    choices.accessibility_label.contains(&question.text),
                    "{name}: {}",
                    choices.accessibility_label
                );
                for option in &choices.options {
                    assert!(
                        option.accessibility_label.contains(&question.topic),
                        "{name}: {}",
                        option.accessibility_label
                    );
                }
            }
        }
    }
}

/// The body of the Fluent message `id` in `ftl` (its first line and the lines of its
/// variants).
fn message(ftl: &str, id: &str) -> String {
    let start = format!("{id} = ");
    let mut lines = ftl.lines().skip_while(|l| !l.starts_with(&start));
    let mut body = vec![lines.next().unwrap_or_default().trim_start_matches(&start)];
    body.extend(lines.take_while(|l| l.starts_with(' ') || l.starts_with('}')));
    body.join("\n")
}

#[test]
fn dutch_and_english_read_as_a_professional_writes() {
    for (ftl, avoid) in [
        (
            NL_FTL,
            &[
                "toestel",
                "zoveel",
                "versleutelde kluis",
                "Verloopt",
                "verlopen casus",
                "stilstand",
                "verzint",
                "met de tijd",
            ][..],
        ),
        (
            EN_FTL,
            &[
                "device",
                "this many",
                "encrypted vault",
                "Expires",
                "idle for",
                "makes up",
                "To the start",
            ][..],
        ),
    ] {
        for word in avoid {
            let lines: Vec<&str> = ftl.lines().filter(|l| l.contains(word)).collect();
            assert!(lines.is_empty(), "{word}: {lines:#?}");
        }
    }
    for (id, nl, en) in [
        (
            "settings-auto-lock",
            "Automatisch vergrendelen na",
            "Lock automatically after",
        ),
        (
            "signals-hint-case",
            "met datum en tijd",
            "with the date and time",
        ),
        (
            "confirm-export-text",
            "Zet hem alleen in het dossier",
            "Put it only in your organisation's case file",
        ),
        (
            "confirm-export-text",
            "niet meer versleuteld",
            "no longer encrypted",
        ),
        ("case-expires", "automatisch gewist", "rased automatically"),
    ] {
        assert!(
            message(NL_FTL, id).contains(nl),
            "{id}: {}",
            message(NL_FTL, id)
        );
        assert!(
            message(EN_FTL, id).contains(en),
            "{id}: {}",
            message(EN_FTL, id)
        );
    }
    // The content beside the card speaks of the phone too.
    let content = Content::embedded().expect("content");
    for fact in &content.provenance().facts {
        assert!(!fact.text.nl.contains("toestel"), "{}", fact.id);
        assert!(!fact.text.en.contains("device"), "{}", fact.id);
    }
}

#[test]
fn provenance_records_the_cards_remaining_readings() {
    let content = Content::embedded().expect("content");
    let provenance = content.provenance();
    let presentation: Vec<&str> = provenance
        .presentation
        .iter()
        .map(|p| p.nl.as_str())
        .collect();
    let recorded = |words: &str| presentation.iter().any(|p| p.contains(words));
    // The closing line, in capitals on the card, stored in sentence case.
    let closing = "GA EEN GESPREK OVER CRIMINELE UITBUITING NIET UIT DE WEG!";
    assert_eq!(SEED.matches(closing).count(), 1);
    let dont_avoid = &content.card(Language::Nl).conversation.dont_avoid;
    assert_eq!(dont_avoid.to_uppercase(), closing);
    assert!(
        recorded(closing) && recorded(dont_avoid),
        "{presentation:#?}"
    );
    // The second heading, set twice on the card and shown twice on the signals screen.
    let heading = "Mogelijke signalen van criminele uitbuiting";
    assert_eq!(
        SEED.matches("MOGELIJKE SIGNALEN VAN CRIMINELE UITBUITING")
            .count()
            + SEED
                .matches("MOGELIJKE SIGNALLEN VAN CRIMINELE UITBUITING")
                .count(),
        2
    );
    let card = content.card(Language::Nl);
    assert_eq!(card.self_as_perpetrator.heading, heading);
    assert!(
        recorded(heading) && recorded("twee keer"),
        "{presentation:#?}"
    );
    // "Hoe te handelen": last on the card, the meldcode screen's heading in the app.
    let how = "HOE TE HANDELEN BIJ CRIMINELE UITBUITING";
    assert!(SEED.trim_end().ends_with(how));
    assert_eq!(card.meldcode.heading.to_uppercase(), how);
    assert!(recorded(how) && recorded("onderaan"), "{presentation:#?}");
    // "Terug laten komen": ambiguous; the reading chosen and why, in both languages.
    let english = content
        .card(Language::En)
        .conversation
        .helping
        .iter()
        .find(|p| p.id == "come_back")
        .expect("come_back")
        .text
        .clone();
    let note = provenance
        .translation
        .iter()
        .find(|t| t.nl == "Terug laten komen")
        .expect("the reading of 'Terug laten komen' is recorded");
    assert_eq!(note.en, english);
    assert!(SEED.contains("- Terug laten komen"));
    assert!(note.note.nl.contains("Dubbelzinnig") && note.note.en.contains("Ambiguous"));
}
