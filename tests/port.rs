//! `meta port` through the binary: get-or-allocate, what it refuses and why, real
//! listening sockets (IPv4 and IPv6) skipped and audited, import, the lock, and bursts of
//! concurrent processes.

mod common;

use std::collections::{BTreeSet, HashSet};
use std::net::{Ipv6Addr, SocketAddr, TcpListener};
use std::process::Stdio;

use common::TestEnv;

/// A project `name` with the given range.
fn project(env: &TestEnv, name: &str, range: &str) {
    env.meta(&["project", "add", name, "--range", range]).ok();
}

fn port_of(run: &common::Run) -> u16 {
    run.stdout
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("not a port: {:?}\n{}", run.stdout, run.stderr))
}

/// `n` consecutive ports, each free for IPv4 and IPv6 at the moment of asking. Found by
/// binding them all, so another test's listener cannot sit in the block at that moment.
fn free_block(n: u16) -> u16 {
    for _ in 0..200 {
        let Ok(probe) = TcpListener::bind("127.0.0.1:0") else {
            continue;
        };
        let Ok(addr) = probe.local_addr() else {
            continue;
        };
        let base = addr.port();
        drop(probe);
        if base < 1024 || u32::from(base) + u32::from(n) > 65535 {
            continue;
        }
        let mut held = Vec::new();
        let all_free = (base..base + n).all(|p| {
            let v4 = TcpListener::bind(("127.0.0.1", p));
            let v6 = TcpListener::bind(SocketAddr::from((Ipv6Addr::LOCALHOST, p)));
            match (v4, v6) {
                (Ok(a), Ok(b)) => {
                    held.push(a);
                    held.push(b);
                    true
                }
                _ => false,
            }
        });
        if all_free {
            return base;
        }
    }
    panic!("no block of {n} free ports found");
}

fn range(base: u16, len: u16) -> String {
    format!("{base}-{}", base + len - 1)
}

#[test]
fn allocate_is_get_or_allocate_and_lowest_first() {
    let env = TestEnv::init();
    let base = free_block(10);
    project(&env, "shop", &range(base, 10));
    let web = port_of(env.meta(&["port", "allocate", "shop", "web"]).ok());
    assert_eq!(web, base);
    let again = env.meta(&["port", "allocate", "shop", "web"]);
    again.ok().stderr_has("unchanged");
    assert_eq!(port_of(&again), web);
    let api = port_of(env.meta(&["port", "allocate", "shop", "api"]).ok());
    assert_eq!(api, base + 1);
    assert_eq!(port_of(env.meta(&["port", "get", "shop", "api"]).ok()), api);

    let json = env
        .meta(&["port", "allocate", "shop", "web", "-o", "json"])
        .ok()
        .json();
    assert_eq!(json["project"], "shop");
    assert_eq!(json["service"], "web");
    assert_eq!(json["port"], u64::from(web));
    assert_eq!(json["change"], "unchanged");
    assert!(json["hostname"].is_null());
    assert!(json["created"].is_string());

    // A released port is handed out again, lowest first.
    env.meta(&["port", "release", "shop", "web"])
        .ok()
        .stderr_has("released port");
    env.meta(&["port", "get", "shop", "web"])
        .code(3)
        .stderr_has("no port allocated");
    assert_eq!(
        port_of(env.meta(&["port", "allocate", "shop", "db"]).ok()),
        base
    );
    env.meta(&["port", "release", "shop", "web"]).code(3);
}

