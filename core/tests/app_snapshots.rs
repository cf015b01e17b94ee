//! The view model of every screen as reviewed data: one walk through the app, taken in
//! Dutch and English, normal and discreet, and compared with the snapshot files in
//! `tests/snapshots/` (insta). A change to any string, button, event or effect a shell
//! receives shows as a diff in review; `INSTA_UPDATE=always cargo test` rewrites them.
//!
//! Ids are random, so every UUID in a snapshot is replaced by `[id-N]`, numbered by
//! first appearance: the snapshot still shows which events point at the same case.

use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{Duration, FixedOffset, TimeZone, Utc};
use serde_json::Value;
use signalenkaart_core::app::{
    AnswerChoice, App, AppConfig, Destination, Event, FieldId, Screen, StepChoice, Update,
};
use signalenkaart_core::vault::SoftwareKeyWrapper;
use signalenkaart_core::{Language, ManualClock};

const PIN: &str = "246810";
const NEW_PIN: &str = "813579";

/// One walk through the app in one language and mode, recording each state by name.
struct Walk {
    app: App,
    clock: Arc<ManualClock>,
    shots: Vec<(&'static str, Update)>,
    _dir: tempfile::TempDir,
}

impl Walk {
    fn start(language: Language, discreet: bool) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        // 28 November 2026, 14:00 in the Netherlands (CET).
        let clock = Arc::new(ManualClock::with_offset(
            Utc.with_ymd_and_hms(2026, 11, 28, 13, 0, 0)
                .single()
                .expect("time"),
            FixedOffset::east_opt(3600).expect("CET"),
        ));
        let keys = Arc::new(SoftwareKeyWrapper::new(dir.path()).expect("keys"));
        let config = AppConfig {
            data_dir: dir.path().join("data"),
            device_language: language,
        };
        let mut app = App::new(config, keys, clock.clone()).expect("starts");
        if discreet {
            app.dispatch(Event::SetDiscreet { enabled: true });
        }
        Self {
            app,
            clock,
            shots: Vec::new(),
            _dir: dir,
        }
    }

    /// Sends `event` without recording the result.
    fn send(&mut self, event: Event) -> Update {
        self.clock.advance(Duration::seconds(30));
        self.app.dispatch(event)
    }

    /// Sends `event` and records the update as `name`.
    fn shot(&mut self, name: &'static str, event: Event) -> Update {
        let update = self.send(event);
        self.shots.push((name, update.clone()));
        update
    }

    fn digits(&mut self, pin: &str) {
        for digit in pin.bytes() {
            self.send(Event::PinDigit {
                digit: digit - b'0',
            });
        }
    }

    fn screen(&self) -> Screen {
        self.app.view().screen
    }
}

fn case_id(walk: &Walk) -> String {
    match walk.screen() {
        Screen::Case { view: case } => match case.new_note.event {
            Event::NewNote { case_id } => case_id,
            other => panic!("{other:?}"),
        },
        other => panic!("expected a case, got {other:?}"),
    }
}

