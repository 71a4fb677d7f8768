//! What `meta instructions` reads from and keeps in the state file: a project's port
//! allocations (for the `{{project.services}}` placeholder) and, per generated file, the
//! body it was last built with, so a later hand edit can be shown and adopted exactly.

use rusqlite::{params, OptionalExtension};

use super::Tx;
use crate::core::error::Result;

/// The body an instructions file was last generated with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuiltBody {
    pub body_sha256: String,
    pub body: String,
}

impl Tx<'_> {
    /// A project's allocations as `(service, port)`, by service name.
    pub fn instructions_services(&self, project: &str) -> Result<Vec<(String, u16)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT a.service, a.port FROM allocations a
             JOIN projects p ON p.id = a.project_id
             WHERE p.name = ?1 ORDER BY a.service",
        )?;
        let rows = stmt
            .query_map([project], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The body last generated into the file at `path`, if meta wrote it.
    pub fn instructions_built(&self, path: &str) -> Result<Option<BuiltBody>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT body_sha256, body FROM instructions_outputs WHERE path = ?1",
                [path],
                |r| {
                    Ok(BuiltBody {
                        body_sha256: r.get(0)?,
                        body: r.get(1)?,
                    })
                },
            )
            .optional()?)
    }

    /// Remembers the body just generated into `path`; a no-op when it is already known.
    pub fn instructions_record(
        &self,
        path: &str,
        project: &str,
        built: &BuiltBody,
        when: &str,
    ) -> Result<()> {
        self.conn().execute(
            "INSERT INTO instructions_outputs (path, project, body_sha256, body, built)
             VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (path) DO UPDATE SET
                 project = excluded.project, body_sha256 = excluded.body_sha256,
                 body = excluded.body, built = excluded.built
             WHERE body_sha256 <> excluded.body_sha256 OR project <> excluded.project",
            params![path, project, built.body_sha256, built.body, when],
        )?;
        Ok(())
    }
}
