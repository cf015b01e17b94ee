//! When a signal was seen: professionals often tick afterwards, in the car, and say
//! when they saw it on the signal's own screen. The record keeps both moments and says
//! them truthfully; a bad clock, midnight, the nights the clocks change, a lock and a
//! slip of the thumb never make it lie. And the signal rows never grow under the
//! finger: the detail lives on the signal's screen, not in the row.

use chrono::{DateTime, Duration, TimeZone, Utc};
use signalenkaart_core::Language;
use signalenkaart_core::app::{
    CheckRow, Destination, Event, FieldId, NoticeKind, Phase, Screen, SeenChoice, SignalDetailView,
    SignalsView, ViewModel,
};
use support::app::{AppHarness, PIN};

mod support;

const SIGNAL: &str = "unexplained_debts";

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0)
        .single()
        .expect("valid")
}

fn signals(view: &ViewModel) -> &SignalsView {
    match &view.screen {
        Screen::Signals { view } => view,
        other => panic!("the signals, got {other:?} ({:?})", view.notice),
    }
}

fn detail(view: &ViewModel) -> &SignalDetailView {
    match &view.screen {
        Screen::SignalDetail { view } => view,
        other => panic!("the signal's screen, got {other:?} ({:?})", view.notice),
    }
}

/// A case with `SIGNAL` ticked now, left on its signals; its id.
fn ticked_case(h: &mut AppHarness) -> String {
    h.create_vault();
    let id = h.new_case("gezin B.");
    h.send(Event::OpenCaseSignals {
        case_id: id.clone(),
    });
    h.send(Event::ToggleSignal {
        case_id: Some(id.clone()),
        signal_id: SIGNAL.into(),
    });
    id
}

/// Moves the wall clock by `by`, as a user setting it does; setting it forward locks
/// (the longer account of idle time wins), so the PIN is typed again.
fn set_clock(h: &mut AppHarness, by: Duration) {
    h.clock.jump(by);
    if matches!(h.send(Event::Heartbeat).view.screen, Screen::Pin { .. }) {
        h.pin(PIN);
    }
}

/// Opens the signal's screen by its row's secondary action, as a user does.
fn open_detail(h: &mut AppHarness) -> ViewModel {
    let view = h.app.view();
    let row = signals(&view)
        .items
        .iter()
        .find(|r| matches!(&r.event, Event::ToggleSignal { signal_id, .. } if signal_id == SIGNAL))
        .expect("the row");
    let details = row.secondary.clone().expect("every case row has details");
    assert!(details.enabled, "a ticked signal opens");
    h.send(details.event).view
}

/// Chooses `when` and types `time` (and `date` if given) on the signal's screen.
fn choose(h: &mut AppHarness, when: SeenChoice, date: Option<&str>, time: &str) -> ViewModel {
    h.send(Event::ChooseSeen { choice: when });
    if let Some(date) = date {
        h.edit(FieldId::SeenDate, date);
    }
    h.edit(FieldId::SeenTime, time).view
}

/// The record line of the signal, read on its screen (opened and left again), from
/// the case's signals (opened from the cases if not shown).
fn record_line(h: &mut AppHarness) -> String {
    if !matches!(h.app.view().screen, Screen::Signals { .. }) {
        h.go_to(Destination::Cases);
        let view = h.app.view();
        let Screen::Cases { view: cases } = &view.screen else {
            panic!("the cases, got {:?}", view.screen)
        };
        let id = support::app::case_id(&h.send(cases.items[0].event.clone()).view);
        h.send(Event::OpenCaseSignals { case_id: id });
    }
    let line = detail(&open_detail(h)).recorded.clone();
    h.send(Event::Back);
    line
}

#[test]
fn a_signal_ticked_in_the_car_says_when_it_was_seen_and_when_it_was_recorded() {
    for (language, same, both) in [
        (
            Language::Nl,
            "waargenomen 28-11-2026 13:00",
            "waargenomen 28-11-2026 09:30 (vastgelegd 28-11-2026 13:00)",
        ),
        (
            Language::En,
            "observed 28/11/2026 13:00",
            "observed 28/11/2026 09:30 (recorded 28/11/2026 13:00)",
        ),
    ] {
        let mut h = AppHarness::builder().language(language).start();
        ticked_case(&mut h);
        assert_eq!(record_line(&mut h), same, "seen at the tick: one moment");

        let view = open_detail(&mut h);
        let screen = detail(&view);
        let selected: Vec<_> = screen.seen.options.iter().filter(|o| o.selected).collect();
        assert_eq!(selected.len(), 1);
        assert_eq!(
            selected[0].event,
            Event::ChooseSeen {
                choice: SeenChoice::AtTick
            },
            "the tick by default"
        );
        assert!(screen.time.is_none() && screen.date.is_none());

        let view = choose(&mut h, SeenChoice::EarlierToday, None, "09:30");
        assert!(detail(&view).save.enabled);
        let saved = h.send(Event::SaveSignalDetail).view;
        signals(&saved);
        assert_eq!(record_line(&mut h), both, "{language:?}");
    }
}

