//! `noticegen xliff import`, in two steps. [`plan`] reads and checks every unit of every file
//! (its id exists once, its inline codes are the source's, its text is text and no Fluent
//! syntax or markup, its language is the file's, plurals have every category the language
//! needs, no two files disagree) and rebuilds each `.ftl` file in memory, parsed again to prove
//! it; it returns the planned writes or every diagnostic. Only a plan is written ([`write`]),
//! each file atomically, under the project lock the caller holds.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use super::checks;
use super::units::{self, Seg};
use super::xml::{self, ReadSeg};
use crate::diag::{Diagnostic, SourceText, display_path};
use crate::fsutil;
use crate::load::Project;

/// What an import will write.
#[derive(Debug, Default)]
pub struct Plan {
    /// Each `.ftl` file to write, with its new text.
    pub writes: Vec<(PathBuf, String)>,
    /// Per locale, the messages the XLIFF files mark reviewed.
    pub reviewed: BTreeMap<String, BTreeSet<String>>,
    /// Units read.
    pub units: usize,
}

/// Why nothing is written: every diagnostic, and how many files and units they refuse.
#[derive(Debug, Default)]
pub struct Refused {
    pub diagnostics: Vec<Diagnostic>,
    /// Files refused as a whole (unreadable, not XLIFF, not a locale to translate into).
    pub files: usize,
    /// Units refused.
    pub units: usize,
}

impl Refused {
    /// "2 unit(s) refused", "1 file(s) refused", or both.
    pub fn summary(&self) -> String {
        match (self.files, self.units) {
            (0, units) => format!("{units} unit(s) refused"),
            (files, 0) => format!("{files} file(s) refused"),
            (files, units) => format!("{files} file(s) and {units} unit(s) refused"),
        }
    }

    fn file(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
        self.files += 1;
    }

    fn unit(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
        self.units += 1;
    }
}

/// Reads the XLIFF files and plans the import; nothing is written.
pub fn plan(project: &Project, paths: &[PathBuf]) -> Result<Plan, Refused> {
    let mut refused = Refused::default();
    let mut sources = Vec::new();
    for path in paths {
        match fsutil::read_text(path, &project.root) {
            Ok(text) => sources.push(SourceText::new(display_path(&project.root, path), text)),
            Err(d) => refused.file(d),
        }
    }
    match plan_sources(project, &sources) {
        Ok(plan) if refused.diagnostics.is_empty() => Ok(plan),
        Ok(_) => Err(refused),
        Err(more) => {
            refused.diagnostics.extend(more.diagnostics);
            refused.files += more.files;
            refused.units += more.units;
            Err(refused)
        }
    }
}

/// Plans the import of XLIFF texts already read (`path` as shown in diagnostics).
pub fn plan_sources(project: &Project, sources: &[SourceText]) -> Result<Plan, Refused> {
    let mut planner = Planner {
        project,
        known: BTreeMap::new(),
        accepted: BTreeMap::new(),
        plan: Plan::default(),
        refused: Refused::default(),
    };
    for source in sources {
        planner.file(source);
    }
    let writes = planner.rebuild();
    if !planner.refused.diagnostics.is_empty() {
        return Err(planner.refused);
    }
    planner.plan.writes = writes;
    Ok(planner.plan)
}

/// Writes a plan: first clears the temporary files a killed write left in `locales/`, then
/// writes each file atomically. The caller holds the project lock. Returns the files written.
pub fn write(root: &Path, plan: &Plan) -> Result<Vec<PathBuf>, Diagnostic> {
    clear_leftover_temp_files(root)?;
    let mut written = Vec::new();
    for (path, text) in &plan.writes {
        fsutil::write_if_changed(path, text.as_bytes())?;
        written.push(path.clone());
    }
    Ok(written)
}

