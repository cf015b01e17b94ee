//! The app state machine driven like a shell drives it: events in, views and effects out.

use std::sync::Arc;

use chrono::{Duration, TimeZone, Utc};
use signalenkaart_core::app::{
    AnswerChoice, App, AppConfig, Destination, Effect, Event, FieldId, NoticeKind, Screen,
    StepChoice, ViewModel,
};
use signalenkaart_core::vault::SoftwareKeyWrapper;
use signalenkaart_core::{Language, ManualClock};

const PIN: &str = "246810";

struct Harness {
    app: App,
    clock: Arc<ManualClock>,
    _dir: tempfile::TempDir,
}

fn start() -> Harness {
    let dir = tempfile::tempdir().expect("temp dir");
    let clock = Arc::new(ManualClock::new(
        Utc.with_ymd_and_hms(2026, 11, 28, 13, 0, 0)
            .single()
            .expect("time"),
    ));
    let keys = Arc::new(SoftwareKeyWrapper::new(dir.path()).expect("key file"));
    let config = AppConfig {
        data_dir: dir.path().join("data"),
        device_language: Language::Nl,
    };
    let app = App::new(config, keys, clock.clone()).expect("app starts");
    Harness {
        app,
        clock,
        _dir: dir,
    }
}

impl Harness {
    fn send(&mut self, event: Event) -> (ViewModel, Vec<Effect>) {
        let update = self.app.dispatch(event);
        (update.view, update.effects)
    }

    fn pin(&mut self, pin: &str) -> ViewModel {
        for digit in pin.bytes() {
            self.send(Event::PinDigit {
                digit: digit - b'0',
            });
        }
        self.send(Event::PinSubmit).0
    }

    fn create_vault(&mut self) -> ViewModel {
        self.send(Event::Open {
            destination: Destination::Cases,
        });
        self.pin(PIN);
        self.pin(PIN)
    }
}

