//! `noticegen init [DIR]`: a new project that builds and passes `check` at once, with no words
//! of any real manufacturer: a profile, one letter notice with a reply form, the source locale
//! and the other locales asked for, the JSON Schemas and a `.gitignore` for `output/`.
//!
//! The starter text exists in English and German; a locale of another language gets an empty
//! folder, a locale not started (`check` says so, `build` skips it) until `noticegen locale add`
//! writes its skeleton: no text of the wrong language is ever printed.

use std::path::{Path, PathBuf};

use crate::config::PROJECT_FILE;
use crate::diag::Diagnostic;
use crate::fsutil;
use crate::localize::intl::CivilDate;
use crate::localize::resources::validate_tag;

/// The starter notice's ID and the profile's name.
pub const STARTER_NOTICE: &str = "FSN-0001";
const STARTER_PROFILE: &str = "my-company";

/// Starter text by language: `common.ftl` and the notice's own file.
const STARTER_TEXT: &[(&str, &str, &str)] = &[
    (
        "en",
        include_str!("init/common.en.ftl"),
        include_str!("init/notice.en.ftl"),
    ),
    (
        "de",
        include_str!("init/common.de.ftl"),
        include_str!("init/notice.de.ftl"),
    ),
];

/// What `init` makes.
pub struct InitOptions<'a> {
    pub dir: &'a Path,
    pub source_locale: &'a str,
    /// The locales besides the source.
    pub locales: &'a [String],
}

/// The starter text of a language (`de-AT` takes German's), if there is one.
fn starter(tag: &str) -> Option<(&'static str, &'static str)> {
    let language = tag.split('-').next().unwrap_or(tag);
    STARTER_TEXT
        .iter()
        .find(|(lang, _, _)| *lang == language)
        .map(|(_, common, notice)| (*common, *notice))
}

/// Writes the project; returns the files written. Refuses to touch a folder that already
/// holds a project.
pub fn init(options: &InitOptions) -> Result<Vec<PathBuf>, Diagnostic> {
    let dir = options.dir;
    for tag in
        std::iter::once(options.source_locale).chain(options.locales.iter().map(String::as_str))
    {
        validate_tag(tag).map_err(Diagnostic::error)?;
    }
    if options.locales.iter().any(|t| t == options.source_locale) {
        return Err(Diagnostic::error(format!(
            "`{}` is the source locale; --locale names the others",
            options.source_locale
        )));
    }
    for existing in [PROJECT_FILE, "notices", "locales"] {
        if dir.join(existing).exists() {
            return Err(Diagnostic::error(format!(
                "`{}` already holds a project ({existing} exists): refusing to overwrite it",
                dir.display()
            ))
            .hint("give `noticegen init` a new or empty folder"));
        }
    }
    let source = options.source_locale;
    if starter(source).is_none() {
        return Err(Diagnostic::error(format!(
            "no starter text in `{source}`: `init` writes it in English (en) or German (de)"
        ))
        .hint(format!(
            "start with `--source-locale en`, then translate; or set `source_locale: {source}` in {PROJECT_FILE} once your text is written"
        )));
    }
    let today = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| (d.as_secs() / 86_400) as i64)
        .unwrap_or(0);
    let date = CivilDate::from_days_since_epoch(today).iso_text();
    let mut files: Vec<(PathBuf, String)> = vec![
        (
            dir.join(PROJECT_FILE),
            format!(
                "# yaml-language-server: $schema=schema/project.schema.json\n\
                 # The noticegen project file. Notices are written in `{source}` first; every other\n\
                 # locale is translated from it.\nsource_locale: {source}\n"
            ),
        ),
        (dir.join(".gitignore"), "output/\n".to_string()),
        (
            dir.join("notices/manufacturers")
                .join(format!("{STARTER_PROFILE}.yaml")),
            include_str!("init/profile.yaml").to_string(),
        ),
        (
            dir.join("notices").join(format!("{STARTER_NOTICE}.yaml")),
            include_str!("init/notice.yaml").replace("__DATE__", &date),
        ),
    ];
    for tag in std::iter::once(source).chain(options.locales.iter().map(String::as_str)) {
        match starter(tag) {
            Some((common, notice)) => {
                files.push((
                    dir.join("locales").join(tag).join("common.ftl"),
                    common.to_string(),
                ));
                files.push((
                    dir.join("locales")
                        .join(tag)
                        .join(format!("{STARTER_NOTICE}.ftl")),
                    notice.to_string(),
                ));
            }
            None => {
                files.push((
                    dir.join("locales").join(tag).join(".gitkeep"),
                    String::new(),
                ));
            }
        }
    }
    let mut written = Vec::new();
    for (path, text) in files {
        fsutil::write_if_changed(&path, text.as_bytes())?;
        written.push(path);
    }
    written.extend(crate::schema::write(&dir.join("schema"))?);
    Ok(written)
}
