//! A fake Cloudflare API v4 on loopback that keeps state across calls: zones, DNS records
//! (ids, comments, tags), pagination with a small page size, the batch endpoint (one
//! transaction per call), token verification and remotely-managed tunnel configurations.
//! Switches make it answer 429 with `Retry-After`, 500, refuse the token, refuse the batch
//! endpoint, fail a chosen batch call, or hang on one (before or after applying it) so a
//! test can kill the client mid-call. Every request is logged for assertions. Like the API,
//! it refuses an account-owned token at `/user/tokens/verify` (see `token_account`) and
//! stores TXT content quoted and split into strings of at most 255 bytes.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use serde_json::{json, Value};

pub const TOKEN: &str = "test-token-5ecret";

#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    pub path: String,
    pub query: BTreeMap<String, String>,
    pub body: Option<Value>,
    pub authorization: String,
}

#[derive(Debug, Default)]
pub struct FakeState {
    pub token: String,
    pub token_status: String,
    /// The token is owned by this account (not a user): `/user/tokens/verify` refuses it
    /// (401, code 1000) and only `/accounts/{this}/tokens/verify` knows it, as at Cloudflare.
    pub token_account: Option<String>,
    pub zones: Vec<(String, String)>,
    pub records: BTreeMap<String, Vec<Value>>,
    pub next_id: u64,
    /// The largest page the fake serves, whatever `per_page` asks.
    pub page_max: usize,
    pub batch_limit: usize,
    pub tunnels: BTreeMap<String, Value>,
    /// Answer the next N requests with 429 and this `Retry-After`.
    pub rate_limit_next: u32,
    pub retry_after: u64,
    /// Answer the next N requests with 500.
    pub fail_next: u32,
    /// Answer every request with 500.
    pub down: bool,
    /// Answer every request but GET with 500.
    pub down_writes: bool,
    /// Answer the batch endpoint with 405, as where it is not offered.
    pub no_batch: bool,
    /// The batch call with this number (1-based) fails with a validation error.
    pub fail_batch_call: Option<u32>,
    pub batch_calls: u32,
    /// Requests other than GET so far.
    pub write_calls: u32,
    /// The write request (not GET) with this number (1-based, counted in `write_calls`) is
    /// never answered: with `hang_after_apply` it is applied first, else it is dropped
    /// unapplied. `hanging` says the fake has reached it; the connection closes once
    /// `release` is set (or after a minute).
    pub hang_write_call: Option<u32>,
    pub hang_after_apply: bool,
    pub hanging: bool,
    pub release: bool,
    /// Failure knobs for partial writes: every write request (not GET) from this number
    /// (1-based, counted in `write_calls`) on is answered 500 unapplied.
    pub fail_writes_from: Option<u32>,
    /// The batch call with this number (1-based) is applied, but answered 502 as if a
    /// proxy had lost Cloudflare's answer.
    pub lose_batch_answer: Option<u32>,
    /// POST requests so far (creates and batches), to tell a blind retry.
    pub post_calls: u32,
    pub log: Vec<Request>,
}

pub struct Fake {
    pub addr: String,
    pub state: Arc<Mutex<FakeState>>,
}

