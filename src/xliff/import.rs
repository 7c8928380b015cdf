//! `noticegen xliff import`: every unit of every file is checked first (its id exists, its
//! inline codes are the source's, its language is the file's, plurals have every category the
//! language needs); only when none is refused are the `.ftl` files written.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::units::{self, Seg};
use super::xml::{self, ReadSeg};
use crate::diag::{Diagnostic, SourceText, display_path};
use crate::fsutil;
use crate::load::Project;

/// What an import changed.
#[derive(Debug, Default)]
pub struct Imported {
    /// The `.ftl` files written.
    pub written: Vec<PathBuf>,
    /// Per locale, the messages the XLIFF files mark reviewed.
    pub reviewed: BTreeMap<String, Vec<String>>,
    /// Units read.
    pub units: usize,
}

/// Checks and applies XLIFF files; nothing is written when any unit is refused.
pub fn import(project: &Project, paths: &[PathBuf]) -> Result<Imported, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let mut imported = Imported::default();
    // (tag, stem) -> unit id -> target.
    let mut targets: BTreeMap<(String, String), BTreeMap<String, Vec<Seg>>> = BTreeMap::new();
    let mut unit_places: BTreeMap<(String, String, String), (SourceText, usize, usize)> =
        BTreeMap::new();
    for path in paths {
        let text = match fsutil::read_text(path, &project.root) {
            Ok(text) => text,
            Err(d) => {
                errors.push(d);
                continue;
            }
        };
        let source = SourceText::new(display_path(&project.root, path), text);
        let at = |line: usize, column: usize, message: String| {
            Diagnostic::error(message).at_line_col(&source, line, column.max(1), 1)
        };
        let read = match xml::read(&source.text) {
            Ok(read) => read,
            Err((line, column, message)) => {
                errors.push(at(line, column, message));
                continue;
            }
        };
        let tag = read.target_lang.clone().unwrap_or_default();
        let (line, column) = read.lang_at;
        if !project.locales.by_tag.contains_key(&tag) || tag == project.locales.source {
            errors.push(
                at(
                    line,
                    column,
                    format!("target language `{tag}` is not a locale to translate into"),
                )
                .note(format!(
                    "locales: {}; the source is `{}`",
                    project
                        .locales
                        .by_tag
                        .keys()
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", "),
                    project.locales.source
                )),
            );
            continue;
        }
        let export = match super::export(project, &tag, None) {
            Ok(export) => export,
            Err(d) => {
                errors.push(d);
                continue;
            }
        };
        let known: BTreeMap<(&str, &str), &super::Unit> = export
            .files
            .iter()
            .flat_map(|f| {
                f.units
                    .iter()
                    .map(move |u| ((f.stem.as_str(), u.id.as_str()), u))
            })
            .collect();
        for unit in &read.units {
            imported.units += 1;
            let Some(source_unit) = known.get(&(unit.file.as_str(), unit.id.as_str())) else {
                errors.push(at(
                    unit.line,
                    unit.column,
                    format!(
                        "unit `{}` of file `{}` does not exist in locales/{}/",
                        unit.id, unit.file, project.locales.source
                    ),
                ));
                continue;
            };
            let Some(target) = &unit.target else { continue };
            // A target the project already holds is taken as it is, even where it leaves out
            // the source's markup (`check` is the judge of that); a new one must match.
            let unchanged = source_unit.target.as_ref().and_then(|existing| {
                target_segments(target, existing)
                    .ok()
                    .filter(|segs| segs == existing)
            });
            match unchanged
                .map(Ok)
                .unwrap_or_else(|| target_segments(target, &source_unit.source))
            {
                Ok(segs) => {
                    let place = (tag.clone(), unit.file.clone(), unit.id.clone());
                    unit_places.insert(place, (source.clone(), unit.line, unit.column));
                    if unit.reviewed {
                        let message = unit.id.split(['.', '#']).next().unwrap_or(&unit.id);
                        let list = imported.reviewed.entry(tag.clone()).or_default();
                        if !list.iter().any(|m| m == message) {
                            list.push(message.to_string());
                        }
                    }
                    targets
                        .entry((tag.clone(), unit.file.clone()))
                        .or_default()
                        .insert(unit.id.clone(), segs);
                }
                Err(message) => errors.push(at(
                    unit.line,
                    unit.column,
                    format!("unit `{}`: {message}", unit.id),
                )),
            }
        }
    }
    let mut writes = Vec::new();
    for ((tag, stem), units) in &targets {
        let locale = &project.locales.by_tag[tag];
        let Some(source_file) = project.locales.source_locale().and_then(|s| s.file(stem)) else {
            continue;
        };
        let target_file = locale.file(stem).map(|f| &f.source);
        match super::apply(&source_file.source.text, target_file, units, locale) {
            Ok(Some(text)) => writes.push((
                project
                    .root
                    .join("locales")
                    .join(tag)
                    .join(format!("{stem}.ftl")),
                text,
            )),
            Ok(None) => {}
            Err(message) => {
                let id = message.split(':').next().unwrap_or_default();
                let base = id.split('#').next().unwrap_or(id);
                let place = unit_places
                    .iter()
                    .find(|((t, s, u), _)| t == tag && s == stem && u.starts_with(base))
                    .map(|(_, p)| p.clone());
                errors.push(match place {
                    Some((source, line, column)) => {
                        Diagnostic::error(message).at_line_col(&source, line, column.max(1), 1)
                    }
                    None => Diagnostic::error(message),
                });
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    for (path, text) in writes {
        fsutil::write_if_changed(&path, text.as_bytes()).map_err(|d| vec![d])?;
        imported.written.push(path);
    }
    Ok(imported)
}

/// A target's pieces with the source's codes: every code the source has, each once, the tags
/// in the source's order and nesting.
fn target_segments(target: &[ReadSeg], source: &[Seg]) -> Result<Vec<Seg>, String> {
    let code_of = |id: &str| {
        source.iter().find_map(|s| match s {
            Seg::Ph { id: i, code } if i == id => Some(Seg::Ph {
                id: i.clone(),
                code: code.clone(),
            }),
            _ => None,
        })
    };
    let tag_of = |id: &str, open: bool| {
        source.iter().find_map(|s| match s {
            Seg::Open { id: i, code } if open && i == id => Some(Seg::Open {
                id: i.clone(),
                code: code.clone(),
            }),
            Seg::Close { id: i, code } if !open && i == id => Some(Seg::Close {
                id: i.clone(),
                code: code.clone(),
            }),
            _ => None,
        })
    };
    let mut segs = Vec::new();
    for piece in target {
        let seg = match piece {
            ReadSeg::Text(t) => Seg::Text(t.clone()),
            ReadSeg::Ph(id) => {
                code_of(id).ok_or_else(|| format!("inline code `{id}` is not in the source"))?
            }
            ReadSeg::Open(id) => {
                tag_of(id, true).ok_or_else(|| format!("inline tag `{id}` is not in the source"))?
            }
            ReadSeg::Close(id) => tag_of(id, false)
                .ok_or_else(|| format!("inline tag `{id}` is not in the source"))?,
        };
        segs.push(seg);
    }
    let mut want = units::codes(source);
    let mut have = units::codes(&segs);
    // Placeables may move within the sentence; tags keep the source's order and nesting.
    let tags = |codes: &[String]| -> Vec<String> {
        codes
            .iter()
            .filter(|c| !c.starts_with("ph "))
            .cloned()
            .collect()
    };
    if tags(&want) != tags(&have) {
        return Err(format!(
            "the markup tags differ from the source's (source: {}; target: {})",
            tags(&want).join(", "),
            tags(&have).join(", ")
        ));
    }
    want.sort();
    have.sort();
    if want != have {
        let missing: Vec<&String> = want.iter().filter(|c| !have.contains(c)).collect();
        let extra: Vec<&String> = have.iter().filter(|c| !want.contains(c)).collect();
        return Err(format!(
            "the inline codes differ from the source's (missing: {}; extra or repeated: {})",
            if missing.is_empty() {
                "none".to_string()
            } else {
                missing
                    .iter()
                    .map(|c| c.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            },
            if extra.is_empty() {
                "none".to_string()
            } else {
                extra
                    .iter()
                    .map(|c| c.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            },
        ));
    }
    Ok(segs)
}

/// The file an export of `tag` is written to.
pub fn export_path(dir: &Path, tag: &str) -> PathBuf {
    dir.join(format!("{tag}.xlf"))
}
