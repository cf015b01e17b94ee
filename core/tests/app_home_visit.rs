//! The app state machine driven like a shell drives it: events in, views and effects out.

use chrono::Duration;
use signalenkaart_core::Language;
use signalenkaart_core::app::{
    AnswerChoice, Destination, Effect, Event, FieldId, NoticeKind, Screen, StepChoice, Update,
    ViewModel,
};
use support::app::{AppHarness, PIN, case_id};

mod support;

#[test]
fn home_visit_from_ticks_to_call() {
    let mut h = AppHarness::start();
    let view = h.app.view();
    let Screen::Home { view: home } = &view.screen else {
        panic!("starts at home, got {:?}", view.screen)
    };
    // The sections first; the card's introduction below them, on request.
    assert_eq!(home.intro, None);
    let open_intro = home
        .show_text
        .clone()
        .expect("the introduction can be opened");
    assert_eq!(open_intro.label, "Inleiding lezen");
    let opened = h.send(open_intro.event).view;
    let Screen::Home { view: home } = &opened.screen else {
        panic!("still home, got {:?}", opened.screen)
    };
    assert!(
        home.intro
            .as_deref()
            .is_some_and(|i| i.starts_with("Signaleren van mensenhandel"))
    );
    assert_eq!(home.show_text, None, "open: nothing left to open");
    assert_eq!(
        view.call.as_ref().map(|c| c.number.as_str()),
        Some("013 549 8430")
    );

    // Quick checklist without unlocking.
    let Update { view, .. } = h.go_to(Destination::Signals);
    let Screen::Signals { view: signals } = &view.screen else {
        panic!("signals")
    };
    assert_eq!(signals.items.len(), 11);
    let toggles: Vec<Event> = signals
        .items
        .iter()
        .take(3)
        .map(|i| i.event.clone())
        .collect();
    for event in toggles {
        h.send(event);
    }
    let view = h.app.view();
    let Screen::Signals { view: signals } = &view.screen else {
        panic!("signals")
    };
    assert_eq!(signals.count, "3 signalen");
    let save = signals.save.clone().expect("save offered with ticks");

    // Saving asks for a PIN first (first run: choose and repeat).
    let view = h.send(save.event).view;
    assert!(
        matches!(view.screen, Screen::Pin { .. }),
        "{:?}",
        view.screen
    );
    h.pin(PIN);
    let view = h.pin(PIN).view;
    let Screen::Cases { view: cases } = &view.screen else {
        panic!("case picker, got {:?}", view.screen)
    };
    assert!(cases.picking_for_checklist.is_some());

    // New case for the ticks.
    let view = h.send(cases.new_case.event.clone()).view;
    assert!(matches!(view.screen, Screen::Label { .. }));
    h.send(Event::Edit {
        field: FieldId::CaseLabel,
        text: "gezin B.".into(),
    });
    let view = h.send(Event::SubmitLabel).view;
    let Screen::Case { view: case } = &view.screen else {
        panic!("case, got {:?} {:?}", view.screen, view.notice)
    };
    assert_eq!(view.title, "gezin B.");
    assert_eq!(case.sections[0].detail.as_deref(), Some("3 signalen"));
    assert_eq!(case.expiry, "Wordt over 90 dagen automatisch gewist");

    // A note.
    let view = h.send(case.new_note.event.clone()).view;
    assert!(matches!(view.screen, Screen::NoteEditor { .. }));
    h.send(Event::Edit {
        field: FieldId::Note,
        text: "Moeder zegt dat zoon 's nachts pakketjes rondbrengt.".into(),
    });
    let view = h.send(Event::SaveNote).view;
    let Screen::Case { view: case } = &view.screen else {
        panic!("back at the case")
    };
    assert_eq!(case.notes.len(), 1);
    assert_eq!(
        view.notice.as_ref().map(|n| n.kind),
        Some(NoticeKind::Confirmation)
    );

    // Step 2 with an expert.
    let view = h.send(case.sections[1].event.clone()).view;
    let Screen::Meldcode { view: steps } = &view.screen else {
        panic!("steps")
    };
    let consult = steps.steps[1].experts[0]
        .consulted
        .clone()
        .expect("case mode");
    h.send(consult.event);
    let case_id = match &consult_case_id(&h.app.view()) {
        Some(id) => id.clone(),
        None => panic!("case id"),
    };
    h.send(Event::SetStepStatus {
        case_id: case_id.clone(),
        step: 2,
        status: StepChoice::Done,
    });
    let view = h.app.view();
    let Screen::Meldcode { view: steps } = &view.screen else {
        panic!("steps")
    };
    assert!(
        steps.steps[1].experts[0]
            .consulted
            .as_ref()
            .is_some_and(|c| c.checked)
    );
    let selected: Vec<&str> = steps.steps[1]
        .status
        .as_ref()
        .expect("status")
        .options
        .iter()
        .filter(|o| o.selected)
        .map(|o| o.label.as_str())
        .collect();
    assert_eq!(selected, ["Afgerond"]);

    // Afwegingskader: unsafety -> the meldcode says report.
    h.send(Event::OpenCaseAfweging {
        case_id: case_id.clone(),
    });
    h.send(Event::Answer {
        case_id: case_id.clone(),
        question: 1,
        answer: Some(AnswerChoice::Yes),
    });
    let Update { view, .. } = h.send(Event::Answer {
        case_id: case_id.clone(),
        question: 2,
        answer: Some(AnswerChoice::Yes),
    });
    let Screen::Afwegingskader { view: kader } = &view.screen else {
        panic!("afweging")
    };
    assert!(
        kader
            .conclusion
            .as_deref()
            .is_some_and(|c| c.contains("Melden bij Veilig Thuis"))
    );

    // Export after confirmation, from the case (back from the afwegingskader and the
    // steps).
    h.send(Event::Back);
    h.send(Event::Back);
    let Update { view, effects, .. } = h.send(Event::ExportCase {
        case_id: case_id.clone(),
    });
    assert!(
        effects.is_empty(),
        "nothing is shared before the confirmation"
    );
    let Screen::Confirm { view: confirm } = &view.screen else {
        panic!("confirmation")
    };
    let effects = h.send(confirm.confirm.event.clone()).effects;
    let Some(Effect::Share { text, .. }) = effects.first() else {
        panic!("share effect, got {effects:?}")
    };
    assert!(text.contains("Casus: gezin B."));
    assert!(!text.contains("pakketjes"), "notes are never exported");

    // Tap to call.
    let call = h.app.view().call.expect("call button").event;
    let effects = h.send(call).effects;
    assert_eq!(
        effects,
        [Effect::Dial {
            tel_uri: "tel:+31135498430".into()
        }]
    );
}

