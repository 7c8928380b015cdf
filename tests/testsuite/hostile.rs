//! Broken and hostile input: every case gets a diagnostic at its file, line and column (or a
//! clear error), exits with the status DESIGN.md gives, never panics, leaves earlier outputs as
//! they were, and lets nothing in.

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use crate::common::*;

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[test]
fn broken_yaml_cases_point_at_their_lines() {
    let cases: [(&str, &str, &str, &str); 6] = [
        (
            "yaml_syntax",
            "titles: [title-quality-notice, title-urgent-recall, title-urgent-fsn]",
            "titles: [title-quality-notice, title-urgent-recall",
            "error",
        ),
        (
            "yaml_duplicate_key",
            "date_style: long",
            "date_style: long\ndate_style: compact",
            "duplicate",
        ),
        (
            "yaml_wrong_type",
            "in_vitro_diagnostic: true",
            "in_vitro_diagnostic: maybe",
            "error",
        ),
        (
            "yaml_missing_field",
            "manufacturer: illumina\n",
            "",
            "has no `manufacturer:`",
        ),
        (
            "yaml_invalid_date",
            "date: 2024-05-08",
            "date: 2024-02-30",
            "not a day",
        ),
        (
            "yaml_unsafe_id",
            "id: FSN2024-1562",
            "id: ../../FSN2024-1562",
            "may hold only",
        ),
    ];
    for (name, from, to, needle) in cases {
        let dir = project_copy();
        edit(&dir.path().join("notices/FSN2024-1562.yaml"), from, to);
        let (code, stderr) = check(dir.path());
        assert_eq!(code, 1, "{name}: {stderr}");
        assert!(
            stderr.contains("notices/FSN2024-1562.yaml:"),
            "{name}: no file:line:col\n{stderr}"
        );
        insta::assert_snapshot!(name, first_block(&stderr, needle));
        // The other notices still build.
        let out = dir.path().join("out");
        let r = build(dir.path(), &out, &[]);
        assert_eq!(r.code, 1, "{name}: input errors make the build fail");
        assert!(
            out.join("FSN2023-1338/nl/FSN2023-1338-nl.pdf").is_file(),
            "{name}"
        );
    }
}

#[test]
fn broken_text_files_get_clear_errors_and_harmless_ones_are_accepted() {
    // Non-UTF-8: a clear error naming the file.
    let dir = project_copy();
    std::fs::write(
        dir.path().join("locales/lv/common.ftl"),
        b"greeting = Cien. klient\xff!\n",
    )
    .unwrap();
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("locales/lv/common.ftl") && stderr.contains("not UTF-8"),
        "{stderr}"
    );

    // BOM and CRLF: accepted, positions still right.
    let dir = project_copy();
    let path = dir.path().join("locales/it/common.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let crlf = format!("\u{feff}{}", text.replace('\n', "\r\n"));
    std::fs::write(&path, crlf.replacen("greeting = ", "greeting = { ", 1)).unwrap();
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1);
    let line = text
        .lines()
        .position(|l| l.starts_with("greeting"))
        .unwrap()
        + 1;
    assert!(
        stderr.contains(&format!("locales/it/common.ftl:{line}:")),
        "{stderr}"
    );

    // An empty notice file: a clear error; an empty .ftl: just no messages.
    let dir = project_copy();
    std::fs::write(dir.path().join("notices/FSN2022-1230.yaml"), "").unwrap();
    std::fs::write(dir.path().join("locales/lv/_empty.ftl"), "").unwrap();
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1);
    assert!(
        stderr.contains("notices/FSN2022-1230.yaml: the file is empty"),
        "{stderr}"
    );

    // An invalid locale folder name: reported, the others still build.
    let dir = project_copy();
    std::fs::create_dir(dir.path().join("locales/en_GB")).unwrap();
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1);
    assert!(
        stderr.contains("locale tag `en_GB` should be written `en-GB`"),
        "{stderr}"
    );
}

