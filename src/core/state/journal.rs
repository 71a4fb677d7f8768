//! The journal of a plan being applied: the plan itself, and before each step runs, the
//! record that undoes it. A plan that finishes (or is rolled back) removes its rows in the
//! transaction that records its outcome; rows still here belong to a plan that was cut short.

use rusqlite::{params, OptionalExtension};

use super::Tx;
use crate::core::error::Result;

/// A plan whose apply has not finished.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalPlan {
    pub id: i64,
    pub command: String,
    pub target: String,
    pub pid: u32,
    pub started: String,
    /// The plan, as JSON.
    pub plan: String,
}

/// The undo record of one step (JSON; `None` when the step needs no undoing) and whether
/// the step finished.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JournalStep {
    pub seq: i64,
    pub undo: Option<String>,
    pub done: bool,
}

impl Tx<'_> {
    pub fn journal_begin(&self, command: &str, target: &str, pid: u32, plan: &str) -> Result<i64> {
        self.conn().execute(
            "INSERT INTO journal_plans (command, target, pid, started, plan)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![command, target, pid, super::now(), plan],
        )?;
        Ok(self.conn().last_insert_rowid())
    }

    /// The oldest unfinished plan, if any.
    pub fn journal_unfinished(&self) -> Result<Option<JournalPlan>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT id, command, target, pid, started, plan FROM journal_plans
                 ORDER BY id LIMIT 1",
                [],
                |r| {
                    Ok(JournalPlan {
                        id: r.get(0)?,
                        command: r.get(1)?,
                        target: r.get(2)?,
                        pid: r.get(3)?,
                        started: r.get(4)?,
                        plan: r.get(5)?,
                    })
                },
            )
            .optional()?)
    }

    /// Records how to undo step `seq` before it runs, and that the step before it finished.
    pub fn journal_step(&self, plan_id: i64, seq: i64, undo: Option<&str>) -> Result<()> {
        self.conn().execute(
            "UPDATE journal_steps SET done = 1 WHERE plan_id = ?1 AND seq < ?2",
            params![plan_id, seq],
        )?;
        self.conn().execute(
            "INSERT INTO journal_steps (plan_id, seq, undo) VALUES (?1, ?2, ?3)
             ON CONFLICT (plan_id, seq) DO UPDATE SET undo = excluded.undo, done = 0",
            params![plan_id, seq, undo],
        )?;
        Ok(())
    }

    pub fn journal_steps(&self, plan_id: i64) -> Result<Vec<JournalStep>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT seq, undo, done FROM journal_steps WHERE plan_id = ?1 ORDER BY seq",
        )?;
        let rows = stmt
            .query_map([plan_id], |r| {
                Ok(JournalStep {
                    seq: r.get(0)?,
                    undo: r.get(1)?,
                    done: r.get::<_, i64>(2)? != 0,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn journal_clear(&self, plan_id: i64) -> Result<()> {
        self.conn()
            .execute("DELETE FROM journal_steps WHERE plan_id = ?1", [plan_id])?;
        self.conn()
            .execute("DELETE FROM journal_plans WHERE id = ?1", [plan_id])?;
        Ok(())
    }
}

/// Refuses (exit 7) while a plan lies unfinished in the journal, unless its process still
/// holds the host lock (it is running right now, not cut short).
pub fn refuse_unfinished(tx: &Tx, home: &std::path::Path) -> Result<()> {
    let Some(row) = tx.journal_unfinished()? else {
        return Ok(());
    };
    let running =
        crate::core::host::lock::holder(home).is_some_and(|(h, alive)| alive && h.pid == row.pid);
    if running {
        return Ok(());
    }
    Err(crate::core::error::Error::busy(format!(
        "an earlier `{}` (pid {}, started {}) did not finish: the host may be half-changed",
        row.command, row.pid, row.started
    ))
    .with_hint("run `meta recover` to roll it back (`--dry-run` shows how, `--forward` finishes it instead)"))
}
