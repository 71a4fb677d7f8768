//! The one HTTP client every remote API goes through: a ureq agent with connect and read
//! timeouts, retries with exponential backoff and jitter on 429, 5xx and connection errors
//! (honouring `Retry-After`, within a retry budget), and a count of the calls made.
//!
//! It knows nothing of any API: a request is a method, a URL, headers and a body (JSON or
//! form); a response is a status and bytes. Mapping an API's error body to a message and a
//! [`RemoteDetail`] is the API module's job; only "could not get an answer at all" (no
//! status) and "an answer that is not the JSON expected" (its status) are decided here
//! (exit 5).
//!
//! Only what can heal is retried: a 429, a 5xx, a connection that failed. A request that
//! can never be sent (a URL that does not parse, a header value no HTTP message may hold)
//! fails at once, and a header's value never appears in an error, since the headers carry
//! credentials.

use std::cell::Cell;
use std::io::Read;
use std::time::{Duration, Instant};

use rand::Rng;
use serde::de::DeserializeOwned;

use crate::core::error::{Error, RemoteDetail, Result};
use crate::core::output::debug;

/// Bodies larger than this are refused rather than read into memory.
const MAX_BODY: u64 = 64 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Get,
    Post,
    Put,
    Patch,
    Delete,
}

impl Method {
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }
}

#[derive(Debug, Clone)]
pub enum Body {
    Empty,
    Json(serde_json::Value),
    /// `application/x-www-form-urlencoded` pairs.
    Form(Vec<(String, String)>),
}

/// One call: built by an API module, sent (and re-sent on a retryable failure) by [`Client`].
#[derive(Debug, Clone)]
pub struct Request {
    pub method: Method,
    pub url: String,
    pub query: Vec<(String, String)>,
    pub headers: Vec<(String, String)>,
    pub body: Body,
    /// Overall time limit of one attempt, when the agent's read timeout is not right (a
    /// call the server holds open on purpose, such as a long poll).
    pub timeout: Option<Duration>,
    /// False for a probe that should fail fast (is a metadata server there at all?).
    pub retry: bool,
}

impl Request {
    pub fn new(method: Method, url: impl Into<String>) -> Request {
        Request {
            method,
            url: url.into(),
            query: Vec::new(),
            headers: Vec::new(),
            body: Body::Empty,
            timeout: None,
            retry: true,
        }
    }
    pub fn get(url: impl Into<String>) -> Request {
        Request::new(Method::Get, url)
    }
    pub fn post(url: impl Into<String>) -> Request {
        Request::new(Method::Post, url)
    }
    pub fn query(mut self, key: &str, value: impl Into<String>) -> Request {
        self.query.push((key.to_string(), value.into()));
        self
    }
    pub fn header(mut self, key: &str, value: impl Into<String>) -> Request {
        self.headers.push((key.to_string(), value.into()));
        self
    }
    pub fn bearer(self, token: &str) -> Request {
        self.header("Authorization", format!("Bearer {token}"))
    }
    pub fn json(mut self, body: serde_json::Value) -> Request {
        self.body = Body::Json(body);
        self
    }
    pub fn form(mut self, pairs: Vec<(String, String)>) -> Request {
        self.body = Body::Form(pairs);
        self
    }
    pub fn timeout(mut self, limit: Duration) -> Request {
        self.timeout = Some(limit);
        self
    }
    pub fn no_retry(mut self) -> Request {
        self.retry = false;
        self
    }
    /// True when sending this again cannot apply it twice: any method but POST, a POST
    /// with Google's idempotency key (`requestId`), or a form POST (an OAuth token
    /// exchange, which changes nothing).
    fn repeatable(&self) -> bool {
        self.method != Method::Post
            || self.query.iter().any(|(k, _)| k == "requestId")
            || matches!(self.body, Body::Form(_))
    }
}

