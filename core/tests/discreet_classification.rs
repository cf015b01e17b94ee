//! The reviewed classification of discreet mode (`content/discreet.json`) covers the
//! content and the messages exactly: a new string nobody classified, a classified one
//! that is gone, a string called safe that names the subject, a revealing heading with
//! no neutral form, each refuses to load.

use std::collections::BTreeSet;

use serde_json::Value;
use signalenkaart_core::Language;
use signalenkaart_core::content::{Content, ContentError, Sources};
use signalenkaart_core::i18n::{self, Texts};

/// The embedded sources with `edit` applied to one file's JSON.
fn edited(file: fn(&mut Sources) -> &mut String, edit: impl FnOnce(&mut Value)) -> Sources {
    let mut sources = Sources::embedded();
    let json = file(&mut sources);
    let mut root: Value = serde_json::from_str(json).expect("json");
    edit(&mut root);
    *json = root.to_string();
    sources
}

fn refusal(sources: &Sources) -> String {
    match Content::from_sources(sources) {
        Err(ContentError::Structure(message)) => message,
        other => panic!("refused as a structure error, got {other:?}"),
    }
}

#[test]
fn the_embedded_classification_loads() {
    Content::embedded().expect("content with its classification");
}

#[test]
fn a_string_nobody_classified_is_refused() {
    let sources = edited(
        |s| &mut s.discreet,
        |root| {
            root["texts"]
                .as_object_mut()
                .expect("texts")
                .remove("card.signals.items.begs_on_street.text");
        },
    );
    let message = refusal(&sources);
    assert!(
        message.contains("begs_on_street.text: not classified"),
        "{message}"
    );
}

#[test]
fn a_classified_string_that_is_gone_is_refused() {
    let sources = edited(
        |s| &mut s.discreet,
        |root| root["texts"]["card.signals.items.gone.text"] = "safe".into(),
    );
    let message = refusal(&sources);
    assert!(
        message.contains("gone.text: classified, but no such text"),
        "{message}"
    );
}

#[test]
fn a_safe_string_that_holds_a_revealing_one_without_a_revealing_word_is_refused() {
    // "Sterk Huis (project RUPS)" names the shelter project without any word of the
    // list: only the classification knows it reveals. A signal that quotes it, still
    // called safe, must not load.
    let sources = edited(
        |s| &mut s.nl,
        |root| {
            root["card"]["signals"]["items"][9]["text"] =
                "Wordt begeleid door Sterk Huis (project RUPS)".into();
        },
    );
    let message = refusal(&sources);
    assert!(
        message.contains("called safe, but holds \"Sterk Huis (project RUPS)\""),
        "{message}"
    );
}

#[test]
fn a_safe_string_that_names_the_subject_is_refused() {
    // A signal reworded to name the police, its classification still "safe".
    for (file, text) in [
        (
            (|s: &mut Sources| &mut s.nl) as fn(&mut Sources) -> &mut String,
            "Heeft contact met de politie",
        ),
        (|s: &mut Sources| &mut s.en, "Has been a victim before"),
    ] {
        let sources = edited(file, |root| {
            root["card"]["signals"]["items"][9]["text"] = text.into();
        });
        let message = refusal(&sources);
        assert!(
            message.contains("begs_on_street.text: called safe"),
            "{message}"
        );
    }
}

#[test]
fn a_revealing_heading_without_a_neutral_form_is_refused() {
    let sources = edited(
        |s| &mut s.discreet,
        |root| {
            root["texts"]["contacts.comensha.name"]
                .as_object_mut()
                .expect("revealing")
                .remove("neutral");
        },
    );
    let message = refusal(&sources);
    assert!(
        message.contains("comensha.name: a heading or name needs a neutral form"),
        "{message}"
    );
}

#[test]
fn a_neutral_form_that_names_the_subject_is_refused() {
    let sources = edited(
        |s| &mut s.discreet,
        |root| root["texts"]["contacts.politie.name"]["neutral"]["en"] = "Police".into(),
    );
    let message = refusal(&sources);
    assert!(
        message.contains("politie.name: the neutral form says"),
        "{message}"
    );
}

fn message_ids() -> BTreeSet<String> {
    Language::ALL
        .into_iter()
        .flat_map(i18n::message_ids)
        .collect()
}

#[test]
fn every_message_is_classified_and_the_safe_ones_name_no_subject() {
    let content = Content::embedded().expect("content");
    let texts = Texts::embedded().expect("texts");
    let policy = content.discretion();
    let text = |language, id: &str| texts.get(language, id);
    assert_eq!(policy.check_messages(&message_ids(), text), Ok(()));

    // A message added to the Fluent files and not classified is caught, as is one
    // classified that the files no longer have.
    let mut more = message_ids();
    more.insert("home-new-row".into());
    let err = policy
        .check_messages(&more, text)
        .expect_err("unclassified");
    assert!(err.contains("home-new-row: not classified"), "{err}");
    let mut fewer = message_ids();
    fewer.remove("discreet-note");
    let err = policy.check_messages(&fewer, text).expect_err("stale");
    assert!(
        err.contains("discreet-note: classified, but no such message"),
        "{err}"
    );
    // A message called safe whose words reveal the subject.
    let err = policy
        .check_messages(&message_ids(), |language, id| match id {
            "home-contacts" => "Politie en Veilig Thuis".to_owned(),
            _ => texts.get(language, id),
        })
        .expect_err("revealing");
    assert!(err.contains("home-contacts (nl): called safe"), "{err}");
}

#[test]
fn every_neutral_name_is_recorded_in_the_provenance_with_its_reason() {
    let content = Content::embedded().expect("content");
    let names = &content.provenance().discreet_names;
    assert!(names.len() >= 15, "{}", names.len());
    assert!(
        names
            .iter()
            .all(|n| !n.reason.nl.is_empty() && !n.reason.en.is_empty())
    );
    // A neutral name changed in the classification but not in the record is refused.
    let sources = edited(
        |s| &mut s.discreet,
        |root| root["texts"]["contacts.comensha.name"]["neutral"]["nl"] = "Centrum".into(),
    );
    let message = refusal(&sources);
    assert!(
        message.contains("contacts.comensha.name has no neutral form"),
        "{message}"
    );
    // A name dropped from the record is refused.
    let sources = edited(
        |s| &mut s.provenance,
        |root| {
            for name in root["discreet_names"].as_array_mut().expect("names") {
                if name["neutral"]["nl"] == "Anonieme lijn" {
                    name["paths"] = serde_json::json!([]);
                }
            }
        },
    );
    let message = refusal(&sources);
    assert!(
        message.contains("meld_misdaad_anoniem.name: its neutral form is not in"),
        "{message}"
    );
}
