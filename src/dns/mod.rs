//! DNS records in the tool's terms: hostname and record validation, the marker `meta`
//! writes into a record's comment, and the records a zone should hold. The marker is
//! `meta:v1 <hash>`, the hash taken over the record as `meta` wrote it, so a record edited
//! in the dashboard since (its fields no longer hash to its marker) is told apart from a
//! change of the desired state. Planning a sync lives in [`sync`].

pub mod sync;
pub mod txt;

use std::net::{Ipv4Addr, Ipv6Addr};

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::api::cloudflare::{Record, RecordInput};
use crate::core::error::{Error, Result};

pub const MARKER_PREFIX: &str = "meta:v1 ";
pub const TYPES: &[&str] = &["CNAME", "A", "AAAA", "TXT"];

pub use crate::port::validate_record_name;

/// A record the zone should hold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Desired {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub content: String,
    pub proxied: bool,
    pub ttl: u32,
    /// Where the wish comes from: `allocation project/service`, `deployment`, `dns create`.
    pub source: String,
}

impl Desired {
    /// The record as sent to Cloudflare, marker included.
    pub fn input(&self) -> RecordInput {
        let content = normal_content(&self.kind, &self.content);
        RecordInput {
            name: self.name.clone(),
            kind: self.kind.clone(),
            comment: Some(marker(
                &self.name,
                &self.kind,
                &content,
                self.proxied,
                self.ttl,
            )),
            content,
            proxied: self.proxied,
            ttl: self.ttl,
        }
    }
}

/// A record's content in the form Cloudflare keeps it: TXT content as quoted character
/// strings ([`txt::normal`]); other types as they are.
pub fn normal_content(kind: &str, content: &str) -> String {
    if kind.eq_ignore_ascii_case("TXT") {
        txt::normal(content)
    } else {
        content.to_string()
    }
}

/// True when `record` already holds what `input` would send, contents compared in normal
/// form (Cloudflare's rewrite of a TXT string is no difference).
pub fn same_record(record: &Record, input: &RecordInput) -> bool {
    let mut now = RecordInput::of(record);
    now.content = normal_content(&now.kind, &now.content);
    let mut want = input.clone();
    want.content = normal_content(&want.kind, &want.content);
    now == want
}

/// Checks and normalises a record a person asked for: type, content by type, proxied only
/// where Cloudflare allows it, TTL 1 (automatic) or 60–86400, and automatic when proxied.
pub fn record_request(
    name: &str,
    kind: &str,
    content: &str,
    proxied: bool,
    ttl: Option<u32>,
    source: &str,
) -> Result<Desired> {
    let name = name.trim_end_matches('.').to_string();
    validate_record_name(&name, true)?;
    let kind = kind.to_ascii_uppercase();
    if !TYPES.contains(&kind.as_str()) {
        return Err(
            Error::usage(format!("record type `{kind}` is not one meta manages"))
                .with_hint("use CNAME, A, AAAA or TXT"),
        );
    }
    let content = match kind.as_str() {
        "A" => content
            .parse::<Ipv4Addr>()
            .map_err(|_| Error::usage(format!("`{content}` is not an IPv4 address")))?
            .to_string(),
        "AAAA" => content
            .parse::<Ipv6Addr>()
            .map_err(|_| Error::usage(format!("`{content}` is not an IPv6 address")))?
            .to_string(),
        "CNAME" => {
            let target = content.trim_end_matches('.');
            validate_record_name(target, false).map_err(|e| e.context("CNAME target"))?;
            target.to_string()
        }
        _ => {
            if content.is_empty() || content.len() > 2048 {
                return Err(Error::usage("TXT content must be 1 to 2048 characters"));
            }
            txt::normal(content)
        }
    };
    if proxied && kind == "TXT" {
        return Err(Error::usage(
            "only A, AAAA and CNAME records can be proxied",
        ));
    }
    let ttl = match (proxied, ttl) {
        (true, _) | (false, None) => 1,
        (false, Some(t)) if t == 1 || (60..=86400).contains(&t) => t,
        (false, Some(t)) => {
            return Err(Error::usage(format!(
                "TTL {t} is out of range: use 1 (automatic) or 60 to 86400 seconds"
            )))
        }
    };
    Ok(Desired {
        name,
        kind,
        content,
        proxied,
        ttl,
        source: source.to_string(),
    })
}

/// The hash of a record's fields as `meta` writes them: 12 hex digits of SHA-256.
pub fn record_hash(name: &str, kind: &str, content: &str, proxied: bool, ttl: u32) -> String {
    let mut h = Sha256::new();
    h.update(format!("{name}\n{kind}\n{content}\n{proxied}\n{ttl}").as_bytes());
    hex::encode(&h.finalize()[..6])
}

/// The comment `meta` puts on a record: 20 characters, well inside the Free plan's 100.
pub fn marker(name: &str, kind: &str, content: &str, proxied: bool, ttl: u32) -> String {
    format!(
        "{MARKER_PREFIX}{}",
        record_hash(&name.to_ascii_lowercase(), kind, content, proxied, ttl)
    )
}

/// How a record in the zone relates to `meta`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Ownership {
    /// No marker: someone else's record; never changed or deleted.
    Unmanaged,
    /// Marker, and the record is as `meta` wrote it.
    Managed,
    /// Marker, but the fields no longer match it: edited in the dashboard or by another tool.
    EditedOutside,
}

