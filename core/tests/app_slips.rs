//! The slips of a home visit: a tap that removes an observation, a quick exit or a lock
//! in the middle of work, a call that takes the screen, a wipe forced at the PIN pad.
//! Nothing is lost without the user knowing beforehand, and what one tap removes one
//! tap brings back.

use chrono::Duration;
use signalenkaart_core::app::{
    AnswerChoice, Destination, Effect, Event, FieldId, NoticeKind, Phase, Screen, SignalsView,
    StepChoice, Update, ViewModel,
};
use support::app::{AppHarness, PIN, case_id};

mod support;

const WRONG: &str = "975310";

/// From the cases (opened first), a new case with a label, left open on its screen;
/// returns its id.
fn new_case_from_list(h: &mut AppHarness, label: &str) -> String {
    h.go_to(Destination::Cases);
    h.new_case(label)
}

/// Ticks `signal` on the case's signals (opened from the case first) and types
/// `remark` in its remark editor, unsaved.
fn tick_with_remark(h: &mut AppHarness, case_id: &str, signal: &str, remark: &str) {
    case_signals(h, case_id);
    h.send(tick(case_id, signal));
    h.send(Event::EditRemark {
        case_id: case_id.to_owned(),
        signal_id: signal.to_owned(),
    });
    h.edit(FieldId::Remark, remark);
}

/// Opens a new note in the case and types `text` into it, unsaved.
fn write_note(h: &mut AppHarness, case_id: &str, text: &str) {
    h.send(Event::NewNote {
        case_id: case_id.to_owned(),
    });
    h.edit(FieldId::Note, text);
}

/// The case's signals, opened.
fn case_signals(h: &mut AppHarness, case_id: &str) -> SignalsView {
    let update = h.send(Event::OpenCaseSignals {
        case_id: case_id.to_owned(),
    });
    match update.view.screen {
        Screen::Signals { view } => view,
        other => panic!("signals, got {other:?}"),
    }
}

/// The quick checklist, opened.
fn quick_list(h: &mut AppHarness) -> SignalsView {
    let update = h.go_to(Destination::Signals);
    match update.view.screen {
        Screen::Signals { view } => view,
        other => panic!("signals, got {other:?}"),
    }
}

fn phase(phase: Phase) -> Event {
    Event::PhaseChanged { phase }
}

fn tick(case_id: &str, signal: &str) -> Event {
    Event::ToggleSignal {
        case_id: Some(case_id.to_owned()),
        signal_id: signal.to_owned(),
    }
}

fn quick_tick(signal: &str) -> Event {
    Event::ToggleSignal {
        case_id: None,
        signal_id: signal.to_owned(),
    }
}

fn undo_button(view: &ViewModel) -> Option<Event> {
    let action = view.notice.as_ref()?.action.as_ref()?;
    assert_eq!(action.label, "Ongedaan maken");
    Some(action.event.clone())
}

fn ticked_details(signals: &SignalsView) -> Vec<(String, Option<String>)> {
    signals
        .items
        .iter()
        .filter(|i| i.checked)
        .map(|i| (i.label.clone(), i.detail.clone()))
        .collect()
}

/// What the signal's screen says of `signal` (opened from the case's signals by the
/// row's details, and left again): when seen and recorded, and the remark.
fn observation(h: &mut AppHarness, id: &str, signal: &str) -> (String, Option<String>) {
    case_signals(h, id);
    let view = h
        .send(Event::EditRemark {
            case_id: id.to_owned(),
            signal_id: signal.to_owned(),
        })
        .view;
    let Screen::SignalDetail { view: detail } = &view.screen else {
        panic!("the signal's screen, got {:?}", view.screen)
    };
    let seen = (
        detail.recorded.clone(),
        detail.remark.as_ref().map(|r| r.text.to_string()),
    );
    h.send(Event::Back);
    seen
}

