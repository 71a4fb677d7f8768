//! What `meta vm` keeps: cached GCP access tokens (sealed with the data key, never in
//! clear) and the autoscale decisions made for each VM.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::Tx;
use crate::core::error::Result;

/// A cached access token, still sealed.
#[derive(Debug, Clone)]
pub struct TokenRow {
    pub generation: i64,
    pub nonce: Vec<u8>,
    pub ciphertext: Vec<u8>,
    /// Unix seconds.
    pub expires: i64,
}

/// One autoscale evaluation, as recorded and as `autoscale history` shows it.
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, schemars::JsonSchema)]
pub struct DecisionRow {
    pub time: String,
    pub project: String,
    pub zone: String,
    pub name: String,
    pub machine_type: String,
    pub cpu_avg: Option<f64>,
    pub cpu_max: Option<f64>,
    /// `up`, `down` or `stay`.
    pub decision: String,
    pub target_type: Option<String>,
    pub reason: String,
    /// Whether a resize was attempted (what the cooldown counts from).
    pub acted: bool,
    pub outcome: String,
}

const DECISION_COLUMNS: &str = "time, project, zone, name, machine_type, cpu_avg, cpu_max, decision, target_type, reason, acted, outcome";

fn decision(r: &rusqlite::Row) -> rusqlite::Result<DecisionRow> {
    Ok(DecisionRow {
        time: r.get(0)?,
        project: r.get(1)?,
        zone: r.get(2)?,
        name: r.get(3)?,
        machine_type: r.get(4)?,
        cpu_avg: r.get(5)?,
        cpu_max: r.get(6)?,
        decision: r.get(7)?,
        target_type: r.get(8)?,
        reason: r.get(9)?,
        acted: r.get(10)?,
        outcome: r.get(11)?,
    })
}

impl Tx<'_> {
    pub fn gcp_token_get(&self, identity: &str, scopes: &str) -> Result<Option<TokenRow>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT generation, nonce, ciphertext, expires FROM gcp_tokens
                 WHERE identity = ?1 AND scopes = ?2",
                params![identity, scopes],
                |r| {
                    Ok(TokenRow {
                        generation: r.get(0)?,
                        nonce: r.get(1)?,
                        ciphertext: r.get(2)?,
                        expires: r.get(3)?,
                    })
                },
            )
            .optional()?)
    }

    pub fn gcp_token_put(
        &self,
        identity: &str,
        scopes: &str,
        row: &TokenRow,
        created: &str,
    ) -> Result<()> {
        self.conn().execute(
            "INSERT INTO gcp_tokens (identity, scopes, generation, nonce, ciphertext, expires, created)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (identity, scopes) DO UPDATE SET
                generation = excluded.generation, nonce = excluded.nonce,
                ciphertext = excluded.ciphertext, expires = excluded.expires,
                created = excluded.created",
            params![
                identity,
                scopes,
                row.generation,
                row.nonce,
                row.ciphertext,
                row.expires,
                created
            ],
        )?;
        Ok(())
    }

    /// Forgets a token the API refused, or every token with no argument.
    pub fn gcp_token_delete(&self, identity: &str) -> Result<usize> {
        Ok(self
            .conn()
            .execute("DELETE FROM gcp_tokens WHERE identity = ?1", [identity])?)
    }

    pub fn autoscale_insert(&self, d: &DecisionRow) -> Result<()> {
        self.conn().execute(
            &format!(
                "INSERT INTO autoscale_decisions ({DECISION_COLUMNS})
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
            ),
            params![
                d.time,
                d.project,
                d.zone,
                d.name,
                d.machine_type,
                d.cpu_avg,
                d.cpu_max,
                d.decision,
                d.target_type,
                d.reason,
                d.acted,
                d.outcome
            ],
        )?;
        Ok(())
    }

    /// The newest decision for the VM that tried a resize.
    pub fn autoscale_last_action(
        &self,
        project: &str,
        zone: &str,
        name: &str,
    ) -> Result<Option<DecisionRow>> {
        Ok(self
            .conn()
            .query_row(
                &format!(
                    "SELECT {DECISION_COLUMNS} FROM autoscale_decisions
                     WHERE project = ?1 AND zone = ?2 AND name = ?3 AND acted = 1
                     ORDER BY id DESC LIMIT 1"
                ),
                params![project, zone, name],
                decision,
            )
            .optional()?)
    }

    /// The VM's decisions, oldest first, at most `limit` of the newest.
    pub fn autoscale_history(
        &self,
        project: &str,
        zone: &str,
        name: &str,
        limit: u32,
    ) -> Result<Vec<DecisionRow>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {DECISION_COLUMNS} FROM (
                 SELECT id, {DECISION_COLUMNS} FROM autoscale_decisions
                 WHERE project = ?1 AND zone = ?2 AND name = ?3
                 ORDER BY id DESC LIMIT ?4
             ) ORDER BY id"
        ))?;
        let rows = stmt
            .query_map(params![project, zone, name, limit], decision)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }
}
