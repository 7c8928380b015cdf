//! The module graph of `src/` has no cycles: a module may use the ones below it, never one that
//! uses it back. Edges are the `crate::<module>` paths each top-level module names. And the
//! docs hold together: the guide's links, and the guide pages hints name, exist.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Top-level module -> the top-level modules it names.
fn module_graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap();
        let top = relative.components().next().unwrap().as_os_str();
        let top = top.to_str().unwrap().trim_end_matches(".rs").to_string();
        if top == "main" || top == "lib" {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for (i, _) in text.match_indices("crate::") {
            let name: String = text[i + 7..]
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect();
            if !name.is_empty() && name != top {
                graph.entry(top.clone()).or_default().insert(name);
            }
        }
    }
    graph
}

#[test]
fn no_module_uses_one_that_uses_it_back() {
    let graph = module_graph();
    assert!(graph.contains_key("layout") && graph["load"].contains("layout"));
    for (from, targets) in &graph {
        for to in targets {
            // Is `from` reachable from `to`?
            let mut seen = BTreeSet::new();
            let mut stack = vec![to.clone()];
            while let Some(m) = stack.pop() {
                assert!(
                    &m != from,
                    "import cycle: `{from}` uses `{to}`, which leads back to `{from}`\n{graph:#?}"
                );
                if seen.insert(m.clone()) {
                    stack.extend(graph.get(&m).into_iter().flatten().cloned());
                }
            }
        }
    }
}

/// Nothing built in carries a manufacturer's words: no manufacturer's name in the source or the
/// built-in templates (the examples' wording lives in their own profiles and locale files).
#[test]
fn nothing_built_in_names_a_manufacturer() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    for entry in std::fs::read_dir(root.join("templates")).unwrap() {
        files.push(entry.unwrap().path());
    }
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap().to_lowercase();
        for name in ["illumina", "medixa"] {
            assert!(!text.contains(name), "{} names `{name}`", file.display());
        }
    }
}

/// The targets of a Markdown text's inline links and images, outside code blocks: what a
/// reader follows. Web and mail links, and anchors within the page, are left out.
fn local_links(text: &str) -> Vec<String> {
    let mut links = Vec::new();
    let mut fenced = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
        }
        if fenced || line.starts_with("    ") {
            continue;
        }
        for (i, _) in line.match_indices("](") {
            let target = line[i + 2..].split(')').next().unwrap();
            let target = target.split('#').next().unwrap();
            if !target.is_empty() && !target.contains("://") && !target.starts_with("mailto:") {
                links.push(target.to_string());
            }
        }
    }
    links
}

#[test]
fn local_links_finds_pages_and_images_but_not_code() {
    let text = "See [a](a.md#x), ![b](img/b.png), [c](https://c.example) and [d](#d).\n\
                ```\n[e](e.md)\n```\n    [f](f.md)\n";
    assert_eq!(local_links(text), ["a.md", "img/b.png"]);
}

/// The guide (`docs/`, built by mdBook in CI) and the two root documents link only pages and
/// images that exist, and `SUMMARY.md` lists every page of the guide.
#[test]
fn the_guide_links_only_pages_and_images_that_exist() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let book = root.join("docs/src");
    let mut files = vec![root.join("README.md"), root.join("ARCHITECTURE.md")];
    let mut pages = BTreeSet::new();
    for entry in std::fs::read_dir(&book).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            pages.insert(path.file_name().unwrap().to_str().unwrap().to_string());
            files.push(path);
        }
    }
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        for link in local_links(&text) {
            let target = file.parent().unwrap().join(&link);
            assert!(
                target.exists(),
                "{} links `{link}`, which does not exist",
                file.display()
            );
        }
    }
    let summary = local_links(&std::fs::read_to_string(book.join("SUMMARY.md")).unwrap());
    for page in pages.iter().filter(|p| *p != "SUMMARY.md") {
        assert!(
            summary.contains(page),
            "docs/src/SUMMARY.md does not list `{page}`"
        );
    }
}

/// Hints point people at the guide by its page's path (`docs/src/<page>.md`): each such page
/// must exist. Every file under `src/` counts, `init`'s starter files too.
#[test]
fn every_guide_page_a_hint_names_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    all_files(&root.join("src"), &mut files);
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
                page.ends_with(".md") && root.join(page).is_file(),
                "{} names the guide page `{page}`, which does not exist",
                file.display()
            );
        }
    }
    assert!(named > 0, "no hint in src/ names a guide page");
}

fn all_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            all_files(&path, out);
        } else {
            out.push(path);
        }
    }
}
