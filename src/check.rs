//! `noticegen check`: validate YAML, templates and every locale without typesetting.
//!
//! Errors (exit status 1):
//! - YAML: syntax, unknown keys, wrong types, bad values, messages a notice names that the
//!   source locale `en` lacks;
//! - Fluent: syntax, duplicate IDs, references to unknown messages or terms, variables a
//!   translation uses that its English does not pass, plural selects that lack a category the
//!   language needs (ICU4X), messages and attributes a started translation lacks, translations
//!   whose English changed since they were reviewed (stale), and any message that fails to
//!   format with the notice's arguments.
//!
//! Warnings: messages and attributes the English no longer has (obsolete), variables of the
//! English a translation drops, plural categories the language does not use, and notices a
//! locale has not started (no `<NOTICE>.ftl`: the build skips those pairs).

use std::collections::BTreeSet;
use std::path::Path;

use crate::diag::{Diagnostic, ProjectError};
use crate::load::{self, Project};
use crate::localize::Locale;
use crate::localize::intl::plural_categories;
use crate::localize::resources::{EntryInfo, FtlFile, is_shared};
use crate::pipeline::letter::{self, Letter, Localized};
use crate::pipeline::message::Wanting;
use crate::recipients::RecipientList;
use crate::render::Templates;
use crate::review::{self, ReviewRecord};
use crate::yaml::at_value;

/// Variables every message receives (see docs/src/notice-format.md).
const STANDARD_VARIABLES: [&str; 7] = [
    "notice",
    "document",
    "date",
    "year",
    "manufacturer",
    "page",
    "pages",
];

/// Every finding, errors and warnings, in a stable order.
pub fn check(root: &Path) -> Result<Vec<Diagnostic>, ProjectError> {
    let mut diagnostics = Vec::new();
    let project = load::load_project(root)?.into_value(&mut diagnostics);
    diagnostics.extend(check_project(&project));
    Ok(diagnostics)
}

/// `check --recipients FILE.csv`: the project's findings, then the recipients file's (its rows,
/// and whether every account's letter can be made in its language), from one load. With
/// `email`, also what `build --email` needs: each account's address, the profile's sender and
/// the message's words in each account's language.
pub fn check_with_recipients(
    root: &Path,
    recipients: &Path,
    notice: Option<&str>,
    email: bool,
) -> Result<Vec<Diagnostic>, ProjectError> {
    let mut diagnostics = Vec::new();
    let mut project = load::load_project(root)?.into_value(&mut diagnostics);
    if email {
        project
            .locales
            .add_standard_text(crate::mail::text::STANDARD_TEXT);
    }
    diagnostics.extend(check_project(&project));
    if let Some(id) = notice
        && !project.notices.contains_key(id)
    {
        diagnostics.push(Diagnostic::error(format!("no notice `{id}`")));
        return Ok(diagnostics);
    }
    match crate::recipients::load(recipients, &project, notice) {
        Ok(list) => {
            diagnostics.extend(check_letters(&list, &project));
            if email {
                diagnostics.extend(check_messages(&list, &project));
            }
        }
        Err(errors) => diagnostics.extend(errors),
    }
    Ok(diagnostics)
}

/// What each account's e-mail needs: an address, a sender, its words in its language.
fn check_messages(list: &RecipientList, project: &Project) -> Vec<Diagnostic> {
    let mut diagnostics = crate::recipients::email_problems(list, project);
    for r in &list.recipients {
        let letter = Letter {
            recipient: Some(r),
            ..Letter::general(&project.notices[&r.notice], &r.locale, false)
        };
        let at = |d: Diagnostic| d.at_line_col(&list.source, r.line, 1, 0);
        match crate::pipeline::message::words(project, letter, &[]) {
            Ok(_) => {}
            Err(Wanting::Missing(missing)) => diagnostics.push(at(Diagnostic::error(format!(
                "account `{}`: the e-mail's text of {} in `{}` lacks {}",
                r.account,
                r.notice,
                r.locale,
                missing.join(", ")
            ))
            .hint(format!(
                "add them to locales/{}/{}.ftl (`{}` says what the account must do)",
                r.locale,
                r.notice,
                crate::mail::text::SUMMARY
            )))),
            Err(Wanting::Broken(errors)) => diagnostics.extend(errors),
        }
    }
    diagnostics
}

