//! `meta secret`: end to end through the binary.

mod common;

use std::io::Write;
use std::process::Stdio;

use common::{Run, TestEnv};

fn set(env: &TestEnv, path: &str, value: &[u8]) -> Run {
    env.meta_stdin(&["secret", "set", path], value)
}

fn get(env: &TestEnv, path: &str) -> Run {
    env.meta(&["secret", "get", path])
}

fn audit_text(env: &TestEnv) -> String {
    let run = env.meta(&["audit", "log", "-o", "json"]);
    run.ok();
    run.stdout.clone()
}

fn versions(env: &TestEnv, path: &str) -> Vec<i64> {
    env.meta(&["secret", "history", path, "-o", "json"])
        .ok()
        .json()["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["version"].as_i64().unwrap())
        .collect()
}

fn secrets_table(env: &TestEnv) -> rusqlite::Connection {
    rusqlite::Connection::open(env.state_path()).unwrap()
}

#[test]
fn set_then_get_prints_the_bytes_alone() {
    let env = TestEnv::init();
    set(&env, "project/web/database_url", b"postgres://u:p@h/db").ok();
    let run = get(&env, "project/web/database_url");
    run.ok();
    assert_eq!(run.stdout_bytes, b"postgres://u:p@h/db");
    // Binary values go through untouched, and -o json carries them as base64.
    let binary: Vec<u8> = (0u8..=255).chain([0, 0, 10, 13]).collect();
    set(&env, "blob/bin", &binary).ok();
    assert_eq!(get(&env, "blob/bin").ok().stdout_bytes, binary);
    let j = env
        .meta(&["secret", "get", "blob/bin", "-o", "json"])
        .ok()
        .json();
    assert_eq!(j["encoding"], "base64");
    assert_eq!(j["version"], 1);
    use base64::Engine;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(j["value"].as_str().unwrap())
        .unwrap();
    assert_eq!(decoded, binary);
    let j = env
        .meta(&["secret", "get", "project/web/database_url", "-o", "json"])
        .ok()
        .json();
    assert_eq!(j["path"], "project/web/database_url");
    assert_eq!(j["encoding"], "utf8");
    assert_eq!(j["value"], "postgres://u:p@h/db");
    assert!(j["created"].as_str().unwrap().ends_with('Z'));
}

#[test]
fn bad_paths_are_usage_errors_naming_the_rule() {
    let env = TestEnv::init();
    let long = "a".repeat(257);
    let cases: [(&str, &str); 7] = [
        ("a//b", "empty segment"),
        ("a/../b", "`..`"),
        ("./b", "`.`"),
        ("A/b", "uppercase"),
        ("a b", "not allowed"),
        ("/a", "empty segment"),
        (&long, "more than 256"),
    ];
    for (path, why) in cases {
        set(&env, path, b"v")
            .code(2)
            .stderr_has(why)
            .stderr_has("hint:");
        env.meta(&["secret", "get", path]).code(2);
    }
    let list = env.meta(&["secret", "list", "-o", "json"]).ok().json();
    assert_eq!(list.as_array().unwrap().len(), 0);
}

#[test]
fn a_value_on_the_command_line_is_refused_without_repeating_it() {
    let env = TestEnv::init();
    for args in [
        &["secret", "set", "a/b", "hunter2"][..],
        &["secret", "set", "a/b", "--", "-hunter2"][..],
    ] {
        let run = env.meta(args);
        run.code(2)
            .stderr_has("never taken from the command line")
            .stderr_has("hint:");
        assert!(!run.stderr.contains("hunter2"), "{}", run.stderr);
    }
    get(&env, "a/b").code(3);
}

#[test]
fn empty_and_oversized_values_are_refused() {
    let env = TestEnv::init();
    set(&env, "a/empty", b"")
        .code(2)
        .stderr_has("--allow-empty");
    get(&env, "a/empty").code(3);
    env.meta_stdin(&["secret", "set", "a/empty", "--allow-empty"], b"")
        .ok();
    let run = get(&env, "a/empty");
    run.ok();
    assert!(run.stdout_bytes.is_empty());

    let max = vec![b'x'; 1024 * 1024];
    set(&env, "a/max", &max).ok();
    assert_eq!(get(&env, "a/max").ok().stdout_bytes.len(), max.len());
    let over = vec![b'y'; 1024 * 1024 + 1];
    set(&env, "a/over", &over).code(2).stderr_has("1 MiB");
    get(&env, "a/over").code(3);
}

#[test]
fn from_file_and_from_env() {
    let mut env = TestEnv::init();
    let file = env.path("value.bin");
    std::fs::write(&file, b"from a file\n").unwrap();
    env.meta(&[
        "secret",
        "set",
        "a/file",
        "--from-file",
        file.to_str().unwrap(),
    ])
    .ok();
    assert_eq!(get(&env, "a/file").ok().stdout_bytes, b"from a file\n");
    env.meta(&["secret", "set", "a/file", "--from-file", "/nonexistent/x"])
        .code(3);
    env.env("MY_TOKEN", "tok-123");
    env.meta(&["secret", "set", "a/env", "--from-env", "MY_TOKEN"])
        .ok();
    assert_eq!(get(&env, "a/env").ok().stdout_bytes, b"tok-123");
    env.meta(&["secret", "set", "a/env", "--from-env", "NOT_SET_ANYWHERE"])
        .code(2)
        .stderr_has("NOT_SET_ANYWHERE");
}

#[test]
fn each_set_is_a_version_and_the_same_value_is_not() {
    let env = TestEnv::init();
    set(&env, "a/b", b"one").ok().stderr_has("version 1");
    set(&env, "a/b", b"two").ok().stderr_has("version 2");
    let run = set(&env, "a/b", b"two");
    run.ok().stderr_has("already holds this value");
    assert_eq!(versions(&env, "a/b"), [1, 2]);
    let j = env
        .meta_stdin(&["secret", "set", "a/b", "-o", "json"], b"two")
        .ok()
        .json();
    assert_eq!(j["change"], "unchanged");
    assert_eq!(j["version"], 2);

    assert_eq!(get(&env, "a/b").stdout_bytes, b"two");
    let old = env.meta(&["secret", "get", "a/b", "--version", "1"]);
    assert_eq!(old.ok().stdout_bytes, b"one");
    env.meta(&["secret", "get", "a/b", "--version", "3"])
        .code(3)
        .stderr_has("no version 3");
    get(&env, "a/missing")
        .code(3)
        .stderr_has("no secret `a/missing`");
}

#[test]
fn list_and_history_never_show_values() {
    let env = TestEnv::init();
    set(&env, "project/web/db_url", b"VALUE-ONE").ok();
    set(&env, "project/web/db_url", b"VALUE-TWO").ok();
    set(&env, "project/api/key", b"VALUE-THREE").ok();
    set(&env, "projectx/other", b"VALUE-FOUR").ok();
    let run = env.meta(&["secret", "list", "project"]);
    run.ok()
        .stdout_has("project/web/db_url")
        .stdout_has("project/api/key");
    assert!(!run.stdout.contains("projectx"), "{}", run.stdout);
    let j = env
        .meta(&["secret", "list", "project/web", "-o", "json"])
        .ok()
        .json();
    assert_eq!(
        j,
        serde_json::json!([{
            "path": "project/web/db_url",
            "version": 2,
            "versions": 2,
            "updated": j[0]["updated"],
            "deleted": false
        }])
    );
    let names = env
        .meta(&["secret", "list", "-o", "name"])
        .ok()
        .stdout
        .clone();
    assert_eq!(
        names,
        "project/api/key\nproject/web/db_url\nprojectx/other\n"
    );
    let h = env.meta(&["secret", "history", "project/web/db_url"]);
    h.ok().stdout_has("VERSION");
    for out in [&run.stdout, &h.stdout, &j.to_string(), &names] {
        assert!(!out.contains("VALUE-"), "{out}");
    }
    env.meta(&["secret", "history", "no/such"]).code(3);
}

#[test]
fn delete_hides_undelete_restores_purge_destroys() {
    let env = TestEnv::init();
    set(&env, "a/b", b"v1").ok();
    set(&env, "a/b", b"v2").ok();
    env.meta(&["secret", "delete", "a/b"])
        .ok()
        .stderr_has("undelete");
    get(&env, "a/b").code(3).stderr_has("deleted");
    env.meta(&["secret", "get", "a/b", "--version", "1"])
        .code(3);
    let list = env.meta(&["secret", "list", "-o", "json"]).ok().json();
    assert_eq!(list.as_array().unwrap().len(), 0);
    let list = env
        .meta(&["secret", "list", "--deleted", "-o", "json"])
        .ok()
        .json();
    assert_eq!(list[0]["deleted"], true);
    env.meta(&["secret", "delete", "a/b"])
        .ok()
        .stderr_has("already deleted");
    env.meta(&["secret", "undelete", "a/b"]).ok();
    assert_eq!(get(&env, "a/b").ok().stdout_bytes, b"v2");
    env.meta(&["secret", "undelete", "a/b"])
        .ok()
        .stderr_has("not deleted");

    // Set on a deleted secret brings it back with a new version.
    env.meta(&["secret", "delete", "a/b"]).ok();
    set(&env, "a/b", b"v3").ok().stderr_has("back");
    assert_eq!(versions(&env, "a/b"), [1, 2, 3]);

    // Purge asks; without a terminal that is exit 2 until --yes.
    env.meta(&["secret", "delete", "a/b", "--purge"])
        .code(2)
        .stderr_has("--yes");
    assert_eq!(get(&env, "a/b").ok().stdout_bytes, b"v3");
    env.meta(&["secret", "delete", "a/b", "--purge", "--yes"])
        .ok();
    get(&env, "a/b").code(3);
    env.meta(&["secret", "history", "a/b"]).code(3);
    env.meta(&["secret", "undelete", "a/b"]).code(3);
    env.meta(&["secret", "delete", "a/nothing"]).code(3);
    // The path starts again at version 1.
    set(&env, "a/b", b"again").ok();
    assert_eq!(versions(&env, "a/b"), [1]);
}

#[test]
fn dry_run_changes_nothing() {
    let env = TestEnv::init();
    set(&env, "a/b", b"v1").ok();
    let before = common::snapshot(&env.home);
    let plan = env.meta_stdin(&["secret", "set", "a/b", "--dry-run"], b"v2");
    plan.ok().stdout_has("version 2");
    env.meta(&["secret", "delete", "a/b", "--dry-run"])
        .ok()
        .stdout_has("delete secret");
    env.meta(&["secret", "delete", "a/b", "--purge", "--dry-run"])
        .ok()
        .stdout_has("destroy");
    env.meta(&["secret", "rotate-key", "--dry-run"])
        .ok()
        .stdout_has("re-encrypt 1");
    let j = env
        .meta(&["secret", "rotate-key", "--dry-run", "-o", "json"])
        .ok()
        .json();
    assert_eq!(j["changes"], 1);
    let after = common::snapshot(&env.home);
    // WAL bookkeeping may touch the -shm file; the database and log must not change.
    let strip = |s: Vec<(std::path::PathBuf, Vec<u8>)>| {
        s.into_iter()
            .filter(|(p, _)| !p.to_string_lossy().ends_with("-shm"))
            .collect::<Vec<_>>()
    };
    let rows = |env: &TestEnv| -> Vec<(String, i64, Vec<u8>)> {
        let c = secrets_table(env);
        let mut stmt = c
            .prepare("SELECT path, version, ciphertext FROM secrets ORDER BY id")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    assert_eq!(rows(&env).len(), 1);
    assert_eq!(strip(before).len(), strip(after).len());
    assert_eq!(get(&env, "a/b").ok().stdout_bytes, b"v1");
    assert!(!audit_text(&env).contains("\"command\": \"secret delete\""));
}

#[test]
fn wrong_or_missing_identity_is_one_clear_error() {
    let env = TestEnv::init();
    set(&env, "a/b", b"v").ok();
    let other = TestEnv::init();
    let other_id = other.home.join("identity.txt");
    let run = env.meta(&[
        "--identity",
        other_id.to_str().unwrap(),
        "secret",
        "get",
        "a/b",
    ]);
    run.code(1).stderr_has("cannot open the data key with");
    assert!(run.stdout.is_empty());
    assert_eq!(run.stderr.matches("error:").count(), 1, "{}", run.stderr);

    std::fs::remove_file(env.home.join("identity.txt")).unwrap();
    let run = get(&env, "a/b");
    run.code(1).stderr_has("cannot open the data key with");
    assert!(run.stdout.is_empty());
    let run = set(&env, "a/c", b"v");
    run.code(1).stderr_has("cannot open the data key with");
}

#[test]
fn an_altered_or_moved_ciphertext_fails_naming_the_path() {
    let env = TestEnv::init();
    set(&env, "a/one", b"first").ok();
    set(&env, "a/two", b"second").ok();
    set(&env, "a/three", b"third").ok();
    let c = secrets_table(&env);
    // Flip one bit of a/one's ciphertext.
    let mut ct: Vec<u8> = c
        .query_row(
            "SELECT ciphertext FROM secrets WHERE path = 'a/one'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    ct[0] ^= 1;
    c.execute(
        "UPDATE secrets SET ciphertext = ?1 WHERE path = 'a/one'",
        [&ct],
    )
    .unwrap();
    // Move a/three's sealed value (nonce and ciphertext) onto a/two.
    c.execute_batch(
        "UPDATE secrets SET nonce = (SELECT nonce FROM secrets WHERE path = 'a/three'),
                            ciphertext = (SELECT ciphertext FROM secrets WHERE path = 'a/three')
         WHERE path = 'a/two'",
    )
    .unwrap();
    drop(c);
    let run = get(&env, "a/one");
    run.code(1).stderr_has("a/one");
    assert!(run.stdout.is_empty());
    get(&env, "a/two").code(1).stderr_has("a/two");
    assert_eq!(get(&env, "a/three").ok().stdout_bytes, b"third");
    // Rotation refuses to go on over a damaged row, and leaves everything as it was.
    env.meta(&["secret", "rotate-key"])
        .code(1)
        .stderr_has("a/one");
    assert_eq!(get(&env, "a/three").ok().stdout_bytes, b"third");
}

#[test]
fn set_waits_for_the_lock_then_gives_up_with_exit_7() {
    let mut env = TestEnv::init();
    set(&env, "a/b", b"v").ok();
    let c = secrets_table(&env);
    c.execute_batch("BEGIN IMMEDIATE").unwrap();
    env.env("META_LOCK_TIMEOUT", "0.5");
    set(&env, "a/b", b"w").code(7).stderr_has("busy");
    c.execute_batch("COMMIT").unwrap();
    drop(c);
    assert_eq!(get(&env, "a/b").ok().stdout_bytes, b"v");
    set(&env, "a/b", b"w").ok();
}

#[test]
fn fifty_concurrent_sets_make_fifty_versions_without_gaps() {
    let mut env = TestEnv::init();
    env.env("META_LOCK_TIMEOUT", "120");
    let children: Vec<_> = (0..50)
        .map(|i| {
            let mut child = env
                .command(&["secret", "set", "race/path"])
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            child
                .stdin
                .take()
                .unwrap()
                .write_all(format!("value-{i}").as_bytes())
                .unwrap();
            child
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
    assert_eq!(versions(&env, "race/path"), (1..=50).collect::<Vec<_>>());
}

#[test]
fn values_stay_out_of_audit_verbose_output_and_errors() {
    let env = TestEnv::init();
    let value = b"S3CR3T-VALUE-xyz";
    let run = env.meta_stdin(&["-v", "secret", "set", "p/one"], value);
    run.ok();
    assert!(!run.stderr.contains("S3CR3T"), "{}", run.stderr);
    let run = env.meta(&["-v", "secret", "get", "p/one"]);
    assert!(!run.stderr.contains("S3CR3T"), "{}", run.stderr);
    // The same value again, then an error of each kind: none repeats it.
    let run = env.meta_stdin(&["-v", "secret", "set", "p/one"], value);
    assert!(!run.stderr.contains("S3CR3T"));
    let run = env.meta_stdin(&["secret", "set", "P/bad"], value);
    assert!(!run.stderr.contains("S3CR3T"));
    let run = env.meta(&[
        "-v",
        "secret",
        "exec",
        "--prefix",
        "p",
        "--",
        "/nonexistent/cmd",
    ]);
    run.code(1).stderr_has("cannot run");
    assert!(!run.stderr.contains("S3CR3T"));
    let run = env.meta(&["-v", "secret", "env", "p", "--format", "json"]);
    assert!(!run.stderr.contains("S3CR3T"));
    let recipient = age_recipient(&env);
    let run = env.meta(&["-v", "secret", "export", "-r", &recipient, "--out", "b.age"]);
    run.ok();
    assert!(!run.stderr.contains("S3CR3T"));
    let bundle = std::fs::read(env.path("b.age")).unwrap();
    assert!(!String::from_utf8_lossy(&bundle).contains("S3CR3T"));

    let audit = audit_text(&env);
    assert!(!audit.contains("S3CR3T"), "{audit}");
    for command in [
        "secret set",
        "secret get",
        "secret exec",
        "secret env",
        "secret export",
    ] {
        assert!(
            audit.contains(&format!("\"command\": \"{command}\"")),
            "{command} not audited:\n{audit}"
        );
    }
    assert!(audit.contains("\"target\": \"secret/p/one\""));
    env.meta(&["secret", "delete", "p/one"]).ok();
    assert!(audit_text(&env).contains("\"command\": \"secret delete\""));
    // Neither is the value anywhere in the state file in the clear.
    let db = std::fs::read(env.state_path()).unwrap();
    let wal = std::fs::read(env.home.join("state.db-wal")).unwrap_or_default();
    for bytes in [db, wal] {
        assert!(!bytes.windows(value.len()).any(|w| w == value));
    }
}

#[test]
fn no_value_in_the_command_line_of_meta_or_of_the_exec_child() {
    let env = TestEnv::init();
    // `meta secret set` waiting on stdin: its argv holds the path only.
    let mut child = env
        .command(&["secret", "set", "p/token"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"CMDLINE-SECRET").unwrap();
    // Between fork and exec the child still shows the test's own command line; wait for meta.
    let mut cmdline = Vec::new();
    for _ in 0..500 {
        cmdline = std::fs::read(format!("/proc/{}/cmdline", child.id())).unwrap();
        if String::from_utf8_lossy(&cmdline).contains("secret") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
    assert!(!String::from_utf8_lossy(&cmdline).contains("CMDLINE-SECRET"));
    assert!(String::from_utf8_lossy(&cmdline).contains("p/token"));

    // The exec child reads its own command line (it is the process meta became).
    let run = env.meta(&[
        "secret",
        "exec",
        "--prefix",
        "p",
        "--",
        "sh",
        "-c",
        "tr '\\0' ' ' < /proc/$$/cmdline; echo; echo \"token of ${#TOKEN} bytes\"",
    ]);
    run.ok().stdout_has("token of 14 bytes");
    assert!(!run
        .stdout
        .lines()
        .next()
        .unwrap()
        .contains("CMDLINE-SECRET"));
}

#[test]
fn exec_replaces_itself_with_the_variables_set() {
    let mut env = TestEnv::init();
    set(&env, "project/consilio/database_url", b"postgres://x").ok();
    set(&env, "project/consilio/api-key.v2", b"k e y").ok();
    set(&env, "project/other/database_url", b"not me").ok();
    env.env("INHERITED", "yes");
    let run = env.meta(&[
        "secret",
        "exec",
        "--prefix",
        "project/consilio",
        "--",
        "sh",
        "-c",
        "echo \"$DATABASE_URL|$API_KEY_V2|$INHERITED\"",
    ]);
    assert_eq!(run.ok().stdout, "postgres://x|k e y|yes\n");

    // --only and --no-inherit (PATH and HOME kept).
    let run = env.meta(&[
        "secret",
        "exec",
        "--prefix",
        "project/consilio",
        "--only",
        "database_url",
        "--no-inherit",
        "--",
        "sh",
        "-c",
        "echo \"$DATABASE_URL|$API_KEY_V2|$INHERITED|${HOME:+home}|${PATH:+path}\"",
    ]);
    assert_eq!(run.ok().stdout, "postgres://x|||home|path\n");

    // The exit code is the command's own, and the process is the one meta was.
    let child = env
        .command(&[
            "secret",
            "exec",
            "--prefix",
            "project/consilio",
            "--",
            "sh",
            "-c",
            "echo $$; exit 42",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let pid = child.id();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(42));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), pid.to_string());

    // A signal reaches the command itself.
    let mut child = env
        .command(&[
            "secret",
            "exec",
            "--prefix",
            "project/consilio",
            "--",
            "sleep",
            "30",
        ])
        .stdin(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    unsafe_kill(child.id(), "TERM");
    let status = child.wait().unwrap();
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(status.signal(), Some(15));

    env.meta(&[
        "secret",
        "exec",
        "--prefix",
        "project/consilio",
        "--only",
        "nope",
        "--",
        "true",
    ])
    .code(3)
    .stderr_has("nope");
    env.meta(&[
        "secret",
        "exec",
        "--prefix",
        "project/consilio",
        "--dry-run",
        "--",
        "true",
    ])
    .ok()
    .stdout_has("DATABASE_URL");
}

fn unsafe_kill(pid: u32, signal: &str) {
    let ok = std::process::Command::new("kill")
        .arg(format!("-{signal}"))
        .arg(pid.to_string())
        .status()
        .unwrap()
        .success();
    assert!(ok);
}

#[test]
fn exec_refuses_two_paths_on_one_name() {
    let env = TestEnv::init();
    set(&env, "svc/a/db-url", b"1").ok();
    set(&env, "svc/b/db.url", b"2").ok();
    let run = env.meta(&["secret", "exec", "--prefix", "svc", "--", "true"]);
    run.code(4)
        .stderr_has("svc/a/db-url")
        .stderr_has("svc/b/db.url")
        .stderr_has("DB_URL");
    env.meta(&["secret", "env", "svc"]).code(4);
    env.meta(&["secret", "exec", "--prefix", "svc/a", "--", "true"])
        .ok();
}

/// Values with everything that trips quoting up.
const TRICKY: &[(&str, &str)] = &[
    ("plain", "simple"),
    ("spaces", "  two  spaces  "),
    ("dquote", "say \"hi\""),
    ("squote", "it's"),
    ("dollar", "cost $5 and $HOME"),
    ("backslash", "C:\\path\\n\\x"),
    ("newline", "line one\nline two\n"),
    ("mixed", "a \"b\" \\c 'd'\ne"),
    ("hash", "#not a comment # x"),
    ("equals", "a=b=c"),
    ("backtick", "`whoami`"),
    ("empty", ""),
];

fn store_tricky(env: &TestEnv) {
    for (name, value) in TRICKY {
        env.meta_stdin(
            &["secret", "set", &format!("fmt/{name}"), "--allow-empty"],
            value.as_bytes(),
        )
        .ok();
    }
}

#[test]
fn env_json_round_trips() {
    let env = TestEnv::init();
    store_tricky(&env);
    let j = env
        .meta(&["secret", "env", "fmt", "--format", "json"])
        .ok()
        .json();
    for (name, value) in TRICKY {
        assert_eq!(j[name.to_uppercase()], *value, "{name}");
    }
}

/// What systemd does with an `EnvironmentFile=` (src/basic/env-file.c): keys up to `=`,
/// values unquoted, in single quotes (literal) or in double quotes (a backslash escapes
/// `"`, `\`, `` ` `` and `$`, joins lines before a newline, and is kept before anything else).
fn systemd_parse(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let Some(&first) = chars.peek() else { break };
        if first == '#' || first == ';' {
            for c in chars.by_ref() {
                if c == '\n' {
                    break;
                }
            }
            continue;
        }
        let mut key = String::new();
        for c in chars.by_ref() {
            if c == '=' {
                break;
            }
            key.push(c);
        }
        let mut value = String::new();
        match chars.peek() {
            Some('"') => {
                chars.next();
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => match chars.next() {
                            Some('\n') => {}
                            Some(e @ ('"' | '\\' | '`' | '$')) => value.push(e),
                            Some(e) => {
                                value.push('\\');
                                value.push(e);
                            }
                            None => {}
                        },
                        c => value.push(c),
                    }
                }
            }
            Some('\'') => {
                chars.next();
                for c in chars.by_ref() {
                    if c == '\'' {
                        break;
                    }
                    value.push(c);
                }
            }
            _ => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                    value.push(c);
                }
                value = value.trim_end().to_string();
            }
        }
        out.push((key.trim().to_string(), value));
    }
    out
}

#[test]
fn env_systemd_round_trips() {
    let env = TestEnv::init();
    store_tricky(&env);
    let run = env.meta(&["secret", "env", "fmt", "--format", "systemd"]);
    let parsed = systemd_parse(&run.ok().stdout);
    assert_eq!(parsed.len(), TRICKY.len(), "{}", run.stdout);
    for (name, value) in TRICKY {
        let got = parsed
            .iter()
            .find(|(k, _)| *k == name.to_uppercase())
            .unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!(got.1, *value, "{name}:\n{}", run.stdout);
    }
}

/// What docker compose does with an env file (compose-go's dotenv parser, v2): a value in
/// single quotes is literal but for `\'`; in double quotes a backslash before the quote is
/// dropped, then Go escapes (`\n`, `\r`, `\\`, `\$` …) are expanded and `$NAME`/`${NAME}`
/// interpolated (`$$` is a literal `$`). Variables here are all unset, as in a clean shell.
fn compose_parse(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let b: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_whitespace() {
            i += 1;
            continue;
        }
        if b[i] == '#' {
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
            continue;
        }
        let mut key = String::new();
        while i < b.len() && b[i] != '=' {
            key.push(b[i]);
            i += 1;
        }
        i += 1;
        let quote = b[i];
        assert!(quote == '\'' || quote == '"', "unquoted value for {key}");
        i += 1;
        let mut chars = String::new();
        let mut escaped = false;
        loop {
            let c = b[i];
            i += 1;
            if c != quote {
                if !escaped && c == '\\' {
                    escaped = true;
                    continue;
                }
                if escaped {
                    escaped = false;
                    chars.push('\\');
                }
                chars.push(c);
                continue;
            }
            if escaped {
                escaped = false;
                chars.push(c);
                continue;
            }
            break;
        }
        let value = if quote == '"' {
            let mut expanded = String::new();
            let mut it = chars.chars().peekable();
            while let Some(c) = it.next() {
                if c == '\\' {
                    match it.peek().copied() {
                        Some('n') => expanded.push('\n'),
                        Some('r') => expanded.push('\r'),
                        Some('t') => expanded.push('\t'),
                        Some('\\') => expanded.push('\\'),
                        Some('"') => expanded.push('"'),
                        Some('$') => expanded.push_str("$$"),
                        _ => {
                            expanded.push('\\');
                            continue;
                        }
                    }
                    it.next();
                } else {
                    expanded.push(c);
                }
            }
            let mut interpolated = String::new();
            let mut it = expanded.chars().peekable();
            while let Some(c) = it.next() {
                if c != '$' {
                    interpolated.push(c);
                } else if it.peek() == Some(&'$') {
                    it.next();
                    interpolated.push('$');
                } else {
                    // An unset variable expands to nothing.
                    if it.peek() == Some(&'{') {
                        for c in it.by_ref() {
                            if c == '}' {
                                break;
                            }
                        }
                    } else {
                        while it
                            .peek()
                            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '_')
                        {
                            it.next();
                        }
                    }
                }
            }
            interpolated
        } else {
            chars
        };
        out.push((key.trim().to_string(), value));
    }
    out
}

