//! The load stage: a project folder -> validated notices, manufacturer profiles and locales.
//!
//! After this stage every later one can trust its input: IDs are safe to use in paths, dates
//! exist, manufacturers resolve, form field names are unique.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use crate::diag::{Diagnostic, SourceText, display_path};
use crate::fingerprint;
use crate::fsutil;
use crate::localize::Locales;
use crate::localize::intl::CivilDate;
use crate::notice::{self, Manufacturer, Notice};

/// A notice with what validation derived from it.
#[derive(Debug)]
pub struct LoadedNotice {
    pub notice: Notice,
    pub source: SourceText,
    pub date: CivilDate,
    /// SHA-256 of the YAML text, for incremental builds.
    pub digest: String,
}

impl LoadedNotice {
    pub fn id(&self) -> &str {
        &self.notice.id.value
    }
}

/// Everything a build or check reads, loaded and validated.
#[derive(Debug)]
pub struct Project {
    pub root: PathBuf,
    pub notices: BTreeMap<String, LoadedNotice>,
    pub manufacturers: BTreeMap<String, Manufacturer>,
    pub locales: Locales,
    /// Stems of `notices/*.yaml` files that are there but failed to load: their notices are
    /// not gone, so a build keeps their earlier outputs.
    pub broken_notices: BTreeSet<String>,
}

impl Project {
    pub fn notice_ids(&self) -> BTreeSet<String> {
        self.notices.keys().cloned().collect()
    }
}

/// Loads a project. Input errors are pushed to `diagnostics` and the offending notice left out;
/// `Err` only when the project itself is unusable (no `notices/` or `locales/` folder).
pub fn load_project(root: &Path, diagnostics: &mut Vec<Diagnostic>) -> Result<Project, Diagnostic> {
    for folder in ["notices", "locales"] {
        if !root.join(folder).is_dir() {
            return Err(Diagnostic::error(format!(
                "`{}` has no `{folder}/` folder: not a notices project",
                root.display()
            ))
            .hint("run inside a project, or give its folder with `--root DIR`"));
        }
    }
    let manufacturers = load_manufacturers(root, diagnostics)?;
    let mut notices = BTreeMap::new();
    let mut broken_notices = BTreeSet::new();
    for path in fsutil::read_dir_sorted(&root.join("notices"))? {
        if !path.is_file()
            || !matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("yaml" | "yml")
            )
        {
            continue;
        }
        match load_notice(root, &path, &manufacturers) {
            Ok(loaded) => {
                notices.insert(loaded.id().to_string(), loaded);
            }
            Err(mut errors) => {
                diagnostics.append(&mut errors);
                if let Some(stem) = path.file_stem().and_then(|s| s.to_str()) {
                    broken_notices.insert(stem.to_string());
                }
            }
        }
    }
    let locales = Locales::load(root, diagnostics)?;
    Ok(Project {
        root: root.to_path_buf(),
        notices,
        manufacturers,
        locales,
        broken_notices,
    })
}

fn load_manufacturers(
    root: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<BTreeMap<String, Manufacturer>, Diagnostic> {
    let dir = root.join("notices").join("manufacturers");
    let mut out = BTreeMap::new();
    if !dir.is_dir() {
        return Ok(out);
    }
    for path in fsutil::read_dir_sorted(&dir)? {
        if !matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        ) {
            continue;
        }
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let text = fsutil::read_text(&path, root)?;
        let source = SourceText::new(display_path(root, &path), text);
        match parse_yaml::<Manufacturer>(&source) {
            Ok(mut m) => {
                m.digest = fingerprint::digest(source.text.as_bytes());
                out.insert(stem, m);
            }
            Err(d) => diagnostics.push(d),
        }
    }
    Ok(out)
}

/// Deserializes YAML, turning a serde-saphyr error into a diagnostic at its line and column.
pub fn parse_yaml<T: DeserializeOwned>(source: &SourceText) -> Result<T, Diagnostic> {
    if source.text.trim().is_empty() {
        return Err(Diagnostic::error("the file is empty").in_file(source.path.clone()));
    }
    serde_saphyr::from_str::<T>(&source.text).map_err(|error| {
        let message = first_line(&error.without_snippet().to_string());
        let mut d = Diagnostic::error(message.clone());
        if let Some(location) = error.location() {
            let (line, column) = (location.line() as usize, location.column() as usize);
            if line > 0 {
                d = d.at_line_col(source, line, column.max(1), 1);
            } else {
                d = d.in_file(source.path.clone());
            }
        } else {
            d = d.in_file(source.path.clone());
        }
        if let Some(hint) = unknown_field_hint(&message) {
            d = d.hint(hint);
        }
        if let Some(field) = message
            .strip_prefix("missing field `")
            .and_then(|r| r.split('`').next())
        {
            d = d.hint(format!(
                "add `{field}:` to this mapping (notices/README.md lists every key)"
            ));
        }
        d
    })
}