/// The findings in a loaded project, after those its loading made.
fn check_project(project: &Project) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    if let Err(errors) = Templates::load(&project.root) {
        diagnostics.extend(errors);
    }
    let source = project
        .locales
        .source_locale()
        .expect("load_project refuses a project without its source locale");
    diagnostics.extend(check_notice_messages(project, source));
    diagnostics.extend(check_profile_messages(project, source));
    // A notice that failed to load still owns its files: its errors are reported already.
    let mut notice_ids = project.notice_ids();
    notice_ids.extend(project.broken_notices.iter().cloned());
    for locale in project.locales.by_tag.values() {
        diagnostics.extend(check_unused_files(locale, &notice_ids));
        diagnostics.extend(check_references(locale));
        diagnostics.extend(check_plurals(locale));
        if locale.tag != source.tag {
            diagnostics.extend(check_against_source(locale, source));
            match ReviewRecord::load(&project.root, &locale.tag) {
                Ok(record) => diagnostics.extend(check_stale(&record, source, locale)),
                Err(d) => diagnostics.push(d),
            }
        }
    }
    diagnostics.extend(check_formatting(project));
    diagnostics.extend(crate::regime::check(project));
    diagnostics
}

/// Messages the notices name must exist in the source locale.
fn check_notice_messages(project: &Project, source: &Locale) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for (id, loaded) in &project.notices {
        for msg in loaded.message_refs() {
            let known = source
                .files_for(id)
                .any(|f| f.entries.iter().any(|e| e.id == msg.value));
            if !known {
                diagnostics.push(
                    at_value(
                        &loaded.source,
                        msg,
                        format!(
                            "message `{}` is not defined in locales/{}/",
                            msg.value, source.tag
                        ),
                    )
                    .hint(format!(
                        "add it to locales/{0}/{id}.ftl or locales/{0}/common.ftl",
                        source.tag
                    )),
                );
            }
        }
    }
    diagnostics
}

/// A notice file whose notice does not exist is used by nothing (a removed or renamed notice).
fn check_unused_files(locale: &Locale, notice_ids: &BTreeSet<String>) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for file in &locale.files {
        if !is_shared(&file.stem) && !notice_ids.contains(&file.stem) {
            diagnostics.push(
                Diagnostic::warning(format!(
                    "no notice `{}`: this file is used by nothing (shared text goes in common.ftl or _NAME.ftl)",
                    file.stem
                ))
                .in_file(file.source.path.clone()),
            );
        }
    }
    diagnostics
}

/// References must resolve among the files a message is formatted with: the shared files and,
/// for a notice file, that notice's own file.
fn check_references(locale: &Locale) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for file in &locale.files {
        let scope: Vec<&FtlFile> = locale.files_for(&file.stem).collect();
        let defined = |reference: &str| -> bool {
            let (id, attribute) = match reference.split_once('.') {
                Some((id, a)) => (id, Some(a)),
                None => (reference, None),
            };
            scope.iter().any(|f| {
                f.entries.iter().any(|e| {
                    e.id == id
                        && attribute.is_none_or(|a| e.facts.attributes.iter().any(|x| x == a))
                })
            })
        };
        for entry in &file.entries {
            for (reference, span) in &entry.facts.references {
                if !defined(reference) {
                    let kind = if reference.starts_with('-') {
                        "term"
                    } else {
                        "message"
                    };
                    diagnostics.push(
                        Diagnostic::error(format!(
                            "`{}` refers to the unknown {kind} `{reference}`",
                            entry.id
                        ))
                        .at(&file.source, span.clone()),
                    );
                }
            }
        }
    }
    diagnostics
}

