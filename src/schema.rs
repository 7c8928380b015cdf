//! JSON Schema of the notice YAML and the manufacturer profile, generated from the serde types
//! the loader reads them with (schemars), so the two cannot drift: doc comments become
//! descriptions, enums `enum`s, and `deny_unknown_fields` `additionalProperties: false`.
//! Editors with yaml-language-server (VS Code's YAML extension, ...) complete and validate a
//! notice from it, through a `# yaml-language-server: $schema=...` line at its top.

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::fsutil;
use crate::notice::{Manufacturer, Notice};

/// The file names `noticegen schema` writes.
pub const NOTICE_SCHEMA: &str = "notice.schema.json";
pub const MANUFACTURER_SCHEMA: &str = "manufacturer.schema.json";

/// The schema of `notices/<id>.yaml`.
pub fn notice() -> serde_json::Value {
    with_title(
        schemars::schema_for!(Notice).to_value(),
        "noticegen notice (notices/<id>.yaml)",
    )
}

/// The schema of `notices/manufacturers/<name>.yaml`.
pub fn manufacturer() -> serde_json::Value {
    with_title(
        schemars::schema_for!(Manufacturer).to_value(),
        "noticegen manufacturer profile (notices/manufacturers/<name>.yaml)",
    )
}

fn with_title(mut schema: serde_json::Value, title: &str) -> serde_json::Value {
    if let Some(map) = schema.as_object_mut() {
        map.insert("title".into(), title.into());
    }
    schema
}

/// Writes both schemas into `dir`; returns the files (written or already current).
pub fn write(dir: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let mut files = Vec::new();
    for (name, schema) in [
        (NOTICE_SCHEMA, notice()),
        (MANUFACTURER_SCHEMA, manufacturer()),
    ] {
        let path = dir.join(name);
        let mut text = serde_json::to_string_pretty(&schema).expect("a schema serializes");
        text.push('\n');
        fsutil::write_if_changed(&path, text.as_bytes())?;
        files.push(path);
    }
    Ok(files)
}
