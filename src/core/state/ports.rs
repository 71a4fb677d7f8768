//! Rows of the port tables: allocations (a service's promised port and hostname) and
//! reservations (ports no allocation may take). The rules about which port may go where
//! are the port domain's; this file only stores and reads rows. Deployments are read here
//! only as far as the port audit needs them (name and spec of a project's deployments).

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::Tx;
use crate::core::error::Result;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AllocationRow {
    pub project: String,
    pub service: String,
    pub port: u16,
    pub hostname: Option<String>,
    pub created: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReservationRow {
    pub id: i64,
    pub start_port: u16,
    pub end_port: u16,
    pub reason: Option<String>,
    pub created: String,
}

const ALLOCATION_SELECT: &str = "SELECT p.name, a.service, a.port, a.hostname, a.created \
     FROM allocations a JOIN projects p ON p.id = a.project_id";

fn allocation(r: &rusqlite::Row) -> rusqlite::Result<AllocationRow> {
    Ok(AllocationRow {
        project: r.get(0)?,
        service: r.get(1)?,
        port: r.get(2)?,
        hostname: r.get(3)?,
        created: r.get(4)?,
    })
}

fn reservation(r: &rusqlite::Row) -> rusqlite::Result<ReservationRow> {
    Ok(ReservationRow {
        id: r.get(0)?,
        start_port: r.get(1)?,
        end_port: r.get(2)?,
        reason: r.get(3)?,
        created: r.get(4)?,
    })
}

impl Tx<'_> {
    pub fn allocation_get(&self, project: &str, service: &str) -> Result<Option<AllocationRow>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "{ALLOCATION_SELECT} WHERE p.name = ?1 AND a.service = ?2"
        ))?;
        Ok(stmt
            .query_row(params![project, service], allocation)
            .optional()?)
    }

    pub fn allocation_by_port(&self, port: u16) -> Result<Option<AllocationRow>> {
        let mut stmt = self
            .conn()
            .prepare_cached(&format!("{ALLOCATION_SELECT} WHERE a.port = ?1"))?;
        Ok(stmt.query_row([port], allocation).optional()?)
    }

    pub fn allocation_by_hostname(&self, hostname: &str) -> Result<Option<AllocationRow>> {
        let mut stmt = self
            .conn()
            .prepare_cached(&format!("{ALLOCATION_SELECT} WHERE a.hostname = ?1"))?;
        Ok(stmt.query_row([hostname], allocation).optional()?)
    }

    /// Every allocation, or one project's, ordered by port.
    pub fn allocation_list(&self, project: Option<&str>) -> Result<Vec<AllocationRow>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "{ALLOCATION_SELECT} WHERE ?1 IS NULL OR p.name = ?1 ORDER BY a.port"
        ))?;
        let rows = stmt
            .query_map([project], allocation)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The allocated ports between `start` and `end` (inclusive), whoever holds them.
    pub fn allocation_ports_between(&self, start: u16, end: u16) -> Result<Vec<u16>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT port FROM allocations WHERE port BETWEEN ?1 AND ?2 ORDER BY port",
        )?;
        let rows = stmt
            .query_map([start, end], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<u16>>>()?;
        Ok(rows)
    }

    /// Inserts an allocation for an existing project; false when the project is gone.
    pub fn allocation_insert(&self, row: &AllocationRow) -> Result<bool> {
        let n = self.conn().execute(
            "INSERT INTO allocations (project_id, service, port, hostname, created) \
             SELECT id, ?2, ?3, ?4, ?5 FROM projects WHERE name = ?1",
            params![
                row.project,
                row.service,
                row.port,
                row.hostname,
                row.created
            ],
        )?;
        Ok(n == 1)
    }

    pub fn allocation_set_hostname(
        &self,
        project: &str,
        service: &str,
        hostname: Option<&str>,
    ) -> Result<bool> {
        let n = self.conn().execute(
            "UPDATE allocations SET hostname = ?3 \
             WHERE service = ?2 AND project_id = (SELECT id FROM projects WHERE name = ?1)",
            params![project, service, hostname],
        )?;
        Ok(n == 1)
    }

    /// Removes one allocation; false when there was none.
    pub fn allocation_delete(&self, project: &str, service: &str) -> Result<bool> {
        let n = self.conn().execute(
            "DELETE FROM allocations \
             WHERE service = ?2 AND project_id = (SELECT id FROM projects WHERE name = ?1)",
            params![project, service],
        )?;
        Ok(n == 1)
    }

    pub fn reservation_list(&self) -> Result<Vec<ReservationRow>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, start_port, end_port, reason, created FROM reservations \
             ORDER BY start_port, end_port",
        )?;
        let rows = stmt
            .query_map([], reservation)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn reservation_insert(
        &self,
        start: u16,
        end: u16,
        reason: Option<&str>,
        created: &str,
    ) -> Result<()> {
        self.conn().execute(
            "INSERT INTO reservations (start_port, end_port, reason, created) \
             VALUES (?1, ?2, ?3, ?4)",
            params![start, end, reason, created],
        )?;
        Ok(())
    }

    pub fn reservation_set_reason(&self, id: i64, reason: Option<&str>) -> Result<()> {
        self.conn().execute(
            "UPDATE reservations SET reason = ?2 WHERE id = ?1",
            params![id, reason],
        )?;
        Ok(())
    }

    pub fn reservation_delete(&self, id: i64) -> Result<()> {
        self.conn()
            .execute("DELETE FROM reservations WHERE id = ?1", [id])?;
        Ok(())
    }

    /// `(name, spec JSON)` of every deployment of a project, for matching the process that
    /// holds an allocated port against the one its deployment runs.
    pub fn port_deployment_specs(&self, project: &str) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT d.name, d.spec FROM deployments d JOIN projects p ON p.id = d.project_id \
             WHERE p.name = ?1 ORDER BY d.name",
        )?;
        let rows = stmt
            .query_map([project], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}
