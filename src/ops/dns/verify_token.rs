//! `dns verify-token`: what Cloudflare says of the API token (`GET /user/tokens/verify`).

use std::time::Duration;

use serde::Serialize;

use super::connect;
use crate::core::error::{Error, Result};
use crate::ops::Session;

#[derive(Debug, Clone, Serialize)]
pub struct TokenStatus {
    pub id: String,
    /// `active`, `disabled` or `expired`.
    pub status: String,
}

impl TokenStatus {
    pub fn is_active(&self) -> bool {
        self.status == "active"
    }

    /// The error (exit 5) of a token that is not active.
    pub fn inactive_error(&self) -> Error {
        Error::remote(format!("the Cloudflare API token is {}", self.status))
            .with_hint("create a new token with the scope Zone.DNS:Edit")
    }
}

pub fn run(session: &mut Session, retry_budget: Duration) -> Result<TokenStatus> {
    let api = connect(session, retry_budget)?;
    let status = api.client().verify_token()?;
    Ok(TokenStatus {
        id: status.id,
        status: status.status,
    })
}
