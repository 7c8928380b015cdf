//! The commit of a build, as one transaction: the staged outputs move into place and the
//! manifest is rewritten so that, wherever the process is killed, every file in the output
//! folder is described by the manifest on disk.
//!
//! The order:
//! 1. check that every folder a file goes to or leaves is writable and that nothing stands in
//!    a file's way; on any problem nothing has been touched;
//! 2. write the new manifest with a `committing` list: the earlier entries of every file about
//!    to be replaced or removed, so each file matches one of its two entries from here on;
//! 3. one rename per changed file, then the removals;
//! 4. write the new manifest alone, then clear the staging folder.
//!
//! A build that finds a manifest with `committing` left (a commit was killed) reads it through
//! [`Manifest::settle`], which keeps for each such file the entry its bytes match.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::Removed;
use crate::diag::Diagnostic;
use crate::output::{self, Manifest};

/// A test hook: with this variable set to N, the process aborts (no clean-up, as a kill) right
/// after step N of the commit, counting each manifest write, rename and removal.
/// `tests/testsuite/transaction.rs` kills a build at every step this way.
const ABORT_AFTER_STEP: &str = "__NOTICEGEN_TEST_ABORT_AFTER_COMMIT_STEP";

/// What a build commits.
pub struct Commit<'a> {
    pub out: &'a Path,
    /// The previous build's manifest, settled.
    pub previous: Option<&'a Manifest>,
    /// This build's manifest.
    pub manifest: &'a Manifest,
    /// The artifacts of the pairs this build made; those it staged are moved into place.
    pub made: Vec<&'a str>,
    /// Earlier outputs to delete (those the new manifest still lists stay).
    pub removed: &'a [Removed],
}

/// Runs the commit; returns the earlier outputs it removed. The staging folder is cleared
/// however it ends.
pub fn commit(commit: &Commit) -> Result<Vec<Removed>, Diagnostic> {
    let result = run(commit);
    output::discard_staging(commit.out);
    result
}

fn run(commit: &Commit) -> Result<Vec<Removed>, Diagnostic> {
    let out = commit.out;
    let listed: BTreeSet<&str> = commit
        .manifest
        .artifacts
        .iter()
        .map(|a| a.path.as_str())
        .collect();
    let moves: Vec<&str> = commit
        .made
        .iter()
        .copied()
        .filter(|relative| output::staged_path(out, relative).is_file())
        .collect();
    // Only paths the previous manifest recorded, inside `out`, are ever removed.
    let removals: Vec<&Removed> = commit
        .removed
        .iter()
        .filter(|r| is_inside(&r.path) && !listed.contains(r.path.as_str()))
        .filter(|r| out.join(&r.path).is_file())
        .collect();
    preflight(out, &moves, &removals)?;

    let mut steps = Steps::from_env();
    if !moves.is_empty() || !removals.is_empty() {
        let changing: BTreeSet<&str> = moves
            .iter()
            .copied()
            .chain(removals.iter().map(|r| r.path.as_str()))
            .collect();
        let mut transitional = commit.manifest.clone();
        transitional.committing = commit
            .previous
            .map(|previous| {
                previous
                    .artifacts
                    .iter()
                    .filter(|a| changing.contains(a.path.as_str()))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default();
        transitional.write(out)?;
        steps.done();
    }
    for relative in &moves {
        let target = out.join(relative);
        let moved = target
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::rename(output::staged_path(out, relative), &target));
        moved.map_err(|e| {
            interrupted(format!(
                "cannot move `{}` into place: {e}",
                target.display()
            ))
        })?;
        steps.done();
    }
    let mut removed = Vec::new();
    for entry in removals {
        let file = out.join(&entry.path);
        std::fs::remove_file(&file)
            .map_err(|e| interrupted(format!("cannot remove `{}`: {e}", file.display())))?;
        remove_empty_folders(out, &file);
        removed.push(entry.clone());
        steps.done();
    }
    commit.manifest.write(out)?;
    steps.done();
    Ok(removed)
}

/// Every folder the commit writes in must take a new file, and no folder may stand where a PDF
/// goes (nor a file where a folder must be): checked by trying, before anything is replaced.
fn preflight(out: &Path, moves: &[&str], removals: &[&Removed]) -> Result<(), Diagnostic> {
    let untouched =
        "nothing was replaced: the outputs and the manifest are as the previous build left them";
    let in_the_way = |path: &Path, what: &str| {
        Diagnostic::error(format!("`{}` is in the way: {what}", path.display()))
            .note(untouched)
            .hint("move it away, then build again")
    };
    let mut folders: BTreeSet<PathBuf> = BTreeSet::new();
    let manifest = out.join(output::MANIFEST);
    for target in moves.iter().map(|r| out.join(r)).chain([manifest]) {
        if let Ok(meta) = std::fs::symlink_metadata(&target)
            && meta.is_dir()
        {
            return Err(in_the_way(
                &target,
                "a folder where the build writes a file",
            ));
        }
        // The nearest folder that exists: the missing ones below it are made in it.
        let mut folder = target.parent();
        while let Some(dir) = folder {
            match std::fs::symlink_metadata(dir) {
                Ok(meta) if meta.is_dir() => {
                    folders.insert(dir.to_path_buf());
                    break;
                }
                Ok(_) => return Err(in_the_way(dir, "a file where the build needs a folder")),
                Err(_) => folder = dir.parent(),
            }
        }
    }
    for entry in removals {
        if let Some(dir) = out.join(&entry.path).parent() {
            folders.insert(dir.to_path_buf());
        }
    }
    for folder in &folders {
        let probe = tempfile::Builder::new()
            .prefix(".noticegen-probe-")
            .tempfile_in(folder);
        if let Err(e) = probe {
            return Err(
                Diagnostic::error(format!("cannot write in `{}`: {e}", folder.display()))
                    .note(untouched)
                    .hint("make the folder writable, then build again"),
            );
        }
    }
    Ok(())
}

/// An error after the commit began: the manifest on disk still describes every file.
fn interrupted(message: String) -> Diagnostic {
    Diagnostic::error(message).note(
        "the manifest lists the earlier and the new version of each file being changed; the next build settles it",
    )
}

/// A manifest path that stays inside the output folder.
fn is_inside(path: &str) -> bool {
    !path.starts_with('/') && !path.split('/').any(|part| part == ".." || part.is_empty())
}

/// Drops the folders a removal emptied (`<NOTICE>/<tag>`, then `<NOTICE>`).
fn remove_empty_folders(out: &Path, file: &Path) {
    let mut dir = file.parent();
    while let Some(d) = dir {
        if d == out || std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}

/// Counts the commit's steps for [`ABORT_AFTER_STEP`].
struct Steps {
    abort_after: Option<usize>,
    done: usize,
}

impl Steps {
    fn from_env() -> Self {
        Self {
            abort_after: std::env::var(ABORT_AFTER_STEP)
                .ok()
                .and_then(|n| n.parse().ok()),
            done: 0,
        }
    }

    fn done(&mut self) {
        self.done += 1;
        if self.abort_after == Some(self.done) {
            std::process::abort();
        }
    }
}
