//! What the user sees when the vault's own state goes wrong: a damaged vault is said on
//! the PIN pad before any PIN is typed, and cases expired by a doubtful clock are only
//! purged when the user agrees.

use chrono::Duration;
use signalenkaart_core::app::{Destination, Event, Screen, ViewModel};
use signalenkaart_core::vault::testing;
use support::app::{AppHarness, PIN};

mod support;

/// A vault with one case, locked.
fn vault_with_a_case(h: &mut AppHarness) {
    h.create_vault();
    h.new_case("wijk Noord");
    h.send(Event::LockNow);
}

fn open_cases(h: &mut AppHarness) -> ViewModel {
    h.send(Event::Open {
        destination: Destination::Cases,
    })
    .view
}

fn case_count(view: &ViewModel) -> usize {
    match &view.screen {
        Screen::Cases { view } => view.items.len(),
        other => panic!("not the cases: {other:?}"),
    }
}

fn damage_both_slots(h: &AppHarness, damage: fn(&mut Vec<u8>)) {
    let vault = h.data_dir().join("vault");
    for slot in testing::header_slots() {
        let path = vault.join(slot);
        let mut bytes = std::fs::read(&path).expect("slot");
        damage(&mut bytes);
        std::fs::write(&path, bytes).expect("damage");
    }
}

fn assert_damage_said(view: &ViewModel) {
    let Screen::Pin { view: pad } = &view.screen else {
        panic!("{:?}", view.screen)
    };
    let error = pad.error.as_deref().expect("a reason on the pad");
    assert!(
        error.contains("beschadigd") && error.contains("Alles wissen"),
        "{error}"
    );
    assert!(!error.contains("Verkeerde pincode"), "{error}");
    assert!(pad.attempts.is_none(), "nothing counted");
    assert!(
        pad.keys.iter().all(|key| !key.enabled),
        "no PIN can help, so none can be typed and counted"
    );
}

#[test]
fn an_unreadable_header_is_said_before_any_pin() {
    let mut h = AppHarness::start();
    vault_with_a_case(&mut h);
    damage_both_slots(&h, |bytes| bytes.truncate(bytes.len() / 2));
    h = h.restart();
    let view = open_cases(&mut h);
    assert_damage_said(&view);
}

#[test]
fn an_edited_header_is_said_at_the_first_pin_never_as_a_wrong_one() {
    let mut h = AppHarness::start();
    vault_with_a_case(&mut h);
    // Readable, but its MAC no longer holds: known once the platform key is used.
    damage_both_slots(&h, |bytes| {
        let text = String::from_utf8(bytes.clone()).expect("json");
        *bytes = text
            .replace("\"failed_attempts\": 0", "\"failed_attempts\": 9")
            .into_bytes();
    });
    h = h.restart();
    open_cases(&mut h);
    let view = h.pin(PIN).view;
    assert_damage_said(&view);
    h = h.restart();
    let view = open_cases(&mut h);
    let Screen::Pin { view: pad } = &view.screen else {
        panic!("{:?}", view.screen)
    };
    // After a restart the edited count is shown as read, until the next PIN says
    // damaged again; it was never counted or acted on.
    let view = h.pin(PIN).view;
    assert_damage_said(&view);
    assert!(pad.error.is_none());
}

#[test]
fn a_missing_database_is_said_after_the_right_pin_and_no_empty_vault_replaces_it() {
    let mut h = AppHarness::start();
    vault_with_a_case(&mut h);
    std::fs::remove_file(h.data_dir().join("vault/vault.db")).expect("rm");
    h = h.restart();
    open_cases(&mut h);
    let view = h.pin(PIN).view;
    let Screen::Pin { view: pad } = &view.screen else {
        panic!("{:?}", view.screen)
    };
    let error = pad.error.as_deref().expect("a reason");
    assert!(error.contains("ontbreekt"), "{error}");
    assert!(!h.data_dir().join("vault/vault.db").exists());
}

#[test]
fn a_damaged_database_says_that_retrying_cannot_help_and_keeps_the_file() {
    let mut h = AppHarness::start();
    vault_with_a_case(&mut h);
    let db = h.data_dir().join("vault/vault.db");
    let mut bytes = std::fs::read(&db).expect("db");
    for b in &mut bytes[100..200] {
        *b ^= 0x5a;
    }
    std::fs::write(&db, &bytes).expect("damage");
    h = h.restart();
    open_cases(&mut h);
    let view = h.pin(PIN).view;
    let Screen::Pin { view: pad } = &view.screen else {
        panic!("{:?}", view.screen)
    };
    let error = pad.error.as_deref().expect("a reason");
    assert!(error.contains("Opnieuw proberen helpt niet"), "{error}");
    assert!(!error.contains("Verkeerde pincode"), "{error}");
    assert!(
        pad.attempts.is_none(),
        "the right PIN was not counted as wrong"
    );
    assert!(pad.keys.iter().all(|key| !key.enabled), "said, not retried");
    assert_eq!(std::fs::read(&db).expect("kept"), bytes);
}

#[test]
fn cases_expired_by_a_doubtful_clock_are_purged_only_when_the_user_agrees() {
    let mut h = AppHarness::start();
    vault_with_a_case(&mut h);
    h.clock.jump(Duration::days(3650));
    open_cases(&mut h);
    let view = h.pin(PIN).view;
    let Screen::Confirm { view: confirm } = &view.screen else {
        panic!("asked first, got {:?}", view.screen)
    };
    assert_eq!(view.title, "1 casus is verlopen. Nu wissen?");
    assert!(confirm.text.contains("Is het nu echt"), "{}", confirm.text);
    assert_eq!(confirm.cancel.label, "Bewaren");
    assert_eq!(confirm.confirm.label, "Nu wissen");
    // Keep: the case stays, and the question comes again at the next unlock.
    let view = h.send(Event::Cancel).view;
    assert_eq!(case_count(&view), 1);
    h.send(Event::LockNow);
    open_cases(&mut h);
    let view = h.pin(PIN).view;
    assert!(matches!(view.screen, Screen::Confirm { .. }));
    // Agree: purged, and said.
    let view = h.send(Event::Confirm).view;
    assert_eq!(case_count(&view), 0);
    assert_eq!(
        view.notice.as_ref().map(|n| n.text.as_str()),
        Some("1 verlopen casus is gewist.")
    );
}

#[test]
fn a_clock_set_back_purges_nothing_and_asks_nothing() {
    let mut h = AppHarness::start();
    vault_with_a_case(&mut h);
    h.clock.jump(Duration::days(-3650));
    open_cases(&mut h);
    let view = h.pin(PIN).view;
    assert_eq!(case_count(&view), 1);
    assert!(view.notice.is_none(), "{:?}", view.notice);
}
