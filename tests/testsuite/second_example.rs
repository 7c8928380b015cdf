//! The second example project, `examples/medixa`: another manufacturer, German first. It builds
//! in both its languages and its pages show the general content model: letterhead, running
//! header, the profile's footer with phone numbers, a date without weekday, a table of lots with
//! dates and numbers in each language's format, a signatory chosen by the notice.

use std::path::{Path, PathBuf};

use crate::common::*;

fn medixa() -> PathBuf {
    repo().join("examples/medixa")
}

fn built(out: &Path) {
    let r = build(&medixa(), out, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("2 built"), "{}", r.stderr);
}

#[test]
fn the_medixa_notice_builds_in_german_and_english_with_its_own_frame() {
    let r = run(noticegen().args(["check", "--root"]).arg(medixa()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("0 error(s), 0 warning(s)"),
        "{}",
        r.stderr
    );

    let out = tempfile::tempdir().unwrap();
    built(out.path());
    let pdf = |tag: &str| {
        out.path()
            .join(format!("MX-FSCA-2025-07/{tag}/MX-FSCA-2025-07-{tag}.pdf"))
    };
    let de = pdf_text(&pdf("de"));
    let en = pdf_text(&pdf("en"));
    for (text, expected) in [
        (&de, "14. Juli 2025"),
        (&de, "Tabelle 2: Betroffene Chargen"),
        (&de, "31.03.2026"),
        (&de, "1.250"),
        (&de, "siehe Tabelle 2"),
        (&de, "MX-FSCA-2025-07 · QM-FSN-0457 · Version 2"),
        (&de, "Seite 1 von 3"),
        (&de, "Tel. +49 6221 555 0100"),
        (&de, "Fax +49 6221 555 0199"),
        (&de, "Medixa Diagnostik GmbH"),
        (&de, "Am Technologiepark 12"),
        (&de, "Division Labordiagnostik"),
        (&de, "Leiterin Qualitätsmanagement"),
        (&de, "In-vitro-Diagnostikum"),
        (&en, "July 14, 2025"),
        (&en, "Mar 31, 2026"),
        (&en, "1,250"),
        (&en, "see Table 2"),
        (&en, "Page 1 of 3"),
        (&en, "Phone +49 6221 555 0100"),
        (&en, "Head of Quality Management"),
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
    // The notice's own opening order (date, attention, titles, greeting), its first title line
    // the red marking and its second the PDF's title.
    let order = [
        "14. Juli 2025",
        "An: Laborleitung",
        "Dringende Sicherheitsinformation",
        "Abweichende Kalibratorwerte",
        "Sehr geehrte Damen und Herren",
    ];
    let at: Vec<usize> = order
        .iter()
        .map(|t| de.find(t).unwrap_or_else(|| panic!("{t:?} not in:\n{de}")))
        .collect();
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "{order:?} at {at:?}:\n{de}"
    );
    let title = python_ok([
        "-c",
        "import pypdf, sys; print(pypdf.PdfReader(sys.argv[1]).metadata.title)",
        pdf("de").to_str().unwrap(),
    ]);
    assert_eq!(
        title.trim(),
        "MX-FSCA-2025-07 Abweichende Kalibratorwerte bei MX TSH und MX fT4"
    );
    for text in [&de, &en] {
        // No weekday on the date line, one signatory of two, no empty "()" reference, and no
        // word of another project.
        for absent in [
            "Montag",
            "Monday",
            "Jonas Keller",
            "()",
            "Illumina",
            "Verification",
        ] {
            assert!(!text.contains(absent), "{absent:?} in:\n{text}");
        }
    }
    // The logo is drawn: page 1 has more than text on it.
    let info = pdf_check(&[pdf("de"), pdf("en")]);
    for report in &info {
        assert!(
            report["problems"].as_array().unwrap().is_empty(),
            "{report}"
        );
    }
    let m = manifest(out.path());
    let forms = m["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "form")
        .count();
    assert_eq!(forms, 2);
}

/// A logo must be a file of the project: a path out of it is refused at its line.
#[test]
fn a_logo_outside_the_project_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&medixa(), dir.path());
    let profile = dir.path().join("notices/manufacturers/medixa.yaml");
    edit(
        &profile,
        "logo: assets/medixa-logo.svg",
        "logo: ../../../../etc/hostname.svg",
    );
    let r = run(noticegen().args(["check", "--root"]).arg(dir.path()));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("notices/manufacturers/medixa.yaml:13:9"),
        "{}",
        r.stderr
    );
    edit(
        &profile,
        "logo: ../../../../etc/hostname.svg",
        "logo: assets/logo.bmp",
    );
    let r = run(noticegen().args(["check", "--root"]).arg(dir.path()));
    assert!(
        r.stderr.contains("an SVG, PNG, JPEG, GIF or WebP file"),
        "{}",
        r.stderr
    );
}

