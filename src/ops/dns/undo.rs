//! `dns undo`: puts back what the last applied `dns sync` of a zone changed, as a plan on
//! the same engine (its steps undoable in turn), and marks that sync undone so the next
//! undo goes one sync further back.

use std::time::Duration;

use serde::Serialize;

use super::{batch_limit, connect, zone};
use crate::core::error::{Error, Result};
use crate::core::plan::{Plan, StateOp};
use crate::dns::sync::{self as domain, Applied};
use crate::ops::{Outcome, Progress, Session};

pub struct Request {
    pub zone: String,
    pub dry_run: bool,
    pub retry_budget: Duration,
}

/// What an undo put back.
#[derive(Debug, Clone, Serialize)]
pub struct Undone {
    #[serde(flatten)]
    pub applied: Applied,
    /// When the sync that was put back ran.
    pub sync_of: String,
}

pub fn run(
    session: &mut Session,
    req: Request,
    progress: &dyn Progress,
) -> Result<Outcome<Undone>> {
    let mut api = connect(session, req.retry_budget)?;
    let zone = zone(api.client(), &req.zone)?;
    let snapshot = session
        .state()?
        .read(|tx| tx.dns_snapshot_latest(&zone.name))?
        .ok_or_else(|| {
            Error::not_found(format!("no applied `dns sync` of `{}` to undo", zone.name))
        })?;
    // Kept by the client: the first batch reconciles against it instead of listing again.
    let actual = api.zone_records(&zone.id)?;
    let changes = domain::rebind(domain::undo_changes(&snapshot.changes)?, &actual);
    let limit = batch_limit(session)?;
    let mut plan = Plan::new();
    super::sync::push_chunks(&mut plan, &zone, &changes, limit);
    plan.push_state(
        format!("dns/{}", zone.name),
        format!("mark the sync of {} as undone", snapshot.created),
        StateOp::DnsSyncUndone { id: snapshot.id },
    );
    let applied = super::run_plan(session, plan, req.dry_run, &mut api, progress)?;
    let calls = api.client().calls();
    Ok(Outcome {
        plan: applied.plan,
        applied: !req.dry_run,
        result: Undone {
            applied: Applied::of(&zone.name, &changes, calls, Vec::new()),
            sync_of: snapshot.created,
        },
    })
}
