//! Names and paths from the command line that hold control characters or reach public DNS:
//! messages escape them, paths refuse them, single-label hostnames are refused.

mod common;

use common::TestEnv;

/// The lines of stderr that start with `error:`.
fn error_lines(stderr: &str) -> usize {
    stderr.lines().filter(|l| l.starts_with("error:")).count()
}

#[test]
fn a_refused_name_with_a_newline_and_escape_cannot_forge_a_second_error_line() {
    let env = TestEnv::init();
    let hostile = "web\nerror: everything is fine\x1b[2J";
    let run = env.meta(&["project", "add", hostile, "--range", "3000-3999"]);
    run.code(2);
    assert_eq!(error_lines(&run.stderr), 1, "{}", run.stderr);
    assert!(!run.stderr.contains('\x1b'), "raw ESC in {:?}", run.stderr);
    run.stderr_has("`web\\nerror: everything is fine\\x1b[2J` is not a valid project name");
    run.stderr_has("hint:");
}

#[test]
fn the_json_error_object_keeps_the_name_as_json_escapes() {
    let env = TestEnv::init();
    let run = env.meta(&["project", "add", "a\nb", "-o", "json"]);
    run.code(2);
    assert!(!run.stderr.contains('\x1b'));
    let object = run
        .stderr
        .lines()
        .find(|l| l.starts_with('{'))
        .expect("a JSON error line");
    let v: serde_json::Value = serde_json::from_str(object).unwrap();
    assert_eq!(
        v["error"]["message"], "`a\nb` is not a valid project name",
        "the JSON object carries the exact text"
    );
}

#[test]
fn ordinary_names_print_as_before() {
    let env = TestEnv::init();
    let run = env.meta(&["project", "add", "shop_1", "--range", "3000-3999"]);
    run.ok();
    assert!(!run.stderr.contains('\\'), "{}", run.stderr);
    let run = env.meta(&["project", "add", "Bad Name"]);
    run.code(2)
        .stderr_has("error: `Bad Name` is not a valid project name\n");
    env.meta(&["project", "list"]).ok().stdout_has("shop_1");
}

#[test]
fn a_project_path_with_a_newline_is_refused() {
    let env = TestEnv::init();
    let bad = env.path("a\nb");
    std::fs::create_dir_all(&bad).unwrap();
    let run = env.meta(&[
        "project",
        "add",
        "web",
        "--range",
        "3000-3999",
        "--path",
        bad.to_str().unwrap(),
    ]);
    run.code(2)
        .stderr_has("control character")
        .stderr_has("hint:");
    assert_eq!(error_lines(&run.stderr), 1, "{}", run.stderr);
    // Nothing was recorded.
    let list = env.meta(&["project", "list", "-o", "name"]);
    assert!(!list.stdout.contains("web"), "{}", list.stdout);

    let esc = env.path("x\x1by");
    std::fs::create_dir_all(&esc).unwrap();
    env.meta(&[
        "project",
        "add",
        "web",
        "--range",
        "3000-3999",
        "--path",
        esc.to_str().unwrap(),
    ])
    .code(2);

    let good = env.path("good folder");
    std::fs::create_dir_all(&good).unwrap();
    env.meta(&[
        "project",
        "add",
        "web",
        "--range",
        "3000-3999",
        "--path",
        good.to_str().unwrap(),
    ])
    .ok();
}

#[test]
fn single_label_hostnames_are_refused_for_allocations() {
    let env = TestEnv::init();
    env.meta(&["project", "add", "shop", "--range", "3000-3999"])
        .ok();
    for single in ["localhost", "com"] {
        let run = env.meta(&["port", "allocate", "shop", "web", "--hostname", single]);
        run.code(2).stderr_has("two labels").stderr_has("hint:");
    }
    // The tunnel's own DNS route takes the same rule.
    env.meta(&["tunnel", "route", "localhost"])
        .code(2)
        .stderr_has("two labels");
    // Nothing was allocated by the refused calls.
    let list = env.meta(&["port", "list", "-o", "json"]);
    assert!(!list.stdout.contains("localhost"), "{}", list.stdout);
    env.meta(&[
        "port",
        "allocate",
        "shop",
        "web",
        "--hostname",
        "shop.example.com",
    ])
    .ok();
}

#[test]
fn secret_values_on_stdout_stay_byte_for_byte() {
    let env = TestEnv::init();
    let value = b"line one\nerror: not an error\x1b[31m\x7f";
    env.meta_stdin(&["secret", "set", "app/raw"], value).ok();
    let run = env.meta(&["secret", "get", "app/raw"]);
    run.ok();
    assert_eq!(run.stdout_bytes, value);
}

#[test]
fn an_instructions_root_or_export_file_with_a_control_character_is_refused() {
    let env = TestEnv::init();
    let bad = env.path("layers\nroot");
    std::fs::create_dir_all(bad.join("core")).unwrap();
    env.meta(&["config", "set", "instructions.root", bad.to_str().unwrap()])
        .ok();
    let run = env.meta(&["instructions", "list"]);
    run.code(2).stderr_has("control character");
    assert_eq!(error_lines(&run.stderr), 1, "{}", run.stderr);

    env.meta_stdin(&["secret", "set", "app/token"], b"v").ok();
    let out = env.path("bundle\n.age");
    let run = env.meta(&[
        "secret",
        "export",
        "-r",
        "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p",
        "--out",
        out.to_str().unwrap(),
    ]);
    run.code(2).stderr_has("control character");
    assert!(!out.exists());
}
