//! How fast the core loads and answers: loading and validating the store and the locales, and
//! rendering every summary in every language, and drawing the timeline picture. Run with
//! `cargo bench --bench core`.

use std::path::PathBuf;

use alliance_digest::content::facts::Domain;
use alliance_digest::content::reply::{Query, Year};
use alliance_digest::content::when::YearMonth;
use alliance_digest::Engine;
use criterion::{criterion_group, criterion_main, Criterion};

fn folders() -> (PathBuf, PathBuf) {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    (repo.join("data"), repo.join("locales"))
}

fn load(c: &mut Criterion) {
    let (data, locales) = folders();
    c.bench_function("load and validate store and locales", |b| {
        b.iter(|| Engine::load(&data, &locales).expect("the bundled store loads"))
    });
}

fn render(c: &mut Criterion) {
    let (data, locales) = folders();
    let (engine, _) = Engine::load(&data, &locales).expect("the bundled store loads");
    let mut queries = vec![
        Query::Overview,
        Query::Timeline,
        Query::Month(YearMonth::new(2025, 7).expect("a month"), Year::Given),
    ];
    queries.extend(Domain::ALL.map(Query::Domain));
    let mut group = c.benchmark_group("render");
    for lang in ["en-US", "fr", "de", "es-ES", "ru", "uk", "ko", "ja"] {
        let lang_id = engine.language(lang);
        for query in &queries {
            group.bench_function(format!("{} {lang}", query.key()), |b| {
                b.iter(|| engine.reply(*query, lang_id))
            });
        }
        group.bench_function(format!("parse and render /alliance month july {lang}"), |b| {
            b.iter(|| engine.ask("/alliance month month:july", lang_id))
        });
    }
    group.finish();
}

fn picture(c: &mut Criterion) {
    let (data, locales) = folders();
    let (engine, _) = Engine::load(&data, &locales).expect("the bundled store loads");
    let mut group = c.benchmark_group("timeline picture");
    for lang in ["en-US", "fr", "de", "es-ES", "ru", "uk", "ko", "ja"] {
        let lang_id = engine.language(lang);
        let picture = engine.draw_timeline(lang_id);
        println!(
            "timeline picture {lang}: {}x{}, {} bytes",
            picture.width,
            picture.height,
            picture.png.len()
        );
        group.bench_function(format!("draw and encode {lang}"), |b| b.iter(|| engine.draw_timeline(lang_id)));
    }
    group.finish();
}

criterion_group!(benches, load, render, picture);
criterion_main!(benches);
