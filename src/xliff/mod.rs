//! XLIFF for translation agencies: `noticegen xliff export` writes one XLIFF 2.0 (or 1.2) file
//! per locale, one unit per message part with its state, context notes and protected inline
//! codes; `noticegen xliff import` writes the targets back into `locales/<tag>/*.ftl`, touching
//! only the messages whose text changed, and refuses the whole file on any bad unit.

pub mod apply;
pub mod checks;
pub mod import;
pub mod units;
pub mod xml;

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use crate::diag::Diagnostic;
use crate::load::Project;
use crate::localize::intl;
use crate::review::{self, ReviewRecord};
use units::{Part, Parts, Seg};

/// The XLIFF version written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    V2,
    V1_2,
}

/// A unit's translation state, from the review records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Not translated.
    Initial,
    /// Translated, not reviewed.
    Translated,
    /// Reviewed against the current source text.
    Reviewed,
    /// Reviewed, but the source changed since (stale).
    NeedsReview,
}

/// One translation unit.
#[derive(Debug, Clone)]
pub struct Unit {
    /// `message`, `message.attribute`, with `#variant` for a variant of a select.
    pub id: String,
    pub source: Vec<Seg>,
    pub target: Option<Vec<Seg>>,
    pub state: State,
    /// (category, text).
    pub notes: Vec<(String, String)>,
}

/// The units of one `.ftl` file.
#[derive(Debug, Clone)]
pub struct FileUnits {
    pub stem: String,
    pub units: Vec<Unit>,
}

/// What a locale's export holds.
pub struct Export {
    pub source_tag: String,
    pub target_tag: String,
    pub files: Vec<FileUnits>,
}

fn parse(text: &str) -> ast::Resource<&str> {
    fluent_syntax::parser::parse(text).unwrap_or_else(|(ast, _)| ast)
}

/// Each message of a file, with its parts and comment.
fn messages(text: &str) -> Vec<(String, Parts, Option<String>, Option<String>)> {
    let mut out = Vec::new();
    let mut section = None;
    for entry in &parse(text).body {
        match entry {
            ast::Entry::GroupComment(c) => section = Some(c.content.join(" ")),
            ast::Entry::Message(m) => out.push((
                m.id.name.to_string(),
                units::message_parts(m),
                m.comment.as_ref().map(|c| c.content.join("\n")),
                section.clone(),
            )),
            _ => {}
        }
    }
    out
}

/// The categories a select's variants need in `langid`: the plural categories when the
/// source's keys are plural categories, else the source's keys.
fn variant_keys(source_keys: &[String], langid: &unic_langid::LanguageIdentifier) -> Vec<String> {
    let plural = source_keys
        .iter()
        .all(|k| intl::PLURAL_CATEGORIES.contains(&k.as_str()) || k.parse::<f64>().is_ok());
    if !plural {
        return source_keys.to_vec();
    }
    let mut keys: Vec<String> = source_keys
        .iter()
        .filter(|k| k.parse::<f64>().is_ok())
        .cloned()
        .collect();
    keys.extend(
        intl::plural_categories(langid)
            .into_iter()
            .map(str::to_string),
    );
    keys
}

/// The units of `locale`, for the files of `notice` (or all) that the source locale has.
pub fn export(project: &Project, tag: &str, notice: Option<&str>) -> Result<Export, Diagnostic> {
    export_units(project, tag, notice, true)
}

/// The units of an export; `with_notes: false` leaves out the translators' notes (an import
/// needs only the texts, and finding where each message is used is not free).
fn export_units(
    project: &Project,
    tag: &str,
    notice: Option<&str>,
    with_notes: bool,
) -> Result<Export, Diagnostic> {
    let locales = &project.locales;
    let source = locales.source_locale().ok_or_else(|| {
        Diagnostic::error(format!("no source locale locales/{}/", locales.source))
    })?;
    let target = locales
        .by_tag
        .get(tag)
        .ok_or_else(|| locales.unknown(tag))?;
    if tag == source.tag {
        return Err(Diagnostic::error(format!(
            "`{tag}` is the source locale: export the locales translated from it"
        )));
    }
    let record = ReviewRecord::load(&project.root, tag)?;
    let stale = review::stale(&record, source, target)
        .into_iter()
        .map(|s| (s.stem, s.id))
        .collect();
    let exporter = Exporter {
        project,
        target,
        record: &record,
        stale,
        with_notes,
    };
    let files = source
        .files
        .iter()
        .filter(|file| {
            notice
                .is_none_or(|n| n == file.stem || crate::localize::resources::is_shared(&file.stem))
        })
        .map(|file| exporter.file_units(file))
        .collect();
    Ok(Export {
        source_tag: source.tag.clone(),
        target_tag: tag.to_string(),
        files,
    })
}

/// What an export of one target locale needs to know of it.
struct Exporter<'a> {
    project: &'a Project,
    target: &'a crate::localize::resources::Locale,
    record: &'a ReviewRecord,
    /// (file stem, message id) of the reviewed messages whose source changed since.
    stale: BTreeSet<(String, String)>,
    with_notes: bool,
}

