//! `meta vm list|get|start|stop|delete|create|resize|health|autoscale`: resolves the
//! credentials, project, zone and endpoints from flags, environment and config, calls the
//! `vm` domain, and prints. Mutations are recorded in the audit log with the resolved
//! target `vm/<zone>/<name>`, which only exists once the zone is known, so this module
//! records them itself rather than through `audit_spec`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use time::OffsetDateTime;
use zeroize::Zeroizing;

use super::{Ctx, Status};
use crate::api::gcp::auth::{self, Credentials, ServiceAccountKey, CLOUD_PLATFORM};
use crate::api::gcp::compute::Operation;
use crate::core::error::{Error, Hint, Result};
use crate::core::http::Client;
use crate::core::output::{Printer, Render, Table};
use crate::core::state::DecisionRow;
use crate::vm::autoscale::{self, Report, Settings};
use crate::vm::health::{self, Health, Thresholds};
use crate::vm::resize::{self, ResizeReport};
use crate::vm::{self, Action, Change, CreateSpec, Endpoints, Observer, Session, Target, Vm};

#[derive(Debug, Args)]
pub struct VmArgs {
    /// GCP project [default: config gcp.project, else the key's project_id]
    #[arg(long, global = true, value_name = "PROJECT")]
    pub project: Option<String>,
    /// Compute Engine zone [default: config gcp.zone]
    #[arg(long, global = true, value_name = "ZONE")]
    pub zone: Option<String>,
    /// Use the service-account key stored as secret meta/gcloud/NAME_key [default: config gcp.account]
    #[arg(long, global = true, value_name = "NAME")]
    pub account: Option<String>,
    #[command(subcommand)]
    pub command: VmCommand,
}

#[derive(Debug, Subcommand)]
pub enum VmCommand {
    /// List the VMs of the zone (every page)
    #[command(visible_alias = "ls")]
    List {
        /// A Compute Engine filter expression, like `status = RUNNING`
        #[arg(long, value_name = "EXPR")]
        filter: Option<String>,
    },
    /// Show one VM
    Get {
        /// The VM's name
        name: String,
    },
    /// Start a VM and wait until it runs
    Start {
        /// The VM's name
        name: String,
    },
    /// Stop a VM and wait until it is stopped
    Stop {
        /// The VM's name
        name: String,
    },
    /// Delete a VM (asks first)
    Delete {
        /// The VM's name
        name: String,
    },
    /// Create a VM and wait until it runs
    Create(CreateArgs),
    /// Change a VM's machine type: stop, set the type, start again
    Resize {
        /// The VM's name
        name: String,
        /// The new machine type, like e2-standard-2
        #[arg(long, value_name = "TYPE")]
        machine_type: String,
    },
    /// CPU from Cloud Monitoring; memory and disk where the Ops Agent reports them
    Health(HealthArgs),
    /// One autoscale evaluation along a ladder of machine types (for hourly cron)
    Autoscale(AutoscaleArgs),
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// The new VM's name
    pub name: String,
    #[arg(long, value_name = "TYPE")]
    pub machine_type: String,
    #[arg(long, value_name = "FAMILY", default_value = "debian-12")]
    pub image_family: String,
    #[arg(long, value_name = "PROJECT", default_value = "debian-cloud")]
    pub image_project: String,
    /// Boot disk size in GB
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub disk_gb: u32,
    #[arg(long, value_name = "NETWORK", default_value = "default")]
    pub network: String,
    /// Network tags, comma-separated
    #[arg(long, value_name = "TAG,…", value_delimiter = ',')]
    pub tags: Vec<String>,
    /// Labels KEY=VALUE, comma-separated or repeated
    #[arg(long, value_name = "K=V,…", value_delimiter = ',')]
    pub labels: Vec<String>,
}

