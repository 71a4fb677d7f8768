//! `meta dns` end to end: the built binary against the fake Cloudflare API on loopback.

mod common;
mod fake_cloudflare;

use common::{allocate, TestEnv};
use fake_cloudflare::{Fake, TOKEN};
use serde_json::Value;

const TUNNEL: &str = "6ff42ae2-765d-4adf-8112-31c55c1551ef";

fn setup() -> (TestEnv, Fake, String) {
    let fake = Fake::start();
    let zone = fake.add_zone("example.com");
    let mut env = TestEnv::init();
    env.env("CLOUDFLARE_API_TOKEN", TOKEN)
        .env("CLOUDFLARE_BASE_URL", &fake.base_url());
    (env, fake, zone)
}

fn with_tunnel(env: &mut TestEnv) {
    env.env("META_TUNNEL_ID", TUNNEL);
}

fn names(records: &[Value]) -> Vec<String> {
    let mut n: Vec<String> = records
        .iter()
        .map(|r| {
            format!(
                "{} {}",
                r["type"].as_str().unwrap(),
                r["name"].as_str().unwrap()
            )
        })
        .collect();
    n.sort();
    n
}

#[test]
fn list_follows_pagination_to_the_last_page() {
    let (env, fake, zone) = setup();
    for i in 0..8 {
        fake.add_record(
            &zone,
            &format!("h{i}.example.com"),
            "A",
            "192.0.2.1",
            false,
            None,
        );
    }
    let run = env.meta(&["dns", "list", "example.com", "-o", "json"]);
    run.ok();
    assert_eq!(run.json().as_array().unwrap().len(), 8);
    let pages: Vec<String> = fake
        .log()
        .iter()
        .filter(|r| r.path.ends_with("/dns_records"))
        .map(|r| r.query["page"].clone())
        .collect();
    assert_eq!(pages, vec!["1", "2", "3"]);
    let zones = fake.log().into_iter().find(|r| r.path == "/zones").unwrap();
    assert_eq!(zones.query["name"], "example.com");
    env.meta(&["dns", "list", "example.com", "--name", "h3", "-o", "name"])
        .ok()
        .stdout_has("h3.example.com\n");
}

#[test]
fn create_sends_the_sdk_fields_with_the_marker_and_upsert_is_idempotent() {
    let (env, fake, zone) = setup();
    env.meta(&[
        "dns",
        "create",
        "www.example.com",
        "--type",
        "A",
        "--content",
        "192.0.2.7",
        "--ttl",
        "300",
    ])
    .ok()
    .stderr_has("created A www.example.com");
    let post = fake.writes().pop().unwrap();
    assert_eq!(post.method, "POST");
    assert_eq!(post.path, format!("/zones/{zone}/dns_records"));
    let body = post.body.unwrap();
    let mut keys: Vec<&String> = body.as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(
        keys,
        vec!["comment", "content", "name", "proxied", "ttl", "type"]
    );
    assert!(body["comment"].as_str().unwrap().starts_with("meta:v1 "));
    assert_eq!(body["ttl"], 300);

    env.meta(&[
        "dns",
        "create",
        "www.example.com",
        "--type",
        "A",
        "--content",
        "192.0.2.8",
    ])
    .code(4)
    .stderr_has("already exists")
    .stderr_has("meta dns upsert");

    fake.clear_log();
    env.meta(&[
        "dns",
        "upsert",
        "www.example.com",
        "--type",
        "A",
        "--content",
        "192.0.2.7",
        "--ttl",
        "300",
    ])
    .ok()
    .stderr_has("unchanged");
    assert!(
        fake.writes().is_empty(),
        "an upsert that matches sends nothing"
    );

    env.meta(&[
        "dns",
        "upsert",
        "www.example.com",
        "--type",
        "A",
        "--content",
        "192.0.2.9",
        "--dry-run",
    ])
    .ok()
    .stdout_has("PATCH");
    assert!(fake.writes().is_empty());
    let run = env.meta(&[
        "dns",
        "upsert",
        "www.example.com",
        "--type",
        "A",
        "--content",
        "192.0.2.9",
        "-o",
        "json",
    ]);
    run.ok();
    assert_eq!(run.json()["change"], "updated");
    assert_eq!(fake.writes().pop().unwrap().method, "PATCH");
    assert_eq!(
        fake.record(&zone, "www.example.com").unwrap()["content"],
        "192.0.2.9"
    );

    let got = env.meta(&["dns", "get", "www.example.com", "-o", "json"]);
    got.ok();
    assert_eq!(got.json()[0]["ownership"], "managed");
    env.meta(&["dns", "get", "nope.example.com"]).code(3);
}

