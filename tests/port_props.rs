//! Property test of the allocation rules at the domain level, on a temp state file: for
//! any sequence of allocate, release, reserve and unreserve, no two live allocations share
//! a port, every port lies in its project's range and outside every reservation, and a
//! pair that is allocated again keeps its port.

use std::collections::{BTreeMap, HashSet};

use meta::core::state::State;
use meta::port::{self, AllocateRequest, PortSet};
use meta::project::{self, AddRequest, PortRange};
use proptest::prelude::*;

const PROJECTS: [(&str, u16, u16); 2] = [("alpha", 20000, 20011), ("beta", 20012, 20019)];
const SERVICES: [&str; 8] = [
    "web", "api", "db", "cache", "queue", "mail", "search", "auth",
];

#[derive(Debug, Clone)]
enum Op {
    Allocate {
        project: usize,
        service: usize,
        port: Option<u16>,
    },
    Release {
        project: usize,
        service: usize,
    },
    Reserve {
        start: u16,
        len: u16,
    },
    Unreserve {
        start: u16,
        len: u16,
    },
    /// Something starts listening on a port, or stops.
    Listen(u16),
}

fn op() -> impl Strategy<Value = Op> {
    // Ports a little outside both ranges too, so out-of-range asks are tried.
    let port = 19995u16..20025;
    prop_oneof![
        5 => (0..2usize, 0..SERVICES.len(), proptest::option::of(port.clone()))
            .prop_map(|(project, service, port)| Op::Allocate { project, service, port }),
        2 => (0..2usize, 0..SERVICES.len()).prop_map(|(project, service)| Op::Release { project, service }),
        1 => (port.clone(), 1u16..4).prop_map(|(start, len)| Op::Reserve { start, len }),
        1 => (port.clone(), 1u16..6).prop_map(|(start, len)| Op::Unreserve { start, len }),
        1 => port.prop_map(Op::Listen),
    ]
}

fn check_invariants(state: &mut State) {
    let live = PortSet::default();
    let all = port::list(state, None, &live).expect("list");
    let reservations = port::reservations(state).expect("reservations");
    let mut seen = HashSet::new();
    for l in &all {
        let a = &l.allocation;
        assert!(seen.insert(a.port), "port {} is held twice", a.port);
        let (_, start, end) = PROJECTS
            .iter()
            .find(|(n, _, _)| *n == a.project)
            .expect("known project");
        assert!(
            (*start..=*end).contains(&a.port),
            "{}/{} has {} outside {start}-{end}",
            a.project,
            a.service,
            a.port
        );
        assert!(
            !reservations.iter().any(|r| r.range.contains(a.port)),
            "{}/{} has reserved port {}",
            a.project,
            a.service,
            a.port
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn allocations_never_collide(ops in proptest::collection::vec(op(), 1..60)) {
        let dir = tempfile::tempdir().unwrap();
        let mut state = State::create(&dir.path().join("state.db")).unwrap();
        for (name, start, end) in PROJECTS {
            let req = AddRequest {
                name,
                path: None,
                range: Some(PortRange { start, end }),
                instructions_file: None,
            };
            project::add(&mut state, &req, false).unwrap();
        }
        let mut listening: HashSet<u16> = HashSet::new();
        let mut known: BTreeMap<(usize, usize), u16> = BTreeMap::new();
        for op in ops {
            match op {
                Op::Allocate { project, service, port } => {
                    let snapshot = listening.clone();
                    let probe = move || {
                        let mut set = PortSet::default();
                        for p in &snapshot {
                            set.insert(*p);
                        }
                        Ok(set)
                    };
                    let req = AllocateRequest {
                        project: PROJECTS[project].0,
                        service: SERVICES[service],
                        hostname: None,
                        wildcard: false,
                        port,
                    };
                    match port::allocate(&mut state, &req, &probe, false) {
                        Ok((a, _, _)) => {
                            if let Some(before) = known.get(&(project, service)) {
                                prop_assert_eq!(*before, a.port, "a pair changed its port");
                            } else {
                                prop_assert!(!listening.contains(&a.port), "took listening port {}", a.port);
                            }
                            if let Some(asked) = port {
                                prop_assert_eq!(asked, a.port);
                            }
                            known.insert((project, service), a.port);
                        }
                        Err(e) => {
                            prop_assert_eq!(e.kind.exit_code(), 4, "{}", e.message);
                            prop_assert!(
                                port.is_some() || !known.contains_key(&(project, service)),
                                "an allocated pair was refused: {}", e.message
                            );
                        }
                    }
                }
                Op::Release { project, service } => {
                    let r = port::release(&mut state, PROJECTS[project].0, SERVICES[service], false);
                    match r {
                        Ok(_) => prop_assert!(known.remove(&(project, service)).is_some()),
                        Err(e) => {
                            prop_assert_eq!(e.kind.exit_code(), 3);
                            prop_assert!(!known.contains_key(&(project, service)));
                        }
                    }
                }
                Op::Reserve { start, len } => {
                    let range = PortRange { start, end: start + len - 1 };
                    if let Err(e) = port::reserve(&mut state, range, None, false) {
                        prop_assert_eq!(e.kind.exit_code(), 4, "{}", e.message);
                    }
                }
                Op::Unreserve { start, len } => {
                    let range = PortRange { start, end: start + len - 1 };
                    if let Err(e) = port::unreserve(&mut state, range, false) {
                        prop_assert!(matches!(e.kind.exit_code(), 3 | 4), "{}", e.message);
                    }
                }
                Op::Listen(p) => {
                    if !listening.remove(&p) {
                        listening.insert(p);
                    }
                }
            }
            check_invariants(&mut state);
        }
    }
}
