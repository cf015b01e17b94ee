//! Discreet mode on every screen: no word that says what the app is about, in either
//! language, anywhere in the view model a shell receives (titles, headings, rows,
//! details, spoken labels, buttons, notices, confirmations, the call button, contact
//! names, sources), unless the user opened the text with "Tekst tonen".
//!
//! The walk is the snapshot test's (`walk/`), so a state added there is checked here.
//! The text the walk types itself (a case label, a note, a remark) is neutral, so every
//! word found comes from the app.

mod support;
mod walk;

use signalenkaart_core::Language;
use signalenkaart_core::app::{Button, Destination, Event, Phase, Screen, ViewModel};
use support::words::{revealing_words, strings};

/// Every variant of `Screen`, read from its definition: a screen added there is
/// expected in the walk without anyone remembering to list it here.
fn screen_kinds() -> Vec<String> {
    let source = include_str!("../src/app/view_model/screen.rs");
    let body = source
        .split_once("pub enum Screen {")
        .and_then(|(_, rest)| rest.split_once("\n}"))
        .map(|(body, _)| body)
        .expect("the Screen enum");
    let mut kinds: Vec<String> = body
        .lines()
        .filter_map(|line| {
            let name = line.strip_prefix("    ")?.strip_suffix(" {")?;
            name.chars()
                .all(|c| c.is_ascii_alphanumeric())
                .then(|| name.to_owned())
        })
        .collect();
    kinds.sort();
    kinds
}

#[test]
fn the_screen_kinds_are_read_from_the_enum() {
    let kinds = screen_kinds();
    assert!(kinds.len() >= 17, "{kinds:?}");
    for kind in ["Home", "Signals", "Pin", "LockedOut", "Neutral"] {
        assert!(kinds.iter().any(|k| k == kind), "{kind} in {kinds:?}");
    }
}

#[test]
fn discreet_mode_shows_no_revealing_word_on_any_screen() {
    let mut hits = Vec::new();
    for language in Language::ALL {
        let mut walked = Vec::new();
        for (name, update) in walk::walk(language, true) {
            let view = &update.view;
            let kind = view.screen.kind();
            // The erase after too many wrong PINs deletes the preferences with the vault,
            // discreet mode with them: from the locked-out screen on, the walk is no
            // longer discreet. The locked-out screen itself must still say nothing.
            if !view.discreet && kind != "LockedOut" {
                continue;
            }
            walked.push(kind.to_owned());
            let value = serde_json::to_value(view).expect("serialises");
            let mut texts = Vec::new();
            strings(&value, &mut texts);
            for text in texts {
                for word in revealing_words(text) {
                    hits.push(format!("{language:?} {name}: {word:?} in {text:?}"));
                }
            }
        }
        walked.sort();
        walked.dedup();
        assert_eq!(
            walked,
            screen_kinds(),
            "{language:?}: the walk shows every screen"
        );
    }
    assert!(
        hits.is_empty(),
        "{} revealing words in discreet mode:\n{}",
        hits.len(),
        hits.join("\n")
    );
}

/// The button that shows what the screen holds back, if it offers one.
fn show_text(screen: &Screen) -> Option<Button> {
    match screen {
        Screen::Home { view } => view.show_text.clone(),
        Screen::Signals { view } => view.show_text.clone(),
        Screen::Conversation { view } => view.show_text.clone(),
        Screen::Meldcode { view } => view.show_text.clone(),
        Screen::Afwegingskader { view } => view.show_text.clone(),
        Screen::Contacts { view } => view.show_text.clone(),
        Screen::About { view } => view.show_text.clone(),
        Screen::Case { view } => view.show_text.clone(),
        Screen::Search { view } => view.show_text.clone(),
        Screen::SignalDetail { view } => view.show_text.clone(),
        _ => None,
    }
}

/// The revealing words anywhere in `view`.
fn words_on(view: &ViewModel) -> Vec<&'static str> {
    let value = serde_json::to_value(view).expect("serialises");
    let mut texts = Vec::new();
    strings(&value, &mut texts);
    let mut words: Vec<&str> = texts.into_iter().flat_map(revealing_words).collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// The card's screens, each with the event that opens it from the home screen.
