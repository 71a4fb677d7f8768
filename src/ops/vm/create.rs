//! `vm create`: a plan of one call, `instances.insert` (undone by a delete), refused when
//! a VM of that name exists.

use super::lifecycle::{self, Change, Request, Verb};
use super::{Outcome, Progress};
use crate::core::error::{Error, Result};
use crate::ops::Session;
use crate::vm::{check_name, check_token, CreateSpec};

pub fn run(
    session: &mut Session,
    req: &Request,
    spec: &CreateSpec,
    progress: &dyn Progress,
) -> Result<Outcome<Change>> {
    check(spec)?;
    lifecycle::run(
        session,
        req,
        Verb::Create,
        Some(spec),
        &|_| Ok(()),
        progress,
    )
}

/// Every name that goes into the body, checked before any call.
fn check(spec: &CreateSpec) -> Result<()> {
    check_name(&spec.name)?;
    check_token("machine type", &spec.machine_type)?;
    check_token("image family", &spec.image_family)?;
    check_token("image project", &spec.image_project)?;
    check_token("network", &spec.network)?;
    if spec.disk_gb < 10 || spec.disk_gb > 65_536 {
        return Err(Error::usage(format!(
            "--disk-gb must be between 10 and 65536, not {}",
            spec.disk_gb
        )));
    }
    for t in &spec.tags {
        check_token("network tag", t)?;
    }
    for (k, v) in &spec.labels {
        check_token("label key", k)?;
        if !v.is_empty() {
            check_token("label value", v)?;
        }
    }
    Ok(())
}
