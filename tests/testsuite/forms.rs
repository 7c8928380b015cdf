//! Fillable forms checked with real readers: pypdf fills and reads back and lists the fields,
//! pikepdf (qpdf) checks the file and sees every font embedded, PDFium types into every form,
//! and `replies collect` reads the filled forms of every language.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::common::*;

/// The example project built once for all tests of this file.
fn built() -> &'static Path {
    static OUT: OnceLock<tempfile::TempDir> = OnceLock::new();
    OUT.get_or_init(|| {
        let out = tempfile::tempdir().unwrap();
        let r = build(&example(), out.path(), &[]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        out
    })
    .path()
}

fn form_pdf(notice: &str, tag: &str) -> PathBuf {
    built().join(format!("{notice}/{tag}/{notice}-{tag}-form.pdf"))
}

const SEED_PAIRS: [(&str, &str); 5] = [
    ("FSN2024-1562", "it"),
    ("FSN2024-1562", "lv"),
    ("FSN2022-1230", "it"),
    ("FSN2023-1338", "nl"),
    ("FSN2023-1338", "es"),
];

/// Fills every field with pypdf, answering `answer` to every Yes/No question.
fn fill(src: &Path, dst: &Path, answer: &str) -> serde_json::Value {
    fill_form(src, dst, &["--answer", answer])
}

#[test]
fn pypdf_fills_every_field_with_latvian_text_and_reads_it_back() {
    let dir = tempfile::tempdir().unwrap();
    for (notice, tag) in SEED_PAIRS {
        for pdf in [
            form_pdf(notice, tag),
            built().join(format!("{notice}/{tag}/{notice}-{tag}.pdf")),
        ] {
            let filled = dir.path().join(format!("{notice}-{tag}-filled.pdf"));
            let report = fill(&pdf, &filled, "No");
            let fields = report["fields"].as_object().unwrap();
            assert!(
                fields.len() >= 8,
                "{notice} {tag}: only {} fields",
                fields.len()
            );
            assert_eq!(
                report["read_back"], report["filled"],
                "{notice} {tag}: values changed"
            );
            // Types: company name is text, every question a Yes/No radio group.
            assert_eq!(fields["company_name"]["type"], "/Tx", "{notice} {tag}");
            let question = &fields["customer.received_and_understood"];
            assert_eq!(question["type"], "/Btn");
            let states: Vec<&str> = question["states"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap())
                .collect();
            assert!(
                states.contains(&"/Yes") && states.contains(&"/No"),
                "{states:?}"
            );
            assert!(
                report["read_back"]["company_name"]
                    .as_str()
                    .unwrap()
                    .contains("Bērziņš ķ ņ ļ š ž")
            );
        }
    }
}

#[test]
fn field_names_are_identical_across_locales() {
    let names = |notice: &str, tag: &str| -> Vec<String> {
        let list = "import sys\nfrom pypdf import PdfReader\n\
                    for name in PdfReader(sys.argv[1]).get_fields():\n    print(name)\n";
        let form = form_pdf(notice, tag);
        python_ok([std::ffi::OsStr::new("-c"), list.as_ref(), form.as_os_str()])
            .lines()
            .map(String::from)
            .collect()
    };
    let it = names("FSN2024-1562", "it");
    assert!(
        it.contains(&"customer.received_and_understood".to_string()),
        "{it:?}"
    );
    assert!(
        it.contains(&"distributor.not_applicable".to_string()),
        "{it:?}"
    );
    assert_eq!(it, names("FSN2024-1562", "lv"));
    assert_eq!(it, names("FSN2024-1562", "en"));
    assert_eq!(names("FSN2023-1338", "nl"), names("FSN2023-1338", "es"));
}

#[test]
fn qpdf_accepts_every_pdf_and_every_font_is_embedded() {
    let mut pdfs = Vec::new();
    for (notice, tag) in SEED_PAIRS {
        pdfs.push(form_pdf(notice, tag));
        pdfs.push(built().join(format!("{notice}/{tag}/{notice}-{tag}.pdf")));
    }
    for report in pdf_check(&pdfs) {
        let file = &report["file"];
        assert_eq!(report["problems"], serde_json::json!([]), "{file}");
        let fonts = report["fonts"].as_array().unwrap();
        assert!(fonts.len() >= 2, "{report}");
        for font in fonts {
            assert_eq!(
                font["embedded"], true,
                "font not embedded in {file}: {font}"
            );
        }
        assert!(
            fonts.iter().any(|f| f["name"] == "/NotoSans-Regular"),
            "the form font is in /DR: {report}"
        );
    }
}

