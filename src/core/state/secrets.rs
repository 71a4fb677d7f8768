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

/// The rows of `prefix` itself and of everything under `prefix/` (every row for an empty
/// prefix), as a condition on `path` and its named parameters. Written as a lookup and a
/// range of `path`, both of which the index of `UNIQUE (path, version)` finds, so the cost
/// follows the number of rows named, not the number stored: the paths under `p/` are those
/// from `p/` up to `p0` (`0` being the byte after `/`), and `p-x` or `p.x` beside them,
/// which sort between `p` and `p/`, are in neither.
struct Under {
    sql: &'static str,
    params: Vec<(&'static str, String)>,
}

impl Under {
    fn new(prefix: &str) -> Under {
        if prefix.is_empty() {
            return Under {
                sql: "1 = 1",
                params: Vec::new(),
            };
        }
        let low = format!("{prefix}/");
        let high = super::prefix_upper(&low).expect("a prefix ending in `/` has an upper bound");
        Under {
            sql: "(path = :prefix OR (path >= :low AND path < :high))",
            params: vec![
                (":prefix", prefix.to_string()),
                (":low", low),
                (":high", high),
            ],
        }
    }

    /// A statement of this file with the condition in place.
    fn statement(&self, template: &str) -> String {
        template
            .replace("{columns}", COLUMNS)
            .replace("{under}", self.sql)
    }

    /// The parameters, with those of the rest of the statement.
    fn with<'a>(
        &'a self,
        more: &[(&'a str, &'a dyn rusqlite::ToSql)],
    ) -> Vec<(&'a str, &'a dyn rusqlite::ToSql)> {
        let mut all: Vec<(&str, &dyn rusqlite::ToSql)> = self
            .params
            .iter()
            .map(|(name, value)| (*name, value as &dyn rusqlite::ToSql))
            .collect();
        all.extend_from_slice(more);
        all
    }
}

/// The newest version of each live secret under a prefix, by path.
const CURRENT_UNDER: &str = "SELECT {columns} FROM secrets s
     WHERE {under} AND deleted IS NULL
       AND version = (SELECT max(version) FROM secrets WHERE path = s.path)
     ORDER BY path";

/// Every version of every live secret under a prefix, by path then version.
const ALL_UNDER: &str =
    "SELECT {columns} FROM secrets WHERE {under} AND deleted IS NULL ORDER BY path, version";