impl Fake {
    pub fn start() -> Fake {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let addr = listener.local_addr().unwrap().to_string();
        let state = Arc::new(Mutex::new(FakeState {
            token: TOKEN.into(),
            token_status: "active".into(),
            page_max: 3,
            batch_limit: 200,
            next_id: 1,
            ..Default::default()
        }));
        let shared = state.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let shared = shared.clone();
                std::thread::spawn(move || {
                    let _ = handle(stream, &shared);
                });
            }
        });
        Fake { addr, state }
    }

    pub fn base_url(&self) -> String {
        format!("http://{}/client/v4", self.addr)
    }

    pub fn with<T>(&self, f: impl FnOnce(&mut FakeState) -> T) -> T {
        f(&mut self.state.lock().unwrap())
    }

    /// Adds a zone; its id is 32 hex digits derived from the name.
    pub fn add_zone(&self, name: &str) -> String {
        let id = format!("{:0>32}", hex_of(name));
        self.with(|s| {
            s.zones.push((id.clone(), name.to_string()));
            s.records.entry(id.clone()).or_default();
        });
        id
    }

    /// Adds a record as if made in the dashboard (or by `meta`, when the comment says so).
    pub fn add_record(
        &self,
        zone_id: &str,
        name: &str,
        kind: &str,
        content: &str,
        proxied: bool,
        comment: Option<&str>,
    ) -> String {
        self.with(|s| {
            let id = s.new_id();
            let zone_name = s
                .zones
                .iter()
                .find(|z| z.0 == zone_id)
                .map(|z| z.1.clone())
                .unwrap_or_default();
            s.records.entry(zone_id.to_string()).or_default().push(json!({
                "id": id, "zone_id": zone_id, "zone_name": zone_name, "name": name, "type": kind,
                "content": content, "proxied": proxied, "ttl": 1, "comment": comment, "tags": [],
            }));
            id
        })
    }

    pub fn records(&self, zone_id: &str) -> Vec<Value> {
        self.with(|s| s.records.get(zone_id).cloned().unwrap_or_default())
    }

    pub fn record(&self, zone_id: &str, name: &str) -> Option<Value> {
        self.records(zone_id)
            .into_iter()
            .find(|r| r["name"] == name)
    }

    pub fn log(&self) -> Vec<Request> {
        self.with(|s| s.log.clone())
    }

    pub fn clear_log(&self) {
        self.with(|s| s.log.clear())
    }

    /// Waits (up to `timeout`) until a request hangs as set by `hang_write_call`.
    pub fn wait_hanging(&self, timeout: std::time::Duration) -> bool {
        let until = std::time::Instant::now() + timeout;
        while std::time::Instant::now() < until {
            if self.with(|s| s.hanging) {
                return true;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        false
    }

    /// Requests other than GET.
    pub fn writes(&self) -> Vec<Request> {
        self.log()
            .into_iter()
            .filter(|r| r.method != "GET")
            .collect()
    }
}

fn hex_of(name: &str) -> String {
    let mut h: u64 = 1469598103934665603;
    for b in name.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(1099511628211);
    }
    format!("{h:016x}")
}

impl FakeState {
    fn new_id(&mut self) -> String {
        self.next_id += 1;
        format!("{:032x}", self.next_id)
    }
}

/// Method, target, headers (lowercase names) and body.
type RawRequest = (String, String, Vec<(String, String)>, Vec<u8>);

/// True when the query has no filter `key`, or the filter is `value`.
fn wanted(q: &BTreeMap<String, String>, key: &str, value: &str) -> bool {
    !matches!(q.get(key), Some(want) if want != value)
}

fn read_request(stream: &mut TcpStream) -> Option<RawRequest> {
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_string();
    let target = parts.next()?.to_string();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        reader.read_line(&mut h).ok()?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
        }
    }
    let len = headers
        .iter()
        .find(|(k, _)| k == "content-length")
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0; len];
    reader.read_exact(&mut body).ok()?;
    Some((method, target, headers, body))
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let v = u8::from_str_radix(&s[i + 1..i + 3], 16).unwrap_or(b'?');
                out.push(v);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn respond(stream: &mut TcpStream, status: u16, body: &Value, extra: &[(&str, String)]) {
    let text = body.to_string();
    let reason = match status {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        429 => "Too Many Requests",
        _ => "Internal Server Error",
    };
    let mut head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n",
        text.len()
    );
    for (k, v) in extra {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(text.as_bytes());
    let _ = stream.flush();
}

fn ok(result: Value) -> (u16, Value) {
    (
        200,
        json!({"success": true, "errors": [], "messages": [], "result": result}),
    )
}

fn fail(status: u16, code: i64, message: &str) -> (u16, Value) {
    (
        status,
        json!({"success": false, "errors": [{"code": code, "message": message}], "messages": [], "result": null}),
    )
}

