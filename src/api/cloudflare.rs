//! The Cloudflare REST v4 client: typed calls for zones, DNS records (including the batch
//! endpoint), token verification and remotely-managed tunnel configurations, plus the probe
//! of cloudflared's local `/ready` endpoint. Requests carry the same method, path, query names
//! and JSON fields the official SDKs send, so a recording server sees no difference.
//!
//! Every request goes through [`Client::send`], which hands it to the shared
//! [`http::Client`] (retries of 429, 5xx and connection errors inside the `--retry-budget`)
//! and turns what came back, or Cloudflare's error envelope, into an [`Error`]. The token
//! never leaves this module but as a request header: it is not in debug lines, plans or
//! error messages.

use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use zeroize::Zeroizing;

use crate::core::error::{Error, Kind, RemoteDetail, Result};
use crate::core::http::{self, Method, Request, RetryPolicy};
use crate::core::output::debug;

/// Cloudflare's largest page for DNS record lists; the loop follows `total_pages` anyway.
const RECORDS_PER_PAGE: u32 = 5000;
/// Zones are listed at most 50 a page.
const ZONES_PER_PAGE: u32 = 50;

pub const AUTH_HINT: &str = "the token needs the scope Zone.DNS:Edit (and Zone.Zone:Read); check it with `meta dns verify-token`";

/// The response envelope every v4 endpoint answers with.
#[derive(Debug, Deserialize)]
pub struct Envelope {
    #[serde(default)]
    pub success: bool,
    #[serde(default)]
    pub errors: Vec<ApiMessage>,
    #[serde(default)]
    pub result: Value,
    #[serde(default)]
    pub result_info: Option<ResultInfo>,
}

#[derive(Debug, Deserialize, Clone)]
pub struct ApiMessage {
    #[serde(default)]
    pub code: i64,
    #[serde(default)]
    pub message: String,
}

#[derive(Debug, Deserialize, Clone, Copy)]
pub struct ResultInfo {
    #[serde(default)]
    pub page: u32,
    #[serde(default)]
    pub total_pages: u32,
}

#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
pub struct Zone {
    pub id: String,
    pub name: String,
}

/// A DNS record as Cloudflare returns it (the fields `meta` reads).
#[derive(Debug, Clone, Deserialize, Serialize, PartialEq, Eq)]
pub struct Record {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub content: String,
    #[serde(default)]
    pub proxied: bool,
    #[serde(default = "auto_ttl")]
    pub ttl: u32,
    #[serde(default)]
    pub comment: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
}

fn auto_ttl() -> u32 {
    1
}

/// The fields of a record as sent on create, put, and as a batch post or put: the SDK's
/// `{"name","type","content","proxied","ttl"}` plus the comment.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct RecordInput {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub content: String,
    pub proxied: bool,
    pub ttl: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

impl RecordInput {
    pub fn of(record: &Record) -> RecordInput {
        RecordInput {
            name: record.name.clone(),
            kind: record.kind.clone(),
            content: record.content.clone(),
            proxied: record.proxied,
            ttl: record.ttl,
            comment: record.comment.clone(),
        }
    }
}

/// One request to the batch endpoint; Cloudflare runs deletes, patches, puts, posts, in
/// one transaction.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Batch {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub deletes: Vec<Value>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub patches: Vec<Value>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub puts: Vec<Value>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub posts: Vec<RecordInput>,
}

