//! The app state machine: cold start to the first view, building view models, and
//! dispatch latency of typical events including their database writes (p50 and p99,
//! printed after the run). Budgets: first view ≤ 5 ms, view model ≤ 100 µs,
//! dispatch p50 ≤ 1 ms and p99 ≤ 5 ms.

use std::cell::RefCell;
use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use signalenkaart_core::app::{App, AppConfig, Destination, Event, FieldId, Screen};
use signalenkaart_core::vault::SoftwareKeyWrapper;
use signalenkaart_core::{Language, SystemClock};

const PIN: &str = "246810";

fn new_app(dir: &std::path::Path) -> App {
    let keys = Arc::new(SoftwareKeyWrapper::new(dir).expect("key file"));
    let config = AppConfig {
        data_dir: dir.join("data"),
        device_language: Language::Nl,
    };
    App::new(config, keys, Arc::new(SystemClock)).expect("app starts")
}

fn enter_pin(app: &mut App) {
    for digit in PIN.bytes() {
        app.dispatch(Event::PinDigit {
            digit: digit - b'0',
        });
    }
    app.dispatch(Event::PinSubmit);
}

/// An unlocked app showing a fresh case's signals; returns the case id.
fn app_in_a_case(dir: &std::path::Path) -> (App, String) {
    let mut app = new_app(dir);
    app.dispatch(Event::Open {
        destination: Destination::Cases,
    });
    enter_pin(&mut app);
    enter_pin(&mut app);
    app.dispatch(Event::NewCase);
    app.dispatch(Event::Edit {
        field: FieldId::CaseLabel,
        text: "gezin B.".into(),
    });
    let update = app.dispatch(Event::SubmitLabel);
    let Screen::Case { view: case } = update.view.screen else {
        panic!("a case")
    };
    let id = match &case.sections[0].event {
        Event::OpenCaseSignals { case_id } => case_id.clone(),
        other => panic!("unexpected {other:?}"),
    };
    app.dispatch(Event::NewNote {
        case_id: id.clone(),
    });
    app.dispatch(Event::Edit {
        field: FieldId::Note,
        text: "Zoon brengt 's nachts pakketjes rond.".into(),
    });
    app.dispatch(Event::SaveNote);
    app.dispatch(Event::OpenCaseSignals {
        case_id: id.clone(),
    });
    (app, id)
}

fn cold_start(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    c.bench_function("cold_start_to_first_view", |b| {
        b.iter(|| {
            let app = new_app(dir.path());
            black_box(app.view())
        })
    });
}

fn view_models(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, id) = app_in_a_case(dir.path());
    c.bench_function("view_model_case_signals", |b| {
        b.iter(|| black_box(app.view()))
    });
    acts(&mut app, Event::Back);
    assert!(
        matches!(app.view().screen, Screen::Case { .. }),
        "the case, {id}"
    );
    c.bench_function("view_model_case", |b| b.iter(|| black_box(app.view())));
    acts(&mut app, Event::OpenHome);
    c.bench_function("view_model_home", |b| b.iter(|| black_box(app.view())));
}

fn percentiles(name: &str, samples: &mut [Duration]) {
    samples.sort();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q) as usize];
    println!(
        "{name}: n={} p50={:?} p99={:?} max={:?}",
        samples.len(),
        at(0.50),
        at(0.99),
        samples[samples.len() - 1]
    );
}

/// Sends `event`, which must act: a refused one would time the refusal instead.
fn acts(app: &mut App, event: Event) {
    let update = app.dispatch(event);
    assert!(update.view.notice.is_none(), "{:?}", update.view.notice);
}

/// Times every dispatch on its own, so the percentiles come from single calls.
fn timed(c: &mut Criterion, name: &str, app: &mut App, mut next: impl FnMut(u64) -> Event) {
    let samples = RefCell::new(Vec::new());
    c.bench_function(name, |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for i in 0..iters {
                let event = next(i);
                let start = Instant::now();
                black_box(app.dispatch(event));
                let took = start.elapsed();
                total += took;
                samples.borrow_mut().push(took);
            }
            total
        })
    });
    percentiles(name, &mut samples.borrow_mut());
}

fn dispatch(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut app, id) = app_in_a_case(dir.path());
    let signals = [
        "unexplained_debts",
        "withdraws",
        "physical_injury",
        "begs_on_street",
    ];
    let case_id = Some(id.clone());
    timed(
        c,
        "dispatch_toggle_signal_in_case_db_write",
        &mut app,
        |i| Event::ToggleSignal {
            case_id: case_id.clone(),
            signal_id: signals[(i % 4) as usize].into(),
        },
    );
    // Each screen from the one that offers it (an event acts only there).
    acts(&mut app, Event::Back);
    acts(
        &mut app,
        Event::OpenCaseSteps {
            case_id: id.clone(),
        },
    );
    timed(c, "dispatch_toggle_consulted_db_write", &mut app, |_| {
        Event::ToggleConsulted {
            case_id: id.clone(),
            step: 2,
            expert_id: "veilig_thuis".into(),
        }
    });
    acts(&mut app, Event::OpenHome);
    acts(
        &mut app,
        Event::Open {
            destination: Destination::Signals,
        },
    );
    timed(c, "dispatch_toggle_quick_checklist", &mut app, |i| {
        Event::ToggleSignal {
            case_id: None,
            signal_id: signals[(i % 4) as usize].into(),
        }
    });
    acts(&mut app, Event::OpenHome);
    timed(c, "dispatch_navigate_home_and_back", &mut app, |i| {
        if i % 2 == 0 {
            Event::Open {
                destination: Destination::Conversation,
            }
        } else {
            Event::Back
        }
    });
}

criterion_group!(benches, cold_start, view_models, dispatch);
criterion_main!(benches);
