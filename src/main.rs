//! The `jirahub` binary: parse arguments, build the context, dispatch, map errors to exit codes.

use clap::Parser;
use jirahub::cli::Cli;
use jirahub::config::Config;
use jirahub::context::Context;
use jirahub::output::{self, Format, OutputSettings, sanitize};
use jirahub::{Error, ExitCode};

/// glibc gives each thread that allocates its own arena (up to 8 per core), and the memory the
/// parallel decoding frees stays spread over them: over 100k issues, two arenas keep the peak RSS
/// of `report --html` 11–20 MB lower at the same speed. `MALLOC_ARENA_MAX` still decides when set.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn limit_malloc_arenas() {
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        // SAFETY: called first thing in `main`, before any other thread exists; mallopt only
        // sets a tunable of the allocator.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, 2);
        }
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn limit_malloc_arenas() {}

fn main() -> std::process::ExitCode {
    limit_malloc_arenas();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help/version on stdout (exit 0) and usage errors on stderr (exit 2).
            let _ = e.print();
            return std::process::ExitCode::from(if e.use_stderr() {
                ExitCode::Usage as u8
            } else {
                0
            });
        }
    };
    let verbose = cli.global.verbose;
    let code = match run(cli) {
        Ok(()) => ExitCode::Ok,
        Err(e) => {
            report_error(&e, verbose);
            e.exit_code()
        }
    };
    std::process::ExitCode::from(code as u8)
}

fn run(cli: Cli) -> jirahub::Result<()> {
    let cli = with_view(cli)?;
    let config = Config::load(cli.global.config.as_deref(), cli.global.env_file.as_deref())?;
    init_tracing(cli.global.verbose, config.log_level.as_deref());
    let mut settings = OutputSettings::detect(
        cli.global.format.unwrap_or(Format::Table),
        cli.global.color,
        cli.global.quiet,
    );
    settings.wide = cli.global.wide;
    settings.bom = cli.global.bom;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Error::unexpected(format!("cannot start the async runtime: {e}")))?;
    let ctx = Context::new(config, settings, cli.global.no_input);
    let outcome = runtime.block_on(async {
        tokio::select! {
            outcome = jirahub::commands::dispatch(&ctx, cli.command) => outcome,
            // Dropping the command's future abandons whatever it was writing; snapshots are
            // published in one step, so nothing half-written is ever current.
            Ok(()) = tokio::signal::ctrl_c() => Err(Error::interrupted(if ctx.synced() {
                "interrupted: the previous snapshot is still current"
            } else {
                "interrupted"
            })),
        }
    });
    if !ctx.output.quiet {
        print_warnings(&ctx.take_warnings());
    }
    let outcome = outcome?;
    output::emit(&outcome.report, &ctx.output)?;
    // The process ends here: freeing a 100k-row report (and the tickets it was made from) one
    // string at a time would only delay the exit. The one place jirahub skips destructors.
    let failure = outcome.failure;
    std::mem::forget((outcome.report, outcome.source_data));
    failure.map_or(Ok(()), Err)
}

/// `--view NAME`: the command line again, with the saved view's flags for every flag not given
/// (so a view's `-o markdown` or gate applies as if typed).
fn with_view(cli: Cli) -> jirahub::Result<Cli> {
    let Some(name) = cli.view_name().map(str::to_string) else {
        return Ok(cli);
    };
    let config = Config::load(cli.global.config.as_deref(), cli.global.env_file.as_deref())?;
    let settings = OutputSettings::detect(Format::Table, cli.global.color, cli.global.quiet);
    let ctx = Context::new(config, settings, cli.global.no_input);
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let expanded = jirahub::commands::view::expand(&ctx, &name, &argv)?;
    Cli::try_parse_from(expanded).map_err(|e| Error::usage(format!("view {name}: {}", e.kind())))
}

fn print_warnings(warnings: &[String]) {
    for w in warnings {
        eprintln!("warning: {}", sanitize::for_terminal(w));
    }
}

/// `-v` → jirahub's own steps (requests, retries, back-off, cache fallbacks), `-vv` → all of
/// jirahub's detail and the libraries' info lines, `-vvv` → everything, the HTTP pool's chatter
/// included; otherwise `LOG_LEVEL`, else warnings only.
fn init_tracing(verbose: u8, log_level: Option<&str>) {
    use std::io::IsTerminal;
    let filter = match verbose {
        0 => log_level.unwrap_or("warn").to_string(),
        1 => "warn,jirahub=debug".into(),
        2 => "info,jirahub=trace".into(),
        _ => "trace".into(),
    };
    let filter = tracing_subscriber::EnvFilter::try_new(&filter)
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(false)
        .try_init();
}

/// One line on stderr: `error: what happened: what to do`; `-v` adds the causes.
fn report_error(e: &Error, verbose: u8) {
    let mut line = format!("error: {}", sanitize::for_terminal(e.message()));
    if let Some(hint) = e.hint() {
        line.push_str(": ");
        line.push_str(&sanitize::for_terminal(hint));
    }
    eprintln!("{line}");
    if verbose > 0 {
        for cause in e.causes() {
            eprintln!("  caused by: {}", sanitize::for_terminal(&cause));
        }
    }
}