#[test]
fn a_check_row_speaks_its_text_and_its_state_apart() {
    let mut h = AppHarness::start();
    h.create_vault();
    let id = new_case_from_list(&mut h, "gezin B.");
    tick_with_remark(&mut h, &id, "withdraws", "zegt vrienden af");
    h.send(Event::SaveSignalDetail);
    let signals = case_signals(&mut h, &id);
    let row = signals
        .items
        .iter()
        .find(|i| i.checked)
        .expect("the ticked row");
    // What TalkBack and VoiceOver read: the text as the label, the state once, as the
    // state (the platform announces a checkbox's state itself). The time and remark
    // live on the signal's screen, so the row keeps its height.
    assert_eq!(row.detail, None);
    assert_eq!(row.accessibility_label, row.label);
    assert_eq!(row.state_description, "aangevinkt");
    let unticked = signals
        .items
        .iter()
        .find(|i| !i.checked)
        .expect("an unticked row");
    assert_eq!(unticked.accessibility_label, unticked.label);
    assert_eq!(unticked.state_description, "niet aangevinkt");
    for row in &signals.items {
        assert!(
            !row.accessibility_label.contains("aangevinkt"),
            "the state in the label as well: {}",
            row.accessibility_label
        );
    }
}

#[test]
fn unticking_in_a_case_offers_undo_that_restores_time_and_remark_exactly() {
    let mut h = AppHarness::start();
    h.create_vault();
    let id = new_case_from_list(&mut h, "gezin B.");
    tick_with_remark(&mut h, &id, "withdraws", "zegt vrienden af");
    h.send(Event::SaveSignalDetail);
    assert_eq!(ticked_details(&case_signals(&mut h, &id)).len(), 1);
    let before = observation(&mut h, &id, "withdraws");
    assert_eq!(before.1.as_deref(), Some("zegt vrienden af"));

    // The slip of the thumb, minutes later: the tick goes, the notice offers it back.
    h.clock.advance(Duration::minutes(4));
    let view = h.send(tick(&id, "withdraws")).view;
    assert_eq!(
        view.notice.as_ref().map(|n| n.text.as_str()),
        Some("Signaal weggehaald.")
    );
    let undo = undo_button(&view).expect("undo offered");
    let Screen::Signals { view: signals } = &view.screen else {
        panic!("still the signals")
    };
    assert!(ticked_details(signals).is_empty());

    let view = h.send(undo).view;
    let Screen::Signals { view: signals } = &view.screen else {
        panic!("still the signals")
    };
    assert_eq!(ticked_details(signals).len(), 1);
    assert_eq!(
        view.notice.as_ref().map(|n| n.text.as_str()),
        Some("Teruggezet zoals het was.")
    );
    assert!(undo_button(&view).is_none(), "undone once");
    assert_eq!(
        observation(&mut h, &id, "withdraws"),
        before,
        "the same time and remark"
    );
}

#[test]
fn the_undo_lasts_until_the_next_tap_and_a_late_one_is_refused() {
    let mut h = AppHarness::start();
    h.create_vault();
    let id = new_case_from_list(&mut h, "gezin B.");
    case_signals(&mut h, &id);
    h.send(tick(&id, "withdraws"));
    let view = h.send(tick(&id, "withdraws")).view;
    let undo = undo_button(&view).expect("undo offered");
    // A heartbeat is not a tap: the offer stays.
    let view = h.send(Event::Heartbeat).view;
    assert!(
        undo_button(&view).is_some(),
        "time alone does not take the offer"
    );
    let view = h.send(Event::Back).view;
    assert!(view.notice.is_none());
    let view = h.send(undo).view;
    assert_eq!(
        view.notice.as_ref().map(|n| n.text.as_str()),
        Some("Dit scherm was verouderd; er is niets gewijzigd."),
        "the undo is no longer offered"
    );
    assert!(
        ticked_details(&case_signals(&mut h, &id)).is_empty(),
        "nothing changed"
    );
}

#[test]
fn clearing_the_quick_list_offers_its_ticks_back() {
    let mut h = AppHarness::start();
    quick_list(&mut h);
    h.send(quick_tick("withdraws"));
    h.clock.advance(Duration::minutes(3));
    h.send(quick_tick("begs_on_street"));
    let before = ticked_details(&quick_list(&mut h));
    assert_eq!(before.len(), 2);

    let view = h.send(Event::ClearChecklist).view;
    assert_eq!(
        view.notice.as_ref().map(|n| n.text.as_str()),
        Some("Lijst leeggemaakt: 2 signalen weggehaald.")
    );
    let undo = undo_button(&view).expect("undo offered");
    let view = h.send(undo).view;
    let Screen::Signals { view: signals } = &view.screen else {
        panic!("signals")
    };
    assert_eq!(ticked_details(signals), before, "the same ticks and times");

    // An empty list offers no clearing; a late tap is refused, nothing pretended.
    let view = h.send(Event::ClearChecklist).view;
    let Screen::Signals { view: signals } = &view.screen else {
        panic!("signals")
    };
    assert!(signals.clear.is_none(), "nothing to clear");
    let view = h.send(Event::ClearChecklist).view;
    assert_eq!(
        view.notice.as_ref().map(|n| n.text.as_str()),
        Some("Dit scherm was verouderd; er is niets gewijzigd.")
    );
}

