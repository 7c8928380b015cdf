//! A regulator's expectations as `check` findings (`regime:`), each at the notice's line with
//! its source, and the rules a letter waives on purpose, listed. A letter that misses a rule is
//! still built: findings are warnings, not refusals.

use std::path::{Path, PathBuf};

use crate::common::*;

fn copy_of(example: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("examples").join(example), dir.path());
    std::fs::remove_dir_all(dir.path().join("output")).ok();
    dir
}

fn line_of(file: &Path, line: &str) -> usize {
    let text = std::fs::read_to_string(file).unwrap();
    text.lines().position(|l| l == line).unwrap() + 1
}

fn notice(dir: &Path, id: &str) -> PathBuf {
    dir.join(format!("notices/{id}.yaml"))
}

#[test]
fn us_letters_without_a_response_form_get_findings_not_refusals_and_waivers_are_listed() {
    // The example waives the one rule each of its letters does without, and says why.
    let (code, stderr) = check(&repo().join("examples/calder"));
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("0 error(s), 0 warning(s)"), "{stderr}");
    assert_eq!(
        stderr.matches("`fda-report-back` waived: ").count(),
        2,
        "{stderr}"
    );
    assert!(
        stderr.contains("there is no product to return or count"),
        "{stderr}"
    );

    // Without the waiver: a warning at `regime:`, citing 21 CFR 7.49, and the letter builds.
    let dir = copy_of("calder");
    let correction = notice(dir.path(), "CD-2026-034");
    edit(
        &correction,
        "waive:\n  - rule: fda-report-back\n    reason: the meters update themselves; there is no product to return or count\n",
        "",
    );
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 0, "{stderr}");
    let at = format!(
        "notices/CD-2026-034.yaml:{}:9",
        line_of(&correction, "regime: fda")
    );
    let block = first_block(
        &stderr,
        "`fda-report-back`: the letter has no response form",
    );
    assert!(block.contains(&at), "{block}");
    assert!(block.contains("21 CFR 7.49(c)(1)(v)"), "{block}");
    assert!(
        block.contains("add a response form under `form:`"),
        "{block}"
    );
    assert!(stderr.contains("0 error(s), 1 warning(s)"), "{stderr}");
    let out = dir.path().join("out");
    let r = build(dir.path(), &out, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("4 built"), "{}", r.stderr);

    // A waiver of a rule the regime does not have is an error, at its name.
    let recall = notice(dir.path(), "CD-2026-031");
    edit(
        &recall,
        "  - rule: fda-report-back",
        "  - rule: fda-postcard",
    );
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    let at = format!(
        "notices/CD-2026-031.yaml:{}:11",
        line_of(&recall, "  - rule: fda-postcard")
    );
    let block = first_block(&stderr, "no rule `fda-postcard` in regime `fda`");
    assert!(block.contains(&at), "{block}");
    assert!(
        block.contains("fda-marking, fda-identify, fda-report-back"),
        "{block}"
    );
}

#[test]
fn a_marking_that_says_neither_recall_nor_correction_is_a_finding_at_the_marking() {
    let dir = copy_of("calder");
    let ftl = dir.path().join("locales/en-US/CD-2026-031.ftl");
    edit(
        &ftl,
        "marking-urgent = URGENT: MEDICAL DEVICE RECALL",
        "marking-urgent = IMPORTANT CUSTOMER INFORMATION",
    );
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 0, "{stderr}");
    let recall = notice(dir.path(), "CD-2026-031");
    let at = format!(
        "notices/CD-2026-031.yaml:{}:10",
        line_of(&recall, "marking: marking-urgent")
    );
    let block = first_block(
        &stderr,
        "`fda-marking`: the marking `marking-urgent` says neither",
    );
    assert!(block.contains(&at), "{block}");
    assert!(block.contains("21 CFR 7.49(b)"), "{block}");
}

