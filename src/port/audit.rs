//! `meta port audit`: the promises in the state file against the sockets listening now.
//! Three kinds of finding: an allocated port nothing listens on (`down`), a listening port
//! inside a project's range that nothing holds (`unallocated`), and an allocated port held
//! by a process that is not the allocation's deployment (`wrong_process`).

use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use super::sockets::{self, Listener, Owner};
use super::{Allocation, Reservation};
use crate::core::error::Result;
use crate::core::state::State;
use crate::project::{PortRange, Project};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    Down,
    Unallocated,
    WrongProcess,
}

impl FindingKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::Down => "down",
            FindingKind::Unallocated => "unallocated",
            FindingKind::WrongProcess => "wrong_process",
        }
    }
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Finding {
    pub kind: FindingKind,
    pub port: u16,
    pub project: String,
    /// The allocation's service; none for an unallocated port.
    pub service: Option<String>,
    /// The addresses it listens on (empty when down).
    pub addresses: Vec<String>,
    pub pid: Option<u32>,
    /// The owning process: its unit, else its command; none when out of sight.
    pub process: Option<String>,
    /// For `wrong_process`: the unit or command the deployment runs.
    pub expected: Option<String>,
    pub message: String,
}

#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct Report {
    pub allocations: usize,
    /// Distinct ports listening now on this host.
    pub listening_ports: usize,
    pub findings: Vec<Finding>,
}

impl Report {
    pub fn healthy(&self) -> bool {
        self.findings.is_empty()
    }
}

/// What the state file holds that the audit compares against.
pub struct Promises {
    pub projects: Vec<Project>,
    pub allocations: Vec<Allocation>,
    pub reservations: Vec<Reservation>,
    /// `(project, deployment name, spec JSON)`.
    pub deployments: Vec<(String, String, String)>,
}

pub fn load(state: &mut State) -> Result<Promises> {
    state.read(|tx| {
        let projects: Vec<Project> = tx.project_list()?.into_iter().map(Project::from).collect();
        let mut deployments = Vec::new();
        for p in &projects {
            for (name, spec) in tx.port_deployment_specs(&p.name)? {
                deployments.push((p.name.clone(), name, spec));
            }
        }
        Ok(Promises {
            allocations: tx
                .allocation_list(None)?
                .into_iter()
                .map(Allocation::from)
                .collect(),
            reservations: tx
                .reservation_list()?
                .iter()
                .map(Reservation::from)
                .collect(),
            projects,
            deployments,
        })
    })
}

/// Runs the audit on this host.
pub fn run(state: &mut State) -> Result<Report> {
    let promises = load(state)?;
    let listeners = sockets::listening()?;
    Ok(assess(&promises, &listeners, sockets::owners))
}

/// The unit or command an allocation's deployment should be listening with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expected {
    pub unit: String,
    pub command: Option<String>,
}

/// The allocation's deployment is the deployment of the same project whose name is the
/// service. It runs as `meta-<name>.service`; its spec's command (`exec`, `command` or
/// `exec_start`, a string or an argv list) names the program. Returns whether `owner`
/// is that process, with what was expected, or `None` when there is no such deployment.
pub fn deployment_match(
    allocation: &Allocation,
    deployments: &[(String, String, String)],
    owner: &Owner,
) -> Option<(bool, Expected)> {
    let (_, name, spec) = deployments
        .iter()
        .find(|(project, name, _)| *project == allocation.project && *name == allocation.service)?;
    let command = serde_json::from_str::<serde_json::Value>(spec)
        .ok()
        .and_then(|v| {
            ["exec", "command", "exec_start"]
                .iter()
                .find_map(|k| match v.get(*k)? {
                    serde_json::Value::String(s) => s.split_whitespace().next().map(str::to_string),
                    serde_json::Value::Array(a) => a.first()?.as_str().map(str::to_string),
                    _ => None,
                })
        })
        .map(|c| basename(&c).to_string());
    let expected = Expected {
        unit: format!("meta-{name}.service"),
        command,
    };
    let unit_ok = owner.unit.as_deref() == Some(expected.unit.as_str());
    let command_ok = expected.command.as_deref().is_some_and(|want| {
        // The kernel keeps only the first 15 bytes of a command name.
        let comm_ok = owner.command == want
            || (owner.command.len() == 15 && want.starts_with(owner.command.as_str()));
        comm_ok || owner.argv0.as_deref().is_some_and(|a| basename(a) == want)
    });
    Some((unit_ok || command_ok, expected))
}

