//! The `noticegen` command line: parse arguments, call the library, map results to exit codes
//! (0 all good, 1 a job failed or `check` found errors, 2 usage or project-level error).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};
use noticegen::build::{self, BuildOptions, JobOutcome, report::Verbosity};
use noticegen::diag::{self, Diagnostic};

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
  noticegen build                          build every complete notice x locale
  noticegen build --notice FSN2024-1562 --locale lv
  noticegen build --draft --locale de      preview an unfinished translation (DRAFT mark)
  noticegen check                          validate YAML, templates and translations
  noticegen check --format json            the same, for CI
  noticegen build --notice FSN2024-1562 --recipients customers.csv
                                           one letter + prefilled form per account
  noticegen build --profile archive --out archive
                                           PDF/A-2b copies for the records
  noticegen replies collect replies/*.pdf --out replies.csv
  noticegen replies collect replies/*.pdf --manifest output/manifest.json
                                           ... and list the accounts that did not reply

Exit status: 0 all good; 1 a job failed or check found errors; 2 usage or project error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Typeset notices to PDF (every notice x every complete locale by default).
    Build(BuildArgs),
    /// Build, then rebuild what changed whenever a notice, translation or template is saved.
    Watch(WatchArgs),
    /// Render the pages of one notice in one language to PNG (for a quick look while editing).
    Preview(PreviewArgs),
    /// Validate notices, templates and translations; print file:line:col diagnostics.
    Check(CheckArgs),
    /// A notice x locale table of translation state: complete, missing N, stale N, broken.
    Status(StatusArgs),
    /// Manage translations: add a locale, record reviews.
    #[command(subcommand)]
    Locale(LocaleCommand),
    /// Work with returned verification forms.
    #[command(subcommand)]
    Replies(RepliesCommand),
}

#[derive(Args)]
struct StatusArgs {
    #[command(flatten)]
    project: ProjectArgs,
    #[arg(long, value_enum, default_value = "text")]
    format: StatusFormat,
}

#[derive(Clone, Copy, ValueEnum)]
enum StatusFormat {
    Text,
    Json,
    Markdown,
}

#[derive(Subcommand)]
enum LocaleCommand {
    /// Create locales/TAG/ with every English message as a commented skeleton to translate.
    /// Refuses to overwrite an existing folder.
    Add {
        /// A BCP 47 tag, e.g. `de`, `pt-BR`.
        tag: String,
        #[command(flatten)]
        project: ProjectArgs,
    },
    /// Record that translations were reviewed against the current English, so `check` can
    /// report them as stale when the English changes (writes locales/TAG/reviewed.yaml).
    MarkReviewed {
        tag: String,
        /// Only these messages (default: every message the locale has).
        messages: Vec<String>,
        #[command(flatten)]
        project: ProjectArgs,
    },
}

#[derive(Subcommand)]
enum RepliesCommand {
    /// Read filled forms (any notice, any language) into one table: a row per form with every
    /// field by its stable name and a status (complete, incomplete, not a noticegen form).
    ///
    /// Prints a summary to stderr: forms, complete, incomplete and "No" answers per question.
    /// Exit status 1 if any file is unreadable or not a noticegen form (the others are read).
    Collect(CollectArgs),
    /// Write a new random reply key to FILE (outside the project; never overwrites). With
    /// NOTICEGEN_REPLY_KEY_FILE=FILE set, every per-recipient form carries a reply token, and
    /// `replies collect` tells a verified reply from a forged one.
    Keygen {
        /// Where to write the key, e.g. ~/.config/noticegen/reply.key.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        #[command(flatten)]
        project: ProjectArgs,
    },
}

#[derive(Args)]
struct CollectArgs {
    /// Filled PDF forms.
    #[arg(required = true, value_name = "FILE.pdf")]
    files: Vec<PathBuf>,
    /// Write the table here instead of standard output.
    #[arg(long, value_name = "FILE")]
    out: Option<PathBuf>,
    /// Table format.
    #[arg(long, value_enum, default_value = "csv")]
    format: TableFormat,
    /// The manifest of a `build --recipients`: lists the accounts sent a letter whose form is
    /// not among FILEs (the non-responders, to follow up), matched by the notice and account
    /// each returned PDF records.
    #[arg(long, value_name = "manifest.json")]
    manifest: Option<PathBuf>,
    /// With --manifest: write the non-responders here as CSV (notice, account, locale, letter).
    #[arg(long, value_name = "FILE.csv", requires = "manifest")]
    non_responders: Option<PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
enum TableFormat {
    Csv,
    Json,
}

#[derive(Args)]
struct ProjectArgs {
    /// The project folder (holding notices/ and locales/).
    #[arg(long, value_name = "DIR", default_value = ".")]
    root: PathBuf,
}

#[derive(Args)]
struct BuildArgs {
    #[command(flatten)]
    project: ProjectArgs,
    /// Build only this notice (repeatable). Incomplete translations are skipped and listed.
    #[arg(long = "notice", value_name = "ID")]
    notices: Vec<String>,
    /// Build only this locale (repeatable), e.g. `lv` or `pt-BR`. A notice whose translation
    /// into a named locale is incomplete is an error (exit 1), not a skip.
    #[arg(long = "locale", value_name = "TAG")]
    locales: Vec<String>,
    /// Output folder, relative to the project root.
    #[arg(long, value_name = "DIR", default_value = "output")]
    out: PathBuf,
    /// Fill missing messages from English and mark every page DRAFT (never for release).
    #[arg(long)]
    draft: bool,
    /// Also build the source locale pseudolocalized as `en-XA` (accented, ~40% longer), to find
    /// text that overflows its box before real translations arrive.
    #[arg(long)]
    pseudo: bool,
    /// Re-typeset every pair, even those whose inputs did not change since the last build.
    #[arg(long)]
    force: bool,
    /// Also write each generated Typst source next to its PDF, with style.typ and the fonts in
    /// the output folder, so plain typst-cli can typeset it:
    /// `typst compile --root OUT --font-path OUT/fonts --ignore-system-fonts FILE.typ`.
    #[arg(long)]
    emit_typst: bool,
    /// Number of parallel jobs (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,
    /// Build one letter and reply form per recipient of FILE.csv, in the recipient's language,
    /// with its organisation, account and devices printed and prefilled in the form, into
    /// OUT/<NOTICE>/recipients/<account>/. Columns: account, organisation, address, contact,
    /// locale; optional notice, role, department, email, phone, product, lots, serials, quantity
    /// (one row per account and product). A recipient whose translation is incomplete is an
    /// error, never a letter in English.
    #[arg(long, value_name = "FILE.csv")]
    recipients: Option<PathBuf>,
    /// What the PDFs are for.
    #[arg(long, value_enum, default_value = "screen")]
    profile: noticegen::typeset::Profile,
    #[command(flatten)]
    output: OutputArgs,
}

#[derive(Args)]
struct OutputArgs {
    /// Print every file, unchanged ones too, and every skipped pair on its own line.
    #[arg(long, short = 'v', conflicts_with = "quiet")]
    verbose: bool,
    /// Print only errors.
    #[arg(long, short = 'q')]
    quiet: bool,
}

impl OutputArgs {
    fn verbosity(&self) -> Verbosity {
        if self.quiet {
            Verbosity::Quiet
        } else if self.verbose {
            Verbosity::Verbose
        } else {
            Verbosity::Normal
        }
    }
}

#[derive(Args)]
struct WatchArgs {
    #[command(flatten)]
    build: BuildArgs,
    /// Stop after this many rebuilds (for scripts and tests).
    #[arg(long, hide = true)]
    exit_after: Option<usize>,
}

#[derive(Args)]
struct PreviewArgs {
    #[command(flatten)]
    project: ProjectArgs,
    #[arg(long = "notice", value_name = "ID")]
    notice: String,
    #[arg(long = "locale", value_name = "TAG")]
    locale: String,
    /// Only this page (1-based).
    #[arg(long, value_name = "N")]
    page: Option<usize>,
    /// Output folder; PNGs go to OUT/<NOTICE>/<tag>/preview/.
    #[arg(long, value_name = "DIR", default_value = "output")]
    out: PathBuf,
    /// Resolution in pixels per inch.
    #[arg(long, default_value = "100")]
    ppi: f32,
    /// Fill missing messages from English.
    #[arg(long)]
    draft: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Human,
    Json,
}

#[derive(Args)]
struct CheckArgs {
    #[command(flatten)]
    project: ProjectArgs,
    /// Also check a recipients CSV (as `build --recipients` reads it): its rows, and that every
    /// account's letter can be made in its language.
    #[arg(long, value_name = "FILE.csv")]
    recipients: Option<PathBuf>,
    /// With --recipients: the notice of rows without a `notice` column.
    #[arg(long = "notice", value_name = "ID", requires = "recipients")]
    notice: Option<String>,
    /// Output format of the findings.
    #[arg(long, value_enum, default_value = "human")]
    format: Format,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging();
    match cli.command {
        Command::Build(args) => run_build(args),
        Command::Watch(args) => run_watch(args),
        Command::Preview(args) => run_preview(args),
        Command::Check(args) => run_check(args),
        Command::Replies(RepliesCommand::Collect(args)) => run_collect(args),
        Command::Replies(RepliesCommand::Keygen { file, project }) => run_keygen(file, project),
        Command::Status(args) => run_status(args),
        Command::Locale(command) => run_locale(command),
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

fn build_options(args: BuildArgs) -> BuildOptions {
    BuildOptions {
        root: args.project.root,
        out: args.out,
        notices: args.notices,
        locales: args.locales,
        draft: args.draft,
        pseudo: args.pseudo,
        force: args.force,
        emit_typst: args.emit_typst,
        jobs: args.jobs,
        recipients: args.recipients,
        profile: args.profile,
    }
}

fn run_watch(args: WatchArgs) -> ExitCode {
    let verbosity = args.build.output.verbosity();
    let options = build_options(args.build);
    match noticegen::watch::watch(&options, verbosity, args.exit_after) {
        Ok(()) => ExitCode::SUCCESS,
        Err(d) => {
            diag::print(&[d]);
            ExitCode::from(2)
        }
    }
}

fn run_preview(args: PreviewArgs) -> ExitCode {
    let options = noticegen::preview::PreviewOptions {
        root: args.project.root,
        notice: args.notice,
        locale: args.locale,
        page: args.page,
        out: args.out,
        ppi: args.ppi,
        draft: args.draft,
    };
    match noticegen::preview::preview(&options) {
        Ok(files) => {
            for file in files {
                println!("{}", file.display());
            }
            ExitCode::SUCCESS
        }
        Err(diagnostics) => {
            diag::print(&diagnostics);
            ExitCode::from(1)
        }
    }
}

fn run_build(args: BuildArgs) -> ExitCode {
    let verbosity = args.output.verbosity();
    let options = build_options(args);
    let bar = ProgressBar::new(verbosity);
    let report = match build::build(&options, &bar) {
        Ok(report) => report,
        Err(build::ProjectError(diagnostics)) => {
            diag::print(&diagnostics);
            return ExitCode::from(2);
        }
    };
    bar.finish();
    build::report::print(&report, verbosity);
    if report.failed() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// A progress bar on a terminal; nothing in CI or when stderr is redirected (the per-job lines
/// and the summary come after the build, in a stable order).
struct ProgressBar(Option<indicatif::ProgressBar>);

impl ProgressBar {
    fn new(verbosity: Verbosity) -> Self {
        let interactive = std::io::stderr().is_terminal()
            && std::env::var_os("CI").is_none()
            && verbosity > Verbosity::Quiet;
        Self(interactive.then(indicatif::ProgressBar::hidden))
    }

    fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

impl build::Progress for ProgressBar {
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
            bar.set_message(build::job_name(notice, locale, account));
            bar.inc(1);
        }
    }
}

fn run_check(args: CheckArgs) -> ExitCode {
    let checked = match &args.recipients {
        Some(csv) => {
            noticegen::check::check_with_recipients(&args.project.root, csv, args.notice.as_deref())
        }
        None => noticegen::check::check(&args.project.root),
    };
    let diagnostics: Vec<Diagnostic> = match checked {
        Ok(d) => d,
        Err(d) => {
            diag::print(&[d]);
            return ExitCode::from(2);
        }
    };
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    match args.format {
        Format::Json => {
            let json = serde_json::json!({
                "errors": errors,
                "warnings": warnings,
                "diagnostics": diag::to_json(&diagnostics),
            });
            println!("{}", serde_json::to_string_pretty(&json).expect("json"));
        }
        Format::Human => {
            diag::print(&diagnostics);
            eprintln!("check: {errors} error(s), {warnings} warning(s)");
        }
    }
    if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn run_collect(args: CollectArgs) -> ExitCode {
    use noticegen::forms::collect::{self, CollectOptions};
    let key = match noticegen::forms::token::ReplyKey::from_env(&PathBuf::from(".")) {
        Ok(key) => key,
        Err(d) => {
            diag::print(&[d]);
            return ExitCode::from(2);
        }
    };
    let options = CollectOptions {
        files: args.files,
        format: match args.format {
            TableFormat::Csv => collect::TableFormat::Csv,
            TableFormat::Json => collect::TableFormat::Json,
        },
        manifest: args.manifest,
        key,
    };
    let collected = match collect::collect(&options) {
        Ok(collected) => collected,
        Err(d) => {
            diag::print(&[d]);
            return ExitCode::from(2);
        }
    };
    diag::print(&collected.diagnostics);
    let written = match &args.out {
        Some(path) => noticegen::fsutil::write_if_changed(path, &collected.table)
            .map(|_| ())
            .map_err(|e| format!("cannot write `{}`: {e}", path.display())),
        None => {
            use std::io::Write;
            let _ = std::io::stdout().write_all(&collected.table);
            Ok(())
        }
    };
    if let Err(message) = written {
        diag::print(&[Diagnostic::error(message)]);
        return ExitCode::from(2);
    }
    eprintln!("{}", collected.summary);
    if let Some(follow_up) = &collected.follow_up {
        eprintln!(
            "{} recipients: {} replied, {} not replied",
            follow_up.sent,
            follow_up.replied(),
            follow_up.missing.len()
        );
        for m in &follow_up.missing {
            eprintln!(
                "    no reply: {} account {} ({})",
                m.notice, m.account, m.locale
            );
        }
        if let Some(out) = &args.non_responders {
            let written = collect::non_responders_csv(&follow_up.missing)
                .map_err(|e| e.to_string())
                .and_then(|csv| {
                    noticegen::fsutil::write_if_changed(out, &csv).map_err(|e| e.to_string())
                });
            if let Err(e) = written {
                diag::print(&[Diagnostic::error(format!(
                    "cannot write `{}`: {e}",
                    out.display()
                ))]);
                return ExitCode::from(2);
            }
        }
    }
    let summary = &collected.summary;
    if summary.unreadable + summary.not_forms > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn run_keygen(path: PathBuf, project: ProjectArgs) -> ExitCode {
    match noticegen::forms::token::generate_key_file(&path, &project.root) {
        Ok(path) => {
            eprintln!(
                "wrote a new reply key to {}; set {}={} for `build --recipients` and `replies collect`, and keep the file out of the repository",
                path.display(),
                noticegen::forms::token::KEY_FILE_VAR,
                path.display()
            );
            ExitCode::SUCCESS
        }
        Err(d) => {
            diag::print(&[d]);
            ExitCode::from(2)
        }
    }
}

fn run_status(args: StatusArgs) -> ExitCode {
    let status = match noticegen::status::status(&args.project.root) {
        Ok(status) => status,
        Err(d) => {
            diag::print(&[d]);
            return ExitCode::from(2);
        }
    };
    match args.format {
        StatusFormat::Text => print!("{}", status.to_text()),
        StatusFormat::Markdown => print!("{}", status.to_markdown()),
        StatusFormat::Json => println!("{}", serde_json::to_string_pretty(&status).expect("json")),
    }
    ExitCode::SUCCESS
}

fn run_locale(command: LocaleCommand) -> ExitCode {
    let mut diagnostics = Vec::new();
    let (root, result) = match &command {
        LocaleCommand::Add { project, .. } | LocaleCommand::MarkReviewed { project, .. } => (
            project.root.clone(),
            noticegen::load::load_project(&project.root, &mut diagnostics),
        ),
    };
    let project = match result {
        Ok(project) => project,
        Err(d) => {
            diag::print(&[d]);
            return ExitCode::from(2);
        }
    };
    let outcome = match &command {
        LocaleCommand::Add { tag, .. } => {
            noticegen::scaffold::add_locale(&root, &project.locales, tag).map(|files| {
                for file in &files {
                    eprintln!("   created {}", diag::display_path(&root, file).display());
                }
                format!("locales/{tag}/: {} files to translate", files.len())
            })
        }
        LocaleCommand::MarkReviewed { tag, messages, .. } => {
            noticegen::review::mark_reviewed(&root, &project.locales, tag, messages, &diagnostics)
                .map(|n| format!("locales/{tag}/reviewed.yaml: {n} messages marked as reviewed"))
        }
    };
    match outcome {
        Ok(summary) => {
            eprintln!("{summary}");
            ExitCode::SUCCESS
        }
        Err(d) => {
            diag::print(&[d]);
            ExitCode::from(2)
        }
    }
}