pub fn ownership(record: &Record) -> Ownership {
    let Some(hash) = record
        .comment
        .as_deref()
        .and_then(|c| c.trim().strip_prefix(MARKER_PREFIX))
    else {
        return Ownership::Unmanaged;
    };
    // The hash is over the content as sent: in normal form, or (a TXT record written
    // before contents were quoted) the bare value, which Cloudflare may have quoted since.
    let mut contents = vec![
        record.content.clone(),
        normal_content(&record.kind, &record.content),
    ];
    if record.kind.eq_ignore_ascii_case("TXT") {
        contents.extend(txt::value(&record.content));
    }
    let name = record.name.to_ascii_lowercase();
    let matches = contents
        .iter()
        .any(|c| record_hash(&name, &record.kind, c, record.proxied, record.ttl) == hash.trim());
    if matches {
        Ownership::Managed
    } else {
        Ownership::EditedOutside
    }
}

/// True when `name` is the zone apex or inside the zone.
pub fn in_zone(name: &str, zone: &str) -> bool {
    let name = name.trim_end_matches('.');
    name == zone || name.ends_with(&format!(".{zone}"))
}

/// A name given relative to a zone (`app`) made full (`app.example.com`).
pub fn full_name(name: &str, zone: &str) -> String {
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    if name == "@" {
        zone.to_string()
    } else if in_zone(&name, zone) {
        name
    } else {
        format!("{name}.{zone}")
    }
}

/// The proxied CNAME target of a tunnel.
pub fn tunnel_target(tunnel_id: &str) -> String {
    format!("{tunnel_id}.cfargotunnel.com")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostnames() {
        assert!(validate_record_name("app.example.com", false).is_ok());
        assert!(validate_record_name("*.example.com", true).is_ok());
        assert!(validate_record_name("*.example.com", false).is_err());
        assert!(validate_record_name("a.*.example.com", true).is_err());
        assert!(validate_record_name("App.example.com", false).is_err());
        assert!(validate_record_name("a b.example.com", false).is_err());
        assert!(validate_record_name("a..example.com", false).is_err());
        assert!(validate_record_name("-a.example.com", false).is_err());
        assert!(validate_record_name("localhost", false).is_err());
        assert!(validate_record_name("_acme-challenge.example.com", false).is_ok());
        assert!(validate_record_name("app.example.com.", false).is_ok());
        let long = format!("{}.com", vec!["a".repeat(60); 5].join("."));
        assert!(long.len() > 253);
        assert!(validate_record_name(&long, false).is_err());
    }

    #[test]
    fn marker_tells_edits_from_meta_writes() {
        let d = record_request(
            "app.example.com",
            "cname",
            "t.cfargotunnel.com",
            true,
            None,
            "x",
        )
        .unwrap();
        let input = d.input();
        let mut r = Record {
            id: "1".into(),
            name: input.name.clone(),
            kind: input.kind.clone(),
            content: input.content.clone(),
            proxied: input.proxied,
            ttl: input.ttl,
            comment: input.comment.clone(),
            tags: vec![],
        };
        assert!(input.comment.as_ref().unwrap().len() <= 100);
        assert_eq!(ownership(&r), Ownership::Managed);
        r.proxied = false;
        assert_eq!(ownership(&r), Ownership::EditedOutside);
        r.comment = Some("hand made".into());
        assert_eq!(ownership(&r), Ownership::Unmanaged);
    }

    #[test]
    fn txt_records_hash_in_normal_form_and_old_bare_ones_stay_ours() {
        let d = record_request("a.example.com", "TXT", "v=spf1 -all", false, None, "x").unwrap();
        let input = d.input();
        assert_eq!(input.content, r#""v=spf1 -all""#);
        let record = |content: &str, comment: String| Record {
            id: "1".into(),
            name: "a.example.com".into(),
            kind: "TXT".into(),
            content: content.into(),
            proxied: false,
            ttl: 1,
            comment: Some(comment),
            tags: vec![],
        };
        let r = record(&input.content, input.comment.clone().unwrap());
        assert_eq!(ownership(&r), Ownership::Managed);
        assert!(same_record(&r, &input));
        // Written bare before contents were quoted, and quoted by Cloudflare since.
        let old = marker("a.example.com", "TXT", "v=spf1 -all", false, 1);
        assert_eq!(
            ownership(&record("v=spf1 -all", old.clone())),
            Ownership::Managed
        );
        assert_eq!(
            ownership(&record(r#""v=spf1 -all""#, old.clone())),
            Ownership::Managed
        );
        assert_eq!(
            ownership(&record(r#""v=spf1 ~all""#, old)),
            Ownership::EditedOutside
        );
    }

    #[test]
    fn record_requests_are_checked() {
        assert!(record_request("a.example.com", "A", "1.2.3.4", false, Some(30), "x").is_err());
        assert!(record_request("a.example.com", "A", "1.2.3", false, None, "x").is_err());
        assert!(record_request("a.example.com", "TXT", "v", true, None, "x").is_err());
        assert!(record_request("a.example.com", "MX", "v", false, None, "x").is_err());
        let d = record_request("a.example.com", "A", "1.2.3.4", true, Some(300), "x").unwrap();
        assert_eq!(d.ttl, 1);
        assert_eq!(full_name("app", "example.com"), "app.example.com");
        assert_eq!(full_name("@", "example.com"), "example.com");
    }
}
