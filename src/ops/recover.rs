//! `recover`: roll back (or finish) the plan a crash left in the journal, and show who holds
//! the host lock.

use crate::core::error::Result;
use crate::core::plan::{self, RecoverMode, Recovery};

use super::remote::Remotes;
use super::Session;

pub struct Request {
    pub mode: RecoverMode,
    pub dry_run: bool,
}

pub fn run(session: &mut Session, req: Request) -> Result<Recovery> {
    let apis = plan::unfinished_apis(session.state()?)?;
    let mut remotes = Remotes::connect(session, apis.iter().map(String::as_str))?;
    let mut fx = session.effects(Some(&mut remotes), None)?;
    plan::recover(session.state()?, &mut fx, req.mode, req.dry_run)
}