impl Batch {
    pub fn len(&self) -> usize {
        self.deletes.len() + self.patches.len() + self.puts.len() + self.posts.len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[derive(Debug, Default, Deserialize)]
pub struct BatchResult {
    #[serde(default)]
    pub deletes: Vec<Record>,
    #[serde(default)]
    pub patches: Vec<Record>,
    #[serde(default)]
    pub puts: Vec<Record>,
    #[serde(default)]
    pub posts: Vec<Record>,
}

/// Who owns a token, by the endpoint that accepted it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenOwner {
    User,
    Account,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct TokenStatus {
    pub id: String,
    pub status: String,
}

pub struct Client {
    base: String,
    token: Zeroizing<String>,
    policy: RetryPolicy,
    http: http::Client,
}

impl Client {
    pub fn new(base: &str, token: Zeroizing<String>, retry_budget: Duration) -> Client {
        let policy = retry_policy(retry_budget);
        Client {
            base: base.trim_end_matches('/').to_string(),
            token,
            policy,
            http: http::Client::new(Duration::from_secs(10), Duration::from_secs(60), policy),
        }
    }

    /// How many HTTP requests this client has made (retries included).
    pub fn calls(&self) -> u32 {
        u32::try_from(self.http.calls()).unwrap_or(u32::MAX)
    }

    /// One API call, retried by the shared HTTP client. Only this function builds requests
    /// to Cloudflare.
    pub fn send(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, String)],
        body: Option<&Value>,
    ) -> Result<Envelope> {
        let shown = shown_request(method, path, query);
        let mut request =
            Request::new(method, format!("{}{}", self.base, path)).bearer(self.token.as_str());
        for (name, value) in query {
            request = request.query(name, value.clone());
        }
        if let Some(body) = body {
            request = request.json(body.clone());
        }
        // The path and query name the call; the shared client's own line adds each attempt's
        // status. Neither prints headers, where the token is.
        debug(format!("cloudflare {shown}"));
        let budget = self.policy.budget;
        let resp = match self.http.send_counted(&request) {
            Ok(resp) => resp,
            // Nothing was sent (a bad base URL or token): the error says what to fix.
            Err(unanswered) if unanswered.unsendable => return Err(unanswered.error),
            Err(unanswered) => {
                return Err(gave_up(
                    &shown,
                    &unanswered.error.message,
                    unanswered.attempts.into(),
                    budget,
                ));
            }
        };
        let attempts = u64::from(resp.attempts);
        let status = resp.status;
        let answer = match status {
            429 => match resp.retry_after {
                // Fewer attempts than allowed: the wait asked for would pass the budget.
                Some(wait) if resp.attempts < self.policy.max_attempts => {
                    Err(rate_limited(&shown, wait, budget))
                }
                _ => Err(gave_up(&shown, "rate limited", attempts, budget)),
            },
            _ if status >= 500 => Err(gave_up(&shown, &format!("HTTP {status}"), attempts, budget)),
            _ => envelope(status, &resp.body, &shown),
        };
        // What Cloudflare said, if anything, is in the envelope; the status is known here.
        answer.map_err(|e| match e.remote {
            Some(_) => e,
            None => e.with_remote(RemoteDetail::status(status)),
        })
    }

    fn get_all<T: serde::de::DeserializeOwned>(
        &self,
        path: &str,
        query: &[(&str, String)],
        per_page: u32,
    ) -> Result<Vec<T>> {
        let mut out = Vec::new();
        let mut page = 1u32;
        loop {
            let mut q: Vec<(&str, String)> = query.to_vec();
            q.push(("page", page.to_string()));
            q.push(("per_page", per_page.to_string()));
            let env = self.send(Method::Get, path, &q, None)?;
            let items: Vec<T> = decode(env.result, path)?;
            let got = items.len();
            out.extend(items);
            let total_pages = env.result_info.map(|i| i.total_pages).unwrap_or(1);
            if page >= total_pages || got == 0 {
                return Ok(out);
            }
            page += 1;
        }
    }

    /// What Cloudflare says of the token. A user's token is checked at
    /// `/user/tokens/verify`; an account-owned one is refused there (401) and answers only at
    /// `/accounts/{account}/tokens/verify`, asked when `account` is known and the first
    /// refused. The second refusal is the one returned.
    pub fn verify_token(&self, account: Option<&str>) -> Result<(TokenStatus, TokenOwner)> {
        let user = match self.send(Method::Get, "/user/tokens/verify", &[], None) {
            Ok(env) => return Ok((decode(env.result, "/user/tokens/verify")?, TokenOwner::User)),
            Err(e) => e,
        };
        let refused = user
            .remote
            .as_ref()
            .and_then(|r| r.status)
            .is_some_and(|s| s == 401 || s == 403);
        let Some(account) = account.filter(|_| refused) else {
            return Err(if refused {
                user.with_hint("an account-owned token is only checked with its account: set `cloudflare.account_id` (or CLOUDFLARE_ACCOUNT_ID) and run this again")
            } else {
                user
            });
        };
        let path = format!("/accounts/{}/tokens/verify", http::encode(account));
        let env = self
            .send(Method::Get, &path, &[], None)
            .map_err(|e| e.context("refused as a user token and as a token of the account"))?;
        Ok((decode(env.result, &path)?, TokenOwner::Account))
    }

