//! `vm stop`: a plan of one call, `instances.stop` (undone by a start); nothing when the
//! VM is already stopped.

use super::lifecycle::{self, Change, Request, Verb};
use super::{Outcome, Progress};
use crate::core::error::Result;
use crate::ops::Session;

pub fn run(
    session: &mut Session,
    req: &Request,
    progress: &dyn Progress,
) -> Result<Outcome<Change>> {
    lifecycle::run(session, req, Verb::Stop, None, &|_| Ok(()), progress)
}
