//! Whose zorgcoördinator the app calls: the first-use question, asked once, and the
//! one decision every call button follows.

use signalenkaart_core::Language;
use signalenkaart_core::app::{
    AnswerChoice, Destination, Effect, Event, FieldId, NoticeKind, Phase, Screen, StepChoice,
    ViewModel,
};
use support::app::AppHarness;

mod support;

/// The card's number, as a phone dials it.
const CARD: &str = "tel:+31135498430";
/// The own coordinator the tests type, as a phone dials it.
const OWN: &str = "tel:+31302345678";
/// Every other number the card and the sources offer to call.
const OTHERS: [&str; 5] = [
    "tel:08002000",
    "tel:09008844",
    "tel:112",
    "tel:08007000",
    "tel:+31334481186",
];

/// The home screen's way into the question, if it offers one.
fn prompt(view: &ViewModel) -> Option<Event> {
    match &view.screen {
        Screen::Home { view } => view.coordinator_question.as_ref().map(|b| b.event.clone()),
        other => panic!("expected home, got {other:?}"),
    }
}

/// Opens the question from the home screen, as a user does.
fn ask(h: &mut AppHarness) -> ViewModel {
    if !matches!(h.app.view().screen, Screen::Home { .. }) {
        h.send(Event::OpenHome);
    }
    let event = prompt(&h.app.view()).expect("the home screen offers the question");
    let view = h.send(event).view;
    assert!(
        matches!(view.screen, Screen::CoordinatorQuestion { .. }),
        "{:?}",
        view.screen
    );
    view
}

/// Saves an own coordinator from the settings.
fn choose_own(h: &mut AppHarness) {
    h.go_to(Destination::Settings);
    h.edit(FieldId::CoordinatorName, "Zorgcoördinator regio Utrecht");
    h.edit(FieldId::CoordinatorNumber, "030-2345678");
    let view = h.send(Event::SaveCoordinator).view;
    let notice = view.notice.expect("a notice");
    assert_eq!(notice.kind, NoticeKind::Confirmation, "{}", notice.text);
}

/// Creates the vault from the home screen.
fn create_vault(h: &mut AppHarness) {
    h.send(Event::OpenHome);
    h.create_vault();
}

/// Every call the current screen offers (its buttons and the top bar's), pressed one by
/// one: the numbers they dial, each with the event that dialled it.
fn dial_every_call(h: &mut AppHarness) -> Vec<(Event, String)> {
    let calls: Vec<Event> = h
        .app
        .view()
        .offers()
        .into_iter()
        .map(|offer| offer.event.clone())
        .filter(|event| matches!(event, Event::Call { .. } | Event::CallOwnCoordinator))
        .collect();
    calls
        .into_iter()
        .map(|event| {
            let update = h.send(event.clone());
            let dialled = update
                .effects
                .iter()
                .find_map(|effect| match effect {
                    Effect::Dial { tel_uri } => Some(tel_uri.clone()),
                    _ => None,
                })
                .unwrap_or_else(|| panic!("{event:?} dials nothing: {:?}", update.view.notice));
            (event, dialled)
        })
        .collect()
}

/// Walks every screen that offers a call, the case's too, and presses every call.
fn every_call_on_every_screen(h: &mut AppHarness) -> Vec<(&'static str, Event, String)> {
    let mut dialled = Vec::new();
    let mut record = |h: &mut AppHarness, name: &'static str| {
        for (event, uri) in dial_every_call(h) {
            dialled.push((name, event, uri));
        }
    };
    h.send(Event::OpenHome);
    record(h, "home");
    for (name, destination) in [
        ("signals", Destination::Signals),
        ("conversation", Destination::Conversation),
        ("meldcode", Destination::Meldcode),
        ("afwegingskader", Destination::Afwegingskader),
        ("contacts", Destination::Contacts),
        ("about", Destination::About),
        ("settings", Destination::Settings),
    ] {
        h.go_to(destination);
        record(h, name);
    }
    // A case whose answers lead to reporting: its guidance, steps and answers.
    let id = h.case_with_a_tick("gezin B.", "withdraws");
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
    record(h, "case_afweging");
    h.send(Event::Back);
    record(h, "case");
    h.send(Event::OpenCaseSteps {
        case_id: id.clone(),
    });
    h.send(Event::SetStepStatus {
        case_id: id.clone(),
        step: 2,
        status: StepChoice::InProgress,
    });
    record(h, "case_meldcode");
    dialled
}

/// Checks that every coordinator call dials `chosen`, never `other`, and that the top
/// bar and the meldcode's step 2 are among them.
fn assert_calls_follow(dialled: &[(&str, Event, String)], chosen: &str, other: &str) {
    for (screen, event, uri) in dialled {
        assert_ne!(
            uri, other,
            "{screen}: {event:?} rings the coordinator not chosen"
        );
        assert!(
            uri == chosen || OTHERS.contains(&uri.as_str()),
            "{screen}: {event:?} dials {uri}"
        );
    }
    for screen in ["home", "meldcode", "contacts", "case", "case_meldcode"] {
        assert!(
            dialled
                .iter()
                .any(|(s, _, uri)| *s == screen && uri == chosen),
            "{screen}: no call to the chosen coordinator"
        );
    }
    // The meldcode's step 2 offers the coordinator besides the top bar: two calls.
    let on_meldcode = dialled
        .iter()
        .filter(|(s, _, uri)| *s == "meldcode" && uri == chosen)
        .count();
    assert_eq!(on_meldcode, 2, "top bar and step 2");
}