#[test]
fn a_moment_one_minute_in_the_future_is_refused_with_the_reason_and_nothing_changes() {
    let mut h = AppHarness::start();
    ticked_case(&mut h);
    open_detail(&mut h);
    let view = choose(&mut h, SeenChoice::EarlierToday, None, "13:01");
    let screen = detail(&view);
    assert_eq!(
        screen.time.as_ref().and_then(|t| t.error.as_deref()),
        Some("Dat moment ligt in de toekomst. Kies een moment dat al geweest is.")
    );
    assert!(
        !screen.save.enabled,
        "saving waits for a moment that has passed"
    );
    let refused = h.send(Event::SaveSignalDetail).view;
    assert_eq!(
        refused.notice.as_ref().expect("refused").kind,
        NoticeKind::Error
    );
    detail(&refused);
    h.send(Event::Back);
    // Leaving asks about the half-made choice; discard it.
    h.send(Event::Confirm);
    assert_eq!(record_line(&mut h), "waargenomen 28-11-2026 13:00");
}

#[test]
fn midnight_yesterday_and_today_are_the_days_of_the_local_clock() {
    // 00:05 local (UTC+1) on 29 November: 23:50 today is still to come.
    let mut h = AppHarness::builder()
        .at(utc(2026, 11, 28, 23, 5))
        .offset(support::app::cet())
        .start();
    ticked_case(&mut h);
    open_detail(&mut h);
    let view = choose(&mut h, SeenChoice::EarlierToday, None, "23:50");
    assert!(!detail(&view).save.enabled, "23:50 today is in the future");
    let view = choose(&mut h, SeenChoice::Yesterday, None, "00:00");
    assert!(detail(&view).save.enabled, "yesterday at 00:00");
    h.send(Event::SaveSignalDetail);
    assert_eq!(
        record_line(&mut h),
        "waargenomen 28-11-2026 00:00 (vastgelegd 29-11-2026 00:05)"
    );
}

#[test]
fn yesterday_chosen_before_midnight_still_means_that_day_after_it_and_shows_its_date() {
    let mut h = AppHarness::builder().at(utc(2026, 11, 28, 23, 58)).start();
    ticked_case(&mut h);
    open_detail(&mut h);
    choose(&mut h, SeenChoice::Yesterday, None, "22:00");
    h.clock.advance(Duration::minutes(4));
    let view = h.send(Event::Heartbeat).view;
    let screen = detail(&view);
    let selected = screen
        .seen
        .options
        .iter()
        .find(|o| o.selected)
        .expect("one");
    assert_eq!(
        selected.event,
        Event::ChooseSeen {
            choice: SeenChoice::OtherDay
        },
        "after midnight it is no longer yesterday: shown as the day it is"
    );
    assert_eq!(
        screen.date.as_ref().map(|d| d.text.to_string()),
        Some("27-11-2026".to_owned())
    );
    h.send(Event::SaveSignalDetail);
    assert_eq!(
        record_line(&mut h),
        "waargenomen 27-11-2026 22:00 (vastgelegd 28-11-2026 23:58)"
    );
}

#[test]
fn a_wall_clock_set_back_or_forward_never_lets_a_signal_be_seen_in_the_future_or_after_its_tick() {
    // Set back two hours after the tick at 13:00: 12:00 is the future now.
    let mut h = AppHarness::start();
    ticked_case(&mut h);
    set_clock(&mut h, Duration::hours(-2));
    open_detail(&mut h);
    let view = choose(&mut h, SeenChoice::EarlierToday, None, "12:00");
    assert!(!detail(&view).save.enabled);
    let view = choose(&mut h, SeenChoice::EarlierToday, None, "10:45");
    assert!(detail(&view).save.enabled);

    // Ticked at 13:00, three hours later: 14:00 has passed but comes after the tick.
    let mut h = AppHarness::start();
    ticked_case(&mut h);
    set_clock(&mut h, Duration::hours(3));
    open_detail(&mut h);
    let view = choose(&mut h, SeenChoice::EarlierToday, None, "14:00");
    let screen = detail(&view);
    assert_eq!(
        screen.time.as_ref().and_then(|t| t.error.as_deref()),
        Some("Dat moment ligt na het aanvinken (28-11-2026 13:00). Kies een eerder moment.")
    );
    assert!(!screen.save.enabled);

    // Set forward a day: "yesterday" is the day of the tick, and is taken.
    let mut h = AppHarness::start();
    ticked_case(&mut h);
    set_clock(&mut h, Duration::days(1));
    open_detail(&mut h);
    choose(&mut h, SeenChoice::Yesterday, None, "08:15");
    h.send(Event::SaveSignalDetail);
    assert_eq!(
        record_line(&mut h),
        "waargenomen 28-11-2026 08:15 (vastgelegd 28-11-2026 13:00)"
    );
}

