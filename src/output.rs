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
}

impl Manifest {
    pub fn new() -> Self {
        Self {
            generator: format!("noticegen {}", env!("CARGO_PKG_VERSION")),
            artifacts: Vec::new(),
            skipped: Vec::new(),
        }
    }

    /// The manifest of an earlier build, if there is a readable one.
    pub fn read(out: &Path) -> Option<Self> {
        let bytes = std::fs::read(out.join(MANIFEST)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// Sorted, so the manifest does not depend on job order.
    pub fn sort(&mut self) {
        self.artifacts.sort_by(|a, b| {
            (
                &a.id.notice,
                &a.id.account,
                &a.id.locale,
                a.kind == ArtifactKind::Form,
                a.form,
            )
                .cmp(&(
                    &b.id.notice,
                    &b.id.account,
                    &b.id.locale,
                    b.kind == ArtifactKind::Form,
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
/// `<NOTICE>/recipients/<account>/<NOTICE>-<account>-<tag>[...].pdf`.
pub fn artifact_path(id: &LetterId, kind: ArtifactKind, form: Option<FormKind>) -> String {
    let (notice, tag) = (&id.notice, &id.locale);
    let suffix = match (kind, form) {
        (ArtifactKind::Notice, _) => "",
        (ArtifactKind::Form, Some(FormKind::Distributor)) => "-distributor-form",
        (ArtifactKind::Form, _) => "-form",
    };
    match &id.account {
        None => format!("{notice}/{tag}/{notice}-{tag}{suffix}.pdf"),
        Some(account) => {
            format!("{notice}/recipients/{account}/{notice}-{account}-{tag}{suffix}.pdf")
        }
    }
}

/// The folder where a build stages changed outputs before committing them all at once.
pub const STAGING: &str = ".noticegen-staging";

/// Stages one artifact: unless `out/<relative>` already holds exactly these bytes, they are
/// written to `out/.noticegen-staging/<relative>`, to be moved into place by [`commit`] when the
/// whole build is done. A build that fails or is killed before then leaves every earlier output
/// as it was. Returns whether the artifact changed.
pub fn stage_artifact(out: &Path, relative: &str, bytes: &[u8]) -> Result<bool, Diagnostic> {
    let target = out.join(relative);
    if std::fs::read(&target).is_ok_and(|existing| existing == bytes) {
        return Ok(false);
    }
    let staged = out.join(STAGING).join(relative);
    fsutil::write_if_changed(&staged, bytes).map(|_| true)
}

/// Moves staged artifacts into place (one rename each) and clears the staging folder.
pub fn commit(out: &Path, relatives: &[&str]) -> Result<(), Diagnostic> {
    for relative in relatives {
        let staged = out.join(STAGING).join(relative);
        if !staged.is_file() {
            continue;
        }
        let target = out.join(relative);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir).map_err(|e| {
                Diagnostic::error(format!("cannot create `{}`: {e}", dir.display()))
            })?;
        }
        std::fs::rename(&staged, &target).map_err(|e| {
            Diagnostic::error(format!(
                "cannot move `{}` into place: {e}",
                target.display()
            ))
        })?;
    }
    discard_staging(out);
    Ok(())
}

/// Removes what a failed or killed build left in the staging folder.
pub fn discard_staging(out: &Path) {
    let _ = std::fs::remove_dir_all(out.join(STAGING));
}
