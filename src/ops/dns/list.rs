//! `dns list`: the records of a zone, by name or id.

use std::time::Duration;

use super::{connect, zone, RecordOut};
use crate::core::error::Result;
use crate::dns;
use crate::ops::Session;

pub struct Request {
    pub zone: String,
    pub kind: Option<String>,
    /// Only records of this name (relative names get the zone appended).
    pub name: Option<String>,
    pub retry_budget: Duration,
}

pub fn run(session: &mut Session, req: Request) -> Result<Vec<RecordOut>> {
    let api = connect(session, req.retry_budget)?;
    let zone = zone(api.client(), &req.zone)?;
    let name = req.name.map(|n| dns::full_name(&n, &zone.name));
    let kind = req.kind.map(|k| k.to_ascii_uppercase());
    let records = api
        .client()
        .list_records(&zone.id, kind.as_deref(), name.as_deref())?;
    Ok(records.iter().map(RecordOut::from).collect())
}
