//! File-system helpers: every error names its path; writes are atomic and change-aware.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, display_path};

/// The name prefix of the temporary files [`write_if_changed`] writes next to their target. A
/// killed process can leave one behind: loaders and the watcher skip them, an import clears them.
pub const TEMP_PREFIX: &str = ".noticegen-";

/// Whether `path` is one of our temporary files (by its file name).
pub fn is_temp_file(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with(TEMP_PREFIX))
}

/// Entries of a directory, sorted by name so builds do not depend on directory order.
pub fn read_dir_sorted(dir: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Diagnostic::error(format!("cannot read folder `{}`: {e}", dir.display())))?;
    let mut paths = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| {
            Diagnostic::error(format!("cannot read folder `{}`: {e}", dir.display()))
        })?;
        paths.push(entry.path());
    }
    paths.sort();
    Ok(paths)
}

/// Reads a UTF-8 text file; a leading BOM is dropped and CRLF line ends become LF, so
/// positions in diagnostics match what editors show.
pub fn read_text(path: &Path, root: &Path) -> Result<String, Diagnostic> {
    let shown = display_path(root, path);
    let bytes = std::fs::read(path)
        .map_err(|e| Diagnostic::error(format!("cannot read `{}`: {e}", shown.display())))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        Diagnostic::error(format!(
            "`{}` is not UTF-8 text (invalid byte at offset {offset})",
            shown.display()
        ))
        .hint("save the file as UTF-8")
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    Ok(if text.contains('\r') {
        text.replace("\r\n", "\n")
    } else {
        text.to_string()
    })
}

/// Writes `bytes` to `path` unless it already holds exactly them (its mtime then stays).
/// The bytes go to a temporary file in the same folder, which is then renamed over the target:
/// a failed or killed build never leaves a torn file. Returns whether the file changed; an
/// error names the path.
pub fn write_if_changed(path: &Path, bytes: &[u8]) -> Result<bool, Diagnostic> {
    write_atomically(path, bytes)
        .map_err(|e| Diagnostic::error(format!("cannot write `{}`: {e}", path.display())))
}

fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<bool> {
    if let Ok(existing) = std::fs::read(path)
        && existing == bytes
    {
        return Ok(false);
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempfile_in(dir)?;
    // No fsync: the rename is what makes the write atomic for a killed build; durability across
    // a power cut is not worth 150 syncs per release build (cargo does not sync either).
    temp.write_all(bytes)?;
    // Temporary files are private (0600); an output is an ordinary document.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        temp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))?;
    }
    temp.persist(path).map_err(|e| e.error)?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_crlf_are_normalised() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.ftl");
        std::fs::write(&path, "\u{feff}a = 1\r\nb = 2\r\n").unwrap();
        assert_eq!(read_text(&path, dir.path()).unwrap(), "a = 1\nb = 2\n");
        std::fs::write(&path, [0x61, 0xff, 0x62]).unwrap();
        let err = read_text(&path, dir.path()).unwrap_err();
        assert!(err.message.contains("not UTF-8"), "{}", err.message);
    }

    #[test]
    fn unchanged_content_is_not_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x/out.pdf");
        assert!(write_if_changed(&path, b"one").unwrap());
        assert!(!write_if_changed(&path, b"one").unwrap());
        assert!(write_if_changed(&path, b"two").unwrap());
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let leftovers = std::fs::read_dir(dir.path().join("x")).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");
    }
}
