//! The docs hold together: the README, ARCHITECTURE.md and the guide (`docs/`, built by mdBook
//! in CI) link only pages and images that exist, `SUMMARY.md` lists every page, and every guide
//! page a hint names exists. mdBook itself is not needed for these.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, Parser, Tag};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The local targets of a Markdown text's links and images, as a reader follows them: web and
/// mail links and anchors within the page left out, a target's own anchor cut off.
fn local_links(text: &str) -> Vec<String> {
    Parser::new(text)
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                Some(dest_url.to_string())
            }
            _ => None,
        })
        .filter_map(|target| {
            let path = target.split('#').next().unwrap_or_default().to_string();
            let remote = target.contains("://") || target.starts_with("mailto:");
            (!path.is_empty() && !remote).then_some(path)
        })
        .collect()
}

#[test]
fn local_links_finds_pages_and_images_but_not_code() {
    let text = "See [a](a.md#x), ![b](img/b.png), [c](https://c.example) and [d](#d).\n\n\
                ```\n[e](e.md)\n```\n\n    [f](f.md)\n\nAnd `[g](g.md)`.\n";
    assert_eq!(local_links(text), ["a.md", "img/b.png"]);
}

fn guide_pages() -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = std::fs::read_dir(root().join("docs/src"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "md"))
        .collect();
    pages.sort();
    pages
}

#[test]
fn the_guide_links_only_pages_and_images_that_exist() {
    let mut files = vec![root().join("README.md"), root().join("ARCHITECTURE.md")];
    files.extend(guide_pages());
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for link in local_links(&text) {
            assert!(
                file.parent().unwrap().join(&link).exists(),
                "{} links `{link}`, which does not exist",
                file.display()
            );
        }
    }
    let summary = std::fs::read_to_string(root().join("docs/src/SUMMARY.md")).unwrap();
    let listed: BTreeSet<String> = local_links(&summary).into_iter().collect();
    for page in guide_pages() {
        let name = page.file_name().unwrap().to_str().unwrap();
        assert!(
            name == "SUMMARY.md" || listed.contains(name),
            "docs/src/SUMMARY.md does not list `{name}`"
        );
    }
}

fn all_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            all_files(&path, out);
        } else {
            out.push(path);
        }
    }
}

/// Hints point at the guide by its page's path (`docs/src/<page>.md`); every file under `src/`
/// counts, `init`'s starter files too.
#[test]
fn every_guide_page_a_hint_names_exists() {
    let mut files = Vec::new();
    all_files(&root().join("src"), &mut files);
    let mut named = 0;
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        for (i, _) in text.match_indices("docs/src/") {
            let page: String = text[i..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || "/-_.".contains(*c))
                .collect();
            let page = page.trim_end_matches('.');
            named += 1;
            assert!(
                page.ends_with(".md") && root().join(page).is_file(),
                "{} names the guide page `{page}`, which does not exist",
                file.display()
            );
        }
    }
    assert!(named > 0, "no hint in src/ names a guide page");
}
