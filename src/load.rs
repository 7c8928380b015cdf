//! The load stage: a project folder -> validated notices, manufacturer profiles and locales.
//!
//! After this stage every later one can trust its input: IDs are safe to use in paths, dates
//! exist, manufacturers resolve, form field names are unique.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Loaded, ProjectError, SourceText, display_path};
use crate::fingerprint;
use crate::fsutil;
use crate::layout::{self, Layout, LayoutKeys};
use crate::localize::Locales;
use crate::localize::intl::CivilDate;
use crate::notice::{self, DateValue, Manufacturer, MsgId, Notice, Regime};
use crate::yaml::{at_value, check_top_level_keys, parse_yaml};
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

/// Loads a project. A notice or profile with errors is left out and its errors come with the
/// project; `Err` when the project itself is unusable (no `notices/` or `locales/` folder, no
/// source locale, a file that cannot be read), with what was found before the stop.
pub fn load_project(root: &Path) -> Result<Loaded<Project>, ProjectError> {
    for folder in ["notices", "locales"] {
        if !root.join(folder).is_dir() {
            return Err(Diagnostic::error(format!(
                "`{}` has no `{folder}/` folder: not a notices project",
                root.display()
            ))
            .hint("run inside a project, or give its folder with `--root DIR`")
            .into());
        }
    }
    let mut diagnostics = Vec::new();
    let (manufacturers, broken_profiles) =
        crate::profiles::load(root)?.into_value(&mut diagnostics);
    let stop = |found: Vec<Diagnostic>, d| ProjectError::after(found, [d]);
    let mut notices = BTreeMap::new();
    let mut broken_notices = BTreeSet::new();
    let paths = match fsutil::read_dir_sorted(&root.join("notices")) {
        Ok(paths) => paths,
        Err(d) => return Err(stop(diagnostics, d)),
    };
    for path in paths {
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
            Err(errors) => {
                diagnostics.extend(errors);
                if let Some(stem) = path.file_stem().and_then(|s| s.to_str()) {
                    broken_notices.insert(stem.to_string());
                }
            }
        }
    }
    diagnostics.extend(refuse_case_collisions(&mut notices, &mut broken_notices));
    let config = match crate::config::load(root) {
        Ok(config) => config,
        Err(d) => return Err(stop(diagnostics, d)),
    };
    let mut locales = match Locales::load(root, &config.source_locale) {
        Ok(locales) => locales.into_value(&mut diagnostics),
        Err(ProjectError(errors)) => return Err(ProjectError::after(diagnostics, errors)),
    };
    add_standard_text(&mut locales, &notices);
    if locales.source_locale().is_none() {
        return Err(stop(
            diagnostics,
            no_source_locale(root, &config.source_locale),
        ));
    }
    let project = Project {
        root: root.to_path_buf(),
        notices,
        manufacturers,
        locales,
        broken_notices,
    };
    Ok(Loaded::new(project, diagnostics))
}

/// The standard text of the layouts the notices use and the regimes they name, where the
/// project has none of its own.
fn add_standard_text(locales: &mut Locales, notices: &BTreeMap<String, LoadedNotice>) {
    let layouts: BTreeMap<&str, &dyn Layout> = notices
        .values()
        .map(|n| (n.layout.name(), n.layout))
        .collect();
    for layout in layouts.values() {
        locales.add_standard_text(layout.standard_text());
    }
    let regimes: BTreeSet<&str> = notices
        .values()
        .filter_map(|n| n.notice.regime.as_ref())
        .map(|r| r.value.name())
        .collect();
    for regime in Regime::ALL.iter().filter(|r| regimes.contains(r.name())) {
        locales.add_standard_text(regime.standard_text());
    }
}

fn no_source_locale(root: &Path, tag: &str) -> Diagnostic {
    Diagnostic::error(format!("no source locale: locales/{tag}/ is missing")).hint(format!(
        "the source locale is `{tag}` ({}); create its folder, or set `source_locale:` in {}",
        if root.join(crate::config::PROJECT_FILE).is_file() {
            "as noticegen.yaml says"
        } else {
            "the default"
        },
        crate::config::PROJECT_FILE
    ))
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
) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
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
    diagnostics
}

