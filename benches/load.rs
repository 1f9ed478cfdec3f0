//! How loading grows with the store: the bundled store and locales plus generated facts (10,000
//! by default), each with its sentence in both languages, loaded and validated as `check` and
//! `run` do. Loading must stay linear: live reload and `check` on a large store depend on it.
//!
//! Run with `cargo bench --bench load` (BENCH_FACTS changes the number of generated facts).

#[path = "../tests/it/support/mod.rs"]
mod support;

use std::fmt::Write;

use alliance_digest::content::facts::Store;
use alliance_digest::content::i18n::Catalog;
use alliance_digest::Engine;
use criterion::{criterion_group, criterion_main, Criterion};

const DOMAINS: [&str; 5] = ["military", "diplomatic", "economic", "cultural", "outlook"];
const CONFIDENCES: [&str; 3] = ["confirmed", "reported", "alleged"];

/// The bundled store and locales, plus `count` generated facts in one file, with their messages.
fn generated_store(count: usize) -> support::Workspace {
    let ws = support::Workspace::new();
    let (mut data, mut en, mut fr) = (String::new(), String::new(), String::new());
    for n in 0..count {
        writeln!(
            data,
            "[[fact]]\nid = \"gen-{n}\"\ndomain = \"{}\"\nwhen = \"{}-{:02}\"\nadded = \"2026-11-24\"\nconfidence = \"{}\"\nsource = \"article\"\nvalues = {{ count = {n} }}\n",
            DOMAINS[n % 5],
            2015 + n % 10,
            1 + n % 12,
            CONFIDENCES[n % 3],
        )
        .unwrap();
        writeln!(en, "fact-gen-{n} = Event {n} counted {{ $count }}\n    .title = Event {n}").unwrap();
        writeln!(fr, "fact-gen-{n} = Événement {n} compté {{ $count }}\n    .title = Événement {n}").unwrap();
    }
    ws.write("data/facts/generated.toml", &data);
    ws.write_messages("generated.ftl", &en, &fr);
    ws
}

fn load(c: &mut Criterion) {
    let count = std::env::var("BENCH_FACTS").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000);
    // One generated file of every fact: past about 25,000 facts it is over the 4 MiB default.
    alliance_digest::content::files::set_max_file_bytes(1 << 30);
    let ws = generated_store(count);
    let (data, locales) = (ws.data(), ws.locales());
    let bundled = Store::load(&support::repo().join("data")).expect("the bundled store loads");
    let (engine, _) = Engine::load(&data, &locales).expect("the generated store loads");
    assert_eq!(engine.store().facts().len(), count + bundled.facts().len());
    let mut group = c.benchmark_group("load");
    group.sample_size(10);
    group.bench_function(format!("store and locales with {count} generated facts"), |b| {
        b.iter(|| Engine::load(&data, &locales).expect("the generated store loads"))
    });
    // Where the time goes: the facts alone (the TOML files), the locales alone (every language's
    // Fluent files); `Engine::load` reads both side by side, then checks them together.
    group.bench_function(format!("the {count} generated facts alone"), |b| b.iter(|| Store::read(&data)));
    group.bench_function(format!("the locales alone, with the {count} facts' messages"), |b| {
        b.iter(|| Catalog::read(&locales))
    });
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