#[derive(Debug, Args)]
pub struct HealthArgs {
    /// The VM's name
    pub name: String,
    /// The window, in minutes back from now
    #[arg(long, default_value_t = 120)]
    pub minutes: u32,
    /// Unhealthy (exit 9) when mean or max CPU is above this percentage
    #[arg(long, value_name = "PERCENT")]
    pub warn_cpu: Option<f64>,
    /// Unhealthy (exit 9) when memory used is above this percentage
    #[arg(long, value_name = "PERCENT")]
    pub warn_mem: Option<f64>,
    /// Unhealthy (exit 9) when a disk is fuller than this percentage
    #[arg(long, value_name = "PERCENT")]
    pub warn_disk: Option<f64>,
}

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct AutoscaleArgs {
    #[command(subcommand)]
    pub command: Option<AutoscaleCommand>,
    /// The VM's name
    #[arg(required = true)]
    pub name: Option<String>,
    /// Machine types from smallest to largest, comma-separated; the VM must be on it
    #[arg(long, value_name = "T1,T2,…", required = true)]
    pub ladder: Option<String>,
    /// Go up a rung when mean CPU over the window is above this percentage
    #[arg(long, default_value_t = 70.0, value_name = "PERCENT")]
    pub up_avg: f64,
    /// Go up a rung when max CPU over the window is above this percentage
    #[arg(long, default_value_t = 85.0, value_name = "PERCENT")]
    pub up_max: f64,
    /// Go down a rung when mean CPU is below this and max below --up-avg
    #[arg(long, default_value_t = 20.0, value_name = "PERCENT")]
    pub down_avg: f64,
    /// The window, in minutes back from now
    #[arg(long, default_value_t = 120)]
    pub minutes: u32,
    /// No resize sooner than this after the last one (like 6h, 90m, 1d)
    #[arg(long, default_value = "6h", value_name = "DURATION")]
    pub cooldown: String,
}

#[derive(Debug, Subcommand)]
pub enum AutoscaleCommand {
    /// The decisions recorded for a VM, oldest first
    History {
        /// The VM's name
        name: String,
        /// At most this many of the newest
        #[arg(long, default_value_t = 50)]
        limit: u32,
    },
}

/// The key JSON of `--account NAME`: the secret `meta/gcloud/NAME_key`.
fn account_key(ctx: &mut Ctx, name: &str) -> Result<Zeroizing<Vec<u8>>> {
    let identity = ctx.paths.identity.clone();
    let path = format!("meta/gcloud/{name}_key");
    crate::secret::value(ctx.state()?, &identity, &path).map_err(|e| {
        if e.kind == crate::core::Kind::NotFound {
            Error::not_found(format!("no service-account key for account `{name}` (secret `{path}`)")).with_hint(format!(
                "store the key JSON with `meta secret set {path} --from-file KEY.json`, or set GOOGLE_APPLICATION_CREDENTIALS"
            ))
        } else {
            e
        }
    })
}

/// Everything a command needs before it talks to the API.
struct Resolved {
    creds: Credentials,
    target: Target,
    endpoints: Endpoints,
}

fn env_nonempty(name: &str) -> Option<String> {
    crate::core::settings::var(name).filter(|v| !v.trim().is_empty())
}

fn credentials(ctx: &mut Ctx, args: &VmArgs, http: &Client) -> Result<Credentials> {
    let account = match &args.account {
        Some(a) => Some(a.clone()),
        None => ctx.config()?.get("gcp.account")?,
    };
    if let Some(name) = account {
        let valid = !name.is_empty()
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c));
        if !valid {
            return Err(
                Error::usage(format!("`{name}` is not a valid account name"))
                    .with_hint("lowercase letters, digits, `.`, `_` and `-`"),
            );
        }
        let bytes = account_key(ctx, &name)?;
        let key = ServiceAccountKey::from_json(&bytes).context(format!("account `{name}`"))?;
        return Ok(Credentials::ServiceAccount {
            key: Box::new(key),
            source: format!("account `{name}`"),
        });
    }
    if let Some(path) = env_nonempty("GOOGLE_APPLICATION_CREDENTIALS") {
        let path = PathBuf::from(path);
        let bytes = Zeroizing::new(std::fs::read(&path).map_err(|e| {
            Error::io("read the key file", &path, e).with_hint(
                "GOOGLE_APPLICATION_CREDENTIALS names a service-account key file that is not there",
            )
        })?);
        let key = ServiceAccountKey::from_json(&bytes).context(format!("`{}`", path.display()))?;
        return Ok(Credentials::ServiceAccount {
            key: Box::new(key),
            source: path.display().to_string(),
        });
    }
    let host =
        env_nonempty("GCE_METADATA_HOST").unwrap_or_else(|| auth::DEFAULT_METADATA_HOST.into());
    if auth::metadata_available(http, &host) {
        return Ok(Credentials::Metadata { host });
    }
    Err(Error::usage("no GCP credentials: no `--account`, no GOOGLE_APPLICATION_CREDENTIALS, and no metadata server answered")
        .with_hint("pass `--account NAME` (key stored as secret meta/gcloud/NAME_key) or set GOOGLE_APPLICATION_CREDENTIALS to a key file"))
}

