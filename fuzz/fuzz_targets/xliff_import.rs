//! Any bytes as an XLIFF file imported into the example project: planned (the file read, every
//! unit checked, each `.ftl` file rebuilt in memory and parsed again), never written. A plan
//! or diagnostics (rendered with their caret), never a panic or a hang.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use noticegen::diag::SourceText;
use noticegen::load::{Project, load_project};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create the project copy");
    for entry in std::fs::read_dir(from).expect("read the example project") {
        let entry = entry.expect("read the example project");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("copy the example project");
        }
    }
}

/// The example project, copied once to a temporary folder (planning writes nothing; the copy
/// makes sure of it) and loaded once.
fn project() -> &'static Project {
    static PROJECT: OnceLock<Project> = OnceLock::new();
    PROJECT.get_or_init(|| {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/illumina");
        let root =
            std::env::temp_dir().join(format!("noticegen-fuzz-xliff-{}", std::process::id()));
        for folder in ["notices", "locales"] {
            copy_dir(&repo.join(folder), &root.join(folder));
        }
        load_project(&root, &mut Vec::new()).expect("the example project loads")
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let source = SourceText::new("xliff/lv.xlf", text);
    match noticegen::xliff::import::plan_sources(project(), &[source]) {
        Ok(plan) => {
            for (path, text) in &plan.writes {
                assert!(path.starts_with(&project().root), "{}", path.display());
                assert!(text.ends_with('\n'));
            }
        }
        Err(refused) => {
            let _ = noticegen::diag::render_plain(&refused.diagnostics);
            let _ = refused.summary();
        }
    }
});