fn handle(mut stream: TcpStream, shared: &Arc<Mutex<FakeState>>) -> std::io::Result<()> {
    let Some((method, target, headers, body)) = read_request(&mut stream) else {
        return Ok(());
    };
    let (path, query_text) = target.split_once('?').unwrap_or((&target, ""));
    let path = path.strip_prefix("/client/v4").unwrap_or(path).to_string();
    let query: BTreeMap<String, String> = query_text
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect();
    let authorization = headers
        .iter()
        .find(|(k, _)| k == "authorization")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let body: Option<Value> = if body.is_empty() {
        None
    } else {
        serde_json::from_slice(&body).ok()
    };
    let mut s = shared.lock().unwrap();
    s.log.push(Request {
        method: method.clone(),
        path: path.clone(),
        query: query.clone(),
        body: body.clone(),
        authorization: authorization.clone(),
    });
    if s.down {
        let (st, b) = fail(500, 10001, "service unavailable");
        drop(s);
        respond(&mut stream, st, &b, &[]);
        return Ok(());
    }
    if s.down_writes && method != "GET" {
        let (st, b) = fail(500, 10001, "service unavailable");
        drop(s);
        respond(&mut stream, st, &b, &[]);
        return Ok(());
    }
    if s.rate_limit_next > 0 {
        s.rate_limit_next -= 1;
        let after = s.retry_after;
        let (st, b) = fail(
            429,
            971,
            "Please wait and consider throttling your request speed",
        );
        drop(s);
        respond(&mut stream, st, &b, &[("Retry-After", after.to_string())]);
        return Ok(());
    }
    if s.fail_next > 0 {
        s.fail_next -= 1;
        let (st, b) = fail(500, 10001, "internal error");
        drop(s);
        respond(&mut stream, st, &b, &[]);
        return Ok(());
    }
    if authorization != format!("Bearer {}", s.token) {
        let (st, b) = fail(403, 10000, "Authentication error");
        drop(s);
        respond(&mut stream, st, &b, &[]);
        return Ok(());
    }
    if method != "GET" {
        s.write_calls += 1;
    }
    if method == "POST" {
        s.post_calls += 1;
    }
    if method != "GET" && s.fail_writes_from.is_some_and(|n| s.write_calls >= n) {
        let (st, b) = fail(500, 10001, "internal error");
        drop(s);
        respond(&mut stream, st, &b, &[]);
        return Ok(());
    }
    let hang = method != "GET" && s.hang_write_call == Some(s.write_calls);
    if hang && !s.hang_after_apply {
        s.hanging = true;
        drop(s);
        wait_for_release(shared);
        return Ok(());
    }
    let (status, answer) = route(&mut s, &method, &path, &query, body);
    let lost = method == "POST"
        && path.ends_with("/dns_records/batch")
        && s.lose_batch_answer.is_some_and(|n| n == s.batch_calls);
    if lost && status == 200 {
        let (st, b) = fail(502, 502, "bad gateway");
        drop(s);
        respond(&mut stream, st, &b, &[]);
        return Ok(());
    }
    if hang {
        s.hanging = true;
        drop(s);
        wait_for_release(shared);
        return Ok(());
    }
    drop(s);
    respond(&mut stream, status, &answer, &[]);
    Ok(())
}