#[test]
fn with_an_own_coordinator_chosen_every_coordinator_call_rings_it() {
    let mut h = AppHarness::start();
    choose_own(&mut h);
    create_vault(&mut h);
    let dialled = every_call_on_every_screen(&mut h);
    assert_calls_follow(&dialled, OWN, CARD);
}

#[test]
fn with_the_card_chosen_every_coordinator_call_rings_the_card() {
    // Chosen in the question; or own first, then the card in the settings: nothing may
    // still ring the own number.
    for in_settings in [false, true] {
        let mut h = AppHarness::start();
        if in_settings {
            choose_own(&mut h);
            let view = h.app.view();
            let Screen::Settings { view: settings } = &view.screen else {
                panic!("settings")
            };
            let clear = settings
                .clear_coordinator
                .clone()
                .expect("the card offered");
            h.send(clear.event);
        } else {
            ask(&mut h);
            let view = h.app.view();
            let Screen::CoordinatorQuestion { view: question } = &view.screen else {
                panic!("question")
            };
            let home = h.send(question.choose_card.event.clone()).view;
            assert!(
                matches!(home.screen, Screen::Home { .. }),
                "an answer ends it"
            );
        }
        create_vault(&mut h);
        let dialled = every_call_on_every_screen(&mut h);
        assert_calls_follow(&dialled, CARD, OWN);
    }
}

#[test]
fn the_contacts_keep_the_cards_number_in_sight_as_the_cards() {
    for (language, marked) in [
        (Language::Nl, "(op de kaart)"),
        (Language::En, "(on the card)"),
    ] {
        let mut h = AppHarness::builder().language(language).start();
        choose_own(&mut h);
        let view = h.go_to(Destination::Contacts).view;
        let Screen::Contacts { view: contacts } = &view.screen else {
            panic!("contacts")
        };
        let card = contacts
            .items
            .iter()
            .find(|item| item.number.as_deref() == Some(&format!("013 549 8430 {marked}")))
            .expect("the card's number stays in sight, marked as the card's");
        assert_eq!(card.call, None, "not rung: the user chose their own");
        // No region: the card does not name one, and no source confirms it.
        assert!(!card.number.as_deref().unwrap_or("").contains("regio"));
    }
}

#[test]
fn the_question_is_asked_once_and_answering_ends_it() {
    let mut h = AppHarness::start();
    assert!(prompt(&h.app.view()).is_some(), "a first start asks");
    // Not in the way: the card's sections and the call are there beside it.
    let view = h.app.view();
    assert!(view.call.is_some() && view.quick_exit.is_some());
    let question = ask(&mut h);
    assert!(question.quick_exit.is_some() && question.call.is_some() && question.back.is_some());
    assert_eq!(
        question.call.as_ref().map(|c| c.number.as_str()),
        Some("013 549 8430")
    );
    let Screen::CoordinatorQuestion { view: q } = &question.screen else {
        panic!("question")
    };
    h.edit(FieldId::CoordinatorName, "Zorgcoördinator regio Utrecht");
    h.edit(FieldId::CoordinatorNumber, "030-2345678");
    let home = h.send(q.save_own.event.clone()).view;
    assert_eq!(prompt(&home), None, "answered: not asked again");
    assert_eq!(
        home.call.as_ref().map(|c| c.number.as_str()),
        Some("030 234 5678")
    );
    let h = h.restart();
    assert_eq!(prompt(&h.app.view()), None, "nor after a restart");
}

/// A way to leave the question.
type Leave = fn(&mut AppHarness);

#[test]
fn the_question_left_any_way_is_not_asked_again() {
    let leave: [(&str, Leave); 5] = [
        ("later", |h| {
            let view = h.app.view();
            let Screen::CoordinatorQuestion { view: q } = &view.screen else {
                panic!("question")
            };
            h.send(q.later.event.clone());
        }),
        ("back", |h| {
            h.send(Event::Back);
        }),
        ("quick exit", |h| {
            h.send(Event::QuickExit);
            h.send(Event::LeaveNeutral);
        }),
        ("out of sight", |h| {
            h.send(Event::PhaseChanged {
                phase: Phase::Background,
            });
            h.send(Event::PhaseChanged {
                phase: Phase::Active,
            });
            h.send(Event::OpenHome);
        }),
        ("lock", |h| {
            h.send(Event::LockNow);
        }),
    ];
    for (name, leave) in leave {
        let mut h = AppHarness::start();
        if name == "lock" {
            // A lock needs an open vault.
            create_vault(&mut h);
        }
        ask(&mut h);
        leave(&mut h);
        let view = h.app.view();
        assert!(
            matches!(view.screen, Screen::Home { .. }),
            "{name}: {:?}",
            view.screen
        );
        assert_eq!(prompt(&view), None, "{name}: asked again");
        let view = h.restart().app.view();
        assert_eq!(prompt(&view), None, "{name}: asked again after a restart");
        // Postponed: the card's number is rung, and the settings still offer the choice.
        assert_eq!(
            view.call.as_ref().map(|c| c.number.as_str()),
            Some("013 549 8430")
        );
    }
}

