//! `tunnel sync` and a hand-written ingress rule that cloudflared would match before meta's
//! (the same hostname, or a wildcard covering it): refused with exit 4 naming the line,
//! written with `--force` and a warning; `tunnel show` marks as meta's only the rules in
//! the managed block.

mod common;
mod fake_cloudflare;

use std::path::PathBuf;

use common::{allocate, TestEnv};
use fake_cloudflare::{Fake, TOKEN};
use serde_json::json;

const TUNNEL: &str = "6ff42ae2-765d-4adf-8112-31c55c1551ef";
const ACCOUNT: &str = "01a7362d577a6c3019a474fd6f485823";

fn config_file(env: &TestEnv) -> PathBuf {
    env.root.join("etc/cloudflared/config.yml")
}

fn write_config(env: &TestEnv, text: &str) {
    let p = config_file(env);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

fn read_config(env: &TestEnv) -> String {
    std::fs::read_to_string(config_file(env)).unwrap()
}

const HAND_SAME: &str = "tunnel: x\ningress:\n  # by hand\n  - hostname: shop.example.com\n    service: http://localhost:9000\n  - service: http_status:404\n";

#[test]
fn a_hand_rule_for_the_same_hostname_above_the_block_is_refused_then_forced() {
    let env = TestEnv::init();
    write_config(&env, HAND_SAME);
    allocate(&env, "shop", "web", 3001, "shop.example.com");
    env.meta(&["tunnel", "sync"])
        .code(4)
        .stderr_has("line 4 (`- hostname: shop.example.com`)")
        .stderr_has("`shop.example.com`")
        .stderr_has("--force");
    assert_eq!(read_config(&env), HAND_SAME, "nothing was written");
    env.meta(&["tunnel", "sync", "--force"])
        .ok()
        .stderr_has("warning:")
        .stderr_has("line 4");
    assert!(read_config(&env).contains("# BEGIN meta tunnel"));
    // Only the rule in the block is meta's, though both name the same host.
    let rules = env.meta(&["tunnel", "show", "-o", "json"]).ok().json();
    let managed: Vec<bool> = rules
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["managed"].as_bool().unwrap())
        .collect();
    assert_eq!(managed, vec![false, true, false], "{rules}");
}

#[test]
fn a_wildcard_above_the_block_covers_names_under_it_at_any_depth() {
    let env = TestEnv::init();
    let text = "ingress:\n  - hostname: \"*.example.com\"\n    service: http://localhost:9000\n  - hostname: other.org\n    service: http://localhost:9001\n  - service: http_status:404\n";
    write_config(&env, text);
    // cloudflared matches `*.example.com` by the suffix `.example.com`: deeper names too.
    allocate(&env, "shop", "web", 3001, "a.b.example.com");
    env.meta(&["tunnel", "sync"])
        .code(4)
        .stderr_has("line 2 (`- hostname: \"*.example.com\"`)")
        .stderr_has("`a.b.example.com`");
    assert_eq!(read_config(&env), text);
}

#[test]
fn only_a_rule_without_a_path_that_covers_the_name_shadows_it() {
    let env = TestEnv::init();
    // A path rule for the same host (routes a path elsewhere), a wildcard of another zone,
    // and `*.example.com` does not cover `example.com` itself.
    let text = "ingress:\n  - hostname: shop.example.com\n    path: ^/static/\n    service: http://localhost:9000\n  - hostname: \"*.example.org\"\n    service: http://localhost:9001\n  - hostname: \"*.example.com\"\n    service: http://localhost:9002\n  - service: http_status:404\n";
    write_config(&env, text);
    allocate(&env, "shop", "web", 3001, "shop.example.com");
    allocate(&env, "shop", "apex", 3002, "example.com");
    // shop.example.com is covered by the wildcard; example.com is not.
    env.meta(&["tunnel", "sync"])
        .code(4)
        .stderr_has("line 7")
        .stderr_has("`shop.example.com`");
    let env = TestEnv::init();
    let text = "ingress:\n  - hostname: shop.example.com\n    path: ^/static/\n    service: http://localhost:9000\n  - hostname: \"*.example.org\"\n    service: http://localhost:9001\n  - service: http_status:404\n";
    write_config(&env, text);
    allocate(&env, "shop", "web", 3001, "shop.example.com");
    allocate(&env, "shop", "apex", 3002, "example.com");
    env.meta(&["tunnel", "sync"]).ok();
}

#[test]
fn a_remote_wildcard_before_meta_s_rules_is_refused_then_forced() {
    let fake = Fake::start();
    let key = format!("{ACCOUNT}/{TUNNEL}");
    fake.with(|s| {
        s.tunnels.insert(
            key.clone(),
            json!({"version": 1, "config": {"ingress": [
                {"hostname": "*.example.com", "service": "http://localhost:9000"},
                {"service": "http_status:404"}
            ]}}),
        );
    });
    let mut env = TestEnv::init();
    env.env("CLOUDFLARE_API_TOKEN", TOKEN)
        .env("CLOUDFLARE_BASE_URL", &fake.base_url())
        .env("CLOUDFLARE_ACCOUNT_ID", ACCOUNT)
        .env("META_TUNNEL_ID", TUNNEL);
    allocate(&env, "shop", "web", 3001, "shop.example.com");
    env.meta(&["tunnel", "sync", "--remote"])
        .code(4)
        .stderr_has("ingress rule 1 of 3 (`hostname: *.example.com`)")
        .stderr_has("--force");
    assert!(fake.writes().is_empty());
    env.meta(&["tunnel", "sync", "--remote", "--force"])
        .ok()
        .stderr_has("warning:");
    assert_eq!(fake.writes().len(), 1);
}

#[test]
fn a_remote_hand_rule_for_meta_s_hostname_is_kept_and_refused_not_replaced() {
    let fake = Fake::start();
    let key = format!("{ACCOUNT}/{TUNNEL}");
    fake.with(|s| {
        s.tunnels.insert(
            key.clone(),
            json!({"version": 1, "config": {"ingress": [
                {"hostname": "shop.example.com", "service": "http://localhost:9000"},
                {"service": "http_status:404"}
            ]}}),
        );
    });
    let mut env = TestEnv::init();
    env.env("CLOUDFLARE_API_TOKEN", TOKEN)
        .env("CLOUDFLARE_BASE_URL", &fake.base_url())
        .env("CLOUDFLARE_ACCOUNT_ID", ACCOUNT)
        .env("META_TUNNEL_ID", TUNNEL);
    allocate(&env, "shop", "web", 3001, "shop.example.com");
    env.meta(&["tunnel", "sync", "--remote"])
        .code(4)
        .stderr_has("ingress rule 1 of 3 (`hostname: shop.example.com`)");
    assert!(fake.writes().is_empty(), "the hand rule was not replaced");
    env.meta(&["tunnel", "sync", "--remote", "--force"]).ok();
    let shown = env
        .meta(&["tunnel", "show", "--remote", "-o", "json"])
        .ok()
        .json();
    let rows: Vec<(String, bool)> = shown
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["service"].as_str().unwrap().to_string(),
                r["managed"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        vec![
            ("http://localhost:9000".to_string(), false),
            ("http://localhost:3001".to_string(), true),
            ("http_status:404".to_string(), false),
        ]
    );
    // A second sync changes nothing and still warns.
    env.meta(&["tunnel", "sync", "--remote", "--force"]).ok();
    assert_eq!(fake.writes().len(), 1);
}
