//! The translators' commands: `status`, `locale add`, `locale mark-reviewed`.

use std::path::Path;
use std::process::ExitCode;

use super::project_error;
use crate::diag::{self, Diagnostic};
use crate::load::Project;

/// Output format of `status`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum StatusFormat {
    Text,
    Json,
    Markdown,
}

/// `noticegen status`.
pub fn status(root: &Path, format: StatusFormat) -> ExitCode {
    let status = match crate::status::status(root) {
        Ok(status) => status,
        Err(d) => return project_error(&[d]),
    };
    match format {
        StatusFormat::Text => print!("{}", status.to_text()),
        StatusFormat::Markdown => print!("{}", status.to_markdown()),
        StatusFormat::Json => println!("{}", serde_json::to_string_pretty(&status).expect("json")),
    }
    ExitCode::SUCCESS
}

/// `noticegen locale add TAG`.
pub fn add_locale(root: &Path, tag: &str) -> ExitCode {
    with_project(root, |project, _| {
        crate::scaffold::add_locale(root, &project.locales, tag).map(|files| {
            for file in &files {
                eprintln!("   created {}", diag::display_path(root, file).display());
            }
            format!("locales/{tag}/: {} files to translate", files.len())
        })
    })
}

/// `noticegen locale mark-reviewed TAG [MESSAGE...]`.
pub fn mark_reviewed(root: &Path, tag: &str, messages: &[String]) -> ExitCode {
    with_project(root, |project, diagnostics| {
        crate::review::mark_reviewed(root, &project.locales, tag, messages, diagnostics)
            .map(|n| format!("locales/{tag}/reviewed.yaml: {n} messages marked as reviewed"))
    })
}

/// Loads the project under its lock (these commands write `locales/`, as an import does) and
/// runs `command`, printing its summary or its error.
fn with_project(
    root: &Path,
    command: impl FnOnce(&Project, &[Diagnostic]) -> Result<String, Diagnostic>,
) -> ExitCode {
    let _lock = match crate::lock::ProjectLock::acquire(root, "locale command") {
        Ok(lock) => lock,
        Err(d) => return project_error(&[d]),
    };
    let mut diagnostics = Vec::new();
    let project = match crate::load::load_project(root, &mut diagnostics) {
        Ok(project) => project,
        Err(d) => return project_error(&[d]),
    };
    match command(&project, &diagnostics) {
        Ok(summary) => {
            eprintln!("{summary}");
            ExitCode::SUCCESS
        }
        Err(d) => project_error(&[d]),
    }
}
