//! `meta port allocate|get|list|release|reserve|unreserve|reservations|audit|import`.

use clap::Subcommand;
use serde::Serialize;

use super::{AuditSpec, Ctx, Status};
use crate::core::error::Result;
use crate::core::output::{Render, Table};
use crate::core::plan::{PlanView, StepKind, StepView};
use crate::port::audit::Report;
use crate::port::import::Candidate;
use crate::port::{self, sockets, AllocateRequest, Allocation, Change, Listed, Reservation};
use crate::project::{range::parse_port, PortRange};

#[derive(Debug, Subcommand)]
pub enum PortCommand {
    /// Get-or-allocate: the same port on every call for the same project and service
    Allocate {
        project: String,
        service: String,
        /// The DNS name that routes to this service (held by one allocation at most)
        #[arg(long, value_name = "H")]
        hostname: Option<String>,
        /// Allow a wildcard hostname (`*.example.com`)
        #[arg(long, requires = "hostname")]
        wildcard: bool,
        /// Ask for this port (it must be in the project's range, free and not listening)
        #[arg(long, value_name = "N")]
        port: Option<String>,
    },
    /// Print a service's port (exit 3 if it has none)
    Get { project: String, service: String },
    /// List allocations, with their hostname and whether they are listening now
    #[command(visible_alias = "ls")]
    List {
        /// Only this project's
        #[arg(long, value_name = "P")]
        project: Option<String>,
    },
    /// Give a service's port back
    Release { project: String, service: String },
    /// Keep a port or range away from every allocation
    Reserve {
        /// PORT or START-END
        #[arg(value_name = "PORT|START-END")]
        range: String,
        /// Why (shown when an allocation is refused)
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
    },
    /// Remove the reservations that lie within a port or range
    Unreserve {
        #[arg(value_name = "PORT|START-END")]
        range: String,
    },
    /// List the reservations
    Reservations,
    /// Compare allocations with the sockets listening now (exit 9 on any finding)
    Audit,
    /// Adopt what listens now inside managed ranges as allocations (asks, or --yes)
    Import {
        /// Only inside this project's range
        #[arg(long, value_name = "P")]
        project: Option<String>,
    },
}

impl PortCommand {
    pub fn audit_spec(&self) -> Option<AuditSpec> {
        let spec = |command, target: String| Some(AuditSpec { command, target });
        match self {
            PortCommand::Allocate {
                project, service, ..
            } => spec("port allocate", format!("port/{project}/{service}")),
            PortCommand::Release { project, service } => {
                spec("port release", format!("port/{project}/{service}"))
            }
            PortCommand::Reserve { range, .. } => {
                spec("port reserve", format!("port/reserved/{range}"))
            }
            PortCommand::Unreserve { range } => {
                spec("port unreserve", format!("port/reserved/{range}"))
            }
            PortCommand::Import { project } => spec(
                "port import",
                format!("port/{}", project.as_deref().unwrap_or("*")),
            ),
            PortCommand::Get { .. }
            | PortCommand::List { .. }
            | PortCommand::Reservations
            | PortCommand::Audit => None,
        }
    }
}

/// An allocation and what the command did to it.
#[derive(Debug, Serialize)]
struct AllocationChange {
    #[serde(flatten)]
    allocation: Allocation,
    change: Change,
}

/// The bare port in table form, so `PORT=$(meta port allocate shop web)` just works.
impl Render for AllocationChange {
    fn table(&self) -> Table {
        port_only(self.allocation.port)
    }
    fn names(&self) -> Vec<String> {
        vec![self.allocation.key()]
    }
}

impl Render for Allocation {
    fn table(&self) -> Table {
        port_only(self.port)
    }
    fn names(&self) -> Vec<String> {
        vec![self.key()]
    }
}

fn port_only(port: u16) -> Table {
    Table {
        headers: Vec::new(),
        rows: vec![vec![port.to_string()]],
    }
}

impl Render for Vec<Listed> {
    fn table(&self) -> Table {
        let mut t = Table::new(["project", "service", "port", "hostname", "listening"]);
        for l in self {
            let a = &l.allocation;
            t.row([
                a.project.clone(),
                a.service.clone(),
                a.port.to_string(),
                a.hostname.clone().unwrap_or_else(|| "-".into()),
                if l.listening { "yes" } else { "no" }.to_string(),
            ]);
        }
        t
    }
    fn names(&self) -> Vec<String> {
        self.iter().map(|l| l.allocation.key()).collect()
    }
}

#[derive(Debug, Serialize)]
struct ReservationChange {
    #[serde(flatten)]
    reservation: Reservation,
    change: Change,
}

impl Render for ReservationChange {
    fn table(&self) -> Table {
        reservations_table(std::slice::from_ref(&self.reservation))
    }
    fn names(&self) -> Vec<String> {
        vec![self.reservation.range.to_string()]
    }
}

#[derive(Debug, Serialize)]
struct ReservationsChange {
    reservations: Vec<Reservation>,
    change: Change,
}

