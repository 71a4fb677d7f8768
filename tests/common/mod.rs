//! The harness every end-to-end test uses: the built `meta` binary, run with `--home` and
//! `--root` in a fresh temp folder and a cleared environment, so nothing on this machine
//! outside that folder is read or written.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

pub struct TestEnv {
    pub dir: tempfile::TempDir,
    pub home: PathBuf,
    pub root: PathBuf,
    envs: Vec<(String, String)>,
}

/// What one run of the binary did.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stdout_bytes: Vec<u8>,
    pub stderr: String,
}

impl Run {
    fn from(out: Output) -> Run {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stdout_bytes: out.stdout,
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Asserts the exit code, showing everything the command printed when it differs.
    #[track_caller]
    pub fn code(&self, expected: i32) -> &Run {
        assert_eq!(
            self.code, expected,
            "exit code\n--- stdout\n{}\n--- stderr\n{}",
            self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn ok(&self) -> &Run {
        self.code(0)
    }

    #[track_caller]
    pub fn stderr_has(&self, needle: &str) -> &Run {
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}:\n{}",
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn stdout_has(&self, needle: &str) -> &Run {
        assert!(
            self.stdout.contains(needle),
            "stdout lacks {needle:?}:\n{}",
            self.stdout
        );
        self
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }
}

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_meta"))
}

impl TestEnv {
    pub fn new() -> TestEnv {
        let dir = tempfile::tempdir().expect("temp dir");
        let home = dir.path().join("home");
        let root = dir.path().join("root");
        std::fs::create_dir_all(&root).unwrap();
        TestEnv {
            dir,
            home,
            root,
            envs: Vec::new(),
        }
    }

    /// A test env with `meta init` already run.
    pub fn init() -> TestEnv {
        let env = TestEnv::new();
        env.meta(&["init"]).ok();
        env
    }

    /// Sets an environment variable for every later run.
    pub fn env(&mut self, key: &str, value: &str) -> &mut Self {
        self.envs.push((key.into(), value.into()));
        self
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    pub fn state_path(&self) -> PathBuf {
        self.home.join("state.db")
    }

    /// The command, ready to run: cleared environment, temp HOME, `--home` and `--root`.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(bin());
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.dir.path())
            .env("NO_COLOR", "1")
            .arg("--home")
            .arg(&self.home)
            .arg("--root")
            .arg(&self.root)
            .args(args)
            .current_dir(self.dir.path());
        for (k, v) in &self.envs {
            cmd.env(k, v);
        }
        cmd
    }

    pub fn meta(&self, args: &[&str]) -> Run {
        let out = self
            .command(args)
            .stdin(Stdio::null())
            .output()
            .expect("run meta");
        Run::from(out)
    }

    pub fn meta_stdin(&self, args: &[&str], input: &[u8]) -> Run {
        let mut child = self
            .command(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn meta");
        // A command that refuses its arguments exits before it reads its input: a closed
        // pipe then is its answer, not a failure of the test.
        match child.stdin.take().unwrap().write_all(input) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            other => other.unwrap(),
        }
        Run::from(child.wait_with_output().unwrap())
    }
}

/// Bytes of every file under `dir`, for "nothing changed" assertions.
pub fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push((p.clone(), std::fs::read(&p).unwrap_or_default()));
            }
        }
    }
    out.sort();
    out
}

/// Gives `project`/`service` a fixed port and hostname through the library, as `meta port
/// allocate --port` would, but without looking at the sockets of this machine: a fixed port
/// that happens to be listening here would make DNS and tunnel tests flaky (the port
/// commands have tests of their own).
pub fn allocate(env: &TestEnv, project: &str, service: &str, port: u16, hostname: &str) {
    let listed = env.meta(&["project", "list", "-o", "name"]);
    if !listed.ok().stdout.lines().any(|l| l == project) {
        env.meta(&["project", "add", project, "--range", "3000-3999"])
            .ok();
    }
    let mut state = meta::core::state::State::open(&env.state_path()).unwrap();
    let req = meta::port::AllocateRequest {
        project,
        service,
        hostname: Some(hostname),
        wildcard: false,
        port: Some(port),
    };
    let nothing_listens = || Ok(meta::port::sockets::PortSet::default());
    meta::port::allocate(&mut state, &req, &nothing_listens, false).unwrap();
}

/// The steps of a plan document (`--dry-run -o json`), one `kind: summary` line each: the
/// form in which an audit entry's `detail` records them.
pub fn plan_lines(plan: &serde_json::Value) -> Vec<String> {
    plan["steps"]
        .as_array()
        .unwrap_or_else(|| panic!("no steps in {plan}"))
        .iter()
        .map(|s| {
            format!(
                "{}: {}",
                s["kind"].as_str().unwrap(),
                s["summary"].as_str().unwrap()
            )
        })
        .collect()
}

impl TestEnv {
    /// `meta ARGS` under strace, SIGKILLed at its first rename (a temp file about to replace
    /// its target): how the tests cut a write short at the worst moment.
    pub fn killed_at_first_rename(&self, args: &[&str]) -> Command {
        let inner = self.command(args);
        let mut run = Command::new("strace");
        run.env_clear()
            .args(["-f", "-qq", "-o", "/dev/null"])
            .args(["-e", "trace=rename,renameat,renameat2"])
            .args(["-e", "inject=rename,renameat,renameat2:signal=KILL:when=1"])
            .arg(inner.get_program())
            .args(inner.get_args())
            .current_dir(self.dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        for (k, v) in inner.get_envs() {
            if let Some(v) = v {
                run.env(k, v);
            }
        }
        run
    }
}
