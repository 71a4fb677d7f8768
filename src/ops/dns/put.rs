//! `dns create` and `dns upsert`: one record made by meta, or (upsert) the one of that name
//! and type changed to match, with no call when it already matches; recorded as managed so
//! `dns sync` keeps it. `tunnel route` makes its record the same way.

use std::time::Duration;

use serde::Serialize;

use super::remote::{Call, API};
use super::{api_view, records_path, zone_of, RecordOut};
use crate::api::cloudflare::{Record, RecordInput};
use crate::core::error::{Error, Result};
use crate::core::plan::{Plan, StateOp, Step};
use crate::core::state::ManagedRecordRow;
use crate::dns::{self, Desired, Ownership};
use crate::ops::{Outcome, Progress, Session};

pub struct Request {
    pub name: String,
    pub kind: String,
    pub content: String,
    pub proxied: bool,
    pub ttl: Option<u32>,
    /// `dns upsert`: change a record of that name and type that is there; without it
    /// (`dns create`) one there is a conflict (exit 4).
    pub upsert: bool,
    pub dry_run: bool,
    pub retry_budget: Duration,
}

/// What happened to the record.
#[derive(Debug, Clone, Serialize)]
pub struct RecordChange {
    #[serde(flatten)]
    pub record: RecordOut,
    pub change: ChangeKind,
}

/// What happened to a record: in JSON `created`, `updated` or `unchanged`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    Created,
    Updated,
    /// It already matched: no call.
    Unchanged,
}

impl ChangeKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Created => "created",
            ChangeKind::Updated => "updated",
            ChangeKind::Unchanged => "unchanged",
        }
    }
}

/// `dns create` (`upsert` false) or `dns upsert`.
pub fn run(
    session: &mut Session,
    req: Request,
    progress: &dyn Progress,
) -> Result<Outcome<RecordChange>> {
    let source = if req.upsert {
        "dns upsert"
    } else {
        "dns create"
    };
    let want = dns::record_request(
        &req.name,
        &req.kind,
        &req.content,
        req.proxied,
        req.ttl,
        source,
    )?;
    put(
        session,
        want,
        req.upsert,
        req.dry_run,
        req.retry_budget,
        progress,
    )
}

/// An upsert of a record already checked and normalised (`tunnel route`).
pub(crate) fn upsert_desired(
    session: &mut Session,
    want: Desired,
    dry_run: bool,
    retry_budget: Duration,
    progress: &dyn Progress,
) -> Result<Outcome<RecordChange>> {
    put(session, want, true, dry_run, retry_budget, progress)
}

fn put(
    session: &mut Session,
    want: Desired,
    upsert: bool,
    dry_run: bool,
    retry_budget: Duration,
    progress: &dyn Progress,
) -> Result<Outcome<RecordChange>> {
    let mut api = super::connect(session, retry_budget)?;
    let zone = zone_of(api.client(), &want.name)?;
    let existing = api
        .client()
        .list_records(&zone.id, Some(&want.kind), Some(&want.name))?;
    let input = want.input();
    let current = existing
        .iter()
        .find(|r| dns::ownership(r) != Ownership::Unmanaged)
        .or_else(|| existing.first());
    let path = records_path(&zone.id);
    let shown = format!("{} {} → {}", want.kind, want.name, want.content);
    let mut plan = Plan::new();
    let change = match current {
        Some(r) if !upsert => {
            return Err(Error::conflict(format!(
                "a {} record for `{}` already exists ({})",
                r.kind, r.name, r.content
            ))
            .with_hint("use `meta dns upsert` to change it"))
        }
        Some(r) if dns::same_record(r, &input) => ChangeKind::Unchanged,
        Some(r) => {
            let call = Call::Update {
                zone_id: zone.id.clone(),
                id: r.id.clone(),
                record: input.clone(),
            };
            let undo = Call::Update {
                zone_id: zone.id.clone(),
                id: r.id.clone(),
                record: RecordInput::of(r),
            };
            let body = super::remote::patch_body(&r.id, &input);
            plan.push(api_step(
                "PATCH",
                &format!("{path}/{}", r.id),
                &format!("update {shown}"),
                &body,
                call,
                undo,
            ));
            ChangeKind::Updated
        }
        None => {
            let call = Call::Create {
                zone_id: zone.id.clone(),
                record: input.clone(),
            };
            let undo = Call::DeleteMatching {
                zone_id: zone.id.clone(),
                name: input.name.clone(),
                kind: input.kind.clone(),
                content: input.content.clone(),
            };
            let body = serde_json::to_value(&input).unwrap_or_default();
            plan.push(api_step(
                "POST",
                &path,
                &format!("create {shown}"),
                &body,
                call,
                undo,
            ));
            ChangeKind::Created
        }
    };
    let row = ManagedRecordRow {
        zone: zone.name.clone(),
        name: want.name.clone(),
        kind: want.kind.clone(),
        content: want.content.clone(),
        proxied: want.proxied,
        ttl: want.ttl,
    };
    let known = session
        .state()?
        .read(|tx| tx.dns_managed_list(&zone.name))?
        .contains(&row);
    if !known {
        plan.push_state(
            format!("dns/{}", want.name),
            format!("remember {} {} as made by meta", want.kind, want.name),
            StateOp::DnsManagedPut { row },
        );
    }
    let applied = super::run_plan(session, plan, dry_run, &mut api, progress)?;
    let record = api
        .returned()
        .last()
        .cloned()
        .or_else(|| current.filter(|_| change == ChangeKind::Unchanged).cloned())
        .unwrap_or_else(|| as_record(current.map(|r| r.id.as_str()), &input));
    Ok(Outcome {
        plan: applied.plan,
        applied: !dry_run,
        result: RecordChange {
            record: RecordOut::from(&record),
            change,
        },
    })
}

/// An API step on one record: `METHOD path: what` and the body sent.
fn api_step(
    method: &str,
    path: &str,
    what: &str,
    body: &serde_json::Value,
    call: Call,
    undo: Call,
) -> Step {
    let view = api_view(method, path, what, super::body(body));
    Step::remote(view, API, call.to_value(), Some(undo.to_value()))
}

/// The record as it will be, before Cloudflare has given it an id.
fn as_record(id: Option<&str>, input: &RecordInput) -> Record {
    Record {
        id: id.unwrap_or_default().to_string(),
        name: input.name.clone(),
        kind: input.kind.clone(),
        content: input.content.clone(),
        proxied: input.proxied,
        ttl: input.ttl,
        comment: input.comment.clone(),
        tags: Vec::new(),
    }
}
