//! `noticegen locale add` and `locale mark-reviewed`: the translators' commands that write
//! `locales/` ([`noticegen::scaffold`], [`noticegen::review`]).

use std::path::Path;

use noticegen::diag::{self, Diagnostic};
use noticegen::load::Project;

use super::common::{ExitStatus, ProjectArgs, project_error};

/// Manage translations: add a locale, record reviews.
#[derive(clap::Subcommand)]
pub enum Command {
    /// Create locales/TAG/ with every English message as a commented skeleton to translate.
    /// Refuses to overwrite an existing folder.
    Add {
        /// A BCP 47 tag, e.g. `de`, `pt-BR`.
        tag: String,
        #[command(flatten)]
        project: ProjectArgs,
    },
    /// Record that translations were reviewed against the current English, so `check` can
    /// report them as stale when the English changes (writes locales/TAG/reviewed.yaml).
    MarkReviewed {
        tag: String,
        /// Only these messages (default: every message the locale has).
        messages: Vec<String>,
        #[command(flatten)]
        project: ProjectArgs,
    },
}

pub fn run(command: Command) -> ExitStatus {
    match command {
        Command::Add { tag, project } => add(&project.root, &tag),
        Command::MarkReviewed {
            tag,
            messages,
            project,
        } => mark_reviewed(&project.root, &tag, &messages),
    }
}

/// `noticegen locale add TAG`.
fn add(root: &Path, tag: &str) -> ExitStatus {
    with_project(root, |project, _| {
        noticegen::scaffold::add_locale(root, &project.locales, tag).map(|files| {
            for file in &files {
                eprintln!("   created {}", diag::display_path(root, file).display());
            }
            format!("locales/{tag}/: {} files to translate", files.len())
        })
    })
}

/// `noticegen locale mark-reviewed TAG [MESSAGE...]`.
fn mark_reviewed(root: &Path, tag: &str, messages: &[String]) -> ExitStatus {
    with_project(root, |project, diagnostics| {
        noticegen::review::mark_reviewed(root, &project.locales, tag, messages, diagnostics)
            .map(|n| format!("locales/{tag}/reviewed.yaml: {n} messages marked as reviewed"))
    })
}

/// Loads the project under its lock (these commands write `locales/`, as an import does) and
/// runs `command`, printing its summary or its error.
fn with_project(
    root: &Path,
    command: impl FnOnce(&Project, &[Diagnostic]) -> Result<String, Diagnostic>,
) -> ExitStatus {
    let _lock = match noticegen::lock::ProjectLock::acquire(root, "locale command") {
        Ok(lock) => lock,
        Err(d) => return project_error(&[d]),
    };
    let loaded = match noticegen::load::load_project(root) {
        Ok(loaded) => loaded,
        Err(stopped) => return project_error(&stopped.0),
    };
    match command(&loaded.value, &loaded.diagnostics) {
        Ok(summary) => {
            eprintln!("{summary}");
            ExitStatus::Success
        }
        Err(d) => project_error(&[d]),
    }
}
