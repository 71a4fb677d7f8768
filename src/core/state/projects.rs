//! The project registry and what a project owns.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::Tx;
use crate::core::error::Result;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProjectRow {
    pub name: String,
    pub path: Option<String>,
    pub range_start: u16,
    pub range_end: u16,
    pub instructions_file: Option<String>,
    pub created: String,
}

/// How many things a project owns, which `project rm` must not orphan.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct ProjectUsage {
    pub allocations: u32,
    pub deployments: u32,
    pub dev_envs: u32,
}

impl ProjectUsage {
    pub fn is_empty(&self) -> bool {
        self.allocations == 0 && self.deployments == 0 && self.dev_envs == 0
    }
}

const COLUMNS: &str = "name, path, range_start, range_end, instructions_file, created";

fn row(r: &rusqlite::Row) -> rusqlite::Result<ProjectRow> {
    Ok(ProjectRow {
        name: r.get(0)?,
        path: r.get(1)?,
        range_start: r.get(2)?,
        range_end: r.get(3)?,
        instructions_file: r.get(4)?,
        created: r.get(5)?,
    })
}

impl Tx<'_> {
    pub fn project_get(&self, name: &str) -> Result<Option<ProjectRow>> {
        Ok(self
            .conn()
            .query_row(
                &format!("SELECT {COLUMNS} FROM projects WHERE name = ?1"),
                [name],
                row,
            )
            .optional()?)
    }

    pub fn project_list(&self) -> Result<Vec<ProjectRow>> {
        let mut stmt = self
            .conn()
            .prepare_cached(&format!("SELECT {COLUMNS} FROM projects ORDER BY name"))?;
        let rows = stmt
            .query_map([], row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn project_insert(&self, p: &ProjectRow) -> Result<()> {
        self.conn().execute(
            &format!("INSERT INTO projects ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
            params![
                p.name,
                p.path,
                p.range_start,
                p.range_end,
                p.instructions_file,
                p.created
            ],
        )?;
        Ok(())
    }

    pub fn project_usage(&self, name: &str) -> Result<ProjectUsage> {
        let count = |table: &str| -> Result<u32> {
            Ok(self.conn().query_row(
                &format!(
                    "SELECT count(*) FROM {table} WHERE project_id = (SELECT id FROM projects WHERE name = ?1)"
                ),
                [name],
                |r| r.get(0),
            )?)
        };
        Ok(ProjectUsage {
            allocations: count("allocations")?,
            deployments: count("deployments")?,
            dev_envs: count("dev_envs")?,
        })
    }

    /// Removes a project and everything it owns. Returns false when there was no such project.
    pub fn project_delete(&self, name: &str) -> Result<bool> {
        let c = self.conn();
        let id: Option<i64> = c
            .query_row("SELECT id FROM projects WHERE name = ?1", [name], |r| {
                r.get(0)
            })
            .optional()?;
        let Some(id) = id else { return Ok(false) };
        for table in ["allocations", "deployments", "dev_envs"] {
            c.execute(&format!("DELETE FROM {table} WHERE project_id = ?1"), [id])?;
        }
        c.execute("DELETE FROM projects WHERE id = ?1", [id])?;
        Ok(true)
    }
}
