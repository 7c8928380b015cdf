//! XLIFF export and import, checked with outside readers: Python's xml.etree edits the files
//! as a CAT tool would, translate-toolkit reads XLIFF 1.2, and a round trip changes no byte.

use std::path::{Path, PathBuf};

use crate::common::*;

const LOCALES: [&str; 4] = ["lv", "it", "nl", "es"];

fn export(root: &Path, version: &str) -> Run {
    let mut cmd = noticegen();
    cmd.args(["xliff", "export", "--xliff-version", version, "--root"])
        .arg(root);
    for tag in LOCALES {
        cmd.args(["--locale", tag]);
    }
    run(&mut cmd)
}

fn xliffs(root: &Path) -> Vec<PathBuf> {
    LOCALES
        .iter()
        .map(|t| root.join(format!("xliff/{t}.xlf")))
        .collect()
}

#[test]
fn exporting_and_importing_unchanged_leaves_every_ftl_file_byte_identical() {
    let dir = project_copy();
    let before = locale_files(dir.path());
    for version in ["2.0", "1.2"] {
        let r = export(dir.path(), version);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r.stderr.contains("lv.xlf (382 units)"), "{}", r.stderr);
        let r = import(dir.path(), &xliffs(dir.path()));
        assert_eq!(r.code, 0, "{version}: {}", r.stderr);
        assert!(r.stderr.contains("0 file(s) changed"), "{}", r.stderr);
        assert_eq!(
            locale_files(dir.path()),
            before,
            "XLIFF {version} round trip"
        );
    }
}

#[test]
fn a_target_changed_in_a_cat_tool_is_printed_by_the_next_build() {
    let dir = project_copy();
    assert_eq!(export(dir.path(), "2.0").code, 0);
    let lv = dir.path().join("xliff/lv.xlf");
    let xliff = std::fs::read_to_string(&lv).unwrap();
    // State, notes and protected codes, as a translator's tool sees them.
    assert!(xliff.contains("trgLang=\"lv\""));
    assert!(xliff.contains("<ph id=\"1\" equiv=\"{ $notice }\" disp=\"{ $notice }\"/>"));
    assert!(xliff.contains("<note category=\"used\">notices/FSN2024-1562.yaml:"));
    assert!(xliff.contains("$notice = &quot;FSN2024-1562&quot;"));
    // What `$date` holds, in the target language.
    assert!(
        xliff.contains("$date = &quot;2024. gada 8. maijs&quot;"),
        "{xliff}"
    );
    assert!(
        xliff.contains("<segment state=\"reviewed\">") || xliff.contains("state=\"translated\"")
    );
    edit_xliff(
        &lv,
        "set-target",
        "FSN2024-1562",
        "summary-3",
        "Šobrīd Illumina nav saņēmusi ziņojumus par šīs ievainojamības izmantošanu (labots).",
    );
    edit_xliff(
        &lv,
        "append-target",
        "FSN2024-1562",
        "form-received",
        " Labots.",
    );
    edit_xliff(&lv, "review", "FSN2024-1562", "summary-3", "");
    let r = run(noticegen()
        .args(["xliff", "import", "--mark-reviewed", "--root"])
        .arg(dir.path())
        .arg(&lv));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("1 file(s) changed"), "{}", r.stderr);
    assert!(
        r.stderr.contains("message(s) of `lv` reviewed"),
        "{}",
        r.stderr
    );
    let record = std::fs::read_to_string(dir.path().join("locales/lv/reviewed.yaml")).unwrap();
    assert!(record.contains("summary-3"), "{record}");
    let ftl = std::fs::read_to_string(dir.path().join("locales/lv/FSN2024-1562.ftl")).unwrap();
    assert!(
        ftl.contains("form-received = Es apstiprinu { $notice } sanemšanu"),
        "{ftl}"
    );
    let out = dir.path().join("out");
    let r = build(
        dir.path(),
        &out,
        &["--notice", "FSN2024-1562", "--locale", "lv"],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = pdf_text(&out.join("FSN2024-1562/lv/FSN2024-1562-lv.pdf"));
    assert!(
        text.contains("ievainojamības izmantošanu (labots)"),
        "{text}"
    );
    assert!(text.contains("saturu. Labots."), "{text}");
}

#[test]
fn translate_toolkit_reads_the_xliff_1_2_export() {
    let dir = project_copy();
    assert_eq!(export(dir.path(), "1.2").code, 0);
    let lv = dir.path().join("xliff/lv.xlf");
    let out = python_ok([
        "-c",
        "import sys\nfrom translate.storage import xliff\nstore = xliff.xlifffile(open(sys.argv[1], 'rb').read())\nunits = [u for u in store.units if u.getid()]\nprint(len(units))\nprint([u.target for u in units if 'FSN2024-1562.ftl' in u.getid() and u.getid().endswith('summary-3')][0])",
        lv.to_str().unwrap(),
    ]);
    let mut lines = out.lines();
    assert_eq!(lines.next(), Some("382"), "{out}");
    assert!(
        lines.next().unwrap().starts_with("Šajā laikā Illumina"),
        "{out}"
    );
}

