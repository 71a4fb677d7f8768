//! Outside programs run to completion within a deadline. Each child gets a process group of
//! its own, so that on expiry everything it started (a shell script's `sleep`, a unit's
//! helper) is killed with it, not only the program `meta` named; and its stdout and stderr
//! are drained on threads while it runs, so a child that prints more than a pipe holds
//! never stalls on a full pipe and keeps `meta` waiting with it.
//!
//! The wait itself is a blocking `wait()` on a thread and a channel read with a timeout:
//! no polling, and no SIGCHLD handler installed behind the rest of the program's back.
//!
//! A consequence of the own process group: Ctrl-C at a terminal reaches `meta`, not the
//! child. `meta` then dies, and the child runs on until its own end; it no longer has
//! anyone waiting on it, but it is not killed half-way through a restart either.

use std::collections::VecDeque;
use std::ffi::OsString;
use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, ExitStatus, Output, Stdio};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use crate::core::error::{Error, Result};

/// How long a program may run when the config names no deadline for it.
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(60);

/// Lines of output a timed-out program's error keeps.
const TAIL_LINES: usize = 5;
/// A kept line is cut after this many characters, so the error stays readable.
const TAIL_LINE_CHARS: usize = 200;
/// How long to wait for a killed group to be reaped and its pipes to close. SIGKILL cannot
/// be refused, so this bounds only a process stuck in the kernel (a dead NFS mount).
const KILL_GRACE: Duration = Duration::from_secs(5);
/// How long the output of a program that has ended is read at least, when something it
/// started may still hold the pipes.
const EOF_GRACE: Duration = Duration::from_millis(500);

/// Runs `program` (known to the person as `name`: `systemctl`, `git`) with `args`, stdin
/// closed and output captured, and returns its output once it exits. A failure to start is
/// an error; so is running past `deadline`, after which its whole process group has been
/// killed and reaped (exit 6, naming the command and the deadline, with the last lines it
/// printed). A non-zero exit is returned for the caller to judge.
pub fn run(name: &str, program: &Path, args: &[OsString], deadline: Duration) -> Result<Output> {
    let shown = shown_command(name, args);
    let shown = shown.as_str();
    let started = Instant::now();
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn()
        .map_err(|e| Error::io("run", program, e))?;
    // The child leads its new group, so the group's id is its pid.
    let group = i32::try_from(child.id()).ok();

    let captured = Arc::new(Mutex::new(Captured::default()));
    let (eof_tx, eof_rx) = mpsc::channel::<()>();
    let mut readers = 0;
    if let Some(out) = child.stdout.take() {
        drain(out, Stream::Out, &captured, eof_tx.clone());
        readers += 1;
    }
    if let Some(err) = child.stderr.take() {
        drain(err, Stream::Err, &captured, eof_tx);
        readers += 1;
    }
    let (exit_tx, exit_rx) = mpsc::channel::<std::io::Result<ExitStatus>>();
    std::thread::spawn(move || {
        let _ = exit_tx.send(child.wait());
    });

    let status = match exit_rx.recv_timeout(deadline) {
        Ok(status) => status.map_err(|e| Error::io("wait for", program, e))?,
        Err(RecvTimeoutError::Timeout) => {
            if let Some(group) = group {
                // SAFETY: kill(2) with a negative pid signals a process group and touches
                // no memory of ours. The group is still the child's: a group's id is not
                // given out again while any member lives, and should the child have ended
                // (and the group with it) in the instant since the timeout, this is ESRCH.
                unsafe {
                    libc::kill(-group, libc::SIGKILL);
                }
            }
            // Reap it (the waiter thread's `wait()` returns now) and let the readers take
            // what was still in the pipes.
            let _ = exit_rx.recv_timeout(KILL_GRACE);
            wait_for_readers(&eof_rx, readers, Instant::now() + KILL_GRACE);
            let tail = lock(&captured).tail();
            return Err(timed_out(name, shown, deadline, &tail));
        }
        Err(RecvTimeoutError::Disconnected) => {
            return Err(Error::failure(format!(
                "lost track of `{shown}` while waiting for it"
            )))
        }
    };
    // The program has ended. Something it left running in the background may still hold
    // the pipes open; its output is read until the deadline and not waited for after: the
    // program meta ran is done, and what it started on purpose is not meta's to kill. A
    // program that ended just before its deadline still gets its last output read.
    let until = (started + deadline).max(Instant::now() + EOF_GRACE);
    if !wait_for_readers(&eof_rx, readers, until) {
        crate::core::output::debug(format!(
            "`{shown}` exited, but a process it started still holds its output open"
        ));
    }
    let mut captured = lock(&captured);
    Ok(Output {
        status,
        stdout: std::mem::take(&mut captured.stdout),
        stderr: std::mem::take(&mut captured.stderr),
    })
}

