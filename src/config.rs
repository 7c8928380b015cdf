//! The project file, `noticegen.yaml` at the project's root: settings of the whole project.
//! It is optional; without it a project's source locale is English.

use std::path::Path;

use schemars::JsonSchema;
use serde::Deserialize;

use crate::diag::{Diagnostic, SourceText, display_path};
use crate::fsutil;
use crate::yaml::parse_yaml;

/// The project file's name.
pub const PROJECT_FILE: &str = "noticegen.yaml";

/// `noticegen.yaml`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProjectConfig {
    /// The locale notices are written in: every message must exist there, and every other
    /// locale is translated, checked for completeness and staleness against it. A folder of
    /// `locales/`; `en` when absent.
    #[serde(default = "default_source_locale")]
    pub source_locale: String,
}

fn default_source_locale() -> String {
    "en".to_string()
}

impl Default for ProjectConfig {
    fn default() -> Self {
        Self {
            source_locale: default_source_locale(),
        }
    }
}

/// Reads `<root>/noticegen.yaml`, or the defaults when there is none.
pub fn load(root: &Path) -> Result<ProjectConfig, Diagnostic> {
    let path = root.join(PROJECT_FILE);
    if !path.is_file() {
        return Ok(ProjectConfig::default());
    }
    let text = fsutil::read_text(&path, root)?;
    let source = SourceText::new(display_path(root, &path), text);
    parse_yaml(&source)
}
