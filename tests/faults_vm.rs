//! `meta vm` under faults: a resize SIGKILLed at each of its API calls (before the fake
//! does the call, and after it did but before its operation finished), then `meta
//! recover`; and the plan `--dry-run` shows is the plan apply records.

mod common;
mod fake_gcp;

use std::process::Stdio;
use std::time::{Duration, Instant};

use common::TestEnv;
use fake_gcp::{Fake, Hold, ZONE};

fn env_with(fake: &Fake) -> TestEnv {
    let mut env = TestEnv::init();
    env.env(
        "GOOGLE_APPLICATION_CREDENTIALS",
        fake.key_path().to_str().unwrap(),
    )
    .env(
        "CLOUDSDK_API_ENDPOINT_OVERRIDES_COMPUTE",
        &fake.compute_url(),
    )
    .env(
        "CLOUDSDK_API_ENDPOINT_OVERRIDES_MONITORING",
        &fake.monitoring_url(),
    )
    .env("CLOUDSDK_COMPUTE_ZONE", ZONE);
    env
}

/// Runs `args`, and SIGKILLs meta while the fake holds its `n`th mutating call.
fn run_and_kill(fake: &Fake, env: &TestEnv, args: &[&str], n: usize, hold: Hold) {
    fake.state().hold_mutation = Some((n, hold));
    let mut child = env
        .command(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while !fake.state().held {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "call {n} was never made"
        );
        if let Ok(Some(status)) = child.try_wait() {
            panic!("meta ended before call {n}: {status}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    // SIGKILL: nothing of meta runs after this.
    child.kill().unwrap();
    child.wait().unwrap();
    fake.state().held = false;
}

/// Resizes `web` (RUNNING, e2-small) to e2-medium, kills meta while the fake holds the
/// `n`th mutating call, and recovers.
fn kill_at(n: usize, hold: Hold) {
    let fake = Fake::start();
    fake.state().add_instance("web", "e2-small", "RUNNING");
    let env = env_with(&fake);
    // A token in the cache first, so the killed run and the recovery share it.
    env.meta(&["vm", "get", "web"]).ok();
    let args = ["vm", "resize", "web", "--machine-type", "e2-medium"];
    run_and_kill(&fake, &env, &args, n, hold);
    let case = format!("killed at call {n} ({hold:?})");

    let plan = env.meta(&["recover", "--dry-run", "-o", "json"]);
    plan.ok();
    // The recovery is the first JSON document on stdout.
    let recovery: serde_json::Value = serde_json::Deserializer::from_str(&plan.stdout)
        .into_iter()
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(
        recovery["unfinished"]["steps_started"], n,
        "{case}: {}",
        plan.stdout
    );
    env.meta(&["vm", "resize", "web", "--machine-type", "e2-standard-2"])
        .code(7)
        .stderr_has("meta recover");
    env.meta(&["vm", "start", "web"])
        .code(7)
        .stderr_has("meta recover");
    env.meta(&["recover"]).ok();
    {
        let st = fake.state();
        let web = &st.instances["web"];
        assert_eq!(web.machine_type, "e2-small", "{case}");
        assert_eq!(web.status, "RUNNING", "{case}");
        assert!(
            st.operations.values().all(|o| o.done),
            "{case}: an operation is left running"
        );
    }
    env.meta(&["audit", "verify"]).ok();
    let log = env.meta(&["audit", "log", "-o", "json"]);
    log.ok();
    let entries = log.json();
    let entries = entries.as_array().unwrap();
    let last = entries.last().unwrap();
    assert_eq!(last["command"], "recover", "{case}: {}", log.stdout);
    assert_eq!(last["target"], format!("vm/{ZONE}/web"), "{case}");
    assert!(
        last["outcome"]
            .as_str()
            .unwrap()
            .starts_with("rolled back `vm resize`"),
        "{case}: {last}"
    );
    assert!(
        entries
            .iter()
            .any(|e| e["command"] == "vm resize" && e["outcome"] == "started"),
        "{case}"
    );
    // The host is usable again.
    env.meta(&["vm", "resize", "web", "--machine-type", "e2-medium"])
        .ok();
    assert_eq!(fake.state().instances["web"].machine_type, "e2-medium");
}

#[test]
fn resize_killed_before_each_call_is_rolled_back_by_recover() {
    for n in 1..=3 {
        kill_at(n, Hold::Before);
    }
}

#[test]
fn resize_killed_while_each_call_runs_is_rolled_back_by_recover() {
    for n in 1..=3 {
        kill_at(n, Hold::After);
    }
}

/// `recover --forward` finishes a resize or a create cut short, repeating its last
/// started call.
#[test]
fn recover_forward_finishes_a_resize_and_a_create() {
    for hold in [Hold::Before, Hold::After] {
        let fake = Fake::start();
        fake.state().add_instance("web", "e2-small", "RUNNING");
        let env = env_with(&fake);
        let args = ["vm", "resize", "web", "--machine-type", "e2-medium"];
        run_and_kill(&fake, &env, &args, 2, hold);
        env.meta(&["recover", "--forward"]).ok();
        let st = fake.state();
        assert_eq!(st.instances["web"].machine_type, "e2-medium", "{hold:?}");
        assert_eq!(st.instances["web"].status, "RUNNING", "{hold:?}");
        drop(st);
        env.meta(&["audit", "verify"]).ok();

        let args = ["vm", "create", "db", "--machine-type", "e2-small"];
        run_and_kill(&fake, &env, &args, 1, hold);
        env.meta(&["recover", "--forward"]).ok();
        let st = fake.state();
        assert_eq!(st.instances["db"].status, "RUNNING", "{hold:?}");
        let inserts = st.operations.values().filter(|o| o.op_type == "insert");
        assert_eq!(inserts.count(), 1, "{hold:?}: the insert is done once");
    }
}

/// A create cut short before its insert was done, or while it ran: recover deletes the VM
/// if it came to be, and succeeds if it never did.
#[test]
fn create_killed_at_its_insert_is_undone_by_recover() {
    for hold in [Hold::Before, Hold::After] {
        let fake = Fake::start();
        let env = env_with(&fake);
        let args = ["vm", "create", "db", "--machine-type", "e2-small"];
        run_and_kill(&fake, &env, &args, 1, hold);
        assert_eq!(
            fake.state().instances.contains_key("db"),
            hold == Hold::After
        );
        env.meta(&["recover"]).ok();
        assert!(!fake.state().instances.contains_key("db"), "{hold:?}");
        env.meta(&["audit", "verify"]).ok();
    }
}

/// The steps of `--dry-run -o json`, as `kind: summary` lines.
fn dry_run_steps(env: &TestEnv, args: &[&str]) -> Vec<String> {
    let mut all = args.to_vec();
    all.extend(["--dry-run", "-o", "json"]);
    let run = env.meta(&all);
    run.ok();
    let plan = run.json();
    common::plan_lines(&plan)
}

/// The steps the newest audit entry of `command` recorded.
fn applied_steps(env: &TestEnv, command: &str) -> Vec<String> {
    let log = env.meta(&["audit", "log", "-o", "json"]);
    log.ok();
    let entries = log.json();
    let entry = entries
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .find(|e| e["command"] == command && e["outcome"] == "ok")
        .unwrap_or_else(|| panic!("no `{command}` entry: {}", log.stdout))
        .clone();
    entry["detail"]
        .as_str()
        .unwrap_or("")
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn dry_run_shows_the_steps_apply_records() {
    let fake = Fake::start();
    fake.state().add_instance("web", "e2-small", "RUNNING");
    let env = env_with(&fake);
    for (args, command, steps) in [
        (
            &["vm", "resize", "web", "--machine-type", "e2-medium"][..],
            "vm resize",
            3,
        ),
        (&["vm", "stop", "web"][..], "vm stop", 1),
        (&["vm", "start", "web"][..], "vm start", 1),
    ] {
        let planned = dry_run_steps(&env, args);
        assert_eq!(planned.len(), steps, "{planned:?}");
        env.meta(args).ok();
        assert_eq!(applied_steps(&env, command), planned, "{command}");
    }
    let planned = dry_run_steps(&env, &["vm", "resize", "web", "--machine-type", "e2-small"]);
    assert_eq!(
        planned,
        [
            format!("api_call: POST projects/demo-project/zones/{ZONE}/instances/web/stop"),
            format!(
                "api_call: POST projects/demo-project/zones/{ZONE}/instances/web/setMachineType"
            ),
            format!("api_call: POST projects/demo-project/zones/{ZONE}/instances/web/start"),
        ]
    );
}
