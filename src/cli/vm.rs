//! `meta vm list|get|start|stop|delete|create|resize|health|autoscale`: parses flags,
//! calls the `ops::vm` operation, and renders. The operations resolve credentials,
//! project and zone, and record their changes in the audit log as `vm/<zone>/<name>`
//! (a target known only once the zone is), so the dispatcher's `audit_spec` leaves them be.

use std::collections::BTreeMap;

use clap::{Args, Subcommand};

use super::{Ctx, Status};
use crate::core::error::{Error, Result};
use crate::core::output::{Printer, Render, Table};
use crate::core::plan::StepView;
use crate::core::state::DecisionRow;
use crate::ops::vm::autoscale::Report;
use crate::ops::vm::lifecycle::{Change, Request as LifecycleRequest};
use crate::ops::vm::resize::ResizeReport;
use crate::ops::vm::{self as ops, Scope};
use crate::ops::Outcome;
use crate::vm::autoscale::{self, Settings};
use crate::vm::health::{self, Health, Thresholds};
use crate::vm::{CreateSpec, Vm};

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

fn parse_labels(items: &[String]) -> Result<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for item in items.iter().filter(|i| !i.is_empty()) {
        let (k, v) = item
            .split_once('=')
            .ok_or_else(|| Error::usage(format!("label `{item}` is not KEY=VALUE")))?;
        out.insert(k.to_string(), v.to_string());
    }
    Ok(out)
}

fn create_spec(c: &CreateArgs) -> Result<CreateSpec> {
    Ok(CreateSpec {
        name: c.name.clone(),
        machine_type: c.machine_type.clone(),
        image_family: c.image_family.clone(),
        image_project: c.image_project.clone(),
        disk_gb: c.disk_gb,
        network: c.network.clone(),
        tags: c.tags.iter().filter(|t| !t.is_empty()).cloned().collect(),
        labels: parse_labels(&c.labels)?,
    })
}

fn autoscale_settings(a: &AutoscaleArgs) -> Result<(String, Settings)> {
    let (Some(name), Some(ladder)) = (&a.name, &a.ladder) else {
        return Err(Error::usage(
            "`meta vm autoscale` needs a VM name and `--ladder`",
        ));
    };
    let settings = Settings {
        ladder: autoscale::parse_ladder(ladder)?,
        up_avg: a.up_avg,
        up_max: a.up_max,
        down_avg: a.down_avg,
        minutes: a.minutes,
        cooldown: autoscale::parse_duration(&a.cooldown)?,
    };
    Ok((name.clone(), settings))
}

/// A progress bar on a terminal (the step, and the operation's percentage), plain lines
/// on stderr otherwise. The bar appears with the first step, after any question.
struct Bar {
    bar: std::cell::OnceCell<indicatif::ProgressBar>,
    terminal: bool,
    printer: Printer,
}

impl Bar {
    fn new(printer: &Printer) -> Bar {
        Bar {
            bar: std::cell::OnceCell::new(),
            terminal: printer.progress_allowed(),
            printer: printer.clone(),
        }
    }

    fn bar(&self) -> Option<&indicatif::ProgressBar> {
        if !self.terminal {
            return None;
        }
        Some(self.bar.get_or_init(|| {
            let bar = indicatif::ProgressBar::new(100);
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{spinner} {msg} [{bar:30}] {pos}% {elapsed}",
            ) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.enable_steady_tick(std::time::Duration::from_millis(120));
            bar
        }))
    }
}

impl ops::Progress for Bar {
    fn step(&self, step: &StepView) {
        match self.bar() {
            Some(bar) => {
                bar.set_position(0);
                bar.set_message(step.summary.clone());
            }
            None => self.printer.status(format!("{}…", step.summary)),
        }
    }

    fn warn(&self, message: &str) {
        match self.bar.get() {
            Some(bar) => bar.suspend(|| self.printer.warn(message)),
            None => self.printer.warn(message),
        }
    }

    fn waiting(&self, what: &str, percent: Option<u8>) {
        match self.bar() {
            Some(bar) => bar.set_position(u64::from(percent.unwrap_or(0))),
            None => crate::core::output::debug(format!(
                "{what}{}",
                percent.map(|p| format!(" ({p}%)")).unwrap_or_default()
            )),
        }
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        if let Some(bar) = self.bar.get() {
            bar.finish_and_clear();
        }
    }
}

