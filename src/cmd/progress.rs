//! The progress bar of a build on a terminal.

use std::io::IsTerminal;

use crate::build::report::Verbosity;
use crate::build::{JobOutcome, Progress, job_name};

/// A progress bar on a terminal; nothing in CI or when stderr is redirected (the per-job lines
/// and the summary come after the build, in a stable order).
pub struct ProgressBar(Option<indicatif::ProgressBar>);

impl ProgressBar {
    pub fn new(verbosity: Verbosity) -> Self {
        let interactive = std::io::stderr().is_terminal()
            && std::env::var_os("CI").is_none()
            && verbosity > Verbosity::Quiet;
        Self(interactive.then(indicatif::ProgressBar::hidden))
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

impl Progress for ProgressBar {
    fn start(&self, jobs: usize) {
        if let Some(bar) = &self.0 {
            bar.set_length(jobs as u64);
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
            if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}")
            {
                bar.set_style(style);
            }
        }
    }

    fn finished(&self, outcome: &JobOutcome) {
        if let Some(bar) = &self.0 {
            let (notice, locale, account) = match outcome {
                JobOutcome::Built { artifacts, .. } => artifacts
                    .first()
                    .map(|a| (a.notice.as_str(), a.locale.as_str(), a.account.as_deref()))
                    .unwrap_or_default(),
                JobOutcome::Skipped { skipped: s, .. } => {
                    (s.notice.as_str(), s.locale.as_str(), None)
                }
                JobOutcome::Failed {
                    notice,
                    locale,
                    account,
                    ..
                } => (notice.as_str(), locale.as_str(), account.as_deref()),
            };
            bar.set_message(job_name(notice, locale, account));
            bar.inc(1);
        }
    }
}
