//! `replies collect` on returned forms edited by an attacker (issue 21, part 4): cleared
//! required flags, a second copy of one account's form, encryption, escape sequences, forged
//! accounts in the sums, active content. The forms are the example project's per-recipient EU
//! letters (account IT-20417 holds 2 MiSeqDx), edited with pypdf as a recipient could.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use crate::common::*;

struct Built {
    out: tempfile::TempDir,
    secrets: tempfile::TempDir,
}

impl Built {
    fn key(&self) -> PathBuf {
        self.secrets.path().join("reply.key")
    }

    fn manifest(&self) -> PathBuf {
        self.out.path().join("manifest.json")
    }

    /// The customer form of one recipient's letter.
    fn form(&self, account: &str, tag: &str) -> PathBuf {
        self.out.path().join(format!(
            "FSN2024-1562-EU/recipients/{account}/FSN2024-1562-EU-{account}-{tag}-form.pdf"
        ))
    }
}

/// The EU notice built once per recipient of the fixture, with a reply key.
fn built() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(|| {
        let built = Built {
            out: tempfile::tempdir().unwrap(),
            secrets: tempfile::tempdir().unwrap(),
        };
        let r = run(noticegen().args(["replies", "keygen"]).arg(built.key()));
        assert_eq!(r.code, 0, "{}", r.stderr);
        let r = run(keyed(&mut noticegen(), &built)
            .args(["build", "--root"])
            .arg(example())
            .arg("--out")
            .arg(built.out.path())
            .args(["--notice", "FSN2024-1562-EU", "--recipients"])
            .arg(repo().join("tests/fixtures/recipients.csv")));
        assert_eq!(r.code, 0, "{}", r.stderr);
        built
    })
}

/// IT-20417's Italian form filled into `dir/name`, keeping what its letter prefilled, with
/// `fill_form`'s `args` on top.
fn filled_form(dir: &Path, name: &str, args: &[&str]) -> PathBuf {
    let path = dir.join(name);
    let args: Vec<&str> = std::iter::once("--keep-prefilled")
        .chain(args.iter().copied())
        .collect();
    fill_form(&built().form("IT-20417", "it"), &path, &args);
    path
}

fn keyed<'c>(cmd: &'c mut Command, built: &Built) -> &'c mut Command {
    cmd.env("NOTICEGEN_REPLY_KEY_FILE", built.key())
}

/// Runs a Python script (with pypdf importable) on `args`.
fn py<S: AsRef<std::ffi::OsStr>>(script: &str, args: &[S]) {
    let output = python()
        .arg("-c")
        .arg(script)
        .args(args)
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Rewrites entries of a PDF's document information (as anyone can).
fn set_info(src: &Path, dst: &Path, entries: &[(&str, &str)]) {
    let json = serde_json::to_string(
        &entries
            .iter()
            .map(|(k, v)| (format!("/{k}"), v.to_string()))
            .collect::<std::collections::BTreeMap<_, _>>(),
    )
    .unwrap();
    py(
        "import json, sys\nfrom pypdf import PdfReader, PdfWriter\n\
         w = PdfWriter(clone_from=PdfReader(sys.argv[1]))\n\
         w.add_metadata(json.loads(sys.argv[3]))\n\
         w.write(sys.argv[2])\n",
        &[
            src.as_os_str(),
            dst.as_os_str(),
            std::ffi::OsStr::new(&json),
        ],
    );
}

/// `replies collect --format json` in the example project (the tests' working folder).
fn collect_json(keyed_run: bool, files: &[&Path]) -> (Run, serde_json::Value) {
    let mut cmd = noticegen();
    if keyed_run {
        keyed(&mut cmd, built());
    }
    let r = run(cmd
        .args(["replies", "collect", "--format", "json", "--root"])
        .arg(example())
        .args(files));
    let table = serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", r.stdout, r.stderr));
    (r, table)
}

fn field<'a>(reply: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    reply["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == name)
        .unwrap_or_else(|| panic!("no field {name}: {reply}"))
}