/// What came back: any status (the API module judges it), after retries were spent on the
/// retryable ones.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub body: Vec<u8>,
    /// How many times the request was sent to get this answer.
    pub attempts: u32,
    /// The answer's `Retry-After` in seconds, when it had one: on a 429 or 5xx returned
    /// unretried, how long the server asked to wait (longer than the budget left, or the
    /// attempts ran out).
    pub retry_after: Option<Duration>,
}

impl Response {
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }

    /// The body as `T`; a body that does not fit is a remote failure naming `what`.
    pub fn json<T: DeserializeOwned>(&self, what: &str) -> Result<T> {
        serde_json::from_slice(&self.body).map_err(|e| {
            Error::remote(format!("unexpected answer from {what}: {e}"))
                .with_hint("the endpoint may not be the API meta expects; check the endpoint settings (`meta config list`)")
                .with_remote(RemoteDetail::status(self.status))
        })
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// How hard to try before giving up.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Sends per request, the first one included.
    pub max_attempts: u32,
    /// The first backoff; doubled each retry, capped at `max_delay`.
    pub base_delay: Duration,
    pub max_delay: Duration,
    /// Total time one request may spend sleeping between attempts.
    pub budget: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 5,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(16),
            budget: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// The sleep before retry number `retry` (1-based): exponential, with "equal jitter"
    /// (half fixed, half random) so that many clients failing at once do not retry at once.
    pub fn backoff(&self, retry: u32) -> Duration {
        let exp = self
            .base_delay
            .saturating_mul(1u32 << retry.saturating_sub(1).min(16));
        let capped = exp.min(self.max_delay);
        let half = capped / 2;
        let jitter_ms = rand::thread_rng().gen_range(0..=half.as_millis() as u64);
        half + Duration::from_millis(jitter_ms)
    }
}

/// No answer came: the last attempt's failure (`cannot reach …`), and how many were made.
#[derive(Debug)]
pub struct Unanswered {
    pub error: Error,
    pub attempts: u32,
    /// The request could not be sent at all (a bad URL or header): a retry cannot help,
    /// and the error says what to fix rather than "cannot reach".
    pub unsendable: bool,
}

/// A failure of one attempt, and whether another attempt could go differently.
struct Failed {
    error: Error,
    retryable: bool,
}

pub struct Client {
    agent: ureq::Agent,
    policy: RetryPolicy,
    calls: Cell<u64>,
}

impl Client {
    pub fn new(connect: Duration, read: Duration, policy: RetryPolicy) -> Client {
        let agent = ureq::AgentBuilder::new()
            .timeout_connect(connect)
            .timeout_read(read)
            .timeout_write(read)
            .user_agent(concat!("meta/", env!("CARGO_PKG_VERSION")))
            .build();
        Client {
            agent,
            policy,
            calls: Cell::new(0),
        }
    }

    /// The client with the timeouts every API call uses unless it says otherwise.
    pub fn standard() -> Client {
        Client::new(
            Duration::from_secs(10),
            Duration::from_secs(60),
            RetryPolicy::default(),
        )
    }

    /// Requests sent so far, retries included.
    pub fn calls(&self) -> u64 {
        self.calls.get()
    }

    /// Sends `req`, retrying 429, 5xx and connection failures. Any answer the server gave
    /// is returned as a [`Response`] (also a 429 or 5xx once retries are spent); only the
    /// absence of an answer is an error, worded with the number of attempts.
    pub fn send(&self, req: &Request) -> Result<Response> {
        self.send_counted(req).map_err(|u| {
            if u.attempts > 1 {
                u.error.context(format!("after {} attempts", u.attempts))
            } else {
                u.error
            }
        })
    }

