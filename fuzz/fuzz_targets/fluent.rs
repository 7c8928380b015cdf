//! Any text as a translation file, loaded and every message formatted with the standard
//! arguments and parsed as inline markup: diagnostics or text, never a panic.
#![no_main]

use std::collections::BTreeMap;

use libfuzzer_sys::fuzz_target;
use noticegen::diag::SourceText;
use noticegen::localize::resources::parse_file;
use noticegen::localize::{Locale, Locales, Localizer, StandardArgs};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let mut diagnostics = Vec::new();
    let file = parse_file("common", SourceText::new("locales/lv/common.ftl", text), &mut diagnostics);
    let _ = noticegen::diag::render_plain(&diagnostics);
    let ids: Vec<String> = file.entries.iter().map(|e| e.id.clone()).filter(|id| !id.starts_with('-')).collect();
    let mut locales = Locales::default();
    locales.by_tag.insert(
        "lv".into(),
        Locale { tag: "lv".into(), langid: "lv".parse().unwrap(), files: vec![file] },
    );
    let mut args = StandardArgs::default();
    args.values.insert("notice".into(), "FSN2024-1562".into());
    let mut links = BTreeMap::new();
    links.insert("guide".to_string(), "https://example.com/guide".to_string());
    let localizer = Localizer::new(&locales, "FSN2024-1562", &["lv".to_string()], args, links, None);
    for id in ids {
        let _ = localizer.typst(&id, &[("n", fluent_bundle::FluentValue::from(111))]);
    }
    let _ = localizer.into_report();
});
