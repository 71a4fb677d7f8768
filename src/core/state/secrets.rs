//! Rows of the `secrets` table: one row per version of a secret, holding only ciphertext,
//! its nonce and the generation of the data key that sealed it. Values never pass through
//! here in the clear; opening and sealing is the secret domain's.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::Tx;
use crate::core::error::Result;

/// One stored version, sealed.
#[derive(Debug, Clone)]
pub struct SecretRow {
    pub id: i64,
    pub path: String,
    pub version: i64,
    pub key_generation: i64,
    pub nonce: Vec<u8>,
    pub ciphertext: Vec<u8>,
    pub created: String,
    pub deleted: Option<String>,
}

/// A secret as `list` shows it: never a value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct SecretSummary {
    pub path: String,
    pub version: i64,
    pub versions: i64,
    pub updated: String,
    pub deleted: bool,
}

/// A version as `history` shows it: never a value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct SecretVersion {
    pub version: i64,
    pub created: String,
    pub key_generation: i64,
}

const COLUMNS: &str = "id, path, version, key_generation, nonce, ciphertext, created, deleted";

fn row(r: &rusqlite::Row) -> rusqlite::Result<SecretRow> {
    Ok(SecretRow {
        id: r.get(0)?,
        path: r.get(1)?,
        version: r.get(2)?,
        key_generation: r.get(3)?,
        nonce: r.get(4)?,
        ciphertext: r.get(5)?,
        created: r.get(6)?,
        deleted: r.get(7)?,
    })
}

/// `path` itself or anything under `path/`; an empty prefix matches everything.
const UNDER: &str = "(?1 = '' OR path = ?1 OR substr(path, 1, length(?1) + 1) = ?1 || '/')";

impl Tx<'_> {
    /// A version of `path` (the newest when `version` is `None`), deleted or not.
    pub fn secret_get(&self, path: &str, version: Option<i64>) -> Result<Option<SecretRow>> {
        let c = self.conn();
        let found = match version {
            Some(v) => c
                .prepare_cached(&format!(
                    "SELECT {COLUMNS} FROM secrets WHERE path = ?1 AND version = ?2"
                ))?
                .query_row(params![path, v], row)
                .optional()?,
            None => c
                .prepare_cached(&format!(
                    "SELECT {COLUMNS} FROM secrets WHERE path = ?1 ORDER BY version DESC LIMIT 1"
                ))?
                .query_row([path], row)
                .optional()?,
        };
        Ok(found)
    }

    /// Every version of `path`, oldest first.
    pub fn secret_versions(&self, path: &str) -> Result<Vec<SecretRow>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM secrets WHERE path = ?1 ORDER BY version"
        ))?;
        let rows = stmt
            .query_map([path], row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The newest version of each live secret under `prefix`, by path.
    pub fn secret_current_under(&self, prefix: &str) -> Result<Vec<SecretRow>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM secrets s
             WHERE {UNDER} AND deleted IS NULL
               AND version = (SELECT max(version) FROM secrets WHERE path = s.path)
             ORDER BY path"
        ))?;
        let rows = stmt
            .query_map([prefix], row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Every version of every live secret under `prefix`, by path then version.
    pub fn secret_all_under(&self, prefix: &str) -> Result<Vec<SecretRow>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM secrets WHERE {UNDER} AND deleted IS NULL ORDER BY path, version"
        ))?;
        let rows = stmt
            .query_map([prefix], row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Every stored version, deleted or not: what `rotate-key` re-encrypts.
    pub fn secret_all(&self) -> Result<Vec<SecretRow>> {
        let mut stmt = self
            .conn()
            .prepare_cached(&format!("SELECT {COLUMNS} FROM secrets ORDER BY id"))?;
        let rows = stmt
            .query_map([], row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    pub fn secret_list(&self, prefix: &str, include_deleted: bool) -> Result<Vec<SecretSummary>> {
        let mut stmt = self.conn().prepare_cached(&format!(
            "SELECT path, max(version), count(*),
                    (SELECT created FROM secrets t WHERE t.path = s.path ORDER BY version DESC LIMIT 1),
                    max(deleted IS NOT NULL)
             FROM secrets s
             WHERE {UNDER}
             GROUP BY path
             HAVING ?2 OR max(deleted IS NOT NULL) = 0
             ORDER BY path"
        ))?;
        let rows = stmt
            .query_map(params![prefix, include_deleted], |r| {
                Ok(SecretSummary {
                    path: r.get(0)?,
                    version: r.get(1)?,
                    versions: r.get(2)?,
                    updated: r.get(3)?,
                    deleted: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The number the next version of `path` gets: one above the highest, so versions run
    /// 1, 2, 3 … without gaps as long as writers hold the write lock.
    pub fn secret_next_version(&self, path: &str) -> Result<i64> {
        Ok(self.conn().query_row(
            "SELECT coalesce(max(version), 0) + 1 FROM secrets WHERE path = ?1",
            [path],
            |r| r.get(0),
        )?)
    }

    pub fn secret_insert(&self, r: &SecretRow) -> Result<()> {
        self.conn()
            .prepare_cached(
                "INSERT INTO secrets (path, version, key_generation, nonce, ciphertext, created, deleted)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL)",
            )?
            .execute(params![
                r.path,
                r.version,
                r.key_generation,
                r.nonce,
                r.ciphertext,
                r.created
            ])?;
        Ok(())
    }

    /// Marks every version of `path` deleted (`Some(time)`) or live again (`None`).
    pub fn secret_set_deleted(&self, path: &str, deleted: Option<&str>) -> Result<usize> {
        Ok(self.conn().execute(
            "UPDATE secrets SET deleted = ?2 WHERE path = ?1",
            params![path, deleted],
        )?)
    }

    /// Destroys every version of `path`.
    pub fn secret_purge(&self, path: &str) -> Result<usize> {
        Ok(self
            .conn()
            .execute("DELETE FROM secrets WHERE path = ?1", [path])?)
    }

    /// Replaces the sealed value of one row (same path and version) with one sealed under
    /// another key generation.
    pub fn secret_reseal(
        &self,
        id: i64,
        key_generation: i64,
        nonce: &[u8],
        ciphertext: &[u8],
    ) -> Result<()> {
        self.conn()
            .prepare_cached(
                "UPDATE secrets SET key_generation = ?2, nonce = ?3, ciphertext = ?4 WHERE id = ?1",
            )?
            .execute(params![id, key_generation, nonce, ciphertext])?;
        Ok(())
    }

    /// The wrapped data key of one generation, for versions sealed before the newest key.
    pub fn secret_key_wrapped(&self, generation: i64) -> Result<Option<Vec<u8>>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT wrapped FROM keys WHERE generation = ?1",
                [generation],
                |r| r.get(0),
            )
            .optional()?)
    }
}