/// The whole walk; every state is recorded under the same name in every language.
fn walk(language: Language, discreet: bool) -> Vec<(&'static str, Update)> {
    let mut w = Walk::start(language, discreet);
    let open = |destination| Event::Open { destination };

    // The public card, before any vault exists.
    w.shot("home", Event::OpenHome);
    w.shot("signals_quick", open(Destination::Signals));
    w.send(Event::ToggleSignal {
        case_id: None,
        signal_id: "withdraws".into(),
    });
    w.shot(
        "signals_quick_ticked",
        Event::ToggleSignal {
            case_id: None,
            signal_id: "unexplained_debts".into(),
        },
    );
    w.send(Event::OpenHome);
    w.shot("conversation", open(Destination::Conversation));
    w.send(Event::OpenHome);
    w.shot("meldcode", open(Destination::Meldcode));
    w.send(Event::OpenHome);
    w.shot("afwegingskader", open(Destination::Afwegingskader));
    w.send(Event::OpenHome);
    w.shot("contacts", open(Destination::Contacts));
    w.send(Event::OpenHome);
    w.shot("about", open(Destination::About));
    w.send(Event::OpenHome);
    w.shot("settings_no_vault", open(Destination::Settings));

    // Saving the quick checklist asks for a new PIN first.
    w.send(Event::OpenHome);
    w.send(open(Destination::Signals));
    w.shot("pin_choose", Event::SaveChecklist);
    w.digits("123456");
    w.shot("pin_choose_weak", Event::PinSubmit);
    w.digits(PIN);
    w.shot("pin_repeat", Event::PinSubmit);
    w.digits(PIN);
    w.shot("cases_picking", Event::PinSubmit);
    w.shot("label_new", Event::NewCase);
    w.shot(
        "label_new_too_long",
        Event::Edit {
            field: FieldId::CaseLabel,
            text: "x".repeat(61).into(),
        },
    );
    w.shot(
        "label_new_typed",
        Event::Edit {
            field: FieldId::CaseLabel,
            text: "gezin B.".into(),
        },
    );
    w.shot("case_new_with_checklist", Event::SubmitLabel);
    let id = case_id(&w);

    // The case's signals, a remark, its steps and its afwegingskader.
    w.shot(
        "case_signals",
        Event::OpenCaseSignals {
            case_id: id.clone(),
        },
    );
    w.shot(
        "case_signals_ticked",
        Event::ToggleSignal {
            case_id: Some(id.clone()),
            signal_id: "many_new_contacts".into(),
        },
    );
    w.shot(
        "remark",
        Event::EditRemark {
            case_id: id.clone(),
            signal_id: "many_new_contacts".into(),
        },
    );
    w.shot(
        "remark_typed",
        Event::Edit {
            field: FieldId::Remark,
            text: "bij de voordeur".into(),
        },
    );
    w.shot("case_signals_with_remark", Event::SubmitLabel);
    w.send(Event::Back);
    w.shot(
        "case_meldcode",
        Event::OpenCaseSteps {
            case_id: id.clone(),
        },
    );
    w.send(Event::SetStepStatus {
        case_id: id.clone(),
        step: 1,
        status: StepChoice::Done,
    });
    w.send(Event::SetStepStatus {
        case_id: id.clone(),
        step: 2,
        status: StepChoice::InProgress,
    });
    w.shot(
        "case_meldcode_progress",
        Event::ToggleConsulted {
            case_id: id.clone(),
            step: 2,
            expert_id: "veilig_thuis".into(),
        },
    );
    w.shot(
        "case_afweging",
        Event::OpenCaseAfweging {
            case_id: id.clone(),
        },
    );
    w.send(Event::Answer {
        case_id: id.clone(),
        question: 1,
        answer: Some(AnswerChoice::Yes),
    });
    w.shot(
        "case_afweging_concluded",
        Event::Answer {
            case_id: id.clone(),
            question: 2,
            answer: Some(AnswerChoice::Yes),
        },
    );

    // Notes.
    w.send(Event::OpenCase {
        case_id: id.clone(),
    });
    w.shot(
        "note_new",
        Event::NewNote {
            case_id: id.clone(),
        },
    );
    w.shot(
        "note_typed",
        Event::Edit {
            field: FieldId::Note,
            text: "Zoon brengt 's nachts pakketjes rond.\nNieuwe schoenen.".into(),
        },
    );
    let saved = w.shot("case_with_note", Event::SaveNote);
    let Screen::Case { view: case } = saved.view.screen else {
        panic!("back on the case")
    };
    let edit = case.notes[0].event.clone();
    w.shot("note_edit", edit);
    let Screen::NoteEditor { view: editor } = w.screen() else {
        panic!("note editor")
    };
    let delete = editor
        .delete
        .expect("an existing note can be deleted")
        .event;
    w.shot("confirm_delete_note", delete);
    w.send(Event::Cancel);
    w.send(Event::Back);

    // The case's own actions.
    w.shot(
        "confirm_export",
        Event::ExportCase {
            case_id: id.clone(),
        },
    );
    w.shot("export_shared", Event::Confirm);
    w.shot(
        "label_rename",
        Event::RenameCase {
            case_id: id.clone(),
        },
    );
    w.send(Event::Back);
    w.shot(
        "confirm_delete_case",
        Event::DeleteCase {
            case_id: id.clone(),
        },
    );
    w.send(Event::Cancel);
    w.send(Event::OpenHome);
    w.shot("home_unlocked", Event::OpenHome);
    w.shot("cases", open(Destination::Cases));

    // Search.
    w.send(Event::OpenHome);
    w.shot("search", open(Destination::Search));
    w.shot(
        "search_hits",
        Event::Edit {
            field: FieldId::Search,
            text: "pakketjes".into(),
        },
    );
    w.shot(
        "search_nothing",
        Event::Edit {
            field: FieldId::Search,
            text: "fiets".into(),
        },
    );

    // Settings with an unlocked vault, the own coordinator, the PIN change, the wipe.
    w.send(Event::OpenHome);
    w.shot("settings_unlocked", open(Destination::Settings));
    w.send(Event::Edit {
        field: FieldId::CoordinatorName,
        text: "Zorgcoördinator regio Utrecht".into(),
    });
    w.send(Event::Edit {
        field: FieldId::CoordinatorNumber,
        text: "030 12".into(),
    });
    w.shot("settings_coordinator_refused", Event::SaveCoordinator);
    w.send(Event::Edit {
        field: FieldId::CoordinatorNumber,
        text: "030-2345678".into(),
    });
    w.shot("settings_coordinator_saved", Event::SaveCoordinator);
    w.send(Event::OpenHome);
    w.shot("contacts_own_coordinator", open(Destination::Contacts));
    w.send(Event::OpenHome);
    w.send(open(Destination::Settings));
    w.shot("pin_change_current", Event::ChangePin);
    w.digits(PIN);
    w.shot("pin_change_new", Event::PinSubmit);
    w.digits(NEW_PIN);
    w.shot("pin_change_repeat", Event::PinSubmit);
    w.digits(NEW_PIN);
    w.shot("settings_pin_changed", Event::PinSubmit);
    w.shot("confirm_wipe", Event::RequestWipe);
    w.send(Event::Cancel);

    // Locking, wrong PINs, the delay, quick exit.
    w.shot("locked_home", Event::LockNow);
    w.shot("pin_unlock", open(Destination::Cases));
    w.digits("480271");
    w.shot("pin_unlock_wrong", Event::PinSubmit);
    for _ in 0..2 {
        w.digits("480271");
        w.send(Event::PinSubmit);
    }
    // Three attempts are free; the fourth wrong PIN starts a delay.
    w.digits("480271");
    w.shot("pin_unlock_waiting", Event::PinSubmit);
    w.shot("neutral", Event::QuickExit);
    w.shot("home_after_neutral", Event::LeaveNeutral);

    // Too many wrong PINs: everything is erased.
    w.send(open(Destination::Cases));
    // Four wrong PINs so far; the tenth erases. A day between tries outlasts any delay.
    for _ in 0..5 {
        w.clock.advance(Duration::days(1));
        w.digits("480271");
        w.send(Event::PinSubmit);
    }
    w.clock.advance(Duration::days(1));
    w.digits("480271");
    w.shot("locked_out", Event::PinSubmit);
    w.shot("home_after_wipe", Event::OpenHome);
    w.shots
}

