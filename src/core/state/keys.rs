//! The data key, stored only wrapped (age-encrypted to the identity), by generation.

use rusqlite::{params, OptionalExtension};

use super::Tx;
use crate::core::error::Result;

#[derive(Debug, Clone)]
pub struct WrappedKey {
    pub generation: i64,
    pub wrapped: Vec<u8>,
    pub created: String,
}

impl Tx<'_> {
    /// The key in use: the newest generation.
    pub fn key_current(&self) -> Result<Option<WrappedKey>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT generation, wrapped, created FROM keys ORDER BY generation DESC LIMIT 1",
                [],
                |r| {
                    Ok(WrappedKey {
                        generation: r.get(0)?,
                        wrapped: r.get(1)?,
                        created: r.get(2)?,
                    })
                },
            )
            .optional()?)
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