#[test]
fn a_deleted_note_and_a_deleted_case_come_back_whole() {
    let mut h = AppHarness::start();
    h.create_vault();
    let id = new_case_from_list(&mut h, "gezin B.");
    case_signals(&mut h, &id);
    h.send(tick(&id, "withdraws"));
    h.send(Event::Back);
    write_note(&mut h, &id, "Zoon brengt 's nachts pakketjes rond.");
    let view = h.send(Event::SaveNote).view;
    let Screen::Case { view: case } = &view.screen else {
        panic!("case")
    };
    let note_row = case.notes[0].clone();

    h.send(note_row.event.clone());
    let delete = match h.app.view().screen {
        Screen::NoteEditor { view } => view.delete.expect("existing note").event,
        other => panic!("editor, got {other:?}"),
    };
    h.send(delete);
    let view = h.send(Event::Confirm).view;
    let Screen::Case { view: case } = &view.screen else {
        panic!("case")
    };
    assert!(case.notes.is_empty());
    let view = h.send(undo_button(&view).expect("undo offered")).view;
    let Screen::Case { view: case } = &view.screen else {
        panic!("case")
    };
    assert_eq!(
        case.notes,
        std::slice::from_ref(&note_row),
        "same text, same time, same id"
    );
    let hits = match h.go_to(Destination::Search).view.screen {
        Screen::Search { .. } => h.edit(FieldId::Search, "pakketjes").view,
        other => panic!("search, got {other:?}"),
    };
    let Screen::Search { view: search } = &hits.screen else {
        panic!("search")
    };
    assert_eq!(search.results.len(), 1, "the index has it again");

    // The whole case, with its tick and note.
    h.go_to(Destination::Cases);
    h.send(Event::OpenCase {
        case_id: id.clone(),
    });
    h.send(Event::DeleteCase {
        case_id: id.clone(),
    });
    let view = h.send(Event::Confirm).view;
    assert!(
        !matches!(view.screen, Screen::Case { .. }),
        "the case is gone"
    );
    let view = h.send(undo_button(&view).expect("undo offered")).view;
    let Screen::Case { view: case } = &view.screen else {
        panic!("back on the case, got {:?}", view.screen)
    };
    assert_eq!(view.title, "gezin B.");
    assert_eq!(case.notes, [note_row]);
    assert_eq!(ticked_details(&case_signals(&mut h, &id)).len(), 1);
}

#[test]
fn the_quick_list_goes_into_the_vault_at_a_quick_exit_and_comes_back_after_the_pin() {
    let mut h = AppHarness::start();
    h.create_vault();
    let hint = quick_list(&mut h).hint;
    assert!(hint.contains("versleuteld"), "said beforehand: {hint}");
    h.send(quick_tick("withdraws"));
    let before = ticked_details(&quick_list(&mut h));

    let Update { view, effects, .. } = h.send(Event::QuickExit);
    assert!(matches!(view.screen, Screen::Neutral { .. }));
    assert!(effects.contains(&Effect::Locked));
    h.send(Event::LeaveNeutral);
    let signals = quick_list(&mut h);
    assert!(
        ticked_details(&signals).is_empty(),
        "nothing of the visit is visible without the PIN"
    );
    assert_eq!(signals.count, "0 signalen");

    // Kept on disk, encrypted: even a restart of the app does not lose it.
    h = h.restart();
    h.go_to(Destination::Cases);
    let view = h.pin(PIN).view;
    assert_eq!(
        view.notice.as_ref().map(|n| n.text.as_str()),
        Some(
            "Waar u mee bezig was voor het vergrendelen, staat er weer: de vinkjes van de snelle lijst en wat u aan het typen was."
        )
    );
    assert_eq!(
        ticked_details(&quick_list(&mut h)),
        before,
        "same ticks, same times"
    );
}

