//! Per-recipient letters: `build --recipients`, read back with pdftotext and pypdf, then
//! `replies collect --manifest` for the non-responder list.

use std::path::{Path, PathBuf};

use crate::common::*;

fn fixture() -> PathBuf {
    repo().join("tests/fixtures/recipients.csv")
}

fn letter(out: &Path, notice: &str, account: &str, tag: &str, suffix: &str) -> PathBuf {
    out.join(format!(
        "{notice}/recipients/{account}/{notice}-{account}-{tag}{suffix}.pdf"
    ))
}

/// `build --notice FSN2024-1562 --recipients CSV` of the example project into `out`.
fn build_for(out: &Path, csv: &Path) -> Run {
    build(
        &example(),
        out,
        &[
            "--notice",
            "FSN2024-1562",
            "--recipients",
            csv.to_str().unwrap(),
        ],
    )
}

/// (notice, account, locale, organisation, a device serial) of the fixture's five accounts.
const ACCOUNTS: [(&str, &str, &str, &str, &str); 5] = [
    (
        "FSN2024-1562-EU",
        "IT-20417",
        "it",
        "Ospedale San Raffaele",
        "M04567",
    ),
    (
        "FSN2024-1562-EU",
        "IE-00311",
        "en",
        "St James's Hospital",
        "NS500812",
    ),
    (
        "FSN2024-1562-EU",
        "MT-00090",
        "en",
        "Mater Dei Hospital",
        "A01290",
    ),
    (
        "FSN2024-1562",
        "LV-00512",
        "lv",
        "Paula Stradiņa klīniskā universitātes slimnīca",
        "M03310",
    ),
    (
        "FSN2024-1562",
        "IT-30877",
        "it",
        "Azienda Ospedaliera di Padova",
        "VOS-2201",
    ),
];

