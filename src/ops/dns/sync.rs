//! `dns sync`: a zone brought in line with allocations, deployments and records made by
//! meta. The record changes go in chunks of `cloudflare.batch_limit`, each chunk one step
//! (one call of the batch endpoint, one Cloudflare transaction) whose undo is the batch that
//! puts its records back; what the sync changed is recorded with the plan, for `dns undo`.

use std::time::Duration;

use super::remote::{Call, Item, API};
use super::{api_view, batch_limit, connect, records_path, zone};
use crate::api::cloudflare::{RecordInput, Zone};
use crate::core::error::{Error, Result};
use crate::core::plan::{Plan, StateOp, Step, StepView};
use crate::dns::sync::{self as domain, Action, Applied, Change};
use crate::ops::{Outcome, Progress, Session};

pub struct Request {
    pub zone: String,
    /// Also overwrite (or delete) records edited outside meta, and allow sweeping plans.
    pub force: bool,
    pub dry_run: bool,
    pub retry_budget: Duration,
}

/// Plans the sync of a zone and (unless `dry_run`) applies it. The result counts the
/// changes applied, or with `dry_run` planned.
pub fn run(
    session: &mut Session,
    req: Request,
    progress: &dyn Progress,
) -> Result<Outcome<Applied>> {
    let mut api = connect(session, req.retry_budget)?;
    let zone = zone(api.client(), &req.zone)?;
    let tunnel = session.config()?.get("cloudflare.tunnel_id")?;
    let (desired, notes) = domain::desired(session.state()?, &zone.name, tunnel.as_deref())?;
    for n in &notes {
        progress.warn(n);
    }
    // Kept by the client: the first batch reconciles against it instead of listing again.
    let actual = api.zone_records(&zone.id)?;
    let planned = domain::plan(zone.clone(), desired, actual, req.force);
    for s in &planned.skipped {
        progress.warn(&format!("{} {}: {}", s.kind, s.name, s.reason));
    }
    if planned.trips_guard() && !req.force {
        if !req.dry_run {
            return Err(planned.guard_error());
        }
        progress.warn(&planned.guard_error().message);
    }
    let limit = batch_limit(session)?;
    let mut plan = Plan::new();
    push_chunks(&mut plan, &zone, &planned.changes, limit);
    if !planned.changes.is_empty() {
        let recorded: Vec<Change> = planned
            .changes
            .iter()
            .map(|c| Change {
                applied: true,
                ..c.clone()
            })
            .collect();
        plan.push_state(
            format!("dns/{}", zone.name),
            format!(
                "remember the {} change(s) for `meta dns undo {}`",
                recorded.len(),
                zone.name
            ),
            StateOp::DnsSyncApplied {
                zone_id: zone.id.clone(),
                zone: zone.name.clone(),
                changes: serde_json::to_value(&recorded)
                    .map_err(|e| Error::failure(format!("cannot record the sync: {e}")))?,
            },
        );
    }
    let applied = super::run_plan(session, plan, req.dry_run, &mut api, progress)?;
    let calls = api.client().calls();
    Ok(Outcome {
        plan: applied.plan,
        applied: !req.dry_run,
        result: Applied::of(&zone.name, &planned.changes, calls, planned.skipped),
    })
}

/// Adds `changes` to `plan` in chunks of `limit`, one batch step each, deletes first (the
/// order of `changes`).
pub(super) fn push_chunks(plan: &mut Plan, zone: &Zone, changes: &[Change], limit: usize) {
    let limit = limit.max(1);
    let path = format!("{}/batch", records_path(&zone.id));
    let total = changes.len().div_ceil(limit);
    for (n, chunk) in changes.chunks(limit).enumerate() {
        let call = Call::Batch {
            zone_id: zone.id.clone(),
            changes: chunk.iter().filter_map(forward).collect(),
        };
        let undo = Call::Batch {
            zone_id: zone.id.clone(),
            changes: chunk.iter().rev().filter_map(inverse).collect(),
        };
        let described: Vec<String> = chunk.iter().map(Change::describe).collect();
        let view = StepView {
            summary: format!(
                "POST {path} (batch {} of {total}): {}",
                n + 1,
                counts(chunk)
            ),
            ..api_view("POST", &path, "", Some(described.join("\n")))
        };
        plan.push(Step::remote(
            view,
            API,
            call.to_value(),
            Some(undo.to_value()),
        ));
    }
}

fn counts(chunk: &[Change]) -> String {
    let count = |a: Action| chunk.iter().filter(|c| c.action == a).count();
    let part = |n: usize, one: &str, many: &str| match n {
        0 => None,
        1 => Some(format!("1 {one}")),
        n => Some(format!("{n} {many}")),
    };
    [
        part(count(Action::Delete), "delete", "deletes"),
        part(count(Action::Update), "update", "updates"),
        part(count(Action::Create), "create", "creates"),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ")
}

/// The batch item that makes a change (`None` for a change missing what it needs, which
/// [`domain::plan`] never makes).
fn forward(c: &Change) -> Option<Item> {
    Some(match (c.action, &c.after, &c.before, &c.id) {
        (Action::Create, Some(a), _, _) => Item::Create { record: a.clone() },
        (Action::Update, Some(a), _, Some(id)) => Item::Update {
            id: id.clone(),
            record: a.clone(),
        },
        (Action::Update, Some(a), _, None) => Item::Create { record: a.clone() },
        (Action::Delete, _, _, Some(id)) => Item::Delete { id: id.clone() },
        (Action::Delete, _, Some(b), None) => Item::delete_matching(&RecordInput::of(b)),
        _ => return None,
    })
}

/// The batch item that undoes a change: a created record deleted (by what it holds: its id
/// is not known before), an updated one set back, a deleted one made again.
fn inverse(c: &Change) -> Option<Item> {
    Some(match (c.action, &c.after, &c.before) {
        (Action::Create, Some(a), _) => Item::delete_matching(a),
        (Action::Update, _, Some(b)) => Item::Update {
            id: b.id.clone(),
            record: RecordInput::of(b),
        },
        (Action::Update, Some(a), None) => Item::delete_matching(a),
        (Action::Delete, _, Some(b)) => Item::Create {
            record: RecordInput::of(b),
        },
        _ => return None,
    })
}
