//! Port allocation: a service's port is a promise kept in the state file, not a guess
//! from what happens to be listening. This module owns the rules: get-or-allocate inside
//! the project's range, reservations no allocation may take, hostnames held by one
//! allocation at most, and (in `audit` and `import`) how the promises compare with the
//! sockets listening now. It never prints and never touches SQL directly.

pub mod audit;
pub mod hostname;
pub mod import;
pub mod sockets;

use serde::Serialize;

use crate::core::error::{Error, Result};
use crate::core::plan::StepView;
use crate::core::state::{self, AllocationRow, ReservationRow, State, Tx};
use crate::project::{self, PortRange, Project};
pub use hostname::{validate_hostname, validate_record_name};
pub use sockets::PortSet;

/// A port promised to one service of one project.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Allocation {
    pub project: String,
    pub service: String,
    pub port: u16,
    pub hostname: Option<String>,
    pub created: String,
}

impl From<AllocationRow> for Allocation {
    fn from(r: AllocationRow) -> Self {
        Allocation {
            project: r.project,
            service: r.service,
            port: r.port,
            hostname: r.hostname,
            created: r.created,
        }
    }
}

impl Allocation {
    pub fn key(&self) -> String {
        format!("{}/{}", self.project, self.service)
    }
}

/// Ports no allocation may take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Reservation {
    pub range: PortRange,
    pub reason: Option<String>,
    pub created: String,
}

impl From<&ReservationRow> for Reservation {
    fn from(r: &ReservationRow) -> Self {
        Reservation {
            range: PortRange {
                start: r.start_port,
                end: r.end_port,
            },
            reason: r.reason.clone(),
            created: r.created.clone(),
        }
    }
}

/// What a command did to an allocation or reservation (or, with `--dry-run`, would do).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    Created,
    Updated,
    Unchanged,
    Removed,
}

/// What a changing function returns: its answer, what it did to the row, and the steps
/// it took (none when nothing changed), as `--dry-run` shows them and the audit records.
pub type Done<T> = (T, Change, Vec<StepView>);

/// Service names end up in unit names, environment files and DNS labels, so they follow
/// the same plain rule as project names.
pub fn validate_service(name: &str) -> Result<()> {
    let ok = crate::project::is_plain_name(name);
    if ok {
        Ok(())
    } else {
        Err(Error::usage(format!(
            "`{}` is not a valid service name",
            name.escape_default()
        ))
        .with_hint(
            "use 1 to 63 characters of a-z, 0-9, `-` and `_`, starting with a letter or digit",
        ))
    }
}

#[derive(Debug, Clone)]
pub struct AllocateRequest<'a> {
    pub project: &'a str,
    pub service: &'a str,
    pub hostname: Option<&'a str>,
    pub wildcard: bool,
    pub port: Option<u16>,
}

