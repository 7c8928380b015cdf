//! `noticegen build`: typeset notices to PDF. The options are the library's
//! [`BuildOptions`], filled by clap, plus what the environment adds, read here once.

use noticegen::diag::Diagnostic;
use noticegen::diag::ProjectError;
use noticegen::epoch::SourceDateEpoch;
use noticegen::forms::token::ReplyKey;
use noticegen::pipeline::BuildOptions;
use noticegen::pipeline::report::{self, Verbosity};
use noticegen::pipeline::shard::{Shard, ShardSpec};

use super::common::{ExitStatus, OutputArgs, project_error};
use super::progress::ProgressBar;

/// Typeset notices to PDF (every notice x every complete locale by default).
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub options: BuildOptions,
    #[command(flatten)]
    pub output: OutputArgs,
}

impl Args {
    /// The build asked for, with `SOURCE_DATE_EPOCH` and (for per-recipient letters) the
    /// reply key from the environment, and how much it prints.
    pub fn resolve(self) -> Result<(BuildOptions, Verbosity), Diagnostic> {
        let mut options = self.options;
        options.source_date_epoch = source_date_epoch()?;
        if options.shard == Some(ShardSpec::Auto) {
            let shard = Shard::from_env(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
                .map_err(Diagnostic::error)?;
            options.shard = Some(ShardSpec::Given(shard));
        }
        if options.recipients.is_some() {
            options.reply_key = ReplyKey::from_env(&options.root)?;
        }
        Ok((options, self.output.verbosity()))
    }
}

pub fn run(args: Args) -> ExitStatus {
    let (options, verbosity) = match args.resolve() {
        Ok(resolved) => resolved,
        Err(d) => return project_error(&[d]),
    };
    let bar = ProgressBar::new(verbosity);
    let report = match noticegen::pipeline::build(&options, &bar) {
        Ok(report) => report,
        Err(ProjectError(diagnostics)) => return project_error(&diagnostics),
    };
    bar.finish();
    report::print(&report, verbosity);
    ExitStatus::failure_if(report.failed())
}

/// `SOURCE_DATE_EPOCH`: none when unset or empty; any other value must be whole seconds.
fn source_date_epoch() -> Result<Option<SourceDateEpoch>, Diagnostic> {
    match std::env::var_os(SourceDateEpoch::VAR) {
        Some(value) if !value.is_empty() => {
            SourceDateEpoch::parse(&value.to_string_lossy()).map(Some)
        }
        _ => Ok(None),
    }
}
