//! A fake of the Google endpoints `meta vm` uses, on loopback, keeping state: the OAuth
//! token endpoint (checks the JWT's signature against the test key's public half and its
//! claims), the metadata server, Compute Engine zone instances and operations (which need a
//! few polls of `wait` before they are DONE), and Cloud Monitoring time series. Switches
//! make it answer 403, 429, 500, refuse a grant, fail an operation, hold one open, or hold
//! the Nth mutating request (before or after doing it) so a test can kill the client then.

#![allow(dead_code)]

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use rsa::pkcs8::{EncodePrivateKey, LineEnding};
use rsa::{RsaPrivateKey, RsaPublicKey};
use serde_json::{json, Value};

pub const PROJECT: &str = "demo-project";
pub const ZONE: &str = "europe-west1-b";
pub const CLIENT_EMAIL: &str = "meta-test@demo-project.iam.gserviceaccount.com";
pub const KEY_ID: &str = "0123456789abcdef";

/// The test key: generated once per test binary (RSA 2048, as Google issues them).
pub fn test_key() -> &'static (RsaPrivateKey, String) {
    static KEY: OnceLock<(RsaPrivateKey, String)> = OnceLock::new();
    KEY.get_or_init(|| {
        let key = RsaPrivateKey::new(&mut rand::rngs::OsRng, 2048).expect("generate key");
        let pem = key.to_pkcs8_pem(LineEnding::LF).expect("pem").to_string();
        (key, pem)
    })
}

#[derive(Debug, Clone)]
pub struct FakeInstance {
    pub name: String,
    pub id: u64,
    pub machine_type: String,
    pub status: String,
    pub labels: BTreeMap<String, String>,
}

#[derive(Debug, Clone)]
pub struct FakeOp {
    pub name: String,
    pub op_type: String,
    pub target: String,
    pub polls_left: u32,
    pub done: bool,
    pub error: Option<String>,
    /// For `setMachineType`: the type it sets.
    pub machine_type: Option<String>,
}

/// When a held mutating request stops: before the fake does it, or after (its operation
/// then stays RUNNING until someone waits on it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hold {
    Before,
    After,
}

#[derive(Debug, Clone)]
pub struct Series {
    pub metric_type: String,
    pub metric_labels: BTreeMap<String, String>,
    pub resource_labels: BTreeMap<String, String>,
    pub values: Vec<f64>,
}

pub struct FakeState {
    public_key: RsaPublicKey,
    pub instances: BTreeMap<String, FakeInstance>,
    pub operations: HashMap<String, FakeOp>,
    pub request_ids: HashMap<String, String>,
    pub tokens: HashSet<String>,
    /// "METHOD /path" of every request, in order.
    pub log: Vec<String>,
    pub series: Vec<Series>,
    pub polls_per_op: u32,
    /// `wait` never reports DONE while set.
    pub hold_operations: bool,
    /// Answer 403 naming this permission on every Compute and Monitoring call.
    pub forbidden: Option<String>,
    /// Answer the next N Compute/Monitoring calls with 429 (Retry-After: 0).
    pub rate_limit_next: u32,
    /// Answer the next N Compute/Monitoring calls with 500.
    pub server_error_next: u32,
    /// Do the next mutation, then answer 500 anyway (the client must retry with the same
    /// requestId and not have it done twice).
    pub fail_after_mutation_next: u32,
    /// Operations of this type end DONE with this error.
    pub fail_operation: Option<(String, String)>,
    pub invalid_grant: bool,
    /// The most instances one list page holds (the API may return fewer than asked).
    pub page_cap: usize,
    /// `expires_in` of the tokens handed out.
    pub token_lifetime: i64,
    /// Hold the Nth mutating request from now (1-based): it never gets an answer, and the
    /// connection is dropped once `held` is cleared.
    pub hold_mutation: Option<(usize, Hold)>,
    /// Mutating requests seen since `hold_mutation` was set.
    pub mutations_seen: usize,
    /// True while a request is held.
    pub held: bool,
    next_id: u64,
}

impl FakeState {
    pub fn add_instance(&mut self, name: &str, machine_type: &str, status: &str) -> u64 {
        self.next_id += 1;
        let id = 7_000_000_000_000_000_000 + self.next_id;
        self.instances.insert(
            name.to_string(),
            FakeInstance {
                name: name.to_string(),
                id,
                machine_type: machine_type.to_string(),
                status: status.to_string(),
                labels: BTreeMap::new(),
            },
        );
        id
    }

