//! A change and its audit entry under faults, end to end through the binary: the process
//! killed at each write syscall it makes (strace's fault injection), another writer taking
//! the state lock at each of those moments, and a crowd of concurrent writers beside a
//! process that keeps taking the lock. After any of them the change and its entry are both
//! in the state or both absent, and `meta audit verify` holds.
//!
//! Everything is seeded and inspected through the binary; the only direct use of the state
//! file is taking its write lock (`BEGIN IMMEDIATE`), which needs no knowledge of the schema.

mod common;

use std::io::{Read, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::TestEnv;

/// The syscalls through which SQLite changes its files (pages and WAL frames by `pwrite64`,
/// the shared-memory index and WAL reset by `ftruncate`, durability by `fsync`/`fdatasync`),
/// `rename` for atomic file writes, and `write` for what the command prints. strace counts
/// `when=N` per syscall, not across a set, so each is injected on its own; together they
/// cover every write the command makes.
const WRITE_SYSCALLS: &[&str] = &[
    "pwrite64",
    "write",
    "fsync",
    "fdatasync",
    "ftruncate",
    "rename",
    "renameat2",
];

/// Upper bound on the calls of one syscall by one command, so a scan cannot run forever.
const MAX_CALLS: usize = 2000;

/// Whether strace runs here; prints why a test does nothing when it does not.
fn strace_works(test: &str) -> bool {
    let ok = Command::new("strace")
        .args(["-f", "-o", "/dev/null", "true"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        eprintln!("note: {test} skipped: `strace` is not installed or cannot trace here");
    }
    ok
}

/// One command under test: how a fresh home is seeded for it, its command line, and how
/// its change and its audit entry are seen through the binary afterwards.
struct Case {
    args: Vec<String>,
    stdin: Option<Vec<u8>>,
    /// `command` of its audit entry.
    command: &'static str,
    /// `target` of its audit entry; `None` where any target counts (`secret rotate-key`).
    target: Option<String>,
    seed: Box<dyn Fn(&TestEnv)>,
    landed: Box<Landed>,
}

/// Whether a case's change is in the state; `Err` when what is there is neither the state
/// before nor the state after.
type Landed = dyn Fn(&TestEnv) -> Result<bool, String>;

impl Case {
    fn label(&self) -> String {
        format!("meta {}", self.args.join(" "))
    }

    fn target_text(&self) -> &str {
        self.target.as_deref().unwrap_or("any target")
    }

    /// A fresh home: `meta init`, then the case's own seed.
    fn fresh(&self) -> TestEnv {
        let env = TestEnv::init();
        (self.seed)(&env);
        env
    }
}

fn args(words: &[&str]) -> Vec<String> {
    words.iter().map(|s| s.to_string()).collect()
}

fn port_allocate() -> Case {
    Case {
        args: args(&["port", "allocate", "web", "api"]),
        stdin: None,
        command: "port allocate",
        target: Some("port/web/api".into()),
        seed: Box::new(|env| {
            env.meta(&["project", "add", "web", "--range", "3000-3999"])
                .ok();
            env.meta(&["port", "allocate", "web", "db"]).ok();
        }),
        landed: Box::new(|env| {
            let get = env.meta(&["port", "get", "web", "api"]);
            let listed = env.meta(&["port", "list", "-o", "json"]);
            if listed.code != 0 {
                return Err(format!("`port list` exits {}", listed.code));
            }
            let in_list = listed
                .json()
                .as_array()
                .into_iter()
                .flatten()
                .filter(|a| a["project"] == "web" && a["service"] == "api")
                .count();
            match (get.code, in_list) {
                (0, 1) => Ok(true),
                (3, 0) => Ok(false),
                (code, n) => Err(format!(
                    "`port get web api` exits {code} while `port list` shows web/api {n} time(s)"
                )),
            }
        }),
    }
}

fn project_add() -> Case {
    Case {
        args: args(&["project", "add", "web"]),
        stdin: None,
        command: "project add",
        target: Some("project/web".into()),
        seed: Box::new(|env| {
            env.meta(&["project", "add", "seeded", "--range", "9000-9099"])
                .ok();
        }),
        landed: Box::new(|env| {
            let listed = env.meta(&["project", "list", "-o", "json"]);
            if listed.code != 0 {
                return Err(format!("`project list` exits {}", listed.code));
            }
            let names: Vec<String> = listed
                .json()
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|p| p["name"].as_str().map(str::to_string))
                .collect();
            if !names.iter().any(|n| n == "seeded") {
                return Err(format!("the seeded project is gone: {names:?}"));
            }
            Ok(names.iter().any(|n| n == "web"))
        }),
    }
}

const SECRET_VALUE: &[u8] = b"correct horse battery staple";

fn secret_set() -> Case {
    Case {
        args: args(&["secret", "set", "app/token"]),
        stdin: Some(SECRET_VALUE.to_vec()),
        command: "secret set",
        target: Some("secret/app/token".into()),
        seed: Box::new(|env| {
            env.meta_stdin(&["secret", "set", "app/other"], b"seeded")
                .ok();
        }),
        landed: Box::new(|env| {
            let listed = env.meta(&["secret", "list", "-o", "json"]);
            if listed.code != 0 {
                return Err(format!("`secret list` exits {}", listed.code));
            }
            let listed = listed
                .json()
                .as_array()
                .into_iter()
                .flatten()
                .any(|s| s["path"] == "app/token");
            if !listed {
                return Ok(false);
            }
            let get = env.meta(&["secret", "get", "app/token"]);
            if get.code != 0 || get.stdout_bytes != SECRET_VALUE {
                return Err(format!(
                    "`secret list` shows app/token but `secret get` exits {} with {:?}",
                    get.code, get.stdout
                ));
            }
            Ok(true)
        }),
    }
}

/// Secrets for the rotation: two versions of one path, another path, and a deleted one
/// (deleted versions are re-encrypted too).
fn seed_secrets(env: &TestEnv) {
    env.meta_stdin(&["secret", "set", "r/a"], b"alpha").ok();
    env.meta_stdin(&["secret", "set", "r/a"], b"alpha2").ok();
    env.meta_stdin(&["secret", "set", "r/b"], b"beta").ok();
    env.meta_stdin(&["secret", "set", "r/gone"], b"gone").ok();
    env.meta(&["secret", "delete", "r/gone"]).ok();
}

/// The generation of the data key now, as the next rotation reports it. This is itself a
/// rotation, so it is the last thing looked at; it also opens every stored version,
/// deleted ones included, and fails if one does not open.
fn key_generation_by_rotating(env: &TestEnv) -> Result<i64, String> {
    let run = env.meta(&["secret", "rotate-key", "-o", "json"]);
    if run.code != 0 {
        return Err(format!(
            "a later `secret rotate-key` exits {}: {}",
            run.code,
            run.stderr.trim()
        ));
    }
    run.json()["old_generation"]
        .as_i64()
        .ok_or_else(|| format!("no old_generation in {}", run.stdout))
}

fn rotate_key() -> Case {
    // The seed is the same in every fresh home, so the generation before the rotation is too.
    let probe = TestEnv::init();
    seed_secrets(&probe);
    let before = key_generation_by_rotating(&probe).expect("rotate the probe home");
    Case {
        args: args(&["secret", "rotate-key"]),
        stdin: None,
        command: "secret rotate-key",
        target: None,
        seed: Box::new(seed_secrets),
        landed: Box::new(move |env| {
            for (path, version, value) in [
                ("r/a", None, "alpha2"),
                ("r/a", Some("1"), "alpha"),
                ("r/b", None, "beta"),
            ] {
                let mut words = vec!["secret", "get", path];
                if let Some(v) = version {
                    words.extend(["--version", v]);
                }
                let get = env.meta(&words);
                if get.code != 0 || get.stdout != value {
                    return Err(format!(
                        "`{}` exits {} with {:?} ({}), not {value:?}",
                        words.join(" "),
                        get.code,
                        get.stdout,
                        get.stderr.trim()
                    ));
                }
            }
            match key_generation_by_rotating(env)? {
                g if g == before => Ok(false),
                g if g == before + 1 => Ok(true),
                g => Err(format!(
                    "the data key is at generation {g}; it was {before}, so only {before} or {} can be",
                    before + 1
                )),
            }
        }),
    }
}

/// The entries of the log that belong to the case's command, by outcome.
fn entries_of(log: &serde_json::Value, command: &str, target: Option<&str>) -> Vec<String> {
    log.as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["command"] == command && target.is_none_or(|t| e["target"] == t))
        .map(|e| e["outcome"].as_str().unwrap_or("?").to_string())
        .collect()
}

