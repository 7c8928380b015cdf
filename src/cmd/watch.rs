//! `noticegen watch`: build, then rebuild on every change ([`noticegen::watch`]).

use super::common::{ExitStatus, project_error};

/// Build, then rebuild what changed whenever a notice, translation or template is saved.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub build: super::build::Args,
    /// Stop after this many rebuilds (for scripts and tests).
    #[arg(long, hide = true)]
    pub exit_after: Option<usize>,
}

pub fn run(args: Args) -> ExitStatus {
    let (options, verbosity) = match args.build.resolve() {
        Ok(resolved) => resolved,
        Err(d) => return project_error(&[d]),
    };
    match noticegen::watch::watch(&options, verbosity, args.exit_after) {
        Ok(()) => ExitStatus::Success,
        Err(d) => project_error(&[d]),
    }
}
