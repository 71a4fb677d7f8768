//! Changing a VM's machine type: stop it if it runs, `setMachineType` (which the API only
//! accepts on a stopped VM), start it again if it was running. When the type change fails,
//! the VM is started again at its old type, so a failed resize costs downtime, not the VM.

use std::time::Instant;

use serde::Serialize;

use super::{instance, Observer, Session};
use crate::api::gcp::compute::{self, short_name, ApiCall, Instance};
use crate::core::error::{Error, Kind, Result};

/// What a resize did (or, with `changed` false, found already done).
#[derive(Debug, Clone, Serialize)]
pub struct ResizeReport {
    pub name: String,
    pub zone: String,
    pub old_machine_type: String,
    pub new_machine_type: String,
    pub changed: bool,
    pub was_running: bool,
    /// Seconds from the stop call to the VM running again; 0 when it was not running.
    pub downtime_seconds: f64,
}

/// The calls a resize of `inst` to `machine_type` makes, in order. Empty: same type.
pub fn plan(session: &Session, inst: &Instance, machine_type: &str) -> Result<Vec<ApiCall>> {
    let t = &session.target;
    if short_name(&inst.machine_type) == machine_type {
        return Ok(Vec::new());
    }
    let running = check_status(inst)?;
    let mut calls = Vec::new();
    if running {
        calls.push(compute::call_stop(&t.project, &t.zone, &inst.name));
    }
    calls.push(compute::call_set_machine_type(
        &t.project,
        &t.zone,
        &inst.name,
        machine_type,
    ));
    if running {
        calls.push(compute::call_start(&t.project, &t.zone, &inst.name));
    }
    Ok(calls)
}

/// True when the VM runs, false when it is stopped; a VM in between is refused, since
/// stopping or starting it now would race whatever is moving it.
fn check_status(inst: &Instance) -> Result<bool> {
    match inst.status.as_str() {
        "RUNNING" => Ok(true),
        "TERMINATED" => Ok(false),
        other => Err(Error::conflict(format!(
            "VM `{}` is {other}; it can be resized when it is RUNNING or TERMINATED",
            inst.name
        ))
        .with_hint("wait for it to settle, then run the command again")),
    }
}

pub fn resize(
    session: &Session,
    name: &str,
    machine_type: &str,
    observer: &mut dyn Observer,
) -> Result<ResizeReport> {
    let inst = instance(session, name)?;
    let old = short_name(&inst.machine_type).to_string();
    let mut report = ResizeReport {
        name: name.to_string(),
        zone: session.target.zone.clone(),
        old_machine_type: old.clone(),
        new_machine_type: machine_type.to_string(),
        changed: false,
        was_running: inst.status == "RUNNING",
        downtime_seconds: 0.0,
    };
    if old == machine_type {
        return Ok(report);
    }
    let running = check_status(&inst)?;
    let t = &session.target;
    let started = Instant::now();
    if running {
        observer.step(&format!("stopping `{name}`"));
        session.run_call(&compute::call_stop(&t.project, &t.zone, name), observer)?;
    }
    observer.step(&format!("changing `{name}` from {old} to {machine_type}"));
    let set = compute::call_set_machine_type(&t.project, &t.zone, name, machine_type);
    if let Err(err) = session.run_call(&set, observer) {
        if !running {
            return Err(err.context(format!("cannot set the machine type of `{name}`")));
        }
        observer.step(&format!("starting `{name}` again at {old}"));
        let restart = compute::call_start(&t.project, &t.zone, name);
        return Err(match session.run_call(&restart, observer) {
            Ok(_) => Error {
                message: format!(
                    "cannot set the machine type of `{name}`: {}; it was started again at its old type {old}",
                    err.message
                ),
                ..err
            },
            Err(again) => Error {
                kind: Kind::Remote,
                message: format!(
                    "cannot set the machine type of `{name}`: {}; starting it again at {old} failed too: {}",
                    err.message, again.message
                ),
                hint: Some(format!("`{name}` is stopped: start it with `meta vm start {name}`")),
                // The first refusal is the cause (a revoked token shows its 401 here).
                remote: err.remote.or(again.remote),
            },
        });
    }
    if running {
        observer.step(&format!("starting `{name}`"));
        session
            .run_call(&compute::call_start(&t.project, &t.zone, name), observer)
            .map_err(|e| {
                e.context(format!("`{name}` is now {machine_type} but did not start"))
                    .with_hint(format!("start it with `meta vm start {name}`"))
            })?;
        report.downtime_seconds = (started.elapsed().as_secs_f64() * 10.0).round() / 10.0;
    }
    report.changed = true;
    Ok(report)
}
