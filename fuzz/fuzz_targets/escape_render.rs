//! Any text as a translated message, through the markup conversion into a real Typst document
//! with the default style module: it must always typeset (text is data, never code), and never
//! panic.
#![no_main]

use std::collections::BTreeMap;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use noticegen::localize::intl::CivilDate;
use noticegen::markup;
use noticegen::render::Templates;
use noticegen::typeset::Typesetter;

fn typesetter() -> &'static Typesetter {
    static TYPESETTER: OnceLock<Typesetter> = OnceLock::new();
    TYPESETTER.get_or_init(|| {
        let templates = Templates::load(std::path::Path::new("/nonexistent")).ok().expect("built-in templates");
        Typesetter::new(&templates.typst_files, &[])
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if text.len() > 4096 {
        return;
    }
    let links = BTreeMap::from([("guide".to_string(), "https://example.com".to_string())]);
    let nodes = match markup::parse(text, &links) {
        Ok(nodes) => nodes,
        // Broken markup is printed literally, as the localizer does.
        Err(_) => vec![markup::Inline::Text(text.to_string())],
    };
    let body = markup::to_typst(&nodes);
    let source = format!(
        "#import \"/style.typ\": *\n#show: notice.with(lang: \"lv\")\n#strong-par[{body}]\n\n{body}\n\n#titles(([{body}],), upper: true)\n"
    );
    let date = CivilDate::parse("2024-05-08").unwrap();
    let result = typesetter().compile(source.clone(), date);
    // Typst memoizes every compile; a long run must drop what it no longer uses, as builds do.
    typst::comemo::evict(2);
    if let Err(errors) = result {
        panic!("escaped text failed to typeset: {}\n{source}", noticegen::diag::render_plain(&errors));
    }
});