    /// A zone by name (`GET /zones?name=`), or by id when given a 32-hex-digit id.
    pub fn zone(&self, name_or_id: &str) -> Result<Option<Zone>> {
        if is_id(name_or_id) {
            let path = format!("/zones/{name_or_id}");
            return match self.send(Method::Get, &path, &[], None) {
                Ok(env) => Ok(Some(decode(env.result, &path)?)),
                Err(e) if e.kind == Kind::NotFound => Ok(None),
                Err(e) => Err(e),
            };
        }
        let zones: Vec<Zone> = self.get_all(
            "/zones",
            &[("name", name_or_id.to_ascii_lowercase())],
            ZONES_PER_PAGE,
        )?;
        Ok(zones.into_iter().next())
    }

    /// The zone a hostname belongs to: the longest suffix that is a zone of this account.
    pub fn zone_of(&self, hostname: &str) -> Result<Option<Zone>> {
        let labels: Vec<&str> = hostname.trim_end_matches('.').split('.').collect();
        for i in 0..labels.len().saturating_sub(1) {
            let candidate = labels[i..].join(".");
            if let Some(zone) = self.zone(&candidate)? {
                return Ok(Some(zone));
            }
        }
        Ok(None)
    }

    pub fn list_records(
        &self,
        zone_id: &str,
        kind: Option<&str>,
        name: Option<&str>,
    ) -> Result<Vec<Record>> {
        let mut q = Vec::new();
        if let Some(kind) = kind {
            q.push(("type", kind.to_string()));
        }
        if let Some(name) = name {
            q.push(("name", name.to_string()));
        }
        self.get_all(
            &format!("/zones/{zone_id}/dns_records"),
            &q,
            RECORDS_PER_PAGE,
        )
    }

    pub fn create_record(&self, zone_id: &str, input: &RecordInput) -> Result<Record> {
        let path = format!("/zones/{zone_id}/dns_records");
        let env = self.send(Method::Post, &path, &[], Some(&to_value(input)))?;
        decode(env.result, &path)
    }

    /// `PATCH`: changes only the fields sent.
    pub fn patch_record(&self, zone_id: &str, id: &str, fields: &Value) -> Result<Record> {
        let path = format!("/zones/{zone_id}/dns_records/{id}");
        let env = self.send(Method::Patch, &path, &[], Some(fields))?;
        decode(env.result, &path)
    }

    /// `PUT`: replaces the whole record.
    pub fn put_record(&self, zone_id: &str, id: &str, input: &RecordInput) -> Result<Record> {
        let path = format!("/zones/{zone_id}/dns_records/{id}");
        let env = self.send(Method::Put, &path, &[], Some(&to_value(input)))?;
        decode(env.result, &path)
    }

    pub fn delete_record(&self, zone_id: &str, id: &str) -> Result<()> {
        let path = format!("/zones/{zone_id}/dns_records/{id}");
        self.send(Method::Delete, &path, &[], None)?;
        Ok(())
    }

    /// One batch call. `None` when the endpoint itself is refused (not offered on this
    /// account or API), so the caller can fall back to single calls.
    pub fn batch(&self, zone_id: &str, batch: &Batch) -> Result<Option<BatchResult>> {
        let path = format!("/zones/{zone_id}/dns_records/batch");
        let env = match self.send(Method::Post, &path, &[], Some(&to_value(batch))) {
            Ok(env) => env,
            Err(e) if matches!(e.status(), Some(404 | 405 | 501)) => return Ok(None),
            Err(e) => return Err(e),
        };
        if env.result.is_null() {
            return Ok(Some(BatchResult::default()));
        }
        decode(env.result, &path).map(Some)
    }

