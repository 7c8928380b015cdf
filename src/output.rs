//! The write stage: output paths, the manifest, and atomic, change-aware writes.
//!
//! Paths are built only from validated notice IDs and locale tags. Each file is written to a
//! temporary file in its folder and renamed into place, so a failed or killed build leaves the
//! previous outputs intact; a file whose bytes did not change is not touched.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::diag::Diagnostic;
use crate::fsutil;
use crate::identity::LetterId;
use crate::notice::FormKind;

pub const MANIFEST: &str = "manifest.json";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ArtifactKind {
    /// The full notice, form pages included.
    Notice,
    /// The verification form pages alone.
    Form,
    /// A recipient's e-mail (`.eml`), the letter and its forms attached (`build --email`).
    Message,
}

impl ArtifactKind {
    /// The manifest's order within one letter: the notice, its forms, its message.
    fn rank(self) -> u8 {
        match self {
            ArtifactKind::Notice => 0,
            ArtifactKind::Form => 1,
            ArtifactKind::Message => 2,
        }
    }
}

/// Who a message goes to, as `mail send` hands it to the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope {
    pub message_id: String,
    /// The sender's address (the From address, without its display name).
    pub from: String,
    pub to: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cc: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Artifact {
    #[serde(flatten)]
    pub id: LetterId,
    pub kind: ArtifactKind,
    /// Which reply form, for `kind: form`: `customer` or `distributor`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<FormKind>,
    /// `archive` for PDF/A-2b (`--profile archive`); absent for the default profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// Relative to the manifest's folder, with `/` separators.
    pub path: String,
    pub sha256: String,
    /// File size, to tell an intact earlier output from a damaged one.
    #[serde(default)]
    pub bytes: u64,
    pub pages: usize,
    /// Messages printed from a fallback locale (draft builds only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fell_back: Vec<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub draft: bool,
    /// Fingerprint of the pair's inputs (incremental builds).
    #[serde(default)]
    pub inputs: String,
    /// A message's envelope (`kind: message`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub envelope: Option<Envelope>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    #[serde(flatten)]
    pub id: LetterId,
    pub reason: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<String>,
    #[serde(default)]
    pub inputs: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub generator: String,
    pub artifacts: Vec<Artifact>,
    pub skipped: Vec<Skipped>,
    /// Only while a build commits, or after one was killed doing so: the earlier entries of the
    /// files it is replacing or removing. Every file in the output folder then matches its entry
    /// in `artifacts` or its entry here; [`Manifest::settle`] finds out which.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub committing: Vec<Artifact>,
    /// A sharded build's part (`build --shard I/N`): which, and of which plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard: Option<ShardPart>,
}

/// Which part of a sharded build a manifest is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShardPart {
    /// From 1.
    pub index: usize,
    pub total: usize,
    /// The fingerprint of the whole plan: every job's identity and inputs.
    pub plan: String,
}

impl Manifest {
    pub fn new() -> Self {
        Self {
            generator: format!("noticegen {}", env!("CARGO_PKG_VERSION")),
            artifacts: Vec::new(),
            skipped: Vec::new(),
            committing: Vec::new(),
            shard: None,
        }
    }

