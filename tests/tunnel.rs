//! `meta tunnel` end to end: config.yml under `--root`, stand-ins for `cloudflared` and
//! `systemctl`, a loopback `/ready`, and the fake Cloudflare API for `--remote` and `route`.

mod common;
mod fake_cloudflare;

use std::io::{Read, Write};
use std::net::TcpListener;
use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use common::{allocate, TestEnv};
use fake_cloudflare::{Fake, TOKEN};
use serde_json::json;

const TUNNEL: &str = "6ff42ae2-765d-4adf-8112-31c55c1551ef";

/// A real-world-shaped config.yml: comments, `originRequest` blocks, a path rule, a
/// wildcard host, keys after `ingress:`.
const REAL: &str = include_str!("fixtures/cloudflared-config.yml");

fn config_file(env: &TestEnv) -> PathBuf {
    env.root.join("etc/cloudflared/config.yml")
}

fn write_config(env: &TestEnv, text: &str) {
    let p = config_file(env);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

fn read_config(env: &TestEnv) -> String {
    std::fs::read_to_string(config_file(env)).unwrap()
}

fn script(env: &TestEnv, name: &str, body: &str) -> PathBuf {
    let p = env.path(name);
    std::fs::write(&p, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
    p
}

/// A loopback server answering `GET /ready` with 200, for as long as the test runs.
fn ready_server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    std::thread::spawn(move || {
        for mut s in listener.incoming().flatten() {
            let mut buf = [0u8; 1024];
            let _ = s.read(&mut buf);
            let _ =
                s.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nOK");
        }
    });
    addr
}

/// An address where nothing listens.
fn dead_address() -> String {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let a = l.local_addr().unwrap().to_string();
    drop(l);
    a
}

/// The block `meta` writes for the two usual allocations.
const BLOCK: &str = "  # BEGIN meta tunnel\n  - hostname: api.example.com\n    service: http://localhost:3002\n  - hostname: shop.example.com\n    service: http://localhost:3001\n  # END meta tunnel\n";

fn two_allocations(env: &TestEnv) {
    allocate(env, "shop", "web", 3001, "shop.example.com");
    allocate(env, "shop", "api", 3002, "api.example.com");
}

#[test]
fn sync_writes_the_block_before_the_catch_all_and_keeps_every_other_byte() {
    let env = TestEnv::init();
    write_config(&env, REAL);
    two_allocations(&env);
    env.meta(&["tunnel", "sync", "--dry-run"])
        .ok()
        .stdout_has("~ update /etc/cloudflared/config.yml")
        .stdout_has("+  - hostname: shop.example.com");
    assert_eq!(read_config(&env), REAL);
    env.meta(&["tunnel", "sync", "--check"])
        .code(8)
        .stdout_has("+  - hostname: api.example.com");
    let run = env.meta(&["tunnel", "sync", "-o", "json"]);
    run.ok();
    assert_eq!(run.json()["rules"], 2);
    let expected = REAL.replace(
        "  - service: http_status:404\n",
        &format!("{BLOCK}  - service: http_status:404\n"),
    );
    assert_eq!(read_config(&env), expected);
    env.meta(&["tunnel", "sync"])
        .ok()
        .stderr_has("nothing to change");
    env.meta(&["tunnel", "sync", "--check"]).ok();
    let shown = env.meta(&["tunnel", "show", "-o", "json"]);
    shown.ok();
    let rules = shown.json();
    assert_eq!(rules.as_array().unwrap().len(), 5);
    assert_eq!(rules[0]["hostname"], "wiki.example.com");
    assert_eq!(rules[0]["managed"], false);
    assert_eq!(rules[2]["managed"], true);
    allocate(&env, "shop", "admin", 3003, "admin.example.com");
    env.meta(&["tunnel", "diff"])
        .ok()
        .stdout_has("+  - hostname: admin.example.com");
    env.meta(&["tunnel", "sync", "--check"]).code(8);
    let audit = env.meta(&["audit", "log", "--target", "tunnel/", "-o", "json"]);
    assert!(audit.stdout.contains("tunnel sync"), "{}", audit.stdout);
}

#[test]
fn check_shows_the_plan_dry_run_shows() {
    let env = TestEnv::init();
    write_config(&env, REAL);
    two_allocations(&env);
    let dry = env.meta(&["tunnel", "sync", "--dry-run", "-o", "json"]);
    dry.ok();
    let check = env.meta(&["tunnel", "sync", "--check", "-o", "json"]);
    check.code(8);
    assert_eq!(check.json(), dry.json());
    assert_eq!(check.json()["steps"][0]["kind"], "write_file");
    assert_eq!(read_config(&env), REAL);
    env.meta(&["tunnel", "sync"]).ok();
    let check = env.meta(&["tunnel", "sync", "--check", "-o", "json"]);
    check.ok();
    assert_eq!(check.json()["steps"], json!([]));

    let fake = Fake::start();
    let env = remote_env(&fake);
    two_allocations(&env);
    let dry = env.meta(&["tunnel", "sync", "--remote", "--dry-run", "-o", "json"]);
    dry.ok();
    let check = env.meta(&["tunnel", "sync", "--remote", "--check", "-o", "json"]);
    check.code(8);
    assert_eq!(check.json(), dry.json());
    assert_eq!(check.json()["steps"][0]["kind"], "api_call");
    assert!(fake.writes().is_empty());
}

#[test]
fn a_wildcard_hostname_is_written_quoted_and_read_back() {
    let env = TestEnv::init();
    write_config(&env, REAL);
    two_allocations(&env);
    env.meta(&[
        "port",
        "allocate",
        "shop",
        "preview",
        "--hostname",
        "*.preview.example.com",
        "--wildcard",
    ])
    .ok();
    // Unquoted, `*` would start a YAML alias.
    env.meta(&["tunnel", "sync"]).ok();
    assert!(
        read_config(&env).contains("  # BEGIN meta tunnel\n  - hostname: \"*.preview.example.com\"\n    service: http://localhost:"),
        "{}",
        read_config(&env)
    );
    env.meta(&["tunnel", "sync"])
        .ok()
        .stderr_has("nothing to change");
    let shown = env.meta(&["tunnel", "show", "-o", "json"]);
    shown.ok();
    let rules = shown.json();
    assert_eq!(rules[2]["hostname"], "*.preview.example.com");
    assert_eq!(rules[2]["managed"], true);
}

#[test]
fn a_missing_config_or_ingress_gets_a_block_with_key_and_catch_all() {
    let env = TestEnv::init();
    two_allocations(&env);
    env.meta(&["tunnel", "sync"]).ok();
    assert_eq!(
        read_config(&env),
        "# BEGIN meta tunnel\ningress:\n  - hostname: api.example.com\n    service: http://localhost:3002\n  - hostname: shop.example.com\n    service: http://localhost:3001\n  - service: http_status:404\n# END meta tunnel\n"
    );
    let env = TestEnv::init();
    two_allocations(&env);
    write_config(&env, "tunnel: x\ncredentials-file: /y.json\n");
    env.meta(&["tunnel", "sync"]).ok();
    assert!(read_config(&env)
        .starts_with("tunnel: x\ncredentials-file: /y.json\n# BEGIN meta tunnel\ningress:\n"));
}

#[test]
fn crlf_files_stay_crlf() {
    let env = TestEnv::init();
    let crlf = REAL.replace('\n', "\r\n");
    write_config(&env, &crlf);
    two_allocations(&env);
    env.meta(&["tunnel", "sync"]).ok();
    let out = read_config(&env);
    assert_eq!(
        out,
        crlf.replace(
            "  - service: http_status:404\r\n",
            &format!(
                "{}  - service: http_status:404\r\n",
                BLOCK.replace('\n', "\r\n")
            )
        )
    );
}

#[test]
fn a_catch_all_in_the_middle_is_refused_and_nothing_is_written() {
    let env = TestEnv::init();
    let bad = "ingress:\n  - service: http_status:404\n  - hostname: wiki.example.com\n    service: http://localhost:8080\n";
    write_config(&env, bad);
    two_allocations(&env);
    env.meta(&["tunnel", "sync"])
        .code(6)
        .stderr_has("catch-all")
        .stderr_has("hint: move the catch-all");
    assert_eq!(read_config(&env), bad);
    let bad_service = "ingress:\n  - hostname: wiki.example.com\n    service: http://localhost:8080/path\n  - service: http_status:404\n";
    write_config(&env, bad_service);
    env.meta(&["tunnel", "sync"])
        .code(6)
        .stderr_has("has a path");
    assert_eq!(read_config(&env), bad_service);
}

#[test]
fn the_cloudflared_binary_checks_the_new_file_when_configured() {
    let mut env = TestEnv::init();
    write_config(&env, REAL);
    two_allocations(&env);
    let log = env.path("cloudflared.log");
    let bin = script(
        &env,
        "cloudflared",
        &format!(
            "echo \"$@\" >> {log}\nif grep -q refuse.example.com \"$3\"; then echo 'error: ingress rule refused' >&2; exit 1; fi\necho OK",
            log = log.display()
        ),
    );
    env.env("META_CLOUDFLARED", bin.to_str().unwrap());
    env.meta(&["tunnel", "sync"]).ok();
    let calls = std::fs::read_to_string(&log).unwrap();
    assert!(calls.starts_with("tunnel --config "), "{calls}");
    assert!(calls.trim_end().ends_with(" ingress validate"), "{calls}");
    let before = read_config(&env);
    allocate(&env, "shop", "bad", 3009, "refuse.example.com");
    env.meta(&["tunnel", "sync"])
        .code(6)
        .stderr_has("`cloudflared` failed (exit status: 1): error: ingress rule refused")
        .stderr_has("the step before it was undone");
    assert_eq!(read_config(&env), before);
    let leftovers: Vec<_> = std::fs::read_dir(config_file(&env).parent().unwrap())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "temp files left behind: {leftovers:?}");
}