/// Plural selects must have every category the language distinguishes (ICU4X CLDR rules).
fn check_plurals(locale: &Locale) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let needed = plural_categories(&locale.langid);
    for file in &locale.files {
        for entry in &file.entries {
            for (keys, span) in &entry.facts.plural_selects {
                let missing: Vec<&str> = needed
                    .iter()
                    .copied()
                    .filter(|c| !keys.contains(*c))
                    .collect();
                if !missing.is_empty() {
                    diagnostics.push(
                        Diagnostic::error(format!(
                            "`{}`: the plural select lacks {} for `{}`",
                            entry.id,
                            missing
                                .iter()
                                .map(|c| format!("[{c}]"))
                                .collect::<Vec<_>>()
                                .join(", "),
                            locale.tag
                        ))
                        .at(&file.source, span.clone())
                        .note(format!(
                            "`{}` distinguishes {}",
                            locale.tag,
                            needed.join(", ")
                        )),
                    );
                }
                let unused: Vec<&String> = keys
                    .iter()
                    .filter(|k| !needed.contains(&k.as_str()))
                    .collect();
                if !unused.is_empty() {
                    diagnostics.push(
                        Diagnostic::warning(format!(
                            "`{}`: `{}` never selects {}",
                            entry.id,
                            locale.tag,
                            unused
                                .iter()
                                .map(|c| format!("[{c}]"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ))
                        .at(&file.source, span.clone()),
                    );
                }
            }
        }
    }
    diagnostics
}

/// A started translation against the source, file by file: missing and obsolete messages and
/// attributes, and variables.
fn check_against_source(locale: &Locale, source: &Locale) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let tag = &locale.tag;
    for source_file in &source.files {
        let target_path = format!("locales/{tag}/{}.ftl", source_file.stem);
        let Some(target) = locale.file(&source_file.stem) else {
            // Not started is not broken: one note, and the build skips the pair.
            diagnostics.push(
                Diagnostic::warning(format!(
                    "not started: no translation of `{}` into `{tag}` ({} messages)",
                    source_file.stem,
                    source_file.entries.len()
                ))
                .in_file(&target_path),
            );
            continue;
        };
        let translated: std::collections::HashMap<&str, &EntryInfo> =
            target.entries.iter().map(|e| (e.id.as_str(), e)).collect();
        for entry in &source_file.entries {
            match translated.get(entry.id.as_str()).copied() {
                None => diagnostics.push(
                    Diagnostic::error(format!("`{}` is missing in {target_path}", entry.id))
                        .at(&source_file.source, entry.span.clone())
                        .note(format!(
                            "defined here in the source locale `{}`",
                            source.tag
                        )),
                ),
                Some(translated) => diagnostics.extend(compare_entry(entry, translated, target)),
            }
        }
    }
    for file in &locale.files {
        let Some(source_file) = source.file(&file.stem) else {
            diagnostics.push(
                Diagnostic::warning(format!(
                    "locales/{}/{}.ftl does not exist: the {} messages of this file are not in the source locale",
                    source.tag,
                    file.stem,
                    file.entries.len()
                ))
                .in_file(file.source.path.clone()),
            );
            continue;
        };
        let source_ids: std::collections::HashSet<&str> =
            source_file.entries.iter().map(|e| e.id.as_str()).collect();
        for entry in &file.entries {
            if source_ids.contains(entry.id.as_str()) {
                continue;
            }
            // `signatory-*` messages are optional per-language overrides of names in the YAML.
            let message = if entry.id.starts_with("signatory-") {
                format!(
                    "`{}` is not in the source locale: it overrides a signatory's printed name in `{tag}` only",
                    entry.id
                )
            } else {
                format!(
                    "`{}` is not in locales/{}/{}.ftl (obsolete?)",
                    entry.id, source.tag, file.stem
                )
            };
            diagnostics.push(Diagnostic::warning(message).at(&file.source, entry.span.clone()));
        }
    }
    diagnostics
}

fn compare_entry(source: &EntryInfo, translated: &EntryInfo, file: &FtlFile) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let at = |d: Diagnostic| d.at(&file.source, translated.span.clone());
    for attribute in &source.facts.attributes {
        if !translated.facts.attributes.contains(attribute) {
            diagnostics.push(at(Diagnostic::error(format!(
                "`{}` lacks the attribute `.{attribute}`",
                translated.id
            ))));
        }
    }
    for attribute in &translated.facts.attributes {
        if !source.facts.attributes.contains(attribute) {
            diagnostics.push(at(Diagnostic::warning(format!(
                "`{}.{attribute}` is not in the English (obsolete?)",
                translated.id
            ))));
        }
    }
    for variable in translated
        .facts
        .variables
        .difference(&source.facts.variables)
    {
        let d = if STANDARD_VARIABLES.contains(&variable.as_str()) {
            Diagnostic::warning(format!(
                "`{}` uses `${variable}`, which its English does not",
                translated.id
            ))
        } else {
            Diagnostic::error(format!(
                "`{}` uses `${variable}`, which its English does not pass",
                translated.id
            ))
            .hint(format!(
                "the English uses: {}",
                list_vars(&source.facts.variables)
            ))
        };
        diagnostics.push(at(d));
    }
    for variable in source
        .facts
        .variables
        .difference(&translated.facts.variables)
    {
        diagnostics.push(at(Diagnostic::warning(format!(
            "`{}` drops `${variable}`, which its English uses",
            translated.id
        ))));
    }
    diagnostics
}

