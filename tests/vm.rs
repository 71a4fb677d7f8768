//! `meta vm` end to end: the built binary against a fake GCP on loopback, with a key
//! generated for the test run.

mod common;
mod fake_gcp;

use common::TestEnv;
use fake_gcp::{Fake, PROJECT, ZONE};

/// A test env with `meta init` run and every GCP endpoint pointed at the fake.
fn env_with(fake: &Fake) -> TestEnv {
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
    .env("CLOUDSDK_COMPUTE_ZONE", ZONE);
    env
}

fn mutation_calls(fake: &Fake) -> usize {
    let st = fake.state();
    st.log
        .iter()
        .filter(|l| {
            (l.starts_with("POST") || l.starts_with("DELETE"))
                && !l.contains("/operations/")
                && !l.contains("/token")
        })
        .count()
}

#[test]
fn list_reads_every_page_and_the_token_is_cached() {
    let fake = Fake::start();
    {
        let mut st = fake.state();
        for i in 0..1200 {
            st.add_instance(&format!("vm-{i:04}"), "e2-small", "RUNNING");
        }
    }
    let env = env_with(&fake);
    let run = env.meta(&["vm", "list", "-o", "json"]);
    run.ok();
    let list = run.json();
    assert_eq!(list.as_array().unwrap().len(), 1200);
    assert_eq!(list[0]["name"], "vm-0000");
    assert_eq!(list[0]["machine_type"], "e2-small");
    assert_eq!(list[0]["zone"], ZONE);
    assert_eq!(list[0]["external_ip"], "203.0.113.7");
    {
        let st = fake.state();
        assert_eq!(
            st.count(&format!(
                "GET /compute/v1/projects/{PROJECT}/zones/{ZONE}/instances"
            )),
            3
        );
        assert_eq!(st.count("POST /token"), 1);
    }
    env.meta(&["vm", "get", "vm-0001"])
        .ok()
        .stdout_has("e2-small");
    assert_eq!(
        fake.state().count("POST /token"),
        1,
        "the second command must use the cached token"
    );

    // The token is sealed in the state file, never stored in clear.
    let db = rusqlite::Connection::open(env.state_path()).unwrap();
    let (n, blob): (i64, Vec<u8>) = db
        .query_row("SELECT count(*), ciphertext FROM gcp_tokens", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!(n, 1);
    assert!(!String::from_utf8_lossy(&blob).contains("ya29"));

    // A filter narrows the list, `-o name` prints names only.
    fake.state().instances.get_mut("vm-0002").unwrap().status = "TERMINATED".into();
    let run = env.meta(&[
        "vm",
        "list",
        "--filter",
        "status = TERMINATED",
        "-o",
        "name",
    ]);
    run.ok();
    assert_eq!(run.stdout, "vm-0002\n");
}

#[test]
fn a_token_close_to_expiry_is_not_reused() {
    let fake = Fake::start();
    fake.state().add_instance("web", "e2-small", "RUNNING");
    // Four minutes left: inside the five-minute margin, so every command fetches anew.
    fake.state().token_lifetime = 240;
    let env = env_with(&fake);
    env.meta(&["vm", "get", "web"]).ok();
    env.meta(&["vm", "get", "web"]).ok();
    assert_eq!(fake.state().count("POST /token"), 2);
    fake.state().token_lifetime = 3599;
    env.meta(&["vm", "get", "web"]).ok();
    env.meta(&["vm", "get", "web"]).ok();
    assert_eq!(fake.state().count("POST /token"), 3);
}

#[test]
fn a_revoked_cached_token_is_forgotten() {
    let fake = Fake::start();
    fake.state().add_instance("web", "e2-small", "RUNNING");
    let env = env_with(&fake);
    env.meta(&["vm", "get", "web"]).ok();
    fake.state().tokens.clear();
    env.meta(&["vm", "get", "web"])
        .code(5)
        .stderr_has("HTTP 401")
        .stderr_has("forgotten; run the command again");
    env.meta(&["vm", "get", "web"]).ok();
    assert_eq!(fake.state().count("POST /token"), 2);
}

#[test]
fn get_of_a_missing_vm_is_exit_3() {
    let fake = Fake::start();
    let env = env_with(&fake);
    env.meta(&["vm", "get", "nope"])
        .code(3)
        .stderr_has("VM `nope` not found in project `demo-project`, zone `europe-west1-b`");
    env.meta(&["vm", "get", "Bad_Name"])
        .code(2)
        .stderr_has("not a valid VM name");
}

#[test]
fn stop_and_start_wait_for_their_operations() {
    let fake = Fake::start();
    fake.state().add_instance("web", "e2-small", "RUNNING");
    fake.state().polls_per_op = 3;
    let env = env_with(&fake);
    let run = env.meta(&["vm", "stop", "web", "-o", "json"]);
    run.ok()
        .stderr_has("POST projects/demo-project/zones/europe-west1-b/instances/web/stop")
        .stderr_has("stopped `web`: TERMINATED");
    assert_eq!(run.json()["status"], "TERMINATED");
    assert_eq!(run.json()["changed"], true);
    assert_eq!(fake.state().instances["web"].status, "TERMINATED");
    assert!(
        fake.state().count_containing("/wait") >= 3,
        "waited until DONE, not at the first answer"
    );

    env.meta(&["vm", "stop", "web"])
        .ok()
        .stderr_has("already TERMINATED; nothing to do");
    env.meta(&["vm", "start", "web"]).ok();
    assert_eq!(fake.state().instances["web"].status, "RUNNING");

    let run = env.meta(&["audit", "log", "--target", "vm/", "-o", "json"]);
    run.ok();
    let text = run.stdout.clone();
    assert!(text.contains("vm/europe-west1-b/web"), "{text}");
    assert!(
        text.contains("vm stop") && text.contains("vm start"),
        "{text}"
    );
}

#[test]
fn create_and_delete() {
    let fake = Fake::start();
    let env = env_with(&fake);
    let run = env.meta(&[
        "vm",
        "create",
        "web",
        "--machine-type",
        "e2-medium",
        "--disk-gb",
        "20",
        "--labels",
        "env=prod,team=ops",
        "--tags",
        "http-server",
        "-o",
        "json",
    ]);
    run.ok();
    assert_eq!(run.json()["status"], "RUNNING");
    {
        let st = fake.state();
        let web = &st.instances["web"];
        assert_eq!(web.machine_type, "e2-medium");
        assert_eq!(web.labels["team"], "ops");
    }
    env.meta(&["vm", "create", "web", "--machine-type", "e2-medium"])
        .code(4)
        .stderr_has("already exists");
    env.meta(&[
        "vm",
        "create",
        "web2",
        "--machine-type",
        "e2-medium",
        "--labels",
        "nokey",
    ])
    .code(2);

    env.meta(&["vm", "delete", "web"])
        .code(2)
        .stderr_has("--yes");
    assert!(fake.state().instances.contains_key("web"));
    env.meta(&["vm", "delete", "web", "--yes"])
        .ok()
        .stderr_has("deleted `web`");
    assert!(!fake.state().instances.contains_key("web"));
}

#[test]
fn dry_run_prints_the_calls_and_changes_nothing() {
    let fake = Fake::start();
    fake.state().add_instance("web", "e2-small", "RUNNING");
    let env = env_with(&fake);
    env.meta(&["vm", "stop", "web", "--dry-run"])
        .ok()
        .stdout_has("POST projects/demo-project/zones/europe-west1-b/instances/web/stop");
    env.meta(&["vm", "delete", "web", "--dry-run"])
        .ok()
        .stdout_has("DELETE projects/demo-project/zones/europe-west1-b/instances/web");
    env.meta(&[
        "vm",
        "create",
        "db",
        "--machine-type",
        "e2-small",
        "--dry-run",
    ])
    .ok()
    .stdout_has("\"sourceImage\": \"projects/debian-cloud/global/images/family/debian-12\"");
    let run = env.meta(&[
        "vm",
        "resize",
        "web",
        "--machine-type",
        "e2-medium",
        "--dry-run",
    ]);
    run.ok();
    let out = &run.stdout;
    let stop = out.find("/web/stop").expect(out);
    let set = out.find("/web/setMachineType").expect(out);
    let start = out.find("/web/start").expect(out);
    assert!(stop < set && set < start, "{out}");
    assert!(
        out.contains("zones/europe-west1-b/machineTypes/e2-medium"),
        "{out}"
    );
    assert_eq!(mutation_calls(&fake), 0);
    assert_eq!(fake.state().instances["web"].status, "RUNNING");
    let log = env.meta(&["audit", "log", "--target", "vm/", "-o", "json"]);
    assert_eq!(
        log.json().as_array().map(Vec::len),
        Some(0),
        "a dry run is not audited"
    );
}

#[test]
fn resize_stops_sets_the_type_and_starts_again() {
    let fake = Fake::start();
    fake.state().add_instance("web", "e2-small", "RUNNING");
    let env = env_with(&fake);
    let run = env.meta(&[
        "vm",
        "resize",
        "web",
        "--machine-type",
        "e2-medium",
        "-o",
        "json",
    ]);
    run.ok()
        .stderr_has("resized `web` from e2-small to e2-medium");
    let r = run.json();
    assert_eq!(r["old_machine_type"], "e2-small");
    assert_eq!(r["new_machine_type"], "e2-medium");
    assert_eq!(r["was_running"], true);
    assert!(r["downtime_seconds"].as_f64().unwrap() >= 0.0);
    assert_eq!(fake.state().instances["web"].machine_type, "e2-medium");
    assert_eq!(fake.state().instances["web"].status, "RUNNING");

    let before = mutation_calls(&fake);
    env.meta(&["vm", "resize", "web", "--machine-type", "e2-medium"])
        .ok()
        .stderr_has("already e2-medium; nothing to do");
    assert_eq!(mutation_calls(&fake), before);

    // A stopped VM stays stopped.
    fake.state().instances.get_mut("web").unwrap().status = "TERMINATED".into();
    env.meta(&["vm", "resize", "web", "--machine-type", "e2-standard-2"])
        .ok();
    assert_eq!(fake.state().instances["web"].status, "TERMINATED");
    assert_eq!(fake.state().instances["web"].machine_type, "e2-standard-2");
}

#[test]
fn failed_type_change_starts_the_vm_again_at_its_old_type() {
    let fake = Fake::start();
    fake.state().add_instance("web", "e2-small", "RUNNING");
    fake.state().fail_operation = Some((
        "setMachineType".into(),
        "Quota 'CPUS' exceeded. Limit: 8.0".into(),
    ));
    let env = env_with(&fake);
    env.meta(&["vm", "resize", "web", "--machine-type", "e2-standard-8"])
        .code(5)
        .stderr_has("Quota 'CPUS' exceeded")
        .stderr_has("started again at its old type e2-small");
    let st = fake.state();
    assert_eq!(st.instances["web"].status, "RUNNING");
    assert_eq!(st.instances["web"].machine_type, "e2-small");
}

/// The fake must refuse what the real API refuses, or the resize tests prove nothing.
#[test]
fn the_fake_refuses_set_machine_type_on_a_running_vm() {
    let fake = Fake::start();
    fake.state().add_instance("web", "e2-small", "RUNNING");
    fake.state().tokens.insert("t".into());
    let url = format!(
        "{}projects/{PROJECT}/zones/{ZONE}/instances/web/setMachineType",
        fake.compute_url()
    );
    let body = serde_json::json!({"machineType": format!("zones/{ZONE}/machineTypes/e2-medium")});
    let answer = ureq::post(&url)
        .set("Authorization", "Bearer t")
        .send_json(body.clone());
    match answer {
        Err(ureq::Error::Status(400, r)) => {
            assert!(r.into_string().unwrap().contains("must be stopped"))
        }
        other => panic!("expected a 400, got {other:?}"),
    }
    fake.state().instances.get_mut("web").unwrap().status = "TERMINATED".into();
    assert!(ureq::post(&url)
        .set("Authorization", "Bearer t")
        .send_json(body)
        .is_ok());
}

#[test]
fn a_failed_operation_is_exit_5() {
    let fake = Fake::start();
    fake.state().add_instance("web", "e2-small", "RUNNING");
    fake.state().fail_operation = Some(("stop".into(), "The VM could not be stopped".into()));
    let env = env_with(&fake);
    env.meta(&["vm", "stop", "web"])
        .code(5)
        .stderr_has("RESOURCE_OPERATION_FAILED: The VM could not be stopped");
    let log = env.meta(&["audit", "log", "--target", "vm/", "-o", "json"]);
    assert!(log.stdout.contains("error: remote"), "{}", log.stdout);
}

#[test]
fn retries_ride_out_429_and_500_and_give_up_with_exit_5() {
    let fake = Fake::start();
    fake.state().add_instance("web", "e2-small", "RUNNING");
    let env = env_with(&fake);
    fake.state().rate_limit_next = 2;
    env.meta(&["vm", "get", "web"]).ok();
    fake.state().server_error_next = 1;
    env.meta(&["vm", "get", "web"]).ok();
    fake.state().server_error_next = 100;
    env.meta(&["vm", "get", "web"])
        .code(5)
        .stderr_has("HTTP 500")
        .stderr_has("after 5 attempts");
}

#[test]
fn a_retried_mutation_is_done_once() {
    let fake = Fake::start();
    fake.state().add_instance("web", "e2-small", "RUNNING");
    fake.state().fail_after_mutation_next = 1;
    let env = env_with(&fake);
    env.meta(&["vm", "stop", "web"]).ok();
    let st = fake.state();
    assert_eq!(st.count_containing("/instances/web/stop"), 2, "sent twice");
    assert_eq!(
        st.operations
            .values()
            .filter(|o| o.op_type == "stop")
            .count(),
        1,
        "done once"
    );
    assert_eq!(st.instances["web"].status, "TERMINATED");
}

#[test]
fn forbidden_names_the_missing_permission() {
    let fake = Fake::start();
    fake.state().forbidden = Some("compute.instances.list".into());
    let env = env_with(&fake);
    let run = env.meta(&["vm", "list", "-o", "json"]);
    run.code(5)
        .stderr_has("Required 'compute.instances.list' permission")
        .stderr_has("hint: grant the service account");
    // Scripts get the HTTP status and Google's own reason as fields.
    let object: serde_json::Value = run
        .stderr
        .lines()
        .find_map(|l| serde_json::from_str(l).ok())
        .expect("a JSON error object on stderr");
    assert_eq!(object["error"]["status"], 403, "{object}");
    assert_eq!(object["error"]["api_code"], "forbidden", "{object}");
}

#[test]
fn invalid_grant_hints_at_the_clock_or_a_deleted_key() {
    let fake = Fake::start();
    fake.state().invalid_grant = true;
    let env = env_with(&fake);
    env.meta(&["vm", "list"])
        .code(5)
        .stderr_has("invalid_grant")
        .stderr_has("hint: check this host's clock");
}

#[test]
fn a_malformed_key_names_the_field() {
    let fake = Fake::start();
    let mut env = env_with(&fake);
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fake.key_path()).unwrap()).unwrap();
    doc.as_object_mut().unwrap().remove("client_email");
    let bad = env.path("bad-key.json");
    std::fs::write(&bad, doc.to_string()).unwrap();
    env.env("GOOGLE_APPLICATION_CREDENTIALS", bad.to_str().unwrap());
    env.meta(&["vm", "list"])
        .code(2)
        .stderr_has("field `client_email` is missing");
    doc["client_email"] = "x@y".into();
    doc["private_key"] = "-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----\n".into();
    std::fs::write(&bad, doc.to_string()).unwrap();
    env.meta(&["vm", "list"])
        .code(2)
        .stderr_has("field `private_key`");
    assert_eq!(fake.state().count("POST /token"), 0);
}

