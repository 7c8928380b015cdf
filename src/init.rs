//! `noticegen init [DIR]`: a new project that builds and passes `check` at once, with no words
//! of any real manufacturer: a profile, one letter notice with a reply form, the source locale
//! and the other locales asked for, the JSON Schemas and a `.gitignore` for `output/`.
//!
//! `init` never overwrites. A folder that holds a project (`noticegen.yaml`, `notices/` or
//! `locales/`) is refused; in a folder with other files, only what is missing is written and what
//! is there is left alone and listed. Only `--force` replaces the starter files that are there
//! (in a project too), and a `.gitignore` only ever gets the lines of ours it lacks: none of the
//! user's is dropped.
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
use crate::notice::Regime;

/// The starter notice's ID and the profile's name.
pub const STARTER_NOTICE: &str = "FSN-0001";
const STARTER_PROFILE: &str = "my-company";

/// Starter text of a language: `common.ftl`, the notice's own file and `_recipients.ftl` (the
/// address block and device table of per-recipient letters).
struct Starter {
    language: &'static str,
    common: &'static str,
    notice: &'static str,
    recipients: &'static str,
}

/// Starter text by language.
const STARTER_TEXT: &[Starter] = &[
    Starter {
        language: "en",
        common: include_str!("init/common.en.ftl"),
        notice: include_str!("init/notice.en.ftl"),
        recipients: include_str!("init/recipients.en.ftl"),
    },
    Starter {
        language: "de",
        common: include_str!("init/common.de.ftl"),
        notice: include_str!("init/notice.de.ftl"),
        recipients: include_str!("init/recipients.de.ftl"),
    },
    Starter {
        language: "fr",
        common: include_str!("init/common.fr.ftl"),
        notice: include_str!("init/notice.fr.ftl"),
        recipients: include_str!("init/recipients.fr.ftl"),
    },
];

/// What `init` makes.
pub struct InitOptions<'a> {
    pub dir: &'a Path,
    pub source_locale: &'a str,
    /// The locales besides the source.
    pub locales: &'a [String],
    /// Replace the files init writes that are there already (a `.gitignore` only gets the
    /// lines it lacks).
    pub force: bool,
    /// The regulator the starter notice is written for: its `regime:` and what the regime's
    /// rules ask of the starter (see [`preset`]).
    pub regime: Option<Regime>,
}

/// The `.gitignore` lines of a project: the build's output folder, the project lock
/// (`src/lock.rs`) and the temporary files of writes under way (`fsutil::write_if_changed`).
pub const GITIGNORE_LINES: [&str; 3] = ["output/", crate::lock::LOCK_FILE, ".noticegen-*"];
const GITIGNORE_COMMENT: &str =
    "# noticegen: the built PDFs, the project lock, temporary files of writes under way";

/// What `init` did with one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// It was not there: written.
    Wrote,
    /// It was there, and `--force` replaced it.
    Replaced,
    /// A `.gitignore` that lacked these lines of ours: they were added, the rest kept.
    Added(Vec<String>),
    /// It was there with the very text init writes.
    Unchanged,
    /// It was there, and is left as it was: why, and what to do.
    LeftAlone(String),
}

/// What `init` did, file by file.
#[derive(Debug, Default)]
pub struct InitReport {
    pub files: Vec<(PathBuf, Action)>,
}

impl InitReport {
    pub fn left_alone(&self) -> usize {
        self.files
            .iter()
            .filter(|(_, a)| matches!(a, Action::LeftAlone(_)))
            .count()
    }
}

/// The starter text of a language (`de-AT` takes German's), if there is one.
fn starter(tag: &str) -> Option<&'static Starter> {
    let language = tag.split('-').next().unwrap_or(tag);
    STARTER_TEXT.iter().find(|s| s.language == language)
}

/// Writes the project. In a folder that holds files, only what is missing is written and the
/// rest listed as left alone; a folder that already holds a project is refused. `force` replaces
/// the starter files that are there (a `.gitignore` only gets the lines it lacks).
pub fn init(options: &InitOptions) -> Result<InitReport, Diagnostic> {
    let dir = options.dir;
    check_options(options)?;
    check_folder(dir)?;
    for existing in [PROJECT_FILE, "notices", "locales"] {
        if !options.force && exists(&dir.join(existing)) {
            return Err(Diagnostic::error(format!(
                "`{}` already holds a project ({existing} exists): refusing to overwrite it",
                dir.display()
            ))
            .hint("give `noticegen init` a new or empty folder")
            .note("`noticegen init --force` would replace its starter files (noticegen.yaml, FSN-0001, the profile my-company, the locales' common.ftl) with the starter text"));
        }
    }
    let files = starter_files(options);
    // A file where a folder must be stops init before it writes anything.
    for (path, _) in &files {
        if let Some(file) = path.parent().and_then(fsutil::not_a_folder) {
            return Err(Diagnostic::error(format!(
                "`{}` is a file (or a link to nothing), where `noticegen init` puts a folder",
                file.display()
            ))
            .hint("move it away, or give `noticegen init` another folder; nothing was written"));
        }
    }
    let mut report = InitReport::default();
    for (path, text) in files {
        let action = if path == dir.join(".gitignore") {
            gitignore(&path, options.force)?
        } else {
            write_one(&path, &text, options.force)?
        };
        report.files.push((path, action));
    }
    Ok(report)
}

