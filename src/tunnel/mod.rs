//! cloudflared ingress in the tool's terms: the rules allocations with hostnames ask for,
//! written into a managed block inside `ingress:` of `config.yml` with every byte outside
//! the block kept, the checks cloudflared itself applies to ingress rules, and the merge of
//! the same rules into a remotely-managed tunnel's configuration document.
//!
//! The block goes just before the first catch-all rule (so hand-written rules above it keep
//! their precedence and the catch-all stays last). When the file has no catch-all, the block
//! carries one (`service: http_status:404`) at its end; when the file has no `ingress:` at
//! all, the block carries the key too. Either way nothing outside the block changes.
//!
//! cloudflared takes the first rule that matches, so a hand-written rule above the block for
//! one of meta's hostnames (or a wildcard covering it) takes its requests: [`shadowing`]
//! finds those, for `tunnel sync` to refuse. A rule is meta's by being inside the block,
//! never by its hostname.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::core::error::{Error, Result};
use crate::core::host::block;
use crate::core::state::HostnameAllocation;

pub mod local;

pub const BLOCK: &str = "tunnel";
pub const CATCH_ALL: &str = "http_status:404";

/// One ingress rule `meta` manages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    pub hostname: String,
    pub service: String,
}

/// The rules for a set of allocations: `hostname` → `http://localhost:PORT`, by hostname.
pub fn desired_rules(allocations: &[HostnameAllocation]) -> Vec<Rule> {
    let mut rules: Vec<Rule> = allocations
        .iter()
        .map(|a| Rule {
            hostname: a.hostname.to_ascii_lowercase(),
            service: format!("http://localhost:{}", a.port),
        })
        .collect();
    rules.sort_by(|a, b| a.hostname.cmp(&b.hostname));
    rules.dedup_by(|a, b| a.hostname == b.hostname);
    rules
}

/// An ingress rule as found in a config, hand-written or not.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleView {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// True for the rules inside the managed block.
    #[serde(default)]
    pub managed: bool,
}

impl RuleView {
    fn is_catch_all(&self) -> bool {
        let no_host = matches!(self.hostname.as_deref(), None | Some("") | Some("*"));
        let no_path = matches!(self.path.as_deref(), None | Some(""));
        no_host && no_path
    }
}

fn invalid(message: String) -> Error {
    Error::validation(message)
}