#[test]
fn missing_credentials_project_or_zone_are_usage_errors() {
    let fake = Fake::start();
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().to_string()
    };
    let mut env = TestEnv::init();
    env.env("GCE_METADATA_HOST", &closed);
    env.meta(&["vm", "list"])
        .code(2)
        .stderr_has("no GCP credentials");
    env.env(
        "GOOGLE_APPLICATION_CREDENTIALS",
        fake.key_path().to_str().unwrap(),
    );
    env.meta(&["vm", "list"])
        .code(2)
        .stderr_has("no Compute Engine zone");
    env.meta(&["vm", "list", "--account", "Bad/Name"]).code(2);
}

#[test]
fn the_metadata_server_gives_a_token_on_gce() {
    let fake = Fake::start();
    fake.state().add_instance("web", "e2-small", "RUNNING");
    let mut env = TestEnv::init();
    env.env("GCE_METADATA_HOST", &fake.addr)
        .env(
            "CLOUDSDK_API_ENDPOINT_OVERRIDES_COMPUTE",
            &fake.compute_url(),
        )
        .env("CLOUDSDK_CORE_PROJECT", PROJECT);
    env.meta(&["vm", "get", "web", "--zone", ZONE])
        .ok()
        .stdout_has("RUNNING");
    assert_eq!(
        fake.state()
            .count("GET /computeMetadata/v1/instance/service-accounts/default/token"),
        1
    );
}

