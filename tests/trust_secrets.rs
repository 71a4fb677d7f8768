//! What `meta` does to keep secrets from leaking: a value leaves only once its audit entry
//! is committed, no core dump of a process holding values, and a home whose files others
//! could change or read is refused or warned about.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::time::Duration;

use common::{Run, TestEnv};

/// A home with `p/token` and `p/other` stored.
fn seeded() -> TestEnv {
    let env = TestEnv::init();
    env.meta_stdin(&["secret", "set", "p/token"], b"s3cret-value")
        .ok();
    env.meta_stdin(&["secret", "set", "p/other"], b"other-value")
        .ok();
    env
}

/// Another writer holding the state's write lock until it is dropped.
struct Lock(rusqlite::Connection);

impl Lock {
    fn take(state: &Path) -> Lock {
        let conn = rusqlite::Connection::open(state).expect("open the state file");
        conn.busy_timeout(Duration::ZERO).unwrap();
        conn.execute_batch("BEGIN IMMEDIATE")
            .expect("take the write lock");
        Lock(conn)
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = self.0.execute_batch("ROLLBACK");
    }
}

/// The audit entries naming `command`.
fn entries(env: &TestEnv, command: &str) -> usize {
    let log = env.meta(&["audit", "log", "-o", "json"]).ok().json();
    log.as_array()
        .unwrap()
        .iter()
        .filter(|e| e["command"].as_str() == Some(command))
        .count()
}

fn recipient() -> String {
    use age::secrecy::ExposeSecret;
    let identity = age::x25519::Identity::generate();
    let _ = identity.to_string().expose_secret().len();
    identity.to_public().to_string()
}

/// Runs `args` while another writer holds the lock: busy (7), nothing on stdout, and no
/// entry for `command`.
#[track_caller]
fn refused_while_locked(env: &mut TestEnv, args: &[&str], command: &str) -> Run {
    let before = entries(env, command);
    let run = {
        let _lock = Lock::take(&env.state_path());
        env.env("META_LOCK_TIMEOUT", "1");
        let run = env.meta(args);
        env.env("META_LOCK_TIMEOUT", "10");
        run
    };
    run.code(7).stderr_has("busy");
    assert!(
        run.stdout_bytes.is_empty(),
        "nothing may leave without its entry, got {:?}",
        run.stdout
    );
    assert!(!run.stderr.contains("s3cret-value"), "{}", run.stderr);
    assert_eq!(entries(env, command), before, "no entry was committed");
    run
}

#[test]
fn get_with_the_state_locked_prints_nothing_and_exits_busy() {
    let mut env = seeded();
    refused_while_locked(&mut env, &["secret", "get", "p/token"], "secret get");
    let run = env.meta(&["secret", "get", "p/token"]);
    run.ok();
    assert_eq!(run.stdout_bytes, b"s3cret-value");
    assert_eq!(entries(&env, "secret get"), 1);
}

#[test]
fn get_as_json_with_the_state_locked_prints_nothing() {
    let mut env = seeded();
    refused_while_locked(
        &mut env,
        &["secret", "get", "p/token", "-o", "json"],
        "secret get",
    );
}

#[test]
fn export_to_stdout_with_the_state_locked_writes_no_bundle() {
    let mut env = seeded();
    let r = recipient();
    let args = ["secret", "export", "-r", r.as_str(), "--armor", "p/"];
    refused_while_locked(&mut env, &args, "secret export");
    let run = env.meta(&args);
    run.ok().stdout_has("BEGIN AGE ENCRYPTED FILE");
    assert_eq!(entries(&env, "secret export"), 2, "one entry per secret");
}

#[test]
fn export_to_a_file_with_the_state_locked_writes_no_file() {
    let mut env = seeded();
    let r = recipient();
    let out = env.path("bundle.age");
    let out_s = out.to_str().unwrap().to_string();
    let args = [
        "secret",
        "export",
        "-r",
        r.as_str(),
        "--out",
        out_s.as_str(),
        "p/",
    ];
    refused_while_locked(&mut env, &args, "secret export");
    assert!(!out.exists(), "no bundle without its entry");
    env.meta(&args).ok();
    assert!(out.exists());
    // The two exposures, then the plan engine's own record of the file it wrote.
    assert!(entries(&env, "secret export") >= 2);
    let log = env
        .meta(&["audit", "log", "-o", "json"])
        .ok()
        .stdout
        .clone();
    assert!(log.contains("secret/p/token") && log.contains("secret/p/other"));
}

#[test]
fn exec_with_the_state_locked_runs_nothing() {
    let mut env = seeded();
    let marker = env.path("ran");
    let marker_s = marker.to_str().unwrap().to_string();
    let args = [
        "secret",
        "exec",
        "--prefix",
        "p",
        "--",
        "touch",
        marker_s.as_str(),
    ];
    refused_while_locked(&mut env, &args, "secret exec");
    assert!(!marker.exists(), "the command ran without an entry");
    env.meta(&args).ok();
    assert!(marker.exists());
    assert_eq!(entries(&env, "secret exec"), 2);
}

