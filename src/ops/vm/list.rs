//! `vm list`: the VMs of the zone, every page.

use super::{credentials, Progress, Scope};
use crate::core::error::Result;
use crate::ops::Session;
use crate::vm::{self, Vm};

pub struct Request {
    pub scope: Scope,
    /// A Compute Engine filter expression, like `status = RUNNING`.
    pub filter: Option<String>,
}

pub fn run(session: &mut Session, req: &Request, progress: &dyn Progress) -> Result<Vec<Vm>> {
    let gcp = credentials::connect(session, &req.scope)?;
    let vms = vm::list(&gcp.vm, req.filter.as_deref());
    let vms = gcp.mend(session, vms)?;
    gcp.tell(progress);
    Ok(vms)
}
