//! The command line: what each command takes, with the help it prints.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use noticegen::cmd::{CheckFormat, StatusFormat};
use noticegen::forms::collect::TableFormat;
use noticegen::pipeline::BuildOptions;
use noticegen::pipeline::report::Verbosity;

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
  noticegen replies collect replies/*.pdf --out replies.csv
  noticegen replies collect replies/*.pdf --manifest output/manifest.json
                                           ... and list the accounts that did not reply

Exit status: 0 all good; 1 a job failed or check found errors; 2 usage or project error."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Start a new project: a profile, one notice with a reply form, the source locale and
    /// any other locales, ready to build.
    ///
    /// Like `mdbook init`: the folder must not hold a project yet. In a folder with other
    /// files, only what is missing is written; what is there is left alone and listed. The
    /// starter text is in English or German; another `--locale` gets a skeleton to translate
    /// (as `locale add`).
    Init {
        /// The project folder (made if missing).
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// The language notices are written in first.
        #[arg(long, value_name = "TAG", default_value = "en")]
        source_locale: String,
        /// Another locale to translate into; repeat it for more.
        #[arg(long = "locale", value_name = "TAG")]
        locales: Vec<String>,
        /// Replace the starter files that are there already, in a project too (a `.gitignore`
        /// keeps its lines and only gets the ones it lacks); other files are never touched.
        #[arg(long)]
        force: bool,
    },
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
    /// Write the JSON Schema of notices and manufacturer profiles (for editors: completion,
    /// hover help and validation of the YAML as you type).
    ///
    /// Writes DIR/notice.schema.json, DIR/manufacturer.schema.json and DIR/project.schema.json
    /// (noticegen.yaml). A notice YAML file names
    /// its schema in its first line, which yaml-language-server (VS Code's YAML extension and
    /// others) reads: `# yaml-language-server: $schema=../schema/notice.schema.json`.
    Schema {
        /// Where to write the schemas, relative to the project root.
        #[arg(long, value_name = "DIR", default_value = "schema")]
        out: PathBuf,
        #[command(flatten)]
        project: ProjectArgs,
    },
    /// Work with returned verification forms.
    #[command(subcommand)]
    Replies(RepliesCommand),
    /// Exchange translations with agencies' CAT tools (Trados, memoQ, Phrase...) as XLIFF.
    #[command(subcommand)]
    Xliff(XliffCommand),
}

#[derive(Subcommand)]
pub enum XliffCommand {
    /// Write one XLIFF file per locale: a unit per message, its state from the review
    /// records, notes with its comment, place, variables and use, placeables and markup as
    /// protected inline codes, and one unit per plural category the language needs.
    Export {
        /// The locales to export (default: every locale but the source).
        #[arg(long = "locale", value_name = "TAG")]
        locales: Vec<String>,
        /// Only this notice's file (and the shared files).
        #[arg(long, value_name = "ID")]
        notice: Option<String>,
        /// 2.0 (default) or 1.2, for tools that still need it.
        #[arg(long, value_name = "VERSION", default_value = "2.0", value_parser = ["2.0", "1.2"])]
        xliff_version: String,
        /// Where to write `<tag>.xlf`.
        #[arg(long, value_name = "DIR", default_value = "xliff")]
        out: PathBuf,
        #[command(flatten)]
        project: ProjectArgs,
    },
    /// Write the targets of XLIFF files back into `locales/<tag>/*.ftl`: only changed messages
    /// are rewritten; any refused unit (unknown id, wrong inline codes, wrong language, a
    /// missing plural category, malformed XML) stops the import before anything is written.
    /// Then `check` runs.
    Import {
        /// The XLIFF files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Record the units the files mark reviewed in `reviewed.yaml`.
        #[arg(long)]
        mark_reviewed: bool,
        #[command(flatten)]
        project: ProjectArgs,
    },
}

#[derive(Args)]
pub struct StatusArgs {
    #[command(flatten)]
    pub project: ProjectArgs,
    #[arg(long, value_enum, default_value = "text")]
    pub format: StatusFormat,
}

#[derive(Subcommand)]
pub enum LocaleCommand {
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
pub enum RepliesCommand {
    /// Read filled forms (any notice, any language) into one table: a row per form with every
    /// field by its stable name and a status (complete, incomplete, not a noticegen form).
    ///
    /// Prints a summary to stderr: forms, complete, incomplete and "No" answers per question.
    /// Only judged, verified (or unkeyed) replies count, the latest of each account's.
    /// Exit status 1 if any file is unreadable, encrypted, not a noticegen form or of a notice
    /// not in the project (the others are read).
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
pub struct CollectArgs {
    /// Filled PDF forms.
    #[arg(required = true, value_name = "FILE.pdf")]
    pub files: Vec<PathBuf>,
    /// Write the table here instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Table format.
    #[arg(long, value_enum, default_value = "csv")]
    pub format: TableFormat,
    /// The manifest of a `build --recipients`: lists the accounts sent a letter whose form is
    /// not among FILEs (the non-responders, to follow up), matched by the notice and account
    /// each returned PDF records.
    #[arg(long, value_name = "manifest.json")]
    pub manifest: Option<PathBuf>,
    /// With --manifest: write the non-responders here as CSV (notice, account, locale, letter).
    #[arg(long, value_name = "FILE.csv", requires = "manifest")]
    pub non_responders: Option<PathBuf>,
    /// Each form is judged by its notice's form definition in this project (matched by the
    /// notice the PDF records), never by the PDF's own field flags.
    #[command(flatten)]
    pub project: ProjectArgs,
}

#[derive(Args)]
pub struct ProjectArgs {
    /// The project folder (holding notices/ and locales/).
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub root: PathBuf,
}

#[derive(Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub project: ProjectArgs,
    /// Build only this notice (repeatable). Incomplete translations are skipped and listed.
    #[arg(long = "notice", value_name = "ID")]
    pub notices: Vec<String>,
    /// Build only this locale (repeatable), e.g. `lv` or `pt-BR`. A notice whose translation
    /// into a named locale is incomplete is an error (exit 1), not a skip.
    #[arg(long = "locale", value_name = "TAG")]
    pub locales: Vec<String>,
    /// Output folder, relative to the project root.
    #[arg(long, value_name = "DIR", default_value = "output")]
    pub out: PathBuf,
    /// Fill missing messages from English and mark every page DRAFT (never for release).
    #[arg(long)]
    pub draft: bool,
    /// Also build the source locale pseudolocalized as `en-XA` (accented, ~40% longer), to find
    /// text that overflows its box before real translations arrive.
    #[arg(long)]
    pub pseudo: bool,
    /// Re-typeset every pair, even those whose inputs did not change since the last build.
    #[arg(long)]
    pub force: bool,
    /// Also write each generated Typst source next to its PDF, with style.typ and the fonts in
    /// the output folder, so plain typst-cli can typeset it:
    /// `typst compile --root OUT --font-path OUT/fonts --ignore-system-fonts FILE.typ`.
    #[arg(long)]
    pub emit_typst: bool,
    /// Number of parallel jobs (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Build one letter and reply form per recipient of FILE.csv, in the recipient's language,
    /// with its organisation, account and devices printed and prefilled in the form, into
    /// OUT/<NOTICE>/recipients/<account>/. Columns: account, organisation, address, contact,
    /// locale; optional notice, role, department, email, phone, product, lots, serials, quantity
    /// (one row per account and product). A recipient whose translation is incomplete is an
    /// error, never a letter in English.
    #[arg(long, value_name = "FILE.csv")]
    pub recipients: Option<PathBuf>,
    /// What the PDFs are for.
    #[arg(long, value_enum, default_value = "screen")]
    pub profile: noticegen::typeset::Profile,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Args)]
pub struct OutputArgs {
    /// Print every file, unchanged ones too, and every skipped pair on its own line.
    #[arg(long, short = 'v', conflicts_with = "quiet")]
    pub verbose: bool,
    /// Print only errors.
    #[arg(long, short = 'q')]
    pub quiet: bool,
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
pub struct WatchArgs {
    #[command(flatten)]
    pub build: BuildArgs,
    /// Stop after this many rebuilds (for scripts and tests).
    #[arg(long, hide = true)]
    pub exit_after: Option<usize>,
}

#[derive(Args)]
pub struct PreviewArgs {
    #[command(flatten)]
    pub project: ProjectArgs,
    #[arg(long = "notice", value_name = "ID")]
    pub notice: String,
    #[arg(long = "locale", value_name = "TAG")]
    pub locale: String,
    /// Only this page (1-based).
    #[arg(long, value_name = "N")]
    pub page: Option<usize>,
    /// Output folder; PNGs go to OUT/<NOTICE>/<tag>/preview/.
    #[arg(long, value_name = "DIR", default_value = "output")]
    pub out: PathBuf,
    /// Resolution in pixels per inch.
    #[arg(long, default_value = "100")]
    pub ppi: f32,
    /// Fill missing messages from English.
    #[arg(long)]
    pub draft: bool,
}

#[derive(Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub project: ProjectArgs,
    /// Also check a recipients CSV (as `build --recipients` reads it): its rows, and that every
    /// account's letter can be made in its language.
    #[arg(long, value_name = "FILE.csv")]
    pub recipients: Option<PathBuf>,
    /// With --recipients: the notice of rows without a `notice` column.
    #[arg(long = "notice", value_name = "ID", requires = "recipients")]
    pub notice: Option<String>,
    /// Output format of the findings.
    #[arg(long, value_enum, default_value = "human")]
    pub format: CheckFormat,
}

impl BuildArgs {
    /// The build the arguments ask for, and how much it prints.
    pub fn options(self) -> (BuildOptions, Verbosity) {
        let verbosity = self.output.verbosity();
        let args = self;
        let options = BuildOptions {
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
        };
        (options, verbosity)
    }
}