#[test]
fn health_reports_cpu_memory_and_disks() {
    let fake = Fake::start();
    {
        let mut st = fake.state();
        st.add_instance("web", "e2-small", "RUNNING");
        st.set_cpu("web", &[0.1, 0.5, 0.3]);
        st.add_agent(
            "web",
            "agent.googleapis.com/memory/percent_used",
            &[("state", "used")],
            &[40.0, 60.0],
        );
        st.add_agent(
            "web",
            "agent.googleapis.com/memory/percent_used",
            &[("state", "free")],
            &[60.0, 40.0],
        );
        st.add_agent(
            "web",
            "agent.googleapis.com/disk/percent_used",
            &[("state", "used"), ("device", "/dev/sda1")],
            &[91.0, 92.0],
        );
        st.add_agent(
            "web",
            "agent.googleapis.com/disk/percent_used",
            &[("state", "used"), ("device", "/dev/loop0")],
            &[100.0],
        );
    }
    let env = env_with(&fake);
    let run = env.meta(&["vm", "health", "web", "-o", "json"]);
    run.ok();
    let h = run.json();
    assert_eq!(h["cpu"]["avg"], 30.0);
    assert_eq!(h["cpu"]["max"], 50.0);
    assert_eq!(h["memory"]["avg"], 50.0);
    assert_eq!(
        h["disks"].as_array().unwrap().len(),
        1,
        "loop devices are left out"
    );
    assert_eq!(h["disks"][0]["device"], "/dev/sda1");
    assert_eq!(h["agent_reporting"], true);

    env.meta(&["vm", "health", "web", "--warn-cpu", "40"])
        .code(9)
        .stderr_has("CPU of `web` is over 40%");
    env.meta(&[
        "vm",
        "health",
        "web",
        "--warn-disk",
        "90",
        "--warn-mem",
        "70",
    ])
    .code(9)
    .stderr_has("disk /dev/sda1 of `web` is over 90%");
    env.meta(&[
        "vm",
        "health",
        "web",
        "--warn-cpu",
        "60",
        "--warn-mem",
        "70",
    ])
    .ok();
}

