//! Which earlier outputs a build keeps: the rule "a failed build changes no published output".
//!
//! An output of an earlier build leaves `output/` and the manifest only when what it was made
//! from is gone on purpose: its notice's YAML file or its locale's folder was removed, a
//! recipients CSV no longer names its account, its notice no longer makes that file, or it was
//! a draft or pseudolocale copy (never a published output). An input error never removes
//! anything: a notice that fails to load, a pair that is incomplete or fails keeps every earlier
//! file and manifest entry, and the build says so.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::{Job, JobOutcome};
use crate::identity::LetterId;
use crate::load::Project;
use crate::localize::PSEUDO_LOCALE;
use crate::output::{Artifact, Manifest, Skipped};

/// Earlier outputs of one notice (and locale and account) kept although this build did not
/// make them again, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    pub notice: String,
    /// `None` when the whole notice is kept (it failed to load).
    pub locale: Option<String>,
    pub account: Option<String>,
    pub reason: String,
    /// Paths of the kept files, relative to the output folder.
    pub paths: Vec<String>,
}

/// An earlier output this build removes, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    pub path: String,
    pub reason: &'static str,
}

/// What the new manifest carries over from the previous one.
#[derive(Debug, Default)]
pub struct Retained {
    pub artifacts: Vec<Artifact>,
    pub skipped: Vec<Skipped>,
    pub kept: Vec<Kept>,
    pub removed: Vec<Removed>,
}

/// How this build ended for a pair it planned.
enum Planned<'a> {
    Built(BTreeSet<&'a str>),
    Skipped(&'a Skipped),
    Failed,
}

/// How each planned pair ended, by its id.
fn planned<'a>(jobs: &[Job], outcomes: &'a [JobOutcome]) -> BTreeMap<LetterId, Planned<'a>> {
    let mut planned = BTreeMap::new();
    for (job, outcome) in jobs.iter().zip(outcomes) {
        let key = LetterId::new(
            job.notice.id(),
            &job.tag,
            job.recipient.map(|r| r.account.as_str()),
        );
        let state = match outcome {
            JobOutcome::Built { artifacts, .. } => {
                Planned::Built(artifacts.iter().map(|a| a.path.as_str()).collect())
            }
            JobOutcome::Skipped { skipped, .. } => Planned::Skipped(skipped),
            JobOutcome::Failed { .. } => Planned::Failed,
        };
        planned.insert(key, state);
    }
    planned
}

/// Sorts the previous manifest's entries into kept and removed, given this build's jobs and
/// outcomes. `partial` is a build limited by `--notice`, `--locale` or `--recipients`: pairs it
/// did not plan are left as they were.
pub fn retain(
    previous: &Manifest,
    project: &Project,
    jobs: &[Job],
    outcomes: &[JobOutcome],
    partial: bool,
    out: &Path,
) -> Retained {
    let planned = planned(jobs, outcomes);
    // A recipients CSV is the whole list for its notices: letters of accounts it no longer
    // names are withdrawn. Any other build keeps the letters sent earlier.
    let listed: BTreeSet<&str> = jobs
        .iter()
        .filter(|j| j.recipient.is_some())
        .map(|j| j.notice.id())
        .collect();

    let mut retained = Retained::default();
    // (notice, locale, account, reason) -> paths
    type Group = (String, Option<String>, Option<String>, String);
    let mut kept: BTreeMap<Group, Vec<String>> = BTreeMap::new();
    for artifact in &previous.artifacts {
        let decision = decide(artifact, project, &planned, &listed, partial);
        // An earlier output whose file is gone is not listed again.
        if matches!(decision, Decision::Keep(_)) && !out.join(&artifact.path).is_file() {
            continue;
        }
        match decision {
            Decision::Replaced => {}
            Decision::Keep(None) => retained.artifacts.push(artifact.clone()),
            Decision::Keep(Some(reason)) => {
                retained.artifacts.push(artifact.clone());
                let id = &artifact.id;
                let locale = (reason.scope == Scope::Pair).then(|| id.locale.clone());
                kept.entry((id.notice.clone(), locale, id.account.clone(), reason.text))
                    .or_default()
                    .push(artifact.path.clone());
            }
            Decision::Remove(reason) => retained.removed.push(Removed {
                path: artifact.path.clone(),
                reason,
            }),
        }
    }
    retained.kept = kept
        .into_iter()
        .map(|((notice, locale, account, reason), paths)| Kept {
            notice,
            locale,
            account,
            reason,
            paths,
        })
        .collect();

    // Earlier skips stay for what this build did not look at again.
    for skipped in &previous.skipped {
        let id = &skipped.id;
        let keep = if planned.contains_key(id) {
            false
        } else if project.broken_notices.contains(&id.notice) {
            true
        } else if id.account.is_some() {
            !listed.contains(id.notice.as_str())
        } else {
            partial
        };
        if keep {
            retained.skipped.push(skipped.clone());
        }
    }
    retained
}

