//! Incremental builds: a pair is re-typeset only when its inputs change.
//!
//! Each artifact in the manifest records the fingerprint of its pair's inputs (see
//! [`crate::fingerprint`]). A pair whose fingerprint matches the previous build's, with its
//! files still in place, is reused without localizing or typesetting; its files are not touched.

use std::collections::HashMap;

use super::{BuildContext, JobOutcome};
use crate::fingerprint::Fingerprint;
use crate::identity::LetterId;
use crate::load::LoadedNotice;
use crate::localize;
use crate::output::{Artifact, Manifest, Skipped};
use crate::recipients::Recipient;

/// The previous build's outcome per pair.
#[derive(Debug, Default)]
pub struct Previous {
    built: HashMap<LetterId, Vec<Artifact>>,
    skipped: HashMap<LetterId, Skipped>,
}

impl Previous {
    pub fn from_manifest(manifest: Option<&Manifest>) -> Self {
        let mut previous = Self::default();
        let Some(manifest) = manifest else {
            return previous;
        };
        for a in &manifest.artifacts {
            previous
                .built
                .entry(a.id.clone())
                .or_default()
                .push(a.clone());
        }
        for s in &manifest.skipped {
            previous.skipped.insert(s.id.clone(), s.clone());
        }
        previous
    }
}

/// The fingerprint of everything a pair's outputs are made from.
pub fn pair_inputs(
    context: &BuildContext,
    loaded: &LoadedNotice,
    tag: &str,
    recipient: Option<&Recipient>,
) -> String {
    let project = context.project;
    let manufacturer = &project.manufacturers[&loaded.notice.manufacturer.value];
    let mut f = Fingerprint::new("pair");
    f.add("tag", tag)
        .add("draft", &context.draft.to_string())
        .add("profile", context.profile.as_str())
        .add(
            "recipient",
            &recipient.map(Recipient::digest).unwrap_or_default(),
        )
        // A letter's reply token depends on the key: a new key makes new letters.
        .add(
            "reply-key",
            &match (recipient, &context.reply_key) {
                (Some(_), Some(key)) => key.id(),
                _ => String::new(),
            },
        )
        .add("emit-typst", &context.emit_typst.to_string())
        .add(
            "source-date-epoch",
            &context
                .source_date_epoch
                .map(|e| e.seconds().to_string())
                .unwrap_or_default(),
        )
        .add("templates", &context.templates.digest)
        .add("notice", &loaded.digest)
        .add("manufacturer", &manufacturer.digest);
    // Only an e-mail build adds the key, so other builds keep their fingerprints.
    if context.email && recipient.is_some() {
        f.add("email", "message");
    }
    let text_tag = context.project.locales.text_locale(tag);
    for chain_tag in localize::fallback_chain(text_tag, &project.locales, context.draft) {
        if let Some(locale) = project.locales.by_tag.get(&chain_tag) {
            for file in locale.files_for(loaded.id()) {
                f.add(&format!("{chain_tag}/{}", file.stem), &file.digest);
            }
        }
    }
    f.finish()
}

/// The previous outcome of the pair, when its inputs are unchanged and its files intact.
pub fn reuse(context: &BuildContext, key: &LetterId, inputs: &str) -> Option<JobOutcome> {
    if context.force {
        return None;
    }
    // An explicitly requested incomplete pair is an error, which must be reported again.
    if let Some(skipped) = context.previous.skipped.get(key)
        && skipped.inputs == inputs
        && !context.explicit
    {
        return Some(JobOutcome::Skipped {
            skipped: skipped.clone(),
            started: super::letter::translation_started(context.project, &key.notice, &key.locale),
        });
    }
    let artifacts = context.previous.built.get(key)?;
    let intact = artifacts.iter().all(|a| {
        a.inputs == inputs
            && std::fs::metadata(context.out.join(&a.path))
                .is_ok_and(|m| m.is_file() && m.len() == a.bytes)
    });
    intact.then(|| JobOutcome::Built {
        artifacts: artifacts.clone(),
        changed: false,
        warnings: Vec::new(),
    })
}