    /// The configuration document of a remotely-managed tunnel (`result.config`).
    pub fn tunnel_config(&self, account: &str, tunnel: &str) -> Result<Value> {
        let path = format!("/accounts/{account}/cfd_tunnel/{tunnel}/configurations");
        let env = self.send(Method::Get, &path, &[], None)?;
        Ok(env.result.get("config").cloned().unwrap_or(Value::Null))
    }

    /// Replaces the whole configuration document: there is no PATCH for it.
    pub fn put_tunnel_config(&self, account: &str, tunnel: &str, config: &Value) -> Result<()> {
        let path = format!("/accounts/{account}/cfd_tunnel/{tunnel}/configurations");
        self.send(Method::Put, &path, &[], Some(&json!({ "config": config })))?;
        Ok(())
    }
}

/// True for a Cloudflare object id (32 hex digits) rather than a name.
pub fn is_id(text: &str) -> bool {
    text.len() == 32 && text.bytes().all(|b| b.is_ascii_hexdigit())
}

fn to_value<T: Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

fn decode<T: serde::de::DeserializeOwned>(value: Value, path: &str) -> Result<T> {
    serde_json::from_value(value).map_err(|e| {
        Error::remote(format!(
            "cloudflare answered {path} with a result meta does not understand: {e}"
        ))
    })
}

fn shown_request(method: Method, path: &str, query: &[(&str, String)]) -> String {
    let method = method.as_str();
    if query.is_empty() {
        return format!("{method} {path}");
    }
    let q: Vec<String> = query.iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!("{method} {path}?{}", q.join("&"))
}

/// The shared client's policy with Cloudflare's backoff; the budget is what ends retries.
fn retry_policy(budget: Duration) -> RetryPolicy {
    let base_delay = Duration::from_millis(250);
    let max_delay = Duration::from_secs(8);
    // The attempt cap only stops a server that answers `Retry-After: 0` forever: it is set
    // above what the backoff (at least half of 8 s once capped) can fit in the budget.
    let fits = u32::try_from(budget.as_secs() / 4).unwrap_or(u32::MAX);
    RetryPolicy {
        max_attempts: fits.saturating_add(8),
        base_delay,
        max_delay,
        budget,
    }
}

fn rate_limited(shown: &str, wait: Duration, budget: Duration) -> Error {
    let at = time::OffsetDateTime::now_utc() + wait;
    Error::remote(format!(
        "cloudflare rate limit on {shown}: asked to wait {} s, more than is left of the retry budget ({} s)",
        wait.as_secs(),
        budget.as_secs()
    ))
    .with_hint(format!(
        "try again after {} (a rate limit can block a token for five minutes), or raise --retry-budget",
        crate::core::state::format_time(at)
    ))
}

fn gave_up(shown: &str, reason: &str, attempts: u64, budget: Duration) -> Error {
    let plural = if attempts == 1 { "" } else { "s" };
    Error::remote(format!(
        "cloudflare API failed on {shown} after {attempts} attempt{plural}: {reason}"
    ))
    .with_hint(format!(
        "nothing more was sent; check the network and https://www.cloudflarestatus.com, or raise --retry-budget (now {} s)",
        budget.as_secs()
    ))
}

/// Turns an HTTP answer into the envelope, or into the error Cloudflare reported (with its
/// status, and its code and message when the envelope has them).
fn envelope(status: u16, body: &[u8], shown: &str) -> Result<Envelope> {
    let parsed: Option<Envelope> = serde_json::from_slice(body).ok();
    let err = match parsed {
        Some(env) if env.success && status < 400 => return Ok(env),
        Some(env) if !env.errors.is_empty() => return Err(api_error(status, &env.errors[0])),
        _ if status == 404 => Error::not_found(format!("cloudflare has no {shown} (HTTP 404)")),
        _ if status == 401 || status == 403 => {
            Error::remote(format!("cloudflare refused {shown} (HTTP {status})"))
                .with_hint(AUTH_HINT)
        }
        _ => Error::remote(format!(
            "cloudflare answered {shown} with HTTP {status} and no usable envelope"
        )),
    };
    Err(err.with_remote(RemoteDetail::status(status)))
}

