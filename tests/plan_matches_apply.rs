//! What `--dry-run` shows is what a run does: for every command that changes the state
//! file (and `config set|unset`), the steps of `--dry-run -o json` are the lines of the
//! audit entry the real run leaves. And a command that changes nothing writes nothing.

mod common;

use common::TestEnv;

fn audit_log(env: &TestEnv) -> Vec<serde_json::Value> {
    env.meta(&["audit", "log", "-o", "json"])
        .ok()
        .json()
        .as_array()
        .unwrap()
        .clone()
}

/// Runs `args` with `--dry-run -o json`, then for real, and checks that the dry run
/// changed nothing, showed at least one step, and showed exactly the steps the run's
/// audit entry records. Returns the steps.
fn same_steps(env: &TestEnv, args: &[&str], stdin: Option<&[u8]>) -> Vec<String> {
    let run = |args: &[&str]| match stdin {
        Some(input) => env.meta_stdin(args, input),
        None => env.meta(args),
    };
    let before = audit_log(env).len();
    let mut dry_args = args.to_vec();
    dry_args.extend(["--dry-run", "-o", "json"]);
    let dry = run(&dry_args);
    dry.ok();
    let plan = dry.json();
    let shown: Vec<String> = common::plan_lines(&plan);
    assert!(!shown.is_empty(), "{args:?}: the dry run shows no step");
    assert_eq!(
        audit_log(env).len(),
        before,
        "{args:?}: the dry run wrote an audit entry"
    );
    let mut real_args = args.to_vec();
    real_args.push("--yes");
    run(&real_args).ok();
    let log = audit_log(env);
    let last = log.last().unwrap();
    assert_eq!(last["outcome"], "ok", "{args:?}: {last}");
    let done: Vec<String> = last["detail"]
        .as_str()
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    assert_eq!(shown, done, "{args:?}: the plan is not what the run did");
    shown
}

#[test]
fn project_and_port_plans_match_what_runs() {
    let env = TestEnv::init();
    same_steps(&env, &["project", "add", "shop"], None);
    same_steps(&env, &["port", "allocate", "shop", "web"], None);
    same_steps(
        &env,
        &[
            "port",
            "allocate",
            "shop",
            "web",
            "--hostname",
            "shop.example.com",
        ],
        None,
    );
    same_steps(&env, &["port", "allocate", "shop", "api"], None);
    same_steps(&env, &["port", "release", "shop", "api"], None);
    same_steps(&env, &["port", "reserve", "41000-41010"], None);
    same_steps(
        &env,
        &["port", "reserve", "41000-41010", "--reason", "legacy"],
        None,
    );
    same_steps(&env, &["port", "reserve", "41020"], None);
    let steps = same_steps(&env, &["port", "unreserve", "41000-41030"], None);
    assert_eq!(steps.len(), 2, "{steps:?}");
    let steps = same_steps(&env, &["project", "rm", "shop", "--force"], None);
    assert!(steps[0].contains("its 1 port allocation"), "{steps:?}");
}

#[test]
fn port_import_plan_matches_what_runs() {
    let env = TestEnv::init();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port().to_string();
    same_steps(
        &env,
        &[
            "project",
            "add",
            "imp",
            "--range",
            &format!("{port}-{port}"),
        ],
        None,
    );
    let steps = same_steps(&env, &["port", "import", "--project", "imp"], None);
    assert_eq!(steps.len(), 1, "{steps:?}");
    assert!(steps[0].contains(&port), "{steps:?}");
    drop(listener);
}

#[test]
fn secret_plans_match_what_runs() {
    let env = TestEnv::init();
    same_steps(&env, &["secret", "set", "app/db"], Some(b"one"));
    same_steps(&env, &["secret", "set", "app/db"], Some(b"two"));
    same_steps(&env, &["secret", "delete", "app/db"], None);
    // A set of a deleted secret brings it back, in the same single step.
    same_steps(&env, &["secret", "set", "app/db"], Some(b"three"));
    same_steps(&env, &["secret", "delete", "app/db"], None);
    same_steps(&env, &["secret", "undelete", "app/db"], None);
    same_steps(&env, &["secret", "rotate-key"], None);
    same_steps(&env, &["secret", "set", "app/gone"], Some(b"x"));
    same_steps(&env, &["secret", "delete", "app/gone", "--purge"], None);
}