pub fn run(ctx: &mut Ctx, args: VmArgs) -> Result<Status> {
    let scope = Scope {
        project: args.project.clone(),
        zone: args.zone.clone(),
        account: args.account.clone(),
    };
    let dry_run = ctx.dry_run;
    match &args.command {
        VmCommand::List { filter } => {
            let req = ops::list::Request {
                scope,
                filter: filter.clone(),
            };
            let progress = ctx.progress();
            let vms = ops::list::run(&mut ctx.session, &req, &progress)?;
            ctx.printer.result(&vms)?;
            Ok(Status::Success)
        }
        VmCommand::Get { name } => {
            let req = ops::get::Request {
                scope,
                name: name.clone(),
            };
            let progress = ctx.progress();
            let one = ops::get::run(&mut ctx.session, &req, &progress)?;
            ctx.printer.result(&one)?;
            Ok(Status::Success)
        }
        VmCommand::Start { name } | VmCommand::Stop { name } | VmCommand::Delete { name } => {
            let req = LifecycleRequest {
                scope,
                name: name.clone(),
                dry_run,
            };
            let bar = Bar::new(&ctx.printer);
            let done = match &args.command {
                VmCommand::Start { .. } => ops::start::run(&mut ctx.session, &req, &bar),
                VmCommand::Stop { .. } => ops::stop::run(&mut ctx.session, &req, &bar),
                _ => {
                    let yes = ctx.yes;
                    let confirm = |q: &str| super::context::confirm(yes, q);
                    ops::delete::run(&mut ctx.session, &req, &confirm, &bar)
                }
            };
            drop(bar);
            lifecycle_done(ctx, done?)
        }
        VmCommand::Create(c) => {
            let spec = create_spec(c)?;
            let req = LifecycleRequest {
                scope,
                name: c.name.clone(),
                dry_run,
            };
            let bar = Bar::new(&ctx.printer);
            let done = ops::create::run(&mut ctx.session, &req, &spec, &bar);
            drop(bar);
            lifecycle_done(ctx, done?)
        }
        VmCommand::Resize { name, machine_type } => {
            let req = ops::resize::Request {
                scope,
                name: name.clone(),
                machine_type: machine_type.clone(),
                dry_run,
            };
            let bar = Bar::new(&ctx.printer);
            let done = ops::resize::run(&mut ctx.session, &req, &bar);
            drop(bar);
            let done = done?;
            let report = &done.result;
            if !report.changed {
                ctx.printer
                    .status(format!("`{name}` is already {machine_type}; nothing to do"));
            }
            if dry_run {
                return ctx.print_plan(&done.plan);
            }
            if report.changed {
                ctx.printer.status(format!(
                    "resized `{name}` from {} to {} ({}s of downtime)",
                    report.old_machine_type, report.new_machine_type, report.downtime_seconds
                ));
            }
            ctx.printer.result(report)?;
            Ok(Status::Success)
        }
        VmCommand::Health(h) => {
            let req = ops::health::Request {
                scope,
                name: h.name.clone(),
                minutes: h.minutes,
                thresholds: Thresholds {
                    cpu: h.warn_cpu,
                    memory: h.warn_mem,
                    disk: h.warn_disk,
                },
            };
            let progress = ctx.progress();
            let report = ops::health::run(&mut ctx.session, &req, &progress)?;
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
                let rows = ops::autoscale::history(&mut ctx.session, &scope, name, *limit)?;
                ctx.printer.result(&History(rows))?;
                Ok(Status::Success)
            }
            None => {
                let (name, settings) = autoscale_settings(a)?;
                let req = ops::autoscale::Request {
                    scope,
                    name: name.clone(),
                    settings,
                    dry_run,
                };
                let bar = Bar::new(&ctx.printer);
                let done = ops::autoscale::run(&mut ctx.session, &req, &bar);
                drop(bar);
                let done = done?;
                let report = &done.result;
                let line = match &report.target_type {
                    Some(to) => format!(
                        "{} `{name}` from {} to {to}: {}",
                        report.outcome, report.machine_type, report.reason
                    ),
                    None => format!("`{name}` stays {}: {}", report.machine_type, report.reason),
                };
                ctx.printer.status(line);
                if dry_run && ctx.printer.format == crate::core::output::Format::Table {
                    return ctx.print_plan(&done.plan);
                }
                ctx.printer.result(report)?;
                Ok(Status::Success)
            }
        },
    }
}

fn lifecycle_done(ctx: &mut Ctx, done: Outcome<Change>) -> Result<Status> {
    let change = &done.result;
    let name = &change.name;
    if ctx.dry_run {
        if !change.changed {
            ctx.printer.status(format!(
                "`{name}` is already {}; nothing to do",
                change.status
            ));
        }
        return ctx.print_plan(&done.plan);
    }
    if change.changed {
        ctx.printer.status(format!(
            "{} `{name}`: {}",
            change.action.past_tense(),
            change.status
        ));
    } else {
        ctx.printer.status(format!(
            "`{name}` is already {}; nothing to do",
            change.status
        ));
    }
    ctx.printer.result(change)?;
    Ok(Status::Success)
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
            ("action", self.action.as_str().to_string()),
            ("changed", self.changed.to_string()),
            ("status", self.status.clone()),
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
