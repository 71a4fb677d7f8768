//! `dns upsert`: a record made by meta, or the one of that name and type changed to match;
//! no call when it already matches.

use super::create::Request;
use super::put::{self, Put, RecordChange};
use crate::core::error::Result;
use crate::ops::{Outcome, Progress, Session};

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
        upsert: true,
        dry_run: req.dry_run,
        retry_budget: req.retry_budget,
    };
    put::run(session, put, progress)
}

/// The same for a record already checked and normalised (`tunnel route`).
pub(crate) fn run_desired(
    session: &mut Session,
    want: crate::dns::Desired,
    dry_run: bool,
    retry_budget: std::time::Duration,
    progress: &dyn Progress,
) -> Result<Outcome<RecordChange>> {
    let put = Put {
        want,
        upsert: true,
        dry_run,
        retry_budget,
    };
    put::run(session, put, progress)
}
