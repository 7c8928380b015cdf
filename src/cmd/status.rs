//! `noticegen status`: the translation state of every notice x locale ([`noticegen::status`]).

use noticegen::diag;

use super::common::{ExitStatus, ProjectArgs, project_error};

/// A notice x locale table of translation state: complete, missing N, stale N, broken.
#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub project: ProjectArgs,
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
}

/// Output format of `status`.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Markdown,
}

pub fn run(args: Args) -> ExitStatus {
    let status = match noticegen::status::status(&args.project.root) {
        Ok(status) => status,
        Err(stopped) => return project_error(&stopped.0),
    };
    // The table goes to stdout; what the load found (a broken notice's errors) to stderr.
    diag::print(&status.diagnostics);
    let status = status.value;
    match args.format {
        Format::Text => print!("{}", status.to_text()),
        Format::Markdown => print!("{}", status.to_markdown()),
        Format::Json => println!("{}", serde_json::to_string_pretty(&status).expect("json")),
    }
    ExitStatus::Success
}