#[test]
fn template_errors_map_back_to_the_template() {
    let dir = project_copy();
    let style = std::fs::read_to_string(repo().join("src/templates/style.typ")).unwrap();
    write(
        &dir.path().join("templates/style.typ"),
        &style.replacen(
            "#let date-line(body) = block(below: 1.4em, body)",
            "#let date-line(body) = block(below: 1.4em, bodyy)",
            1,
        ),
    );
    let out = dir.path().join("out");
    let r = build(
        dir.path(),
        &out,
        &["--notice", "FSN2024-1562", "--locale", "it"],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("templates/style.typ:"), "{}", r.stderr);
    insta::assert_snapshot!(
        "typst_error_in_style",
        first_block(&r.stderr, "error: typst")
    );

    let dir = project_copy();
    let template = std::fs::read_to_string(repo().join("src/templates/notice.typ.j2")).unwrap();
    write(
        &dir.path().join("templates/notice.typ.j2"),
        &template.replacen("{% endfor %}", "{% endfor %}{% if %}", 1),
    );
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1);
    assert!(stderr.contains("templates/notice.typ.j2:"), "{stderr}");
    insta::assert_snapshot!("template_syntax", first_block(&stderr, "error: template"));
}

#[test]
fn nothing_outside_the_project_gets_in() {
    let dir = project_copy();
    let style = std::fs::read_to_string(repo().join("src/templates/style.typ")).unwrap();
    for (name, injected) in [
        ("read", "#let leak = read(\"/etc/passwd\")\n"),
        ("package", "#import \"@preview/cetz:0.3.0\"\n"),
        ("escape", "#let leak = read(\"../../../../etc/hostname\")\n"),
    ] {
        write(
            &dir.path().join("templates/style.typ"),
            &format!("{style}\n{injected}"),
        );
        let out = dir.path().join(format!("out-{name}"));
        let r = build(
            dir.path(),
            &out,
            &["--notice", "FSN2024-1562", "--locale", "it"],
        );
        assert_eq!(r.code, 1, "{name}: {}", r.stderr);
        assert!(
            r.stderr.contains("not found") || r.stderr.contains("cannot"),
            "{name}: {}",
            r.stderr
        );
        assert!(
            !out.join("FSN2024-1562/it/FSN2024-1562-it.pdf").exists(),
            "{name}"
        );
    }
    // A template cannot include files from outside the templates it was given.
    let dir = project_copy();
    let template = std::fs::read_to_string(repo().join("src/templates/notice.typ.j2")).unwrap();
    write(
        &dir.path().join("templates/notice.typ.j2"),
        &format!("{{% include \"../../notices/FSN2024-1562.yaml\" %}}\n{template}"),
    );
    let r = build(
        dir.path(),
        &dir.path().join("out"),
        &["--notice", "FSN2024-1562", "--locale", "it"],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("template"), "{}", r.stderr);
    // Nor read the environment: minijinja has no env access, an unknown name is an error.
    let dir = project_copy();
    write(
        &dir.path().join("templates/notice.typ.j2"),
        &format!("{{{{ env.HOME }}}}\n{template}"),
    );
    let r = build(
        dir.path(),
        &dir.path().join("out"),
        &["--notice", "FSN2024-1562", "--locale", "it"],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
}

/// A project with many locales, so a build lasts long enough to be interrupted.
fn slow_project() -> tempfile::TempDir {
    let dir = project_copy();
    let en = dir.path().join("locales/en");
    for tag in [
        "bg", "cs", "da", "et", "fi", "ga", "hr", "hu", "lt", "mt", "pt", "ro", "sk", "sl", "sv",
    ] {
        let target = dir.path().join("locales").join(tag);
        copy_dir(&en, &target);
    }
    dir
}

fn snapshot(out: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files = Vec::new();
    let mut stack = vec![out.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push((
                    path.strip_prefix(out).unwrap().display().to_string(),
                    std::fs::read(&path).unwrap(),
                ));
            }
        }
    }
    files.retain(|(p, _)| !p.starts_with(".noticegen-staging"));
    files.sort();
    files
}