fn endpoint(ctx: &mut Ctx, key: &str) -> Result<String> {
    let url = ctx
        .config()?
        .get(key)?
        .ok_or_else(|| Error::usage(format!("`{key}` is empty")))?;
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return Err(Error::usage(format!(
            "`{key}` must be an http(s) URL, not `{url}`"
        )));
    }
    Ok(url)
}

fn resolve(ctx: &mut Ctx, args: &VmArgs, http: &Client) -> Result<Resolved> {
    let creds = credentials(ctx, args, http)?;
    let project = match &args.project {
        Some(p) => Some(p.clone()),
        None => ctx.config()?.get("gcp.project")?,
    }
    .or_else(|| creds.project_id().map(str::to_string))
    .ok_or_else(|| {
        Error::usage("no GCP project: pass `--project`").with_hint(
            "or set it once with `meta config set gcp.project PROJECT` (or CLOUDSDK_CORE_PROJECT)",
        )
    })?;
    let zone = match &args.zone {
        Some(z) => Some(z.clone()),
        None => ctx.config()?.get("gcp.zone")?,
    }
    .ok_or_else(|| {
        Error::usage("no Compute Engine zone: pass `--zone`").with_hint(
            "or set it once with `meta config set gcp.zone ZONE` (or CLOUDSDK_COMPUTE_ZONE)",
        )
    })?;
    vm::check_token("project id", &project)?;
    vm::check_token("zone", &zone)?;
    Ok(Resolved {
        creds,
        target: Target { project, zone },
        endpoints: Endpoints {
            compute: endpoint(ctx, "gcp.compute_api")?,
            monitoring: endpoint(ctx, "gcp.monitoring_api")?,
        },
    })
}

/// Gets the access token (cached in the state file when there is one) and opens the session.
fn connect(
    ctx: &mut Ctx,
    resolved: Resolved,
    http: Client,
) -> Result<(Session, Credentials, bool)> {
    let identity = ctx.paths.identity.clone();
    let now = OffsetDateTime::now_utc().unix_timestamp();
    let cache = ctx.state_if_present().map(|s| (s, identity.as_path()));
    let token =
        crate::vm::token::access_token(&http, &resolved.creds, &[CLOUD_PLATFORM], cache, now)?;
    if let Some(problem) = &token.cache_problem {
        ctx.printer.warn(problem);
    }
    crate::core::output::debug(if token.from_cache {
        "access token from the cache"
    } else {
        "fetched a new access token"
    });
    let session = Session::new(http, resolved.endpoints, resolved.target, token.token);
    Ok((session, resolved.creds, token.from_cache))
}

/// A progress bar on a terminal, plain lines on stderr otherwise.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    printer: Printer,
}

impl Progress {
    fn new(printer: &Printer) -> Progress {
        let bar = printer.progress_allowed().then(|| {
            let bar = indicatif::ProgressBar::new(100);
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{spinner} {msg} [{bar:30}] {pos}% {elapsed}",
            ) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.enable_steady_tick(std::time::Duration::from_millis(120));
            bar
        });
        Progress {
            bar,
            printer: printer.clone(),
        }
    }
}

