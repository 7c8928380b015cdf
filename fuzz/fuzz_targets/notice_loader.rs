//! Any bytes as a notice YAML file: a notice or a diagnostic, never a panic or a hang.
#![no_main]

use libfuzzer_sys::fuzz_target;
use noticegen::diag::SourceText;
use noticegen::yaml::parse_yaml;
use noticegen::notice::{Manufacturer, Notice};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let source = SourceText::new("notices/fuzz.yaml", text);
    if let Err(d) = parse_yaml::<Notice>(&source) {
        // Rendering the diagnostic (source line, caret) must not panic either.
        let _ = noticegen::diag::render_plain(&[d]);
    }
    let _ = parse_yaml::<Manufacturer>(&source);
});
