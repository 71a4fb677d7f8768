//! What `meta dns` and `meta tunnel` remember: records created with `meta dns create|upsert`
//! (part of the desired state of `dns sync`), what each applied sync changed (written by the
//! sync's plan, in the transaction that closes it) for `dns undo`, the hostnames put to a remotely-managed tunnel, and the read-only view of
//! allocations with hostnames that both commands take as desired state.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::Tx;
use crate::core::error::Result;

/// An allocation that has a hostname: the source of tunnel rules and DNS records.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HostnameAllocation {
    pub hostname: String,
    pub port: u16,
    pub project: String,
    pub service: String,
}

/// A record `meta dns create|upsert` made, kept so `dns sync` keeps it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ManagedRecordRow {
    pub zone: String,
    pub name: String,
    pub kind: String,
    pub content: String,
    pub proxied: bool,
    pub ttl: u32,
}

/// The changes one sync applied to a zone, as JSON, and whether it was undone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotRow {
    pub id: i64,
    pub zone_id: String,
    pub zone: String,
    pub created: String,
    pub changes: String,
    pub status: String,
}

impl Tx<'_> {
    pub fn hostname_allocations(&self) -> Result<Vec<HostnameAllocation>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT a.hostname, a.port, p.name, a.service FROM allocations a \
             JOIN projects p ON p.id = a.project_id \
             WHERE a.hostname IS NOT NULL AND a.hostname <> '' ORDER BY a.hostname",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(HostnameAllocation {
                    hostname: r.get(0)?,
                    port: r.get(1)?,
                    project: r.get(2)?,
                    service: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Hostnames named in deployment specs (`"hostname"` in the spec JSON).
    pub fn deployment_hostnames(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT json_extract(spec, '$.hostname') FROM deployments \
             WHERE json_valid(spec) AND json_type(spec, '$.hostname') = 'text'",
        )?;
        let rows = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn dns_managed_list(&self, zone: &str) -> Result<Vec<ManagedRecordRow>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT zone, name, type, content, proxied, ttl FROM dns_managed \
             WHERE zone = ?1 ORDER BY name, type",
        )?;
        let rows = stmt
            .query_map([zone], |r| {
                Ok(ManagedRecordRow {
                    zone: r.get(0)?,
                    name: r.get(1)?,
                    kind: r.get(2)?,
                    content: r.get(3)?,
                    proxied: r.get(4)?,
                    ttl: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn dns_managed_put(&self, row: &ManagedRecordRow) -> Result<()> {
        self.conn().execute(
            "INSERT INTO dns_managed (zone, name, type, content, proxied, ttl, created) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) \
             ON CONFLICT (zone, name, type) DO UPDATE SET content = excluded.content, \
             proxied = excluded.proxied, ttl = excluded.ttl",
            params![
                row.zone,
                row.name,
                row.kind,
                row.content,
                row.proxied,
                row.ttl,
                super::now()
            ],
        )?;
        Ok(())
    }

    pub fn dns_managed_remove(&self, zone: &str, name: &str, kind: &str) -> Result<bool> {
        Ok(self.conn().execute(
            "DELETE FROM dns_managed WHERE zone = ?1 AND name = ?2 AND type = ?3",
            params![zone, name, kind],
        )? > 0)
    }

    /// Records the changes an applied sync made, committed with the sync's plan.
    pub fn dns_snapshot_insert(&self, zone_id: &str, zone: &str, changes: &str) -> Result<i64> {
        self.conn().execute(
            "INSERT INTO dns_snapshots (zone_id, zone, created, changes, status) \
             VALUES (?1, ?2, ?3, ?4, 'applied')",
            params![zone_id, zone, super::now(), changes],
        )?;
        Ok(self.conn().last_insert_rowid())
    }

    pub fn dns_snapshot_status(&self, id: i64, status: &str) -> Result<()> {
        self.conn().execute(
            "UPDATE dns_snapshots SET status = ?2 WHERE id = ?1",
            params![id, status],
        )?;
        Ok(())
    }

    /// The newest snapshot of a zone that has not been undone.
    pub fn dns_snapshot_latest(&self, zone: &str) -> Result<Option<SnapshotRow>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT id, zone_id, zone, created, changes, status FROM dns_snapshots \
                 WHERE zone = ?1 AND status IN ('applied', 'partial') ORDER BY id DESC LIMIT 1",
                [zone],
                |r| {
                    Ok(SnapshotRow {
                        id: r.get(0)?,
                        zone_id: r.get(1)?,
                        zone: r.get(2)?,
                        created: r.get(3)?,
                        changes: r.get(4)?,
                        status: r.get(5)?,
                    })
                },
            )
            .optional()?)
    }

    pub fn tunnel_remote_hostnames(&self, tunnel_id: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT hostname FROM tunnel_remote_rules WHERE tunnel_id = ?1 ORDER BY hostname",
        )?;
        let rows = stmt
            .query_map([tunnel_id], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn tunnel_remote_set(&self, tunnel_id: &str, hostnames: &[String]) -> Result<()> {
        self.conn().execute(
            "DELETE FROM tunnel_remote_rules WHERE tunnel_id = ?1",
            [tunnel_id],
        )?;
        for h in hostnames {
            self.conn().execute(
                "INSERT OR IGNORE INTO tunnel_remote_rules (tunnel_id, hostname) VALUES (?1, ?2)",
                params![tunnel_id, h],
            )?;
        }
        Ok(())
    }
}
