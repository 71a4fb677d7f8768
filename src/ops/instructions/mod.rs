//! `instructions`: each project's instructions file, rendered from the layers. The
//! settings (the root, the variables `instructions.allow_env` lets templates read) are
//! resolved here from config; the projects and their facts come from the state file. A
//! build applies one plan per project through the session, so each project's file and the
//! body remembered for it commit (and are audited) on their own.

pub mod build;
pub mod diff;
pub mod list;

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;

use super::Session;
use crate::core::error::{Error, Result};
use crate::instructions::{self, Settings, Shared, Target};

/// The instructions root and the allowed environment, from config (which reads
/// `META_INSTRUCTIONS_ROOT`) and the variables `instructions.allow_env` names.
pub fn settings(session: &mut Session) -> Result<Settings> {
    let config = session.config()?;
    let root = config.get("instructions.root")?.ok_or_else(|| {
        Error::usage("no instructions root is set")
            .with_hint("`meta config set instructions.root DIR`")
    })?;
    let root = crate::core::host::canonical_path(&PathBuf::from(root))?;
    let mut env = BTreeMap::new();
    if let Some(serde_json::Value::Array(names)) = config.setting("instructions.allow_env")?.value {
        for name in names.iter().filter_map(|n| n.as_str()) {
            env.insert(
                name.to_string(),
                crate::core::settings::named_var_os(name).and_then(|v| v.into_string().ok()),
            );
        }
    }
    Ok(Settings { root, env })
}

/// What every leaf starts from: the settings, the projects (`names`, or all with `all`)
/// with their facts, and the shared layers read once for all of them.
struct Loaded {
    settings: Settings,
    targets: Vec<Target>,
    shared: Shared,
}

fn load(session: &mut Session, names: &[String], all: bool) -> Result<Loaded> {
    let settings = settings(session)?;
    let targets = instructions::targets(session.state()?, names, all)?;
    instructions::check_root(&settings)?;
    let shared = Shared::load(&settings.root);
    Ok(Loaded {
        settings,
        targets,
        shared,
    })
}

/// An error as a row carries it: the exit code it would have alone, its kind and words.
#[derive(Debug, Clone, Serialize, schemars::JsonSchema)]
pub struct RowError {
    pub code: u8,
    pub kind: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

impl From<&Error> for RowError {
    fn from(e: &Error) -> Self {
        RowError {
            code: e.kind.exit_code(),
            kind: e.kind.as_str().to_string(),
            message: e.message.clone(),
            hint: e.hint.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    /// The requests and outcomes describe themselves, for front ends that are not the shell.
    #[test]
    fn requests_and_outcomes_have_schemas() {
        let schema = |s: schemars::Schema| serde_json::to_string(&s).unwrap();
        let built = schema(schemars::schema_for!(super::build::Built));
        for field in ["rows", "hand_edits", "adopted", "drift", "written", "steps"] {
            assert!(built.contains(field), "{field}: {built}");
        }
        assert!(!built.contains("errors"), "{built}");
        let request = schema(schemars::schema_for!(super::build::BuildRequest));
        assert!(
            request.contains("adopt") && request.contains("dry_run"),
            "{request}"
        );
        let list = schema(schemars::schema_for!(Vec<super::list::ListRow>));
        assert!(
            list.contains("no_folder") && list.contains("sha256"),
            "{list}"
        );
        let diff = schema(schemars::schema_for!(super::diff::DiffResult));
        assert!(diff.contains("edited"), "{diff}");
    }
}
