//! `noticegen replies collect` and `replies keygen`: returned verification forms
//! ([`noticegen::forms::collect`], [`noticegen::forms::token`]).

use std::path::{Path, PathBuf};

use noticegen::diag::{self, Diagnostic, ProjectError};
use noticegen::forms::collect::{self, CollectOptions, Collected, TableFormat};
use noticegen::forms::inert;
use noticegen::forms::replies::FormBook;
use noticegen::forms::token::{self, ReplyKey};

use super::common::{ExitStatus, ProjectArgs, project_error};

/// Work with returned verification forms.
#[derive(clap::Subcommand)]
pub enum Command {
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

#[derive(clap::Args)]
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
    /// With --manifest: write the non-responders here as CSV (notice, account, locale, letter,
    /// and the state of its e-mail by the send log of `mail send`).
    #[arg(long, value_name = "FILE.csv", requires = "manifest")]
    pub non_responders: Option<PathBuf>,
    /// Each form is judged by its notice's form definition in this project (matched by the
    /// notice the PDF records), never by the PDF's own field flags.
    #[command(flatten)]
    pub project: ProjectArgs,
}

pub fn run(command: Command) -> ExitStatus {
    match command {
        Command::Collect(args) => match collect(&args) {
            Ok(status) => status,
            Err(stopped) => project_error(&stopped.0),
        },
        Command::Keygen { file, project } => keygen(&file, &project.root),
    }
}

/// `noticegen replies collect`: `Err` is a problem with the project, the key or an output.
fn collect(args: &CollectArgs) -> Result<ExitStatus, ProjectError> {
    let root = &args.project.root;
    let key = ReplyKey::from_env(root)?;
    // A form of a notice that does not load is reported as not judged; the notice's own errors
    // are printed first, so the reason is on screen.
    let project = noticegen::load::load_project(root).map_err(|ProjectError(mut errors)| {
        if let Some(last) = errors.pop() {
            errors.push(last.note(
                "`replies collect` judges each form by its notice's definition in the project",
            ));
        }
        ProjectError(errors)
    })?;
    diag::print(&project.diagnostics);
    let project = project.value;
    let options = CollectOptions {
        files: args.files.clone(),
        format: args.format,
        manifest: args.manifest.clone(),
        key,
        book: FormBook::from_project(&project),
    };
    let collected = collect::collect(&options)?;
    diag::print(&collected.diagnostics);
    match &args.out {
        Some(path) => noticegen::fsutil::write_if_changed(path, &collected.table).map(|_| ())?,
        None => {
            use std::io::Write;
            let _ = std::io::stdout().write_all(&collected.table);
        }
    }
    eprintln!("{}", collected.summary);
    follow_up(&collected, args.non_responders.as_deref())?;
    let summary = &collected.summary;
    Ok(ExitStatus::failure_if(
        summary.unreadable + summary.not_forms + summary.encrypted + summary.unknown_notice > 0,
    ))
}

/// With a manifest: who replied, who did not, and the non-responders' table.
fn follow_up(collected: &Collected, non_responders: Option<&Path>) -> Result<(), Diagnostic> {
    let Some(follow_up) = &collected.follow_up else {
        return Ok(());
    };
    eprintln!(
        "{} recipients: {} replied, {} not replied",
        follow_up.sent,
        follow_up.replied(),
        follow_up.missing.len()
    );
    for m in &follow_up.missing {
        let email = if follow_up.emailed {
            format!("; e-mail: {}", m.email)
        } else {
            String::new()
        };
        let line = format!(
            "    no reply: {} account {} ({}){email}",
            m.notice, m.account, m.locale
        );
        eprintln!("{}", inert::terminal(&line));
    }
    if let Some(out) = non_responders {
        let csv = collect::non_responders_csv(&follow_up.missing)
            .map_err(|e| Diagnostic::error(format!("cannot make the CSV table: {e}")))?;
        noticegen::fsutil::write_if_changed(out, &csv)?;
    }
    Ok(())
}

/// `noticegen replies keygen`.
fn keygen(path: &Path, project_root: &Path) -> ExitStatus {
    match token::generate_key_file(path, project_root) {
        Ok(path) => {
            eprintln!(
                "wrote a new reply key to {}; set {}={} for `build --recipients` and `replies collect`, and keep the file out of the repository",
                path.display(),
                token::KEY_FILE_VAR,
                path.display()
            );
            ExitStatus::Success
        }
        Err(d) => {
            diag::print(&[d]);
            ExitStatus::Error
        }
    }
}