fn consult_case_id(view: &ViewModel) -> Option<String> {
    match &view.screen {
        Screen::Meldcode { view: steps } => {
            steps
                .steps
                .iter()
                .flat_map(|s| &s.experts)
                .find_map(|e| match &e.consulted {
                    Some(row) => match &row.event {
                        Event::ToggleConsulted { case_id, .. } => Some(case_id.clone()),
                        _ => None,
                    },
                    None => None,
                })
        }
        _ => None,
    }
}

#[test]
fn quick_exit_locks_and_shows_a_neutral_screen() {
    let mut h = AppHarness::start();
    h.create_vault();
    assert!(h.app.view().lock.is_some(), "unlocked");
    h.go_to(Destination::Signals);
    h.send(Event::ToggleSignal {
        case_id: None,
        signal_id: "withdraws".into(),
    });
    let ahead = h.app.quick_exit_view();
    let Update { view, effects, .. } = h.send(Event::QuickExit);
    assert!(matches!(view.screen, Screen::Neutral { .. }));
    assert_eq!(effects, [Effect::Locked, Effect::HideApp]);
    assert_eq!(
        view, ahead,
        "the view built ahead for a quick exit that cannot wait is the one it ends on"
    );
    assert!(view.call.is_none() && view.back.is_none() && view.lock.is_none());
    let json = serde_json::to_string(&view).expect("serialises");
    for word in ["mensenhandel", "uitbuiting", "Signalenkaart", "signaal"] {
        assert!(
            !json.to_lowercase().contains(&word.to_lowercase()),
            "{word} on the neutral screen"
        );
    }
    let view = h.send(Event::LeaveNeutral).view;
    assert!(matches!(view.screen, Screen::Home { .. }));
    let Update { view, .. } = h.go_to(Destination::Signals);
    let Screen::Signals { view: signals } = &view.screen else {
        panic!("signals")
    };
    assert!(
        signals.items.iter().all(|i| !i.checked),
        "the quick checklist was cleared"
    );
    let Update { view, .. } = h.go_to(Destination::Cases);
    assert!(
        matches!(view.screen, Screen::Pin { .. }),
        "cases need the PIN again"
    );
}