#[test]
fn api_errors_show_cloudflares_code_and_message() {
    let (env, fake, zone) = setup();
    fake.add_record(&zone, "app.example.com", "A", "192.0.2.1", false, None);
    env.meta(&[
        "dns",
        "create",
        "app.example.com",
        "--type",
        "CNAME",
        "--content",
        "x.example.net",
    ])
    .code(4)
    .stderr_has("cloudflare 81053: an A, AAAA, or CNAME record with that host already exists");
}

#[test]
fn bad_input_is_refused_before_any_call() {
    let (env, fake, _) = setup();
    let long = format!("{}.example.com", vec!["a".repeat(60); 4].join("."));
    for bad in [
        "App.example.com",
        "a b.example.com",
        "a..example.com",
        long.as_str(),
    ] {
        env.meta(&[
            "dns",
            "create",
            bad,
            "--type",
            "A",
            "--content",
            "192.0.2.1",
        ])
        .code(2)
        .stderr_has("is not a valid hostname");
    }
    env.meta(&[
        "dns",
        "create",
        "a.example.com",
        "--type",
        "MX",
        "--content",
        "x",
    ])
    .code(2);
    env.meta(&[
        "dns",
        "create",
        "a.example.com",
        "--type",
        "A",
        "--content",
        "300.1.1.1",
    ])
    .code(2);
    assert!(fake.log().is_empty());
    env.meta(&["dns", "list", "unknown.org"])
        .code(3)
        .stderr_has("zone `unknown.org` not found");
}

#[test]
fn token_missing_bad_or_expired_is_exit_5_and_never_shown() {
    let (env, fake, _) = setup();
    let mut bare = TestEnv::init();
    bare.env("CLOUDFLARE_BASE_URL", &fake.base_url());
    bare.meta(&["dns", "list", "example.com"])
        .code(5)
        .stderr_has("no Cloudflare API token")
        .stderr_has("hint: export CLOUDFLARE_API_TOKEN");
    fake.with(|s| s.token = "another".into());
    let run = env.meta(&["-v", "dns", "list", "example.com"]);
    run.code(5)
        .stderr_has("cloudflare 10000: authentication error")
        .stderr_has("Zone.DNS:Edit");
    assert!(
        !run.stderr.contains(TOKEN),
        "the token leaked: {}",
        run.stderr
    );
    assert!(
        run.stderr.contains("debug: cloudflare GET /zones"),
        "{}",
        run.stderr
    );
    fake.with(|s| {
        s.token = TOKEN.into();
        s.token_status = "expired".into();
    });
    env.meta(&["dns", "verify-token"])
        .code(5)
        .stderr_has("token is expired");
    fake.with(|s| s.token_status = "active".into());
    let run = env.meta(&["dns", "verify-token", "-o", "json"]);
    run.ok();
    assert_eq!(run.json()["status"], "active");
}

