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

const TARGET_RANGE: &str = "AND target >= ?2 AND target < ?3";

/// The rows of `audit log`, `target` being the condition on the target, if any.
fn list_statement(target: &str) -> String {
    format!(
        "SELECT {COLUMNS} FROM audit
         WHERE (?1 IS NULL OR time >= ?1) {target}
         ORDER BY seq"
    )
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
    /// target prefix. The prefix is a range of `target` (see [`super::prefix_upper`]), which
    /// the `audit_target` index serves, so a narrow prefix does not read the whole log.
    pub fn audit_list(
        &self,
        since: Option<&str>,
        target_prefix: Option<&str>,
    ) -> Result<Vec<AuditRow>> {
        let mut bound: Vec<&dyn rusqlite::ToSql> = vec![&since];
        let low = target_prefix.filter(|p| !p.is_empty());
        let high = low.and_then(super::prefix_upper);
        let target = match (&low, &high) {
            (None, _) => "",
            (Some(low), Some(high)) => {
                bound.extend([low as &dyn rusqlite::ToSql, high]);
                TARGET_RANGE
            }
            // Only a prefix of U+10FFFF alone has no upper bound.
            (Some(low), None) => {
                bound.push(low);
                "AND target >= ?2"
            }
        };
        let mut stmt = self.conn().prepare_cached(&list_statement(target))?;
        let rows = stmt
            .query_map(bound.as_slice(), row)?
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

#[cfg(test)]
mod tests {
    use super::super::State;
    use super::*;

    #[test]
    fn target_prefix_is_a_range_of_the_index() {
        let dir = tempfile::tempdir().unwrap();
        let mut state = State::create(&dir.path().join("state.db")).unwrap();
        let targets = [
            "secret/app",
            "secret/app-old/k",
            "secret/app/k",
            "secret/apq",
            "secret/ap",
            "tunnel/local",
            "\u{10FFFF}",
        ];
        state
            .write(|tx| {
                for (i, target) in targets.iter().enumerate() {
                    tx.audit_insert(&AuditRow {
                        seq: i as i64 + 1,
                        time: format!("2026-01-0{}T00:00:00Z", i + 1),
                        actor: "a".into(),
                        uid: 0,
                        command: "c".into(),
                        target: target.to_string(),
                        outcome: "ok".into(),
                        prev_hash: String::new(),
                        hash: String::new(),
                        detail: String::new(),
                    })?;
                }
                Ok(())
            })
            .unwrap();
        state
            .read(|tx| {
                let seqs = |since: Option<&str>, prefix: Option<&str>| -> Result<Vec<i64>> {
                    Ok(tx
                        .audit_list(since, prefix)?
                        .iter()
                        .map(|r| r.seq)
                        .collect())
                };
                assert_eq!(seqs(None, Some("secret/app"))?, [1, 2, 3]);
                assert_eq!(seqs(None, Some("secret/app/"))?, [3]);
                assert_eq!(seqs(None, Some("secret/ap"))?, [1, 2, 3, 4, 5]);
                assert_eq!(seqs(Some("2026-01-02"), Some("secret/app"))?, [2, 3]);
                assert_eq!(seqs(None, Some("\u{10FFFF}"))?, [7]);
                assert_eq!(seqs(None, Some("nothing"))?, Vec::<i64>::new());
                assert_eq!(seqs(None, None)?, [1, 2, 3, 4, 5, 6, 7]);
                assert_eq!(seqs(None, Some(""))?, [1, 2, 3, 4, 5, 6, 7]);
                let mut stmt = tx.conn().prepare(&format!(
                    "EXPLAIN QUERY PLAN {}",
                    list_statement(TARGET_RANGE)
                ))?;
                let plan: Vec<String> = stmt
                    .query_map(params![None::<&str>, "secret/app", "secret/apq"], |r| {
                        r.get::<_, String>(3)
                    })?
                    .collect::<rusqlite::Result<_>>()?;
                assert!(
                    plan.iter().any(|l| l.contains("USING INDEX audit_target")),
                    "{plan:?}"
                );
                Ok(())
            })
            .unwrap();
    }
}
