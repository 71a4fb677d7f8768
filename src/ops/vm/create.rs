//! `vm create`: a plan of one call, `instances.insert` (undone by a delete), refused when
//! a VM of that name exists.

use super::lifecycle::{self, Change, Request, Verb};
use super::{Changed, OnStep};
use crate::core::error::Result;
use crate::ops::Session;
use crate::vm::CreateSpec;

pub fn run(
    session: &mut Session,
    req: &Request,
    spec: &CreateSpec,
    on_step: OnStep,
) -> Result<Changed<Change>> {
    lifecycle::run(session, req, Verb::Create, Some(spec), &|_| Ok(()), on_step)
}
