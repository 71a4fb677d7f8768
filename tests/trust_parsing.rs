//! Files from outside that `meta` parses are bounded in size and nesting: a hostile file is
//! refused quickly with a clear message instead of parsed for minutes.

mod common;

use std::time::{Duration, Instant};

use common::TestEnv;

fn write(path: &std::path::Path, text: &[u8]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn cloudflared_config(env: &TestEnv) -> std::path::PathBuf {
    env.root.join("etc/cloudflared/config.yml")
}

/// A hang guard only: the refusal takes milliseconds; before the bound it took minutes.
const GUARD: Duration = Duration::from_secs(2);

#[test]
fn a_deeply_nested_cloudflared_config_is_refused_quickly() {
    let env = TestEnv::init();
    let text = format!("ingress: {}\n", "[".repeat(100_000));
    write(&cloudflared_config(&env), text.as_bytes());
    for args in [
        &["tunnel", "sync"][..],
        &["tunnel", "sync", "--dry-run"],
        &["tunnel", "show"],
    ] {
        let started = Instant::now();
        let run = env.meta(args);
        let took = started.elapsed();
        run.code(6)
            .stderr_has("nests more than 64 levels deep")
            .stderr_has("hint:");
        assert!(took < GUARD, "`{}` took {took:?}", args.join(" "));
    }
    // The file is left as it was.
    assert_eq!(
        std::fs::read_to_string(cloudflared_config(&env)).unwrap(),
        text
    );
}

#[test]
fn an_oversize_cloudflared_config_is_refused() {
    let env = TestEnv::init();
    let mut text = String::from("tunnel: x\ningress:\n  - service: http_status:404\n");
    text.push_str(&"# padding\n".repeat(500_000));
    write(&cloudflared_config(&env), text.as_bytes());
    env.meta(&["tunnel", "sync", "--dry-run"])
        .code(6)
        .stderr_has("more than the 4 MiB meta reads");
}

#[test]
fn a_deeply_nested_config_toml_is_refused_with_a_clear_error() {
    let env = TestEnv::init();
    let config = env.home.join("config.toml");
    write(&config, format!("a = {}\n", "[".repeat(100_000)).as_bytes());
    let started = Instant::now();
    let run = env.meta(&["config", "list"]);
    assert!(started.elapsed() < GUARD);
    run.code(2)
        .stderr_has("config.toml` cannot be read: it nests more than 64 levels deep (at line 1)")
        .stderr_has("hint:");

    write(
        &config,
        format!("{} = 1\n", vec!["k"; 200].join(".")).as_bytes(),
    );
    env.meta(&["config", "list"])
        .code(2)
        .stderr_has("nests more than 64 levels deep");
}

#[test]
fn an_oversize_config_toml_is_refused_and_an_ordinary_one_still_reads() {
    let env = TestEnv::init();
    let config = env.home.join("config.toml");
    let mut text = String::from("[cloudflare]\naccount_id = \"abc\"\n");
    text.push_str(&"# padding\n".repeat(200_000));
    write(&config, text.as_bytes());
    env.meta(&["config", "list"])
        .code(2)
        .stderr_has("more than the 1 MiB meta reads");

    write(&config, b"[cloudflare]\naccount_id = \"abc\"\n");
    env.meta(&["config", "get", "cloudflare.account_id"])
        .ok()
        .stdout_has("abc");
}
