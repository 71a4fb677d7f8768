//! The command surface: clap types, and one handler per command group that turns flags
//! into a request, calls its operation (`crate::ops`) and hands the typed outcome to the
//! printer. No SQL, no network, no environment and no file writes here.

pub mod audit;
pub mod completions;
pub mod config;
pub mod context;
pub mod dns;
pub mod docs;
pub mod init;
pub mod instructions;
pub mod port;
pub mod project;
pub mod recover;
pub mod secret;
pub mod tunnel;
pub mod vm;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::core::error::{Error, Result};
use crate::core::output::{Format, Printer};
use crate::core::settings::Settings;
pub use context::Ctx;

pub const EXIT_CODES: &str = "\
Exit codes:
  0  success (also: nothing to change)
  1  unexpected failure
  2  usage error, or a confirmation needed without a terminal
  3  not found (secret, allocation, record, VM, environment)
  4  conflict (already exists with other content, range exhausted, isolation violated)
  5  remote API failed after retries (Cloudflare, GCP) or auth refused
  6  validation failed (nginx -t, cloudflared, systemd); the change was rolled back
  7  busy: a lock could not be taken in time
  8  drift: a --check found differences
  9  unhealthy: a health check or audit found a problem";

#[derive(Debug, Parser)]
#[command(
    name = "meta",
    version,
    about = "Ports, secrets, DNS, tunnels, VMs, deploys and dev copies for the services on your own hosts",
    after_help = EXIT_CODES,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Folder holding state.db, config.toml and identity.txt [default: $XDG_DATA_HOME/meta or ~/.local/share/meta]
    #[arg(
        long,
        global = true,
        env = "META_HOME",
        value_name = "DIR",
        hide_env_values = true
    )]
    pub home: Option<PathBuf>,
    /// The SQLite state file, if not <home>/state.db
    #[arg(
        long,
        global = true,
        env = "META_STATE",
        value_name = "FILE",
        hide_env_values = true
    )]
    pub state: Option<PathBuf>,
    /// Prefix every host path (/etc/nginx/…, /etc/systemd/system/…) with DIR
    #[arg(
        long,
        global = true,
        env = "META_ROOT",
        value_name = "DIR",
        hide_env_values = true
    )]
    pub root: Option<PathBuf>,
    /// The age identity that opens the data key, if not <home>/identity.txt
    #[arg(
        long,
        global = true,
        env = "META_IDENTITY",
        value_name = "FILE",
        hide_env_values = true
    )]
    pub identity: Option<PathBuf>,
    /// Output format of the result on stdout
    #[arg(short, long, global = true, value_enum, default_value_t = Format::Table, value_name = "FORMAT")]
    pub output: Format,
    /// Print the plan (diffs, API calls, service actions) and change nothing
    #[arg(long, global = true)]
    pub dry_run: bool,
    /// Answer yes to confirmations (needed without a terminal)
    #[arg(short, long, global = true)]
    pub yes: bool,
    /// Less talk on stderr
    #[arg(short, long, global = true, action = clap::ArgAction::Count, conflicts_with = "verbose")]
    pub quiet: u8,
    /// More detail on stderr
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the home folder, state file, identity and data key (idempotent)
    Init(init::InitArgs),
    /// The project registry: names, folders and port ranges
    #[command(subcommand)]
    Project(project::ProjectCommand),
    /// Ports promised to services: allocate, reserve, audit, import
    #[command(subcommand)]
    Port(port::PortCommand),
    /// Read and edit config.toml (comments kept)
    #[command(subcommand)]
    Config(config::ConfigCommand),
    /// Encrypted, versioned secrets for scripts and services
    #[command(subcommand)]
    Secret(secret::SecretCommand),
    /// The hash-chained log of every change
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    /// Layered CLAUDE.md (or AGENTS.md) files, rebuilt for every project
    #[command(subcommand)]
    Instructions(instructions::InstructionsCommand),
    /// Cloudflare DNS records, kept in line with allocations by `dns sync`
    Dns(dns::DnsArgs),
    /// cloudflared ingress rules from allocations with hostnames
    Tunnel(tunnel::TunnelArgs),
    /// Print shell completions
    Completions(completions::CompletionsArgs),
    /// GCP Compute Engine VMs: lifecycle, resize, health, autoscale
    Vm(vm::VmArgs),
    /// Roll back (or finish) a plan that a crash left half-applied
    Recover(recover::RecoverArgs),
}

/// How a command that ran to the end wants to exit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Success,
    /// `--check` found differences: exit 8.
    Drift,
    /// A health check or audit found a problem: exit 9.
    Unhealthy,
}

