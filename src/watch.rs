//! `noticegen watch`: build, then rebuild what changed whenever a notice, translation or
//! template is saved, with a one-line status per rebuild. Incremental builds make a rebuild
//! cost only the pairs whose inputs changed.

use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

use crate::diag::{self, Diagnostic};
use crate::pipeline::{self, BuildOptions, ProjectError, report::Verbosity};

/// Watches `notices/`, `locales/` and `templates/` under the root; never returns unless the
/// watcher cannot start. `max_rebuilds` bounds the loop (for tests).
pub fn watch(
    options: &BuildOptions,
    verbosity: Verbosity,
    max_rebuilds: Option<usize>,
) -> Result<(), Diagnostic> {
    let once = |options: &BuildOptions| match pipeline::build(options, &pipeline::Quiet) {
        Ok(report) => pipeline::report::print(&report, verbosity),
        Err(ProjectError(diagnostics)) => diag::print(&diagnostics),
    };
    once(options);

    let (sender, receiver) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // Our own temporary files (an atomic write in progress, or one a killed process left)
        // are no change to rebuild for.
        if let Ok(event) = event
            && !matches!(event.kind, notify::EventKind::Access(_))
            && !event.paths.iter().all(|p| crate::fsutil::is_temp_file(p))
        {
            let _ = sender.send(event);
        }
    })
    .map_err(|e| Diagnostic::error(format!("cannot watch files: {e}")))?;
    for folder in ["notices", "locales", "templates"] {
        let path = options.root.join(folder);
        if path.is_dir() {
            watcher
                .watch(&path, RecursiveMode::Recursive)
                .map_err(|e| {
                    Diagnostic::error(format!("cannot watch `{}`: {e}", path.display()))
                })?;
        }
    }
    eprintln!(
        "watching {} for changes (Ctrl-C to stop)",
        options.root.display()
    );
    let mut rebuilds = 0;
    while let Ok(event) = receiver.recv() {
        // Editors save in bursts (temp file, rename, touch): wait for quiet, then rebuild once.
        let shown_paths = |event: &notify::Event| -> Vec<String> {
            event
                .paths
                .iter()
                .filter(|p| !crate::fsutil::is_temp_file(p))
                .map(|p| shown(&options.root, p))
                .collect()
        };
        let mut changed = shown_paths(&event);
        while let Ok(more) = receiver.recv_timeout(Duration::from_millis(150)) {
            changed.extend(shown_paths(&more));
        }
        changed.sort();
        changed.dedup();
        eprint!("changed {}: ", changed.join(", "));
        once(options);
        rebuilds += 1;
        if max_rebuilds.is_some_and(|max| rebuilds >= max) {
            break;
        }
    }
    Ok(())
}

fn shown(root: &Path, path: &Path) -> String {
    diag::display_path(root, path).display().to_string()
}
