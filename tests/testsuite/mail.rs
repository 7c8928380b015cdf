//! E-mailed letters: `build --recipients FILE --email` makes one message per account in its
//! language, with its own letter and form attached byte for byte, the same bytes on a rebuild;
//! `mail send` hands them to a real SMTP server (aiosmtpd, started by the test) and each
//! arrives once, through temporary and permanent refusals, a kill mid-send and a rebuild.

use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

const EPOCH: &str = "1764806400";

/// A message as the server stores it: SMTP's DATA ends its last line.
fn as_sent(built: &[u8]) -> Vec<u8> {
    [built, b"\r\n"].concat()
}

fn digest(bytes: &[u8]) -> String {
    use sha2::Digest;
    format!("{:x}", sha2::Sha256::digest(bytes))
}

fn fixture() -> PathBuf {
    repo().join("tests/fixtures/recipients.csv")
}

/// The example's recipients, built with their messages into `out`.
fn build_messages(root: &Path, out: &Path) -> Run {
    run(noticegen()
        .env("SOURCE_DATE_EPOCH", EPOCH)
        .args(["build", "--email", "--recipients"])
        .arg(fixture())
        .arg("--root")
        .arg(root)
        .arg("--out")
        .arg(out))
}

/// The messages of a build, by account.
fn messages(out: &Path) -> Vec<(String, serde_json::Value)> {
    manifest(out)["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["kind"] == "message")
        .map(|a| (a["account"].as_str().unwrap().to_string(), a.clone()))
        .collect()
}

/// What Python's `email` package reads in each file.
fn parsed(paths: &[PathBuf]) -> Vec<serde_json::Value> {
    let script = repo().join("tests/support/eml_check.py");
    python_ok(std::iter::once(&script).chain(paths))
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn each_account_gets_one_message_in_its_language_with_its_own_letter_and_the_same_bytes_again() {
    let out = tempfile::tempdir().unwrap();
    let r = build_messages(&example(), out.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("e-mail to g.ferrari@example.it"),
        "{}",
        r.stderr
    );
    let messages = messages(out.path());
    assert_eq!(messages.len(), 5, "{messages:?}");
    let artifacts = manifest(out.path())["artifacts"]
        .as_array()
        .unwrap()
        .clone();
    let paths: Vec<PathBuf> = messages
        .iter()
        .map(|(_, m)| out.path().join(m["path"].as_str().unwrap()))
        .collect();
    for ((account, entry), read) in messages.iter().zip(parsed(&paths)) {
        let locale = entry["locale"].as_str().unwrap();
        let headers = &read["headers"];
        assert_eq!(read["defects"], serde_json::json!([]), "{account}");
        let (urgent, greeting, summary) = match locale {
            "it" => (
                "URGENTE: ",
                "Gentile ",
                "Una vulnerabilità di sicurezza informatica",
            ),
            "lv" => ("STEIDZAMI: ", "Labdien, ", "Kiberdrošības ievainojamība"),
            _ => ("URGENT: ", "Dear ", "A cybersecurity vulnerability"),
        };
        let subject = headers["Subject"].as_str().unwrap();
        assert!(subject.starts_with(urgent), "{account}: {subject}");
        assert!(
            subject.contains(entry["notice"].as_str().unwrap()),
            "{subject}"
        );
        assert_eq!(headers["Importance"], "high");
        assert_eq!(headers["X-Priority"], "1");
        assert_eq!(headers["Date"], "Thu, 04 Dec 2025 00:00:00 +0000");
        assert_eq!(
            headers["From"],
            "Illumina Field Actions <field-actions@example.com>"
        );
        assert_eq!(headers["To"], entry["envelope"]["to"][0]);
        assert_eq!(headers["Message-ID"], entry["envelope"]["message_id"]);
        for part in [&read["text"], &read["html"]] {
            let text = part.as_str().unwrap();
            assert!(text.contains(greeting), "{account}: {text}");
            assert!(text.contains(summary), "{account}: {text}");
        }
        // No English boilerplate in another language's message.
        if locale != "en" {
            for english in ["Dear ", "Kind regards", "Attached", "To reply"] {
                assert!(
                    !read["text"].as_str().unwrap().contains(english),
                    "{account}"
                );
            }
        }
        let html = read["html"].as_str().unwrap();
        assert!(
            html.contains(&format!("<html lang=\"{locale}\">")),
            "{html}"
        );
        for forbidden in ["<script", "<img", "<link", "<style", "src=\"http"] {
            assert!(!html.contains(forbidden), "{account}: {forbidden}");
        }
        // The attachments are the account's own PDFs, byte for byte.
        let own: Vec<&serde_json::Value> = artifacts
            .iter()
            .filter(|a| a["account"] == account.as_str() && a["kind"] != "message")
            .collect();
        let attached = read["attachments"].as_array().unwrap();
        assert_eq!(attached.len(), own.len(), "{account}");
        for (a, pdf) in attached.iter().zip(&own) {
            assert_eq!(a["sha256"], pdf["sha256"], "{account}");
            assert_eq!(a["type"], "application/pdf");
            let name = pdf["path"].as_str().unwrap().rsplit('/').next().unwrap();
            assert_eq!(a["name"], name);
        }
    }

    // A rebuild from scratch makes the same bytes.
    let again = tempfile::tempdir().unwrap();
    let r = build_messages(&example(), again.path());
    assert_eq!(r.code, 0, "{}", r.stderr);
    for (_, m) in &messages {
        let path = m["path"].as_str().unwrap();
        assert_eq!(
            std::fs::read(out.path().join(path)).unwrap(),
            std::fs::read(again.path().join(path)).unwrap(),
            "{path}"
        );
    }
}

#[test]
fn a_missing_address_a_missing_sender_or_a_missing_summary_stops_the_build_where_it_is() {
    let project = project_copy();
    let root = project.path();
    // An invalid address: at its CSV cell.
    let csv = root.join("recipients.csv");
    let text = std::fs::read_to_string(fixture()).unwrap();
    std::fs::write(
        &csv,
        text.replace("k.ozolins@example.lv", "k.ozolins(at)example.lv"),
    )
    .unwrap();
    let line = std::fs::read_to_string(&csv)
        .unwrap()
        .lines()
        .position(|l| l.contains("k.ozolins(at)"))
        .unwrap()
        + 1;
    let out = root.join("out");
    let r = run(noticegen()
        .args(["build", "--email", "--recipients"])
        .arg(&csv)
        .arg("--root")
        .arg(root)
        .arg("--out")
        .arg(&out));
    // The build stops before any letter (2), and `check` finds it before any build (1).
    let check_email = || {
        run(noticegen()
            .args(["check", "--email", "--recipients"])
            .arg(&csv)
            .arg("--root")
            .arg(root))
    };
    for (r, code) in [(r, 2), (check_email(), 1)] {
        assert_eq!(r.code, code, "{}", r.stderr);
        let block = first_block(
            &r.stderr,
            "`k.ozolins(at)example.lv` is not an e-mail address",
        );
        assert!(
            block.contains(&format!("recipients.csv:{line}:")),
            "{block}"
        );
    }
    assert!(!out.join("manifest.json").exists());
    std::fs::copy(fixture(), &csv).unwrap();

    // A profile that says nothing of who sends.
    let profile = root.join("notices/manufacturers/illumina.yaml");
    let yaml = std::fs::read_to_string(&profile).unwrap();
    let without: String = yaml
        .lines()
        .filter(|l| !l.starts_with("email:") && !l.starts_with("  from: Illumina"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&profile, &without).unwrap();
    let r = run(noticegen()
        .args(["build", "--email", "--recipients"])
        .arg(fixture())
        .arg("--root")
        .arg(root)
        .arg("--out")
        .arg(&out));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("the profile `illumina` does not say who the messages are from"),
        "{}",
        r.stderr
    );
    // A bad sender address: at the profile's line.
    let bad = yaml.replace(
        "Illumina Field Actions <field-actions@example.com>",
        "field actions",
    );
    std::fs::write(&profile, &bad).unwrap();
    let r = run(noticegen().args(["check", "--root"]).arg(root));
    let block = first_block(&r.stderr, "`field actions` is not an e-mail address");
    let at = bad
        .lines()
        .position(|l| l.contains("from: field actions"))
        .unwrap()
        + 1;
    assert!(
        block.contains(&format!("notices/manufacturers/illumina.yaml:{at}:")),
        "{block}"
    );

    // A locale without the notice's own summary: an error naming what to add, never English.
    std::fs::write(&profile, &yaml).unwrap();
    let lv = root.join("locales/lv/FSN2024-1562.ftl");
    let text = std::fs::read_to_string(&lv).unwrap();
    let kept: String = text
        .lines()
        .filter(|l| !l.starts_with("email-summary"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&lv, kept).unwrap();
    let r = build_messages(root, &out);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let block = first_block(&r.stderr, "the e-mail's text lacks email-summary");
    assert!(block.contains("account `LV-00512` in `lv`"), "{block}");
    assert!(block.contains("locales/lv/FSN2024-1562.ftl"), "{block}");
    let r = check_email();
    assert_eq!(r.code, 1, "{}", r.stderr);
    let block = first_block(
        &r.stderr,
        "account `LV-00512`: the e-mail's text of FSN2024-1562 in `lv` lacks email-summary",
    );
    let at = std::fs::read_to_string(&csv)
        .unwrap()
        .lines()
        .position(|l| l.starts_with("FSN2024-1562,LV-00512"))
        .unwrap()
        + 1;
    assert!(block.contains(&format!("recipients.csv:{at}:")), "{block}");
}

/// A real SMTP server on this machine, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl Server {
    fn start(behaviour: &[&str]) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let port_file = dir.path().join("port");
        let child = python()
            .arg(repo().join("tests/support/smtp_server.py"))
            .arg("--dir")
            .arg(dir.path().join("mail"))
            .arg("--port-file")
            .arg(&port_file)
            .args(behaviour)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("python3 runs");
        let started = Instant::now();
        let port = loop {
            if let Some(port) = std::fs::read_to_string(&port_file)
                .ok()
                .and_then(|p| p.trim().parse().ok())
            {
                break port;
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "the SMTP server did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        };
        Self { child, port, dir }
    }

    fn address(&self) -> String {
        format!("smtp://127.0.0.1:{}?tls=none", self.port)
    }

    /// The messages received, each with its recipients.
    fn received(&self) -> Vec<(Vec<u8>, String)> {
        let mail = self.dir.path().join("mail");
        let mut names: Vec<PathBuf> = std::fs::read_dir(&mail)
            .map(|d| d.map(|e| e.unwrap().path()).collect())
            .unwrap_or_default();
        names.retain(|p| p.extension().is_some_and(|e| e == "eml"));
        names.sort();
        names
            .iter()
            .map(|p| {
                let rcpt = std::fs::read_to_string(p.with_extension("rcpt")).unwrap();
                (std::fs::read(p).unwrap(), rcpt)
            })
            .collect()
    }

    fn marker(&self, name: &str) -> bool {
        self.dir.path().join("mail").join(name).exists()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn send(root: &Path, out: &Path, server: &Server, extra: &[&str]) -> Run {
    run(noticegen()
        .args(["mail", "send", "--rate", "6000", "--retry-pause", "0.1"])
        .arg("--server")
        .arg(server.address())
        .arg("--root")
        .arg(root)
        .arg("--out")
        .arg(out)
        .args(extra))
}

/// Each built message arrived exactly once, byte for byte as built, to its account's address.
fn assert_each_arrived_once(out: &Path, server: &Server) {
    let received = server.received();
    for (account, m) in messages(out) {
        let built = std::fs::read(out.join(m["path"].as_str().unwrap())).unwrap();
        let copies: Vec<&(Vec<u8>, String)> = received
            .iter()
            .filter(|(bytes, _)| {
                let id = m["envelope"]["message_id"].as_str().unwrap();
                String::from_utf8_lossy(bytes).contains(&format!("Message-ID: {id}"))
            })
            .collect();
        assert_eq!(copies.len(), 1, "{account}: {} copies", copies.len());
        let (bytes, rcpt) = copies[0];
        // Compared by digest: a failure prints two lines, not two messages.
        assert_eq!(
            digest(bytes),
            digest(&as_sent(&built)),
            "{account}: received != built"
        );
        assert_eq!(rcpt, m["envelope"]["to"][0].as_str().unwrap());
    }
}

#[test]
fn a_server_that_defers_the_third_message_gets_each_once_and_a_rerun_sends_none() {
    let out = tempfile::tempdir().unwrap();
    assert_eq!(build_messages(&example(), out.path()).code, 0);
    let dry = run(noticegen()
        .args(["mail", "send", "--dry-run", "--root"])
        .arg(example())
        .arg("--out")
        .arg(out.path()));
    assert_eq!(dry.code, 0, "{}", dry.stderr);
    assert!(
        dry.stderr.contains("5 of 5 message(s) would be sent"),
        "{}",
        dry.stderr
    );

    let server = Server::start(&["--defer-nth", "3"]);
    let r = send(&example(), out.path(), &server, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("5 sent, 0 refused"), "{}", r.stderr);
    assert_each_arrived_once(out.path(), &server);
    let log = std::fs::read_to_string(out.path().join("mail-log.jsonl")).unwrap();
    assert!(log.contains("\"event\":\"deferred\""), "{log}");
    assert!(log.contains("451"), "{log}");

    let r = send(&example(), out.path(), &server, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("0 sent, 0 refused, 0 put off, 5 sent before"),
        "{}",
        r.stderr
    );
    assert_each_arrived_once(out.path(), &server);

    let status = run(noticegen()
        .args(["mail", "status", "--root"])
        .arg(example())
        .arg("--out")
        .arg(out.path()));
    assert_eq!(
        status
            .stdout
            .lines()
            .filter(|l| l.contains("\tsent\t"))
            .count(),
        5
    );
}

#[test]
fn a_refused_address_is_logged_and_reported_and_the_others_go_out() {
    let out = tempfile::tempdir().unwrap();
    assert_eq!(build_messages(&example(), out.path()).code, 0);
    let server = Server::start(&["--refuse", "j.camilleri@example.mt"]);
    let r = send(&example(), out.path(), &server, &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("4 sent, 1 refused"), "{}", r.stderr);
    let refused = first_block(&r.stderr, "refused FSN2024-1562-EU account MT-00090");
    assert!(refused.contains("550"), "{refused}");
    assert_eq!(server.received().len(), 4);
    let log = std::fs::read_to_string(out.path().join("mail-log.jsonl")).unwrap();
    let line = log
        .lines()
        .find(|l| l.contains("\"refused\"") && l.contains("MT-00090"))
        .expect(&log);
    assert!(line.contains("mailbox unavailable"), "{line}");
    // A rerun leaves the refusal to the user, and sends nothing twice.
    let r = send(&example(), out.path(), &server, &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("4 sent before, 1 waiting for you"),
        "{}",
        r.stderr
    );
    assert_eq!(server.received().len(), 4);

    // The follow-up joins the replies with the send log: who has not replied, and why.
    let reply = out
        .path()
        .join("FSN2024-1562/recipients/LV-00512/FSN2024-1562-LV-00512-lv-form.pdf");
    let table = out.path().join("no-reply.csv");
    let r = run(noticegen()
        .args(["replies", "collect"])
        .arg(&reply)
        .arg("--manifest")
        .arg(out.path().join("manifest.json"))
        .arg("--non-responders")
        .arg(&table)
        .arg("--root")
        .arg(example()));
    for line in [
        "no reply: FSN2024-1562-EU account MT-00090 (en); e-mail: refused",
        "no reply: FSN2024-1562-EU account IT-20417 (it); e-mail: sent",
    ] {
        assert!(r.stderr.contains(line), "{line}: {}", r.stderr);
    }
    let csv = std::fs::read_to_string(&table).unwrap();
    assert!(
        csv.starts_with("notice,account,locale,letter,email\n"),
        "{csv}"
    );
    assert!(
        csv.lines()
            .any(|l| l.contains(",MT-00090,en,") && l.ends_with(",refused")),
        "{csv}"
    );
}

#[test]
fn a_send_killed_mid_message_then_rerun_delivers_each_message_once() {
    let out = tempfile::tempdir().unwrap();
    assert_eq!(build_messages(&example(), out.path()).code, 0);
    // The server takes the third message, then waits before it says so: the kill lands after
    // the server has it and before the sender knows.
    let server = Server::start(&["--slow-nth", "3", "--slow-seconds", "30"]);
    let mut child = noticegen()
        .args(["mail", "send", "--rate", "6000", "--server"])
        .arg(server.address())
        .arg("--root")
        .arg(example())
        .arg("--out")
        .arg(out.path())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while !server.marker("slow") {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "no third message"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL
    child.wait().unwrap();
    let before = server.received();
    assert_eq!(before.len(), 3);
    drop(server);

    let server = Server::start(&[]);
    let r = send(&example(), out.path(), &server, &[]);
    // The third is in doubt: not sent again, and named.
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("2 sent, 0 refused, 0 put off, 2 sent before, 1 waiting for you"),
        "{}",
        r.stderr
    );
    let doubt = first_block(&r.stderr, "in doubt");
    let account = messages(out.path())
        .iter()
        .map(|(a, _)| a.clone())
        .find(|a| doubt.contains(a.as_str()))
        .expect(&doubt);
    // Across both servers, every message once.
    let mut ids: Vec<String> = before
        .iter()
        .chain(&server.received())
        .map(|(bytes, _)| {
            let text = String::from_utf8_lossy(bytes).into_owned();
            text.lines()
                .find_map(|l| l.strip_prefix("Message-ID: "))
                .unwrap()
                .trim()
                .to_string()
        })
        .collect();
    ids.sort();
    let mut built: Vec<String> = messages(out.path())
        .iter()
        .map(|(_, m)| m["envelope"]["message_id"].as_str().unwrap().to_string())
        .collect();
    built.sort();
    assert_eq!(ids, built);
    // Seen to have arrived: recorded, and never sent.
    let r = send(&example(), out.path(), &server, &["--mark-sent", &account]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("0 sent, 0 refused, 0 put off, 4 sent before, 0 waiting"),
        "{}",
        r.stderr
    );
    assert_eq!(server.received().len(), 2);
}

#[test]
fn a_message_rebuilt_since_it_was_sent_is_listed_and_sent_again_only_when_asked() {
    let project = project_copy();
    let root = project.path();
    let out = root.join("out");
    assert_eq!(build_messages(root, &out).code, 0);
    let server = Server::start(&[]);
    assert_eq!(send(root, &out, &server, &[]).code, 0);
    // The Latvian summary corrected after sending.
    let lv = root.join("locales/lv/FSN2024-1562.ftl");
    edit(&lv, "Lūdzu, izlasiet", "Lūdzu, nekavējoties izlasiet");
    assert_eq!(build_messages(root, &out).code, 0);
    let r = send(root, &out, &server, &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let block = first_block(&r.stderr, "account LV-00512");
    assert!(
        block.contains("rebuilt with other bytes since it was sent"),
        "{block}"
    );
    assert_eq!(server.received().len(), 5);
    let r = send(root, &out, &server, &["--resend", "LV-00512"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("1 sent"), "{}", r.stderr);
    let received = server.received();
    assert_eq!(received.len(), 6);
    let rebuilt = std::fs::read_to_string(
        out.join("FSN2024-1562/recipients/LV-00512/FSN2024-1562-LV-00512-lv.eml"),
    )
    .unwrap();
    assert_eq!(digest(&received[5].0), digest(&as_sent(rebuilt.as_bytes())));
}

#[test]
fn credentials_never_come_from_the_project_or_the_address() {
    let project = project_copy();
    let root = project.path();
    let out = root.join("out");
    assert_eq!(build_messages(root, &out).code, 0);
    let inside = root.join("smtp-credentials");
    std::fs::write(&inside, "user\nsecret\n").unwrap();
    for (extra, says) in [
        (
            vec![
                "--server",
                "smtp://127.0.0.1:1?tls=none",
                "--credentials",
                inside.to_str().unwrap(),
            ],
            "are inside the project",
        ),
        (
            vec!["--server", "smtps://user:secret@smtp.example.com"],
            "holds credentials",
        ),
        (
            vec!["--server", "smtp://smtp.example.com?tls=none"],
            "without TLS only to a server on this machine",
        ),
    ] {
        let r = run(noticegen()
            .args(["mail", "send", "--root"])
            .arg(root)
            .arg("--out")
            .arg(&out)
            .args(&extra));
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert!(r.stderr.contains(says), "{says}: {}", r.stderr);
    }
    assert!(!out.join("mail-log.jsonl").exists());

    // A draft build's messages are never sent.
    let r = run(noticegen()
        .args(["build", "--email", "--draft", "--recipients"])
        .arg(fixture())
        .arg("--root")
        .arg(root)
        .arg("--out")
        .arg(&out));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let server = Server::start(&[]);
    let r = send(root, &out, &server, &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("were built with --draft, which are never sent"),
        "{}",
        r.stderr
    );
    assert!(server.received().is_empty());
}

/// A project made by `init` e-mails its letters at once: the starter profile has a sender and
/// the starter notice its summary; the reply deadline reads in each language.
#[test]
fn an_init_project_emails_its_letters_with_the_reply_deadline_in_each_language() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("acme");
    let r = run(noticegen().arg("init").arg(&root).args(["--locale", "de"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let csv = root.join("customers.csv");
    std::fs::write(
        &csv,
        "account,organisation,address,contact,email,locale\n\
         C-100,Northfield Clinic,1 Main Road,Dr Ann Lee,ann.lee@northfield.example,en\n\
         C-200,Klinikum Süd,Hauptstraße 5,Dr. Jan Berg,j.berg@klinikum.example,de\n",
    )
    .unwrap();
    let out = root.join("output");
    let r = run(noticegen()
        .args(["build", "--email", "--notice", "FSN-0001", "--recipients"])
        .arg(&csv)
        .arg("--root")
        .arg(&root));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let paths: Vec<PathBuf> = ["C-100/FSN-0001-C-100-en.eml", "C-200/FSN-0001-C-200-de.eml"]
        .iter()
        .map(|p| out.join("FSN-0001/recipients").join(p))
        .collect();
    let read = parsed(&paths);
    for (message, (deadline, subject)) in read.iter().zip([
        ("within 10 days", "URGENT: "),
        ("innerhalb von 10 Tagen", "DRINGEND: "),
    ]) {
        assert!(
            message["headers"]["Subject"]
                .as_str()
                .unwrap()
                .starts_with(subject),
            "{}",
            message["headers"]["Subject"]
        );
        for part in ["text", "html"] {
            let text = message[part].as_str().unwrap();
            assert!(text.contains(deadline), "{deadline}: {text}");
        }
    }
}
