//! A layout's standard text is built in: a project made by `init` lays a notice out with
//! `template: eu-commission` or `fda-recall` and it checks and builds clean, with the layout's
//! headings in English (and the EU template's in Italian). A project's own text wins; a locale
//! without built-in text gets a skeleton to translate, and a missing standard message says where
//! it is built in and where this locale's goes.

use std::path::Path;

use crate::common::*;

/// An `init` project holding the EU and US versions of the example's FSN2024-1562, with their
/// own text but none of the layouts' standard text.
fn project_with_both_layouts() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let r = run(noticegen().arg("init").arg(root));
    assert_eq!(r.code, 0, "{}", r.stderr);
    std::fs::remove_file(root.join("notices/FSN-0001.yaml")).unwrap();
    std::fs::remove_file(root.join("locales/en/FSN-0001.ftl")).unwrap();
    for id in ["FSN2024-1562-EU", "FSN2024-1562-US"] {
        let yaml = std::fs::read_to_string(example().join(format!("notices/{id}.yaml"))).unwrap();
        let yaml = yaml.replace("manufacturer: illumina", "manufacturer: my-company");
        std::fs::write(root.join(format!("notices/{id}.yaml")), yaml).unwrap();
        let from = example().join(format!("locales/en/{id}.ftl"));
        std::fs::copy(from, root.join(format!("locales/en/{id}.ftl"))).unwrap();
    }
    // The US notice's response form names three labels of the example's own common.ftl.
    let us = root.join("locales/en/FSN2024-1562-US.ftl");
    let text = std::fs::read_to_string(&us).unwrap();
    let labels = "form-name = Name:\nform-job-title = Title:\nform-date = Date:\n";
    std::fs::write(&us, format!("{text}\n{labels}")).unwrap();
    dir
}

fn pdf_of(out: &Path, id: &str, tag: &str) -> std::path::PathBuf {
    out.join(format!("{id}/{tag}/{id}-{tag}.pdf"))
}

#[test]
fn init_and_either_regulators_layout_check_and_build_clean() {
    let dir = project_with_both_layouts();
    let root = dir.path();
    assert!(!root.join("locales/en/_eu-commission.ftl").exists());
    let (code, stderr) = check(root);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("0 error(s), 0 warning(s)"), "{stderr}");
    let out = root.join("out");
    let r = build(root, &out, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("2 built"), "{}", r.stderr);
    let eu = pdf_text(&pdf_of(&out, "FSN2024-1562-EU", "en"));
    for heading in [
        "Urgent Field Safety Notice (FSN)",
        "Information on affected devices",
        "Transmission of this Field Safety Notice",
    ] {
        assert!(eu.contains(heading), "{heading}:\n{eu}");
    }
    let us = pdf_text(&pdf_of(&out, "FSN2024-1562-US", "en"));
    for heading in [
        "URGENT: MEDICAL DEVICE RECALL",
        "Reason for the recall",
        "Risk to health",
    ] {
        assert!(us.contains(heading), "{heading}:\n{us}");
    }

    // The project's own message wins over the built-in one.
    let common = root.join("locales/en/common.ftl");
    let text = std::fs::read_to_string(&common).unwrap();
    std::fs::write(
        &common,
        format!("{text}fda-reason = Why we recall the product\n"),
    )
    .unwrap();
    let r = build(root, &out, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let us = pdf_text(&pdf_of(&out, "FSN2024-1562-US", "en"));
    assert!(us.contains("Why we recall the product"), "{us}");
    assert!(!us.contains("Reason for the recall"), "{us}");
}

#[test]
fn a_locale_gets_a_skeleton_only_for_standard_text_not_built_in_for_it() {
    let dir = project_with_both_layouts();
    let root = dir.path();
    for tag in ["it", "lv", "pl"] {
        let r = run(noticegen().args(["locale", "add", tag, "--root"]).arg(root));
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    // Italian and Latvian have the EU template's text built in; Polish has neither layout's.
    for tag in ["it", "lv"] {
        assert!(
            !root
                .join(format!("locales/{tag}/_eu-commission.ftl"))
                .exists()
        );
        assert!(root.join(format!("locales/{tag}/_fda-recall.ftl")).exists());
    }
    let pl = std::fs::read_to_string(root.join("locales/pl/_eu-commission.ftl")).unwrap();
    assert!(
        pl.contains("# en: Urgent Field Safety Notice (FSN)\n# eu-title =\n"),
        "{pl}"
    );

    // The built-in Latvian headings print in a draft (the notice's own text still English),
    // and `status` shows them as drafted text nobody has reviewed yet.
    let out = root.join("out");
    let r = build(root, &out, &["--draft", "--locale", "lv"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lv = pdf_text(&pdf_of(&out, "FSN2024-1562-EU", "lv"));
    for heading in [
        "Steidzams drošības paziņojums (FSN)",
        "Informācija par skartajām ierīcēm",
    ] {
        assert!(lv.contains(heading), "{heading}:\n{lv}");
    }
    let row = unreviewed_row(root);
    assert_eq!(row.matches("_eu-commission").count(), 2, "{row}");

    // XLIFF carries the standard text to the agency like any shared file.
    let xliff = root.join("xliff");
    let r = run(noticegen()
        .args(["xliff", "export", "--locale", "pl", "--out"])
        .arg(&xliff)
        .arg("--root")
        .arg(root));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let exported = std::fs::read_to_string(xliff.join("pl.xlf")).unwrap();
    assert!(
        exported.contains("original=\"_eu-commission.ftl\""),
        "{exported}"
    );
    assert!(
        exported.contains("Urgent Field Safety Notice (FSN)"),
        "{exported}"
    );
}

#[test]
fn a_missing_standard_message_names_where_it_is_built_in() {
    let dir = project_with_both_layouts();
    let root = dir.path();
    // A project file of the layout's own replaces its built-in text for the locale: one that
    // lacks a heading leaves that heading undefined.
    std::fs::write(
        root.join("locales/en/_fda-recall.ftl"),
        "fda-marking-recall = URGENT: MEDICAL DEVICE RECALL\n",
    )
    .unwrap();
    let (code, stderr) = check(root);
    assert_eq!(code, 1, "{stderr}");
    let block = first_block(&stderr, "the template uses `fda-hazard`");
    assert!(
        block.contains(
            "`fda-hazard` is the standard text of the `fda-recall` layout, built in for: en"
        ),
        "{block}"
    );
    assert!(
        block.contains("write this locale's in locales/en/_fda-recall.ftl"),
        "{block}"
    );
}