#[test]
fn health_without_the_ops_agent_says_so() {
    let fake = Fake::start();
    fake.state().add_instance("web", "e2-small", "RUNNING");
    fake.state().set_cpu("web", &[0.2]);
    let env = env_with(&fake);
    env.meta(&["vm", "health", "web", "--minutes", "30"])
        .ok()
        .stdout_has("not reported (Ops Agent not installed?)")
        .stdout_has("mean 20%");
}

const LADDER: &str = "e2-small,e2-medium,e2-standard-2";

#[test]
fn autoscale_goes_up_then_holds_for_the_cooldown_and_keeps_history() {
    let fake = Fake::start();
    fake.state().add_instance("web", "e2-medium", "RUNNING");
    fake.state().set_cpu("web", &[0.8, 0.9, 0.75]);
    let env = env_with(&fake);
    let run = env.meta(&["vm", "autoscale", "web", "--ladder", LADDER, "-o", "json"]);
    run.ok()
        .stderr_has("resized `web` from e2-medium to e2-standard-2");
    assert_eq!(run.json()["decision"], "up");
    assert_eq!(run.json()["outcome"], "resized");
    assert_eq!(fake.state().instances["web"].machine_type, "e2-standard-2");
    assert_eq!(fake.state().instances["web"].status, "RUNNING");

    // Still busy, now on the top rung: reported, not an error.
    let run = env.meta(&["vm", "autoscale", "web", "--ladder", LADDER, "-o", "json"]);
    run.ok();
    assert_eq!(run.json()["decision"], "stay");
    assert!(run.json()["reason"].as_str().unwrap().contains("top rung"));

    // Idle now, but inside the cooldown of the resize.
    fake.state().set_cpu("web", &[0.05, 0.1]);
    let run = env.meta(&["vm", "autoscale", "web", "--ladder", LADDER, "-o", "json"]);
    run.ok();
    assert_eq!(run.json()["decision"], "stay");
    assert!(
        run.json()["reason"].as_str().unwrap().contains("cooldown"),
        "{}",
        run.stdout
    );

    // With no cooldown it steps down one rung.
    let run = env.meta(&[
        "vm",
        "autoscale",
        "web",
        "--ladder",
        LADDER,
        "--cooldown",
        "0s",
        "-o",
        "json",
    ]);
    run.ok();
    assert_eq!(run.json()["decision"], "down");
    assert_eq!(fake.state().instances["web"].machine_type, "e2-medium");

    let run = env.meta(&["vm", "autoscale", "history", "web", "-o", "json"]);
    run.ok();
    let rows = run.json();
    let decisions: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["decision"].as_str().unwrap())
        .collect();
    assert_eq!(decisions, ["up", "stay", "stay", "down"]);
    assert_eq!(rows[0]["cpu_avg"], 81.7);
    assert_eq!(rows[0]["cpu_max"], 90.0);
    assert_eq!(rows[0]["outcome"], "resized");
    assert_eq!(rows[0]["machine_type"], "e2-medium");
    assert_eq!(rows[0]["target_type"], "e2-standard-2");
    env.meta(&["vm", "autoscale", "history", "web"])
        .ok()
        .stdout_has("TIME");
}