#[test]
fn a_killed_build_leaves_earlier_outputs_and_manifest_as_they_were() {
    let dir = slow_project();
    let out = dir.path().join("out");
    assert_eq!(build(dir.path(), &out, &["--jobs", "1"]).code, 0);
    let before = snapshot(&out);
    // Change every translation, so the next build rewrites every PDF, and kill it mid-way.
    for entry in std::fs::read_dir(dir.path().join("locales")).unwrap() {
        let common = entry.unwrap().path().join("common.ftl");
        let text = std::fs::read_to_string(&common).unwrap();
        std::fs::write(
            &common,
            text.replacen("greeting = ", "greeting = Changed ", 1),
        )
        .unwrap();
    }
    for signal in ["KILL", "INT"] {
        let mut child = noticegen()
            .args(["build", "--jobs", "1", "--root"])
            .arg(dir.path())
            .arg("--out")
            .arg(&out)
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(400));
        // The shell's own `kill`: no procps needed on a fresh machine.
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("kill -{signal} {}", child.id()))
            .status()
            .unwrap();
        assert!(status.success());
        let exit = child.wait().unwrap();
        assert!(
            !exit.success(),
            "{signal}: the build should have been interrupted (make the project slower?)"
        );
        assert_eq!(
            snapshot(&out),
            before,
            "{signal}: an earlier output or the manifest changed"
        );
    }
    // The next build finishes and cleans up after the killed ones.
    assert_eq!(build(dir.path(), &out, &[]).code, 0);
    assert!(!out.join(".noticegen-staging").exists());
    assert_ne!(snapshot(&out), before);
}

#[test]
fn layout_errors_point_at_their_lines() {
    for (from, to, needle, at) in [
        (
            "manufacturer: illumina\n",
            "manufacturer: illumina\ntemplate: eu-commission\n",
            "unknown field `greeting`",
            "notices/FSN2024-1562.yaml:58:1",
        ),
        (
            "manufacturer: illumina\n",
            "manufacturer: illumina\ntemplate: eu-commision\n",
            "no layout `eu-commision`",
            "notices/FSN2024-1562.yaml:7:11",
        ),
        (
            "- id: dragen-server-v4",
            "- id: miseq-dx",
            "product id `miseq-dx` is used twice",
            "notices/FSN2024-1562.yaml:49:11",
        ),
        // Each rule of the loader, at the value or key it is about.
        (
            "manufacturer: illumina",
            "manufacturer: ilumina",
            "no manufacturer profile",
            "notices/FSN2024-1562.yaml:6:15",
        ),
        (
            "date: 2024-05-08",
            "date: 2024-05",
            "`2024-05` is a month",
            "notices/FSN2024-1562.yaml:7:7",
        ),
        (
            "titles_uppercase: false\n",
            "titles_uppercase: false\nred_titles: [1, 4]\n",
            "`red_titles` names title line 4",
            "notices/FSN2024-1562.yaml:12:17",
        ),
        (
            "titles_uppercase: false\n",
            "titles_uppercase: false\nmain_title: 0\n",
            "`main_title` names title line 0",
            "notices/FSN2024-1562.yaml:12:13",
        ),
        (
            "  columns:\n    - { field: name, header: col-product }\n    - { field: catalogue, header: col-catalogue }\n    - { field: udi, header: col-udi }\n",
            "  columns: []\n",
            "the products table needs at least one column",
            "notices/FSN2024-1562.yaml:28:12",
        ),
        (
            "    - { field: udi, header: col-udi }",
            "    - { field: text, header: col-udi }",
            "a `field: text` column needs `key:`",
            "notices/FSN2024-1562.yaml:31:30",
        ),
        (
            "greeting: greeting\n",
            "signatories:\n  - profile: nobody\ngreeting: greeting\n",
            "no signatory `nobody` in the profile `illumina`",
            "notices/FSN2024-1562.yaml:58:14",
        ),
        (
            "- text: { name: contact_title,",
            "- text: { name: contact_name,",
            "form field `contact_name` is named twice",
            "notices/FSN2024-1562.yaml:95:21",
        ),
    ] {
        let dir = project_copy();
        edit(&dir.path().join("notices/FSN2024-1562.yaml"), from, to);
        let (code, stderr) = check(dir.path());
        assert_eq!(code, 1, "{needle}: {stderr}");
        let block = first_block(&stderr, needle);
        assert!(block.contains(at), "{at}: {block}");
    }
    // A key of another layout says whose it is; an unknown layout lists the layouts.
    for (template, says) in [
        ("eu-commission", "that is a key of `template: letter`"),
        ("fda", "layouts: letter, eu-commission, fda-recall"),
    ] {
        let dir = project_copy();
        edit(
            &dir.path().join("notices/FSN2024-1562.yaml"),
            "manufacturer: illumina\n",
            &format!("manufacturer: illumina\ntemplate: {template}\n"),
        );
        let (_, stderr) = check(dir.path());
        assert!(stderr.contains(says), "{stderr}");
    }
}

