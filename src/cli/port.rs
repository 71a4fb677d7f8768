//! `meta port allocate|get|list|release|reserve|unreserve|reservations|audit|import`.

use super::{AuditSpec, Ctx, Status};
use crate::core::error::Result;
use crate::core::output::{Render, Table};
use crate::ops;
use crate::ops::port::{
    AllocateRequest, AllocationChange, ImportRequest, Imported, ReleaseRequest, ReservationChange,
    ReservationsChange, ReserveRequest, UnreserveRequest,
};
use crate::port::audit::Report;
use crate::port::{Allocation, Change, Listed, Reservation};
use crate::project::{range::parse_port, PortRange};
use clap::Subcommand;

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

impl Render for ReservationChange {
    fn table(&self) -> Table {
        reservations_table(std::slice::from_ref(&self.reservation))
    }
    fn names(&self) -> Vec<String> {
        vec![self.reservation.range.to_string()]
    }
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

fn parse_range(text: &str) -> Result<PortRange> {
    text.parse::<PortRange>()
}

pub fn run(ctx: &mut Ctx, command: PortCommand) -> Result<Status> {
    let dry_run = ctx.dry_run;
    match command {
        PortCommand::Allocate {
            project,
            service,
            hostname,
            wildcard,
            port,
        } => {
            let req = AllocateRequest {
                project,
                service,
                hostname,
                wildcard,
                port: port.as_deref().map(parse_port).transpose()?,
            };
            let out = ops::port::allocate(&mut ctx.session, &req, dry_run)?;
            ctx.finish(out, |a: &AllocationChange| {
                let (key, p) = (a.allocation.key(), a.allocation.port);
                Some(match a.change {
                    Change::Unchanged => format!("`{key}` has port {p}; unchanged"),
                    Change::Updated => format!(
                        "`{key}` keeps port {p}; hostname set to `{}`",
                        a.allocation.hostname.as_deref().unwrap_or("")
                    ),
                    _ => format!("allocated port {p} to `{key}`"),
                })
            })
        }
        PortCommand::Get { project, service } => {
            let allocation = ops::port::get(&mut ctx.session, &project, &service)?;
            ctx.printer.result(&allocation)?;
            Ok(Status::Success)
        }
        PortCommand::List { project } => {
            let listed = ops::port::list(&mut ctx.session, project.as_deref())?;
            ctx.printer.result(&listed)?;
            Ok(Status::Success)
        }
        PortCommand::Release { project, service } => {
            let req = ReleaseRequest { project, service };
            let out = ops::port::release(&mut ctx.session, &req, dry_run)?;
            ctx.finish(out, |a: &AllocationChange| {
                Some(format!(
                    "released port {} of `{}`",
                    a.allocation.port,
                    a.allocation.key()
                ))
            })
        }
        PortCommand::Reserve { range, reason } => {
            let range = parse_range(&range)?;
            let req = ReserveRequest { range, reason };
            let out = ops::port::reserve(&mut ctx.session, &req, dry_run)?;
            ctx.finish(out, |r: &ReservationChange| {
                Some(match r.change {
                    Change::Unchanged => format!("{range} is already reserved; unchanged"),
                    Change::Updated => format!("changed the reason of the reservation {range}"),
                    _ => format!("reserved {range}"),
                })
            })
        }
        PortCommand::Unreserve { range } => {
            let req = UnreserveRequest {
                range: parse_range(&range)?,
            };
            let out = ops::port::unreserve(&mut ctx.session, &req, dry_run)?;
            ctx.finish(out, |r: &ReservationsChange| {
                let lines: Vec<String> = r
                    .reservations
                    .iter()
                    .map(|r| format!("removed the reservation {}", r.range))
                    .collect();
                Some(lines.join("\n"))
            })
        }
        PortCommand::Reservations => {
            let rs = ops::port::reservations(&mut ctx.session)?;
            ctx.printer.result(&rs)?;
            Ok(Status::Success)
        }
        PortCommand::Audit => {
            let report = ops::port::audit(&mut ctx.session)?;
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
            Ok(Status::Success)
        }
        PortCommand::Import { project } => {
            let req = ImportRequest { project };
            let confirm = ctx.confirmer();
            let progress = ctx.progress();
            let out = ops::port::import(&mut ctx.session, &req, dry_run, &confirm, &progress)?;
            if dry_run {
                return ctx.finish(out, |_| None);
            }
            if out.plan.is_empty() {
                ctx.printer.status(
                    "nothing unallocated listens inside a managed range; nothing to import",
                );
                ctx.printer.result(&out.result)?;
                return Ok(Status::Success);
            }
            for c in &out.result.skipped {
                ctx.printer.warn(format!(
                    "skipped port {} (`{}/{}`): allocated meanwhile",
                    c.port, c.project, c.service
                ));
            }
            ctx.finish(out, |i: &Imported| {
                Some(format!("adopted {} allocation(s)", i.adopted.len()))
            })
        }
    }
}
