//! `vm delete`: a plan of one call, `instances.delete`, which nothing undoes; `confirm`
//! is asked first.

use super::lifecycle::{self, Change, Request, Verb};
use super::{Changed, Watch};
use crate::core::error::Result;
use crate::ops::{Confirm, Session};

pub fn run(
    session: &mut Session,
    req: &Request,
    confirm: Confirm,
    watch: Watch,
) -> Result<Changed<Change>> {
    lifecycle::run(session, req, Verb::Delete, None, confirm, watch)
}
