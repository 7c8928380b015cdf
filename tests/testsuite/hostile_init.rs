//! `noticegen init` against folders that are not empty, not folders, or a project's: it never
//! replaces a file without `--force`, never drops a `.gitignore` line, names the path it cannot
//! use, and its starter project builds per-recipient letters at once.

use std::path::Path;

use crate::common::*;

/// Runs `noticegen init DIR ARGS`, asserting nothing panicked.
fn init(dir: &Path, args: &[&str]) -> Run {
    let r = run(noticegen().arg("init").arg(dir).args(args));
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    r
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The user's own `.gitignore` and a schema file they edited.
const USER_GITIGNORE: &str = "*.key\nsecrets/\n";
const USER_SCHEMA: &str = "{\"my\": \"own schema\"}\n";

fn folder_with_files() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(".gitignore"), USER_GITIGNORE).unwrap();
    std::fs::create_dir(dir.path().join("schema")).unwrap();
    std::fs::write(dir.path().join("schema/notice.schema.json"), USER_SCHEMA).unwrap();
    std::fs::write(dir.path().join("notes.txt"), "mine\n").unwrap();
    dir
}

#[test]
fn init_in_a_folder_with_files_writes_only_what_is_missing_and_lists_the_rest() {
    let dir = folder_with_files();
    let root = dir.path();
    let r = init(root, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        read(&root.join(".gitignore")),
        USER_GITIGNORE,
        "{}",
        r.stderr
    );
    assert_eq!(read(&root.join("schema/notice.schema.json")), USER_SCHEMA);
    assert_eq!(read(&root.join("notes.txt")), "mine\n");
    // What is missing is written.
    assert!(root.join("noticegen.yaml").is_file());
    assert!(root.join("notices/FSN-0001.yaml").is_file());
    assert!(root.join("schema/manufacturer.schema.json").is_file());
    // What is there is listed, with what to do.
    let shown = r.stderr.replace(&root.display().to_string(), "[DIR]");
    assert!(
        shown.contains(
            "left alone [DIR]/.gitignore: it is there and lacks `output/`, `.noticegen.lock`, `.noticegen-*`; `noticegen init --force` adds them (and keeps every line it has)"
        ),
        "{shown}"
    );
    assert!(
        shown.contains("left alone [DIR]/schema/notice.schema.json: it is there already; `noticegen init --force` replaces it"),
        "{shown}"
    );
    assert!(
        shown.contains("2 file(s) that were there are left as they were"),
        "{shown}"
    );
    assert!(shown.contains("     wrote [DIR]/noticegen.yaml"), "{shown}");

    // Now a project: a second plain `init` is refused, as before.
    let again = init(root, &[]);
    assert_eq!(again.code, 2, "{}", again.stderr);
    assert!(
        again.stderr.contains("refusing to overwrite"),
        "{}",
        again.stderr
    );
    assert_eq!(read(&root.join(".gitignore")), USER_GITIGNORE);

    // `--force` (what the list says to run) replaces the schema and adds our .gitignore lines
    // after the user's, which all stay.
    let forced = init(root, &["--force"]);
    assert_eq!(forced.code, 0, "{}", forced.stderr);
    let gitignore = read(&root.join(".gitignore"));
    assert!(gitignore.starts_with(USER_GITIGNORE), "{gitignore}");
    let lines: Vec<&str> = gitignore.lines().collect();
    for line in [
        "*.key",
        "secrets/",
        "output/",
        ".noticegen.lock",
        ".noticegen-*",
    ] {
        assert!(lines.contains(&line), "{line} missing from\n{gitignore}");
    }
    assert_ne!(read(&root.join("schema/notice.schema.json")), USER_SCHEMA);
    assert_eq!(read(&root.join("notes.txt")), "mine\n");
    assert!(
        forced
            .stderr
            .contains("(added `output/`, `.noticegen.lock`, `.noticegen-*`)"),
        "{}",
        forced.stderr
    );
    // Forcing again adds nothing twice.
    let twice = init(root, &["--force"]);
    assert_eq!(twice.code, 0, "{}", twice.stderr);
    assert_eq!(read(&root.join(".gitignore")), gitignore);

    // The project checks: init's files are whole.
    let r = run(noticegen().args(["check", "--root"]).arg(root));
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn init_with_force_keeps_every_gitignore_line_of_a_fresh_folder() {
    let dir = folder_with_files();
    let root = dir.path();
    std::fs::write(root.join(".gitignore"), "*.key\nsecrets/\noutput/").unwrap();
    let r = init(root, &["--force"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let gitignore = read(&root.join(".gitignore"));
    assert!(
        gitignore.starts_with("*.key\nsecrets/\noutput/\n"),
        "{gitignore}"
    );
    assert_eq!(gitignore.matches("output/").count(), 1, "{gitignore}");
    assert!(gitignore.contains("\n.noticegen.lock\n"), "{gitignore}");
    assert!(gitignore.contains("\n.noticegen-*\n"), "{gitignore}");
    assert_ne!(read(&root.join("schema/notice.schema.json")), USER_SCHEMA);
    assert!(r.stderr.contains("  replaced "), "{}", r.stderr);
}

#[test]
fn init_in_an_empty_folder_ignores_the_outputs_the_lock_and_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let r = init(dir.path(), &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("left alone"), "{}", r.stderr);
    let gitignore = read(&dir.path().join(".gitignore"));
    let lines: Vec<&str> = gitignore.lines().collect();
    for line in ["output/", ".noticegen.lock", ".noticegen-*"] {
        assert!(lines.contains(&line), "{line} missing from\n{gitignore}");
    }
}

#[test]
fn init_into_a_file_or_a_dangling_link_names_the_path_and_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("acme");
    std::fs::write(&file, "a file\n").unwrap();
    let r = init(&file, &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(!r.stderr.contains("os error"), "{}", r.stderr);
    let shown = r.stderr.replace(&dir.path().display().to_string(), "[DIR]");
    insta::assert_snapshot!("init_into_a_file", shown);
    assert_eq!(read(&file), "a file\n");

    // A folder under a file.
    let r = init(&file.join("sub"), &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(!r.stderr.contains("os error"), "{}", r.stderr);
    assert!(
        r.stderr
            .contains(&format!("`{}` is a file", file.display())),
        "{}",
        r.stderr
    );

    #[cfg(unix)]
    {
        let link = dir.path().join("link");
        std::os::unix::fs::symlink(dir.path().join("nowhere"), &link).unwrap();
        let r = init(&link, &[]);
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert!(!r.stderr.contains("os error"), "{}", r.stderr);
        let shown = r.stderr.replace(&dir.path().display().to_string(), "[DIR]");
        insta::assert_snapshot!("init_into_a_dangling_link", shown);
        assert!(!dir.path().join("nowhere").exists());
    }
}

#[test]
fn init_refuses_a_file_where_it_puts_a_folder_before_writing_anything() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("schema"), "a file\n").unwrap();
    let r = init(dir.path(), &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(!r.stderr.contains("os error"), "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!(
            "`{}` is a file (or a link to nothing), where `noticegen init` puts a folder",
            dir.path().join("schema").display()
        )),
        "{}",
        r.stderr
    );
    assert!(
        !dir.path().join("noticegen.yaml").exists(),
        "nothing written"
    );
}

