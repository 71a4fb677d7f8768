//! The `cloudflare` API of plans: the calls a plan's steps make to Cloudflare, as data, and
//! the client that carries them out over [`crate::api::cloudflare::Client`].
//!
//! Every call can be made again, and made when what it would change is already so: a step
//! cut short by a crash is undone (or, with `recover --forward`, run again) by a later
//! process that cannot know whether the call reached Cloudflare. So a create finds the
//! record already there and calls that success, a delete of a record that is gone succeeds,
//! an update of a record that is gone puts it back, and a batch first reads the zone and
//! sends only what is not already so.
//!
//! A POST (a create, a batch) is never sent again after its answer was lost (a 5xx, no
//! answer): it may have gone through. The zone is read back instead, and what it shows is
//! the outcome: a batch found applied succeeded, one found not applied failed, and says so.
//!
//! The zone a batch reads is the listing this client already holds when it has one: the
//! one the plan was made from ([`Cloudflare::zone_records`]), kept up to date from what
//! Cloudflare answered each batch since. A client without one (a fresh process: `meta
//! recover`), or whose last call failed, lists the zone again.

use std::collections::BTreeSet;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::api::cloudflare::{Batch, Client, Record, RecordInput};
use crate::core::error::{Error, Kind, Result};
use crate::core::plan::RemoteApi;
use crate::ops::Session;

/// The name plans give this API.
pub const API: &str = "cloudflare";

/// How long a plan's calls keep retrying when the command gives no `--retry-budget`
/// (`meta recover`).
pub const DEFAULT_RETRY_BUDGET: Duration = Duration::from_secs(60);

/// One call of a plan step, as the journal keeps it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Call {
    /// Makes the record; one of the same name, type and content already there is made to
    /// match instead.
    Create {
        zone_id: String,
        record: RecordInput,
    },
    /// Sets every field of record `id`; when it is gone, the record of that name and type,
    /// or a new one.
    Update {
        zone_id: String,
        id: String,
        record: RecordInput,
    },
    /// Deletes record `id`; one already gone is fine.
    Delete { zone_id: String, id: String },
    /// Deletes every record of this name, type and content (the undo of a create, whose id
    /// is not known before it runs); none found is fine.
    DeleteMatching {
        zone_id: String,
        name: String,
        #[serde(rename = "type")]
        kind: String,
        content: String,
    },
    /// The changes as one call of the batch endpoint (one Cloudflare transaction), minus
    /// those already so.
    Batch { zone_id: String, changes: Vec<Item> },
    /// Replaces the configuration document of a remotely-managed tunnel.
    PutTunnelConfig {
        account: String,
        tunnel: String,
        config: Value,
    },
}

/// One record change of a [`Call::Batch`], with the meaning of the call of the same name.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Item {
    Create {
        record: RecordInput,
    },
    Update {
        id: String,
        record: RecordInput,
    },
    Delete {
        id: String,
    },
    DeleteMatching {
        name: String,
        #[serde(rename = "type")]
        kind: String,
        content: String,
    },
}

impl Call {
    pub fn to_value(&self) -> Value {
        serde_json::to_value(self).expect("a call is plain data")
    }
}

impl Item {
    /// The item that undoes a created record: every record of its name, type and content.
    pub fn delete_matching(record: &RecordInput) -> Item {
        Item::DeleteMatching {
            name: record.name.clone(),
            kind: record.kind.clone(),
            content: record.content.clone(),
        }
    }
}

/// The Cloudflare client of a plan, and the records Cloudflare answered its calls with.
pub struct Cloudflare {
    client: Client,
    returned: Vec<Record>,
    /// The records of one zone as this client last knew them, for the next batch.
    listing: Option<Listing>,
    /// What is worth telling about the calls, for the operation to hand to its progress.
    notes: Vec<String>,
}

/// Every record of a zone, as listed or as the batches since have left it.
struct Listing {
    zone_id: String,
    records: Vec<Record>,
}

/// Said when the batch endpoint is refused.
const NO_BATCH: &str = "the batch endpoint was refused; sending one call per record";