fn list_vars(vars: &BTreeSet<String>) -> String {
    if vars.is_empty() {
        "no variables".into()
    } else {
        vars.iter()
            .map(|v| format!("${v}"))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn check_stale(record: &ReviewRecord, source: &Locale, locale: &Locale) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for stale in review::stale(record, source, locale) {
        let Some(file) = locale.file(&stale.stem) else {
            continue;
        };
        let Some(entry) = file.entries.iter().find(|e| e.id == stale.id) else {
            continue;
        };
        diagnostics.push(
            Diagnostic::error(format!(
                "`{}` is stale: its English changed after it was reviewed",
                stale.id
            ))
            .at(&file.source, entry.span.clone())
            .note(format!("English then: {}", stale.reviewed_english))
            .note(format!("English now:  {}", stale.current_english))
            .hint(format!(
                "update the translation, then `noticegen locale mark-reviewed {} {}`",
                locale.tag, stale.id
            )),
        );
    }
    diagnostics
}

/// Format every message of every notice in every locale, as a build would.
fn check_formatting(project: &Project) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let mut date_formats_checked = BTreeSet::new();
    for (id, loaded) in &project.notices {
        for tag in project.locales.by_tag.keys() {
            let Localized {
                date_format,
                report,
                ..
            } = letter::localize(project, Letter::general(loaded, tag, false));
            // The date fields' format is not printed, but it must be one (once per locale).
            if let Err(d) = date_format
                && report.missing.is_empty()
                && date_formats_checked.insert(tag.clone())
            {
                diagnostics.push(d);
            }
            for error in report.errors {
                let mut d = error.diagnostic(&project.locales);
                d.message = format!("{id}: {}", d.message);
                diagnostics.push(d);
            }
            if *tag == project.locales.source {
                // A profile's own messages are reported at the profile's lines.
                let profile = project.manufacturers.get(&loaded.notice.manufacturer.value);
                let profile_refs: BTreeSet<&str> = profile
                    .iter()
                    .flat_map(|p| p.message_refs())
                    .map(|m| m.value.as_str())
                    .collect();
                for missing in report.missing {
                    if !profile_refs.contains(missing.as_str()) {
                        diagnostics.push(missing_in_source(id, tag, &missing));
                    }
                }
            }
        }
    }
    diagnostics
}

/// Messages a profile names must exist in the source locale for every notice that uses it,
/// each reported once, at the profile's line.
fn check_profile_messages(project: &Project, source: &Locale) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let mut reported = BTreeSet::new();
    for (id, loaded) in &project.notices {
        let name = &loaded.notice.manufacturer.value;
        let Some(profile) = project.manufacturers.get(name) else {
            continue;
        };
        let Some(profile_source) = &profile.source else {
            continue;
        };
        for msg in profile.message_refs() {
            let known = source
                .files_for(id)
                .any(|f| f.entries.iter().any(|e| e.id == msg.value));
            if known || !reported.insert((name.clone(), msg.value.clone())) {
                continue;
            }
            let message = format!(
                "the profile's message `{}` is not defined in locales/{}/",
                msg.value, source.tag
            );
            diagnostics.push(
                at_value(profile_source, msg, message)
                    .note(format!("notice `{id}` uses this profile"))
                    .hint(format!(
                        "add it to locales/{}/common.ftl: a profile's text serves every notice",
                        source.tag
                    )),
            );
        }
    }
    diagnostics
}

/// A message the layout prints that the source locale lacks; for a layout's standard text,
/// which locales it is built in for and where this locale's goes.
fn missing_in_source(notice: &str, tag: &str, missing: &str) -> Diagnostic {
    let d = Diagnostic::error(format!(
        "{notice}: the template uses `{missing}`, which locales/{tag}/ does not define"
    ))
    .in_file(format!("locales/{tag}"));
    match crate::layout::standard_text_of(missing) {
        Some(standard) => d
            .note(format!(
                "`{missing}` is the standard text of {}, built in for: {}",
                standard.owner(),
                standard.tags()
            ))
            .hint(format!(
                "write this locale's in locales/{tag}/{}.ftl",
                standard.stem()
            )),
        None => d.hint(format!(
            "define it in locales/{tag}/common.ftl or the notice's own file"
        )),
    }
}

/// Every recipient's letter can be made: its translation is complete and formats, as a build
/// would find it (without typesetting). Findings point at the account's first CSV line.
fn check_letters(list: &RecipientList, project: &Project) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for r in &list.recipients {
        let loaded = &project.notices[&r.notice];
        let letter = Letter {
            recipient: Some(r),
            ..Letter::general(loaded, &r.locale, false)
        };
        let report = letter::localize(project, letter).report;
        let at = |d: Diagnostic| d.at_line_col(&list.source, r.line, 1, 0);
        if !report.missing.is_empty() {
            let missing: Vec<&str> = report.missing.iter().map(String::as_str).collect();
            diagnostics.push(at(Diagnostic::error(format!(
                "account `{}`: {} in `{}` is incomplete: {} message{} missing: {}",
                r.account,
                r.notice,
                r.locale,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                missing.join(", ")
            ))
            .note("the build makes no letter for it: never one in another language")));
        }
        for error in report.errors {
            diagnostics.push(at(Diagnostic::error(format!(
                "account `{}`: {error}",
                r.account
            ))));
        }
    }
    diagnostics
}