/// `audit verify` passes and the log as JSON.
fn audit_log(env: &TestEnv) -> Result<serde_json::Value, String> {
    let verify = env.meta(&["audit", "verify"]);
    if verify.code != 0 {
        return Err(format!(
            "`audit verify` exits {}: {}",
            verify.code,
            verify.stderr.trim()
        ));
    }
    let log = env.meta(&["audit", "log", "-o", "json"]);
    if log.code != 0 {
        return Err(format!("`audit log` exits {}", log.code));
    }
    Ok(log.json())
}

/// How the command under test ended.
enum End {
    Killed,
    Exit(i32, String),
}

/// The rule: the change and its one `ok` entry are both there or both absent; a command
/// that exited 0 landed, one that exited 7 changed nothing, and no other exit is expected.
fn rule(
    command: &str,
    target: &str,
    end: &End,
    landed: bool,
    entries: &[String],
) -> Result<(), String> {
    if let End::Exit(code, stderr) = end {
        match code {
            0 if !landed => {
                return Err(format!("exited 0 but the change is not there ({stderr})"))
            }
            7 if landed => {
                return Err(format!(
                    "exited 7 (busy) yet the change is there, with {} `{command}` entr(ies) for {target}",
                    entries.len()
                ))
            }
            0 | 7 => {}
            other => return Err(format!("exited {other}: {stderr}")),
        }
    }
    match (landed, entries) {
        (true, [outcome]) if outcome == "ok" => Ok(()),
        (false, []) => Ok(()),
        (true, []) => Err(format!(
            "the change is there but the audit log has no `{command}` entry for {target}"
        )),
        (false, found) => Err(format!(
            "the change is not there but the audit log has `{command}` entries for {target}: {found:?}"
        )),
        (true, found) => Err(format!(
            "the change is there with `{command}` entries for {target} {found:?}; one `ok` entry expected"
        )),
    }
}

