//! A failure inside the core (a defect: here a platform clock whose call panics, as a
//! foreign clock that throws does) never ends the app or loses what it held: the call
//! answers with the view as it stands and a notice, and the next call works (rule 5 of
//! the store protocol on `Core`).

use signalenkaart_ffi::{Effect, Event, FieldId, NoticeKind, Screen, Update};
use signalenkaart_scenarios::PANIC_MESSAGE;

use crate::Shell;

const FAILED: &str = "Dat lukte niet. Er is niets verloren.";
const DRAFT: &str = "Zoon brengt 's nachts pakketjes rond";

/// A vault with the case "school Oost" and a note being written in it.
fn writing_a_note() -> Shell {
    let shell = Shell::with_case("school Oost");
    let view = shell.view();
    let Screen::Case { view: case } = &view.screen else {
        panic!("the new case, got {:?}", view.screen)
    };
    shell.send(case.new_note.event.clone());
    shell.send(Event::Edit {
        field: FieldId::Note,
        text: DRAFT.into(),
    });
    shell
}

fn note_text(update: &Update) -> &str {
    let Screen::NoteEditor { view: editor } = &update.view.screen else {
        panic!("the note editor, got {:?}", update.view.screen)
    };
    &editor.field.text
}

fn assert_failure_notice(update: &Update) {
    let notice = update.view.notice.as_ref().expect("a notice");
    assert_eq!(notice.kind, NoticeKind::Error);
    assert_eq!(notice.text, FAILED);
    let shown = format!("{:?}", update.view);
    assert!(
        !shown.contains(PANIC_MESSAGE) && !shown.contains("Jansen"),
        "{shown}"
    );
}

#[test]
fn a_dispatch_that_fails_inside_the_core_answers_with_the_view_as_it_stands_and_the_next_works() {
    let shell = writing_a_note();
    let before = shell.send(Event::Heartbeat);

    shell.clock.panic_on_next_reads(1);
    let failed = shell.send(Event::Edit {
        field: FieldId::Note,
        text: format!("{DRAFT} en").into(),
    });

    assert!(
        failed.revision > before.revision,
        "numbered like any update"
    );
    assert_eq!(note_text(&failed), DRAFT, "the draft, as the core held it");
    assert_failure_notice(&failed);
    assert_eq!(failed.effects, []);
    assert!(failed.view.lock.is_some(), "still unlocked");

    let next = shell.send(Event::Edit {
        field: FieldId::Note,
        text: format!("{DRAFT} en weer").into(),
    });
    assert!(next.revision > failed.revision);
    assert_eq!(note_text(&next), format!("{DRAFT} en weer"));
    assert_eq!(next.view.notice, None, "the next tap answers the notice");
    let Screen::NoteEditor { view: editor } = &next.view.screen else {
        panic!("the note editor")
    };
    let saved = shell.send(editor.save.event.clone()).view;
    let Screen::Case { view: case } = &saved.screen else {
        panic!("back at the case, got {:?}", saved.screen)
    };
    assert_eq!(case.notes.len(), 1, "the note was saved in the case");
}

#[test]
fn a_view_that_fails_inside_the_core_is_the_view_as_it_stands_and_the_next_works() {
    let shell = writing_a_note();

    shell.clock.panic_on_next_reads(1);
    let failed = shell.view();
    assert_failure_notice(&Update {
        view: failed.clone(),
        effects: Vec::new(),
        revision: 0,
    });
    let Screen::NoteEditor { view: editor } = &failed.screen else {
        panic!("the note editor, got {:?}", failed.screen)
    };
    assert_eq!(editor.field.text, DRAFT);

    let next = shell.view();
    assert_eq!(next.screen, failed.screen);
    let update = shell.send(Event::Heartbeat);
    assert_eq!(note_text(&update), DRAFT);
}

#[test]
fn a_quick_exit_that_fails_inside_the_core_is_tried_again_and_hides_the_app() {
    let shell = writing_a_note();

    shell.clock.panic_on_next_reads(1);
    let exit = shell.send(Event::QuickExit);

    assert!(
        matches!(exit.view.screen, Screen::Neutral { .. }),
        "{:?}",
        exit.view.screen
    );
    assert!(
        exit.effects.contains(&Effect::HideApp),
        "{:?}",
        exit.effects
    );
    assert!(exit.effects.contains(&Effect::Locked), "{:?}", exit.effects);
    assert!(shell.view().lock.is_none(), "the vault is locked");
}

#[test]
fn when_even_the_view_fails_the_answer_is_the_neutral_view_and_the_core_goes_on() {
    let shell = writing_a_note();

    // The event, and the view after it, both fail.
    shell.clock.panic_on_next_reads(2);
    let failed = shell.send(Event::Heartbeat);
    assert!(
        matches!(failed.view.screen, Screen::Neutral { .. }),
        "{:?}",
        failed.view.screen
    );
    assert_eq!(failed.effects, []);

    let update = shell.send(Event::Heartbeat);
    assert_eq!(note_text(&update), DRAFT, "the draft is still held");
}
