//! The engine against a real state file and real files in a temp folder; remote calls go
//! to a recording stand-in.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use super::*;
use crate::core::error::{Error, Kind};
use crate::core::host::Host;
use crate::core::state::State;

/// Records every call; fails the calls named in `fail`.
#[derive(Default)]
struct Recorder {
    calls: Vec<String>,
    fail: Vec<String>,
}

impl RemoteApi for Recorder {
    fn call(&mut self, api: &str, call: &serde_json::Value) -> crate::core::error::Result<()> {
        let name = call["name"].as_str().unwrap_or_default().to_string();
        self.calls.push(format!("{api}:{name}"));
        if self.fail.contains(&name) {
            return Err(Error::remote(format!("{name} refused")));
        }
        Ok(())
    }
}

fn setup() -> (tempfile::TempDir, State) {
    let dir = tempfile::tempdir().unwrap();
    let mut state = State::create(&dir.path().join("state.db")).unwrap();
    // The audit chain is keyed: stand in for the key the identity would give.
    state.set_chain_key(crate::core::state::audit_chain::ChainKey::Keyed(
        crate::core::crypto::DerivedKey::for_tests(1),
    ));
    (dir, state)
}

fn effects<'r>(dir: &Path, remote: Option<&'r mut dyn RemoteApi>) -> Effects<'r, 'static> {
    Effects {
        host: Host::new(Some(dir.to_path_buf()), BTreeMap::new()),
        home: dir.to_path_buf(),
        lock_wait: Duration::from_millis(100),
        remote,
        on_step: None,
    }
}

fn audit() -> Audit {
    Audit {
        command: "test".into(),
        target: "test/x".into(),
        actor: None,
    }
}

fn remote_step(name: &str, inverse: &str) -> Step {
    let view = StepView {
        kind: StepKind::ApiCall,
        target: name.into(),
        summary: format!("call {name}"),
        detail: None,
    };
    Step::remote(
        view,
        "fake",
        serde_json::json!({ "name": name }),
        Some(serde_json::json!({ "name": inverse })),
    )
}

fn outcomes(state: &mut State) -> Vec<String> {
    state
        .read(|tx| tx.audit_list(None, None))
        .unwrap()
        .into_iter()
        .map(|r| r.outcome)
        .collect()
}

#[test]
fn a_failing_step_undoes_the_ones_before_newest_first_and_records_it() {
    let (dir, mut state) = setup();
    let a = dir.path().join("a.conf");
    let b = dir.path().join("b.conf");
    std::fs::write(&a, "old a\n").unwrap();
    let mut plan = Plan::new();
    plan.push(Step::write_file(a.clone(), "/a.conf", b"new a\n".to_vec(), None).unwrap());
    plan.push(Step::write_file(b.clone(), "/b.conf", b"new b\n".to_vec(), Some(0o600)).unwrap());
    plan.push(remote_step("create", "delete"));
    plan.push(remote_step("refused", "never"));
    let mut remote = Recorder {
        fail: vec!["refused".into()],
        ..Recorder::default()
    };
    let err = apply(
        &mut state,
        &mut effects(dir.path(), Some(&mut remote)),
        plan,
        &audit(),
    )
    .unwrap_err();
    assert_eq!(err.kind, Kind::Remote);
    assert!(
        err.message
            .starts_with("step 4 of 4 (`call refused`) failed: refused refused"),
        "{}",
        err.message
    );
    assert!(
        err.message.ends_with("the 3 steps before it were undone"),
        "{}",
        err.message
    );
    assert_eq!(std::fs::read_to_string(&a).unwrap(), "old a\n");
    assert!(!b.exists());
    // The failed call's own inverse runs too: it may have half-happened.
    assert_eq!(
        remote.calls,
        ["fake:create", "fake:refused", "fake:never", "fake:delete"]
    );
    assert_eq!(
        outcomes(&mut state),
        ["started", "error: remote; rolled back"]
    );
    assert!(state.read(|tx| tx.journal_unfinished()).unwrap().is_none());
}

#[test]
fn unchanged_steps_are_skipped_not_shown_and_write_nothing() {
    let (dir, mut state) = setup();
    let a = dir.path().join("a.conf");
    std::fs::write(&a, "same\n").unwrap();
    let mut plan = Plan::new();
    plan.push(Step::write_file(a, "/a.conf", b"same\n".to_vec(), None).unwrap());
    plan.push(remote_step("x", "y").noop_if(true));
    assert!(plan.is_empty());
    assert!(plan.steps[0].view.detail.is_none(), "no diff for a no-op");
    let applied = apply(&mut state, &mut effects(dir.path(), None), plan, &audit()).unwrap();
    assert_eq!((applied.plan.changes, applied.plan.unchanged), (0, 2));
    assert!(outcomes(&mut state).is_empty());
}

#[test]
fn state_changes_commit_with_the_entry_after_the_steps() {
    let (dir, mut state) = setup();
    let mut plan = Plan::new();
    plan.push(remote_step("put", "put back"));
    plan.push_state(
        "tunnel/t",
        "remember the hostnames",
        StateOp::TunnelRemoteSet {
            tunnel_id: "t".into(),
            hostnames: vec!["a.example.com".into()],
        },
    );
    let mut remote = Recorder::default();
    let applied = apply(
        &mut state,
        &mut effects(dir.path(), Some(&mut remote)),
        plan,
        &audit(),
    )
    .unwrap();
    assert_eq!(applied.plan.changes, 2);
    assert_eq!(
        state.read(|tx| tx.tunnel_remote_hostnames("t")).unwrap(),
        ["a.example.com"]
    );
    assert_eq!(outcomes(&mut state), ["started", "ok"]);
    let entries = state.read(|tx| tx.audit_list(None, None)).unwrap();
    assert_eq!(
        entries[1].detail,
        "api_call: call put\nstate_change: remember the hostnames"
    );
}