fn basename(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// The audit itself, over given sockets and a given way to find their owners.
pub fn assess(
    promises: &Promises,
    listeners: &[Listener],
    find_owners: impl FnOnce(&HashSet<u64>) -> std::collections::HashMap<u64, Owner>,
) -> Report {
    let mut by_port: BTreeMap<u16, Vec<&Listener>> = BTreeMap::new();
    for l in listeners {
        by_port.entry(l.port).or_default().push(l);
    }
    let allocated: BTreeMap<u16, &Allocation> =
        promises.allocations.iter().map(|a| (a.port, a)).collect();
    let reserved = |port: u16| promises.reservations.iter().any(|r| r.range.contains(port));
    let managed = |port: u16| -> Option<&Project> {
        promises.projects.iter().find(|p| p.range.contains(port))
    };
    let has_deployment = |a: &Allocation| {
        promises
            .deployments
            .iter()
            .any(|(p, n, _)| *p == a.project && *n == a.service)
    };

    // Owners are looked up only for the sockets a finding may name.
    let wanted: HashSet<u64> = by_port
        .iter()
        .filter(|(port, _)| match allocated.get(port) {
            Some(a) => has_deployment(a),
            None => managed(**port).is_some() && !reserved(**port),
        })
        .flat_map(|(_, ls)| ls.iter().map(|l| l.inode))
        .collect();
    let owners = find_owners(&wanted);
    let owner_of = |ls: &[&Listener]| ls.iter().find_map(|l| owners.get(&l.inode));
    let addresses = |ls: &[&Listener]| -> Vec<String> {
        let mut v: Vec<String> = ls.iter().map(|l| l.address.to_string()).collect();
        v.sort();
        v.dedup();
        v
    };

    let mut findings = Vec::new();
    for a in &promises.allocations {
        let Some(ls) = by_port.get(&a.port) else {
            findings.push(Finding {
                kind: FindingKind::Down,
                port: a.port,
                project: a.project.clone(),
                service: Some(a.service.clone()),
                addresses: Vec::new(),
                pid: None,
                process: None,
                expected: None,
                message: format!(
                    "`{}` has port {} but nothing listens on it",
                    a.key(),
                    a.port
                ),
            });
            continue;
        };
        let Some(owner) = owner_of(ls) else { continue };
        if let Some((false, expected)) = deployment_match(a, &promises.deployments, owner) {
            let want = match &expected.command {
                Some(c) => format!("{} or `{c}`", expected.unit),
                None => expected.unit.clone(),
            };
            findings.push(Finding {
                kind: FindingKind::WrongProcess,
                port: a.port,
                project: a.project.clone(),
                service: Some(a.service.clone()),
                addresses: addresses(ls),
                pid: Some(owner.pid),
                process: Some(owner.label()),
                expected: Some(want.clone()),
                message: format!(
                    "port {} of `{}` is held by {} (pid {}), not by {want}",
                    a.port,
                    a.key(),
                    owner.label(),
                    owner.pid
                ),
            });
        }
    }
    for (port, ls) in &by_port {
        if allocated.contains_key(port) || reserved(*port) {
            continue;
        }
        let Some(project) = managed(*port) else {
            continue;
        };
        let owner = owner_of(ls);
        let by = owner
            .map(|o| format!(" by {} (pid {})", o.label(), o.pid))
            .unwrap_or_default();
        findings.push(Finding {
            kind: FindingKind::Unallocated,
            port: *port,
            project: project.name.clone(),
            service: None,
            addresses: addresses(ls),
            pid: owner.map(|o| o.pid),
            process: owner.map(Owner::label),
            expected: None,
            message: format!(
                "port {port} in project `{}`'s range {} is listening{by} but not allocated",
                project.name,
                range_text(project.range)
            ),
        });
    }
    findings.sort_by_key(|f| (f.port, f.kind));
    Report {
        allocations: promises.allocations.len(),
        listening_ports: by_port.len(),
        findings,
    }
}

fn range_text(r: PortRange) -> String {
    r.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;
    use std::net::{IpAddr, Ipv4Addr};

    fn alloc(service: &str, port: u16) -> Allocation {
        Allocation {
            project: "shop".into(),
            service: service.into(),
            port,
            hostname: None,
            created: "t".into(),
        }
    }

    fn listener(port: u16, inode: u64) -> Listener {
        Listener {
            address: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port,
            uid: 0,
            inode,
        }
    }

    fn owner(unit: Option<&str>, command: &str) -> Owner {
        Owner {
            pid: 42,
            unit: unit.map(str::to_string),
            command: command.into(),
            argv0: None,
        }
    }

    fn promises() -> Promises {
        Promises {
            projects: vec![Project {
                name: "shop".into(),
                path: None,
                range: PortRange {
                    start: 3000,
                    end: 3099,
                },
                instructions_file: None,
                created: "t".into(),
            }],
            allocations: vec![alloc("web", 3000), alloc("api", 3001), alloc("db", 3002)],
            reservations: vec![Reservation {
                range: PortRange {
                    start: 3050,
                    end: 3050,
                },
                reason: None,
                created: "t".into(),
            }],
            deployments: vec![
                (
                    "shop".into(),
                    "web".into(),
                    r#"{"exec": "/usr/bin/node server.js"}"#.into(),
                ),
                (
                    "shop".into(),
                    "api".into(),
                    r#"{"exec": ["/opt/api/bin/api"]}"#.into(),
                ),
            ],
        }
    }

    #[test]
    fn finds_each_kind() {
        let listeners = [
            listener(3000, 1),
            listener(3001, 2),
            listener(3010, 3),
            listener(3050, 4),
            listener(4000, 5),
        ];
        let report = assess(&promises(), &listeners, |wanted| {
            let mut expect: Vec<u64> = wanted.iter().copied().collect();
            expect.sort();
            assert_eq!(expect, vec![1, 2, 3]);
            HashMap::from([
                (1, owner(Some("meta-web.service"), "node")),
                (2, owner(Some("cron.service"), "python3")),
            ])
        });
        let got: Vec<(FindingKind, u16)> =
            report.findings.iter().map(|f| (f.kind, f.port)).collect();
        assert_eq!(
            got,
            vec![
                (FindingKind::WrongProcess, 3001),
                (FindingKind::Down, 3002),
                (FindingKind::Unallocated, 3010)
            ]
        );
        assert_eq!(report.listening_ports, 5);
        assert_eq!(report.findings[0].process.as_deref(), Some("cron.service"));
    }

    #[test]
    fn command_of_the_spec_also_matches() {
        let p = promises();
        let web = alloc("web", 3000);
        assert_eq!(
            deployment_match(&web, &p.deployments, &owner(None, "node")).map(|m| m.0),
            Some(true)
        );
        assert_eq!(
            deployment_match(&web, &p.deployments, &owner(None, "nodejs")).map(|m| m.0),
            Some(false)
        );
        let api = alloc("api", 3001);
        let mut o = owner(None, "x");
        o.argv0 = Some("/opt/api/bin/api".into());
        assert_eq!(
            deployment_match(&api, &p.deployments, &o).map(|m| m.0),
            Some(true)
        );
        assert!(deployment_match(&alloc("db", 3002), &p.deployments, &o).is_none());
    }
}