/// The recall letter's rule (21 CFR 7.49): a way back for the response form and a deadline.
#[test]
fn a_recall_letter_without_a_way_back_is_refused() {
    let dir = project_copy();
    let notice = dir.path().join("notices/FSN2024-1562-US.yaml");
    edit(&notice, "  reply_deadline_days: 10\n", "");
    edit(
        &notice,
        "    fax: +1 858 202 4766\n    email: techsupport@illumina.com\n",
        "",
    );
    edit(
        &notice,
        "    address: |\n      Illumina, Inc., Attn: Field Actions\n      5200 Illumina Way\n      San Diego, CA 92122\n",
        "    {}\n",
    );
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    assert!(
        first_block(&stderr, "`fsca: reply_deadline_days` is missing")
            .contains("notices/FSN2024-1562-US.yaml:11:1"),
        "{stderr}"
    );
    // At the `respond:` key, not at its (empty) mapping a line below.
    let text = std::fs::read_to_string(&notice).unwrap();
    let line = text.lines().position(|l| l == "  respond:").unwrap() + 1;
    assert!(
        first_block(&stderr, "`respond:` needs a way back for the response form")
            .contains(&format!("notices/FSN2024-1562-US.yaml:{line}:3")),
        "{stderr}"
    );
    // A distributor form, at its key; without `fsca:`, the deadline at `template:`.
    let dir = project_copy();
    let notice = dir.path().join("notices/FSN2024-1562-US.yaml");
    let text = std::fs::read_to_string(&notice).unwrap();
    let (start, end) = (
        text.find("fsca:\n").unwrap(),
        text.find("links:\n").unwrap(),
    );
    let text = format!(
        "{}{}distributor_form:\n  title: form-title\n  rows: []\n",
        &text[..start],
        &text[end..]
    );
    std::fs::write(&notice, &text).unwrap();
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    let key = text.lines().count() - 2;
    for (says, at) in [
        ("`fsca: reply_deadline_days` is missing", "7:11".to_string()),
        ("has one response form", format!("{key}:1")),
    ] {
        let at = format!("notices/FSN2024-1562-US.yaml:{at}");
        assert!(first_block(&stderr, says).contains(&at), "{at}: {stderr}");
    }
    // Without its sections at all, the layout's key is named at the notice's first key.
    let dir = project_copy();
    let notice = dir.path().join("notices/FSN2024-1562-US.yaml");
    let text = std::fs::read_to_string(&notice).unwrap();
    let (start, end) = (text.find("fda:\n").unwrap(), text.find("form:\n").unwrap());
    std::fs::write(&notice, format!("{}{}", &text[..start], &text[end..])).unwrap();
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    assert!(
        first_block(
            &stderr,
            "the notice has no `fda:`; `template: fda-recall` needs one"
        )
        .contains("notices/FSN2024-1562-US.yaml:4:1"),
        "{stderr}"
    );
}

