//! `dns delete`: the records of a name (of one type, with `kind`), each a step whose undo
//! makes it again; records meta made are forgotten with them.

use std::time::Duration;

use super::remote::{Call, API};
use super::{api_view, connect, records_path, zone_of, RecordOut};
use crate::api::cloudflare::RecordInput;
use crate::core::error::{Error, Result};
use crate::core::plan::{Plan, StateOp, Step};
use crate::dns;
use crate::ops::{Confirm, Outcome, Progress, Session};

pub struct Request {
    pub name: String,
    pub kind: Option<String>,
    pub dry_run: bool,
    pub retry_budget: Duration,
}

/// `confirm` is asked before deleting several records.
pub fn run(
    session: &mut Session,
    req: Request,
    confirm: Confirm,
    progress: &dyn Progress,
) -> Result<Outcome<Vec<RecordOut>>> {
    let name = req.name;
    dns::validate_record_name(&name, true)?;
    let mut api = connect(session, req.retry_budget)?;
    let zone = zone_of(api.client(), &name)?;
    let kind = req.kind.map(|k| k.to_ascii_uppercase());
    let records = api
        .client()
        .list_records(&zone.id, kind.as_deref(), Some(&name))?;
    if records.is_empty() {
        return Err(Error::not_found(format!(
            "no {}record named `{name}`",
            kind.as_deref().map(|k| format!("{k} ")).unwrap_or_default()
        )));
    }
    let managed = session
        .state()?
        .read(|tx| tx.dns_managed_list(&zone.name))?;
    let path = records_path(&zone.id);
    let mut plan = Plan::new();
    for r in &records {
        let view = api_view(
            "DELETE",
            &format!("{path}/{}", r.id),
            &format!("delete {} {} → {}", r.kind, r.name, r.content),
            None,
        );
        let call = Call::Delete {
            zone_id: zone.id.clone(),
            id: r.id.clone(),
        };
        let undo = Call::Create {
            zone_id: zone.id.clone(),
            record: RecordInput::of(r),
        };
        plan.push(Step::remote(
            view,
            API,
            call.to_value(),
            Some(undo.to_value()),
        ));
    }
    let mut forgotten = Vec::new();
    for r in &records {
        let key = (r.name.to_ascii_lowercase(), r.kind.clone());
        let known = managed
            .iter()
            .any(|m| m.name.to_ascii_lowercase() == key.0 && m.kind == key.1);
        if known && !forgotten.contains(&key) {
            plan.push_state(
                format!("dns/{}", r.name),
                format!("forget {} {} as made by meta", r.kind, r.name),
                StateOp::DnsManagedRemove {
                    zone: zone.name.clone(),
                    name: r.name.clone(),
                    kind: r.kind.clone(),
                },
            );
            forgotten.push(key);
        }
    }
    if records.len() > 1 && !req.dry_run {
        let list: Vec<String> = records
            .iter()
            .map(|r| format!("{} {}", r.kind, r.content))
            .collect();
        confirm(&format!(
            "delete {} records named `{name}` ({})",
            records.len(),
            list.join(", ")
        ))?;
    }
    let applied = super::run_plan(session, plan, req.dry_run, &mut api, progress)?;
    Ok(Outcome {
        plan: applied.plan,
        applied: !req.dry_run,
        result: records.iter().map(RecordOut::from).collect(),
    })
}
