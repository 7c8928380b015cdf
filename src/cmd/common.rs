//! What the commands share: the exit status, and the project and output arguments.

use std::path::PathBuf;
use std::process::ExitCode;

use noticegen::diag::{self, Diagnostic};
use noticegen::pipeline::report::Verbosity;

/// How a command ended: the process's exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum ExitStatus {
    /// 0: all good (warnings may have been printed).
    Success = 0,
    /// 1: a job failed, an input had errors, or `check` found errors; the rest was done.
    Failure = 1,
    /// 2: a usage or project-level error: the command could not do its work.
    Error = 2,
}

impl ExitStatus {
    /// [`Failure`](Self::Failure) when `failed`, else [`Success`](Self::Success).
    pub fn failure_if(failed: bool) -> Self {
        if failed { Self::Failure } else { Self::Success }
    }
}

impl From<ExitStatus> for ExitCode {
    fn from(status: ExitStatus) -> Self {
        ExitCode::from(status as u8)
    }
}

/// Prints the project-level problem: [`ExitStatus::Error`].
pub fn project_error(diagnostics: &[Diagnostic]) -> ExitStatus {
    diag::print(diagnostics);
    ExitStatus::Error
}

#[derive(clap::Args)]
pub struct ProjectArgs {
    /// The project folder (holding notices/ and locales/).
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub root: PathBuf,
}

#[derive(clap::Args)]
pub struct OutputArgs {
    /// Print every file, unchanged ones too, and every skipped pair on its own line.
    #[arg(long, short = 'v', conflicts_with = "quiet")]
    pub verbose: bool,
    /// Print only errors.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

impl OutputArgs {
    pub fn verbosity(&self) -> Verbosity {
        if self.quiet {
            Verbosity::Quiet
        } else if self.verbose {
            Verbosity::Verbose
        } else {
            Verbosity::Normal
        }
    }
}
