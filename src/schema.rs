//! JSON Schema of the notice YAML and the manufacturer profile, generated from the serde types
//! the loader reads them with (schemars), so the two cannot drift: doc comments become
//! descriptions, enums `enum`s, and `deny_unknown_fields` `additionalProperties: false`.
//! Editors with yaml-language-server (VS Code's YAML extension, ...) complete and validate a
//! notice from it, through a `# yaml-language-server: $schema=...` line at its top.

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::fsutil;
use crate::layout::{self, LAYOUTS};
use crate::notice::{Manufacturer, Notice};

/// The file names `noticegen schema` writes.
pub const NOTICE_SCHEMA: &str = "notice.schema.json";
pub const MANUFACTURER_SCHEMA: &str = "manufacturer.schema.json";
pub const PROJECT_SCHEMA: &str = "project.schema.json";

/// The schema of the project file, `noticegen.yaml`.
pub fn project() -> serde_json::Value {
    with_title(
        schemars::schema_for!(crate::config::ProjectConfig).to_value(),
        "noticegen project file (noticegen.yaml)",
    )
}

/// The schema of `notices/<id>.yaml`: the shared keys, each layout's own keys (described as
/// that layout's), and `template` as the list of layouts.
pub fn notice() -> serde_json::Value {
    let mut generator = schemars::SchemaGenerator::default();
    let mut schema = generator.root_schema_for::<Notice>().to_value();
    let mut layout_keys = serde_json::Map::new();
    for layout in LAYOUTS {
        let keys = layout.keys_schema(&mut generator).to_value();
        for (key, mut property) in keys["properties"].as_object().cloned().unwrap_or_default() {
            let own = format!("`template: {}` only.", layout.name());
            let description = match property.get("description").and_then(|d| d.as_str()) {
                Some(d) => format!("{d} {own}"),
                None => own,
            };
            property["description"] = description.into();
            layout_keys.insert(key, property);
        }
    }
    let properties = schema["properties"]
        .as_object_mut()
        .expect("a notice is an object");
    properties.extend(layout_keys);
    properties.insert(
        "template".into(),
        serde_json::json!({
            "description": "The layout the notice is laid out with (`letter` when absent).",
            "enum": layout::names(),
        }),
    );
    schema["additionalProperties"] = false.into();
    let definitions = serde_json::Value::Object(generator.definitions().clone());
    schema["$defs"] = definitions;
    with_title(schema, "noticegen notice (notices/<id>.yaml)")
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

/// The schema files of `dir`: each path and its text.
pub fn files(dir: &Path) -> Vec<(PathBuf, String)> {
    [
        (NOTICE_SCHEMA, notice()),
        (MANUFACTURER_SCHEMA, manufacturer()),
        (PROJECT_SCHEMA, project()),
    ]
    .into_iter()
    .map(|(name, schema)| {
        let mut text = serde_json::to_string_pretty(&schema).expect("a schema serializes");
        text.push('\n');
        (dir.join(name), text)
    })
    .collect()
}

/// Writes the schemas into `dir`; returns the files (written or already current).
pub fn write(dir: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let mut written = Vec::new();
    for (path, text) in files(dir) {
        fsutil::write_if_changed(&path, text.as_bytes())?;
        written.push(path);
    }
    Ok(written)
}
