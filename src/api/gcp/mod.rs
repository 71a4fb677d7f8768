//! Typed REST calls to Google Cloud: Compute Engine (`compute`), Cloud Monitoring
//! (`monitoring`) and the credentials both use (`auth`). Paths, parameters and field names
//! are those of the APIs' discovery documents, so a recording server sees what the official
//! clients send. No decisions live here: the `vm` domain decides what to call.

pub mod auth;
pub mod compute;
pub mod monitoring;

use serde::Deserialize;

use crate::core::error::{Error, Kind, RemoteDetail};
use crate::core::http::Response;

/// Google's error envelope: `{"error": {"code", "message", "status", "errors": [...]}}`.
#[derive(Debug, Deserialize, Default)]
struct ErrorEnvelope {
    error: Option<ErrorBody>,
}

#[derive(Debug, Deserialize, Default)]
struct ErrorBody {
    #[serde(default)]
    message: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    errors: Vec<ErrorItem>,
}

#[derive(Debug, Deserialize, Default)]
struct ErrorItem {
    #[serde(default)]
    reason: String,
}

/// What Google's error envelope says, as fields: `code` is the canonical `error.status`
/// (`PERMISSION_DENIED`), else the older `error.errors[0].reason` (`notFound`) that
/// Compute Engine answers may carry alone.
pub fn remote_detail(status: u16, body: &[u8]) -> RemoteDetail {
    let body = serde_json::from_slice::<ErrorEnvelope>(body)
        .ok()
        .and_then(|e| e.error)
        .unwrap_or_default();
    let reason = body.errors.into_iter().next().map(|e| e.reason);
    RemoteDetail {
        status: Some(status),
        code: Some(body.status)
            .filter(|s| !s.is_empty())
            .or(reason.filter(|r| !r.is_empty())),
        message: Some(body.message).filter(|m| !m.is_empty()),
    }
}

/// A failed answer in the terms of the exit-code table, with Google's own message (which
/// for a 403 names the permission that is missing).
pub fn api_error(response: &Response, what: &str) -> Error {
    let detail = remote_detail(response.status, &response.body);
    let mut message = format!("{what}: HTTP {}", response.status);
    if let Some(code) = &detail.code {
        message.push_str(&format!(" {code}"));
    }
    if let Some(text) = &detail.message {
        message.push_str(&format!(": {text}"));
    }
    if response.attempts > 1 {
        message.push_str(&format!(" (after {} attempts)", response.attempts));
    }
    let kind = match response.status {
        404 => Kind::NotFound,
        409 => Kind::Conflict,
        _ => Kind::Remote,
    };
    let err = Error::new(kind, message);
    let err = match response.status {
        401 => err.with_hint("the access token was refused; check the credentials (`--account`, GOOGLE_APPLICATION_CREDENTIALS)"),
        403 => err.with_hint("grant the service account the permission named above, or check `--project`"),
        429 => err.with_hint("the API is rate-limiting this project; try again later"),
        _ => err,
    };
    err.with_remote(detail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, body: &str) -> Response {
        Response {
            status,
            body: body.as_bytes().to_vec(),
            attempts: 1,
            retry_after: None,
        }
    }

    #[test]
    fn the_error_envelope_becomes_status_code_and_message() {
        // The shape of a Compute Engine 403 (discovery document `compute.v1`, `error`).
        let body = r#"{"error": {"code": 403, "message": "Required 'compute.instances.get' permission for 'projects/p/zones/z/instances/web'", "errors": [{"message": "Required 'compute.instances.get' permission", "domain": "global", "reason": "forbidden"}], "status": "PERMISSION_DENIED"}}"#;
        let err = api_error(&answer(403, body), "instances.get");
        assert_eq!(err.kind, Kind::Remote);
        assert_eq!(err.status(), Some(403));
        assert_eq!(err.api_code(), Some("PERMISSION_DENIED"));
        assert_eq!(
            err.remote.as_ref().unwrap().message.as_deref(),
            Some("Required 'compute.instances.get' permission for 'projects/p/zones/z/instances/web'")
        );
        assert!(err.hint.unwrap().contains("grant the service account"));
    }

    #[test]
    fn the_reason_stands_in_when_there_is_no_status() {
        let body = r#"{"error": {"code": 404, "message": "The resource 'projects/p/zones/z/instances/x' was not found", "errors": [{"reason": "notFound"}]}}"#;
        let err = api_error(&answer(404, body), "instances.get");
        assert_eq!(err.kind, Kind::NotFound);
        assert_eq!(err.api_code(), Some("notFound"));
        assert_eq!(
            err.message,
            "instances.get: HTTP 404 notFound: The resource 'projects/p/zones/z/instances/x' was not found"
        );
    }

    #[test]
    fn a_body_that_is_no_envelope_still_keeps_the_status() {
        for body in ["", "<html>bad gateway</html>", r#"{"error": "x"}"#] {
            let detail = remote_detail(401, body.as_bytes());
            assert_eq!(detail, RemoteDetail::status(401), "{body}");
        }
        assert_eq!(api_error(&answer(401, ""), "x").status(), Some(401));
    }
}