fn card_screens() -> [Event; 7] {
    let open = |destination| Event::Open { destination };
    [
        Event::OpenHome,
        open(Destination::Signals),
        open(Destination::Conversation),
        open(Destination::Meldcode),
        open(Destination::Afwegingskader),
        open(Destination::Contacts),
        open(Destination::About),
    ]
}

#[test]
fn tekst_tonen_shows_the_card_text_until_the_user_leaves_the_screen() {
    for language in Language::ALL {
        let mut w = walk::Walk::start(language, true);
        for open in card_screens() {
            w.send(Event::OpenHome);
            let view = w.send(open.clone()).view;
            let kind = view.screen.kind();
            assert_eq!(words_on(&view), Vec::<&str>::new(), "{language:?} {kind}");
            let button = show_text(&view.screen).expect("text held back, and a button for it");
            let expected = match language {
                Language::Nl => "Tekst tonen",
                Language::En => "Show text",
            };
            assert_eq!(button.label, expected, "{kind}");
            assert_eq!(button.event, Event::ShowText);

            let shown = w.send(button.event).view;
            assert_eq!(shown.screen.kind(), kind, "the same screen");
            assert!(
                !words_on(&shown).is_empty(),
                "{language:?} {kind}: the text is there"
            );
            assert_eq!(
                show_text(&shown.screen),
                None,
                "{kind}: nothing left to show"
            );
            assert!(shown.discreet, "discreet mode stays on");
            // The bars stay neutral: they are what is seen from across the room.
            let bars = format!(
                "{} {:?}",
                shown.title,
                shown.call.as_ref().map(|c| &c.label)
            );
            assert_eq!(revealing_words(&bars), Vec::<&str>::new(), "{kind}: {bars}");

            // Leaving the screen holds the text back again, also on coming back.
            w.go_to(Destination::Settings);
            w.send(Event::OpenHome);
            let again = w.send(open.clone()).view;
            assert_eq!(
                words_on(&again),
                Vec::<&str>::new(),
                "{language:?} {kind} again"
            );
            assert!(show_text(&again.screen).is_some());
        }
    }
}

#[test]
fn the_text_shown_on_the_signals_screen_is_the_cards_own() {
    let mut w = walk::Walk::start(Language::Nl, true);
    w.go_to(Destination::Signals);
    let Screen::Signals { view } = w.send(Event::ShowText).view.screen else {
        panic!("signals")
    };
    assert_eq!(view.banner.as_deref(), Some("Dit is ook mensenhandel"));
    assert!(
        view.perpetrator_text[0].starts_with("Ook wanneer het slachtoffer zichzelf als dader ziet")
    );
    // Ticking a signal stays on the screen: the text stays shown.
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
    assert!(view.banner.is_some() && view.perpetrator_text.len() == 2);
}

/// On the signals screen with its text shown.
fn signals_with_text_shown(w: &mut walk::Walk) {
    w.go_to(Destination::Signals);
    let view = w.send(Event::ShowText).view;
    assert!(!words_on(&view).is_empty(), "shown");
}

fn assert_held_back(view: &ViewModel, when: &str) {
    assert_eq!(
        view.screen.kind(),
        "Signals",
        "{when}: still on the signals"
    );
    assert_eq!(words_on(view), Vec::<&str>::new(), "{when}");
    assert!(show_text(&view.screen).is_some(), "{when}");
}

#[test]
fn the_text_shown_is_held_back_again_out_of_sight_and_at_a_lock() {
    let mut w = walk::Walk::start(Language::Nl, true);

    // The app goes to the background, with no vault open to lock.
    signals_with_text_shown(&mut w);
    w.send(Event::PhaseChanged {
        phase: Phase::Background,
    });
    let view = w.send(Event::PhaseChanged {
        phase: Phase::Active,
    });
    assert_held_back(&view.view, "back from the background");

    // The vault locks itself after idle time while the card's text is shown.
    w.go_to(Destination::Cases);
    for _ in 0..2 {
        w.digits(walk::PIN);
        w.send(Event::PinSubmit);
    }
    assert!(w.app.vault_open());
    signals_with_text_shown(&mut w);
    w.clock.advance(chrono::Duration::hours(1));
    let view = w.send(Event::Heartbeat).view;
    assert!(!w.app.vault_open(), "locked");
    assert_held_back(&view, "after the auto-lock");

    // A quick exit ends the visit; the card is held back when the user returns.
    signals_with_text_shown(&mut w);
    w.send(Event::QuickExit);
    w.send(Event::LeaveNeutral);
    let view = w
        .send(Event::Open {
            destination: Destination::Signals,
        })
        .view;
    assert_held_back(&view, "after a quick exit");
}