/// Checks a service as cloudflared does: an http(s)/ws(s) URL without a path, a tcp/ssh/rdp
/// URL, a unix socket, `http_status:NNN`, or one of the built-in services.
pub fn validate_service(service: &str) -> std::result::Result<(), String> {
    if matches!(service, "hello_world" | "bastion" | "socks-proxy") {
        return Ok(());
    }
    if let Some(code) = service.strip_prefix("http_status:") {
        return match code.parse::<u16>() {
            Ok(c) if (100..=599).contains(&c) => Ok(()),
            _ => Err(format!("`{service}` is not a valid HTTP status")),
        };
    }
    if let Some(path) = service
        .strip_prefix("unix+tls:")
        .or_else(|| service.strip_prefix("unix:"))
    {
        return if path.is_empty() {
            Err(format!("`{service}` names no socket"))
        } else {
            Ok(())
        };
    }
    let Some((scheme, rest)) = service.split_once("://") else {
        return Err(format!("`{service}` is not a service cloudflared knows"));
    };
    if !matches!(
        scheme,
        "http" | "https" | "ws" | "wss" | "tcp" | "ssh" | "rdp" | "smb"
    ) {
        return Err(format!("`{service}` has an unknown scheme `{scheme}`"));
    }
    let (host, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    if host.is_empty() || host.contains(char::is_whitespace) {
        return Err(format!("`{service}` has no host"));
    }
    if !path.is_empty() && path != "/" {
        return Err(format!(
            "`{service}` has a path; an origin service cannot (use the rule's `path` instead)"
        ));
    }
    if let Some((_, port)) = host.rsplit_once(':').filter(|_| !host.ends_with(']')) {
        if port.parse::<u16>().map(|p| p == 0).unwrap_or(true) {
            return Err(format!("`{service}` has an invalid port"));
        }
    }
    Ok(())
}

/// The checks cloudflared applies to ingress rules: at least one rule, hostnames without a
/// port and with `*` only as a leading `*.`, valid services, and exactly one catch-all, last.
pub fn validate_rules(rules: &[RuleView]) -> Result<()> {
    if rules.is_empty() {
        return Err(invalid("ingress has no rules".into()));
    }
    let n = rules.len();
    for (i, r) in rules.iter().enumerate() {
        // Only a rule that fails is named, so its name is made only then.
        let at = || format!("ingress rule {} of {n}", i + 1);
        if let Some(h) = r.hostname.as_deref().filter(|h| !h.is_empty() && *h != "*") {
            if h.contains(':') {
                return Err(invalid(format!("{}: hostname `{h}` has a port", at())));
            }
            let stars = h.matches('*').count();
            if stars > 1 || (stars == 1 && !h.starts_with("*.")) {
                return Err(invalid(format!(
                    "{}: hostname `{h}` may hold `*` only as a leading `*.`",
                    at()
                )));
            }
            if h.contains(char::is_whitespace) || h.contains("..") {
                return Err(invalid(format!("{}: `{h}` is not a valid hostname", at())));
            }
        }
        match r.service.as_deref() {
            None | Some("") => return Err(invalid(format!("{} has no service", at()))),
            Some(s) => validate_service(s).map_err(|e| invalid(format!("{}: {e}", at())))?,
        }
        if r.is_catch_all() && i + 1 < n {
            return Err(invalid(format!(
                "{} is a catch-all (no hostname, no path), so the rules after it would never match",
                at()
            ))
            .with_hint("move the catch-all rule to the end of `ingress:`"));
        }
    }
    if !rules[n - 1].is_catch_all() {
        return Err(invalid(format!(
            "the last ingress rule must be a catch-all (no hostname, no path), e.g. `service: {CATCH_ALL}`"
        )));
    }
    Ok(())
}

/// The largest cloudflared config `meta` reads: a rule is two lines of about 70 bytes, so
/// this holds tens of thousands of hostnames, while parsing it stays in milliseconds.
const MAX_CONFIG_BYTES: u64 = 4 * 1024 * 1024;

/// Refuses a config too large or too deeply nested to hand to the YAML parser, whose time
/// grows with the square of the nesting (see `core::limits`). Every parse of the file's
/// text goes through here first.
fn bounded(text: &str) -> Result<()> {
    use crate::core::limits;
    limits::check_size(text.len() as u64, MAX_CONFIG_BYTES)
        .and_then(|()| limits::check_yaml_depth(text))
        .map_err(|why| {
            invalid(format!("the cloudflared config cannot be read: {why}"))
                .with_hint("fix the file by hand; meta writes nothing until it parses")
        })
}

fn yaml(text: &str) -> Result<serde_yaml::Value> {
    bounded(text)?;
    if text.trim().is_empty() {
        return Ok(serde_yaml::Value::Null);
    }
    serde_yaml::from_str(text).map_err(|e| {
        invalid(format!("the cloudflared config is not valid YAML: {e}"))
            .with_hint("fix the file by hand; meta writes nothing until it parses")
    })
}

/// The `ingress:` list of a config document: `None` when the key is absent.
fn ingress_of(doc: &serde_yaml::Value) -> Result<Option<Vec<RuleView>>> {
    let Some(list) = doc.get("ingress") else {
        return Ok(None);
    };
    if list.is_null() {
        return Ok(Some(Vec::new()));
    }
    serde_yaml::from_value::<Vec<RuleView>>(list.clone())
        .map(Some)
        .map_err(|e| invalid(format!("`ingress:` is not a list of rules: {e}")))
}

/// Every rule of a config, in order, the managed ones marked: those inside the managed
/// block, whatever their hostname (a hand-written rule for a hostname meta also manages is
/// not meta's).
pub fn rules_of(text: &str) -> Result<Vec<RuleView>> {
    bounded(text)?;
    let mut rules = ingress_of(&yaml(text)?)?.unwrap_or_default();
    let Some(found) = block::find(text, BLOCK)? else {
        return Ok(rules);
    };
    let outside = [&text[..found.start], &text[found.end..]].concat();
    if ingress_of(&yaml(&outside)?)?.is_none() {
        // The block carries `ingress:` itself: every rule is in it.
        for r in &mut rules {
            r.managed = true;
        }
        return Ok(rules);
    }
    if let Some(range) = block_range(text, &found, rules.len()) {
        for r in &mut rules[range] {
            r.managed = true;
        }
    }
    Ok(rules)
}

/// Which of the `total` rules of `text` are the block's: the block's body replaced by one
/// marker rule, parsed, the marker found once; the block's rules stand where it stands.
/// `None` when that does not tell (the block is not between rules of `ingress:`).
fn block_range(text: &str, found: &block::Found, total: usize) -> Option<std::ops::Range<usize>> {
    let marker = Rule {
        hostname: "meta-block-marker.invalid".into(),
        service: "http://localhost:1".into(),
    };
    let body = render_rules(std::slice::from_ref(&marker), &found.indent, false);
    let marked = block::upsert(text, BLOCK, &body, 0, "").ok()?;
    let read = rules_in(&marked).ok()?;
    let mark = &rendered_views(std::slice::from_ref(&marker))[0];
    let mut at = read
        .iter()
        .enumerate()
        .filter(|(_, r)| *r == mark)
        .map(|(i, _)| i);
    let (Some(i), None) = (at.next(), at.next()) else {
        return None;
    };
    let n = (total + 1).checked_sub(read.len())?;
    Some(i..i + n)
}

/// True when a rule for hostname `rule` matches requests for `host`, as cloudflared
/// decides (`matchHost` in its ingress package): the same name, or a rule `*.example.com`
/// and a name ending in `.example.com` (at any depth: `a.b.example.com` too, never
/// `example.com` itself). A managed wildcard counts as a name: `*.example.com` covers
/// `*.dev.example.com`.
pub fn host_covers(rule: &str, host: &str) -> bool {
    let (rule, host) = (rule.to_ascii_lowercase(), host.to_ascii_lowercase());
    if rule == host {
        return true;
    }
    match rule.strip_prefix('*') {
        Some(suffix) if suffix.starts_with('.') => host.ends_with(suffix),
        _ => false,
    }
}

/// A hand-written rule that cloudflared matches before a rule of meta's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shadow {
    /// Where the hand-written rule is: `line N (`hostname: …`)` in a file, `ingress rule N`
    /// remotely.
    pub at: String,
    /// The hostname of meta's rule it takes.
    pub hostname: String,
}

impl Shadow {
    pub fn describe(&self, whose: &str) -> String {
        format!(
            "{} of {whose} comes before meta's rule for `{}` and matches it first (cloudflared uses the first rule that matches), so meta's rule would never be used",
            self.at, self.hostname
        )
    }
}

