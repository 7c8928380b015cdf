//! End-to-end tests: the real binary on the example project and on broken copies of it.
//! PDF text is read back with pdftotext (poppler-utils, installed by .ci/run).

use crate::common::*;

#[test]
fn examples_build_the_five_seed_pairs_and_skip_incomplete_ones() {
    let out = tempfile::tempdir().unwrap();
    let r = build(&example(), out.path(), &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let m = manifest(out.path());
    let built: Vec<(String, String)> = m["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "notice")
        .map(|a| {
            (
                a["notice"].as_str().unwrap().to_string(),
                a["locale"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    for pair in [
        ("FSN2024-1562", "it"),
        ("FSN2024-1562", "lv"),
        ("FSN2022-1230", "it"),
        ("FSN2023-1338", "nl"),
        ("FSN2023-1338", "es"),
        ("FSN2024-1562", "en"),
    ] {
        assert!(
            built.contains(&(pair.0.to_string(), pair.1.to_string())),
            "{pair:?} not built: {built:?}"
        );
    }
    for a in m["artifacts"].as_array().unwrap() {
        let path = out.path().join(a["path"].as_str().unwrap());
        let bytes = std::fs::read(&path).unwrap();
        assert!(bytes.starts_with(b"%PDF-"), "{}", path.display());
        let min_pages = if a["kind"] == "notice" { 3 } else { 1 };
        assert!(a["pages"].as_u64().unwrap() >= min_pages, "{a}");
    }
    // Incomplete pairs are listed with what is missing, never printed in English.
    let skipped = m["skipped"].as_array().unwrap();
    let lv_1338 = skipped
        .iter()
        .find(|s| s["notice"] == "FSN2023-1338" && s["locale"] == "lv")
        .unwrap();
    assert!(
        lv_1338["missing"]
            .as_array()
            .unwrap()
            .iter()
            .any(|id| id == "summary-1")
    );
    assert!(!out.path().join("FSN2023-1338/lv").exists());
}

#[test]
fn date_lines_are_localized_and_title_cased() {
    let out = tempfile::tempdir().unwrap();
    let r = build(&example(), out.path(), &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for (notice, tag, line) in [
        ("FSN2024-1562", "it", "Mercoledì 8 maggio 2024"),
        ("FSN2024-1562", "lv", "Trešdiena, 2024. gada 8. maijs"),
        ("FSN2023-1338", "nl", "Woensdag 5 april 2023"),
        ("FSN2023-1338", "es", "Miércoles, 5 de abril de 2023"),
        ("FSN2022-1230", "it", "04MAY2022"),
    ] {
        let text = pdf_text(
            &out.path()
                .join(format!("{notice}/{tag}/{notice}-{tag}.pdf")),
        );
        assert!(
            text.contains(line),
            "{notice} {tag}: no {line:?} in\n{}",
            &text[..400.min(text.len())]
        );
    }
}

#[test]
fn every_page_has_the_localized_footer() {
    let out = tempfile::tempdir().unwrap();
    build(
        &example(),
        out.path(),
        &["--notice", "FSN2024-1562", "--locale", "lv"],
    );
    let text = pdf_text(&out.path().join("FSN2024-1562/lv/FSN2024-1562-lv.pdf"));
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    assert_eq!(pages.len(), 5);
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.contains(&format!("{}. lpp. no 5", i + 1)),
            "page {}:\n{page}",
            i + 1
        );
        assert!(
            page.contains("FSN2024-1562 (M-AMR-01357)"),
            "page {}",
            i + 1
        );
        assert!(page.contains("techsupport@illumina.com"), "page {}", i + 1);
        assert!(
            page.contains("Tikai in vitro diagnostikas nolūkiem"),
            "page {}",
            i + 1
        );
    }
}

#[test]
fn translated_text_is_printed_literally_never_run_as_typst() {
    let dir = project_copy();
    let hostile = r#"#read("/etc/passwd") $x$ *a* _b_ @c <d> \ [ ] // = - + ~"#;
    edit(
        &dir.path().join("locales/it/FSN2024-1562.ftl"),
        "summary-2 = ",
        &format!("summary-2 = {hostile} "),
    );
    let out = dir.path().join("out");
    let r = build(
        dir.path(),
        &out,
        &["--notice", "FSN2024-1562", "--locale", "it"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = pdf_text(&out.join("FSN2024-1562/it/FSN2024-1562-it.pdf"));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(hostile), "not printed literally:\n{flat}");
    assert!(!flat.contains("root:x:0:0"), "a file was read");
}

#[test]
fn two_builds_give_identical_bytes() {
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    assert_eq!(build(&example(), a.path(), &["--jobs", "1"]).code, 0);
    assert_eq!(build(&example(), b.path(), &["--jobs", "4"]).code, 0);
    let (ma, mb) = (manifest(a.path()), manifest(b.path()));
    assert_eq!(ma, mb, "manifests differ");
    for artifact in ma["artifacts"].as_array().unwrap() {
        let path = artifact["path"].as_str().unwrap();
        assert_eq!(
            std::fs::read(a.path().join(path)).unwrap(),
            std::fs::read(b.path().join(path)).unwrap(),
            "{path}"
        );
    }
    // The PDF carries no build-machine path.
    let pdf = std::fs::read(a.path().join("FSN2024-1562/it/FSN2024-1562-it.pdf")).unwrap();
    let needle = a.path().to_string_lossy().into_owned();
    assert!(!pdf.windows(needle.len()).any(|w| w == needle.as_bytes()));
}

#[test]
fn an_unchanged_rebuild_leaves_files_untouched() {
    let out = tempfile::tempdir().unwrap();
    assert_eq!(
        build(&example(), out.path(), &["--notice", "FSN2024-1562"]).code,
        0
    );
    let path = out.path().join("FSN2024-1562/it/FSN2024-1562-it.pdf");
    let before = std::fs::metadata(&path).unwrap().modified().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    let r = build(
        &example(),
        out.path(),
        &["--notice", "FSN2024-1562", "--verbose"],
    );
    assert!(
        r.stderr
            .contains("unchanged FSN2024-1562/it/FSN2024-1562-it.pdf"),
        "{}",
        r.stderr
    );
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        before
    );
}

#[test]
fn draft_fills_from_english_marks_pages_and_lists_fallbacks() {
    let out = tempfile::tempdir().unwrap();
    let r = build(
        &example(),
        out.path(),
        &["--draft", "--notice", "FSN2023-1338", "--locale", "lv"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let m = manifest(out.path());
    let a = &m["artifacts"][0];
    assert_eq!(a["draft"], true);
    assert!(
        a["fell_back"]
            .as_array()
            .unwrap()
            .iter()
            .any(|id| id == "summary-1")
    );
    let text = pdf_text(&out.path().join("FSN2023-1338/lv/FSN2023-1338-lv.pdf"));
    assert!(text.contains("MELNRAKSTS"), "no draft mark");
    assert!(
        text.contains("Cien. klient!"),
        "Latvian text kept where it exists"
    );
}

#[test]
fn asking_for_an_incomplete_pair_is_an_error() {
    let out = tempfile::tempdir().unwrap();
    let r = build(
        &example(),
        out.path(),
        &["--notice", "FSN2023-1338", "--locale", "lv"],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("incomplete translation"), "{}", r.stderr);
    assert!(r.stderr.contains("--draft"), "{}", r.stderr);
}

#[test]
fn unknown_notice_or_locale_and_non_project_exit_2() {
    let out = tempfile::tempdir().unwrap();
    let r = build(&example(), out.path(), &["--notice", "FSN1999-0001"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("no notice `FSN1999-0001`") && r.stderr.contains("FSN2024-1562"),
        "{}",
        r.stderr
    );
    let r = build(&example(), out.path(), &["--locale", "xx-YY"]);
    assert_eq!(r.code, 2);
    let empty = tempfile::tempdir().unwrap();
    let r = build(empty.path(), out.path(), &[]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("not a notices project"), "{}", r.stderr);
    let r = run(noticegen().args(["build", "--jobs", "many"]));
    assert_eq!(r.code, 2, "clap usage errors exit 2");
}

#[test]
fn check_passes_on_the_example() {
    let r = run(noticegen().arg("check").arg("--root").arg(example()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("0 error(s)"), "{}", r.stderr);
}

#[test]
fn check_reports_a_yaml_typo_at_its_line_with_a_suggestion() {
    let dir = project_copy();
    edit(
        &dir.path().join("notices/FSN2024-1562.yaml"),
        "titles_uppercase:",
        "titles_uppercse:",
    );
    let r = run(noticegen().arg("check").arg("--root").arg(dir.path()));
    assert_eq!(r.code, 1, "{}", r.stderr);
    insta::assert_snapshot!(
        "yaml_unknown_key",
        r.stderr.lines().take(8).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn check_reports_fluent_syntax_errors_and_missing_messages() {
    let dir = project_copy();
    edit(
        &dir.path().join("locales/lv/common.ftl"),
        "greeting = ",
        "greeting = { $who ",
    );
    edit(
        &dir.path().join("locales/it/FSN2024-1562.ftl"),
        "summary-3 =",
        "# removed: summary-three =",
    );
    let r = run(noticegen()
        .arg("check")
        .arg("--format")
        .arg("json")
        .arg("--root")
        .arg(dir.path()));
    assert_eq!(r.code, 1, "{}", r.stderr);
    let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let diagnostics = json["diagnostics"].as_array().unwrap();
    let syntax = diagnostics
        .iter()
        .find(|d| {
            d["message"]
                .as_str()
                .unwrap()
                .contains("Fluent syntax error")
        })
        .unwrap();
    assert_eq!(syntax["file"], "locales/lv/common.ftl");
    assert!(syntax["line"].as_u64().unwrap() > 1);
    let missing = diagnostics
        .iter()
        .find(|d| {
            d["message"]
                .as_str()
                .unwrap()
                .contains("`summary-3` is missing")
        })
        .unwrap();
    assert_eq!(missing["file"], "locales/en/FSN2024-1562.ftl");
    // The human format shows the source line and a caret.
    let r = run(noticegen().arg("check").arg("--root").arg(dir.path()));
    insta::assert_snapshot!("fluent_syntax_error", {
        let start = r.stderr.find("error: Fluent syntax error").unwrap();
        r.stderr[start..]
            .lines()
            .take(7)
            .collect::<Vec<_>>()
            .join("\n")
    });
}

#[test]
fn a_failing_pair_does_not_stop_the_others_nor_touch_earlier_outputs() {
    let dir = project_copy();
    let out = dir.path().join("out");
    assert_eq!(build(dir.path(), &out, &[]).code, 0);
    let lv = out.join("FSN2024-1562/lv/FSN2024-1562-lv.pdf");
    let before = std::fs::read(&lv).unwrap();
    // An unknown variable: a formatting error, never `{$var}` on a page.
    edit(
        &dir.path().join("locales/lv/FSN2024-1562.ftl"),
        "summary-2 = ",
        "summary-2 = { $nonexistent } ",
    );
    let r = build(dir.path(), &out, &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("nonexistent"), "{}", r.stderr);
    assert!(
        r.stderr.contains("built") || r.stderr.contains("unchanged"),
        "{}",
        r.stderr
    );
    assert_eq!(
        std::fs::read(&lv).unwrap(),
        before,
        "the earlier PDF is intact"
    );
    assert!(out.join("FSN2024-1562/it/FSN2024-1562-it.pdf").is_file());
}

#[test]
fn an_edit_to_one_ftl_rebuilds_exactly_the_pairs_that_use_it() {
    let dir = project_copy();
    let out = dir.path().join("out");
    assert_eq!(build(dir.path(), &out, &["--verbose"]).code, 0);
    let mtimes = |pattern: &str| -> Vec<(String, std::time::SystemTime)> {
        let m = manifest(&out);
        m["artifacts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["path"].as_str().unwrap().to_string())
            .filter(|p| p.contains(pattern))
            .map(|p| {
                let t = std::fs::metadata(out.join(&p)).unwrap().modified().unwrap();
                (p, t)
            })
            .collect()
    };
    let before = mtimes("");
    std::thread::sleep(std::time::Duration::from_millis(20));

    // A notice file: only that notice in that language.
    edit(
        &dir.path().join("locales/lv/FSN2024-1562.ftl"),
        "summary-2 = ",
        "summary-2 = Tagad: ",
    );
    let r = build(dir.path(), &out, &["--verbose"]);
    let rebuilt: Vec<&str> = r
        .stderr
        .lines()
        .filter(|l| l.trim_start().starts_with("built "))
        .collect();
    assert_eq!(rebuilt.len(), 2, "{}", r.stderr);
    assert!(
        rebuilt.iter().all(|l| l.contains("FSN2024-1562/lv/")),
        "{rebuilt:?}"
    );
    assert!(r.stderr.contains("1 built, 10 unchanged"), "{}", r.stderr);
    for (path, time) in &before {
        if !path.contains("FSN2024-1562/lv/") {
            let now = std::fs::metadata(out.join(path))
                .unwrap()
                .modified()
                .unwrap();
            assert_eq!(&now, time, "{path} was rewritten");
        }
    }

    // A shared file: every notice of that language, and nothing else.
    edit(
        &dir.path().join("locales/it/common.ftl"),
        "greeting = ",
        "greeting = Egregio, ",
    );
    let r = build(dir.path(), &out, &["--verbose"]);
    assert!(r.stderr.contains("2 built, 9 unchanged"), "{}", r.stderr);
    assert!(
        r.stderr.contains("built FSN2024-1562/it/") && r.stderr.contains("built FSN2022-1230/it/"),
        "{}",
        r.stderr
    );

    // --force re-typesets everything; identical bytes leave the files alone.
    let r = build(dir.path(), &out, &["--force", "--verbose"]);
    assert!(r.stderr.contains("0 built, 11 unchanged"), "{}", r.stderr);
}

#[test]
fn removing_a_notice_removes_its_outputs() {
    let dir = project_copy();
    let out = dir.path().join("out");
    assert_eq!(build(dir.path(), &out, &[]).code, 0);
    assert!(out.join("FSN2022-1230/it/FSN2022-1230-it.pdf").is_file());
    std::fs::remove_file(dir.path().join("notices/FSN2022-1230.yaml")).unwrap();
    let r = build(dir.path(), &out, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("removed FSN2022-1230/it/FSN2022-1230-it.pdf"),
        "{}",
        r.stderr
    );
    assert!(!out.join("FSN2022-1230").exists(), "its folders are gone");
    let m = manifest(&out);
    assert!(
        !m["artifacts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["notice"] == "FSN2022-1230")
    );
    assert!(out.join("FSN2024-1562/it/FSN2024-1562-it.pdf").is_file());
}

#[test]
fn emitted_typst_sources_sit_beside_their_pdfs_with_style_and_fonts() {
    let out = tempfile::tempdir().unwrap();
    let r = build(
        &example(),
        out.path(),
        &["--emit-typst", "--notice", "FSN2024-1562"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let source =
        std::fs::read_to_string(out.path().join("FSN2024-1562/lv/FSN2024-1562-lv.typ")).unwrap();
    assert!(
        source.starts_with("#import \"/style.typ\": *"),
        "{}",
        &source[..100]
    );
    assert!(out.path().join("style.typ").is_file());
    let fonts = std::fs::read_dir(out.path().join("fonts")).unwrap().count();
    assert!(fonts >= 4, "{fonts} fonts");
}

#[test]
fn a_source_date_epoch_that_is_not_whole_seconds_stops_the_build() {
    let a = tempfile::tempdir().unwrap();
    let r = run(noticegen()
        .env("SOURCE_DATE_EPOCH", "2023-11-14")
        .args(["build", "--notice", "FSN2024-1562", "--root"])
        .arg(example())
        .arg("--out")
        .arg(a.path()));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("SOURCE_DATE_EPOCH=`2023-11-14` is not a time"),
        "{}",
        r.stderr
    );
    assert!(!a.path().join("manifest.json").exists(), "nothing built");
}

#[test]
fn source_date_epoch_sets_the_pdf_date() {
    let a = tempfile::tempdir().unwrap();
    let r = run(noticegen()
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .args([
            "build",
            "--notice",
            "FSN2024-1562",
            "--locale",
            "it",
            "--root",
        ])
        .arg(example())
        .arg("--out")
        .arg(a.path()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let pdf = std::fs::read(a.path().join("FSN2024-1562/it/FSN2024-1562-it.pdf")).unwrap();
    let text = String::from_utf8_lossy(&pdf);
    assert!(
        text.contains("D:20231114221320"),
        "the PDF carries SOURCE_DATE_EPOCH's date"
    );
    assert!(!text.contains("D:20240508"), "not the notice date");
}

#[test]
fn watch_rebuilds_the_pair_whose_translation_was_saved() {
    let dir = project_copy();
    let watching = watch(dir.path(), &dir.path().join("out"));
    // Save one translation.
    edit(
        &dir.path().join("locales/lv/FSN2024-1562.ftl"),
        "summary-2 = ",
        "summary-2 = Tagad: ",
    );
    let stderr = watching.finish();
    assert!(
        stderr.contains("changed locales/lv/FSN2024-1562.ftl"),
        "{stderr}"
    );
    assert!(stderr.contains("1 built, 10 unchanged"), "{stderr}");
}

/// `noticegen.yaml` and a letterhead's logo change the output, so saving either rebuilds.
#[test]
fn watch_rebuilds_when_the_project_file_or_a_logo_is_saved() {
    for changed in ["noticegen.yaml", "assets/medixa-logo.svg"] {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&repo().join("examples/medixa"), dir.path());
        let watching = watch(dir.path(), &dir.path().join("out"));
        let path = dir.path().join(changed);
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push('\n');
        std::fs::write(&path, text).unwrap();
        let stderr = watching.finish();
        assert!(stderr.contains(&format!("changed {changed}: ")), "{stderr}");
        assert!(stderr.contains(" built, "), "a rebuild reported: {stderr}");
    }
}

#[test]
fn preview_renders_png_pages() {
    let out = tempfile::tempdir().unwrap();
    let preview = |page: &str| {
        run(noticegen()
            .args([
                "preview",
                "--notice",
                "FSN2023-1338",
                "--locale",
                "es",
                "--ppi",
                "30",
                "--page",
                page,
            ])
            .arg("--root")
            .arg(example())
            .arg("--out")
            .arg(out.path()))
    };
    let r = preview("2");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let png = out
        .path()
        .join("FSN2023-1338/es/preview/FSN2023-1338-es-2.png");
    let bytes = std::fs::read(&png).unwrap();
    assert!(bytes.starts_with(b"\x89PNG"), "{}", png.display());
    let r = preview("99");
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("page 99 does not exist"), "{}", r.stderr);
}

#[test]
fn the_default_build_reports_what_matters_in_a_few_lines() {
    let out = tempfile::tempdir().unwrap();
    let r = build(&example(), out.path(), &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert!(lines.len() <= 20, "{} lines:\n{}", lines.len(), r.stderr);
    assert!(
        r.stderr
            .contains("skipped de: 5 notices not started (noticegen status)"),
        "{}",
        r.stderr
    );
    let last = lines.last().unwrap();
    assert!(
        last.starts_with("11 built, 0 unchanged, 29 skipped, 0 failed")
            && last.contains(&format!(
                "manifest {}",
                out.path().join("manifest.json").display()
            )),
        "{last}"
    );
    // A partly translated pair keeps its own line, with what it lacks.
    let dir = project_copy();
    edit(
        &dir.path().join("locales/lv/FSN2024-1562.ftl"),
        "summary-2 = ",
        "# summary-2 = ",
    );
    let r = build(dir.path(), &dir.path().join("out"), &[]);
    assert!(
        r.stderr.contains(
            "skipped FSN2024-1562 lv: incomplete translation: 1 message missing: summary-2"
        ),
        "{}",
        r.stderr
    );
    // --quiet: nothing but errors; --verbose: every file and every skipped pair.
    let r = build(&example(), out.path(), &["--quiet"]);
    assert_eq!((r.code, r.stderr.as_str()), (0, ""));
    let r = build(&example(), out.path(), &["--verbose"]);
    assert!(
        r.stderr
            .contains("unchanged FSN2024-1562/lv/FSN2024-1562-lv-form.pdf")
            && r.stderr
                .contains("skipped FSN2024-1562 de: incomplete translation"),
        "{}",
        r.stderr
    );
}

/// CI runs exactly the README's test command, so what passes in CI passes for a newcomer who
/// follows the README (and the other way round).
#[test]
fn ci_runs_the_readme_test_command() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let ci = std::fs::read_to_string(repo().join(".ci/run")).unwrap();
    let command = readme
        .lines()
        .find_map(|l| {
            let l = l.trim();
            l.starts_with("cargo test")
                .then(|| l.split('#').next().unwrap().trim().to_string())
        })
        .expect("the README shows a test command");
    assert!(
        ci.lines().any(|l| l.trim() == command),
        "`.ci/run` does not run the README's `{command}` as it is"
    );
}

/// The JSON Schema of notices and profiles is generated from the loader's own types: the
/// committed one must be current (`noticegen schema` regenerates it), an outside validator
/// (check-jsonschema, from PyPI) accepts every example, and refuses what the loader refuses.
#[test]
fn the_json_schema_is_current_and_an_outside_validator_agrees_with_the_loader() {
    let dir = tempfile::tempdir().unwrap();
    let r = run(noticegen()
        .args(["schema", "--out"])
        .arg(dir.path())
        .arg("--root")
        .arg(example()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    for name in [
        "notice.schema.json",
        "manufacturer.schema.json",
        "project.schema.json",
    ] {
        assert_eq!(
            std::fs::read_to_string(dir.path().join(name)).unwrap(),
            std::fs::read_to_string(example().join("schema").join(name)).unwrap(),
            "schema/{name} is stale: run `noticegen schema` and commit it"
        );
    }
    let validate = |schema: &str, files: &[std::path::PathBuf]| {
        let output = python()
            .args(["-m", "check_jsonschema", "--schemafile"])
            .arg(example().join("schema").join(schema))
            .args(files)
            .output()
            .expect("python3 runs");
        (
            output.status.success(),
            String::from_utf8_lossy(&output.stdout).into_owned(),
        )
    };
    let notices: Vec<_> = std::fs::read_dir(example().join("notices"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    assert_eq!(notices.len(), 5);
    for notice in &notices {
        let first = std::fs::read_to_string(notice).unwrap();
        assert!(
            first.starts_with("# yaml-language-server: $schema=../schema/notice.schema.json\n"),
            "{} names its schema for editors",
            notice.display()
        );
    }
    assert_eq!(
        validate("notice.schema.json", &notices),
        (true, "ok -- validation done\n".into())
    );
    let profile = example().join("notices/manufacturers/illumina.yaml");
    assert!(validate("manufacturer.schema.json", &[profile]).0);
    // The other examples validate too: medixa uses the keys of the general content model,
    // calder's bodies place every part in their own order, kestrel and fenmoor run under a
    // regime.
    for (example, notices) in [
        ("medixa", &["MX-FSCA-2025-07"][..]),
        ("calder", &["CD-2026-031", "CD-2026-034"][..]),
        ("kestrel", &["KM-2026-011"][..]),
        ("fenmoor", &["FD-FSCA-2026-07"][..]),
    ] {
        let root = repo().join("examples").join(example);
        let profile = format!("notices/manufacturers/{example}.yaml");
        let files = notices
            .iter()
            .map(|id| ("notice.schema.json", format!("notices/{id}.yaml")))
            .chain([
                ("manufacturer.schema.json", profile),
                ("project.schema.json", "noticegen.yaml".to_string()),
            ]);
        for (schema, file) in files {
            let (valid, report) = validate(schema, &[root.join(&file)]);
            assert!(valid, "{example}/{file}: {report}");
        }
    }

    // A misspelt key, a wrong enum value, a missing required field: invalid for the schema
    // and for the loader alike, which names the place.
    for (from, to, says, at) in [
        (
            "date_style: long",
            "date_styel: long",
            "'date_styel' was unexpected",
            "notices/FSN2024-1562.yaml:8:1",
        ),
        (
            "date_style: long",
            "date_style: weekly",
            "'weekly' is not valid",
            "notices/FSN2024-1562.yaml:8:13",
        ),
        (
            "manufacturer: illumina\n",
            "",
            "'manufacturer' is a required property",
            "notices/FSN2024-1562.yaml:4:1",
        ),
    ] {
        let project = project_copy();
        let path = project.path().join("notices/FSN2024-1562.yaml");
        edit(&path, from, to);
        let (valid, report) = validate("notice.schema.json", std::slice::from_ref(&path));
        assert!(!valid && report.contains(says), "{to:?}: {report}");
        let r = run(noticegen().args(["check", "--root"]).arg(project.path()));
        assert_eq!(r.code, 1, "the loader refuses {to:?} too: {}", r.stderr);
        assert!(r.stderr.contains(at), "{to:?} at {at}: {}", r.stderr);
    }
}

/// A message that fails to format is reported at its own line in its `.ftl` file, not just
/// as "locales/lv".
#[test]
fn a_fluent_formatting_error_names_its_file_line_and_column() {
    let dir = project_copy();
    let ftl = dir.path().join("locales/lv/FSN2024-1562.ftl");
    edit(&ftl, "summary-2 = ", "summary-2 = { $nope } ");
    let line = std::fs::read_to_string(&ftl)
        .unwrap()
        .lines()
        .position(|l| l.starts_with("summary-2 ="))
        .unwrap()
        + 1;
    let r = build(
        dir.path(),
        &dir.path().join("out"),
        &["--notice", "FSN2024-1562", "--locale", "lv"],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("message `summary-2` in `lv`")
            && r.stderr
                .contains(&format!("locales/lv/FSN2024-1562.ftl:{line}:1")),
        "{}",
        r.stderr
    );
}

/// `form-date-format` is never printed, but `check` makes sure it is a date format, at its line.
#[test]
fn check_refuses_a_date_format_that_is_not_one() {
    let dir = project_copy();
    let ftl = dir.path().join("locales/lv/common.ftl");
    edit(
        &ftl,
        "form-date-format = dd.mmm.yyyy",
        "form-date-format = DD.MMM.GGGG",
    );
    let line = std::fs::read_to_string(&ftl)
        .unwrap()
        .lines()
        .position(|l| l.starts_with("form-date-format ="))
        .unwrap()
        + 1;
    let r = run(noticegen().args(["check", "--root"]).arg(dir.path()));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("`form-date-format` in `lv`: `DD.MMM.GGGG` is not a date format")
            && r.stderr
                .contains(&format!("locales/lv/common.ftl:{line}:1")),
        "{}",
        r.stderr
    );
}

/// `noticegen init` makes a project that passes `check` and builds at once, in the languages
/// asked for, with no words of any real manufacturer; it never overwrites a project.
#[test]
fn init_makes_a_project_that_checks_and_builds_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("acme");
    let r = run(noticegen().arg("init").arg(&project).args([
        "--source-locale",
        "de",
        "--locale",
        "en",
        "--locale",
        "fr",
        "--locale",
        "lv",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("noticegen build"), "{}", r.stderr);
    let r = run(noticegen().args(["check", "--root"]).arg(&project));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("0 error(s)"), "{}", r.stderr);
    let out = project.join("output");
    let r = build(&project, &out, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // French has starter text, as German and English do; Latvian a skeleton.
    assert!(r.stderr.contains("3 built"), "{}", r.stderr);
    assert!(
        r.stderr.contains("skipped lv: 1 notice not started"),
        "{}",
        r.stderr
    );
    let de = pdf_text(&out.join("FSN-0001/de/FSN-0001-de.pdf"));
    assert!(de.contains("Dringende Sicherheitsinformation"), "{de}");
    assert!(out.join("FSN-0001/en/FSN-0001-en-form.pdf").is_file());
    let gitignore = std::fs::read_to_string(project.join(".gitignore")).unwrap();
    for line in ["output/", ".noticegen.lock", ".noticegen-*"] {
        assert!(gitignore.lines().any(|l| l == line), "{gitignore}");
    }
    for file in walk(&project) {
        if file.starts_with(&out) {
            continue;
        }
        let text = std::fs::read_to_string(&file)
            .unwrap_or_default()
            .to_lowercase();
        assert!(!text.contains("illumina"), "{}", file.display());
    }
    let r = run(noticegen().arg("init").arg(&project));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("refusing to overwrite"), "{}", r.stderr);
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// The EU template prints a notice's table of lots under its products table (1.2).
#[test]
fn the_eu_template_prints_a_table_of_lots() {
    let dir = project_copy();
    edit(
        &dir.path().join("notices/FSN2024-1562-EU.yaml"),
        "products:\n",
        "lots:\n  caption: lots-caption\n  columns:\n    - { field: product, header: lots-col-product }\n    - { field: lot, header: lots-col-lot }\n    - { field: expiry, header: lots-col-expiry }\n  rows:\n    - { product: miseq-dx, lot: \"L-4711\", expiry: 2026-03-31 }\nproducts:\n",
    );
    let ftl = dir.path().join("locales/en/FSN2024-1562-EU.ftl");
    let mut text = std::fs::read_to_string(&ftl).unwrap();
    text.push_str("lots-caption = Affected lots\nlots-col-product = Product\nlots-col-lot = Lot\nlots-col-expiry = Use by\n");
    std::fs::write(&ftl, text).unwrap();
    let out = dir.path().join("out");
    let r = build(
        dir.path(),
        &out,
        &["--notice", "FSN2024-1562-EU", "--locale", "en"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = pdf_text(&out.join("FSN2024-1562-EU/en/FSN2024-1562-EU-en.pdf"));
    let (products, lots) = (
        text.find("MiSeq").expect("products"),
        text.find("Affected lots")
            .unwrap_or_else(|| panic!("no lots table:\n{text}")),
    );
    assert!(products < lots, "{text}");
    assert!(
        text.contains("L-4711") && text.contains("Mar 31, 2026"),
        "{text}"
    );
}

/// A load that has to stop (here: no folder for the source locale) still reports what it found
/// before the stop, for `check`, `build` and `xliff export` alike.
#[test]
fn a_project_that_cannot_load_reports_everything_found_before_the_stop() {
    let dir = project_copy();
    std::fs::write(
        dir.path().join("notices/FSN2099-0001.yaml"),
        "id: FSN2099-0001\ntitle: [unclosed\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("noticegen.yaml"), "source_locale: fi\n").unwrap();
    let out = tempfile::tempdir().unwrap();
    let commands: [Vec<std::ffi::OsString>; 3] = [
        vec!["check".into()],
        vec!["build".into(), "--out".into(), out.path().into()],
        vec![
            "xliff".into(),
            "export".into(),
            "--out".into(),
            out.path().into(),
        ],
    ];
    for args in commands {
        let r = run(noticegen().args(&args).arg("--root").arg(dir.path()));
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(
            r.stderr
                .contains("no source locale: locales/fi/ is missing"),
            "{args:?}: {}",
            r.stderr
        );
        assert!(
            r.stderr.contains("notices/FSN2099-0001.yaml:2:8"),
            "{args:?}: the broken notice found before the stop is reported too: {}",
            r.stderr
        );
    }
}
