//! The `gcp` remote API of plans: Compute Engine calls as data ([`GcpCall`], the JSON a
//! plan step and the journal carry), and [`Gcp`] carrying them out, each waiting for its
//! zone operation to finish.
//!
//! Every call is made safe to run when its forward call never happened, or happened in
//! part, since a crash can fall between the journal's undo record and the call: it first
//! waits for operations still running on the VM, then does nothing when the VM already is
//! as asked (start of a running VM, stop of a stopped one, a machine type it already has,
//! delete of a VM that is gone).

use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::{Gcp, Progress};
use crate::api::gcp::compute::{self, short_name, ApiCall, Instance, Operation};
use crate::core::error::{Error, Kind, Result};
use crate::core::plan::{RemoteApi, Step, StepKind, StepView};
use crate::vm::Session as VmSession;

/// The name plans use for this API (`ops::remote::CONNECTORS`).
pub const API: &str = "gcp";

/// How long a call waits for a VM that is moving (STOPPING, STAGING…) to settle.
const SETTLE_DEADLINE: Duration = Duration::from_secs(15 * 60);

/// One Compute Engine mutation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum GcpCall {
    Start {
        project: String,
        zone: String,
        name: String,
    },
    Stop {
        project: String,
        zone: String,
        name: String,
    },
    Delete {
        project: String,
        zone: String,
        name: String,
    },
    SetMachineType {
        project: String,
        zone: String,
        name: String,
        machine_type: String,
    },
    /// `request_id` is chosen with the plan, so an insert repeated by `meta recover
    /// --forward` after a crash is the same request to the API, done once.
    Insert {
        project: String,
        zone: String,
        name: String,
        body: serde_json::Value,
        request_id: String,
    },
}

impl GcpCall {
    fn place(&self) -> (&str, &str, &str) {
        match self {
            GcpCall::Start {
                project,
                zone,
                name,
            }
            | GcpCall::Stop {
                project,
                zone,
                name,
            }
            | GcpCall::Delete {
                project,
                zone,
                name,
            }
            | GcpCall::SetMachineType {
                project,
                zone,
                name,
                ..
            }
            | GcpCall::Insert {
                project,
                zone,
                name,
                ..
            } => (project, zone, name),
        }
    }

    /// The request this call sends (a fresh `requestId`, kept across its retries).
    pub fn api_call(&self) -> ApiCall {
        let (p, z, n) = self.place();
        match self {
            GcpCall::Start { .. } => compute::call_start(p, z, n),
            GcpCall::Stop { .. } => compute::call_stop(p, z, n),
            GcpCall::Delete { .. } => compute::call_delete(p, z, n),
            GcpCall::SetMachineType { machine_type, .. } => {
                compute::call_set_machine_type(p, z, n, machine_type)
            }
            GcpCall::Insert {
                body, request_id, ..
            } => ApiCall {
                request_id: request_id.clone(),
                ..compute::call_insert(p, z, body.clone())
            },
        }
    }

    /// How `--dry-run` shows the call: method and path, and the body.
    pub fn view(&self) -> StepView {
        let call = self.api_call();
        StepView {
            kind: StepKind::ApiCall,
            summary: format!("{} {}", call.method, call.path),
            target: call.path,
            detail: call
                .body
                .as_ref()
                .and_then(|b| serde_json::to_string_pretty(b).ok()),
        }
    }

    fn to_json(&self) -> serde_json::Value {
        serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
    }

    /// A plan step: this call, undone by `inverse`.
    pub fn step(&self, inverse: Option<&GcpCall>) -> Step {
        Step::remote(
            self.view(),
            API,
            self.to_json(),
            inverse.map(GcpCall::to_json),
        )
    }
}

impl RemoteApi for Gcp {
    fn call(&mut self, api: &str, call: &serde_json::Value) -> Result<()> {
        self.call_telling(api, call, &Quiet)
    }
}

/// [`Gcp`] telling `progress` how far each zone operation is.
pub(super) struct Watched<'a> {
    pub gcp: &'a Gcp,
    pub progress: &'a dyn Progress,
}

impl RemoteApi for Watched<'_> {
    fn call(&mut self, api: &str, call: &serde_json::Value) -> Result<()> {
        self.gcp.call_telling(api, call, self.progress)
    }
}

/// Hears nothing (`meta recover`, which shows no progress of a call).
struct Quiet;

impl Progress for Quiet {}

