//! The chain of the audit log: how an entry is MAC'd and appended inside the transaction
//! of the change it records. Verifying the chain is the audit domain's.
//!
//! Entries are keyed: each one's `hash` is `k1:` and an HMAC-SHA256, with a key derived
//! from the identity, over the entry and the `hash` of the one before it, and the head of
//! the chain (its count and last hash) is MAC'd the same way. Someone who can write the
//! state file but lacks the identity can neither recompute an entry nor move the head.
//! Entries written before keying (a plain SHA-256, 64 hex digits) stay valid as a prefix.

use sha2::{Digest, Sha256};

use super::{AuditRow, Tx};
use crate::core::crypto::DerivedKey;
use crate::core::error::{Error, Result};

/// The marker that starts the `hash` of a keyed entry.
pub const KEYED_PREFIX: &str = "k1:";
/// The settings key of the MAC over the recorded head.
pub const HEAD_MAC_KEY: &str = "audit_head_mac";

/// What keys the chain in this process: the key derived from the identity, or why there
/// is none (then nothing is appended: a change is refused rather than recorded unkeyed).
#[derive(Clone)]
pub enum ChainKey {
    Keyed(DerivedKey),
    Missing(String),
}

impl Default for ChainKey {
    fn default() -> Self {
        ChainKey::Missing("no identity was given".into())
    }
}

impl ChainKey {
    pub fn key(&self) -> Result<&DerivedKey> {
        match self {
            ChainKey::Keyed(k) => Ok(k),
            ChainKey::Missing(why) => Err(Error::failure(format!(
                "cannot record this change in the audit log: {why}"
            ))
            .with_hint("the audit log is keyed with the identity; point `--identity`/`META_IDENTITY` at it (nothing was changed)")),
        }
    }
}

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Who is running `meta`: the login name and the numeric uid.
pub fn actor() -> (String, u32) {
    // SAFETY: getuid cannot fail; getpwuid returns a pointer into static storage or null,
    // read at once, before any other call could reuse it (meta is single-threaded here).
    let uid = unsafe { libc::getuid() };
    let name = unsafe {
        let pw = libc::getpwuid(uid);
        if pw.is_null() || (*pw).pw_name.is_null() {
            None
        } else {
            std::ffi::CStr::from_ptr((*pw).pw_name)
                .to_str()
                .ok()
                .map(str::to_string)
        }
    };
    (name.unwrap_or_else(|| format!("uid{uid}")), uid)
}

/// The `hash` of a keyed entry.
pub fn keyed_hash(key: &DerivedKey, r: &AuditRow) -> String {
    let mut out = String::with_capacity(KEYED_PREFIX.len() + 64);
    out.push_str(KEYED_PREFIX);
    out.push_str(&hex::encode(key.mac(&[b"entry", fields(r).as_bytes()])));
    out
}

/// The MAC of the recorded head (its count and last hash), hex.
pub fn head_mac(key: &DerivedKey, seq: i64, hash: &str) -> String {
    hex::encode(key.mac(&[b"head", &seq.to_be_bytes(), hash.as_bytes()]))
}

/// Records the MAC'd head of a chain whose last entry is `(seq, hash)`.
pub fn put_head_mac(tx: &Tx, key: &DerivedKey, seq: i64, hash: &str) -> Result<()> {
    tx.setting_put(HEAD_MAC_KEY, &head_mac(key, seq, hash))
}

fn fields(r: &AuditRow) -> String {
    let mut fields = serde_json::json!([
        r.prev_hash,
        r.seq,
        r.time,
        r.actor,
        r.uid,
        r.command,
        r.target,
        r.outcome
    ]);
    if !r.detail.is_empty() {
        if let Some(list) = fields.as_array_mut() {
            list.push(r.detail.clone().into());
        }
    }
    fields.to_string()
}

/// The `hash` of an entry written before the chain was keyed (plain SHA-256).
pub fn entry_hash(r: &AuditRow) -> String {
    // A JSON array is an unambiguous encoding of the fields: no separator can be forged.
    // `detail` came later: entries without one hash as they always did.
    let mut fields = serde_json::json!([
        r.prev_hash,
        r.seq,
        r.time,
        r.actor,
        r.uid,
        r.command,
        r.target,
        r.outcome
    ]);
    if !r.detail.is_empty() {
        if let Some(list) = fields.as_array_mut() {
            list.push(r.detail.clone().into());
        }
    }
    hex::encode(Sha256::digest(fields.to_string().as_bytes()))
}

/// Appends an entry inside the caller's write transaction.
pub fn append(tx: &Tx, command: &str, target: &str, outcome: &str) -> Result<AuditRow> {
    append_detailed(tx, command, target, outcome, "")
}

/// Appends an entry with the steps of a plan (one line each) inside the caller's write
/// transaction.
pub fn append_detailed(
    tx: &Tx,
    command: &str,
    target: &str,
    outcome: &str,
    detail: &str,
) -> Result<AuditRow> {
    let audit = super::Audit {
        command: command.to_string(),
        target: target.to_string(),
        actor: None,
    };
    append_by(tx, &audit, outcome, detail)
}

/// Appends the entry of `audit`, as its actor when it names one, inside the caller's write
/// transaction.
pub fn append_by(tx: &Tx, audit: &super::Audit, outcome: &str, detail: &str) -> Result<AuditRow> {
    let key = tx.chain_key().key()?;
    let (login, uid) = actor();
    let actor = audit.actor.clone().unwrap_or(login);
    let (command, target) = (audit.command.as_str(), audit.target.as_str());
    let (seq, prev_hash) = match tx.audit_last()? {
        Some(last) => (last.seq + 1, last.hash),
        None => (1, GENESIS.to_string()),
    };
    let mut row = AuditRow {
        seq,
        time: super::now(),
        actor,
        uid,
        command: command.to_string(),
        target: target.to_string(),
        outcome: outcome.to_string(),
        prev_hash,
        hash: String::new(),
        detail: detail.to_string(),
    };
    row.hash = keyed_hash(key, &row);
    tx.audit_insert(&row)?;
    put_head_mac(tx, key, row.seq, &row.hash)?;
    Ok(row)
}
