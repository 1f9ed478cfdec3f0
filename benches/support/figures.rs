//! Latencies and rates as the end-to-end benchmarks report them: medians of bursts, quantiles of
//! latencies, and a Markdown table for the README.

use std::time::Duration;

#[derive(Default)]
pub struct Figures {
    pub latencies: Vec<Duration>,
    pub per_second: Vec<f64>,
}

impl Figures {
    pub fn quantile(&mut self, q: f64) -> Duration {
        self.latencies.sort();
        self.latencies[((self.latencies.len() as f64 * q) as usize).min(self.latencies.len() - 1)]
    }

    /// The median burst's rate.
    pub fn rate(&mut self) -> f64 {
        self.per_second.sort_by(f64::total_cmp);
        self.per_second[self.per_second.len() / 2]
    }
}

pub fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64()
}

/// A table row per contender: rate, p50, p99 and max.
pub fn table<const N: usize>(title: &str, rows: [(&str, &mut Figures); N]) {
    println!("\n{title}:");
    println!("| handler | answered per second | p50 | p99 | max |");
    println!("|---|---|---|---|---|");
    for (name, f) in rows {
        println!(
            "| {name} | {:.0} | {:?} | {:?} | {:?} |",
            f.rate(),
            f.quantile(0.5),
            f.quantile(0.99),
            f.quantile(1.0)
        );
    }
}
