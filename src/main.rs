//! The `noticegen` command line: parses the arguments, sets up logging and runs the command,
//! one file each under `cmd/`; the command's [`cmd::common::ExitStatus`] is the process's.

#![warn(clippy::too_many_lines)]

mod cmd;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Build multilingual field safety notices and their verification forms as PDFs.
///
/// A notices project holds `notices/*.yaml` (structure and data, the same in every language)
/// and `locales/<tag>/*.ftl` (the text, in Fluent). `noticegen build` typesets every notice in
/// every language whose translation is complete into `output/<NOTICE>/<tag>/`, with a
/// `manifest.json`. Fonts and templates are built in; a project's `templates/` overrides them.
#[derive(Parser)]
#[command(
    name = "noticegen",
    version,
    propagate_version = true,
    after_help = "\
Examples:
  noticegen init acme --source-locale de --locale en
                                           a new project, German first, with English
  noticegen build                          build every complete notice x locale
  noticegen build --notice FSN2024-1562 --locale lv
  noticegen build --draft --locale de      preview an unfinished translation (DRAFT mark)
  noticegen check                          validate YAML, templates and translations
  noticegen check --format json            the same, for CI
  noticegen build --notice FSN2024-1562 --recipients customers.csv
                                           one letter + prefilled form per account
  noticegen build --profile archive --out archive
                                           PDF/A-2b copies for the records
  noticegen build --notice FSN2024-1562 --recipients customers.csv --email
  noticegen mail send --dry-run            ... one e-mail per account; what would be sent
  noticegen mail send --server smtps://smtp.example.com
                                           send them, each once (NOTICEGEN_SMTP_USERNAME,
                                           NOTICEGEN_SMTP_PASSWORD)
  noticegen build --recipients accounts.csv --shard 2/4 --out part-2
  noticegen manifest merge part-1 part-2 part-3 part-4 --out output
                                           a build spread over 4 machines, joined
  noticegen replies collect replies/*.pdf --out replies.csv
  noticegen replies collect replies/*.pdf --manifest output/manifest.json
                                           ... and list the accounts that did not reply

Exit status: 0 all good; 1 a job failed or check found errors; 2 usage or project error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// The commands; each one's help is its arguments' doc comment, in its file.
#[derive(Subcommand)]
enum Command {
    Init(cmd::init::Args),
    Build(cmd::build::Args),
    Watch(cmd::watch::Args),
    Preview(cmd::preview::Args),
    Check(cmd::check::Args),
    Status(cmd::status::Args),
    #[command(subcommand)]
    Locale(cmd::locale::Command),
    Schema(cmd::schema::Args),
    #[command(subcommand)]
    Replies(cmd::replies::Command),
    #[command(subcommand)]
    Mail(cmd::mail::Command),
    #[command(subcommand)]
    Manifest(cmd::manifest::Command),
    #[command(subcommand)]
    Xliff(cmd::xliff::Command),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging();
    let status = match cli.command {
        Command::Init(args) => cmd::init::run(args),
        Command::Build(args) => cmd::build::run(args),
        Command::Watch(args) => cmd::watch::run(args),
        Command::Preview(args) => cmd::preview::run(args),
        Command::Check(args) => cmd::check::run(args),
        Command::Status(args) => cmd::status::run(args),
        Command::Locale(command) => cmd::locale::run(command),
        Command::Schema(args) => cmd::schema::run(args),
        Command::Replies(command) => cmd::replies::run(command),
        Command::Mail(command) => cmd::mail::run(command),
        Command::Manifest(command) => cmd::manifest::run(command),
        Command::Xliff(command) => cmd::xliff::run(command),
    };
    status.into()
}

/// Logs to stderr, filtered by `NOTICEGEN_LOG` (e.g. `NOTICEGEN_LOG=debug` prints the time of
/// each stage of each job). By default only noticegen's own warnings: libraries' log lines
/// (lopdf's about a damaged PDF, say) would only repeat our own report in their words.
/// No timestamps; colour only on a terminal.
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("NOTICEGEN_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("noticegen=warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .without_time()
        .with_target(false)
        .with_ansi(std::io::stderr().is_terminal())
        .try_init();
}