/// Every kind of input error a user can make, planted in a project whose general copies and
/// per-recipient letters were built: a general build and a recipients build afterwards leave
/// every file of the output folder and every manifest artifact as they were.
#[test]
fn a_failed_build_changes_no_published_output() {
    let dir = project_copy();
    let csv = dir.path().join("recipients.csv");
    std::fs::copy(repo().join("tests/fixtures/recipients.csv"), &csv).unwrap();
    let out = dir.path().join("out");
    let recipients = ["--recipients", csv.to_str().unwrap()];
    assert_eq!(build(dir.path(), &out, &[]).code, 0);
    let r = build(dir.path(), &out, &recipients);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let before = snapshot(&out);
    let artifacts = |out: &Path| manifest(out)["artifacts"].clone();
    let before_artifacts = artifacts(&out);
    assert!(
        before_artifacts.as_array().unwrap().len() > 20,
        "general copies and letters"
    );

    type Plant = fn(&Path);
    let cases: Vec<(&str, Plant, &str)> = vec![
        (
            "YAML syntax",
            |root| {
                edit(
                    &root.join("notices/FSN2022-1230.yaml"),
                    "titles: [",
                    "titles: [[",
                )
            },
            "kept 4 earlier outputs of FSN2022-1230: it failed to load",
        ),
        (
            "duplicate key",
            |root| {
                edit(
                    &root.join("notices/FSN2022-1230.yaml"),
                    "date:",
                    "document_code: X\ndate:",
                )
            },
            "kept 4 earlier outputs of FSN2022-1230: it failed to load",
        ),
        (
            "unknown key",
            |root| {
                edit(
                    &root.join("notices/FSN2022-1230.yaml"),
                    "date:",
                    "datee: x\ndate:",
                )
            },
            "kept 4 earlier outputs of FSN2022-1230: it failed to load",
        ),
        (
            "invalid id",
            |root| {
                edit(
                    &root.join("notices/FSN2022-1230.yaml"),
                    "id: FSN2022-1230",
                    "id: ../FSN2022-1230",
                )
            },
            "kept 4 earlier outputs of FSN2022-1230: it failed to load",
        ),
        (
            "missing manufacturer",
            |root| {
                edit(
                    &root.join("notices/FSN2022-1230.yaml"),
                    "manufacturer: illumina",
                    "manufacturer: ilumina",
                )
            },
            "kept 4 earlier outputs of FSN2022-1230: it failed to load",
        ),
        (
            "broken manufacturer profile",
            |root| {
                edit(
                    &root.join("notices/manufacturers/illumina.yaml"),
                    "website:",
                    "websitee:",
                )
            },
            "kept 4 earlier outputs of FSN2022-1230: it failed to load",
        ),
        (
            "Fluent syntax",
            |root| {
                edit(
                    &root.join("locales/it/FSN2022-1230.ftl"),
                    "summary-1 = ",
                    "summary-1 = { ",
                )
            },
            "kept 2 earlier outputs of FSN2022-1230 it: incomplete translation: 1 message missing",
        ),
        (
            "non-UTF-8 text",
            |root| {
                let path = root.join("locales/it/FSN2022-1230.ftl");
                let mut bytes = std::fs::read(&path).unwrap();
                bytes.extend_from_slice(b"\nextra = \xff\n");
                std::fs::write(path, bytes).unwrap();
            },
            "not UTF-8",
        ),
        (
            "missing message",
            |root| {
                edit(
                    &root.join("locales/it/FSN2022-1230.ftl"),
                    "summary-2 = ",
                    "# summary-2 = ",
                )
            },
            "kept 2 earlier outputs of FSN2022-1230 it: incomplete translation: 1 message missing",
        ),
        (
            "template syntax",
            |root| write(&root.join("templates/form.typ.j2"), "{% if %}\n"),
            "template error",
        ),
        (
            "template variable",
            |root| {
                write(
                    &root.join("templates/form.typ.j2"),
                    "{{ no_such_value.x }}\n",
                )
            },
            "earlier outputs of FSN2022-1230 it: its build failed",
        ),
        (
            "recipients CSV",
            |root| {
                edit(
                    &root.join("recipients.csv"),
                    ",lv,miseq-dx,",
                    ",xx,miseq-dx,",
                )
            },
            "recipients.csv:",
        ),
    ];
    for (name, plant, said) in cases {
        let case = tempfile::tempdir().unwrap();
        copy_dir(dir.path(), case.path());
        let out = case.path().join("out");
        let csv = case.path().join("recipients.csv");
        plant(case.path());
        let general = build(case.path(), &out, &[]);
        let letters = build(case.path(), &out, &["--recipients", csv.to_str().unwrap()]);
        assert!(
            !general.stderr.contains("panicked") && !letters.stderr.contains("panicked"),
            "{name}: {}{}",
            general.stderr,
            letters.stderr
        );
        let both = format!("{}\n{}", general.stderr, letters.stderr);
        assert!(both.contains(said), "{name}: expected {said:?} in\n{both}");
        assert!(!both.contains("removed "), "{name}: {both}");
        assert_eq!(
            artifacts(&out),
            before_artifacts,
            "{name}: manifest artifacts"
        );
        let after = snapshot(&out);
        let changed: Vec<&String> = after
            .iter()
            .zip(&before)
            .filter(|(a, b)| a != b)
            .map(|(a, _)| &a.0)
            .collect();
        assert!(
            after.len() == before.len() && changed.iter().all(|p| *p == "manifest.json"),
            "{name}: outputs changed: {changed:?} ({} files before, {} after)",
            before.len(),
            after.len()
        );
    }
}

