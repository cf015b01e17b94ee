//! Cold start: the embedded card and interface strings parsed and validated into a
//! ready model (budget: well under 5 ms).

use criterion::{Criterion, criterion_group, criterion_main};
use signalenkaart_core::{Content, Texts};
use std::hint::black_box;

fn content_load(c: &mut Criterion) {
    c.bench_function("content_load_to_ready_model", |b| {
        b.iter(|| {
            let content = Content::embedded().expect("valid content");
            let texts = Texts::embedded().expect("valid locales");
            black_box((content, texts))
        })
    });
}

criterion_group!(benches, content_load);
criterion_main!(benches);