/// The pairs (hand-written rule, meta's rule) where the first, coming earlier and having no
/// `path`, takes every request of the second. A hand-written rule with a `path` takes only
/// some requests and is left alone: that is how one routes a path elsewhere.
fn shadowed(rules: &[RuleView]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (j, ours) in rules.iter().enumerate().filter(|(_, r)| r.managed) {
        let Some(host) = ours
            .hostname
            .as_deref()
            .filter(|h| !h.is_empty() && *h != "*")
        else {
            continue;
        };
        let first = rules[..j].iter().position(|r| {
            !r.managed
                && matches!(r.path.as_deref(), None | Some(""))
                && r.hostname.as_deref().is_some_and(|h| host_covers(h, host))
        });
        if let Some(i) = first {
            out.push((i, j));
        }
    }
    out
}

/// The hand-written rules of a config that take requests meant for a rule in its managed
/// block, each named by its line (1-based) and text.
pub fn shadowing(text: &str) -> Result<Vec<Shadow>> {
    let rules = rules_of(text)?;
    let end = block::find(text, BLOCK)?.map_or(text.len(), |f| f.start);
    let all = lines(text);
    Ok(shadowed(&rules)
        .into_iter()
        .map(|(i, j)| {
            let hand = rules[i].hostname.clone().unwrap_or_default();
            let line = all.iter().enumerate().find(|(_, (at, l))| {
                *at < end && {
                    let t = l.trim().trim_start_matches('-').trim_start();
                    t.strip_prefix("hostname:").is_some_and(|v| {
                        let v = v.split(" #").next().unwrap_or(v).trim();
                        v.trim_matches(|c| c == '"' || c == '\'') == hand
                    })
                }
            });
            let at = match line {
                Some((n, (_, l))) => format!("line {} (`{}`)", n + 1, l.trim()),
                None => format!("the rule for `{hand}`"),
            };
            Shadow {
                at,
                hostname: rules[j].hostname.clone().unwrap_or_default(),
            }
        })
        .collect())
}

/// How many of `rules` (catch-all left out) are meta's: the run at their end of rules
/// without a path whose hostnames meta put there (`ours`), each hostname once.
pub fn meta_run(rules: &[RuleView], ours: impl Fn(&str) -> bool) -> usize {
    let mut seen = BTreeSet::new();
    rules
        .iter()
        .rev()
        .take_while(|r| {
            r.path.is_none()
                && r.hostname
                    .as_deref()
                    .is_some_and(|h| ours(h) && seen.insert(h.to_string()))
        })
        .count()
}

/// [`shadowing`] for a remote configuration merged by [`merge_remote`], whose last
/// `ours.len()` rules before the catch-all are meta's.
pub fn remote_shadowing(config: &Value, ours: &[Rule]) -> Vec<Shadow> {
    let rules = remote_rules(config, ours.len());
    let n = rules.len();
    shadowed(&rules)
        .into_iter()
        .map(|(i, j)| Shadow {
            at: format!(
                "ingress rule {} of {n} (`hostname: {}`)",
                i + 1,
                rules[i].hostname.as_deref().unwrap_or_default()
            ),
            hostname: rules[j].hostname.clone().unwrap_or_default(),
        })
        .collect()
}

/// The rules of a remote configuration, the `count` just before the catch-all marked as
/// meta's (where [`merge_remote`] puts them).
pub fn remote_rules(config: &Value, count: usize) -> Vec<RuleView> {
    let mut rules: Vec<RuleView> = config
        .get("ingress")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|v| serde_json::from_value(v.clone()).unwrap_or_default())
                .collect()
        })
        .unwrap_or_default();
    let end = match rules.last() {
        Some(r) if r.is_catch_all() => rules.len() - 1,
        _ => rules.len(),
    };
    for r in &mut rules[end.saturating_sub(count)..end] {
        r.managed = true;
    }
    rules
}

fn indent_of(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn is_content(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && !t.starts_with('#')
}

/// Lines of a text with their byte offsets (each including its ending).
fn lines(text: &str) -> Vec<(usize, &str)> {
    let mut at = 0;
    text.split_inclusive('\n')
        .map(|l| {
            let start = at;
            at += l.len();
            (start, l)
        })
        .collect()
}

/// `text` as a YAML scalar that reads back as exactly this string, on one line: plain
/// where that is certain (`app.example.com`, `http://localhost:3000`), double-quoted
/// otherwise (a wildcard `*.example.com` would start an alias; `true`, `1.5e3` or `0x1f`
/// would read as a boolean or a number), with everything but printable ASCII escaped.
fn yaml_scalar(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    let plain_shape = bytes.first().is_some_and(u8::is_ascii_alphanumeric)
        && !text.ends_with(':')
        && bytes
            .iter()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b'/' | b':'));
    let reads_otherwise = || {
        ["true", "false", "null"]
            .iter()
            .any(|w| text.eq_ignore_ascii_case(w))
            || bytes.iter().all(u8::is_ascii_digit)
            || ["0x", "0o", "0b"]
                .iter()
                .any(|p| bytes.len() >= 2 && bytes[..2].eq_ignore_ascii_case(p.as_bytes()))
            || text.parse::<f64>().is_ok()
    };
    if plain_shape && !reads_otherwise() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            ' '..='~' => out.push(c),
            c if (c as u32) <= 0xFFFF => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push('"');
    std::borrow::Cow::Owned(out)
}

