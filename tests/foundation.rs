//! End to end through the binary: init, project, config, audit, the state file and the
//! global behaviour every command shares.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::process::Stdio;

use common::{snapshot, TestEnv};

fn mode(path: &std::path::Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn sql(env: &TestEnv, statement: &str) {
    let conn = rusqlite::Connection::open(env.state_path()).unwrap();
    conn.execute_batch(statement).unwrap();
}

// --- init -----------------------------------------------------------------------------

#[test]
fn init_creates_private_files_and_is_idempotent() {
    let env = TestEnv::new();
    let first = env.meta(&["init", "-o", "json"]);
    first.ok();
    let items = first.json()["items"].as_array().unwrap().clone();
    assert!(items.iter().all(|i| i["status"] == "created"), "{items:?}");
    assert_eq!(mode(&env.home), 0o700);
    assert_eq!(mode(&env.state_path()), 0o600);
    assert_eq!(mode(&env.home.join("identity.txt")), 0o600);
    let identity = std::fs::read_to_string(env.home.join("identity.txt")).unwrap();
    assert!(identity.contains("AGE-SECRET-KEY-1"));
    let audit_before = env.meta(&["audit", "log", "-o", "json"]).json();

    let second = env.meta(&["init", "-o", "json"]);
    second.ok().stderr_has("nothing changed");
    let items = second.json()["items"].as_array().unwrap().clone();
    assert!(items.iter().all(|i| i["status"] == "exists"), "{items:?}");
    assert_eq!(
        std::fs::read_to_string(env.home.join("identity.txt")).unwrap(),
        identity
    );
    assert_eq!(
        env.meta(&["audit", "log", "-o", "json"]).json(),
        audit_before,
        "a no-op init records nothing"
    );
}

#[test]
fn init_dry_run_writes_nothing() {
    let env = TestEnv::new();
    let run = env.meta(&["init", "--dry-run", "-o", "json"]);
    run.ok();
    assert!(run.json()["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["status"] == "would_create"));
    assert!(!env.home.exists());
}

#[test]
fn identity_can_live_elsewhere() {
    let env = TestEnv::new();
    let id = env.path("keys/meta.key");
    let id_str = id.to_str().unwrap();
    env.meta(&["init", "--identity", id_str]).ok();
    assert!(id.exists());
    assert!(!env.home.join("identity.txt").exists());
    // The same through the environment variable.
    let mut env2 = TestEnv::new();
    env2.env("META_IDENTITY", id_str);
    env2.meta(&["init"]).ok();
    assert!(!env2.home.join("identity.txt").exists());
}

#[test]
fn wrong_or_missing_identity_is_refused_without_output() {
    let env = TestEnv::init();
    let other = env.path("other.key");
    TestEnv::new()
        .meta(&["init", "--identity", other.to_str().unwrap()])
        .ok();
    let run = env.meta(&["init", "--identity", other.to_str().unwrap()]);
    run.code(1)
        .stderr_has("error: cannot open the data key with");
    assert!(run.stdout.is_empty());

    std::fs::remove_file(env.home.join("identity.txt")).unwrap();
    let run = env.meta(&["init"]);
    run.code(1)
        .stderr_has("cannot open the data key with")
        .stderr_has("hint:");
    assert!(
        !env.home.join("identity.txt").exists(),
        "no new identity replaces the lost one"
    );
}

// --- project --------------------------------------------------------------------------

#[test]
fn project_ranges_are_blocks_or_given_and_never_overlap() {
    let env = TestEnv::init();
    env.meta(&["project", "add", "web"]).ok();
    env.meta(&["project", "add", "db", "--range", "5000-5099"])
        .ok();
    env.meta(&["project", "add", "api"]).ok();
    env.meta(&["project", "add", "ops"]).ok();
    let list = env.meta(&["project", "list", "-o", "json"]).json();
    let range = |name: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .unwrap()["range"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(range("web"), "3000-3999");
    assert_eq!(range("api"), "4000-4999");
    assert_eq!(range("db"), "5000-5099");
    assert_eq!(range("ops"), "6000-6999");

    let clash = env.meta(&["project", "add", "x", "--range", "4500-4600"]);
    clash.code(4).stderr_has("overlaps project `api`");
    for bad in ["5000-4000", "1-70000", "abc", "0-10"] {
        env.meta(&["project", "add", "x", "--range", bad])
            .code(2)
            .stderr_has("error:");
    }
    env.meta(&["project", "add", "Bad Name"])
        .code(2)
        .stderr_has("not a valid project name");
    // The same request again is not an error; a different one is a conflict.
    env.meta(&["project", "add", "db", "--range", "5000-5099"])
        .ok()
        .stderr_has("unchanged");
    env.meta(&["project", "add", "db", "--range", "5000-5199"])
        .code(4);
    assert_eq!(
        env.meta(&["project", "list", "-o", "name"]).stdout,
        "api\ndb\nops\nweb\n"
    );
}

#[test]
fn project_paths_are_stored_canonical() {
    let env = TestEnv::init();
    std::fs::create_dir_all(env.path("work/app")).unwrap();
    env.meta(&["project", "add", "app", "--path", "work/x/../app/."])
        .ok();
    let shown = env.meta(&["project", "show", "app", "-o", "json"]).json();
    let expected = std::fs::canonicalize(env.path("work/app")).unwrap();
    assert_eq!(shown["path"], expected.to_str().unwrap());
    assert_eq!(shown["owns"]["allocations"], 0);
}

#[test]
fn project_show_and_rm_of_unknown_are_not_found() {
    let env = TestEnv::init();
    env.meta(&["project", "show", "nope"])
        .code(3)
        .stderr_has("no project named `nope`");
    env.meta(&["project", "rm", "nope"]).code(3);
}

#[test]
fn project_rm_refuses_while_it_owns_things() {
    let env = TestEnv::init();
    env.meta(&["project", "add", "web"]).ok();
    sql(&env, "INSERT INTO allocations (project_id, service, port, created) VALUES ((SELECT id FROM projects WHERE name='web'), 'api', 3001, 'now')");
    env.meta(&["project", "rm", "web"])
        .code(4)
        .stderr_has("still owns 1 port allocation")
        .stderr_has("--force");
    // Without a terminal, the confirmation --force needs is a usage error.
    env.meta(&["project", "rm", "web", "--force"])
        .code(2)
        .stderr_has("hint: pass `--yes`");
    env.meta(&["project", "rm", "web", "--force", "--dry-run"])
        .ok()
        .stdout_has("remove project `web` and its 1 port allocation");
    env.meta(&["project", "show", "web"]).ok();
    env.meta(&["project", "rm", "web", "--force", "--yes"]).ok();
    env.meta(&["project", "show", "web"]).code(3);
}

#[test]
fn dry_run_changes_nothing() {
    let env = TestEnv::init();
    let before = snapshot(&env.home);
    let run = env.meta(&["project", "add", "web", "--dry-run"]);
    run.ok()
        .stdout_has("add project `web` with ports 3000-3999");
    let json = env
        .meta(&["project", "add", "web", "--dry-run", "-o", "json"])
        .json();
    assert_eq!(json["steps"][0]["kind"], "state_change");
    env.meta(&["project", "list", "-o", "json"]).ok();
    assert_eq!(env.meta(&["project", "list", "-o", "name"]).stdout, "");
    // Reading does not change bytes either (the WAL may be checkpointed, the rows not).
    let after = snapshot(&env.home);
    assert_eq!(before.len(), after.len());
}

#[test]
fn twenty_concurrent_adds_get_distinct_ranges() {
    let env = TestEnv::init();
    let children: Vec<_> = (0..20)
        .map(|i| {
            env.command(&["project", "add", &format!("p{i:02}")])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let list = env.meta(&["project", "list", "-o", "json"]).json();
    let mut ranges: Vec<(u32, u32)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let (a, b) = p["range"].as_str().unwrap().split_once('-').unwrap();
            (a.parse().unwrap(), b.parse().unwrap())
        })
        .collect();
    assert_eq!(ranges.len(), 20);
    ranges.sort();
    assert!(ranges.windows(2).all(|w| w[0].1 < w[1].0), "{ranges:?}");
    env.meta(&["audit", "verify"]).ok();
    assert_eq!(
        env.meta(&["audit", "log", "--target", "project/", "-o", "json"])
            .json()
            .as_array()
            .unwrap()
            .len(),
        20
    );
}

// --- state file -----------------------------------------------------------------------

#[test]
fn a_state_file_that_is_not_sqlite_is_left_alone() {
    let env = TestEnv::new();
    let bogus = env.path("bogus.db");
    std::fs::write(&bogus, b"this is not a database, it is a grocery list\n").unwrap();
    let run = env.meta(&["--state", bogus.to_str().unwrap(), "project", "list"]);
    run.code(1).stderr_has("is not a meta state file");
    assert_eq!(
        std::fs::read(&bogus).unwrap(),
        b"this is not a database, it is a grocery list\n"
    );
}

#[test]
fn a_truncated_state_file_is_an_error_and_untouched() {
    let env = TestEnv::init();
    for i in 0..30 {
        env.meta(&[
            "project",
            "add",
            &format!("p{i}"),
            "--range",
            &format!("{}-{}", 10000 + i * 10, 10009 + i * 10),
        ])
        .ok();
    }
    let bytes = std::fs::read(env.state_path()).unwrap();
    assert!(bytes.len() > 8192);
    for cut in [50, 4096 + 100, bytes.len() / 2] {
        let broken = env.path(&format!("cut{cut}.db"));
        std::fs::write(&broken, &bytes[..cut]).unwrap();
        let run = env.meta(&["--state", broken.to_str().unwrap(), "project", "list"]);
        assert_ne!(run.code, 0, "cut at {cut}: {}", run.stdout);
        assert!(
            run.stderr.starts_with("error: "),
            "cut at {cut}: {}",
            run.stderr
        );
        assert_eq!(
            run.stderr
                .lines()
                .filter(|l| l.starts_with("error:"))
                .count(),
            1
        );
        assert_eq!(
            std::fs::read(&broken).unwrap(),
            &bytes[..cut],
            "cut at {cut} changed the file"
        );
    }
}

#[test]
fn a_state_file_from_a_newer_meta_is_refused_untouched() {
    let env = TestEnv::init();
    sql(&env, "PRAGMA user_version = 999");
    let bytes = std::fs::read(env.state_path()).unwrap();
    env.meta(&["project", "add", "web"])
        .code(1)
        .stderr_has("newer than this meta")
        .stderr_has("hint: upgrade meta");
    assert_eq!(std::fs::read(env.state_path()).unwrap(), bytes);
}

#[test]
fn a_missing_state_says_to_run_init() {
    let env = TestEnv::new();
    env.meta(&["project", "list"])
        .code(3)
        .stderr_has("hint: run `meta init` first");
}

#[test]
fn a_held_write_lock_past_the_timeout_is_exit_7() {
    let mut env = TestEnv::init();
    let conn = rusqlite::Connection::open(env.state_path()).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE").unwrap();
    env.env("META_LOCK_TIMEOUT", "0.3");
    env.meta(&["project", "add", "web"])
        .code(7)
        .stderr_has("busy")
        .stderr_has("META_LOCK_TIMEOUT");
    conn.execute_batch("ROLLBACK").unwrap();
    env.meta(&["project", "add", "web"]).ok();
}

// --- config ---------------------------------------------------------------------------

#[test]
fn config_set_keeps_comments_and_dry_run_shows_the_diff() {
    let env = TestEnv::init();
    let path = env.home.join("config.toml");
    std::fs::write(
        &path,
        "# hand-written\n[gcp]\nzone = \"europe-west1-b\" # where the VMs are\n",
    )
    .unwrap();
    let dry = env.meta(&["config", "set", "gcp.zone", "us-east1-b", "--dry-run"]);
    dry.ok()
        .stdout_has("-zone = \"europe-west1-b\" # where the VMs are")
        .stdout_has("+zone = \"us-east1-b\" # where the VMs are");
    assert!(std::fs::read_to_string(&path)
        .unwrap()
        .contains("europe-west1-b"));
    env.meta(&["config", "set", "gcp.zone", "us-east1-b"]).ok();
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "# hand-written\n[gcp]\nzone = \"us-east1-b\" # where the VMs are\n"
    );
    env.meta(&["config", "set", "gcp.zone", "us-east1-b"])
        .ok()
        .stderr_has("unchanged");
    assert_eq!(
        env.meta(&["config", "get", "gcp.zone"]).stdout,
        "us-east1-b\n"
    );
    let mut env2 = env;
    env2.env("CLOUDSDK_COMPUTE_ZONE", "asia-east1-a");
    assert_eq!(
        env2.meta(&["config", "get", "gcp.zone"]).stdout,
        "asia-east1-a\n"
    );
    let list = env2.meta(&["config", "list", "-o", "json"]).json();
    let zone = list
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["key"] == "gcp.zone")
        .unwrap()
        .clone();
    assert_eq!(zone["source"], "env");
    env2.meta(&["config", "set", "no.such", "x"])
        .code(2)
        .stderr_has("unknown setting");
    env2.meta(&["config", "get", "gcp.project"]).code(3);
    env2.meta(&["config", "set", "cloudflare.batch_limit", "many"])
        .code(2);
    assert_eq!(
        env2.meta(&["audit", "log", "--target", "config/", "-o", "name"])
            .stdout
            .lines()
            .count(),
        2,
        "the set that changed the file is recorded (started, ok); failed attempts and the unchanged set are not"
    );
}

#[test]
fn a_config_file_that_is_not_toml_is_refused_and_kept() {
    let env = TestEnv::init();
    let path = env.home.join("config.toml");
    std::fs::write(&path, "[gcp\nzone = 1\n").unwrap();
    env.meta(&["config", "set", "gcp.zone", "a"])
        .code(2)
        .stderr_has("is not valid TOML");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "[gcp\nzone = 1\n");
}

// --- audit ----------------------------------------------------------------------------

#[test]
fn audit_verify_names_the_first_edited_or_removed_entry() {
    let env = TestEnv::init();
    for name in ["a", "b", "c", "d"] {
        env.meta(&["project", "add", name]).ok();
    }
    env.meta(&["audit", "verify"])
        .ok()
        .stderr_has("intact: 5 entries");
    let log = env.meta(&["audit", "log", "-o", "json"]).json();
    assert_eq!(log[1]["command"], "project add");
    assert_eq!(log[1]["target"], "project/a");
    assert_eq!(log[1]["outcome"], "ok");
    assert!(log[1]["actor"].as_str().is_some_and(|a| !a.is_empty()));
    assert_eq!(log[1]["prev_hash"], log[0]["hash"]);

    sql(&env, "UPDATE audit SET target = 'project/z' WHERE seq = 3");
    let run = env.meta(&["audit", "verify", "-o", "json"]);
    run.code(9).stderr_has("broken at entry 3");
    assert_eq!(run.json()["broken_at"], 3);
    sql(&env, "UPDATE audit SET target = 'project/b' WHERE seq = 3");
    env.meta(&["audit", "verify"]).ok();

    sql(&env, "DELETE FROM audit WHERE seq = 2");
    env.meta(&["audit", "verify"])
        .code(9)
        .stderr_has("entry 2 is missing");
}

#[test]
fn audit_verify_notices_entries_removed_from_the_end() {
    let env = TestEnv::init();
    env.meta(&["project", "add", "a"]).ok();
    env.meta(&["project", "add", "b"]).ok();
    sql(&env, "DELETE FROM audit WHERE seq = 3");
    env.meta(&["audit", "verify"])
        .code(9)
        .stderr_has("removed from the end");
}

#[test]
fn audit_log_filters_by_target_and_time() {
    let env = TestEnv::init();
    env.meta(&["project", "add", "a"]).ok();
    env.meta(&["config", "set", "gcp.zone", "z"]).ok();
    let projects = env
        .meta(&["audit", "log", "--target", "project/", "-o", "json"])
        .json();
    assert_eq!(projects.as_array().unwrap().len(), 1);
    assert_eq!(
        env.meta(&["audit", "log", "--since", "1h", "-o", "json"])
            .json()
            .as_array()
            .unwrap()
            .len(),
        4,
        "init, project add, and the config file step's started and ok entries"
    );
    assert_eq!(
        env.meta(&["audit", "log", "--since", "2999-01-01", "-o", "json"])
            .json()
            .as_array()
            .unwrap()
            .len(),
        0
    );
    env.meta(&["audit", "log", "--since", "last tuesday"])
        .code(2)
        .stderr_has("hint:");
}

// --- global behaviour -----------------------------------------------------------------

#[test]
fn usage_errors_are_exit_2() {
    let env = TestEnv::init();
    env.meta(&["project", "list", "--bogus"]).code(2);
    env.meta(&["project", "list", "-o", "xml"]).code(2);
    env.meta(&["frobnicate"]).code(2);
    env.meta(&["project", "list", "-q", "-v"]).code(2);
}

#[test]
fn help_documents_the_exit_codes() {
    let env = TestEnv::new();
    let run = env.meta(&["--help"]);
    run.ok()
        .stdout_has("Exit codes:")
        .stdout_has("8  drift")
        .stdout_has("7  busy");
}

#[test]
fn json_errors_are_also_an_object_on_stderr() {
    let env = TestEnv::init();
    let run = env.meta(&["project", "show", "nope", "-o", "json"]);
    run.code(3);
    assert!(run.stdout.is_empty());
    let mut lines = run.stderr.lines();
    assert_eq!(lines.next(), Some("error: no project named `nope`"));
    assert!(lines.next().unwrap().starts_with("hint: "));
    let object: serde_json::Value = serde_json::from_str(lines.next().unwrap()).unwrap();
    assert_eq!(object["error"]["code"], 3);
    assert_eq!(object["error"]["kind"], "not_found");
    assert_eq!(object["error"]["message"], "no project named `nope`");
}

#[test]
fn stdout_carries_results_only_and_quiet_silences_talk() {
    let env = TestEnv::init();
    let run = env.meta(&["project", "add", "web", "-o", "name"]);
    run.ok().stderr_has("added project `web`");
    assert_eq!(run.stdout, "web\n");
    let quiet = env.meta(&["project", "add", "api", "-q", "-o", "name"]);
    quiet.ok();
    assert_eq!(quiet.stdout, "api\n");
    assert_eq!(quiet.stderr, "");
    let table = env.meta(&["project", "list"]);
    assert!(!table.stdout.contains('\x1b'), "no colour off a terminal");
    assert!(table.stdout.starts_with("NAME"));
    let yaml = env.meta(&["project", "show", "web", "-o", "yaml"]);
    yaml.ok()
        .stdout_has("name: web\n")
        .stdout_has("range: 3000-3999\n");
}

#[test]
fn a_closed_stdout_is_not_an_error() {
    let env = TestEnv::init();
    for i in 0..5 {
        env.meta(&["project", "add", &format!("p{i}")]).ok();
    }
    let mut fds = [0; 2];
    // SAFETY: a fresh pipe; its read end is closed before the child starts, so every
    // write the child makes to stdout fails with EPIPE.
    let write_end = unsafe {
        assert_eq!(libc::pipe(fds.as_mut_ptr()), 0);
        libc::close(fds[0]);
        <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(fds[1])
    };
    let out = env
        .command(&["project", "list"])
        .stdin(Stdio::null())
        .stdout(Stdio::from(write_end))
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn the_parser_is_consistent() {
    use clap::CommandFactory;
    meta::cli::Cli::command().debug_assert();
}

#[test]
fn config_set_before_init_keeps_the_home_private() {
    let env = TestEnv::new();
    env.meta(&["config", "set", "gcp.project", "p"]).ok();
    assert_eq!(mode(&env.home), 0o700);
    assert_eq!(mode(&env.home.join("config.toml")), 0o600);
    env.meta(&["init"]).ok().stderr_has("initialised");
}

#[test]
fn verbose_talks_on_stderr_only() {
    let env = TestEnv::init();
    let run = env.meta(&["project", "list", "-v", "-o", "json"]);
    run.ok().stderr_has("debug: open state");
    assert_eq!(run.json(), serde_json::json!([]));
}

#[test]
fn completions_are_printed_for_each_shell() {
    let env = TestEnv::new();
    env.meta(&["completions", "bash"])
        .ok()
        .stdout_has("_meta()");
    env.meta(&["completions", "zsh"])
        .ok()
        .stdout_has("#compdef meta");
    env.meta(&["completions", "fish"])
        .ok()
        .stdout_has("complete -c meta");
    env.meta(&["completions", "tcsh"]).code(2);
}

#[test]
fn usage_errors_with_json_output_also_give_the_json_object() {
    let env = TestEnv::init();
    let run = env.meta(&["project", "list", "-o", "json", "--bogus"]);
    run.code(2);
    let last = run.stderr.lines().last().unwrap();
    let object: serde_json::Value = serde_json::from_str(last).unwrap();
    assert_eq!(object["error"]["code"], 2);
    assert_eq!(object["error"]["kind"], "usage");
    assert!(object["error"]["message"]
        .as_str()
        .unwrap()
        .contains("--bogus"));
}
