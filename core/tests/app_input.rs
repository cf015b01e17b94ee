//! What typing reaches the core as: refused with a reason, or changed visibly, never
//! dropped unseen; and what the user typed never shows in `Debug`.

use signalenkaart_core::app::{Destination, Effect, Event, FieldId, NoticeKind, Screen, ViewModel};
use support::app::AppHarness;

mod support;

/// Creates the vault and opens the editor for a new case's label.
fn label_editor(h: &mut AppHarness) {
    h.create_vault();
    let view = h.send(Event::NewCase).view;
    assert!(
        matches!(view.screen, Screen::Label { .. }),
        "the label editor, got {:?}",
        view.screen
    );
}

/// A new case's note editor, opened from the case.
fn note_editor(h: &mut AppHarness) {
    label_editor(h);
    h.edit(FieldId::CaseLabel, "gezin B.");
    let view = h.send(Event::SubmitLabel).view;
    let Screen::Case { view: case } = &view.screen else {
        panic!("the case")
    };
    h.send(case.new_note.event.clone());
}

fn label_text(view: &ViewModel) -> String {
    match &view.screen {
        Screen::Label { view } => view.field.text.as_str().to_owned(),
        other => panic!("the label editor, got {other:?}"),
    }
}

#[test]
fn a_line_break_or_direction_override_in_a_label_is_refused_and_the_draft_kept() {
    let mut h = AppHarness::start();
    label_editor(&mut h);
    h.edit(FieldId::CaseLabel, "gezin B.");
    for refused in ["gezin B.\nwijk Noord", "gezin\u{0}B.", "gezin \u{202E}.B"] {
        let view = h.edit(FieldId::CaseLabel, refused).view;
        let notice = view.notice.as_ref().expect("refused with a reason");
        assert_eq!(notice.kind, NoticeKind::Error, "{refused:?}");
        assert!(notice.text.contains("niet overgenomen"), "{}", notice.text);
        assert_eq!(label_text(&view), "gezin B.", "the draft is kept");
    }
}

#[test]
fn control_characters_in_a_note_become_visible_with_a_notice() {
    let mut h = AppHarness::start();
    note_editor(&mut h);
    let view = h
        .edit(FieldId::Note, "eerste regel\r\ntweede\u{0}regel\u{7}")
        .view;
    let Screen::NoteEditor { view: editor } = &view.screen else {
        panic!("the note editor")
    };
    assert_eq!(
        editor.field.text, "eerste regel\ntweede\u{FFFD}regel\u{FFFD}",
        "line endings kept as line breaks, the rest shown as U+FFFD"
    );
    let notice = view.notice.expect("the user is told");
    assert_eq!(notice.kind, NoticeKind::Confirmation);
    assert!(
        notice.text.contains("2 onzichtbare stuurtekens"),
        "{}",
        notice.text
    );

    let view = h.send(Event::SaveNote).view;
    let Screen::Case { view: case } = &view.screen else {
        panic!("saved, back at the case: {:?}", view.notice.map(|n| n.text))
    };
    assert_eq!(case.notes[0].label, "eerste regel…");
}

#[test]
fn a_direction_override_in_a_note_is_shown_as_u_fffd_with_a_notice_as_nul_is() {
    let mut h = AppHarness::start();
    note_editor(&mut h);
    // "Trojan source": the note would read "gezin B. betaalt" but be stored reversed.
    let view = h.edit(FieldId::Note, "\u{202E}tlaateb .B nizeg").view;
    let Screen::NoteEditor { view: editor } = &view.screen else {
        panic!("the note editor")
    };
    assert_eq!(editor.field.text, "\u{FFFD}tlaateb .B nizeg");
    let notice = view.notice.expect("the user is told");
    assert_eq!(notice.kind, NoticeKind::Confirmation);
    assert!(
        notice.text.contains("Eén onzichtbaar stuurteken"),
        "{}",
        notice.text
    );
}

#[test]
fn a_thirteenth_pin_digit_is_refused_on_the_pad_not_dropped() {
    let mut h = AppHarness::start();
    h.go_to(Destination::Cases);
    let view = h.digits("4802719351827").view;
    let Screen::Pin { view: pad } = &view.screen else {
        panic!("the PIN pad")
    };
    assert_eq!(pad.entered, 12, "the thirteenth digit is not taken");
    let error = pad.error.as_deref().expect("and the pad says why");
    assert!(error.contains("12"), "{error}");
    let view = h.send(Event::PinBackspace).view;
    let Screen::Pin { view: pad } = &view.screen else {
        panic!("the PIN pad")
    };
    assert_eq!(pad.entered, 11);
}

