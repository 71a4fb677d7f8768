//! What goes on the wire, end to end through the binary: requests Google's front ends
//! accept, tokens Cloudflare knows under either owner, TXT content in the form Cloudflare
//! keeps, and credentials that never reach an error message.

mod common;
mod fake_cloudflare;
mod fake_gcp;

use std::time::{Duration, Instant};

use common::TestEnv;

fn gcp_env(fake: &fake_gcp::Fake) -> TestEnv {
    let mut env = TestEnv::init();
    env.env(
        "GOOGLE_APPLICATION_CREDENTIALS",
        fake.key_path().to_str().unwrap(),
    )
    .env(
        "CLOUDSDK_API_ENDPOINT_OVERRIDES_COMPUTE",
        &fake.compute_url(),
    )
    .env(
        "CLOUDSDK_API_ENDPOINT_OVERRIDES_MONITORING",
        &fake.monitoring_url(),
    )
    .env("CLOUDSDK_COMPUTE_ZONE", fake_gcp::ZONE);
    env
}

fn cloudflare_env(fake: &fake_cloudflare::Fake, token: &str) -> TestEnv {
    let mut env = TestEnv::init();
    env.env("CLOUDFLARE_API_TOKEN", token)
        .env("CLOUDFLARE_BASE_URL", &fake.base_url());
    env
}

/// The fake must refuse what Google's front ends refuse, or the tests below prove nothing.
#[test]
fn the_gcp_fake_answers_411_to_a_post_without_a_length() {
    let fake = fake_gcp::Fake::start();
    let path = format!(
        "/compute/v1/projects/{}/zones/{}/instances/web/start",
        fake_gcp::PROJECT,
        fake_gcp::ZONE
    );
    let bare = format!("POST {path} HTTP/1.1\r\nHost: compute.googleapis.com");
    assert_eq!(fake_gcp::raw_status(&fake.addr, &bare), 411);
    let sized = format!("{bare}\r\nContent-Length: 0");
    assert_ne!(fake_gcp::raw_status(&fake.addr, &sized), 411);
    let get = format!("GET {path} HTTP/1.1\r\nHost: compute.googleapis.com");
    assert_ne!(fake_gcp::raw_status(&fake.addr, &get), 411);
}

#[test]
fn vm_stop_start_and_resize_send_a_length_with_their_empty_posts() {
    let fake = fake_gcp::Fake::start();
    fake.state().add_instance("web", "e2-small", "RUNNING");
    let env = gcp_env(&fake);
    env.meta(&["vm", "stop", "web"]).ok();
    env.meta(&["vm", "start", "web"]).ok();
    env.meta(&["vm", "resize", "web", "--machine-type", "e2-medium"])
        .ok()
        .stderr_has("resized `web` from e2-small to e2-medium");
    let st = fake.state();
    assert_eq!(st.instances["web"].machine_type, "e2-medium");
    assert_eq!(st.instances["web"].status, "RUNNING");
    assert!(st.count_containing("/wait") > 0, "{:?}", st.log);
    assert_eq!(st.count_containing("(411)"), 0, "{:?}", st.log);
}

#[test]
fn an_account_owned_token_is_verified_with_its_account() {
    const ACCOUNT: &str = "023e105f4ecef8ad9ca31a8372d0c353";
    let fake = fake_cloudflare::Fake::start();
    fake.with(|s| s.token_account = Some(ACCOUNT.into()));
    let mut env = cloudflare_env(&fake, fake_cloudflare::TOKEN);

    // Without the account the user endpoint's refusal stands, and says what to set.
    env.meta(&["dns", "verify-token"])
        .code(5)
        .stderr_has("cloudflare.account_id");

    env.env("CLOUDFLARE_ACCOUNT_ID", ACCOUNT);
    let run = env.meta(&["dns", "verify-token", "-o", "json"]);
    run.ok();
    assert_eq!(run.json()["status"], "active");
    assert_eq!(run.json()["owner"], "account");
    assert!(fake
        .log()
        .iter()
        .any(|r| r.path == format!("/accounts/{ACCOUNT}/tokens/verify")));

    // A user's token is still checked where it always was, and said to be one.
    fake.with(|s| s.token_account = None);
    let run = env.meta(&["dns", "verify-token", "-o", "json"]);
    run.ok();
    assert_eq!(run.json()["owner"], "user");
}

#[test]
fn txt_content_is_sent_quoted_and_a_sync_after_create_changes_nothing() {
    let fake = fake_cloudflare::Fake::start();
    let zone = fake.add_zone("example.com");
    let env = cloudflare_env(&fake, fake_cloudflare::TOKEN);
    env.meta(&[
        "dns",
        "create",
        "example.com",
        "--type",
        "TXT",
        "--content",
        "v=spf1 -all",
    ])
    .ok();
    let post = fake.writes().pop().unwrap();
    assert_eq!(post.body.unwrap()["content"], r#""v=spf1 -all""#);
    let stored = fake.record(&zone, "example.com").unwrap();
    assert_eq!(stored["content"], r#""v=spf1 -all""#);

    env.meta(&["dns", "sync", "example.com", "--check"]).ok();
    let run = env.meta(&["dns", "list", "example.com", "-o", "json"]);
    run.ok();
    assert_eq!(run.json()[0]["ownership"], "managed");

    // A value longer than one character string goes out split, and stays in sync.
    let long = "k=".to_string() + &"a".repeat(300);
    env.meta(&[
        "dns",
        "create",
        "long.example.com",
        "--type",
        "TXT",
        "--content",
        &long,
    ])
    .ok();
    let stored = fake.record(&zone, "long.example.com").unwrap();
    let content = stored["content"].as_str().unwrap();
    assert_eq!(
        content,
        format!("\"k={}\" \"{}\"", "a".repeat(253), "a".repeat(47))
    );
    env.meta(&["dns", "sync", "example.com", "--check"]).ok();
}

#[test]
fn a_token_with_a_control_byte_is_refused_at_once_and_never_shown() {
    let fake = fake_cloudflare::Fake::start();
    fake.add_zone("example.com");
    let token = "abc\u{1}defSECRET";
    let env = cloudflare_env(&fake, token);
    for args in [
        &["dns", "list", "example.com"][..],
        &["dns", "list", "example.com", "-o", "json"][..],
    ] {
        let started = Instant::now();
        let run = env.meta(args);
        run.code(2).stderr_has("CLOUDFLARE_API_TOKEN");
        assert!(started.elapsed() < Duration::from_secs(10));
        for text in [&run.stdout, &run.stderr] {
            assert!(!text.contains("SECRET"), "{text}");
            assert!(!text.contains("Bearer"), "{text}");
            assert!(!text.contains("cannot reach"), "{text}");
        }
    }
    assert!(fake.log().is_empty(), "nothing is sent");
}

#[test]
fn a_base_url_that_is_no_url_fails_at_once() {
    let mut env = TestEnv::init();
    env.env("CLOUDFLARE_API_TOKEN", fake_cloudflare::TOKEN)
        .env("CLOUDFLARE_BASE_URL", "http://exa mple/client/v4");
    let started = Instant::now();
    let run = env.meta(&["dns", "list", "example.com"]);
    run.code(2).stderr_has("not a URL");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
    assert!(!run.stderr.contains(fake_cloudflare::TOKEN));
}