fn systemctl(env: &mut TestEnv) -> PathBuf {
    let log = env.path("systemctl.log");
    let bin = script(
        env,
        "systemctl",
        &format!("echo \"$@\" >> {}", log.display()),
    );
    env.env("META_SYSTEMCTL", bin.to_str().unwrap());
    log
}

#[test]
fn restart_waits_for_ready() {
    let mut env = TestEnv::init();
    write_config(&env, REAL);
    two_allocations(&env);
    let log = systemctl(&mut env);
    env.meta(&["config", "set", "cloudflare.metrics", &ready_server()])
        .ok();
    env.meta(&["tunnel", "sync", "--restart", "--dry-run"])
        .ok()
        .stdout_has("> systemctl restart cloudflared");
    assert!(!log.exists());
    let run = env.meta(&["tunnel", "sync", "--restart", "-o", "json"]);
    run.ok();
    assert_eq!(run.json()["restarted"], true);
    assert_eq!(
        std::fs::read_to_string(&log).unwrap(),
        "restart cloudflared\n"
    );
    assert!(read_config(&env).contains("shop.example.com"));
    // Nothing changed: no restart.
    env.meta(&["tunnel", "sync", "--restart"]).ok();
    assert_eq!(
        std::fs::read_to_string(&log).unwrap(),
        "restart cloudflared\n"
    );
}

