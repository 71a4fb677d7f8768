//! A writer killed with SIGKILL in the middle of a write leaves the old file or the new
//! one, never a mix. The child is this test binary itself, re-run in a mode that rewrites
//! one file in a loop through the same atomic writer every host write uses.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

const CHILD_ENV: &str = "META_ATOMIC_CHILD_TARGET";
const SIZE: usize = 4 << 20;

fn content(generation: u8) -> Vec<u8> {
    vec![b'a' + generation % 26; SIZE]
}

/// In the child: rewrite the target with a new whole generation, forever. Not a test of
/// its own (ignored); the test below runs it as its child process.
#[test]
#[ignore]
fn child_writer_loop() {
    let Ok(target) = std::env::var(CHILD_ENV) else {
        return;
    };
    let target = Path::new(&target);
    let mut generation = 1u8;
    loop {
        meta::core::host::atomic::write_file(target, &content(generation), Some(0o640)).unwrap();
        generation = generation.wrapping_add(1);
    }
}

#[test]
fn sigkill_mid_write_leaves_a_whole_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("site.conf");
    meta::core::host::atomic::write_file(&target, &content(0), Some(0o640)).unwrap();
    let me = std::env::current_exe().unwrap();
    let mut seen = std::collections::BTreeSet::new();
    for round in 0..12u64 {
        let mut child = Command::new(&me)
            .args([
                "--exact",
                "child_writer_loop",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, &target)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(40 + round * 23));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let bytes = std::fs::read(&target).unwrap();
        assert_eq!(bytes.len(), SIZE, "round {round}: torn length");
        let first = bytes[0];
        assert!(
            bytes.iter().all(|b| *b == first),
            "round {round}: a mix of two writes"
        );
        seen.insert(first);
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&target).unwrap().permissions().mode() & 0o777,
            0o640
        );
    }
    assert!(
        seen.len() > 1,
        "the child never got to replace the file; the test proved nothing"
    );
}