/// Break 1: a recipient clears every required (`/Ff` bit 2) flag of an unanswered form. The
/// notice's own definition still requires its questions: the form is incomplete. A form of a
/// notice the project does not hold cannot be judged and is not complete.
#[test]
fn clearing_the_required_flags_does_not_make_an_unanswered_form_complete() {
    let dir = tempfile::tempdir().unwrap();
    let cleared = dir.path().join("cleared.pdf");
    py(
        "import sys\nfrom pypdf import PdfReader, PdfWriter\n\
         from pypdf.generic import NameObject, NumberObject\n\
         w = PdfWriter(clone_from=PdfReader(sys.argv[1]))\n\
         n = 0\n\
         for page in w.pages:\n\
         \x20   for a in page.get('/Annots', []):\n\
         \x20       node = a.get_object()\n\
         \x20       while node is not None:\n\
         \x20           if '/Ff' in node and int(node['/Ff']) & 2:\n\
         \x20               node[NameObject('/Ff')] = NumberObject(int(node['/Ff']) & ~2)\n\
         \x20               n += 1\n\
         \x20           node = node['/Parent'].get_object() if '/Parent' in node else None\n\
         assert n > 5, n\n\
         w.write(sys.argv[2])\n",
        &[&built().form("IT-20417", "it"), &cleared],
    );
    // From another folder, the project given with --root.
    let elsewhere = tempfile::tempdir().unwrap();
    let r = run(keyed(&mut noticegen(), built())
        .current_dir(elsewhere.path())
        .args(["replies", "collect", "--format", "json", "--root"])
        .arg(example())
        .arg(&cleared));
    let table: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let reply = &table[0];
    assert_eq!(reply["verification"], "verified", "{reply}");
    assert_eq!(reply["status"], "incomplete", "{reply}");
    assert_eq!(reply["forms"], serde_json::json!(["customer"]));
    let missing: Vec<&str> = reply["missing"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m.as_str().unwrap())
        .collect();
    for name in [
        "customer.received_and_understood",
        "customer.actions_performed",
        "customer.print_name",
    ] {
        assert!(missing.contains(&name), "{name}: {missing:?}");
    }
    assert!(
        !missing.contains(&"customer.organisation"),
        "prefilled: {missing:?}"
    );
    assert_eq!(
        field(reply, "customer.received_and_understood")["required"],
        true
    );
    assert!(
        r.stderr.contains("1 forms: 0 complete, 1 incomplete"),
        "{}",
        r.stderr
    );

    // Without --root outside a project: nothing to judge by.
    let r = run(noticegen()
        .current_dir(elsewhere.path())
        .args(["replies", "collect"])
        .arg(&cleared));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("--root"), "{}", r.stderr);

    // A filled form whose notice the project does not hold: reported, not complete.
    let filled = filled_form(dir.path(), "filled.pdf", &[]);
    let foreign = dir.path().join("foreign.pdf");
    set_info(&filled, &foreign, &[("NoticegenNotice", "FSN1999-0001")]);
    let (r, table) = collect_json(false, &[&filled, &foreign]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(table[0]["status"], "complete", "{}", table[0]);
    assert_eq!(table[1]["status"], "unknown-notice", "{}", table[1]);
    assert!(
        r.stderr.contains("FSN1999-0001") && r.stderr.contains("cannot be judged"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("2 forms: 1 complete, 0 incomplete, 0 not noticegen forms, 0 unreadable, 1 of a notice not in the project"),
        "{}",
        r.stderr
    );

    // The genuine forms mark exactly the fields the definition requires (the layout and the
    // reader share one rule).
    for (account, tag, distributor) in [("IT-20417", "it", false), ("IE-00311", "en", true)] {
        let form = if distributor {
            built().out.path().join(format!(
                "FSN2024-1562-EU/recipients/{account}/FSN2024-1562-EU-{account}-{tag}-distributor-form.pdf"
            ))
        } else {
            built().form(account, tag)
        };
        let flagged = python_ok([
            Path::new("-c"),
            Path::new(
                "import sys\nfrom pypdf import PdfReader\n\
                 f = PdfReader(sys.argv[1]).get_fields()\n\
                 print('\\n'.join(sorted(n for n, v in f.items() if '/FT' in v and int(v.get('/Ff', 0)) & 2)))\n",
            ),
            form.as_path(),
        ]);
        let (_, table) = collect_json(false, &[&form]);
        let mut required: Vec<String> = table[0]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["required"] == true)
            .map(|f| f["name"].as_str().unwrap().to_string())
            .collect();
        required.sort();
        required.dedup();
        let flagged: Vec<String> = flagged.lines().map(String::from).collect();
        assert!(!flagged.is_empty());
        assert_eq!(required, flagged, "{account}");
    }
}

