//! The data key, stored only wrapped (age-encrypted to the identity), by generation.

use rusqlite::{params, OptionalExtension};

use super::Tx;
use crate::core::error::Result;

#[derive(Debug, Clone)]
pub struct WrappedKey {
    pub generation: i64,
    pub wrapped: Vec<u8>,
    pub created: String,
    /// The MAC that proves the identity made this generation (`None` only in a state
    /// file older than proofs, until the identity adopts its generations).
    pub proof: Option<Vec<u8>>,
}

const LEGACY_MARK: &str = "keys_unproven_through";

fn key_row(r: &rusqlite::Row) -> rusqlite::Result<WrappedKey> {
    Ok(WrappedKey {
        generation: r.get(0)?,
        wrapped: r.get(1)?,
        created: r.get(2)?,
        proof: r.get(3)?,
    })
}

impl Tx<'_> {
    /// The key in use: the newest generation.
    pub fn key_current(&self) -> Result<Option<WrappedKey>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT generation, wrapped, created, proof FROM keys ORDER BY generation DESC LIMIT 1",
                [],
                key_row,
            )
            .optional()?)
    }

    /// One generation, with its proof.
    pub fn key_get(&self, generation: i64) -> Result<Option<WrappedKey>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT generation, wrapped, created, proof FROM keys WHERE generation = ?1",
                [generation],
                key_row,
            )
            .optional()?)
    }

    /// Every generation, oldest first.
    pub fn key_list(&self) -> Result<Vec<WrappedKey>> {
        let mut stmt = self
            .conn()
            .prepare("SELECT generation, wrapped, created, proof FROM keys ORDER BY generation")?;
        let rows = stmt
            .query_map([], key_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Stores the proof that the identity made `generation`.
    pub fn key_set_proof(&self, generation: i64, proof: &[u8]) -> Result<()> {
        self.conn().execute(
            "UPDATE keys SET proof = ?2 WHERE generation = ?1",
            params![generation, proof],
        )?;
        Ok(())
    }

    /// Whether the state file has a data key: `init` has run, and written an entry, so
    /// the log must carry a keyed head (adoption writes one for an older state file).
    pub fn key_any(&self) -> Result<bool> {
        Ok(self
            .conn()
            .query_row("SELECT EXISTS (SELECT 1 FROM keys)", [], |r| r.get(0))?)
    }

    /// In a state file migrated from before proofs: the newest generation that existed
    /// then, whose generations the identity is yet to adopt.
    pub fn key_legacy_mark(&self) -> Result<Option<i64>> {
        Ok(self.setting_get(LEGACY_MARK)?.and_then(|v| v.parse().ok()))
    }

    /// The generations up to `mark` that have no proof yet, wrapped.
    pub fn key_unproven_through(&self, mark: i64) -> Result<Vec<WrappedKey>> {
        let mut stmt = self.conn().prepare(
            "SELECT generation, wrapped, created, proof FROM keys
             WHERE generation <= ?1 AND proof IS NULL ORDER BY generation",
        )?;
        let rows = stmt
            .query_map([mark], key_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn key_clear_legacy_mark(&self) -> Result<()> {
        self.conn()
            .execute("DELETE FROM settings WHERE key = ?1", [LEGACY_MARK])?;
        Ok(())
    }

    /// Stores a new generation and returns its number.
    pub fn key_insert(&self, wrapped: &[u8], created: &str) -> Result<i64> {
        self.conn().execute(
            "INSERT INTO keys (generation, wrapped, created)
             VALUES ((SELECT coalesce(max(generation), 0) + 1 FROM keys), ?1, ?2)",
            params![wrapped, created],
        )?;
        Ok(self.conn().last_insert_rowid())
    }

    /// Drops every generation older than `keep`, once nothing is encrypted under them.
    pub fn key_delete_before(&self, keep: i64) -> Result<usize> {
        Ok(self
            .conn()
            .execute("DELETE FROM keys WHERE generation < ?1", [keep])?)
    }
}
