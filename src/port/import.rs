//! `meta port import`: what listens now inside a project's range, and is neither
//! allocated nor reserved, becomes an allocation, named after the process that holds it
//! (its unit, else its command). Finding the candidates only reads; adopting them is one
//! write transaction that re-checks each port, so a port taken meanwhile is skipped.

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use super::audit::{self, FindingKind};
use super::sockets;
use super::{find_project, Allocation};
use crate::core::error::Result;
use crate::core::plan::StepView;
use crate::core::state::{self, AllocationRow, State};

/// A listening port that would become an allocation.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Candidate {
    pub project: String,
    pub service: String,
    pub port: u16,
    pub addresses: Vec<String>,
    pub pid: Option<u32>,
    pub process: Option<String>,
}

/// The unallocated listening ports inside managed ranges (one project's, with `project`),
/// each with the service name it would get.
pub fn candidates(state: &mut State, project: Option<&str>) -> Result<Vec<Candidate>> {
    if let Some(p) = project {
        state.read(|tx| find_project(tx, p).map(|_| ()))?;
    }
    let promises = audit::load(state)?;
    let listeners = sockets::listening()?;
    let report = audit::assess(&promises, &listeners, sockets::owners);
    let mut taken: BTreeMap<&str, HashSet<String>> = BTreeMap::new();
    for a in &promises.allocations {
        taken
            .entry(a.project.as_str())
            .or_default()
            .insert(a.service.clone());
    }
    let mut out = Vec::new();
    for f in &report.findings {
        if f.kind != FindingKind::Unallocated || project.is_some_and(|p| p != f.project) {
            continue;
        }
        let names = taken.entry(f.project.as_str()).or_default();
        let service = unique_name(names, &service_name(f.process.as_deref(), f.port), f.port);
        names.insert(service.clone());
        out.push(Candidate {
            project: f.project.clone(),
            service,
            port: f.port,
            addresses: f.addresses.clone(),
            pid: f.pid,
            process: f.process.clone(),
        });
    }
    Ok(out)
}

/// The candidates adopted, and those skipped because they were taken meanwhile.
pub type Adoption = (Vec<Allocation>, Vec<Candidate>);

/// Adopts the candidates in one transaction. A port allocated meanwhile, or a name taken
/// meanwhile, is skipped rather than failing the rest.
pub fn adopt(
    state: &mut State,
    candidates: &[Candidate],
    dry_run: bool,
) -> Result<(Adoption, Vec<StepView>)> {
    state.change(dry_run, |tx, steps| {
        let mut adopted = Vec::new();
        let mut skipped = Vec::new();
        for c in candidates {
            if tx.allocation_by_port(c.port)?.is_some()
                || tx.allocation_get(&c.project, &c.service)?.is_some()
            {
                skipped.push(c.clone());
                continue;
            }
            let row = AllocationRow {
                project: c.project.clone(),
                service: c.service.clone(),
                port: c.port,
                hostname: None,
                created: state::now(),
            };
            if tx.allocation_insert(&row)? {
                let by = c
                    .process
                    .as_deref()
                    .map(|p| format!(" (held by {p})"))
                    .unwrap_or_default();
                steps.push(StepView::state(
                    format!("port/{}/{}", c.project, c.service),
                    format!(
                        "allocate port {} to `{}/{}`{by}",
                        c.port, c.project, c.service
                    ),
                ));
                adopted.push(Allocation::from(row));
            } else {
                skipped.push(c.clone());
            }
        }
        Ok((adopted, skipped))
    })
}

/// A service name from what a person would call the process: `meta-web.service` → `web`,
/// `nginx.service` → `nginx`, command `Web Content` → `web-content`. Nothing usable → `port-N`.
pub fn service_name(process: Option<&str>, port: u16) -> String {
    let raw = process.unwrap_or("");
    let raw = raw.strip_suffix(".service").unwrap_or(raw);
    let raw = raw.strip_prefix("meta-").unwrap_or(raw);
    let mut name = String::new();
    for c in raw.chars() {
        let c = c.to_ascii_lowercase();
        if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' {
            name.push(c);
        } else if !name.is_empty() && !name.ends_with('-') {
            name.push('-');
        }
    }
    let name = name.trim_matches(|c| c == '-' || c == '_');
    let name: String = name.chars().take(50).collect();
    if name.is_empty() {
        format!("port-{port}")
    } else {
        name
    }
}

fn unique_name(taken: &HashSet<String>, name: &str, port: u16) -> String {
    if !taken.contains(name) {
        return name.to_string();
    }
    let with_port = format!("{name}-{port}");
    if !taken.contains(&with_port) {
        return with_port;
    }
    (2..)
        .map(|n| format!("{with_port}-{n}"))
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or(with_port)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_from_processes() {
        assert_eq!(service_name(Some("meta-web.service"), 3000), "web");
        assert_eq!(service_name(Some("nginx.service"), 3000), "nginx");
        assert_eq!(service_name(Some("Web Content"), 3000), "web-content");
        assert_eq!(service_name(Some("python3"), 3000), "python3");
        assert_eq!(service_name(Some("..."), 3001), "port-3001");
        assert_eq!(service_name(None, 3002), "port-3002");
        for name in ["a", "web-content", "port-1"] {
            crate::port::validate_service(name).unwrap();
        }
        crate::port::validate_service(&service_name(Some(&"x".repeat(200)), 1)).unwrap();
    }

    #[test]
    fn clashing_names_get_the_port() {
        let taken: HashSet<String> = ["web".to_string(), "web-3001".to_string()].into();
        assert_eq!(unique_name(&taken, "api", 3001), "api");
        assert_eq!(unique_name(&taken, "web", 3002), "web-3002");
        assert_eq!(unique_name(&taken, "web", 3001), "web-3001-2");
    }
}
