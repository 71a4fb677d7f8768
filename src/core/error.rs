//! One error type for the whole tool. Its `Kind` decides the exit code, in exactly one
//! place (`Kind::exit_code`); nothing else in the crate chooses an exit code. What a remote
//! API answered travels as fields ([`RemoteDetail`]), so callers decide by value and never
//! by searching the message. This module names no library's error type: each layer turns
//! its own (SQLite in `core::state`, HTTP in `core::http`) into this one.

use std::fmt;

/// What went wrong, in the terms of the exit-code table of the command surface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// 1: unexpected failure.
    Failure,
    /// 2: usage error, or a confirmation needed without a terminal.
    Usage,
    /// 3: not found.
    NotFound,
    /// 4: conflict: exists with other content, range exhausted, isolation violated.
    Conflict,
    /// 5: remote API failed after retries, or auth refused.
    Remote,
    /// 6: validation failed; the change was rolled back.
    Validation,
    /// 7: busy: a lock could not be taken in time.
    Busy,
    /// 0, silently: the reader of stdout went away (`meta … | head -1`).
    ClosedPipe,
}

impl Kind {
    pub fn exit_code(self) -> u8 {
        match self {
            Kind::Failure => 1,
            Kind::Usage => 2,
            Kind::NotFound => 3,
            Kind::Conflict => 4,
            Kind::Remote => 5,
            Kind::Validation => 6,
            Kind::Busy => 7,
            Kind::ClosedPipe => 0,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Failure => "failure",
            Kind::Usage => "usage",
            Kind::NotFound => "not_found",
            Kind::Conflict => "conflict",
            Kind::Remote => "remote",
            Kind::Validation => "validation",
            Kind::Busy => "busy",
            Kind::ClosedPipe => "closed_pipe",
        }
    }
}

/// An error meant for the person (or script) running `meta`: one line of message, an
/// optional hint, the kind that picks the exit code, and what a remote API said, if one
/// refused.
#[derive(Debug, Clone)]
pub struct Error {
    pub kind: Kind,
    pub message: String,
    pub hint: Option<String>,
    /// Boxed: most errors have none, and a `Result` should stay small.
    pub remote: Option<Box<RemoteDetail>>,
}

/// The answer of a remote API that ended in an error, as the API gave it.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct RemoteDetail {
    /// The HTTP status, when an answer came at all.
    pub status: Option<u16>,
    /// The API's own error code: Cloudflare's `errors[0].code` (a number, as text),
    /// Google's `error.status` (`PERMISSION_DENIED`) or else `error.errors[0].reason`, an
    /// OAuth token endpoint's `error` (`invalid_grant`), a Compute operation's
    /// `error.errors[0].code`.
    pub code: Option<String>,
    /// The API's own message, as sent.
    pub message: Option<String>,
}

impl RemoteDetail {
    /// An answer known only by its HTTP status.
    pub fn status(status: u16) -> RemoteDetail {
        RemoteDetail {
            status: Some(status),
            ..RemoteDetail::default()
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: Kind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
            hint: None,
            remote: None,
        }
    }
    pub fn failure(message: impl Into<String>) -> Self {
        Self::new(Kind::Failure, message)
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Kind::Usage, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(Kind::NotFound, message)
    }
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(Kind::Conflict, message)
    }
    pub fn remote(message: impl Into<String>) -> Self {
        Self::new(Kind::Remote, message)
    }
    pub fn validation(message: impl Into<String>) -> Self {
        Self::new(Kind::Validation, message)
    }
    pub fn busy(message: impl Into<String>) -> Self {
        Self::new(Kind::Busy, message)
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Records what the remote API answered.
    pub fn with_remote(mut self, detail: RemoteDetail) -> Self {
        self.remote = Some(Box::new(detail));
        self
    }

    /// The HTTP status of the answer that caused this error, if an API gave one.
    pub fn status(&self) -> Option<u16> {
        self.remote.as_ref().and_then(|r| r.status)
    }

    /// The API's own error code, if an API gave one.
    pub fn api_code(&self) -> Option<&str> {
        self.remote.as_ref().and_then(|r| r.code.as_deref())
    }

    /// Puts context in front of the message, keeping kind, hint and what the API said.
    pub fn context(mut self, context: impl fmt::Display) -> Self {
        self.message = format!("{context}: {}", self.message);
        self
    }

    /// An I/O failure on a named path, worded for the person who has to fix it.
    pub fn io(action: &str, path: &std::path::Path, err: std::io::Error) -> Self {
        let kind = match err.kind() {
            std::io::ErrorKind::NotFound => Kind::NotFound,
            _ => Kind::Failure,
        };
        Error::new(
            kind,
            format!("cannot {action} `{}`: {}", path.display(), io_reason(&err)),
        )
    }
}

/// The OS reason without Rust's "(os error N)" suffix.
fn io_reason(err: &std::io::Error) -> String {
    let text = err.to_string();
    match text.find(" (os error") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// Attaches a hint to the error of a `Result`, so hints travel with the error they explain.
pub trait Hint<T> {
    fn hint(self, hint: impl Into<String>) -> Result<T>;
    fn context(self, context: impl fmt::Display) -> Result<T>;
}

impl<T> Hint<T> for Result<T> {
    fn hint(self, hint: impl Into<String>) -> Result<T> {
        self.map_err(|e| e.with_hint(hint))
    }
    fn context(self, context: impl fmt::Display) -> Result<T> {
        self.map_err(|e| e.context(context))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_api_said_survives_context_and_hints() {
        let err = Error::remote("instances.get: HTTP 401")
            .with_remote(RemoteDetail {
                status: Some(401),
                code: Some("UNAUTHENTICATED".into()),
                message: None,
            })
            .context("cannot read `web`")
            .with_hint("run it again");
        assert_eq!(err.message, "cannot read `web`: instances.get: HTTP 401");
        assert_eq!(
            (err.status(), err.api_code()),
            (Some(401), Some("UNAUTHENTICATED"))
        );
        let plain = Error::failure("x");
        assert_eq!((plain.status(), plain.api_code()), (None, None));
        assert_eq!(
            Error::remote("y")
                .with_remote(RemoteDetail::status(503))
                .status(),
            Some(503)
        );
    }
}