/// A deadline as people write it in the config: `30s`, `2m`, `1h`, `500ms`, or a whole
/// number of seconds (`90`).
pub fn parse_deadline(text: &str) -> Result<Duration> {
    let bad = || {
        Error::usage(format!("`{text}` is not a deadline"))
            .with_hint("write it like `30s`, `2m`, `1h`, `500ms`, or a number of seconds")
    };
    let t = text.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (number, unit) = t.split_at(digits);
    let n: u64 = number.parse().map_err(|_| bad())?;
    let deadline = match unit.trim() {
        "" | "s" => Duration::from_secs(n),
        "ms" => Duration::from_millis(n),
        "m" => Duration::from_secs(n.saturating_mul(60)),
        "h" => Duration::from_secs(n.saturating_mul(3600)),
        _ => return Err(bad()),
    };
    if deadline.is_zero() {
        return Err(Error::usage(format!(
            "a deadline of `{text}` would stop every command at once"
        ))
        .with_hint("give it at least `1s`"));
    }
    Ok(deadline)
}

/// `60 s`, `1 s`, `500 ms`: the deadline as the error shows it.
pub fn show_deadline(deadline: Duration) -> String {
    if deadline.subsec_millis() == 0 {
        format!("{} s", deadline.as_secs())
    } else {
        format!("{} ms", deadline.as_millis())
    }
}

/// The command as the person would type it: `systemctl restart cloudflared`.
pub fn shown_command(name: &str, args: &[OsString]) -> String {
    let mut shown = name.to_string();
    for arg in args {
        shown.push(' ');
        shown.push_str(&arg.to_string_lossy());
    }
    shown
}

fn timed_out(name: &str, shown: &str, deadline: Duration, tail: &[String]) -> Error {
    let mut message = format!(
        "`{shown}` did not finish within {} and was killed",
        show_deadline(deadline)
    );
    if tail.is_empty() {
        message.push_str("; it printed nothing");
    } else {
        message.push_str(&format!("; its last output: {}", tail.join(" | ")));
    }
    Error::validation(message).with_hint(format!(
        "if `{name}` needs longer here, raise its deadline: `meta config set timeout.{name} 2m`"
    ))
}

/// Waits until `readers` pipes reached their end, or `until`; true when they all did.
fn wait_for_readers(eof: &mpsc::Receiver<()>, readers: usize, until: Instant) -> bool {
    for _ in 0..readers {
        let left = until.saturating_duration_since(Instant::now());
        if eof.recv_timeout(left).is_err() {
            return false;
        }
    }
    true
}

#[derive(Clone, Copy)]
enum Stream {
    Out = 0,
    Err = 1,
}

/// What a child printed: each stream whole (for the caller), and the last lines of both
/// in the order they arrived (for an error).
#[derive(Default)]
struct Captured {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// Each stream's line not yet ended by a newline.
    partial: [Vec<u8>; 2],
    lines: VecDeque<String>,
}

