//! `noticegen xliff import` against a hostile translation agency (issue 21): a target is text,
//! never Fluent syntax or markup; no import writes a file that fails to parse or loses another
//! import's change; every refusal names the XLIFF file's line and says what to do.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::common::*;

fn export(root: &Path, version: &str) -> PathBuf {
    let r = run(noticegen()
        .args([
            "xliff",
            "export",
            "--locale",
            "lv",
            "--xliff-version",
            version,
        ])
        .arg("--root")
        .arg(root));
    assert_eq!(r.code, 0, "{}", r.stderr);
    root.join("xliff/lv.xlf")
}

fn append(root: &Path, path: &str, text: &str) {
    let path = root.join(path);
    let mut old = std::fs::read_to_string(&path).unwrap();
    old.push_str(text);
    std::fs::write(&path, old).unwrap();
}

/// The 1-based line of the first line holding the last of `needles`, each found at or after
/// the line of the one before (a file's marker, a unit, its `<target`).
fn line_of(path: &Path, needles: &[&str]) -> usize {
    let text = std::fs::read_to_string(path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut at = 0;
    for needle in needles {
        at += lines[at..]
            .iter()
            .position(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no {needle:?} in {}", path.display()));
    }
    at + 1
}

const NOTICE_FILE: &str = "<file id=\"FSN2024-1562\"";
const COMMON_FILE: &str = "<file id=\"common\"";

/// The import is refused with `needle`, at `xliff/lv.xlf:<line>:`, and no file changed.
fn assert_refused(root: &Path, files: &[PathBuf], needle: &str, line: usize) -> String {
    let before = locale_files(root);
    let r = import(root, files);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains(needle), "{needle}: {}", r.stderr);
    assert!(
        r.stderr.contains(&format!("xliff/lv.xlf:{line}:")),
        "line {line}: {}",
        r.stderr
    );
    assert!(r.stderr.contains("hint:"), "{}", r.stderr);
    assert!(r.stderr.contains("nothing was written"), "{}", r.stderr);
    assert_eq!(locale_files(root), before, "no file changed");
    r.stderr
}

/// A plural message in English and Latvian (Latvian needs `[zero]`).
fn add_plural(root: &Path, closing: &str) {
    append(
        root,
        "locales/en/common.ftl",
        &format!(
            "devices-count = {{ $count ->\n    [one] {{ $count }} device\n   *[other] {{ $count }} devices\n{closing}}}\n"
        ),
    );
    append(
        root,
        "locales/lv/common.ftl",
        &format!(
            "devices-count = {{ $count ->\n    [zero] {{ $count }} ierīču\n    [one] {{ $count }} ierīce\n   *[other] {{ $count }} ierīces\n{closing}}}\n"
        ),
    );
}

/// Sets the Latvian target of the notice's `summary-3`.
fn set_summary(lv: &Path, text: &str) {
    edit_xliff(lv, "set-target", "FSN2024-1562", "summary-3", text);
}

/// A project copy with `add_plural`'s message, exported to XLIFF 2.0 (`xliff/lv.xlf`).
fn plural_export() -> (tempfile::TempDir, PathBuf) {
    let dir = project_copy();
    add_plural(dir.path(), "");
    let lv = export(dir.path(), "2.0");
    (dir, lv)
}

/// Appends `text` to the Latvian target of `devices-count`'s `variant`.
fn append_to_variant(lv: &Path, variant: &str, text: &str) {
    edit_xliff(
        lv,
        "append-target",
        "common",
        &format!("devices-count#{variant}"),
        text,
    );
}

#[test]
fn a_line_break_in_a_target_cannot_add_an_attribute() {
    for version in ["2.0", "1.2"] {
        let dir = project_copy();
        let lv = export(dir.path(), version);
        set_summary(&lv, "Hello\n.evil = injected");
        let (file, unit) = if version == "2.0" {
            (NOTICE_FILE, "<unit id=\"summary-3\">")
        } else {
            (
                "<file original=\"FSN2024-1562.ftl\"",
                "<trans-unit id=\"summary-3\"",
            )
        };
        let line = line_of(&lv, &[file, unit]);
        assert_refused(dir.path(), &[lv], "the target has a line break", line);
    }
}

#[test]
fn a_line_break_cannot_add_a_variant_or_a_second_default() {
    let (dir, lv) = plural_export();
    let pristine = std::fs::read_to_string(&lv).unwrap();
    set_summary(&lv, "Hello\n[zero] x");
    let line = line_of(&lv, &[NOTICE_FILE, "<unit id=\"summary-3\">"]);
    assert_refused(dir.path(), std::slice::from_ref(&lv), "line break", line);

    std::fs::write(&lv, &pristine).unwrap();
    append_to_variant(&lv, "other", "\n*[other] y");
    let line = line_of(&lv, &[COMMON_FILE, "<unit id=\"devices-count#other\">"]);
    assert_refused(dir.path(), &[lv], "line break", line);
}

#[test]
fn a_plural_target_cannot_add_a_variant() {
    let (dir, lv) = plural_export();
    append_to_variant(&lv, "one", "\n    [few] dažas ierīces");
    let line = line_of(&lv, &[COMMON_FILE, "<unit id=\"devices-count#one\">"]);
    assert_refused(dir.path(), &[lv], "line break", line);
}

#[test]
fn markup_spelled_with_escaped_characters_is_refused() {
    for text in [
        "Skatīt <a href=\"https://evil.example\">šeit</a>.",
        "Ļoti <b>svarīgi</b>.",
        "Rinda<br/>nākamā.",
    ] {
        let dir = project_copy();
        let lv = export(dir.path(), "2.0");
        set_summary(&lv, text);
        // The file holds the tag as escaped text, as a CAT tool writes it.
        let xliff = std::fs::read_to_string(&lv).unwrap();
        assert!(xliff.contains("&lt;"), "{xliff}");
        let line = line_of(&lv, &[NOTICE_FILE, "<unit id=\"summary-3\">"]);
        assert_refused(dir.path(), &[lv], "spells the markup tag", line);
    }
}

#[test]
fn braces_in_a_target_are_refused() {
    let dir = project_copy();
    let lv = export(dir.path(), "2.0");
    set_summary(&lv, "Teksts { $notice } un }");
    let line = line_of(&lv, &[NOTICE_FILE, "<unit id=\"summary-3\">"]);
    assert_refused(dir.path(), &[lv], "Fluent syntax, not text", line);
}

#[test]
fn a_select_closed_at_column_0_is_rewritten_whole() {
    // `}` at column 0 closes the select: valid Fluent, and the message's own line.
    let (dir, lv) = plural_export();
    append_to_variant(&lv, "one", " (jauna)");
    let r = import(dir.path(), &[lv]);
    assert!(r.stderr.contains("1 file(s) changed"), "{}", r.stderr);
    let ftl = std::fs::read_to_string(dir.path().join("locales/lv/common.ftl")).unwrap();
    assert!(
        ftl.ends_with(
            "devices-count = { $count ->\n        [zero] { $count } ierīču\n        [one] { $count } ierīce (jauna)\n       *[other] { $count } ierīces\n    }\n"
        ),
        "{ftl}"
    );
    // The project still parses: check reports nothing in the Latvian file.
    let check = run(noticegen().arg("check").arg("--root").arg(dir.path()));
    assert!(
        !check.stderr.contains("locales/lv/common.ftl"),
        "{}",
        check.stderr
    );
}

#[test]
fn two_units_with_one_id_are_refused_naming_both() {
    let dir = project_copy();
    let lv = export(dir.path(), "2.0");
    let text = std::fs::read_to_string(&lv).unwrap();
    let file = text.find("<file id=\"FSN2024-1562\"").unwrap();
    let start = file + text[file..].find("<unit id=\"summary-3\">").unwrap();
    let end = start + text[start..].find("</unit>").unwrap() + "</unit>".len();
    let unit = &text[start..end];
    let twice = format!(
        "{}\n    {}{}",
        &text[..end],
        unit.replace("Illumina", "X"),
        &text[end..]
    );
    std::fs::write(&lv, twice).unwrap();
    let first = line_of(&lv, &[NOTICE_FILE, "<unit id=\"summary-3\">"]);
    let second = first
        + std::fs::read_to_string(&lv)
            .unwrap()
            .lines()
            .skip(first)
            .position(|l| l.contains("<unit id=\"summary-3\">"))
            .unwrap()
        + 1;
    let stderr = assert_refused(dir.path(), &[lv], "appears twice", second);
    assert!(
        stderr.contains(&format!("its first place: xliff/lv.xlf:{first}:")),
        "{stderr}"
    );
}

#[test]
fn two_files_translating_one_unit_differently_are_refused_naming_both() {
    let dir = project_copy();
    let lv = export(dir.path(), "2.0");
    let other = dir.path().join("xliff/lv-other.xlf");
    std::fs::copy(&lv, &other).unwrap();
    set_summary(&lv, "Pirmais.");
    set_summary(&other, "Otrais.");
    let line = line_of(&other, &[NOTICE_FILE, "<unit id=\"summary-3\">"]);
    let before = locale_files(dir.path());
    let r = import(dir.path(), &[lv.clone(), other]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("translated differently in two places"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains(&format!("xliff/lv-other.xlf:{line}:")),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains(&format!(
            "the other translation: xliff/lv.xlf:{}:",
            line_of(&lv, &[NOTICE_FILE, "<unit id=\"summary-3\">"])
        )),
        "{}",
        r.stderr
    );
    assert_eq!(locale_files(dir.path()), before);
}

#[test]
fn two_imports_at_once_wait_for_each_other_and_keep_both_changes() {
    let dir = project_copy();
    // Two deliveries of one file, each with the one unit it changes (as a tool that exports a
    // selection sends them): the second must not lose the first one's change.
    let delivery = |name: &str, unit: &str, target: &str| {
        let path = dir.path().join(name);
        std::fs::write(
            &path,
            format!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"lv\">\n  <file id=\"FSN2024-1562\">\n    <unit id=\"{unit}\">\n      <segment state=\"translated\">\n        <source>-</source>\n        <target>{target}</target>\n      </segment>\n    </unit>\n  </file>\n</xliff>\n"
            ),
        )
        .unwrap();
        path
    };
    let lv = delivery("first.xlf", "summary-3", "Pirmā izmaiņa.");
    let second = delivery("second.xlf", "summary-2", "Otrā izmaiņa.");
    // Another noticegen holds the project: both imports must wait for it, then for each other.
    let held = noticegen::lock::ProjectLock::acquire(dir.path(), "build").unwrap();
    let (sender, receiver) = std::sync::mpsc::channel();
    let mut children = Vec::new();
    for file in [&lv, &second] {
        let mut child = noticegen()
            .args(["xliff", "import", "--root"])
            .arg(dir.path())
            .arg(file)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = child.stderr.take().unwrap();
        let sender = sender.clone();
        std::thread::spawn(move || {
            let mut all = String::new();
            for line in std::io::BufReader::new(stderr).lines() {
                let line = line.unwrap();
                if line.contains("waiting for another noticegen process") {
                    let _ = sender.send(None);
                }
                all.push_str(&line);
                all.push('\n');
            }
            let _ = sender.send(Some(all));
        });
        children.push(child);
    }
    for _ in 0..2 {
        match receiver.recv_timeout(Duration::from_secs(30)) {
            Ok(None) => {}
            Ok(Some(stderr)) => panic!("an import ran while the project was locked:\n{stderr}"),
            Err(_) => panic!("an import neither waited nor finished"),
        }
    }
    drop(held);
    for mut child in children {
        child.wait().unwrap();
    }
    let ftl = std::fs::read_to_string(dir.path().join("locales/lv/FSN2024-1562.ftl")).unwrap();
    assert!(ftl.contains("summary-3 = Pirmā izmaiņa.\n"), "{ftl}");
    assert!(ftl.contains("summary-2 = Otrā izmaiņa.\n"), "{ftl}");
}

#[test]
fn an_import_clears_the_temporary_files_a_killed_write_left() {
    let dir = project_copy();
    let lv = export(dir.path(), "2.0");
    let leftover = dir.path().join("locales/lv/.noticegen-Ab12Cd");
    std::fs::write(&leftover, "half a file").unwrap();
    let top = dir.path().join("locales/.noticegen-Zz99Yy");
    std::fs::write(&top, "").unwrap();
    // Nothing loads them: `check` says nothing of them.
    let check = run(noticegen().arg("check").arg("--root").arg(dir.path()));
    assert!(!check.stderr.contains(".noticegen-"), "{}", check.stderr);
    set_summary(&lv, "Jauns teksts.");
    let r = import(dir.path(), &[lv]);
    assert!(r.stderr.contains("1 file(s) changed"), "{}", r.stderr);
    assert!(!leftover.exists(), "the leftover is removed");
    assert!(!top.exists(), "the leftover is removed");
}

#[test]
fn a_temporary_folder_in_locales_is_no_locale() {
    let dir = project_copy();
    let baseline = run(noticegen().arg("check").arg("--root").arg(dir.path()));
    std::fs::create_dir(dir.path().join("locales/.noticegen-Qq11Rr")).unwrap();
    let check = run(noticegen().arg("check").arg("--root").arg(dir.path()));
    assert_eq!(check.code, baseline.code, "{}", check.stderr);
    assert!(!check.stderr.contains(".noticegen-"), "{}", check.stderr);
}

#[test]
fn watch_ignores_noticegen_temporary_files() {
    let dir = project_copy();
    let watching = watch(dir.path(), &dir.path().join("out"));
    // A write in progress (or one a killed process left): no change to rebuild for.
    let temp = dir.path().join("locales/lv/.noticegen-Tt22Uu");
    std::fs::write(&temp, "partial").unwrap();
    std::fs::remove_file(&temp).unwrap();
    std::thread::sleep(Duration::from_millis(800));
    edit(
        &dir.path().join("locales/lv/FSN2024-1562.ftl"),
        "summary-2 = ",
        "summary-2 = Tagad: ",
    );
    let stderr = watching.finish();
    assert!(!stderr.contains(".noticegen-"), "{stderr}");
    assert!(
        stderr.contains("changed locales/lv/FSN2024-1562.ftl"),
        "{stderr}"
    );
}

#[test]
fn a_dtd_is_refused_at_its_doctype() {
    let dir = project_copy();
    let lv = export(dir.path(), "2.0");
    let text = std::fs::read_to_string(&lv).unwrap();
    let (decl, rest) = text.split_once('\n').unwrap();
    let dtd =
        "<!-- a tool's comment -->\n  <!DOCTYPE xliff [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>";
    std::fs::write(&lv, format!("{decl}\n{dtd}\n{rest}")).unwrap();
    let stderr = assert_refused(dir.path(), &[lv], "DTD", 3);
    assert!(stderr.contains("xliff/lv.xlf:3:3"), "{stderr}");
    assert!(stderr.contains("1 file(s) refused"), "{stderr}");
}

#[test]
fn a_wrong_language_refuses_the_file_not_a_unit() {
    let dir = project_copy();
    let lv = export(dir.path(), "2.0");
    let text = std::fs::read_to_string(&lv).unwrap();
    std::fs::write(&lv, text.replace("trgLang=\"lv\"", "trgLang=\"pt\"")).unwrap();
    let stderr = assert_refused(dir.path(), &[lv], "target language `pt`", 2);
    assert!(
        stderr.contains("import: 1 file(s) refused; nothing was written"),
        "{stderr}"
    );
    assert!(!stderr.contains("unit(s) refused"), "{stderr}");
}

#[test]
fn the_check_after_an_import_says_what_it_is() {
    let dir = project_copy();
    let lv = export(dir.path(), "2.0");
    set_summary(&lv, "Jauns teksts.");
    let r = import(dir.path(), &[lv]);
    let wrote = r.stderr.find("wrote").expect("wrote");
    let checking = r
        .stderr
        .find("checking the project after the import:")
        .unwrap_or_else(|| panic!("{}", r.stderr));
    assert!(wrote < checking, "{}", r.stderr);
}

/// Generated project: `n` messages in one shared file, each translated, and an XLIFF 2.0 file
/// changing every one.
fn big_project(n: usize) -> (tempfile::TempDir, PathBuf) {
    let dir = project_copy();
    let mut en = String::new();
    let mut lv = String::new();
    let mut xliff = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"lv\">\n  <file id=\"_big\" original=\"_big.ftl\">\n",
    );
    for i in 0..n {
        en.push_str(&format!(
            "big-{i} = Message number {i} of the {{ $notice }} notice\n"
        ));
        lv.push_str(&format!("big-{i} = Ziņojums {i} no {{ $notice }}\n"));
        xliff.push_str(&format!(
            "    <unit id=\"big-{i}\">\n      <notes>\n        <note category=\"location\">_big.ftl</note>\n      </notes>\n      <segment state=\"translated\">\n        <source>Message number {i} of the <ph id=\"1\" equiv=\"{{ $notice }}\" disp=\"{{ $notice }}\"/> notice</source>\n        <target>Jauns ziņojums {i} no <ph id=\"1\" equiv=\"{{ $notice }}\" disp=\"{{ $notice }}\"/></target>\n      </segment>\n    </unit>\n"
        ));
    }
    xliff.push_str("  </file>\n</xliff>\n");
    std::fs::write(dir.path().join("locales/en/_big.ftl"), en).unwrap();
    std::fs::write(dir.path().join("locales/lv/_big.ftl"), lv).unwrap();
    let path = dir.path().join("big.xlf");
    std::fs::write(&path, xliff).unwrap();
    (dir, path)
}

