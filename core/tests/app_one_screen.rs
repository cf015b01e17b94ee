//! The one-screen rule: an event acts only on the screen that offered it. Each test
//! sends, from a screen that does not offer it, an event that once changed saved data
//! or settings in silence, and checks that it is refused in words and changes nothing.

use chrono::Duration;
use serde_json::Value;
use signalenkaart_core::Language;
use signalenkaart_core::app::{
    AnswerChoice, Destination, Event, NoticeKind, Screen, StepChoice, ViewModel,
};
use support::app::AppHarness;

mod support;
mod walk;

const STALE: &str = "Dit scherm was verouderd; er is niets gewijzigd.";

fn notice(view: &ViewModel) -> Option<&str> {
    view.notice.as_ref().map(|n| n.text.as_str())
}

/// A vault with a case that has signal `withdraws` ticked; the About screen shown. The
/// case's id.
fn case_with_a_tick_then_about(h: &mut AppHarness) -> String {
    h.create_vault();
    let id = h.case_with_a_tick("gezin B.", "withdraws");
    h.go_to(Destination::About);
    id
}

/// The case's screens as the user sees them now (left on the About screen again).
fn case_as_saved(h: &mut AppHarness, id: &str) -> String {
    h.go_to(Destination::Cases);
    let mut shown = String::new();
    for event in [
        Event::OpenCase {
            case_id: id.to_owned(),
        },
        Event::OpenCaseSignals {
            case_id: id.to_owned(),
        },
        Event::Back,
        Event::OpenCaseSteps {
            case_id: id.to_owned(),
        },
        Event::OpenCaseAfweging {
            case_id: id.to_owned(),
        },
    ] {
        let view = h.send(event).view;
        shown.push_str(&serde_json::to_string(&view.screen).expect("serialises"));
    }
    h.go_to(Destination::About);
    shown
}

#[test]
fn case_events_sent_from_another_screen_change_nothing_in_the_vault() {
    let mut h = AppHarness::start();
    let id = case_with_a_tick_then_about(&mut h);
    let before = case_as_saved(&mut h, &id);
    let stale = [
        Event::SetStepStatus {
            case_id: id.clone(),
            step: 1,
            status: StepChoice::Done,
        },
        Event::Answer {
            case_id: id.clone(),
            question: 1,
            answer: Some(AnswerChoice::Yes),
        },
        Event::ToggleConsulted {
            case_id: id.clone(),
            step: 2,
            expert_id: "veilig_thuis".into(),
        },
        // Unticks the recorded signal if it is carried out.
        Event::ToggleSignal {
            case_id: Some(id.clone()),
            signal_id: "withdraws".into(),
        },
        Event::EditRemark {
            case_id: id.clone(),
            signal_id: "withdraws".into(),
        },
        Event::NewNote {
            case_id: id.clone(),
        },
        Event::DeleteCase {
            case_id: id.clone(),
        },
    ];
    for event in stale {
        let update = h.send(event.clone());
        assert_eq!(notice(&update.view), Some(STALE), "{event:?}");
        assert_eq!(update.view.screen.kind(), "About", "{event:?}");
        assert!(update.effects.is_empty(), "{event:?}");
    }
    assert_eq!(case_as_saved(&mut h, &id), before, "the case as it was");
}

#[test]
fn settings_and_the_quick_list_change_only_on_their_own_screens() {
    let mut h = AppHarness::start();
    h.create_vault();
    h.go_to(Destination::About);
    for event in [
        Event::SetMaxAttempts { attempts: 5 },
        Event::SetRetentionDays { days: 30 },
        Event::SetAutoLockMinutes { minutes: 15 },
        Event::SetLanguage {
            language: Language::En,
        },
        Event::SetDiscreet { enabled: true },
        Event::ToggleSignal {
            case_id: None,
            signal_id: "withdraws".into(),
        },
        Event::ClearChecklist,
    ] {
        let view = h.send(event.clone()).view;
        assert_eq!(notice(&view), Some(STALE), "{event:?}");
    }
    // The settings as they were: 10 attempts, 90 days, 5 minutes, Dutch, not discreet.
    let view = h.go_to(Destination::Settings).view;
    let Screen::Settings { view: settings } = &view.screen else {
        panic!("settings")
    };
    let selected = |group: Option<&signalenkaart_core::app::ChoiceGroup>| {
        group
            .expect("offered")
            .options
            .iter()
            .find(|o| o.selected)
            .map(|o| o.label.clone())
            .expect("one selected")
    };
    assert_eq!(selected(settings.max_attempts.as_ref()), "10");
    assert_eq!(selected(settings.retention.as_ref()), "90 dagen");
    assert_eq!(selected(Some(&settings.auto_lock)), "5 minuten");
    assert_eq!(view.language, Language::Nl);
    assert!(!view.discreet && !settings.discreet.checked);
    let view = h.go_to(Destination::Signals).view;
    let Screen::Signals { view: signals } = &view.screen else {
        panic!("signals")
    };
    assert!(signals.items.iter().all(|i| !i.checked), "nothing ticked");
}

