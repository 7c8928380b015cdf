//! The translator's workflow: check finds planted faults at their lines, stale detection,
//! status, locale add, mark-reviewed, pseudolocalization.

use std::path::Path;

use crate::common::*;

fn line_of(path: &Path, needle: &str) -> usize {
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} not in {}", path.display()))
        + 1
}

fn check_json(root: &Path) -> (i32, Vec<serde_json::Value>) {
    let r = run(noticegen()
        .args(["check", "--format", "json", "--root"])
        .arg(root));
    let json: serde_json::Value =
        serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout));
    (r.code, json["diagnostics"].as_array().unwrap().clone())
}

fn find<'a>(diagnostics: &'a [serde_json::Value], needle: &str) -> &'a serde_json::Value {
    diagnostics
        .iter()
        .find(|d| d["message"].as_str().unwrap().contains(needle))
        .unwrap_or_else(|| panic!("no diagnostic containing {needle:?} in {diagnostics:#?}"))
}

#[test]
fn check_reports_each_planted_fault_at_its_line() {
    let dir = project_copy();
    let root = dir.path();
    let (code, clean) = check_json(root);
    assert_eq!(code, 0, "the clean examples pass: {clean:#?}");

    // 1. a removed message
    let lv = root.join("locales/lv/FSN2024-1562.ftl");
    edit(&lv, "summary-3 =", "# summary-3 was removed =");
    // 2. a renamed variable
    let it = root.join("locales/it/FSN2024-1562.ftl");
    edit(&it, "{ $notice }", "{ $notize }");
    // 3. a syntax error
    let nl = root.join("locales/nl/common.ftl");
    edit(&nl, "greeting = ", "greeting = { ");
    // 4. a changed English sentence
    let en = root.join("locales/en/FSN2024-1562.ftl");
    edit(&en, "summary-2 = ", "summary-2 = Please note: ");
    // 5. a plural select without a category Latvian needs
    let en_common = root.join("locales/en/common.ftl");
    let lv_common = root.join("locales/lv/common.ftl");
    for (path, text) in [
        (
            &en_common,
            "page-count = { $n ->\n    [one] { $n } page\n   *[other] { $n } pages\n}\n",
        ),
        (
            &lv_common,
            "page-count = { $n ->\n    [one] { $n } lapa\n   *[other] { $n } lapas\n}\n",
        ),
    ] {
        let mut s = std::fs::read_to_string(path).unwrap();
        s.push_str(text);
        std::fs::write(path, s).unwrap();
    }

    let (code, d) = check_json(root);
    assert_eq!(code, 1);
    let removed = find(&d, "`summary-3` is missing in locales/lv/FSN2024-1562.ftl");
    assert_eq!(removed["file"], "locales/en/FSN2024-1562.ftl");
    assert_eq!(removed["line"], line_of(&en, "summary-3 ="));

    let variable = find(&d, "uses `$notize`, which its English does not pass");
    assert_eq!(variable["file"], "locales/it/FSN2024-1562.ftl");
    assert_eq!(variable["line"], line_of(&it, "$notize"));
    assert_eq!(variable["severity"], "error");

    let syntax = find(&d, "Fluent syntax error");
    assert_eq!(syntax["file"], "locales/nl/common.ftl");
    assert_eq!(syntax["line"], line_of(&nl, "greeting = {"));

    for (tag, path) in [("it", &it), ("lv", &lv)] {
        let stale = d
            .iter()
            .find(|x| {
                x["file"] == format!("locales/{tag}/FSN2024-1562.ftl")
                    && x["message"]
                        .as_str()
                        .unwrap()
                        .contains("`summary-2` is stale")
            })
            .unwrap_or_else(|| panic!("{tag}: no stale summary-2"));
        assert_eq!(stale["line"], line_of(path, "summary-2 ="));
        let notes = stale["notes"].to_string();
        assert!(
            notes.contains("English then:") && notes.contains("English now:  Please note:"),
            "{notes}"
        );
    }

    let plural = find(&d, "the plural select lacks [zero] for `lv`");
    assert_eq!(plural["file"], "locales/lv/common.ftl");
    assert_eq!(plural["line"], line_of(&lv_common, "page-count"));
}

#[test]
fn mark_reviewed_clears_staleness_and_status_counts_it() {
    let dir = project_copy();
    let root = dir.path();
    edit(
        &root.join("locales/en/FSN2024-1562.ftl"),
        "summary-2 = ",
        "summary-2 = Please note: ",
    );
    let r = run(noticegen()
        .args(["status", "--format", "json", "--root"])
        .arg(root));
    let status: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let lv = status["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["notice"] == "FSN2024-1562" && p["locale"] == "lv")
        .unwrap();
    assert_eq!(lv["stale"], 1);
    let text = run(noticegen().args(["status", "--root"]).arg(root)).stdout;
    assert!(text.contains("stale 1"), "{text}");
    assert!(
        text.lines().nth(1).unwrap().contains("drafted"),
        "review status row: {text}"
    );

    let r = run(noticegen()
        .args(["locale", "mark-reviewed", "lv", "summary-2", "--root"])
        .arg(root));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let (_, d) = check_json(root);
    assert!(!d.iter().any(|x| x["file"] == "locales/lv/FSN2024-1562.ftl"
        && x["message"].as_str().unwrap().contains("stale")));
    assert!(d.iter().any(|x| x["file"] == "locales/it/FSN2024-1562.ftl"
        && x["message"].as_str().unwrap().contains("stale")));
    let r = run(noticegen()
        .args(["locale", "mark-reviewed", "lv", "no-such-message", "--root"])
        .arg(root));
    assert_eq!(r.code, 2);
}

#[test]
fn locale_add_writes_skeletons_and_never_overwrites() {
    let dir = project_copy();
    let root = dir.path();
    let r = run(noticegen()
        .args(["locale", "add", "pt-BR", "--root"])
        .arg(root));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let skeleton = std::fs::read_to_string(root.join("locales/pt-BR/common.ftl")).unwrap();
    assert!(
        skeleton.contains("# en: Dear Customer,\n# greeting =\n"),
        "{skeleton}"
    );
    assert!(root.join("locales/pt-BR/FSN2024-1562.ftl").is_file());
    // The skeleton parses and counts as missing everything: nothing is built in pt-BR.
    let (code, _) = check_json(root);
    assert_eq!(code, 1);
    let out = root.join("out");
    assert_eq!(build(root, &out, &[]).code, 0);
    assert!(!out.join("FSN2024-1562/pt-BR").exists());

    let r = run(noticegen()
        .args(["locale", "add", "pt-BR", "--root"])
        .arg(root));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("refusing to overwrite"), "{}", r.stderr);
    let r = run(noticegen()
        .args(["locale", "add", "../evil", "--root"])
        .arg(root));
    assert_eq!(r.code, 2);
    assert!(!root.join("evil").exists());
}

