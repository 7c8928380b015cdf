//! Sharded builds: `build --shard I/N` builds a deterministic slice of the planned jobs,
//! balanced by their expected cost, into its own output folder, whose manifest says which part
//! it is and of which plan; `noticegen manifest merge` joins the parts into one output folder
//! that is byte for byte what a single build makes.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{BuildContext, Job};
use crate::diag::Diagnostic;
use crate::fingerprint::Fingerprint;
use crate::identity::LetterId;
use crate::load::Project;
use crate::lock;
use crate::output::{self, Manifest, ShardPart};

/// One slice of a build: `index` of `total`, counted from 1 as people count shards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shard {
    pub index: usize,
    pub total: usize,
}

impl Shard {
    /// `I/N`, as `--shard` takes it: 1 <= I <= N.
    pub fn parse(text: &str) -> Result<Self, String> {
        let bad = || format!("`{text}` is not a shard: write I/N, like 2/4 (the second of four)");
        let (index, total) = text.split_once('/').ok_or_else(bad)?;
        let index: usize = index.trim().parse().map_err(|_| bad())?;
        let total: usize = total.trim().parse().map_err(|_| bad())?;
        if total == 0 || index == 0 || index > total {
            return Err(format!(
                "`{text}`: a shard is I/N with 1 <= I <= N (the first of four is 1/4)"
            ));
        }
        Ok(Self { index, total })
    }

    /// The shard the CI engine gives this job: GitLab's `CI_NODE_INDEX` / `CI_NODE_TOTAL`
    /// (from 1), or a Kubernetes Indexed Job's `JOB_COMPLETION_INDEX` (from 0) with
    /// `NOTICEGEN_SHARD_TOTAL` (the Job's `completions`).
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Result<Self, String> {
        let number = |name: &str, text: String| {
            text.trim()
                .parse::<usize>()
                .map_err(|_| format!("{name}=`{text}` is not a whole number"))
        };
        if let (Some(index), Some(total)) = (var("CI_NODE_INDEX"), var("CI_NODE_TOTAL")) {
            let (index, total) = (
                number("CI_NODE_INDEX", index)?,
                number("CI_NODE_TOTAL", total)?,
            );
            return Self::parse(&format!("{index}/{total}"));
        }
        if let Some(index) = var("JOB_COMPLETION_INDEX") {
            let index = number("JOB_COMPLETION_INDEX", index)?;
            let total = var("NOTICEGEN_SHARD_TOTAL").ok_or(
                "JOB_COMPLETION_INDEX is set, but not NOTICEGEN_SHARD_TOTAL: set it to the Job's `completions`",
            )?;
            let total = number("NOTICEGEN_SHARD_TOTAL", total)?;
            return Self::parse(&format!("{}/{total}", index + 1));
        }
        Err("--shard auto: no shard in the environment (CI_NODE_INDEX and CI_NODE_TOTAL, or JOB_COMPLETION_INDEX and NOTICEGEN_SHARD_TOTAL)".into())
    }

    /// This shard's jobs: the planned jobs, in runs of one locale and notice (a letter reuses
    /// the layout of the one before it only within its locale), dealt out by expected cost,
    /// the most expensive run first, each to the shard with the least cost so far (ties to
    /// the lower index), then kept in plan order. A run holds at most an eighth of a shard's
    /// share of the jobs, so the shards stay balanced. Every shard deals the same plan the
    /// same way.
    pub fn select<'p>(self, project: &Project, jobs: Vec<Job<'p>>) -> Vec<Job<'p>> {
        let runs = runs(&jobs, jobs.len().div_ceil(self.total * 8).max(1));
        let costs: Vec<u64> = runs
            .iter()
            .map(|run| run.iter().map(|&j| expected_cost(project, &jobs[j])).sum())
            .collect();
        let mut order: Vec<usize> = (0..runs.len()).collect();
        order.sort_by(|&a, &b| costs[b].cmp(&costs[a]).then(a.cmp(&b)));
        let mut loads = vec![0u64; self.total];
        let mut mine = BTreeSet::new();
        for run in order {
            let (least, _) = loads
                .iter()
                .enumerate()
                .min_by_key(|&(i, load)| (*load, i))
                .expect("at least one shard");
            loads[least] += costs[run];
            if least + 1 == self.index {
                mine.extend(runs[run].iter().copied());
            }
        }
        jobs.into_iter()
            .enumerate()
            .filter(|(i, _)| mine.contains(i))
            .map(|(_, job)| job)
            .collect()
    }
}

