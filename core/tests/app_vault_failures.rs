//! What the user sees when the vault's own state goes wrong: a damaged vault is said on
//! the PIN pad before any PIN is typed, nothing unchecked is shown or enforced, a log or
//! a count file gone bad never locks the vault for good, cases expired by a doubtful
//! clock are only purged when the user agrees, and a second window is told the vault is
//! in use.

use chrono::Duration;
use signalenkaart_core::Clock;
use signalenkaart_core::Language;
use signalenkaart_core::app::{
    App, AppConfig, Destination, Event, FieldId, PinView, Screen, ViewModel,
};
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
    h.go_to(Destination::Cases).view
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
fn an_edited_header_is_said_before_any_pin_never_as_a_wrong_one() {
    let mut h = AppHarness::start();
    vault_with_a_case(&mut h);
    // Readable, but its MAC no longer holds: the pad checks it before it shows
    // anything of the header.
    damage_both_slots(&h, |bytes| {
        let text = String::from_utf8(bytes.clone()).expect("json");
        *bytes = text
            .replace("\"failed_attempts\": 0", "\"failed_attempts\": 9")
            .into_bytes();
    });
    for _ in 0..2 {
        h = h.restart();
        assert_damage_said(&open_cases(&mut h));
        assert_damage_said(&h.pin(PIN).view);
    }
}

/// The pad, or a panic with the screen shown instead.
fn pad(view: &ViewModel) -> &PinView {
    match &view.screen {
        Screen::Pin { view } => view,
        other => panic!("the PIN pad, got {other:?}"),
    }
}

#[test]
fn a_header_slot_edited_by_hand_shows_no_count_and_costs_no_wait() {
    let mut h = AppHarness::start();
    vault_with_a_case(&mut h);
    // Nine wrong PINs and an hour to wait, written into both copies' place of the
    // newest slot: its MAC no longer holds, the older slot is as the app wrote it.
    let vault = h.data_dir().join("vault");
    let newest = testing::header_slots()
        .into_iter()
        .map(|slot| vault.join(slot))
        .max_by_key(|path| {
            let json: serde_json::Value =
                serde_json::from_slice(&std::fs::read(path).expect("slot")).expect("json");
            json["generation"].as_u64()
        })
        .expect("a slot");
    let mut json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&newest).expect("slot")).expect("json");
    json["failed_attempts"] = 9.into();
    json["delay"] = serde_json::json!({
        "secs": 3600,
        "set_at_ns": h.clock.now().timestamp_nanos_opt().expect("ns"),
        "set_since_boot_ms": null,
    });
    std::fs::write(&newest, serde_json::to_vec(&json).expect("json")).expect("edit");
    h = h.restart();
    let view = open_cases(&mut h);
    let pad = pad(&view);
    assert_eq!(pad.attempts, None, "no count from an unchecked copy");
    assert_eq!(pad.retry, None, "no wait from an unchecked copy");
    assert!(
        pad.keys
            .iter()
            .filter(|k| k.label != "OK")
            .all(|k| k.enabled)
    );
    assert_eq!(
        view.notice.as_ref().map(|n| n.text.as_str()),
        Some(
            "Een van de twee kopieën van het beveiligingsbestand van de kluis was beschadigd of gewijzigd. De onbeschadigde kopie is gebruikt en opnieuw weggeschreven. Er is niets gewist en geen poging geteld."
        )
    );
    let view = h.pin(PIN).view;
    assert_eq!(case_count(&view), 1, "opened at once");
    // Said once: the slot was written again.
    h.send(Event::LockNow);
    h = h.restart();
    assert_eq!(open_cases(&mut h).notice, None);
}

#[test]
fn a_clock_set_forward_on_a_phone_that_stayed_on_asks_before_erasing() {
    let mut h = AppHarness::start();
    h.create_vault();
    h.go_to(Destination::Settings);
    h.set(Event::SetRetentionDays { days: 30 });
    h.new_case("wijk Noord");
    h.send(Event::LockNow);
    // 29.5 days later the app is used (both clocks moved on), then the wall clock is
    // set a day ahead while the phone stays on.
    h.clock.advance(Duration::hours(29 * 24 + 12));
    open_cases(&mut h);
    assert_eq!(case_count(&h.pin(PIN).view), 1);
    h.send(Event::LockNow);
    h.clock.jump(Duration::days(1));
    open_cases(&mut h);
    let view = h.pin(PIN).view;
    let Screen::Confirm { view: confirm } = &view.screen else {
        panic!("asked first, got {:?}", view.screen)
    };
    assert!(confirm.text.contains("vooruitgezet"), "{}", confirm.text);
    assert_eq!(case_count(&h.send(Event::Cancel).view), 1, "kept");
}

