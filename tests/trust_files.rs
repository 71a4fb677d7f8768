//! Files on the host that `meta` must not be fooled by: a managed file that is a symlink
//! (written at its target when the target is inside `--root`, refused when it leads out),
//! and the temp files a killed writer leaves beside its target.

mod common;

use std::path::{Path, PathBuf};

use common::{allocate, TestEnv};

const REAL: &str = include_str!("fixtures/cloudflared-config.yml");

/// The block `meta` writes for the two usual allocations.
const BLOCK: &str = "  # BEGIN meta tunnel\n  - hostname: api.example.com\n    service: http://localhost:3002\n  - hostname: shop.example.com\n    service: http://localhost:3001\n  # END meta tunnel\n";

fn synced() -> String {
    REAL.replace(
        "  - service: http_status:404\n",
        &format!("{BLOCK}  - service: http_status:404\n"),
    )
}

fn config_file(env: &TestEnv) -> PathBuf {
    env.root.join("etc/cloudflared/config.yml")
}

fn two_allocations(env: &TestEnv) {
    allocate(env, "shop", "web", 3001, "shop.example.com");
    allocate(env, "shop", "api", 3002, "api.example.com");
}

/// `config.yml` as a link to `target`, which holds `content` (absent when `None`).
fn link_config(env: &TestEnv, target: &Path, content: Option<&str>) -> PathBuf {
    let link = config_file(env);
    std::fs::create_dir_all(link.parent().unwrap()).unwrap();
    if let Some(text) = content {
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, text).unwrap();
    }
    std::os::unix::fs::symlink(target, &link).unwrap();
    link
}

fn is_link(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

fn temp_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".meta-tmp"))
        .collect();
    names.sort();
    names
}

#[test]
fn a_config_linked_inside_the_root_is_written_at_its_target_and_stays_a_link() {
    let env = TestEnv::init();
    two_allocations(&env);
    // The way nginx's sites-enabled links into sites-available: one relative, one absolute.
    for (i, target) in [
        PathBuf::from("../../srv/cloudflared/config.yml"),
        env.root.join("srv/cloudflared-abs/config.yml"),
    ]
    .into_iter()
    .enumerate()
    {
        let link = config_file(&env);
        let _ = std::fs::remove_file(&link);
        let real = if target.is_absolute() {
            target.clone()
        } else {
            link.parent().unwrap().join(&target)
        };
        std::fs::create_dir_all(real.parent().unwrap()).unwrap();
        std::fs::write(&real, REAL).unwrap();
        std::fs::create_dir_all(link.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(&target, &link).unwrap();

        let run = env.meta(&["tunnel", "sync", "-o", "json"]);
        run.ok();
        assert_eq!(run.json()["changed"], true, "{i}");
        assert!(is_link(&link), "{i}: config.yml is no longer a link");
        assert_eq!(std::fs::read_link(&link).unwrap(), target, "{i}");
        assert_eq!(std::fs::read_to_string(&real).unwrap(), synced(), "{i}");
        assert!(temp_files(link.parent().unwrap()).is_empty(), "{i}");
        assert!(temp_files(real.parent().unwrap()).is_empty(), "{i}");
        env.meta(&["tunnel", "sync"])
            .ok()
            .stderr_has("nothing to change");
    }
}

#[test]
fn a_refused_sync_through_a_link_puts_the_target_back_and_keeps_the_link() {
    let mut env = TestEnv::init();
    two_allocations(&env);
    let target = env.root.join("srv/cloudflared/config.yml");
    let link = link_config(&env, &target, Some(REAL));
    let bin = env.path("cloudflared");
    std::fs::write(
        &bin,
        "#!/bin/sh\necho 'error: ingress rule refused' >&2\nexit 1\n",
    )
    .unwrap();
    std::fs::set_permissions(&bin, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    env.env("META_CLOUDFLARED", bin.to_str().unwrap());
    env.meta(&["tunnel", "sync"])
        .code(6)
        .stderr_has("ingress rule refused")
        .stderr_has("the step before it was undone");
    assert!(is_link(&link));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), REAL);
    assert!(temp_files(target.parent().unwrap()).is_empty());
}

#[test]
fn a_config_linked_outside_the_root_is_refused_and_nothing_changes() {
    let env = TestEnv::init();
    two_allocations(&env);
    let outside = env.path("elsewhere/config.yml");
    let link = link_config(&env, &outside, Some(REAL));
    for args in [
        &["tunnel", "sync"][..],
        &["tunnel", "sync", "--dry-run"],
        &["tunnel", "diff"],
        &["tunnel", "show"],
    ] {
        let run = env.meta(args);
        run.code(4)
            .stderr_has("outside --root")
            .stderr_has(&link.display().to_string())
            .stderr_has(&outside.display().to_string());
        // Not read: nothing of the outside file is shown.
        assert!(!run.stdout.contains("wiki.example.com"), "{args:?}");
        assert!(!run.stderr.contains("wiki.example.com"), "{args:?}");
    }
    assert_eq!(std::fs::read_to_string(&outside).unwrap(), REAL);
    assert!(is_link(&link));
    assert_eq!(std::fs::read_link(&link).unwrap(), outside);
}

#[test]
fn a_dangling_link_inside_the_root_gets_its_target_created_and_one_outside_is_refused() {
    let env = TestEnv::init();
    two_allocations(&env);
    let target = env.root.join("srv/cloudflared/config.yml");
    let link = link_config(&env, &target, None);
    env.meta(&["tunnel", "sync"]).ok();
    assert!(is_link(&link));
    let written = std::fs::read_to_string(&target).unwrap();
    assert!(written.contains("hostname: shop.example.com"), "{written}");

    let env = TestEnv::init();
    two_allocations(&env);
    let outside = env.path("elsewhere/config.yml");
    let link = link_config(&env, &outside, None);
    env.meta(&["tunnel", "sync"])
        .code(4)
        .stderr_has("outside --root");
    assert!(!outside.exists());
    assert!(!env.path("elsewhere").exists());
    assert!(is_link(&link));
}

#[test]
fn temp_files_of_a_killed_writer_are_removed_by_the_next_write_and_a_live_ones_kept() {
    if !std::process::Command::new("strace")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        eprintln!("strace is not installed; skipped");
        return;
    }
    let env = TestEnv::init();
    let config = config_file(&env);
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(&config, REAL).unwrap();
    two_allocations(&env);
    let dir = config.parent().unwrap().to_path_buf();
    // A temp file of a writer that is still running (this test) is not touched.
    let live = format!(".config.yml.{}.AbCdEf.meta-tmp", std::process::id());
    std::fs::write(dir.join(&live), "half").unwrap();

    // Killed at the rename of the temp file over config.yml.
    let mut run = env.killed_at_first_rename(&["tunnel", "sync"]);
    let status = run.status().unwrap();
    let killed = std::os::unix::process::ExitStatusExt::signal(&status) == Some(9)
        || status.code() == Some(137);
    assert!(killed, "meta was not killed ({status:?})");
    let left = temp_files(&dir);
    assert_eq!(
        left.len(),
        2,
        "the killed writer's temp file is left: {left:?}"
    );
    assert_eq!(std::fs::read_to_string(&config).unwrap(), REAL);

    env.meta(&["recover"]).ok();
    env.meta(&["tunnel", "sync"]).ok();
    assert_eq!(std::fs::read_to_string(&config).unwrap(), synced());
    assert_eq!(temp_files(&dir), vec![live]);
}
