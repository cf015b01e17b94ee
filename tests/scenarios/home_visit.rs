//! A home visit from the first tick to the call, every tap taken from the view the core
//! gave out (as a shell does), text and PIN typed as a user would.

use signalenkaart_ffi::{ChoiceGroup, Destination, Effect, Event, FieldId, NoticeKind, Screen};

use crate::{PIN, Shell};

/// The event of the option labelled `label` in a choice group.
fn option(group: Option<&ChoiceGroup>, label: &str) -> Event {
    let group = group.expect("a choice group");
    group
        .options
        .iter()
        .find(|o| o.label == label)
        .unwrap_or_else(|| panic!("no option {label} in {}", group.label))
        .event
        .clone()
}

fn selected(group: Option<&ChoiceGroup>) -> Vec<String> {
    group
        .map(|g| {
            g.options
                .iter()
                .filter(|o| o.selected)
                .map(|o| o.label.clone())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn home_visit_from_ticks_to_dial() {
    let shell = Shell::start();

    // The card opens without a PIN, with the coordinator's number on every screen.
    let view = shell.view();
    let Screen::Home { view: home } = &view.screen else {
        panic!("starts at home, got {:?}", view.screen)
    };
    assert_eq!(
        view.call.as_ref().map(|c| c.number.as_str()),
        Some("013 549 8430")
    );
    let signals_row = home
        .sections
        .iter()
        .find(|r| {
            r.event
                == Event::Open {
                    destination: Destination::Signals,
                }
        })
        .expect("a signals section");

    // Tick three signals in the quick checklist; each shows when, in local time.
    let view = shell.send(signals_row.event.clone()).view;
    let Screen::Signals { view: signals } = &view.screen else {
        panic!("signals, got {:?}", view.screen)
    };
    assert_eq!(signals.items.len(), 11);
    assert_eq!(signals.case_label, None, "the quick checklist");
    for row in signals.items.iter().take(3) {
        let update = shell.send(row.event.clone());
        assert!(update.effects.is_empty());
    }
    let view = shell.view();
    let Screen::Signals { view: signals } = &view.screen else {
        panic!("signals")
    };
    assert_eq!(signals.count, "3 signalen");
    let first = &signals.items[0];
    assert!(first.checked);
    assert_eq!(first.detail, None, "a tick never grows the row");

    // Saving the ticks asks for a PIN (first run: choose and repeat it) ...
    let save = signals
        .save
        .clone()
        .expect("save is offered once something is ticked");
    let view = shell.send(save.event).view;
    assert!(
        matches!(view.screen, Screen::Pin { .. }),
        "PIN pad, got {:?}",
        view.screen
    );
    assert_eq!(view.title, "Kies een pincode");
    shell.pin(PIN);
    let view = shell.pin(PIN);

    // ... then which case to save them to: a new one.
    let Screen::Cases { view: cases } = &view.screen else {
        panic!("case picker, got {:?} {:?}", view.screen, view.notice)
    };
    assert!(cases.picking_for_checklist.is_some());
    assert!(view.lock.is_some(), "unlocked: the lock button shows");
    let view = shell.send(cases.new_case.event.clone()).view;
    let Screen::Label { view: label } = &view.screen else {
        panic!("label editor, got {:?}", view.screen)
    };
    assert!(
        label.field.sensitive,
        "keyboards must not learn case labels"
    );
    shell.send(Event::Edit {
        field: FieldId::CaseLabel,
        text: "gezin B.".into(),
    });
    let view = shell.send(label.submit.event.clone()).view;
    let Screen::Case { view: case } = &view.screen else {
        panic!("the new case, got {:?} {:?}", view.screen, view.notice)
    };
    assert_eq!(view.title, "gezin B.");
    assert_eq!(case.sections[0].detail.as_deref(), Some("3 signalen"));

    // One more tick, now saved in the case.
    let view = shell.send(case.sections[0].event.clone()).view;
    let Screen::Signals { view: signals } = &view.screen else {
        panic!("case signals, got {:?}", view.screen)
    };
    assert_eq!(signals.case_label.as_deref(), Some("gezin B."));
    // The quick tick's moment came along, on the signal's own screen.
    let details = signals.items[0].secondary.clone().expect("details");
    let view = shell.send(details.event).view;
    let Screen::SignalDetail { view: detail } = &view.screen else {
        panic!("the signal's screen, got {:?}", view.screen)
    };
    assert_eq!(
        detail.recorded, "waargenomen 28-11-2026 14:00",
        "13:00 UTC shown in the platform clock's CET"
    );
    let view = shell.send(Event::Back).view;
    let Screen::Signals { view: signals } = &view.screen else {
        panic!("case signals, got {:?}", view.screen)
    };
    let case_id = match &signals.items[5].event {
        Event::ToggleSignal {
            case_id: Some(id), ..
        } => id.clone(),
        other => panic!("a case tick, got {other:?}"),
    };
    let view = shell.send(signals.items[5].event.clone()).view;
    let Screen::Signals { view: signals } = &view.screen else {
        panic!("signals")
    };
    assert_eq!(signals.count, "4 signalen");

    // A note.
    let view = shell.send(Event::Back).view;
    let Screen::Case { view: case } = &view.screen else {
        panic!("case")
    };
    let view = shell.send(case.new_note.event.clone()).view;
    let Screen::NoteEditor { view: editor } = &view.screen else {
        panic!("note editor, got {:?}", view.screen)
    };
    assert!(editor.field.sensitive);
    shell.send(Event::Edit {
        field: FieldId::Note,
        text: "Zoon brengt 's nachts pakketjes rond; moeder maakt zich zorgen.".into(),
    });
    let view = shell.send(editor.save.event.clone()).view;
    let Screen::Case { view: case } = &view.screen else {
        panic!("back at the case, got {:?}", view.screen)
    };
    assert_eq!(case.notes.len(), 1);
    assert_eq!(
        view.notice.as_ref().map(|n| n.kind),
        Some(NoticeKind::Confirmation)
    );

    // Meldcode: step 1 done, step 2 in progress with its expert consulted.
    let view = shell.send(case.sections[1].event.clone()).view;
    let Screen::Meldcode { view: steps } = &view.screen else {
        panic!("steps, got {:?}", view.screen)
    };
    assert_eq!(steps.steps.len(), 5);
    shell.send(option(steps.steps[0].status.as_ref(), "Afgerond"));
    shell.send(option(steps.steps[1].status.as_ref(), "Bezig"));
    let consulted = steps.steps[1].experts[0]
        .consulted
        .clone()
        .expect("experts can be marked in a case");
    let view = shell.send(consulted.event).view;
    let Screen::Meldcode { view: steps } = &view.screen else {
        panic!("steps")
    };
    assert_eq!(selected(steps.steps[0].status.as_ref()), ["Afgerond"]);
    assert_eq!(selected(steps.steps[1].status.as_ref()), ["Bezig"]);
    assert!(
        steps.steps[1].experts[0]
            .consulted
            .as_ref()
            .is_some_and(|c| c.checked)
    );

    // Afwegingskader: a suspicion and acute unsafety; the meldcode says report.
    let view = shell.send(steps.afweging.event.clone()).view;
    let Screen::Afwegingskader { view: kader } = &view.screen else {
        panic!("afwegingskader, got {:?}", view.screen)
    };
    assert_eq!(kader.case_label.as_deref(), Some("gezin B."));
    assert_eq!(kader.conclusion, None, "nothing answered yet");
    let view = shell
        .send(option(kader.questions[0].choices.as_ref(), "Ja"))
        .view;
    let Screen::Afwegingskader { view: kader } = &view.screen else {
        panic!("afwegingskader")
    };
    let view = shell
        .send(option(kader.questions[1].choices.as_ref(), "Ja"))
        .view;
    let Screen::Afwegingskader { view: kader } = &view.screen else {
        panic!("afwegingskader")
    };
    assert!(
        kader
            .conclusion
            .as_deref()
            .is_some_and(|c| c.contains("Melden bij Veilig Thuis")),
        "{:?}",
        kader.conclusion
    );

    // Export, from the case (back from the afwegingskader and the steps): nothing is
    // shared before the confirmation; notes never are.
    shell.send(Event::Back);
    shell.send(Event::Back);
    let update = shell.send(Event::ExportCase {
        case_id: case_id.clone(),
    });
    assert!(update.effects.is_empty());
    let Screen::Confirm { view: confirm } = &update.view.screen else {
        panic!("confirmation, got {:?}", update.view.screen)
    };
    let update = shell.send(confirm.confirm.event.clone());
    let [Effect::Share { subject, text }] = update.effects.as_slice() else {
        panic!("one share effect, got {:?}", update.effects)
    };
    assert!(!subject.is_empty());
    assert!(text.contains("Casus: gezin B."), "{}", text.as_str());
    assert!(!text.contains("pakketjes"), "notes are never exported");

    // Tap to call: the platform dials, the core never calls by itself.
    let call = shell.view().call.expect("the call button");
    let update = shell.send(call.event);
    assert_eq!(
        update.effects,
        [Effect::Dial {
            tel_uri: "tel:+31135498430".into()
        }]
    );
}

#[test]
fn case_data_survives_a_restart_behind_the_pin() {
    let mut shell = Shell::with_case("school Oost");
    shell.restart();
    let view = shell.go_to(Destination::Cases);
    assert!(
        matches!(view.view.screen, Screen::Pin { .. }),
        "locked after a restart"
    );
    let view = shell.pin(PIN);
    let Screen::Cases { view: cases } = &view.screen else {
        panic!("cases, got {:?}", view.screen)
    };
    let labels: Vec<&str> = cases.items.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels, ["school Oost"]);
}