#[test]
fn a_restart_that_never_gets_ready_is_rolled_back() {
    let mut env = TestEnv::init();
    write_config(&env, REAL);
    two_allocations(&env);
    let log = systemctl(&mut env);
    env.meta(&["config", "set", "cloudflare.metrics", &dead_address()])
        .ok();
    env.meta(&["tunnel", "sync", "--restart", "--ready-timeout", "1"])
        .code(6)
        .stderr_has("/ready` did not answer within 1 s")
        .stderr_has("the 2 steps before it were undone");
    assert_eq!(read_config(&env), REAL);
    assert_eq!(
        std::fs::read_to_string(&log).unwrap(),
        "restart cloudflared\nrestart cloudflared\n"
    );
}

#[test]
fn a_failing_restart_puts_the_old_config_back() {
    let mut env = TestEnv::init();
    write_config(&env, REAL);
    two_allocations(&env);
    let log = env.path("systemctl.log");
    let bin = script(
        &env,
        "systemctl",
        &format!(
            "echo \"$@\" >> {}\necho 'Job for cloudflared.service failed' >&2\nexit 1",
            log.display()
        ),
    );
    env.env("META_SYSTEMCTL", bin.to_str().unwrap());
    env.meta(&["tunnel", "sync", "--restart"])
        .code(6)
        .stderr_has("Job for cloudflared.service failed")
        .stderr_has("the step before it was undone")
        .stderr_has("after putting the files back");
    // Nothing is left for `meta recover`: the next command runs.
    env.meta(&["tunnel", "sync", "--check"]).code(8);
    env.meta(&["recover"]).ok().stderr_has("nothing to recover");
    assert_eq!(read_config(&env), REAL);
    assert_eq!(
        std::fs::read_to_string(&log).unwrap(),
        "restart cloudflared\nrestart cloudflared\n"
    );
}