/// The tags are BCP 47 and have starter text (the source), and `--locale` does not repeat the
/// source.
fn check_options(options: &InitOptions) -> Result<(), Diagnostic> {
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
    let source = options.source_locale;
    if starter(source).is_none() {
        return Err(Diagnostic::error(format!(
            "no starter text in `{source}`: `init` writes it in English (en) or German (de)"
        ))
        .hint(format!(
            "start with `--source-locale en`, then translate; or set `source_locale: {source}` in {PROJECT_FILE} once your text is written"
        )));
    }
    Ok(())
}

/// The project folder is a folder, or missing (then made): not a file, not a link to nothing.
fn check_folder(dir: &Path) -> Result<(), Diagnostic> {
    let Some(file) = fsutil::not_a_folder(dir) else {
        return Ok(());
    };
    let shown = file.display();
    let diagnostic = match std::fs::read_link(file) {
        Ok(target) => Diagnostic::error(format!(
            "`{shown}` is a symbolic link to `{}`, which does not exist: `noticegen init` needs a folder there",
            target.display()
        ))
        .hint("make the folder the link points to, remove the link, or give `noticegen init` another folder"),
        Err(_) if file == dir => Diagnostic::error(format!(
            "`{shown}` is a file, not a folder: `noticegen init` makes a project in a folder"
        ))
        .hint("give `noticegen init` the path of a new or existing folder (it makes a missing one)"),
        Err(_) => Diagnostic::error(format!(
            "`{shown}` is a file, so `{}` cannot be a folder",
            dir.display()
        ))
        .hint("give `noticegen init` a folder under a folder"),
    };
    Err(diagnostic)
}

