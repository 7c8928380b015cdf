//! `noticegen watch`: build, then rebuild whenever an input of the build changes, with a
//! one-line status per rebuild. The inputs are what a build reads: `notices/` (with the
//! manufacturer profiles), `locales/`, `templates/`, `noticegen.yaml`, the profiles' logos and
//! the recipients CSV. Incremental builds make a rebuild cost only the pairs whose inputs
//! changed.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::{Event, EventHandler, EventKind, RecommendedWatcher, RecursiveMode, Watcher};
use notify_debouncer_mini::{Config, DebounceEventResult, Debouncer, new_debouncer_opt};

use crate::diag::ProjectError;
use crate::diag::{self, Diagnostic};
use crate::pipeline::{self, BuildOptions, report::Verbosity};

/// How long a file must be quiet before a rebuild: editors save in bursts (temp file, rename,
/// touch).
const QUIET: Duration = Duration::from_millis(250);

/// Builds, then rebuilds on every change of an input; never returns unless the watcher cannot
/// start. `max_rebuilds` bounds the loop (for tests).
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
    let config = Config::default().with_timeout(QUIET);
    let mut debouncer = new_debouncer_opt::<_, Changes>(config, sender)
        .map_err(|e| Diagnostic::error(format!("cannot watch files: {e}")))?;
    // The watcher reports absolute paths.
    let root = std::path::absolute(&options.root).unwrap_or_else(|_| options.root.clone());
    let mut inputs = Inputs::of(&root, options.recipients.as_deref());
    let mut watched = BTreeSet::new();
    rewatch(&mut debouncer, &mut watched, &inputs);
    eprintln!(
        "watching {} for changes (Ctrl-C to stop)",
        options.root.display()
    );
    let mut rebuilds = 0;
    while let Ok(batch) = receiver.recv() {
        let mut changed = inputs.changed(&root, batch);
        // Batches that came in meanwhile are one change.
        while let Ok(more) = receiver.try_recv() {
            changed.extend(inputs.changed(&root, more));
        }
        if changed.is_empty() {
            continue;
        }
        eprint!("changed {}: ", Vec::from_iter(changed).join(", "));
        once(options);
        // A profile may now name another logo.
        inputs = Inputs::of(&root, options.recipients.as_deref());
        rewatch(&mut debouncer, &mut watched, &inputs);
        rebuilds += 1;
        if max_rebuilds.is_some_and(|max| rebuilds >= max) {
            break;
        }
    }
    Ok(())
}

/// What a build reads: folders, read whole, and single files.
#[derive(Debug, PartialEq)]
struct Inputs {
    folders: Vec<PathBuf>,
    files: BTreeSet<PathBuf>,
}

impl Inputs {
    /// The inputs of a build of `root` (with `recipients`), as the build names them; `root`
    /// absolute, as the watcher's paths are.
    fn of(root: &Path, recipients: Option<&Path>) -> Self {
        let named = ["notices", "locales", "templates"].map(|f| root.join(f));
        let mut files: BTreeSet<PathBuf> = named.iter().cloned().collect();
        files.insert(root.join(crate::config::PROJECT_FILE));
        // The profiles as the build loads them; their problems are the build's to report.
        if let Ok(profiles) = crate::profiles::load(root) {
            files.extend(
                (profiles.value.0)
                    .into_values()
                    .filter_map(|m| m.logo.map(|l| l.source)),
            );
        }
        // The build reads the CSV relative to the working directory.
        files.extend(recipients.and_then(|p| std::path::absolute(p).ok()));
        Self {
            folders: named.into_iter().filter(|f| f.is_dir()).collect(),
            files,
        }
    }

    /// Whether a change at `path` can change the build.
    fn covers(&self, path: &Path) -> bool {
        self.files.contains(path) || self.folders.iter().any(|f| path.starts_with(f))
    }

    /// What to hand the watcher: the folders, and each file's folder (an editor may save by
    /// renaming a new file over the old one, which a watch of the file itself would miss).
    fn watches(&self) -> BTreeSet<(PathBuf, bool)> {
        let in_folder = |p: &Path| self.folders.iter().any(|f| p.starts_with(f));
        let parents = self
            .files
            .iter()
            .filter_map(|f| f.parent())
            .filter(|p| !in_folder(p) && p.is_dir())
            .map(|p| (p.to_path_buf(), false));
        self.folders
            .iter()
            .map(|f| (f.clone(), true))
            .chain(parents)
            .collect()
    }

