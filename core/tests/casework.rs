//! Casework rules: signals, steps, afwegingskader answers and guidance.

use chrono::{DateTime, Duration, TimeZone, Utc};
use proptest::prelude::*;
use signalenkaart_core::casework::{
    Answer, Case, CaseLabel, CaseworkError, Guidance, MAX_ADVICE_CHARS, MAX_REMARK_CHARS, NextStep,
    REPORT_STEP, SignalToggle, StepStatus, WEIGHING_STEP,
};
use signalenkaart_core::content::OutcomeKind;
use signalenkaart_core::{Content, Language};

fn content() -> Content {
    Content::embedded().expect("embedded content is valid")
}

fn at(minutes: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 28, 13, 0, 0)
        .single()
        .expect("valid time")
        + Duration::minutes(minutes)
}

fn new_case() -> Case {
    Case::new(CaseLabel::new("gezin B.").expect("valid label"), at(0))
}

#[test]
fn ticking_records_the_time_and_unticking_removes_the_signal() {
    let content = content();
    let mut case = new_case();
    assert_eq!(
        case.toggle_signal(&content, "unexplained_debts", at(5)),
        Ok(SignalToggle::Ticked)
    );
    assert_eq!(case.signals["unexplained_debts"].observed_at, at(5));
    assert_eq!(case.updated_at, at(5));
    assert_eq!(
        case.toggle_signal(&content, "unexplained_debts", at(6)),
        Ok(SignalToggle::Unticked)
    );
    assert!(case.signals.is_empty());
}

#[test]
fn toggling_twice_restores_the_observation_with_its_time_and_remark() {
    let content = content();
    let mut case = new_case();
    case.toggle_signal(&content, "physical_injury", at(1))
        .expect("known signal");
    case.set_signal_remark("physical_injury", Some("blauwe plek arm"), at(2))
        .expect("observed");
    let before = case.signals.clone();
    case.toggle_signal(&content, "physical_injury", at(3))
        .expect("known signal");
    case.toggle_signal(&content, "physical_injury", at(4))
        .expect("known signal");
    assert_eq!(case.signals, before);
}

#[test]
fn unknown_signals_are_refused_and_change_nothing() {
    let content = content();
    let mut case = new_case();
    let before = case.clone();
    assert_eq!(
        case.toggle_signal(&content, "not_a_signal", at(1)),
        Err(CaseworkError::UnknownSignal("not_a_signal".into()))
    );
    assert_eq!(
        case.observe_all(&content, [("withdraws", at(1)), ("forged", at(1))], at(1)),
        Err(CaseworkError::UnknownSignal("forged".into()))
    );
    assert_eq!(case, before);
}

#[test]
fn saving_a_quick_checklist_keeps_its_times_and_skips_signals_already_observed() {
    let content = content();
    let mut case = new_case();
    case.toggle_signal(&content, "withdraws", at(1))
        .expect("known");
    let added = case
        .observe_all(
            &content,
            [("withdraws", at(7)), ("begs_on_street", at(8))],
            at(9),
        )
        .expect("known signals");
    assert_eq!(added, 1);
    assert_eq!(case.signals["withdraws"].observed_at, at(1));
    assert_eq!(case.signals["begs_on_street"].observed_at, at(8));
    assert_eq!(case.updated_at, at(9));
}

#[test]
fn remarks_are_bounded_and_only_on_observed_signals() {
    let content = content();
    let mut case = new_case();
    assert_eq!(
        case.set_signal_remark("withdraws", Some("x"), at(1)),
        Err(CaseworkError::SignalNotObserved("withdraws".into()))
    );
    case.toggle_signal(&content, "withdraws", at(1))
        .expect("known");
    let long = "x".repeat(MAX_REMARK_CHARS + 1);
    assert_eq!(
        case.set_signal_remark("withdraws", Some(&long), at(2)),
        Err(CaseworkError::RemarkTooLong {
            max: MAX_REMARK_CHARS
        })
    );
    case.set_signal_remark("withdraws", Some("  "), at(2))
        .expect("blank clears");
    assert_eq!(case.signals["withdraws"].remark, None);
}

#[test]
fn steps_can_be_done_out_of_order() {
    let content = content();
    let mut case = new_case();
    case.set_step_status(&content, 3, StepStatus::Done, at(1))
        .expect("step 3 exists");
    case.set_step_status(&content, 1, StepStatus::InProgress, at(2))
        .expect("step 1 exists");
    assert_eq!(case.step_status(3), StepStatus::Done);
    assert_eq!(case.step_status(1), StepStatus::InProgress);
    assert_eq!(case.step_status(2), StepStatus::NotStarted);
    assert_eq!(case.steps[&3].changed_at, at(1));
}