fn first_line(text: &str) -> String {
    let line = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or(text)
        .trim();
    // serde-saphyr's advice is for programmers (a parser option), not for notice authors.
    let line = line
        .split(", set DuplicateKeyPolicy")
        .next()
        .unwrap_or(line);
    // serde-saphyr appends the position; ours is in the diagnostic header already.
    match line.rfind(" at line ") {
        Some(i) => line[..i].to_string(),
        None => line.to_string(),
    }
}

/// "did you mean" for serde's `unknown field `x`, expected one of `a`, `b``.
fn unknown_field_hint(message: &str) -> Option<String> {
    let rest = message.split("unknown field `").nth(1)?;
    let (unknown, rest) = rest.split_once('`')?;
    let list = rest.split("expected").nth(1)?;
    let list = list.trim().trim_start_matches("one of").trim();
    let best = list
        .split(',')
        .map(|candidate| candidate.trim().trim_matches('`'))
        .filter(|candidate| !candidate.is_empty())
        .map(|candidate| (strsim_distance(unknown, candidate), candidate))
        .min()?;
    (best.0 <= 3).then(|| format!("did you mean `{}`?", best.1))
}

/// Levenshtein distance; inputs are short keys.
fn strsim_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = (previous + usize::from(ca != *cb))
                .min(row[j] + 1)
                .min(current + 1);
            previous = current;
        }
    }
    row[b.len()]
}

/// A notice ID or similar that becomes part of a path: letters, digits, `-`, `_`, `.`; no
/// leading dot, no `..`.
pub fn is_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && !id.starts_with('.')
        && !id.contains("..")
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

fn at(source: &SourceText, spanned_line: usize, spanned_col: usize, message: String) -> Diagnostic {
    if spanned_line > 0 {
        Diagnostic::error(message).at_line_col(source, spanned_line, spanned_col.max(1), 1)
    } else {
        Diagnostic::error(message).in_file(source.path.clone())
    }
}

/// A diagnostic at a spanned YAML value.
pub fn at_value<T>(
    source: &SourceText,
    value: &serde_saphyr::Spanned<T>,
    message: String,
) -> Diagnostic {
    let location = value.referenced;
    at(
        source,
        location.line() as usize,
        location.column() as usize,
        message,
    )
}

fn load_notice(
    root: &Path,
    path: &Path,
    manufacturers: &BTreeMap<String, Manufacturer>,
) -> Result<LoadedNotice, Vec<Diagnostic>> {
    let text = fsutil::read_text(path, root).map_err(|d| vec![d])?;
    let source = SourceText::new(display_path(root, path), text);
    let notice: Notice = parse_yaml(&source).map_err(|d| vec![d])?;
    let mut errors = Vec::new();
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let id = &notice.id.value;
    if !is_safe_id(id) {
        errors.push(at_value(
            &source,
            &notice.id,
            format!("notice id `{id}` may hold only letters, digits, `-`, `_` and `.`"),
        ));
    } else if id != stem {
        errors.push(
            at_value(
                &source,
                &notice.id,
                format!("notice id `{id}` differs from the file name `{stem}`"),
            )
            .hint(format!(
                "rename the file to `{id}.yaml` or the id to `{stem}`"
            )),
        );
    }
    let date = match CivilDate::parse(&notice.date.value) {
        Ok(date) => Some(date),
        Err(message) => {
            errors.push(at_value(&source, &notice.date, message));
            None
        }
    };
    if !manufacturers.contains_key(&notice.manufacturer.value) {
        let known: Vec<&str> = manufacturers.keys().map(String::as_str).collect();
        errors.push(
            at_value(
                &source,
                &notice.manufacturer,
                format!(
                    "no manufacturer profile `notices/manufacturers/{}.yaml`",
                    notice.manufacturer.value
                ),
            )
            .note(format!(
                "profiles found: {}",
                if known.is_empty() {
                    "none".into()
                } else {
                    known.join(", ")
                }
            )),
        );
    }
    if notice.products.columns.is_empty() {
        errors.push(
            Diagnostic::error("the products table needs at least one column")
                .in_file(source.path.clone()),
        );
    }
    errors.extend(check_layout(&notice, &source));
    errors.extend(check_field_names(&notice, &source));
    match (errors.is_empty(), date) {
        (true, Some(date)) => Ok(LoadedNotice {
            digest: fingerprint::digest(source.text.as_bytes()),
            notice,
            source,
            date,
        }),
        _ => Err(errors),
    }
}