/// Reads one notice file and checks it, rule by rule; every rule's errors are reported together.
fn load_notice(
    root: &Path,
    path: &Path,
    manufacturers: &BTreeMap<String, Manufacturer>,
    broken_profiles: &BTreeSet<String>,
) -> Result<LoadedNotice, Vec<Diagnostic>> {
    let text = fsutil::read_text(path, root).map_err(|d| vec![d])?;
    let source = SourceText::new(display_path(root, path), text);
    let (notice, layout) = parse_notice(&source)?;
    let layout_keys = layout.load(&notice, &source);
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    let mut errors: Vec<Diagnostic> = check_id(&notice, &source, stem).into_iter().collect();
    let date = notice_date(&notice, &source)
        .map_err(|d| errors.push(d))
        .ok();
    errors.extend(check_manufacturer(
        &notice,
        &source,
        manufacturers,
        broken_profiles,
    ));
    errors.extend(check_columns(&notice, &source));
    errors.extend(check_signatories(&notice, &source, manufacturers));
    errors.extend(check_title_numbers(&notice, &source));
    errors.extend(check_products(&notice, &source));
    errors.extend(check_field_names(&notice, &source));
    let layout_keys = layout_keys.map_err(|mut e| errors.append(&mut e)).ok();
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

/// The notice and its layout, once its top-level keys are all there and all known: what is
/// missing and what is unknown are judged on the keys as written.
fn parse_notice(source: &SourceText) -> Result<(Notice, &'static dyn Layout), Vec<Diagnostic>> {
    let keys = crate::yaml::top_level_keys(source).unwrap_or_default();
    let missing = missing_required_keys(source, &keys, None);
    if !missing.is_empty() {
        return Err(missing);
    }
    let mut notice: Notice = parse_yaml(source).map_err(|d| vec![d])?;
    let layout = resolve_layout(&notice, source).map_err(|d| vec![d])?;
    let mut errors = known_keys(layout, source, &keys);
    errors.extend(missing_required_keys(source, &keys, Some(layout)));
    notice.keys = keys;
    match errors.is_empty() {
        true => Ok((notice, layout)),
        false => Err(errors),
    }
}

/// The id is safe in paths and is the file's name.
fn check_id(notice: &Notice, source: &SourceText, stem: &str) -> Option<Diagnostic> {
    let id = &notice.id.value;
    if let Some(problem) = id_problem(id) {
        return Some(
            at_value(source, &notice.id, format!("notice id `{id}` {problem}"))
                .note("the id names the notice's file, its output folder and its PDFs"),
        );
    }
    (id != stem).then(|| {
        at_value(
            source,
            &notice.id,
            format!("notice id `{id}` differs from the file name `{stem}`"),
        )
        .hint(format!(
            "rename the file to `{id}.yaml` or the id to `{stem}`"
        ))
    })
}

/// The notice date is a day, or a month printed as one (`date_style: month`).
fn notice_date(notice: &Notice, source: &SourceText) -> Result<CivilDate, Diagnostic> {
    let date = &notice.date.value;
    let checked = match (date.is_month(), notice.date_style) {
        (true, notice::DateStyle::Month) | (false, _) => date.date.clone(),
        (true, _) => Err(format!(
            "`{}` is a month: a month-only date prints with `date_style: month`",
            date.text
        )),
    };
    checked.map_err(|message| at_value(source, &notice.date, message))
}

/// The manufacturer names a profile that loaded.
fn check_manufacturer(
    notice: &Notice,
    source: &SourceText,
    manufacturers: &BTreeMap<String, Manufacturer>,
    broken_profiles: &BTreeSet<String>,
) -> Option<Diagnostic> {
    let profile = &notice.manufacturer.value;
    let at = |message: String| at_value(source, &notice.manufacturer, message);
    if broken_profiles.contains(profile) {
        return Some(
            at(format!(
                "the manufacturer profile `notices/manufacturers/{profile}.yaml` has errors"
            ))
            .note("they are reported above; this notice loads once they are fixed"),
        );
    }
    if manufacturers.contains_key(profile) {
        return None;
    }
    let known: Vec<&str> = manufacturers
        .keys()
        .chain(broken_profiles.iter())
        .map(String::as_str)
        .collect();
    Some(
        at(format!(
            "no manufacturer profile `notices/manufacturers/{profile}.yaml`"
        ))
        .note(format!("profiles found: {}", listed(&known))),
    )
}

/// The list for a note, or "none".
fn listed(items: &[&str]) -> String {
    match items.is_empty() {
        true => "none".to_string(),
        false => items.join(", "),
    }
}

/// A products table has a column to show.
fn check_columns(notice: &Notice, source: &SourceText) -> Option<Diagnostic> {
    let products = &notice.products;
    (!products.is_empty() && products.columns.value.is_empty()).then(|| {
        at_value(
            source,
            &products.columns,
            "the products table needs at least one column".to_string(),
        )
    })
}

/// Every signatory the notice picks by id is one of its profile's.
fn check_signatories(
    notice: &Notice,
    source: &SourceText,
    manufacturers: &BTreeMap<String, Manufacturer>,
) -> Vec<Diagnostic> {
    let profile = &notice.manufacturer.value;
    let (Some(list), Some(m)) = (&notice.signatories, manufacturers.get(profile)) else {
        return Vec::new();
    };
    let known: Vec<&str> = m.signatories.iter().map(|p| p.id.as_str()).collect();
    list.iter()
        .filter_map(|s| match s {
            notice::NoticeSignatory::Profile(id) if !known.contains(&id.value.as_str()) => Some(id),
            _ => None,
        })
        .map(|id| {
            let message = format!("no signatory `{}` in the profile `{profile}`", id.value);
            at_value(source, id, message).note(format!("its signatories: {}", listed(&known)))
        })
        .collect()
}

/// `red_titles` and `main_title` name title lines the notice has: the first that does not is an
/// error at that number.
fn check_title_numbers(notice: &Notice, source: &SourceText) -> Vec<Diagnostic> {
    let lines = notice.titles.len();
    let wrong = |n: &&Spanned<usize>| n.value == 0 || n.value > lines;
    let red = notice.red_titles.iter().flatten().find(wrong);
    let main = notice.main_title.as_ref().filter(wrong);
    [("red_titles", red), ("main_title", main)]
        .into_iter()
        .filter_map(|(key, n)| {
            let n = n?;
            Some(at_value(
                source,
                n,
                format!(
                    "`{key}` names title line {}, but the notice has {lines} title line(s) (1 is the first)",
                    n.value
                ),
            ))
        })
        .collect()
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
        None => &schema_keys().notice_required,
        Some(layout) => &schema_keys().layouts[layout.name()].1,
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
/// The top-level keys the schema gives: the notice's, and each layout's own with those it
/// requires. Made once: generating a schema costs more than reading a notice.
struct SchemaKeys {
    notice: Vec<String>,
    notice_required: Vec<String>,
    layouts: BTreeMap<&'static str, (Vec<String>, Vec<String>)>,
}

fn schema_keys() -> &'static SchemaKeys {
    static KEYS: std::sync::OnceLock<SchemaKeys> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        let notice = schemars::schema_for!(Notice);
        SchemaKeys {
            notice: layout::property_names(&notice),
            notice_required: layout::required_names(&notice),
            layouts: layout::LAYOUTS
                .iter()
                .map(|l| (l.name(), (l.keys(), l.required_keys())))
                .collect(),
        }
    })
}

