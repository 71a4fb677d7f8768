//! `dns sync` and `dns undo` in the tool's terms: the record changes from desired records
//! against a zone, the guard against sweeping changes, and the changes that put back what
//! an applied sync did. Sending them (in chunks, through the plan engine) is the operation's
//! part: see `ops::dns::sync`.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::{ownership, Desired, Ownership};
use crate::api::cloudflare::{Record, RecordInput, Zone};
use crate::core::error::{Error, Result};
use crate::core::state::State;

/// A plan may change or delete at most this share of the managed records without `--force`…
pub const GUARD_PERCENT: usize = 30;
/// …unless it touches no more than this many records.
pub const GUARD_MIN: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Create,
    Update,
    Delete,
}

/// One record change, also the unit of the undo snapshot.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Change {
    pub action: Action,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    /// The record before the change (updates and deletes).
    pub before: Option<Record>,
    /// The record as it will be (creates and updates).
    pub after: Option<RecordInput>,
    /// The id of the record changed or deleted (a record to create has none yet).
    pub id: Option<String>,
    /// True once the change was sent and committed (every change of a recorded sync).
    #[serde(default)]
    pub applied: bool,
}

/// A record `sync` leaves alone, and why.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Skipped {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub reason: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SyncPlan {
    pub zone: Zone,
    pub changes: Vec<Change>,
    pub skipped: Vec<Skipped>,
    /// Records in the zone carrying the marker.
    pub managed: usize,
}

impl SyncPlan {
    /// Updates and deletes: what the guard counts.
    pub fn risky(&self) -> usize {
        self.changes
            .iter()
            .filter(|c| c.action != Action::Create)
            .count()
    }

    /// True when the plan changes or deletes more than 30% of the managed records and
    /// more than 10 of them.
    pub fn trips_guard(&self) -> bool {
        let risky = self.risky();
        risky > GUARD_MIN && risky * 100 > self.managed * GUARD_PERCENT
    }

    pub fn guard_error(&self) -> Error {
        Error::conflict(format!(
            "the plan changes or deletes {} of the {} records meta manages in `{}` (more than {GUARD_PERCENT}%)",
            self.risky(),
            self.managed,
            self.zone.name
        ))
        .with_hint("check the plan with `--dry-run`, then pass `--force` if it is what you want")
    }
}

fn describe(r: &RecordInput) -> String {
    let proxied = if r.proxied { " (proxied)" } else { "" };
    let ttl = if r.ttl == 1 {
        String::new()
    } else {
        format!(" ttl {}", r.ttl)
    };
    format!("{} {} → {}{proxied}{ttl}", r.kind, r.name, r.content)
}

impl Change {
    /// One line: what the change does (`create CNAME a.example.com → t (proxied)`).
    pub fn describe(&self) -> String {
        match (self.action, &self.before, &self.after) {
            (Action::Create, _, Some(a)) => format!("create {}", describe(a)),
            (Action::Update, Some(b), Some(a)) => format!(
                "update {} (was {})",
                describe(a),
                describe(&RecordInput::of(b))
                    .split(" → ")
                    .nth(1)
                    .unwrap_or_default()
            ),
            (Action::Update, None, Some(a)) => format!("update {}", describe(a)),
            (Action::Delete, Some(b), _) => format!("delete {}", describe(&RecordInput::of(b))),
            _ => format!("{:?} {} {}", self.action, self.kind, self.name).to_lowercase(),
        }
    }
}

fn key(name: &str, kind: &str) -> (String, String) {
    (name.to_ascii_lowercase(), kind.to_ascii_uppercase())
}

