//! `tunnel route`: points a hostname at the tunnel with a proxied CNAME to
//! `<tunnel-id>.cfargotunnel.com`, made (or changed) like `dns upsert` does.

use std::time::Duration;

use crate::core::error::Result;
use crate::ops::dns::RecordChange;
use crate::ops::{Outcome, Progress, Session};

pub struct Request {
    pub hostname: String,
    pub dry_run: bool,
    pub retry_budget: Duration,
}

pub fn run(
    session: &mut Session,
    req: Request,
    progress: &dyn Progress,
) -> Result<Outcome<RecordChange>> {
    let hostname = req.hostname.trim_end_matches('.').to_string();
    crate::port::validate_hostname(&hostname, true)?;
    let tunnel_id = super::tunnel_id(session)?;
    // An unproxied CNAME to a tunnel never answers, so the record is always proxied.
    let want = crate::dns::record_request(
        &hostname,
        "CNAME",
        &crate::dns::tunnel_target(&tunnel_id),
        true,
        None,
        "tunnel route",
    )?;
    crate::ops::dns::put::upsert_desired(session, want, req.dry_run, req.retry_budget, progress)
}
