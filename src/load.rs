//! The load stage: a project folder -> validated notices, manufacturer profiles and locales.
//!
//! After this stage every later one can trust its input: IDs are safe to use in paths, dates
//! exist, manufacturers resolve, form field names are unique.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, SourceText, display_path};
use crate::fingerprint;
use crate::fsutil;
use crate::layout::{self, Layout, LayoutKeys};
use crate::localize::Locales;
use crate::localize::intl::CivilDate;
use crate::notice::{self, Manufacturer, MsgId, Notice};
use crate::yaml::{at_line, at_value, check_top_level_keys, parse_yaml};
use serde_saphyr::Spanned;

/// A notice with what validation derived from it.
#[derive(Debug)]
pub struct LoadedNotice {
    pub notice: Notice,
    /// The layout `template:` names.
    pub layout: &'static dyn Layout,
    /// The layout's own keys, as it read them.
    pub layout_keys: LayoutKeys,
    pub source: SourceText,
    pub date: CivilDate,
    /// SHA-256 of the YAML text, for incremental builds.
    pub digest: String,
}

impl LoadedNotice {
    pub fn id(&self) -> &str {
        &self.notice.id.value
    }

    /// Every message ID the notice names: in the shared keys and the layout's own.
    pub fn message_refs(&self) -> Vec<&MsgId> {
        let mut refs = notice::message_refs(&self.notice);
        refs.extend(self.layout.message_refs(&self.layout_keys));
        refs
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

    /// The images the typesetter may show (the profiles' logos), by virtual path.
    pub fn assets(&self) -> Vec<(String, Vec<u8>)> {
        self.manufacturers
            .values()
            .filter_map(|m| m.logo.as_ref())
            .map(|logo| (logo.path.clone(), logo.bytes.clone()))
            .collect()
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
    let (manufacturers, broken_profiles) = crate::profiles::load(root, diagnostics)?;
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
        match load_notice(root, &path, &manufacturers, &broken_profiles) {
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
    refuse_case_collisions(&mut notices, &mut broken_notices, diagnostics);
    let config = crate::config::load(root)?;
    let locales = Locales::load(root, &config.source_locale, diagnostics)?;
    if locales.source_locale().is_none() {
        return Err(Diagnostic::error(format!(
            "no source locale: locales/{}/ is missing",
            config.source_locale
        ))
        .hint(format!(
            "the source locale is `{}` ({}); create its folder, or set `source_locale:` in {}",
            config.source_locale,
            if root.join(crate::config::PROJECT_FILE).is_file() {
                "as noticegen.yaml says"
            } else {
                "the default"
            },
            crate::config::PROJECT_FILE
        )));
    }
    Ok(Project {
        root: root.to_path_buf(),
        notices,
        manufacturers,
        locales,
        broken_notices,
    })
}

/// The most characters an ID that names files may hold.
const MAX_ID_LEN: usize = 100;

/// A notice ID or similar that becomes part of a path: see [`id_problem`].
pub fn is_safe_id(id: &str) -> bool {
    id_problem(id).is_none()
}

/// The rule an ID that names files and folders (a notice id, a recipient's account) breaks, in
/// words, or `None` when it is safe on every file system: letters, digits, `-`, `_`, `.`; no
/// leading or trailing dot, no `..`, and no name Windows reserves for a device (`CON`, `NUL`,
/// `COM1`, ..., also with an extension, in any case).
pub fn id_problem(id: &str) -> Option<String> {
    if id.is_empty() {
        return Some("is empty".to_string());
    }
    let chars = id.chars().count();
    if chars > MAX_ID_LEN {
        return Some(format!("is {chars} characters long: at most {MAX_ID_LEN}"));
    }
    if let Some(c) = id
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
    {
        let shown = if c.is_control() || c.is_whitespace() {
            format!("{:?}", c)
        } else {
            format!("`{c}`")
        };
        return Some(format!(
            "holds {shown}: it may hold only letters (a-z, A-Z), digits, `-`, `_` and `.`"
        ));
    }
    if id.starts_with('.') {
        return Some(
            "starts with `.`: a name that starts with a dot is hidden, and `.` and `..` name folders that exist already"
                .to_string(),
        );
    }
    if id.contains("..") {
        return Some("holds `..`: two dots in a row are not allowed".to_string());
    }
    if id.ends_with('.') {
        return Some(
            "ends with `.`: Windows drops a trailing dot, so it would name another file"
                .to_string(),
        );
    }
    let stem = id.split('.').next().unwrap_or(id).to_ascii_uppercase();
    let reserved = matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || (stem.len() == 4
            && (stem.starts_with("COM") || stem.starts_with("LPT"))
            && matches!(stem.as_bytes()[3], b'1'..=b'9'));
    if reserved {
        return Some(format!(
            "is a name Windows reserves for a device (`{stem}`, in any case and with any extension): no file or folder can have it there"
        ));
    }
    None
}

/// Notices whose ids differ only in case (`fsn-0001`, `FSN-0001`) are one file and one output
/// folder on a case-insensitive file system (Windows, macOS): each is refused at its `id`, naming
/// the other's file, and left out of `notices` (its earlier outputs are kept).
fn refuse_case_collisions(
    notices: &mut BTreeMap<String, LoadedNotice>,
    broken: &mut BTreeSet<String>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut by_folded: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for id in notices.keys() {
        by_folded.entry(id.to_lowercase()).or_default().push(id);
    }
    let clashes: Vec<Vec<String>> = by_folded
        .into_values()
        .filter(|ids| ids.len() > 1)
        .map(|ids| ids.into_iter().map(str::to_string).collect())
        .collect();
    for ids in clashes {
        for id in &ids {
            let loaded = &notices[id];
            let others: Vec<String> = ids
                .iter()
                .filter(|other| *other != id)
                .map(|other| format!("`{other}` ({})", notices[other].source.path.display()))
                .collect();
            diagnostics.push(
                at_value(
                    &loaded.source,
                    &loaded.notice.id,
                    format!(
                        "notice id `{id}` differs from {} only in case: on a case-insensitive file system (Windows, macOS) both are one file and one output folder",
                        others.join(", ")
                    ),
                )
                .hint("give one of them another id (and its file the same name)"),
            );
        }
        for id in ids {
            notices.remove(&id);
            broken.insert(id);
        }
    }
}

fn load_notice(
    root: &Path,
    path: &Path,
    manufacturers: &BTreeMap<String, Manufacturer>,
    broken_profiles: &BTreeSet<String>,
) -> Result<LoadedNotice, Vec<Diagnostic>> {
    let text = fsutil::read_text(path, root).map_err(|d| vec![d])?;
    let source = SourceText::new(display_path(root, path), text);
    // The top-level keys, read once: what is missing and what is unknown are judged on them.
    let keys = crate::yaml::top_level_keys(&source).unwrap_or_default();
    let missing = missing_required_keys(&source, &keys, None);
    if !missing.is_empty() {
        return Err(missing);
    }
    let notice: Notice = parse_yaml(&source).map_err(|d| vec![d])?;
    let layout = resolve_layout(&notice, &source).map_err(|d| vec![d])?;
    let mut errors = known_keys(layout, &source, &keys);
    errors.extend(missing_required_keys(&source, &keys, Some(layout)));
    if !errors.is_empty() {
        return Err(errors);
    }
    let layout_keys = layout.load(&notice, &source);
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let id = &notice.id.value;
    if let Some(problem) = id_problem(id) {
        errors.push(
            at_value(&source, &notice.id, format!("notice id `{id}` {problem}"))
                .note("the id names the notice's file, its output folder and its PDFs"),
        );
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
    let month_only = notice.date.value.trim().len() == 7;
    let date = match (month_only, notice.date_style) {
        (true, notice::DateStyle::Month) => {
            CivilDate::parse(&format!("{}-01", notice.date.value.trim()))
        }
        (true, _) => Err(format!(
            "`{}` is a month: a month-only date prints with `date_style: month`",
            notice.date.value
        )),
        (false, _) => CivilDate::parse(&notice.date.value),
    };
    let date = match date {
        Ok(date) => Some(date),
        Err(message) => {
            errors.push(at_value(&source, &notice.date, message));
            None
        }
    };
    let profile = &notice.manufacturer.value;
    if broken_profiles.contains(profile) {
        errors.push(
            at_value(
                &source,
                &notice.manufacturer,
                format!(
                    "the manufacturer profile `notices/manufacturers/{profile}.yaml` has errors"
                ),
            )
            .note("they are reported above; this notice loads once they are fixed"),
        );
    } else if !manufacturers.contains_key(profile) {
        let known: Vec<&str> = manufacturers
            .keys()
            .chain(broken_profiles.iter())
            .map(String::as_str)
            .collect();
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
    if !notice.products.is_empty() && notice.products.columns.is_empty() {
        errors.push(
            Diagnostic::error("the products table needs at least one column")
                .in_file(source.path.clone()),
        );
    }
    if let (Some(list), Some(m)) = (&notice.signatories, manufacturers.get(profile)) {
        for s in list {
            if let notice::NoticeSignatory::Profile(id) = s
                && !m.signatories.iter().any(|p| p.id == *id)
            {
                let known: Vec<&str> = m.signatories.iter().map(|p| p.id.as_str()).collect();
                errors.push(
                    at_line(
                        &source,
                        &format!("profile: {id}"),
                        &format!("no signatory `{id}` in the profile `{profile}`"),
                    )
                    .note(format!(
                        "its signatories: {}",
                        if known.is_empty() {
                            "none".to_string()
                        } else {
                            known.join(", ")
                        }
                    )),
                );
            }
        }
    }
    let lines = notice.titles.len();
    for (key, numbers) in [
        ("red_titles", notice.red_titles.clone().unwrap_or_default()),
        ("main_title", notice.main_title.into_iter().collect()),
    ] {
        if let Some(n) = numbers.iter().find(|n| **n == 0 || **n > lines) {
            errors.push(at_line(
                &source,
                &format!("{key}:"),
                &format!("`{key}` names title line {n}, but the notice has {lines} title line(s) (1 is the first)"),
            ));
        }
    }
    errors.extend(check_products(&notice, &source));
    errors.extend(check_field_names(&notice, &source));
    let layout_keys = match layout_keys {
        Ok(keys) => Some(keys),
        Err(mut layout_errors) => {
            errors.append(&mut layout_errors);
            None
        }
    };
    match (errors.is_empty(), date, layout_keys) {
        (true, Some(date), Some(layout_keys)) => Ok(LoadedNotice {
            digest: fingerprint::digest(source.text.as_bytes()),
            notice,
            layout,
            layout_keys,
            source,
            date,
        }),
        _ => Err(errors),
    }
}

/// A key the notice needs that it lacks (every notice's, or its layout's when `layout` is
/// given), at the notice's first key: serde would point at whatever key came last.
fn missing_required_keys(
    source: &SourceText,
    present: &[Spanned<String>],
    layout: Option<&dyn Layout>,
) -> Vec<Diagnostic> {
    let Some(first) = present.first() else {
        return Vec::new();
    };
    let required = match layout {
        None => layout::required_names(&schemars::schema_for!(Notice)),
        Some(layout) => layout.required_keys(),
    };
    required
        .iter()
        .filter(|key| !present.iter().any(|p| p.value == **key))
        .map(|key| {
            let who = match layout {
                None => "every notice needs one".to_string(),
                Some(layout) => format!("`template: {}` needs one", layout.name()),
            };
            at_value(source, first, format!("the notice has no `{key}:`; {who}")).hint(format!(
                "add `{key}:` at the top level (noticegen's guide lists every key: docs/src/notice-format.md)"
            ))
        })
        .collect()
}

/// The layout `template:` names.
fn resolve_layout(notice: &Notice, source: &SourceText) -> Result<&'static dyn Layout, Diagnostic> {
    let name = notice.template.as_ref();
    layout::by_name(name.map(|n| n.value.as_str())).ok_or_else(|| {
        let name = name.expect("an absent template is the default layout");
        at_value(source, name, format!("no layout `{}`", name.value))
            .note(format!("layouts: {}", layout::names().join(", ")))
    })
}

/// The top-level keys must be the shared ones or the layout's. A key of another layout says
/// which.
fn known_keys(
    layout: &dyn Layout,
    source: &SourceText,
    present: &[Spanned<String>],
) -> Vec<Diagnostic> {
    let mut known = layout::property_names(&schemars::schema_for!(Notice));
    known.extend(layout.keys());
    check_top_level_keys(source, present, &known, |key| {
        let other = layout::LAYOUTS
            .iter()
            .find(|other| other.name() != layout.name() && other.keys().iter().any(|k| k == key))?;
        Some(format!(
            "that is a key of `template: {}`; this notice is laid out as `{}`",
            other.name(),
            layout.name()
        ))
    })
}

/// Product IDs are unique, form items and lots name products that exist, dates are dates, and
/// a text column says which text it shows.
fn check_products(notice: &Notice, source: &SourceText) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    let at_line = |pattern: &str, message: &str| at_line(source, pattern, message);
    // A date that is not one, at the date itself.
    let date = |value: &Option<Spanned<String>>, what: &str| {
        let value = value.as_ref()?;
        let message = CivilDate::parse(&value.value).err()?;
        Some(at_value(source, value, format!("{what}: {message}")))
    };
    for product in &notice.products.items {
        errors.extend(date(&product.expiry, "product expiry"));
    }
    // A text column without `key:`, at its header.
    for column in &notice.products.columns {
        if column.field == notice::ProductField::Text && column.key.is_none() {
            errors.push(at_value(
                source,
                &column.header,
                "a `field: text` column needs `key:`, the product text it shows".to_string(),
            ));
        }
    }
    if let Some(lots) = &notice.lots {
        for lot in &lots.rows {
            if notice::find_product(&notice.products.items, &lot.product.value).is_none() {
                errors.push(at_value(
                    source,
                    &lot.product,
                    format!(
                        "lot `{}`: no product `{}` (an `id` or catalogue number of `products`)",
                        lot.lot, lot.product.value
                    ),
                ));
            }
            errors.extend(date(&lot.expiry, &format!("lot `{}` expiry", lot.lot)));
        }
        for column in &lots.columns {
            if column.field == notice::LotField::Text && column.key.is_none() {
                errors.push(at_value(
                    source,
                    &column.header,
                    "a `field: text` column needs `key:`, the lot text it shows".to_string(),
                ));
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
        for bad in [
            "", "../x", "a/b", ".hidden", "a..b", "a b", "C:\\x", "..", "x.", "CON", "nul.pdf",
            "Com7", "lpt9.x",
        ] {
            assert!(!is_safe_id(bad), "{bad}");
        }
        for good in ["COM0", "COM10", "CONSOLE", "LPT", "con-1", "a.b"] {
            assert!(is_safe_id(good), "{good}");
        }
        assert!(id_problem("..").unwrap().contains("starts with `.`"));
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