/// Compares what the zone should hold with what it holds. Records without the marker are
/// never changed or deleted; marked records edited outside `meta` are left alone (and
/// reported) unless `force`.
pub fn plan(zone: Zone, desired: Vec<Desired>, actual: Vec<Record>, force: bool) -> SyncPlan {
    let mut changes = Vec::new();
    let mut skipped = Vec::new();
    let managed = actual
        .iter()
        .filter(|r| ownership(r) != Ownership::Unmanaged)
        .count();
    let mut by_key: BTreeMap<(String, String), Vec<&Record>> = BTreeMap::new();
    let mut by_name: BTreeMap<String, Vec<&Record>> = BTreeMap::new();
    for r in &actual {
        by_key.entry(key(&r.name, &r.kind)).or_default().push(r);
        by_name
            .entry(r.name.to_ascii_lowercase())
            .or_default()
            .push(r);
    }
    let mut wanted: BTreeMap<(String, String), Desired> = BTreeMap::new();
    for d in desired {
        let k = key(&d.name, &d.kind);
        match wanted.get(&k) {
            Some(first) if first.content != d.content || first.proxied != d.proxied => {
                skipped.push(Skipped {
                    name: d.name.clone(),
                    kind: d.kind.clone(),
                    reason: format!(
                        "wanted twice with different content ({} and {}); the first is kept",
                        first.source, d.source
                    ),
                });
            }
            Some(_) => {}
            None => {
                wanted.insert(k, d);
            }
        }
    }
    let skip = |skipped: &mut Vec<Skipped>, name: &str, kind: &str, reason: &str| {
        skipped.push(Skipped {
            name: name.to_string(),
            kind: kind.to_string(),
            reason: reason.to_string(),
        })
    };
    for (k, d) in &wanted {
        let input = d.input();
        let same = by_key.get(k).cloned().unwrap_or_default();
        // A record of ours first; an unmanaged one only blocks.
        let existing = same
            .iter()
            .find(|r| ownership(r) != Ownership::Unmanaged)
            .or_else(|| same.first());
        match existing {
            Some(r) => match ownership(r) {
                Ownership::Unmanaged => skip(
                    &mut skipped,
                    &d.name,
                    &d.kind,
                    "a record not made by meta exists; it is left alone",
                ),
                Ownership::EditedOutside if !force => skip(
                    &mut skipped,
                    &d.name,
                    &d.kind,
                    "edited outside meta; left alone (pass --force to overwrite)",
                ),
                _ => {
                    if !super::same_record(r, &input) {
                        changes.push(Change {
                            action: Action::Update,
                            name: d.name.clone(),
                            kind: d.kind.clone(),
                            before: Some((*r).clone()),
                            after: Some(input),
                            id: Some(r.id.clone()),
                            applied: false,
                        });
                    }
                }
            },
            None => {
                // A CNAME cannot share its name with other records, and nothing can share a
                // name with a CNAME; records of ours there will be deleted first (the batch
                // runs deletes before posts), anyone else's block the create.
                let deleted_here = |r: &Record| {
                    let ours = match ownership(r) {
                        Ownership::Managed => true,
                        Ownership::EditedOutside => force,
                        Ownership::Unmanaged => false,
                    };
                    ours && !wanted.contains_key(&key(&r.name, &r.kind))
                };
                let blocking = by_name.get(&k.0).is_some_and(|rs| {
                    rs.iter()
                        .any(|r| (d.kind == "CNAME" || r.kind == "CNAME") && !deleted_here(r))
                });
                if blocking {
                    skip(
                        &mut skipped,
                        &d.name,
                        &d.kind,
                        "another record holds this name (a CNAME cannot share it)",
                    );
                } else {
                    changes.push(Change {
                        action: Action::Create,
                        name: d.name.clone(),
                        kind: d.kind.clone(),
                        before: None,
                        after: Some(input),
                        id: None,
                        applied: false,
                    });
                }
            }
        }
    }
    for r in &actual {
        let o = ownership(r);
        if o == Ownership::Unmanaged || wanted.contains_key(&key(&r.name, &r.kind)) {
            continue;
        }
        if o == Ownership::EditedOutside && !force {
            skip(
                &mut skipped,
                &r.name,
                &r.kind,
                "no longer wanted but edited outside meta; left alone (pass --force to delete)",
            );
            continue;
        }
        changes.push(Change {
            action: Action::Delete,
            name: r.name.clone(),
            kind: r.kind.clone(),
            before: Some(r.clone()),
            after: None,
            id: Some(r.id.clone()),
            applied: false,
        });
    }
    // Extra records of ours under one wanted key (duplicates) are deleted too.
    for (k, rs) in &by_key {
        if !wanted.contains_key(k) {
            continue;
        }
        let ours: Vec<&&Record> = rs
            .iter()
            .filter(|r| ownership(r) == Ownership::Managed)
            .collect();
        for r in ours.iter().skip(1) {
            changes.push(Change {
                action: Action::Delete,
                name: r.name.clone(),
                kind: r.kind.clone(),
                before: Some((**r).clone()),
                after: None,
                id: Some(r.id.clone()),
                applied: false,
            });
        }
    }
    changes.sort_by_key(|c| match c.action {
        Action::Delete => 0,
        Action::Update => 1,
        Action::Create => 2,
    });
    SyncPlan {
        zone,
        changes,
        skipped,
        managed,
    }
}

