//! `meta port …`: allocations and reservations. The mutating operations decide and change
//! the state file in one transaction and record a step for each change they make, so a
//! `--dry-run` shows the steps a real run takes (see [`crate::core::state::State::change`]).

use serde::{Deserialize, Serialize};

use super::{outcome, Confirm, Outcome, Progress, Session};
use crate::core::error::Result;
use crate::port::audit::Report;
use crate::port::import::Candidate;
use crate::port::{self, sockets, Allocation, Change, Listed, Reservation};
use crate::project::PortRange;

/// `port allocate`: get-or-allocate a service's port.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
pub struct AllocateRequest {
    pub project: String,
    pub service: String,
    pub hostname: Option<String>,
    #[serde(default)]
    pub wildcard: bool,
    pub port: Option<u16>,
}

/// An allocation and what the command did to it.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct AllocationChange {
    #[serde(flatten)]
    pub allocation: Allocation,
    pub change: Change,
}

pub fn allocate(
    session: &mut Session,
    req: &AllocateRequest,
    dry_run: bool,
) -> Result<Outcome<AllocationChange>> {
    let domain = port::AllocateRequest {
        project: &req.project,
        service: &req.service,
        hostname: req.hostname.as_deref(),
        wildcard: req.wildcard,
        port: req.port,
    };
    let (allocation, change, steps) = port::allocate(
        session.state()?,
        &domain,
        &sockets::listening_ports,
        dry_run,
    )?;
    Ok(outcome(
        steps,
        dry_run,
        AllocationChange { allocation, change },
    ))
}

/// `port release`: give a service's port back.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
pub struct ReleaseRequest {
    pub project: String,
    pub service: String,
}

pub fn release(
    session: &mut Session,
    req: &ReleaseRequest,
    dry_run: bool,
) -> Result<Outcome<AllocationChange>> {
    let (allocation, change, steps) =
        port::release(session.state()?, &req.project, &req.service, dry_run)?;
    Ok(outcome(
        steps,
        dry_run,
        AllocationChange { allocation, change },
    ))
}

/// `port reserve`: keep a port or range away from every allocation.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
pub struct ReserveRequest {
    pub range: PortRange,
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ReservationChange {
    #[serde(flatten)]
    pub reservation: Reservation,
    pub change: Change,
}

pub fn reserve(
    session: &mut Session,
    req: &ReserveRequest,
    dry_run: bool,
) -> Result<Outcome<ReservationChange>> {
    let (reservation, change, steps) =
        port::reserve(session.state()?, req.range, req.reason.as_deref(), dry_run)?;
    Ok(outcome(
        steps,
        dry_run,
        ReservationChange {
            reservation,
            change,
        },
    ))
}

/// `port unreserve`: remove the reservations inside a range.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
pub struct UnreserveRequest {
    pub range: PortRange,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ReservationsChange {
    pub reservations: Vec<Reservation>,
    pub change: Change,
}

pub fn unreserve(
    session: &mut Session,
    req: &UnreserveRequest,
    dry_run: bool,
) -> Result<Outcome<ReservationsChange>> {
    let (reservations, change, steps) = port::unreserve(session.state()?, req.range, dry_run)?;
    Ok(outcome(
        steps,
        dry_run,
        ReservationsChange {
            reservations,
            change,
        },
    ))
}

/// `port import`: adopt what listens inside managed ranges as allocations.
#[derive(Debug, Clone, Default, Deserialize, Serialize, schemars::JsonSchema)]
pub struct ImportRequest {
    /// Only this project's range.
    pub project: Option<String>,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Imported {
    pub adopted: Vec<Allocation>,
    /// Ports allocated meanwhile.
    pub skipped: Vec<Candidate>,
}

/// The sockets are read once. Unless `dry_run`, when there is anything to adopt its steps
/// are told to `progress` (as [`Progress::proposed`]) and `confirm` is asked; then the
/// same candidates are adopted, each checked again in the write transaction.
pub fn import(
    session: &mut Session,
    req: &ImportRequest,
    dry_run: bool,
    confirm: Confirm,
    progress: &dyn Progress,
) -> Result<Outcome<Imported>> {
    let state = session.state()?;
    let candidates = port::import::candidates(state, req.project.as_deref())?;
    let ((adopted, skipped), steps) = port::import::adopt(state, &candidates, true)?;
    if dry_run || steps.is_empty() {
        return Ok(outcome(steps, dry_run, Imported { adopted, skipped }));
    }
    for step in &steps {
        progress.proposed(step);
    }
    let n = steps.len();
    confirm(&format!(
        "adopt {n} listening port{} as allocations",
        if n == 1 { "" } else { "s" }
    ))?;
    let ((adopted, skipped), steps) = port::import::adopt(state, &candidates, false)?;
    Ok(outcome(steps, false, Imported { adopted, skipped }))
}

/// `port get`.
pub fn get(session: &mut Session, project: &str, service: &str) -> Result<Allocation> {
    port::get(session.state()?, project, service)
}

/// `port list`: allocations, and whether each listens now.
pub fn list(session: &mut Session, project: Option<&str>) -> Result<Vec<Listed>> {
    let live = sockets::listening_ports()?;
    port::list(session.state()?, project, &live)
}

/// `port reservations`.
pub fn reservations(session: &mut Session) -> Result<Vec<Reservation>> {
    port::reservations(session.state()?)
}

/// `port audit`: allocations against the sockets listening now.
pub fn audit(session: &mut Session) -> Result<Report> {
    port::audit::run(session.state()?)
}