impl Status {
    pub fn exit_code(self) -> u8 {
        match self {
            Status::Success => 0,
            Status::Drift => 8,
            Status::Unhealthy => 9,
        }
    }
}

/// What the audit log records of a command: its name and its target.
pub struct AuditSpec {
    pub command: &'static str,
    pub target: String,
}

impl Command {
    fn audit_spec(&self) -> Option<AuditSpec> {
        match self {
            // `init` records itself, and only when it created something: a second run
            // must leave the state as it was.
            Command::Init(_) => None,
            Command::Project(c) => c.audit_spec(),
            Command::Port(c) => c.audit_spec(),
            Command::Config(c) => c.audit_spec(),
            Command::Secret(c) => c.audit_spec(),
            Command::Instructions(c) => c.audit_spec(),
            Command::Dns(c) => c.audit_spec(),
            Command::Tunnel(c) => c.audit_spec(),
            // The engine records the recovery itself, with the target of the plan it ends.
            Command::Audit(_) | Command::Completions(_) | Command::Recover(_) => None,
            // Recorded by the handler, once the zone in `vm/<zone>/<name>` is resolved.
            Command::Vm(_) => None,
        }
    }
}

/// Runs a parsed command line; the one place that turns a result into an exit code is
/// `main`, through [`exit_code`].
pub fn run(cli: Cli) -> (Printer, Result<Status>) {
    let g = cli.global;
    let printer = Printer::new(g.output, g.quiet, g.verbose);
    let settings = match Settings::resolve(g.home, g.state, g.identity, g.root) {
        Ok(s) => s,
        Err(e) => return (printer, Err(e)),
    };
    let mut ctx = Ctx::new(printer.clone(), settings, g.dry_run, g.yes);
    // Every change the command makes to the state is recorded in the transaction that
    // makes it; a command that changes nothing records nothing.
    if let Some(spec) = cli.command.audit_spec() {
        ctx.session.record_as(spec.command, &spec.target);
    }
    let result = dispatch(&mut ctx, cli.command);
    show_warnings(&mut ctx);
    (printer, result)
}

/// Shows what the operations found worth telling without stopping (a state file others
/// can read). Called after the command, and before `secret exec` replaces this process.
pub fn show_warnings(ctx: &mut Ctx) {
    for warning in ctx.session.take_warnings() {
        ctx.printer.warn(warning);
    }
}

fn dispatch(ctx: &mut Ctx, command: Command) -> Result<Status> {
    match command {
        Command::Init(args) => init::run(ctx, args),
        Command::Project(c) => project::run(ctx, c),
        Command::Port(c) => port::run(ctx, c),
        Command::Config(c) => config::run(ctx, c),
        Command::Secret(c) => secret::run(ctx, c),
        Command::Instructions(c) => instructions::run(ctx, c),
        Command::Dns(c) => dns::run(ctx, c),
        Command::Tunnel(c) => tunnel::run(ctx, c),
        Command::Audit(c) => audit::run(ctx, c),
        Command::Completions(args) => completions::run(ctx, args),
        Command::Vm(args) => vm::run(ctx, args),
        Command::Recover(args) => recover::run(ctx, args),
    }
}

pub fn exit_code(result: &Result<Status>) -> u8 {
    match result {
        Ok(status) => status.exit_code(),
        Err(e) => e.kind.exit_code(),
    }
}

/// Shows an error the way every command does.
pub fn report(printer: &Printer, err: &Error) {
    if err.kind != crate::core::Kind::ClosedPipe {
        printer.error(err);
    }
}

/// A command line clap could not parse: clap's own message (help and version go to stdout
/// with exit 0), and with `-o json` anywhere on the line the JSON error object as well, so a
/// script reading stderr as JSON gets one for usage errors too.
pub fn parse_failure(err: &clap::Error) -> std::process::ExitCode {
    let _ = err.print();
    if !err.use_stderr() {
        return std::process::ExitCode::SUCCESS;
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    let wants_json = args.iter().enumerate().any(|(i, a)| {
        matches!(a.as_str(), "-ojson" | "--output=json")
            || (matches!(a.as_str(), "-o" | "--output")
                && args.get(i + 1).map(String::as_str) == Some("json"))
    });
    if wants_json {
        let rendered = err.render().to_string();
        let message = rendered
            .lines()
            .find_map(|l| l.strip_prefix("error: "))
            .unwrap_or("invalid command line")
            .to_string();
        let object = serde_json::json!({
            "error": {"code": 2, "kind": "usage", "message": message, "hint": "see `meta --help`"}
        });
        crate::core::output::stderr_line(&object.to_string());
    }
    std::process::ExitCode::from(2)
}
