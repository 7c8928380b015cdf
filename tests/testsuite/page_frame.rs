//! The page frame as printed: the paper a notice asks for (or its layout's), the letterhead on
//! that paper, the running footer's lines (a line of just `{ $page }` too) and a profile
//! without a footer; and a layout section with nothing in it left out, heading and all.

use std::path::Path;

use crate::common::*;

fn medixa_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("examples/medixa"), dir.path());
    dir
}

const MEDIXA: &str = "MX-FSCA-2025-07";

fn medixa_pdf(out: &Path, tag: &str) -> std::path::PathBuf {
    out.join(format!("{MEDIXA}/{tag}/{MEDIXA}-{tag}.pdf"))
}

#[test]
fn a_notice_chooses_its_paper_and_the_letterhead_is_on_it() {
    let dir = medixa_copy();
    let notice = dir.path().join(format!("notices/{MEDIXA}.yaml"));
    let out = dir.path().join("out");
    let r = build(dir.path(), &out, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(page_sizes(&medixa_pdf(&out, "de")).iter().all(|s| *s == A4));

    let text = std::fs::read_to_string(&notice).unwrap();
    std::fs::write(&notice, format!("{text}paper: us-letter\n")).unwrap();
    let r = build(dir.path(), &out, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let sizes = page_sizes(&medixa_pdf(&out, "de"));
    assert!(
        sizes.iter().all(|s| *s == US_LETTER),
        "every page, the letterhead's first too: {sizes:?}"
    );
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn an_unknown_paper_is_refused_at_its_line() {
    let dir = medixa_copy();
    let notice = dir.path().join(format!("notices/{MEDIXA}.yaml"));
    let text = std::fs::read_to_string(&notice).unwrap();
    let lines = text.lines().count();
    std::fs::write(&notice, format!("{text}paper: a5\n")).unwrap();
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    let at = format!("notices/{MEDIXA}.yaml:{}:8", lines + 1);
    assert!(stderr.contains(&at), "{at}: {stderr}");
    assert!(
        stderr.contains("us-letter"),
        "the choices are named: {stderr}"
    );
}

/// The FDA layout's US Letter is set with the page frame: a letterhead no longer sits alone on
/// an A4 first page.
#[test]
fn the_fda_recall_letter_with_a_letterhead_is_us_letter_from_its_first_page() {
    let dir = project_copy();
    let profile = dir.path().join("notices/manufacturers/illumina.yaml");
    let logo = dir.path().join("notices/manufacturers/logo.svg");
    std::fs::write(
        &logo,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="10"><rect width="40" height="10"/></svg>"#,
    )
    .unwrap();
    let text = std::fs::read_to_string(&profile).unwrap();
    std::fs::write(
        &profile,
        format!("{text}letterhead:\n  logo: notices/manufacturers/logo.svg\n"),
    )
    .unwrap();
    let out = dir.path().join("out");
    let r = build(
        dir.path(),
        &out,
        &["--notice", "FSN2024-1562-US", "--locale", "en"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let pdf = out.join("FSN2024-1562-US/en/FSN2024-1562-US-en.pdf");
    let sizes = page_sizes(&pdf);
    assert!(sizes.iter().all(|s| *s == US_LETTER), "{sizes:?}");
    let first = pdf_text(&pdf);
    let first = first.split('\u{c}').next().unwrap();
    assert!(
        first.contains("URGENT"),
        "the letter starts on page 1, under the letterhead: {first}"
    );
}

/// A footer line whose only text is the page number prints it.
#[test]
fn a_footer_line_of_only_the_page_number_prints() {
    let dir = medixa_copy();
    let profile = dir.path().join("notices/manufacturers/medixa.yaml");
    edit(
        &profile,
        "footer:\n  - contacts: {}\n  - line: { left: footer-company, right: footer-page }\n  - line: { left: footer-ivd, ivd_only: true }\n",
        "footer:\n  - line: { right: footer-page }\n",
    );
    edit(
        &profile,
        "header:\n  - line: { left: header-reference, right: header-page }\n",
        "",
    );
    edit(
        &dir.path().join("locales/de/common.ftl"),
        "footer-page = Seite { $page } von { $pages }",
        "footer-page = { $page }",
    );
    let out = dir.path().join("out");
    let r = build(dir.path(), &out, &["--locale", "de"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = pdf_text(&medixa_pdf(&out, "de"));
    let pages: Vec<&str> = text.split('\u{c}').collect();
    assert!(pages.len() > 1, "{}", pages.len());
    for (i, page) in pages.iter().enumerate() {
        let last = page
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("");
        assert_eq!(last.trim(), (i + 1).to_string(), "page {}: {page}", i + 1);
    }
}

/// `footer: []` is no footer: nothing, not even the footer's rule, in the bottom margin.
#[test]
fn a_profile_without_footer_lines_draws_no_footer_rule() {
    let dir = medixa_copy();
    let profile = dir.path().join("notices/manufacturers/medixa.yaml");
    edit(
        &profile,
        "footer:\n  - contacts: {}\n  - line: { left: footer-company, right: footer-page }\n  - line: { left: footer-ivd, ivd_only: true }\n",
        "footer: []\n",
    );
    let out = dir.path().join("out");
    let r = build(dir.path(), &out, &["--locale", "de"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // The darkest pixel of each page's bottom 4 cm (the bottom margin is 4.3 cm), at 72 dpi.
    let script = "import sys, pypdfium2 as pdfium\n\
                  for page in pdfium.PdfDocument(sys.argv[1]):\n    \
                  img = page.render(scale=1).to_pil().convert('L')\n    \
                  w, h = img.size\n    \
                  print(img.crop((0, h - 113, w, h)).getextrema()[0])";
    let darkest = python_ok([
        "-c".as_ref(),
        script.as_ref(),
        medixa_pdf(&out, "de").as_os_str(),
    ]);
    for (page, value) in darkest.lines().enumerate() {
        let value: u32 = value.parse().unwrap();
        assert!(
            value > 240,
            "page {}: something drawn in the bottom margin ({value})",
            page + 1
        );
    }
}

/// An FDA letter without customer instructions has no instructions heading over nothing.
#[test]
fn an_fda_letter_without_instructions_prints_no_instructions_heading() {
    let dir = project_copy();
    edit(
        &dir.path().join("notices/FSN2024-1562-US.yaml"),
        "  instructions:\n    - text: step-1\n      notes: [step-1-link]\n    - text: step-2\n    - text: step-3\n",
        "  instructions: []\n",
    );
    let out = dir.path().join("out");
    let r = build(
        dir.path(),
        &out,
        &["--notice", "FSN2024-1562-US", "--locale", "en"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = pdf_text(&out.join("FSN2024-1562-US/en/FSN2024-1562-US-en.pdf"));
    assert!(
        !text.contains("Actions to be taken by the customer"),
        "{text}"
    );
    assert!(text.contains("Reason for the recall"), "{text}");
}

/// A footer message the profile names but the source locale lacks is reported at the profile's
/// line, once, not as a message "the template uses".
#[test]
fn a_profiles_missing_footer_message_is_reported_at_the_profile() {
    let dir = medixa_copy();
    let profile = dir.path().join("notices/manufacturers/medixa.yaml");
    edit(
        &profile,
        "{ left: footer-company, right: footer-page }",
        "{ left: footer-notice, right: footer-page }",
    );
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    let block = first_block(
        &stderr,
        "the profile's message `footer-notice` is not defined",
    );
    assert!(
        block.contains("notices/manufacturers/medixa.yaml:27:19"),
        "{block}"
    );
    assert!(block.contains("add it to locales/de/common.ftl"), "{block}");
    assert_eq!(stderr.matches("footer-notice").count(), 2, "{stderr}");
    assert!(
        !stderr.contains("the template uses `footer-notice`"),
        "{stderr}"
    );
}

/// The leftmost character of page 1, in points from the page's left edge (PDFium's text boxes).
fn left_edge(pdf: &Path) -> f64 {
    let script = "import sys, pypdfium2 as p\n\
                  t = p.PdfDocument(sys.argv[1])[0].get_textpage()\n\
                  print(min(t.get_charbox(i)[0] for i in range(t.count_chars()) \
                  if not t.get_text_range(i, 1).isspace()))";
    python_ok(["-c".as_ref(), script.as_ref(), pdf.as_os_str()])
        .trim()
        .parse()
        .unwrap()
}

const MM: f64 = 72.0 / 25.4;

#[test]
fn a_profile_sets_paper_and_margins_and_a_notice_overrides_them_side_by_side() {
    let dir = medixa_copy();
    let profile = dir.path().join("notices/manufacturers/medixa.yaml");
    let notice = dir.path().join(format!("notices/{MEDIXA}.yaml"));
    let out = dir.path().join("out");
    let r = build(dir.path(), &out, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let default_left = left_edge(&medixa_pdf(&out, "de"));
    assert!((default_left - 21.0 * MM).abs() < 1.0, "{default_left}");

    // Appends YAML lines to a file, builds, and gives the German PDF's paper and left edge.
    let with = |file: &Path, lines: &str| {
        let text = std::fs::read_to_string(file).unwrap();
        std::fs::write(file, format!("{text}{lines}")).unwrap();
        let r = build(dir.path(), &out, &[]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let pdf = medixa_pdf(&out, "de");
        (page_sizes(&pdf), left_edge(&pdf))
    };
    let (sizes, left) = with(
        &profile,
        "paper: us-letter\nmargins_mm: { left: 35, right: 30 }\n",
    );
    assert!(sizes.iter().all(|s| *s == US_LETTER));
    assert!((left - 35.0 * MM).abs() < 1.0, "{left}");

    // The notice's paper wins, and its left margin over the profile's.
    let (sizes, left) = with(&notice, "paper: a4\nmargins_mm: { left: 15 }\n");
    assert!(sizes.iter().all(|s| *s == A4));
    assert!((left - 15.0 * MM).abs() < 1.0, "{left}");
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 0, "{stderr}");

    // A margin no page can hold, at its value.
    edit(
        &notice,
        "margins_mm: { left: 15 }",
        "margins_mm: { left: 15, top: 120 }",
    );
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    let line = std::fs::read_to_string(&notice).unwrap().lines().count();
    let block = first_block(&stderr, "a top margin of 120 mm is not 5 to 80 mm");
    assert!(
        block.contains(&format!("notices/{MEDIXA}.yaml:{line}:30")),
        "{block}"
    );
}