/// Removes `locales/**/.noticegen-*`: temporary files of a write that was killed before its
/// rename (they would be committed, and `watch` would see them). Only under the project lock,
/// so no running write's file is removed.
pub fn clear_leftover_temp_files(root: &Path) -> Result<Vec<PathBuf>, Diagnostic> {
    let locales = root.join("locales");
    let mut removed = Vec::new();
    if !locales.is_dir() {
        return Ok(removed);
    }
    let mut folders = vec![locales.clone()];
    for entry in fsutil::read_dir_sorted(&locales)? {
        if entry.is_dir() && !fsutil::is_temp_file(&entry) {
            folders.push(entry);
        }
    }
    for folder in folders {
        for path in fsutil::read_dir_sorted(&folder)? {
            if fsutil::is_temp_file(&path) && path.is_file() {
                std::fs::remove_file(&path).map_err(|e| {
                    Diagnostic::error(format!(
                        "cannot remove the leftover temporary file `{}`: {e}",
                        display_path(root, &path).display()
                    ))
                })?;
                removed.push(path);
            }
        }
    }
    Ok(removed)
}

/// Where a unit is: its XLIFF file and a byte offset in it.
#[derive(Clone)]
struct Place {
    source: SourceText,
    offset: usize,
}

impl Place {
    /// An error underlining the character at the place (the file's end is a place too).
    fn error(&self, message: impl Into<String>) -> Diagnostic {
        let text = &self.source.text;
        let mut start = self.offset.min(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let end = start + text[start..].chars().next().map_or(0, char::len_utf8);
        Diagnostic::error(message).at(&self.source, start..end)
    }

    /// `xliff/lv.xlf:12:5`, for a note naming another place.
    fn shown(&self) -> String {
        let (line, column) = self.source.line_col(self.offset);
        format!("{}:{line}:{column}", self.source.path.display())
    }
}

/// (file stem, unit id) -> the export's unit.
type Known = BTreeMap<String, BTreeMap<String, super::Unit>>;

/// A target accepted so far, and where it came from.
struct Accepted {
    segs: Vec<Seg>,
    place: Place,
}

struct Planner<'p> {
    project: &'p Project,
    /// Per target locale, its export's units (computed once per locale).
    known: BTreeMap<String, Known>,
    /// (tag, stem) -> unit id -> accepted target.
    accepted: BTreeMap<(String, String), BTreeMap<String, Accepted>>,
    plan: Plan,
    refused: Refused,
}

