//! File-system helpers: every error names its path; writes are atomic and change-aware.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, SourceText, display_path};

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
    let text = String::from_utf8(bytes).map_err(|e| not_utf8(&shown, e))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    Ok(if text.contains('\r') {
        text.replace("\r\n", "\n")
    } else {
        text.to_string()
    })
}

/// "not UTF-8", at the line and column of the first byte that is not (columns counted in
/// characters, as editors count them), the line shown with the bad bytes replaced.
fn not_utf8(shown: &Path, error: std::string::FromUtf8Error) -> Diagnostic {
    let utf8 = error.utf8_error();
    let bytes = error.into_bytes();
    let start = utf8.valid_up_to();
    let len = utf8.error_len().unwrap_or(bytes.len() - start);
    let bad: Vec<String> = bytes[start..start + len]
        .iter()
        .map(|b| format!("0x{b:02X}"))
        .collect();
    let lossy = String::from_utf8_lossy(&bytes);
    let bom = usize::from(lossy.starts_with('\u{feff}'));
    let valid = std::str::from_utf8(&bytes[..start]).unwrap_or_default();
    let line = valid.matches('\n').count() + 1;
    let line_start = valid.rfind('\n').map_or(0, |i| i + 1);
    let column = valid[line_start..].chars().count() + 1 - if line == 1 { bom } else { 0 };
    let text = lossy
        .strip_prefix('\u{feff}')
        .unwrap_or(&lossy)
        .replace("\r\n", "\n");
    let source = SourceText::new(shown, text);
    Diagnostic::error(format!(
        "`{}` is not UTF-8 text: line {line}, column {column} holds the byte{} {}, which UTF-8 does not allow there",
        shown.display(),
        if bad.len() == 1 { "" } else { "s" },
        bad.join(" ")
    ))
    .at_line_col(&source, line, column, 1)
    .hint("save the file as UTF-8 (a text editor's \"Save with encoding\", a spreadsheet's \"CSV UTF-8\"); a file in Windows-1252 or Latin-1 is not")
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
    std::fs::create_dir_all(dir).map_err(|e| match not_a_folder(dir) {
        Some(file) => std::io::Error::new(
            e.kind(),
            format!(
                "`{}` is a file (or a link to nothing), where a folder must be",
                file.display()
            ),
        ),
        None => e,
    })?;
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

/// The nearest of `dir` and its ancestors that exists but is not a folder (a file, or a
/// symbolic link to nothing), if any.
pub fn not_a_folder(dir: &Path) -> Option<&Path> {
    dir.ancestors()
        .filter(|a| !a.as_os_str().is_empty())
        .find(|a| std::fs::symlink_metadata(a).is_ok())
        .filter(|a| !a.is_dir())
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
        assert_eq!(err.location().as_deref(), Some("a.ftl:1:2"));
        let mut bytes = "\u{feff}a = 1\r\nbé = ".as_bytes().to_vec();
        bytes.extend([0xe9, b't', b'\n']);
        std::fs::write(&path, bytes).unwrap();
        let err = read_text(&path, dir.path()).unwrap_err();
        assert_eq!(
            err.location().as_deref(),
            Some("a.ftl:2:6"),
            "{}",
            err.message
        );
        assert!(
            err.message.contains("line 2, column 6 holds the byte 0xE9"),
            "{}",
            err.message
        );
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