/// Looks at the home after the command and applies the rule.
fn judge(case: &Case, env: &TestEnv, end: &End) -> Result<(), String> {
    let log = audit_log(env)?;
    let entries = entries_of(&log, case.command, case.target.as_deref());
    // After the log: looking at a secret adds a `secret get` entry of its own.
    let landed = (case.landed)(env)?;
    rule(case.command, case.target_text(), end, landed, &entries)
}

/// The case's command run under strace with one injection, the process under test being
/// the child itself (`-D`: strace traces it as a grandchild), with the home's cleared
/// environment and its stdin written and closed.
fn spawn_traced(
    env: &TestEnv,
    case: &Case,
    syscall: &str,
    injection: &str,
    extra_env: &[(&str, &str)],
) -> Child {
    let words: Vec<&str> = case.args.iter().map(String::as_str).collect();
    let inner = env.command(&words);
    let mut cmd = Command::new("strace");
    cmd.args(["-D", "-f", "-o", "/dev/null", "-e"])
        .arg(format!("trace={syscall}"))
        .arg("-e")
        .arg(format!("inject={syscall}:{injection}"))
        .arg("--")
        .arg(inner.get_program())
        .args(inner.get_args())
        .env_clear();
    for (key, value) in inner.get_envs() {
        if let Some(value) = value {
            cmd.env(key, value);
        }
    }
    if let Some(dir) = inner.get_current_dir() {
        cmd.current_dir(dir);
    }
    spawn_with_stdin(cmd, case, extra_env)
}