#[test]
fn env_dotenv_round_trips_through_the_compose_reading() {
    let env = TestEnv::init();
    store_tricky(&env);
    let run = env.meta(&["secret", "env", "fmt", "--format", "dotenv"]);
    let parsed = compose_parse(&run.ok().stdout);
    assert_eq!(parsed.len(), TRICKY.len());
    for (name, value) in TRICKY {
        let got = parsed
            .iter()
            .find(|(k, _)| *k == name.to_uppercase())
            .unwrap_or_else(|| panic!("{name} missing"));
        assert_eq!(got.1, *value, "{name}:\n{}", run.stdout);
    }
}

/// Debian's python3-dotenv, the reader the dotenv format is written for besides compose.
fn python_dotenv(file: &std::path::Path) -> serde_json::Value {
    let script = "import sys, json, dotenv; print(json.dumps(dotenv.dotenv_values(sys.argv[1])))";
    let out = std::process::Command::new("/usr/bin/python3")
        .args(["-c", script])
        .arg(file)
        .output()
        .unwrap_or_else(|e| {
            panic!("cannot run /usr/bin/python3 ({e}); install python3 and python3-dotenv")
        });
    assert!(
        out.status.success(),
        "python-dotenv is missing or failed (apt-get install -y python3-dotenv):\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn env_dotenv_round_trips_through_python_dotenv() {
    let env = TestEnv::init();
    store_tricky(&env);
    let run = env.meta(&["secret", "env", "fmt", "--format", "dotenv"]);
    run.ok();
    let file = env.path("out.env");
    std::fs::write(&file, &run.stdout).unwrap();
    let read = python_dotenv(&file);
    for (name, value) in TRICKY {
        assert_eq!(read[name.to_uppercase()], *value, "{name}:\n{}", run.stdout);
    }
    // A value no quoting keeps the same in both compose and python-dotenv is refused,
    // naming the secret, rather than written wrong.
    set(&env, "bad/v", b"it's ${HOME}").ok();
    env.meta(&["secret", "env", "bad", "--format", "dotenv"])
        .code(1)
        .stderr_has("bad/v");
    set(&env, "trail/v", b"ends in \\").ok();
    env.meta(&["secret", "env", "trail", "--format", "dotenv"])
        .code(1)
        .stderr_has("backslash");
    set(&env, "bin/v", &[0xff, 0xfe]).ok();
    env.meta(&["secret", "env", "bin", "--format", "dotenv"])
        .code(1)
        .stderr_has("not UTF-8");
}

fn age_bin() -> &'static str {
    let found = std::process::Command::new("age")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "these tests need the `age` binary on PATH (Debian: apt-get install -y age)"
    );
    "age"
}