fn render_rules(rules: &[Rule], indent: &str, catch_all: bool) -> String {
    let mut out = String::with_capacity(rules.len() * (2 * indent.len() + 64) + 64);
    for r in rules {
        let (host, service) = (yaml_scalar(&r.hostname), yaml_scalar(&r.service));
        out.extend([indent, "- hostname: ", &host, "\n"]);
        out.extend([indent, "  service: ", &service, "\n"]);
    }
    if catch_all {
        out.push_str(&format!("{indent}- service: {CATCH_ALL}\n"));
    }
    out
}

/// The rules [`render_rules`] writes (its catch-all aside), as a parse reads them back.
fn rendered_views(rules: &[Rule]) -> Vec<RuleView> {
    rules
        .iter()
        .map(|r| RuleView {
            hostname: Some(r.hostname.clone()),
            service: Some(r.service.clone()),
            ..RuleView::default()
        })
        .collect()
}

/// Where the block goes in a config that has no block yet: the byte offset and the indent
/// of the list items.
fn insertion_point(text: &str, rules: &[RuleView]) -> Result<Option<(usize, String)>> {
    let all = lines(text);
    let Some(key_line) = all.iter().position(|(_, l)| {
        let t = l.trim_end();
        t == "ingress:"
            || (t.starts_with("ingress:") && t["ingress:".len()..].trim_start().starts_with('#'))
    }) else {
        return Ok(None);
    };
    let after = &all[key_line + 1..];
    let first = after.iter().find(|(_, l)| is_content(l));
    let item_indent = match first {
        Some((_, l)) if l.trim_start().starts_with('-') => indent_of(l),
        // `ingress:` with nothing under it: the block starts right below the key.
        _ => {
            let (at, l) = all[key_line];
            return Ok(Some((at + l.len(), "  ".to_string())));
        }
    };
    let mut items = Vec::new();
    let mut end = all[key_line].0 + all[key_line].1.len();
    for (at, l) in after {
        if !is_content(l) {
            continue;
        }
        let ind = indent_of(l);
        let item = l.trim_start().starts_with('-');
        if ind < item_indent || (ind == item_indent && !item) {
            break;
        }
        if ind == item_indent && item {
            items.push(*at);
        }
        end = at + l.len();
    }
    if items.len() != rules.len() {
        return Err(Error::conflict(
            "cannot match the lines of `ingress:` to its rules (flow style or unusual layout)",
        )
        .with_hint("write `ingress:` as a block list (`- hostname: …` lines), or add the `# BEGIN meta tunnel` / `# END meta tunnel` lines by hand where the rules belong"));
    }
    let indent = " ".repeat(item_indent);
    Ok(Some(match rules.iter().position(RuleView::is_catch_all) {
        Some(i) => (items[i], indent),
        None => (end, indent),
    }))
}

/// The config with the managed block holding `rules`; every byte outside the block kept.
/// The result is checked with [`validate_rules`]; a failure is a validation error (exit 6).
///
/// The YAML parsed is the config outside the block, never the rules `meta` writes into it
/// (thousands, for a host with that many hostnames, and the same every time): the rules of
/// the result are those of the same config with two stand-in rules in the block, parsed,
/// with the stand-ins replaced by `rules`. That holds because each rule is written as two
/// lines of the same shape, with scalars that read back as written ([`yaml_scalar`]): if
/// two such rules land in `ingress:` as two rules, so do any number.
pub fn rewrite(text: &str, rules: &[Rule]) -> Result<String> {
    bounded(text)?;
    let placement = placement(text, rules)?;
    let new = place(text, &placement, rules)?;
    let rules_now = match &placement {
        Placement::Unchanged { existing } => existing.clone(),
        _ => Some(match stand_ins_read(text, &placement, rules) {
            Some(read) => read,
            None => rules_in(&new)?,
        }),
    };
    if let Some(rules_now) = rules_now {
        validate_rules(&rules_now)?;
    }
    Ok(new)
}

/// Where the block goes and what it holds besides the rules.
enum Placement {
    /// Into the block that is there, inside `ingress:`, indented as it is.
    Block { indent: String, catch_all: bool },
    /// Into the block that is there, which carries the `ingress:` key itself.
    BlockWithKey,
    /// A new block at byte `at`, inside `ingress:`.
    Insert {
        at: usize,
        indent: String,
        catch_all: bool,
    },
    /// A new block with the `ingress:` key, at the end.
    AtEnd,
    /// Nowhere: there is nothing to manage and no block yet, so the file stays as it is
    /// (with these rules of its own, which are checked all the same).
    Unchanged { existing: Option<Vec<RuleView>> },
}

/// Where `rules` go in a config, from a parse of the config outside its block.
fn placement(text: &str, rules: &[Rule]) -> Result<Placement> {
    // Line endings follow the file's first line; a file of bare-CR lines has none to
    // follow, and the first LF added would turn its first line into CRLF.
    if !text.contains('\n') && text.contains('\r') {
        return Err(Error::conflict(
            "the cloudflared config uses bare CR line endings; meta edits only LF or CRLF files",
        ));
    }
    let found = block::find(text, BLOCK)?;
    let outside = match &found {
        Some(f) => [&text[..f.start], &text[f.end..]].concat(),
        None => text.to_string(),
    };
    let doc = yaml(&outside)?;
    if !(doc.is_null() || doc.is_mapping()) {
        return Err(invalid(
            "the cloudflared config is not a YAML mapping of settings".into(),
        ));
    }
    let existing = ingress_of(&doc)?;
    let catch_all = |existing: &[RuleView]| !existing.iter().any(RuleView::is_catch_all);
    Ok(match (&found, existing) {
        (Some(f), Some(existing)) => Placement::Block {
            indent: f.indent.clone(),
            catch_all: catch_all(&existing),
        },
        (Some(_), None) => Placement::BlockWithKey,
        (None, existing) if rules.is_empty() => Placement::Unchanged { existing },
        (None, Some(existing)) => {
            let Some((at, indent)) = insertion_point(text, &existing)? else {
                return Err(Error::conflict(
                    "`ingress:` is not a top-level block key in the cloudflared config",
                ));
            };
            Placement::Insert {
                at,
                indent,
                catch_all: catch_all(&existing),
            }
        }
        (None, None) => Placement::AtEnd,
    })
}

