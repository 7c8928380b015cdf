//! A build is one transaction: wherever it is killed, every file in `output/` is described by
//! the manifest on disk; a commit that cannot finish changes nothing; two builds of one project
//! never interleave.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::common::{build, copy_dir, edit, manifest, noticegen, project_copy, run};

const NOTICE: &str = "FSN2023-1338";

/// Every file under `out` but the manifest and the build's own scratch files, with its sha256.
fn files(out: &Path) -> BTreeMap<String, String> {
    fn walk(dir: &Path, out: &Path, into: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_str().unwrap();
            if name.starts_with(".noticegen") || path == out.join("manifest.json") {
                continue;
            }
            if path.is_dir() {
                walk(&path, out, into);
            } else {
                let relative = path.strip_prefix(out).unwrap().to_str().unwrap();
                let digest = noticegen::fingerprint::digest(&std::fs::read(&path).unwrap());
                into.insert(relative.replace('\\', "/"), digest);
            }
        }
    }
    let mut map = BTreeMap::new();
    walk(out, out, &mut map);
    map
}

/// The (path, sha256) pairs a manifest section lists.
fn entries(manifest: &serde_json::Value, section: &str) -> Vec<(String, String)> {
    manifest[section]
        .as_array()
        .map(|list| {
            list.iter()
                .map(|a| {
                    (
                        a["path"].as_str().unwrap().to_string(),
                        a["sha256"].as_str().unwrap().to_string(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Each file on disk matches an entry of the manifest, new (`artifacts`) or earlier
/// (`committing`).
fn assert_described(out: &Path, context: &str) {
    let manifest = manifest(out);
    let mut known = entries(&manifest, "artifacts");
    known.extend(entries(&manifest, "committing"));
    for (path, digest) in files(out) {
        assert!(
            known.iter().any(|(p, d)| *p == path && *d == digest),
            "{context}: `{path}` is on disk with sha256 {digest}, which the manifest does not describe\n{manifest:#}"
        );
    }
}

/// A project whose build of NOTICE is done, and the change that makes the next build replace
/// its en and es files and remove its nl files.
fn built_then_changed() -> (tempfile::TempDir, PathBuf) {
    let project = project_copy();
    let out = project.path().join("output");
    let first = build(project.path(), &out, &["--notice", NOTICE]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(files(&out).keys().any(|p| p.contains("/nl/")));
    edit(
        &project.path().join(format!("notices/{NOTICE}.yaml")),
        "date: 2023-04-05",
        "date: 2023-04-06",
    );
    std::fs::remove_dir_all(project.path().join("locales/nl")).unwrap();
    (project, out)
}

#[test]
fn a_build_killed_at_any_step_of_its_commit_leaves_every_file_described() {
    let (template, _) = built_then_changed();
    // The outcome of the same build, uninterrupted.
    let reference = tempfile::tempdir().unwrap();
    copy_dir(template.path(), reference.path());
    let done = build(
        reference.path(),
        &reference.path().join("output"),
        &["--notice", NOTICE],
    );
    assert_eq!(done.code, 0, "{}", done.stderr);
    let expected_files = files(&reference.path().join("output"));
    let expected_manifest = manifest(&reference.path().join("output"));
    assert!(!expected_files.keys().any(|p| p.contains("/nl/")));

    let mut step = 1;
    loop {
        let case = tempfile::tempdir().unwrap();
        copy_dir(template.path(), case.path());
        let out = case.path().join("output");
        let killed = run(noticegen()
            .arg("build")
            .arg("--root")
            .arg(case.path())
            .arg("--out")
            .arg(&out)
            .args(["--notice", NOTICE])
            .env("__NOTICEGEN_TEST_ABORT_AFTER_COMMIT_STEP", step.to_string()));
        if killed.code == 0 {
            break;
        }
        assert_eq!(
            killed.code, -1,
            "step {step}: killed, not failed: {}",
            killed.stderr
        );
        assert_described(&out, &format!("killed after commit step {step}"));
        // The next build settles what the killed one left.
        let next = build(case.path(), &out, &["--notice", NOTICE]);
        assert_eq!(next.code, 0, "step {step}: {}", next.stderr);
        assert_eq!(files(&out), expected_files, "after a kill at step {step}");
        assert_eq!(
            manifest(&out),
            expected_manifest,
            "after a kill at step {step}"
        );
        assert!(!out.join(".noticegen-staging").exists());
        step += 1;
        assert!(step < 40, "the commit never finished");
    }
    // A manifest with both versions, two replacements a locale, two removals, the manifest.
    assert!(step > 8, "only {} commit steps were killed", step - 1);
}

#[test]
fn a_commit_that_cannot_finish_replaces_nothing() {
    let (project, out) = built_then_changed();
    let before_files = files(&out);
    let before_manifest = std::fs::read(out.join("manifest.json")).unwrap();
    // A folder where the build must write the Spanish form.
    let blocked = out.join(format!("{NOTICE}/es/{NOTICE}-es-form.pdf"));
    std::fs::remove_file(&blocked).unwrap();
    std::fs::create_dir_all(blocked.join("inside")).unwrap();
    let mut before_files = before_files;
    before_files.remove(&format!("{NOTICE}/es/{NOTICE}-es-form.pdf"));

    let failed = build(project.path(), &out, &["--notice", NOTICE]);
    assert_eq!(failed.code, 2, "{}", failed.stderr);
    assert!(
        failed.stderr.contains("is in the way") && failed.stderr.contains("nothing was replaced"),
        "{}",
        failed.stderr
    );
    assert_eq!(
        files(&out),
        before_files,
        "no output was replaced or removed"
    );
    assert_eq!(
        std::fs::read(out.join("manifest.json")).unwrap(),
        before_manifest
    );
    assert!(
        !out.join(".noticegen-staging").exists(),
        "no staging folder is left"
    );

    // Once the way is clear, the build goes through.
    std::fs::remove_dir_all(&blocked).unwrap();
    let fixed = build(project.path(), &out, &["--notice", NOTICE]);
    assert_eq!(fixed.code, 0, "{}", fixed.stderr);
    assert_described(&out, "after the fix");
}

#[test]
fn a_second_build_waits_for_the_first() {
    let project = project_copy();
    let out = project.path().join("output");
    // This test holds the project's lock, as a running build would.
    let lock = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(project.path().join(".noticegen.lock"))
        .unwrap();
    lock.lock().unwrap();
    let mut waiting = noticegen()
        .arg("build")
        .arg("--root")
        .arg(project.path())
        .arg("--out")
        .arg(&out)
        .args(["--notice", NOTICE])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_secs(2));
    assert!(
        waiting.try_wait().unwrap().is_none(),
        "the build went on while another held the project"
    );
    assert!(!out.join("manifest.json").exists());
    lock.unlock().unwrap();
    let finished = waiting.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&finished.stderr);
    assert!(finished.status.success(), "{stderr}");
    assert!(
        stderr.contains("waiting for another noticegen process"),
        "{stderr}"
    );

    // Two builds at once: each file ends up as the manifest says.
    let spawn = || {
        noticegen()
            .arg("build")
            .arg("--root")
            .arg(project.path())
            .arg("--out")
            .arg(&out)
            .args(["--notice", NOTICE, "--force", "--draft"])
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    for child in [a, b] {
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let manifest = manifest(&out);
    assert!(manifest.get("committing").is_none());
    let listed: BTreeMap<String, String> = entries(&manifest, "artifacts").into_iter().collect();
    assert_eq!(files(&out), listed);
}