#[test]
fn the_form_pdf_holds_only_the_form_pages_of_the_same_layout() {
    let m = manifest(built());
    for a in m["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "form")
    {
        let notice = a["notice"].as_str().unwrap();
        let tag = a["locale"].as_str().unwrap();
        let full = m["artifacts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|b| b["kind"] == "notice" && b["notice"] == notice && b["locale"] == tag)
            .unwrap();
        assert!(a["pages"].as_u64().unwrap() < full["pages"].as_u64().unwrap());
        let text = pdf_text(&built().join(a["path"].as_str().unwrap()));
        let last_page = format!(" {}", full["pages"]);
        assert!(
            text.contains(last_page.trim()),
            "form pages keep their page numbers"
        );
    }
    let text = pdf_text(&form_pdf("FSN2024-1562", "it"));
    assert!(
        text.starts_with("Richiamo") || text.contains("Modulo di verifica"),
        "{text}"
    );
    assert!(
        !text.contains("Riepilogo del problema"),
        "letter pages are not in the form PDF"
    );
}

#[test]
fn replies_collect_reads_forms_of_every_language_and_flags_foreign_files() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (i, (notice, tag)) in SEED_PAIRS.iter().enumerate() {
        let filled = dir.path().join(format!("{notice}-{tag}.pdf"));
        fill(
            &form_pdf(notice, tag),
            &filled,
            if i % 2 == 0 { "Yes" } else { "No" },
        );
        files.push(filled);
    }
    let blank = form_pdf("FSN2024-1562", "lv");
    let foreign = dir.path().join("scan.pdf");
    std::fs::write(&foreign, b"%PDF-1.4\nthis is not a form\n").unwrap();
    // A damaged form: cut in the middle of its objects.
    let damaged = dir.path().join("damaged.pdf");
    let bytes = std::fs::read(&files[0]).unwrap();
    std::fs::write(&damaged, &bytes[..bytes.len() / 3]).unwrap();
    let csv_out = dir.path().join("replies.csv");
    let r = run(noticegen()
        .args(["replies", "collect", "--root"])
        .arg(example())
        .args(["--format", "json"])
        .args(&files)
        .arg(&blank)
        .arg(&foreign)
        .arg(&damaged));
    assert_eq!(
        r.code, 1,
        "a foreign file makes the exit status 1: {}",
        r.stderr
    );
    // Only our own report: no library's log lines around it.
    for line in r.stderr.lines() {
        assert!(
            !line.contains("Object load error")
                && !line.starts_with("ERROR")
                && !line.starts_with(" WARN"),
            "{}",
            r.stderr
        );
    }
    let replies: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let replies = replies.as_array().unwrap();
    assert_eq!(replies.len(), 8);
    for (reply, (notice, tag)) in replies.iter().zip(SEED_PAIRS) {
        assert_eq!(reply["notice"], notice);
        assert_eq!(reply["locale"], tag);
        assert_eq!(reply["status"], "complete", "{reply}");
        let company = reply["fields"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["name"] == "company_name")
            .unwrap();
        assert_eq!(company["value"], "Jānis Bērziņš ķ ņ ļ š ž — company_name");
    }
    let lv = &replies[1];
    let answer = lv["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "customer.received_and_understood")
        .unwrap();
    assert_eq!(answer["value"], "No");
    assert_eq!(replies[5]["status"], "incomplete");
    assert!(
        replies[5]["missing"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m == "company_name")
    );
    assert_eq!(replies[6]["status"], "unreadable");
    assert_ne!(replies[7]["status"], "complete", "{}", replies[7]);
    assert!(r.stderr.contains("scan.pdf"), "{}", r.stderr);
    assert!(
        r.stderr.contains("8 forms: 5 complete, 1 incomplete"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("customer.received_and_understood 2"),
        "two forms answered No: {}",
        r.stderr
    );

    // CSV: one row per form, every field by its stable name.
    let r = run(noticegen()
        .args(["replies", "collect", "--root"])
        .arg(example())
        .args(["--out"])
        .arg(&csv_out)
        .args(&files));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let csv = std::fs::read_to_string(&csv_out).unwrap();
    let header = csv.lines().next().unwrap();
    assert!(
        header.starts_with(
            "file,notice,locale,account,verification,status,missing,problems,company_name"
        ),
        "{header}"
    );
    assert_eq!(csv.lines().count(), 6);
}

#[test]
fn the_eu_template_notice_has_its_sections_and_fillable_customer_and_distributor_forms() {
    for (tag, sections) in [
        (
            "en",
            [
                "1. Information on affected devices",
                "2. Reason for Field Safety Corrective Action (FSCA)",
                "3. Type of action to mitigate the risk",
                "4. General information",
                "Transmission of this Field Safety Notice",
            ],
        ),
        (
            "it",
            [
                "1. Informazioni sui dispositivi interessati",
                "2. Motivo dell",
                "3. Tipo di azione",
                "4. Informazioni generali",
                "Trasmissione del presente avviso di sicurezza",
            ],
        ),
    ] {
        let dir = built().join(format!("FSN2024-1562-EU/{tag}"));
        let text = pdf_text(&dir.join(format!("FSN2024-1562-EU-{tag}.pdf")));
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for heading in sections {
            assert!(flat.contains(heading), "{tag}: no {heading:?}");
        }
        assert!(
            flat.contains("00816270020002"),
            "{tag}: the UDI-DI is printed"
        );
        for (file, prefix, other) in [
            ("form", "customer.", "distributor."),
            ("distributor-form", "distributor.", "customer."),
        ] {
            let src = dir.join(format!("FSN2024-1562-EU-{tag}-{file}.pdf"));
            let report = fill(&src, &dir.join(format!("filled-{file}.pdf")), "Yes");
            let names: Vec<&String> = report["fields"].as_object().unwrap().keys().collect();
            assert!(names.len() > 15, "{file}: {names:?}");
            assert!(
                names.iter().all(|n| n.starts_with(prefix)),
                "{file}: {names:?}"
            );
            assert!(!names.iter().any(|n| n.starts_with(other)));
            for (name, value) in report["filled"].as_object().unwrap() {
                assert_eq!(&report["read_back"][name], value, "{file}: {name}");
            }
        }
    }
    let m = manifest(built());
    let forms: Vec<&str> = m["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["notice"] == "FSN2024-1562-EU" && a["kind"] == "form")
        .map(|a| a["form"].as_str().unwrap())
        .collect();
    assert_eq!(
        forms,
        ["customer", "distributor", "customer", "distributor"]
    );
}

/// Every reply form of the examples, the per-recipient ones included: the general build's and
/// those of a recipients build of the fixture.
fn every_form() -> Vec<PathBuf> {
    static LETTERS: OnceLock<tempfile::TempDir> = OnceLock::new();
    let letters = LETTERS.get_or_init(|| {
        let out = tempfile::tempdir().unwrap();
        let csv = repo().join("tests/fixtures/recipients.csv");
        let r = build(
            &example(),
            out.path(),
            &["--recipients", csv.to_str().unwrap()],
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        out
    });
    let mut forms = Vec::new();
    let mut stack = vec![built().to_path_buf(), letters.path().to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.to_string_lossy().ends_with("form.pdf") {
                forms.push(path);
            }
        }
    }
    forms.sort();
    assert!(forms.len() >= 17, "{forms:?}");
    assert!(
        forms
            .iter()
            .any(|f| f.to_string_lossy().contains("distributor-form"))
    );
    assert!(
        forms
            .iter()
            .any(|f| f.to_string_lossy().contains("/recipients/"))
    );
    forms
}

/// Chrome's engine, from PyPI (pypdfium2): a name in each of the 24 EU languages, Greek and
/// Cyrillic typed into the text fields of every form as a keyboard does (FORM_OnChar), saved,
/// flattened; the page then shows exactly the typed text, drawn only in embedded fonts.
#[test]
fn chrome_shows_every_letter_typed_into_every_form_in_embedded_fonts() {
    let script = repo().join("tests/support/pdfium_type.py");
    for form in every_form() {
        let output = python()
            .arg(&script)
            .arg(&form)
            .args(["--rotate", "--quiet"])
            .output()
            .expect("python3 runs");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success()
                && stdout.contains(" 0 failed")
                && stdout.contains("27 languages"),
            "{}:\n{stdout}{stderr}",
            form.display()
        );
    }
}

/// Accessible names: every widget of every form, each radio button and checkbox included,
/// carries its own tooltip (`/TU`), which is what pdf.js and screen readers read; pages say
/// `/Tabs /S` only where the widgets are in a structure tree.
#[test]
fn every_widget_has_its_own_tooltip_and_tab_order_means_something() {
    let check = r#"
import sys
from pypdf import PdfReader
bad, widgets = [], 0
for path in sys.argv[1:]:
    reader = PdfReader(path)
    tagged = "/StructTreeRoot" in reader.trailer["/Root"]
    for number, page in enumerate(reader.pages, 1):
        annots = [a.get_object() for a in page.get("/Annots", [])]
        annots = [a for a in annots if a.get("/Subtype") == "/Widget"]
        if annots and page.get("/Tabs") != ("/S" if tagged else "/R"):
            bad.append(f"{path} page {number}: /Tabs {page.get('/Tabs')} (tagged: {tagged})")
        for a in annots:
            widgets += 1
            if a.get("/FT", a.get("/Parent", {}).get("/FT")) == "/Sig":
                continue
            if not str(a.get("/TU", "")).strip():
                bad.append(f"{path} page {number}: widget {a.get('/T', a.get('/Parent', {}).get('/T'))} has no /TU")
print(widgets)
for line in bad:
    print(line)
sys.exit(1 if bad else 0)
"#;
    let mut pdfs = every_form();
    pdfs.push(built().join("FSN2024-1562/lv/FSN2024-1562-lv.pdf"));
    let output = python()
        .arg("-c")
        .arg(check)
        .args(&pdfs)
        .output()
        .expect("python3 runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let widgets: usize = stdout.lines().next().unwrap().trim().parse().unwrap();
    assert!(widgets > 500, "{widgets} widgets");
}

/// A date field checks what is typed in the form's own format (Acrobat's AFDate actions,
/// which pdf.js and PDFium run too), and `replies collect` reports a date that is not one.
#[test]
fn a_date_that_is_not_one_makes_a_reply_incomplete_with_the_field_named() {
    let form = form_pdf("FSN2024-1562", "lv");
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.pdf");
    let report = fill_form(&form, &good, &[]);
    assert_eq!(report["filled"]["date"], "08.May.2024", "{report}");
    let bad = dir.path().join("yesterday.pdf");
    fill_form(&form, &bad, &["--date", "yesterday"]);
    let r = run(noticegen()
        .args(["replies", "collect", "--root"])
        .arg(example())
        .args(["--format", "json"])
        .arg(&good)
        .arg(&bad));
    let replies: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(replies[0]["status"], "complete", "{}", replies[0]);
    assert_eq!(replies[1]["status"], "incomplete");
    let problems = replies[1]["problems"].as_array().unwrap();
    assert!(
        problems
            .iter()
            .any(|p| p == "date: \"yesterday\" is not a date in the form dd.mmm.yyyy"),
        "{problems:?}"
    );
    assert!(r.stderr.contains("yesterday"), "{}", r.stderr);
}

/// The US recall letter (`template: fda-recall`): the marking bold red at the top of page 1,
/// the 21 CFR 7.49 sections in order, and a response form whose quantities `replies collect`
/// sums over the forms that come back.
#[test]
fn the_fda_recall_letter_is_marked_in_red_and_its_response_form_sums_quantities() {
    let letter = built().join("FSN2024-1562-US/en/FSN2024-1562-US-en.pdf");
    let script = repo().join("tests/support/marking_color.py");
    let color: serde_json::Value =
        serde_json::from_str(&python_ok([script.as_path(), letter.as_path()])).unwrap();
    let (height, first_red, first_ink) = (
        color["height"].as_u64().unwrap(),
        color["first_red_row"].as_u64().expect("page 1 has red"),
        color["first_ink_row"].as_u64().unwrap(),
    );
    assert!(
        first_red <= first_ink + 2 && first_red < height / 8,
        "the red marking is the first thing on page 1: {color}"
    );
    assert!(color["red_pixels"].as_u64().unwrap() > 500, "{color}");
    let text = pdf_text(&letter);
    assert!(
        text.trim_start()
            .starts_with("URGENT: MEDICAL DEVICE RECALL"),
        "{text}"
    );
    let mut at = 0;
    assert!(
        !text.contains("Wednesday"),
        "a US letter's date has no weekday: {text}"
    );
    for heading in [
        "May 8, 2024",
        "Attention: Laboratory Director",
        "Table 1: Affected products",
        "Reason for the recall",
        "Risk to health",
        "Actions to be taken by the customer",
        "If you have distributed this product further",
        "Reporting back",
        "within 10 days",
        "+1 858 202 4766",
        "Medical Device Recall Response Form",
    ] {
        let found = text[at..]
            .find(heading)
            .unwrap_or_else(|| panic!("{heading:?} after byte {at}:\n{text}"));
        at += found;
    }
    let info = pdf_check(std::slice::from_ref(&letter));
    assert!(
        info[0]["problems"].as_array().unwrap().is_empty(),
        "{info:?}"
    );

    // Two consignees fill the response form; collect sums what they report.
    let form = form_pdf("FSN2024-1562-US", "en");
    let dir = tempfile::tempdir().unwrap();
    let mut filled = Vec::new();
    for (i, (miseq, returned, notified)) in [("3", "2", "4"), ("1", "1", "0")].iter().enumerate() {
        let out = dir.path().join(format!("reply-{i}.pdf"));
        let report = fill_form(
            &form,
            &out,
            &[
                "--set",
                &format!("on_hand.miseq_dx.quantity={miseq}"),
                "--set",
                "on_hand.nextseq_550dx.quantity=0",
                "--set",
                "on_hand.novaseq_6000dx.quantity=0",
                "--set",
                &format!("returned.quantity={returned}"),
                "--set",
                "destroyed.quantity=0",
                "--set",
                "corrected.quantity=0",
                "--set",
                &format!("customers_notified.quantity={notified}"),
            ],
        );
        let fields = report["fields"].as_object().unwrap();
        for name in [
            "account",
            "consignee",
            "on_hand.miseq_dx.selected",
            "on_hand.miseq_dx.serials",
            "none_on_hand",
            "distributed_further",
            "contact_title",
            "signature",
            "signed_on",
        ] {
            assert!(fields.contains_key(name), "no field {name}: {fields:?}");
        }
        assert_eq!(report["read_back"], report["filled"]);
        filled.push(out);
    }
    let r = run(noticegen()
        .args(["replies", "collect", "--root"])
        .arg(example())
        .args(&filled));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("2 forms: 2 complete"), "{}", r.stderr);
    for sum in [
        "on_hand.miseq_dx 4",
        "returned 3",
        "customers_notified 4",
        "destroyed 0",
    ] {
        assert!(r.stderr.contains(sum), "{sum}: {}", r.stderr);
    }
}

/// PDF/UA's machine-checkable rules (the `pdfua` checker from PyPI) find no error in any notice
/// PDF: its tables have header cells (the forms are layout grids), and viewers show the title.
#[test]
fn an_accessibility_checker_finds_no_error_in_the_notices() {
    let notices: Vec<PathBuf> = manifest(built())["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "notice")
        .map(|a| built().join(a["path"].as_str().unwrap()))
        .collect();
    assert!(notices.len() >= 11);
    let output = python()
        .args(["-m", "pdfua", "check", "--min-severity", "error", "--quiet"])
        .args(&notices)
        .output()
        .expect("python3 runs");
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "pdfua found errors:\n{report}");
    let output = python()
        .args(["-m", "pdfua", "check", "--rules", "UA-07", "--quiet"])
        .args(&notices[..1])
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "DisplayDocTitle: {}",
        String::from_utf8_lossy(&output.stdout)
    );
}