impl Observer for Progress {
    fn step(&mut self, message: &str) {
        match &self.bar {
            Some(bar) => {
                bar.set_position(0);
                bar.set_message(message.to_string());
            }
            None => self.printer.status(format!("{message}…")),
        }
    }
    fn poll(&mut self, op: &Operation) {
        match &self.bar {
            Some(bar) => bar.set_position(op.progress.unwrap_or(0).clamp(0, 100) as u64),
            None => crate::core::output::debug(format!(
                "operation {} is {}{}",
                op.name,
                op.status,
                op.progress.map(|p| format!(" ({p}%)")).unwrap_or_default()
            )),
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// Records a mutation in the audit log, as the dispatcher does for other commands.
fn audit(ctx: &mut Ctx, command: &'static str, target: &str, result: &Result<Status>) {
    if !ctx.dry_run {
        let spec = super::AuditSpec {
            command,
            target: target.to_string(),
        };
        let outcome = match result {
            Ok(_) => "ok".to_string(),
            Err(e) if e.kind == crate::core::Kind::Busy => return,
            Err(e) => format!("error: {}", e.kind.as_str()),
        };
        if let Some(state) = ctx.state_if_present() {
            let recorded = state.write_unaudited(|tx| {
                crate::audit::append(tx, spec.command, &spec.target, &outcome).map(|_| ())
            });
            if let Err(e) = recorded {
                ctx.printer.warn(format!(
                    "the audit log could not record this command: {}",
                    e.message
                ));
            }
        }
    }
}

fn parse_labels(items: &[String]) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for item in items.iter().filter(|i| !i.is_empty()) {
        let (k, v) = item
            .split_once('=')
            .ok_or_else(|| Error::usage(format!("label `{item}` is not KEY=VALUE")))?;
        vm::check_token("label key", k)?;
        if !v.is_empty() {
            vm::check_token("label value", v)?;
        }
        out.insert(k.to_string(), v.to_string());
    }
    Ok(out)
}

pub fn run(ctx: &mut Ctx, args: VmArgs) -> Result<Status> {
    let http = Client::standard();
    match &args.command {
        VmCommand::List { filter } => {
            let resolved = resolve(ctx, &args, &http)?;
            let (session, creds, cached) = connect(ctx, resolved, http)?;
            let vms = with_token(ctx, &creds, cached, vm::list(&session, filter.as_deref()))?;
            ctx.printer.result(&vms)?;
            Ok(Status::Success)
        }
        VmCommand::Get { name } => {
            vm::check_name(name)?;
            let resolved = resolve(ctx, &args, &http)?;
            let (session, creds, cached) = connect(ctx, resolved, http)?;
            let one = with_token(ctx, &creds, cached, vm::get(&session, name))?;
            ctx.printer.result(&one)?;
            Ok(Status::Success)
        }
        VmCommand::Start { name } => lifecycle(ctx, &args, http, Action::Start, name, None),
        VmCommand::Stop { name } => lifecycle(ctx, &args, http, Action::Stop, name, None),
        VmCommand::Delete { name } => lifecycle(ctx, &args, http, Action::Delete, name, None),
        VmCommand::Create(c) => {
            vm::check_name(&c.name)?;
            vm::check_token("machine type", &c.machine_type)?;
            vm::check_token("image family", &c.image_family)?;
            vm::check_token("image project", &c.image_project)?;
            vm::check_token("network", &c.network)?;
            if c.disk_gb < 10 || c.disk_gb > 65_536 {
                return Err(Error::usage(format!(
                    "--disk-gb must be between 10 and 65536, not {}",
                    c.disk_gb
                )));
            }
            let tags: Vec<String> = c.tags.iter().filter(|t| !t.is_empty()).cloned().collect();
            for t in &tags {
                vm::check_token("network tag", t)?;
            }
            let spec = CreateSpec {
                name: c.name.clone(),
                machine_type: c.machine_type.clone(),
                image_family: c.image_family.clone(),
                image_project: c.image_project.clone(),
                disk_gb: c.disk_gb,
                network: c.network.clone(),
                tags,
                labels: parse_labels(&c.labels)?,
            };
            lifecycle(ctx, &args, http, Action::Create, &c.name, Some(&spec))
        }
        VmCommand::Resize { name, machine_type } => {
            vm::check_name(name)?;
            vm::check_token("machine type", machine_type)?;
            let resolved = resolve(ctx, &args, &http)?;
            let target = format!("vm/{}/{name}", resolved.target.zone);
            let (session, creds, cached) = connect(ctx, resolved, http)?;
            let result = resize_command(ctx, &session, name, machine_type);
            let result = with_token(ctx, &creds, cached, result);
            audit(ctx, "vm resize", &target, &result);
            result
        }
        VmCommand::Health(h) => {
            vm::check_name(&h.name)?;
            health::check_minutes(h.minutes)?;
            let resolved = resolve(ctx, &args, &http)?;
            let (session, creds, cached) = connect(ctx, resolved, http)?;
            let thresholds = Thresholds {
                cpu: h.warn_cpu,
                memory: h.warn_mem,
                disk: h.warn_disk,
            };
            let report = with_token(
                ctx,
                &creds,
                cached,
                health::health(
                    &session,
                    &h.name,
                    h.minutes,
                    thresholds,
                    OffsetDateTime::now_utc(),
                ),
            )?;
            ctx.printer.result(&report)?;
            if report.problems.is_empty() {
                return Ok(Status::Success);
            }
            for p in &report.problems {
                ctx.printer.problem(p);
            }
            Ok(Status::Unhealthy)
        }
        VmCommand::Autoscale(a) => match &a.command {
            Some(AutoscaleCommand::History { name, limit }) => {
                vm::check_name(name)?;
                let target = history_target(ctx, &args)?;
                let rows =
                    autoscale::history(ctx.state()?, &target.project, &target.zone, name, *limit)?;
                ctx.printer.result(&History(rows))?;
                Ok(Status::Success)
            }
            None => autoscale_command(ctx, &args, a, http),
        },
    }
}

/// The target of `autoscale history`: no credentials needed when project and zone are set.
fn history_target(ctx: &mut Ctx, args: &VmArgs) -> Result<Target> {
    let project = match &args.project {
        Some(p) => Some(p.clone()),
        None => ctx.config()?.get("gcp.project")?,
    };
    let zone = match &args.zone {
        Some(z) => Some(z.clone()),
        None => ctx.config()?.get("gcp.zone")?,
    };
    match (project, zone) {
        (Some(project), Some(zone)) => Ok(Target { project, zone }),
        _ => Ok(resolve(ctx, args, &Client::standard())?.target),
    }
}

/// When the API refused a cached token, forgets it so the next run fetches a new one.
fn with_token<T>(ctx: &mut Ctx, creds: &Credentials, cached: bool, result: Result<T>) -> Result<T> {
    match result {
        Err(e) if cached && e.status() == Some(401) => {
            if let Some(state) = ctx.state_if_present() {
                let _ = crate::vm::token::forget(state, creds);
            }
            Err(e.with_hint(
                "the cached access token was refused and is now forgotten; run the command again",
            ))
        }
        other => other,
    }
}

fn lifecycle(
    ctx: &mut Ctx,
    args: &VmArgs,
    http: Client,
    action: Action,
    name: &str,
    spec: Option<&CreateSpec>,
) -> Result<Status> {
    vm::check_name(name)?;
    let resolved = resolve(ctx, args, &http)?;
    let target = format!("vm/{}/{name}", resolved.target.zone);
    if ctx.dry_run {
        let call = vm::action_call(&resolved.target, action, name, spec);
        return ctx.print_plan(&vm::calls_plan(&[call]));
    }
    if action == Action::Delete {
        ctx.confirm(&format!(
            "delete VM `{name}` in project `{}`, zone `{}` (its boot disk goes with it)",
            resolved.target.project, resolved.target.zone
        ))?;
    }
    let (session, creds, cached) = connect(ctx, resolved, http)?;
    let result = {
        let mut progress = Progress::new(&ctx.printer);
        vm::act(&session, action, name, spec, &mut progress)
    };
    let result = with_token(ctx, &creds, cached, result).and_then(|change| {
        if change.changed {
            ctx.printer.status(format!(
                "{} `{name}`: {}",
                past_tense(action),
                change.status
            ));
        } else {
            ctx.printer.status(format!(
                "`{name}` is already {}; nothing to do",
                change.status
            ));
        }
        ctx.printer.result(&change)?;
        Ok(Status::Success)
    });
    audit(ctx, action.audit_command(), &target, &result);
    result
}

fn past_tense(action: Action) -> &'static str {
    match action {
        Action::Start => "started",
        Action::Stop => "stopped",
        Action::Delete => "deleted",
        Action::Create => "created",
    }
}

fn resize_command(
    ctx: &mut Ctx,
    session: &Session,
    name: &str,
    machine_type: &str,
) -> Result<Status> {
    if ctx.dry_run {
        let inst = vm::instance(session, name)?;
        let calls = resize::plan(session, &inst, machine_type)?;
        if calls.is_empty() {
            ctx.printer
                .status(format!("`{name}` is already {machine_type}; nothing to do"));
        }
        return ctx.print_plan(&vm::calls_plan(&calls));
    }
    let report = {
        let mut progress = Progress::new(&ctx.printer);
        resize::resize(session, name, machine_type, &mut progress)?
    };
    if report.changed {
        ctx.printer.status(format!(
            "resized `{name}` from {} to {} ({}s of downtime)",
            report.old_machine_type, report.new_machine_type, report.downtime_seconds
        ));
    } else {
        ctx.printer
            .status(format!("`{name}` is already {machine_type}; nothing to do"));
    }
    ctx.printer.result(&report)?;
    Ok(Status::Success)
}

fn autoscale_command(
    ctx: &mut Ctx,
    args: &VmArgs,
    a: &AutoscaleArgs,
    http: Client,
) -> Result<Status> {
    let (Some(name), Some(ladder)) = (&a.name, &a.ladder) else {
        return Err(Error::usage(
            "`meta vm autoscale` needs a VM name and `--ladder`",
        ));
    };
    vm::check_name(name)?;
    health::check_minutes(a.minutes)?;
    for (flag, v) in [
        ("--up-avg", a.up_avg),
        ("--up-max", a.up_max),
        ("--down-avg", a.down_avg),
    ] {
        if !(0.0..=1000.0).contains(&v) {
            return Err(Error::usage(format!(
                "{flag} must be a percentage, not {v}"
            )));
        }
    }
    if a.down_avg >= a.up_avg {
        return Err(Error::usage(
            "--down-avg must be below --up-avg, or the VM would go up and down in turn",
        ));
    }
    let settings = Settings {
        ladder: autoscale::parse_ladder(ladder)?,
        up_avg: a.up_avg,
        up_max: a.up_max,
        down_avg: a.down_avg,
        minutes: a.minutes,
        cooldown: autoscale::parse_duration(&a.cooldown)?,
    };
    let resolved = resolve(ctx, args, &http)?;
    let t = resolved.target.clone();
    let target = format!("vm/{}/{name}", t.zone);
    // The lock comes before anything is read, so two runs never decide on the same data.
    let _lock = if ctx.dry_run {
        None
    } else {
        Some(crate::vm::lock::try_lock(
            &ctx.paths.home,
            &t.project,
            &t.zone,
            name,
        )?)
    };
    ctx.state()?;
    let (session, creds, cached) = connect(ctx, resolved, http)?;
    let dry_run = ctx.dry_run;
    let printer = ctx.printer.clone();
    let result = {
        let mut progress = Progress::new(&printer);
        let state = ctx.state()?;
        autoscale::evaluate(
            &session,
            state,
            name,
            &settings,
            dry_run,
            OffsetDateTime::now_utc(),
            &mut progress,
        )
    };
    let result = with_token(ctx, &creds, cached, result).and_then(|report| {
        let line = match &report.target_type {
            Some(to) => format!(
                "{} `{name}` from {} to {to}: {}",
                if dry_run { "would resize" } else { "resized" },
                report.machine_type,
                report.reason
            ),
            None => format!("`{name}` stays {}: {}", report.machine_type, report.reason),
        };
        ctx.printer.status(line);
        if dry_run && ctx.printer.format == crate::core::output::Format::Table {
            return ctx.print_plan(&vm::calls_plan(&report.calls));
        }
        ctx.printer.result(&report)?;
        Ok(Status::Success)
    });
    audit(ctx, "vm autoscale", &target, &result);
    result
}

fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "-".into())
}

