//! The project lock: one writer at a time per project. A build and an XLIFF import both take it
//! before they read what they will change, so two builds never interleave their commits and two
//! imports never both "write" a file one of them then loses.
//!
//! The lock is an advisory OS file lock (`flock` on Unix, `LockFileEx` on Windows) on
//! `<root>/.noticegen.lock`: the OS drops it when the process ends, however it ends, so a killed
//! build never leaves a stale lock. The file itself stays (removing it would let a third process
//! lock a new file while a second still holds the old one); it holds the holder's process id for
//! the waiting message, and is git-ignored.

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, Write};
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;

/// The lock file's name, in the project root.
pub const LOCK_FILE: &str = ".noticegen.lock";

/// Held for as long as it lives; dropping it releases the lock.
#[derive(Debug)]
pub struct ProjectLock {
    file: File,
    path: PathBuf,
}

impl ProjectLock {
    /// Takes the lock of the project at `root` for `what` ("build", "xliff import"). When another
    /// process holds it, says so on stderr once and waits for it, as cargo does for its build
    /// directory.
    pub fn acquire(root: &Path, what: &str) -> Result<Self, Diagnostic> {
        let path = root.join(LOCK_FILE);
        let cannot = |e: std::io::Error| {
            Diagnostic::error(format!(
                "cannot lock the project (`{}`): {e}",
                path.display()
            ))
            .hint("noticegen keeps a lock file in the project root so that two builds or imports never write at once: the folder must be writable")
        };
        let mut file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(cannot)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let holder = holder(&mut file);
                eprintln!(
                    "   waiting for another noticegen process{holder} working on this project (`{}`) to finish before this {what}",
                    path.display()
                );
                file.lock().map_err(cannot)?;
            }
            Err(TryLockError::Error(e)) => return Err(cannot(e)),
        }
        // Who holds it now, for a process that waits next.
        let _ = file.set_len(0);
        let _ = file.rewind();
        let _ = writeln!(file, "{} {what}", std::process::id());
        Ok(Self { file, path })
    }

    /// Where the lock file is.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for ProjectLock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

/// " (pid 1234, build)", from what the holder wrote, when readable.
fn holder(file: &mut File) -> String {
    let mut text = String::new();
    if file.rewind().is_err() || file.take(64).read_to_string(&mut text).is_err() {
        return String::new();
    }
    let (pid, what) = text.trim().split_once(' ').unwrap_or((text.trim(), ""));
    // What another process wrote is shown only as digits, letters and spaces.
    let what: String = what
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == ' ')
        .take(40)
        .collect();
    if pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
        return String::new();
    }
    match what.trim() {
        "" => format!(" (pid {pid})"),
        what => format!(" (pid {pid}, {what})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_holder_waits_until_the_first_lets_go() {
        let dir = tempfile::tempdir().unwrap();
        let first = ProjectLock::acquire(dir.path(), "build").unwrap();
        let (sender, receiver) = std::sync::mpsc::channel();
        let root = dir.path().to_path_buf();
        let waiter = std::thread::spawn(move || {
            let second = ProjectLock::acquire(&root, "xliff import").unwrap();
            sender.send(()).unwrap();
            drop(second);
        });
        // The second does not get the lock while the first holds it.
        assert!(
            receiver
                .recv_timeout(std::time::Duration::from_millis(300))
                .is_err()
        );
        drop(first);
        receiver
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("the waiter takes the lock once it is free");
        waiter.join().unwrap();
        assert!(dir.path().join(LOCK_FILE).is_file());
    }

    #[test]
    fn an_unwritable_root_names_the_lock_file() {
        let err = ProjectLock::acquire(Path::new("/nonexistent/project"), "build").unwrap_err();
        assert!(err.message.contains(".noticegen.lock"), "{}", err.message);
    }
}