#[test]
fn on_the_nights_the_clocks_change_a_skipped_hour_is_refused_and_local_times_are_kept() {
    // Summer time starts 29 March 2026: 02:00 becomes 03:00.
    let mut h = AppHarness::builder()
        .at(utc(2026, 3, 29, 10, 0))
        .amsterdam()
        .start();
    ticked_case(&mut h);
    open_detail(&mut h);
    let view = choose(&mut h, SeenChoice::EarlierToday, None, "02:30");
    assert_eq!(
        detail(&view).time.as_ref().and_then(|t| t.error.as_deref()),
        Some("Die tijd bestaat niet: in die nacht ging de klok een uur vooruit (zomertijd).")
    );
    choose(&mut h, SeenChoice::EarlierToday, None, "01:30");
    h.send(Event::SaveSignalDetail);
    assert_eq!(
        record_line(&mut h),
        "waargenomen 29-03-2026 01:30 (vastgelegd 29-03-2026 12:00)"
    );

    // Summer time ends 25 October 2026: yesterday evening is summer time, today winter.
    let mut h = AppHarness::builder()
        .at(utc(2026, 10, 26, 9, 0))
        .amsterdam()
        .start();
    ticked_case(&mut h);
    open_detail(&mut h);
    choose(&mut h, SeenChoice::Yesterday, None, "21:00");
    h.send(Event::SaveSignalDetail);
    assert_eq!(
        record_line(&mut h),
        "waargenomen 25-10-2026 21:00 (vastgelegd 26-10-2026 10:00)"
    );
}

#[test]
fn a_signal_seen_before_its_case_was_made_is_taken_as_said() {
    // Decided: a case is often made afterwards, in the car; what was seen at the visit
    // that morning is seen before the case existed, and that is the truth to record.
    let mut h = AppHarness::start();
    ticked_case(&mut h);
    open_detail(&mut h);
    choose(&mut h, SeenChoice::OtherDay, Some("20-11-2026"), "9.05");
    let saved = h.send(Event::SaveSignalDetail).view;
    assert_eq!(saved.notice.expect("said").kind, NoticeKind::Confirmation);
    assert_eq!(
        record_line(&mut h),
        "waargenomen 20-11-2026 09:05 (vastgelegd 28-11-2026 13:00)"
    );
}

#[test]
fn a_moment_chosen_when_the_vault_locks_comes_back_after_the_pin_and_saves_as_chosen() {
    let mut h = AppHarness::builder().at(utc(2026, 11, 28, 23, 50)).start();
    ticked_case(&mut h);
    open_detail(&mut h);
    choose(&mut h, SeenChoice::Yesterday, None, "17:40");
    h.send(Event::PhaseChanged {
        phase: Phase::Background,
    });
    // Unlocked after midnight: the day chosen stays the day it meant.
    h.clock.advance(Duration::minutes(20));
    h.send(Event::PhaseChanged {
        phase: Phase::Active,
    });
    let view = h.pin(PIN).view;
    let screen = detail(&view);
    assert_eq!(
        screen.time.as_ref().map(|t| t.text.to_string()),
        Some("17:40".to_owned())
    );
    assert_eq!(
        screen.date.as_ref().map(|t| t.text.to_string()),
        Some("27-11-2026".to_owned())
    );
    h.send(Event::SaveSignalDetail);
    assert_eq!(
        record_line(&mut h),
        "waargenomen 27-11-2026 17:40 (vastgelegd 28-11-2026 23:50)"
    );
}