fn pct(v: Option<f64>) -> String {
    v.map(|v| format!("{v}%")).unwrap_or_else(|| "-".into())
}

impl Render for Vec<Vm> {
    fn table(&self) -> Table {
        let mut t = Table::new([
            "name",
            "zone",
            "status",
            "machine_type",
            "internal_ip",
            "external_ip",
        ]);
        for v in self {
            t.row([
                v.name.clone(),
                v.zone.clone(),
                v.status.clone(),
                v.machine_type.clone(),
                opt(&v.internal_ip),
                opt(&v.external_ip),
            ]);
        }
        t
    }
    fn names(&self) -> Vec<String> {
        self.iter().map(|v| v.name.clone()).collect()
    }
}

impl Render for Vm {
    fn table(&self) -> Table {
        let labels: Vec<String> = self
            .labels
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        Table::fields([
            ("name", self.name.clone()),
            ("zone", self.zone.clone()),
            ("status", self.status.clone()),
            ("machine_type", self.machine_type.clone()),
            ("internal_ip", opt(&self.internal_ip)),
            ("external_ip", opt(&self.external_ip)),
            ("id", opt(&self.id)),
            ("created", opt(&self.created)),
            (
                "labels",
                if labels.is_empty() {
                    "-".into()
                } else {
                    labels.join(",")
                },
            ),
            (
                "tags",
                if self.tags.is_empty() {
                    "-".into()
                } else {
                    self.tags.join(",")
                },
            ),
        ])
    }
    fn names(&self) -> Vec<String> {
        vec![self.name.clone()]
    }
}

