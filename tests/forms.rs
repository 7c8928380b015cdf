//! Fillable forms checked with real readers: pypdf fills and reads back, pdftk lists the
//! fields, qpdf checks the file, pdffonts sees every font embedded, and `replies collect` reads
//! the filled forms of every language.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use common::*;

/// The example project built once for all tests of this file.
fn built() -> &'static Path {
    static OUT: OnceLock<tempfile::TempDir> = OnceLock::new();
    OUT.get_or_init(|| {
        let out = tempfile::tempdir().unwrap();
        let r = build(&examples(), out.path(), &[]);
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

fn tool(name: &str, args: &[&str], file: &Path) -> std::process::Output {
    Command::new(name)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("{name} is installed (.ci/run installs it): {e}"))
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
        let dump = Command::new("pdftk")
            .arg(form_pdf(notice, tag))
            .arg("dump_data_fields_utf8")
            .output()
            .expect("pdftk is installed (.ci/run installs pdftk-java)");
        assert!(dump.status.success());
        String::from_utf8(dump.stdout)
            .unwrap()
            .lines()
            .filter_map(|l| l.strip_prefix("FieldName: ").map(String::from))
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
fn qpdf_and_pdffonts_accept_every_pdf() {
    for (notice, tag) in SEED_PAIRS {
        for pdf in [
            form_pdf(notice, tag),
            built().join(format!("{notice}/{tag}/{notice}-{tag}.pdf")),
        ] {
            let check = tool("qpdf", &["--check"], &pdf);
            assert!(
                check.status.success(),
                "qpdf --check {}: {}",
                pdf.display(),
                String::from_utf8_lossy(&check.stdout)
            );
            let fonts = tool("pdffonts", &[], &pdf);
            let listing = String::from_utf8(fonts.stdout).unwrap();
            let rows: Vec<&str> = listing.lines().skip(2).collect();
            assert!(rows.len() >= 2, "{listing}");
            for row in rows {
                // columns: name type encoding emb sub uni object ID
                let cols: Vec<&str> = row.split_whitespace().collect();
                let emb = cols[cols.len() - 5];
                assert_eq!(emb, "yes", "font not embedded in {}: {row}", pdf.display());
            }
            assert!(
                listing.contains("NotoSans-Regular"),
                "the form font is in /DR"
            );
        }
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
        .args(["replies", "collect", "--format", "json"])
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
        .args(["replies", "collect", "--out"])
        .arg(&csv_out)
        .args(&files));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let csv = std::fs::read_to_string(&csv_out).unwrap();
    let header = csv.lines().next().unwrap();
    assert!(
        header.starts_with("file,notice,locale,account,verification,status,missing,company_name"),
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