/// Errors that once named the wrong cause: a missing top-level key is reported as missing (not
/// at the last key), a profile with an error as having errors (not as absent), and a notice that
/// fails to load does not make its `.ftl` files "used by nothing". A letter needs no greeting.
#[test]
fn errors_name_their_real_cause() {
    let dir = project_copy();
    let notice = dir.path().join("notices/FSN2024-1562.yaml");
    edit(&notice, "greeting: greeting\n", "");
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 0, "a letter without a greeting is fine: {stderr}");

    let text = std::fs::read_to_string(&notice).unwrap();
    let (start, end) = (
        text.find("products:\n").unwrap(),
        text.find("body:\n").unwrap(),
    );
    std::fs::write(&notice, format!("{}{}", &text[..start], &text[end..])).unwrap();
    // A notice may have no products table, but its body may not place one it lacks: the error
    // is at the block in the indented body (`  - products: {}`, line 28 once the table is gone).
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    assert!(
        first_block(
            &stderr,
            "the body places `products`, but the notice has no `products:`"
        )
        .contains("notices/FSN2024-1562.yaml:28:5"),
        "{stderr}"
    );
    assert!(!stderr.contains("used by nothing"), "{stderr}");
    edit(&notice, "  - products: {}\n", "");
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 0, "a letter without products: {stderr}");
    edit(&notice, "manufacturer: illumina\n", "");
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    assert!(
        first_block(&stderr, "the notice has no `manufacturer:`")
            .contains("notices/FSN2024-1562.yaml:4:1"),
        "{stderr}"
    );

    let dir = project_copy();
    edit(
        &dir.path().join("notices/manufacturers/illumina.yaml"),
        "legal_name: Illumina, Inc.\n",
        "legal_name: Illumina, Inc.\nlegal_form: Inc.\n",
    );
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("unknown field `legal_form`"), "{stderr}");
    assert!(
        stderr
            .contains("the manufacturer profile `notices/manufacturers/illumina.yaml` has errors"),
        "{stderr}"
    );
    assert!(!stderr.contains("no manufacturer profile"), "{stderr}");
}