#[test]
fn a_saved_moment_is_taken_back_by_undo_and_an_untick_keeps_it() {
    let mut h = AppHarness::start();
    let id = ticked_case(&mut h);
    open_detail(&mut h);
    choose(&mut h, SeenChoice::EarlierToday, None, "11:00");
    let saved = h.send(Event::SaveSignalDetail).view;
    let undo = saved
        .notice
        .and_then(|n| n.action)
        .expect("the notice offers the old moment back");
    h.send(undo.event);
    assert_eq!(record_line(&mut h), "waargenomen 28-11-2026 13:00");

    open_detail(&mut h);
    choose(&mut h, SeenChoice::EarlierToday, None, "11:00");
    h.send(Event::SaveSignalDetail);
    let toggle = Event::ToggleSignal {
        case_id: Some(id),
        signal_id: SIGNAL.into(),
    };
    set_clock(&mut h, Duration::minutes(10));
    h.send(toggle.clone());
    h.send(toggle);
    assert_eq!(
        record_line(&mut h),
        "waargenomen 28-11-2026 11:00 (vastgelegd 28-11-2026 13:00)",
        "ticked again, the observation is the one made"
    );
}

#[test]
fn both_moments_survive_a_restart() {
    let mut h = AppHarness::start();
    ticked_case(&mut h);
    open_detail(&mut h);
    choose(&mut h, SeenChoice::EarlierToday, None, "08:00");
    h.send(Event::SaveSignalDetail);
    let mut h = h.restart();
    h.go_to(Destination::Cases);
    let view = h.pin(PIN).view;
    let id = support::app::case_id(&{
        let Screen::Cases { view: cases } = &view.screen else {
            panic!("the cases, got {:?}", view.screen)
        };
        h.send(cases.items[0].event.clone()).view
    });
    h.send(Event::OpenCaseSignals { case_id: id });
    assert_eq!(
        record_line(&mut h),
        "waargenomen 28-11-2026 08:00 (vastgelegd 28-11-2026 13:00)"
    );
}

/// What decides a row's height: every part but its text and its state.
fn shape(row: &CheckRow) -> (Option<String>, Option<(String, String)>) {
    (
        row.detail.clone(),
        row.secondary
            .as_ref()
            .map(|b| (b.label.clone(), b.accessibility_label.clone())),
    )
}

#[test]
fn every_signal_row_has_the_same_shape_ticked_or_not_with_a_remark_or_without() {
    let mut h = AppHarness::start();
    let id = ticked_case(&mut h);
    open_detail(&mut h);
    h.edit(FieldId::Remark, "zegt 'geld voor oom'");
    choose(&mut h, SeenChoice::EarlierToday, None, "10:00");
    h.send(Event::SaveSignalDetail);
    let before = h.app.view();
    let rows = &signals(&before).items;
    let ticked = rows.iter().position(|r| r.checked).expect("the tick");
    let other = rows
        .iter()
        .position(|r| !r.checked)
        .expect("an unticked row");
    assert_eq!(shape(&rows[ticked]).0, None, "no second line");
    let details = |row: &CheckRow| row.secondary.as_ref().map(|b| b.label.clone());
    assert!(
        rows.iter()
            .all(|r| details(r) == Some("Details".to_owned()))
    );

    // The other row before and after its tick: the same shape.
    let untouched = shape(&rows[other]);
    let after = h.send(rows[other].event.clone()).view;
    let rows_after = &signals(&after).items;
    assert!(rows_after[other].checked);
    assert_eq!(shape(&rows_after[other]), untouched);
    assert_eq!(shape(&rows_after[ticked]), shape(&rows[ticked]));

    // The quick checklist: no second line ticked or not, no secondary anywhere.
    h.go_to(Destination::Signals);
    let quick = h
        .send(Event::ToggleSignal {
            case_id: None,
            signal_id: SIGNAL.into(),
        })
        .view;
    assert!(
        signals(&quick)
            .items
            .iter()
            .all(|r| r.detail.is_none() && r.secondary.is_none())
    );
    drop(id);
}

#[test]
fn discreet_mode_holds_the_remark_back_on_the_signals_screen_until_asked() {
    let mut h = AppHarness::start();
    ticked_case(&mut h);
    open_detail(&mut h);
    h.edit(FieldId::Remark, "zegt 'geld voor oom'");
    h.send(Event::SaveSignalDetail);
    h.set(Event::SetDiscreet { enabled: true });
    h.go_to(Destination::Cases);
    let view = h.app.view();
    let Screen::Cases { view: cases } = &view.screen else {
        panic!("cases")
    };
    let id = support::app::case_id(&h.send(cases.items[0].event.clone()).view);
    h.send(Event::OpenCaseSignals { case_id: id });
    let view = open_detail(&mut h);
    let screen = detail(&view);
    assert!(screen.remark.is_none(), "held back");
    let shown = h
        .send(screen.show_text.clone().expect("offered").event)
        .view;
    assert_eq!(
        detail(&shown).remark.as_ref().map(|r| r.text.to_string()),
        Some("zegt 'geld voor oom'".to_owned())
    );
    h.send(Event::Back);
    let again = open_detail(&mut h);
    assert!(detail(&again).remark.is_none(), "folded again once left");
}