fn known_keys(
    layout: &dyn Layout,
    source: &SourceText,
    present: &[Spanned<String>],
) -> Vec<Diagnostic> {
    let keys = schema_keys();
    let mut known = keys.notice.clone();
    known.extend(keys.layouts[layout.name()].0.iter().cloned());
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
    let mut errors = check_dates(notice, source);
    errors.extend(check_text_columns(notice, source));
    errors.extend(check_lot_products(notice, source));
    errors.extend(check_product_ids(notice, source));
    errors.extend(check_form_items(notice, source));
    errors.extend(check_per_row(notice, source));
    errors.extend(notice.margins_mm.as_ref().and_then(|m| m.check(source)));
    errors
}

/// Expiry dates are days, each error at the date itself.
fn check_dates(notice: &Notice, source: &SourceText) -> Vec<Diagnostic> {
    let date = |value: &Option<Spanned<DateValue>>, what: &str| {
        let value = value.as_ref()?;
        let message = value.value.day().err()?;
        Some(at_value(source, value, format!("{what}: {message}")))
    };
    let products = notice.products.items.iter();
    let mut errors: Vec<Diagnostic> = products
        .filter_map(|product| date(&product.expiry, "product expiry"))
        .collect();
    let lots = notice.lots.iter().flat_map(|lots| &lots.rows);
    errors.extend(lots.filter_map(|lot| date(&lot.expiry, &format!("lot `{}` expiry", lot.lot))));
    errors
}