/// Get-or-allocate. An existing pair keeps its port (a `--port` that differs is a
/// conflict; a new hostname replaces the old one). A new pair gets the asked port if it
/// is free, else the lowest port of the range that is not allocated, not reserved and not
/// listening now. The choice is made inside one write transaction, so processes
/// allocating at once see each other's choices.
pub fn allocate(
    state: &mut State,
    req: &AllocateRequest,
    listening: &dyn Fn() -> Result<PortSet>,
    dry_run: bool,
) -> Result<Done<Allocation>> {
    project::validate_name(req.project)?;
    validate_service(req.service)?;
    if let Some(h) = req.hostname {
        validate_hostname(h, req.wildcard)?;
    }
    // Most calls are for a pair that exists already: those are answered from a read
    // transaction, without queueing for the write lock behind other writers.
    let existing = state.read(|tx| {
        find_project(tx, req.project)?;
        tx.allocation_get(req.project, req.service)
    })?;
    if let Some(existing) = &existing {
        let same_port = req.port.is_none_or(|p| p == existing.port);
        let same_host = req
            .hostname
            .is_none_or(|h| existing.hostname.as_deref() == Some(h));
        if same_port && same_host {
            return Ok((existing.clone().into(), Change::Unchanged, Vec::new()));
        }
    }
    // The sockets are read before the write lock is taken, so other writers do not wait
    // through it; a socket that starts listening between this read and the commit is a
    // race no check could win.
    let live = match existing {
        None => Some(listening()?),
        Some(_) => None,
    };
    let listening = || match &live {
        Some(set) => Ok(set.clone()),
        None => listening(),
    };
    let listening: &dyn Fn() -> Result<PortSet> = &listening;
    let ((allocation, change), steps) = state.change(dry_run, |tx, steps| {
        let project = find_project(tx, req.project)?;
        if let Some(existing) = tx.allocation_get(req.project, req.service)? {
            return keep_existing(tx, req, existing.into(), steps);
        }
        if let Some(h) = req.hostname {
            hostname_free(tx, h, None)?;
        }
        let reservations = tx.reservation_list()?;
        let port = match req.port {
            Some(port) => {
                check_asked_port(tx, &project, port, &reservations, listening)?;
                port
            }
            None => lowest_free(tx, &project, &reservations, listening)?,
        };
        let row = AllocationRow {
            project: req.project.to_string(),
            service: req.service.to_string(),
            port,
            hostname: req.hostname.map(str::to_string),
            created: state::now(),
        };
        if !tx.allocation_insert(&row)? {
            return Err(project::not_found(req.project));
        }
        let key = format!("{}/{}", row.project, row.service);
        let mut summary = format!("allocate port {} to `{key}`", row.port);
        if let Some(h) = &row.hostname {
            summary.push_str(&format!(" with hostname `{h}`"));
        }
        steps.push(StepView::state(format!("port/{key}"), summary));
        Ok((row.into(), Change::Created))
    })?;
    Ok((allocation, change, steps))
}

fn keep_existing(
    tx: &Tx,
    req: &AllocateRequest,
    existing: Allocation,
    steps: &mut Vec<StepView>,
) -> Result<(Allocation, Change)> {
    if let Some(port) = req.port {
        if port != existing.port {
            return Err(Error::conflict(format!(
                "`{}` already has port {}, not {port}",
                existing.key(),
                existing.port
            ))
            .with_hint(format!(
                "an allocation keeps its port; `meta port release {} {}` first to move it",
                existing.project, existing.service
            )));
        }
    }
    let Some(hostname) = req.hostname else {
        return Ok((existing, Change::Unchanged));
    };
    if existing.hostname.as_deref() == Some(hostname) {
        return Ok((existing, Change::Unchanged));
    }
    hostname_free(tx, hostname, Some(&existing))?;
    let updated = Allocation {
        hostname: Some(hostname.to_string()),
        ..existing
    };
    tx.allocation_set_hostname(&updated.project, &updated.service, Some(hostname))?;
    let key = updated.key();
    steps.push(StepView::state(
        format!("port/{key}"),
        format!(
            "set the hostname of `{key}` (port {}) to `{hostname}`",
            updated.port
        ),
    ));
    Ok((updated, Change::Updated))
}

fn hostname_free(tx: &Tx, hostname: &str, mine: Option<&Allocation>) -> Result<()> {
    match tx.allocation_by_hostname(hostname)? {
        Some(other)
            if mine.is_none_or(|m| m.project != other.project || m.service != other.service) =>
        {
            Err(Error::conflict(format!(
                "hostname `{hostname}` is already held by `{}/{}` (port {})",
                other.project, other.service, other.port
            ))
            .with_hint(
                "a hostname routes to one service; pick another name or release that allocation",
            ))
        }
        _ => Ok(()),
    }
}

fn find_project(tx: &Tx, name: &str) -> Result<Project> {
    tx.project_get(name)?
        .map(Project::from)
        .ok_or_else(|| project::not_found(name))
}

fn reserved_by(reservations: &[ReservationRow], port: u16) -> Option<&ReservationRow> {
    reservations
        .iter()
        .find(|r| (r.start_port..=r.end_port).contains(&port))
}

fn describe_reservation(r: &ReservationRow) -> String {
    let range = PortRange {
        start: r.start_port,
        end: r.end_port,
    };
    match &r.reason {
        Some(reason) => format!("reserved ({range}: {reason})"),
        None => format!("reserved ({range})"),
    }
}

