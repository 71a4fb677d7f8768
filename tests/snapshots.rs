//! Long outputs, snapshot-tested: help, plans, the recovery view and the audit log, with
//! temp paths, times, pids and hashes filtered out.

mod common;

use std::os::unix::fs::PermissionsExt;

use common::TestEnv;

/// Runs the body with the filters every snapshot here needs.
fn filtered(env: &TestEnv, body: impl FnOnce()) {
    let mut settings = insta::Settings::clone_current();
    let dir = env.path("").display().to_string();
    let dir = dir.trim_end_matches('/').to_string();
    settings.add_filter(&regex_escape(&dir), "[TMP]");
    settings.add_filter(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", "[TIME]");
    settings.add_filter(r"pid \d+", "pid [PID]");
    settings.add_filter(r#""pid": \d+"#, r#""pid": [PID]"#);
    settings.add_filter(r"[0-9a-f]{64}", "[HASH]");
    settings.add_filter(r#""uid": \d+"#, r#""uid": [UID]"#);
    settings.add_filter(r#""actor": "[^"]*""#, r#""actor": "[USER]""#);
    settings.bind(body);
}

fn regex_escape(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            if "\\.+*?()|[]{}^$".contains(c) {
                vec!['\\', c]
            } else {
                vec![c]
            }
        })
        .collect()
}

fn script(env: &TestEnv, name: &str, body: &str) -> std::path::PathBuf {
    let p = env.path(name);
    std::fs::write(&p, format!("#!/bin/sh\n{body}\n")).unwrap();
    std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
    p
}

/// A project whose range is far from ports in use here, with two services that have
/// hostnames, all made through the binary.
fn seeded() -> TestEnv {
    let env = TestEnv::init();
    env.meta(&["project", "add", "shop", "--range", "47100-47199"])
        .ok();
    env.meta(&[
        "port",
        "allocate",
        "shop",
        "web",
        "--hostname",
        "shop.example.com",
    ])
    .ok();
    env.meta(&[
        "port",
        "allocate",
        "shop",
        "api",
        "--hostname",
        "api.example.com",
    ])
    .ok();
    let config = env.root.join("etc/cloudflared/config.yml");
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(
        &config,
        "tunnel: 6ff42ae2-765d-4adf-8112-31c55c1551ef\ningress:\n  - service: http_status:404\n",
    )
    .unwrap();
    env
}

#[test]
fn top_level_help() {
    let env = TestEnv::new();
    let run = env.meta(&["--help"]);
    filtered(&env, || insta::assert_snapshot!(run.ok().stdout));
}

#[test]
fn recover_help() {
    let env = TestEnv::new();
    let run = env.meta(&["recover", "--help"]);
    filtered(&env, || insta::assert_snapshot!(run.ok().stdout));
}

#[test]
fn tunnel_sync_dry_run_text_and_json() {
    let mut env = seeded();
    let bin = script(&env, "systemctl", "exit 0");
    env.env("META_SYSTEMCTL", bin.to_str().unwrap());
    let text = env.meta(&["--dry-run", "tunnel", "sync", "--restart"]);
    let json = env.meta(&["--dry-run", "-o", "json", "tunnel", "sync", "--restart"]);
    filtered(&env, || {
        insta::assert_snapshot!("tunnel_sync_dry_run_text", text.ok().stdout);
        insta::assert_snapshot!("tunnel_sync_dry_run_json", json.ok().stdout);
    });
}

#[test]
fn recover_view_and_audit_log_after_a_killed_sync() {
    let mut env = seeded();
    let bin = script(&env, "systemctl", "kill -9 $PPID; sleep 1");
    env.env("META_SYSTEMCTL", bin.to_str().unwrap());
    let status = env
        .command(&["tunnel", "sync", "--restart"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(!status.success());
    let view = env.meta(&["--dry-run", "-o", "json", "recover"]);
    let bin = script(&env, "systemctl", "exit 0");
    env.env("META_SYSTEMCTL", bin.to_str().unwrap());
    env.meta(&["recover"]).ok();
    let log = env.meta(&["-o", "json", "audit", "log"]);
    filtered(&env, || {
        insta::assert_snapshot!("recover_dry_run_json", view.ok().stdout);
        insta::assert_snapshot!("audit_log_after_recover", log.ok().stdout);
    });
}