#[test]
fn unknown_steps_and_experts_are_refused() {
    let content = content();
    let mut case = new_case();
    let before = case.clone();
    let refusals = [
        case.set_step_status(&content, 0, StepStatus::Done, at(1))
            .err(),
        case.set_step_status(&content, 6, StepStatus::Done, at(1))
            .err(),
        case.toggle_consulted(&content, 2, "buurman", at(1)).err(),
        case.toggle_consulted(&content, 1, "veilig_thuis", at(1))
            .err(),
        case.toggle_consulted(&content, 9, "veilig_thuis", at(1))
            .err(),
    ];
    assert_eq!(
        refusals,
        [
            Some(CaseworkError::UnknownStep(0)),
            Some(CaseworkError::UnknownStep(6)),
            Some(CaseworkError::UnknownExpert {
                step: 2,
                expert: "buurman".into()
            }),
            Some(CaseworkError::UnknownExpert {
                step: 1,
                expert: "veilig_thuis".into()
            }),
            Some(CaseworkError::UnknownStep(9)),
        ]
    );
    assert_eq!(case, before);
}

#[test]
fn consulting_an_expert_at_step_two_starts_the_step_and_is_recorded() {
    let content = content();
    let mut case = new_case();
    assert_eq!(
        case.toggle_consulted(&content, 2, "zorgcoordinator", at(3)),
        Ok(true)
    );
    assert_eq!(case.step_status(2), StepStatus::InProgress);
    assert!(case.steps[&2].consulted.contains("zorgcoordinator"));
    assert_eq!(
        case.toggle_consulted(&content, 2, "zorgcoordinator", at(4)),
        Ok(false)
    );
    assert!(case.steps[&2].consulted.is_empty());
}

#[test]
fn afwegingskader_follows_the_answers_to_what_the_meldcode_says() {
    let content = content();
    let kader = content.afwegingskader(Language::Nl);
    let mut case = new_case();
    assert_eq!(
        case.afweging_walk(kader).questions.len(),
        1,
        "first open question only"
    );

    case.answer(&content, 1, Some(Answer::No), at(1))
        .expect("question 1");
    let walk = case.afweging_walk(kader);
    assert_eq!(walk.end.map(|o| o.kind), Some(OutcomeKind::Close));
    assert_eq!(
        walk.end.map(|o| o.text.as_str()),
        Some("Afsluiten en vastleggen in dossier")
    );

    case.answer(&content, 1, Some(Answer::Yes), at(2))
        .expect("question 1");
    case.answer(&content, 2, Some(Answer::Yes), at(3))
        .expect("question 2");
    let walk = case.afweging_walk(kader);
    assert_eq!(walk.questions.len(), 2);
    assert_eq!(walk.end.map(|o| o.kind), Some(OutcomeKind::Report));
    assert!(
        walk.end
            .is_some_and(|o| o.text.starts_with("Melden bij Veilig Thuis"))
    );
}

#[test]
fn answers_beyond_the_end_are_kept_for_when_an_earlier_answer_changes() {
    let content = content();
    let kader = content.afwegingskader(Language::En);
    let mut case = new_case();
    for (question, answer) in [
        (1, Answer::Yes),
        (2, Answer::No),
        (3, Answer::Yes),
        (4, Answer::Yes),
        (5, Answer::Yes),
    ] {
        case.answer(&content, question, Some(answer), at(i64::from(question)))
            .expect("known question");
    }
    assert_eq!(case.afweging_walk(kader).questions.len(), 5);
    assert_eq!(
        case.afweging_walk(kader).end.map(|o| o.kind),
        Some(OutcomeKind::Close)
    );
    case.answer(&content, 2, Some(Answer::Yes), at(9))
        .expect("question 2");
    assert_eq!(case.afweging_walk(kader).questions.len(), 2);
    case.answer(&content, 2, Some(Answer::No), at(10))
        .expect("question 2");
    assert_eq!(
        case.afweging_walk(kader).questions.len(),
        5,
        "later answers were kept"
    );
}

#[test]
fn unknown_questions_are_refused() {
    let content = content();
    let mut case = new_case();
    assert_eq!(
        case.answer(&content, 0, Some(Answer::Yes), at(1)),
        Err(CaseworkError::UnknownQuestion(0))
    );
    assert_eq!(
        case.answer(&content, 6, Some(Answer::No), at(1)),
        Err(CaseworkError::UnknownQuestion(6))
    );
    assert!(case.answers.is_empty());
}