#[test]
fn idle_time_locks_the_vault_and_unlocking_returns_to_the_screen() {
    let mut h = AppHarness::start();
    h.create_vault();
    h.new_case("wijk Noord");
    let view = h.app.view();
    assert_eq!(
        view.next_heartbeat_ms,
        Some(5 * 60 * 1000),
        "the heartbeat is due when the 5 idle minutes are up"
    );
    h.clock.advance(Duration::milliseconds(5 * 60 * 1000 - 1));
    let Update { view, effects, .. } = h.send(Event::Heartbeat);
    assert!(effects.is_empty(), "a millisecond early: still open");
    assert_eq!(
        view.next_heartbeat_ms,
        Some(1),
        "a heartbeat is not activity: the deadline stays"
    );
    h.clock.advance(Duration::milliseconds(1));
    let Update { view, effects, .. } = h.send(Event::Heartbeat);
    assert!(
        matches!(view.screen, Screen::Pin { .. }),
        "locked after 5 idle minutes"
    );
    assert_eq!(effects, [Effect::Locked]);
    assert_eq!(view.next_heartbeat_ms, None, "nothing is due once locked");
    let view = h.pin(PIN).view;
    assert!(
        matches!(view.screen, Screen::Case { .. }),
        "back at the case, got {:?}",
        view.screen
    );
    assert_eq!(view.title, "wijk Noord");
}

#[test]
fn stale_and_forged_events_are_refused_with_a_notice() {
    let mut h = AppHarness::start();
    let events = [
        Event::ToggleSignal {
            case_id: None,
            signal_id: "no_such_signal".into(),
        },
        Event::Call {
            contact_id: "nobody".into(),
        },
        Event::Call {
            contact_id: "sterk_huis".into(),
        },
        Event::OpenCase {
            case_id: "not-a-uuid".into(),
        },
        Event::SaveNote,
        Event::Confirm,
        Event::PinDigit { digit: 12 },
        Event::SetAutoLockMinutes { minutes: 999 },
    ];
    for event in events {
        let before = h.app.view().screen;
        let Update { view, effects, .. } = h.send(event.clone());
        assert!(effects.is_empty(), "{event:?}");
        assert_eq!(
            view.notice.as_ref().map(|n| n.kind),
            Some(NoticeKind::Error),
            "{event:?}"
        );
        assert_eq!(view.screen, before, "{event:?} changed the screen");
    }
}

#[test]
fn case_events_while_locked_are_refused() {
    let mut h = AppHarness::start();
    h.create_vault();
    h.new_case("x");
    let Screen::Case { view: case } = h.app.view().screen else {
        panic!("case")
    };
    let delete = case.delete.event;
    h.send(Event::LockNow);
    let view = h.send(delete).view;
    assert!(!matches!(view.screen, Screen::Confirm { .. }));
    assert_eq!(
        view.notice.as_ref().map(|n| n.text.as_str()),
        Some("Dit scherm was verouderd; er is niets gewijzigd."),
        "the case's screen is no longer shown"
    );
}

