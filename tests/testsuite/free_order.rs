//! A letter in its own order (`examples/calder`, a US recall letter): the body places the
//! opening parts where the letter prints them, a details table, lots side by side with numeric
//! dates, tables without a caption, US Letter paper; and the mistakes such a body can hold,
//! each refused at its place.

use std::path::{Path, PathBuf};

use crate::common::*;

const CALDER: &str = "CD-2026-031";
/// The example's correction letter, with the `fda-recall` layout in its own order.
const CORRECTION: &str = "CD-2026-034";

fn calder() -> PathBuf {
    repo().join("examples/calder")
}

fn calder_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&calder(), dir.path());
    std::fs::remove_dir_all(dir.path().join("output")).ok();
    dir
}

fn pdf(out: &Path, tag: &str) -> PathBuf {
    pdf_of(out, CALDER, tag)
}

fn pdf_of(out: &Path, id: &str, tag: &str) -> PathBuf {
    out.join(format!("{id}/{tag}/{id}-{tag}.pdf"))
}

/// Where each of `parts` first appears in `text`, asserting each comes after the one before.
fn in_order(text: &str, parts: &[&str]) {
    let mut from = 0;
    for part in parts {
        let at = text[from..]
            .find(part)
            .unwrap_or_else(|| panic!("{part:?} missing or out of order in:\n{text}"));
        from += at + part.len();
    }
}

#[test]
fn a_us_recall_letter_prints_in_its_own_order_on_us_letter() {
    let (code, stderr) = check(&calder());
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("0 error(s), 0 warning(s)"), "{stderr}");

    let out = tempfile::tempdir().unwrap();
    let r = build(&calder(), out.path(), &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("4 built"), "{}", r.stderr);
    for tag in ["en-US", "es-US"] {
        let sizes = page_sizes(&pdf(out.path(), tag));
        assert!(sizes.iter().all(|s| *s == US_LETTER), "{tag}: {sizes:?}");
    }

    let en = pdf_text(&pdf(out.path(), "en-US"));
    // Titles, the details (no caption: the title is right above), the lots, and only then
    // the date line, the attention line and the greeting.
    in_order(
        &en,
        &[
            "Test strips may give falsely high blood glucose results\nProduct name",
            "Recall number",
            "CD-2026-031",
            "Lots first shipped 6/2/2026",
            "Affected lots and expiration dates",
            "November 16, 2026",
            "Attention: Point-of-Care Coordinator",
            "Dear Customer,",
            "Calder Diagnostics is voluntarily recalling",
            "Sincerely,",
        ],
    );
    // Two lots to a printed row, numeric dates, the last row padded.
    in_order(
        &en,
        &[
            "Lot Expiration date Lot Expiration date\n",
            "G4117 3/31/2027 G4118 3/31/2027\nG4121 4/30/2027 G4122",
            "G4135 6/30/2027\n",
        ],
    );
    assert!(!en.contains("Table 1"), "no caption was asked for:\n{en}");

    let es = pdf_text(&pdf(out.path(), "es-US"));
    in_order(
        &es,
        &[
            "Nombre del producto",
            "Primer envío de los lotes 2/6/2026",
            "G4117 31/3/2027 G4118 31/3/2027",
            "16 de noviembre de 2026",
            "Estimado cliente:",
        ],
    );
}

