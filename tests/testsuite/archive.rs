//! `build --profile archive`: PDF/A-2b, checked with the tools available here: pikepdf reads
//! the XMP claim and metadata, sees every font embedded and checks the structure (qpdf), the
//! forms are still fillable with pypdf; and, where Java and PDFBox are installed (CI), Apache
//! PDFBox Preflight validates (it checks PDF/A-1b; the two rules where PDF/A-2b allows more are
//! set aside, see README).

use std::path::Path;
use std::process::Command;

use crate::common::*;

fn claims(pdf: &Path) -> serde_json::Value {
    let script = repo().join("tests/support/pdfa_check.py");
    serde_json::from_str(&python_ok([script.as_path(), pdf])).unwrap()
}

/// PDFBox Preflight's findings, less the PDF/A-1-only ones: ICC profile version 4 (PDF/A-1 is
/// PDF 1.4, which knows ICC v2 only; PDF/A-2 allows v4) and "part must be 1".
fn preflight_errors(pdf: &Path) -> Vec<String> {
    let jars = [
        "preflight",
        "pdfbox2",
        "fontbox2",
        "xmpbox",
        "commons-logging",
        "javax.activation",
        "jaxb-api",
    ];
    let classpath: Vec<String> = jars
        .iter()
        .map(|j| format!("/usr/share/java/{j}.jar"))
        .collect();
    let output = Command::new("java")
        .arg("-cp")
        .arg(classpath.join(":"))
        .arg("org.apache.pdfbox.preflight.Validator_A1b")
        .arg(pdf)
        .output()
        .expect("java runs (.ci/run installs libpdfbox2-java)");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("is a valid PDF/A-1b file")
            || stdout.contains("is not a valid PDF/A-1b file"),
        "Preflight did not run: {stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
        .lines()
        .filter(|l| l.contains(" : "))
        .filter(|l| !l.contains("Invalid version of the ICCProfile"))
        .filter(|l| !l.contains("part must be 1"))
        .map(str::to_string)
        .collect()
}

#[test]
fn archive_pdfs_claim_pdf_a_2b_embed_every_font_and_pass_the_checks() {
    let out = tempfile::tempdir().unwrap();
    let r = build(&example(), out.path(), &["--profile", "archive"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let m = manifest(out.path());
    let artifacts = m["artifacts"].as_array().unwrap();
    assert!(artifacts.len() >= 20);
    for artifact in artifacts {
        assert_eq!(artifact["profile"], "archive");
        let path = out.path().join(artifact["path"].as_str().unwrap());
        let name = path.display().to_string();
        let c = claims(&path);
        assert_eq!(c["part"], "2", "{name}: {c}");
        assert_eq!(c["conformance"], "B", "{name}");
        assert_eq!(c["output_intents"], 1, "{name}");
        assert_eq!(c["notice"], artifact["notice"], "{name}");
        assert!(
            c["title"]
                .as_str()
                .unwrap()
                .starts_with(artifact["notice"].as_str().unwrap()),
            "{name}: {c}"
        );
        let locale = artifact["locale"].as_str().unwrap();
        assert_eq!(c["language"], serde_json::json!([locale]), "{name}");
        assert_eq!(c["need_appearances"], false, "{name}");
        if artifact["kind"] == "notice" {
            assert_eq!(c["tagged"], true, "{name}: the notice is a tagged PDF");
            assert_eq!(c["lang"], locale, "{name}");
        }
        assert!(
            c["fields"].as_u64().unwrap() > 0,
            "{name}: forms stay fillable"
        );
    }
    let paths: Vec<std::path::PathBuf> = artifacts
        .iter()
        .map(|a| out.path().join(a["path"].as_str().unwrap()))
        .collect();
    for report in pdf_check(&paths) {
        let name = &report["file"];
        assert_eq!(report["problems"], serde_json::json!([]), "{name}");
        for font in report["fonts"].as_array().unwrap() {
            assert_eq!(font["embedded"], true, "{name}: not embedded: {font}");
        }
    }

    // Filled with pypdf, a reply form keeps its values (and stays a PDF/A-2b claim).
    let form = out.path().join("FSN2024-1562/lv/FSN2024-1562-lv-form.pdf");
    let filled = out.path().join("filled.pdf");
    let report = fill_form(&form, &filled, &["--answer", "No"]);
    for (name, value) in report["filled"].as_object().unwrap() {
        assert_eq!(&report["read_back"][name], value, "{name}");
    }
    assert_eq!(claims(&filled)["part"], "2");
}

/// Apache PDFBox Preflight on every archive PDF. Not part of the README's test command: it
/// needs Java and PDFBox from Debian (`apt-get install default-jre-headless libpdfbox2-java
/// libactivation-java libjaxb-api-java`), which only root can install; `.ci/run` installs them
/// and runs `cargo test --release --test archive -- --ignored`.
#[test]
#[ignore = "needs Java and PDFBox: apt-get install default-jre-headless libpdfbox2-java libactivation-java libjaxb-api-java"]
fn pdfbox_preflight_finds_nothing_in_the_archive_pdfs() {
    let out = tempfile::tempdir().unwrap();
    let r = build(&example(), out.path(), &["--profile", "archive"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let m = manifest(out.path());
    for artifact in m["artifacts"].as_array().unwrap() {
        let path = out.path().join(artifact["path"].as_str().unwrap());
        assert_eq!(
            preflight_errors(&path),
            Vec::<String>::new(),
            "{}",
            path.display()
        );
    }
}

#[test]
fn the_default_profile_makes_no_pdf_a_claim() {
    let out = tempfile::tempdir().unwrap();
    let r = build(
        &example(),
        out.path(),
        &["--notice", "FSN2024-1562", "--locale", "lv"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let c = claims(&out.path().join("FSN2024-1562/lv/FSN2024-1562-lv.pdf"));
    assert_eq!(c["part"], serde_json::Value::Null, "{c}");
    assert!(
        manifest(out.path())["artifacts"][0]
            .get("profile")
            .is_none()
    );
}