/// A notice may list its own contacts in place of the profile's.
#[test]
fn a_notice_prints_its_own_contacts() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&medixa(), dir.path());
    let _ = std::fs::remove_dir_all(dir.path().join("output"));
    edit(
        &dir.path().join("notices/MX-FSCA-2025-07.yaml"),
        "signatories:\n",
        "contacts:\n  - label: contact-vigilance\n    phone: +49 6221 555 0777\nsignatories:\n",
    );
    let out = dir.path().join("out");
    let r = build(dir.path(), &out, &["--locale", "de"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let de = pdf_text(&out.join("MX-FSCA-2025-07/de/MX-FSCA-2025-07-de.pdf"));
    assert!(de.contains("Vigilanz: Tel. +49 6221 555 0777"), "{de}");
    assert!(!de.contains("Kundenservice:"), "{de}");
}

/// A lot's unknown product and impossible expiry date are errors at the value itself.
#[test]
fn lot_errors_point_at_their_values() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&medixa(), dir.path());
    let notice = dir.path().join("notices/MX-FSCA-2025-07.yaml");
    edit(
        &notice,
        "{ product: ft4, lot: \"FT42505C\", expiry: 2026-05-31,",
        "{ product: t3, lot: \"FT42505C\", expiry: 2026-02-30,",
    );
    let text = std::fs::read_to_string(&notice).unwrap();
    let (line, row) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("FT42505C"))
        .unwrap();
    let r = run(noticegen().args(["check", "--root"]).arg(dir.path()));
    assert_eq!(r.code, 1, "{}", r.stderr);
    for (says, value) in [("no product `t3`", "t3"), ("`2026-02-30`", "2026-02-30")] {
        let column = row.find(value).unwrap() + 1;
        let at = format!("notices/MX-FSCA-2025-07.yaml:{}:{column}", line + 1);
        let block = r
            .stderr
            .split("\n\n")
            .find(|b| b.contains(says))
            .unwrap_or_else(|| panic!("{says}: {}", r.stderr));
        assert!(block.contains(&at), "{at}: {block}");
    }
}

/// `--draft` fills a missing message from the source locale, which in this project is German,
/// and `build --help` says so.
#[test]
fn draft_fills_from_the_source_locale_not_english() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&medixa(), dir.path());
    let en = dir.path().join("locales/en/MX-FSCA-2025-07.ftl");
    let text = std::fs::read_to_string(&en).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("intro = "))
        .collect();
    std::fs::write(&en, kept.join("\n") + "\n").unwrap();
    let out = dir.path().join("out");
    let r = build(dir.path(), &out, &["--locale", "en"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("--draft"), "{}", r.stderr);
    let r = build(dir.path(), &out, &["--locale", "en", "--draft"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = pdf_text(&out.join("MX-FSCA-2025-07/en/MX-FSCA-2025-07-en.pdf"));
    assert!(text.contains("Medixa Diagnostik informiert Sie"), "{text}");
    assert!(text.contains("Dear Customer,"), "{text}");

    let help = run(noticegen().args(["build", "--help"]));
    let draft = help.stdout.split("--draft").nth(1).unwrap_or_default();
    assert!(draft.contains("source locale"), "{}", help.stdout);
    assert!(
        !draft.split("--").next().unwrap().contains("English"),
        "{}",
        help.stdout
    );
}