#[test]
fn autoscale_refuses_a_vm_off_the_ladder_and_dry_run_records_nothing() {
    let fake = Fake::start();
    fake.state().add_instance("web", "n1-standard-1", "RUNNING");
    fake.state().add_instance("api", "e2-medium", "RUNNING");
    fake.state().set_cpu("api", &[0.05]);
    let env = env_with(&fake);
    env.meta(&["vm", "autoscale", "web", "--ladder", LADDER])
        .code(2)
        .stderr_has("not on the ladder");
    env.meta(&["vm", "autoscale", "web", "--ladder", "e2-small"])
        .code(2);
    env.meta(&[
        "vm",
        "autoscale",
        "web",
        "--ladder",
        LADDER,
        "--cooldown",
        "soon",
    ])
    .code(2);
    env.meta(&["vm", "autoscale", "web"]).code(2);

    let run = env.meta(&["vm", "autoscale", "api", "--ladder", LADDER, "--dry-run"]);
    run.ok()
        .stderr_has("would resize `api` from e2-medium to e2-small")
        .stdout_has("/instances/api/setMachineType");
    assert_eq!(mutation_calls(&fake), 0);
    assert_eq!(fake.state().instances["api"].machine_type, "e2-medium");
    let run = env.meta(&["vm", "autoscale", "history", "api", "-o", "json"]);
    assert_eq!(run.json().as_array().map(Vec::len), Some(0));
}