/// The config with `rules` placed.
fn place(text: &str, placement: &Placement, rules: &[Rule]) -> Result<String> {
    match placement {
        Placement::Block { indent, catch_all } => {
            block::upsert(text, BLOCK, &render_rules(rules, indent, *catch_all), 0, "")
        }
        Placement::BlockWithKey => {
            let body = format!("ingress:\n{}", render_rules(rules, "  ", true));
            block::upsert(text, BLOCK, &body, 0, "")
        }
        Placement::Insert {
            at,
            indent,
            catch_all,
        } => block::upsert(
            text,
            BLOCK,
            &render_rules(rules, indent, *catch_all),
            *at,
            indent,
        ),
        Placement::AtEnd => {
            let body = format!("ingress:\n{}", render_rules(rules, "  ", true));
            block::upsert_at_end(text, BLOCK, &body)
        }
        Placement::Unchanged { .. } => Ok(text.to_string()),
    }
}

/// Two rules that stand in for the real ones in the parse [`rewrite`] makes.
fn stand_ins() -> [Rule; 2] {
    [1, 2].map(|i| Rule {
        hostname: format!("meta-stand-in-{i}.invalid"),
        service: format!("http://localhost:{i}"),
    })
}

/// The rules of the config with `rules` placed, read from a parse of it with the
/// [`stand_ins`] placed instead. `None` where that is no cheaper (as few rules as
/// stand-ins) or does not tell (the stand-ins do not parse as two rules of `ingress:`, or
/// a hand-written pair looks just like them): then only the rewritten file itself can.
fn stand_ins_read(text: &str, placement: &Placement, rules: &[Rule]) -> Option<Vec<RuleView>> {
    let stand_ins = stand_ins();
    if rules.len() <= stand_ins.len() {
        return None;
    }
    let read = rules_in(&place(text, placement, &stand_ins).ok()?).ok()?;
    let marks = rendered_views(&stand_ins);
    let mut at = read
        .windows(marks.len())
        .enumerate()
        .filter(|(_, w)| *w == marks.as_slice())
        .map(|(i, _)| i);
    let (Some(i), None) = (at.next(), at.next()) else {
        return None;
    };
    let mut all = Vec::with_capacity(read.len() + rules.len());
    all.extend_from_slice(&read[..i]);
    all.extend(rendered_views(rules));
    all.extend_from_slice(&read[i + marks.len()..]);
    Some(all)
}

/// The rules of `ingress:` in a config (none when it has no `ingress:`).
fn rules_in(text: &str) -> Result<Vec<RuleView>> {
    Ok(ingress_of(&yaml(text)?)?.unwrap_or_default())
}

/// True when `after` differs from `before` only inside the managed block: the text before
/// and after the block is the same, allowing the one line ending added when `before` had
/// none at the point where the block went in.
pub fn outside_unchanged(before: &str, after: &str) -> bool {
    let Ok(Some(f)) = block::find(after, BLOCK) else {
        return before == after;
    };
    let (head, tail) = (&after[..f.start], &after[f.end..]);
    let original = match block::find(before, BLOCK) {
        Ok(Some(b)) => [&before[..b.start], &before[b.end..]].concat(),
        _ => before.to_string(),
    };
    let joined = [head, tail].concat();
    if joined == original {
        return true;
    }
    // The block went in after a last line that had no ending: one was added.
    let eol = block::line_ending(before);
    head.strip_suffix(eol)
        .is_some_and(|h| [h, tail].concat() == original && !h.ends_with('\n'))
}

