//! Messages that said too little: each names its file, its line and the rule broken, in words a
//! user can act on. The cases run on a fresh `noticegen init` project (one notice, en and de).

use crate::common::*;

/// A new project from `noticegen init` (English, with German).
fn starter() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let r = run(noticegen()
        .arg("init")
        .arg(dir.path())
        .args(["--locale", "de"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    dir
}

const NOTICE: &str = "notices/FSN-0001.yaml";

#[test]
fn kept_outputs_are_reported_with_one_kept() {
    let dir = starter();
    let out = dir.path().join("output");
    let r = build(dir.path(), &out, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    edit(&dir.path().join(NOTICE), "titles: [", "titles: [[");
    let r = build(dir.path(), &out, &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(!r.stderr.contains("kept kept"), "{}", r.stderr);
    assert!(
        r.stderr
            .lines()
            .any(|l| l == "      kept 4 earlier outputs of FSN-0001: it failed to load"),
        "{}",
        r.stderr
    );
}

#[test]
fn yaml_over_its_budget_is_told_in_words_at_its_line() {
    // A "billion laughs": aliases of aliases.
    let dir = starter();
    let mut laughs = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..9 {
        let p = i - 1;
        laughs.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    let path = dir.path().join(NOTICE);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{text}{laughs}")).unwrap();
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    let block = first_block(&stderr, "too large or too complex");
    assert!(!block.contains("{"), "a Rust debug form:\n{block}");
    assert!(!block.contains("Breach"), "a Rust debug form:\n{block}");
    assert!(block.contains(&format!("{NOTICE}:")), "no line:\n{block}");
    insta::assert_snapshot!("yaml_alias_bomb", block);

    // Too many values, without any alias.
    let dir = starter();
    let path = dir.path().join(NOTICE);
    let text = std::fs::read_to_string(&path).unwrap();
    let many = format!("bulk: [{}]\n", vec!["1"; 260_000].join(","));
    std::fs::write(&path, format!("{text}{many}")).unwrap();
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    let block = first_block(&stderr, "too large or too complex");
    assert!(!block.contains("Nodes {"), "a Rust debug form:\n{block}");
    assert!(block.contains("values, lists and mappings"), "{block}");
    // On the `bulk:` line, at the value past the limit (well into the line).
    let at = format!("{NOTICE}:{}:", text.lines().count() + 1);
    let column: usize = block
        .split(&at)
        .nth(1)
        .and_then(|rest| rest.split(|c: char| !c.is_ascii_digit()).next())
        .and_then(|digits| digits.parse().ok())
        .unwrap_or_else(|| panic!("no {at}COLUMN:\n{block}"));
    assert!(column > 1000, "{column}: {block}");
}

#[test]
fn a_source_locale_not_written_canonically_is_named_at_its_line() {
    let dir = starter();
    edit(
        &dir.path().join("noticegen.yaml"),
        "source_locale: en",
        "source_locale: EN",
    );
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 2, "{stderr}");
    assert!(!stderr.contains("is missing"), "{stderr}");
    insta::assert_snapshot!(
        "source_locale_not_canonical",
        first_block(&stderr, "should be written")
    );
}

#[test]
fn a_notice_id_of_dots_is_refused_with_the_rule_it_breaks() {
    let dir = starter();
    edit(&dir.path().join(NOTICE), "id: FSN-0001", "id: ..");
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    let block = first_block(&stderr, "notice id `..`");
    assert!(!block.contains("may hold only"), "{block}");
    insta::assert_snapshot!("notice_id_of_dots", block);
}

#[test]
fn invalid_utf8_is_reported_at_its_line_and_column() {
    let dir = starter();
    let path = dir.path().join("locales/en/common.ftl");
    let text = std::fs::read_to_string(&path).unwrap();
    let line = text
        .lines()
        .position(|l| l.starts_with("greeting = "))
        .unwrap()
        + 1;
    // "greeting = Dear Customer," with a Latin-1 "é" (0xE9) after "Dear ".
    let bytes = text
        .replacen(
            "greeting = Dear Customer,",
            "greeting = Dear \u{1}Customer,",
            1,
        )
        .into_bytes()
        .into_iter()
        .map(|b| if b == 1 { 0xE9 } else { b })
        .collect::<Vec<u8>>();
    std::fs::write(&path, bytes).unwrap();
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 2, "{stderr}");
    assert!(!stderr.contains("offset"), "{stderr}");
    assert!(
        stderr.contains(&format!("locales/en/common.ftl:{line}:17")),
        "{stderr}"
    );
    insta::assert_snapshot!("invalid_utf8", first_block(&stderr, "not UTF-8"));
}

#[test]
fn notice_ids_that_differ_only_in_case_are_both_refused_naming_each_other() {
    let dir = starter();
    let text = std::fs::read_to_string(dir.path().join(NOTICE)).unwrap();
    std::fs::write(
        dir.path().join("notices/fsn-0001.yaml"),
        text.replace("id: FSN-0001", "id: fsn-0001"),
    )
    .unwrap();
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    let upper = first_block(&stderr, "notice id `FSN-0001` differs");
    assert!(upper.contains("notices/FSN-0001.yaml:4:5"), "{upper}");
    assert!(
        upper.contains("`fsn-0001` (notices/fsn-0001.yaml)"),
        "{upper}"
    );
    let lower = first_block(&stderr, "notice id `fsn-0001` differs");
    assert!(lower.contains("notices/fsn-0001.yaml:4:5"), "{lower}");
    assert!(
        lower.contains("`FSN-0001` (notices/FSN-0001.yaml)"),
        "{lower}"
    );
    insta::assert_snapshot!("notice_ids_differ_in_case", upper);
    // Neither is built.
    let out = dir.path().join("output");
    let r = build(dir.path(), &out, &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(!out.join("FSN-0001").exists() && !out.join("fsn-0001").exists());
}

#[test]
fn notice_ids_windows_reserves_are_refused_at_their_id() {
    for id in ["CON", "nul", "Com1", "LPT9.x", "aux.notice"] {
        let dir = starter();
        let text = std::fs::read_to_string(dir.path().join(NOTICE)).unwrap();
        std::fs::remove_file(dir.path().join(NOTICE)).unwrap();
        std::fs::write(
            dir.path().join(format!("notices/{id}.yaml")),
            text.replace("id: FSN-0001", &format!("id: {id}")),
        )
        .unwrap();
        let (code, stderr) = check(dir.path());
        assert_eq!(code, 1, "{id}: {stderr}");
        let block = first_block(&stderr, &format!("notice id `{id}`"));
        assert!(block.contains("Windows reserves"), "{id}: {block}");
        assert!(
            block.contains(&format!("notices/{id}.yaml:4:5")),
            "{id}: {block}"
        );
    }
}

#[test]
fn accounts_that_collide_on_windows_or_macos_are_refused_at_their_cell() {
    let dir = starter();
    let header = "account,organisation,address,contact,locale\n";
    for (rows, needle, at) in [
        (
            "A-1,Org,Addr,Ann,en\na-1,Org,Addr,Ann,en\n",
            "account `a-1` differs from `A-1` (line 2) only in case",
            "r.csv:3:1",
        ),
        ("COM1,Org,Addr,Ann,en\n", "Windows reserves", "r.csv:2:1"),
        ("prn.x,Org,Addr,Ann,en\n", "Windows reserves", "r.csv:2:1"),
        ("..,Org,Addr,Ann,en\n", "starts with `.`", "r.csv:2:1"),
    ] {
        let csv = dir.path().join("r.csv");
        std::fs::write(&csv, format!("{header}{rows}")).unwrap();
        let out = dir.path().join("output");
        let r = build_letters(dir.path(), &out, &csv, "FSN-0001");
        assert_eq!(r.code, 2, "{rows}: {}", r.stderr);
        assert!(r.stderr.contains(needle), "{needle}: {}", r.stderr);
        assert!(r.stderr.contains(at), "{at}: {}", r.stderr);
        assert!(!out.join("FSN-0001").exists(), "nothing built");
    }
}

#[test]
fn a_locale_folder_windows_reserves_is_refused() {
    let dir = starter();
    std::fs::create_dir(dir.path().join("locales/con")).unwrap();
    let (code, stderr) = check(dir.path());
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains("locale tag `con` cannot name a folder: Windows reserves the name `CON`"),
        "{stderr}"
    );
}
