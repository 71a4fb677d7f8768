//! Through the binary: the audit chain is keyed with the identity (a chain recomputed by
//! someone without it, or cut short, fails `audit verify` with exit 9), and a data-key
//! generation not made with the identity is refused before anything is sealed under it.

mod common;

use common::TestEnv;
use sha2::{Digest, Sha256};

fn sql(env: &TestEnv, statement: &str) {
    let conn = rusqlite::Connection::open(env.state_path()).unwrap();
    conn.execute_batch(statement).unwrap();
}

fn count(env: &TestEnv, query: &str) -> i64 {
    let conn = rusqlite::Connection::open(env.state_path()).unwrap();
    conn.query_row(query, [], |r| r.get(0)).unwrap()
}

/// A log of five entries: init, three projects, one secret.
fn logged() -> TestEnv {
    let env = TestEnv::init();
    for name in ["a", "b", "c"] {
        env.meta(&["project", "add", name]).ok();
    }
    env.meta_stdin(&["secret", "set", "a/token"], b"v1").ok();
    env.meta(&["audit", "verify"])
        .ok()
        .stderr_has("intact: 5 entries");
    env
}

/// The plain SHA-256 of an entry, as the chain was before it was keyed: all someone
/// without the identity can compute.
fn plain_hash(r: &[rusqlite::types::Value]) -> String {
    use rusqlite::types::Value::{Integer, Text};
    let text = |v: &rusqlite::types::Value| match v {
        Text(s) => s.clone(),
        _ => panic!("text column"),
    };
    let int = |v: &rusqlite::types::Value| match v {
        Integer(i) => *i,
        _ => panic!("integer column"),
    };
    let mut fields = serde_json::json!([
        text(&r[0]),
        int(&r[1]),
        text(&r[2]),
        text(&r[3]),
        int(&r[4]),
        text(&r[5]),
        text(&r[6]),
        text(&r[7])
    ]);
    let detail = text(&r[8]);
    if !detail.is_empty() {
        fields.as_array_mut().unwrap().push(detail.into());
    }
    hex::encode(Sha256::digest(fields.to_string().as_bytes()))
}

/// Rewrites every entry from `from` on with plain SHA-256 hashes, and the head with them,
/// after changing `target` of entry `from`: a forgery by someone who can write state.db.
fn forge_from(env: &TestEnv, from: i64) {
    sql(
        env,
        &format!("UPDATE audit SET target = 'project/forged' WHERE seq = {from}"),
    );
    rehash_from(env, from);
}

/// Recomputes the plain hashes of every entry from `from` on, and the head.
fn rehash_from(env: &TestEnv, from: i64) {
    let conn = rusqlite::Connection::open(env.state_path()).unwrap();
    let mut prev: String = conn
        .query_row(
            "SELECT coalesce((SELECT hash FROM audit WHERE seq = ?1), ?2)",
            rusqlite::params![from - 1, "0".repeat(64)],
            |r| r.get(0),
        )
        .unwrap();
    let seqs: Vec<i64> = conn
        .prepare("SELECT seq FROM audit WHERE seq >= ?1 ORDER BY seq")
        .unwrap()
        .query_map([from], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for seq in seqs {
        conn.execute(
            "UPDATE audit SET prev_hash = ?1 WHERE seq = ?2",
            rusqlite::params![prev, seq],
        )
        .unwrap();
        let row: Vec<rusqlite::types::Value> = conn
            .query_row(
                "SELECT prev_hash, seq, time, actor, uid, command, target, outcome, detail
                 FROM audit WHERE seq = ?1",
                [seq],
                |r| (0..9).map(|i| r.get(i)).collect(),
            )
            .unwrap();
        let hash = plain_hash(&row);
        conn.execute(
            "UPDATE audit SET hash = ?1 WHERE seq = ?2",
            rusqlite::params![hash, seq],
        )
        .unwrap();
        conn.execute(
            "UPDATE settings SET value = ?1 WHERE key = 'audit_head'",
            [format!("{seq} {hash}")],
        )
        .unwrap();
        prev = hash;
    }
}

#[test]
fn a_normal_log_verifies() {
    let env = logged();
    env.meta(&["audit", "verify", "-o", "json"]).ok();
    let log = env.meta(&["audit", "log", "-o", "json"]).json();
    assert_eq!(log.as_array().unwrap().len(), 5);
}

#[test]
fn an_entry_recomputed_without_the_identity_is_exit_9() {
    let env = logged();
    forge_from(&env, 3);
    env.meta(&["audit", "verify"])
        .code(9)
        .stderr_has("broken at entry 3");
    // Forging from the very first entry leaves no keyed entry, but the keyed head.
    let env = logged();
    forge_from(&env, 1);
    env.meta(&["audit", "verify"])
        .code(9)
        .stderr_has("was not written by meta");
}

#[test]
fn removing_the_tail_is_exit_9_naming_it() {
    let env = logged();
    sql(&env, "DELETE FROM audit WHERE seq >= 4");
    env.meta(&["audit", "verify"])
        .code(9)
        .stderr_has("entries 4-5 were removed from the end");
    // Moving the head back over the cut does not help without the identity.
    let env = logged();
    sql(
        &env,
        "DELETE FROM audit WHERE seq = 5;
         UPDATE settings SET value = (SELECT seq || ' ' || hash FROM audit WHERE seq = 4)
         WHERE key = 'audit_head';",
    );
    env.meta(&["audit", "verify"])
        .code(9)
        .stderr_has("was not written by meta");
}

#[test]
fn removing_the_head_is_exit_9_naming_it() {
    let env = logged();
    sql(
        &env,
        "DELETE FROM settings WHERE key IN ('audit_head', 'audit_head_mac')",
    );
    env.meta(&["audit", "verify"])
        .code(9)
        .stderr_has("the recorded head of the log is missing");
}

#[test]
fn removing_everything_is_exit_9_naming_it() {
    let env = logged();
    sql(
        &env,
        "DELETE FROM audit; DELETE FROM settings WHERE key IN ('audit_head', 'audit_head_mac')",
    );
    env.meta(&["audit", "verify"])
        .code(9)
        .stderr_has("every entry of the log and its recorded head were removed");
    // Dropping the generations' proofs as well does not make the empty log pass.
    sql(&env, "UPDATE keys SET proof = NULL");
    env.meta(&["audit", "verify"])
        .code(9)
        .stderr_has("every entry of the log and its recorded head were removed");
}

#[test]
fn a_change_without_the_identity_is_refused_and_not_made() {
    let env = logged();
    let elsewhere = env.path("nowhere/identity.txt");
    env.meta(&[
        "project",
        "add",
        "d",
        "--identity",
        elsewhere.to_str().unwrap(),
    ])
    .code(1)
    .stderr_has("cannot record this change in the audit log");
    assert_eq!(
        count(&env, "SELECT count(*) FROM projects WHERE name = 'd'"),
        0
    );
    env.meta(&["audit", "verify"]).ok();
}

#[test]
fn a_state_file_from_before_keying_is_adopted_and_its_old_entries_still_verify() {
    let env = logged();
    // Make it look as an older meta left it: plain hashes, no proofs, no keyed head.
    rehash_from(&env, 1);
    sql(
        &env,
        "UPDATE keys SET proof = NULL;
         DELETE FROM settings WHERE key = 'audit_head_mac';
         INSERT INTO settings (key, value) VALUES ('keys_unproven_through', '1');",
    );
    env.meta(&["audit", "verify"])
        .ok()
        .stderr_has("intact: 5 entries");
    env.meta(&["project", "add", "d"]).ok();
    env.meta(&["secret", "get", "a/token"])
        .ok()
        .stdout_has("v1");
    env.meta(&["audit", "verify"])
        .ok()
        .stderr_has("intact: 7 entries");
    // The adoption happens once: a mark planted later adopts nothing.
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM settings WHERE key = 'keys_unproven_through'"
        ),
        0
    );
}