#[test]
fn pseudolocalized_build_keeps_markup_and_lengthens_text() {
    let out = tempfile::tempdir().unwrap();
    let r = build(
        &example(),
        out.path(),
        &["--pseudo", "--notice", "FSN2024-1562"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = pdf_text(&out.path().join("FSN2024-1562/en-XA/FSN2024-1562-en-XA.pdf"));
    assert!(text.contains("Ḓeeaař Ƈuuşŧooḿeeř,"), "{}", &text[..300]);
    assert!(
        !text.contains("<b>") && !text.contains("<a "),
        "markup tags survive as markup"
    );
}

#[test]
fn status_counts_a_broken_file_only_against_the_notices_that_use_it() {
    let dir = project_copy();
    edit(
        &dir.path().join("locales/lv/FSN2024-1562.ftl"),
        "summary-2 = ",
        "summary-2 = { ",
    );
    let r = run(noticegen()
        .args(["status", "--format", "json", "--root"])
        .arg(dir.path()));
    let status: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let pair = |notice: &str| {
        status["pairs"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["notice"] == notice && p["locale"] == "lv")
            .unwrap()
            .clone()
    };
    assert!(pair("FSN2024-1562")["broken"].as_u64().unwrap() > 0);
    assert_eq!(pair("FSN2023-1338")["broken"], 0);
}

/// `noticegen.yaml` names the source locale: messages must exist there, and other locales are
/// checked against it. A source locale without its folder stops everything (exit 2).
#[test]
fn the_project_file_names_the_source_locale() {
    let dir = project_copy();
    std::fs::write(dir.path().join("noticegen.yaml"), "source_locale: it\n").unwrap();
    let r = run(noticegen().args(["check", "--root"]).arg(dir.path()));
    assert_eq!(r.code, 1, "{}", r.stderr);
    // FSN2023-1338 has no Italian text: with Italian as the source, its messages are undefined.
    assert!(
        r.stderr.contains("is not defined in locales/it/"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("add it to locales/it/FSN2023-1338.ftl"),
        "{}",
        r.stderr
    );

    std::fs::write(dir.path().join("noticegen.yaml"), "source_locale: pt\n").unwrap();
    let r = run(noticegen().args(["check", "--root"]).arg(dir.path()));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("no source locale: locales/pt/ is missing"),
        "{}",
        r.stderr
    );
    std::fs::write(dir.path().join("noticegen.yaml"), "source_lcale: it\n").unwrap();
    let r = run(noticegen().args(["check", "--root"]).arg(dir.path()));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("noticegen.yaml:1:1"), "{}", r.stderr);
}

/// `status` prints its table and, on stderr, what loading the project found: a notice that does
/// not load is reported at its line, not only counted.
#[test]
fn status_prints_the_errors_of_a_notice_that_does_not_load() {
    let dir = project_copy();
    std::fs::write(
        dir.path().join("notices/FSN2099-0001.yaml"),
        "id: FSN2099-0001\ntitle: [unclosed\n",
    )
    .unwrap();
    let r = run(noticegen().args(["status", "--root"]).arg(dir.path()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("notices/FSN2099-0001.yaml:2:8"),
        "the broken notice is reported at its line: {}",
        r.stderr
    );
    assert!(r.stdout.contains("FSN2024-1562"), "{}", r.stdout);
}

/// The source locale is not a translation: a message missing from it fails the build (as
/// `check` does), it is never skipped as an incomplete translation.
#[test]
fn a_message_missing_from_the_source_locale_fails_the_build() {
    let dir = project_copy();
    edit(
        &dir.path().join("locales/en/FSN2024-1562.ftl"),
        "products-caption = Table 1: Affected product(s)\n",
        "",
    );
    let out = dir.path().join("out");
    let r = build(dir.path(), &out, &["--notice", "FSN2024-1562"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("the source text lacks 1 message: products-caption"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("locales/en/FSN2024-1562.ftl"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("skipped en"), "{}", r.stderr);
    assert!(!out.join("FSN2024-1562/en/FSN2024-1562-en.pdf").exists());
    // The translations that have the message still build.
    assert!(out.join("FSN2024-1562/lv/FSN2024-1562-lv.pdf").is_file());
}