#[test]
fn the_own_number_is_refused_with_its_reason_and_the_typed_text_kept() {
    let mut h = AppHarness::start();
    ask(&mut h);
    h.edit(FieldId::CoordinatorName, "Zorgcoördinator regio Utrecht");
    h.edit(FieldId::CoordinatorNumber, "030 12");
    let view = h.send(Event::SaveCoordinator).view;
    let Screen::CoordinatorQuestion { view: q } = &view.screen else {
        panic!("still the question, got {:?}", view.screen)
    };
    assert_eq!(
        q.own_number.error.as_deref(),
        Some("Dit nummer is te kort: er ontbreken cijfers.")
    );
    assert_eq!(q.own_name.error, None, "the name is fine");
    assert_eq!(
        q.own_number.text, "030 12",
        "the typed number stays to correct"
    );
    assert_eq!(q.own_name.text, "Zorgcoördinator regio Utrecht");
    // An empty name is refused under its own field.
    h.edit(FieldId::CoordinatorName, " ");
    h.edit(FieldId::CoordinatorNumber, "030-2345678");
    let view = h.send(Event::SaveCoordinator).view;
    let Screen::CoordinatorQuestion { view: q } = &view.screen else {
        panic!("still the question")
    };
    assert!(q.own_name.error.is_some());
    assert_eq!(q.own_number.error, None);
    let view = h.restart().app.view();
    assert_eq!(
        view.call.map(|c| c.number),
        Some("013 549 8430".into()),
        "nothing chosen"
    );
}

#[test]
fn a_wipe_forgets_the_choice_as_a_fresh_install_but_keeps_discreet_mode() {
    let mut h = AppHarness::start();
    h.set(Event::SetDiscreet { enabled: true });
    choose_own(&mut h);
    create_vault(&mut h);
    h.go_to(Destination::Settings);
    h.send(Event::RequestWipe);
    h.send(Event::Confirm);
    let view = h.send(Event::OpenHome).view;
    assert!(view.discreet, "discreet mode survives the wipe");
    assert!(
        prompt(&view).is_some(),
        "asked again, as at a fresh install"
    );
    assert_eq!(view.call.map(|c| c.number), Some("013 549 8430".into()));
    let question = ask(&mut h);
    let Screen::CoordinatorQuestion { view: q } = &question.screen else {
        panic!("question")
    };
    assert_eq!(q.own_name.text, "", "the own coordinator is gone");
}

#[test]
fn each_reason_a_number_is_refused_is_worded_apart_in_both_languages() {
    let inputs = [
        "",
        "030 12",
        "030 234 5678 9",
        "+99 123 4567",
        "+",
        "0800-BELMIJ",
        "099 123 4567",
    ];
    for language in [Language::Nl, Language::En] {
        let mut h = AppHarness::builder().language(language).start();
        h.go_to(Destination::Settings);
        h.edit(FieldId::CoordinatorName, "Zorgcoördinator regio Utrecht");
        let mut said = Vec::new();
        for input in inputs {
            h.edit(FieldId::CoordinatorNumber, input);
            let view = h.send(Event::SaveCoordinator).view;
            let Screen::Settings { view: settings } = &view.screen else {
                panic!("settings")
            };
            let error = settings
                .coordinator_number
                .error
                .clone()
                .unwrap_or_else(|| panic!("{input:?} accepted"));
            assert!(
                !said.contains(&error),
                "{language:?} {input:?}: {error} said twice"
            );
            said.push(error);
        }
        let too_short = &said[1];
        match language {
            Language::Nl => assert!(too_short.contains("te kort"), "{too_short}"),
            Language::En => assert!(too_short.contains("too short"), "{too_short}"),
        }
    }
}

#[test]
fn a_postponement_that_cannot_be_kept_says_so_and_the_question_stays_offered() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A directory where the preferences file goes: nothing can be written there.
    std::fs::create_dir_all(support::app::prefs_file(dir.path())).expect("dir");
    let mut h = AppHarness::builder().dir(dir).start();
    h.send(Event::DismissNotice);
    ask(&mut h);
    let view = h.send(Event::PostponeCoordinator).view;
    assert!(
        matches!(view.screen, Screen::Home { .. }),
        "{:?}",
        view.screen
    );
    let notice = view.notice.clone().expect("the failure is said");
    assert_eq!(notice.kind, NoticeKind::Error, "{}", notice.text);
    assert!(prompt(&view).is_some(), "not kept, so still offered");
}