#[test]
fn wrong_pin_shows_attempts_left_on_the_pin_pad() {
    let mut h = AppHarness::start();
    h.create_vault();
    h.send(Event::LockNow);
    h.go_to(Destination::Cases);
    let view = h.pin("975310").view;
    let Screen::Pin { view: pad } = &view.screen else {
        panic!("still the PIN pad")
    };
    // The count is said once, in the attempts line, not in the error too.
    assert_eq!(pad.error.as_deref(), Some("Verkeerde pincode."));
    assert_eq!(
        pad.attempts.as_deref(),
        Some("Nog 9 pogingen voordat alles wordt gewist.")
    );
    assert_eq!(pad.entered, 0, "the pad was cleared");
}

#[test]
fn weak_pins_are_refused_at_setup() {
    let mut h = AppHarness::start();
    h.go_to(Destination::Cases);
    let view = h.pin("123456").view;
    let Screen::Pin { view: pad } = &view.screen else {
        panic!("PIN pad")
    };
    assert_eq!(
        pad.error.as_deref(),
        Some("Deze pincode is te makkelijk te raden. Kies een andere.")
    );
}

#[test]
fn own_coordinator_is_validated_and_becomes_the_call_button() {
    let mut h = AppHarness::start();
    h.go_to(Destination::Settings);
    h.send(Event::Edit {
        field: FieldId::CoordinatorName,
        text: "Zorgcoördinator regio Utrecht".into(),
    });
    h.send(Event::Edit {
        field: FieldId::CoordinatorNumber,
        text: "030 12".into(),
    });
    let view = h.send(Event::SaveCoordinator).view;
    let Screen::Settings { view: settings } = &view.screen else {
        panic!("settings")
    };
    assert!(
        settings.coordinator_number.error.is_some(),
        "refused with a reason"
    );
    assert_eq!(
        view.call.as_ref().map(|c| c.number.as_str()),
        Some("013 549 8430"),
        "card number still applies"
    );

    h.send(Event::Edit {
        field: FieldId::CoordinatorNumber,
        text: "030-2345678".into(),
    });
    let view = h.send(Event::SaveCoordinator).view;
    let call = view.call.expect("call button");
    assert_eq!(call.number, "030 234 5678");
    let effects = h.send(call.event).effects;
    assert_eq!(
        effects,
        [Effect::Dial {
            tel_uri: "tel:+31302345678".into()
        }]
    );
}

#[test]
fn the_quick_exit_view_built_ahead_follows_language_and_discreet_mode() {
    let mut h = AppHarness::start();
    h.set(Event::SetDiscreet { enabled: true });
    h.set(Event::SetLanguage {
        language: Language::En,
    });
    let ahead = h.app.quick_exit_view();
    assert!(ahead.discreet && ahead.language == Language::En);
    let view = h.send(Event::QuickExit).view;
    assert_eq!(view, ahead);
}

#[test]
fn discreet_mode_keeps_revealing_words_off_titles_and_buttons() {
    let mut h = AppHarness::start();
    let effects = h.set(Event::SetDiscreet { enabled: true }).effects;
    assert_eq!(effects, [Effect::SetLauncherDiscreet { discreet: true }]);
    for destination in [
        Destination::Signals,
        Destination::Conversation,
        Destination::Meldcode,
        Destination::Afwegingskader,
        Destination::Contacts,
        Destination::Settings,
        Destination::About,
    ] {
        h.send(Event::OpenHome);
        let home = h.app.view();
        let view = h.send(Event::Open { destination }).view;
        for v in [&home, &view] {
            let chrome = format!(
                "{} {:?} {:?}",
                v.title,
                v.call.as_ref().map(|c| &c.label),
                v.back.as_ref().map(|b| &b.label)
            );
            assert!(
                !chrome.to_lowercase().contains("mensenhandel")
                    && !chrome.to_lowercase().contains("uitbuit"),
                "{chrome}"
            );
            let all = serde_json::to_string(v).expect("serialises").to_lowercase();
            assert!(
                !all.contains("mensenhandel"),
                "{destination:?}: 'mensenhandel' on screen"
            );
        }
    }
}

