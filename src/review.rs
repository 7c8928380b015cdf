//! Translator review records and stale-translation detection.
//!
//! `locales/<tag>/reviewed.yaml` holds, per file and message, the English text each translation
//! was last reviewed against, in canonical form (layout and comments do not count, so
//! reformatting the English changes nothing). When the English text of a message changes,
//! `check` reports its translations as stale, with the old and the new English. The record is
//! plain YAML, one line per message, so it diffs cleanly in review;
//! `noticegen locale mark-reviewed TAG [MESSAGE...]` updates it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, SourceText, display_path};
use crate::fsutil;
use crate::localize::{Locale, Locales};
use crate::yaml::parse_yaml;

pub const RECORD_FILE: &str = "reviewed.yaml";

/// File stem -> message ID -> the English it was reviewed against.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ReviewRecord {
    pub files: BTreeMap<String, BTreeMap<String, String>>,
}

/// A translation whose English source changed after it was reviewed.
#[derive(Debug, Clone)]
pub struct Stale {
    pub stem: String,
    pub id: String,
    pub reviewed_english: String,
    pub current_english: String,
}

pub fn record_path(root: &Path, tag: &str) -> PathBuf {
    root.join("locales").join(tag).join(RECORD_FILE)
}

impl ReviewRecord {
    /// The locale's record; none yet is an empty record.
    pub fn load(root: &Path, tag: &str) -> Result<Self, Diagnostic> {
        let path = record_path(root, tag);
        if !path.is_file() {
            return Ok(Self::default());
        }
        let text = fsutil::read_text(&path, root)?;
        let source = SourceText::new(display_path(root, &path), text);
        if source
            .text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        {
            return Ok(Self::default());
        }
        let files = parse_yaml::<BTreeMap<String, BTreeMap<String, String>>>(&source)?;
        Ok(Self { files })
    }

    /// The record as YAML: sorted, one line per message, strings double-quoted.
    pub fn to_yaml(&self, tag: &str) -> String {
        let mut out = format!(
            "# The English text each translation in locales/{tag}/ was last reviewed against.\n\
             # Written by `noticegen locale mark-reviewed {tag}`; `noticegen check` reports a\n\
             # translation as stale when its English has changed since.\n"
        );
        for (stem, messages) in &self.files {
            out.push_str(&format!("{}:\n", quote(stem)));
            for (id, english) in messages {
                out.push_str(&format!("  {}: {}\n", quote(id), quote(english)));
            }
        }
        out
    }

    pub fn save(&self, root: &Path, tag: &str) -> Result<(), Diagnostic> {
        let path = record_path(root, tag);
        fsutil::write_if_changed(&path, self.to_yaml(tag).as_bytes()).map(|_| ())
    }
}

/// A YAML double-quoted scalar (JSON string syntax is valid YAML).
fn quote(text: &str) -> String {
    serde_json::to_string(text).expect("strings serialize")
}

/// The English canonical text of every message, by file and ID.
fn source_texts(source: &Locale) -> BTreeMap<(&str, &str), &str> {
    source
        .files
        .iter()
        .flat_map(|f| {
            f.entries
                .iter()
                .map(move |e| ((f.stem.as_str(), e.id.as_str()), e.facts.canonical.as_str()))
        })
        .collect()
}

/// Translations of `locale` whose English changed since they were reviewed.
pub fn stale(record: &ReviewRecord, source: &Locale, locale: &Locale) -> Vec<Stale> {
    let english = source_texts(source);
    let mut out = Vec::new();
    for file in &locale.files {
        let Some(reviewed) = record.files.get(&file.stem) else {
            continue;
        };
        for entry in &file.entries {
            let (Some(old), Some(new)) = (
                reviewed.get(&entry.id),
                english.get(&(file.stem.as_str(), entry.id.as_str())),
            ) else {
                continue;
            };
            if old != new {
                out.push(Stale {
                    stem: file.stem.clone(),
                    id: entry.id.clone(),
                    reviewed_english: old.clone(),
                    current_english: new.to_string(),
                });
            }
        }
    }
    out
}

/// Records the current English of `ids` (every translated message when empty) as reviewed.
/// Returns how many messages were marked. Refuses while the locale's or the English files have
/// errors (`load_errors`, from loading the project): a message that failed to parse would be
/// recorded against the wrong text, or not at all.
pub fn mark_reviewed(
    root: &Path,
    locales: &Locales,
    tag: &str,
    ids: &[String],
    load_errors: &[Diagnostic],
) -> Result<usize, Diagnostic> {
    let broken: Vec<String> = load_errors
        .iter()
        .filter(|d| d.is_error())
        .filter_map(|d| d.path())
        .filter(|p| {
            [tag, locales.source.as_str()]
                .iter()
                .any(|t| p.starts_with(Path::new("locales").join(t)))
        })
        .map(|p| p.display().to_string())
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    if !broken.is_empty() {
        return Err(Diagnostic::error(format!(
            "not marking reviews while {} has errors",
            broken.join(", ")
        ))
        .hint("`noticegen check` shows them; fix them first"));
    }
    let locale = locales.by_tag.get(tag).ok_or_else(|| {
        Diagnostic::error(format!("no locale `{tag}` (no folder locales/{tag}/)"))
    })?;
    let source = locales.by_tag.get(&locales.source).ok_or_else(|| {
        Diagnostic::error(format!("no source locale locales/{}/", locales.source))
    })?;
    let english = source_texts(source);
    let mut record = ReviewRecord::load(root, tag)?;
    let mut marked = 0;
    let wanted: std::collections::BTreeSet<&String> = ids.iter().collect();
    let mut unknown = wanted.clone();
    for file in &locale.files {
        for entry in &file.entries {
            if !ids.is_empty() && !wanted.contains(&entry.id) {
                continue;
            }
            unknown.remove(&entry.id);
            if let Some(text) = english.get(&(file.stem.as_str(), entry.id.as_str())) {
                record
                    .files
                    .entry(file.stem.clone())
                    .or_default()
                    .insert(entry.id.clone(), text.to_string());
                marked += 1;
            }
        }
    }
    if !unknown.is_empty() {
        let list: Vec<&str> = unknown.iter().map(|s| s.as_str()).collect();
        return Err(Diagnostic::error(format!(
            "locales/{tag}/ has no message {}",
            list.join(", ")
        )));
    }
    record.save(root, tag)?;
    Ok(marked)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_yaml_round_trips() {
        let mut record = ReviewRecord::default();
        record
            .files
            .entry("common".into())
            .or_default()
            .insert("greeting".into(), "Dear \"Customer\": { $x }".into());
        let yaml = record.to_yaml("lv");
        let source = SourceText::new("reviewed.yaml", yaml.clone());
        let files = parse_yaml::<BTreeMap<String, BTreeMap<String, String>>>(&source).unwrap();
        assert_eq!(ReviewRecord { files }, record);
        assert!(
            yaml.contains("  \"greeting\": \"Dear \\\"Customer\\\": { $x }\"\n"),
            "{yaml}"
        );
    }
}