#[test]
fn eu_notices_name_each_devices_udi_and_the_manufacturers_srn() {
    let dir = copy_of("medixa");
    let fsn = notice(dir.path(), "MX-FSCA-2025-07");
    let text = std::fs::read_to_string(&fsn).unwrap();
    std::fs::write(&fsn, format!("{text}regime: eu\n")).unwrap();
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("0 error(s), 0 warning(s)"), "{stderr}");

    edit(&fsn, "      udi: [\"04260612340023\"]\n", "");
    edit(
        &dir.path().join("notices/manufacturers/medixa.yaml"),
        "srn: DE-MF-000012345\n",
        "",
    );
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 0, "{stderr}");
    let block = first_block(&stderr, "`eu-udi`: a product has no UDI-DI");
    assert!(block.contains("Article 89(8)"), "{block}");
    let block = first_block(&stderr, "`eu-srn`: the profile `medixa` has no `srn:`");
    assert!(
        block.contains(&format!(
            "notices/MX-FSCA-2025-07.yaml:{}:15",
            line_of(&fsn, "manufacturer: medixa")
        )),
        "{block}"
    );

    // A waiver needs a regime to waive a rule of.
    let text = std::fs::read_to_string(&fsn)
        .unwrap()
        .replace("regime: eu\n", "");
    let waive = "waive:\n  - rule: eu-srn\n    reason: not yet issued\n";
    std::fs::write(&fsn, format!("{text}{waive}")).unwrap();
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("`waive:` names a rule, but the notice names no `regime:`"),
        "{stderr}"
    );
}