#[test]
fn language_switch_changes_every_string() {
    let mut h = AppHarness::start();
    h.set(Event::SetLanguage {
        language: Language::En,
    });
    let Update { view, .. } = h.send(Event::OpenHome);
    assert_eq!(view.language, Language::En);
    assert_eq!(
        view.call.as_ref().map(|c| c.label.as_str()),
        Some("Call care coordinator")
    );
    let Screen::Home { view: home } = &view.screen else {
        panic!("home")
    };
    let open_intro = home
        .show_text
        .clone()
        .expect("the introduction can be opened");
    assert_eq!(open_intro.label, "Read the introduction");
    let view = h.send(open_intro.event).view;
    let Screen::Home { view: home } = &view.screen else {
        panic!("home")
    };
    assert!(
        home.intro
            .as_deref()
            .is_some_and(|i| i.starts_with("Recognising human trafficking"))
    );
}

#[test]
fn panic_wipe_leaves_a_fresh_install() {
    let mut h = AppHarness::start();
    h.create_vault();
    h.set(Event::SetDiscreet { enabled: true });
    h.go_to(Destination::Settings);
    let view = h.send(Event::RequestWipe).view;
    let Screen::Confirm { view: confirm } = &view.screen else {
        panic!("confirmation")
    };
    assert!(confirm.destructive);
    let Update { view, effects, .. } = h.send(Event::Confirm);
    assert!(effects.contains(&Effect::Wiped));
    // Everything goes but discreet mode: the launcher stays neutral.
    assert!(view.discreet, "discreet mode survives the wipe");
    assert!(effects.contains(&Effect::SetLauncherDiscreet { discreet: true }));
    let Update { view, .. } = h.go_to(Destination::Cases);
    assert!(matches!(view.screen, Screen::Pin { .. }), "PIN");
    assert_eq!(view.title, "Kies een pincode", "first-run PIN setup again");
}

#[test]
fn text_of_any_length_is_kept_and_explained_and_cannot_be_saved_until_shorter() {
    let mut h = AppHarness::start();
    h.create_vault();
    h.send(Event::NewCase);
    let long = "x".repeat(5_000);
    let Update { view, .. } = h.send(Event::Edit {
        field: FieldId::CaseLabel,
        text: long.as_str().into(),
    });
    assert_eq!(view.notice, None, "kept: said under the field, not refused");
    let Screen::Label { view: label } = &view.screen else {
        panic!("label editor")
    };
    assert_eq!(label.field.text, long.as_str(), "every character kept");
    assert_eq!(
        label.field.error.as_deref(),
        Some("Gebruik hoogstens 60 tekens.")
    );
    assert!(!label.submit.enabled, "Submit waits until it fits");
    let view = h.send(Event::SubmitLabel).view;
    assert!(matches!(view.screen, Screen::Label { .. }), "nothing saved");
    let view = h
        .send(Event::Edit {
            field: FieldId::CaseLabel,
            text: "gezin B.".into(),
        })
        .view;
    let Screen::Label { view: label } = &view.screen else {
        panic!("label editor")
    };
    assert!(label.submit.enabled && label.field.error.is_none());

    // A note far over its limit: kept whole, Save disabled, and saved in pieces at a lock.
    let id = case_id(&h.send(Event::SubmitLabel).view);
    h.send(Event::NewNote { case_id: id });
    let note = "woord ".repeat(20_000);
    let view = h.edit(FieldId::Note, &note).view;
    let Screen::NoteEditor { view: editor } = &view.screen else {
        panic!("note editor")
    };
    assert_eq!(editor.field.text.len(), note.len());
    assert!(editor.field.error.is_some() && !editor.save.enabled);
}

