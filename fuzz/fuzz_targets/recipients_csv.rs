//! Any bytes as a recipients CSV of the example project: accounts or diagnostics (with their
//! source line and caret), never a panic or a hang.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use noticegen::diag::SourceText;
use noticegen::load::{Project, load_project};

fn project() -> &'static Project {
    static PROJECT: OnceLock<Project> = OnceLock::new();
    PROJECT.get_or_init(|| {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/illumina");
        load_project(&root, &mut Vec::new()).expect("the example project loads")
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let source = SourceText::new("recipients.csv", text);
    for notice in [None, Some("FSN2024-1562")] {
        if let Err(d) = noticegen::recipients::parse(&source, project(), notice) {
            let _ = noticegen::diag::render_plain(&d);
        }
    }
});