/// The case's command run as it is, with its stdin written and closed.
fn spawn_plain(env: &TestEnv, case: &Case, extra_env: &[(&str, &str)]) -> Child {
    let words: Vec<&str> = case.args.iter().map(String::as_str).collect();
    spawn_with_stdin(env.command(&words), case, extra_env)
}

fn spawn_with_stdin(mut cmd: Command, case: &Case, extra_env: &[(&str, &str)]) -> Child {
    for (key, value) in extra_env {
        cmd.env(key, value);
    }
    let mut child = cmd
        .stdin(if case.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn the command");
    if let (Some(input), Some(mut pipe)) = (&case.stdin, child.stdin.take()) {
        // A process killed before it reads leaves the pipe closed; that is its business.
        let _ = pipe.write_all(input);
    }
    child
}

fn stderr_of(child: &mut Child) -> String {
    let mut text = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        let _ = pipe.read_to_string(&mut text);
    }
    text.trim().to_string()
}

fn end_of(status: ExitStatus, stderr: String) -> End {
    match (status.code(), status.signal()) {
        (_, Some(libc::SIGKILL)) => End::Killed,
        (Some(code), _) => End::Exit(code, stderr),
        (None, signal) => End::Exit(-1, format!("ended by signal {signal:?}: {stderr}")),
    }
}

/// Kills the case's command at the Nth call of each write syscall in turn, N = 1, 2, …
/// until the command runs to its end, in a fresh home each time, and checks the rule after
/// every kill and after the run that finished.
fn sigkill_scan(case: &Case) {
    let label = case.label();
    let mut broken = Vec::new();
    let mut kills = 0;
    for syscall in WRITE_SYSCALLS {
        for n in 1..=MAX_CALLS {
            assert!(
                n < MAX_CALLS,
                "`{label}` made over {MAX_CALLS} {syscall} calls"
            );
            let env = case.fresh();
            let mut child =
                spawn_traced(&env, case, syscall, &format!("signal=KILL:when={n}"), &[]);
            let status = child.wait().expect("wait for meta");
            let end = end_of(status, stderr_of(&mut child));
            let at = match end {
                End::Killed => format!("SIGKILL at {syscall} call {n}"),
                End::Exit(..) => format!("run to the end ({} {syscall} call(s))", n - 1),
            };
            if let Err(why) = judge(case, &env, &end) {
                broken.push(format!("{at}: {why}"));
            }
            match end {
                End::Killed => kills += 1,
                End::Exit(..) => break,
            }
        }
    }
    eprintln!("`{label}`: {kills} kill points, {} broken", broken.len());
    assert!(
        broken.is_empty(),
        "`{label}`: {} broken among {kills} kill points and {} runs to the end:\n  {}",
        broken.len(),
        WRITE_SYSCALLS.len(),
        broken.join("\n  ")
    );
}

/// Whether the process is stopped (`/proc/PID/stat`) while running the built binary, not
/// strace before its exec.
fn stopped(pid: u32, exe: &Path) -> bool {
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return false;
    };
    let state = stat
        .rsplit_once(") ")
        .and_then(|(_, rest)| rest.chars().next());
    matches!(state, Some('t' | 'T'))
        && std::fs::read_link(format!("/proc/{pid}/exe")).is_ok_and(|p| p == exe)
}

/// Stopped in several looks a few milliseconds apart: the injected SIGSTOP, not a stop
/// strace passes through at once (the exec event).
fn stays_stopped(pid: u32, exe: &Path) -> bool {
    (0..4).all(|_| {
        std::thread::sleep(Duration::from_millis(3));
        stopped(pid, exe)
    })
}