#[test]
fn another_vaults_log_after_a_checkpoint_opens_the_vault_and_says_since_when() {
    let mut h = AppHarness::start();
    vault_with_a_case(&mut h);
    let mut other = AppHarness::start();
    other.create_vault();
    other.new_case("ander");
    // Their log while their vault is open, as a crash leaves it, next to ours.
    let theirs = other.data_dir().join("vault/vault.db-wal");
    let ours = h.data_dir().join("vault/vault.db-wal");
    std::fs::copy(&theirs, &ours).expect("copy");
    h = h.restart();
    open_cases(&mut h);
    let view = h.pin(PIN).view;
    assert_eq!(case_count(&view), 1, "ours, opened");
    let notice = view.notice.expect("said").text;
    assert!(
        notice.contains("wat na 28-11-2026 13:00 is gewijzigd, kan ontbreken"),
        "{notice}"
    );
}

#[test]
fn a_damaged_attempt_count_file_does_not_stop_the_right_pin() {
    let mut h = AppHarness::start();
    vault_with_a_case(&mut h);
    let count = support::app::keys_dir(h.root()).join("attempts-NOT-FOR-PHONES.txt");
    std::fs::write(&count, b"\xff\xfe").expect("damage");
    h = h.restart();
    let pad_view = open_cases(&mut h);
    assert_eq!(case_count(&h.pin(PIN).view), 1, "the right PIN opens");
    let held = std::fs::read_to_string(&count).expect("count");
    assert_eq!(
        testing::count_from_platform(held.parse().expect("a number")),
        Some(0),
        "written again"
    );
    assert!(
        pad_view
            .notice
            .as_ref()
            .is_some_and(|n| n.text.contains("aantal verkeerde pincodes niet lezen")),
        "said on the pad: {:?}",
        pad_view.notice
    );
}

#[test]
fn a_second_window_on_the_same_data_is_told_the_vault_is_in_use() {
    let mut h = AppHarness::start();
    vault_with_a_case(&mut h);
    let second = || {
        App::new(
            AppConfig {
                data_dir: h.data_dir(),
                device_language: Language::Nl,
            },
            h.keys.clone(),
            h.clock.clone(),
        )
        .expect("the second window starts")
    };
    let mut window = second();
    let view = window
        .dispatch(Event::Open {
            destination: Destination::Cases,
        })
        .view;
    let error = pad(&view).error.clone().expect("said on the pad");
    assert!(error.contains("al geopend in een ander venster"), "{error}");
    assert!(pad(&view).keys.iter().all(|k| !k.enabled), "no PIN taken");
    assert_eq!(
        view.next_heartbeat_ms,
        Some(2000),
        "it looks again by itself"
    );
    // The first window works on.
    open_cases(&mut h);
    assert_eq!(case_count(&h.pin(PIN).view), 1);
    // Once the first window is closed, the second's next heartbeat finds the vault free.
    h.send(Event::LockNow);
    let dir = h.into_dir();
    let view = window.dispatch(Event::Heartbeat).view;
    assert_eq!(pad(&view).error, None, "{:?}", pad(&view).error);
    assert!(
        pad(&view).keys.iter().any(|k| k.enabled),
        "the PIN can be typed"
    );
    assert_eq!(view.next_heartbeat_ms, None);
    drop(window);
    drop(dir);
}

#[test]
fn a_label_of_invisible_characters_is_refused_as_empty() {
    let mut h = AppHarness::start();
    h.create_vault();
    h.send(Event::NewCase);
    h.edit(FieldId::CaseLabel, "\u{FEFF}\u{200B}");
    let view = h.send(Event::SubmitLabel).view;
    assert!(
        matches!(view.screen, Screen::Label { .. }),
        "still the label, got {:?}",
        view.screen
    );
    assert_eq!(
        view.notice.as_ref().map(|n| n.text.as_str()),
        Some("Geef de casus een korte naam.")
    );
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
    assert_eq!(view.title, "1 casus is over zijn bewaartermijn. Nu wissen?");
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
        Some("1 casus was over zijn bewaartermijn en is automatisch gewist.")
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