/// A table puts 1 to 4 products or lots side by side; more do not fit a page's width.
fn check_per_row(notice: &Notice, source: &SourceText) -> Vec<Diagnostic> {
    let products = notice.products.per_row.as_ref();
    let lots = notice.lots.as_ref().and_then(|l| l.per_row.as_ref());
    products
        .into_iter()
        .chain(lots)
        .filter(|n| !(1..=4).contains(&n.value))
        .map(|per_row| {
            let message = format!("`per_row: {}` is not 1 to 4", per_row.value);
            at_value(source, per_row, message)
                .hint("a page holds at most 4 side by side; 2 fits lot and expiry columns")
        })
        .collect()
}

/// A `field: text` column says which text it shows, at its header.
fn check_text_columns(notice: &Notice, source: &SourceText) -> Vec<Diagnostic> {
    let products = notice.products.columns.value.iter();
    let products = products
        .filter(|c| c.field == notice::ProductField::Text && c.key.is_none())
        .map(|c| (&c.header, "product"));
    let lots = notice.lots.iter().flat_map(|lots| &lots.columns);
    let lots = lots
        .filter(|c| c.field == notice::LotField::Text && c.key.is_none())
        .map(|c| (&c.header, "lot"));
    products
        .chain(lots)
        .map(|(header, what)| {
            let message = format!("a `field: text` column needs `key:`, the {what} text it shows");
            at_value(source, header, message)
        })
        .collect()
}

/// Every lot names a product of the notice.
fn check_lot_products(notice: &Notice, source: &SourceText) -> Vec<Diagnostic> {
    let rows = notice.lots.iter().flat_map(|lots| &lots.rows);
    rows.filter(|lot| notice::find_product(&notice.products.items, &lot.product.value).is_none())
        .map(|lot| {
            at_value(
                source,
                &lot.product,
                format!(
                    "lot `{}`: no product `{}` (an `id` or catalogue number of `products`)",
                    lot.lot, lot.product.value
                ),
            )
        })
        .collect()
}

/// The products' `id`s where they stand. `Product::id` is a plain string, as the recipients list
/// and the forms name products; this reads the places of the ids alone.
#[derive(serde::Deserialize)]
struct ProductIdPlaces {
    #[serde(default)]
    products: Option<ItemIdPlaces>,
}

#[derive(serde::Deserialize)]
struct ItemIdPlaces {
    #[serde(default)]
    items: Vec<IdPlace>,
}

#[derive(serde::Deserialize)]
struct IdPlace {
    #[serde(default)]
    id: Option<Spanned<String>>,
}

/// No two products have one `id`: the second is an error at its `id`.
fn check_product_ids(notice: &Notice, source: &SourceText) -> Vec<Diagnostic> {
    let has_ids = notice.products.items.iter().any(|p| p.id.is_some());
    let places = match has_ids {
        true => parse_yaml::<ProductIdPlaces>(source).ok(),
        false => None,
    };
    let ids = places.and_then(|p| p.products).map(|p| p.items);
    let mut seen = BTreeSet::new();
    ids.into_iter()
        .flatten()
        .filter_map(|item| item.id)
        .filter(|id| !seen.insert(id.value.clone()))
        .map(|id| {
            let message = format!("product id `{}` is used twice", id.value);
            at_value(source, &id, message)
        })
        .collect()
}

/// A form's product checklist names products of the notice.
fn check_form_items(notice: &Notice, source: &SourceText) -> Vec<Diagnostic> {
    let items = notice
        .forms()
        .flat_map(|(_, form)| &form.rows)
        .filter_map(|row| match row {
            notice::FormRow::Products(checks) => Some(&checks.items),
            _ => None,
        })
        .flatten();
    items
        .filter_map(|item| {
            let key = item.product.as_ref()?;
            notice::find_product(&notice.products.items, key).is_none().then(|| {
                at_value(
                    source,
                    &item.name,
                    format!("form item `{}`: no product `{key}` (an `id` or catalogue number of `products`)", item.name.value),
                )
            })
        })
        .collect()
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
