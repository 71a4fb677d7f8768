//! `meta dns` and `meta tunnel` under faults: a `dns sync` of two batches killed (SIGKILL)
//! at every step, before and after the fake Cloudflare applied the batch it was sending,
//! then `meta recover`; and the plan `--dry-run -o json` shows is the plan apply records.

mod common;
mod fake_cloudflare;

use std::process::Stdio;
use std::time::Duration;

use common::{allocate, Run, TestEnv};
use fake_cloudflare::{Fake, TOKEN};
use serde_json::{json, Value};

const TUNNEL: &str = "6ff42ae2-765d-4adf-8112-31c55c1551ef";
const ACCOUNT: &str = "01a7362d577a6c3019a474fd6f485823";

fn setup() -> (TestEnv, Fake, String) {
    let fake = Fake::start();
    let zone = fake.add_zone("example.com");
    let mut env = TestEnv::init();
    env.env("CLOUDFLARE_API_TOKEN", TOKEN)
        .env("CLOUDFLARE_BASE_URL", &fake.base_url())
        .env("CLOUDFLARE_ACCOUNT_ID", ACCOUNT)
        .env("META_TUNNEL_ID", TUNNEL);
    (env, fake, zone)
}

/// The records of a zone as a set of what they hold, ids left out (a record deleted and put
/// back gets a new one).
fn contents(fake: &Fake, zone: &str) -> Vec<Value> {
    let mut out: Vec<Value> = fake
        .records(zone)
        .into_iter()
        .map(|r| {
            json!({
                "name": r["name"], "type": r["type"], "content": r["content"],
                "proxied": r["proxied"], "ttl": r["ttl"], "comment": r["comment"],
            })
        })
        .collect();
    out.sort_by_key(|v| v.to_string());
    out
}

/// A zone synced once (a, b, c and a TXT record made with `dns create`), then a state
/// whose sync needs four changes in two batches of two: delete a, update the TXT record
/// (batch 1), create d and e (batch 2).
fn two_batch_sync(env: &TestEnv, fake: &Fake, zone: &str) {
    env.meta(&["config", "set", "cloudflare.batch_limit", "2"])
        .ok();
    for (i, host) in ["a", "b", "c"].iter().enumerate() {
        allocate(
            env,
            "shop",
            host,
            3001 + i as u16,
            &format!("{host}.example.com"),
        );
    }
    env.meta(&[
        "dns",
        "create",
        "txt.example.com",
        "--type",
        "TXT",
        "--content",
        "v1",
    ])
    .ok();
    env.meta(&["dns", "sync", "example.com"]).ok();
    assert_eq!(fake.records(zone).len(), 4);
    env.meta(&["port", "release", "shop", "a"]).ok();
    let db = rusqlite::Connection::open(env.state_path()).unwrap();
    db.execute(
        "UPDATE dns_managed SET content = 'v2' WHERE name = 'txt.example.com'",
        [],
    )
    .unwrap();
    allocate(env, "shop", "d", 3004, "d.example.com");
    allocate(env, "shop", "e", 3005, "e.example.com");
    let plan = env.meta(&["dns", "sync", "example.com", "--dry-run", "-o", "json"]);
    plan.ok();
    let batches = plan.json()["steps"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["kind"] == "api_call")
        .count();
    assert_eq!(batches, 2, "{}", plan.stdout);
}