/// The public recipient, as anyone may read it from the identity file's comment.
fn recipient(env: &TestEnv) -> age::x25519::Recipient {
    let text = std::fs::read_to_string(env.home.join("identity.txt")).unwrap();
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix("# public key: "))
        .unwrap();
    line.trim().parse().unwrap()
}

#[test]
fn a_key_generation_planted_with_the_recipient_is_refused() {
    let env = TestEnv::init();
    env.meta_stdin(&["secret", "set", "a/one"], b"v1").ok();
    // The attack: a key of the attacker's choosing, wrapped to the public recipient.
    let planted = age::encrypt(&recipient(&env), &[42u8; 32]).unwrap();
    let conn = rusqlite::Connection::open(env.state_path()).unwrap();
    conn.execute(
        "INSERT INTO keys (generation, wrapped, created)
         VALUES ((SELECT max(generation) + 1 FROM keys), ?1, '2026-01-01T00:00:00Z')",
        [&planted],
    )
    .unwrap();
    drop(conn);
    env.meta_stdin(&["secret", "set", "a/two"], b"v2")
        .code(1)
        .stderr_has("data key generation 2 was not made with this identity");
    assert_eq!(
        count(
            &env,
            "SELECT count(*) FROM secrets WHERE key_generation = 2"
        ),
        0
    );
    // A proof copied from the real generation does not fit the planted one either.
    sql(
        &env,
        "UPDATE keys SET proof = (SELECT proof FROM keys WHERE generation = 1) WHERE generation = 2",
    );
    env.meta_stdin(&["secret", "set", "a/two"], b"v2")
        .code(1)
        .stderr_has("was not made with this identity");
    assert_eq!(count(&env, "SELECT count(*) FROM secrets"), 1);
}

#[test]
fn generations_made_by_rotate_key_keep_working() {
    let env = TestEnv::init();
    env.meta_stdin(&["secret", "set", "a/one"], b"v1").ok();
    env.meta(&["secret", "rotate-key"]).ok();
    env.meta(&["secret", "rotate-key"]).ok();
    env.meta_stdin(&["secret", "set", "a/two"], b"v2").ok();
    env.meta(&["secret", "get", "a/one"]).ok().stdout_has("v1");
    env.meta(&["secret", "get", "a/two"]).ok().stdout_has("v2");
    assert_eq!(count(&env, "SELECT max(generation) FROM keys"), 3);
    env.meta(&["audit", "verify"]).ok();
}

/// `audit verify` over 100,000 entries, seeded through the library. Run in release:
/// `cargo test --release --test trust_chain -- --ignored --nocapture`.
#[test]
#[ignore]
fn verify_of_100k_entries_is_fast() {
    use meta::core::state::{audit_chain, State};
    let env = TestEnv::init();
    let mut state = State::open(&env.state_path()).unwrap();
    let key = meta::core::crypto::chain_key(&mut state, &env.home.join("identity.txt")).unwrap();
    state.set_chain_key(key);
    state
        .write_unaudited(|tx| {
            for i in 0..100_000 {
                audit_chain::append(tx, "project add", &format!("project/p{i}"), "ok")?;
            }
            Ok(())
        })
        .unwrap();
    drop(state);
    let started = std::time::Instant::now();
    env.meta(&["audit", "verify"])
        .ok()
        .stderr_has("intact: 100001 entries");
    println!("meta audit verify, 100001 entries: {:?}", started.elapsed());
}
