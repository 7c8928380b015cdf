//! The project file, `noticegen.yaml` at the project's root: settings of the whole project.
//! It is optional; without it a project's source locale is English.

use std::path::Path;

use schemars::JsonSchema;
use serde::Deserialize;

use crate::diag::{Diagnostic, SourceText, display_path};
use crate::fsutil;
use crate::localize::resources::validate_tag;
use crate::yaml::{at_value, parse_yaml};
use serde_saphyr::Spanned;

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
    let config: ProjectConfig = parse_yaml(&source)?;
    if let Err(rule) = validate_tag(&config.source_locale) {
        let at = parse_yaml::<Spans>(&source)
            .ok()
            .and_then(|spans| spans.source_locale)
            .map(|value| at_value(&source, &value, rule.clone()))
            .unwrap_or_else(|| Diagnostic::error(rule).in_file(source.path.clone()));
        return Err(
            at.hint("`source_locale` names a folder of `locales/`, written as a BCP 47 tag")
        );
    }
    Ok(config)
}

/// Where `source_locale`'s value stands, for a diagnostic at it.
#[derive(Deserialize)]
struct Spans {
    source_locale: Option<Spanned<String>>,
}