impl Cloudflare {
    pub fn new(client: Client) -> Cloudflare {
        Cloudflare {
            client,
            returned: Vec::new(),
            listing: None,
            notes: Vec::new(),
        }
    }

    /// A client with the session's token and `cloudflare.api`.
    pub fn connect(session: &mut Session, retry_budget: Duration) -> Result<Cloudflare> {
        let token = super::api_token(session)?;
        let base = session
            .config()?
            .get("cloudflare.api")?
            .unwrap_or_else(|| "https://api.cloudflare.com/client/v4".into());
        Ok(Cloudflare::new(Client::new(&base, token, retry_budget)))
    }

    /// The client itself, for the reads that plan a change.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The records made or changed by the calls so far, as Cloudflare answered.
    pub fn returned(&self) -> &[Record] {
        &self.returned
    }

    /// Every record of the zone, listed now and kept: the first batch on the zone starts
    /// from this listing instead of reading the zone again.
    pub fn zone_records(&mut self, zone_id: &str) -> Result<Vec<Record>> {
        let records = self.client.list_records(zone_id, None, None)?;
        self.listing = Some(Listing {
            zone_id: zone_id.to_string(),
            records: records.clone(),
        });
        Ok(records)
    }

    /// What the calls so far found worth telling (a refused batch endpoint), once each;
    /// the operation hands them to its progress.
    pub fn take_notes(&mut self) -> Vec<String> {
        std::mem::take(&mut self.notes)
    }

    fn note(&mut self, message: &str) {
        if !self.notes.iter().any(|n| n == message) {
            self.notes.push(message.to_string());
        }
    }

    /// Carries out one call.
    pub fn run(&mut self, call: &Call) -> Result<()> {
        // Only a batch that succeeds leaves a listing it can vouch for.
        let listing = self.listing.take();
        match call {
            Call::Create { zone_id, record } => {
                let r = self.ensure_created(zone_id, record)?;
                self.returned.push(r);
            }
            Call::Update {
                zone_id,
                id,
                record,
            } => {
                let r = self.ensure_updated(zone_id, id, record)?;
                self.returned.push(r);
            }
            Call::Delete { zone_id, id } => self.delete(zone_id, id)?,
            Call::DeleteMatching {
                zone_id,
                name,
                kind,
                content,
            } => {
                let found = self.client.list_records(zone_id, Some(kind), Some(name))?;
                for r in found.iter().filter(|r| &r.content == content) {
                    self.delete(zone_id, &r.id)?;
                }
            }
            Call::Batch { zone_id, changes } => {
                let known = listing.filter(|l| &l.zone_id == zone_id).map(|l| l.records);
                self.listing = self.batch(zone_id, changes, known)?.map(|records| Listing {
                    zone_id: zone_id.clone(),
                    records,
                });
            }
            Call::PutTunnelConfig {
                account,
                tunnel,
                config,
            } => self.client.put_tunnel_config(account, tunnel, config)?,
        }
        Ok(())
    }

    fn delete(&self, zone_id: &str, id: &str) -> Result<()> {
        match self.client.delete_record(zone_id, id) {
            Err(e) if e.kind == Kind::NotFound => Ok(()),
            other => other,
        }
    }

    fn ensure_created(&self, zone_id: &str, record: &RecordInput) -> Result<Record> {
        match self.client.create_record(zone_id, record) {
            // The create may have gone through: the zone tells, never a second POST.
            Err(e) if answer_lost(&e) => {
                let found =
                    self.client
                        .list_records(zone_id, Some(&record.kind), Some(&record.name))?;
                match found.into_iter().find(|r| r.content == record.content) {
                    Some(r) if RecordInput::of(&r) == *record => Ok(r),
                    _ => Err(e.context(format!(
                        "the answer to creating {} {} was lost, and the zone read back does not hold it",
                        record.kind, record.name
                    ))),
                }
            }
            Err(e) if e.kind == Kind::Conflict => {
                let found =
                    self.client
                        .list_records(zone_id, Some(&record.kind), Some(&record.name))?;
                match found.into_iter().find(|r| r.content == record.content) {
                    Some(r) if RecordInput::of(&r) == *record => Ok(r),
                    Some(r) => self
                        .client
                        .patch_record(zone_id, &r.id, &patch_body(&r.id, record)),
                    None => Err(e),
                }
            }
            other => other,
        }
    }

