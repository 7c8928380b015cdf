//! `noticegen xliff export` and `xliff import`: translations exchanged with CAT tools
//! ([`noticegen::xliff`]). Each loads the project once and prints every diagnostic the load
//! made.

use std::path::{Path, PathBuf};

use noticegen::diag::{self, Diagnostic, Loaded, ProjectError};
use noticegen::load::Project;
use noticegen::localize::Locales;
use noticegen::xliff::{Version, import};

use super::common::{ExitStatus, ProjectArgs, project_error};

/// Exchange translations with agencies' CAT tools (Trados, memoQ, Phrase...) as XLIFF.
#[derive(clap::Subcommand)]
pub enum Command {
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

pub fn run(command: Command) -> ExitStatus {
    match command {
        Command::Export {
            locales,
            notice,
            xliff_version,
            out,
            project,
        } => {
            let version = match xliff_version.as_str() {
                "1.2" => Version::V1_2,
                _ => Version::V2,
            };
            let out = project.root.join(out);
            let exported = export(&project.root, &locales, notice.as_deref(), version, &out);
            exported.unwrap_or_else(|stopped| project_error(&stopped.0))
        }
        Command::Import {
            files,
            mark_reviewed,
            project,
        } => import(&project.root, &files, mark_reviewed),
    }
}

/// `xliff export`: one XLIFF file per locale into `out`. The load's findings are printed
/// first; an error among them (a notice left out) makes the status [`ExitStatus::Failure`].
fn export(
    root: &Path,
    locales: &[String],
    notice: Option<&str>,
    version: Version,
    out: &Path,
) -> Result<ExitStatus, ProjectError> {
    let Loaded {
        value: project,
        diagnostics,
    } = noticegen::load::load_project(root)?;
    diag::print(&diagnostics);
    for tag in export_tags(&project, locales) {
        let export = noticegen::xliff::export(&project, &tag, notice)?;
        let path = import::export_path(out, &tag);
        let units: usize = export.files.iter().map(|f| f.units.len()).sum();
        let text = noticegen::xliff::xml::write(&export, version);
        noticegen::fsutil::write_if_changed(&path, text.as_bytes())?;
        eprintln!("     wrote {} ({units} units)", path.display());
    }
    Ok(ExitStatus::failure_if(
        diagnostics.iter().any(Diagnostic::is_error),
    ))
}

/// The locales named, or every locale but the source.
fn export_tags(project: &Project, locales: &[String]) -> Vec<String> {
    if !locales.is_empty() {
        return locales.to_vec();
    }
    let source = &project.locales.source;
    project
        .locales
        .by_tag
        .keys()
        .filter(|t| *t != source)
        .cloned()
        .collect()
}

/// `xliff import`: under the project lock, every file checked and the import planned; only
/// then the targets written into `locales/` (and reviews marked); then `check` of the files
/// as written, which reports the project's findings. When the import stops before that
/// check, the load's findings are printed with the reason.
fn import(root: &Path, files: &[PathBuf], mark: bool) -> ExitStatus {
    let lock = match noticegen::lock::ProjectLock::acquire(root, "xliff import") {
        Ok(lock) => lock,
        Err(d) => return project_error(&[d]),
    };
    let Loaded {
        value: project,
        mut diagnostics,
    } = match noticegen::load::load_project(root) {
        Ok(loaded) => loaded,
        Err(stopped) => return project_error(&stopped.0),
    };
    let plan = match import::plan(&project, files) {
        Ok(plan) => plan,
        Err(refused) => {
            diagnostics.extend(refused.diagnostics.iter().cloned());
            diag::print(&diagnostics);
            eprintln!("import: {}; nothing was written", refused.summary());
            return ExitStatus::Failure;
        }
    };
    let written = import::write(root, &plan)
        .map_err(ProjectError::from)
        .and_then(|written| {
            for path in &written {
                eprintln!("     wrote {}", path.display());
            }
            eprintln!(
                "import: {} units read, {} file(s) changed",
                plan.units,
                written.len()
            );
            if mark {
                mark_reviewed(root, &project, &plan)
            } else {
                Ok(())
            }
        });
    if let Err(ProjectError(errors)) = written {
        diagnostics.extend(errors);
        return project_error(&diagnostics);
    }
    drop(lock);
    eprintln!("checking the project after the import:");
    super::check::check_project(root)
}

/// Records the units the files mark reviewed. The locales are read again, as just written
/// (the notices and profiles are not): a review is of the translation now in the file.
fn mark_reviewed(root: &Path, project: &Project, plan: &import::Plan) -> Result<(), ProjectError> {
    let Loaded {
        value: locales,
        diagnostics: written,
    } = Locales::load(root, &project.locales.source)?;
    for (tag, ids) in &plan.reviewed {
        let ids: Vec<String> = ids.iter().cloned().collect();
        let n = noticegen::review::mark_reviewed(root, &locales, tag, &ids, &written)?;
        eprintln!("   marked {n} message(s) of `{tag}` reviewed");
    }
    Ok(())
}
