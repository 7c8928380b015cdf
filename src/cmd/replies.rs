//! `replies collect` and `replies keygen`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::diag::{self, Diagnostic};
use crate::forms::collect::{self, CollectOptions};
use crate::forms::inert;
use crate::forms::replies::FormBook;
use crate::forms::token::{self, ReplyKey};

/// What `replies collect` was given: what to read, and where the tables go.
#[derive(Debug)]
pub struct CollectArgs {
    /// The reply key is taken from the environment, and the form book from the project here.
    pub collect: CollectOptions,
    /// The project whose notices define the forms (`--root`).
    pub root: PathBuf,
    pub out: Option<PathBuf>,
    pub non_responders: Option<PathBuf>,
}

/// `noticegen replies collect`.
pub fn collect(args: CollectArgs) -> ExitCode {
    let mut options = args.collect;
    options.key = match ReplyKey::from_env(&args.root) {
        Ok(key) => key,
        Err(d) => {
            diag::print(&[d]);
            return ExitCode::from(2);
        }
    };
    // Load errors of single notices are `check`'s to report; a form of such a notice is
    // reported as not judged.
    let mut ignored = Vec::new();
    options.book = match crate::load::load_project(&args.root, &mut ignored) {
        Ok(project) => FormBook::from_project(&project),
        Err(d) => {
            diag::print(&[d.note(
                "`replies collect` judges each form by its notice's definition in the project",
            )]);
            return ExitCode::from(2);
        }
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
        Some(path) => crate::fsutil::write_if_changed(path, &collected.table).map(|_| ()),
        None => {
            use std::io::Write;
            let _ = std::io::stdout().write_all(&collected.table);
            Ok(())
        }
    };
    if let Err(d) = written {
        diag::print(&[d]);
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
            let line = format!(
                "    no reply: {} account {} ({})",
                m.notice, m.account, m.locale
            );
            eprintln!("{}", inert::terminal(&line));
        }
        if let Some(out) = &args.non_responders {
            let written = collect::non_responders_csv(&follow_up.missing)
                .map_err(|e| Diagnostic::error(format!("cannot make the CSV table: {e}")))
                .and_then(|csv| crate::fsutil::write_if_changed(out, &csv));
            if let Err(d) = written {
                diag::print(&[d]);
                return ExitCode::from(2);
            }
        }
    }
    let summary = &collected.summary;
    if summary.unreadable + summary.not_forms + summary.encrypted + summary.unknown_notice > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// `noticegen replies keygen`.
pub fn keygen(path: &Path, project_root: &Path) -> ExitCode {
    match token::generate_key_file(path, project_root) {
        Ok(path) => {
            eprintln!(
                "wrote a new reply key to {}; set {}={} for `build --recipients` and `replies collect`, and keep the file out of the repository",
                path.display(),
                token::KEY_FILE_VAR,
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