#[test]
fn debug_output_never_holds_what_the_user_typed() {
    let typed = Event::Edit {
        field: FieldId::Note,
        text: "Zoon van Jansen brengt pakketjes rond".into(),
    };
    let shared = Effect::Share {
        subject: "gezin Jansen".into(),
        text: "Casus: gezin Jansen".into(),
    };
    for debug in [format!("{typed:?}"), format!("{shared:?}")] {
        assert!(!debug.contains("Jansen"), "{debug}");
        assert!(debug.contains("chars"), "{debug}");
    }
}

#[test]
fn text_beyond_a_fields_length_is_kept_and_explained_at_the_field() {
    let mut h = AppHarness::start();
    h.go_to(Destination::Settings);
    let name = "Zorgcoördinator ".repeat(5);
    let view = h.edit(FieldId::CoordinatorName, &name).view;
    let Screen::Settings { view: settings } = &view.screen else {
        panic!("settings")
    };
    let field = &settings.coordinator_name;
    assert_eq!(field.text, name.as_str(), "kept as typed, not cut");
    assert!(name.chars().count() > field.max_chars as usize);
    let error = field.error.as_deref().expect("explained at the field");
    assert!(error.contains(&field.max_chars.to_string()), "{error}");

    let view = h.edit(FieldId::CoordinatorName, "Regio Utrecht").view;
    let Screen::Settings { view: settings } = &view.screen else {
        panic!("settings")
    };
    assert_eq!(
        settings.coordinator_name.error, None,
        "within the length: no error"
    );
}

#[test]
fn the_counter_appears_near_the_limit_counts_as_the_core_does_and_stays_past_it() {
    let mut h = AppHarness::start();
    h.go_to(Destination::Settings);
    let counter = |view: &ViewModel| match &view.screen {
        Screen::Settings { view } => view.coordinator_name.counter.clone(),
        other => panic!("settings, got {other:?}"),
    };
    let view = h.edit(FieldId::CoordinatorName, &"x".repeat(53)).view;
    assert_eq!(counter(&view), None, "53 of 60: not near the limit yet");
    let view = h.edit(FieldId::CoordinatorName, &"x".repeat(54)).view;
    assert_eq!(counter(&view).as_deref(), Some("54 van 60 tekens"));
    // A flag is one character on screen and two Unicode scalars: the core counts two.
    let flagged = format!("{}🇳🇱", "x".repeat(58));
    let view = h.edit(FieldId::CoordinatorName, &flagged).view;
    assert_eq!(counter(&view).as_deref(), Some("60 van 60 tekens"));
    let view = h.edit(FieldId::CoordinatorName, &"x".repeat(61)).view;
    assert_eq!(
        counter(&view).as_deref(),
        Some("61 van 60 tekens"),
        "shown, never cut"
    );
}

#[test]
fn a_missing_coordinator_name_is_said_under_the_name_not_the_number() {
    let mut h = AppHarness::start();
    h.go_to(signalenkaart_core::app::Destination::Settings);
    h.edit(FieldId::CoordinatorName, "");
    h.edit(FieldId::CoordinatorNumber, "030-2345678");
    let view = h.send(Event::SaveCoordinator).view;
    let Screen::Settings { view: settings } = &view.screen else {
        panic!("settings")
    };
    assert_eq!(
        settings.coordinator_name.error.as_deref(),
        Some("Vul de naam van de zorgcoördinator in.")
    );
    assert_eq!(
        settings.coordinator_number.error, None,
        "the number is fine"
    );
    assert_eq!(view.notice.map(|n| n.kind), Some(NoticeKind::Error));

    // Both wrong: each said under its own field; typing answers that field's error.
    h.edit(FieldId::CoordinatorNumber, "12");
    let view = h.send(Event::SaveCoordinator).view;
    let Screen::Settings { view: settings } = &view.screen else {
        panic!("settings")
    };
    assert!(settings.coordinator_name.error.is_some());
    assert!(settings.coordinator_number.error.is_some());
    let view = h.edit(FieldId::CoordinatorName, "Regio Utrecht").view;
    let Screen::Settings { view: settings } = &view.screen else {
        panic!("settings")
    };
    assert_eq!(settings.coordinator_name.error, None);
    assert!(settings.coordinator_number.error.is_some(), "still wrong");
}
