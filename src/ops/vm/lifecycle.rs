//! What `start`, `stop`, `create` and `delete` share: look at the VM, plan the one call
//! (with its inverse), apply it, and read the VM's status afterwards.

use serde::Serialize;

use super::remote::GcpCall;
use super::{apply, begin, Gcp, Outcome, Progress, Scope};
use crate::core::error::{Error, Result};
use crate::core::plan::Plan;
use crate::ops::{Confirm, Session};
use crate::vm::{self, CreateSpec};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Verb {
    Start,
    Stop,
    Delete,
    Create,
}

impl Verb {
    pub fn audit_command(self) -> &'static str {
        match self {
            Verb::Start => "vm start",
            Verb::Stop => "vm stop",
            Verb::Delete => "vm delete",
            Verb::Create => "vm create",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Verb::Start => "start",
            Verb::Stop => "stop",
            Verb::Delete => "delete",
            Verb::Create => "create",
        }
    }

    pub fn past_tense(self) -> &'static str {
        match self {
            Verb::Start => "started",
            Verb::Stop => "stopped",
            Verb::Delete => "deleted",
            Verb::Create => "created",
        }
    }
}

/// What a lifecycle command did.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Change {
    pub name: String,
    pub zone: String,
    pub action: Verb,
    /// False when the VM already was as asked (start of a running VM).
    pub changed: bool,
    /// The VM's status afterwards (`DELETED` once deleted); before, for `--dry-run`.
    pub status: String,
}

pub struct Request {
    pub scope: Scope,
    pub name: String,
    pub dry_run: bool,
}

/// The call of `verb` on `name`, and the call that undoes it.
fn calls(
    gcp: &Gcp,
    verb: Verb,
    name: &str,
    spec: Option<&CreateSpec>,
) -> (GcpCall, Option<GcpCall>) {
    let t = gcp.target();
    let (project, zone, name) = (t.project.clone(), t.zone.clone(), name.to_string());
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
    let delete = GcpCall::Delete {
        project: project.clone(),
        zone: zone.clone(),
        name: name.clone(),
    };
    match verb {
        Verb::Start => (start, Some(stop)),
        Verb::Stop => (stop, Some(start)),
        // A deleted VM cannot be brought back.
        Verb::Delete => (delete, None),
        Verb::Create => {
            let body = match spec {
                Some(spec) => vm::create_body(t, spec),
                None => serde_json::json!({ "name": name }),
            };
            let insert = GcpCall::Insert {
                project,
                zone,
                name,
                body,
                request_id: crate::api::gcp::compute::request_id(),
            };
            (insert, Some(delete))
        }
    }
}

/// Runs `verb` on `req.name`. `confirm` is asked (with the question) before a delete.
pub fn run(
    session: &mut Session,
    req: &Request,
    verb: Verb,
    spec: Option<&CreateSpec>,
    confirm: Confirm,
    progress: &dyn Progress,
) -> Result<Outcome<Change>> {
    let gcp = begin(
        session,
        &req.scope,
        verb.audit_command(),
        &req.name,
        req.dry_run,
    )?;
    let name = req.name.as_str();
    let t = gcp.target().clone();
    let found = match vm::instance(&gcp.vm, name) {
        Ok(i) => Some(i),
        Err(e) if e.kind == crate::core::Kind::NotFound && verb == Verb::Create => None,
        Err(e) => return gcp.mend(session, Err(e)),
    };
    let before = found.as_ref().map(|i| i.status.clone());
    let settled = match (verb, before.as_deref()) {
        (Verb::Start, Some("RUNNING")) | (Verb::Stop, Some("TERMINATED")) => true,
        (Verb::Create, Some(_)) => {
            return Err(Error::conflict(format!(
                "VM `{name}` already exists in project `{}`, zone `{}`",
                t.project, t.zone
            ))
            .with_hint("`meta vm get` shows it; pick another name or delete it first"))
        }
        _ => false,
    };
    let (call, inverse) = calls(&gcp, verb, name, spec);
    let mut plan = Plan::new();
    plan.push(call.step(inverse.as_ref()).noop_if(settled));
    if verb == Verb::Delete && !req.dry_run {
        confirm(&format!(
            "delete VM `{name}` in project `{}`, zone `{}` (its boot disk goes with it)",
            t.project, t.zone
        ))?;
    }
    let plan = apply(session, &gcp, plan, req.dry_run, progress)?;
    let status = if req.dry_run || settled {
        before.unwrap_or_else(|| "-".into())
    } else if verb == Verb::Delete {
        "DELETED".to_string()
    } else {
        let now = vm::instance(&gcp.vm, name).map(|i| i.status);
        gcp.mend(session, now)?
    };
    gcp.tell(progress);
    Ok(Outcome {
        plan,
        applied: !req.dry_run,
        result: Change {
            name: name.to_string(),
            zone: t.zone.clone(),
            action: verb,
            changed: !settled,
            status,
        },
    })
}