fn wait_for_release(shared: &Arc<Mutex<FakeState>>) {
    let until = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while std::time::Instant::now() < until && !shared.lock().unwrap().release {
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
}

fn route(
    s: &mut FakeState,
    method: &str,
    path: &str,
    q: &BTreeMap<String, String>,
    body: Option<Value>,
) -> (u16, Value) {
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    match (method, parts.as_slice()) {
        ("GET", ["user", "tokens", "verify"]) if s.token_account.is_none() => {
            ok(json!({"id": "f267e341f3dd4697bd3b9f71dd96247f", "status": s.token_status}))
        }
        ("GET", ["accounts", acct, "tokens", "verify"])
            if s.token_account.as_deref() == Some(*acct) =>
        {
            ok(json!({"id": "f267e341f3dd4697bd3b9f71dd96247f", "status": s.token_status}))
        }
        ("GET", ["user", "tokens", "verify"] | ["accounts", _, "tokens", "verify"]) => {
            fail(401, 1000, "Invalid API Token")
        }
        ("GET", ["zones"]) => {
            let zones: Vec<Value> = s
                .zones
                .iter()
                .filter(|(_, n)| wanted(q, "name", n))
                .map(|(id, n)| json!({"id": id, "name": n, "status": "active"}))
                .collect();
            page(zones, q, 50)
        }
        ("GET", ["zones", id]) => match s.zones.iter().find(|z| z.0 == *id) {
            Some((id, n)) => ok(json!({"id": id, "name": n})),
            None => fail(404, 1001, "Invalid zone identifier"),
        },
        (_, ["zones", zone, "dns_records", rest @ ..]) => {
            let zone = zone.to_string();
            if !s.zones.iter().any(|z| z.0 == zone) {
                return fail(400, 7003, "Could not route to /zones/x/dns_records, perhaps your object identifier is invalid?");
            }
            records(s, method, &zone, rest, q, body)
        }
        (m, ["accounts", acct, "cfd_tunnel", tunnel, "configurations"]) => {
            let key = format!("{acct}/{tunnel}");
            match m {
                "GET" => {
                    let cfg = s.tunnels.get(&key).cloned().unwrap_or(json!({"config": {"ingress": [{"service": "http_status:404"}]}, "version": 0}));
                    ok(
                        json!({"tunnel_id": tunnel, "version": cfg["version"], "config": cfg["config"], "source": "cloudflare", "created_at": "2026-01-01T00:00:00Z"}),
                    )
                }
                "PUT" => {
                    let Some(config) = body.as_ref().and_then(|b| b.get("config")).cloned() else {
                        return fail(400, 1001, "config is required");
                    };
                    let version = s
                        .tunnels
                        .get(&key)
                        .and_then(|c| c["version"].as_i64())
                        .unwrap_or(0)
                        + 1;
                    s.tunnels
                        .insert(key, json!({"config": config, "version": version}));
                    ok(json!({"tunnel_id": tunnel, "version": version, "config": config}))
                }
                _ => fail(405, 10405, "method not allowed"),
            }
        }
        _ => fail(404, 7000, "No route for that URI"),
    }
}

fn page(items: Vec<Value>, q: &BTreeMap<String, String>, cap: usize) -> (u16, Value) {
    let per_page = q
        .get("per_page")
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(100)
        .clamp(1, cap);
    let page = q
        .get("page")
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(1)
        .max(1);
    let total = items.len();
    let total_pages = total.div_ceil(per_page).max(1);
    let slice: Vec<Value> = items
        .into_iter()
        .skip((page - 1) * per_page)
        .take(per_page)
        .collect();
    (
        200,
        json!({
            "success": true, "errors": [], "messages": [], "result": slice,
            "result_info": {"page": page, "per_page": per_page, "count": slice.len(), "total_count": total, "total_pages": total_pages}
        }),
    )
}

fn conflict_of(list: &[Value], rec: &Value, skip_id: Option<&str>) -> Option<(u16, Value)> {
    for r in list
        .iter()
        .filter(|r| Some(r["id"].as_str().unwrap_or("")) != skip_id)
    {
        if r["name"] != rec["name"] {
            continue;
        }
        if r["type"] == rec["type"] && r["content"] == rec["content"] {
            return Some(fail(400, 81057, "Record already exists."));
        }
        if r["type"] == "CNAME" || rec["type"] == "CNAME" {
            return Some(fail(
                400,
                81053,
                "An A, AAAA, or CNAME record with that host already exists.",
            ));
        }
    }
    None
}

fn new_record(s: &mut FakeState, zone: &str, input: &Value) -> Result<Value, (u16, Value)> {
    for field in ["name", "type", "content"] {
        if !input[field].is_string() {
            return Err(fail(400, 9000, &format!("DNS record {field} is required")));
        }
    }
    if input["comment"].as_str().is_some_and(|c| c.len() > 100) {
        return Err(fail(400, 9102, "comment is longer than 100 characters"));
    }
    let id = s.new_id();
    let zone_name = s
        .zones
        .iter()
        .find(|z| z.0 == zone)
        .map(|z| z.1.clone())
        .unwrap_or_default();
    let mut record = json!({
        "id": id, "zone_id": zone, "zone_name": zone_name,
        "name": input["name"], "type": input["type"], "content": input["content"],
        "proxied": input["proxied"].as_bool().unwrap_or(false),
        "ttl": input["ttl"].as_u64().unwrap_or(1),
        "comment": input.get("comment").cloned().unwrap_or(Value::Null),
        "tags": input.get("tags").cloned().unwrap_or(json!([])),
    });
    normalise_txt(&mut record);
    Ok(record)
}

fn merge(target: &mut Value, fields: &Value) {
    if let (Some(t), Some(f)) = (target.as_object_mut(), fields.as_object()) {
        for (k, v) in f {
            if k != "id" {
                t.insert(k.clone(), v.clone());
            }
        }
    }
    normalise_txt(target);
}

/// What Cloudflare does to TXT content it stores: content must be quoted "character
/// strings" (RFC 1035); it adds the quotes to content sent without them, and splits a
/// string longer than 255 bytes in several.
fn normalise_txt(record: &mut Value) {
    if record["type"] != "TXT" {
        return;
    }
    let Some(content) = record["content"].as_str() else {
        return;
    };
    let strings = quoted_strings(content).unwrap_or_else(|| vec![content.to_string()]);
    let mut parts = Vec::new();
    for s in strings {
        let mut piece = String::new();
        for c in s.chars() {
            if piece.len() + c.len_utf8() > 255 {
                parts.push(std::mem::take(&mut piece));
            }
            piece.push(c);
        }
        parts.push(piece);
    }
    let quoted: Vec<String> = parts
        .iter()
        .map(|p| format!("\"{}\"", p.replace('\\', "\\\\").replace('"', "\\\"")))
        .collect();
    record["content"] = json!(quoted.join(" "));
}

/// `"a" "b"` as its strings, unescaped; `None` when the text is not quoted strings.
fn quoted_strings(text: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let mut chars = text.trim().chars().peekable();
    if chars.peek() != Some(&'"') {
        return None;
    }
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if c != '"' {
            return None;
        }
        let mut s = String::new();
        loop {
            match chars.next()? {
                '"' => break,
                '\\' => s.push(chars.next()?),
                c => s.push(c),
            }
        }
        out.push(s);
    }
    Some(out)
}