fn check_asked_port(
    tx: &Tx,
    project: &Project,
    port: u16,
    reservations: &[ReservationRow],
    listening: &dyn Fn() -> Result<PortSet>,
) -> Result<()> {
    if !project.range.contains(port) {
        return Err(Error::conflict(format!(
            "port {port} is outside project `{}`'s range {}",
            project.name, project.range
        ))
        .with_hint(
            "ask for a port inside the range, or leave out `--port` to get the lowest free one",
        ));
    }
    if let Some(other) = tx.allocation_by_port(port)? {
        return Err(Error::conflict(format!(
            "port {port} is allocated to `{}/{}`",
            other.project, other.service
        ))
        .with_hint("leave out `--port` to get the lowest free port of the range"));
    }
    if let Some(r) = reserved_by(reservations, port) {
        return Err(
            Error::conflict(format!("port {port} is {}", describe_reservation(r)))
                .with_hint("`meta port unreserve` frees it, or leave out `--port`"),
        );
    }
    if listening()?.contains(port) {
        return Err(Error::conflict(format!(
            "port {port} is listening on this host now, though nothing holds it in the state file"
        ))
        .with_hint(
            "`meta port audit` shows what holds it; `meta port import` adopts it as an allocation",
        ));
    }
    Ok(())
}

fn lowest_free(
    tx: &Tx,
    project: &Project,
    reservations: &[ReservationRow],
    listening: &dyn Fn() -> Result<PortSet>,
) -> Result<u16> {
    let range = project.range;
    let mut taken = PortSet::default();
    for port in tx.allocation_ports_between(range.start, range.end)? {
        taken.insert(port);
    }
    for r in reservations {
        for port in r.start_port.max(range.start)..=r.end_port.min(range.end) {
            taken.insert(port);
        }
    }
    // Only look at the sockets when the state file leaves a candidate at all.
    let candidates = (range.start..=range.end).any(|p| !taken.contains(p));
    if candidates {
        let live = listening()?;
        if let Some(port) =
            (range.start..=range.end).find(|p| !taken.contains(*p) && !live.contains(*p))
        {
            return Ok(port);
        }
    }
    Err(Error::conflict(format!(
        "project `{}` has no free port left in its range {}: every port is allocated, reserved or listening",
        project.name, range
    ))
    .with_hint(format!(
        "release one (`meta port list --project {}` shows them), or give the project a larger range (`meta project add … --range START-END`)",
        project.name
    )))
}

pub fn get(state: &mut State, project: &str, service: &str) -> Result<Allocation> {
    state.read(|tx| {
        find_project(tx, project)?;
        tx.allocation_get(project, service)?
            .map(Allocation::from)
            .ok_or_else(|| allocation_not_found(project, service))
    })
}

fn allocation_not_found(project: &str, service: &str) -> Error {
    Error::not_found(format!("`{project}/{service}` has no port allocated")).with_hint(format!(
        "`meta port allocate {project} {service}` allocates one"
    ))
}

/// An allocation as `list` shows it: with whether its port is listening now.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Listed {
    #[serde(flatten)]
    pub allocation: Allocation,
    pub listening: bool,
}

pub fn list(state: &mut State, project: Option<&str>, live: &PortSet) -> Result<Vec<Listed>> {
    state.read(|tx| {
        if let Some(p) = project {
            find_project(tx, p)?;
        }
        Ok(tx
            .allocation_list(project)?
            .into_iter()
            .map(|row| {
                let listening = live.contains(row.port);
                Listed {
                    allocation: row.into(),
                    listening,
                }
            })
            .collect())
    })
}

pub fn release(
    state: &mut State,
    project: &str,
    service: &str,
    dry_run: bool,
) -> Result<Done<Allocation>> {
    let ((allocation, change), steps) = state.change(dry_run, |tx, steps| {
        find_project(tx, project)?;
        let existing: Allocation = tx
            .allocation_get(project, service)?
            .ok_or_else(|| allocation_not_found(project, service))?
            .into();
        tx.allocation_delete(project, service)?;
        let key = existing.key();
        steps.push(StepView::state(
            format!("port/{key}"),
            format!("release port {} of `{key}`", existing.port),
        ));
        Ok((existing, Change::Removed))
    })?;
    Ok((allocation, change, steps))
}

pub fn reservations(state: &mut State) -> Result<Vec<Reservation>> {
    state.read(|tx| {
        Ok(tx
            .reservation_list()?
            .iter()
            .map(Reservation::from)
            .collect())
    })
}