    /// The changed inputs of a debounced batch, as shown to the user.
    fn changed(&self, root: &Path, batch: DebounceEventResult) -> BTreeSet<String> {
        let events = batch.unwrap_or_else(|e| {
            eprintln!("watch: {e}");
            Vec::new()
        });
        events
            .into_iter()
            .filter(|e| self.covers(&e.path))
            .map(|e| diag::display_path(root, &e.path).display().to_string())
            .collect()
    }
}

/// Brings the watcher's folders in line with `inputs`; a folder that cannot be watched is
/// reported and left out.
fn rewatch(
    debouncer: &mut Debouncer<Changes>,
    watched: &mut BTreeSet<(PathBuf, bool)>,
    inputs: &Inputs,
) {
    let wanted = inputs.watches();
    for (path, _) in watched.difference(&wanted) {
        let _ = debouncer.watcher().unwatch(path);
    }
    for (path, recursive) in wanted.difference(watched) {
        let mode = match recursive {
            true => RecursiveMode::Recursive,
            false => RecursiveMode::NonRecursive,
        };
        if let Err(e) = debouncer.watcher().watch(path, mode) {
            let d = Diagnostic::warning(format!("cannot watch `{}`: {e}", path.display()));
            diag::print(&[d.hint("changes there do not rebuild; restart `watch` to retry")]);
        }
    }
    *watched = wanted;
}

/// The platform's watcher, passing on only changes: inotify also reports every file the build
/// opens, and our own temporary files (an atomic write in progress, or one a killed process
/// left) are no change either.
struct Changes(RecommendedWatcher);

impl Watcher for Changes {
    fn new<F: EventHandler>(mut handler: F, config: notify::Config) -> notify::Result<Self> {
        let filter = move |event: notify::Result<Event>| {
            let change = event.as_ref().map_or(true, |e| {
                !matches!(e.kind, EventKind::Access(_))
                    && !e.paths.iter().all(|p| crate::fsutil::is_temp_file(p))
            });
            if change {
                handler.handle_event(event);
            }
        };
        RecommendedWatcher::new(filter, config).map(Self)
    }

    fn watch(&mut self, path: &Path, recursive_mode: RecursiveMode) -> notify::Result<()> {
        self.0.watch(path, recursive_mode)
    }

    fn unwatch(&mut self, path: &Path) -> notify::Result<()> {
        self.0.unwatch(path)
    }

    fn kind() -> notify::WatcherKind {
        RecommendedWatcher::kind()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example project whose letterhead has a logo, and that logo.
    fn example_with_logo() -> (PathBuf, PathBuf) {
        let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
        crate::fsutil::read_dir_sorted(&examples)
            .unwrap()
            .into_iter()
            .find_map(|root| {
                let root = std::path::absolute(root).unwrap();
                let (profiles, _) = crate::profiles::load(&root).ok()?.value;
                let logo = profiles.into_values().find_map(|m| m.logo)?;
                Some((root, logo.source))
            })
            .expect("an example's letterhead has a logo")
    }

    #[test]
    fn the_inputs_are_what_the_build_reads() {
        let (root, logo) = example_with_logo();
        let inputs = Inputs::of(&root, None);
        assert!(inputs.covers(&root.join("noticegen.yaml")));
        assert!(inputs.covers(&logo), "{inputs:?}");
        assert!(inputs.covers(&root.join("notices/manufacturers/any.yaml")));
        assert!(inputs.covers(&root.join("locales/de/common.ftl")));
        assert!(!inputs.covers(&logo.with_file_name("other.svg")));
        assert!(!inputs.covers(&root.join("output/manifest.json")));
        let watches = inputs.watches();
        let logo_folder = logo.parent().unwrap().to_path_buf();
        assert!(watches.contains(&(logo_folder, false)), "{watches:?}");
        assert!(watches.contains(&(root.clone(), false)));
        assert!(watches.contains(&(root.join("notices"), true)));
        assert!(
            !watches
                .iter()
                .any(|(p, _)| p.starts_with(root.join("notices")) && *p != root.join("notices")),
            "nothing inside a folder watched whole: {watches:?}"
        );
    }
}
