//! The progress bar of a build on a terminal.

use std::io::IsTerminal;

use noticegen::pipeline::report::Verbosity;
use noticegen::pipeline::{JobOutcome, Progress};

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
            let id = match outcome {
                JobOutcome::Built { artifacts, .. } => artifacts.first().map(|a| &a.id),
                JobOutcome::Skipped { skipped, .. } => Some(&skipped.id),
                JobOutcome::Failed { id, .. } => Some(id),
            };
            if let Some(id) = id {
                bar.set_message(id.to_string());
            }
            bar.inc(1);
        }
    }
}