    /// [`Client::send`] for an API module that words the give-up itself: the last failure
    /// and the attempt count come apart, so nothing has to be cut out of a message.
    pub fn send_counted(&self, req: &Request) -> Result<Response, Unanswered> {
        let started = Instant::now();
        let mut slept = Duration::ZERO;
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            self.calls.set(self.calls.get() + 1);
            let outcome = self.send_once(req);
            let (retry_after, failure) = match outcome {
                Ok((status, retry_after, body)) => {
                    debug(format!(
                        "{} {} -> {status} ({} ms)",
                        req.method.as_str(),
                        req.url,
                        started.elapsed().as_millis()
                    ));
                    if !(status == 429 || status >= 500) {
                        return Ok(Response {
                            status,
                            body,
                            attempts: attempt,
                            retry_after,
                        });
                    }
                    (
                        retry_after,
                        Ok(Response {
                            status,
                            body,
                            attempts: attempt,
                            retry_after,
                        }),
                    )
                }
                Err(Failed { error, retryable }) => {
                    debug(format!(
                        "{} {} -> {}",
                        req.method.as_str(),
                        req.url,
                        error.message
                    ));
                    if !retryable {
                        return Err(Unanswered {
                            error,
                            attempts: attempt,
                            unsendable: true,
                        });
                    }
                    (None, Err(error))
                }
            };
            let unanswered = |error| Unanswered {
                error,
                attempts: attempt,
                unsendable: false,
            };
            // A POST may have been applied though no answer came (a 5xx, a dropped
            // connection): unless it is safe to repeat, only a 429 (not taken) sends it
            // again, and the caller reads back what happened.
            let resendable = req.repeatable() || matches!(&failure, Ok(r) if r.status == 429);
            if !req.retry || !resendable || attempt >= self.policy.max_attempts {
                return failure.map_err(unanswered);
            }
            let wait = retry_after.unwrap_or_else(|| self.policy.backoff(attempt));
            if slept + wait > self.policy.budget {
                return failure.map_err(unanswered);
            }
            std::thread::sleep(wait);
            slept += wait;
        }
    }

    /// One attempt: `(status, Retry-After, body)` for any answer, an error for none.
    fn send_once(&self, req: &Request) -> Result<(u16, Option<Duration>, Vec<u8>), Failed> {
        let permanent = |error| Failed {
            error,
            retryable: false,
        };
        // Checked here, not by ureq, whose error would quote the whole header line: the
        // `Authorization` value with it.
        for (name, value) in &req.headers {
            if !value
                .bytes()
                .all(|b| b == b'\t' || (b' '..=b'~').contains(&b))
            {
                return Err(permanent(
                    Error::usage(format!(
                        "the `{name}` header of a request to {} holds a character HTTP does not allow (a control character or non-ASCII); nothing was sent",
                        host_of(&req.url)
                    ))
                    .with_hint("a credential was probably copied with a stray character: set it again"),
                ));
            }
        }
        let mut call = self.agent.request(req.method.as_str(), &req.url);
        for (k, v) in &req.query {
            call = call.query(k, v);
        }
        for (k, v) in &req.headers {
            call = call.set(k, v);
        }
        if let Some(limit) = req.timeout {
            call = call.timeout(limit);
        }
        let result = match &req.body {
            // A POST with no body still says so: Google's front ends answer `411 Length
            // Required` to one with neither `Content-Length` nor `Transfer-Encoding`.
            Body::Empty if matches!(req.method, Method::Post | Method::Put | Method::Patch) => {
                call.send_bytes(&[])
            }
            Body::Empty => call.call(),
            Body::Json(value) => call.send_json(value),
            Body::Form(pairs) => {
                let pairs: Vec<(&str, &str)> = pairs
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect();
                call.send_form(&pairs)
            }
        };
        let response = match result {
            Ok(r) => r,
            Err(ureq::Error::Status(_, r)) => r,
            Err(ureq::Error::Transport(t)) => return Err(transport_failure(&req.url, &t)),
        };
        let status = response.status();
        let retry_after = response
            .header("Retry-After")
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        let mut body = Vec::new();
        response
            .into_reader()
            .take(MAX_BODY)
            .read_to_end(&mut body)
            .map_err(|e| Failed {
                error: Error::remote(format!(
                    "cannot read the answer of {}: {e}",
                    host_of(&req.url)
                )),
                retryable: true,
            })?;
        Ok((status, retry_after, body))
    }
}