#[test]
fn without_an_open_vault_the_quick_list_says_a_quick_exit_clears_it() {
    let mut h = AppHarness::start();
    let hint = quick_list(&mut h).hint;
    assert!(
        hint.contains("Snel weg wist hem"),
        "said beforehand: {hint}"
    );
    h.send(quick_tick("withdraws"));
    h.send(Event::QuickExit);
    h.send(Event::LeaveNeutral);
    assert!(ticked_details(&quick_list(&mut h)).is_empty());
}

#[test]
fn a_half_typed_label_and_remark_survive_a_lock_and_a_quick_exit() {
    let mut h = AppHarness::start();
    h.create_vault();
    let id = new_case_from_list(&mut h, "gezin B.");
    tick_with_remark(&mut h, &id, "withdraws", "zegt vrienden a");
    // The idle lock while typing: the unlock reopens the editor with the text.
    h.clock.advance(Duration::minutes(6));
    let view = h.send(Event::Heartbeat).view;
    assert!(matches!(view.screen, Screen::Pin { .. }));
    let view = h.pin(PIN).view;
    let Screen::SignalDetail { view: editor } = &view.screen else {
        panic!("the signal's screen again, got {:?}", view.screen)
    };
    assert_eq!(
        editor.remark.as_ref().map(|r| r.text.as_str()),
        Some("zegt vrienden a")
    );
    h.send(Event::SaveSignalDetail);

    // A new case's label, then a quick exit from the home screen's neighbour.
    h.go_to(Destination::Cases);
    h.send(Event::NewCase);
    h.send(Event::Edit {
        field: FieldId::CaseLabel,
        text: "buurjongen K".into(),
    });
    h.send(Event::QuickExit);
    h.send(Event::LeaveNeutral);
    h.go_to(Destination::Cases);
    let view = h.pin(PIN).view;
    let Screen::Label { view: editor } = &view.screen else {
        panic!("the label editor again, got {:?}", view.screen)
    };
    assert_eq!(editor.field.text.as_str(), "buurjongen K");
    let view = h.send(Event::Back).view;
    assert!(matches!(view.screen, Screen::Confirm { .. }), "asked first");
    let view = h.send(Event::Confirm).view;
    assert!(
        matches!(view.screen, Screen::Cases { .. }),
        "back leads where the unlock was heading"
    );
}

#[test]
fn the_back_gesture_saves_a_note_and_asks_before_a_label_goes() {
    let mut h = AppHarness::start();
    h.create_vault();
    let id = new_case_from_list(&mut h, "gezin B.");
    write_note(&mut h, &id, "Zoon brengt pakketjes rond");
    let view = h.send(Event::Back).view;
    let Screen::Case { view: case } = &view.screen else {
        panic!("back on the case, got {:?}", view.screen)
    };
    assert_eq!(case.notes.len(), 1, "the note was saved, not dropped");
    assert_eq!(
        view.notice.as_ref().map(|n| n.text.as_str()),
        Some("Notitie opgeslagen.")
    );
    // Unchanged, back saves nothing and says nothing.
    h.send(case.notes[0].event.clone());
    let view = h.send(Event::Back).view;
    assert!(view.notice.is_none());

    // A rename typed, then the back gesture: a question, and the text waits under it.
    h.send(Event::RenameCase {
        case_id: id.clone(),
    });
    h.send(Event::Edit {
        field: FieldId::CaseLabel,
        text: "gezin Bakker".into(),
    });
    let view = h.send(Event::Back).view;
    let Screen::Confirm { view: question } = &view.screen else {
        panic!("a question, got {:?}", view.screen)
    };
    assert_eq!(view.title, "Wat u typte weggooien?");
    assert_eq!(question.cancel.label, "Verder typen");
    let view = h.send(Event::Cancel).view;
    let Screen::Label { view: editor } = &view.screen else {
        panic!("the editor again, got {:?}", view.screen)
    };
    assert_eq!(editor.field.text.as_str(), "gezin Bakker");
    h.send(Event::Back);
    let view = h.send(Event::Confirm).view;
    let Screen::Case { view: case } = &view.screen else {
        panic!("the case, got {:?}", view.screen)
    };
    assert!(case.notes.len() == 1);
    assert_eq!(view.title, "gezin B.", "discarded, as asked");

    // Home from an editor: the same question.
    h.send(Event::RenameCase { case_id: id });
    h.send(Event::Edit {
        field: FieldId::CaseLabel,
        text: "gezin Bakker".into(),
    });
    let view = h.send(Event::OpenHome).view;
    assert!(matches!(view.screen, Screen::Confirm { .. }));
}

