//! `dns verify-token`: what Cloudflare says of the API token (`GET /user/tokens/verify`,
//! and for an account-owned token `GET /accounts/{account}/tokens/verify` when
//! `cloudflare.account_id` is set).

use std::time::Duration;

use serde::Serialize;

use super::connect;
use crate::api::cloudflare::TokenOwner;
use crate::core::error::{Error, Result};
use crate::ops::Session;

#[derive(Debug, Clone, Serialize)]
pub struct TokenStatus {
    pub id: String,
    /// `active`, `disabled` or `expired`.
    pub status: String,
    /// `user` or `account`: the endpoint that knew the token.
    pub owner: TokenOwner,
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
    let account = session.config()?.get("cloudflare.account_id")?;
    let api = connect(session, retry_budget)?;
    let (status, owner) = api.client().verify_token(account.as_deref())?;
    Ok(TokenStatus {
        id: status.id,
        status: status.status,
        owner,
    })
}
