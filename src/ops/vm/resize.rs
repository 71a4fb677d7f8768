//! `vm resize`: a plan of stop (undone by a start) when the VM runs, `setMachineType`
//! (undone by setting the old type back), and start (undone by a stop) when it ran. A
//! failure anywhere rolls back newest first, so a failed resize costs downtime, not the
//! VM; a crash leaves the same undo records for `meta recover`.

use std::time::Instant;

use serde::Serialize;

use super::remote::GcpCall;
use super::{apply, begin, Outcome, Progress, Scope};
use crate::api::gcp::compute::{short_name, Instance};
use crate::core::error::{Error, Kind, Result};
use crate::core::plan::Plan;
use crate::ops::Session;
use crate::vm::{self, Target};

pub struct Request {
    pub scope: Scope,
    pub name: String,
    pub machine_type: String,
    pub dry_run: bool,
}

/// What a resize did (or, with `changed` false, found already done).
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
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

impl ResizeReport {
    /// The report of resizing VM `name` (as `inst` was found) to `new_machine_type`, before
    /// any downtime.
    pub fn new(
        name: &str,
        zone: &str,
        inst: &Instance,
        new_machine_type: &str,
        changed: bool,
    ) -> ResizeReport {
        ResizeReport {
            name: name.to_string(),
            zone: zone.to_string(),
            old_machine_type: short_name(&inst.machine_type).to_string(),
            new_machine_type: new_machine_type.to_string(),
            changed,
            was_running: inst.status == "RUNNING",
            downtime_seconds: 0.0,
        }
    }

    /// Counts the downtime of an applied resize of a running VM, from `started` (the stop
    /// call) to now, to a tenth of a second.
    pub fn count_downtime(&mut self, started: Instant, dry_run: bool) {
        if self.changed && self.was_running && !dry_run {
            self.downtime_seconds = (started.elapsed().as_secs_f64() * 10.0).round() / 10.0;
        }
    }
}

/// True when the VM runs, false when it is stopped; a VM in between is refused, since
/// stopping or starting it now would race whatever is moving it.
fn running(inst: &Instance) -> Result<bool> {
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

/// The steps that resize `inst` to `machine_type`; none when it already has that type.
pub fn plan(target: &Target, inst: &Instance, machine_type: &str) -> Result<Plan> {
    let mut plan = Plan::new();
    let old = short_name(&inst.machine_type);
    if old == machine_type {
        return Ok(plan);
    }
    let was_running = running(inst)?;
    let (project, zone, name) = (&target.project, &target.zone, &inst.name);
    let start = GcpCall::Start {
        project: project.clone(),
        zone: zone.clone(),
        name: name.clone(),
    };
    let stop = GcpCall::Stop {
        project: project.clone(),
        zone: zone.clone(),
        name: name.clone(),
    };
    let set = |machine_type: &str| GcpCall::SetMachineType {
        project: project.clone(),
        zone: zone.clone(),
        name: name.clone(),
        machine_type: machine_type.to_string(),
    };
    if was_running {
        plan.push(stop.step(Some(&start)));
    }
    plan.push(set(machine_type).step(Some(&set(old))));
    if was_running {
        plan.push(start.step(Some(&stop)));
    }
    Ok(plan)
}

pub fn run(
    session: &mut Session,
    req: &Request,
    progress: &dyn Progress,
) -> Result<Outcome<ResizeReport>> {
    vm::check_token("machine type", &req.machine_type)?;
    let gcp = begin(session, &req.scope, "vm resize", &req.name, req.dry_run)?;
    let name = req.name.as_str();
    let inst = vm::instance(&gcp.vm, name);
    let inst = gcp.mend(session, inst)?;
    let target = gcp.target().clone();
    let plan = plan(&target, &inst, &req.machine_type)?;
    let mut report = ResizeReport::new(
        name,
        &target.zone,
        &inst,
        &req.machine_type,
        !plan.is_empty(),
    );
    let started = Instant::now();
    let plan = apply(session, &gcp, plan, req.dry_run, progress)
        .map_err(|e| back_at_old_type(e, name, &report.old_machine_type, report.was_running))?;
    report.count_downtime(started, req.dry_run);
    gcp.tell(progress);
    Ok(Outcome {
        plan,
        applied: !req.dry_run,
        result: report,
    })
}

/// Says where a failed resize left the VM: a remote failure was rolled back by the engine
/// (one it could not undo is a failure that names `meta recover`).
pub fn back_at_old_type(err: Error, name: &str, old: &str, was_running: bool) -> Error {
    if !matches!(err.kind, Kind::Remote | Kind::Conflict | Kind::NotFound) {
        return err;
    }
    let state = if was_running {
        "started again"
    } else {
        "left stopped"
    };
    Error {
        message: format!(
            "{}; `{name}` was {state} at its old type {old}",
            err.message
        ),
        ..err
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn web(machine_type: &str, status: &str) -> Instance {
        Instance {
            name: "web".into(),
            machine_type: format!("https://x/zones/z/machineTypes/{machine_type}"),
            status: status.into(),
            ..Instance::default()
        }
    }

    fn target() -> Target {
        Target {
            project: "p".into(),
            zone: "z".into(),
        }
    }

    /// (forward op, forward type, inverse op, inverse type) of each step.
    fn steps(plan: &Plan) -> Vec<(String, String, String, String)> {
        let doc = serde_json::to_value(plan).unwrap();
        let text = |v: &serde_json::Value| v.as_str().unwrap_or("").to_string();
        doc["steps"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    text(&s["action"]["call"]["op"]),
                    text(&s["action"]["call"]["machine_type"]),
                    text(&s["inverse"]["call"]["op"]),
                    text(&s["inverse"]["call"]["machine_type"]),
                )
            })
            .collect()
    }

    fn row(a: &str, b: &str, c: &str, d: &str) -> (String, String, String, String) {
        (a.into(), b.into(), c.into(), d.into())
    }

    #[test]
    fn a_running_vm_is_stopped_set_and_started_each_with_its_inverse() {
        let made = plan(&target(), &web("e2-small", "RUNNING"), "e2-medium").unwrap();
        assert_eq!(
            steps(&made),
            [
                row("stop", "", "start", ""),
                row(
                    "set_machine_type",
                    "e2-medium",
                    "set_machine_type",
                    "e2-small"
                ),
                row("start", "", "stop", ""),
            ]
        );
        let view = made.view();
        assert_eq!(
            view.steps[1].summary,
            "POST projects/p/zones/z/instances/web/setMachineType"
        );
    }

    #[test]
    fn a_stopped_vm_only_changes_type_and_a_moving_one_is_refused() {
        let made = plan(&target(), &web("e2-small", "TERMINATED"), "e2-medium").unwrap();
        assert_eq!(
            steps(&made),
            [row(
                "set_machine_type",
                "e2-medium",
                "set_machine_type",
                "e2-small"
            )]
        );
        assert!(plan(&target(), &web("e2-small", "RUNNING"), "e2-small")
            .unwrap()
            .is_empty());
        let err = plan(&target(), &web("e2-small", "STOPPING"), "e2-medium").unwrap_err();
        assert_eq!(err.kind, Kind::Conflict);
    }
}
