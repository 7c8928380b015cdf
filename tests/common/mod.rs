//! Helpers shared by the integration tests: run the real binary, read PDFs back.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;

pub fn examples() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn noticegen() -> Command {
    let mut cmd = Command::cargo_bin("noticegen").expect("binary built");
    cmd.env("NO_COLOR", "1").env_remove("SOURCE_DATE_EPOCH");
    cmd
}

pub struct Run {
    pub code: i32,
    pub stderr: String,
    pub stdout: String,
}

pub fn run(cmd: &mut Command) -> Run {
    let output = cmd.output().expect("noticegen runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
    }
}

pub fn build(root: &Path, out: &Path, extra: &[&str]) -> Run {
    run(noticegen()
        .arg("build")
        .arg("--root")
        .arg(root)
        .arg("--out")
        .arg(out)
        .args(extra))
}

pub fn pdf_text(path: &Path) -> String {
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (Debian package poppler-utils) is installed");
    assert!(
        output.status.success(),
        "pdftotext failed on {}",
        path.display()
    );
    String::from_utf8(output.stdout).expect("utf-8")
}

pub fn manifest(out: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(out.join("manifest.json")).expect("manifest written"))
        .expect("manifest is JSON")
}

/// A copy of the example project to break on purpose.
pub fn project_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for folder in ["notices", "locales"] {
        copy_dir(&examples().join(folder), &dir.path().join(folder));
    }
    dir
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

pub fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(
        text.contains(from),
        "{} does not contain {from:?}",
        path.display()
    );
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// Fills a form with pypdf (tests/support/fill_form.py; see its usage for `args`); returns its
/// JSON report: the fields found (with the values they held), what was filled, what reads back.
pub fn fill_form(src: &Path, dst: &Path, args: &[&str]) -> serde_json::Value {
    let script = examples().join("tests/support/fill_form.py");
    let output = Command::new("python3")
        .arg(script)
        .arg(src)
        .arg(dst)
        .args(args)
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "pypdf: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("fill_form.py prints JSON")
}
