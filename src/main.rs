//! The `noticegen` command line: parse arguments, set up logging, call the library's commands
//! ([`noticegen::cmd`]), which return the exit status (0 all good, 1 a job failed or `check`
//! found errors, 2 usage or project-level error).

mod args;

use std::io::IsTerminal;
use std::process::ExitCode;

use args::{Cli, Command, LocaleCommand, RepliesCommand, XliffCommand};
use clap::Parser;
use noticegen::cmd;

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging();
    match cli.command {
        Command::Init {
            dir,
            source_locale,
            locales,
            force,
        } => cmd::init(&noticegen::init::InitOptions {
            dir: &dir,
            source_locale: &source_locale,
            locales: &locales,
            force,
        }),
        Command::Xliff(XliffCommand::Export {
            locales,
            notice,
            xliff_version,
            out,
            project,
        }) => cmd::xliff_export(
            &project.root,
            &locales,
            notice.as_deref(),
            if xliff_version == "1.2" {
                noticegen::xliff::Version::V1_2
            } else {
                noticegen::xliff::Version::V2
            },
            &project.root.join(out),
        ),
        Command::Xliff(XliffCommand::Import {
            files,
            mark_reviewed,
            project,
        }) => cmd::xliff_import(&project.root, &files, mark_reviewed),
        Command::Build(args) => {
            let (options, verbosity) = args.options();
            cmd::build(&options, verbosity)
        }
        Command::Watch(args) => {
            let (options, verbosity) = args.build.options();
            cmd::watch(&options, verbosity, args.exit_after)
        }
        Command::Preview(args) => cmd::preview(&noticegen::preview::PreviewOptions {
            root: args.project.root,
            notice: args.notice,
            locale: args.locale,
            page: args.page,
            out: args.out,
            ppi: args.ppi,
            draft: args.draft,
        }),
        Command::Check(args) => cmd::check(
            &args.project.root,
            args.recipients.as_deref(),
            args.notice.as_deref(),
            args.format,
        ),
        Command::Status(args) => cmd::status(&args.project.root, args.format),
        Command::Locale(LocaleCommand::Add { tag, project }) => {
            cmd::add_locale(&project.root, &tag)
        }
        Command::Locale(LocaleCommand::MarkReviewed {
            tag,
            messages,
            project,
        }) => cmd::mark_reviewed(&project.root, &tag, &messages),
        Command::Schema { out, project } => cmd::schema(&project.root.join(out)),
        Command::Replies(RepliesCommand::Collect(args)) => cmd::collect(cmd::CollectArgs {
            collect: noticegen::forms::collect::CollectOptions {
                files: args.files,
                format: args.format,
                manifest: args.manifest,
                key: None,
                book: Default::default(),
            },
            root: args.project.root,
            out: args.out,
            non_responders: args.non_responders,
        }),
        Command::Replies(RepliesCommand::Keygen { file, project }) => {
            cmd::keygen(&file, &project.root)
        }
    }
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