fn sigcont(pid: u32) {
    // SAFETY: kill(2) with a pid of our own child (not yet reaped) and a valid signal.
    unsafe {
        libc::kill(pid as libc::pid_t, libc::SIGCONT);
    }
}

enum Reached {
    Stopped,
    Exited(ExitStatus),
}

/// Waits for the child to stop at the injected SIGSTOP or to exit without reaching it.
fn wait_for_stop(child: &mut Child, exe: &Path, label: &str) -> Reached {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            return Reached::Exited(status);
        }
        if stopped(child.id(), exe) && stays_stopped(child.id(), exe) {
            return Reached::Stopped;
        }
        assert!(
            Instant::now() < deadline,
            "`{label}` neither stopped nor exited"
        );
        std::thread::sleep(Duration::from_millis(1));
    }
}

/// Waits for the child to exit, continuing it whenever it is found stopped.
fn wait_continuing(child: &mut Child, exe: &Path, label: &str) -> ExitStatus {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().expect("try_wait") {
            return status;
        }
        if stopped(child.id(), exe) && stays_stopped(child.id(), exe) {
            sigcont(child.id());
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("`{label}` did not exit within 60 s of being continued");
        }
        std::thread::sleep(Duration::from_millis(2));
    }
}

/// Another writer, with the state file open from before the command starts (as a second
/// `meta` would have it): so the command is not the one that sets up the WAL index, and
/// the write lock is had or refused at once instead of after SQLite's recovery retries.
fn other_writer(state: &Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(state).expect("open the state file");
    conn.busy_timeout(Duration::ZERO).unwrap();
    // Joins the WAL (maps its index) without reading anything of the schema.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })
    .expect("read the state file");
    conn
}

/// Takes the write lock now, or not at all when a transaction of the command holds it.
fn take_lock_now(conn: &rusqlite::Connection) -> bool {
    conn.execute_batch("BEGIN IMMEDIATE").is_ok()
}

fn release_lock(conn: &rusqlite::Connection) {
    conn.execute_batch("ROLLBACK")
        .expect("roll back the lock holder");
}

fn meta_exe() -> PathBuf {
    std::fs::canonicalize(common::bin()).expect("the built binary")
}

/// Stops the case's command at the Nth call of each write syscall in turn, takes the
/// state's write lock there (when no transaction of the command holds it), lets the
/// command go on with `META_LOCK_TIMEOUT=1`, releases the lock once it has exited, and
/// checks the rule: it landed with its entry, or it exited 7 having changed nothing.
fn lock_scan(case: &Case) {
    let label = case.label();
    let exe = meta_exe();
    let mut broken = Vec::new();
    let (mut stops, mut held) = (0, 0);
    {
        // The lock held from before the command starts: it waits, gives up, changes nothing.
        let env = case.fresh();
        let other = other_writer(&env.state_path());
        assert!(take_lock_now(&other), "take the lock of a quiet home");
        let mut child = spawn_plain(&env, case, &[("META_LOCK_TIMEOUT", "1")]);
        let status = child.wait().expect("wait for meta");
        release_lock(&other);
        drop(other);
        let end = end_of(status, stderr_of(&mut child));
        if let Err(why) = judge(case, &env, &end) {
            broken.push(format!("lock held from the start: {why}"));
        }
    }
    for syscall in WRITE_SYSCALLS {
        for n in 1..=MAX_CALLS {
            assert!(
                n < MAX_CALLS,
                "`{label}` made over {MAX_CALLS} {syscall} calls"
            );
            let env = case.fresh();
            let other = other_writer(&env.state_path());
            let mut child = spawn_traced(
                &env,
                case,
                syscall,
                &format!("signal=STOP:when={n}"),
                &[("META_LOCK_TIMEOUT", "1")],
            );
            let (status, at, done) = match wait_for_stop(&mut child, &exe, &label) {
                Reached::Exited(status) => (
                    status,
                    format!("run to the end ({} {syscall} call(s))", n - 1),
                    true,
                ),
                Reached::Stopped => {
                    stops += 1;
                    let locked = take_lock_now(&other);
                    sigcont(child.id());
                    let status = wait_continuing(&mut child, &exe, &label);
                    let at = if locked {
                        held += 1;
                        release_lock(&other);
                        format!("lock taken at {syscall} call {n}")
                    } else {
                        format!("stopped at {syscall} call {n} inside its own transaction")
                    };
                    (status, at, false)
                }
            };
            drop(other);
            let end = end_of(status, stderr_of(&mut child));
            if let Err(why) = judge(case, &env, &end) {
                broken.push(format!("{at}: {why}"));
            }
            if done {
                break;
            }
        }
    }
    eprintln!(
        "`{label}`: stopped at {stops} points, took the lock at {held}, {} broken",
        broken.len()
    );
    assert!(
        broken.is_empty(),
        "`{label}`: {} broken among {stops} stop points (the lock taken at {held}), the lock held from the start, and {} runs to the end:\n  {}",
        broken.len(),
        WRITE_SYSCALLS.len(),
        broken.join("\n  ")
    );
}

