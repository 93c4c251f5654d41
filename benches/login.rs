//! Login timing: a wrong password for a known account and any password for an unknown email
//! must cost the same, or the time of a failed login tells an attacker which emails have
//! accounts. Prints the median of BENCH_RUNS (default 15) argon2id verifications of each.
//!
//! ```sh
//! cargo bench --bench login
//! ```

use std::time::{Duration, Instant};

use jirahub::auth::password::{hash_password, verify_dummy, verify_password};
use secrecy::SecretString;

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn time(runs: usize, f: impl Fn() -> bool) -> Duration {
    let _ = f(); // warm-up
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(f());
                start.elapsed()
            })
            .collect(),
    )
}

fn main() {
    let runs = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(15usize)
        .max(1);
    let hash =
        hash_password(&SecretString::from("correct horse battery".to_string())).expect("hashes");
    let wrong = SecretString::from("wrong password".to_string());
    let known = time(runs, || verify_password(&wrong, &hash));
    let unknown = time(runs, || verify_dummy(&wrong));
    let ratio = unknown.as_secs_f64() / known.as_secs_f64();
    println!("argon2id verification, median of {runs} runs");
    println!(
        "  known email, wrong password   {:>8.1} ms",
        known.as_secs_f64() * 1e3
    );
    println!(
        "  unknown email (dummy hash)    {:>8.1} ms",
        unknown.as_secs_f64() * 1e3
    );
    println!("  ratio unknown/known           {ratio:>8.2}   (goal: 0.9 – 1.1)");
}