    fn ensure_updated(&self, zone_id: &str, id: &str, record: &RecordInput) -> Result<Record> {
        match self
            .client
            .patch_record(zone_id, id, &patch_body(id, record))
        {
            Err(e) if e.kind == Kind::NotFound => {
                let found =
                    self.client
                        .list_records(zone_id, Some(&record.kind), Some(&record.name))?;
                match found.first() {
                    Some(r) if RecordInput::of(r) == *record => Ok(r.clone()),
                    Some(r) => self
                        .client
                        .patch_record(zone_id, &r.id, &patch_body(&r.id, record)),
                    None => self.client.create_record(zone_id, record),
                }
            }
            other => other,
        }
    }

    /// Sends what of `changes` is not already so in `known` (the zone as this client knows
    /// it), else in the zone as listed now; the zone as it is afterwards, when Cloudflare's
    /// answers tell it whole.
    fn batch(
        &mut self,
        zone_id: &str,
        changes: &[Item],
        known: Option<Vec<Record>>,
    ) -> Result<Option<Vec<Record>>> {
        let actual = match known {
            Some(records) => records,
            None => self.client.list_records(zone_id, None, None)?,
        };
        let batch = reconcile(&actual, changes);
        if batch.is_empty() {
            return Ok(Some(actual));
        }
        let answer = match self.client.batch(zone_id, &batch) {
            Err(e) if answer_lost(&e) => return self.read_back(zone_id, changes, &actual, e),
            other => other?,
        };
        let (patched, posted) = match answer {
            Some(result) => (result.patches, result.posts),
            None => {
                self.note(NO_BATCH);
                let total = batch.deletes.len() + batch.patches.len() + batch.posts.len();
                let mut done = 0;
                let partly = |done: usize, e: Error| {
                    if done == 0 {
                        return e;
                    }
                    e.context(format!(
                        "{done} of {total} record changes went through one call at a time (the batch endpoint was refused) before this one failed"
                    ))
                };
                for d in &batch.deletes {
                    self.delete(zone_id, d["id"].as_str().unwrap_or_default())
                        .map_err(|e| partly(done, e))?;
                    done += 1;
                }
                let mut patched = Vec::new();
                for p in &batch.patches {
                    let id = p["id"].as_str().unwrap_or_default();
                    let r = self
                        .client
                        .patch_record(zone_id, id, p)
                        .map_err(|e| partly(done, e))?;
                    patched.push(r);
                    done += 1;
                }
                let mut posted = Vec::new();
                for r in &batch.posts {
                    let r = self
                        .ensure_created(zone_id, r)
                        .map_err(|e| partly(done, e))?;
                    posted.push(r);
                    done += 1;
                }
                (patched, posted)
            }
        };
        let after = applied(actual, &batch, &patched, &posted);
        self.returned.extend(patched);
        self.returned.extend(posted);
        Ok(after)
    }
}

/// True when a call may have been applied though no answer says so: a 5xx, or none at all.
fn answer_lost(e: &Error) -> bool {
    e.kind == Kind::Remote && e.status().is_none_or(|s| s >= 500)
}

impl Cloudflare {
    /// After a batch whose answer was lost (`lost`): the zone, listed again, tells whether
    /// Cloudflare applied it (one transaction: all or nothing). Applied, the call succeeded;
    /// not, the error says so. It is never sent again blindly.
    fn read_back(
        &mut self,
        zone_id: &str,
        changes: &[Item],
        before: &[Record],
        lost: Error,
    ) -> Result<Option<Vec<Record>>> {
        let now = self.client.list_records(zone_id, None, None).map_err(|e| {
            lost.clone().context(format!(
                "the answer to a batch was lost and the zone could not be read back ({})",
                e.message
            ))
        })?;
        let left = reconcile(&now, changes);
        if left.is_empty() {
            self.note(
                "Cloudflare's answer to a batch was lost; the zone read back shows it applied",
            );
            let known: BTreeSet<&str> = before.iter().map(|r| r.id.as_str()).collect();
            self.returned.extend(
                now.iter()
                    .filter(|r| !known.contains(r.id.as_str()) || !before.contains(r))
                    .cloned(),
            );
            return Ok(Some(now));
        }
        let untouched = serde_json::to_value(reconcile(before, changes)).ok();
        let what = if untouched == serde_json::to_value(&left).ok() {
            "the zone read back shows none of it applied"
        } else {
            "the zone read back shows it only partly applied"
        };
        Err(lost.context(format!("the answer to a batch was lost; {what}")))
    }
}

