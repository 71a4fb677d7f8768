//! `vm delete`: a plan of one call, `instances.delete`, which nothing undoes; `confirm`
//! is asked first.

use super::lifecycle::{self, Change, Request, Verb};
use super::{Outcome, Progress};
use crate::core::error::Result;
use crate::ops::{Confirm, Session};

pub fn run(
    session: &mut Session,
    req: &Request,
    confirm: Confirm,
    progress: &dyn Progress,
) -> Result<Outcome<Change>> {
    lifecycle::run(session, req, Verb::Delete, None, confirm, progress)
}
