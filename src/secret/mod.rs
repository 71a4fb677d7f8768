//! Secrets: encrypted, versioned values under hierarchical paths. This module owns what a
//! secret is and how it is sealed (XChaCha20-Poly1305 under the data key, path and version
//! as associated data); `env` turns secrets into environment variables and files, `bundle`
//! moves them in and out as age files. Plaintext stays in `Zeroizing` buffers and never
//! reaches an error message, a log line or the audit log.

pub mod bundle;
pub mod env;
pub mod path;

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use serde::Serialize;
use zeroize::Zeroizing;

use crate::core::crypto::{DataKey, Identity};
use crate::core::error::{Error, Result};
use crate::core::plan::StepView;
use crate::core::state::{self, SecretRow, SecretSummary, SecretVersion, State, Tx};

pub use path::check as check_path;

/// The largest value accepted, in bytes.
pub const MAX_VALUE_BYTES: usize = 1024 * 1024;

/// The associated data of one version: a ciphertext opens only at the path and version it
/// was sealed for, so a row copied or moved in the state file no longer opens.
fn aad(path: &str, version: i64) -> Vec<u8> {
    format!("meta-secret\0{path}\0{version}").into_bytes()
}

/// The data keys of the state file, opened on demand by generation with one identity.
pub struct KeyRing<'p> {
    identity_path: &'p Path,
    identity: Option<Identity>,
    keys: BTreeMap<i64, DataKey>,
}

impl<'p> KeyRing<'p> {
    pub fn new(identity_path: &'p Path) -> Self {
        KeyRing {
            identity_path,
            identity: None,
            keys: BTreeMap::new(),
        }
    }

    fn identity(&mut self) -> Result<&Identity> {
        if self.identity.is_none() {
            self.identity = Some(Identity::load(self.identity_path)?);
        }
        Ok(self.identity.as_ref().expect("loaded above"))
    }

    /// The key of `generation`.
    fn key(&mut self, tx: &Tx, generation: i64) -> Result<&DataKey> {
        if !self.keys.contains_key(&generation) {
            let wrapped = tx.key_get(generation)?.ok_or_else(|| {
                Error::failure(format!(
                    "the data key of generation {generation} is missing from the state file"
                ))
            })?;
            let identity = self.identity()?;
            // A wrong identity is told as such first; a key it opens must also be its own.
            let key = DataKey::unwrap(&wrapped.wrapped, identity)?;
            crate::core::crypto::check_generation(
                identity,
                generation,
                &wrapped.wrapped,
                wrapped.proof.as_deref(),
            )?;
            self.keys.insert(generation, key);
        }
        Ok(&self.keys[&generation])
    }

    /// The newest generation and its key: what new versions are sealed with.
    fn current(&mut self, tx: &Tx) -> Result<(i64, &DataKey)> {
        let generation = tx
            .key_current()?
            .ok_or_else(|| {
                Error::failure("the state file has no data key yet").with_hint("run `meta init`")
            })?
            .generation;
        Ok((generation, self.key(tx, generation)?))
    }

    /// Opens one stored version; an altered or moved row is an error naming the path.
    pub fn open(&mut self, tx: &Tx, row: &SecretRow) -> Result<Zeroizing<Vec<u8>>> {
        let key = self.key(tx, row.key_generation)?;
        key.open(&aad(&row.path, row.version), &row.nonce, &row.ciphertext)
            .ok_or_else(|| {
                Error::failure(format!(
                    "cannot decrypt secret `{}` version {}: the stored ciphertext does not belong to this path and version (altered or moved)",
                    row.path, row.version
                ))
                .with_hint("restore the state file from a backup, or set the secret again")
            })
    }

    fn seal(&mut self, tx: &Tx, path: &str, version: i64, value: &[u8]) -> Result<SecretRow> {
        let (generation, key) = self.current(tx)?;
        let (nonce, ciphertext) = key.seal(&aad(path, version), value)?;
        Ok(SecretRow {
            id: 0,
            path: path.to_string(),
            version,
            key_generation: generation,
            nonce: nonce.to_vec(),
            ciphertext,
            created: state::now(),
            deleted: None,
        })
    }
}

/// A value read from a source, bounded by [`MAX_VALUE_BYTES`] without ever holding a
/// reallocated (and so un-zeroed) copy of it.
pub fn read_value(mut source: impl Read, what: &str) -> Result<Zeroizing<Vec<u8>>> {
    let mut buf = Zeroizing::new(Vec::with_capacity(MAX_VALUE_BYTES + 1));
    let mut chunk = Zeroizing::new([0u8; 8192]);
    loop {
        let n = match source.read(chunk.as_mut()) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                return Err(Error::failure(format!(
                    "cannot read the value from {what}: {e}"
                )))
            }
        };
        if buf.len() + n > MAX_VALUE_BYTES {
            return Err(too_large());
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    Ok(buf)
}