/// A fresh age identity made by the real `age-keygen`; returns its recipient.
fn age_keygen(path: &std::path::Path) -> String {
    age_bin();
    let out = std::process::Command::new("age-keygen")
        .arg("-o")
        .arg(path)
        .output()
        .expect("age-keygen (part of Debian's age package)");
    assert!(out.status.success());
    let out = std::process::Command::new("age-keygen")
        .arg("-y")
        .arg(path)
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

fn age_recipient(env: &TestEnv) -> String {
    let path = env.path("other-identity.txt");
    if !path.exists() {
        return age_keygen(&path);
    }
    let out = std::process::Command::new("age-keygen")
        .arg("-y")
        .arg(&path)
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

#[test]
fn export_opens_with_the_stock_age_binary() {
    let env = TestEnv::init();
    set(&env, "app/db", b"one").ok();
    set(&env, "app/db", b"two").ok();
    set(&env, "app/bin", &[0u8, 255, 1]).ok();
    set(&env, "other/x", b"not exported").ok();
    let id = env.path("recipient-id.txt");
    let recipient = age_keygen(&id);
    let run = env.meta(&[
        "secret",
        "export",
        "-r",
        &recipient,
        "--out",
        "bundle.age",
        "app",
    ]);
    run.ok();
    // Each secret handed out is recorded, then the file is written as a plan of its own.
    let log = env
        .meta(&["audit", "log", "-o", "json"])
        .json()
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["command"] == "secret export")
        .map(|e| {
            format!(
                "{} {}",
                e["target"].as_str().unwrap(),
                e["outcome"].as_str().unwrap()
            )
        })
        .collect::<Vec<_>>();
    assert_eq!(
        log,
        [
            "secret/app/bin ok",
            "secret/app/db ok",
            "secret/app started",
            "secret/app ok"
        ]
    );
    let bundle = env.path("bundle.age");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(
        std::fs::metadata(&bundle).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let out = std::process::Command::new(age_bin())
        .arg("-d")
        .arg("-i")
        .arg(&id)
        .arg(&bundle)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["format"], "meta-secrets");
    let secrets = doc["secrets"].as_array().unwrap();
    assert_eq!(secrets.len(), 3);
    assert_eq!(secrets[0]["path"], "app/bin");
    assert_eq!(secrets[0]["encoding"], "base64");
    assert_eq!(secrets[1]["value"], "one");
    assert_eq!(secrets[2]["value"], "two");
    assert_eq!(secrets[2]["version"], 2);
    assert!(secrets[2]["created"].is_string());

    // Armored to stdout, for two recipients: either opens it.
    let id2 = env.path("second-id.txt");
    let recipient2 = age_keygen(&id2);
    let run = env.meta(&[
        "secret",
        "export",
        "-r",
        &recipient,
        "-r",
        &recipient2,
        "--armor",
        "app",
    ]);
    run.ok().stdout_has("-----BEGIN AGE ENCRYPTED FILE-----");
    std::fs::write(env.path("armored.age"), &run.stdout).unwrap();
    let out = std::process::Command::new("age")
        .args(["-d", "-i"])
        .arg(&id2)
        .arg(env.path("armored.age"))
        .output()
        .unwrap();
    assert!(out.status.success());

    // Into a second state, by its own identity, skipping what it already holds.
    let other = TestEnv::init();
    set(&other, "app/db", b"one").ok();
    let id_arg = id.to_str().unwrap();
    let bundle_arg = bundle.to_str().unwrap();
    let j = other
        .meta(&["secret", "import", bundle_arg, "-i", id_arg, "-o", "json"])
        .ok()
        .json();
    assert_eq!(j["skipped"], 1);
    assert_eq!(j["imported"].as_array().unwrap().len(), 2);
    assert_eq!(get(&other, "app/db").ok().stdout_bytes, b"two");
    assert_eq!(get(&other, "app/bin").ok().stdout_bytes, [0u8, 255, 1]);
    let again = other.meta(&["secret", "import", bundle_arg, "-i", id_arg, "-o", "json"]);
    assert_eq!(again.ok().json()["skipped"], 3);
    other
        .meta(&[
            "secret", "import", bundle_arg, "-i", id_arg, "--prefix", "copy",
        ])
        .ok();
    assert_eq!(get(&other, "copy/app/db").ok().stdout_bytes, b"two");

    // The wrong identity, a bad recipient, nothing to export.
    let wrong = env.path("wrong-id.txt");
    age_keygen(&wrong);
    other
        .meta(&[
            "secret",
            "import",
            bundle_arg,
            "-i",
            wrong.to_str().unwrap(),
        ])
        .code(1)
        .stderr_has("cannot open bundle");
    env.meta(&["secret", "export", "-r", "age1nope", "--out", "x.age"])
        .code(2)
        .stderr_has("age1nope");
    env.meta(&[
        "secret", "export", "-r", &recipient, "--out", "x.age", "none",
    ])
    .code(3);
    assert!(!env.path("x.age").exists());
}

#[test]
fn a_json_bundle_encrypted_by_age_imports() {
    let env = TestEnv::init();
    let id = env.path("id.txt");
    let recipient = age_keygen(&id);
    let doc = serde_json::json!({
        "secrets": [
            {"path": "hand/made", "value": "written by hand"},
            {"path": "hand/bin", "encoding": "base64", "value": "AP8B"},
            {"path": "hand/made", "version": 2, "value": "second \"version\"\n"}
        ]
    });
    let plain = env.path("plain.json");
    std::fs::write(&plain, doc.to_string()).unwrap();
    let out = std::process::Command::new(age_bin())
        .args(["-r", &recipient, "-o"])
        .arg(env.path("hand.age"))
        .arg(&plain)
        .output()
        .unwrap();
    assert!(out.status.success());
    // Armored by age as well.
    let out = std::process::Command::new("age")
        .args(["-a", "-r", &recipient, "-o"])
        .arg(env.path("hand-armored.age"))
        .arg(&plain)
        .output()
        .unwrap();
    assert!(out.status.success());
    let id_arg = id.to_str().unwrap();
    let file = env.path("hand.age");
    let plan = env.meta(&[
        "secret",
        "import",
        file.to_str().unwrap(),
        "-i",
        id_arg,
        "--dry-run",
    ]);
    plan.ok().stdout_has("hand/made");
    get(&env, "hand/made").code(3);
    env.meta(&["secret", "import", file.to_str().unwrap(), "-i", id_arg])
        .ok();
    assert_eq!(
        get(&env, "hand/made").ok().stdout_bytes,
        b"second \"version\"\n"
    );
    assert_eq!(versions(&env, "hand/made"), [1, 2]);
    assert_eq!(get(&env, "hand/bin").ok().stdout_bytes, [0u8, 255, 1]);
    let armored = env.path("hand-armored.age");
    let j = env
        .meta(&[
            "secret",
            "import",
            armored.to_str().unwrap(),
            "-i",
            id_arg,
            "-o",
            "json",
        ])
        .ok()
        .json();
    assert_eq!(j["skipped"], 3);

    // A bundle with a bad path imports nothing at all.
    let bad = serde_json::json!({"secrets": [{"path": "ok/one", "value": "x"}, {"path": "Bad/Path", "value": "y"}]});
    std::fs::write(&plain, bad.to_string()).unwrap();
    let out = std::process::Command::new("age")
        .args(["-r", &recipient, "-o"])
        .arg(env.path("bad.age"))
        .arg(&plain)
        .output()
        .unwrap();
    assert!(out.status.success());
    env.meta(&[
        "secret",
        "import",
        env.path("bad.age").to_str().unwrap(),
        "-i",
        id_arg,
    ])
    .code(2)
    .stderr_has("uppercase");
    get(&env, "ok/one").code(3);
}

/// Many secrets in one import, so that a rotation takes a while.
fn bulk_import(env: &TestEnv, count: usize) {
    let id = env.path("bulk-id.txt");
    let recipient = age_keygen(&id);
    let secrets: Vec<_> = (0..count)
        .map(|i| serde_json::json!({"path": format!("bulk/s{i:05}"), "value": format!("value number {i}")}))
        .collect();
    let plain = env.path("bulk.json");
    std::fs::write(
        &plain,
        serde_json::json!({ "secrets": secrets }).to_string(),
    )
    .unwrap();
    let out = std::process::Command::new(age_bin())
        .args(["-r", &recipient, "-o"])
        .arg(env.path("bulk.age"))
        .arg(&plain)
        .output()
        .unwrap();
    assert!(out.status.success());
    std::fs::remove_file(&plain).unwrap();
    env.meta(&[
        "secret",
        "import",
        env.path("bulk.age").to_str().unwrap(),
        "-i",
        id.to_str().unwrap(),
    ])
    .ok();
}

fn check_bulk(env: &TestEnv, count: usize) {
    let j = env
        .meta(&["secret", "env", "bulk", "--format", "json"])
        .ok()
        .json();
    let map = j.as_object().unwrap();
    assert_eq!(map.len(), count);
    for i in (0..count).step_by(count / 10) {
        assert_eq!(map[&format!("S{i:05}")], format!("value number {i}"));
        let run = get(env, &format!("bulk/s{i:05}"));
        assert_eq!(run.ok().stdout, format!("value number {i}"));
    }
}

#[test]
fn rotate_key_reencrypts_everything_and_drops_the_old_key() {
    let env = TestEnv::init();
    set(&env, "r/a", b"alpha").ok();
    set(&env, "r/a", b"alpha2").ok();
    set(&env, "r/gone", b"deleted but kept").ok();
    env.meta(&["secret", "delete", "r/gone"]).ok();
    let j = env
        .meta(&["secret", "rotate-key", "-o", "json"])
        .ok()
        .json();
    assert_eq!(j["versions"], 3);
    assert_eq!(
        j["new_generation"],
        j["old_generation"].as_i64().unwrap() + 1
    );
    let c = secrets_table(&env);
    let keys: Vec<i64> = c
        .prepare("SELECT generation FROM keys")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(keys, [j["new_generation"].as_i64().unwrap()]);
    let gens: Vec<i64> = c
        .prepare("SELECT DISTINCT key_generation FROM secrets")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(gens, keys);
    drop(c);
    assert_eq!(get(&env, "r/a").ok().stdout_bytes, b"alpha2");
    assert_eq!(
        env.meta(&["secret", "get", "r/a", "--version", "1"])
            .ok()
            .stdout_bytes,
        b"alpha"
    );
    env.meta(&["secret", "undelete", "r/gone"]).ok();
    assert_eq!(get(&env, "r/gone").ok().stdout_bytes, b"deleted but kept");
    assert!(audit_text(&env).contains("secret rotate-key"));
}

#[test]
fn sigkill_during_rotate_key_leaves_every_secret_readable() {
    const COUNT: usize = 4000;
    let env = TestEnv::init();
    bulk_import(&env, COUNT);
    // Kill points from right after the start onwards, doubling, until one rotation gets
    // to finish: so the kills are spread over the whole time a rotation takes.
    let (mut killed, mut completed) = (0, 0);
    let mut delay_ms = 0u64;
    while completed == 0 && delay_ms < 60_000 {
        let mut child = env
            .command(&["secret", "rotate-key"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill();
        if child.wait().unwrap().success() {
            completed += 1;
        } else {
            killed += 1;
        }
        check_bulk(&env, COUNT);
        delay_ms = (delay_ms * 2).max(10);
    }
    assert!(
        killed >= 1 && completed == 1,
        "killed {killed}, completed {completed}"
    );
    // One clean rotation after the killed ones still works.
    env.meta(&["secret", "rotate-key"]).ok();
    check_bulk(&env, COUNT);
    eprintln!("{killed} rotations killed before one finished (last kill point {delay_ms} ms)");
}

#[test]
fn on_a_terminal_the_value_is_asked_twice_and_not_echoed() {
    let env = TestEnv::init();
    let line = format!(
        "'{}' --home '{}' --root '{}' secret set t/prompt",
        common::bin().display(),
        env.home.display(),
        env.root.display()
    );
    // util-linux `script` gives the command a terminal. Each answer is typed only once its
    // prompt shows, as a person would, so the terminal's echo is already off.
    let mut child = std::process::Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("TERM", "dumb")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("util-linux `script`");
    let mut stdin = child.stdin.take().unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::<u8>::new()));
    let reader = {
        let seen = seen.clone();
        std::thread::spawn(move || {
            use std::io::Read;
            let mut buf = [0u8; 1024];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 {
                    break;
                }
                seen.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        })
    };
    let wait_for = |needle: &str| {
        for _ in 0..3000 {
            if String::from_utf8_lossy(&seen.lock().unwrap()).contains(needle) {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        panic!(
            "no {needle:?} prompt: {}",
            String::from_utf8_lossy(&seen.lock().unwrap())
        );
    };
    wait_for("value for");
    stdin.write_all(b"typed-secret\n").unwrap();
    wait_for("again");
    stdin.write_all(b"typed-secret\n").unwrap();
    wait_for("stored version 1");
    drop(stdin);
    let status = child.wait().unwrap();
    reader.join().unwrap();
    let transcript = String::from_utf8_lossy(&seen.lock().unwrap()).into_owned();
    assert!(status.success(), "{transcript}");
    assert!(transcript.contains("value for `t/prompt`"), "{transcript}");
    assert!(transcript.contains("again"), "{transcript}");
    assert!(!transcript.contains("typed-secret"), "{transcript}");
    assert_eq!(get(&env, "t/prompt").ok().stdout_bytes, b"typed-secret");
}

#[test]
fn a_get_defers_its_checkpoint_and_the_next_change_brings_state_db_up_to_date() {
    let env = TestEnv::init();
    env.meta_stdin(&["secret", "set", "app/token"], b"v1").ok();
    for _ in 0..3 {
        env.meta(&["secret", "get", "app/token"]).ok();
    }
    let log = env
        .meta(&["audit", "log", "--target", "secret/", "-o", "json"])
        .json();
    assert_eq!(log.as_array().unwrap().len(), 4, "every get is in the log");
    env.meta(&["audit", "verify"]).ok();
    // A command that changes something checkpoints on close: state.db alone, copied
    // without its -wal file, then holds every entry.
    env.meta(&["project", "add", "web"]).ok();
    let copy = env.path("copy.db");
    std::fs::copy(env.state_path(), &copy).unwrap();
    let db = rusqlite::Connection::open(&copy).unwrap();
    let n: i64 = db
        .query_row("SELECT count(*) FROM audit", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 6, "init, set, three gets and the project add");
}