#[test]
fn a_sync_killed_at_any_step_is_rolled_back_by_recover() {
    for batch in 1..=2u32 {
        for after_apply in [false, true] {
            let at = format!(
                "batch {batch}, {} Cloudflare applied it",
                if after_apply { "after" } else { "before" }
            );
            let (env, fake, zone) = setup();
            two_batch_sync(&env, &fake, &zone);
            let before = contents(&fake, &zone);
            // Each batch is one write request.
            fake.with(|s| {
                s.hang_write_call = Some(s.write_calls + batch);
                s.hang_after_apply = after_apply;
            });
            let mut child = env
                .command(&["dns", "sync", "example.com"])
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("spawn meta");
            let hung = fake.wait_hanging(Duration::from_secs(30));
            child.kill().expect("SIGKILL");
            child.wait().unwrap();
            fake.with(|s| {
                s.hang_write_call = None;
                s.release = true;
            });
            assert!(hung, "{at}: the sync never reached the batch");
            if batch == 2 || after_apply {
                assert_ne!(contents(&fake, &zone), before, "{at}: nothing was changed");
            }

            env.meta(&[
                "dns",
                "create",
                "new.example.com",
                "--type",
                "TXT",
                "--content",
                "x",
            ])
            .code(7)
            .stderr_has("did not finish")
            .stderr_has("meta recover");
            env.meta(&["recover", "--dry-run"])
                .ok()
                .stdout_has("undo: ");
            env.meta(&["recover"]).ok();
            assert_eq!(contents(&fake, &zone), before, "{at}: records not put back");
            env.meta(&["audit", "verify"]).ok();
            let log = env.meta(&["audit", "log", "--target", "dns/example.com", "-o", "json"]);
            log.ok();
            let entries = log.json();
            let last = entries.as_array().unwrap().last().unwrap().clone();
            assert_eq!(last["command"], "recover", "{at}: {last:#}");
            assert!(
                last["outcome"]
                    .as_str()
                    .unwrap()
                    .starts_with("rolled back `dns sync`"),
                "{at}: {last:#}"
            );
            // Recovered: commands run again, and the sync goes through.
            env.meta(&["recover"]).ok().stderr_has("nothing to recover");
            env.meta(&["dns", "sync", "example.com"]).ok();
            env.meta(&["dns", "sync", "example.com", "--check"]).ok();
            env.meta(&["dns", "undo", "example.com"]).ok();
            assert_eq!(contents(&fake, &zone), before, "{at}: undo after recovery");
        }
    }
}