/// `init --regime` writes a starter notice that meets the regime's rules: it checks with no
/// findings and builds; the same project without what the preset added gets the finding.
#[test]
fn init_for_a_regime_checks_clean_and_builds() {
    for (regime, extra) in [
        ("fda", &[][..]),
        ("eu", &["--source-locale", "de", "--locale", "en"][..]),
        ("tga", &["--source-locale", "en-AU"][..]),
        ("mhra", &["--source-locale", "en-GB"][..]),
        ("hc", &["--locale", "fr-CA"][..]),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let r = run(noticegen()
            .arg("init")
            .arg(root)
            .args(["--regime", regime])
            .args(extra));
        assert_eq!(r.code, 0, "{}", r.stderr);
        let notice = std::fs::read_to_string(root.join("notices/FSN-0001.yaml")).unwrap();
        assert!(
            notice.contains(&format!("\nregime: {regime}\n")),
            "{notice}"
        );
        let (code, stderr) = check(root);
        assert_eq!(code, 0, "{regime}: {stderr}");
        assert!(
            stderr.contains("0 error(s), 0 warning(s)"),
            "{regime}: {stderr}"
        );
        let out = root.join("out");
        let r = build(root, &out, &[]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        if regime == "tga" {
            let pdf = out.join("FSN-0001/en-AU/FSN-0001-en-AU.pdf");
            let text = pdf_text(&pdf);
            assert!(text.contains("Urgent Medical Device Recall"), "{text}");
            assert!(
                text.contains("following consultation with the Therapeutic Goods"),
                "{text}"
            );
        } else if regime == "fda" {
            let pdf = out.join("FSN-0001/en/FSN-0001-en.pdf");
            assert!(page_sizes(&pdf).iter().all(|s| *s == US_LETTER));
            assert!(pdf_text(&pdf).contains("URGENT: MEDICAL DEVICE RECALL"));
        } else if regime == "mhra" {
            // The UDI printed, and the regime's headings with the risk first.
            let text = pdf_text(&out.join("FSN-0001/en-GB/FSN-0001-en-GB.pdf"));
            assert!(text.contains("00000000000000"), "{text}");
            let risk = text.find("The risk to patients and users").expect(&text);
            assert!(risk < text.find("The problem").expect(&text), "{text}");
            assert!(text.contains("What you must do"), "{text}");
        } else if regime == "hc" {
            // The regime's paper with no `paper:` in the notice, and its heading in each
            // language from the built-in standard text.
            assert!(!notice.contains("paper:"), "{notice}");
            for (tag, heading) in [
                ("en", "Urgent Medical Device Recall"),
                ("fr-CA", "Rappel urgent d'instrument médical"),
            ] {
                let pdf = out.join(format!("FSN-0001/{tag}/FSN-0001-{tag}.pdf"));
                assert!(page_sizes(&pdf).iter().all(|s| *s == US_LETTER), "{tag}");
                let text = pdf_text(&pdf);
                assert!(text.contains(heading), "{tag}: {text}");
            }
            // Drafted text is shown as such.
            let row = unreviewed_row(root);
            assert_eq!(row.matches("_hc").count(), 2, "{row}");
        } else if regime == "eu" {
            let profile = root.join("notices/manufacturers/my-company.yaml");
            let text = std::fs::read_to_string(&profile).unwrap();
            let kept: Vec<&str> = text.lines().filter(|l| !l.starts_with("srn:")).collect();
            std::fs::write(&profile, kept.join("\n") + "\n").unwrap();
            let (code, stderr) = check(root);
            assert_eq!(code, 0, "{stderr}");
            assert!(
                stderr.contains("`eu-srn`: the profile `my-company` has no `srn:`"),
                "{stderr}"
            );
        }
    }
}

/// The MHRA's FSN guidance: the example has no findings; a product without its UDI is found at
/// the product's name, a letter without steps at `regime:`, each citing the guidance.
#[test]
fn a_uk_fsn_meets_the_mhra_guidance_and_a_missing_udi_or_steps_are_found() {
    let (code, stderr) = check(&repo().join("examples/fenmoor"));
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("0 error(s), 0 warning(s)"), "{stderr}");
    let out = tempfile::tempdir().unwrap();
    let r = build(&repo().join("examples/fenmoor"), out.path(), &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let pdf = out
        .path()
        .join("FD-FSCA-2026-07/en-GB/FD-FSCA-2026-07-en-GB.pdf");
    let text = pdf_text(&pdf);
    // The regime's standard headings, the risk before the problem.
    let risk = text.find("The risk to patients and users").expect(&text);
    let problem = text.find("The problem").expect(&text);
    assert!(risk < problem, "{text}");
    for says in [
        "Urgent Field Safety Notice",
        "What you must do",
        "05069990000174",
    ] {
        assert!(text.contains(says), "{says}:\n{text}");
    }
    assert!(page_sizes(&pdf).iter().all(|s| *s == A4));

    let dir = copy_of("fenmoor");
    let notice = notice(dir.path(), "FD-FSCA-2026-07");
    edit(&notice, "      udi: [\"05069990000174\"]\n", "");
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 0, "{stderr}");
    let block = first_block(&stderr, "`mhra-udi`: a product has no UDI");
    let at = line_of(&notice, "      name: product-crp");
    assert!(
        block.contains(&format!("notices/FD-FSCA-2026-07.yaml:{at}:")),
        "{block}"
    );
    assert!(block.contains("Effective field safety notices"), "{block}");

    let text = std::fs::read_to_string(&notice).unwrap();
    let start = text.find("  - steps:\n").unwrap();
    let end = text.find("  - heading: mhra-contact\n").unwrap();
    std::fs::write(&notice, format!("{}{}", &text[..start], &text[end..])).unwrap();
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 0, "{stderr}");
    let block = first_block(&stderr, "`mhra-actions`: the letter lists nothing");
    assert!(
        block.contains(&format!(
            "notices/FD-FSCA-2026-07.yaml:{}:",
            line_of(&notice, "regime: mhra")
        )),
        "{block}"
    );
}

