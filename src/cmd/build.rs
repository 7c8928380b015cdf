//! `build`, `watch` and `preview`.

use std::process::ExitCode;

use super::progress::ProgressBar;
use super::project_error;
use crate::diag;
use crate::pipeline::report::{self, Verbosity};
use crate::pipeline::{BuildOptions, ProjectError};
use crate::preview::PreviewOptions;

/// `noticegen build`.
pub fn build(options: &BuildOptions, verbosity: Verbosity) -> ExitCode {
    let bar = ProgressBar::new(verbosity);
    let report = match crate::pipeline::build(options, &bar) {
        Ok(report) => report,
        Err(ProjectError(diagnostics)) => return project_error(&diagnostics),
    };
    bar.finish();
    report::print(&report, verbosity);
    if report.failed() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `noticegen watch`; `exit_after` bounds the rebuilds (for tests).
pub fn watch(options: &BuildOptions, verbosity: Verbosity, exit_after: Option<usize>) -> ExitCode {
    match crate::watch::watch(options, verbosity, exit_after) {
        Ok(()) => ExitCode::SUCCESS,
        Err(d) => project_error(&[d]),
    }
}

/// `noticegen preview`: prints the PNG files written.
pub fn preview(options: &PreviewOptions) -> ExitCode {
    match crate::preview::preview(options) {
        Ok(files) => {
            for file in files {
                println!("{}", file.display());
            }
            ExitCode::SUCCESS
        }
        Err(diagnostics) => {
            diag::print(&diagnostics);
            ExitCode::from(1)
        }
    }
}
