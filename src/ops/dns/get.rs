//! `dns get`: the records of one name (exit 3 when there are none).

use std::time::Duration;

use super::{connect, zone_of, RecordOut};
use crate::core::error::{Error, Result};
use crate::dns;
use crate::ops::Session;

pub struct Request {
    pub name: String,
    pub kind: Option<String>,
    pub retry_budget: Duration,
}

pub fn run(session: &mut Session, req: Request) -> Result<Vec<RecordOut>> {
    dns::validate_record_name(&req.name, true)?;
    let api = connect(session, req.retry_budget)?;
    let zone = zone_of(api.client(), &req.name)?;
    let kind = req.kind.map(|k| k.to_ascii_uppercase());
    let records = api
        .client()
        .list_records(&zone.id, kind.as_deref(), Some(&req.name))?;
    if records.is_empty() {
        return Err(Error::not_found(format!("no record named `{}`", req.name)));
    }
    Ok(records.iter().map(RecordOut::from).collect())
}