#[test]
fn sync_plans_applies_in_one_batch_and_converges() {
    let (mut env, fake, zone) = setup();
    with_tunnel(&mut env);
    allocate(&env, "shop", "web", 3001, "shop.example.com");
    allocate(&env, "shop", "api", 3002, "api.example.com");
    allocate(&env, "shop", "other", 3003, "x.example.org");
    fake.add_record(&zone, "mail.example.com", "A", "192.0.2.25", false, None);
    fake.add_record(
        &zone,
        "api.example.com",
        "CNAME",
        "old.example.net",
        false,
        Some("hand made"),
    );
    env.meta(&[
        "dns",
        "create",
        "txt.example.com",
        "--type",
        "TXT",
        "--content",
        "hello",
    ])
    .ok();

    let dry = env.meta(&["dns", "sync", "example.com", "--dry-run"]);
    dry.ok()
        .stdout_has(&format!(
            "    create CNAME shop.example.com → {TUNNEL}.cfargotunnel.com (proxied)\n"
        ))
        .stderr_has("api.example.com: a record not made by meta exists");
    assert!(
        !dry.stdout.contains("txt.example.com"),
        "already in sync:\n{}",
        dry.stdout
    );
    assert!(!dry.stdout.contains(TOKEN) && !dry.stderr.contains(TOKEN));
    let plan = env.meta(&["dns", "sync", "example.com", "--dry-run", "-o", "json"]);
    let steps = plan.json()["steps"].as_array().unwrap().clone();
    let calls: Vec<&Value> = steps.iter().filter(|s| s["kind"] == "api_call").collect();
    assert_eq!(calls.len(), 1, "one batch: {steps:#?}");
    assert_eq!(
        calls[0]["detail"],
        format!("create CNAME shop.example.com → {TUNNEL}.cfargotunnel.com (proxied)")
    );
    env.meta(&["dns", "sync", "example.com", "--check"]).code(8);
    fake.clear_log();
    let run = env.meta(&["dns", "sync", "example.com", "-o", "json"]);
    run.ok();
    assert_eq!(run.json()["created"], 1);
    let writes = fake.writes();
    assert_eq!(writes.len(), 1);
    assert_eq!(writes[0].path, format!("/zones/{zone}/dns_records/batch"));
    assert_eq!(
        writes[0].body.as_ref().unwrap()["posts"][0]["name"],
        "shop.example.com"
    );
    assert_eq!(
        fake.record(&zone, "api.example.com").unwrap()["content"],
        "old.example.net"
    );

    fake.clear_log();
    env.meta(&["dns", "sync", "example.com"])
        .ok()
        .stderr_has("nothing to change");
    assert!(fake.writes().is_empty());
    env.meta(&["dns", "sync", "example.com", "--check"]).ok();

    // The allocation goes: the record meta made goes with it; the others stay.
    env.meta(&["port", "release", "shop", "web"]).ok();
    env.meta(&["dns", "sync", "example.com", "--check"])
        .code(8)
        .stdout_has("delete CNAME shop.example.com");
    env.meta(&["dns", "sync", "example.com"]).ok();
    assert_eq!(
        names(&fake.records(&zone)),
        vec![
            "A mail.example.com",
            "CNAME api.example.com",
            "TXT txt.example.com"
        ]
    );
    let audit = env.meta(&["audit", "log", "--target", "dns/", "-o", "json"]);
    assert!(audit.stdout.contains("dns sync"), "{}", audit.stdout);
}

#[test]
fn records_edited_outside_meta_are_reported_and_left_unless_forced() {
    let (mut env, fake, zone) = setup();
    with_tunnel(&mut env);
    allocate(&env, "shop", "web", 3001, "shop.example.com");
    env.meta(&["dns", "sync", "example.com"]).ok();
    fake.with(|s| {
        for r in s.records.get_mut(&zone).unwrap() {
            r["proxied"] = Value::Bool(false);
        }
    });
    fake.clear_log();
    env.meta(&["dns", "sync", "example.com"])
        .ok()
        .stderr_has("shop.example.com: edited outside meta");
    assert!(fake.writes().is_empty());
    env.meta(&["dns", "sync", "example.com", "--force"]).ok();
    assert_eq!(
        fake.record(&zone, "shop.example.com").unwrap()["proxied"],
        true
    );
}

#[test]
fn sweeping_plans_need_force() {
    let (mut env, fake, zone) = setup();
    with_tunnel(&mut env);
    for i in 0..12 {
        allocate(
            &env,
            "big",
            &format!("s{i}"),
            3100 + i,
            &format!("s{i}.example.com"),
        );
    }
    env.meta(&["dns", "sync", "example.com"]).ok();
    assert_eq!(fake.records(&zone).len(), 12);
    for i in 0..12 {
        env.meta(&["port", "release", "big", &format!("s{i}")]).ok();
    }
    env.meta(&["dns", "sync", "example.com", "--dry-run"])
        .ok()
        .stderr_has("more than 30%");
    env.meta(&["dns", "sync", "example.com"])
        .code(4)
        .stderr_has("pass `--force`");
    assert_eq!(fake.records(&zone).len(), 12);
    env.meta(&["dns", "sync", "example.com", "--force"]).ok();
    assert!(fake.records(&zone).is_empty());
}