impl Planner<'_> {
    fn file(&mut self, source: &SourceText) {
        let read = match xml::read(&source.text) {
            Ok(read) => read,
            Err(e) => {
                let place = Place {
                    source: source.clone(),
                    offset: e.offset,
                };
                let mut d = place.error(e.message);
                if let Some(hint) = e.hint {
                    d = d.hint(hint);
                }
                self.refused.file(d);
                return;
            }
        };
        let tag = read.target_lang.clone().unwrap_or_default();
        if let Err(d) = self.check_target_locale(source, &read, &tag) {
            self.refused.file(d);
            return;
        }
        if let Err(d) = self.learn_units(&tag) {
            self.refused.file(d);
            return;
        }
        self.units(source, &read, &tag);
    }

    /// The file's target language must be a locale of the project, and not the source.
    fn check_target_locale(
        &self,
        source: &SourceText,
        read: &xml::Read,
        tag: &str,
    ) -> Result<(), Diagnostic> {
        let locales = &self.project.locales;
        if locales.by_tag.contains_key(tag) && tag != locales.source {
            return Ok(());
        }
        let place = Place {
            source: source.clone(),
            offset: read.lang_at,
        };
        Err(place
            .error(format!(
                "target language `{tag}` is not a locale to translate into"
            ))
            .note(format!(
                "locales: {}; the source is `{}`",
                locales
                    .by_tag
                    .keys()
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", "),
                locales.source
            ))
            .hint(format!(
                "export the file again for one of the locales, or add the locale first \
                 (`noticegen locale add {tag}`)"
            )))
    }

    /// The export's units for `tag`, computed once per locale.
    fn learn_units(&mut self, tag: &str) -> Result<(), Diagnostic> {
        if self.known.contains_key(tag) {
            return Ok(());
        }
        let export = super::export_units(self.project, tag, None, false)?;
        let known: Known = export
            .files
            .into_iter()
            .map(|f| {
                let units = f.units.into_iter().map(|u| (u.id.clone(), u)).collect();
                (f.stem, units)
            })
            .collect();
        self.known.insert(tag.to_string(), known);
        Ok(())
    }

    /// Each unit of the file once: a second unit with the same id is refused.
    fn units(&mut self, source: &SourceText, read: &xml::Read, tag: &str) {
        let mut seen: BTreeMap<(&str, &str), Place> = BTreeMap::new();
        for unit in &read.units {
            self.plan.units += 1;
            let place = Place {
                source: source.clone(),
                offset: unit.offset,
            };
            if let Some(first) = seen.insert((unit.file.as_str(), unit.id.as_str()), place.clone())
            {
                self.refused.unit(
                    place
                        .error(format!(
                            "unit `{}` of file `{}` appears twice in this XLIFF file",
                            unit.id, unit.file
                        ))
                        .note(format!("its first place: {}", first.shown()))
                        .hint("keep one of the two units, with the translation meant"),
                );
                continue;
            }
            self.unit(tag, unit, place);
        }
    }

    fn unit(&mut self, tag: &str, unit: &xml::ReadUnit, place: Place) {
        let known = &self.known[tag];
        let Some(source_unit) = known.get(&unit.file).and_then(|units| units.get(&unit.id)) else {
            self.refused.unit(place.error(format!(
                "unit `{}` of file `{}` does not exist in locales/{}/",
                unit.id, unit.file, self.project.locales.source
            )));
            return;
        };
        let Some(target) = &unit.target else { return };
        // Errors point at the unit's element: where a CAT tool's user finds it by its id.
        let target_place = place;
        let segs = match target_segs(target, source_unit) {
            Ok(segs) => segs,
            Err(refusal) => {
                self.refused.unit(
                    target_place
                        .error(format!("unit `{}`: {}", unit.id, refusal.message))
                        .hint(refusal.hint),
                );
                return;
            }
        };
        let file_units = self
            .accepted
            .entry((tag.to_string(), unit.file.clone()))
            .or_default();
        if let Some(other) = file_units.get(&unit.id) {
            if other.segs != segs {
                self.refused.unit(
                    target_place
                        .error(format!(
                            "unit `{}` of file `{}` is translated differently in two places",
                            unit.id, unit.file
                        ))
                        .note(format!("the other translation: {}", other.place.shown()))
                        .hint("import one of the two translations, or make them the same"),
                );
            }
            return;
        }
        if unit.reviewed {
            let message = unit.id.split(['.', '#']).next().unwrap_or(&unit.id);
            self.plan
                .reviewed
                .entry(tag.to_string())
                .or_default()
                .insert(message.to_string());
        }
        file_units.insert(
            unit.id.clone(),
            Accepted {
                segs,
                place: target_place,
            },
        );
    }

    /// Each touched `.ftl` file rebuilt; its errors go to the units they concern.
    fn rebuild(&mut self) -> Vec<(PathBuf, String)> {
        let mut writes = Vec::new();
        let project = self.project;
        let Some(source_locale) = project.locales.source_locale() else {
            return writes;
        };
        for ((tag, stem), accepted) in &self.accepted {
            let locale = &project.locales.by_tag[tag];
            let Some(source_file) = source_locale.file(stem) else {
                continue;
            };
            let targets: BTreeMap<String, Vec<Seg>> = accepted
                .iter()
                .map(|(id, a)| (id.clone(), a.segs.clone()))
                .collect();
            let target_file = locale.file(stem).map(|f| &f.source);
            match super::apply::apply(&source_file.source.text, target_file, &targets, locale) {
                Ok(Some(text)) => writes.push((
                    project
                        .root
                        .join("locales")
                        .join(tag)
                        .join(format!("{stem}.ftl")),
                    text,
                )),
                Ok(None) => {}
                Err(errors) => {
                    for e in errors {
                        let place = place_of(accepted, &e.unit);
                        let mut d = match place {
                            Some(place) => place.error(e.message),
                            None => Diagnostic::error(e.message),
                        }
                        .note(format!("in locales/{tag}/{stem}.ftl"));
                        if let Some(hint) = e.hint {
                            d = d.hint(hint);
                        }
                        self.refused.unit(d);
                    }
                }
            }
        }
        writes
    }
}