/// The jobs' indices in runs of one locale and notice, each of at most `most`: the plan
/// already keeps each locale's letters of a notice together (`pipeline::letters`).
fn runs(jobs: &[Job], most: usize) -> Vec<Vec<usize>> {
    let indices: Vec<usize> = (0..jobs.len()).collect();
    indices
        .chunk_by(|&a, &b| {
            (&jobs[a].tag, jobs[a].notice.id()) == (&jobs[b].tag, jobs[b].notice.id())
        })
        .flat_map(|run| run.chunks(most).map(<[usize]>::to_vec))
        .collect()
}

/// The jobs of this build's shard, and its part of the manifest; all of them without a shard.
pub(super) fn take<'p>(
    spec: Option<ShardSpec>,
    context: &BuildContext,
    mut jobs: Vec<Job<'p>>,
) -> (Vec<Job<'p>>, Option<ShardPart>) {
    let shard = match spec {
        Some(ShardSpec::Given(shard)) => shard,
        Some(ShardSpec::Auto) => unreachable!("`--shard auto` is resolved with the options"),
        None => return (jobs, None),
    };
    // Every job's inputs make the plan; the shard's own jobs keep theirs for the cache check.
    for j in &mut jobs {
        j.inputs = Some(super::cache::pair_inputs(
            context,
            j.notice,
            &j.tag,
            j.recipient,
        ));
    }
    let plan = plan_fingerprint(jobs.iter().map(|j| {
        let account = j.recipient.map(|r| r.account.as_str());
        let id = LetterId::new(j.notice.id(), &j.tag, account);
        (id.to_string(), j.inputs.clone().unwrap_or_default())
    }));
    let part = ShardPart {
        index: shard.index,
        total: shard.total,
        plan,
    };
    (shard.select(context.project, jobs), Some(part))
}

/// What a job is expected to cost: a letter grows with its notice's text and a recipient's
/// with its devices; a translation not started is skipped at once. Only the order matters,
/// and it is the same on every machine.
fn expected_cost(project: &Project, job: &Job) -> u64 {
    if !super::letter::translation_started(project, job.notice.id(), &job.tag) {
        return 1;
    }
    let notice = job.notice.source.text.len() as u64;
    let devices = job.recipient.map_or(0, |r| r.devices.len() as u64);
    notice + 200 * devices
}

/// The fingerprint of a whole plan: every job's identity and inputs. Shards of one plan share
/// it; parts of different inputs do not.
pub fn plan_fingerprint(jobs: impl Iterator<Item = (String, String)>) -> String {
    let mut f = Fingerprint::new("plan");
    for (id, inputs) in jobs {
        f.add(&id, &inputs);
    }
    f.finish()
}

/// `--shard`: a slice named, or `auto` (the CI engine's, read where the options are made).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShardSpec {
    Given(Shard),
    Auto,
}

impl ShardSpec {
    pub fn parse(text: &str) -> Result<Self, String> {
        match text {
            "auto" => Ok(Self::Auto),
            _ => Shard::parse(text).map(Self::Given),
        }
    }
}