#[test]
fn allocate_skips_ports_listening_on_ipv4_and_ipv6() {
    let env = TestEnv::init();
    let base = free_block(6);
    project(&env, "shop", &range(base, 6));
    let _v4 = TcpListener::bind(("127.0.0.1", base)).unwrap();
    let _v6 = TcpListener::bind(SocketAddr::from((Ipv6Addr::LOCALHOST, base + 1))).unwrap();
    assert_eq!(
        port_of(env.meta(&["port", "allocate", "shop", "web"]).ok()),
        base + 2
    );

    // Asking for a listening port by number says why it is refused.
    env.meta(&[
        "port",
        "allocate",
        "shop",
        "api",
        "--port",
        &base.to_string(),
    ])
    .code(4)
    .stderr_has("listening");
    env.meta(&[
        "port",
        "allocate",
        "shop",
        "api",
        "--port",
        &(base + 1).to_string(),
    ])
    .code(4)
    .stderr_has("listening");

    let list = env.meta(&["port", "list", "-o", "json"]).ok().json();
    assert_eq!(list[0]["port"], u64::from(base + 2));
    assert_eq!(list[0]["listening"], false);
    let _web = TcpListener::bind(("127.0.0.1", base + 2)).unwrap();
    let list = env
        .meta(&["port", "list", "--project", "shop"])
        .ok()
        .stdout
        .clone();
    assert!(list.contains("LISTENING"), "{list}");
    assert!(
        list.lines()
            .nth(1)
            .is_some_and(|l| l.trim_end().ends_with("yes")),
        "{list}"
    );
}

#[test]
fn asked_port_is_refused_with_the_reason() {
    let env = TestEnv::init();
    let base = free_block(10);
    project(&env, "shop", &range(base, 10));
    let b = |off: u16| (base + off).to_string();
    assert_eq!(
        port_of(
            env.meta(&["port", "allocate", "shop", "web", "--port", &b(5)])
                .ok()
        ),
        base + 5
    );
    env.meta(&["port", "allocate", "shop", "api", "--port", &b(5)])
        .code(4)
        .stderr_has("allocated to `shop/web`");
    env.meta(&[
        "port",
        "allocate",
        "shop",
        "api",
        "--port",
        &(base + 10).to_string(),
    ])
    .code(4)
    .stderr_has("outside");
    env.meta(&["port", "reserve", &b(6), "--reason", "legacy thing"])
        .ok();
    env.meta(&["port", "allocate", "shop", "api", "--port", &b(6)])
        .code(4)
        .stderr_has("legacy thing");
    // An existing pair keeps its port.
    env.meta(&["port", "allocate", "shop", "web", "--port", &b(7)])
        .code(4)
        .stderr_has("already has port");
    assert_eq!(
        port_of(
            env.meta(&["port", "allocate", "shop", "web", "--port", &b(5)])
                .ok()
        ),
        base + 5
    );
}

#[test]
fn bad_input_exits_with_the_documented_code() {
    let env = TestEnv::init();
    project(&env, "shop", "41000-41009");
    for bad in ["0", "65536", "abc", "-1", ""] {
        env.meta(&["port", "allocate", "shop", "web", "--port", bad])
            .code(2)
            .stderr_has("error:");
    }
    for bad in ["0", "65536", "abc", "5-3"] {
        env.meta(&["port", "reserve", bad])
            .code(2)
            .stderr_has("error:");
    }
    env.meta(&["port", "allocate", "nope", "web"])
        .code(3)
        .stderr_has("no project named `nope`")
        .stderr_has("hint:");
    env.meta(&["port", "get", "nope", "web"]).code(3);
    env.meta(&["port", "list", "--project", "nope"]).code(3);
    env.meta(&["port", "import", "--project", "nope", "--yes"])
        .code(3);
    env.meta(&["port", "get", "shop", "web"]).code(3);
    env.meta(&["port", "allocate", "shop", "Web"])
        .code(2)
        .stderr_has("service name");
    env.meta(&["port", "allocate", "shop", "a;b"]).code(2);
    // Nothing half-written: no allocation came of any of it.
    let list = env.meta(&["port", "list", "-o", "json"]).ok().json();
    assert_eq!(list.as_array().map(Vec::len), Some(0));
    let err = env.meta(&["port", "get", "shop", "web", "-o", "json"]);
    assert!(
        err.stderr.contains("\"kind\":\"not_found\""),
        "{}",
        err.stderr
    );
}