pub fn too_large() -> Error {
    Error::usage(format!(
        "the value is larger than {} bytes (1 MiB), the most a secret holds",
        MAX_VALUE_BYTES
    ))
    .with_hint("store a larger file encrypted elsewhere and keep its key here")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SetChange {
    Created,
    Unchanged,
}

/// What `set` did, never holding the value.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct SetReport {
    pub path: String,
    pub version: i64,
    pub change: SetChange,
    /// The secret had been deleted and this set brought it back.
    pub restored: bool,
}

/// Stores `value` as the next version of `path`, unless the newest version already holds
/// exactly these bytes.
pub fn set(
    state: &mut State,
    identity: &Path,
    path: &str,
    value: &[u8],
    dry_run: bool,
) -> Result<(SetReport, Vec<StepView>)> {
    check_path(path)?;
    if value.len() > MAX_VALUE_BYTES {
        return Err(too_large());
    }
    let mut ring = KeyRing::new(identity);
    let work = |tx: &Tx, steps: &mut Vec<StepView>| -> Result<SetReport> {
        let current = tx.secret_get(path, None)?;
        let restored = current.as_ref().is_some_and(|r| r.deleted.is_some());
        if let Some(row) = current.as_ref().filter(|r| r.deleted.is_none()) {
            if ring.open(tx, row)?.as_slice() == value {
                return Ok(SetReport {
                    path: path.to_string(),
                    version: row.version,
                    change: SetChange::Unchanged,
                    restored: false,
                });
            }
        }
        let version = tx.secret_next_version(path)?;
        let row = ring.seal(tx, path, version, value)?;
        tx.secret_insert(&row)?;
        if restored {
            tx.secret_set_deleted(path, None)?;
        }
        steps.push(StepView::state(
            format!("secret/{path}"),
            format!("store version {version} of secret `{path}`"),
        ));
        Ok(SetReport {
            path: path.to_string(),
            version,
            change: SetChange::Created,
            restored,
        })
    };
    state.change(dry_run, work)
}

/// One opened version, as `get` returns it.
pub struct Opened {
    pub path: String,
    pub version: i64,
    pub created: String,
    pub value: Zeroizing<Vec<u8>>,
}

fn missing(path: &str) -> Error {
    Error::not_found(format!("no secret `{path}`"))
        .with_hint("`meta secret list` shows the paths that exist")
}

/// The live row of `path` at `version` (the newest when `None`).
fn live_row(tx: &Tx, path: &str, version: Option<i64>) -> Result<SecretRow> {
    let newest = tx.secret_get(path, None)?.ok_or_else(|| missing(path))?;
    if newest.deleted.is_some() {
        return Err(Error::not_found(format!("secret `{path}` is deleted"))
            .with_hint(format!("`meta secret undelete {path}` brings it back")));
    }
    match version {
        None => Ok(newest),
        Some(v) => tx.secret_get(path, Some(v))?.ok_or_else(|| {
            Error::not_found(format!("secret `{path}` has no version {v}")).with_hint(format!(
                "its versions run from 1 to {}; `meta secret history {path}` lists them",
                newest.version
            ))
        }),
    }
}

/// Opens a version of a live secret.
pub fn get(state: &mut State, identity: &Path, path: &str, version: Option<i64>) -> Result<Opened> {
    check_path(path)?;
    let mut ring = KeyRing::new(identity);
    state.read(|tx| {
        let row = live_row(tx, path, version)?;
        let value = ring.open(tx, &row)?;
        Ok(Opened {
            path: row.path,
            version: row.version,
            created: row.created,
            value,
        })
    })
}

/// The current value of a secret, for other parts of `meta` (a Cloudflare token, a GCP
/// key). Not audited here: the caller's command is.
pub fn value(state: &mut State, identity: &Path, path: &str) -> Result<Zeroizing<Vec<u8>>> {
    get(state, identity, path, None).map(|o| o.value)
}

