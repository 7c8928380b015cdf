//! `noticegen check`: validate YAML, templates and every locale without typesetting.
//!
//! Errors: YAML and Fluent syntax, unknown keys, bad values, duplicate IDs, messages a notice
//! names that the source locale lacks, messages a locale lacks that the source has, and any
//! message that fails to format with the notice's arguments. Warnings: messages a locale has
//! that the source locale no longer has (obsolete), and notices a locale has not started (no
//! `<NOTICE>.ftl` at all: the build skips those pairs).

use std::collections::BTreeSet;
use std::path::Path;

use crate::build::localize_pair;
use crate::diag::Diagnostic;
use crate::load::{self, at_value};
use crate::localize::SOURCE_LOCALE;
use crate::render::Templates;

/// Every finding, errors and warnings, in a stable order.
pub fn check(root: &Path) -> Result<Vec<Diagnostic>, Diagnostic> {
    let mut diagnostics = Vec::new();
    let project = load::load_project(root, &mut diagnostics)?;
    if let Err(mut errors) = Templates::load(root) {
        diagnostics.append(&mut errors);
    }
    let Some(source_locale) = project.locales.by_tag.get(SOURCE_LOCALE) else {
        diagnostics.push(Diagnostic::error(format!(
            "no source locale: locales/{SOURCE_LOCALE}/ is missing"
        )));
        return Ok(diagnostics);
    };
    let notice_ids = project.notice_ids();

    // Messages the notices name must exist in the source locale.
    for (id, loaded) in &project.notices {
        for msg in load::message_refs(&loaded.notice) {
            let known = source_locale
                .files_for(id, &notice_ids)
                .any(|f| f.entries.iter().any(|e| e.id == msg.value));
            if !known {
                diagnostics.push(
                    at_value(&loaded.source, msg, format!("message `{}` is not defined in locales/{SOURCE_LOCALE}/", msg.value))
                        .hint(format!("add it to locales/{SOURCE_LOCALE}/{id}.ftl or locales/{SOURCE_LOCALE}/common.ftl")),
                );
            }
        }
    }

    // Each locale against the source, file by file.
    for (tag, locale) in &project.locales.by_tag {
        if tag == SOURCE_LOCALE {
            continue;
        }
        for source_file in &source_locale.files {
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
            let target = Some(target);
            let have: BTreeSet<&str> = target
                .map(|f| f.entries.iter().map(|e| e.id.as_str()).collect())
                .unwrap_or_default();
            for entry in &source_file.entries {
                if !have.contains(entry.id.as_str()) {
                    diagnostics.push(
                        Diagnostic::error(format!("`{}` is missing in {target_path}", entry.id))
                            .at(&source_file.source, entry.span.clone())
                            .note(format!(
                                "defined here in the source locale `{SOURCE_LOCALE}`"
                            )),
                    );
                }
            }
        }
        for file in &locale.files {
            let source_ids: BTreeSet<&str> = source_locale
                .file(&file.stem)
                .map(|f| f.entries.iter().map(|e| e.id.as_str()).collect())
                .unwrap_or_default();
            for entry in &file.entries {
                if !source_ids.contains(entry.id.as_str()) && !entry.id.starts_with("signatory-") {
                    diagnostics.push(
                        Diagnostic::warning(format!(
                            "`{}` is not in locales/{SOURCE_LOCALE}/{}.ftl (obsolete?)",
                            entry.id, file.stem
                        ))
                        .at(&file.source, entry.span.clone()),
                    );
                }
            }
        }
    }

    // Format every message of every notice in every locale, as a build would.
    for (id, loaded) in &project.notices {
        for tag in project.locales.by_tag.keys() {
            let (_, report) = localize_pair(&project, &notice_ids, loaded, tag, false);
            for error in report.errors {
                diagnostics.push(
                    Diagnostic::error(format!("{id}: {error}")).in_file(format!("locales/{tag}")),
                );
            }
            if tag == SOURCE_LOCALE {
                for missing in report.missing {
                    diagnostics.push(
                        Diagnostic::error(format!(
                            "{id}: the template uses `{missing}`, which locales/{SOURCE_LOCALE}/ does not define"
                        ))
                        .in_file(format!("locales/{SOURCE_LOCALE}")),
                    );
                }
            }
        }
    }
    Ok(diagnostics)
}
