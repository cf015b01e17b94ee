//! Every screen in both languages and both modes: no missing string anywhere, every
//! button labelled, and every screen reachable by events a shell can send.

use chrono::Duration;
use signalenkaart_core::Language;
use signalenkaart_core::app::{Destination, Event, FieldId, Screen, ViewModel};
use support::app::{AppHarness, PIN, case_id};

mod support;

/// Visits every screen and returns the views seen, by screen kind.
fn tour(language: Language, discreet: bool) -> Vec<ViewModel> {
    let mut h = AppHarness::builder().language(language).start();
    let mut seen = vec![h.app.view()];
    let go = |h: &mut AppHarness, event: Event, seen: &mut Vec<ViewModel>| {
        let view = h.send(event).view;
        seen.push(view.clone());
        view
    };
    let open_from_home = |h: &mut AppHarness, destination, seen: &mut Vec<ViewModel>| {
        go(h, Event::OpenHome, seen);
        go(h, Event::Open { destination }, seen);
    };
    open_from_home(&mut h, Destination::Settings, &mut seen);
    go(&mut h, Event::SetDiscreet { enabled: discreet }, &mut seen);
    for destination in [
        Destination::Signals,
        Destination::Conversation,
        Destination::Meldcode,
        Destination::Afwegingskader,
        Destination::Contacts,
        Destination::Settings,
        Destination::About,
    ] {
        open_from_home(&mut h, destination, &mut seen);
    }
    open_from_home(&mut h, Destination::Signals, &mut seen);
    go(
        &mut h,
        Event::ToggleSignal {
            case_id: None,
            signal_id: "withdraws".into(),
        },
        &mut seen,
    );
    go(&mut h, Event::SaveChecklist, &mut seen);
    seen.push(h.pin("123456").view);
    seen.push(h.pin(PIN).view);
    seen.push(h.pin(PIN).view);
    go(&mut h, Event::NewCase, &mut seen);
    go(
        &mut h,
        Event::Edit {
            field: FieldId::CaseLabel,
            text: "gezin B.".into(),
        },
        &mut seen,
    );
    let id = case_id(&go(&mut h, Event::SubmitLabel, &mut seen));
    go(
        &mut h,
        Event::NewNote {
            case_id: id.clone(),
        },
        &mut seen,
    );
    go(
        &mut h,
        Event::Edit {
            field: FieldId::Note,
            text: "Zoon brengt pakketjes rond.".into(),
        },
        &mut seen,
    );
    go(&mut h, Event::SaveNote, &mut seen);
    go(
        &mut h,
        Event::OpenCaseSignals {
            case_id: id.clone(),
        },
        &mut seen,
    );
    go(&mut h, Event::Back, &mut seen);
    go(
        &mut h,
        Event::OpenCaseSteps {
            case_id: id.clone(),
        },
        &mut seen,
    );
    go(
        &mut h,
        Event::OpenCaseAfweging {
            case_id: id.clone(),
        },
        &mut seen,
    );
    go(
        &mut h,
        Event::Answer {
            case_id: id.clone(),
            question: 1,
            answer: Some(signalenkaart_core::app::AnswerChoice::Yes),
        },
        &mut seen,
    );
    // Back from the afwegingskader and the steps to the case.
    go(&mut h, Event::Back, &mut seen);
    go(&mut h, Event::Back, &mut seen);
    go(
        &mut h,
        Event::RenameCase {
            case_id: id.clone(),
        },
        &mut seen,
    );
    go(&mut h, Event::Back, &mut seen);
    go(
        &mut h,
        Event::ExportCase {
            case_id: id.clone(),
        },
        &mut seen,
    );
    go(&mut h, Event::Cancel, &mut seen);
    go(
        &mut h,
        Event::DeleteCase {
            case_id: id.clone(),
        },
        &mut seen,
    );
    go(&mut h, Event::Cancel, &mut seen);
    open_from_home(&mut h, Destination::Search, &mut seen);
    go(
        &mut h,
        Event::Edit {
            field: FieldId::Search,
            text: "pakket".into(),
        },
        &mut seen,
    );
    go(
        &mut h,
        Event::Edit {
            field: FieldId::Search,
            text: "nergens".into(),
        },
        &mut seen,
    );
    open_from_home(&mut h, Destination::Cases, &mut seen);
    open_from_home(&mut h, Destination::Settings, &mut seen);
    go(&mut h, Event::ChangePin, &mut seen);
    seen.push(h.pin(PIN).view);
    seen.push(h.pin("975310").view);
    go(&mut h, Event::Back, &mut seen);
    go(&mut h, Event::RequestWipe, &mut seen);
    go(&mut h, Event::Cancel, &mut seen);
    open_from_home(&mut h, Destination::Cases, &mut seen);
    go(&mut h, Event::LockNow, &mut seen);
    open_from_home(&mut h, Destination::Cases, &mut seen);
    for _ in 0..10 {
        seen.push(h.pin("975310").view);
        h.clock.advance(Duration::hours(2));
    }
    go(&mut h, Event::QuickExit, &mut seen);
    seen
}