#[test]
fn the_language_does_not_change_under_the_wipe_question() {
    let mut h = AppHarness::start();
    h.go_to(Destination::Settings);
    let view = h.send(Event::RequestWipe).view;
    assert!(matches!(view.screen, Screen::Confirm { .. }));
    let view = h
        .send(Event::SetLanguage {
            language: Language::En,
        })
        .view;
    assert_eq!(view.language, Language::Nl);
    assert!(matches!(view.screen, Screen::Confirm { .. }), "still asked");
    assert_eq!(notice(&view), Some(STALE));
}

#[test]
fn during_a_pin_delay_the_keys_take_nothing_and_nothing_stays_after_it() {
    let mut h = AppHarness::start();
    let update = h.wrong_pins_until_a_delay("480271");
    let wait = update.view.next_heartbeat_ms.expect("a delay");
    for event in [
        Event::PinDigit { digit: 4 },
        Event::PinBackspace,
        Event::PinSubmit,
    ] {
        let view = h.send(event.clone()).view;
        let Screen::Pin { view: pad } = &view.screen else {
            panic!("pad")
        };
        assert_eq!(pad.entered, 0, "{event:?} took nothing");
        assert_eq!(
            view.notice.as_ref().map(|n| n.kind),
            Some(NoticeKind::Error),
            "{event:?} is refused in words"
        );
    }
    h.clock.advance(Duration::milliseconds(wait));
    let view = h.send(Event::Heartbeat).view;
    let Screen::Pin { view: pad } = &view.screen else {
        panic!("pad")
    };
    assert_eq!((pad.entered, &pad.retry), (0, &None));
    assert_eq!(pad.error.as_deref(), Some("Verkeerde pincode."));
    let view = h.pin(support::app::PIN).view;
    assert!(matches!(view.screen, Screen::Cases { .. }), "opens at once");
}

#[test]
fn opening_the_screen_already_shown_does_not_stack_it_twice() {
    let mut h = AppHarness::start();
    h.go_to(Destination::Signals);
    let open = Event::Open {
        destination: Destination::Signals,
    };
    let again = h.send(open).view;
    assert!(matches!(again.screen, Screen::Signals { .. }));
    assert_eq!(again.notice, None, "a double tap is not an error");
    let back = h.send(Event::Back).view;
    assert!(
        matches!(back.screen, Screen::Home { .. }),
        "one back to home"
    );
    assert_eq!(h.send(Event::Back).view.screen.kind(), "Home");
}

/// The controls in `value` (everything that carries an `event`) and the text fields
/// (everything with an `id` and a `max_chars`), counted in what a shell receives.
fn count_controls(value: &Value, controls: &mut usize, fields: &mut usize) {
    match value {
        Value::Object(map) => {
            *controls += usize::from(map.contains_key("event"));
            *fields += usize::from(map.contains_key("id") && map.contains_key("max_chars"));
            map.values()
                .for_each(|v| count_controls(v, controls, fields));
        }
        Value::Array(items) => items
            .iter()
            .for_each(|v| count_controls(v, controls, fields)),
        _ => {}
    }
}

#[test]
fn the_rule_sees_every_control_and_field_a_shell_renders() {
    // A control a view carries but `offers()` misses would be refused when tapped: every
    // screen of the walk, in both modes, is counted both ways.
    for discreet in [false, true] {
        for (name, update) in walk::walk(Language::Nl, discreet) {
            let view = update.view;
            let value = serde_json::to_value(&view).expect("serialises");
            let (mut controls, mut fields) = (0, 0);
            count_controls(&value, &mut controls, &mut fields);
            assert_eq!(view.offers().len(), controls, "{name}: controls");
            assert_eq!(view.fields().len(), fields, "{name}: fields");
        }
    }
}
