//! The module graph of `src/` has no cycles: a module may use the ones below it, never one that
//! uses it back. That holds between top-level modules and between the modules of one folder
//! (`pipeline::cache` may not use `pipeline::job` if `job` uses `cache`). Edges are the
//! `crate::` and `super::` paths each file names; a folder's `mod.rs` is the folder itself, so a
//! child naming its parent's items is no edge between siblings.

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

/// `src/a/b.rs` -> `["a", "b"]`; `src/a/mod.rs` -> `["a"]`.
fn module_path(src: &Path, file: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).unwrap().with_extension("");
    let mut path: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_str().unwrap().to_string())
        .collect();
    if path.last().is_some_and(|last| last == "mod") {
        path.pop();
    }
    path
}

fn identifier(text: &str) -> &str {
    let end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(text.len());
    &text[..end]
}

/// The paths a `use` tree or an expression path names from `text` on, as segments:
/// `{cache, job::run}` -> `[["cache"], ["job", "run"]]`.
fn paths(text: &str) -> Vec<Vec<String>> {
    let text = text.trim_start();
    if let Some(inner) = text.strip_prefix('{') {
        let mut out = Vec::new();
        let (mut depth, mut from) = (0, 0);
        for (i, c) in inner.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    out.extend(paths(&inner[from..i]));
                    break;
                }
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    out.extend(paths(&inner[from..i]));
                    from = i + 1;
                }
                _ => {}
            }
        }
        return out;
    }
    let name = identifier(text);
    if name.is_empty() {
        return Vec::new();
    }
    match text[name.len()..].strip_prefix("::") {
        Some(rest) => {
            let mut tails = paths(rest);
            if tails.is_empty() {
                tails.push(Vec::new());
            }
            for tail in &mut tails {
                tail.insert(0, name.to_string());
            }
            tails
        }
        None => vec![vec![name.to_string()]],
    }
}

/// Every path `text` names, from the crate root: `crate::x` as is, `super::x` from the parent
/// of `module`.
fn named_paths(module: &[String], text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for (prefix, base) in [
        ("crate::", &module[..0]),
        ("super::", &module[..module.len().saturating_sub(1)]),
    ] {
        for (i, _) in text.match_indices(prefix) {
            let before = text[..i].chars().next_back();
            if before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            for path in paths(&text[i + prefix.len()..]) {
                out.push(base.iter().cloned().chain(path).collect());
            }
        }
    }
    out
}

/// Module -> the modules it names, each edge between siblings: `pipeline::cache` naming
/// `crate::pipeline::job::x` is `pipeline::cache -> pipeline::job`, naming `crate::load::y` is
/// `pipeline -> load`.
fn module_graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| module_path(&src, f)).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let from = module_path(&src, file);
        if from == ["main"] || from == ["lib"] {
            continue;
        }
        let text = std::fs::read_to_string(file).unwrap();
        for to in named_paths(&from, &text) {
            let common = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
            // The parent's own items, or the module itself.
            if common == from.len() || common == to.len() {
                continue;
            }
            let target = to[..=common].to_vec();
            if modules.contains(&target) {
                graph
                    .entry(from[..=common].join("::"))
                    .or_default()
                    .insert(target.join("::"));
            }
        }
    }
    graph
}

#[test]
fn use_trees_are_read_to_their_leaves() {
    let named = named_paths(
        &["pipeline".into(), "job".into()],
        "use super::{Context, cache::{self, reuse}};\nlet x = crate::load::f();\nmy_super::no",
    );
    let named: Vec<String> = named.iter().map(|p| p.join("::")).collect();
    assert_eq!(
        named,
        [
            "load::f",
            "pipeline::Context",
            "pipeline::cache::self",
            "pipeline::cache::reuse"
        ]
    );
}

#[test]
fn no_module_uses_one_that_uses_it_back() {
    let graph = module_graph();
    assert!(graph.contains_key("layout") && graph["load"].contains("layout"));
    // Edges inside a folder are seen, through `super::` and through `crate::` paths.
    assert!(graph["pipeline::job"].contains("pipeline::emit"));
    assert!(graph["layout::letter"].contains("layout::view"));
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
        for name in ["illumina", "medixa", "calder", "kestrel", "fenmoor"] {
            assert!(!text.contains(name), "{} names `{name}`", file.display());
        }
    }
}

/// Clippy keeps every function of `src/` to 80 lines; CI denies its warnings. The lint is off by
/// default, so both crate roots must ask for it.
#[test]
fn the_crates_hold_functions_to_eighty_lines() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = std::fs::read_to_string(root.join("clippy.toml")).unwrap();
    assert!(
        config
            .lines()
            .any(|l| l.replace(' ', "") == "too-many-lines-threshold=80"),
        "{config}"
    );
    for crate_root in ["src/lib.rs", "src/main.rs"] {
        let text = std::fs::read_to_string(root.join(crate_root)).unwrap();
        assert!(
            text.contains("#![warn(clippy::too_many_lines)]"),
            "{crate_root} does not warn on clippy::too_many_lines"
        );
    }
}