#[test]
fn no_cpu_data_means_stay() {
    let fake = Fake::start();
    fake.state().add_instance("web", "e2-medium", "RUNNING");
    let env = env_with(&fake);
    env.meta(&["vm", "autoscale", "web", "--ladder", LADDER])
        .ok()
        .stderr_has("stays e2-medium: no CPU data");
}

#[test]
fn overlapping_autoscale_runs_for_one_vm_the_second_exits_7() {
    let fake = Fake::start();
    fake.state().add_instance("web", "e2-medium", "RUNNING");
    fake.state().set_cpu("web", &[0.95]);
    fake.state().hold_operations = true;
    let env = env_with(&fake);
    let first = env
        .command(&["vm", "autoscale", "web", "--ladder", LADDER])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // The first run is past its decision and waiting on the stop operation.
    let mut waited = 0;
    while fake.state().count_containing("/instances/web/stop") == 0 {
        std::thread::sleep(std::time::Duration::from_millis(50));
        waited += 1;
        assert!(waited < 1200, "the first run never reached the stop call");
    }
    env.meta(&["vm", "autoscale", "web", "--ladder", LADDER])
        .code(7)
        .stderr_has("another autoscale run for VM `web`");
    fake.state().hold_operations = false;
    let out = first.wait_with_output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(fake.state().instances["web"].machine_type, "e2-standard-2");
    // The refused run made no decision.
    let run = env.meta(&["vm", "autoscale", "history", "web", "-o", "json"]);
    assert_eq!(run.json().as_array().map(Vec::len), Some(1));
}

