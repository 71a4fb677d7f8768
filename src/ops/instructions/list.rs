//! `instructions list`: every project, its layers and the state of its file. A project that
//! cannot be rendered is a row with its error, not a failure of the list.

use serde::Serialize;

use super::{load, RowError};
use crate::core::error::Result;
use crate::instructions::{self, FileStatus, Layer, Settings, Shared, Target};
use crate::ops::Session;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ListStatus {
    Fresh,
    Stale,
    Edited,
    Missing,
    NoFolder,
    Error,
}

impl From<FileStatus> for ListStatus {
    fn from(s: FileStatus) -> Self {
        match s {
            FileStatus::Fresh => ListStatus::Fresh,
            FileStatus::Stale => ListStatus::Stale,
            FileStatus::Edited => ListStatus::Edited,
            FileStatus::Missing => ListStatus::Missing,
        }
    }
}

/// How many layer files of each kind a project's file is built from.
#[derive(Debug, Clone, Default, Serialize, schemars::JsonSchema)]
pub struct LayerCounts {
    pub core: usize,
    pub meta: usize,
    pub project: usize,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct SourceView {
    pub layer: Layer,
    /// As the header names it: `core/10-style.md`, `.claude-specific/x.md`.
    pub source: String,
    pub path: String,
    pub sha256: String,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct ListRow {
    pub project: String,
    pub path: Option<String>,
    pub file: Option<String>,
    pub status: ListStatus,
    pub layers: LayerCounts,
    pub sources: Vec<SourceView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<RowError>,
}

pub fn run(session: &mut Session) -> Result<Vec<ListRow>> {
    let loaded = load(session, &[], true)?;
    Ok(loaded
        .targets
        .iter()
        .map(|t| list_row(&loaded.settings, &loaded.shared, t))
        .collect())
}

fn list_row(settings: &Settings, shared: &Shared, target: &Target) -> ListRow {
    let mut row = ListRow {
        project: target.project.name.clone(),
        path: target.project.path.clone(),
        file: instructions::file_of(&target.project).map(|f| f.display().to_string()),
        status: ListStatus::NoFolder,
        layers: LayerCounts::default(),
        sources: Vec::new(),
        error: None,
    };
    if !instructions::has_folder(target) {
        return row;
    }
    match instructions::render(settings, shared, target) {
        Ok(r) => {
            row.file = Some(r.shown());
            row.status = r.status.into();
            for s in &r.sources {
                match s.layer {
                    Layer::Core => row.layers.core += 1,
                    Layer::Meta => row.layers.meta += 1,
                    Layer::Project => row.layers.project += 1,
                }
                row.sources.push(SourceView {
                    layer: s.layer,
                    source: s.label.clone(),
                    path: s.path.display().to_string(),
                    sha256: s.sha256.clone(),
                });
            }
        }
        Err(e) => {
            row.status = ListStatus::Error;
            row.error = Some(RowError::from(&e));
        }
    }
    row
}
