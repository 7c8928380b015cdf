//! Sharded builds: N processes each build `--shard I/N` of the plan into their own folder, and
//! `manifest merge` joins them into what one build makes, byte for byte; parts of other inputs,
//! a shard given twice or one missing are refused.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::common::*;

/// Every file under `dir`, by relative path, with its bytes' digest.
fn files(dir: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.file_name().is_some_and(|n| n != ".noticegen.lock") {
                use sha2::Digest;
                let digest = format!("{:x}", sha2::Sha256::digest(std::fs::read(&path).unwrap()));
                let relative = path.strip_prefix(dir).unwrap().display().to_string();
                out.insert(relative, digest);
            }
        }
    }
    out
}

/// `n` shard builds of `root` as `n` processes at once; their output folders.
fn shards(root: &Path, work: &Path, n: usize, extra: &[&str]) -> Vec<PathBuf> {
    let parts: Vec<PathBuf> = (1..=n).map(|i| work.join(format!("part-{i}"))).collect();
    let children: Vec<_> = parts
        .iter()
        .enumerate()
        .map(|(i, part)| {
            noticegen()
                .args(["build", "--shard", &format!("{}/{n}", i + 1), "--root"])
                .arg(root)
                .arg("--out")
                .arg(part)
                .args(extra)
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    parts
}

fn merge(parts: &[PathBuf], out: &Path) -> Run {
    run(noticegen()
        .args(["manifest", "merge"])
        .args(parts)
        .arg("--out")
        .arg(out))
}

#[test]
fn four_shards_merged_are_the_single_build_byte_for_byte() {
    let work = tempfile::tempdir().unwrap();
    let single = work.path().join("single");
    let r = build(&example(), &single, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let parts = shards(&example(), work.path(), 4, &[]);
    // Each shard built a share, and none built everything.
    let total = manifest(&single)["artifacts"].as_array().unwrap().len();
    for part in &parts {
        let m = manifest(part);
        let built = m["artifacts"].as_array().unwrap().len();
        assert!(
            built > 0 && built < total,
            "{}: {built} of {total}",
            part.display()
        );
        assert_eq!(m["shard"]["total"], 4);
    }
    let merged = work.path().join("merged");
    let r = merge(&parts, &merged);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(files(&merged), files(&single));

    // Refused, with nothing written: a missing shard, one given twice, parts of other inputs.
    let nothing = work.path().join("nothing");
    let r = merge(&parts[..3], &nothing);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("missing shard(s): 4/4"), "{}", r.stderr);
    let twice = [parts.clone(), vec![parts[0].clone()]].concat();
    let r = merge(&twice, &nothing);
    assert!(
        r.stderr.contains("shard 1/4 is given twice"),
        "{}",
        r.stderr
    );
    let project = project_copy();
    edit(
        &project.path().join("locales/lv/FSN2024-1562.ftl"),
        "summary-3 = ",
        "summary-3 = (labots) ",
    );
    let other = work.path().join("other");
    std::fs::create_dir_all(&other).unwrap();
    let changed = shards(project.path(), &other, 4, &[]);
    let mixed = [&parts[..3], &changed[3..]].concat();
    let r = merge(&mixed, &nothing);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("is a part of another build"),
        "{}",
        r.stderr
    );
    assert!(!nothing.join("manifest.json").exists());

    // A part's file changed since its build: refused, and nothing of the merge stays behind.
    let pdf = manifest(&parts[1])["artifacts"][0]["path"]
        .as_str()
        .unwrap()
        .to_string();
    std::fs::write(parts[1].join(&pdf), b"%PDF-1.7 tampered").unwrap();
    let r = merge(&parts, &nothing);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("is not the file its manifest lists"),
        "{}",
        r.stderr
    );
    assert!(files(&nothing).is_empty(), "{:?}", files(&nothing));
}

#[test]
fn recipients_letters_shard_and_merge_like_a_single_build() {
    let work = tempfile::tempdir().unwrap();
    let csv = repo().join("tests/fixtures/recipients.csv");
    let args = ["--recipients", csv.to_str().unwrap()];
    let single = work.path().join("single");
    let r = build(&example(), &single, &args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let parts = shards(&example(), work.path(), 2, &args);
    let merged = work.path().join("merged");
    let r = merge(&parts, &merged);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(files(&merged), files(&single));
}
