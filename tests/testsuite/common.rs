//! Helpers shared by the integration tests: run the real binary, read PDFs back.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use assert_cmd::cargo::CommandCargoExt;

/// The repository: the built-in templates, the test support scripts, the README.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The example project the tests build (it has no `templates/`: it builds with the built-ins).
pub fn example() -> PathBuf {
    repo().join("examples/illumina")
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

/// Runs Python (with the tests' PDF readers) on `args`; returns its standard output, failing
/// the test with its standard error when it fails.
pub fn python_ok<I, S>(args: I) -> String
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let output = python().args(args).output().expect("python3 runs");
    assert!(
        output.status.success(),
        "python3 failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("utf-8")
}

/// The text of a PDF as PDFium extracts it (tests/support/pdf_text.py).
pub fn pdf_text(path: &Path) -> String {
    python_ok([repo().join("tests/support/pdf_text.py").as_path(), path])
}

/// pikepdf's report on each PDF (tests/support/pdf_check.py): `problems` of its syntax check
/// (as `qpdf --check`), `fonts` with whether each is embedded (as `pdffonts`), `pages`.
pub fn pdf_check(pdfs: &[PathBuf]) -> Vec<serde_json::Value> {
    let script = repo().join("tests/support/pdf_check.py");
    python_ok(std::iter::once(&script).chain(pdfs))
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// `python3` with the PDF readers of tests/support/requirements.txt importable. They are
/// installed from PyPI on first use into the target folder (`<target>/test-tools/`, one
/// folder per version of the requirements), so `cargo test` needs nothing set up beforehand
/// but Python 3 with pip. A failed install fails the test with the command to run by hand.
pub fn python() -> Command {
    static SITE: OnceLock<PathBuf> = OnceLock::new();
    let site = SITE.get_or_init(install_python_tools);
    let mut cmd = Command::new("python3");
    cmd.env("PYTHONPATH", site)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PIP_DISABLE_PIP_VERSION_CHECK", "1");
    cmd
}

fn install_python_tools() -> PathBuf {
    let requirements = repo().join("tests/support/requirements.txt");
    let text = std::fs::read_to_string(&requirements).expect("tests/support/requirements.txt");
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
    }
    // The test executable lives in <target>/<profile>/deps/.
    let exe = std::env::current_exe().expect("the test's own path");
    let target = exe
        .ancestors()
        .nth(3)
        .expect("the test runs from the target folder")
        .to_path_buf();
    let tools = target.join("test-tools");
    std::fs::create_dir_all(&tools).expect("create the test-tools folder");
    let site = tools.join(format!("python-{hash:016x}"));
    // Test binaries run one after another, but their tests in parallel: one install at a time.
    let lock = std::fs::File::create(tools.join(".lock")).expect("create the lock file");
    lock.lock().expect("lock the test-tools folder");
    if !site.join(".installed").is_file() {
        let _ = std::fs::remove_dir_all(&site);
        let output = Command::new("python3")
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
            ])
            .arg("--target")
            .arg(&site)
            .arg("-r")
            .arg(&requirements)
            .output();
        let command = format!(
            "python3 -m pip install --target {} -r {}",
            site.display(),
            requirements.display()
        );
        match output {
            Ok(o) if o.status.success() => {}
            Ok(o) => panic!(
                "installing the tests' PDF readers failed; run `{command}` to see why:\n{}",
                String::from_utf8_lossy(&o.stderr)
            ),
            Err(e) => panic!("the tests need Python 3 with pip (`{command}`): {e}"),
        }
        std::fs::write(site.join(".installed"), &text).expect("mark the install done");
    }
    site
}

pub fn manifest(out: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(out.join("manifest.json")).expect("manifest written"))
        .expect("manifest is JSON")
}

