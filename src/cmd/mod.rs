//! The commands of the `noticegen` binary, as library functions: each takes its validated
//! options, does the work through the pipeline modules, prints what a person needs to see and
//! returns the exit status (0 all good, 1 a job failed or `check` found errors, 2 a usage or
//! project-level error). `main.rs` only parses arguments and calls these.

mod build;
mod check;
mod progress;
mod replies;
mod translate;

pub use build::{build, preview, watch};
pub use check::{CheckFormat, check};
pub use replies::{CollectArgs, collect, keygen};
pub use translate::{StatusFormat, add_locale, mark_reviewed, status};

/// `noticegen init`: a new project, and what to do next.
pub fn init(options: &crate::init::InitOptions) -> ExitCode {
    match crate::init::init(options) {
        Ok(files) => {
            for file in &files {
                eprintln!("     wrote {}", file.display());
            }
            let dir = options.dir.display();
            eprintln!(
                "\nA new project in {dir}. Next:\n  \
                 cd {dir}\n  \
                 noticegen check          validate it\n  \
                 noticegen build          make the PDFs in output/\n\
                 Then put your company's data in notices/manufacturers/my-company.yaml and your words in locales/."
            );
            ExitCode::SUCCESS
        }
        Err(d) => project_error(&[d]),
    }
}

/// `noticegen schema`: writes the JSON Schemas of notices and manufacturer profiles.
pub fn schema(dir: &std::path::Path) -> ExitCode {
    match crate::schema::write(dir) {
        Ok(files) => {
            for file in files {
                eprintln!("     wrote {}", file.display());
            }
            ExitCode::SUCCESS
        }
        Err(d) => project_error(&[d]),
    }
}

use std::process::ExitCode;

use crate::diag::{self, Diagnostic};

/// Exit status 2, after printing the project-level problem.
fn project_error(diagnostics: &[Diagnostic]) -> ExitCode {
    diag::print(diagnostics);
    ExitCode::from(2)
}
