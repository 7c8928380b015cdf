//! `check`.

use std::path::Path;
use std::process::ExitCode;

use super::project_error;
use crate::diag::{self, Diagnostic};

/// Output format of the findings.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum CheckFormat {
    Human,
    Json,
}

/// `noticegen check`, with `recipients` (and the `notice` of rows without one) also the
/// recipients CSV.
pub fn check(
    root: &Path,
    recipients: Option<&Path>,
    notice: Option<&str>,
    format: CheckFormat,
) -> ExitCode {
    let checked = match recipients {
        Some(csv) => crate::check::check_with_recipients(root, csv, notice),
        None => crate::check::check(root),
    };
    let diagnostics: Vec<Diagnostic> = match checked {
        Ok(d) => d,
        Err(d) => return project_error(&[d]),
    };
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    match format {
        CheckFormat::Json => {
            let json = serde_json::json!({
                "errors": errors,
                "warnings": warnings,
                "diagnostics": diag::to_json(&diagnostics),
            });
            println!("{}", serde_json::to_string_pretty(&json).expect("json"));
        }
        CheckFormat::Human => {
            diag::print(&diagnostics);
            eprintln!("check: {errors} error(s), {warnings} warning(s)");
        }
    }
    if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