/// Reserves a port or range. The same range again is unchanged (or takes the new
/// reason); a range that overlaps another reservation, or holds an allocation, is refused.
pub fn reserve(
    state: &mut State,
    range: PortRange,
    reason: Option<&str>,
    dry_run: bool,
) -> Result<Done<Reservation>> {
    if let Some(r) = reason {
        if r.chars().any(char::is_control) {
            return Err(Error::usage("the reason must be one line of text"));
        }
    }
    let target = format!("port/reserved/{range}");
    let ((reservation, change), steps) = state.change(dry_run, |tx, steps| {
        let all = tx.reservation_list()?;
        if let Some(same) = all
            .iter()
            .find(|r| r.start_port == range.start && r.end_port == range.end)
        {
            let mut current = Reservation::from(same);
            if reason.is_none() || reason == same.reason.as_deref() {
                return Ok((current, Change::Unchanged));
            }
            current.reason = reason.map(str::to_string);
            tx.reservation_set_reason(same.id, reason)?;
            steps.push(StepView::state(
                target.clone(),
                format!("change the reason of the reservation {range}"),
            ));
            return Ok((current, Change::Updated));
        }
        if let Some(other) = all.iter().find(|r| {
            PortRange {
                start: r.start_port,
                end: r.end_port,
            }
            .overlaps(&range)
        }) {
            let other = Reservation::from(other);
            return Err(Error::conflict(format!(
                "{range} overlaps the reservation {}",
                other.range
            ))
            .with_hint(format!(
                "unreserve {} first, or reserve a range that does not overlap it",
                other.range
            )));
        }
        let held = tx.allocation_ports_between(range.start, range.end)?;
        if let Some(port) = held.first() {
            let holder = tx.allocation_by_port(*port)?;
            let who = holder
                .map(|a| format!("`{}/{}`", a.project, a.service))
                .unwrap_or_else(|| "an allocation".into());
            let more = match held.len() {
                1 => String::new(),
                n => format!(" (and {} more)", n - 1),
            };
            return Err(Error::conflict(format!(
                "port {port} in {range} is allocated to {who}{more}"
            ))
            .with_hint("release the allocations first, or reserve a range around them"));
        }
        let created = state::now();
        let reservation = Reservation {
            range,
            reason: reason.map(str::to_string),
            created: created.clone(),
        };
        tx.reservation_insert(range.start, range.end, reason, &created)?;
        steps.push(StepView::state(target.clone(), format!("reserve {range}")));
        Ok((reservation, Change::Created))
    })?;
    Ok((reservation, change, steps))
}

/// Removes every reservation that lies inside `range`. A reservation that only partly
/// overlaps it is not cut in two: that is refused, naming the whole reservation.
pub fn unreserve(
    state: &mut State,
    range: PortRange,
    dry_run: bool,
) -> Result<Done<Vec<Reservation>>> {
    let ((removed, change), steps) = state.change(dry_run, |tx, steps| {
        let all = tx.reservation_list()?;
        let inside: Vec<&ReservationRow> = all
            .iter()
            .filter(|r| range.start <= r.start_port && r.end_port <= range.end)
            .collect();
        if inside.is_empty() {
            let partial = all.iter().find(|r| {
                PortRange {
                    start: r.start_port,
                    end: r.end_port,
                }
                .overlaps(&range)
            });
            return Err(match partial {
                Some(r) => {
                    let whole = Reservation::from(r).range;
                    Error::conflict(format!(
                        "{range} is part of the reservation {whole}; a reservation is removed whole"
                    ))
                    .with_hint(format!(
                        "`meta port unreserve {whole}`, then reserve what should stay reserved"
                    ))
                }
                None => Error::not_found(format!("no reservation lies within {range}"))
                    .with_hint("`meta port reservations` lists them"),
            });
        }
        let removed: Vec<Reservation> = inside.iter().map(|r| Reservation::from(*r)).collect();
        for r in inside {
            tx.reservation_delete(r.id)?;
            let range = Reservation::from(r).range;
            steps.push(StepView::state(
                format!("port/reserved/{range}"),
                format!("remove the reservation {range}"),
            ));
        }
        Ok((removed, Change::Removed))
    })?;
    Ok((removed, change, steps))
}