#[test]
fn undo_puts_back_the_last_sync() {
    let (mut env, fake, zone) = setup();
    with_tunnel(&mut env);
    allocate(&env, "shop", "web", 3001, "shop.example.com");
    allocate(&env, "shop", "api", 3002, "api.example.com");
    env.meta(&["dns", "sync", "example.com"]).ok();
    let before = names(&fake.records(&zone));
    env.meta(&["port", "release", "shop", "api"]).ok();
    allocate(&env, "shop", "new", 3003, "new.example.com");
    env.meta(&["dns", "sync", "example.com"]).ok();
    assert_eq!(
        names(&fake.records(&zone)),
        vec!["CNAME new.example.com", "CNAME shop.example.com"]
    );
    env.meta(&["dns", "undo", "example.com", "--dry-run"])
        .ok()
        .stdout_has("delete CNAME new.example.com");
    env.meta(&["dns", "undo", "example.com"]).ok();
    assert_eq!(names(&fake.records(&zone)), before);
    // The record put back carries its marker again: the next sync sees it as meta's.
    let api = fake.record(&zone, "api.example.com").unwrap();
    assert!(api["comment"].as_str().unwrap().starts_with("meta:v1 "));
    // A second undo goes back one more sync: the first one, which created both.
    env.meta(&["dns", "undo", "example.com"]).ok();
    assert!(fake.records(&zone).is_empty());
    env.meta(&["dns", "undo", "example.com"])
        .code(3)
        .stderr_has("no applied `dns sync`");
}

#[test]
fn batches_are_chunked_at_the_limit() {
    let (mut env, fake, zone) = setup();
    with_tunnel(&mut env);
    env.meta(&["config", "set", "cloudflare.batch_limit", "2"])
        .ok();
    for i in 0..5 {
        allocate(
            &env,
            "p",
            &format!("s{i}"),
            3100 + i,
            &format!("s{i}.example.com"),
        );
    }
    fake.clear_log();
    env.meta(&["dns", "sync", "example.com"]).ok();
    let batches = fake
        .writes()
        .iter()
        .filter(|r| r.path.ends_with("/batch"))
        .count();
    assert_eq!(batches, 3);
    assert_eq!(fake.writes().len(), 3);
    assert_eq!(fake.records(&zone).len(), 5);
}

#[test]
fn a_batch_failing_halfway_is_rolled_back_and_a_rerun_converges() {
    let (mut env, fake, zone) = setup();
    with_tunnel(&mut env);
    env.meta(&["config", "set", "cloudflare.batch_limit", "2"])
        .ok();
    for i in 0..5 {
        allocate(
            &env,
            "p",
            &format!("s{i}"),
            3100 + i,
            &format!("s{i}.example.com"),
        );
    }
    fake.with(|s| s.fail_batch_call = Some(2));
    env.meta(&["dns", "sync", "example.com"])
        .code(5)
        .stderr_has("cloudflare 1004: DNS Validation Error")
        .stderr_has("the step before it was undone");
    // The first batch went through, and was taken back.
    assert!(fake.records(&zone).is_empty());
    let db = rusqlite::Connection::open(env.state_path()).unwrap();
    let recorded: i64 = db
        .query_row("SELECT count(*) FROM dns_snapshots", [], |r| r.get(0))
        .unwrap();
    assert_eq!(recorded, 0, "a sync rolled back leaves nothing to undo");
    env.meta(&["dns", "undo", "example.com"]).code(3);
    fake.with(|s| s.fail_batch_call = None);
    env.meta(&["dns", "sync", "example.com"]).ok();
    assert_eq!(fake.records(&zone).len(), 5);
    env.meta(&["dns", "sync", "example.com", "--check"]).ok();
}