/// What a transport error means, and whether another attempt could go differently. A URL
/// that does not parse, or names a scheme ureq cannot speak, is a setting to fix (exit 2);
/// a header ureq refused, a redirect loop or a proxy that refused the credentials will not
/// change on a retry either. A name that did not resolve, a refused or dropped connection,
/// or a garbled answer may.
fn transport_failure(url: &str, t: &ureq::Transport) -> Failed {
    use ureq::ErrorKind as K;
    let host = host_of(url);
    let (error, retryable) = match t.kind() {
        K::InvalidUrl | K::UnknownScheme | K::InvalidProxyUrl | K::InsecureRequestHttpsOnly => (
            Error::usage(format!(
                "`{host}` is not a URL meta can call ({}); nothing was sent",
                t.kind()
            ))
            .with_hint("check the endpoint settings (`meta config list`)"),
            false,
        ),
        // ureq quotes the offending header line, which may be a credential: never shown.
        K::BadHeader => (
            Error::remote(format!("{host} sent a header that is not valid HTTP")),
            false,
        ),
        K::TooManyRedirects | K::ProxyUnauthorized => (
            Error::remote(format!("cannot reach {host}: {}", transport_reason(t))),
            false,
        ),
        _ => (
            Error::remote(format!("cannot reach {host}: {}", transport_reason(t))),
            true,
        ),
    };
    Failed { error, retryable }
}

fn transport_reason(t: &ureq::Transport) -> String {
    match t.message() {
        Some(m) => format!("{:?}: {m}", t.kind()),
        None => format!("{:?}", t.kind()),
    }
}