#[test]
fn outside_discreet_mode_only_the_home_screen_holds_text_back() {
    for language in Language::ALL {
        let mut w = walk::Walk::start(language, false);
        for open in card_screens() {
            w.send(Event::OpenHome);
            let view = w.send(open).view;
            let home = matches!(view.screen, Screen::Home { .. });
            assert_eq!(
                show_text(&view.screen).is_some(),
                home,
                "{language:?} {}",
                view.screen.kind()
            );
        }
    }
}

/// What a user might well type: the case named after the victim, a remark and a note
/// that say it all, a search for the subject.
const REVEALING_TYPED: walk::Typed = walk::Typed {
    label: "Slachtoffer Jansen",
    remark: "dader gezien bij de deur",
    note: "Slachtoffer van mensenhandel, drugs in huis",
    query: "mensenhandel",
    advice: "politie inschakelen om de dader",
};

/// Removes every string that holds the case's name (its row in the list of cases).
fn drop_label(value: &mut serde_json::Value) {
    use serde_json::Value;
    match value {
        Value::String(text) if text.contains(REVEALING_TYPED.label) => *value = Value::Null,
        Value::Object(map) => map.values_mut().for_each(drop_label),
        Value::Array(items) => items.iter_mut().for_each(drop_label),
        _ => {}
    }
}

/// Removes what may show the user's text: a text field's own text (the user is typing
/// it), and the case's name on the case's screen (its title) and in the list of cases.
fn without_allowed_places(value: &mut serde_json::Value, kind: &str) {
    use serde_json::Value;
    fn fields(value: &mut Value) {
        match value {
            Value::Object(map) => {
                if map.contains_key("max_chars") {
                    map.remove("text");
                }
                map.values_mut().for_each(fields);
            }
            Value::Array(items) => items.iter_mut().for_each(fields),
            _ => {}
        }
    }
    fields(value);
    match kind {
        "Case" => {
            value["title"] = Value::Null;
        }
        "Cases" => drop_label(value),
        _ => {}
    }
}

#[test]
fn what_the_user_wrote_stays_folded_and_the_case_name_stays_home() {
    let mut hits = Vec::new();
    let mut folded = 0;
    for language in Language::ALL {
        for (name, update) in walk::walk_typing(language, true, &REVEALING_TYPED) {
            let view = &update.view;
            if !view.discreet {
                continue;
            }
            let kind = view.screen.kind();
            let mut value = serde_json::to_value(view).expect("serialises");
            without_allowed_places(&mut value, kind);
            let mut texts = Vec::new();
            strings(&value, &mut texts);
            for text in texts {
                let mut words = revealing_words(text);
                if text.to_lowercase().contains("jansen") {
                    words.push("jansen");
                }
                for word in words {
                    hits.push(format!(
                        "{language:?} {name} ({kind}): {word:?} in {text:?}"
                    ));
                }
            }
            // The note's row and the remark are there, folded: one tap shows them.
            let json = value.to_string();
            let neutral = match language {
                Language::Nl => [
                    "Notitie (tekst verborgen)",
                    "opmerking verborgen",
                    "Gevonden (tekst verborgen)",
                ],
                Language::En => ["Note (text hidden)", "remark hidden", "Match (text hidden)"],
            };
            folded += neutral.iter().filter(|n| json.contains(*n)).count();
        }
    }
    assert!(
        hits.is_empty(),
        "{} places show what the user wrote:\n{}",
        hits.len(),
        hits.join("\n")
    );
    assert!(folded >= 6, "the folded rows are shown: {folded}");
}

