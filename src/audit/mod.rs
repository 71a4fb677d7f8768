//! The audit log: every command that changes something appends who did what to which
//! target and how it ended. Each entry carries the hash of the one before it, and the head
//! of the chain is recorded as well, so an edited, removed or reordered entry shows up in
//! `meta audit verify`.

use serde::Serialize;

use crate::core::error::{Error, Result};
use crate::core::state::{self, AuditRow, State};

pub use crate::core::state::audit_chain::{
    append, append_by, append_detailed, entry_hash, GENESIS,
};

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
        let rows = tx.audit_list(None, None)?;
        let head = tx.audit_head()?;
        Ok(check_chain(&rows, head))
    })
}

fn check_chain(rows: &[AuditRow], head: Option<(i64, String)>) -> Verification {
    let broken = |seq: i64, why: String| Verification {
        entries: rows.len(),
        ok: false,
        broken_at: Some(seq),
        problem: Some(why),
    };
    let mut prev = GENESIS.to_string();
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
        if entry_hash(row) != row.hash {
            return broken(
                row.seq,
                format!("entry {} was edited after it was written", row.seq),
            );
        }
        prev = row.hash.clone();
    }
    let last = rows.last().map(|r| (r.seq, r.hash.clone()));
    match (head, last) {
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

    #[test]
    fn intact_chain_verifies() {
        let rows = chain(5);
        assert!(check_chain(&rows, head(&rows)).ok);
        assert!(check_chain(&[], None).ok);
    }

    #[test]
    fn each_kind_of_tampering_names_the_first_broken_entry() {
        let rows = chain(5);
        let h = head(&rows);
        let mut edited = rows.clone();
        edited[2].target = "project/other".into();
        assert_eq!(check_chain(&edited, h.clone()).broken_at, Some(3));
        let mut removed = rows.clone();
        removed.remove(1);
        assert_eq!(check_chain(&removed, h.clone()).broken_at, Some(2));
        let mut tail = rows.clone();
        tail.pop();
        assert_eq!(check_chain(&tail, h.clone()).broken_at, Some(5));
        let mut renumbered = rows.clone();
        renumbered.remove(1);
        for (i, r) in renumbered.iter_mut().enumerate() {
            r.seq = i as i64 + 1;
        }
        assert_eq!(check_chain(&renumbered, h).broken_at, Some(2));
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