#[test]
fn hostnames_are_validated_and_held_once() {
    let env = TestEnv::init();
    project(&env, "shop", "41100-41109");
    env.meta(&[
        "port",
        "allocate",
        "shop",
        "web",
        "--hostname",
        "Shop.example.com",
    ])
    .code(2)
    .stderr_has("lowercase");
    env.meta(&[
        "port",
        "allocate",
        "shop",
        "web",
        "--hostname",
        "*.example.com",
    ])
    .code(2)
    .stderr_has("--wildcard");
    let long = format!("{}.example.com", "a".repeat(64));
    env.meta(&["port", "allocate", "shop", "web", "--hostname", &long])
        .code(2)
        .stderr_has("63");
    env.meta(&["port", "allocate", "shop", "web", "--hostname", "a..b"])
        .code(2)
        .stderr_has("empty label");
    env.meta(&["port", "get", "shop", "web"]).code(3);

    let web = env
        .meta(&[
            "port",
            "allocate",
            "shop",
            "web",
            "--hostname",
            "shop.example.com",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(web["hostname"], "shop.example.com");
    env.meta(&[
        "port",
        "allocate",
        "shop",
        "api",
        "--hostname",
        "shop.example.com",
    ])
    .code(4)
    .stderr_has("already held by `shop/web`");
    env.meta(&["port", "get", "shop", "api"]).code(3);
    env.meta(&[
        "port",
        "allocate",
        "shop",
        "api",
        "--hostname",
        "*.shop.example.com",
        "--wildcard",
    ])
    .ok();
    // A new hostname for an existing pair replaces the old one and keeps the port.
    let moved = env
        .meta(&[
            "port",
            "allocate",
            "shop",
            "web",
            "--hostname",
            "www.example.com",
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(moved["change"], "updated");
    assert_eq!(moved["port"], web["port"]);
    env.meta(&[
        "port",
        "allocate",
        "shop",
        "db",
        "--hostname",
        "shop.example.com",
    ])
    .ok();
}

#[test]
fn full_range_is_a_conflict_with_a_hint() {
    let env = TestEnv::init();
    let base = free_block(3);
    project(&env, "tiny", &range(base, 3));
    env.meta(&["port", "allocate", "tiny", "a"]).ok();
    env.meta(&["port", "reserve", &(base + 1).to_string()]).ok();
    env.meta(&["port", "allocate", "tiny", "b"]).ok();
    env.meta(&["port", "allocate", "tiny", "c"])
        .code(4)
        .stderr_has("no free port")
        .stderr_has("hint:")
        .stderr_has("--range");
    env.meta(&["port", "get", "tiny", "c"]).code(3);
}

#[test]
fn reserve_and_unreserve() {
    let env = TestEnv::init();
    let base = free_block(30);
    let p = |off: u16| (base + off).to_string();
    let r = |a: u16, b: u16| format!("{}-{}", base + a, base + b);
    project(&env, "shop", &range(base, 30));
    env.meta(&["port", "allocate", "shop", "web"]).ok();
    env.meta(&["port", "reserve", &r(0, 10)])
        .code(4)
        .stderr_has("allocated to `shop/web`");
    env.meta(&["port", "reserve", &r(1, 10), "--reason", "old app"])
        .ok();
    env.meta(&["port", "reserve", &r(1, 10)])
        .ok()
        .stderr_has("unchanged");
    env.meta(&["port", "reserve", &r(5, 20)])
        .code(4)
        .stderr_has("overlaps");
    env.meta(&["port", "reserve", "22"]).ok();
    assert_eq!(
        port_of(env.meta(&["port", "allocate", "shop", "api"]).ok()),
        base + 11
    );

    let rs = env
        .meta(&["port", "reservations", "-o", "json"])
        .ok()
        .json();
    assert_eq!(rs.as_array().map(Vec::len), Some(2));
    assert_eq!(rs[0]["range"], "22");
    assert_eq!(rs[1]["range"], r(1, 10));
    assert_eq!(rs[1]["reason"], "old app");

    env.meta(&["port", "unreserve", &p(5)])
        .code(4)
        .stderr_has(&r(1, 10));
    env.meta(&["port", "unreserve", "80"]).code(3);
    env.meta(&["port", "unreserve", &r(1, 10), "--dry-run"])
        .ok()
        .stdout_has(&format!("remove the reservation {}", r(1, 10)));
    env.meta(&["port", "unreserve", "1-65535"])
        .ok()
        .stderr_has("removed the reservation 22");
    let rs = env
        .meta(&["port", "reservations", "-o", "json"])
        .ok()
        .json();
    assert_eq!(rs.as_array().map(Vec::len), Some(0));
}

#[test]
fn dry_run_changes_nothing() {
    let env = TestEnv::init();
    let base = free_block(10);
    let first = base.to_string();
    project(&env, "shop", &range(base, 10));
    env.meta(&["port", "allocate", "shop", "web", "--dry-run"])
        .ok()
        .stdout_has(&format!("allocate port {base} to `shop/web`"));
    env.meta(&["port", "get", "shop", "web"]).code(3);
    let plan = env
        .meta(&["port", "allocate", "shop", "web", "--dry-run", "-o", "json"])
        .ok()
        .json();
    assert_eq!(plan["changes"], 1);
    assert_eq!(plan["steps"][0]["kind"], "state_change");
    env.meta(&["port", "reserve", &first, "--dry-run"])
        .ok()
        .stdout_has(&format!("reserve {base}"));
    env.meta(&["port", "allocate", "shop", "web"]).ok();
    env.meta(&["port", "release", "shop", "web", "--dry-run"])
        .ok()
        .stdout_has(&format!("release port {base}"));
    env.meta(&["port", "allocate", "shop", "web", "--dry-run"])
        .ok()
        .stdout_has("nothing to change");
    env.meta(&["port", "import", "--project", "shop", "--dry-run"])
        .ok()
        .stdout_has("nothing to change");
    assert_eq!(
        port_of(env.meta(&["port", "get", "shop", "web"]).ok()),
        base
    );
    let rs = env
        .meta(&["port", "reservations", "-o", "json"])
        .ok()
        .json();
    assert_eq!(rs.as_array().map(Vec::len), Some(0));
}

#[test]
fn mutations_are_in_the_audit_log() {
    let env = TestEnv::init();
    project(&env, "shop", "41400-41409");
    env.meta(&["port", "allocate", "shop", "web"]).ok();
    env.meta(&["port", "reserve", "41405"]).ok();
    env.meta(&["port", "release", "shop", "web"]).ok();
    env.meta(&["port", "allocate", "shop", "api", "--dry-run"])
        .ok();
    let log = env
        .meta(&["audit", "log", "-o", "json"])
        .ok()
        .stdout
        .clone();
    assert!(log.contains("port/shop/web"), "{log}");
    assert!(log.contains("port release"), "{log}");
    assert!(log.contains("port/reserved/41405"), "{log}");
    assert!(!log.contains("port/shop/api"), "{log}");
}

/// Adds a deployment row the way `meta deploy` keeps one: name, project, spec JSON.
fn add_deployment(env: &TestEnv, project: &str, name: &str, spec: &str) {
    let conn = rusqlite::Connection::open(env.state_path()).unwrap();
    conn.execute(
        "INSERT INTO deployments (name, project_id, spec, created, updated) \
         SELECT ?1, id, ?3, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM projects WHERE name = ?2",
        [name, project, spec],
    )
    .unwrap();
}

#[test]
fn audit_reports_each_kind_of_finding() {
    let env = TestEnv::init();
    let base = free_block(8);
    project(&env, "shop", &range(base, 8));
    env.meta(&["port", "allocate", "shop", "web"]).ok(); // base: nothing will listen
    env.meta(&["port", "allocate", "shop", "api"]).ok(); // base+1: held by this test, a deployment says otherwise
    env.meta(&["port", "allocate", "shop", "db"]).ok(); // base+2: listening, no deployment: fine
    env.meta(&["port", "reserve", &(base + 5).to_string()]).ok();
    add_deployment(
        &env,
        "shop",
        "api",
        r#"{"exec": "/usr/bin/api-server --port 1"}"#,
    );

    // Before anything listens: three allocations down.
    let r = env.meta(&["port", "audit", "-o", "json"]);
    r.code(9);
    assert_eq!(r.json()["findings"].as_array().map(Vec::len), Some(3));

    let _api = TcpListener::bind(("127.0.0.1", base + 1)).unwrap();
    let _db = TcpListener::bind(SocketAddr::from((Ipv6Addr::LOCALHOST, base + 2))).unwrap();
    let _stray4 = TcpListener::bind(("127.0.0.1", base + 3)).unwrap();
    let _stray6 = TcpListener::bind(SocketAddr::from((Ipv6Addr::LOCALHOST, base + 4))).unwrap();
    let _reserved = TcpListener::bind(("127.0.0.1", base + 5)).unwrap();

    let r = env.meta(&["port", "audit", "-o", "json"]);
    r.code(9).stderr_has("error:");
    let report = r.json();
    let findings = report["findings"].as_array().unwrap();
    let got: Vec<(String, u64)> = findings
        .iter()
        .map(|f| {
            (
                f["kind"].as_str().unwrap().to_string(),
                f["port"].as_u64().unwrap(),
            )
        })
        .collect();
    let p = |off: u16| u64::from(base + off);
    assert_eq!(
        got,
        vec![
            ("down".to_string(), p(0)),
            ("wrong_process".to_string(), p(1)),
            ("unallocated".to_string(), p(3)),
            ("unallocated".to_string(), p(4)),
        ],
        "{report:#}"
    );
    let me = std::process::id();
    let wrong = &findings[1];
    assert_eq!(wrong["service"], "api");
    assert_eq!(wrong["pid"], me);
    assert!(wrong["expected"]
        .as_str()
        .unwrap()
        .contains("meta-api.service"));
    assert!(wrong["expected"].as_str().unwrap().contains("api-server"));
    assert_eq!(findings[2]["addresses"][0], "127.0.0.1");
    assert_eq!(findings[3]["addresses"][0], "::1");
    assert_eq!(findings[3]["pid"], me);
    assert!(findings[3]["process"].is_string());
    assert!(report["listening_ports"].as_u64().unwrap() >= 5);

    // Table form: one row per finding, and one `error:` line summing them up.
    let table = env.meta(&["port", "audit"]);
    table.code(9).stderr_has(
        "4 problems: 1 allocated but down, 2 listening but unallocated, 1 held by the wrong process",
    );
    assert_eq!(table.stdout.lines().count(), 5, "{}", table.stdout);
    assert_eq!(
        table.stderr.matches("error:").count(),
        1,
        "{}",
        table.stderr
    );
}

#[test]
fn audit_of_a_healthy_host_exits_zero() {
    let env = TestEnv::init();
    let base = free_block(4);
    project(&env, "shop", &range(base, 4));
    env.meta(&["port", "allocate", "shop", "web"]).ok();
    let _web = TcpListener::bind(("127.0.0.1", base)).unwrap();
    let r = env.meta(&["port", "audit", "-o", "json"]);
    r.ok();
    assert_eq!(r.json()["findings"].as_array().map(Vec::len), Some(0));
}

#[test]
fn import_adopts_listeners_after_confirmation() {
    let env = TestEnv::init();
    let base = free_block(6);
    project(&env, "shop", &range(base, 6));
    project(&env, "other", &range(free_block(3), 3));
    env.meta(&["port", "allocate", "shop", "web"]).ok(); // base
    let _a = TcpListener::bind(("127.0.0.1", base + 2)).unwrap();
    let _b = TcpListener::bind(SocketAddr::from((Ipv6Addr::LOCALHOST, base + 3))).unwrap();

    env.meta(&["port", "import", "--project", "shop"])
        .code(2)
        .stderr_has("--yes");
    env.meta(&["port", "import", "--project", "shop", "--dry-run"])
        .ok()
        .stdout_has(&format!("allocate port {}", base + 2))
        .stdout_has(&format!("allocate port {}", base + 3));
    let before = env.meta(&["port", "list", "-o", "json"]).ok().json();
    assert_eq!(before.as_array().map(Vec::len), Some(1));

    // What is adopted is shown before the question (answered by --yes here).
    let out = env
        .meta(&["port", "import", "--project", "shop", "--yes", "-o", "json"])
        .ok()
        .stderr_has(&format!("allocate port {}", base + 2))
        .stderr_has(&format!("allocate port {}", base + 3))
        .json();
    let adopted = out["adopted"].as_array().unwrap();
    assert_eq!(adopted.len(), 2, "{out:#}");
    // Both sockets are this test's, so the second gets the port in its name.
    let comm = std::fs::read_to_string("/proc/self/comm").unwrap();
    let first = adopted[0]["service"].as_str().unwrap().to_string();
    let second = adopted[1]["service"].as_str().unwrap().to_string();
    assert!(
        !first.is_empty()
            && comm
                .to_lowercase()
                .starts_with(&first[..first.len().min(4)]),
        "{first} vs {comm}"
    );
    assert_eq!(second, format!("{first}-{}", base + 3));
    assert_eq!(
        port_of(env.meta(&["port", "get", "shop", &first]).ok()),
        base + 2
    );
    // Imported ports are now promised: allocate skips them, audit no longer reports them.
    assert_eq!(
        port_of(env.meta(&["port", "allocate", "shop", "next"]).ok()),
        base + 1
    );
    env.meta(&["port", "import", "--yes"])
        .ok()
        .stderr_has("nothing to import");
}

#[test]
fn a_locked_state_file_is_busy() {
    let mut env = TestEnv::init();
    project(&env, "shop", "41500-41509");
    let conn = rusqlite::Connection::open(env.state_path()).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE").unwrap();
    env.env("META_LOCK_TIMEOUT", "0.3");
    env.meta(&["port", "allocate", "shop", "web"])
        .code(7)
        .stderr_has("busy")
        .stderr_has("META_LOCK_TIMEOUT");
    conn.execute_batch("ROLLBACK").unwrap();
    env.meta(&["port", "allocate", "shop", "web"]).ok();
}

/// Starts every process first, then waits for them all.
fn burst(env: &TestEnv, args: &[Vec<String>]) -> Vec<(i32, String, String)> {
    let children: Vec<_> = args
        .iter()
        .map(|a| {
            let a: Vec<&str> = a.iter().map(String::as_str).collect();
            env.command(&a)
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn meta")
        })
        .collect();
    children
        .into_iter()
        .map(|c| {
            let out = c.wait_with_output().expect("wait for meta");
            (
                out.status.code().unwrap_or(-1),
                String::from_utf8_lossy(&out.stdout).into_owned(),
                String::from_utf8_lossy(&out.stderr).into_owned(),
            )
        })
        .collect()
}

#[test]
fn two_hundred_processes_get_two_hundred_ports() {
    let env = TestEnv::init();
    project(&env, "burst", "42000-42999");
    let args: Vec<Vec<String>> = (0..200)
        .map(|i| {
            vec![
                "port".into(),
                "allocate".into(),
                "burst".into(),
                format!("svc{i}"),
            ]
        })
        .collect();
    let results = burst(&env, &args);
    let mut ports = BTreeSet::new();
    for (code, out, err) in &results {
        assert_eq!(*code, 0, "stderr: {err}");
        let port: u16 = out.trim().parse().expect("a port");
        assert!((42000..=42999).contains(&port));
        ports.insert(port);
    }
    assert_eq!(ports.len(), 200);
    let list = env.meta(&["port", "list", "-o", "json"]).ok().json();
    assert_eq!(list.as_array().map(Vec::len), Some(200));
}

#[test]
fn fifty_processes_for_one_service_get_one_port() {
    let env = TestEnv::init();
    project(&env, "burst", "43000-43999");
    let args: Vec<Vec<String>> = (0..50)
        .map(|_| {
            vec![
                "port".into(),
                "allocate".into(),
                "burst".into(),
                "web".into(),
            ]
        })
        .collect();
    let results = burst(&env, &args);
    let mut printed = HashSet::new();
    for (code, out, err) in &results {
        assert_eq!(*code, 0, "stderr: {err}");
        printed.insert(out.clone());
    }
    assert_eq!(printed.len(), 1, "{printed:?}");
    let list = env.meta(&["port", "list", "-o", "json"]).ok().json();
    assert_eq!(list.as_array().map(Vec::len), Some(1));
}
