//! `meta init`: the home folder, the identity, the state file and its data key.

use crate::core::error::Result;
use crate::init::{InitReport, Status};
use crate::ops::Session;

/// Creates what is missing (with `dry_run`, only says what it would create), and records
/// what it created in the new audit log.
pub fn init(session: &mut Session, dry_run: bool) -> Result<InitReport> {
    let report = crate::init::init(&session.settings.paths, dry_run)?;
    if !dry_run && report.changed() {
        let created: Vec<&str> = report
            .items
            .iter()
            .filter(|i| i.status == Status::Created)
            .map(|i| i.item)
            .collect();
        crate::audit::record(
            session.state()?,
            "init",
            "meta",
            &format!("ok: created {}", created.join(", ")),
        )?;
    }
    Ok(report)
}