impl Exporter<'_> {
    /// The units of one source file, with the target's text where it has one.
    fn file_units(&self, file: &crate::localize::resources::FtlFile) -> FileUnits {
        let target_text = self.target.file(&file.stem).map(|f| f.source.text.clone());
        let targets: BTreeMap<String, Parts> = target_text
            .as_deref()
            .map(messages)
            .unwrap_or_default()
            .into_iter()
            .map(|(id, parts, _, _)| (id, parts))
            .collect();
        let mut units = Vec::new();
        for (id, parts, comment, section) in messages(&file.source.text) {
            let target_parts = targets.get(&id);
            let state = self.state(&file.stem, &id, target_parts.is_some());
            let notes = if self.with_notes {
                notes(
                    self.project,
                    file,
                    &id,
                    comment,
                    section,
                    &self.target.langid,
                )
            } else {
                Vec::new()
            };
            for (name, part) in &parts {
                let part_id = if name.is_empty() {
                    id.clone()
                } else {
                    format!("{id}.{name}")
                };
                let target_part = target_parts
                    .and_then(|t| t.iter().find(|(n, _)| n == name))
                    .map(|(_, p)| p);
                let unit = Unit {
                    id: part_id,
                    source: Vec::new(),
                    target: None,
                    state,
                    notes: notes.clone(),
                };
                self.part_units(unit, part, target_part, &mut units);
            }
        }
        FileUnits {
            stem: file.stem.clone(),
            units,
        }
    }

    fn state(&self, stem: &str, id: &str, translated: bool) -> State {
        let reviewed = self
            .record
            .files
            .get(stem)
            .and_then(|r| r.get(id))
            .is_some();
        match (translated, reviewed) {
            (false, _) => State::Initial,
            (true, false) => State::Translated,
            (true, true) if self.stale.contains(&(stem.to_string(), id.to_string())) => {
                State::NeedsReview
            }
            (true, true) => State::Reviewed,
        }
    }

    /// A plain part is one unit; a select is one unit per variant the target language needs.
    /// `unit` carries the part's id, state and notes.
    fn part_units(&self, unit: Unit, part: &Part, target: Option<&Part>, out: &mut Vec<Unit>) {
        let (default, variants) = match part {
            Part::Plain(segs) => {
                out.push(Unit {
                    source: segs.clone(),
                    target: match target {
                        Some(Part::Plain(t)) => Some(t.clone()),
                        Some(Part::Select { .. }) | None => None,
                    },
                    ..unit
                });
                return;
            }
            Part::Select {
                default, variants, ..
            } => (default, variants),
        };
        let keys: Vec<String> = variants.iter().map(|(k, _)| k.clone()).collect();
        let variant = |variants: &[(String, Vec<Seg>)], key: &str| {
            variants
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, s)| s.clone())
        };
        let default_source = variant(variants, default).unwrap_or_default();
        for key in variant_keys(&keys, &self.target.langid) {
            let mut notes = unit.notes.clone();
            notes.push((
                "variant".to_string(),
                format!("the `[{key}]` variant of a select ({})", self.target.tag),
            ));
            out.push(Unit {
                id: format!("{}#{key}", unit.id),
                source: variant(variants, &key).unwrap_or_else(|| default_source.clone()),
                target: match target {
                    Some(Part::Select { variants, .. }) => variant(variants, &key),
                    _ => None,
                },
                state: unit.state,
                notes,
            });
        }
    }
}

/// What a translator needs to know of a message: its comment, file and section, the variables
/// it receives with what they hold, and where a notice uses it.
fn notes(
    project: &Project,
    file: &crate::localize::resources::FtlFile,
    id: &str,
    comment: Option<String>,
    section: Option<String>,
    langid: &unic_langid::LanguageIdentifier,
) -> Vec<(String, String)> {
    let mut notes = Vec::new();
    if let Some(comment) = comment {
        notes.push(("comment".to_string(), comment));
    }
    let place = match section {
        Some(section) => format!("{}.ftl, section \"{section}\"", file.stem),
        None => format!("{}.ftl", file.stem),
    };
    notes.push(("location".to_string(), place));
    let entry = file.entries.iter().find(|e| e.id == id);
    if let Some(entry) = entry
        && !entry.facts.variables.is_empty()
    {
        let loaded = project.notices.get(&file.stem);
        let values = loaded.and_then(|loaded| {
            let m = project
                .manufacturers
                .get(&loaded.notice.manufacturer.value)?;
            // What the variable holds in the target language: the date as it will print.
            Some(crate::pipeline::letter::standard_args(loaded, &m.name, langid).values)
        });
        let list: Vec<String> = entry
            .facts
            .variables
            .iter()
            .map(|v| match values.as_ref().and_then(|vals| vals.get(v)) {
                Some(value) => format!("${v} = \"{value}\""),
                None => format!("${v}"),
            })
            .collect();
        notes.push(("variables".to_string(), list.join(", ")));
    }
    for (notice_id, loaded) in &project.notices {
        if file.stem != *notice_id && !crate::localize::resources::is_shared(&file.stem) {
            continue;
        }
        for msg in loaded.message_refs() {
            if msg.value == id {
                notes.push((
                    "used".to_string(),
                    format!("{}:{}", loaded.source.path.display(), msg.referenced.line()),
                ));
            }
        }
    }
    notes
}