#[test]
fn the_next_step_is_one_and_follows_the_card_order() {
    let content = content();
    let kader = content.afwegingskader(Language::Nl);
    let next = |case: &Case| case.next_step(kader).step;
    let mut case = new_case();
    assert_eq!(next(&case), Some(Guidance::MapSignals));

    case.toggle_signal(&content, "possibly_minor", at(1))
        .expect("known");
    assert_eq!(
        next(&case),
        Some(Guidance::ConsultColleague),
        "signals observed, step 2 not started"
    );

    case.toggle_consulted(&content, 2, "veilig_thuis", at(2))
        .expect("named at step 2");
    assert_eq!(next(&case), Some(Guidance::TalkIfPossible));

    case.set_step_status(&content, 3, StepStatus::Done, at(3))
        .expect("step 3");
    assert_eq!(next(&case), Some(Guidance::Weigh));
    case.answer(&content, 1, Some(Answer::Yes), at(4))
        .expect("q1");
    assert_eq!(
        next(&case),
        Some(Guidance::Weigh),
        "the weging is under way"
    );
    case.answer(&content, 2, Some(Answer::Yes), at(5))
        .expect("q2");
    assert_eq!(
        next(&case),
        Some(Guidance::Report),
        "the answers lead to reporting"
    );

    case.set_step_status(&content, 5, StepStatus::Done, at(6))
        .expect("step 5");
    assert_eq!(
        case.next_step(kader),
        NextStep {
            step: None,
            acute: false
        }
    );
    assert_eq!(Guidance::Report.step(), Some(REPORT_STEP));
}

#[test]
fn answers_put_the_weging_under_way_and_the_unsafety_question_concludes_it() {
    let content = content();
    let kader = content.afwegingskader(Language::Nl);
    let mut case = new_case();
    assert_eq!(
        case.step_state(WEIGHING_STEP, kader),
        StepStatus::NotStarted
    );
    case.answer(&content, 1, Some(Answer::Yes), at(1))
        .expect("q1");
    assert_eq!(
        case.step_state(WEIGHING_STEP, kader),
        StepStatus::InProgress,
        "an answered question is not 'Niet begonnen'"
    );
    assert_eq!(
        case.step_status(WEIGHING_STEP),
        StepStatus::NotStarted,
        "derived, not stored"
    );
    case.answer(&content, 2, Some(Answer::No), at(2))
        .expect("q2");
    assert_eq!(case.step_state(WEIGHING_STEP, kader), StepStatus::Done);
    assert_eq!(
        case.next_step(kader).step,
        Some(Guidance::Continue(3)),
        "a concluded weging without a report: the afwegingskader goes on with own help, \
         never back before it"
    );

    // No suspicion ends the path at question 1: the weging is concluded, and closing
    // is the next step.
    let mut closed = new_case();
    closed
        .answer(&content, 1, Some(Answer::No), at(1))
        .expect("q1");
    assert_eq!(closed.step_state(WEIGHING_STEP, kader), StepStatus::Done);
    assert_eq!(closed.next_step(kader).step, Some(Guidance::Close));

    // Marked done by hand stays done, whatever the answers.
    let mut marked = new_case();
    marked
        .set_step_status(&content, WEIGHING_STEP, StepStatus::Done, at(1))
        .expect("step 4");
    assert_eq!(marked.step_state(WEIGHING_STEP, kader), StepStatus::Done);
}

#[test]
fn acute_unsafety_leads_the_case_until_the_report_is_done() {
    let content = content();
    let kader = content.afwegingskader(Language::Nl);
    let mut case = new_case();
    case.answer(&content, 1, Some(Answer::Yes), at(1))
        .expect("q1");
    assert!(!case.next_step(kader).acute);
    case.answer(&content, 2, Some(Answer::Yes), at(2))
        .expect("q2");
    assert_eq!(
        case.next_step(kader),
        NextStep {
            step: Some(Guidance::Report),
            acute: true
        }
    );
    // An answer to question 2 off the path (question 1 says no suspicion) says nothing.
    case.answer(&content, 1, Some(Answer::No), at(3))
        .expect("q1 again");
    assert!(!case.next_step(kader).acute);
    case.answer(&content, 1, Some(Answer::Yes), at(4))
        .expect("q1 back");
    case.set_step_status(&content, REPORT_STEP, StepStatus::Done, at(5))
        .expect("reported");
    assert!(
        !case.next_step(kader).acute,
        "reported: the acute line goes"
    );
}

#[test]
fn a_consultation_keeps_its_time_and_undoing_it_forgets_the_time() {
    let content = content();
    let mut case = new_case();
    case.toggle_consulted(&content, 2, "zorgcoordinator", at(3))
        .expect("named at step 2");
    let progress = &case.steps[&2];
    assert_eq!(progress.consulted_at.get("zorgcoordinator"), Some(&at(3)));
    case.toggle_consulted(&content, 2, "zorgcoordinator", at(4))
        .expect("again");
    assert!(case.steps[&2].consulted_at.is_empty());
    // Reported to Veilig Thuis at step 5: the same record, with its time.
    case.toggle_consulted(&content, REPORT_STEP, "veilig_thuis", at(9))
        .expect("named at step 5");
    assert_eq!(
        case.steps[&REPORT_STEP].consulted_at.get("veilig_thuis"),
        Some(&at(9))
    );
}