/// What an applied sync (or undo) did to a zone.
#[derive(Debug, Clone, Serialize)]
pub struct Applied {
    pub zone: String,
    pub created: usize,
    pub updated: usize,
    pub deleted: usize,
    pub api_calls: u32,
    pub skipped: Vec<Skipped>,
}

impl Applied {
    /// The counts of `changes`, for a plan that ran to the end.
    pub fn of(zone: &str, changes: &[Change], api_calls: u32, skipped: Vec<Skipped>) -> Applied {
        let count = |a: Action| changes.iter().filter(|c| c.action == a).count();
        Applied {
            zone: zone.to_string(),
            created: count(Action::Create),
            updated: count(Action::Update),
            deleted: count(Action::Delete),
            api_calls,
            skipped,
        }
    }
}

/// The changes that put back what the last applied sync of a zone changed: created records
/// deleted, updated ones put back as they were, deleted ones created again.
pub fn undo_changes(snapshot: &str) -> Result<Vec<Change>> {
    let changes: Vec<Change> = serde_json::from_str(snapshot).map_err(|e| {
        Error::failure(format!(
            "the sync snapshot in the state file is unreadable: {e}"
        ))
    })?;
    let mut out = Vec::new();
    for c in changes.into_iter().filter(|c| c.applied) {
        match c.action {
            Action::Create => out.push(Change {
                action: Action::Delete,
                before: c.after.as_ref().map(|a| Record {
                    id: c.id.clone().unwrap_or_default(),
                    name: a.name.clone(),
                    kind: a.kind.clone(),
                    content: a.content.clone(),
                    proxied: a.proxied,
                    ttl: a.ttl,
                    comment: a.comment.clone(),
                    tags: vec![],
                }),
                after: None,
                applied: false,
                ..c
            }),
            Action::Update => out.push(Change {
                action: Action::Update,
                after: c.before.as_ref().map(RecordInput::of),
                before: None,
                applied: false,
                ..c
            }),
            Action::Delete => out.push(Change {
                action: Action::Create,
                after: c.before.as_ref().map(RecordInput::of),
                before: None,
                id: None,
                applied: false,
                ..c
            }),
        }
    }
    out.sort_by_key(|c| match c.action {
        Action::Delete => 0,
        Action::Update => 1,
        Action::Create => 2,
    });
    Ok(out)
}