/// Whether something (a file, folder or link, even a broken one) is at `path`.
fn exists(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

/// Writes a starter file that is missing; one that is there is left alone, or replaced with
/// `force`.
fn write_one(path: &Path, text: &str, force: bool) -> Result<Action, Diagnostic> {
    if !exists(path) {
        fsutil::write_if_changed(path, text.as_bytes())?;
        return Ok(Action::Wrote);
    }
    if std::fs::read(path).is_ok_and(|bytes| bytes == text.as_bytes()) {
        return Ok(Action::Unchanged);
    }
    if !force {
        return Ok(Action::LeftAlone(
            "it is there already; `noticegen init --force` replaces it".to_string(),
        ));
    }
    fsutil::write_if_changed(path, text.as_bytes())?;
    Ok(Action::Replaced)
}

/// The project's `.gitignore`: written when missing; one that is there keeps every line, and
/// gets ours it lacks with `force`.
fn gitignore(path: &Path, force: bool) -> Result<Action, Diagnostic> {
    if !exists(path) {
        let text = format!("{GITIGNORE_COMMENT}\n{}\n", GITIGNORE_LINES.join("\n"));
        fsutil::write_if_changed(path, text.as_bytes())?;
        return Ok(Action::Wrote);
    }
    let existing = match std::fs::read(path).map(String::from_utf8) {
        Ok(Ok(text)) => text,
        _ => {
            return Ok(Action::LeftAlone(
                "it is there, but not a UTF-8 text file init can add to; add the lines `output/`, `.noticegen.lock` and `.noticegen-*` yourself"
                    .to_string(),
            ));
        }
    };
    let missing: Vec<String> = GITIGNORE_LINES
        .iter()
        .filter(|line| !existing.lines().any(|l| l.trim() == **line))
        .map(|line| line.to_string())
        .collect();
    if missing.is_empty() {
        return Ok(Action::Unchanged);
    }
    let listed = missing
        .iter()
        .map(|l| format!("`{l}`"))
        .collect::<Vec<_>>()
        .join(", ");
    if !force {
        return Ok(Action::LeftAlone(format!(
            "it is there and lacks {listed}; `noticegen init --force` adds them (and keeps every line it has)"
        )));
    }
    let mut text = existing;
    if !text.is_empty() && !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(GITIGNORE_COMMENT);
    text.push('\n');
    for line in &missing {
        text.push_str(line);
        text.push('\n');
    }
    fsutil::write_if_changed(path, text.as_bytes())?;
    Ok(Action::Added(missing))
}

/// Every file of the starter project, with its text (the `.gitignore`'s is made by
/// [`gitignore`]).
fn starter_files(options: &InitOptions) -> Vec<(PathBuf, String)> {
    let (dir, source) = (options.dir, options.source_locale);
    let date = CivilDate::from(time::OffsetDateTime::now_utc().date()).iso_text();
    let mut files: Vec<(PathBuf, String)> = vec![
        (
            dir.join(PROJECT_FILE),
            format!(
                "# yaml-language-server: $schema=schema/project.schema.json\n\
                 # The noticegen project file. Notices are written in `{source}` first; every other\n\
                 # locale is translated from it.\nsource_locale: {source}\n"
            ),
        ),
        (dir.join(".gitignore"), String::new()),
        (
            dir.join("notices/manufacturers")
                .join(format!("{STARTER_PROFILE}.yaml")),
            preset(options.regime).profile(include_str!("init/profile.yaml")),
        ),
        (
            dir.join("notices").join(format!("{STARTER_NOTICE}.yaml")),
            preset(options.regime)
                .notice(&include_str!("init/notice.yaml").replace("__DATE__", &date)),
        ),
    ];
    for tag in std::iter::once(source).chain(options.locales.iter().map(String::as_str)) {
        match starter(tag) {
            Some(text) => {
                let folder = dir.join("locales").join(tag);
                files.push((folder.join("common.ftl"), text.common.to_string()));
                files.push((
                    folder.join(format!("{STARTER_NOTICE}.ftl")),
                    preset(options.regime).text(text.notice),
                ));
                files.push((folder.join("_recipients.ftl"), text.recipients.to_string()));
            }
            None => {
                files.push((
                    dir.join("locales").join(tag).join(".gitkeep"),
                    String::new(),
                ));
            }
        }
    }
    files.extend(crate::schema::files(&dir.join("schema")));
    files
}

/// What a regime adds to the starter project so that it meets the regime's rules.
struct Preset {
    /// Lines after the notice's `manufacturer:`.
    notice_keys: &'static str,
    /// Lines after the starter product's lots.
    product_keys: &'static str,
    /// Lines after the profile's address.
    profile_keys: &'static str,
    /// Lines after the notice's `fsca:`.
    fsca_keys: &'static str,
    /// Blocks at the start of the notice's body.
    body_blocks: &'static str,
    /// Messages after the notice's own text.
    text: &'static str,
    /// Starter messages the regime words otherwise: the line as written, and as the regime's.
    rewords: &'static [(&'static str, &'static str)],
    /// Starter notice lines the regime writes otherwise, the same way.
    notice_rewords: &'static [(&'static str, &'static str)],
}

impl Preset {
    fn notice(&self, text: &str) -> String {
        let lots = "      lots: [\"LOT-0001\", \"LOT-0002\"]\n";
        let text = self
            .notice_rewords
            .iter()
            .fold(text.to_string(), |text, (from, to)| {
                text.replacen(from, to, 1)
            });
        text.replacen(
            "manufacturer: my-company\n",
            &format!("manufacturer: my-company\n{}", self.notice_keys),
            1,
        )
        .replacen(lots, &format!("{lots}{}", self.product_keys), 1)
        .replacen("fsca:\n", &format!("fsca:\n{}", self.fsca_keys), 1)
        .replacen("body:\n", &format!("body:\n{}", self.body_blocks), 1)
    }

    /// The starter's text of a language, as the regime words it.
    fn text(&self, starter: &str) -> String {
        let reworded = self
            .rewords
            .iter()
            .fold(starter.to_string(), |text, (from, to)| {
                text.replacen(from, to, 1)
            });
        format!("{reworded}{}", self.text)
    }

    fn profile(&self, text: &str) -> String {
        let address = "  Example City\n";
        text.replacen(address, &format!("{address}{}", self.profile_keys), 1)
    }
}

/// The starter's products table with a UDI-DI column.
const UDI_COLUMN_LINE: (&str, &str) = (
    "    - { field: lots, header: col-lots }\n",
    "    - { field: lots, header: col-lots }\n    - { field: udi, header: col-udi }\n",
);
const UDI_COLUMN: &[(&str, &str)] = &[UDI_COLUMN_LINE];

/// The additions of `regime` (none without one).
fn preset(regime: Option<Regime>) -> &'static Preset {
    match regime {
        None => &NO_REGIME,
        Some(Regime::Fda) => &FDA,
        Some(Regime::Eu) => &EU,
        Some(Regime::Tga) => &TGA,
        Some(Regime::Mhra) => &MHRA,
        Some(Regime::Hc) => &HC,
    }
}

