//! One walk through every screen of the app, recording the update of each state by
//! name: the snapshot test compares them with reviewed files, the discreet-mode test
//! reads every string in them. Shared so that a state added for one is seen by both.
// Each test crate that includes this module uses only part of it.
#![allow(dead_code)]

use std::ops::{Deref, DerefMut};

use chrono::Duration;
use signalenkaart_core::Language;
use signalenkaart_core::app::{
    AnswerChoice, Destination, Event, FieldId, Screen, StepChoice, Update,
};

pub use crate::support::app::PIN;
use crate::support::app::{AppHarness, case_id, cet};

/// The PIN the walk changes to.
pub const NEW_PIN: &str = "813579";

/// One walk through the app in one language and mode, recording each state by name:
/// an app harness whose clock moves half a minute before each event, and the shots.
pub struct Walk {
    h: AppHarness,
    pub shots: Vec<(&'static str, Update)>,
}

impl Deref for Walk {
    type Target = AppHarness;

    fn deref(&self) -> &AppHarness {
        &self.h
    }
}

impl DerefMut for Walk {
    fn deref_mut(&mut self) -> &mut AppHarness {
        &mut self.h
    }
}

impl Walk {
    /// The app freshly installed in `language`, discreet or not, before any shot.
    pub fn start(language: Language, discreet: bool) -> Self {
        // 28 November 2026, 14:00 in the Netherlands (CET).
        let mut h = AppHarness::builder()
            .language(language)
            .offset(cet())
            .step(Duration::seconds(30))
            .start();
        if discreet {
            // Set before the walk, in no time, from the settings as a user does.
            h.app.dispatch(Event::Open {
                destination: Destination::Settings,
            });
            h.app.dispatch(Event::SetDiscreet { enabled: true });
            h.app.dispatch(Event::OpenHome);
        }
        Self {
            h,
            shots: Vec::new(),
        }
    }

    /// Sends `event` and records the update as `name`.
    pub fn shot(&mut self, name: &'static str, event: Event) -> Update {
        let update = self.send(event);
        self.shots.push((name, update.clone()));
        update
    }

    /// The screen shown now.
    pub fn screen(&self) -> Screen {
        self.app.view().screen
    }
}

/// The whole walk; every state is recorded under the same name in every language.
pub fn walk(language: Language, discreet: bool) -> Vec<(&'static str, Update)> {
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
    // Its sources, behind the one "Bronnen" line.
    w.shot("contacts_sources", Event::ToggleSources);
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
    let id = case_id(&w.shot("case_new_with_checklist", Event::SubmitLabel).view);

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

    // Notes: back from the afwegingskader and the steps to the case.
    w.send(Event::Back);
    w.send(Event::Back);
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