/// Break 2: the same account's verified form sent twice is counted once (the later one), both
/// are listed, and the quantities are the account's own (2 MiSeqDx, not 4).
#[test]
fn a_second_reply_of_one_account_is_reported_and_counted_once() {
    let dir = tempfile::tempdir().unwrap();
    let first = filled_form(dir.path(), "first.pdf", &[]);
    // The copy saved later, given first on the command line.
    let later = dir.path().join("later.pdf");
    set_info(&first, &later, &[("ModDate", "D:20300101120000Z")]);
    let (r, table) = collect_json(true, &[&later, &first]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for reply in table.as_array().unwrap() {
        assert_eq!(reply["verification"], "verified", "{reply}");
        assert_eq!(reply["status"], "complete", "{reply}");
        assert_eq!(
            field(reply, "customer.devices.miseq_dx.quantity")["value"],
            "2"
        );
    }
    assert!(table[0].get("superseded_by").is_none(), "{}", table[0]);
    assert_eq!(table[1]["superseded_by"], later.to_str().unwrap());
    assert!(
        r.stderr.contains("account `IT-20417` returned 2 replies")
            && r.stderr.contains("first.pdf")
            && r.stderr.contains("only the latest")
            && r.stderr.contains("later.pdf`, counts"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("customer.devices.miseq_dx 2")
            && !r.stderr.contains("customer.devices.miseq_dx 4"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("1 complete") && r.stderr.contains("1 superseded"),
        "{}",
        r.stderr
    );
    // Without dates, the later file on the command line counts.
    let (r, table) = collect_json(true, &[&first, &first]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(table[0]["superseded_by"].is_string(), "{}", table[0]);
    assert!(
        r.stderr.contains("customer.devices.miseq_dx 2"),
        "{}",
        r.stderr
    );
}

/// Break 3: a password-protected form is reported as encrypted, with what to do.
#[test]
fn an_encrypted_form_is_reported_as_encrypted() {
    let dir = tempfile::tempdir().unwrap();
    let filled = filled_form(dir.path(), "filled.pdf", &[]);
    let locked = dir.path().join("locked.pdf");
    let permissions = dir.path().join("permissions.pdf");
    py(
        "import sys\nfrom pypdf import PdfReader, PdfWriter\n\
         for out, user in ((sys.argv[2], 'secret'), (sys.argv[3], '')):\n\
         \x20   w = PdfWriter(clone_from=PdfReader(sys.argv[1]))\n\
         \x20   w.encrypt(user_password=user, owner_password='owner', algorithm='RC4-128')\n\
         \x20   w.write(out)\n",
        &[&filled, &locked, &permissions],
    );
    let (r, table) = collect_json(false, &[&locked, &permissions]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert_eq!(table[0]["status"], "encrypted", "{}", table[0]);
    assert!(
        r.stderr.contains("locked.pdf` is encrypted") && r.stderr.contains("without a password"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("not a noticegen form"), "{}", r.stderr);
    // Encrypted with an empty user password (permissions only): every reader opens it.
    assert_eq!(table[1]["status"], "complete", "{}", table[1]);
    assert!(r.stderr.contains("1 encrypted"), "{}", r.stderr);
}

fn has_raw_controls(text: &str) -> Option<char> {
    text.chars().find(|&c| {
        matches!(c, '\u{0}'..='\u{8}' | '\u{b}'..='\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    })
}

/// Break 4: escape sequences in an account and in values (clear screen, title change, OSC 52
/// clipboard write, C1 CSI, a bidi override) reach no output raw: not the terminal, not the
/// CSV, not the JSON bytes; the JSON values stay exact, and formulas stay text.
#[test]
fn escape_sequences_from_a_form_reach_no_output_raw() {
    let dir = tempfile::tempdir().unwrap();
    let evil =
        "\u{1b}[2J\u{1b}]0;pwned\u{7}\u{1b}]52;c;ZXZpbA==\u{7}\u{9b}31m\u{202e}txt.exe\u{7f}";
    let filled = filled_form(
        dir.path(),
        "filled.pdf",
        &[
            "--set",
            &format!("customer.print_name=={evil}"),
            "--set",
            &format!("customer.question_text=line 1\n{evil}"),
        ],
    );
    let edited = dir.path().join("edited.pdf");
    set_info(
        &filled,
        &edited,
        &[
            ("NoticegenAccount", &format!("IT-20417{evil}")),
            ("NoticegenNotice", &format!("FSN{evil}")),
        ],
    );
    let renamed = dir.path().join("renamed.pdf");
    set_info(
        &filled,
        &renamed,
        &[("NoticegenAccount", &format!("X{evil}"))],
    );
    let files = [filled.as_path(), edited.as_path(), renamed.as_path()];
    for (format, keyed_run) in [("csv", true), ("json", false), ("csv", false)] {
        let mut cmd = noticegen();
        if keyed_run {
            keyed(&mut cmd, built());
        }
        let r = run(cmd
            .args(["replies", "collect", "--root"])
            .arg(example())
            .args(["--format", format, "--manifest"])
            .arg(built().manifest())
            .args(files));
        for (what, text) in [("stdout", &r.stdout), ("stderr", &r.stderr)] {
            assert_eq!(has_raw_controls(text), None, "{format} {what}: {text:?}");
        }
        assert!(r.stderr.contains("\\u{1b}]52;c;"), "{}", r.stderr);
        if format == "json" {
            let table: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
            assert_eq!(
                field(&table[0], "customer.print_name")["value"],
                format!("={evil}")
            );
            assert_eq!(table[2]["account"], format!("X{evil}"), "the JSON is exact");
        } else {
            assert!(r.stdout.contains("'=\\u{1b}[2J"), "{}", r.stdout);
            assert!(r.stdout.contains("\"line 1\n\\u{1b}"), "{}", r.stdout);
        }
    }
}

/// Break 5: a forged reply (account edited, token no longer verifies) is listed, marked
/// unverified, and never enters the sums.
#[test]
fn unverified_forms_never_enter_the_sums() {
    let dir = tempfile::tempdir().unwrap();
    let genuine = filled_form(dir.path(), "genuine.pdf", &[]);
    let filled = filled_form(
        dir.path(),
        "filled.pdf",
        &[
            "--set",
            "customer.devices.novaseq_6000dx.quantity=50",
            "--answer",
            "No",
        ],
    );
    let forged = dir.path().join("forged.pdf");
    set_info(&filled, &forged, &[("NoticegenAccount", "MT-00090")]);
    let csv = dir.path().join("replies.csv");
    let mut cmd = noticegen();
    let r = run(keyed(&mut cmd, built())
        .args(["replies", "collect", "--root"])
        .arg(example())
        .args(["--out"])
        .arg(&csv)
        .arg(&genuine)
        .arg(&forged));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("1 unverified"), "{}", r.stderr);
    assert!(
        r.stderr.contains("customer.devices.miseq_dx 2"),
        "{}",
        r.stderr
    );
    assert!(
        !r.stderr.contains("novaseq_6000dx 50") && !r.stderr.contains("miseq_dx 4"),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("\"No\" answers"), "{}", r.stderr);
    let mut reader = csv::Reader::from_path(&csv).unwrap();
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header[header.len() - 4..],
        ["form", "counted", "superseded_by", "warnings"]
    );
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    for (row, verification, counted) in [
        (&rows[0], "verified", "yes"),
        (&rows[1], "unverified", "no"),
    ] {
        assert_eq!(&row[column("verification")], verification, "{row:?}");
        assert_eq!(&row[column("counted")], counted, "{row:?}");
        assert_eq!(&row[column("form")], "customer", "{row:?}");
    }
    assert_eq!(
        &rows[1][column("customer.devices.novaseq_6000dx.quantity")],
        "50"
    );
}

/// Break 6: XFA, JavaScript (/OpenAction, the /Names /JavaScript tree) and /AA actions in a
/// returned form are reported; noticegen's own date-field actions are not.
#[test]
fn active_content_in_a_form_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let filled = filled_form(dir.path(), "filled.pdf", &[]);
    let (r, _) = collect_json(false, &[&filled]);
    assert!(!r.stderr.contains("active content"), "{}", r.stderr);

    let scripted = dir.path().join("scripted.pdf");
    let xfa = dir.path().join("xfa.pdf");
    py(
        "import sys\nfrom pypdf import PdfReader, PdfWriter\n\
         from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject, DecodedStreamObject\n\
         w = PdfWriter(clone_from=PdfReader(sys.argv[1]))\n\
         js = DictionaryObject({NameObject('/S'): NameObject('/JavaScript'), NameObject('/JS'): TextStringObject('app.alert(1);')})\n\
         names = w._root_object.setdefault(NameObject('/Names'), DictionaryObject())\n\
         names.get_object()[NameObject('/JavaScript')] = DictionaryObject({NameObject('/Names'): ArrayObject([TextStringObject('hello'), w._add_object(js)])})\n\
         w._root_object[NameObject('/OpenAction')] = DictionaryObject({NameObject('/S'): NameObject('/JavaScript'), NameObject('/JS'): TextStringObject('app.launchURL(\"http://evil.example/\");')})\n\
         w.pages[0][NameObject('/AA')] = DictionaryObject({NameObject('/O'): DictionaryObject({NameObject('/S'): NameObject('/JavaScript'), NameObject('/JS'): TextStringObject('this.print();')})})\n\
         w.write(sys.argv[2])\n\
         w = PdfWriter(clone_from=PdfReader(sys.argv[1]))\n\
         s = DecodedStreamObject()\n\
         s.set_data(b'<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"/>')\n\
         w._root_object['/AcroForm'][NameObject('/XFA')] = ArrayObject([TextStringObject('datasets'), w._add_object(s)])\n\
         w.write(sys.argv[3])\n",
        &[&filled, &scripted, &xfa],
    );
    let (r, table) = collect_json(false, &[&scripted, &xfa]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for text in [
        "scripted.pdf` holds active content",
        "/OpenAction",
        "/Names /JavaScript",
        "(/AA)",
        "xfa.pdf` holds active content: an XFA form",
    ] {
        assert!(r.stderr.contains(text), "{text}: {}", r.stderr);
    }
    let warnings = table[0]["warnings"].as_array().unwrap();
    assert!(warnings.len() >= 3, "{warnings:?}");
    assert_eq!(
        table[1]["warnings"].as_array().unwrap().len(),
        1,
        "{}",
        table[1]
    );
    assert_eq!(table[0]["status"], "complete", "still read: {}", table[0]);
}