impl Render for ReservationsChange {
    fn table(&self) -> Table {
        reservations_table(&self.reservations)
    }
    fn names(&self) -> Vec<String> {
        self.reservations
            .iter()
            .map(|r| r.range.to_string())
            .collect()
    }
}

impl Render for Vec<Reservation> {
    fn table(&self) -> Table {
        reservations_table(self)
    }
    fn names(&self) -> Vec<String> {
        self.iter().map(|r| r.range.to_string()).collect()
    }
}

fn reservations_table(rs: &[Reservation]) -> Table {
    let mut t = Table::new(["range", "reason", "created"]);
    for r in rs {
        t.row([
            r.range.to_string(),
            r.reason.clone().unwrap_or_else(|| "-".into()),
            r.created.clone(),
        ]);
    }
    t
}

impl Render for Report {
    fn table(&self) -> Table {
        let mut t = Table::new(["kind", "port", "project", "service", "process", "detail"]);
        for f in &self.findings {
            t.row([
                f.kind.as_str().to_string(),
                f.port.to_string(),
                f.project.clone(),
                f.service.clone().unwrap_or_else(|| "-".into()),
                match (&f.process, f.pid) {
                    (Some(p), Some(pid)) => format!("{p} ({pid})"),
                    _ => "-".into(),
                },
                f.message.clone(),
            ]);
        }
        t
    }
    fn names(&self) -> Vec<String> {
        self.findings
            .iter()
            .map(|f| format!("{}/{}", f.kind.as_str(), f.port))
            .collect()
    }
}

#[derive(Debug, Serialize)]
struct Imported {
    adopted: Vec<Allocation>,
    skipped: Vec<Candidate>,
}

impl Render for Imported {
    fn table(&self) -> Table {
        let mut t = Table::new(["project", "service", "port"]);
        for a in &self.adopted {
            t.row([a.project.clone(), a.service.clone(), a.port.to_string()]);
        }
        t
    }
    fn names(&self) -> Vec<String> {
        self.adopted.iter().map(Allocation::key).collect()
    }
}

/// One line for stderr however many findings there are; the findings themselves are the
/// result on stdout.
fn summarize(report: &Report) -> String {
    use crate::port::audit::FindingKind;
    let count = |k: FindingKind| report.findings.iter().filter(|f| f.kind == k).count();
    let parts: Vec<String> = [
        (FindingKind::Down, "allocated but down"),
        (FindingKind::Unallocated, "listening but unallocated"),
        (FindingKind::WrongProcess, "held by the wrong process"),
    ]
    .into_iter()
    .filter_map(|(k, text)| match count(k) {
        0 => None,
        n => Some(format!("{n} {text}")),
    })
    .collect();
    format!(
        "the port audit found {} problem{}: {}",
        report.findings.len(),
        if report.findings.len() == 1 { "" } else { "s" },
        parts.join(", ")
    )
}

fn plan(steps: Vec<(String, String)>) -> PlanView {
    PlanView {
        changes: steps.len(),
        unchanged: 0,
        steps: steps
            .into_iter()
            .map(|(target, summary)| StepView {
                kind: StepKind::StateChange,
                target,
                summary,
                detail: None,
            })
            .collect(),
    }
}

fn parse_range(text: &str) -> Result<PortRange> {
    text.parse::<PortRange>()
}

