//! The render stage: a layout's localized view -> Typst source, through minijinja templates.
//!
//! Output escaping is on for every template: a value that is not markup made by noticegen (a
//! catalogue number from YAML, say) prints as a Typst string literal, so neither YAML nor
//! `.ftl` text can become Typst code or template syntax.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, UndefinedBehavior};

use crate::diag::{Diagnostic, SourceText, display_path};
use crate::fsutil;
use crate::layout::{LAYOUTS, Layout};
use crate::markup::{self, typst_string};

/// The Typst style module the generated source imports.
pub const STYLE_MODULE: &str = "style.typ";

/// The templates every layout shares, compiled into the binary; each layout brings its own
/// (`Layout::templates`). A project's `templates/` overrides any of them by name.
pub const SHARED_TEMPLATES: &[(&str, &str)] = &[
    ("frame.typ.j2", include_str!("templates/frame.typ.j2")),
    ("form.typ.j2", include_str!("templates/form.typ.j2")),
    ("blocks.typ.j2", include_str!("templates/blocks.typ.j2")),
    (STYLE_MODULE, include_str!("templates/style.typ")),
];

/// Templates and the Typst style module, loaded once per build and shared by all jobs.
pub struct Templates {
    env: Environment<'static>,
    /// The Typst files the generated source may import, by name.
    pub typst_files: BTreeMap<String, Arc<str>>,
    /// The template sources as loaded, for mapping errors back.
    sources: BTreeMap<String, SourceText>,
    /// Fingerprint of every template and Typst file (incremental builds).
    pub digest: String,
}

impl Templates {
    /// Loads the defaults, overridden file by file by `<root>/templates/`.
    pub fn load(root: &Path) -> Result<Self, Vec<Diagnostic>> {
        let mut sources: BTreeMap<String, SourceText> = SHARED_TEMPLATES
            .iter()
            .chain(LAYOUTS.iter().flat_map(|l| l.templates()))
            .map(|(name, text)| {
                (
                    name.to_string(),
                    SourceText::new(format!("<built-in>/templates/{name}"), *text),
                )
            })
            .collect();
        let dir = root.join("templates");
        if dir.is_dir() {
            for path in fsutil::read_dir_sorted(&dir).map_err(|d| vec![d])? {
                let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                    continue;
                };
                if !(name.ends_with(".j2") || name.ends_with(".typ")) || !path.is_file() {
                    continue;
                }
                let text = fsutil::read_text(&path, root).map_err(|d| vec![d])?;
                sources.insert(
                    name.to_string(),
                    SourceText::new(display_path(root, &path), text),
                );
            }
        }
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_auto_escape_callback(|_| AutoEscape::Custom("typst"));
        env.set_formatter(format_value);
        env.set_fuel(Some(5_000_000));
        env.add_filter("str", |value: Value| {
            Value::from_safe_string(typst_string(&value.to_string()))
        });
        env.set_keep_trailing_newline(true);
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        let mut errors = Vec::new();
        let mut typst_files = BTreeMap::new();
        for (name, source) in &sources {
            if name.ends_with(".j2") {
                if let Err(error) = env.add_template_owned(name.clone(), source.text.to_string()) {
                    errors.push(template_diagnostic(&error, source));
                }
            } else {
                typst_files.insert(name.clone(), source.text.clone());
            }
        }
        let mut digest = crate::fingerprint::Fingerprint::new("templates");
        for (name, source) in &sources {
            digest.add(name, &source.text);
        }
        let digest = digest.finish();
        if errors.is_empty() {
            Ok(Self {
                env,
                typst_files,
                sources,
                digest,
            })
        } else {
            Err(errors)
        }
    }

    /// Renders the Typst source of one notice in one language, with the main template of the
    /// notice's layout.
    pub fn render(&self, layout: &dyn Layout, view: Value) -> Result<String, Diagnostic> {
        let main = layout.main_template();
        let template = self
            .env
            .get_template(main)
            .map_err(|e| Diagnostic::error(format!("template `{main}`: {e}")))?;
        template.render(view).map_err(|error| {
            let name = error.name().unwrap_or(main).to_string();
            match self.sources.get(&name) {
                Some(source) => template_diagnostic(&error, source),
                None => Diagnostic::error(format!("template error: {error}")),
            }
        })
    }

    /// The source of a Typst file or template, for mapping Typst errors back.
    pub fn source(&self, name: &str) -> Option<&SourceText> {
        self.sources.get(name)
    }
}

fn template_diagnostic(error: &minijinja::Error, source: &SourceText) -> Diagnostic {
    let message = format!(
        "template error: {}",
        error.detail().unwrap_or(&error.kind().to_string())
    );
    match (error.range(), error.line()) {
        (Some(range), _) => Diagnostic::error(message).at(source, range),
        (None, Some(line)) => Diagnostic::error(message).at_line_col(source, line, 1, 0),
        (None, None) => Diagnostic::error(message).in_file(source.path.clone()),
    }
}

/// Output of `{{ value }}`: safe markup as is, numbers and booleans as Typst literals, any
/// other text as a Typst string literal.
fn format_value(
    out: &mut minijinja::Output,
    _state: &minijinja::State,
    value: &Value,
) -> Result<(), minijinja::Error> {
    use minijinja::value::ValueKind;
    let text = if value.is_safe() {
        value.to_string()
    } else {
        match value.kind() {
            ValueKind::Undefined | ValueKind::None => String::new(),
            ValueKind::Bool => if value.is_true() { "true" } else { "false" }.to_string(),
            ValueKind::Number => value.to_string(),
            _ => markup::typst_text(&value.to_string()),
        }
    };
    out.write_str(&text).map_err(|_| {
        minijinja::Error::new(minijinja::ErrorKind::WriteFailure, "cannot write output")
    })
}