/// A copy of the example project to break on purpose.
pub fn project_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for folder in ["notices", "locales"] {
        copy_dir(&example().join(folder), &dir.path().join(folder));
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
    let script = repo().join("tests/support/fill_form.py");
    let output = python()
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

/// `noticegen status`'s row of built-in text nobody has reviewed yet.
pub fn unreviewed_row(root: &Path) -> String {
    let status = run(noticegen().arg("status").arg("--root").arg(root));
    status
        .stdout
        .lines()
        .find(|l| l.starts_with("(built-in text unreviewed)"))
        .unwrap_or_else(|| panic!("{}", status.stdout))
        .to_string()
}

/// Runs `check`; returns the exit code and stderr, asserting nothing panicked.
pub fn check(root: &Path) -> (i32, String) {
    let r = run(noticegen().args(["check", "--root"]).arg(root));
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    (r.code, r.stderr)
}

/// The diagnostic whose first line mentions `needle`, up to the next blank line (for snapshots).
pub fn first_block(stderr: &str, needle: &str) -> String {
    let found = stderr
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in\n{stderr}"));
    let start = stderr[..found].rfind('\n').map_or(0, |i| i + 1);
    stderr[start..]
        .split("\n\n")
        .next()
        .unwrap_or_default()
        .to_string()
}

/// Builds `notice`'s per-recipient letters for the recipients in `csv`.
pub fn build_letters(root: &Path, out: &Path, csv: &Path, notice: &str) -> Run {
    build(
        root,
        out,
        &["--recipients", csv.to_str().unwrap(), "--notice", notice],
    )
}

/// Every file in the project's locale folders with its bytes, sorted (entries of `locales/`
/// that are not folders are skipped).
pub fn locale_files(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(root.join("locales")).unwrap() {
        let dir = entry.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&dir).unwrap() {
            let path = file.unwrap().path();
            out.push((path.clone(), std::fs::read(&path).unwrap()));
        }
    }
    out.sort();
    out
}

/// Runs `xliff import` on `files`.
pub fn import(root: &Path, files: &[PathBuf]) -> Run {
    run(noticegen()
        .args(["xliff", "import", "--root"])
        .arg(root)
        .args(files))
}

/// Edits an XLIFF file as a CAT tool would (tests/support/xliff_edit.py); returns its output.
pub fn edit_xliff(path: &Path, action: &str, file: &str, unit: &str, text: &str) -> String {
    let script = repo().join("tests/support/xliff_edit.py");
    python_ok([
        script.to_str().unwrap(),
        path.to_str().unwrap(),
        action,
        file,
        unit,
        text,
    ])
}

/// A running `watch --exit-after 1`, and the time by which it must have built twice.
pub struct Watch {
    child: Child,
    deadline: Instant,
}

/// Starts `watch --exit-after 1` on `root`; returns once its first build is written and the
/// watcher has had time to start.
pub fn watch(root: &Path, out: &Path) -> Watch {
    let child = noticegen()
        .args(["watch", "--exit-after", "1", "--root"])
        .arg(root)
        .arg("--out")
        .arg(out)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(90);
    while !out.join("manifest.json").is_file() {
        assert!(Instant::now() < deadline, "the first build did not finish");
        std::thread::sleep(Duration::from_millis(50));
    }
    std::thread::sleep(Duration::from_millis(500));
    Watch { child, deadline }
}

impl Watch {
    /// Waits for the watcher to exit after its one rebuild; returns its stderr.
    pub fn finish(mut self) -> String {
        loop {
            if self.child.try_wait().unwrap().is_some() {
                break;
            }
            if Instant::now() > self.deadline {
                let _ = self.child.kill();
                panic!("watch did not rebuild within the time limit");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let mut stderr = String::new();
        std::io::Read::read_to_string(&mut self.child.stderr.take().unwrap(), &mut stderr).unwrap();
        stderr
    }
}

/// Each page's size in PostScript points, as pypdf reads the MediaBox.
pub fn page_sizes(pdf: &Path) -> Vec<(i64, i64)> {
    let script = "import sys, pypdf\n\
                  for p in pypdf.PdfReader(sys.argv[1]).pages:\n    \
                  print(round(float(p.mediabox.width)), round(float(p.mediabox.height)))";
    python_ok(["-c".as_ref(), script.as_ref(), pdf.as_os_str()])
        .lines()
        .map(|l| {
            let (w, h) = l.split_once(' ').unwrap();
            (w.parse().unwrap(), h.parse().unwrap())
        })
        .collect()
}

pub const A4: (i64, i64) = (595, 842);
pub const US_LETTER: (i64, i64) = (612, 792);
