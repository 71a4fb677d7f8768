//! `tunnel diff`: the diff a local `tunnel sync` would write.

use std::path::PathBuf;

use serde::Serialize;

use crate::core::error::Result;
use crate::core::plan::unified_diff;
use crate::ops::Session;
use crate::tunnel;

#[derive(Debug, Clone, Serialize)]
pub struct Diff {
    pub path: String,
    pub changed: bool,
    /// A unified diff; empty when nothing would change.
    pub diff: String,
}

pub fn run(session: &mut Session, config: Option<PathBuf>) -> Result<Diff> {
    let (path, shown) = super::config_path(session, config)?;
    let (old, text) = super::read_text(&path)?;
    let rules = super::desired(session)?;
    let new = tunnel::rewrite(&text, &rules)?;
    let changed = old.as_deref() != Some(new.as_bytes());
    let diff = if changed {
        unified_diff(&shown, old.as_deref(), Some(new.as_bytes()))
    } else {
        String::new()
    };
    Ok(Diff {
        path: shown,
        changed,
        diff,
    })
}