#[test]
fn a_refused_batch_endpoint_falls_back_to_single_calls() {
    let (mut env, fake, zone) = setup();
    with_tunnel(&mut env);
    allocate(&env, "p", "a", 3001, "a.example.com");
    allocate(&env, "p", "b", 3002, "b.example.com");
    fake.with(|s| s.no_batch = true);
    fake.clear_log();
    env.meta(&["dns", "sync", "example.com"]).ok();
    let posts = fake
        .writes()
        .iter()
        .filter(|r| r.path == format!("/zones/{zone}/dns_records"))
        .count();
    assert_eq!(posts, 2);
    assert_eq!(fake.records(&zone).len(), 2);
}

#[test]
fn rate_limits_and_server_errors_are_retried() {
    let (env, fake, _) = setup();
    fake.with(|s| {
        s.rate_limit_next = 1;
        s.retry_after = 1;
        s.fail_next = 0;
    });
    env.meta(&["dns", "list", "example.com"]).ok();
    fake.with(|s| s.fail_next = 2);
    env.meta(&["dns", "list", "example.com"]).ok();
    fake.with(|s| {
        s.rate_limit_next = 1;
        s.retry_after = 300;
    });
    env.meta(&["dns", "list", "example.com", "--retry-budget", "5"])
        .code(5)
        .stderr_has("asked to wait 300 s")
        .stderr_has("hint: try again after");
}

#[test]
fn an_api_down_for_the_whole_budget_is_exit_5_and_nothing_is_recorded_as_applied() {
    let (mut env, fake, zone) = setup();
    with_tunnel(&mut env);
    allocate(&env, "p", "a", 3001, "a.example.com");
    fake.with(|s| s.down_writes = true);
    env.meta(&["dns", "sync", "example.com", "--retry-budget", "1"])
        .code(5)
        .stderr_has("after")
        .stderr_has("HTTP 500");
    assert!(fake.records(&zone).is_empty());
    env.meta(&["dns", "undo", "example.com"]).code(3);
    fake.with(|s| s.down = true);
    env.meta(&["dns", "list", "example.com", "--retry-budget", "1"])
        .code(5)
        .stderr_has("HTTP 500");
}

#[test]
fn delete_asks_when_several_records_match() {
    let (env, fake, zone) = setup();
    fake.add_record(&zone, "multi.example.com", "A", "192.0.2.1", false, None);
    fake.add_record(&zone, "multi.example.com", "A", "192.0.2.2", false, None);
    env.meta(&["dns", "delete", "multi.example.com"])
        .code(2)
        .stderr_has("--yes");
    assert_eq!(fake.records(&zone).len(), 2);
    env.meta(&["dns", "delete", "multi.example.com", "--dry-run"])
        .ok()
        .stdout_has("DELETE");
    env.meta(&["dns", "delete", "multi.example.com", "--yes"])
        .ok();
    assert!(fake.records(&zone).is_empty());
    env.meta(&["dns", "delete", "multi.example.com"]).code(3);
}

