//! The generated Typst source, snapshotted: a template or view change shows as a readable diff.

use std::path::Path;

use noticegen::load::load_project;
use noticegen::pipeline::letter::{self, Letter};
use noticegen::render::Templates;

fn typst_source(notice: &str, tag: &str) -> String {
    let root = &Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/illumina");
    let loaded = load_project(root).expect("example project loads");
    assert!(
        loaded.diagnostics.is_empty(),
        "{}",
        noticegen::diag::render_plain(&loaded.diagnostics)
    );
    let project = loaded.value;
    let templates = Templates::load(root).unwrap_or_else(|_| panic!("templates load"));
    let localized = letter::localize(
        &project,
        Letter::general(&project.notices[notice], tag, false),
    );
    let report = &localized.report;
    assert!(
        report.missing.is_empty() && report.errors.is_empty(),
        "{report:?}"
    );
    templates
        .render(project.notices[notice].layout, localized.view)
        .expect("template renders")
}

#[test]
fn generated_typst_for_the_latvian_notice() {
    insta::assert_snapshot!(typst_source("FSN2024-1562", "lv"));
}

#[test]
fn generated_typst_for_the_form_with_products_and_signature() {
    let source = typst_source("FSN2022-1230", "it");
    let form = &source[source.find("#form-title").expect("form rendered")..];
    insta::assert_snapshot!(form);
}