#[test]
fn a_call_from_the_app_does_not_cost_a_pin_on_return_within_the_auto_lock_time() {
    let mut h = AppHarness::start();
    h.create_vault();
    let id = new_case_from_list(&mut h, "gezin B.");
    let call = h.app.view().call.expect("call bar").event;
    let effects = h.send(call.clone()).effects;
    assert!(matches!(effects.as_slice(), [Effect::Dial { .. }]));
    let effects = h.send(phase(Phase::Inactive)).effects;
    assert!(effects.is_empty());
    let effects = h.send(phase(Phase::Background)).effects;
    assert!(
        !effects.contains(&Effect::Locked),
        "the dialer took the screen"
    );
    h.clock.advance(Duration::minutes(3));
    let Update { view, effects, .. } = h.send(phase(Phase::Active));
    assert!(!effects.contains(&Effect::Locked));
    assert_eq!(case_id(&view), id, "back on the case, no PIN");

    // Going away without a call still locks at once.
    let effects = h.send(phase(Phase::Background)).effects;
    assert!(effects.contains(&Effect::Locked));
}

#[test]
fn a_device_without_a_phone_app_gets_the_number_to_dial_by_hand_and_locks_as_usual() {
    let mut h = AppHarness::start();
    h.create_vault();
    let id = new_case_from_list(&mut h, "gezin B.");
    let call = h.app.view().call.expect("call bar").event;
    let effects = h.send(call).effects;
    let [Effect::Dial { tel_uri }] = effects.as_slice() else {
        panic!("a dial, got {effects:?}")
    };
    let Update { view, effects, .. } = h.send(Event::DialFailed {
        tel_uri: tel_uri.clone(),
    });
    assert!(effects.is_empty());
    let notice = view.notice.clone().expect("the number to dial by hand");
    assert_eq!(notice.kind, NoticeKind::Error);
    assert_eq!(
        notice.text,
        "Bellen lukt hier niet: er is geen app om mee te bellen. Bel het nummer zelf: 013 549 8430"
    );
    assert_eq!(case_id(&view), id, "still on the case");

    // No call left the app: going out of sight locks at once, as without a call.
    let effects = h.send(phase(Phase::Background)).effects;
    assert!(effects.contains(&Effect::Locked));

    // A number the app never offers is not echoed back.
    let Update { view, .. } = h.send(Event::DialFailed {
        tel_uri: "tel:+31612345678".into(),
    });
    let notice = view.notice.expect("a notice");
    assert!(!notice.text.contains("612345678"), "{}", notice.text);
}

#[test]
fn a_long_call_a_late_background_and_a_quick_exit_still_lock() {
    let mut h = AppHarness::start();
    h.create_vault();
    new_case_from_list(&mut h, "gezin B.");
    let call = h.app.view().call.expect("call bar").event;

    // A call longer than the auto-lock time: the PIN on return.
    h.send(call.clone());
    h.send(phase(Phase::Background));
    h.clock.advance(Duration::minutes(5));
    let Update { view, effects, .. } = h.send(phase(Phase::Active));
    assert!(effects.contains(&Effect::Locked));
    assert!(matches!(view.screen, Screen::Pin { .. }));
    h.pin(PIN);

    // The background long after the tap on the call is not the dialer's.
    h.send(call.clone());
    h.clock.advance(Duration::seconds(31));
    let effects = h.send(phase(Phase::Background)).effects;
    assert!(effects.contains(&Effect::Locked));
    h.send(phase(Phase::Active));
    h.pin(PIN);

    // A tap between the call and the background ends the call's grace.
    h.send(call.clone());
    h.send(Event::Back);
    let effects = h.send(phase(Phase::Background)).effects;
    assert!(effects.contains(&Effect::Locked));
    h.send(phase(Phase::Active));
    h.go_to(Destination::Cases);
    h.pin(PIN);

    // Quick exit during the call locks at once.
    h.send(call);
    h.send(phase(Phase::Background));
    let effects = h.send(Event::QuickExit).effects;
    assert!(effects.contains(&Effect::Locked));
}

