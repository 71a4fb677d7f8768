//! Creating or (upsert) changing one record made by meta, recorded as managed so `dns sync`
//! keeps it: the plan shared by `dns create`, `dns upsert` and `tunnel route`.

use std::time::Duration;

use serde::Serialize;

use super::remote::{Call, API};
use super::{records_path, zone_of, RecordOut};
use crate::api::cloudflare::{Record, RecordInput};
use crate::core::error::{Error, Result};
use crate::core::plan::{Plan, StateOp, Step, StepKind, StepView};
use crate::core::state::ManagedRecordRow;
use crate::dns::{self, Desired, Ownership};
use crate::ops::{Outcome, Progress, Session};

/// What happened to the record.
#[derive(Debug, Clone, Serialize)]
pub struct RecordChange {
    #[serde(flatten)]
    pub record: RecordOut,
    /// `created`, `updated` or `unchanged`.
    pub change: &'static str,
}

pub(super) struct Put {
    pub want: Desired,
    /// Change a record that is there (else one there is a conflict).
    pub upsert: bool,
    pub dry_run: bool,
    pub retry_budget: Duration,
}

pub(super) fn run(
    session: &mut Session,
    req: Put,
    progress: &dyn Progress,
) -> Result<Outcome<RecordChange>> {
    let mut api = super::connect(session, req.retry_budget)?;
    let want = &req.want;
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
        Some(r) if !req.upsert => {
            return Err(Error::conflict(format!(
                "a {} record for `{}` already exists ({})",
                r.kind, r.name, r.content
            ))
            .with_hint("use `meta dns upsert` to change it"))
        }
        Some(r) if RecordInput::of(r) == input => "unchanged",
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
            let target = format!("PATCH {path}/{}", r.id);
            let body = super::remote::patch_body(&r.id, &input);
            plan.push(api_step(
                target,
                format!("update {shown}"),
                &body,
                call,
                undo,
            ));
            "updated"
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
                format!("POST {path}"),
                format!("create {shown}"),
                &body,
                call,
                undo,
            ));
            "created"
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
    let applied = session.run_plan(plan, req.dry_run, Some(&mut api), progress)?;
    let record = api
        .returned()
        .last()
        .cloned()
        .or_else(|| current.filter(|_| change == "unchanged").cloned())
        .unwrap_or_else(|| as_record(current.map(|r| r.id.as_str()), &input));
    Ok(Outcome {
        plan: applied.plan,
        applied: !req.dry_run,
        result: RecordChange {
            record: RecordOut::from(&record),
            change,
        },
    })
}

/// An API step on one record: `METHOD PATH: what` and the body sent.
fn api_step(
    target: String,
    what: String,
    body: &serde_json::Value,
    call: Call,
    undo: Call,
) -> Step {
    let view = StepView {
        kind: StepKind::ApiCall,
        summary: format!("{target}: {what}"),
        target,
        detail: Some(serde_json::to_string_pretty(body).unwrap_or_default()),
    };
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