/// Points undo changes at the records as they are now: a record put back by an earlier
/// undo has a new id, and one already gone needs no delete. Matched by name, type and
/// content for deletes, by name and type for updates (an update with nothing to update
/// becomes a create).
pub fn rebind(changes: Vec<Change>, actual: &[Record]) -> Vec<Change> {
    let mut out = Vec::new();
    for mut c in changes {
        match c.action {
            Action::Delete => {
                let Some(b) = &c.before else { continue };
                let now = actual.iter().find(|r| r.id == b.id).or_else(|| {
                    actual.iter().find(|r| {
                        key(&r.name, &r.kind) == key(&b.name, &b.kind)
                            && super::normal_content(&r.kind, &r.content)
                                == super::normal_content(&b.kind, &b.content)
                    })
                });
                match now {
                    Some(r) => {
                        c.id = Some(r.id.clone());
                        out.push(c);
                    }
                    None => continue,
                }
            }
            Action::Update => {
                let now = actual
                    .iter()
                    .find(|r| Some(&r.id) == c.id.as_ref())
                    .or_else(|| {
                        actual
                            .iter()
                            .find(|r| key(&r.name, &r.kind) == key(&c.name, &c.kind))
                    });
                match now {
                    Some(r) => {
                        c.id = Some(r.id.clone());
                        c.before = Some(r.clone());
                    }
                    None => {
                        c.action = Action::Create;
                        c.id = None;
                    }
                }
                out.push(c);
            }
            Action::Create => out.push(c),
        }
    }
    out.sort_by_key(|c| match c.action {
        Action::Delete => 0,
        Action::Update => 1,
        Action::Create => 2,
    });
    out
}

