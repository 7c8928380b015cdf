//! `noticegen preview`: PNG pages of one notice in one language ([`noticegen::preview`]).

use noticegen::diag;
use noticegen::preview::PreviewOptions;

use super::common::ExitStatus;

/// Render the pages of one notice in one language to PNG (for a quick look while editing).
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub options: PreviewOptions,
}

/// Prints the PNG files written.
pub fn run(args: Args) -> ExitStatus {
    match noticegen::preview::preview(&args.options) {
        Ok(files) => {
            diag::print(&files.diagnostics);
            for file in files.value {
                println!("{}", file.display());
            }
            ExitStatus::Success
        }
        Err(stopped) => {
            diag::print(&stopped.0);
            ExitStatus::Failure
        }
    }
}