#[test]
fn a_table_prints_its_dates_in_the_format_it_asks_for() {
    let dir = calder_copy();
    let notice = dir.path().join(format!("notices/{CALDER}.yaml"));
    // The table's format for every column, unless the column has its own.
    edit(
        &notice,
        "  date_format: numeric\n  columns:",
        "  date_format: iso\n  columns:",
    );
    edit(
        &notice,
        "{ field: expiry, header: col-expiry }",
        "{ field: expiry, header: col-expiry, date_format: medium }",
    );
    edit(
        &notice,
        "      date_format: numeric\n      rows:",
        "      date_format: iso\n      rows:",
    );
    let out = dir.path().join("out");
    let r = build(dir.path(), &out, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let en = pdf_text(&pdf(&out, "en-US"));
    in_order(
        &en,
        &["Lots first shipped 2026-06-02", "G4117 Mar 31, 2027 G4118"],
    );
}

#[test]
fn mistakes_of_a_free_order_body_are_refused_at_their_place() {
    let dir = calder_copy();
    let notice = dir.path().join(format!("notices/{CALDER}.yaml"));
    let original = std::fs::read_to_string(&notice).unwrap();
    let line_of = |text: &str, needle: &str| text.lines().position(|l| l == needle).unwrap() + 1;
    let refused = |text: &str, says: &str, at: String| {
        std::fs::write(&notice, text).unwrap();
        let (code, stderr) = check(dir.path());
        assert_eq!(code, 1, "{stderr}");
        let block = first_block(&stderr, says);
        assert!(block.contains(&at), "{says} at {at}:\n{stderr}");
    };

    // An `opening:` beside a body that places the opening: the body's first opening part.
    let text = original.replace("body:\n", "opening: [date, titles]\nbody:\n");
    let at = format!(
        "notices/{CALDER}.yaml:{}:5",
        line_of(&text, "  - titles: {}")
    );
    refused(&text, "the body places `titles` itself", at);

    // A `greeting:` key that would never print: at its message.
    let text = original.replace("body:\n", "greeting: greeting\nbody:\n");
    let at = format!(
        "notices/{CALDER}.yaml:{}:11",
        line_of(&text, "greeting: greeting")
    );
    refused(&text, "`greeting:` would not print", at);

    // A detail with no value, and one with two.
    let row = "        - { label: detail-catalogue, text: \"CG-2200\" }";
    let text = original.replace(row, "        - { label: detail-catalogue }");
    let at = format!("notices/{CALDER}.yaml:{}:11", line_of(&original, row));
    refused(&text, "the detail `detail-catalogue` has no value", at);
    let text = original.replace(
        row,
        "        - { label: detail-catalogue, text: \"CG-2200\", value: col-ref }",
    );
    let at = format!("notices/{CALDER}.yaml:{}:11", line_of(&original, row));
    refused(&text, "has more than one value", at);

    // A detail's date that is a month, not a day.
    let text = original.replace("date: 2026-06-02", "date: 2026-06");
    let at = format!(
        "notices/{CALDER}.yaml:{}:11",
        line_of(
            &original,
            "        - { label: detail-first-shipped, date: 2026-06-02 }"
        )
    );
    refused(&text, "is not a date of the form YYYY-MM-DD", at);

    // Five lots side by side do not fit a page.
    let text = original.replace("per_row: 2", "per_row: 5");
    let at = format!(
        "notices/{CALDER}.yaml:{}:12",
        line_of(&original, "  per_row: 2")
    );
    refused(&text, "`per_row: 5` is not 1 to 4", at);
}

/// With no one to sign, the closing line still keeps with the paragraph before it, however the
/// page falls (before, it stood alone on the last page).
#[test]
fn a_closing_with_no_signatory_never_stands_alone_on_a_page() {
    let dir = calder_copy();
    let notice = dir.path().join(format!("notices/{CALDER}.yaml"));
    let original = std::fs::read_to_string(&notice).unwrap() + "signatories: []\n";
    for (tag, filler) in [("en-US", "One more line."), ("es-US", "Una línea más.")] {
        let ftl = dir.path().join(format!("locales/{tag}/{CALDER}.ftl"));
        let text = std::fs::read_to_string(&ftl).unwrap();
        std::fs::write(&ftl, format!("{text}filler = {filler}\n")).unwrap();
    }
    let out = dir.path().join("out");
    // From a closing with room to spare to one pushed over the page by the lines before it.
    for fillers in 0..4 {
        let more = "  - paragraph: filler\n".repeat(fillers);
        let last = "  - paragraph: fda-reporting\n";
        std::fs::write(&notice, original.replace(last, &format!("{last}{more}"))).unwrap();
        let r = build(dir.path(), &out, &[]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let text = pdf_text(&pdf(&out, "en-US"));
        for page in text.split('\u{c}') {
            let body: Vec<&str> = page
                .lines()
                .filter(|l| {
                    !l.starts_with("URGENT")
                        && !l.starts_with("Customer Service")
                        && !l.starts_with('©')
                })
                .collect();
            assert_ne!(body, ["Sincerely,"], "{fillers} filler lines:\n{text}");
        }
    }
}

/// The US recall layout as a default order: with `fda: body:` a letter keeps the layout's
/// marking, paper and standard text but its own blocks, here one "reason and risk" section and
/// no response form, so nothing of the layout's order is invented.
#[test]
fn the_fda_layout_takes_a_letter_in_its_own_order_without_a_response_form() {
    let out = tempfile::tempdir().unwrap();
    let r = build(&calder(), out.path(), &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let pdf = pdf_of(out.path(), CORRECTION, "en-US");
    assert!(page_sizes(&pdf).iter().all(|s| *s == US_LETTER));
    let en = pdf_text(&pdf);
    in_order(
        &en,
        &[
            "URGENT: MEDICAL DEVICE CORRECTION",
            "November 30, 2026",
            "The meter may show the previous result after a power loss\nProduct name",
            "Affected software version 3.2.0",
            "Dear Customer,",
            "Reason for the correction and risk to health",
            "What you need to do",
            "Sincerely,",
            "Dana Whitcomb",
        ],
    );
    for invented in [
        "Reason for the recall",
        "Risk to health",
        "If you have distributed",
        "Reporting back",
        "response form",
    ] {
        assert!(!en.contains(invented), "{invented}:\n{en}");
    }
    let es = pdf_text(&pdf_of(out.path(), CORRECTION, "es-US"));
    in_order(
        &es,
        &[
            "URGENTE: CORRECCIÓN DE UN DISPOSITIVO MÉDICO",
            "30 de noviembre de 2026",
        ],
    );
}

#[test]
fn the_fda_layouts_two_orders_refuse_what_the_other_needs_at_its_place() {
    // Beside a body, a key of the layout's own order would print nothing: at its key.
    let dir = calder_copy();
    let notice = dir.path().join(format!("notices/{CORRECTION}.yaml"));
    edit(
        &notice,
        "  action: correction\n  body:",
        "  action: correction\n  reason: [corr-reason]\n  body:",
    );
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    let line = std::fs::read_to_string(&notice)
        .unwrap()
        .lines()
        .position(|l| l == "  reason: [corr-reason]")
        .unwrap()
        + 1;
    let block = first_block(&stderr, "`reason:` would not print: `fda: body:` places");
    assert!(
        block.contains(&format!("notices/{CORRECTION}.yaml:{line}:3")),
        "{block}"
    );

    // Without a body, the layout's order needs its sections: at `fda:`.
    let dir = project_copy();
    let us = dir.path().join("notices/FSN2024-1562-US.yaml");
    let text = std::fs::read_to_string(&us).unwrap();
    let start = text.find("  hazard:").unwrap();
    let end = start + text[start + 1..].find("\n  ").unwrap() + 1;
    std::fs::write(&us, format!("{}{}", &text[..start], &text[end + 1..])).unwrap();
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    let fda_line = text.lines().position(|l| l == "fda:").unwrap() + 1;
    let block = first_block(
        &stderr,
        "`fda:` has no `hazard:`, which the layout's order prints",
    );
    assert!(
        block.contains(&format!("notices/FSN2024-1562-US.yaml:{fda_line}:1")),
        "{block}"
    );
    assert!(block.contains("or give `fda: body:`"), "{block}");
}

/// The marking, title lines of a block's own, the contacts and a products table two to a row,
/// each placed where the body says.
#[test]
fn the_body_places_the_marking_its_own_title_lines_the_contacts_and_paired_products() {
    let dir = calder_copy();
    let notice = dir.path().join(format!("notices/{CALDER}.yaml"));
    edit(
        &notice,
        "  - titles: {}\n",
        "  - marking: {}\n  - titles: { lines: [title-subject], red: [1] }\n  - products: {}\n",
    );
    edit(
        &notice,
        "  - signatures: closing\n",
        "  - signatures: closing\n  - contacts: {}\n",
    );
    edit(
        &notice,
        "products:\n  columns:",
        "products:\n  per_row: 2\n  columns:",
    );
    let out = dir.path().join("out");
    let r = build(dir.path(), &out, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = pdf_text(&pdf(&out, "en-US"));
    let pages: Vec<&str> = text.split('\u{c}').collect();
    // In the running header and, placed, in the body, right above the block's one title line.
    assert_eq!(
        pages[0].matches("URGENT: MEDICAL DEVICE RECALL").count(),
        2,
        "{text}"
    );
    in_order(
        pages[0],
        &[
            "USA\nURGENT: MEDICAL DEVICE RECALL\nTest strips may give falsely high blood glucose results\n",
            "Product Catalog number Product Catalog number\n",
            "CalderCheck Glucose Test",
            "CG-2200\nProduct name",
        ],
    );
    // The contacts under the signatory, besides the footer's.
    let last = pages.last().unwrap();
    in_order(
        last,
        &[
            "Director, Regulatory Affairs\nCustomer Service:",
            "Customer Service:",
        ],
    );

    // A red line the block does not have; a marking the notice does not have.
    edit(&notice, "red: [1]", "red: [3]");
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("`red:` names line 3, but the block has 1 line"),
        "{stderr}"
    );
    edit(&notice, "red: [3]", "red: [1]");
    edit(&notice, "marking: marking-urgent\n", "");
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("the body places `marking`, but the notice has no `marking:`"),
        "{stderr}"
    );
}
