//! The hash chain of the audit log: how an entry is hashed and appended inside the
//! transaction of the change it records. Verifying the chain is the audit domain's.

use sha2::{Digest, Sha256};

use super::{AuditRow, Tx};
use crate::core::error::Result;

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
    row.hash = entry_hash(&row);
    tx.audit_insert(&row)?;
    Ok(row)
}