fn records(
    s: &mut FakeState,
    method: &str,
    zone: &str,
    rest: &[&str],
    q: &BTreeMap<String, String>,
    body: Option<Value>,
) -> (u16, Value) {
    let body = body.unwrap_or(Value::Null);
    match (method, rest) {
        ("GET", []) => {
            let list: Vec<Value> = s.records[zone]
                .iter()
                .filter(|r| wanted(q, "type", r["type"].as_str().unwrap_or_default()))
                .filter(|r| wanted(q, "name", r["name"].as_str().unwrap_or_default()))
                .cloned()
                .collect();
            let cap = s.page_max;
            page(list, q, cap)
        }
        ("POST", []) => {
            let rec = match new_record(s, zone, &body) {
                Ok(r) => r,
                Err(e) => return e,
            };
            if let Some(e) = conflict_of(&s.records[zone], &rec, None) {
                return e;
            }
            s.records.get_mut(zone).unwrap().push(rec.clone());
            ok(rec)
        }
        ("POST", ["batch"]) => {
            s.batch_calls += 1;
            if s.no_batch {
                return fail(405, 10405, "Method not allowed for this zone");
            }
            if s.fail_batch_call == Some(s.batch_calls) {
                return fail(400, 1004, "DNS Validation Error");
            }
            let count: usize = ["deletes", "patches", "puts", "posts"]
                .iter()
                .map(|k| body[*k].as_array().map_or(0, Vec::len))
                .sum();
            if count > s.batch_limit {
                return fail(400, 81075, "Batch exceeds the maximum number of records");
            }
            // One transaction: work on a copy, keep it only when every part succeeds.
            let mut list = s.records[zone].clone();
            let mut result = json!({"deletes": [], "patches": [], "puts": [], "posts": []});
            for d in body["deletes"].as_array().cloned().unwrap_or_default() {
                let Some(i) = list.iter().position(|r| r["id"] == d["id"]) else {
                    return fail(400, 81044, "Record does not exist.");
                };
                result["deletes"]
                    .as_array_mut()
                    .unwrap()
                    .push(list.remove(i));
            }
            for (key, replace) in [("patches", false), ("puts", true)] {
                for p in body[key].as_array().cloned().unwrap_or_default() {
                    let Some(i) = list.iter().position(|r| r["id"] == p["id"]) else {
                        return fail(400, 81044, "Record does not exist.");
                    };
                    let mut rec = list[i].clone();
                    if replace {
                        for k in ["proxied", "comment"] {
                            rec.as_object_mut().unwrap().remove(k);
                        }
                        rec["proxied"] = json!(false);
                        rec["ttl"] = json!(1);
                    }
                    merge(&mut rec, &p);
                    if let Some(e) = conflict_of(&list, &rec, rec["id"].as_str()) {
                        return e;
                    }
                    list[i] = rec.clone();
                    result[key].as_array_mut().unwrap().push(rec);
                }
            }
            for p in body["posts"].as_array().cloned().unwrap_or_default() {
                let rec = match new_record(s, zone, &p) {
                    Ok(r) => r,
                    Err(e) => return e,
                };
                if let Some(e) = conflict_of(&list, &rec, None) {
                    return e;
                }
                list.push(rec.clone());
                result["posts"].as_array_mut().unwrap().push(rec);
            }
            s.records.insert(zone.to_string(), list);
            ok(result)
        }
        (m @ ("PATCH" | "PUT" | "DELETE"), [id]) => {
            let list = s.records.get_mut(zone).unwrap();
            let Some(i) = list.iter().position(|r| r["id"] == *id) else {
                return fail(404, 81044, "Record does not exist.");
            };
            if m == "DELETE" {
                list.remove(i);
                return ok(json!({"id": id}));
            }
            let mut rec = list[i].clone();
            if m == "PUT" {
                rec["proxied"] = json!(false);
                rec["ttl"] = json!(1);
                rec["comment"] = Value::Null;
            }
            merge(&mut rec, &body);
            let snapshot = list.clone();
            if let Some(e) = conflict_of(&snapshot, &rec, Some(id)) {
                return e;
            }
            list[i] = rec.clone();
            ok(rec)
        }
        _ => fail(405, 10405, "method not allowed"),
    }
}