/// Whether `pid` still runs. A killed orphan stays a zombie until PID 1 reaps it, and not
/// every PID 1 does (a container's often does not); a zombie runs nothing.
fn running(pid: i32) -> bool {
    // SAFETY: signal 0 only asks whether the process exists.
    if unsafe { libc::kill(pid, 0) } != 0 {
        return false;
    }
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let state = stat
        .rsplit_once(") ")
        .and_then(|(_, rest)| rest.chars().next());
    !matches!(state, None | Some('Z' | 'X'))
}

#[test]
fn a_restart_that_hangs_is_killed_at_its_deadline_and_rolled_back() {
    let mut env = TestEnv::init();
    write_config(&env, REAL);
    two_allocations(&env);
    // A systemctl that never returns, and starts a child of its own that would outlive it.
    let pids = env.path("systemctl.pids");
    let bin = script(
        &env,
        "systemctl",
        &format!(
            "echo \"$$\" >> {p}\necho 'waiting for cloudflared.service' >&2\nsleep 600 &\necho \"$!\" >> {p}\nwait",
            p = pids.display()
        ),
    );
    env.env("META_SYSTEMCTL", bin.to_str().unwrap());
    env.meta(&["config", "set", "timeout.systemctl", "1s"]).ok();
    let started = Instant::now();
    let run = env.meta(&["tunnel", "sync", "--restart", "-o", "json"]);
    let took = started.elapsed();
    run.code(6)
        .stderr_has("`systemctl restart cloudflared` did not finish within 1 s and was killed")
        .stderr_has("its last output: waiting for cloudflared.service")
        .stderr_has("the step before it was undone")
        .stderr_has("hint: if `systemctl` needs longer here, raise its deadline");
    // Two restarts (the change, then the old config again), a second each.
    assert!(took < Duration::from_secs(15), "took {took:?}");
    assert_eq!(read_config(&env), REAL);
    let object: serde_json::Value = run
        .stderr
        .lines()
        .find_map(|l| serde_json::from_str(l).ok())
        .expect("a JSON error object on stderr");
    assert_eq!(object["error"]["code"], 6);
    assert_eq!(object["error"]["kind"], "validation");
    assert!(object["error"].get("status").is_none(), "{object}");
    let pids: Vec<i32> = std::fs::read_to_string(&pids)
        .unwrap()
        .lines()
        .map(|l| l.trim().parse().unwrap())
        .collect();
    assert_eq!(pids.len(), 4, "two stand-ins and their sleeps: {pids:?}");
    let gone = Instant::now() + Duration::from_secs(2);
    while pids.iter().any(|&p| running(p)) && Instant::now() < gone {
        std::thread::sleep(Duration::from_millis(20));
    }
    let left: Vec<i32> = pids.into_iter().filter(|&p| running(p)).collect();
    assert!(left.is_empty(), "still running: {left:?}");
}

fn remote_env(fake: &Fake) -> TestEnv {
    let mut env = TestEnv::init();
    env.env("CLOUDFLARE_API_TOKEN", TOKEN)
        .env("CLOUDFLARE_BASE_URL", &fake.base_url())
        .env("CLOUDFLARE_ACCOUNT_ID", "01a7362d577a6c3019a474fd6f485823")
        .env("META_TUNNEL_ID", TUNNEL);
    env
}