    /// CPU utilisation points (fractions) for a VM.
    pub fn set_cpu(&mut self, name: &str, values: &[f64]) {
        self.series.retain(|s| {
            !(s.metric_type.ends_with("cpu/utilization")
                && s.metric_labels.get("instance_name").map(String::as_str) == Some(name))
        });
        let id = self.instances.get(name).map(|i| i.id).unwrap_or(0);
        self.series.push(Series {
            metric_type: "compute.googleapis.com/instance/cpu/utilization".into(),
            metric_labels: [("instance_name".to_string(), name.to_string())].into(),
            resource_labels: [
                ("instance_id".to_string(), id.to_string()),
                ("zone".to_string(), ZONE.to_string()),
                ("project_id".to_string(), PROJECT.to_string()),
            ]
            .into(),
            values: values.to_vec(),
        });
    }

    /// An Ops Agent series (memory or disk, percent) for a VM.
    pub fn add_agent(&mut self, name: &str, metric: &str, labels: &[(&str, &str)], values: &[f64]) {
        let id = self.instances.get(name).map(|i| i.id).unwrap_or(0);
        self.series.push(Series {
            metric_type: metric.to_string(),
            metric_labels: labels
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            resource_labels: [("instance_id".to_string(), id.to_string())].into(),
            values: values.to_vec(),
        });
    }

    pub fn count(&self, prefix: &str) -> usize {
        self.log.iter().filter(|l| l.starts_with(prefix)).count()
    }

    pub fn count_containing(&self, needle: &str) -> usize {
        self.log.iter().filter(|l| l.contains(needle)).count()
    }
}

pub struct Fake {
    pub addr: String,
    state: Arc<Mutex<FakeState>>,
    _dir: tempfile::TempDir,
    pub key_file: PathBuf,
}

impl Fake {
    pub fn start() -> Fake {
        let (key, pem) = test_key();
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let addr = listener.local_addr().unwrap().to_string();
        let state = Arc::new(Mutex::new(FakeState {
            public_key: RsaPublicKey::from(key),
            instances: BTreeMap::new(),
            operations: HashMap::new(),
            request_ids: HashMap::new(),
            tokens: HashSet::new(),
            log: Vec::new(),
            series: Vec::new(),
            polls_per_op: 2,
            hold_operations: false,
            forbidden: None,
            rate_limit_next: 0,
            server_error_next: 0,
            fail_after_mutation_next: 0,
            fail_operation: None,
            invalid_grant: false,
            page_cap: 500,
            token_lifetime: 3599,
            hold_mutation: None,
            mutations_seen: 0,
            held: false,
            next_id: 0,
        }));
        let shared = state.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let s = shared.clone();
                std::thread::spawn(move || serve(stream, s));
            }
        });
        let dir = tempfile::tempdir().unwrap();
        let key_file = dir.path().join("key.json");
        let doc = json!({
            "type": "service_account",
            "project_id": PROJECT,
            "private_key_id": KEY_ID,
            "private_key": pem,
            "client_email": CLIENT_EMAIL,
            "client_id": "1234567890",
            "auth_uri": "https://accounts.google.com/o/oauth2/auth",
            "token_uri": format!("http://{addr}/token"),
        });
        std::fs::write(&key_file, serde_json::to_vec_pretty(&doc).unwrap()).unwrap();
        Fake {
            addr,
            state,
            _dir: dir,
            key_file,
        }
    }

    pub fn state(&self) -> MutexGuard<'_, FakeState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub fn compute_url(&self) -> String {
        format!("http://{}/compute/v1/", self.addr)
    }

    pub fn monitoring_url(&self) -> String {
        format!("http://{}/v3/", self.addr)
    }

    pub fn key_path(&self) -> &Path {
        &self.key_file
    }
}

struct HttpRequest {
    method: String,
    path: String,
    query: Vec<(String, String)>,
    headers: HashMap<String, String>,
    body: Vec<u8>,
}

impl HttpRequest {
    fn q(&self, key: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn pairs(text: &str) -> Vec<(String, String)> {
    text.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (decode(k), decode(v)),
            None => (decode(p), String::new()),
        })
        .collect()
}