#[test]
fn a_plan_cut_short_blocks_changes_until_recovered() {
    let (dir, mut state) = setup();
    let a = dir.path().join("a.conf");
    std::fs::write(&a, "old\n").unwrap();
    // What a killed apply leaves: the plan and the undo record of its first step, with the
    // step done.
    let mut plan = Plan::new();
    plan.push(Step::write_file(a.clone(), "/a.conf", b"new\n".to_vec(), None).unwrap());
    plan.push(remote_step("create", "delete"));
    let (steps, ops) = plan.into_parts();
    let stored = journal::encode(&journal::StoringPlan {
        steps: &steps,
        state: &ops,
    })
    .unwrap();
    let undo = journal::encode(&Action::WriteFile {
        path: a.clone(),
        content: b"old\n".to_vec(),
        mode: None,
    })
    .unwrap();
    let undo_call = journal::encode(&Action::Remote {
        api: "fake".into(),
        call: serde_json::json!({ "name": "delete" }),
    })
    .unwrap();
    state
        .write_unaudited(|tx| {
            let id = tx.journal_begin("test", "test/x", u32::MAX - 1, &stored)?;
            tx.journal_step(id, 0, Some(&undo))?;
            tx.journal_step(id, 1, Some(&undo_call))
        })
        .unwrap();
    std::fs::write(&a, "new\n").unwrap();

    let mut again = Plan::new();
    again.push(Step::write_file(dir.path().join("c"), "/c", b"c".to_vec(), None).unwrap());
    let err = apply(&mut state, &mut effects(dir.path(), None), again, &audit()).unwrap_err();
    assert_eq!(err.kind, Kind::Busy);
    assert!(err.hint.unwrap().contains("meta recover"));

    let mut remote = Recorder::default();
    let mut fx = effects(dir.path(), Some(&mut remote));
    let view = recover(&mut state, &mut fx, RecoverMode::Back, true).unwrap();
    assert_eq!(view.plan.changes, 2);
    assert_eq!(view.plan.steps[0].summary, "undo: call create");
    assert_eq!(
        std::fs::read_to_string(&a).unwrap(),
        "new\n",
        "a dry run changes nothing"
    );
    recover(&mut state, &mut fx, RecoverMode::Back, false).unwrap();
    drop(fx);
    assert_eq!(std::fs::read_to_string(&a).unwrap(), "old\n");
    assert_eq!(remote.calls, ["fake:delete"]);
    assert!(state.read(|tx| tx.journal_unfinished()).unwrap().is_none());
    let last = state.read(|tx| tx.audit_last()).unwrap().unwrap();
    assert_eq!(
        (last.command.as_str(), last.target.as_str()),
        ("recover", "test/x")
    );
}

#[test]
fn recover_forward_finishes_the_plan() {
    let (dir, mut state) = setup();
    let a = dir.path().join("a.conf");
    let mut plan = Plan::new();
    plan.push(Step::write_file(a.clone(), "/a.conf", b"new\n".to_vec(), None).unwrap());
    plan.push(remote_step("create", "delete"));
    let (steps, ops) = plan.into_parts();
    let stored = journal::encode(&journal::StoringPlan {
        steps: &steps,
        state: &ops,
    })
    .unwrap();
    let undo = journal::encode(&Action::RemoveFile { path: a.clone() }).unwrap();
    state
        .write_unaudited(|tx| {
            let id = tx.journal_begin("test", "test/x", u32::MAX - 1, &stored)?;
            tx.journal_step(id, 0, Some(&undo))
        })
        .unwrap();
    let mut remote = Recorder::default();
    let mut fx = effects(dir.path(), Some(&mut remote));
    recover(&mut state, &mut fx, RecoverMode::Forward, false).unwrap();
    drop(fx);
    assert_eq!(std::fs::read_to_string(&a).unwrap(), "new\n");
    assert_eq!(remote.calls, ["fake:create"]);
    assert!(state.read(|tx| tx.journal_unfinished()).unwrap().is_none());
}

#[test]
fn dry_run_text_shows_a_unified_diff() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.conf");
    std::fs::write(&a, "one\ntwo\n").unwrap();
    let mut plan = Plan::new();
    plan.push(Step::write_file(a, "/etc/a.conf", b"one\nthree\n".to_vec(), None).unwrap());
    let text = plan.view().to_text();
    assert!(text.contains("~ update /etc/a.conf"), "{text}");
    assert!(text.contains("--- a/etc/a.conf"), "{text}");
    assert!(text.contains("-two"), "{text}");
    assert!(text.contains("+three"), "{text}");
}

#[test]
fn an_entry_names_the_client_a_front_end_acts_for() {
    let (dir, mut state) = setup();
    let agent = Audit {
        actor: Some("mcp:agent".into()),
        ..audit()
    };
    let mut plan = Plan::new();
    plan.push(remote_step("put", "put back"));
    let mut remote = Recorder::default();
    apply(
        &mut state,
        &mut effects(dir.path(), Some(&mut remote)),
        plan,
        &agent,
    )
    .unwrap();
    // A change to the state alone, in the transaction of the change.
    state.audit_as(Some(agent), dir.path());
    state
        .write(|tx| tx.tunnel_remote_set("t", &["a.example.com".to_string()]))
        .unwrap();
    let actors: Vec<String> = state
        .read(|tx| tx.audit_list(None, None))
        .unwrap()
        .into_iter()
        .map(|r| r.actor)
        .collect();
    assert_eq!(actors, ["mcp:agent", "mcp:agent", "mcp:agent"]);
}
