//! The audit log: every command that changes something appends who did what to which
//! target and how it ended. Each entry carries a MAC (keyed with the identity) over itself
//! and the MAC of the one before it, and the head of the chain is recorded and MAC'd as
//! well, so an edited, removed or reordered entry, a cut tail or a log emptied altogether
//! shows up in `meta audit verify`, even to someone who could rewrite state.db but lacks the
//! identity. Entries from before keying verify by their plain SHA-256, as a prefix only.

use serde::Serialize;

use crate::core::error::{Error, Result};
use crate::core::state::{self, AuditRow, State};

pub use crate::core::state::audit_chain::{
    append, append_by, append_detailed, entry_hash, head_mac, keyed_hash, ChainKey, GENESIS,
    HEAD_MAC_KEY, KEYED_PREFIX,
};

use crate::core::crypto::DerivedKey;

/// Appends an entry in a transaction of its own.
pub fn record(state: &mut State, command: &str, target: &str, outcome: &str) -> Result<()> {
    state.write(|tx| append(tx, command, target, outcome).map(|_| ()))
}

pub fn log(
    state: &mut State,
    since: Option<&str>,
    target_prefix: Option<&str>,
) -> Result<Vec<AuditRow>> {
    state.read(|tx| tx.audit_list(since, target_prefix))
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Verification {
    pub entries: usize,
    pub ok: bool,
    /// The first entry that does not hold up, and why.
    pub broken_at: Option<i64>,
    pub problem: Option<String>,
}

pub fn verify(state: &mut State) -> Result<Verification> {
    state.read(|tx| {
        let key = tx.chain_key().key().map_err(|_| {
            let why = match tx.chain_key() {
                ChainKey::Missing(why) => why.clone(),
                ChainKey::Keyed(_) => String::new(),
            };
            Error::failure(format!("cannot verify the audit log: {why}")).with_hint(
                "the audit log is keyed with the identity; point `--identity`/`META_IDENTITY` at it",
            )
        })?;
        let rows = tx.audit_list(None, None)?;
        let head = tx.audit_head()?;
        let head_mac = tx.setting_get(HEAD_MAC_KEY)?;
        // A state file with a data key always has a keyed head: init writes an entry,
        // adoption (of a state file from before keying) MACs the head as it stood.
        let keyed = tx.key_any()?;
        Ok(check_chain(
            &rows,
            Head {
                recorded: head,
                mac: head_mac,
                required: keyed,
            },
            key,
        ))
    })
}

/// The recorded head of the log, its MAC, and whether the state file must have one.
struct Head {
    recorded: Option<(i64, String)>,
    mac: Option<String>,
    required: bool,
}

fn check_chain(rows: &[AuditRow], head: Head, key: &DerivedKey) -> Verification {
    let broken = |seq: i64, why: String| Verification {
        entries: rows.len(),
        ok: false,
        broken_at: Some(seq),
        problem: Some(why),
    };
    let mut prev = GENESIS.to_string();
    let mut keyed_seen = false;
    for (i, row) in rows.iter().enumerate() {
        let expected_seq = i as i64 + 1;
        if row.seq != expected_seq {
            return broken(expected_seq, format!("entry {expected_seq} is missing"));
        }
        if row.prev_hash != prev {
            return broken(
                row.seq,
                format!(
                    "entry {} does not follow entry {}: an entry was removed or changed",
                    row.seq,
                    row.seq - 1
                ),
            );
        }
        if row.hash.starts_with(KEYED_PREFIX) {
            keyed_seen = true;
            if keyed_hash(key, row) != row.hash {
                return broken(
                    row.seq,
                    format!("entry {} was edited after it was written", row.seq),
                );
            }
        } else if keyed_seen {
            return broken(
                row.seq,
                format!(
                    "entry {} is not keyed with the identity though entries before it are: it was forged",
                    row.seq
                ),
            );
        } else if entry_hash(row) != row.hash {
            return broken(
                row.seq,
                format!("entry {} was edited after it was written", row.seq),
            );
        }
        prev = row.hash.clone();
    }
    let last = rows.last().map(|r| (r.seq, r.hash.clone()));
    let have = last.as_ref().map(|l| l.0).unwrap_or(0);
    if head.mac.is_none() && (head.required || keyed_seen) {
        if rows.is_empty() {
            return broken(
                1,
                "every entry of the log and its recorded head were removed".into(),
            );
        }
        return broken(
            have,
            format!("the recorded head of the log is missing: entries after entry {have} may have been removed"),
        );
    }
    if let Some(mac) = &head.mac {
        let (seq, hash) = head.recorded.clone().unwrap_or((0, GENESIS.to_string()));
        if head_mac(key, seq, &hash) != *mac {
            return broken(
                have.max(1),
                "the recorded head of the log was not written by meta: entries may have been removed".into(),
            );
        }
        if head.recorded.is_none() && seq < have {
            return broken(
                have,
                format!("the recorded head of the log is missing: entries after entry {have} may have been removed"),
            );
        }
    }
    match (head.recorded, last) {
        (None, None) => {}
        (Some((seq, hash)), Some((last_seq, last_hash)))
            if seq == last_seq && hash == last_hash => {}
        (Some((seq, _)), last) => {
            let have = last.map(|l| l.0).unwrap_or(0);
            if seq > have {
                let which = if seq == have + 1 {
                    format!("entry {seq} was")
                } else {
                    format!("entries {}-{seq} were", have + 1)
                };
                return broken(have + 1, format!("{which} removed from the end of the log"));
            }
            return broken(
                seq,
                format!("the recorded head of the log (entry {seq}) does not match entry {have}"),
            );
        }
        (None, Some((seq, _))) => {
            return broken(seq, "the log has entries but no recorded head".into())
        }
    }
    Verification {
        entries: rows.len(),
        ok: true,
        broken_at: None,
        problem: None,
    }
}

/// `--since`: an RFC 3339 time, a date (`2026-11-01`), or an age (`30m`, `12h`, `7d`, `2w`),
/// as the RFC 3339 UTC text the log stores (which sorts in time order).
pub fn parse_since(text: &str) -> Result<String> {
    use time::format_description::well_known::Rfc3339;
    use time::{Duration, OffsetDateTime};
    let t = text.trim();
    if let Ok(at) = OffsetDateTime::parse(t, &Rfc3339) {
        return Ok(state::format_time(at));
    }
    let date_format = time::macros::format_description!("[year]-[month]-[day]");
    if let Ok(date) = time::Date::parse(t, &date_format) {
        return Ok(state::format_time(date.midnight().assume_utc()));
    }
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(split);
    let n: i64 = number.parse().map_err(|_| bad_since(text))?;
    let age = match unit {
        "s" => Duration::seconds(n),
        "m" => Duration::minutes(n),
        "h" => Duration::hours(n),
        "d" => Duration::days(n),
        "w" => Duration::weeks(n),
        _ => return Err(bad_since(text)),
    };
    Ok(state::format_time(OffsetDateTime::now_utc() - age))
}

fn bad_since(text: &str) -> Error {
    Error::usage(format!("`{text}` is not a time"))
        .with_hint("give an RFC 3339 time (2026-11-01T08:00:00Z), a date (2026-11-01) or an age (30m, 12h, 7d, 2w)")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: usize) -> Vec<AuditRow> {
        let mut prev = GENESIS.to_string();
        (1..=n as i64)
            .map(|seq| {
                let mut r = AuditRow {
                    seq,
                    time: format!("2026-01-01T00:00:{seq:02}Z"),
                    actor: "root".into(),
                    uid: 0,
                    command: "project add".into(),
                    target: format!("project/p{seq}"),
                    outcome: "ok".into(),
                    prev_hash: prev.clone(),
                    hash: String::new(),
                    detail: String::new(),
                };
                r.hash = entry_hash(&r);
                prev = r.hash.clone();
                r
            })
            .collect()
    }

    fn head(rows: &[AuditRow]) -> Option<(i64, String)> {
        rows.last().map(|r| (r.seq, r.hash.clone()))
    }

    fn legacy(recorded: Option<(i64, String)>) -> Head {
        Head {
            recorded,
            mac: None,
            required: false,
        }
    }

    fn key() -> DerivedKey {
        DerivedKey::for_tests(7)
    }

    fn keyed(n: usize, key: &DerivedKey) -> Vec<AuditRow> {
        let mut rows = chain(n);
        let mut prev = GENESIS.to_string();
        for r in rows.iter_mut() {
            r.prev_hash = prev;
            r.hash = keyed_hash(key, r);
            prev = r.hash.clone();
        }
        rows
    }

    fn keyed_head(rows: &[AuditRow], key: &DerivedKey) -> Head {
        let recorded = head(rows);
        let (seq, hash) = recorded.clone().unwrap_or((0, GENESIS.to_string()));
        Head {
            recorded,
            mac: Some(head_mac(key, seq, &hash)),
            required: true,
        }
    }

    #[test]
    fn keyed_chain_verifies_and_refuses_forgery_and_truncation() {
        let k = key();
        let rows = keyed(4, &k);
        assert!(check_chain(&rows, keyed_head(&rows, &k), &k).ok);
        // Recomputed as a plain hash, as someone without the identity would.
        let mut forged = rows.clone();
        forged[2].target = "project/x".into();
        forged[2].hash = entry_hash(&forged[2]);
        assert_eq!(
            check_chain(&forged, keyed_head(&rows, &k), &k).broken_at,
            Some(3)
        );
        // Made with another key.
        let other = DerivedKey::for_tests(8);
        assert!(!check_chain(&keyed(4, &other), keyed_head(&keyed(4, &other), &other), &k).ok);
        // Head gone; everything gone.
        let mut no_head = keyed_head(&rows, &k);
        no_head.mac = None;
        no_head.recorded = None;
        assert!(!check_chain(&rows, no_head, &k).ok);
        let v = check_chain(
            &[],
            Head {
                recorded: None,
                mac: None,
                required: true,
            },
            &k,
        );
        assert!(v.problem.unwrap().contains("every entry"));
        // Tail cut and the head rewritten without the key.
        let cut = rows[..2].to_vec();
        let mut moved = keyed_head(&rows, &k);
        moved.recorded = head(&cut);
        assert!(!check_chain(&cut, moved, &k).ok);
    }

    #[test]
    fn intact_chain_verifies() {
        let rows = chain(5);
        assert!(check_chain(&rows, legacy(head(&rows)), &key()).ok);
        assert!(check_chain(&[], legacy(None), &key()).ok);
    }

    #[test]
    fn each_kind_of_tampering_names_the_first_broken_entry() {
        let rows = chain(5);
        let h = head(&rows);
        let mut edited = rows.clone();
        edited[2].target = "project/other".into();
        assert_eq!(
            check_chain(&edited, legacy(h.clone()), &key()).broken_at,
            Some(3)
        );
        let mut removed = rows.clone();
        removed.remove(1);
        assert_eq!(
            check_chain(&removed, legacy(h.clone()), &key()).broken_at,
            Some(2)
        );
        let mut tail = rows.clone();
        tail.pop();
        assert_eq!(
            check_chain(&tail, legacy(h.clone()), &key()).broken_at,
            Some(5)
        );
        let mut renumbered = rows.clone();
        renumbered.remove(1);
        for (i, r) in renumbered.iter_mut().enumerate() {
            r.seq = i as i64 + 1;
        }
        assert_eq!(
            check_chain(&renumbered, legacy(h), &key()).broken_at,
            Some(2)
        );
    }

    #[test]
    fn since_accepts_times_dates_and_ages() {
        assert_eq!(parse_since("2026-11-01").unwrap(), "2026-11-01T00:00:00Z");
        assert_eq!(
            parse_since("2026-11-01T08:00:00+01:00").unwrap(),
            "2026-11-01T07:00:00Z"
        );
        assert!(parse_since("7d").unwrap() < state::now());
        assert!(parse_since("yesterday").is_err());
    }
}