impl Captured {
    fn add(&mut self, stream: Stream, bytes: &[u8]) {
        match stream {
            Stream::Out => self.stdout.extend_from_slice(bytes),
            Stream::Err => self.stderr.extend_from_slice(bytes),
        }
        let partial = &mut self.partial[stream as usize];
        partial.extend_from_slice(bytes);
        if let Some(end) = partial.iter().rposition(|&b| b == b'\n') {
            let done: Vec<u8> = partial.drain(..=end).collect();
            for line in done.split(|&b| b == b'\n') {
                self.keep(line);
            }
        }
    }

    /// A stream ended: its unfinished line counts as a line.
    fn close(&mut self, stream: Stream) {
        let rest = std::mem::take(&mut self.partial[stream as usize]);
        self.keep(&rest);
    }

    fn keep(&mut self, line: &[u8]) {
        if let Some(line) = tail_line(line) {
            if self.lines.len() == TAIL_LINES {
                self.lines.pop_front();
            }
            self.lines.push_back(line);
        }
    }

    /// The last lines, with what the child was still in the middle of printing.
    fn tail(&self) -> Vec<String> {
        let mut all: Vec<String> = self.lines.iter().cloned().collect();
        all.extend(self.partial.iter().filter_map(|p| tail_line(p)));
        let skip = all.len().saturating_sub(TAIL_LINES);
        all.split_off(skip)
    }
}

/// One line as an error shows it: trimmed, cut when long; none when blank.
fn tail_line(bytes: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(bytes);
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let mut chars = text.chars();
    let mut line: String = chars.by_ref().take(TAIL_LINE_CHARS).collect();
    if chars.next().is_some() {
        line.push('…');
    }
    Some(line)
}

fn lock(captured: &Mutex<Captured>) -> std::sync::MutexGuard<'_, Captured> {
    // A reader that panicked left whole chunks behind; what is there is still worth having.
    captured.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Reads `pipe` to its end on a thread of its own, then says so on `eof`.