#[test]
fn sigkill_at_any_write_of_port_allocate_lands_change_and_entry_together() {
    if strace_works("sigkill_at_any_write_of_port_allocate") {
        sigkill_scan(&port_allocate());
    }
}

#[test]
fn sigkill_at_any_write_of_project_add_lands_change_and_entry_together() {
    if strace_works("sigkill_at_any_write_of_project_add") {
        sigkill_scan(&project_add());
    }
}

#[test]
fn sigkill_at_any_write_of_secret_set_lands_change_and_entry_together() {
    if strace_works("sigkill_at_any_write_of_secret_set") {
        sigkill_scan(&secret_set());
    }
}

#[test]
fn sigkill_at_any_write_of_rotate_key_lands_change_and_entry_together() {
    if strace_works("sigkill_at_any_write_of_rotate_key") {
        sigkill_scan(&rotate_key());
    }
}

#[test]
fn a_lock_taken_at_any_write_of_port_allocate_means_both_or_exit_7() {
    if strace_works("a_lock_taken_at_any_write_of_port_allocate") {
        lock_scan(&port_allocate());
    }
}

#[test]
fn a_lock_taken_at_any_write_of_project_add_means_both_or_exit_7() {
    if strace_works("a_lock_taken_at_any_write_of_project_add") {
        lock_scan(&project_add());
    }
}

#[test]
fn a_lock_taken_at_any_write_of_secret_set_means_both_or_exit_7() {
    if strace_works("a_lock_taken_at_any_write_of_secret_set") {
        lock_scan(&secret_set());
    }
}

#[test]
fn a_lock_taken_at_any_write_of_rotate_key_means_both_or_exit_7() {
    if strace_works("a_lock_taken_at_any_write_of_rotate_key") {
        lock_scan(&rotate_key());
    }
}

/// One process of the crowd: its command line, and the target its entry names.
struct Writer {
    args: Vec<String>,
    stdin: Option<Vec<u8>>,
    command: &'static str,
    target: String,
}

/// Writers started at once, and how many times.
const CROWD: usize = 100;
const WAVES: usize = 2;

fn writer(i: usize) -> Writer {
    match i % 3 {
        0 => Writer {
            args: args(&["port", "allocate", "web", &format!("s{i:03}")]),
            stdin: None,
            command: "port allocate",
            target: format!("port/web/s{i:03}"),
        },
        1 => {
            let start = 20_000 + i * 10;
            Writer {
                args: args(&[
                    "project",
                    "add",
                    &format!("p{i:03}"),
                    "--range",
                    &format!("{start}-{}", start + 9),
                ]),
                stdin: None,
                command: "project add",
                target: format!("project/p{i:03}"),
            }
        }
        _ => Writer {
            args: args(&["secret", "set", &format!("crowd/s{i:03}")]),
            stdin: Some(format!("value {i}").into_bytes()),
            command: "secret set",
            target: format!("secret/crowd/s{i:03}"),
        },
    }
}