/// Merges `rules` into a remote tunnel configuration: the rules `meta` put there before
/// (by hostname, `managed_before`) and any rule exactly like one of `rules` are replaced,
/// every other rule is kept in place (a hand-written one for the same hostname too: see
/// [`remote_shadowing`]), the new rules go just before the catch-all, and a catch-all is
/// added when there is none.
pub fn merge_remote(config: &Value, rules: &[Rule], managed_before: &[String]) -> Result<Value> {
    let mut config = match config {
        Value::Object(_) => config.clone(),
        _ => Value::Object(Default::default()),
    };
    let ours: BTreeSet<&str> = managed_before.iter().map(String::as_str).collect();
    let written: Vec<Value> = rules
        .iter()
        .map(|r| serde_json::json!({ "hostname": r.hostname, "service": r.service }))
        .collect();
    let current: Vec<Value> = config
        .get("ingress")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let view = |v: &Value| -> RuleView { serde_json::from_value(v.clone()).unwrap_or_default() };
    let mut kept = Vec::new();
    let mut catch_all = Vec::new();
    for rule in current {
        if view(&rule).is_catch_all() {
            catch_all.push(rule);
        } else {
            kept.push(rule);
        }
    }
    // meta's rules of before: the run just before the catch-all, not a hand-written rule
    // elsewhere that names one of their hostnames.
    let views: Vec<RuleView> = kept.iter().map(view).collect();
    let before = meta_run(&views, |h| ours.contains(h));
    kept.truncate(kept.len() - before);
    kept.retain(|rule| !written.contains(rule));
    kept.extend(written);
    if catch_all.is_empty() {
        catch_all.push(serde_json::json!({ "service": CATCH_ALL }));
    }
    kept.extend(catch_all);
    let views: Vec<RuleView> = kept.iter().map(view).collect();
    validate_rules(&views)?;
    if let Value::Object(map) = &mut config {
        map.insert("ingress".into(), Value::Array(kept));
    }
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rules() -> Vec<Rule> {
        vec![
            Rule {
                hostname: "app.example.com".into(),
                service: "http://localhost:3001".into(),
            },
            Rule {
                hostname: "api.example.com".into(),
                service: "http://localhost:3002".into(),
            },
        ]
    }

    /// A real-world-shaped config.yml: comments, `originRequest` blocks, a path rule, a
    /// wildcard host, keys after `ingress:`.
    const REAL: &str = include_str!("../../tests/fixtures/cloudflared-config.yml");

    #[test]
    fn block_goes_before_the_catch_all_and_nothing_else_moves() {
        let out = rewrite(REAL, &rules()).unwrap();
        assert!(outside_unchanged(REAL, &out));
        let expected_block = "  # BEGIN meta tunnel\n  - hostname: app.example.com\n    service: http://localhost:3001\n  - hostname: api.example.com\n    service: http://localhost:3002\n  # END meta tunnel\n  - service: http_status:404\n";
        assert!(out.contains(expected_block), "{out}");
        let again = rewrite(&out, &rules()).unwrap();
        assert_eq!(again, out);
        let shown = rules_of(&out).unwrap();
        assert_eq!(shown.len(), 5);
        assert!(shown[2].managed && !shown[0].managed && !shown[4].managed);
        let none = rewrite(&out, &[]).unwrap();
        assert!(none.contains("# BEGIN meta tunnel\n  # END meta tunnel\n"));
    }

    #[test]
    fn wildcards_cover_as_cloudflared_matches() {
        assert!(host_covers("a.example.com", "A.example.com"));
        assert!(host_covers("*.example.com", "a.example.com"));
        assert!(host_covers("*.example.com", "a.b.example.com"));
        assert!(host_covers("*.example.com", "*.dev.example.com"));
        assert!(!host_covers("*.example.com", "example.com"));
        assert!(!host_covers("*.example.com", "badexample.com"));
        assert!(!host_covers("a.example.com", "b.example.com"));
    }

    #[test]
    fn managed_means_inside_the_block_not_the_same_hostname() {
        let text = "ingress:\n  - hostname: app.example.com\n    service: http://localhost:9\n  # BEGIN meta tunnel\n  - hostname: app.example.com\n    service: http://localhost:3001\n  # END meta tunnel\n  - hostname: app.example.com\n    path: /x\n    service: http://localhost:8\n  - service: http_status:404\n";
        let managed: Vec<bool> = rules_of(text).unwrap().iter().map(|r| r.managed).collect();
        assert_eq!(managed, vec![false, true, false, false]);
        let shadows = shadowing(text).unwrap();
        assert_eq!(shadows.len(), 1);
        assert_eq!(shadows[0].at, "line 2 (`- hostname: app.example.com`)");
    }

    #[test]
    fn no_ingress_at_all_gets_a_block_with_the_key() {
        let text = "tunnel: abc\ncredentials-file: /x.json";
        let out = rewrite(text, &rules()).unwrap();
        assert!(out.starts_with(
            "tunnel: abc\ncredentials-file: /x.json\n# BEGIN meta tunnel\ningress:\n"
        ));
        assert!(out.ends_with("  - service: http_status:404\n# END meta tunnel\n"));
        assert!(outside_unchanged(text, &out));
        assert_eq!(rewrite(&out, &rules()).unwrap(), out);
    }

    #[test]
    fn no_catch_all_gets_one_inside_the_block() {
        let text =
            "ingress:\n- hostname: a.example.com\n  service: http://localhost:1\nlogfile: /x\n";
        let out = rewrite(text, &rules()).unwrap();
        assert!(
            out.contains("# BEGIN meta tunnel\n- hostname: app.example.com"),
            "{out}"
        );
        assert!(
            out.contains("- service: http_status:404\n# END meta tunnel\nlogfile: /x\n"),
            "{out}"
        );
        assert!(outside_unchanged(text, &out));
    }

    #[test]
    fn crlf_is_kept() {
        let text = REAL.replace('\n', "\r\n");
        let out = rewrite(&text, &rules()).unwrap();
        assert!(outside_unchanged(&text, &out));
        assert!(
            !out.replace("\r\n", "").contains('\n'),
            "a bare LF crept in"
        );
    }

    #[test]
    fn bare_cr_files_are_refused() {
        // Found by the fuzz target: "f:\r" became CRLF on the second rewrite.
        assert!(rewrite("f:\r", &rules()).is_err());
    }

    #[test]
    fn catch_all_in_the_middle_is_refused() {
        let text = "ingress:\n  - service: http_status:404\n  - hostname: a.example.com\n    service: http://localhost:1\n";
        let e = rewrite(text, &rules()).unwrap_err();
        assert_eq!(e.kind, crate::core::Kind::Validation);
        assert!(e.message.contains("catch-all"), "{}", e.message);
    }

    #[test]
    fn services_and_hostnames_are_checked() {
        assert!(validate_service("http://localhost:3000").is_ok());
        assert!(validate_service("https://[::1]:8443/").is_ok());
        assert!(validate_service("http://localhost:3000/app").is_err());
        assert!(validate_service("ftp://x").is_err());
        assert!(validate_service("http_status:404").is_ok());
        assert!(validate_service("http_status:99").is_err());
        assert!(validate_service("unix:/run/app.sock").is_ok());
        let r = |h: &str| RuleView {
            hostname: Some(h.into()),
            service: Some("http://localhost:1".into()),
            ..Default::default()
        };
        let last = RuleView {
            service: Some(CATCH_ALL.into()),
            ..Default::default()
        };
        assert!(validate_rules(&[r("*.example.com"), last.clone()]).is_ok());
        assert!(validate_rules(&[r("a.*.example.com"), last.clone()]).is_err());
        assert!(validate_rules(&[r("a.example.com:443"), last.clone()]).is_err());
        assert!(validate_rules(&[r("a.example.com")]).is_err());
    }

    #[test]
    fn remote_merge_keeps_other_rules_in_place() {
        let config = serde_json::json!({
            "ingress": [
                {"hostname": "hand.example.com", "service": "http://localhost:9", "originRequest": {"connectTimeout": 10}},
                {"hostname": "old.example.com", "service": "http://localhost:5"},
                {"service": "http_status:404"}
            ],
            "warp-routing": {"enabled": true}
        });
        let out = merge_remote(&config, &rules(), &["old.example.com".into()]).unwrap();
        let hosts: Vec<Option<&str>> = out["ingress"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r.get("hostname").and_then(Value::as_str))
            .collect();
        assert_eq!(
            hosts,
            vec![
                Some("hand.example.com"),
                Some("app.example.com"),
                Some("api.example.com"),
                None
            ]
        );
        assert_eq!(out["ingress"][0]["originRequest"]["connectTimeout"], 10);
        assert_eq!(out["warp-routing"]["enabled"], true);
    }

    fn line() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("  - hostname: h.example.com".to_string()),
            Just("    service: http://localhost:1".to_string()),
            Just("  - service: http_status:404".to_string()),
            Just("ingress:".to_string()),
            Just("# BEGIN meta tunnel".to_string()),
            Just("  # END meta tunnel".to_string()),
            Just("tunnel: x".to_string()),
            Just("  # note".to_string()),
            Just(String::new()),
            "[ -~]{0,20}",
        ]
    }

    /// The rules a parse of `new` reads.
    fn parsed(new: &str) -> Vec<RuleView> {
        ingress_of(&yaml(new).unwrap()).unwrap().unwrap_or_default()
    }

    #[test]
    fn hostnames_yaml_would_misread_are_quoted() {
        let tricky = [
            "*.app.example.com",
            "true",
            "null",
            "1.5e3",
            "0x1f",
            "123",
            "1password.example.com",
        ];
        let rs: Vec<Rule> = tricky
            .iter()
            .enumerate()
            .map(|(i, h)| Rule {
                hostname: h.to_string(),
                service: format!("http://localhost:{}", 3000 + i),
            })
            .collect();
        let out = rewrite(REAL, &rs).unwrap();
        assert!(
            out.contains("  - hostname: \"*.app.example.com\"\n"),
            "{out}"
        );
        assert!(out.contains("  - hostname: \"1.5e3\"\n"), "{out}");
        assert!(
            out.contains("  - hostname: 1password.example.com\n"),
            "{out}"
        );
        assert!(
            out.contains("    service: http://localhost:3000\n"),
            "{out}"
        );
        let managed: Vec<String> = rules_of(&out)
            .unwrap()
            .into_iter()
            .filter(|r| r.managed)
            .filter_map(|r| r.hostname)
            .collect();
        assert_eq!(managed, tricky);
    }

    fn many() -> Vec<Rule> {
        (0..5)
            .map(|i| Rule {
                hostname: format!("s{i}.example.com"),
                service: format!("http://localhost:{}", 4000 + i),
            })
            .collect()
    }

    /// What `rewrite` checks: the rules read from the stand-ins when they tell.
    fn checked(text: &str, rs: &[Rule]) -> Option<Vec<RuleView>> {
        stand_ins_read(text, &placement(text, rs).unwrap(), rs)
    }

    #[test]
    fn the_rules_meta_wrote_are_never_parsed_again() {
        let layouts = [
            REAL.to_string(),
            REAL.replace('\n', "\r\n"),
            "tunnel: abc\n".to_string(),
            "ingress:\n".to_string(),
            "ingress:\n- hostname: a.example.com\n  service: http://localhost:1\nlogfile: /x\n"
                .to_string(),
        ];
        for text in layouts {
            // The first sync and every later one.
            let out = rewrite(&text, &many()).unwrap();
            for input in [&text, &out] {
                let read = checked(input, &many()).unwrap_or_else(|| panic!("{input}"));
                assert_eq!(read, parsed(&out), "{out}");
            }
        }
    }

    #[test]
    fn stand_ins_that_do_not_land_as_rules_leave_it_to_a_parse() {
        // The block moved by hand under `warp-routing:`.
        let text = "ingress:\n  - service: http_status:404\nwarp-routing:\n  enabled: true\n  # BEGIN meta tunnel\n  # END meta tunnel\n";
        assert_eq!(checked(text, &many()), None);
        assert!(rewrite(text, &many()).is_err());
        // Between the lines of one rule.
        let text = "ingress:\n  - hostname: a.example.com\n  # BEGIN meta tunnel\n  # END meta tunnel\n    service: http://localhost:1\n  - service: http_status:404\n";
        assert_eq!(checked(text, &many()), None);
        assert!(rewrite(text, &many()).is_err());
        // Inside a quoted scalar that goes on over several lines.
        let text = "ingress:\n  - hostname: \"a\n  # BEGIN meta tunnel\n  # END meta tunnel\n  b\"\n    service: http://localhost:1\n  - service: http_status:404\n";
        assert_eq!(checked(text, &many()), None);
        assert!(rewrite(text, &many()).is_err());
        // A hand-written pair just like the stand-ins: found twice, so not trusted.
        let pair: String = stand_ins()
            .iter()
            .map(|r| format!("  - hostname: {}\n    service: {}\n", r.hostname, r.service))
            .collect();
        let text = format!("ingress:\n{pair}  # BEGIN meta tunnel\n  # END meta tunnel\n  - service: http_status:404\n");
        assert_eq!(checked(&text, &many()), None);
        let out = rewrite(&text, &many()).unwrap();
        assert_eq!(parsed(&out).len(), 2 + 5 + 1);
    }

    fn hostname() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("app.example.com".to_string()),
            Just("*.dev.example.com".to_string()),
            Just("1password.example.com".to_string()),
            Just("1.5e3".to_string()),
            Just("true".to_string()),
            "[a-z0-9*.:-]{1,12}",
        ]
    }

    /// Configs shaped like real ones: keys, an `ingress:` list at some indent with rules of
    /// one to three lines (a multi-line quoted one among them), with an empty managed block
    /// put in at any line (between rules, inside one, after the list, at another indent).
    fn layout() -> impl Strategy<Value = String> {
        let rule = prop_oneof![
            Just(vec![
                "- hostname: a.example.com",
                "  service: http://localhost:1"
            ]),
            Just(vec![
                "- hostname: \"*.b.example.com\"",
                "  service: http://localhost:2",
                "  path: /x"
            ]),
            Just(vec![
                "- hostname: \"c",
                "  d\"",
                "  service: http://localhost:3"
            ]),
            Just(vec![
                "- hostname: e.example.com",
                "  service: http://localhost:4",
                "  originRequest:",
                "    noTLSVerify: true"
            ]),
            Just(vec!["- service: http_status:404"]),
            Just(vec!["# a comment", ""]),
        ];
        (
            prop::sample::select(vec![0usize, 2, 4]),
            prop::collection::vec(rule, 0..5),
            prop::bool::ANY,
            prop::bool::ANY,
            0usize..20,
            prop::sample::select(vec![0usize, 0, 2, 2, 4]),
            prop::bool::ANY,
        )
            .prop_map(|(indent, rules, key, after, at, block_indent, crlf)| {
                let pad = " ".repeat(indent);
                let mut lines = vec!["tunnel: x".to_string()];
                if key {
                    lines.push("ingress:".into());
                    for rule in rules {
                        lines.extend(rule.iter().map(|l| format!("{pad}{l}")));
                    }
                }
                if after {
                    lines.extend(["warp-routing:".to_string(), "  enabled: true".to_string()]);
                }
                let at = at.min(lines.len());
                let b = " ".repeat(block_indent);
                lines.insert(at, format!("{b}# END meta tunnel"));
                lines.insert(at, format!("{b}# BEGIN meta tunnel"));
                let eol = if crlf { "\r\n" } else { "\n" };
                lines.iter().map(|l| format!("{l}{eol}")).collect()
            })
    }

    proptest! {
        // Where the rules of a rewrite are read from the stand-ins, they are exactly the
        // rules a parse of the rewritten file reads.
        #[test]
        fn rules_read_from_the_stand_ins_are_what_a_parse_reads(
            text in layout(),
            hosts in prop::collection::vec(hostname(), 3..7),
        ) {
            let rs: Vec<Rule> = hosts.into_iter().enumerate().map(|(i, hostname)| Rule {
                hostname,
                service: format!("http://localhost:{}", 3000 + i),
            }).collect();
            for input in [text.clone(), rewrite(&text, &rs).unwrap_or_default()] {
                let Ok(placement) = placement(&input, &rs) else { continue };
                if let Some(read) = stand_ins_read(&input, &placement, &rs) {
                    let new = place(&input, &placement, &rs).unwrap();
                    let parse = rules_in(&new);
                    prop_assert!(parse.is_ok(), "{}", new);
                    prop_assert_eq!(read, parse.unwrap(), "{}", new);
                }
            }
        }

        #[test]
        fn rewrite_never_panics_on_any_text(text in any::<String>(), n in 0usize..3) {
            let rs: Vec<Rule> = rules().into_iter().take(n).collect();
            if let Ok(out) = rewrite(&text, &rs) {
                prop_assert!(outside_unchanged(&text, &out));
            }
        }

        // The property the fuzz target also checks: the rewriter never panics and, when it
        // writes, never changes a byte outside the block.
        #[test]
        fn rewrite_never_touches_bytes_outside_the_block(
            ls in prop::collection::vec((line(), prop::bool::ANY), 0..14),
            n in 0usize..3,
        ) {
            let text: String = ls.iter().map(|(l, crlf)| format!("{l}{}", if *crlf { "\r\n" } else { "\n" })).collect();
            let rs: Vec<Rule> = rules().into_iter().take(n).collect();
            if let Ok(out) = rewrite(&text, &rs) {
                prop_assert!(outside_unchanged(&text, &out), "before:\n{text}\nafter:\n{out}");
                if let Ok(again) = rewrite(&out, &rs) {
                    prop_assert_eq!(again, out);
                }
            }
        }
    }
}
