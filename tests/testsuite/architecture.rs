//! The module graph of `src/` has no cycles: a module may use the ones below it, never one that
//! uses it back. Edges are the `crate::<module>` paths each top-level module names.

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
    for entry in std::fs::read_dir(root.join("src/templates")).unwrap() {
        files.push(entry.unwrap().path());
    }
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap().to_lowercase();
        for name in ["illumina", "medixa"] {
            assert!(!text.contains(name), "{} names `{name}`", file.display());
        }
    }
}