/// Joins the output folders of a sharded build into `out`: every part of one plan, each once.
/// The files are checked against their manifest entries and staged, then committed as a build
/// commits (moved into place, the manifest last): a merge that fails leaves `out` as it was.
/// The manifest is the same bytes as a single build's.
pub fn merge(parts: &[PathBuf], out: &Path) -> Result<usize, Vec<Diagnostic>> {
    let mut manifests = Vec::new();
    let mut errors = Vec::new();
    for part in parts {
        match Manifest::read(part) {
            Some(m) => manifests.push((part, m.settle(part))),
            None => errors.push(
                Diagnostic::error(format!(
                    "{}: no manifest.json: not a build's output",
                    part.display()
                ))
                .hint("give the output folders of `build --shard I/N`"),
            ),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    check_parts(&manifests)?;
    std::fs::create_dir_all(out).map_err(|e| {
        vec![Diagnostic::error(format!(
            "cannot make the folder {}: {e}",
            out.display()
        ))]
    })?;
    let _lock = lock::ProjectLock::acquire(out, "manifest merge").map_err(|d| vec![d])?;
    let previous = Manifest::read(out).map(|m| m.settle(out));
    output::discard_staging(out);
    let merged = match stage_parts(&manifests, out) {
        Ok(merged) => merged,
        Err(d) => {
            output::discard_staging(out);
            return Err(vec![d]);
        }
    };
    super::commit::commit(&super::commit::Commit {
        out,
        previous: previous.as_ref(),
        manifest: &merged,
        made: merged.artifacts.iter().map(|a| a.path.as_str()).collect(),
        removed: &[],
    })
    .map_err(|d| vec![d])?;
    Ok(merged.artifacts.len())
}

/// Every part's files, checked against their entries and staged in `out`; the merged manifest.
fn stage_parts(manifests: &[(&PathBuf, Manifest)], out: &Path) -> Result<Manifest, Diagnostic> {
    let mut merged = Manifest::new();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for (part, manifest) in manifests {
        for artifact in &manifest.artifacts {
            if !seen.insert(artifact.path.clone()) {
                continue;
            }
            let bytes = std::fs::read(part.join(&artifact.path)).map_err(|e| {
                Diagnostic::error(format!(
                    "{}: cannot read {}: {e}",
                    part.display(),
                    artifact.path
                ))
            })?;
            if crate::fingerprint::digest(&bytes) != artifact.sha256 {
                return Err(Diagnostic::error(format!(
                    "{}: {} is not the file its manifest lists (changed since the build)",
                    part.display(),
                    artifact.path
                ))
                .hint("build that shard again"));
            }
            output::stage_artifact(out, &artifact.path, &bytes)?;
            merged.artifacts.push(artifact.clone());
        }
        merged.skipped.extend(manifest.skipped.iter().cloned());
    }
    merged.sort();
    merged.skipped.dedup_by(|a, b| a.id == b.id);
    Ok(merged)
}

/// The parts are of one plan, one of each shard.
fn check_parts(manifests: &[(&PathBuf, Manifest)]) -> Result<(), Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let mut first: Option<(&PathBuf, ShardPart)> = None;
    let mut indices = BTreeSet::new();
    for (part, manifest) in manifests {
        let Some(shard) = manifest.shard.clone() else {
            errors.push(Diagnostic::error(format!(
                "{}: not a shard's output (built without --shard)",
                part.display()
            )));
            continue;
        };
        if let Some((first_part, expected)) = &first {
            if shard.plan != expected.plan || shard.total != expected.total {
                errors.push(
                    Diagnostic::error(format!(
                        "{} is a part of another build than {}: their inputs differ",
                        part.display(),
                        first_part.display()
                    ))
                    .hint("build every shard from the same commit, recipients list and options"),
                );
                continue;
            }
        } else {
            first = Some((part, shard.clone()));
        }
        if !indices.insert(shard.index) {
            errors.push(Diagnostic::error(format!(
                "{}: shard {}/{} is given twice",
                part.display(),
                shard.index,
                shard.total
            )));
        }
    }
    let Some((_, expected)) = first else {
        errors.push(Diagnostic::error("no parts to merge"));
        return Err(errors);
    };
    let missing: Vec<String> = (1..=expected.total)
        .filter(|i| !indices.contains(i))
        .map(|i| format!("{i}/{}", expected.total))
        .collect();
    if !missing.is_empty() {
        errors.push(
            Diagnostic::error(format!("missing shard(s): {}", missing.join(", ")))
                .hint("wait for every shard's job, and give all their output folders"),
        );
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_are_read_as_people_count_them_and_from_each_ci_engine() {
        assert_eq!(Shard::parse("2/4"), Ok(Shard { index: 2, total: 4 }));
        for bad in ["0/4", "5/4", "1/0", "2", "a/b", "-1/4"] {
            assert!(Shard::parse(bad).is_err(), "{bad}");
        }
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        let gitlab = env(&[("CI_NODE_INDEX", "3"), ("CI_NODE_TOTAL", "4")]);
        assert_eq!(Shard::from_env(gitlab), Ok(Shard { index: 3, total: 4 }));
        // Kubernetes counts from 0.
        let k8s = env(&[
            ("JOB_COMPLETION_INDEX", "0"),
            ("NOTICEGEN_SHARD_TOTAL", "8"),
        ]);
        assert_eq!(Shard::from_env(k8s), Ok(Shard { index: 1, total: 8 }));
        let half = env(&[("JOB_COMPLETION_INDEX", "0")]);
        assert!(
            Shard::from_env(half)
                .unwrap_err()
                .contains("NOTICEGEN_SHARD_TOTAL")
        );
        assert!(Shard::from_env(env(&[])).is_err());
    }
}
