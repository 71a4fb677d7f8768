//! `instructions diff`: what `build` would change in one project's file, as a unified diff.
//! A file edited by hand is diffed against what `--force` would write.

use serde::{Deserialize, Serialize};

use super::load;
use crate::core::error::Result;
use crate::instructions::{self, FileStatus};
use crate::ops::Session;

#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
pub struct DiffRequest {
    pub project: String,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct DiffResult {
    pub project: String,
    pub file: String,
    pub status: FileStatus,
    /// A unified diff from the file on disk to what `build` would write; empty when fresh.
    pub diff: String,
}

pub fn run(session: &mut Session, req: DiffRequest) -> Result<DiffResult> {
    let loaded = load(session, std::slice::from_ref(&req.project), false)?;
    let Some(target) = loaded.targets.first() else {
        return Err(crate::project::not_found(&req.project));
    };
    let rendered = instructions::render(&loaded.settings, &loaded.shared, target)?;
    Ok(DiffResult {
        project: rendered.project.clone(),
        file: rendered.shown(),
        status: rendered.status,
        diff: rendered.diff(),
    })
}