impl Gcp {
    fn call_telling(
        &self,
        api: &str,
        call: &serde_json::Value,
        progress: &dyn Progress,
    ) -> Result<()> {
        if api != API {
            return Err(Error::failure(format!(
                "the `gcp` client was handed a call of the `{api}` API"
            )));
        }
        let call: GcpCall = serde_json::from_value(call.clone()).map_err(|e| {
            Error::failure(format!("a `gcp` call this meta cannot read: {e}"))
                .with_hint("it was written by another version of meta; recover with that version")
        })?;
        let poll = |op: &Operation| {
            let percent = op.progress.map(|p| p.clamp(0, 100) as u8);
            progress.waiting(&format!("operation {} is {}", op.name, op.status), percent);
        };
        carry_out(&self.vm, &call, &poll)
    }
}

/// Carries out `call`, doing nothing when the VM already is as the call would leave it.
pub fn carry_out(vm: &VmSession, call: &GcpCall, poll: &dyn Fn(&Operation)) -> Result<()> {
    let (project, zone, name) = call.place();
    let settled = match call {
        GcpCall::Insert { .. } => None,
        _ => settle(vm, project, zone, name, poll)?,
    };
    let done = match (call, &settled) {
        (GcpCall::Delete { .. }, None) => true,
        (GcpCall::Insert { .. }, _) => false,
        (_, None) => {
            return Err(crate::vm::not_found(
                name,
                &crate::vm::Target {
                    project: project.to_string(),
                    zone: zone.to_string(),
                },
            ))
        }
        (GcpCall::Start { .. }, Some(i)) => i.status == "RUNNING",
        (GcpCall::Stop { .. }, Some(i)) => i.status == "TERMINATED",
        (GcpCall::SetMachineType { machine_type, .. }, Some(i)) => {
            short_name(&i.machine_type) == machine_type
        }
        (GcpCall::Delete { .. }, Some(_)) => false,
    };
    if done {
        return Ok(());
    }
    let compute = vm.compute();
    let result = compute
        .execute(&call.api_call())
        .and_then(|op| compute.wait(project, zone, &op, poll));
    match result {
        Err(e) if e.kind == Kind::NotFound && matches!(call, GcpCall::Delete { .. }) => Ok(()),
        other => other.map(|_| ()),
    }
}

/// Waits until no operation runs on VM `name` and it is not between states; `None` when
/// there is no such VM.
fn settle(
    vm: &VmSession,
    project: &str,
    zone: &str,
    name: &str,
    poll: &dyn Fn(&Operation),
) -> Result<Option<Instance>> {
    let compute = vm.compute();
    for op in compute.pending_operations(project, zone)? {
        let on_this_vm =
            op.target_link.contains("/instances/") && short_name(&op.target_link) == name;
        if on_this_vm {
            // Its failure is its own: what matters here is the VM it leaves.
            let _ = compute.wait(project, zone, &op, poll);
        }
    }
    let started = Instant::now();
    let mut pace = Duration::from_millis(100);
    loop {
        let inst = match compute.get(project, zone, name) {
            Ok(i) => i,
            Err(e) if e.kind == Kind::NotFound => return Ok(None),
            Err(e) => return Err(e),
        };
        let moving = matches!(
            inst.status.as_str(),
            "PROVISIONING" | "STAGING" | "STOPPING" | "SUSPENDING" | "REPAIRING"
        );
        if !moving {
            return Ok(Some(inst));
        }
        if started.elapsed() > SETTLE_DEADLINE {
            return Err(Error::remote(format!(
                "VM `{name}` is still {} after {} minutes",
                inst.status,
                SETTLE_DEADLINE.as_secs() / 60
            ))
            .with_hint("wait for it to settle, then run the command again"));
        }
        std::thread::sleep(pace);
        pace = (pace * 2).min(Duration::from_secs(5));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_are_tagged_json() {
        let call = GcpCall::SetMachineType {
            project: "p".into(),
            zone: "z".into(),
            name: "web".into(),
            machine_type: "e2-small".into(),
        };
        let json = call.to_json();
        assert_eq!(json["op"], "set_machine_type");
        assert_eq!(json["machine_type"], "e2-small");
        assert_eq!(serde_json::from_value::<GcpCall>(json).unwrap(), call);
        let view = call.view();
        assert_eq!(
            view.summary,
            "POST projects/p/zones/z/instances/web/setMachineType"
        );
        assert!(view
            .detail
            .unwrap()
            .contains("zones/z/machineTypes/e2-small"));
    }
}