    /// The manifest of an earlier build, if there is a readable one.
    pub fn read(out: &Path) -> Option<Self> {
        let bytes = std::fs::read(out.join(MANIFEST)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// A manifest that describes the files as they are: after a commit that was cut short, each
    /// path it was changing gets the entry (new or earlier) whose sha256 its file has; a path
    /// whose file matches neither is dropped, so its pair is made again.
    pub fn settle(mut self, out: &Path) -> Self {
        if self.committing.is_empty() {
            return self;
        }
        let on_disk = |path: &str| {
            std::fs::read(out.join(path))
                .ok()
                .map(|bytes| crate::fingerprint::digest(&bytes))
        };
        let earlier: Vec<Artifact> = std::mem::take(&mut self.committing);
        let changing: std::collections::BTreeSet<String> =
            earlier.iter().map(|a| a.path.clone()).collect();
        let mut settled: Vec<Artifact> = Vec::new();
        let mut artifacts = std::mem::take(&mut self.artifacts);
        artifacts.extend(earlier);
        for artifact in artifacts {
            if changing.contains(&artifact.path) {
                let described = settled.iter().any(|a| a.path == artifact.path);
                if described || on_disk(&artifact.path).as_deref() != Some(&artifact.sha256) {
                    continue;
                }
            }
            settled.push(artifact);
        }
        self.artifacts = settled;
        self.sort();
        self
    }

    /// Sorted, so the manifest does not depend on job order.
    pub fn sort(&mut self) {
        self.artifacts.sort_by(|a, b| {
            (
                &a.id.notice,
                &a.id.account,
                &a.id.locale,
                a.kind.rank(),
                a.form,
            )
                .cmp(&(
                    &b.id.notice,
                    &b.id.account,
                    &b.id.locale,
                    b.kind.rank(),
                    b.form,
                ))
        });
        self.skipped.sort_by(|a, b| {
            (&a.id.notice, &a.id.account, &a.id.locale).cmp(&(
                &b.id.notice,
                &b.id.account,
                &b.id.locale,
            ))
        });
    }

    pub fn write(&self, out: &Path) -> Result<(), Diagnostic> {
        let mut json = serde_json::to_string_pretty(self).expect("manifest serializes");
        json.push('\n');
        let path = out.join(MANIFEST);
        fsutil::write_if_changed(&path, json.as_bytes()).map(|_| ())
    }
}

impl Default for Manifest {
    fn default() -> Self {
        Self::new()
    }
}

/// Where an artifact of `id` goes, relative to the output folder:
/// `<NOTICE>/<tag>/<NOTICE>-<tag>.pdf`, `...-form.pdf` (customer reply form),
/// `...-distributor-form.pdf`; a recipient's letter and forms go to
/// `<NOTICE>/recipients/<account>/<NOTICE>-<account>-<tag>[...].pdf`, and its message
/// `<NOTICE>-<account>-<tag>.eml` beside them.
pub fn artifact_path(id: &LetterId, kind: ArtifactKind, form: Option<FormKind>) -> String {
    let (notice, tag) = (&id.notice, &id.locale);
    let (suffix, extension) = match (kind, form) {
        (ArtifactKind::Notice, _) => ("", "pdf"),
        (ArtifactKind::Form, Some(FormKind::Distributor)) => ("-distributor-form", "pdf"),
        (ArtifactKind::Form, _) => ("-form", "pdf"),
        (ArtifactKind::Message, _) => ("", "eml"),
    };
    match &id.account {
        None => format!("{notice}/{tag}/{notice}-{tag}{suffix}.{extension}"),
        Some(account) => {
            format!("{notice}/recipients/{account}/{notice}-{account}-{tag}{suffix}.{extension}")
        }
    }
}

/// The folder where a build stages changed outputs before committing them all at once.
pub const STAGING: &str = ".noticegen-staging";

/// Stages one artifact: unless `out/<relative>` already holds exactly these bytes, they are
/// written to `out/.noticegen-staging/<relative>`, to be moved into place when the whole build
/// is done (`build`'s commit). A build that fails or is killed before then leaves every earlier output
/// as it was. Returns whether the artifact changed.
pub fn stage_artifact(out: &Path, relative: &str, bytes: &[u8]) -> Result<bool, Diagnostic> {
    let target = out.join(relative);
    if std::fs::read(&target).is_ok_and(|existing| existing == bytes) {
        return Ok(false);
    }
    let staged = out.join(STAGING).join(relative);
    fsutil::write_if_changed(&staged, bytes).map(|_| true)
}

/// Where `relative` is staged.
pub fn staged_path(out: &Path, relative: &str) -> std::path::PathBuf {
    out.join(STAGING).join(relative)
}

/// Removes what a failed or killed build left in the staging folder.
pub fn discard_staging(out: &Path) {
    let _ = std::fs::remove_dir_all(out.join(STAGING));
}
