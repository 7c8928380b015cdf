//! `noticegen check`: validate the project ([`noticegen::check`]) and print the findings.

use std::path::{Path, PathBuf};

use noticegen::diag::{self, Diagnostic};

use super::common::{ExitStatus, ProjectArgs, project_error};

/// Validate notices, templates and translations; print file:line:col diagnostics.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub project: ProjectArgs,
    /// Also check a recipients CSV (as `build --recipients` reads it): its rows, and that every
    /// account's letter can be made in its language.
    #[arg(long, value_name = "FILE.csv")]
    pub recipients: Option<PathBuf>,
    /// With --recipients: the notice of rows without a `notice` column.
    #[arg(long = "notice", value_name = "ID", requires = "recipients")]
    pub notice: Option<String>,
    /// With --recipients: also what `build --email` needs: each account's address, the
    /// profile's `email:` sender, and the e-mail's words in each account's language.
    #[arg(long, requires = "recipients")]
    pub email: bool,
    /// Output format of the findings.
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
}

/// Output format of the findings.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Human,
    Json,
}

pub fn run(args: Args) -> ExitStatus {
    let root = &args.project.root;
    let checked = match &args.recipients {
        Some(csv) => {
            noticegen::check::check_with_recipients(root, csv, args.notice.as_deref(), args.email)
        }
        None => noticegen::check::check(root),
    };
    match checked {
        Ok(diagnostics) => report(&diagnostics, args.format),
        Err(stopped) => project_error(&stopped.0),
    }
}

/// `check` of the project at `root`, printed for a person (as after `xliff import`).
pub fn check_project(root: &Path) -> ExitStatus {
    match noticegen::check::check(root) {
        Ok(diagnostics) => report(&diagnostics, Format::Human),
        Err(stopped) => project_error(&stopped.0),
    }
}

/// Prints the findings and their counts: [`ExitStatus::Failure`] when any is an error.
fn report(diagnostics: &[Diagnostic], format: Format) -> ExitStatus {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.iter().filter(|d| d.is_warning()).count();
    match format {
        Format::Json => {
            let json = serde_json::json!({
                "errors": errors,
                "warnings": warnings,
                "diagnostics": diag::to_json(diagnostics),
            });
            println!("{}", serde_json::to_string_pretty(&json).expect("json"));
        }
        Format::Human => {
            diag::print(diagnostics);
            eprintln!("check: {errors} error(s), {warnings} warning(s)");
        }
    }
    ExitStatus::failure_if(errors > 0)
}