/// The zone `actual` once `batch` went through and Cloudflare answered with `patched` and
/// `posted`; `None` when the answer does not account for every record sent.
fn applied(
    mut actual: Vec<Record>,
    batch: &Batch,
    patched: &[Record],
    posted: &[Record],
) -> Option<Vec<Record>> {
    if patched.len() != batch.patches.len() || posted.len() != batch.posts.len() {
        return None;
    }
    let deleted: BTreeSet<&str> = batch
        .deletes
        .iter()
        .filter_map(|d| d["id"].as_str())
        .collect();
    actual.retain(|r| !deleted.contains(r.id.as_str()));
    for p in patched {
        let r = actual.iter_mut().find(|r| r.id == p.id)?;
        *r = p.clone();
    }
    actual.extend(posted.iter().cloned());
    Some(actual)
}

impl Drop for Cloudflare {
    /// Notes no operation took (`meta recover`) are still told, at debug level.
    fn drop(&mut self) {
        for n in &self.notes {
            crate::core::output::debug(n);
        }
    }
}

impl RemoteApi for Cloudflare {
    fn call(&mut self, api: &str, call: &Value) -> Result<()> {
        if api != API {
            return Err(Error::failure(format!(
                "the Cloudflare client was handed a call of the `{api}` API"
            )));
        }
        let call: Call = serde_json::from_value(call.clone()).map_err(|e| {
            Error::failure(format!("a Cloudflare call this meta cannot read: {e}"))
                .with_hint("it was written by another version of meta; recover with that version")
        })?;
        self.run(&call)
    }
}

/// The body that sets every field of a record (`comment: null` clears a comment).
pub fn patch_body(id: &str, r: &RecordInput) -> Value {
    json!({
        "id": id,
        "name": r.name,
        "type": r.kind,
        "content": r.content,
        "proxied": r.proxied,
        "ttl": r.ttl,
        "comment": r.comment,
    })
}

fn same_key(r: &Record, name: &str, kind: &str) -> bool {
    r.name.eq_ignore_ascii_case(name) && r.kind.eq_ignore_ascii_case(kind)
}