#[test]
fn a_wipe_forced_at_the_pin_pad_keeps_discreet_mode_and_the_neutral_launcher() {
    let mut h = AppHarness::start();
    h.create_vault();
    h.set(Event::SetDiscreet { enabled: true });
    h.send(Event::LockNow);
    h.go_to(Destination::Cases);
    let mut wiped = None;
    for _ in 0..10 {
        // Past the delays the vault sets between attempts.
        h.clock.advance(Duration::hours(2));
        let Update { view, effects, .. } = h.pin(WRONG);
        if effects.contains(&Effect::Wiped) {
            wiped = Some((view, effects));
            break;
        }
    }
    let (view, effects) = wiped.expect("wiped after ten wrong PINs");
    assert!(matches!(view.screen, Screen::LockedOut { .. }));
    assert!(view.discreet, "discreet mode survives the wipe");
    assert!(effects.contains(&Effect::SetLauncherDiscreet { discreet: true }));
    assert!(!effects.contains(&Effect::SetLauncherDiscreet { discreet: false }));

    // And the next start, from the files alone.
    h = h.restart();
    assert!(h.app.view().discreet, "still discreet after a restart");
}

#[test]
fn the_pin_pad_explains_first_what_forgetting_the_pin_costs() {
    let mut h = AppHarness::start();
    let Update { view, .. } = h.go_to(Destination::Cases);
    let Screen::Pin { view: pad } = &view.screen else {
        panic!("PIN set-up")
    };
    let explanation = pad.explanation.as_deref().expect("first-use explanation");
    assert!(
        explanation.contains("Vergeet u hem, dan zijn ze weg"),
        "{explanation}"
    );
    assert!(
        explanation.contains("Na 10 verkeerde pogingen"),
        "{explanation}"
    );
    h.pin(PIN);
    h.pin(PIN);
    h.send(Event::LockNow);
    let Update { view, .. } = h.go_to(Destination::Cases);
    let Screen::Pin { view: pad } = &view.screen else {
        panic!("PIN unlock")
    };
    assert!(
        pad.explanation
            .as_deref()
            .is_some_and(|e| e.starts_with("Pincode vergeten?"))
    );
}

#[test]
fn where_the_answers_lead_to_reporting_veilig_thuis_is_one_tap_away() {
    let mut h = AppHarness::start();
    h.create_vault();
    let id = new_case_from_list(&mut h, "gezin B.");
    let view = h.app.view();
    let Screen::Case { view: case } = &view.screen else {
        panic!("case")
    };
    assert_eq!(
        case.guidance_heading.text,
        "Volgende stap volgens de meldcode op de kaart"
    );
    assert!(case.report_call.is_none());
    h.send(Event::OpenCaseAfweging {
        case_id: id.clone(),
    });
    for question in [1, 2] {
        h.send(Event::Answer {
            case_id: id.clone(),
            question,
            answer: Some(AnswerChoice::Yes),
        });
    }
    let view = h.app.view();
    let Screen::Afwegingskader { view: kader } = &view.screen else {
        panic!("afwegingskader")
    };
    let call = kader
        .report_call
        .clone()
        .expect("a call where the outcome is melden");
    assert_eq!(call.label, "Bel Veilig Thuis, 0800 2000");
    let effects = h.send(call.event).effects;
    assert_eq!(
        effects,
        [Effect::Dial {
            tel_uri: "tel:08002000".into()
        }]
    );
    let Update { view, .. } = h.send(Event::Back);
    let Screen::Case { view: case } = &view.screen else {
        panic!("case")
    };
    // Question 2 says acute or structural unsafety: the acute line leads the case,
    // with its calls (the report call among them, not twice).
    let acute = case.acute.as_ref().expect("acute unsafety leads the case");
    assert_eq!(
        acute.text,
        "Acute onveiligheid: bel 112 · Veilig Thuis 0800 2000"
    );
    assert!(case.report_call.is_none(), "the acute line holds the call");
    let [emergency, report] = &acute.calls[..] else {
        panic!("two calls: {:?}", acute.calls)
    };
    assert_eq!(report.label, "Bel Veilig Thuis, 0800 2000");
    let effects = h.send(emergency.event.clone()).effects;
    assert_eq!(
        effects,
        [Effect::Dial {
            tel_uri: "tel:112".into()
        }]
    );
    assert_eq!(
        case.next_step.as_deref(),
        Some(
            "Stap 5: Melden bij Veilig Thuis. De afwegingen 3 tot en met 5 worden samen met Veilig Thuis doorlopen."
        )
    );

    // Reported: step 5 done, the call and the guidance to report go.
    h.send(Event::OpenCaseSteps {
        case_id: id.clone(),
    });
    h.send(Event::SetStepStatus {
        case_id: id.clone(),
        step: 5,
        status: StepChoice::Done,
    });
    let view = h.send(Event::Back).view;
    let Screen::Case { view: case } = &view.screen else {
        panic!("case")
    };
    assert!(case.report_call.is_none());
    assert!(case.acute.is_none(), "reported: the acute line goes");
    assert_eq!(
        case.next_step, None,
        "nothing points back before a done step"
    );
}