impl Render for Change {
    fn table(&self) -> Table {
        Table::fields([
            ("name", self.name.clone()),
            ("zone", self.zone.clone()),
            ("action", self.action.verb().to_string()),
            ("changed", self.changed.to_string()),
            ("status", self.status.clone()),
            ("operation", opt(&self.operation)),
        ])
    }
    fn names(&self) -> Vec<String> {
        vec![self.name.clone()]
    }
}

impl Render for ResizeReport {
    fn table(&self) -> Table {
        Table::fields([
            ("name", self.name.clone()),
            ("zone", self.zone.clone()),
            ("old_machine_type", self.old_machine_type.clone()),
            ("new_machine_type", self.new_machine_type.clone()),
            ("changed", self.changed.to_string()),
            ("was_running", self.was_running.to_string()),
            ("downtime_seconds", self.downtime_seconds.to_string()),
        ])
    }
    fn names(&self) -> Vec<String> {
        vec![self.name.clone()]
    }
}

impl Render for Health {
    fn table(&self) -> Table {
        let stat = |s: Option<health::Stat>| match s {
            Some(s) => format!("mean {}%, max {}%", s.avg, s.max),
            None => "no data".into(),
        };
        let mut fields = vec![
            ("name".to_string(), self.name.clone()),
            ("zone".to_string(), self.zone.clone()),
            ("window".to_string(), format!("{} minutes", self.minutes)),
            ("cpu".to_string(), stat(self.cpu)),
        ];
        if !self.agent_reporting {
            fields.push((
                "memory".into(),
                "not reported (Ops Agent not installed?)".into(),
            ));
            fields.push((
                "disk".into(),
                "not reported (Ops Agent not installed?)".into(),
            ));
        } else {
            fields.push(("memory".into(), stat(self.memory)));
            for d in &self.disks {
                fields.push((format!("disk {}", d.device), stat(Some(d.stat))));
            }
        }
        fields.push((
            "healthy".into(),
            if self.problems.is_empty() {
                "yes".into()
            } else {
                "no".into()
            },
        ));
        Table::fields(fields)
    }
    fn names(&self) -> Vec<String> {
        vec![self.name.clone()]
    }
}