/// Import time is linear in the units: 100,000 units (11 MB of XLIFF) in seconds, not the
/// minute and more a quadratic import took. Heavy: `cargo test --release --test hostile_xliff
/// -- --ignored --nocapture` prints the figures.
#[test]
#[ignore]
fn an_import_of_100000_units_takes_seconds() {
    let mut times = Vec::new();
    for n in [25_000, 100_000] {
        let (dir, xliff) = big_project(n);
        let size = std::fs::metadata(&xliff).unwrap().len();
        let start = Instant::now();
        let r = import(dir.path(), &[xliff]);
        let took = start.elapsed();
        assert!(r.stderr.contains("1 file(s) changed"), "{}", r.stderr);
        let ftl = std::fs::read_to_string(dir.path().join("locales/lv/_big.ftl")).unwrap();
        assert!(ftl.contains(&format!(
            "big-{} = Jauns ziņojums {} no {{ $notice }}\n",
            n - 1,
            n - 1
        )));
        eprintln!(
            "{n} units ({} MB): {:.1} s",
            size / 1_000_000,
            took.as_secs_f64()
        );
        times.push(took.as_secs_f64());
    }
    assert!(times[1] < 20.0, "100,000 units took {:.1} s", times[1]);
    assert!(
        times[1] / times[0] < 8.0,
        "4 times the units took {:.1} times as long",
        times[1] / times[0]
    );
}