/// The batch that brings `actual` to what `changes` ask, leaving out what is already so.
/// A record is deleted or changed at most once.
pub fn reconcile(actual: &[Record], changes: &[Item]) -> Batch {
    let mut batch = Batch::default();
    let mut touched: BTreeSet<&str> = BTreeSet::new();
    let free = |touched: &BTreeSet<&str>, r: &Record| !touched.contains(r.id.as_str());
    for item in changes {
        match item {
            Item::Create { record } => {
                let found = actual.iter().find(|r| {
                    free(&touched, r)
                        && same_key(r, &record.name, &record.kind)
                        && r.content == record.content
                });
                match found {
                    Some(r) => {
                        touched.insert(&r.id);
                        if RecordInput::of(r) != *record {
                            batch.patches.push(patch_body(&r.id, record));
                        }
                    }
                    None => batch.posts.push(record.clone()),
                }
            }
            Item::Update { id, record } => {
                let found = actual
                    .iter()
                    .find(|r| free(&touched, r) && &r.id == id)
                    .or_else(|| {
                        actual
                            .iter()
                            .find(|r| free(&touched, r) && same_key(r, &record.name, &record.kind))
                    });
                match found {
                    Some(r) => {
                        touched.insert(&r.id);
                        if RecordInput::of(r) != *record {
                            batch.patches.push(patch_body(&r.id, record));
                        }
                    }
                    None => batch.posts.push(record.clone()),
                }
            }
            Item::Delete { id } => {
                if let Some(r) = actual.iter().find(|r| free(&touched, r) && &r.id == id) {
                    touched.insert(&r.id);
                    batch.deletes.push(json!({ "id": r.id }));
                }
            }
            Item::DeleteMatching {
                name,
                kind,
                content,
            } => {
                let found: Vec<&Record> = actual
                    .iter()
                    .filter(|r| {
                        free(&touched, r) && same_key(r, name, kind) && &r.content == content
                    })
                    .collect();
                for r in found {
                    touched.insert(&r.id);
                    batch.deletes.push(json!({ "id": r.id }));
                }
            }
        }
    }
    batch
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(id: &str, name: &str, content: &str) -> Record {
        Record {
            id: id.into(),
            name: name.into(),
            kind: "CNAME".into(),
            content: content.into(),
            proxied: true,
            ttl: 1,
            comment: Some("meta:v1 x".into()),
            tags: vec![],
        }
    }

    #[test]
    fn calls_are_tagged_json() {
        let call = Call::DeleteMatching {
            zone_id: "z".into(),
            name: "a.example.com".into(),
            kind: "CNAME".into(),
            content: "t".into(),
        };
        let v = call.to_value();
        assert_eq!(
            v,
            json!({"op": "delete_matching", "zone_id": "z", "name": "a.example.com", "type": "CNAME", "content": "t"})
        );
        assert_eq!(serde_json::from_value::<Call>(v).unwrap(), call);
    }

    #[test]
    fn a_batch_sends_only_what_is_not_already_so() {
        let a = record("1", "a.example.com", "t");
        let b = record("2", "b.example.com", "t");
        let actual = vec![a.clone(), b.clone()];
        let changes = vec![
            // Already there, identical: nothing.
            Item::Create {
                record: RecordInput::of(&a),
            },
            // Not there: posted.
            Item::Create {
                record: RecordInput::of(&record("", "c.example.com", "t")),
            },
            // Gone already: nothing.
            Item::Delete { id: "9".into() },
            // There: deleted once, even when asked twice.
            Item::Delete { id: "2".into() },
            Item::delete_matching(&RecordInput::of(&b)),
            // Nothing matches: nothing.
            Item::delete_matching(&RecordInput::of(&record("", "d.example.com", "t"))),
        ];
        let batch = reconcile(&actual, &changes);
        assert!(batch.patches.is_empty());
        assert_eq!(batch.posts.len(), 1);
        assert_eq!(batch.posts[0].name, "c.example.com");
        assert_eq!(batch.deletes, vec![json!({"id": "2"})]);
    }

    #[test]
    fn an_update_of_a_gone_record_finds_it_by_name_or_makes_it() {
        let a = record("5", "a.example.com", "old");
        let mut want = RecordInput::of(&a);
        want.content = "new".into();
        let batch = reconcile(
            std::slice::from_ref(&a),
            &[Item::Update {
                id: "1".into(),
                record: want.clone(),
            }],
        );
        assert_eq!(batch.patches.len(), 1);
        assert_eq!(batch.patches[0]["id"], "5");
        let batch = reconcile(
            &[],
            &[Item::Update {
                id: "1".into(),
                record: want.clone(),
            }],
        );
        assert_eq!(batch.posts, vec![want]);
    }

    #[test]
    fn the_listing_follows_what_a_batch_did_unless_the_answer_falls_short() {
        let a = record("1", "a.example.com", "t");
        let b = record("2", "b.example.com", "t");
        let mut a2 = a.clone();
        a2.content = "u".into();
        let c = record("3", "c.example.com", "t");
        let batch = reconcile(
            &[a.clone(), b.clone()],
            &[
                Item::Delete { id: "2".into() },
                Item::Update {
                    id: "1".into(),
                    record: RecordInput::of(&a2),
                },
                Item::Create {
                    record: RecordInput::of(&c),
                },
            ],
        );
        let after = applied(
            vec![a.clone(), b.clone()],
            &batch,
            std::slice::from_ref(&a2),
            std::slice::from_ref(&c),
        );
        assert_eq!(after, Some(vec![a2.clone(), c]));
        // An answer without the records sent: the next batch lists the zone again.
        assert_eq!(applied(vec![a, b], &batch, &[a2], &[]), None);
    }
}