#[test]
fn tekst_tonen_unfolds_the_remark_until_the_user_leaves() {
    for language in Language::ALL {
        let mut w = walk::Walk::start(language, true);
        w.create_vault();
        let case = w.new_case(REVEALING_TYPED.label);
        w.send(Event::OpenCaseSignals {
            case_id: case.clone(),
        });
        w.send(Event::ToggleSignal {
            case_id: Some(case.clone()),
            signal_id: "withdraws".into(),
        });
        let open_detail = Event::EditRemark {
            case_id: case.clone(),
            signal_id: "withdraws".into(),
        };
        // The remark lives on the signal's own screen, held back until "Tekst tonen".
        let detail = w.send(open_detail.clone()).view;
        assert_eq!(detail.screen.kind(), "SignalDetail");
        let Screen::SignalDetail { view } = &detail.screen else {
            unreachable!()
        };
        assert!(
            view.remark.is_none(),
            "{language:?}: the remark field is folded"
        );
        w.send(show_text(&detail.screen).expect("Tekst tonen").event);
        w.send(Event::Edit {
            field: signalenkaart_core::app::FieldId::Remark,
            text: REVEALING_TYPED.remark.into(),
        });
        let signals = w.send(Event::SaveSignalDetail).view;
        assert_eq!(signals.screen.kind(), "Signals");
        assert_eq!(
            words_on(&signals),
            Vec::<&str>::new(),
            "{language:?}: no remark on the list"
        );
        let label = serde_json::to_string(&signals).expect("json");
        assert!(
            !label.contains("Jansen"),
            "{language:?}: the case's name stays home"
        );
        // Opened again: folded again, one tap shows it.
        let again = w.send(open_detail.clone()).view;
        assert_eq!(
            words_on(&again),
            Vec::<&str>::new(),
            "{language:?}: folded again"
        );
        let shown = w
            .send(show_text(&again.screen).expect("Tekst tonen").event)
            .view;
        assert!(
            words_on(&shown).contains(&"dader"),
            "{language:?}: one tap shows it"
        );
        w.send(Event::Back);
        let closed = w.send(open_detail).view;
        assert_eq!(
            words_on(&closed),
            Vec::<&str>::new(),
            "{language:?}: closed again once left"
        );
    }
}

/// The rows of the case's notes or the search's hits on `screen`.
fn user_rows(screen: &Screen) -> Vec<signalenkaart_core::app::Row> {
    match screen {
        Screen::Case { view } => view.notes.clone(),
        Screen::Search { view } => view.results.clone(),
        other => panic!("a case or the search, not {}", other.kind()),
    }
}

/// The notes' or hits' rows on `view`, as one string to search.
fn rows_text(view: &ViewModel) -> String {
    serde_json::to_string(&user_rows(&view.screen)).expect("json")
}

#[test]
fn tekst_tonen_unfolds_the_notes_and_the_hits_until_the_user_leaves() {
    use signalenkaart_core::app::FieldId;
    for language in Language::ALL {
        let mut w = walk::Walk::start(language, true);
        w.create_vault();
        let case = w.new_case(REVEALING_TYPED.label);
        w.send(Event::NewNote {
            case_id: case.clone(),
        });
        w.edit(FieldId::Note, REVEALING_TYPED.note);

        // The case's note: folded, one tap shows it, folded again after leaving.
        let view = w.send(Event::SaveNote).view;
        assert!(
            !rows_text(&view).contains("mensenhandel"),
            "{language:?}: folded"
        );
        let button = show_text(&view.screen).expect("Tekst tonen on the case");
        let shown = w.send(button.event).view;
        assert!(
            rows_text(&shown).contains("mensenhandel"),
            "{language:?}: shown"
        );
        w.send(Event::Back);
        let again = w.send(Event::OpenCase {
            case_id: case.clone(),
        });
        assert!(
            !rows_text(&again.view).contains("mensenhandel"),
            "{language:?}: again"
        );

        // A search hit: folded, and the case's name a neutral word even when shown.
        w.go_to(Destination::Search);
        let view = w.edit(FieldId::Search, "huis").view;
        let rows = rows_text(&view);
        assert!(!rows.contains("huis") && !rows.contains("Jansen"), "{rows}");
        let button = show_text(&view.screen).expect("Tekst tonen on the search");
        let rows = rows_text(&w.send(button.event).view);
        assert!(
            rows.contains("drugs in huis"),
            "{language:?}: shown: {rows}"
        );
        assert!(
            !rows.contains("Jansen"),
            "{language:?}: the name stays home: {rows}"
        );
    }
}