#[test]
fn five_recipients_in_three_locales_get_their_own_letters_and_the_non_responders_are_listed() {
    let out = tempfile::tempdir().unwrap();
    let out = out.path();
    let c = run(noticegen()
        .args(["check", "--root"])
        .arg(example())
        .arg("--recipients")
        .arg(fixture()));
    assert_eq!(c.code, 0, "{}", c.stderr);
    let r = build(
        &example(),
        out,
        &["--recipients", fixture().to_str().unwrap()],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("5 built, 0 unchanged, 0 skipped, 0 failed"),
        "{}",
        r.stderr
    );

    // Each letter: in the account's language, with its organisation, account and devices.
    for (notice, account, tag, organisation, serial) in ACCOUNTS {
        let text = pdf_text(&letter(out, notice, account, tag, ""));
        assert!(text.contains(organisation), "{account}: {text}");
        assert!(text.contains(account), "{account}");
        assert!(text.contains(serial), "{account}: its devices are printed");
        for (_, other, ..) in ACCOUNTS.iter().filter(|a| a.1 != account) {
            assert!(!text.contains(other), "{account}'s letter names {other}");
        }
    }
    assert!(pdf_text(&letter(out, "FSN2024-1562", "LV-00512", "lv", "")).contains("Konta numurs"));
    assert!(
        pdf_text(&letter(out, "FSN2024-1562-EU", "IT-20417", "it", ""))
            .contains("Avviso di sicurezza urgente")
    );

    // The manifest lists every artifact with its account.
    let m = manifest(out);
    let artifacts = m["artifacts"].as_array().unwrap();
    // Each account gets the reply form of its role: IE-00311 is a distributor.
    assert_eq!(artifacts.len(), 5 * 2, "{m:#}");
    assert!(
        letter(
            out,
            "FSN2024-1562-EU",
            "IE-00311",
            "en",
            "-distributor-form"
        )
        .is_file()
    );
    assert!(!letter(out, "FSN2024-1562-EU", "IE-00311", "en", "-form").exists());
    assert!(
        !letter(
            out,
            "FSN2024-1562-EU",
            "IT-20417",
            "it",
            "-distributor-form"
        )
        .exists()
    );
    for (notice, account, tag, ..) in ACCOUNTS {
        let mine: Vec<_> = artifacts
            .iter()
            .filter(|a| a["account"] == account)
            .collect();
        assert!(
            mine.iter()
                .all(|a| a["notice"] == notice && a["locale"] == tag),
            "{mine:?}"
        );
        assert!(mine.iter().any(|a| a["kind"] == "notice"));
        let form = if account == "IE-00311" {
            "distributor"
        } else {
            "customer"
        };
        assert!(
            mine.iter()
                .any(|a| a["kind"] == "form" && a["form"] == form)
        );
    }

    // The forms carry each account's data in real, still editable fields.
    let replies = tempfile::tempdir().unwrap();
    let filled = |notice: &str, account: &str, tag: &str| {
        let dst = replies.path().join(format!("{account}.pdf"));
        let report = fill_form(
            &letter(out, notice, account, tag, "-form"),
            &dst,
            &["--keep-prefilled"],
        );
        (dst, report)
    };
    let (_, it) = filled("FSN2024-1562-EU", "IT-20417", "it");
    let held = |name: &str| it["fields"][name]["value"].as_str().map(str::to_string);
    for (field, value) in [
        ("customer.account", "IT-20417"),
        ("customer.organisation", "Ospedale San Raffaele"),
        ("customer.address", "Via Olgettina 60\n20132 Milano MI"),
        ("customer.devices.miseq_dx.selected", "/Yes"),
        ("customer.devices.miseq_dx.quantity", "2"),
        ("customer.devices.miseq_dx.serials", "M04567, M04568"),
        ("customer.devices.nextseq_550dx.selected", "/Off"),
    ] {
        assert_eq!(held(field).as_deref(), Some(value), "{field}");
    }
    // Editable: pypdf typed into the fields left empty, and the prefilled ones read back.
    assert_eq!(it["read_back"]["customer.account"], "IT-20417");
    assert!(
        it["read_back"]["customer.contact_title"]
            .as_str()
            .unwrap()
            .starts_with("Jānis")
    );
    let (_, lv) = filled("FSN2024-1562", "LV-00512", "lv");
    assert_eq!(
        lv["fields"]["company_name"]["value"],
        "Paula Stradiņa klīniskā universitātes slimnīca"
    );

    // Three of five reply; collect lists the other two.
    filled("FSN2024-1562-EU", "MT-00090", "en");
    let files: Vec<PathBuf> = std::fs::read_dir(replies.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 3);
    let listed = replies.path().join("non-responders.csv");
    let r = run(noticegen()
        .args(["replies", "collect", "--root"])
        .arg(example())
        .args(["--manifest"])
        .arg(out.join("manifest.json"))
        .arg("--non-responders")
        .arg(&listed)
        .args(&files));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "quantities: customer.devices.dragen_server_v4 1, customer.devices.miseq_dx 2, \
             customer.devices.novaseq_6000dx 2"
        ),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("5 recipients: 3 replied, 2 not replied"),
        "{}",
        r.stderr
    );
    let csv = std::fs::read_to_string(&listed).unwrap();
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 2, "{csv}");
    assert!(
        rows.iter()
            .any(|r| r.starts_with("FSN2024-1562,IT-30877,it,")),
        "{csv}"
    );
    assert!(
        rows.iter()
            .any(|r| r.starts_with("FSN2024-1562-EU,IE-00311,en,")),
        "{csv}"
    );
    // The replies table names each form's account.
    assert!(
        r.stdout
            .lines()
            .any(|l| l.contains(",FSN2024-1562,lv,LV-00512,unkeyed,complete,")),
        "{}",
        r.stdout
    );

    // A new list without MT-00090: its letter is withdrawn, the others are untouched.
    let shorter = replies.path().join("shorter.csv");
    let mut reader = csv::Reader::from_path(fixture()).unwrap();
    let mut writer = csv::Writer::from_path(&shorter).unwrap();
    writer.write_record(reader.headers().unwrap()).unwrap();
    for record in reader.records() {
        let record = record.unwrap();
        if &record[1] != "MT-00090" {
            writer.write_record(&record).unwrap();
        }
    }
    writer.flush().unwrap();
    let r = build(
        &example(),
        out,
        &["--recipients", shorter.to_str().unwrap()],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("0 built, 4 unchanged"), "{}", r.stderr);
    assert!(!out.join("FSN2024-1562-EU/recipients/MT-00090").exists());
    assert!(letter(out, "FSN2024-1562-EU", "IE-00311", "en", "").is_file());

    // A full build of the general copies keeps the letters sent: they are the record.
    let r = build(&example(), out, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(letter(out, "FSN2024-1562", "LV-00512", "lv", "").is_file());
    let m = manifest(out);
    let accounts = m["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "notice" && a.get("account").is_some())
        .count();
    assert_eq!(accounts, 4, "{m:#}");
    assert!(out.join("FSN2024-1562/lv/FSN2024-1562-lv.pdf").is_file());
}

/// Letters of one locale are laid out one after another, whatever the list's order, so each
/// reuses what Typst laid out for the one before (the cache keeps only the last few letters').
#[test]
fn letters_of_one_locale_are_built_one_after_another() {
    let out = tempfile::tempdir().unwrap();
    let r = build(
        &example(),
        out.path(),
        &["--recipients", fixture().to_str().unwrap(), "--jobs", "1"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let order: Vec<&str> = r
        .stderr
        .lines()
        .filter_map(|l| l.trim().strip_prefix("built "))
        .filter_map(|l| l.split('/').nth(2))
        .collect();
    // The fixture lists it, en, en, lv, it: the two Italian letters come together.
    assert_eq!(
        order,
        ["IE-00311", "MT-00090", "IT-30877", "IT-20417", "LV-00512"],
        "{}",
        r.stderr
    );
}

#[test]
fn a_recipient_whose_translation_is_incomplete_gets_no_letter_and_fails_the_build() {
    let out = tempfile::tempdir().unwrap();
    let csv = out.path().join("r.csv");
    std::fs::write(
        &csv,
        "account,organisation,address,contact,locale\n\
         DE-1,Charité,\"Charitéplatz 1, Berlin\",Dr. Weber,de\n\
         LV-1,\"PSKUS \"\"]; #read(\"\"/etc/passwd\"\") [\"\"\",\"Pilsoņu iela 13, Rīga\",Dr. Ozoliņš $x {x},lv\n",
    )
    .unwrap();
    let r = build_for(out.path(), &csv);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("for account `DE-1` in `de`: incomplete translation"),
        "{}",
        r.stderr
    );
    // `check --recipients` finds it before any build, at the account's line.
    let c = run(noticegen()
        .args(["check", "--root"])
        .arg(example())
        .args(["--notice", "FSN2024-1562", "--recipients"])
        .arg(&csv));
    assert_eq!(c.code, 1, "{}", c.stderr);
    assert!(
        c.stderr
            .contains("account `DE-1`: FSN2024-1562 in `de` is incomplete"),
        "{}",
        c.stderr
    );
    assert!(c.stderr.contains("r.csv:2:1"), "{}", c.stderr);
    assert!(!c.stderr.contains("account `LV-1`"), "{}", c.stderr);
    assert!(
        !out.path().join("FSN2024-1562/recipients/DE-1").exists(),
        "no English letter"
    );
    // The recipient's text is data, printed literally, never Typst code.
    let text = pdf_text(&letter(out.path(), "FSN2024-1562", "LV-1", "lv", ""));
    assert!(
        text.contains(r#"PSKUS "]; #read("/etc/passwd") [""#),
        "{text}"
    );
    assert!(text.contains("Dr. Ozoliņš $x {x}"), "{text}");
    assert!(!text.contains("root:"));
}

#[test]
fn recipient_csv_errors_name_their_line_and_column() {
    let out = tempfile::tempdir().unwrap();
    let csv = out.path().join("r.csv");
    let check = |text: &str, needle: &str, at: &str| {
        std::fs::write(&csv, text).unwrap();
        let r = build_for(out.path(), &csv);
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert!(r.stderr.contains(needle), "{needle}: {}", r.stderr);
        assert!(r.stderr.contains(at), "{at}: {}", r.stderr);
        assert!(!out.path().join("FSN2024-1562").exists(), "nothing built");
    };
    let header = "account,organisation,address,contact,locale,product,quantity\n";
    check(
        &format!("{header}A-1,Org,Addr,Ann,it,miseq-dx,2\nA-2,Org,Addr,Bo,xx,,\n"),
        "no locale `xx`",
        "r.csv:3:",
    );
    check(
        &format!("{header}A-1,Org,Addr,Ann,it,no-such-product,2\n"),
        "no product `no-such-product`",
        "r.csv:2:21",
    );
    check(
        &format!("{header}A-1,Org,Addr,Ann,it,miseq-dx,two\n"),
        "quantity `two` is not a whole number",
        "r.csv:2:",
    );
    check(
        &format!("{header}../x,Org,Addr,Ann,it,,\n"),
        "may hold only letters",
        "r.csv:2:1",
    );
    check(
        &format!("{header}A-1,Org,Addr,Ann,it,miseq-dx,1\nA-1,Other,Addr,Ann,it,nextseq-550dx,1\n"),
        "`organisation` differs from its row on line 2",
        "r.csv:3:5",
    );
    check(
        "account,organisation,contact,locale\nA,B,C,it\n",
        "no `address` column",
        "r.csv:1:",
    );
}

/// With a project key, each letter's form carries a reply token; a reply whose account was
/// edited (here with pypdf, in the document information) does not verify, does not count as
/// that account's reply, and the account stays on the follow-up list.
#[test]
fn a_forged_reply_is_unverified_and_its_account_stays_a_non_responder() {
    let out = tempfile::tempdir().unwrap();
    let secrets = tempfile::tempdir().unwrap();
    let key = secrets.path().join("reply.key");
    let r = run(noticegen().args(["replies", "keygen"]).arg(&key));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let keyed = |cmd: &mut std::process::Command| {
        cmd.env("NOTICEGEN_REPLY_KEY_FILE", &key);
    };
    let mut cmd = noticegen();
    keyed(&mut cmd);
    let r = run(cmd
        .args(["build", "--root"])
        .arg(example())
        .arg("--out")
        .arg(out.path())
        .args(["--notice", "FSN2024-1562", "--recipients"])
        .arg(fixture()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("reply tokens are off"), "{}", r.stderr);
    let manifest_text = std::fs::read_to_string(out.path().join("manifest.json")).unwrap();
    let key_text = std::fs::read_to_string(&key).unwrap();
    assert!(
        !manifest_text.contains(key_text.trim()),
        "the key stays secret"
    );

    let replies = tempfile::tempdir().unwrap();
    let genuine = replies.path().join("lv.pdf");
    fill_form(
        &letter(out.path(), "FSN2024-1562", "LV-00512", "lv", "-form"),
        &genuine,
        &["--keep-prefilled"],
    );
    // The forger fills LV-00512's form and claims to be IT-30877.
    let forged = replies.path().join("forged.pdf");
    let status = python()
        .arg("-c")
        .arg(
            "import sys\nfrom pypdf import PdfReader, PdfWriter\n\
             w = PdfWriter(clone_from=PdfReader(sys.argv[1]))\n\
             w.add_metadata({'/NoticegenAccount': 'IT-30877'})\n\
             w.write(sys.argv[2])\n",
        )
        .arg(&genuine)
        .arg(&forged)
        .status()
        .expect("python3 runs");
    assert!(status.success());

    let collect = |keyed_run: bool| {
        let mut cmd = noticegen();
        if keyed_run {
            keyed(&mut cmd);
        }
        run(cmd
            .args(["replies", "collect", "--root"])
            .arg(example())
            .args(["--format", "json", "--manifest"])
            .arg(out.path().join("manifest.json"))
            .arg(&genuine)
            .arg(&forged))
    };
    let r = collect(true);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let table: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(table[0]["account"], "LV-00512");
    assert_eq!(table[0]["verification"], "verified", "{}", r.stdout);
    assert_eq!(table[1]["account"], "IT-30877");
    assert_eq!(table[1]["verification"], "unverified");
    assert!(r.stderr.contains("1 unverified"), "{}", r.stderr);
    assert!(
        r.stderr.contains("its reply token does not verify"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("5 recipients: 1 replied, 4 not replied")
            && r.stderr.contains("no reply: FSN2024-1562 account IT-30877"),
        "{}",
        r.stderr
    );

    // Without the key, the account is taken on trust, as before tokens.
    let r = collect(false);
    let table: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(table[1]["verification"], "unkeyed");
    assert!(
        r.stderr.contains("5 recipients: 2 replied, 3 not replied")
            && !r.stderr.contains("no reply: FSN2024-1562 account IT-30877"),
        "{}",
        r.stderr
    );
}

/// A formula typed into a returned form is inert text in the CSV, and the documented rule
/// (remove one leading `'`) gives back exactly what was typed, as the JSON table has it.
#[test]
fn formulas_typed_into_a_form_arrive_in_the_csv_as_text() {
    let out = tempfile::tempdir().unwrap();
    assert_eq!(
        build(
            &example(),
            out.path(),
            &["--notice", "FSN2022-1230", "--locale", "it"]
        )
        .code,
        0
    );
    let form = out.path().join("FSN2022-1230/it/FSN2022-1230-it-form.pdf");
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for (i, text) in [
        "=HYPERLINK(\"http://evil.example/\",\"click\") ",
        "+cmd|' /C calc'!A0 ",
        "-2+3 ",
        "@SUM(A1:A9) ",
        "'=quoted ",
    ]
    .iter()
    .enumerate()
    {
        let filled = dir.path().join(format!("{i}.pdf"));
        fill_form(&form, &filled, &["--text", text]);
        files.push(filled);
    }
    let csv_path = dir.path().join("replies.csv");
    let json_path = dir.path().join("replies.json");
    for (format, path) in [("csv", &csv_path), ("json", &json_path)] {
        let r = run(noticegen()
            .args(["replies", "collect", "--root"])
            .arg(example())
            .args(["--format", format, "--out"])
            .arg(path)
            .args(&files));
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    let check = python()
        .arg("-c")
        .arg(
            "import csv, json, sys\n\
             rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))\n\
             table = json.load(open(sys.argv[2], encoding='utf-8'))\n\
             risky = ('=', '+', '-', '@', '\\t', '\\r')\n\
             checked = 0\n\
             for row, reply in zip(rows, table):\n\
             \x20   for field in reply['fields']:\n\
             \x20       cell = row[field['name']]\n\
             \x20       assert not cell.startswith(risky), cell\n\
             \x20       typed = cell[1:] if cell.startswith(\"'\") else cell\n\
             \x20       assert typed == field['value'], (typed, field['value'])\n\
             \x20       checked += 1\n\
             assert len(rows) == 5 and checked > 20, (len(rows), checked)\n\
             print(checked)\n",
        )
        .arg(&csv_path)
        .arg(&json_path)
        .output()
        .expect("python3 runs");
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let json = std::fs::read_to_string(&json_path).unwrap();
    assert!(json.contains("=HYPERLINK"), "the JSON table is exact");
}