/// One summary per secret under a prefix.
const LIST_UNDER: &str = "SELECT path, max(version), count(*),
            (SELECT created FROM secrets t WHERE t.path = s.path ORDER BY version DESC LIMIT 1),
            max(deleted IS NOT NULL)
     FROM secrets s
     WHERE {under}
     GROUP BY path
     HAVING :include_deleted OR max(deleted IS NOT NULL) = 0
     ORDER BY path";

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
        let under = Under::new(prefix);
        let mut stmt = self
            .conn()
            .prepare_cached(&under.statement(CURRENT_UNDER))?;
        let rows = stmt
            .query_map(under.with(&[]).as_slice(), row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Every version of every live secret under `prefix`, by path then version.
    pub fn secret_all_under(&self, prefix: &str) -> Result<Vec<SecretRow>> {
        let under = Under::new(prefix);
        let mut stmt = self.conn().prepare_cached(&under.statement(ALL_UNDER))?;
        let rows = stmt
            .query_map(under.with(&[]).as_slice(), row)?
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
        let under = Under::new(prefix);
        let mut stmt = self.conn().prepare_cached(&under.statement(LIST_UNDER))?;
        let params = under.with(&[(":include_deleted", &include_deleted)]);
        let rows = stmt
            .query_map(params.as_slice(), |r| {
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

#[cfg(test)]
mod tests {
    use super::super::State;
    use super::*;

    const PATHS: &[&str] = &[
        "app",
        "app/we",
        "app/web",
        "app/web-old/key",
        "app/web.bak",
        "app/web/a",
        "app/web/a/b",
        "app/web/z",
        "app/web0",
        "app/webx/key",
        "app/wec",
        "b",
    ];

    fn store() -> (tempfile::TempDir, State) {
        let dir = tempfile::tempdir().unwrap();
        let mut state = State::create(&dir.path().join("state.db")).unwrap();
        state
            .write(|tx| {
                let generation = tx.key_insert(b"wrapped", "2026-01-01T00:00:00Z")?;
                for (i, path) in PATHS.iter().enumerate() {
                    for version in 1..=2 {
                        tx.secret_insert(&SecretRow {
                            id: 0,
                            path: path.to_string(),
                            version,
                            key_generation: generation,
                            nonce: vec![0; 24],
                            ciphertext: vec![i as u8],
                            created: format!("2026-01-0{version}T00:00:00Z"),
                            deleted: None,
                        })?;
                    }
                }
                tx.secret_set_deleted("app/web/z", Some("2026-01-03T00:00:00Z"))?;
                Ok(())
            })
            .unwrap();
        (dir, state)
    }

    #[test]
    fn a_prefix_names_itself_and_what_is_under_it_and_nothing_beside() {
        let (_dir, mut state) = store();
        state
            .read(|tx| {
                let paths = |rows: Vec<SecretRow>| -> Vec<String> {
                    rows.into_iter()
                        .map(|r| format!("{}@{}", r.path, r.version))
                        .collect()
                };
                assert_eq!(
                    paths(tx.secret_current_under("app/web")?),
                    ["app/web@2", "app/web/a@2", "app/web/a/b@2"]
                );
                assert_eq!(
                    paths(tx.secret_all_under("app/web/a")?),
                    [
                        "app/web/a@1",
                        "app/web/a@2",
                        "app/web/a/b@1",
                        "app/web/a/b@2"
                    ]
                );
                assert_eq!(tx.secret_current_under("")?.len(), PATHS.len() - 1);
                assert_eq!(tx.secret_all_under("")?.len(), 2 * (PATHS.len() - 1));
                assert!(tx.secret_current_under("app/w")?.is_empty());
                assert!(tx.secret_current_under("app/web/a/b/c")?.is_empty());
                let listed = |prefix: &str, deleted: bool| -> Result<Vec<String>> {
                    Ok(tx
                        .secret_list(prefix, deleted)?
                        .into_iter()
                        .map(|s| s.path)
                        .collect())
                };
                assert_eq!(
                    listed("app/web", false)?,
                    ["app/web", "app/web/a", "app/web/a/b"]
                );
                assert_eq!(
                    listed("app/web", true)?,
                    ["app/web", "app/web/a", "app/web/a/b", "app/web/z"]
                );
                assert_eq!(listed("", true)?, PATHS);
                assert_eq!(listed("app", false)?.len(), PATHS.len() - 2);
                let summary = &tx.secret_list("app/web/a/b", false)?[0];
                assert_eq!(
                    (summary.version, summary.versions, summary.updated.as_str()),
                    (2, 2, "2026-01-02T00:00:00Z")
                );
                Ok(())
            })
            .unwrap();
    }

    /// What keeps the cost of a prefix query with the size of its answer: SQLite looks the
    /// rows up through the index of `(path, version)` and never reads the whole table.
    #[test]
    fn prefix_queries_search_the_index_and_never_scan_the_table() {
        let (_dir, mut state) = store();
        state
            .read(|tx| {
                let under = Under::new("app/web");
                for template in [CURRENT_UNDER, ALL_UNDER, LIST_UNDER] {
                    let sql = format!("EXPLAIN QUERY PLAN {}", under.statement(template));
                    let include: &dyn rusqlite::ToSql = &true;
                    let mut params = under.with(&[]);
                    if template == LIST_UNDER {
                        params.push((":include_deleted", include));
                    }
                    let mut stmt = tx.conn().prepare(&sql)?;
                    let plan: Vec<String> = stmt
                        .query_map(params.as_slice(), |r| r.get::<_, String>(3))?
                        .collect::<rusqlite::Result<_>>()?;
                    assert!(
                        plan.iter().any(
                            |l| l.contains("USING INDEX") || l.contains("USING COVERING INDEX")
                        ),
                        "{plan:?}"
                    );
                    assert!(
                        !plan.iter().any(|l| l.starts_with("SCAN")),
                        "{template}: {plan:?}"
                    );
                }
                Ok(())
            })
            .unwrap();
    }
}