/// Polls `url` until it answers 2xx or `timeout` has passed (a readiness or health check).
pub fn wait_for(url: &str, timeout: Duration) -> bool {
    // A probe: the loop here is the retry, so the client must not add its own.
    let client = Client::new(
        Duration::from_secs(1),
        Duration::from_secs(2),
        RetryPolicy::default(),
    );
    let probe = Request::get(url).no_retry();
    let started = std::time::Instant::now();
    loop {
        if client.send(&probe).is_ok_and(|resp| resp.is_success()) {
            return true;
        }
        if started.elapsed() >= timeout {
            return false;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// `scheme://host[:port]` of a URL, for messages (never the path or query, which may carry
/// identifiers the person did not type).
pub fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let host = rest.split(['/', '?']).next().unwrap_or(rest);
    match url.split_once("://") {
        Some((scheme, _)) => format!("{scheme}://{host}"),
        None => host.to_string(),
    }
}

/// Joins a base URL (with or without its trailing slash) and a relative path.
pub fn join(base: &str, path: &str) -> String {
    format!(
        "{}/{}",
        base.trim_end_matches('/'),
        path.trim_start_matches('/')
    )
}

/// Percent-encodes one path segment or query value (RFC 3986 unreserved kept).
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_stays_capped() {
        let p = RetryPolicy {
            max_attempts: 10,
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_millis(1000),
            budget: Duration::from_secs(10),
        };
        for _ in 0..50 {
            let first = p.backoff(1);
            assert!(first >= Duration::from_millis(50) && first <= Duration::from_millis(100));
            let third = p.backoff(3);
            assert!(third >= Duration::from_millis(200) && third <= Duration::from_millis(400));
            let late = p.backoff(30);
            assert!(late >= Duration::from_millis(500) && late <= Duration::from_millis(1000));
        }
    }

    #[test]
    fn urls_join_and_hosts_hide_paths() {
        assert_eq!(join("http://a/v1/", "/x/y"), "http://a/v1/x/y");
        assert_eq!(join("http://a/v1", "x"), "http://a/v1/x");
        assert_eq!(host_of("https://h:8/p/q?x=1"), "https://h:8");
        assert_eq!(encode("a b/c"), "a%20b%2Fc");
    }

    /// A server that answers each connection with the next canned response.
    fn canned(responses: Vec<&'static str>) -> String {
        use std::io::{BufRead, BufReader, Write};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        std::thread::spawn(move || {
            for (stream, answer) in listener.incoming().flatten().zip(responses) {
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut line = String::new();
                while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                    line.clear();
                }
                let mut stream = stream;
                let _ = stream.write_all(answer.as_bytes());
            }
        });
        format!("http://{addr}/x")
    }

    const UNAVAILABLE: &str = "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
    const SLOW_DOWN: &str = "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 3600\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";
    const OK: &str = "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}";
    const NOT_FOUND: &str =
        "HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n";

    fn quick() -> Client {
        Client::new(
            Duration::from_secs(2),
            Duration::from_secs(2),
            RetryPolicy {
                max_attempts: 4,
                base_delay: Duration::from_millis(1),
                max_delay: Duration::from_millis(2),
                budget: Duration::from_secs(60),
            },
        )
    }

    #[test]
    fn retries_a_5xx_and_returns_the_answer_that_came() {
        let client = quick();
        let url = canned(vec![UNAVAILABLE, UNAVAILABLE, OK]);
        let resp = client.send(&Request::get(url)).unwrap();
        assert_eq!((resp.status, resp.attempts, client.calls()), (200, 3, 3));
        // A 4xx other than 429 is the API's answer, not something to retry.
        let client = quick();
        let resp = client
            .send(&Request::get(canned(vec![NOT_FOUND, OK])))
            .unwrap();
        assert_eq!((resp.status, client.calls()), (404, 1));
    }

    #[test]
    fn a_retry_after_beyond_the_budget_ends_the_retries() {
        let client = quick();
        let resp = client
            .send(&Request::get(canned(vec![SLOW_DOWN, OK])))
            .unwrap();
        assert_eq!((resp.status, client.calls()), (429, 1));
        assert_eq!(resp.retry_after, Some(Duration::from_secs(3600)));
    }

    #[test]
    fn a_request_that_cannot_be_sent_fails_at_once_and_never_shows_a_header() {
        let client = quick();
        let req = Request::get(canned(vec![OK])).bearer("abc\u{1}SECRET");
        let u = client.send_counted(&req).unwrap_err();
        assert!(u.unsendable);
        assert_eq!((u.error.kind, u.attempts), (crate::core::Kind::Usage, 1));
        assert!(!u.error.message.contains("SECRET"), "{}", u.error.message);
        assert!(u.error.message.contains("`Authorization`"));

        let client = quick();
        let u = client
            .send_counted(&Request::get("http://exa mple/x"))
            .unwrap_err();
        assert_eq!(
            (u.error.kind, client.calls()),
            (crate::core::Kind::Usage, 1)
        );
        assert!(
            !u.error.message.contains("cannot reach"),
            "{}",
            u.error.message
        );
    }

    #[test]
    fn an_empty_post_says_its_length() {
        use std::io::{BufRead, BufReader, Write};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/x", listener.local_addr().unwrap());
        let seen = std::thread::spawn(move || {
            let (stream, _) = listener.accept().unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut head = String::new();
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                head.push_str(&line.to_ascii_lowercase());
                line.clear();
            }
            let _ = (&stream).write_all(OK.as_bytes());
            head
        });
        quick().send(&Request::post(url)).unwrap();
        let head = seen.join().unwrap();
        assert!(head.contains("content-length: 0"), "{head}");
    }

    #[test]
    fn unreachable_host_is_a_remote_error_after_retries() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        drop(listener);
        let client = Client::new(
            Duration::from_secs(1),
            Duration::from_secs(1),
            RetryPolicy {
                max_attempts: 3,
                base_delay: Duration::from_millis(1),
                max_delay: Duration::from_millis(2),
                budget: Duration::from_secs(1),
            },
        );
        let err = client
            .send(&Request::get(format!("http://127.0.0.1:{port}/x")))
            .unwrap_err();
        assert_eq!(err.kind, crate::core::Kind::Remote);
        assert!(err.message.contains("after 3 attempts"), "{}", err.message);
        assert_eq!(client.calls(), 3);
    }
}