#[test]
fn import_refuses_broken_codes_unknown_units_and_missing_plural_categories_at_their_lines() {
    let dir = project_copy();
    // A plural message, so Latvian needs its `[zero]`.
    let append = |path: &str, text: &str| {
        let path = dir.path().join(path);
        let mut old = std::fs::read_to_string(&path).unwrap();
        old.push_str(text);
        std::fs::write(&path, old).unwrap();
    };
    append(
        "locales/en/common.ftl",
        "devices-count = { $count ->\n    [one] one device\n   *[other] { $count } devices\n}\n",
    );
    append(
        "locales/lv/common.ftl",
        "devices-count = { $count ->\n    [zero] { $count } ierīču\n    [one] { $count } ierīce\n   *[other] { $count } ierīces\n}\n",
    );
    assert_eq!(export(dir.path(), "2.0").code, 0);
    let lv = dir.path().join("xliff/lv.xlf");
    let xliff = std::fs::read_to_string(&lv).unwrap();
    for key in ["zero", "one", "other"] {
        assert!(
            xliff.contains(&format!("<unit id=\"devices-count#{key}\">")),
            "{key}"
        );
    }
    let before = locale_files(dir.path());
    // The line of `needle` in the part of the XLIFF file for `file`.
    let line_of = |file: &str, needle: &str| {
        let text = std::fs::read_to_string(&lv).unwrap();
        let from = text
            .lines()
            .position(|l| l.contains(&format!("<file id=\"{file}\"")))
            .unwrap();
        from + text
            .lines()
            .skip(from)
            .position(|l| l.contains(needle))
            .unwrap()
            + 1
    };
    let refused = |needle: &str, at: usize| {
        let r = import(dir.path(), std::slice::from_ref(&lv));
        assert_eq!(r.code, 1, "{}", r.stderr);
        assert!(r.stderr.contains(needle), "{needle}: {}", r.stderr);
        assert!(
            r.stderr.contains(&format!("xliff/lv.xlf:{at}:")),
            "{at}: {}",
            r.stderr
        );
        assert!(r.stderr.contains("nothing was written"), "{}", r.stderr);
        assert_eq!(locale_files(dir.path()), before);
    };

    let pristine = std::fs::read_to_string(&lv).unwrap();
    edit_xliff(&lv, "drop-code", "FSN2024-1562", "form-received", "");
    edit_xliff(
        &lv,
        "append-target",
        "FSN2024-1562",
        "form-received",
        " (jauns)",
    );
    refused(
        "the inline codes differ",
        line_of("FSN2024-1562", "<unit id=\"form-received\">"),
    );

    std::fs::write(&lv, &pristine).unwrap();
    edit_xliff(&lv, "rename", "FSN2024-1562", "summary-3", "summary-99");
    refused(
        "unit `summary-99`",
        line_of("FSN2024-1562", "<unit id=\"summary-99\">"),
    );

    std::fs::write(&lv, &pristine).unwrap();
    edit_xliff(&lv, "clear-target", "common", "devices-count#zero", "");
    edit_xliff(
        &lv,
        "append-target",
        "common",
        "devices-count#one",
        " (jauns)",
    );
    refused(
        "needs the `[zero]` variant",
        line_of("common", "<unit id=\"devices-count"),
    );

    std::fs::write(&lv, pristine.replace("trgLang=\"lv\"", "trgLang=\"pt\"")).unwrap();
    refused("target language `pt`", 2);

    std::fs::write(&lv, &pristine[..pristine.len() / 2]).unwrap();
    let r = import(dir.path(), std::slice::from_ref(&lv));
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("not well-formed XML"), "{}", r.stderr);
    assert_eq!(locale_files(dir.path()), before);
}

/// A unit a file leaves out (a tool that sends back a selection) keeps the project's text,
/// also when another part of the same message changes.
#[test]
fn a_unit_left_out_of_the_file_keeps_its_translation() {
    let dir = project_copy();
    for (tag, text) in [
        ("en", "help-link = Help\n    .title = Open the help page\n"),
        (
            "lv",
            "help-link = Palīdzība\n    .title = Atvērt palīdzības lapu\n",
        ),
    ] {
        let path = dir.path().join(format!("locales/{tag}/common.ftl"));
        let mut old = std::fs::read_to_string(&path).unwrap();
        old.push_str(text);
        std::fs::write(&path, old).unwrap();
    }
    assert_eq!(export(dir.path(), "2.0").code, 0);
    let lv = dir.path().join("xliff/lv.xlf");
    edit_xliff(&lv, "remove", "common", "help-link.title", "");
    edit_xliff(&lv, "set-target", "common", "help-link", "Palīgs");
    // (`check` afterwards finds `help-link` missing in the other locales: exit 1.)
    let r = import(dir.path(), &[lv]);
    assert!(r.stderr.contains("1 file(s) changed"), "{}", r.stderr);
    let after = std::fs::read_to_string(dir.path().join("locales/lv/common.ftl")).unwrap();
    assert!(
        after.contains("help-link = Palīgs\n    .title = Atvērt palīdzības lapu\n"),
        "{after}"
    );
}

#[test]
fn export_prints_the_diagnostics_of_the_project_it_loads() {
    let dir = project_copy();
    std::fs::write(
        dir.path().join("notices/FSN2099-0001.yaml"),
        "id: FSN2099-0001\ntitle: [unclosed\n",
    )
    .unwrap();
    let r = export(dir.path(), "2.0");
    assert!(
        r.stderr.contains("notices/FSN2099-0001.yaml:2:8"),
        "the broken notice is reported: {}",
        r.stderr
    );
    assert_eq!(r.code, 1, "an input error fails the export: {}", r.stderr);
    assert!(r.stderr.contains("lv.xlf (382 units)"), "{}", r.stderr);
}