#[test]
fn remote_sync_merges_into_the_tunnel_configuration() {
    let fake = Fake::start();
    let key = format!("01a7362d577a6c3019a474fd6f485823/{TUNNEL}");
    fake.with(|s| {
        s.tunnels.insert(key.clone(), json!({"version": 3, "config": {
            "ingress": [
                {"hostname": "hand.example.com", "service": "http://localhost:9000", "originRequest": {"connectTimeout": 30}},
                {"service": "http_status:404"}
            ],
            "warp-routing": {"enabled": false}
        }}));
    });
    let env = remote_env(&fake);
    two_allocations(&env);
    env.meta(&["tunnel", "sync", "--remote", "--dry-run"])
        .ok()
        .stdout_has(&format!(
            "PUT /accounts/01a7362d577a6c3019a474fd6f485823/cfd_tunnel/{TUNNEL}/configurations"
        ));
    assert!(fake.writes().is_empty());
    env.meta(&["tunnel", "sync", "--remote", "--check"]).code(8);
    env.meta(&["tunnel", "sync", "--remote"]).ok();
    let put = fake.writes().pop().unwrap();
    assert_eq!(put.method, "PUT");
    let ingress = &put.body.as_ref().unwrap()["config"]["ingress"];
    let hosts: Vec<&str> = ingress
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["hostname"].as_str().unwrap_or("*"))
        .collect();
    assert_eq!(
        hosts,
        vec![
            "hand.example.com",
            "api.example.com",
            "shop.example.com",
            "*"
        ]
    );
    assert_eq!(ingress[0]["originRequest"]["connectTimeout"], 30);
    assert_eq!(
        put.body.as_ref().unwrap()["config"]["warp-routing"]["enabled"],
        false
    );
    fake.clear_log();
    env.meta(&["tunnel", "sync", "--remote"])
        .ok()
        .stderr_has("nothing to change");
    assert!(fake.writes().is_empty());
    // An allocation that goes takes its rule with it; the hand-written one stays.
    env.meta(&["port", "release", "shop", "api"]).ok();
    env.meta(&["tunnel", "sync", "--remote"]).ok();
    let shown = env.meta(&["tunnel", "show", "--remote", "-o", "json"]);
    shown.ok();
    let hosts: Vec<String> = shown
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["hostname"].as_str().unwrap_or("*").to_string())
        .collect();
    assert_eq!(hosts, vec!["hand.example.com", "shop.example.com", "*"]);
}

#[test]
fn route_makes_a_proxied_cname_to_the_tunnel() {
    let fake = Fake::start();
    let zone = fake.add_zone("example.com");
    let env = remote_env(&fake);
    env.meta(&["tunnel", "route", "app.example.com", "--dry-run"])
        .ok()
        .stdout_has("POST");
    assert!(fake.writes().is_empty());
    env.meta(&["tunnel", "route", "app.example.com"]).ok();
    let rec = fake.record(&zone, "app.example.com").unwrap();
    assert_eq!(rec["type"], "CNAME");
    assert_eq!(rec["content"], format!("{TUNNEL}.cfargotunnel.com"));
    assert_eq!(rec["proxied"], true);
    fake.clear_log();
    env.meta(&["tunnel", "route", "app.example.com"])
        .ok()
        .stderr_has("unchanged");
    assert!(fake.writes().is_empty());
    // dns sync keeps what route made.
    env.meta(&["dns", "sync", "example.com", "--check"]).ok();
    let bare = TestEnv::init();
    bare.meta(&["tunnel", "route", "app.example.com"])
        .code(2)
        .stderr_has("no tunnel id");
    env.meta(&["tunnel", "route", "App.example.com"]).code(2);
}