#[test]
fn secret_import_plan_matches_what_runs() {
    let env = TestEnv::init();
    env.meta_stdin(&["secret", "set", "app/db"], b"one").ok();
    env.meta_stdin(&["secret", "set", "app/key"], b"k").ok();
    let id = env.path("bundle-id.txt");
    let keygen = std::process::Command::new("age-keygen")
        .arg("-o")
        .arg(&id)
        .output()
        .expect("age-keygen (Debian: apt-get install -y age)");
    assert!(keygen.status.success());
    let out = std::process::Command::new("age-keygen")
        .arg("-y")
        .arg(&id)
        .output()
        .unwrap();
    let recipient = String::from_utf8(out.stdout).unwrap().trim().to_string();
    env.meta(&["secret", "export", "-r", &recipient, "--out", "b.age"])
        .ok();
    let id = id.display().to_string();
    let steps = same_steps(
        &env,
        &["secret", "import", "b.age", "-i", &id, "--prefix", "copy"],
        None,
    );
    assert_eq!(steps.len(), 2, "{steps:?}");
}

#[test]
fn config_plans_match_what_runs() {
    let env = TestEnv::init();
    let steps = same_steps(&env, &["config", "set", "gcp.zone", "z"], None);
    assert!(steps[0].starts_with("write_file: "), "{steps:?}");
    same_steps(&env, &["config", "set", "gcp.zone", "y"], None);
    same_steps(&env, &["config", "unset", "gcp.zone"], None);
}

#[test]
fn config_unset_without_a_config_file_plans_nothing() {
    let env = TestEnv::init();
    let config = env.home.join("config.toml");
    assert!(!config.exists());
    let plan = env
        .meta(&["config", "unset", "gcp.zone", "--dry-run", "-o", "json"])
        .ok()
        .json();
    assert_eq!(plan["steps"].as_array().unwrap().len(), 0, "{plan}");
    let before = audit_log(&env).len();
    env.meta(&["config", "unset", "gcp.zone"])
        .ok()
        .stderr_has("unchanged");
    assert!(!config.exists());
    assert_eq!(audit_log(&env).len(), before);
}

/// (size, mtime) of state.db and its -wal file.
fn state_files(env: &TestEnv) -> Vec<(u64, std::time::SystemTime)> {
    let db = env.state_path();
    let mut wal = db.clone().into_os_string();
    wal.push("-wal");
    [db, wal.into()]
        .iter()
        .map(|p| {
            let m = std::fs::metadata(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (m.len(), m.modified().unwrap())
        })
        .collect()
}

#[test]
fn an_allocation_that_exists_writes_nothing() {
    let env = TestEnv::init();
    env.meta(&["project", "add", "shop"]).ok();
    let port = env
        .meta(&["port", "allocate", "shop", "web"])
        .ok()
        .stdout
        .clone();
    // A read leaves the WAL in place; from here on nothing may touch either file.
    env.meta(&["port", "get", "shop", "web"]).ok();
    let before_log = audit_log(&env).len();
    let before = state_files(&env);
    std::thread::sleep(std::time::Duration::from_millis(20));
    let again = env.meta(&["port", "allocate", "shop", "web"]);
    again.ok().stderr_has("unchanged");
    assert_eq!(again.stdout, port);
    let plan = env
        .meta(&["port", "allocate", "shop", "web", "--dry-run", "-o", "json"])
        .ok()
        .json();
    assert_eq!(plan["steps"].as_array().unwrap().len(), 0, "{plan}");
    assert_eq!(state_files(&env), before, "state.db or its WAL changed");
    assert_eq!(audit_log(&env).len(), before_log);
}