fn read_request(reader: &mut BufReader<TcpStream>) -> Option<HttpRequest> {
    let mut line = String::new();
    if reader.read_line(&mut line).ok()? == 0 {
        return None;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_string();
    let target = parts.next()?.to_string();
    let mut headers = HashMap::new();
    loop {
        let mut h = String::new();
        reader.read_line(&mut h).ok()?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
        }
    }
    let len: usize = headers
        .get("content-length")
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    let mut body = vec![0u8; len];
    reader.read_exact(&mut body).ok()?;
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p.to_string(), pairs(q)),
        None => (target, Vec::new()),
    };
    Some(HttpRequest {
        method,
        path,
        query,
        headers,
        body,
    })
}

struct Reply {
    status: u16,
    body: Value,
    headers: Vec<(String, String)>,
}

fn reply(status: u16, body: Value) -> Reply {
    Reply {
        status,
        body,
        headers: Vec::new(),
    }
}

fn serve(stream: TcpStream, state: Arc<Mutex<FakeState>>) {
    let mut writer = match stream.try_clone() {
        Ok(w) => w,
        Err(_) => return,
    };
    let mut reader = BufReader::new(stream);
    while let Some(req) = read_request(&mut reader) {
        if !has_length(&req) {
            state
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .log
                .push(format!("{} {} (411)", req.method, req.path));
            let _ = writer.write_all(length_required().as_bytes());
            return;
        }
        let r = {
            let mut st = state.lock().unwrap_or_else(|e| e.into_inner());
            st.log.push(format!("{} {}", req.method, req.path));
            let hold = match st.hold_mutation {
                Some((n, mode)) if is_mutation(&req) => {
                    st.mutations_seen += 1;
                    (st.mutations_seen == n).then_some(mode)
                }
                _ => None,
            };
            if let Some(mode) = hold {
                if mode == Hold::After {
                    route(&mut st, &req);
                }
                st.held = true;
                st.hold_mutation = None;
                st.mutations_seen = 0;
                drop(st);
                while state.lock().map(|s| s.held).unwrap_or(false) {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                return;
            }
            route(&mut st, &req)
        };
        let body = r.body.to_string();
        let mut head = format!(
            "HTTP/1.1 {} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\n",
            r.status,
            body.len()
        );
        for (k, v) in &r.headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        if writer.write_all(head.as_bytes()).is_err() || writer.write_all(body.as_bytes()).is_err()
        {
            return;
        }
    }
}

/// Google's front ends refuse a request that may carry a body (POST, PUT, PATCH) but says
/// neither how long it is nor that it is chunked, even when it carries nothing, before any
/// API sees it.
fn has_length(req: &HttpRequest) -> bool {
    !matches!(req.method.as_str(), "POST" | "PUT" | "PATCH")
        || req.headers.contains_key("content-length")
        || req.headers.contains_key("transfer-encoding")
}

/// The front end's answer to such a request: an HTML page, not the API's JSON error, and
/// the connection closed.
fn length_required() -> String {
    let page = "<!DOCTYPE html>\n<html lang=en>\n  <meta charset=utf-8>\n  <title>Error 411 (Length Required)!!1</title>\n  <p><b>411.</b> <ins>That\u{2019}s an error.</ins>\n  <p>POST requests require a <code>Content-length</code> header.  <ins>That\u{2019}s all we know.</ins>\n";
    format!(
        "HTTP/1.1 411 Length Required\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{page}",
        page.len()
    )
}

/// Sends `head` (a request line and headers, without the blank line) as it is and returns
/// the status the fake answered: a way to check the fake's own strictness.
pub fn raw_status(addr: &str, head: &str) -> u16 {
    let mut stream = TcpStream::connect(addr).expect("connect to the fake");
    stream
        .write_all(format!("{head}\r\n\r\n").as_bytes())
        .expect("send");
    let mut answer = String::new();
    let _ = BufReader::new(stream).read_line(&mut answer);
    answer
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

fn is_mutation(req: &HttpRequest) -> bool {
    let prefix = format!("/compute/v1/projects/{PROJECT}/zones/{ZONE}/");
    let Some(rest) = req.path.strip_prefix(&prefix) else {
        return false;
    };
    let segs: Vec<&str> = rest.split('/').collect();
    matches!(
        (req.method.as_str(), segs.as_slice()),
        ("POST", ["instances"]) | ("POST", ["instances", _, _]) | ("DELETE", ["instances", _])
    )
}

fn google_error(status: u16, reason: &str, message: &str) -> Reply {
    reply(
        status,
        json!({"error": {"code": status, "message": message, "errors": [{"message": message, "domain": "global", "reason": reason}]}}),
    )
}

fn route(st: &mut FakeState, req: &HttpRequest) -> Reply {
    if req.path == "/token" && req.method == "POST" {
        return token(st, req);
    }
    if req.path.starts_with("/computeMetadata/v1") {
        if req.headers.get("metadata-flavor").map(String::as_str) != Some("Google") {
            return reply(403, json!("missing Metadata-Flavor"));
        }
        if req.path.ends_with("/service-accounts/default/token") {
            let t = format!("ya29.metadata-{}", st.tokens.len() + 1);
            st.tokens.insert(t.clone());
            return reply(
                200,
                json!({"access_token": t, "expires_in": st.token_lifetime, "token_type": "Bearer"}),
            );
        }
        return reply(200, json!({}));
    }
    let bearer = req
        .headers
        .get("authorization")
        .and_then(|a| a.strip_prefix("Bearer "))
        .unwrap_or("");
    if !st.tokens.contains(bearer) {
        return google_error(
            401,
            "authError",
            "Request had invalid authentication credentials.",
        );
    }
    if let Some(permission) = &st.forbidden {
        return google_error(
            403,
            "forbidden",
            &format!("Required '{permission}' permission for 'projects/{PROJECT}'"),
        );
    }
    if st.rate_limit_next > 0 {
        st.rate_limit_next -= 1;
        let mut r = google_error(429, "rateLimitExceeded", "Rate Limit Exceeded");
        r.headers.push(("Retry-After".into(), "0".into()));
        return r;
    }
    if st.server_error_next > 0 {
        st.server_error_next -= 1;
        return google_error(500, "backendError", "Internal error. Please try again.");
    }
    if let Some(rest) = req.path.strip_prefix("/v3/projects/") {
        return time_series(st, req, rest);
    }
    let prefix = format!("/compute/v1/projects/{PROJECT}/zones/{ZONE}/");
    let Some(rest) = req.path.strip_prefix(&prefix) else {
        return google_error(
            404,
            "notFound",
            &format!("The resource '{}' was not found", req.path),
        );
    };
    let segs: Vec<&str> = rest.split('/').collect();
    let mutation = matches!(
        (req.method.as_str(), segs.as_slice()),
        ("POST", ["instances"]) | ("POST", ["instances", _, _]) | ("DELETE", ["instances", _])
    );
    let r = match (req.method.as_str(), segs.as_slice()) {
        ("GET", ["instances"]) => list(st, req),
        ("GET", ["instances", name]) => match st.instances.get(*name) {
            Some(i) => reply(200, instance_json(i)),
            None => not_found(name),
        },
        ("POST", ["instances"]) => insert(st, req),
        ("POST", ["instances", name, verb]) => mutate(st, req, name, verb),
        ("DELETE", ["instances", name]) => mutate(st, req, name, "delete"),
        ("GET", ["operations"]) => operations(st, req),
        ("POST", ["operations", op, "wait"]) => wait(st, op),
        ("GET", ["operations", op]) => match st.operations.get(*op) {
            Some(o) => reply(200, op_json(o)),
            None => google_error(404, "notFound", "no such operation"),
        },
        _ => google_error(404, "notFound", "no such method"),
    };
    if mutation && r.status == 200 && st.fail_after_mutation_next > 0 {
        st.fail_after_mutation_next -= 1;
        return google_error(
            500,
            "backendError",
            "Internal error after the change. Please try again.",
        );
    }
    r
}

fn not_found(name: &str) -> Reply {
    google_error(
        404,
        "notFound",
        &format!("The resource 'projects/{PROJECT}/zones/{ZONE}/instances/{name}' was not found"),
    )
}

fn b64json(part: &str) -> Option<Value> {
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(part).ok()?).ok()
}

fn token(st: &mut FakeState, req: &HttpRequest) -> Reply {
    use rsa::signature::Verifier;
    let form = pairs(&String::from_utf8_lossy(&req.body));
    let get = |k: &str| {
        form.iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    let refuse = |why: &str| {
        reply(
            400,
            json!({"error": "invalid_grant", "error_description": why}),
        )
    };
    if get("grant_type").as_deref() != Some("urn:ietf:params:oauth:grant-type:jwt-bearer") {
        return reply(400, json!({"error": "unsupported_grant_type"}));
    }
    if st.invalid_grant {
        return refuse("Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. Check your iat and exp values in the JWT claim.");
    }
    let Some(jwt) = get("assertion") else {
        return refuse("no assertion");
    };
    let parts: Vec<&str> = jwt.split('.').collect();
    if parts.len() != 3 {
        return refuse("malformed JWT");
    }
    let (Some(header), Some(claims)) = (b64json(parts[0]), b64json(parts[1])) else {
        return refuse("malformed JWT parts");
    };
    if header != json!({"typ": "JWT", "alg": "RS256", "kid": KEY_ID}) {
        return refuse("unexpected JWT header");
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let iat = claims["iat"].as_i64().unwrap_or(0);
    let ok_claims = claims["iss"] == CLIENT_EMAIL
        && claims["aud"] == "https://oauth2.googleapis.com/token"
        && claims["scope"] == "https://www.googleapis.com/auth/cloud-platform"
        && claims["exp"].as_i64() == Some(iat + 3600)
        && (iat - now).abs() < 300;
    if !ok_claims {
        return refuse("bad claims");
    }
    let Ok(sig_bytes) = URL_SAFE_NO_PAD.decode(parts[2]) else {
        return refuse("bad signature encoding");
    };
    let Ok(signature) = rsa::pkcs1v15::Signature::try_from(sig_bytes.as_slice()) else {
        return refuse("bad signature");
    };
    let verifier = rsa::pkcs1v15::VerifyingKey::<rsa::sha2::Sha256>::new(st.public_key.clone());
    let signed = format!("{}.{}", parts[0], parts[1]);
    if verifier.verify(signed.as_bytes(), &signature).is_err() {
        return refuse("Invalid JWT Signature.");
    }
    let t = format!("ya29.fake-{}", st.tokens.len() + 1);
    st.tokens.insert(t.clone());
    reply(
        200,
        json!({"access_token": t, "expires_in": st.token_lifetime, "token_type": "Bearer"}),
    )
}

fn instance_json(i: &FakeInstance) -> Value {
    let base = format!("https://www.googleapis.com/compute/v1/projects/{PROJECT}/zones/{ZONE}");
    json!({
        "kind": "compute#instance",
        "id": i.id.to_string(),
        "name": i.name,
        "zone": base,
        "machineType": format!("{base}/machineTypes/{}", i.machine_type),
        "status": i.status,
        "creationTimestamp": "2026-01-02T03:04:05.000-07:00",
        "labels": i.labels,
        "networkInterfaces": [{"networkIP": "10.132.0.2", "accessConfigs": [{"natIP": "203.0.113.7"}]}],
        "selfLink": format!("{base}/instances/{}", i.name),
    })
}

fn op_json(o: &FakeOp) -> Value {
    let mut v = json!({
        "kind": "compute#operation",
        "name": o.name,
        "operationType": o.op_type,
        "targetLink": format!("https://www.googleapis.com/compute/v1/projects/{PROJECT}/zones/{ZONE}/instances/{}", o.target),
        "status": if o.done { "DONE" } else { "RUNNING" },
        "progress": if o.done { 100 } else { 50 },
        "zone": format!("https://www.googleapis.com/compute/v1/projects/{PROJECT}/zones/{ZONE}"),
    });
    if let (true, Some(e)) = (o.done, &o.error) {
        v["error"] = json!({"errors": [{"code": "RESOURCE_OPERATION_FAILED", "message": e}]});
    }
    v
}

fn list(st: &FakeState, req: &HttpRequest) -> Reply {
    let max: usize = req
        .q("maxResults")
        .and_then(|m| m.parse().ok())
        .unwrap_or(500)
        .min(st.page_cap);
    let start: usize = req.q("pageToken").and_then(|t| t.parse().ok()).unwrap_or(0);
    let status_filter = req.q("filter").and_then(|f| {
        let f = f.replace(' ', "");
        f.strip_prefix("status=").map(str::to_string)
    });
    let all: Vec<&FakeInstance> = st
        .instances
        .values()
        .filter(|i| status_filter.as_ref().is_none_or(|s| &i.status == s))
        .collect();
    let page: Vec<Value> = all
        .iter()
        .skip(start)
        .take(max)
        .map(|i| instance_json(i))
        .collect();
    let mut body = json!({"kind": "compute#instanceList", "items": page});
    if start + max < all.len() {
        body["nextPageToken"] = json!((start + max).to_string());
    }
    reply(200, body)
}

fn new_op(st: &mut FakeState, req: &HttpRequest, op_type: &str, target: &str) -> Reply {
    if let Some(existing) = req.q("requestId").and_then(|id| st.request_ids.get(id)) {
        let o = st.operations[existing].clone();
        return reply(200, op_json(&o));
    }
    let name = format!("operation-{}-{}", st.operations.len() + 1, op_type);
    let error = st
        .fail_operation
        .as_ref()
        .filter(|(t, _)| t == op_type)
        .map(|(_, m)| m.clone());
    let op = FakeOp {
        name: name.clone(),
        op_type: op_type.to_string(),
        target: target.to_string(),
        polls_left: st.polls_per_op,
        done: false,
        error,
        machine_type: None,
    };
    if let Some(id) = req.q("requestId") {
        st.request_ids.insert(id.to_string(), name.clone());
    }
    let body = op_json(&op);
    st.operations.insert(name, op);
    reply(200, body)
}

fn insert(st: &mut FakeState, req: &HttpRequest) -> Reply {
    if let Some(existing) = req.q("requestId").and_then(|id| st.request_ids.get(id)) {
        let o = st.operations[existing].clone();
        return reply(200, op_json(&o));
    }
    let Ok(body) = serde_json::from_slice::<Value>(&req.body) else {
        return google_error(400, "invalid", "body is not JSON");
    };
    let Some(name) = body["name"].as_str() else {
        return google_error(
            400,
            "required",
            "Required field 'resource.name' not specified",
        );
    };
    if st.instances.contains_key(name) {
        return google_error(
            409,
            "alreadyExists",
            &format!(
                "The resource 'projects/{PROJECT}/zones/{ZONE}/instances/{name}' already exists"
            ),
        );
    }
    let mt = body["machineType"]
        .as_str()
        .unwrap_or("")
        .rsplit('/')
        .next()
        .unwrap_or("")
        .to_string();
    if body["disks"][0]["initializeParams"]["sourceImage"]
        .as_str()
        .is_none()
    {
        return google_error(400, "required", "boot disk source image missing");
    }
    st.add_instance(name, &mt, "PROVISIONING");
    if let Some(labels) = body["labels"].as_object() {
        let labels = labels
            .iter()
            .map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_string()))
            .collect();
        if let Some(i) = st.instances.get_mut(name) {
            i.labels = labels;
        }
    }
    let name = name.to_string();
    new_op(st, req, "insert", &name)
}

fn mutate(st: &mut FakeState, req: &HttpRequest, name: &str, verb: &str) -> Reply {
    if let Some(existing) = req.q("requestId").and_then(|id| st.request_ids.get(id)) {
        let o = st.operations[existing].clone();
        return reply(200, op_json(&o));
    }
    let Some(inst) = st.instances.get(name).cloned() else {
        return not_found(name);
    };
    match verb {
        "start" => {
            if inst.status == "TERMINATED" {
                st.instances.get_mut(name).unwrap().status = "STAGING".into();
            }
        }
        "stop" => {
            if inst.status == "RUNNING" {
                st.instances.get_mut(name).unwrap().status = "STOPPING".into();
            }
        }
        "delete" => {
            st.instances.get_mut(name).unwrap().status = "STOPPING".into();
        }
        "setMachineType" => {
            if inst.status != "TERMINATED" {
                return google_error(
                    400,
                    "resourceNotReady",
                    &format!("The resource 'projects/{PROJECT}/zones/{ZONE}/instances/{name}' is not ready: Instance must be stopped"),
                );
            }
            let Ok(body) = serde_json::from_slice::<Value>(&req.body) else {
                return google_error(400, "invalid", "body is not JSON");
            };
            let wanted = body["machineType"].as_str().unwrap_or("");
            if !wanted.starts_with(&format!("zones/{ZONE}/machineTypes/")) {
                return google_error(
                    400,
                    "invalid",
                    "Invalid value for field 'resource.machineType'",
                );
            }
        }
        _ => return google_error(404, "notFound", "no such method"),
    }
    let r = new_op(st, req, verb, name);
    if verb == "setMachineType" {
        let body: Value = serde_json::from_slice(&req.body).unwrap_or_default();
        let op_name = r.body["name"].as_str().unwrap_or("").to_string();
        if let Some(op) = st.operations.get_mut(&op_name) {
            op.machine_type = body["machineType"]
                .as_str()
                .and_then(|m| m.rsplit('/').next())
                .map(str::to_string);
        }
    }
    r
}

/// `zoneOperations.list`, understanding only the filter `status != DONE`.
fn operations(st: &FakeState, req: &HttpRequest) -> Reply {
    let pending_only = match req.q("filter").map(|f| f.replace(' ', "")) {
        None => false,
        Some(f) if f == "status!=DONE" => true,
        Some(f) => return google_error(400, "invalid", &format!("unsupported filter `{f}`")),
    };
    let mut ops: Vec<&FakeOp> = st
        .operations
        .values()
        .filter(|o| !(pending_only && o.done))
        .collect();
    ops.sort_by(|a, b| a.name.cmp(&b.name));
    let items: Vec<Value> = ops.into_iter().map(op_json).collect();
    reply(
        200,
        json!({"kind": "compute#operationList", "items": items}),
    )
}

fn wait(st: &mut FakeState, op_name: &str) -> Reply {
    let hold = st.hold_operations;
    let Some(op) = st.operations.get_mut(op_name) else {
        return google_error(404, "notFound", "no such operation");
    };
    if !op.done && !hold {
        op.polls_left = op.polls_left.saturating_sub(1);
        if op.polls_left == 0 {
            op.done = true;
            let op = op.clone();
            if op.error.is_none() {
                finish(st, &op);
            } else if let Some(i) = st.instances.get_mut(&op.target) {
                // A failed operation leaves the VM where it was before.
                match op.op_type.as_str() {
                    "start" | "insert" => i.status = "TERMINATED".into(),
                    "stop" | "delete" => i.status = "RUNNING".into(),
                    _ => {}
                }
            }
        }
    }
    reply(200, op_json(&st.operations[op_name]))
}

fn finish(st: &mut FakeState, op: &FakeOp) {
    match op.op_type.as_str() {
        "insert" | "start" => {
            if let Some(i) = st.instances.get_mut(&op.target) {
                i.status = "RUNNING".into();
            }
        }
        "stop" => {
            if let Some(i) = st.instances.get_mut(&op.target) {
                i.status = "TERMINATED".into();
            }
        }
        "delete" => {
            st.instances.remove(&op.target);
        }
        "setMachineType" => {
            if let (Some(i), Some(mt)) = (st.instances.get_mut(&op.target), &op.machine_type) {
                i.machine_type = mt.clone();
            }
        }
        _ => {}
    }
}

fn time_series(st: &FakeState, req: &HttpRequest, rest: &str) -> Reply {
    if rest != format!("{PROJECT}/timeSeries") {
        return google_error(404, "notFound", "no such project");
    }
    for required in [
        "filter",
        "interval.startTime",
        "interval.endTime",
        "aggregation.alignmentPeriod",
        "aggregation.perSeriesAligner",
    ] {
        if req.q(required).is_none() {
            return google_error(400, "badRequest", &format!("missing {required}"));
        }
    }
    let start = req.q("interval.startTime").unwrap_or("");
    let end = req.q("interval.endTime").unwrap_or("");
    if !(start.ends_with('Z') && end.ends_with('Z') && start < end) {
        return google_error(400, "badRequest", "bad interval");
    }
    let filter = req.q("filter").unwrap_or("");
    let clauses: Vec<(String, String)> = filter
        .split(" AND ")
        .filter_map(|c| {
            let (k, v) = c.split_once('=')?;
            Some((k.trim().to_string(), v.trim().trim_matches('"').to_string()))
        })
        .collect();
    let matches = |s: &Series| {
        clauses.iter().all(|(k, v)| {
            if k == "metric.type" {
                &s.metric_type == v
            } else if let Some(l) = k.strip_prefix("metric.labels.") {
                s.metric_labels.get(l) == Some(v)
            } else if let Some(l) = k.strip_prefix("resource.labels.") {
                s.resource_labels.get(l) == Some(v)
            } else {
                false
            }
        })
    };
    let out: Vec<Value> = st
        .series
        .iter()
        .filter(|s| matches(s))
        .map(|s| {
            json!({
                "metric": {"type": s.metric_type, "labels": s.metric_labels},
                "resource": {"type": "gce_instance", "labels": s.resource_labels},
                "metricKind": "GAUGE",
                "valueType": "DOUBLE",
                "points": s.values.iter().map(|v| json!({
                    "interval": {"startTime": end, "endTime": end},
                    "value": {"doubleValue": v}
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    reply(200, json!({"timeSeries": out}))
}