/// The benchmark `scripts/bench-dns` runs: `tunnel sync` on a 500-rule config.
#[test]
#[ignore]
fn bench_tunnel_sync_500_rules() {
    let env = TestEnv::init();
    let mut text = String::from("tunnel: x\ningress:\n");
    for i in 0..250 {
        text.push_str(&format!(
            "  - hostname: hand{i}.example.com\n    service: http://localhost:{}\n",
            5000 + i
        ));
    }
    text.push_str("  - service: http_status:404\n");
    write_config(&env, &text);
    let db = rusqlite::Connection::open(env.state_path()).unwrap();
    env.meta(&["project", "add", "bench", "--range", "10000-19999"])
        .ok();
    for i in 0..250u16 {
        db.execute(
            "INSERT INTO allocations (project_id, service, port, hostname, created) VALUES ((SELECT id FROM projects WHERE name = 'bench'), ?1, ?2, ?3, 'x')",
            rusqlite::params![format!("s{i}"), 10000 + i, format!("s{i}.example.com")],
        )
        .unwrap();
    }
    let mut times = Vec::new();
    for round in 0..7u16 {
        // Each round changes one allocation, so every run rewrites the file.
        db.execute(
            "UPDATE allocations SET port = ?1 WHERE service = 's0'",
            [11000 + round],
        )
        .unwrap();
        let started = std::time::Instant::now();
        env.meta(&["tunnel", "sync"]).ok();
        times.push(started.elapsed().as_millis());
    }
    times.sort();
    println!("tunnel sync: 500-rule config (250 hand-written, 250 managed)");
    println!(
        "  median wall time: {} ms (of {:?})",
        times[times.len() / 2],
        times
    );
}

/// Runs `tunnel sync --restart` until it is SIGKILLed, then checks that the next change is
/// refused until `meta recover` puts config.yml back, and that the log shows all of it.
fn killed_sync_is_recovered(env: &TestEnv, run: &mut std::process::Command, what: &str) {
    let status = run.status().unwrap();
    // Killed directly, or under strace, which exits 128 + the signal.
    let killed = std::os::unix::process::ExitStatusExt::signal(&status) == Some(9)
        || status.code() == Some(137);
    assert!(killed, "{what}: meta was not killed ({status:?})");
    env.meta(&["project", "add", "later"])
        .code(7)
        .stderr_has("did not finish")
        .stderr_has("meta recover");
    env.meta(&["--dry-run", "recover"])
        .ok()
        .stdout_has("undo: update /etc/cloudflared/config.yml");
    env.meta(&["recover"])
        .ok()
        .stderr_has("took over the host lock of pid")
        .stderr_has("which is no longer running")
        .stderr_has("rolled back `tunnel sync`");
    assert_eq!(read_config(env), REAL, "{what}: config.yml is not back");
    env.meta(&["project", "add", "later"]).ok();
    env.meta(&["audit", "verify"]).ok();
    let log = env.meta(&["audit", "log", "-o", "json"]).json();
    let commands: Vec<(String, String)> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["command"].as_str().unwrap().to_string(),
                e["outcome"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let sync_started = commands
        .iter()
        .position(|(c, o)| c == "tunnel sync" && o == "started")
        .unwrap_or_else(|| panic!("{what}: no started entry: {commands:?}"));
    assert_eq!(
        commands[sync_started + 1].0,
        "recover",
        "{what}: {commands:?}"
    );
    assert!(
        commands[sync_started + 1]
            .1
            .starts_with("rolled back `tunnel sync`"),
        "{what}: {commands:?}"
    );
}

fn meta_command(env: &TestEnv, args: &[&str]) -> std::process::Command {
    let mut cmd = env.command(args);
    cmd.stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    cmd
}

#[test]
fn a_sync_killed_while_writing_the_file_is_rolled_back_by_recover() {
    if !std::process::Command::new("strace")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        eprintln!("strace is not installed; skipped");
        return;
    }
    let mut env = TestEnv::init();
    write_config(&env, REAL);
    two_allocations(&env);
    systemctl(&mut env);
    // The config is written to a temp file and renamed over config.yml: killed at the
    // rename, before it happens.
    let mut run = env.killed_at_first_rename(&["tunnel", "sync", "--restart"]);
    killed_sync_is_recovered(&env, &mut run, "write");
}

