//! `vm get`: one VM.

use super::{credentials, Progress, Scope};
use crate::core::error::Result;
use crate::ops::Session;
use crate::vm::{self, Vm};

pub struct Request {
    pub scope: Scope,
    pub name: String,
}

pub fn run(session: &mut Session, req: &Request, progress: &dyn Progress) -> Result<Vm> {
    vm::check_name(&req.name)?;
    let gcp = credentials::connect(session, &req.scope)?;
    let one = vm::get(&gcp.vm, &req.name);
    let one = gcp.mend(session, one)?;
    gcp.tell(progress);
    Ok(one)
}