fn drain(
    mut pipe: impl Read + Send + 'static,
    stream: Stream,
    captured: &Arc<Mutex<Captured>>,
    eof: mpsc::Sender<()>,
) {
    let captured = Arc::clone(captured);
    std::thread::spawn(move || {
        let mut buf = [0u8; 8192];
        loop {
            match pipe.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => lock(&captured).add(stream, &buf[..n]),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => break,
            }
        }
        lock(&captured).close(stream);
        let _ = eof.send(());
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `script` as a program of its own, known as `stand-in`.
    /// The script is handed to `sh` rather than run itself: executing a file just written
    /// fails now and then with "text file busy" while other tests fork.
    fn stand_in(script: &str, deadline: Duration) -> Result<Output> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("stand-in");
        std::fs::write(&path, script).unwrap();
        run("stand-in", Path::new("/bin/sh"), &[path.into()], deadline)
    }

    /// Whether `pid` is still a live process. An orphan that was killed stays a zombie
    /// until PID 1 reaps it, and not every PID 1 does: a zombie runs nothing and counts
    /// as gone.
    fn running(pid: i32) -> bool {
        // SAFETY: signal 0 only checks that the process exists.
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
    fn a_quick_program_gives_its_whole_output_and_status() {
        let out = stand_in(
            "printf 'a\\nb'; echo err >&2; exit 3",
            Duration::from_secs(10),
        )
        .unwrap();
        assert_eq!(out.stdout, b"a\nb");
        assert_eq!(out.stderr, b"err\n");
        assert_eq!(out.status.code(), Some(3));
    }

    #[test]
    fn a_chatty_program_does_not_stall_on_a_full_pipe() {
        // Far more than a pipe holds (64 KiB), on both streams.
        let out = stand_in(
            "head -c 1000000 /dev/zero; head -c 1000000 /dev/zero >&2",
            Duration::from_secs(30),
        )
        .unwrap();
        assert_eq!((out.stdout.len(), out.stderr.len()), (1_000_000, 1_000_000));
    }

    #[test]
    fn past_its_deadline_the_whole_group_is_killed_and_the_last_lines_kept() {
        let dir = tempfile::tempdir().unwrap();
        let pids = dir.path().join("pids");
        let script = format!(
            "for i in 1 2 3 4 5 6 7; do echo line $i; done; echo \"$$\" > {p}; \
             sleep 600 & echo \"$!\" >> {p}; printf 'still wait'; wait",
            p = pids.display()
        );
        let started = Instant::now();
        let err = stand_in(&script, Duration::from_secs(1)).unwrap_err();
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "{:?}",
            started.elapsed()
        );
        assert_eq!(err.kind, crate::core::Kind::Validation);
        let (command, rest) = err.message.split_once(" did not finish").unwrap();
        assert!(command.starts_with("`stand-in /"), "{command}");
        assert_eq!(
            rest,
            " within 1 s and was killed; \
             its last output: line 4 | line 5 | line 6 | line 7 | still wait"
        );
        assert!(err
            .hint
            .unwrap()
            .contains("`meta config set timeout.stand-in 2m`"));
        let pids: Vec<i32> = std::fs::read_to_string(&pids)
            .unwrap()
            .lines()
            .map(|l| l.trim().parse().unwrap())
            .collect();
        assert_eq!(pids.len(), 2);
        // The shell was reaped here; its `sleep` was killed with the group.
        assert!(!running(pids[0]), "the shell {} still runs", pids[0]);
        let gone = Instant::now() + Duration::from_secs(2);
        while running(pids[1]) && Instant::now() < gone {
            std::thread::sleep(Duration::from_millis(20));
        }
        assert!(!running(pids[1]), "the sleep {} still runs", pids[1]);
    }

    #[test]
    fn what_a_finished_program_left_running_is_neither_waited_for_nor_killed() {
        let dir = tempfile::tempdir().unwrap();
        let pid = dir.path().join("pid");
        // The background `sleep` keeps stdout open after the shell is gone.
        let script = format!("echo started; sleep 600 & echo \"$!\" > {}", pid.display());
        let started = Instant::now();
        let out = stand_in(&script, Duration::from_secs(1)).unwrap();
        assert!(started.elapsed() < Duration::from_secs(5));
        assert!(out.status.success());
        assert_eq!(out.stdout, b"started\n");
        let pid: i32 = std::fs::read_to_string(&pid)
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        assert!(running(pid));
        // SAFETY: ends the test's own `sleep`.
        unsafe {
            libc::kill(pid, libc::SIGKILL);
        }
    }

    #[test]
    fn a_silent_program_says_it_printed_nothing() {
        let err = stand_in("exec sleep 600", Duration::from_millis(200)).unwrap_err();
        assert!(
            err.message
                .ends_with("within 200 ms and was killed; it printed nothing"),
            "{}",
            err.message
        );
    }

    #[test]
    fn deadlines_parse_with_or_without_a_unit() {
        assert_eq!(parse_deadline("30s").unwrap(), Duration::from_secs(30));
        assert_eq!(parse_deadline("90").unwrap(), Duration::from_secs(90));
        assert_eq!(parse_deadline(" 2m ").unwrap(), Duration::from_secs(120));
        assert_eq!(parse_deadline("1h").unwrap(), Duration::from_secs(3600));
        assert_eq!(parse_deadline("500ms").unwrap(), Duration::from_millis(500));
        assert_eq!(parse_deadline("5 s").unwrap(), Duration::from_secs(5));
        for bad in ["", "s", "1.5s", "-1", "10x", "0", "0s"] {
            let err = parse_deadline(bad).unwrap_err();
            assert_eq!(err.kind, crate::core::Kind::Usage, "{bad}");
        }
        assert_eq!(show_deadline(Duration::from_secs(60)), "60 s");
        assert_eq!(show_deadline(Duration::from_millis(1500)), "1500 ms");
    }
}