/// Replaces every UUID in `value` by `[id-N]`, numbered by first appearance.
fn redact_ids(value: &mut Value, seen: &mut Vec<String>) {
    match value {
        Value::String(text) if is_uuid(text) => {
            let n = match seen.iter().position(|s| s == text) {
                Some(n) => n,
                None => {
                    seen.push(text.clone());
                    seen.len() - 1
                }
            };
            *text = format!("[id-{}]", n + 1);
        }
        Value::Array(items) => items.iter_mut().for_each(|v| redact_ids(v, seen)),
        Value::Object(map) => map.values_mut().for_each(|v| redact_ids(v, seen)),
        _ => {}
    }
}

fn is_uuid(text: &str) -> bool {
    text.len() == 36
        && text.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
}

#[test]
fn every_screen_in_both_languages_and_modes_matches_its_snapshot() {
    let combos = [
        ("nl", Language::Nl, false),
        ("nl_discreet", Language::Nl, true),
        ("en", Language::En, false),
        ("en_discreet", Language::En, true),
    ];
    let walks: Vec<(&str, Vec<(&'static str, Update)>)> = combos
        .iter()
        .map(|(name, language, discreet)| (*name, walk(*language, *discreet)))
        .collect();
    let names: Vec<&str> = walks[0].1.iter().map(|(name, _)| *name).collect();
    for (combo, shots) in &walks {
        let theirs: Vec<&str> = shots.iter().map(|(name, _)| *name).collect();
        assert_eq!(theirs, names, "{combo} walked differently");
    }
    let mut kinds = BTreeMap::new();
    for (i, name) in names.iter().enumerate() {
        let mut by_combo = serde_json::Map::new();
        for (combo, shots) in &walks {
            let update = &shots[i].1;
            kinds.insert(update.view.screen.kind(), ());
            let mut value = serde_json::to_value(update).expect("serialises");
            redact_ids(&mut value, &mut Vec::new());
            by_combo.insert((*combo).to_owned(), value);
        }
        insta::assert_json_snapshot!(*name, Value::Object(by_combo));
    }
    // Every screen a shell can be shown is in the walk.
    let all = [
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
    let walked: Vec<&str> = kinds.into_keys().collect();
    let mut expected = all.to_vec();
    expected.sort_unstable();
    assert_eq!(walked, expected);
}