#[test]
fn leaving_the_case_picker_cancels_saving_the_checklist() {
    let mut h = AppHarness::start();
    h.create_vault();
    let case_id = h.new_case("wijk Zuid");
    h.go_to(Destination::Signals);
    h.send(Event::ToggleSignal {
        case_id: None,
        signal_id: "begs_on_street".into(),
    });
    let view = h.send(Event::SaveChecklist).view;
    assert!(matches!(view.screen, Screen::Cases { .. }));
    h.send(Event::Back);
    let Update { view, .. } = h.send(Event::SaveChecklistTo {
        case_id: case_id.clone(),
    });
    assert_eq!(
        view.notice.as_ref().map(|n| n.kind),
        Some(NoticeKind::Error),
        "a stale picker tap"
    );
    h.go_to(Destination::Cases);
    let view = h.send(Event::OpenCase { case_id }).view;
    let Screen::Case { view: case } = &view.screen else {
        panic!("case")
    };
    assert_eq!(case.sections[0].detail.as_deref(), Some("0 signalen"));
}

#[test]
fn a_remark_on_an_observed_signal_is_edited_on_its_screen() {
    let mut h = AppHarness::start();
    h.create_vault();
    h.new_case("gezin C.");
    let Screen::Case { view: case } = h.app.view().screen else {
        panic!("case")
    };
    let view = h.send(case.sections[0].event.clone()).view;
    let Screen::Signals { view: signals } = &view.screen else {
        panic!("signals")
    };
    assert!(
        signals
            .items
            .iter()
            .all(|i| i.secondary.as_ref().is_some_and(|b| !b.enabled)),
        "every row has its details, closed before ticking"
    );
    let view = h.send(signals.items[6].event.clone()).view;
    let Screen::Signals { view: signals } = &view.screen else {
        panic!("signals")
    };
    let details = signals.items[6]
        .secondary
        .clone()
        .expect("details on every row");
    assert!(details.enabled, "open on an observed signal");
    let view = h.send(details.event).view;
    let Screen::SignalDetail { view: detail } = &view.screen else {
        panic!("the signal's screen")
    };
    assert_eq!(
        detail.signal.as_deref(),
        Some("Heeft onverklaarbare schulden")
    );
    h.send(Event::Edit {
        field: FieldId::Remark,
        text: "x".repeat(501).into(),
    });
    let view = h.app.view();
    let Screen::SignalDetail { view: detail } = &view.screen else {
        panic!("the signal's screen")
    };
    let remark = detail.remark.as_ref().expect("shown");
    assert!(
        remark.error.is_some() && !detail.save.enabled,
        "too long is refused before saving"
    );
    h.send(Event::Edit {
        field: FieldId::Remark,
        text: "schuld bij 'vriend',\n2000 euro".into(),
    });
    let view = h.send(Event::SaveSignalDetail).view;
    let Screen::Signals { view: signals } = &view.screen else {
        panic!("back at the signals, got {:?}", view.screen)
    };
    assert_eq!(signals.items[6].detail, None, "the row keeps its height");
    let view = h
        .send(signals.items[6].secondary.clone().expect("details").event)
        .view;
    let Screen::SignalDetail { view: detail } = &view.screen else {
        panic!("the signal's screen")
    };
    assert_eq!(
        detail.remark.as_ref().map(|r| r.text.as_str()),
        Some("schuld bij 'vriend',\n2000 euro")
    );
}

#[test]
fn the_pin_pad_words_how_many_digits_were_entered() {
    let mut h = AppHarness::start();
    let Update { view, .. } = h.go_to(Destination::Cases);
    let Screen::Pin { view: pad } = &view.screen else {
        panic!("PIN pad")
    };
    assert_eq!(pad.entered_label, "Nog geen cijfers ingevoerd");
    h.send(Event::PinDigit { digit: 4 });
    let view = h.send(Event::PinDigit { digit: 7 }).view;
    let Screen::Pin { view: pad } = &view.screen else {
        panic!("PIN pad")
    };
    assert_eq!(
        (pad.entered, pad.entered_label.as_str()),
        (2, "2 cijfers ingevoerd")
    );
    assert!(
        !serde_json::to_string(&view)
            .expect("serialises")
            .contains("47"),
        "digits never in the view"
    );
}
