//! `meta instructions list`: every project, its layers and the state of its file.

use serde::Serialize;

use super::{settings, word, RowError};
use crate::cli::{Ctx, Status};
use crate::core::error::Result;
use crate::core::output::{Render, Table};
use crate::instructions::{self, FileStatus, Layer, Settings, Shared};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
enum ListStatus {
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

#[derive(Debug, Default, Serialize)]
struct LayerCounts {
    core: usize,
    meta: usize,
    project: usize,
}

#[derive(Debug, Serialize)]
struct SourceView {
    layer: Layer,
    source: String,
    path: String,
    sha256: String,
}

#[derive(Debug, Serialize)]
struct ListRow {
    project: String,
    path: Option<String>,
    file: Option<String>,
    status: ListStatus,
    layers: LayerCounts,
    sources: Vec<SourceView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<RowError>,
}

impl Render for Vec<ListRow> {
    fn table(&self) -> Table {
        let mut t = Table::new(["project", "status", "layers", "file"]);
        for r in self {
            let l = &r.layers;
            let mut layers = vec![format!("core {}", l.core)];
            if l.meta > 0 {
                layers.push(format!("meta {}", l.meta));
            }
            layers.push(format!("project {}", l.project));
            t.row([
                r.project.clone(),
                word(&r.status),
                layers.join(", "),
                r.file.clone().unwrap_or_else(|| "-".into()),
            ]);
        }
        t
    }
    fn names(&self) -> Vec<String> {
        self.iter().map(|r| r.project.clone()).collect()
    }
}

fn list_row(settings: &Settings, shared: &Shared, target: &instructions::Target) -> ListRow {
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

pub(super) fn run(ctx: &mut Ctx) -> Result<Status> {
    let settings = settings(ctx)?;
    let targets = instructions::targets(ctx.state()?, &[], true)?;
    instructions::check_root(&settings)?;
    let shared = Shared::load(&settings.root);
    let rows: Vec<ListRow> = targets
        .iter()
        .map(|t| list_row(&settings, &shared, t))
        .collect();
    for r in &rows {
        if let Some(e) = &r.error {
            ctx.printer.warn(format!("`{}`: {}", r.project, e.message));
        }
    }
    ctx.printer.result(&rows)?;
    Ok(Status::Success)
}