/// The place of a unit, else of the first unit of its message, else of the file's first.
fn place_of<'a>(accepted: &'a BTreeMap<String, Accepted>, unit: &str) -> Option<&'a Place> {
    if let Some(a) = accepted.get(unit) {
        return Some(&a.place);
    }
    let message = unit.split(['.', '#']).next().unwrap_or(unit);
    accepted
        .range(message.to_string()..)
        .take_while(|(id, _)| id.starts_with(message))
        .find(|(id, _)| id.len() == message.len() || id[message.len()..].starts_with(['.', '#']))
        .or_else(|| accepted.iter().next())
        .map(|(_, a)| &a.place)
}

/// A unit's target as segments with the source's codes, trimmed, its text checked.
fn target_segs(target: &[ReadSeg], unit: &super::Unit) -> Result<Vec<Seg>, checks::Refusal> {
    // A target the project already holds is taken as it is, even where it leaves out the
    // source's markup (`check` is the judge of that); a new one must match.
    if let Some(existing) = &unit.target
        && let Ok(segs) = target_segments(target, existing)
        && checks::trimmed(segs) == *existing
    {
        return Ok(existing.clone());
    }
    let segs = target_segments(target, &unit.source).map_err(|message| checks::Refusal {
        message,
        hint: "keep each inline code of the source once, as the tool shows it (tags in the \
               source's order; placeables may move)"
            .into(),
    })?;
    let segs = checks::trimmed(segs);
    checks::check_text(&segs, &unit.source)?;
    Ok(segs)
}

/// A target's pieces with the source's codes: every code the source has, each once, the tags
/// in the source's order and nesting.
fn target_segments(target: &[ReadSeg], source: &[Seg]) -> Result<Vec<Seg>, String> {
    let mut segs: Vec<Seg> = Vec::new();
    for piece in target {
        let seg = match piece {
            ReadSeg::Text(t) => {
                // Text split across XML nodes (a comment, a marker) is one text.
                if let Some(Seg::Text(last)) = segs.last_mut() {
                    last.push_str(t);
                    continue;
                }
                Seg::Text(t.clone())
            }
            ReadSeg::Ph(id) => source_code(source, id, Code::Placeable)
                .ok_or_else(|| format!("inline code `{id}` is not in the source"))?,
            ReadSeg::Open(id) => source_code(source, id, Code::Open)
                .ok_or_else(|| format!("inline tag `{id}` is not in the source"))?,
            ReadSeg::Close(id) => source_code(source, id, Code::Close)
                .ok_or_else(|| format!("inline tag `{id}` is not in the source"))?,
        };
        segs.push(seg);
    }
    same_codes(source, &segs)?;
    Ok(segs)
}

#[derive(Clone, Copy, PartialEq)]
enum Code {
    Placeable,
    Open,
    Close,
}

/// The source's code of that kind with that id.
fn source_code(source: &[Seg], id: &str, kind: Code) -> Option<Seg> {
    source
        .iter()
        .find(|s| match s {
            Seg::Ph { id: i, .. } => kind == Code::Placeable && i == id,
            Seg::Open { id: i, .. } => kind == Code::Open && i == id,
            Seg::Close { id: i, .. } => kind == Code::Close && i == id,
            Seg::Text(_) => false,
        })
        .cloned()
}

/// The target has every code of the source once; placeables may move within the sentence,
/// tags keep the source's order and nesting.
fn same_codes(source: &[Seg], target: &[Seg]) -> Result<(), String> {
    let mut want = units::codes(source);
    let mut have = units::codes(target);
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
    if want == have {
        return Ok(());
    }
    let list = |codes: Vec<&String>| {
        if codes.is_empty() {
            "none".to_string()
        } else {
            codes
                .iter()
                .map(|c| c.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let missing: Vec<&String> = want.iter().filter(|c| !have.contains(c)).collect();
    let extra: Vec<&String> = have.iter().filter(|c| !want.contains(c)).collect();
    Err(format!(
        "the inline codes differ from the source's (missing: {}; extra or repeated: {})",
        list(missing),
        list(extra),
    ))
}

/// The file an export of `tag` is written to.
pub fn export_path(dir: &Path, tag: &str) -> PathBuf {
    dir.join(format!("{tag}.xlf"))
}
