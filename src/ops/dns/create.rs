//! `dns create`: a record made by meta; one of that name and type already there is a
//! conflict (exit 4).

use std::time::Duration;

use super::put::{self, Put, RecordChange};
use crate::core::error::Result;
use crate::ops::{Outcome, Progress, Session};

pub struct Request {
    pub name: String,
    pub kind: String,
    pub content: String,
    pub proxied: bool,
    pub ttl: Option<u32>,
    pub dry_run: bool,
    pub retry_budget: Duration,
}

pub fn run(
    session: &mut Session,
    req: Request,
    progress: &dyn Progress,
) -> Result<Outcome<RecordChange>> {
    let want = crate::dns::record_request(
        &req.name,
        &req.kind,
        &req.content,
        req.proxied,
        req.ttl,
        "dns create",
    )?;
    let put = Put {
        want,
        upsert: false,
        dry_run: req.dry_run,
        retry_budget: req.retry_budget,
    };
    put::run(session, put, progress)
}