/// Keeps taking the state's write lock for a few milliseconds at a time until told to stop.
fn lock_holder(state: PathBuf, stop: Arc<AtomicBool>) -> std::thread::JoinHandle<usize> {
    std::thread::spawn(move || {
        let conn = rusqlite::Connection::open(&state).expect("open the state file");
        conn.busy_timeout(Duration::from_millis(20)).unwrap();
        let mut taken = 0;
        let mut hold = 1;
        while !stop.load(Ordering::Relaxed) {
            if conn.execute_batch("BEGIN IMMEDIATE").is_ok() {
                taken += 1;
                std::thread::sleep(Duration::from_millis(hold));
                conn.execute_batch("ROLLBACK").unwrap();
                hold = hold % 20 + 1;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        taken
    })
}

fn spawn_writer(env: &TestEnv, w: &Writer) -> Child {
    let words: Vec<&str> = w.args.iter().map(String::as_str).collect();
    let mut child = env
        .command(&words)
        .env("META_LOCK_TIMEOUT", "0.05")
        .stdin(if w.stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn meta");
    if let (Some(input), Some(mut pipe)) = (&w.stdin, child.stdin.take()) {
        let _ = pipe.write_all(input);
    }
    child
}

#[test]
fn a_crowd_of_writers_beside_a_lock_holder_lands_changes_with_their_entries() {
    let env = TestEnv::init();
    env.meta(&["project", "add", "web", "--range", "3000-3999"])
        .ok();
    let stop = Arc::new(AtomicBool::new(false));
    let holder = lock_holder(env.state_path(), stop.clone());
    let writers: Vec<Writer> = (0..CROWD * WAVES).map(writer).collect();
    let mut ends: Vec<End> = Vec::new();
    for wave in writers.chunks(CROWD) {
        let children: Vec<Child> = wave.iter().map(|w| spawn_writer(&env, w)).collect();
        ends.extend(children.into_iter().map(|child| {
            let out = child.wait_with_output().expect("wait for meta");
            end_of(
                out.status,
                String::from_utf8_lossy(&out.stderr).trim().to_string(),
            )
        }));
    }
    stop.store(true, Ordering::Relaxed);
    let taken = holder.join().expect("the lock holder");

    let log = audit_log(&env).unwrap_or_else(|why| panic!("after the crowd: {why}"));
    let json = |words: &[&str]| env.meta(words).ok().json();
    let ports = json(&["port", "list", "--project", "web", "-o", "json"]);
    let projects = json(&["project", "list", "-o", "json"]);
    let secrets = json(&["secret", "list", "crowd", "-o", "json"]);
    let has = |list: &serde_json::Value, key: &str, value: &str| {
        list.as_array()
            .into_iter()
            .flatten()
            .any(|row| row[key] == value)
    };
    let mut broken = Vec::new();
    let (mut landed_count, mut busy_count) = (0, 0);
    for (w, end) in writers.iter().zip(&ends) {
        let landed = match w.command {
            "port allocate" => has(&ports, "service", &w.args[3]),
            "project add" => has(&projects, "name", &w.args[2]),
            _ => has(&secrets, "path", &w.args[2]),
        };
        match end {
            End::Exit(0, _) => landed_count += 1,
            End::Exit(7, _) => busy_count += 1,
            _ => {}
        }
        let entries = entries_of(&log, w.command, Some(&w.target));
        if let Err(why) = rule(w.command, &w.target, end, landed, &entries) {
            broken.push(format!("`meta {}`: {why}", w.args.join(" ")));
        }
    }
    eprintln!(
        "{} writers: {landed_count} exited 0, {busy_count} exited 7, {} broken; the lock holder took the lock {taken} times",
        writers.len(),
        broken.len()
    );
    assert!(
        broken.is_empty(),
        "{} of {} concurrent writers ({landed_count} exited 0, {busy_count} exited 7) broke the rule:\n  {}",
        broken.len(),
        writers.len(),
        broken.join("\n  ")
    );
}