/// The figures of `scripts/bench-vm`: run with `--ignored --nocapture`; `META_BENCH_BIN`
/// names the binary to time (the release build), else the test build is used.
#[test]
#[ignore]
fn bench_vm() {
    use std::time::{Duration, Instant};
    let bin = std::env::var_os("META_BENCH_BIN")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(common::bin);
    let fake = Fake::start();
    {
        let mut st = fake.state();
        st.page_cap = 100;
        st.polls_per_op = 1;
        // 1,000 instances in all: 999 and the one autoscale works on.
        for i in 0..999 {
            st.add_instance(&format!("vm-{i:04}"), "e2-small", "RUNNING");
        }
        st.add_instance("web", "e2-medium", "RUNNING");
        st.set_cpu("web", &[0.4, 0.5, 0.45]);
    }
    let env = TestEnv::init();
    let run = |args: &[&str]| -> (Duration, std::process::Output) {
        let mut cmd = std::process::Command::new(&bin);
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", env.dir.path())
            .env("NO_COLOR", "1")
            .env("GOOGLE_APPLICATION_CREDENTIALS", fake.key_path())
            .env(
                "CLOUDSDK_API_ENDPOINT_OVERRIDES_COMPUTE",
                fake.compute_url(),
            )
            .env(
                "CLOUDSDK_API_ENDPOINT_OVERRIDES_MONITORING",
                fake.monitoring_url(),
            )
            .env("CLOUDSDK_COMPUTE_ZONE", ZONE)
            .arg("--home")
            .arg(&env.home)
            .args(args);
        let started = Instant::now();
        let out = cmd.output().expect("run meta");
        let took = started.elapsed();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        (took, out)
    };
    let calls = |fake: &Fake| fake.state().log.len();
    let tokens = |fake: &Fake| fake.state().count("POST /token");

    let before = calls(&fake);
    let (cold, out) = run(&["vm", "list", "-o", "name"]);
    let listed = String::from_utf8_lossy(&out.stdout).lines().count();
    let cold_calls = calls(&fake) - before;
    let before = calls(&fake);
    let (warm, _) = run(&["vm", "list", "-o", "name"]);
    let warm_calls = calls(&fake) - before;
    let pages = fake.state().count(&format!(
        "GET /compute/v1/projects/{PROJECT}/zones/{ZONE}/instances"
    )) / 2;
    println!("bench vm list: {listed} instances in {pages} pages");
    println!(
        "bench vm list, first run (token fetched): {:.1} ms, {cold_calls} HTTP calls",
        cold.as_secs_f64() * 1000.0
    );
    println!(
        "bench vm list, second run (token cached): {:.1} ms, {warm_calls} HTTP calls",
        warm.as_secs_f64() * 1000.0
    );
    let t0 = tokens(&fake);
    let (get, _) = run(&["vm", "get", "web"]);
    println!(
        "bench vm get within the hour: {:.1} ms, {} token calls",
        get.as_secs_f64() * 1000.0,
        tokens(&fake) - t0
    );

    let median = |mut v: Vec<Duration>| {
        v.sort();
        v[v.len() / 2].as_secs_f64() * 1000.0
    };
    let mut stay = Vec::new();
    for _ in 0..11 {
        stay.push(run(&["vm", "autoscale", "web", "--ladder", LADDER]).0);
    }
    println!(
        "bench vm autoscale evaluation (stay), median of 11: {:.1} ms",
        median(stay)
    );
    let mut act = Vec::new();
    for i in 0..6 {
        let cpu = if i % 2 == 0 { 0.95 } else { 0.05 };
        fake.state().set_cpu("web", &[cpu]);
        act.push(
            run(&[
                "vm",
                "autoscale",
                "web",
                "--ladder",
                LADDER,
                "--cooldown",
                "0s",
            ])
            .0,
        );
    }
    println!(
        "bench vm autoscale evaluation with a resize (stop, setMachineType, start), median of 6: {:.1} ms",
        median(act)
    );
}