#[test]
fn a_sync_killed_midway_is_finished_by_recover_forward() {
    for (batch, after_apply) in [(1u32, true), (2, false)] {
        let (env, fake, zone) = setup();
        two_batch_sync(&env, &fake, &zone);
        let before = contents(&fake, &zone);
        fake.with(|s| {
            s.hang_write_call = Some(s.write_calls + batch);
            s.hang_after_apply = after_apply;
        });
        let mut child = env
            .command(&["dns", "sync", "example.com"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn meta");
        let hung = fake.wait_hanging(Duration::from_secs(30));
        child.kill().expect("SIGKILL");
        child.wait().unwrap();
        fake.with(|s| {
            s.hang_write_call = None;
            s.release = true;
        });
        assert!(hung, "batch {batch}: the sync never reached it");
        env.meta(&["recover", "--forward"]).ok();
        // The batch that may or may not have gone through is sent again, harmlessly.
        env.meta(&["dns", "sync", "example.com", "--check"]).ok();
        assert_eq!(fake.records(&zone).len(), 5, "batch {batch}");
        env.meta(&["audit", "verify"]).ok();
        // The finished sync was recorded as the interrupted one would have been.
        env.meta(&["dns", "undo", "example.com"]).ok();
        assert_eq!(contents(&fake, &zone), before, "batch {batch}");
    }
}

fn planned(run: &Run) -> Vec<String> {
    run.ok();
    common::plan_lines(&run.json())
}

/// The steps the last audit entry on `target` records, which must say the plan ran.
fn recorded(env: &TestEnv, target: &str) -> Vec<String> {
    let log = env.meta(&["audit", "log", "--target", target, "-o", "json"]);
    log.ok();
    let entries = log.json();
    let last = entries.as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["outcome"], "ok", "{last:#}");
    last["detail"]
        .as_str()
        .unwrap_or_default()
        .lines()
        .map(str::to_string)
        .collect()
}

/// Runs `args` with `--dry-run -o json`, then for real, and checks that the steps shown are
/// the steps recorded.
#[track_caller]
fn same_plan(env: &TestEnv, args: &[&str], target: &str) -> Vec<String> {
    let dry: Vec<&str> = args
        .iter()
        .copied()
        .chain(["--dry-run", "-o", "json"])
        .collect();
    let shown = planned(&env.meta(&dry));
    assert!(!shown.is_empty(), "{args:?}: an empty plan");
    env.meta(args).ok();
    assert_eq!(recorded(env, target), shown, "{args:?}");
    shown
}

#[test]
fn dry_run_shows_the_steps_apply_records() {
    let (env, fake, zone) = setup();
    fake.add_record(&zone, "mail.example.com", "A", "192.0.2.25", false, None);

    let create = same_plan(
        &env,
        &[
            "dns",
            "create",
            "www.example.com",
            "--type",
            "A",
            "--content",
            "192.0.2.7",
        ],
        "dns/www.example.com",
    );
    assert_eq!(create.len(), 2, "the call and the record kept: {create:?}");
    same_plan(
        &env,
        &[
            "dns",
            "upsert",
            "www.example.com",
            "--type",
            "A",
            "--content",
            "192.0.2.8",
        ],
        "dns/www.example.com",
    );
    // A record made elsewhere, changed to meta's.
    same_plan(
        &env,
        &[
            "dns",
            "upsert",
            "mail.example.com",
            "--type",
            "A",
            "--content",
            "192.0.2.26",
        ],
        "dns/mail.example.com",
    );
    same_plan(
        &env,
        &["dns", "delete", "www.example.com"],
        "dns/www.example.com",
    );
    assert!(fake.record(&zone, "www.example.com").is_none());

    same_plan(
        &env,
        &["tunnel", "route", "app.example.com"],
        "dns/app.example.com",
    );

    env.meta(&["config", "set", "cloudflare.batch_limit", "2"])
        .ok();
    for (i, host) in ["s1", "s2", "s3"].iter().enumerate() {
        allocate(
            &env,
            "shop",
            host,
            3001 + i as u16,
            &format!("{host}.example.com"),
        );
    }
    let sync = same_plan(&env, &["dns", "sync", "example.com"], "dns/example.com");
    assert_eq!(
        sync.iter().filter(|s| s.starts_with("api_call:")).count(),
        2,
        "{sync:?}"
    );
    env.meta(&["port", "release", "shop", "s1"]).ok();
    same_plan(&env, &["dns", "sync", "example.com"], "dns/example.com");
    same_plan(&env, &["dns", "undo", "example.com"], "dns/example.com");

    let sync = same_plan(&env, &["tunnel", "sync", "--remote"], "tunnel/remote");
    assert!(sync[0].starts_with("api_call: PUT "), "{sync:?}");
    let key = format!("{ACCOUNT}/{TUNNEL}");
    assert!(fake.with(|s| s.tunnels.contains_key(&key)));
}

#[test]
fn a_remote_tunnel_sync_killed_after_its_put_is_put_back_by_recover() {
    let (env, fake, _) = setup();
    let key = format!("{ACCOUNT}/{TUNNEL}");
    let old = json!({"ingress": [
        {"hostname": "hand.example.com", "service": "http://localhost:9000"},
        {"service": "http_status:404"}
    ]});
    fake.with(|s| {
        s.tunnels
            .insert(key.clone(), json!({"version": 1, "config": old.clone()}));
    });
    allocate(&env, "shop", "web", 3001, "shop.example.com");
    fake.with(|s| {
        s.hang_write_call = Some(s.write_calls + 1);
        s.hang_after_apply = true;
    });
    let mut child = env
        .command(&["tunnel", "sync", "--remote"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn meta");
    let hung = fake.wait_hanging(Duration::from_secs(30));
    child.kill().expect("SIGKILL");
    child.wait().unwrap();
    fake.with(|s| {
        s.hang_write_call = None;
        s.release = true;
    });
    assert!(hung, "the sync never reached its PUT");
    let config = |fake: &Fake| fake.with(|s| s.tunnels[&key]["config"].clone());
    assert_ne!(config(&fake), old);
    env.meta(&["tunnel", "sync", "--remote"])
        .code(7)
        .stderr_has("meta recover");
    env.meta(&["recover"]).ok();
    assert_eq!(config(&fake), old);
    env.meta(&["audit", "verify"]).ok();
    let log = env.meta(&["audit", "log", "--target", "tunnel/remote", "-o", "json"]);
    let entries = log.json();
    assert_eq!(
        entries.as_array().unwrap().last().unwrap()["command"],
        "recover"
    );
    // Nothing was recorded as put into the tunnel: the next sync puts it again.
    env.meta(&["tunnel", "sync", "--remote", "--check"]).code(8);
    env.meta(&["tunnel", "sync", "--remote"]).ok();
    env.meta(&["tunnel", "sync", "--remote", "--check"]).ok();
}
