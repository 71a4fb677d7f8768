//! A `dns sync` whose writes went through only in part, or whose answer was lost, says what
//! happened, and the zone ends as it was (rolled back) or is put back by `meta recover` /
//! `meta dns undo`; a request that is not safe to repeat is never sent twice blindly.

mod common;
mod fake_cloudflare;

use common::{allocate, TestEnv};
use fake_cloudflare::{Fake, TOKEN};
use serde_json::{json, Value};

const TUNNEL: &str = "6ff42ae2-765d-4adf-8112-31c55c1551ef";

fn setup() -> (TestEnv, Fake, String) {
    let fake = Fake::start();
    let zone = fake.add_zone("example.com");
    let mut env = TestEnv::init();
    env.env("CLOUDFLARE_API_TOKEN", TOKEN)
        .env("CLOUDFLARE_BASE_URL", &fake.base_url())
        .env("META_TUNNEL_ID", TUNNEL);
    // One record there before, made in the dashboard: it must survive everything.
    fake.add_record(&zone, "www.example.com", "A", "192.0.2.1", false, None);
    for (i, host) in ["a", "b", "c"].iter().enumerate() {
        allocate(
            &env,
            "shop",
            host,
            3001 + i as u16,
            &format!("{host}.example.com"),
        );
    }
    (env, fake, zone)
}

fn contents(fake: &Fake, zone: &str) -> Vec<Value> {
    let mut out: Vec<Value> = fake
        .records(zone)
        .into_iter()
        .map(|r| json!({"name": r["name"], "type": r["type"], "content": r["content"]}))
        .collect();
    out.sort_by_key(|v| v.to_string());
    out
}

#[test]
fn writes_failing_midway_without_the_batch_endpoint_are_told_and_put_back_by_recover() {
    let (env, fake, zone) = setup();
    let before = contents(&fake, &zone);
    // No batch endpoint: one create per record; the first goes through, every write after
    // it fails (so the rollback's delete fails too).
    fake.with(|s| {
        s.no_batch = true;
        s.fail_writes_from = Some(s.write_calls + 3);
    });
    let posts = fake.with(|s| s.post_calls);
    let run = env.meta(&["dns", "sync", "example.com", "--retry-budget", "1"]);
    assert_ne!(run.code, 0, "{}", run.stderr);
    assert_eq!(fake.records(&zone).len(), 2, "one record was made");
    assert!(
        run.stderr.contains("meta recover"),
        "the error must say the zone is half-changed and how to put it back: {}",
        run.stderr
    );
    run.stderr_has("1 of 3 record changes went through");
    // Neither the failed create nor the rollback's batch was sent again blindly: the
    // refused batch, two creates, the rollback's batch.
    assert_eq!(fake.with(|s| s.post_calls) - posts, 4, "{}", run.stderr);
    // Once Cloudflare takes writes again, recover puts the zone back.
    fake.with(|s| s.fail_writes_from = None);
    env.meta(&["recover"]).ok();
    assert_eq!(contents(&fake, &zone), before);
}

#[test]
fn a_batch_applied_but_its_answer_lost_is_read_back_not_sent_again() {
    let (env, fake, zone) = setup();
    let before = contents(&fake, &zone);
    fake.with(|s| s.lose_batch_answer = Some(s.batch_calls + 1));
    let posts = fake.with(|s| s.post_calls);
    let run = env.meta(&["dns", "sync", "example.com"]);
    run.ok();
    assert_eq!(
        fake.with(|s| s.post_calls) - posts,
        1,
        "the batch was sent once, never again blindly"
    );
    assert_eq!(fake.records(&zone).len(), 4, "every record is on the zone");
    run.stderr_has("answer");
    // What the sync changed is recorded: `dns undo` puts the zone back.
    env.meta(&["dns", "undo", "example.com"]).ok();
    assert_eq!(contents(&fake, &zone), before);
}

#[test]
fn a_plan_failing_after_a_lost_answer_rolls_back_what_the_lost_batch_did() {
    let (env, fake, zone) = setup();
    env.meta(&["config", "set", "cloudflare.batch_limit", "2"])
        .ok();
    let before = contents(&fake, &zone);
    // Batch 1 (two creates) is applied but its answer lost; batch 2 is refused.
    fake.with(|s| {
        s.lose_batch_answer = Some(s.batch_calls + 1);
        s.fail_batch_call = Some(s.batch_calls + 2);
    });
    let posts = fake.with(|s| s.post_calls);
    let run = env.meta(&["dns", "sync", "example.com"]);
    assert_ne!(run.code, 0, "{}", run.stderr);
    run.stderr_has("step 2 of")
        .stderr_has("the step before it was undone");
    assert_eq!(contents(&fake, &zone), before, "{}", run.stderr);
    // Batch 1 once, batch 2 once, and the rollback's one batch deleting batch 1's records.
    assert_eq!(fake.with(|s| s.post_calls) - posts, 3, "{}", run.stderr);
}