#[test]
fn account_takes_the_key_from_the_secret_store_first() {
    let fake = Fake::start();
    fake.state().add_instance("web", "e2-small", "RUNNING");
    let mut env = env_with(&fake);
    let key = fake.key_path();
    env.meta(&[
        "secret",
        "set",
        "meta/gcloud/ops_key",
        "--from-file",
        key.to_str().unwrap(),
    ])
    .ok();
    // A credentials file that does not exist: used, it would fail; --account comes first.
    env.env("GOOGLE_APPLICATION_CREDENTIALS", "/nonexistent/key.json");
    env.meta(&["vm", "get", "web", "--account", "ops"])
        .ok()
        .stdout_has("e2-small");
    assert_eq!(fake.state().count("POST /token"), 1);
    env.meta(&["vm", "get", "web", "--account", "nobody"])
        .code(3)
        .stderr_has("meta/gcloud/nobody_key");
}

#[test]
fn a_failed_autoscale_resize_is_rolled_back_and_recorded() {
    let fake = Fake::start();
    fake.state().add_instance("web", "e2-medium", "RUNNING");
    fake.state().set_cpu("web", &[0.95]);
    fake.state().fail_operation = Some((
        "setMachineType".into(),
        "Quota 'CPUS' exceeded. Limit: 8.0".into(),
    ));
    let env = env_with(&fake);
    env.meta(&["vm", "autoscale", "web", "--ladder", LADDER])
        .code(5)
        .stderr_has("started again at its old type e2-medium");
    assert_eq!(fake.state().instances["web"].machine_type, "e2-medium");
    assert_eq!(fake.state().instances["web"].status, "RUNNING");
    let run = env.meta(&["vm", "autoscale", "history", "web", "-o", "json"]);
    let rows = run.json();
    assert_eq!(rows.as_array().map(Vec::len), Some(1), "{}", run.stdout);
    assert!(rows[0]["outcome"].as_str().unwrap().starts_with("failed: "));
    env.meta(&["audit", "verify"]).ok();
    let log = env.meta(&["audit", "log", "--target", "vm/", "-o", "json"]);
    assert!(
        log.stdout.contains("error: remote; rolled back"),
        "{}",
        log.stdout
    );
}