impl Render for Report {
    fn table(&self) -> Table {
        Table::fields([
            ("name", self.name.clone()),
            ("zone", self.zone.clone()),
            ("machine_type", self.machine_type.clone()),
            ("cpu_avg", pct(self.cpu_avg)),
            ("cpu_max", pct(self.cpu_max)),
            ("decision", self.decision.as_str().to_string()),
            ("target_type", opt(&self.target_type)),
            ("reason", self.reason.clone()),
            ("outcome", self.outcome.clone()),
        ])
    }
    fn names(&self) -> Vec<String> {
        vec![self.name.clone()]
    }
}

/// `autoscale history` rows.
#[derive(serde::Serialize)]
#[serde(transparent)]
struct History(Vec<DecisionRow>);

impl Render for History {
    fn table(&self) -> Table {
        let mut t = Table::new([
            "time",
            "machine_type",
            "cpu_avg",
            "cpu_max",
            "decision",
            "target_type",
            "outcome",
            "reason",
        ]);
        for d in &self.0 {
            t.row([
                d.time.clone(),
                d.machine_type.clone(),
                pct(d.cpu_avg),
                pct(d.cpu_max),
                d.decision.clone(),
                opt(&d.target_type),
                d.outcome.clone(),
                d.reason.clone(),
            ]);
        }
        t
    }
    fn names(&self) -> Vec<String> {
        self.0.iter().map(|d| d.time.clone()).collect()
    }
}