#[test]
fn advice_is_one_line_of_bounded_length_and_only_where_someone_is_consulted() {
    let content = content();
    let mut case = new_case();
    case.set_step_advice(&content, 2, Some("  melden bij Veilig Thuis  "), at(1))
        .expect("step 2 names experts");
    assert_eq!(
        case.steps[&2].advice.as_deref(),
        Some("melden bij Veilig Thuis")
    );
    assert_eq!(
        case.step_status(2),
        StepStatus::InProgress,
        "advice means the step is under way"
    );
    for (step, advice, error) in [
        (1, "x", CaseworkError::NoConsultationAt(1)),
        (
            REPORT_STEP,
            "x",
            CaseworkError::NoConsultationAt(REPORT_STEP),
        ),
        (6, "x", CaseworkError::UnknownStep(6)),
        (2, "twee\nregels", CaseworkError::AdviceNotOneLine),
    ] {
        assert_eq!(
            case.set_step_advice(&content, step, Some(advice), at(2)),
            Err(error)
        );
    }
    let long = "a".repeat(MAX_ADVICE_CHARS + 1);
    assert_eq!(
        case.set_step_advice(&content, 2, Some(&long), at(2)),
        Err(CaseworkError::AdviceTooLong {
            max: MAX_ADVICE_CHARS
        })
    );
    assert_eq!(
        case.steps[&2].advice.as_deref(),
        Some("melden bij Veilig Thuis"),
        "a refused advice changes nothing"
    );
    // Cleared, on a step put back to not started: no record is left.
    case.set_step_status(&content, 2, StepStatus::NotStarted, at(3))
        .expect("status");
    case.set_step_advice(&content, 2, None, at(4))
        .expect("clear");
    assert!(!case.steps.contains_key(&2));
    let debug = format!("{case:?}");
    assert!(!debug.contains("Veilig Thuis"), "{debug}");
}

proptest! {
    /// Toggling any signal twice, at any times, leaves the observed signals as they were.
    #[test]
    fn toggling_twice_is_the_identity(
        initial in proptest::collection::vec(0usize..11, 0..11),
        toggled in proptest::collection::vec(0usize..11, 1..20),
    ) {
        let content = content();
        let ids: Vec<&str> = content.signal_ids().collect();
        let mut case = new_case();
        for (i, index) in initial.iter().enumerate() {
            let _ = case.toggle_signal(&content, ids[*index], at(i as i64));
        }
        let before = case.signals.clone();
        for (i, index) in toggled.iter().enumerate() {
            case.toggle_signal(&content, ids[*index], at(100 + i as i64)).expect("known");
            case.toggle_signal(&content, ids[*index], at(200 + i as i64)).expect("known");
        }
        prop_assert_eq!(case.signals, before);
    }

    /// Whatever is marked and answered, the case names at most one next step, never one
    /// before a step marked done, and the acute line comes only with the report.
    #[test]
    fn the_next_step_never_points_back_and_acute_comes_with_the_report(
        signals in proptest::collection::vec(0usize..11, 0..4),
        statuses in proptest::collection::vec(0usize..3, 5),
        answers in proptest::collection::vec(proptest::option::of(any::<bool>()), 5),
    ) {
        let content = content();
        let kader = content.afwegingskader(Language::Nl);
        let ids: Vec<&str> = content.signal_ids().collect();
        let mut case = new_case();
        for index in signals {
            case.toggle_signal(&content, ids[index], at(1)).expect("known");
        }
        let all = [StepStatus::NotStarted, StepStatus::InProgress, StepStatus::Done];
        for (step, status) in (1u8..).zip(statuses) {
            case.set_step_status(&content, step, all[status], at(2)).expect("step");
        }
        for (question, answer) in (1u8..).zip(answers) {
            let answer = answer.map(|yes| if yes { Answer::Yes } else { Answer::No });
            case.answer(&content, question, answer, at(3)).expect("question");
        }
        let next = case.next_step(kader);
        let furthest_done = (1..=REPORT_STEP)
            .rev()
            .find(|&s| case.step_state(s, kader) == StepStatus::Done)
            .unwrap_or(0);
        if let Some(step) = next.step.and_then(Guidance::step) {
            prop_assert!(step > furthest_done, "{:?} before done step {}", next, furthest_done);
            prop_assert!(case.step_state(step, kader) != StepStatus::Done);
        }
        if next.acute {
            prop_assert_eq!(next.step, Some(Guidance::Report));
        }
    }
}
