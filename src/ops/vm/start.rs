//! `vm start`: a plan of one call, `instances.start` (undone by a stop); nothing when the
//! VM already runs.

use super::lifecycle::{self, Change, Request, Verb};
use super::{Outcome, Progress};
use crate::core::error::Result;
use crate::ops::Session;

pub fn run(
    session: &mut Session,
    req: &Request,
    progress: &dyn Progress,
) -> Result<Outcome<Change>> {
    lifecycle::run(session, req, Verb::Start, None, &|_| Ok(()), progress)
}
