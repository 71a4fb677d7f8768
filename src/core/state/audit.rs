//! Rows of the hash-chained audit log. The chain itself (what is hashed, how it is
//! verified) is the audit domain's; this file only stores and reads rows.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::Tx;
use crate::core::error::Result;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct AuditRow {
    pub seq: i64,
    pub time: String,
    pub actor: String,
    pub uid: u32,
    pub command: String,
    pub target: String,
    pub outcome: String,
    pub prev_hash: String,
    pub hash: String,
    /// What a plan did or was about to do: its steps, one line each (empty for entries
    /// that need none).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub detail: String,
}

const COLUMNS: &str = "seq, time, actor, uid, command, target, outcome, prev_hash, hash, detail";
const HEAD_KEY: &str = "audit_head";

fn row(r: &rusqlite::Row) -> rusqlite::Result<AuditRow> {
    Ok(AuditRow {
        seq: r.get(0)?,
        time: r.get(1)?,
        actor: r.get(2)?,
        uid: r.get(3)?,
        command: r.get(4)?,
        target: r.get(5)?,
        outcome: r.get(6)?,
        prev_hash: r.get(7)?,
        hash: r.get(8)?,
        detail: r.get(9)?,
    })
}

impl Tx<'_> {
    pub fn audit_last(&self) -> Result<Option<AuditRow>> {
        Ok(self
            .conn()
            .query_row(
                &format!("SELECT {COLUMNS} FROM audit ORDER BY seq DESC LIMIT 1"),
                [],
                row,
            )
            .optional()?)
    }

    /// Appends a row and moves the recorded head of the chain to it, in the same
    /// transaction, so that removing the newest rows is also detectable.
    pub fn audit_insert(&self, entry: &AuditRow) -> Result<()> {
        self.conn().execute(
            &format!(
                "INSERT INTO audit ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"
            ),
            params![
                entry.seq,
                entry.time,
                entry.actor,
                entry.uid,
                entry.command,
                entry.target,
                entry.outcome,
                entry.prev_hash,
                entry.hash,
                entry.detail
            ],
        )?;
        self.setting_put(HEAD_KEY, &format!("{} {}", entry.seq, entry.hash))
    }

    /// The `(seq, hash)` of the newest entry as recorded when it was appended.
    pub fn audit_head(&self) -> Result<Option<(i64, String)>> {
        let Some(text) = self.setting_get(HEAD_KEY)? else {
            return Ok(None);
        };
        let mut parts = text.splitn(2, ' ');
        let seq = parts.next().and_then(|s| s.parse().ok()).unwrap_or(-1);
        Ok(Some((seq, parts.next().unwrap_or_default().to_string())))
    }

    /// Every row in order, filtered by time (RFC 3339 text compares in time order) and by a
    /// target prefix.
    pub fn audit_list(
        &self,
        since: Option<&str>,
        target_prefix: Option<&str>,
    ) -> Result<Vec<AuditRow>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM audit
             WHERE (?1 IS NULL OR time >= ?1)
               AND (?2 IS NULL OR substr(target, 1, length(?2)) = ?2)
             ORDER BY seq"
        ))?;
        let rows = stmt
            .query_map(params![since, target_prefix], row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn setting_get(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn()
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub fn setting_put(&self, key: &str, value: &str) -> Result<()> {
        self.conn().execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }
}