/// An error envelope in the tool's terms, with Cloudflare's own code and message.
pub fn api_error(status: u16, e: &ApiMessage) -> Error {
    let mut message = e.message.trim().trim_end_matches('.').to_string();
    // "Record already exists." reads as "record already exists"; "DNS …" keeps its case.
    let second_is_upper = message
        .chars()
        .nth(1)
        .is_some_and(|c| c.is_ascii_uppercase());
    if !second_is_upper {
        if let Some(first) = message.get(..1) {
            let lower = first.to_ascii_lowercase();
            message.replace_range(..1, &lower);
        }
    }
    let text = format!("cloudflare {}: {message}", e.code);
    let err = match e.code {
        81053 | 81057 | 81058 => Error::conflict(text),
        81044 | 7003 => Error::not_found(text),
        9109 | 10000 | 6003 | 6111 | 9106 | 9103 | 1000 => Error::remote(text).with_hint(AUTH_HINT),
        _ if status == 401 || status == 403 => Error::remote(text).with_hint(AUTH_HINT),
        _ if status == 404 => Error::not_found(text),
        _ => Error::remote(text),
    };
    err.with_remote(RemoteDetail {
        status: Some(status),
        code: Some(e.code.to_string()),
        message: Some(e.message.clone()).filter(|m| !m.is_empty()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_errors_keep_cloudflare_code_and_message() {
        let e = api_error(
            400,
            &ApiMessage {
                code: 81057,
                message: "Record already exists.".into(),
            },
        );
        assert_eq!(e.message, "cloudflare 81057: record already exists");
        assert_eq!(e.kind, Kind::Conflict);
        let e = api_error(
            403,
            &ApiMessage {
                code: 9109,
                message: "Invalid access token".into(),
            },
        );
        assert_eq!(e.kind, Kind::Remote);
        assert!(e.hint.unwrap().contains("Zone.DNS:Edit"));
    }

    #[test]
    fn error_envelopes_become_status_code_and_message() {
        // The shape of a real refusal (Cloudflare API v4 docs, "Errors").
        let body = br#"{"success": false, "errors": [{"code": 9109, "message": "Invalid access token"}], "messages": [], "result": null}"#;
        let e = envelope(403, body, "GET /zones").unwrap_err();
        assert_eq!(e.status(), Some(403));
        assert_eq!(e.api_code(), Some("9109"));
        assert_eq!(
            e.remote.unwrap().message.as_deref(),
            Some("Invalid access token")
        );
        // `success: false` on a 200 is still an error, with Cloudflare's code.
        let body = br#"{"success": false, "errors": [{"code": 81057, "message": "Record already exists."}], "result": null}"#;
        let e = envelope(200, body, "POST /zones/z/dns_records").unwrap_err();
        assert_eq!(
            (e.kind, e.status(), e.api_code()),
            (Kind::Conflict, Some(200), Some("81057"))
        );
        // No envelope at all: the status alone.
        let e = envelope(405, b"<html>Method Not Allowed</html>", "POST /x").unwrap_err();
        assert_eq!((e.status(), e.api_code()), (Some(405), None));
        let e = envelope(404, b"", "GET /zones/z").unwrap_err();
        assert_eq!((e.kind, e.status()), (Kind::NotFound, Some(404)));
        let ok = envelope(
            200,
            br#"{"success": true, "errors": [], "result": {"id": "a"}}"#,
            "GET /x",
        );
        assert_eq!(ok.unwrap().result["id"], "a");
    }

    #[test]
    fn ids_are_32_hex_digits() {
        assert!(is_id("023e105f4ecef8ad9ca31a8372d0c353"));
        assert!(!is_id("example.com"));
    }
}