#[test]
fn notes_join_an_export_only_when_ticked_in_and_confirmed_twice() {
    let mut h = AppHarness::start();
    h.create_vault();
    let id = new_case_from_list(&mut h, "gezin B.");
    write_note(&mut h, &id, "Zoon brengt pakketjes rond.");
    h.send(Event::SaveNote);
    let share_text = |effects: &[Effect]| {
        effects.iter().find_map(|e| match e {
            Effect::Share { text, .. } => Some(text.as_str().to_owned()),
            _ => None,
        })
    };

    // As it always was: no notes.
    let Update { view, .. } = h.send(Event::ExportCase {
        case_id: id.clone(),
    });
    let Screen::Confirm { view: confirm } = &view.screen else {
        panic!("confirm")
    };
    let option = confirm.option.clone().expect("the notes option");
    assert!(!option.checked, "off by default");
    let effects = h.send(Event::Confirm).effects;
    let text = share_text(&effects).expect("shared");
    assert!(!text.contains("pakketjes"));

    // Ticked in, then cancelled at the second question: nothing shared.
    h.send(Event::ExportCase {
        case_id: id.clone(),
    });
    let view = h.send(option.event.clone()).view;
    let Screen::Confirm { view: confirm } = &view.screen else {
        panic!("confirm")
    };
    assert!(confirm.option.as_ref().is_some_and(|o| o.checked));
    let Update { view, effects, .. } = h.send(Event::Confirm);
    assert!(share_text(&effects).is_none(), "a second question first");
    let Screen::Confirm { view: second } = &view.screen else {
        panic!("the second question")
    };
    assert!(second.option.is_none());
    assert_eq!(view.title, "Ook de notities delen?");
    let Update { view, effects, .. } = h.send(Event::Cancel);
    assert!(share_text(&effects).is_none());
    assert_eq!(case_id(&view), id, "back on the case, nothing shared");

    // Ticked in and confirmed twice: the notes go along.
    h.send(Event::ExportCase {
        case_id: id.clone(),
    });
    h.send(option.event);
    let effects = h.send(Event::Confirm).effects;
    assert!(share_text(&effects).is_none());
    let Update { view, effects, .. } = h.send(Event::Confirm);
    let text = share_text(&effects).expect("shared");
    assert!(text.contains("Zoon brengt pakketjes rond."), "{text}");
    assert_eq!(case_id(&view), id, "back on the case");
}

#[test]
fn a_summary_shared_in_discreet_mode_opens_with_a_neutral_line() {
    let mut h = AppHarness::start();
    h.create_vault();
    h.set(Event::SetDiscreet { enabled: true });
    let id = new_case_from_list(&mut h, "gezin B.");
    h.send(Event::ExportCase { case_id: id });
    let effects = h.send(Event::Confirm).effects;
    let Some(Effect::Share { subject, text }) = effects.first() else {
        panic!("shared, got {effects:?}")
    };
    // What the share sheet previews: the subject and the first line.
    let first = text
        .as_str()
        .lines()
        .next()
        .unwrap_or_default()
        .to_lowercase();
    assert_eq!(first, "werkkaart — samenvatting");
    assert!(!subject.as_str().to_lowercase().contains("signalenkaart"));
}