#[test]
fn home_visit_from_ticks_to_call() {
    let mut h = start();
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
    let (opened, _) = h.send(open_intro.event);
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
    let (view, _) = h.send(Event::Open {
        destination: Destination::Signals,
    });
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
    let (view, _) = h.send(save.event);
    assert!(
        matches!(view.screen, Screen::Pin { .. }),
        "{:?}",
        view.screen
    );
    h.pin(PIN);
    let view = h.pin(PIN);
    let Screen::Cases { view: cases } = &view.screen else {
        panic!("case picker, got {:?}", view.screen)
    };
    assert!(cases.picking_for_checklist.is_some());

    // New case for the ticks.
    let (view, _) = h.send(cases.new_case.event.clone());
    assert!(matches!(view.screen, Screen::Label { .. }));
    h.send(Event::Edit {
        field: FieldId::CaseLabel,
        text: "gezin B.".into(),
    });
    let (view, _) = h.send(Event::SubmitLabel);
    let Screen::Case { view: case } = &view.screen else {
        panic!("case, got {:?} {:?}", view.screen, view.notice)
    };
    assert_eq!(view.title, "gezin B.");
    assert_eq!(case.sections[0].detail.as_deref(), Some("3 signalen"));
    assert_eq!(case.expiry, "Verloopt over 90 dagen");

    // A note.
    let (view, _) = h.send(case.new_note.event.clone());
    assert!(matches!(view.screen, Screen::NoteEditor { .. }));
    h.send(Event::Edit {
        field: FieldId::Note,
        text: "Moeder zegt dat zoon 's nachts pakketjes rondbrengt.".into(),
    });
    let (view, _) = h.send(Event::SaveNote);
    let Screen::Case { view: case } = &view.screen else {
        panic!("back at the case")
    };
    assert_eq!(case.notes.len(), 1);
    assert_eq!(
        view.notice.as_ref().map(|n| n.kind),
        Some(NoticeKind::Confirmation)
    );

    // Step 2 with an expert.
    let (view, _) = h.send(case.sections[1].event.clone());
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
    h.send(Event::Answer {
        case_id: case_id.clone(),
        question: 1,
        answer: Some(AnswerChoice::Yes),
    });
    h.send(Event::Answer {
        case_id: case_id.clone(),
        question: 2,
        answer: Some(AnswerChoice::Yes),
    });
    let (view, _) = h.send(Event::OpenCaseAfweging {
        case_id: case_id.clone(),
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

    // Export after confirmation.
    let (view, effects) = h.send(Event::ExportCase {
        case_id: case_id.clone(),
    });
    assert!(
        effects.is_empty(),
        "nothing is shared before the confirmation"
    );
    let Screen::Confirm { view: confirm } = &view.screen else {
        panic!("confirmation")
    };
    let (_, effects) = h.send(confirm.confirm.event.clone());
    let Some(Effect::Share { text, .. }) = effects.first() else {
        panic!("share effect, got {effects:?}")
    };
    assert!(text.contains("Casus: gezin B."));
    assert!(!text.contains("pakketjes"), "notes are never exported");

    // Tap to call.
    let call = h.app.view().call.expect("call button").event;
    let (_, effects) = h.send(call);
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
    let mut h = start();
    h.create_vault();
    assert!(h.app.view().lock.is_some(), "unlocked");
    h.send(Event::Open {
        destination: Destination::Signals,
    });
    h.send(Event::ToggleSignal {
        case_id: None,
        signal_id: "withdraws".into(),
    });
    let ahead = h.app.quick_exit_view();
    let (view, effects) = h.send(Event::QuickExit);
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
    let (view, _) = h.send(Event::LeaveNeutral);
    assert!(matches!(view.screen, Screen::Home { .. }));
    let (view, _) = h.send(Event::Open {
        destination: Destination::Signals,
    });
    let Screen::Signals { view: signals } = &view.screen else {
        panic!("signals")
    };
    assert!(
        signals.items.iter().all(|i| !i.checked),
        "the quick checklist was cleared"
    );
    let (view, _) = h.send(Event::Open {
        destination: Destination::Cases,
    });
    assert!(
        matches!(view.screen, Screen::Pin { .. }),
        "cases need the PIN again"
    );
}

#[test]
fn idle_time_locks_the_vault_and_unlocking_returns_to_the_screen() {
    let mut h = start();
    h.create_vault();
    h.send(Event::NewCase);
    h.send(Event::Edit {
        field: FieldId::CaseLabel,
        text: "wijk Noord".into(),
    });
    let (view, _) = h.send(Event::SubmitLabel);
    assert!(matches!(view.screen, Screen::Case { .. }));
    assert_eq!(
        view.next_heartbeat_ms,
        Some(5 * 60 * 1000),
        "the heartbeat is due when the 5 idle minutes are up"
    );
    h.clock.advance(Duration::milliseconds(5 * 60 * 1000 - 1));
    let (view, effects) = h.send(Event::Heartbeat);
    assert!(effects.is_empty(), "a millisecond early: still open");
    assert_eq!(
        view.next_heartbeat_ms,
        Some(1),
        "a heartbeat is not activity: the deadline stays"
    );
    h.clock.advance(Duration::milliseconds(1));
    let (view, effects) = h.send(Event::Heartbeat);
    assert!(
        matches!(view.screen, Screen::Pin { .. }),
        "locked after 5 idle minutes"
    );
    assert_eq!(effects, [Effect::Locked]);
    assert_eq!(view.next_heartbeat_ms, None, "nothing is due once locked");
    let view = h.pin(PIN);
    assert!(
        matches!(view.screen, Screen::Case { .. }),
        "back at the case, got {:?}",
        view.screen
    );
    assert_eq!(view.title, "wijk Noord");
}

#[test]
fn stale_and_forged_events_are_refused_with_a_notice() {
    let mut h = start();
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
        let (view, effects) = h.send(event.clone());
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
    let mut h = start();
    h.create_vault();
    h.send(Event::NewCase);
    h.send(Event::Edit {
        field: FieldId::CaseLabel,
        text: "x".into(),
    });
    let (view, _) = h.send(Event::SubmitLabel);
    let Screen::Case { view: case } = &view.screen else {
        panic!("case")
    };
    let delete = case.delete.event.clone();
    h.send(Event::LockNow);
    let (view, _) = h.send(delete);
    assert!(!matches!(view.screen, Screen::Confirm { .. }));
    assert_eq!(
        view.notice.as_ref().map(|n| n.text.as_str()),
        Some("Ontgrendel eerst met uw pincode.")
    );
}

#[test]
fn wrong_pin_shows_attempts_left_on_the_pin_pad() {
    let mut h = start();
    h.create_vault();
    h.send(Event::LockNow);
    h.send(Event::Open {
        destination: Destination::Cases,
    });
    let view = h.pin("975310");
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
    let mut h = start();
    h.send(Event::Open {
        destination: Destination::Cases,
    });
    let view = h.pin("123456");
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
    let mut h = start();
    h.send(Event::Open {
        destination: Destination::Settings,
    });
    h.send(Event::Edit {
        field: FieldId::CoordinatorName,
        text: "Zorgcoördinator regio Utrecht".into(),
    });
    h.send(Event::Edit {
        field: FieldId::CoordinatorNumber,
        text: "030 12".into(),
    });
    let (view, _) = h.send(Event::SaveCoordinator);
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
    let (view, _) = h.send(Event::SaveCoordinator);
    let call = view.call.expect("call button");
    assert_eq!(call.number, "030 234 5678");
    let (_, effects) = h.send(call.event);
    assert_eq!(
        effects,
        [Effect::Dial {
            tel_uri: "tel:+31302345678".into()
        }]
    );
}

#[test]
fn the_quick_exit_view_built_ahead_follows_language_and_discreet_mode() {
    let mut h = start();
    h.send(Event::SetDiscreet { enabled: true });
    h.send(Event::SetLanguage {
        language: Language::En,
    });
    let ahead = h.app.quick_exit_view();
    assert!(ahead.discreet && ahead.language == Language::En);
    let (view, _) = h.send(Event::QuickExit);
    assert_eq!(view, ahead);
}

#[test]
fn discreet_mode_keeps_revealing_words_off_titles_and_buttons() {
    let mut h = start();
    let (_, effects) = h.send(Event::SetDiscreet { enabled: true });
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
        let (view, _) = h.send(Event::Open { destination });
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
    let mut h = start();
    let (view, _) = h.send(Event::SetLanguage {
        language: Language::En,
    });
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
    let (view, _) = h.send(open_intro.event);
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
    let mut h = start();
    h.create_vault();
    h.send(Event::SetDiscreet { enabled: true });
    h.send(Event::Open {
        destination: Destination::Settings,
    });
    let (view, _) = h.send(Event::RequestWipe);
    let Screen::Confirm { view: confirm } = &view.screen else {
        panic!("confirmation")
    };
    assert!(confirm.destructive);
    let (view, effects) = h.send(Event::Confirm);
    assert!(effects.contains(&Effect::Wiped));
    // Everything goes but discreet mode: the launcher stays neutral.
    assert!(view.discreet, "discreet mode survives the wipe");
    assert!(effects.contains(&Effect::SetLauncherDiscreet { discreet: true }));
    let (view, _) = h.send(Event::Open {
        destination: Destination::Cases,
    });
    assert!(matches!(view.screen, Screen::Pin { .. }), "PIN");
    assert_eq!(view.title, "Kies een pincode", "first-run PIN setup again");
}

#[test]
fn absurdly_long_text_is_refused_and_the_draft_kept() {
    let mut h = start();
    h.create_vault();
    h.send(Event::NewCase);
    h.send(Event::Edit {
        field: FieldId::CaseLabel,
        text: "gezin B.".into(),
    });
    let (view, _) = h.send(Event::Edit {
        field: FieldId::CaseLabel,
        text: "x".repeat(5_000).into(),
    });
    assert_eq!(
        view.notice.as_ref().map(|n| n.kind),
        Some(NoticeKind::Error)
    );
    let Screen::Label { view: label } = &view.screen else {
        panic!("label editor")
    };
    assert_eq!(label.field.text, "gezin B.");
}

#[test]
fn leaving_the_case_picker_cancels_saving_the_checklist() {
    let mut h = start();
    h.create_vault();
    h.send(Event::NewCase);
    h.send(Event::Edit {
        field: FieldId::CaseLabel,
        text: "wijk Zuid".into(),
    });
    let (view, _) = h.send(Event::SubmitLabel);
    let Screen::Case { view: case } = &view.screen else {
        panic!("case")
    };
    let Event::NewNote { case_id } = case.new_note.event.clone() else {
        panic!("note event")
    };
    h.send(Event::Open {
        destination: Destination::Signals,
    });
    h.send(Event::ToggleSignal {
        case_id: None,
        signal_id: "begs_on_street".into(),
    });
    let (view, _) = h.send(Event::SaveChecklist);
    assert!(matches!(view.screen, Screen::Cases { .. }));
    h.send(Event::Back);
    let (view, _) = h.send(Event::SaveChecklistTo {
        case_id: case_id.clone(),
    });
    assert_eq!(
        view.notice.as_ref().map(|n| n.kind),
        Some(NoticeKind::Error),
        "a stale picker tap"
    );
    let (view, _) = h.send(Event::OpenCase { case_id });
    let Screen::Case { view: case } = &view.screen else {
        panic!("case")
    };
    assert_eq!(case.sections[0].detail.as_deref(), Some("0 signalen"));
}

#[test]
fn a_remark_on_an_observed_signal_is_edited_and_shown() {
    let mut h = start();
    h.create_vault();
    h.send(Event::NewCase);
    h.send(Event::Edit {
        field: FieldId::CaseLabel,
        text: "gezin C.".into(),
    });
    let (view, _) = h.send(Event::SubmitLabel);
    let Screen::Case { view: case } = &view.screen else {
        panic!("case")
    };
    let (view, _) = h.send(case.sections[0].event.clone());
    let Screen::Signals { view: signals } = &view.screen else {
        panic!("signals")
    };
    assert!(
        signals.items.iter().all(|i| i.secondary.is_none()),
        "no remark before ticking"
    );
    let (view, _) = h.send(signals.items[6].event.clone());
    let Screen::Signals { view: signals } = &view.screen else {
        panic!("signals")
    };
    let remark = signals.items[6]
        .secondary
        .clone()
        .expect("remark button on an observed signal");
    let (view, _) = h.send(remark.event);
    let Screen::Label { view: editor } = &view.screen else {
        panic!("editor")
    };
    assert!(
        editor
            .field
            .label
            .ends_with("Heeft onverklaarbare schulden")
    );
    h.send(Event::Edit {
        field: FieldId::Remark,
        text: "x".repeat(501).into(),
    });
    let view = h.app.view();
    let Screen::Label { view: editor } = &view.screen else {
        panic!("editor")
    };
    assert!(
        editor.field.error.is_some() && !editor.submit.enabled,
        "too long is refused before saving"
    );
    h.send(Event::Edit {
        field: FieldId::Remark,
        text: "schuld bij 'vriend', 2000 euro".into(),
    });
    let (view, _) = h.send(Event::SubmitLabel);
    let Screen::Signals { view: signals } = &view.screen else {
        panic!("back at the signals, got {:?}", view.screen)
    };
    let detail = signals.items[6].detail.clone().unwrap_or_default();
    assert!(
        detail.ends_with("· schuld bij 'vriend', 2000 euro"),
        "{detail}"
    );
}

#[test]
fn the_pin_pad_words_how_many_digits_were_entered() {
    let mut h = start();
    let (view, _) = h.send(Event::Open {
        destination: Destination::Cases,
    });
    let Screen::Pin { view: pad } = &view.screen else {
        panic!("PIN pad")
    };
    assert_eq!(pad.entered_label, "Nog geen cijfers ingevoerd");
    h.send(Event::PinDigit { digit: 4 });
    let (view, _) = h.send(Event::PinDigit { digit: 7 });
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