#[test]
fn env_with_the_state_locked_prints_nothing() {
    let mut env = seeded();
    let args = ["secret", "env", "p"];
    refused_while_locked(&mut env, &args, "secret env");
    env.meta(&args).ok().stdout_has("s3cret-value");
    assert_eq!(entries(&env, "secret env"), 2);
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn init_makes_a_private_home_and_later_commands_warn_of_nothing() {
    let env = TestEnv::new();
    let run = env.meta(&["init"]);
    run.ok();
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    assert_eq!(mode(&env.home), 0o700);
    assert_eq!(mode(&env.state_path()), 0o600);
    assert_eq!(mode(&env.home.join("identity.txt")), 0o600);
    let run = env.meta_stdin(&["secret", "set", "p/token"], b"v");
    run.ok();
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    let run = env.meta(&["secret", "get", "p/token"]);
    run.ok();
    assert!(run.stderr.is_empty(), "{}", run.stderr);
}

#[test]
fn a_home_others_can_write_is_refused_with_the_chmod_to_run() {
    let env = seeded();
    chmod(&env.home, 0o770);
    let run = env.meta(&["secret", "get", "p/token"]);
    run.code(4)
        .stderr_has("the home folder")
        .stderr_has("writable by other users")
        .stderr_has(&format!("chmod 700 {}", env.home.display()));
    assert!(run.stdout.is_empty());
    chmod(&env.home, 0o707);
    env.meta(&["port", "list"]).code(4);
    chmod(&env.home, 0o700);
    env.meta(&["secret", "get", "p/token"]).ok();
}

#[test]
fn a_state_file_others_can_write_is_refused() {
    let env = seeded();
    chmod(&env.state_path(), 0o620);
    let run = env.meta(&["secret", "list"]);
    run.code(4)
        .stderr_has("the state file")
        .stderr_has("writable by other users")
        .stderr_has(&format!("chmod 600 {}", env.state_path().display()));
    chmod(&env.state_path(), 0o602);
    env.meta(&["secret", "get", "p/token"]).code(4);
    chmod(&env.state_path(), 0o600);
    assert_eq!(
        entries(&env, "secret get"),
        0,
        "a refused get records nothing"
    );
}

#[test]
fn a_state_file_others_can_read_is_used_with_a_warning() {
    let env = seeded();
    chmod(&env.state_path(), 0o644);
    let run = env.meta(&["secret", "get", "p/token"]);
    run.ok()
        .stderr_has("warning: the state file")
        .stderr_has("readable by other users")
        .stderr_has(&format!("chmod 600 {}", env.state_path().display()));
    assert_eq!(run.stdout_bytes, b"s3cret-value");
    // Once, not per use of the state.
    assert_eq!(run.stderr.matches("warning:").count(), 1, "{}", run.stderr);
    // A command that only reads warns too; `-q` silences it.
    env.meta(&["secret", "list"]).ok().stderr_has("warning:");
    let run = env.meta(&["-q", "secret", "list"]);
    assert!(!run.ok().stderr.contains("warning"), "{}", run.stderr);
}

#[test]
fn an_identity_others_can_read_is_used_with_a_warning() {
    let env = seeded();
    let identity = env.home.join("identity.txt");
    chmod(&identity, 0o640);
    let run = env.meta(&["secret", "get", "p/token"]);
    run.ok()
        .stderr_has("warning: the identity file")
        .stderr_has(&format!("chmod 600 {}", identity.display()));
    assert_eq!(run.stdout_bytes, b"s3cret-value");
    // `exec` replaces this process: the warning comes before.
    let run = env.meta(&["secret", "exec", "--prefix", "p", "--", "true"]);
    run.ok().stderr_has("warning: the identity file");
}

#[test]
fn an_identity_others_can_write_is_refused() {
    let env = seeded();
    let identity = env.home.join("identity.txt");
    chmod(&identity, 0o622);
    let run = env.meta(&["secret", "get", "p/token"]);
    run.code(4)
        .stderr_has("the identity file")
        .stderr_has("writable by other users")
        .stderr_has(&format!("chmod 600 {}", identity.display()));
    assert!(run.stdout.is_empty());
    // Also one given with `--identity`, outside the home.
    let elsewhere = env.path("id.txt");
    std::fs::copy(&identity, &elsewhere).unwrap();
    chmod(&identity, 0o600);
    chmod(&elsewhere, 0o666);
    let elsewhere_s = elsewhere.to_str().unwrap().to_string();
    env.meta(&[
        "--identity",
        elsewhere_s.as_str(),
        "secret",
        "get",
        "p/token",
    ])
    .code(4)
    .stderr_has("writable by other users");
    env.meta(&["secret", "get", "p/token"]).ok();
}

#[test]
fn what_exec_runs_may_not_dump_core() {
    let env = seeded();
    let run = env.meta(&[
        "secret",
        "exec",
        "--prefix",
        "p",
        "--",
        "cat",
        "/proc/self/limits",
    ]);
    run.ok();
    let line = run
        .stdout
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .unwrap_or_else(|| panic!("no core limit in {}", run.stdout));
    let fields: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(
        &fields[4..6],
        ["0", "0"],
        "soft and hard core limits: {line}"
    );
}