pub fn list(state: &mut State, prefix: &str, include_deleted: bool) -> Result<Vec<SecretSummary>> {
    let prefix = path::prefix(prefix)?;
    state.read(|tx| tx.secret_list(&prefix, include_deleted))
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct History {
    pub path: String,
    pub deleted: bool,
    pub versions: Vec<SecretVersion>,
}

pub fn history(state: &mut State, path: &str) -> Result<History> {
    check_path(path)?;
    state.read(|tx| {
        let rows = tx.secret_versions(path)?;
        if rows.is_empty() {
            return Err(missing(path));
        }
        Ok(History {
            path: path.to_string(),
            deleted: rows.iter().any(|r| r.deleted.is_some()),
            versions: rows
                .iter()
                .map(|r| SecretVersion {
                    version: r.version,
                    created: r.created.clone(),
                    key_generation: r.key_generation,
                })
                .collect(),
        })
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DeleteChange {
    Deleted,
    Restored,
    Purged,
    Unchanged,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct DeleteReport {
    pub path: String,
    pub versions: i64,
    pub change: DeleteChange,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeleteMode {
    Soft,
    Undelete,
    Purge,
}

/// Soft-deletes, brings back, or destroys every version of a secret.
pub fn delete(
    state: &mut State,
    path: &str,
    mode: DeleteMode,
    dry_run: bool,
) -> Result<(DeleteReport, Vec<StepView>)> {
    check_path(path)?;
    let work = |tx: &Tx, steps: &mut Vec<StepView>| -> Result<DeleteReport> {
        let rows = tx.secret_versions(path)?;
        if rows.is_empty() {
            return Err(missing(path));
        }
        let deleted = rows.iter().any(|r| r.deleted.is_some());
        let versions = rows.len() as i64;
        let n = versions;
        let target = format!("secret/{path}");
        let change = match (mode, deleted) {
            (DeleteMode::Soft, true) | (DeleteMode::Undelete, false) => DeleteChange::Unchanged,
            (DeleteMode::Soft, false) => {
                tx.secret_set_deleted(path, Some(&state::now()))?;
                steps.push(StepView::state(
                    target,
                    format!("delete secret `{path}` (soft; {n} version(s) kept for `undelete`)"),
                ));
                DeleteChange::Deleted
            }
            (DeleteMode::Undelete, true) => {
                tx.secret_set_deleted(path, None)?;
                steps.push(StepView::state(
                    target,
                    format!("bring back secret `{path}` ({n} version(s))"),
                ));
                DeleteChange::Restored
            }
            (DeleteMode::Purge, _) => {
                tx.secret_purge(path)?;
                steps.push(StepView::state(
                    target,
                    format!("destroy all {n} version(s) of secret `{path}`"),
                ));
                DeleteChange::Purged
            }
        };
        Ok(DeleteReport {
            path: path.to_string(),
            versions,
            change,
        })
    };
    state.change(dry_run, work)
}

/// The current values of the live secrets under `prefix`, by path.
pub fn current_under(state: &mut State, identity: &Path, prefix: &str) -> Result<Vec<Opened>> {
    let prefix = path::prefix(prefix)?;
    let mut ring = KeyRing::new(identity);
    state.read(|tx| {
        tx.secret_current_under(&prefix)?
            .into_iter()
            .map(|row| {
                let value = ring.open(tx, &row)?;
                Ok(Opened {
                    path: row.path,
                    version: row.version,
                    created: row.created,
                    value,
                })
            })
            .collect()
    })
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct RotateReport {
    pub old_generation: i64,
    pub new_generation: i64,
    /// Versions re-encrypted (deleted ones too: they can still be brought back).
    pub versions: usize,
    pub secrets: usize,
    pub dry_run: bool,
}

/// A new data key; every stored version re-encrypted under it; the older keys dropped. All
/// in one write transaction, so an interruption at any point leaves either the old state
/// or the new one, both readable.
pub fn rotate_key(
    state: &mut State,
    identity: &Path,
    dry_run: bool,
) -> Result<(RotateReport, Vec<StepView>)> {
    let mut ring = KeyRing::new(identity);
    let work = |tx: &Tx, steps: &mut Vec<StepView>| -> Result<RotateReport> {
        let (old_generation, _) = ring.current(tx)?;
        let rows = tx.secret_all()?;
        let secrets = rows
            .iter()
            .map(|r| r.path.as_str())
            .collect::<std::collections::BTreeSet<_>>()
            .len();
        let new_key = DataKey::generate();
        let wrapped = new_key.wrap(&ring.identity()?.recipient())?;
        let new_generation = tx.key_insert(&wrapped, &state::now())?;
        tx.key_set_proof(
            new_generation,
            &crate::core::crypto::generation_proof(ring.identity()?, new_generation, &wrapped),
        )?;
        for row in &rows {
            let plain = ring.open(tx, row)?;
            let (nonce, ciphertext) = new_key.seal(&aad(&row.path, row.version), &plain)?;
            tx.secret_reseal(row.id, new_generation, &nonce, &ciphertext)?;
        }
        tx.key_delete_before(new_generation)?;
        steps.push(StepView::state(
            "data key",
            format!(
                "make data key generation {new_generation}, re-encrypt {} version(s) of {secrets} secret(s) under it, drop generation {old_generation}",
                rows.len()
            ),
        ));
        Ok(RotateReport {
            old_generation,
            new_generation,
            versions: rows.len(),
            secrets,
            dry_run,
        })
    };
    state.change(dry_run, work)
}

/// Records, in one transaction, that the values of `paths` were exposed by `command`
/// (used where the command replaces itself or hands values to more than one path).
pub fn audit_exposed(state: &mut State, command: &str, paths: &[String]) -> Result<()> {
    state.write(|tx| {
        for p in paths {
            crate::audit::append(tx, command, &format!("secret/{p}"), "ok")?;
        }
        Ok(())
    })
}