pub fn run(ctx: &mut Ctx, command: PortCommand) -> Result<Status> {
    match command {
        PortCommand::Allocate {
            project,
            service,
            hostname,
            wildcard,
            port,
        } => {
            let port = port.as_deref().map(parse_port).transpose()?;
            let req = AllocateRequest {
                project: &project,
                service: &service,
                hostname: hostname.as_deref(),
                wildcard,
                port,
            };
            let dry_run = ctx.dry_run;
            let (allocation, change) =
                port::allocate(ctx.state()?, &req, &sockets::listening_ports, dry_run)?;
            let key = allocation.key();
            let p = allocation.port;
            match change {
                Change::WouldCreate => {
                    let mut summary = format!("allocate port {p} to `{key}`");
                    if let Some(h) = &allocation.hostname {
                        summary.push_str(&format!(" with hostname `{h}`"));
                    }
                    return ctx.print_plan(&plan(vec![(format!("port/{key}"), summary)]));
                }
                Change::WouldUpdate => {
                    let h = allocation.hostname.clone().unwrap_or_default();
                    return ctx.print_plan(&plan(vec![(
                        format!("port/{key}"),
                        format!("set the hostname of `{key}` (port {p}) to `{h}`"),
                    )]));
                }
                Change::Unchanged if ctx.dry_run => return ctx.print_plan(&plan(vec![])),
                Change::Unchanged => ctx
                    .printer
                    .status(format!("`{key}` has port {p}; unchanged")),
                Change::Updated => ctx.printer.status(format!(
                    "`{key}` keeps port {p}; hostname set to `{}`",
                    allocation.hostname.as_deref().unwrap_or("")
                )),
                _ => ctx.printer.status(format!("allocated port {p} to `{key}`")),
            }
            ctx.printer
                .result(&AllocationChange { allocation, change })?;
        }
        PortCommand::Get { project, service } => {
            let allocation = port::get(ctx.state()?, &project, &service)?;
            ctx.printer.result(&allocation)?;
        }
        PortCommand::List { project } => {
            let live = sockets::listening_ports()?;
            let listed = port::list(ctx.state()?, project.as_deref(), &live)?;
            ctx.printer.result(&listed)?;
        }
        PortCommand::Release { project, service } => {
            let dry_run = ctx.dry_run;
            let (allocation, change) = port::release(ctx.state()?, &project, &service, dry_run)?;
            let key = allocation.key();
            if change.is_dry_run() {
                return ctx.print_plan(&plan(vec![(
                    format!("port/{key}"),
                    format!("release port {} of `{key}`", allocation.port),
                )]));
            }
            ctx.printer
                .status(format!("released port {} of `{key}`", allocation.port));
            ctx.printer
                .result(&AllocationChange { allocation, change })?;
        }
        PortCommand::Reserve { range, reason } => {
            let range = parse_range(&range)?;
            let dry_run = ctx.dry_run;
            let (reservation, change) =
                port::reserve(ctx.state()?, range, reason.as_deref(), dry_run)?;
            let target = format!("port/reserved/{range}");
            match change {
                Change::WouldCreate => {
                    return ctx.print_plan(&plan(vec![(target, format!("reserve {range}"))]))
                }
                Change::WouldUpdate => {
                    return ctx.print_plan(&plan(vec![(
                        target,
                        format!("change the reason of the reservation {range}"),
                    )]))
                }
                Change::Unchanged if ctx.dry_run => return ctx.print_plan(&plan(vec![])),
                Change::Unchanged => ctx
                    .printer
                    .status(format!("{range} is already reserved; unchanged")),
                Change::Updated => ctx
                    .printer
                    .status(format!("changed the reason of the reservation {range}")),
                _ => ctx.printer.status(format!("reserved {range}")),
            }
            ctx.printer.result(&ReservationChange {
                reservation,
                change,
            })?;
        }
        PortCommand::Unreserve { range } => {
            let range = parse_range(&range)?;
            let dry_run = ctx.dry_run;
            let (reservations, change) = port::unreserve(ctx.state()?, range, dry_run)?;
            if change.is_dry_run() {
                return ctx.print_plan(&plan(
                    reservations
                        .iter()
                        .map(|r| {
                            (
                                format!("port/reserved/{}", r.range),
                                format!("remove the reservation {}", r.range),
                            )
                        })
                        .collect(),
                ));
            }
            for r in &reservations {
                ctx.printer
                    .status(format!("removed the reservation {}", r.range));
            }
            ctx.printer.result(&ReservationsChange {
                reservations,
                change,
            })?;
        }
        PortCommand::Reservations => {
            let rs = port::reservations(ctx.state()?)?;
            ctx.printer.result(&rs)?;
        }
        PortCommand::Audit => {
            let report = port::audit::run(ctx.state()?)?;
            if report.healthy() {
                ctx.printer.status(format!(
                    "{} allocations checked against {} listening ports: all as promised",
                    report.allocations, report.listening_ports
                ));
            } else {
                ctx.printer.problem(summarize(&report));
            }
            ctx.printer.result(&report)?;
            if !report.healthy() {
                return Ok(Status::Unhealthy);
            }
        }
        PortCommand::Import { project } => {
            let candidates = port::import::candidates(ctx.state()?, project.as_deref())?;
            if candidates.is_empty() {
                if ctx.dry_run {
                    return ctx.print_plan(&plan(vec![]));
                }
                ctx.printer.status(
                    "nothing unallocated listens inside a managed range; nothing to import",
                );
                ctx.printer.result(&Imported {
                    adopted: Vec::new(),
                    skipped: Vec::new(),
                })?;
                return Ok(Status::Success);
            }
            let steps: Vec<(String, String)> = candidates
                .iter()
                .map(|c| {
                    let by = c
                        .process
                        .as_deref()
                        .map(|p| format!(" (held by {p})"))
                        .unwrap_or_default();
                    (
                        format!("port/{}/{}", c.project, c.service),
                        format!(
                            "allocate port {} to `{}/{}`{by}",
                            c.port, c.project, c.service
                        ),
                    )
                })
                .collect();
            if ctx.dry_run {
                return ctx.print_plan(&plan(steps));
            }
            for (_, summary) in &steps {
                ctx.printer.status(summary);
            }
            ctx.confirm(&format!(
                "adopt {} listening port{} as allocations",
                candidates.len(),
                if candidates.len() == 1 { "" } else { "s" }
            ))?;
            let (adopted, skipped) = port::import::adopt(ctx.state()?, &candidates)?;
            for c in &skipped {
                ctx.printer.warn(format!(
                    "skipped port {} (`{}/{}`): allocated meanwhile",
                    c.port, c.project, c.service
                ));
            }
            ctx.printer
                .status(format!("adopted {} allocation(s)", adopted.len()));
            ctx.printer.result(&Imported { adopted, skipped })?;
        }
    }
    Ok(Status::Success)
}