/// The TGA's sponsor's customer letter: the example has no findings; "voluntary" planted in a
/// message is found at that message's line, a dropped reference number at `fsca:`, each citing
/// the URPTG.
#[test]
fn a_tga_recall_meets_the_urptg_and_voluntary_or_a_missing_reference_is_found() {
    let (code, stderr) = check(&repo().join("examples/kestrel"));
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("0 error(s), 0 warning(s)"), "{stderr}");
    let out = tempfile::tempdir().unwrap();
    let r = build(&repo().join("examples/kestrel"), out.path(), &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = pdf_text(&out.path().join("KM-2026-011/en-AU/KM-2026-011-en-AU.pdf"));
    for says in [
        "Urgent Medical Device Recall",
        "TGA recall reference number RC-2026-RN-01142-1",
        "following consultation with the Therapeutic Goods Administration (TGA)",
        "FS26031 31/03/2028 FS26032 31/03/2028",
        "Acknowledgement form",
    ] {
        assert!(text.contains(says), "{says}:\n{text}");
    }

    let dir = copy_of("kestrel");
    let ftl = dir.path().join("locales/en-AU/KM-2026-011.ftl");
    edit(
        &ftl,
        "(TGA), is recalling",
        "(TGA), is voluntarily recalling",
    );
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 0, "{stderr}");
    let line = std::fs::read_to_string(&ftl)
        .unwrap()
        .lines()
        .position(|l| l.starts_with("consultation = "))
        .unwrap()
        + 1;
    let block = first_block(
        &stderr,
        "`tga-voluntary`: a message calls the recall voluntary",
    );
    assert!(
        block.contains(&format!("locales/en-AU/KM-2026-011.ftl:{line}:1")),
        "{block}"
    );
    assert!(block.contains("URPTG"), "{block}");

    // Given but not printed (its details row gone): at `fsca:`.
    let notice = notice(dir.path(), "KM-2026-011");
    let row = "        - { label: detail-reference, text: \"RC-2026-RN-01142-1\" }\n";
    edit(&notice, row, "");
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 0, "{stderr}");
    let block = first_block(
        &stderr,
        "`tga-reference`: the reference `RC-2026-RN-01142-1` is not printed",
    );
    assert!(
        block.contains(&format!(
            "notices/KM-2026-011.yaml:{}:1",
            line_of(&notice, "fsca:")
        )),
        "{block}"
    );
    edit(&notice, "  reference: RC-2026-RN-01142-1\n", "");
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 0, "{stderr}");
    let block = first_block(
        &stderr,
        "`tga-reference`: the notice gives no TGA recall reference",
    );
    assert!(
        block.contains(&format!(
            "notices/KM-2026-011.yaml:{}:1",
            line_of(&notice, "fsca:")
        )),
        "{block}"
    );
    assert!(block.contains("Sponsor's customer letter"), "{block}");
}

/// Each regime has its page in the guide, and the page lists every rule the code checks for it.
#[test]
fn every_rule_is_listed_on_its_regimes_page() {
    for regime in ["eu", "fda", "tga", "mhra", "hc"] {
        let code = std::fs::read_to_string(repo().join(format!("src/regime/{regime}.rs"))).unwrap();
        let page =
            std::fs::read_to_string(repo().join(format!("docs/src/regimes/{regime}.md"))).unwrap();
        let ids: Vec<&str> = code
            .lines()
            .filter_map(|l| l.trim().strip_prefix("id: \""))
            .filter_map(|l| l.strip_suffix("\","))
            .collect();
        for id in &ids {
            assert!(
                page.contains(&format!("| `{id}` |")),
                "{regime}: `{id}` is not on its page"
            );
        }
        let overview = std::fs::read_to_string(repo().join("docs/src/regimes.md")).unwrap();
        let row = overview
            .lines()
            .find(|l| l.starts_with(&format!("| [`{regime}`]")))
            .unwrap_or_else(|| panic!("{regime} has no row in regimes.md"));
        assert!(row.contains(&format!("| {} |", ids.len())), "{row}");
    }
}