/// The records a zone should hold: allocations and deployments with hostnames in the zone
/// (a proxied CNAME to the tunnel, when one is configured) and the records made with
/// `meta dns create|upsert`. The second value lists what could not be wished for, and why.
pub fn desired(
    state: &mut State,
    zone: &str,
    tunnel_id: Option<&str>,
) -> Result<(Vec<Desired>, Vec<String>)> {
    let (allocations, deployments, managed) = state.read(|tx| {
        Ok((
            tx.hostname_allocations()?,
            tx.deployment_hostnames()?,
            tx.dns_managed_list(zone)?,
        ))
    })?;
    let mut out = Vec::new();
    let mut notes = Vec::new();
    let mut tunnel_names: Vec<(String, String)> = allocations
        .into_iter()
        .map(|a| {
            (
                a.hostname,
                format!("allocation {}/{}", a.project, a.service),
            )
        })
        .collect();
    tunnel_names.extend(
        deployments
            .into_iter()
            .map(|h| (h, "deployment".to_string())),
    );
    let mut seen = BTreeSet::new();
    for (hostname, source) in tunnel_names {
        let hostname = hostname.to_ascii_lowercase();
        if !super::in_zone(&hostname, zone) || !seen.insert(hostname.clone()) {
            continue;
        }
        match tunnel_id {
            Some(t) => out.push(super::record_request(
                &hostname,
                "CNAME",
                &super::tunnel_target(t),
                true,
                None,
                &source,
            )?),
            None => notes.push(format!(
                "`{hostname}` ({source}) has no record: no tunnel is configured (set cloudflare.tunnel_id)"
            )),
        }
    }
    for m in managed {
        out.push(Desired {
            name: m.name,
            kind: m.kind,
            content: m.content,
            proxied: m.proxied,
            ttl: m.ttl,
            source: "dns create".into(),
        });
    }
    Ok((out, notes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dns::record_request;

    fn zone() -> Zone {
        Zone {
            id: "z".into(),
            name: "example.com".into(),
        }
    }

    fn as_record(id: &str, d: &Desired) -> Record {
        let i = d.input();
        Record {
            id: id.into(),
            name: i.name,
            kind: i.kind,
            content: i.content,
            proxied: i.proxied,
            ttl: i.ttl,
            comment: i.comment,
            tags: vec![],
        }
    }

    fn want(name: &str, content: &str) -> Desired {
        record_request(name, "CNAME", content, true, None, "test").unwrap()
    }

    #[test]
    fn plans_creates_updates_deletes_and_leaves_others_alone() {
        let keep = want("a.example.com", "t.cfargotunnel.com");
        let change_old = want("b.example.com", "old.cfargotunnel.com");
        let gone = want("c.example.com", "t.cfargotunnel.com");
        let mut edited = as_record("4", &want("d.example.com", "t.cfargotunnel.com"));
        edited.content = "hand.example.net".into();
        let foreign = Record {
            id: "5".into(),
            name: "e.example.com".into(),
            kind: "CNAME".into(),
            content: "x.example.net".into(),
            proxied: false,
            ttl: 1,
            comment: None,
            tags: vec![],
        };
        let actual = vec![
            as_record("1", &keep),
            as_record("2", &change_old),
            as_record("3", &gone),
            edited,
            foreign,
        ];
        let desired = vec![
            keep.clone(),
            want("b.example.com", "new.cfargotunnel.com"),
            want("d.example.com", "t.cfargotunnel.com"),
            want("e.example.com", "t.cfargotunnel.com"),
            want("f.example.com", "t.cfargotunnel.com"),
        ];
        let p = plan(zone(), desired.clone(), actual.clone(), false);
        let acts: Vec<(Action, &str)> = p
            .changes
            .iter()
            .map(|c| (c.action, c.name.as_str()))
            .collect();
        assert_eq!(
            acts,
            vec![
                (Action::Delete, "c.example.com"),
                (Action::Update, "b.example.com"),
                (Action::Create, "f.example.com"),
            ]
        );
        let reasons: Vec<&str> = p.skipped.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(reasons, vec!["d.example.com", "e.example.com"]);
        assert!(p.skipped[0].reason.contains("edited outside meta"));
        let forced = plan(zone(), desired, actual, true);
        assert!(forced
            .changes
            .iter()
            .any(|c| c.name == "d.example.com" && c.action == Action::Update));
    }

    #[test]
    fn guard_needs_more_than_ten_and_thirty_percent() {
        let records: Vec<Record> = (0..40)
            .map(|i| {
                as_record(
                    &i.to_string(),
                    &want(&format!("h{i}.example.com"), "t.cfargotunnel.com"),
                )
            })
            .collect();
        let keep_29: Vec<Desired> = (11..40)
            .map(|i| want(&format!("h{i}.example.com"), "t.cfargotunnel.com"))
            .collect();
        let p = plan(zone(), keep_29, records.clone(), false);
        assert_eq!(p.risky(), 11);
        assert!(!p.trips_guard(), "11 of 40 is under 30%");
        let keep_20: Vec<Desired> = (20..40)
            .map(|i| want(&format!("h{i}.example.com"), "t.cfargotunnel.com"))
            .collect();
        assert!(plan(zone(), keep_20, records.clone(), false).trips_guard());
        let small: Vec<Record> = records[..10].to_vec();
        assert!(
            !plan(zone(), vec![], small, false).trips_guard(),
            "10 is never too many"
        );
    }

    #[test]
    fn undo_inverts_only_applied_changes() {
        let d = want("a.example.com", "t.cfargotunnel.com");
        let changes = vec![
            Change {
                action: Action::Create,
                name: d.name.clone(),
                kind: d.kind.clone(),
                before: None,
                after: Some(d.input()),
                id: Some("new".into()),
                applied: true,
            },
            Change {
                action: Action::Delete,
                name: "b.example.com".into(),
                kind: "CNAME".into(),
                before: Some(as_record(
                    "old",
                    &want("b.example.com", "t.cfargotunnel.com"),
                )),
                after: None,
                id: Some("old".into()),
                applied: false,
            },
        ];
        let undo = undo_changes(&serde_json::to_string(&changes).unwrap()).unwrap();
        assert_eq!(undo.len(), 1);
        assert_eq!(undo[0].action, Action::Delete);
        assert_eq!(undo[0].id.as_deref(), Some("new"));
    }
}