/// What the notice's layout needs, and product references that resolve.
fn check_layout(notice: &Notice, source: &SourceText) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    // These keys' values are not spanned: point at the last line that holds `pattern` (a
    // top-level key, or a product's id), else at line 1.
    let at_line = |pattern: &str, message: &str| {
        let line = source
            .text
            .lines()
            .collect::<Vec<_>>()
            .iter()
            .rposition(|l| {
                l.starts_with(pattern)
                    || l.trim_start().trim_start_matches("- ").starts_with(pattern)
            })
            .map_or(1, |i| i + 1);
        Diagnostic::error(message).at_line_col(source, line, 1, 0)
    };
    match notice.template {
        notice::Layout::Letter => {
            if notice.greeting.is_none() {
                errors.push(at_line("body:", "a letter needs a `greeting:` message"));
            }
            if notice.eu.is_some() {
                errors.push(
                    at_line(
                        "eu:",
                        "`eu:` sections are printed only by `template: eu-commission`",
                    )
                    .hint("add `template: eu-commission`, or remove `eu:`"),
                );
            }
        }
        notice::Layout::EuCommission => {
            if notice.eu.is_none() {
                errors.push(at_line(
                    "template:",
                    "`template: eu-commission` needs the template's sections under `eu:`",
                ));
            }
            if !notice.body.is_empty() {
                errors.push(
                    at_line("body:", "`template: eu-commission` lays the notice out from `eu:`; `body:` would not be printed")
                        .hint("remove `body:`, or use the letter layout"),
                );
            }
        }
    }
    let mut ids = BTreeSet::new();
    for product in &notice.products.items {
        if let Some(id) = &product.id
            && !ids.insert(id.as_str())
        {
            errors.push(at_line(
                &format!("id: {id}"),
                &format!("product id `{id}` is used twice"),
            ));
        }
    }
    for (_, form) in notice.forms() {
        for row in &form.rows {
            let notice::FormRow::Products(checks) = row else {
                continue;
            };
            for item in &checks.items {
                if let Some(key) = &item.product
                    && notice::find_product(&notice.products.items, key).is_none()
                {
                    errors.push(at_value(
                        source,
                        &item.name,
                        format!("form item `{}`: no product `{key}` (an `id` or catalogue number of `products`)", item.name.value),
                    ));
                }
            }
        }
    }
    errors
}

/// Form field names: well-formed and unique within the notice.
fn check_field_names(notice: &Notice, source: &SourceText) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    let mut seen = BTreeSet::new();
    for name in notice::form_field_names(notice) {
        let valid = !name.value.is_empty()
            && name
                .value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.'))
            && !name.value.starts_with('.')
            && !name.value.ends_with('.')
            && !name.value.contains("..");
        if !valid {
            errors.push(at_value(
                source,
                name,
                format!(
                    "form field name `{}` may hold only letters, digits, `_` and `.`",
                    name.value
                ),
            ));
        } else if !seen.insert(name.value.clone()) {
            errors.push(at_value(
                source,
                name,
                format!("form field `{}` is named twice", name.value),
            ));
        }
    }
    // `a.b` cannot be both a field and the group of `a.b.c` in a PDF field tree.
    for name in notice::form_field_names(notice) {
        let prefix = format!("{}.", name.value);
        if let Some(other) = seen.iter().find(|other| other.starts_with(&prefix)) {
            errors.push(at_value(
                source,
                name,
                format!(
                    "form field `{}` is also the group of `{other}`; rename one of them",
                    name.value
                ),
            ));
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_ids() {
        assert!(is_safe_id("FSN2024-1562"));
        for bad in ["", "../x", "a/b", ".hidden", "a..b", "a b", "C:\\x"] {
            assert!(!is_safe_id(bad), "{bad}");
        }
    }

    #[test]
    fn unknown_keys_get_a_suggestion() {
        let hint =
            unknown_field_hint("unknown field `titels`, expected one of `id`, `titles`, `date`");
        assert_eq!(hint.as_deref(), Some("did you mean `titles`?"));
    }

    #[test]
    fn yaml_errors_point_at_their_line() {
        let source = SourceText::new(
            "notices/x.yaml",
            "name: A\nlegal_name: B\ncopyright: c\nwebsitee: x\n",
        );
        let d = parse_yaml::<Manufacturer>(&source).unwrap_err();
        assert_eq!(
            d.location().as_deref(),
            Some("notices/x.yaml:4:1"),
            "{}",
            d.message
        );
        assert!(d.message.contains("websitee"), "{}", d.message);
        assert!(
            d.notes.iter().any(|n| n.contains("website")),
            "{} {:?}",
            d.message,
            d.notes
        );
    }
}