/// No regime: the starter as it is.
const NO_REGIME: Preset = Preset {
    notice_keys: "",
    product_keys: "",
    profile_keys: "",
    fsca_keys: "",
    body_blocks: "",
    text: "",
    rewords: &[],
    notice_rewords: &[],
};

/// 21 CFR 7.49(b): the marking; the starter already identifies its product and has a
/// response form.
const FDA: Preset = Preset {
    notice_keys: "# Held to the FDA's rules (21 CFR 7.49) by `noticegen check`.\n\
                      regime: fda\npaper: us-letter\nmarking: marking-recall\n",
    product_keys: "",
    profile_keys: "",
    fsca_keys: "",
    body_blocks: "",
    text: "\n# The marking 21 CFR 7.49(b) asks for, in bold red at the top of every page.\n\
               marking-recall = URGENT: MEDICAL DEVICE RECALL\n",
    rewords: &[],
    notice_rewords: &[],
};

/// MDR Art. 89(8): the devices' UDIs and the manufacturer's SRN.
const EU: Preset = Preset {
    notice_keys: "# Held to the EU's rules (MDR Art. 89(8)) by `noticegen check`.\n\
                      regime: eu\n",
    product_keys: "      udi: [\"00000000000000\"]   # the device's UDI-DI\n",
    profile_keys: "srn: XX-MF-000000000             # your single registration number\n",
    fsca_keys: "",
    body_blocks: "",
    text: "\ncol-udi = UDI-DI\n",
    rewords: &[],
    notice_rewords: UDI_COLUMN,
};

/// URPTG, sponsor's customer letter: a TGA heading, the TGA recall reference number and
/// the consultation with the TGA; the starter has its acknowledgement form.
const TGA: Preset = Preset {
    notice_keys: "# Held to the TGA's rules (URPTG) by `noticegen check`.\nregime: tga\n",
    product_keys: "",
    profile_keys: "",
    fsca_keys: "  reference: RC-0000-RN-00000-1   # your TGA recall reference number\n",
    body_blocks: "  - strong: tga-reference\n  - paragraph: tga-consultation\n",
    text: "\n# What the TGA asks every sponsor's customer letter to say.\n\
               tga-reference = TGA recall reference number: RC-0000-RN-00000-1\n\
               tga-consultation = Example Company, following consultation with the \
               Therapeutic Goods Administration (TGA), is recalling the product listed below.\n",
    rewords: &[(
        "title-notice = Urgent Field Safety Notice",
        "title-notice = Urgent Medical Device Recall",
    )],
    notice_rewords: &[],
};

/// The MHRA's FSN guidance: the risk as the key element, what the recipient must do
/// (the starter's steps) and, as best practice, the devices' UDIs; the headings are
/// the regime's standard text.
const MHRA: Preset = Preset {
    notice_keys: "# Held to the MHRA's FSN guidance by `noticegen check`.\nregime: mhra\n",
    product_keys: "      udi: [\"00000000000000\"]   # the device's UDI-DI\n",
    profile_keys: "",
    fsca_keys: "",
    body_blocks: "",
    text: "\ncol-udi = UDI-DI\n\
               risk = Say first what the risk to patients and users is, and how likely it is.\n",
    rewords: &[
        ("heading-problem = Description of the problem\n", ""),
        ("heading-actions = Actions to be taken by the user\n", ""),
        (
            "problem = Describe the problem, the hazard and the risk to patients and users here.",
            "problem = Describe the problem and its cause, as far as it is known.",
        ),
    ],
    notice_rewords: &[
        UDI_COLUMN_LINE,
        (
            "  - heading: heading-problem\n",
            "  - heading: mhra-risk\n  - paragraph: risk\n  - heading: mhra-problem\n",
        ),
        (
            "  - heading: heading-actions\n",
            "  - heading: mhra-actions\n",
        ),
    ],
};

/// Health Canada: US Letter paper (the regime's), and the recall heading of the
/// regime's standard text, built in for English and French.
const HC: Preset = Preset {
    notice_keys: "# Laid out for Health Canada: US Letter paper and the regime's headings \
                      in English and French.\nregime: hc\n",
    product_keys: "",
    profile_keys: "",
    fsca_keys: "",
    body_blocks: "",
    text: "",
    rewords: &[
        ("title-notice = Urgent Field Safety Notice\n", ""),
        ("title-notice = Avis de sécurité urgent\n", ""),
    ],
    notice_rewords: &[("titles: [title-notice, ", "titles: [hc-heading-recall, ")],
};
