//! `vm health`: CPU from Cloud Monitoring over a window; memory and disk where the Ops
//! Agent reports them; problems against the thresholds asked for.

use time::OffsetDateTime;

use super::{credentials, Progress, Scope};
use crate::core::error::Result;
use crate::ops::Session;
use crate::vm::health::{self, Health, Thresholds};

pub struct Request {
    pub scope: Scope,
    pub name: String,
    pub minutes: u32,
    pub thresholds: Thresholds,
}

pub fn run(session: &mut Session, req: &Request, progress: &dyn Progress) -> Result<Health> {
    crate::vm::check_name(&req.name)?;
    health::check_minutes(req.minutes)?;
    let gcp = credentials::connect(session, &req.scope)?;
    let report = health::health(
        &gcp.vm,
        &req.name,
        req.minutes,
        req.thresholds,
        OffsetDateTime::now_utc(),
    );
    let report = gcp.mend(session, report)?;
    gcp.tell(progress);
    Ok(report)
}