#[test]
fn a_sync_killed_while_restarting_is_rolled_back_and_restarted_by_recover() {
    let mut env = TestEnv::init();
    write_config(&env, REAL);
    two_allocations(&env);
    let log = env.path("systemctl.log");
    let marker = env.path("killed");
    let bin = script(
        &env,
        "systemctl",
        &format!(
            "echo \"$@\" >> {log}\nif [ ! -e {marker} ]; then touch {marker}; kill -9 $PPID; sleep 1; fi",
            log = log.display(),
            marker = marker.display()
        ),
    );
    env.env("META_SYSTEMCTL", bin.to_str().unwrap());
    let mut run = meta_command(&env, &["tunnel", "sync", "--restart"]);
    killed_sync_is_recovered(&env, &mut run, "restart");
    // The restart that was cut short, then the one on the old file.
    assert_eq!(
        std::fs::read_to_string(&log).unwrap(),
        "restart cloudflared\nrestart cloudflared\n"
    );
}

#[test]
fn a_sync_killed_while_waiting_for_ready_is_rolled_back_by_recover() {
    let mut env = TestEnv::init();
    write_config(&env, REAL);
    two_allocations(&env);
    env.meta(&["config", "set", "cloudflare.metrics", &dead_address()])
        .ok();
    let log = env.path("systemctl.log");
    let marker = env.path("killed");
    let bin = script(
        &env,
        "systemctl",
        &format!(
            "echo \"$@\" >> {log}\nif [ ! -e {marker} ]; then touch {marker}; (sleep 0.5; kill -9 $PPID) >/dev/null 2>&1 & fi",
            log = log.display(),
            marker = marker.display()
        ),
    );
    env.env("META_SYSTEMCTL", bin.to_str().unwrap());
    let mut run = meta_command(
        &env,
        &["tunnel", "sync", "--restart", "--ready-timeout", "30"],
    );
    killed_sync_is_recovered(&env, &mut run, "wait");
    assert_eq!(
        std::fs::read_to_string(&log).unwrap(),
        "restart cloudflared\nrestart cloudflared\n"
    );
}

#[test]
fn a_second_plan_waits_for_a_live_holder_then_is_busy() {
    let mut env = TestEnv::init();
    write_config(&env, REAL);
    two_allocations(&env);
    let started = env.path("started");
    let bin = script(
        &env,
        "systemctl",
        &format!("touch {}\nsleep 3", started.display()),
    );
    env.env("META_SYSTEMCTL", bin.to_str().unwrap());
    let mut first = env.command(&["tunnel", "sync", "--restart", "--ready-timeout", "1"]);
    first
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let mut first = first.spawn().unwrap();
    while !started.exists() {
        std::thread::sleep(Duration::from_millis(20));
    }
    allocate(&env, "shop", "docs", 3003, "docs.example.com");
    env.env("META_LOCK_TIMEOUT", "0.5");
    let waited = Instant::now();
    env.meta(&["tunnel", "sync"])
        .code(7)
        .stderr_has("another plan is being applied on this host by pid")
        .stderr_has("`tunnel sync`");
    assert!(waited.elapsed() >= Duration::from_millis(500));
    // A change to the state alone goes on beside the running plan.
    env.meta(&["project", "add", "beside"]).ok();
    first.wait().unwrap();
}

#[test]
fn a_local_sync_runs_the_steps_its_dry_run_shows() {
    let mut env = TestEnv::init();
    write_config(&env, REAL);
    two_allocations(&env);
    systemctl(&mut env);
    env.meta(&["config", "set", "cloudflare.metrics", &ready_server()])
        .ok();
    let args = ["tunnel", "sync", "--restart"];
    let dry = env.meta(&["--dry-run", "-o", "json", "tunnel", "sync", "--restart"]);
    let shown = common::plan_lines(&dry.ok().json());
    assert_eq!(shown.len(), 3, "{shown:?}");
    env.meta(&args).ok();
    let log = env
        .meta(&["audit", "log", "--target", "tunnel/local", "-o", "json"])
        .json();
    let entries = log.as_array().unwrap();
    let done = entries.last().unwrap();
    assert_eq!(done["outcome"], "ok");
    let recorded: Vec<String> = done["detail"]
        .as_str()
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(recorded, shown);
    // Applied, the same plan is empty: nothing is written or recorded again.
    env.meta(&args).ok().stderr_has("nothing to change");
    let again = env
        .meta(&["audit", "log", "--target", "tunnel/local", "-o", "json"])
        .json();
    assert_eq!(again.as_array().unwrap().len(), entries.len());
}