#[derive(Debug, PartialEq, Eq)]
enum Scope {
    Notice,
    Pair,
}

struct Reason {
    scope: Scope,
    text: String,
}

enum Decision {
    /// This build made the pair again: the new entry replaces it.
    Replaced,
    /// Stays; with a reason when this build would have replaced it but for an input error.
    Keep(Option<Reason>),
    Remove(&'static str),
}

fn decide(
    artifact: &Artifact,
    project: &Project,
    planned: &BTreeMap<LetterId, Planned>,
    listed: &BTreeSet<&str>,
    partial: bool,
) -> Decision {
    let id = &artifact.id;
    let (notice, locale, account) = (id.notice.as_str(), id.locale.as_str(), &id.account);
    let pair = |text: String| {
        Decision::Keep(Some(Reason {
            scope: Scope::Pair,
            text,
        }))
    };
    if project.broken_notices.contains(notice) {
        return Decision::Keep(Some(Reason {
            scope: Scope::Notice,
            text: "it failed to load".to_string(),
        }));
    }
    if !project.notices.contains_key(notice) {
        return Decision::Remove("its notice is gone");
    }
    if !project
        .root
        .join("locales")
        .join(project.locales.text_locale(locale))
        .is_dir()
    {
        return Decision::Remove("its locale is gone");
    }
    // A draft or pseudolocale copy is never published: it goes when not made again.
    let published = !artifact.draft && locale != PSEUDO_LOCALE;
    match planned.get(id) {
        Some(Planned::Built(paths)) if paths.contains(artifact.path.as_str()) => Decision::Replaced,
        Some(Planned::Built(_)) => Decision::Remove("its notice no longer makes it"),
        Some(Planned::Failed) => pair("its build failed (above)".to_string()),
        Some(Planned::Skipped(_)) if !published => {
            Decision::Remove("a draft or pseudolocale copy, not made again")
        }
        Some(Planned::Skipped(skipped)) => pair(skipped.reason.clone()),
        None if account.is_some() && listed.contains(notice) => {
            Decision::Remove("its account is no longer in the recipients list")
        }
        None if account.is_some() || partial => Decision::Keep(None),
        None if !published => Decision::Remove("a draft or pseudolocale copy, not made again"),
        // A full build plans every pair of every notice and locale there is.
        None => Decision::Keep(None),
    }
}

impl std::fmt::Display for Kept {
    /// "kept 2 earlier outputs of FSN2022-1230: it failed to load"
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = self.paths.len();
        write!(
            f,
            "kept {n} earlier output{} of {}",
            if n == 1 { "" } else { "s" },
            self.notice
        )?;
        if let Some(locale) = &self.locale {
            write!(f, " {locale}")?;
        }
        if let Some(account) = &self.account {
            write!(f, " (account {account})")?;
        }
        write!(f, ": {}", self.reason)
    }
}
