//! `meta audit …`: the hash-chained log of every change.

use crate::audit::Verification;
use crate::core::error::Result;
use crate::core::state::AuditRow;
use crate::ops::Session;

/// `audit log`: entries since a time (`1h`, `2d`, or an RFC 3339 time), under a target
/// prefix.
pub fn log(
    session: &mut Session,
    since: Option<&str>,
    target: Option<&str>,
) -> Result<Vec<AuditRow>> {
    let since = since.map(crate::audit::parse_since).transpose()?;
    crate::audit::log(session.state()?, since.as_deref(), target)
}

/// `audit verify`: walk the hash chain.
pub fn verify(session: &mut Session) -> Result<Verification> {
    crate::audit::verify(session.state()?)
}