/// The benchmark `scripts/bench-dns` runs: a 5,000-record zone, 300 managed changes.
#[test]
#[ignore]
fn bench_dns_sync_5000_records() {
    let (mut env, fake, zone) = setup();
    with_tunnel(&mut env);
    fake.with(|s| s.page_max = 5000);
    for i in 0..4700 {
        fake.add_record(
            &zone,
            &format!("h{i}.example.com"),
            "A",
            "192.0.2.1",
            false,
            None,
        );
    }
    let db = rusqlite::Connection::open(env.state_path()).unwrap();
    env.meta(&["project", "add", "bench", "--range", "10000-19999"])
        .ok();
    // 300 allocations already synced, then 300 changes: 100 new, 100 gone, 100 repointed.
    for i in 0..300u16 {
        db.execute(
            "INSERT INTO allocations (project_id, service, port, hostname, created) VALUES ((SELECT id FROM projects WHERE name = 'bench'), ?1, ?2, ?3, 'x')",
            rusqlite::params![format!("s{i}"), 10000 + i, format!("s{i}.example.com")],
        )
        .unwrap();
    }
    env.meta(&["dns", "sync", "example.com"]).ok();
    db.execute("DELETE FROM allocations WHERE port < 10100", [])
        .unwrap();
    for i in 300..400u16 {
        db.execute(
            "INSERT INTO allocations (project_id, service, port, hostname, created) VALUES ((SELECT id FROM projects WHERE name = 'bench'), ?1, ?2, ?3, 'x')",
            rusqlite::params![format!("s{i}"), 10000 + i, format!("s{i}.example.com")],
        )
        .unwrap();
    }
    fake.with(|s| {
        for r in s
            .records
            .get_mut(&zone)
            .unwrap()
            .iter_mut()
            .filter(|r| r["name"].as_str().unwrap().starts_with("s2"))
        {
            r["comment"] = Value::String("meta:v1 000000000000".into());
        }
    });
    assert_eq!(fake.records(&zone).len(), 5000);
    fake.clear_log();
    let started = std::time::Instant::now();
    let run = env.meta(&["dns", "sync", "example.com", "--force", "-o", "json"]);
    let elapsed = started.elapsed();
    run.ok();
    let j = run.json();
    let log = fake.log();
    let changes = j["created"].as_u64().unwrap()
        + j["updated"].as_u64().unwrap()
        + j["deleted"].as_u64().unwrap();
    println!("dns sync: 5000-record zone, {changes} managed changes");
    println!(
        "  api calls: {} ({} list pages, {} batch calls, {} other)",
        log.len(),
        log.iter()
            .filter(|r| r.path.ends_with("/dns_records") && r.method == "GET")
            .count(),
        log.iter().filter(|r| r.path.ends_with("/batch")).count(),
        log.iter()
            .filter(|r| !r.path.ends_with("/batch") && !r.path.ends_with("/dns_records"))
            .count()
    );
    println!("  wall time: {} ms", elapsed.as_millis());
}

#[test]
fn deployments_with_hostnames_are_desired_too_and_need_a_tunnel() {
    let (mut env, fake, zone) = setup();
    env.meta(&["project", "add", "blog", "--range", "4000-4099"])
        .ok();
    let db = rusqlite::Connection::open(env.state_path()).unwrap();
    db.execute(
        "INSERT INTO deployments (name, project_id, spec, created, updated) VALUES \
         ('blog', (SELECT id FROM projects WHERE name = 'blog'), '{\"hostname\": \"blog.example.com\"}', 'x', 'x')",
        [],
    )
    .unwrap();
    env.meta(&["dns", "sync", "example.com"])
        .ok()
        .stderr_has("`blog.example.com` (deployment) has no record: no tunnel is configured");
    assert!(fake.records(&zone).is_empty());
    with_tunnel(&mut env);
    env.meta(&["dns", "sync", "example.com"]).ok();
    assert_eq!(names(&fake.records(&zone)), vec!["CNAME blog.example.com"]);
}

#[test]
fn the_token_can_come_from_the_secret_store() {
    let fake = Fake::start();
    fake.add_zone("example.com");
    let mut env = TestEnv::init();
    env.env("CLOUDFLARE_BASE_URL", &fake.base_url());
    env.meta_stdin(
        &["secret", "set", "meta/cloudflare/api_token"],
        format!("{TOKEN}\n").as_bytes(),
    )
    .ok();
    env.meta(&["dns", "verify-token"]).ok();
    let run = env.meta(&["-v", "dns", "list", "example.com"]);
    run.ok();
    assert!(
        !run.stderr.contains(TOKEN),
        "the token leaked: {}",
        run.stderr
    );
    // The environment variable comes first.
    env.env("CLOUDFLARE_API_TOKEN", "not-the-token");
    env.meta(&["dns", "list", "example.com"]).code(5);
}

/// Serves the fake Cloudflare API for `examples/quickstart.sh`: writes its base URL and
/// token to the file named by META_EXAMPLE_FAKE, and serves until that file is removed
/// (or five minutes pass). Run with `--ignored`; it is not a test.
#[test]
#[ignore]
fn serve_fake_cloudflare_for_examples() {
    let Some(file) = std::env::var_os("META_EXAMPLE_FAKE") else {
        return;
    };
    let fake = Fake::start();
    fake.add_zone("example.com");
    fake.with(|s| s.page_max = 100);
    std::fs::write(&file, format!("{}\n{TOKEN}\n", fake.base_url())).unwrap();
    let until = std::time::Instant::now() + std::time::Duration::from_secs(300);
    while std::path::Path::new(&file).exists() && std::time::Instant::now() < until {
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
}
