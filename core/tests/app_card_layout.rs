//! How the card's screens are laid out for a hurried reader: what one acts on first,
//! the card's own order, each title said once, the afwegingskader's questions numbered.
//!
//! The shells render a view's fields in their order (the order serde writes them), so
//! the order is tested on the serialised view.

mod support;
mod walk;

use serde_json::Value;
use signalenkaart_core::Language;
use signalenkaart_core::app::{Destination, Event, Screen};

/// Where `field` starts in `json`, a serialised view.
fn position(json: &str, field: &str) -> usize {
    json.find(&format!("\"{field}\":"))
        .unwrap_or_else(|| panic!("{field} in {json}"))
}

fn strings<'a>(value: &'a Value, out: &mut Vec<&'a str>) {
    match value {
        Value::String(text) => out.push(text),
        Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        // Ids and events are not read by anyone (a field's id "Remark" is no title).
        Value::Object(map) => map
            .iter()
            .filter(|(key, _)| !matches!(key.as_str(), "id" | "event"))
            .for_each(|(_, v)| strings(v, out)),
        _ => {}
    }
}

#[test]
fn home_leads_with_the_sections() {
    for language in Language::ALL {
        for discreet in [false, true] {
            let mut w = walk::Walk::start(language, discreet);
            let Screen::Home { view: home } = w.send(Event::OpenHome).view.screen else {
                panic!("home")
            };
            let json = serde_json::to_string(&home).expect("serialises");
            assert!(
                json.starts_with("{\"sections\":"),
                "{language:?}, discreet {discreet}: {json}"
            );
        }
    }
}

#[test]
fn the_banner_and_the_text_on_seeing_oneself_as_offender_follow_the_signals() {
    let mut w = walk::Walk::start(Language::Nl, false);
    w.go_to(Destination::Signals);
    let Screen::Signals { view } = w
        .send(Event::ToggleSignal {
            case_id: None,
            signal_id: "withdraws".into(),
        })
        .view
        .screen
    else {
        panic!("signals")
    };
    // The card: the eleven signals, "DIT IS OOK MENSEN HANDEL", then the text on the
    // victim who sees themselves as offender; the app's buttons after the card's text.
    assert_eq!(view.banner.as_deref(), Some("Dit is ook mensenhandel"));
    // The card's second heading, over that text, as a heading.
    let heading = view
        .perpetrator_heading
        .as_ref()
        .expect("the second heading");
    assert_eq!(heading.text, "Mogelijke signalen van criminele uitbuiting");
    assert!(heading.heading);
    assert!(view.perpetrator_text[0].contains("zichzelf als dader"));
    let json = serde_json::to_string(&view).expect("serialises");
    let order = [
        "items",
        "banner",
        "perpetrator_heading",
        "perpetrator_text",
        "save",
        "clear",
    ]
    .map(|f| position(&json, f));
    assert!(order.is_sorted(), "{order:?} in {json}");
}

#[test]
fn no_screen_repeats_its_title() {
    let mut repeats = Vec::new();
    for language in Language::ALL {
        for discreet in [false, true] {
            for (name, update) in walk::walk(language, discreet) {
                let view = update.view;
                let mut value = serde_json::to_value(&view.screen).expect("serialises");
                // The card itself sets its signals heading twice, the second time over
                // the text on victims who see themselves as offenders (provenance.json):
                // the screen shows it there as the card does.
                if let Some(signals) = value.pointer_mut("/Signals/view") {
                    signals
                        .as_object_mut()
                        .map(|view| view.remove("perpetrator_heading"));
                }
                let mut texts = Vec::new();
                strings(&value, &mut texts);
                if texts.contains(&view.title.as_str()) {
                    repeats.push(format!(
                        "{language:?} discreet {discreet} {name}: {:?}",
                        view.title
                    ));
                }
            }
        }
    }
    assert!(
        repeats.is_empty(),
        "titles repeated:\n{}",
        repeats.join("\n")
    );
}

#[test]
fn the_afwegingskader_to_read_numbers_its_questions_as_in_a_case() {
    for (language, word) in [(Language::Nl, "Afweging"), (Language::En, "Question")] {
        let mut w = walk::Walk::start(language, false);
        let Screen::Afwegingskader { view } = w
            .send(Event::Open {
                destination: Destination::Afwegingskader,
            })
            .view
            .screen
        else {
            panic!("afwegingskader")
        };
        assert_eq!(view.questions.len(), 5);
        for (i, question) in view.questions.iter().enumerate() {
            let json = serde_json::to_string(question).expect("serialises");
            let label = format!("\"{word} {}\"", i + 1);
            assert!(json.contains(&label), "{label} in {json}");
        }
    }
}
