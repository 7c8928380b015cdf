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

/// `noticegen init`: a new project, what was written and left alone, and what to do next.
pub fn init(options: &crate::init::InitOptions) -> ExitCode {
    use crate::init::Action;
    let report = match crate::init::init(options) {
        Ok(report) => report,
        Err(d) => return project_error(&[d]),
    };
    for (file, action) in &report.files {
        let file = file.display();
        match action {
            Action::Wrote => eprintln!("{:>10} {file}", "wrote"),
            Action::Replaced => eprintln!("{:>10} {file}", "replaced"),
            Action::Unchanged => eprintln!("{:>10} {file}", "unchanged"),
            Action::Added(lines) => eprintln!(
                "{:>10} {file} (added {})",
                "updated",
                lines
                    .iter()
                    .map(|l| format!("`{l}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Action::LeftAlone(why) => eprintln!("{:>10} {file}: {why}", "left alone"),
        }
    }
    let dir = options.dir.display();
    let kept = report.left_alone();
    if kept > 0 {
        eprintln!("\n{kept} file(s) that were there are left as they were (listed above).");
    }
    eprintln!(
        "\nA new project in {dir}. Next:\n  \
         cd {dir}\n  \
         noticegen check          validate it\n  \
         noticegen build          make the PDFs in output/\n\
         Then put your company's data in notices/manufacturers/my-company.yaml and your words in locales/."
    );
    ExitCode::SUCCESS
}

/// `noticegen xliff export`: one XLIFF file per locale into `out`.
pub fn xliff_export(
    root: &std::path::Path,
    locales: &[String],
    notice: Option<&str>,
    version: crate::xliff::Version,
    out: &std::path::Path,
) -> ExitCode {
    let mut ignored = Vec::new();
    let project = match crate::load::load_project(root, &mut ignored) {
        Ok(project) => project,
        Err(d) => return project_error(&[d]),
    };
    let tags: Vec<String> = if locales.is_empty() {
        project
            .locales
            .by_tag
            .keys()
            .filter(|t| **t != project.locales.source)
            .cloned()
            .collect()
    } else {
        locales.to_vec()
    };
    for tag in tags {
        let export = match crate::xliff::export(&project, &tag, notice) {
            Ok(export) => export,
            Err(d) => return project_error(&[d]),
        };
        let path = crate::xliff::import::export_path(out, &tag);
        let units: usize = export.files.iter().map(|f| f.units.len()).sum();
        let text = crate::xliff::xml::write(&export, version);
        if let Err(d) = crate::fsutil::write_if_changed(&path, text.as_bytes()) {
            return project_error(&[d]);
        }
        eprintln!("     wrote {} ({units} units)", path.display());
    }
    ExitCode::SUCCESS
}

/// `noticegen xliff import`: under the project lock, every file checked and the import planned;
/// only then the targets written into `locales/` (and reviews marked); then `check`.
pub fn xliff_import(root: &std::path::Path, files: &[std::path::PathBuf], mark: bool) -> ExitCode {
    let lock = match crate::lock::ProjectLock::acquire(root, "xliff import") {
        Ok(lock) => lock,
        Err(d) => return project_error(&[d]),
    };
    let mut load_errors = Vec::new();
    let project = match crate::load::load_project(root, &mut load_errors) {
        Ok(project) => project,
        Err(d) => return project_error(&[d]),
    };
    let plan = match crate::xliff::import::plan(&project, files) {
        Ok(plan) => plan,
        Err(refused) => {
            diag::print(&refused.diagnostics);
            eprintln!("import: {}; nothing was written", refused.summary());
            return ExitCode::from(1);
        }
    };
    let written = match crate::xliff::import::write(root, &plan) {
        Ok(written) => written,
        Err(d) => return project_error(&[d]),
    };
    for path in &written {
        eprintln!("     wrote {}", path.display());
    }
    eprintln!(
        "import: {} units read, {} file(s) changed",
        plan.units,
        written.len()
    );
    if mark {
        let mut load_errors = Vec::new();
        let project = match crate::load::load_project(root, &mut load_errors) {
            Ok(project) => project,
            Err(d) => return project_error(&[d]),
        };
        for (tag, ids) in &plan.reviewed {
            let ids: Vec<String> = ids.iter().cloned().collect();
            match crate::review::mark_reviewed(root, &project.locales, tag, &ids, &load_errors) {
                Ok(n) => eprintln!("   marked {n} message(s) of `{tag}` reviewed"),
                Err(d) => return project_error(&[d]),
            }
        }
    }
    drop(lock);
    eprintln!("checking the project after the import:");
    check(root, None, None, CheckFormat::Human)
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