/// `init`, then per-recipient letters from a small CSV, in the source language and the other
/// starter one: the starter text holds every message such a letter needs.
#[test]
fn init_project_builds_per_recipient_letters_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("acme");
    let r = init(&root, &["--locale", "de"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let csv = root.join("customers.csv");
    std::fs::write(
        &csv,
        "account,organisation,address,contact,locale,product,lots,quantity\n\
         C-100,Northfield Clinic,\"1 Main Road\nNorthfield\",Dr Ann Lee,en,device-a,LOT-0001,2\n\
         C-200,Klinikum Süd,\"Hauptstraße 5\n12345 Beispielstadt\",Dr. Jan Berg,de,device-a,LOT-0002,1\n",
    )
    .unwrap();
    let r = run(noticegen()
        .args(["check", "--root"])
        .arg(&root)
        .arg("--recipients")
        .arg(&csv)
        .args(["--notice", "FSN-0001"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = root.join("output");
    let r = build_letters(&root, &out, &csv, "FSN-0001");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let en = pdf_text(&out.join("FSN-0001/recipients/C-100/FSN-0001-C-100-en.pdf"));
    for words in [
        "Northfield Clinic",
        "Account number: C-100",
        "For the attention of: Dr Ann Lee",
        "Affected devices delivered to Northfield Clinic",
    ] {
        assert!(en.contains(words), "{words} not in\n{en}");
    }
    let de = pdf_text(&out.join("FSN-0001/recipients/C-200/FSN-0001-C-200-de.pdf"));
    for words in [
        "Klinikum Süd",
        "Kundennummer: C-200",
        "Zu Händen von: Dr. Jan Berg",
    ] {
        assert!(de.contains(words), "{words} not in\n{de}");
    }
}