#[test]
fn every_screen_is_reached_and_every_string_exists() {
    let expected = [
        "Home",
        "Signals",
        "Conversation",
        "Meldcode",
        "Afwegingskader",
        "Contacts",
        "Cases",
        "Case",
        "Label",
        "NoteEditor",
        "Search",
        "Settings",
        "About",
        "Confirm",
        "Pin",
        "LockedOut",
        "Neutral",
    ];
    for language in Language::ALL {
        for discreet in [false, true] {
            let views = tour(language, discreet);
            for kind in expected {
                assert!(
                    views.iter().any(|v| v.screen.kind() == kind),
                    "{kind} not reached ({language:?})"
                );
            }
            for view in &views {
                let json = serde_json::to_string(view).expect("serialises");
                assert_eq!(
                    missing_message(&json),
                    None,
                    "on {:?} ({language:?}, discreet {discreet})",
                    view.screen
                );
                assert!(!view.title.is_empty(), "{:?} has no title", view.screen);
            }
        }
    }
}

#[test]
fn dutch_and_english_tours_differ_in_every_title() {
    let nl = tour(Language::Nl, false);
    let en = tour(Language::En, false);
    assert_eq!(nl.len(), en.len());
    for (a, b) in nl.iter().zip(&en) {
        assert_eq!(a.screen.kind(), b.screen.kind());
        // A case's title is the user's own label, the same in every language.
        if !matches!(a.screen, Screen::Case { .. }) {
            assert_ne!(a.title, b.title, "untranslated title on {:?}", a.screen);
        }
    }
}

/// A message missing from a Fluent file shows as `[its-id]`; finds the first one.
fn missing_message(text: &str) -> Option<&str> {
    text.match_indices('[').find_map(|(at, _)| {
        let rest = &text[at + 1..];
        let id = &rest[..rest.find(']')?];
        let looks_like_id =
            id.contains('-') && id.chars().all(|c| c.is_ascii_lowercase() || c == '-');
        looks_like_id.then_some(id)
    })
}

#[test]
fn the_missing_message_check_finds_a_missing_message() {
    let texts = signalenkaart_core::Texts::embedded().expect("locales");
    let shown = texts.get(Language::Nl, "no-such-message");
    assert_eq!(
        missing_message(&format!("{{\"title\":\"{shown}\"}}")),
        Some("no-such-message")
    );
    assert_eq!(missing_message("[1, 2] and [Nee]"), None);
}

#[test]
fn after_ten_wrong_pins_everything_is_gone() {
    let views = tour(Language::Nl, false);
    let locked_out = views
        .iter()
        .find(|v| v.screen.kind() == "LockedOut")
        .expect("locked out");
    assert_eq!(locked_out.title, "Alles is gewist");
}
