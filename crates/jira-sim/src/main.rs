//! `jira-sim`: serve a seeded Jira simulator until stopped.

use std::net::IpAddr;
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use clap::Parser;
use jira_sim::{AnonymousServerInfo, Faults, Flavor, RateLimit, Sim, SimConfig};

/// A seeded, scalable simulator of the Jira Cloud (or Data Center) REST API.
#[derive(Debug, Parser)]
#[command(name = "jira-sim", version)]
struct Args {
    /// Port to listen on; 0 picks a free one.
    #[arg(long, default_value_t = 8089)]
    port: u16,
    /// Interface to bind.
    #[arg(long, default_value = "127.0.0.1")]
    host: IpAddr,
    /// Seed of the generated data.
    #[arg(long, default_value_t = 7)]
    seed: u64,
    #[arg(long, default_value_t = 4)]
    projects: usize,
    #[arg(long, default_value_t = 5000)]
    issues: usize,
    #[arg(long, default_value_t = 30)]
    users: usize,
    /// cloud or datacenter.
    #[arg(long, default_value = "cloud")]
    flavor: Flavor,
    /// Latency added to every Jira request.
    #[arg(long, default_value_t = 0)]
    latency_ms: u64,
    /// Random extra latency, 0..=N ms.
    #[arg(long, default_value_t = 0)]
    jitter_ms: u64,
    /// Extra time per issue served with field data (search pages, bulk fetches), in µs.
    #[arg(long, default_value_t = 0)]
    latency_per_issue_us: u64,
    /// Extra time per field of each such issue, in µs.
    #[arg(long, default_value_t = 0)]
    latency_per_field_us: u64,
    /// Extra reassignments in every issue's changelog: deep histories for benchmarks.
    #[arg(long, default_value_t = 0)]
    extra_reassignments: usize,
    /// Extra worklogs on every issue: many worklogs for benchmarks.
    #[arg(long, default_value_t = 0)]
    extra_worklogs: usize,
    /// Share of requests answered with 500/502/503.
    #[arg(long, default_value_t = 0.0)]
    error_rate: f64,
    /// Share of requests whose connection is reset.
    #[arg(long, default_value_t = 0.0)]
    reset_rate: f64,
    /// Share of requests whose body is cut in half.
    #[arg(long, default_value_t = 0.0)]
    truncate_rate: f64,
    /// Share of requests answered with a 200 HTML page.
    #[arg(long, default_value_t = 0.0)]
    html_rate: f64,
    /// Only inject faults into paths starting with this.
    #[arg(long)]
    fault_path_prefix: Option<String>,
    /// What an anonymous serverInfo gets: public, unauthorized (401), forbidden (403) or
    /// login-page (200 HTML), as on Cloud sites behind an identity provider.
    #[arg(long, default_value = "public")]
    anonymous_server_info: AnonymousServerInfo,
    /// Per-user request budget: N/s, N/m or N/h.
    #[arg(long)]
    rate_limit: Option<RateLimit>,
    /// Burst limit: at most N requests per user in flight at once; one more gets a 429.
    #[arg(long)]
    max_in_flight: Option<u32>,
    /// Pin the clock (RFC 3339), e.g. 2024-06-01T09:00:00Z, for fully repeatable data.
    #[arg(long)]
    now: Option<DateTime<Utc>>,
    /// Print one JSON line with the URL and credentials on stdout (human lines go to stderr).
    #[arg(long)]
    json: bool,
}

async fn wait_for_stop() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    let config = SimConfig {
        seed: args.seed,
        projects: args.projects,
        issues: args.issues,
        users: args.users,
        flavor: args.flavor,
        host: args.host,
        port: args.port,
        rate_limit: match (args.rate_limit, args.max_in_flight) {
            (Some(rl), n) => Some(RateLimit {
                max_in_flight: n,
                ..rl
            }),
            (None, Some(n)) => Some(RateLimit::in_flight(n)),
            (None, None) => None,
        },
        faults: Faults {
            latency_ms: args.latency_ms,
            jitter_ms: args.jitter_ms,
            latency_per_issue_us: args.latency_per_issue_us,
            latency_per_field_us: args.latency_per_field_us,
            bulk_issue_errors: 0,
            error_rate: args.error_rate,
            reset_rate: args.reset_rate,
            truncate_rate: args.truncate_rate,
            html_rate: args.html_rate,
            path_prefix: args.fault_path_prefix,
            script: Vec::new(),
            anonymous_server_info: args.anonymous_server_info,
        },
        now: args.now,
        extra_reassignments: args.extra_reassignments,
        extra_worklogs: args.extra_worklogs,
    };
    let started = std::time::Instant::now();
    let sim = match Sim::start(config).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("jira-sim: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    let human = format!(
        "jira-sim {} listening on {} ({}, seed {}, {} issues in {} projects, {} users; ready in {:.1}s)\n\
         email:     {}\napi token: {}\nusername:  {}\npat:       {}\n\
         control:   {}/_sim/stats | /_sim/faults | /_sim/rate-limit | /_sim/mutations | /_sim/reset",
        env!("CARGO_PKG_VERSION"),
        sim.url(),
        sim.flavor(),
        args.seed,
        args.issues,
        args.projects.max(1),
        args.users.max(2),
        started.elapsed().as_secs_f64(),
        sim.email(),
        sim.api_token(),
        sim.username(),
        sim.pat(),
        sim.url(),
    );
    if args.json {
        let line = serde_json::json!({
            "url": sim.url(),
            "flavor": sim.flavor(),
            "email": sim.email(),
            "api_token": sim.api_token(),
            "username": sim.username(),
            "pat": sim.pat(),
            "account_id": sim.account_id(),
            "credentials": sim.credentials(),
        });
        println!("{line}");
        eprintln!("{human}");
    } else {
        println!("{human}");
    }
    wait_for_stop().await;
    sim.shutdown().await;
    ExitCode::SUCCESS
}
