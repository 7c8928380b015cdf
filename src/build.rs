//! `noticegen build`: plan the notice x locale jobs, run them in parallel, write the outputs
//! and the manifest.
//!
//! The pipeline per job reads like the stages it calls:
//! localize -> render (view, template) -> typeset -> export -> write.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::time::Instant;

use rayon::prelude::*;
use std::num::NonZeroUsize;
use typst::foundations::Datetime;
use typst::layout::PageRanges;

use crate::diag::Diagnostic;
use crate::forms::{self, FormWriter, PdfMeta};
use crate::load::{self, LoadedNotice, Project};
use crate::localize::intl::{self, CivilDate};
use crate::localize::{
    self, LocalizeReport, Localizer, PSEUDO_LOCALE, SOURCE_LOCALE, StandardArgs,
};
use crate::notice::DateStyle;
use crate::output::{self, Artifact, ArtifactKind, Manifest, Skipped};
use crate::render::{Templates, ViewBuilder};
use crate::typeset::Typesetter;

/// What to build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// Output folder; relative paths are taken from the project root.
    pub out: PathBuf,
    /// Only these notices (all when empty).
    pub notices: Vec<String>,
    /// Only these locales (all when empty).
    pub locales: Vec<String>,
    /// Fill missing messages from the source locale and mark every page DRAFT.
    pub draft: bool,
    /// Also build the source locale pseudolocalized, as `en-XA`.
    pub pseudo: bool,
    /// Worker threads (rayon); all cores when `None`.
    pub jobs: Option<usize>,
}

/// How one job ended.
#[derive(Debug)]
pub enum JobOutcome {
    Built {
        artifacts: Vec<Artifact>,
        changed: bool,
    },
    Skipped(Skipped),
    Failed {
        notice: String,
        locale: String,
        diagnostics: Vec<Diagnostic>,
    },
}

/// The result of a build: per-job outcomes plus project-level diagnostics.
#[derive(Debug)]
pub struct BuildReport {
    pub outcomes: Vec<JobOutcome>,
    /// Input problems found while loading (notices left out, locale files with errors).
    pub diagnostics: Vec<Diagnostic>,
    pub manifest_path: PathBuf,
    pub seconds: f64,
}

impl BuildReport {
    /// Exit status per DESIGN.md: 0 all good, 1 a job failed or an input had errors.
    pub fn failed(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
            || self
                .outcomes
                .iter()
                .any(|o| matches!(o, JobOutcome::Failed { .. }))
    }
}

/// Everything a job reads, shared across the pool.
struct BuildContext<'a> {
    project: &'a Project,
    notice_ids: BTreeSet<String>,
    templates: &'a Templates,
    typesetter: &'a Typesetter,
    forms: &'a dyn FormWriter,
    out: PathBuf,
    draft: bool,
}

/// A project-level problem: exit status 2.
#[derive(Debug)]
pub struct ProjectError(pub Vec<Diagnostic>);

pub fn build(options: &BuildOptions) -> Result<BuildReport, ProjectError> {
    let started = Instant::now();
    let mut diagnostics = Vec::new();
    let project =
        load::load_project(&options.root, &mut diagnostics).map_err(|d| ProjectError(vec![d]))?;
    let jobs = plan(&project, options, &diagnostics)?;
    let templates = Templates::load(&options.root).map_err(ProjectError)?;
    let typesetter = Typesetter::new(&templates.typst_files);
    let out = if options.out.is_absolute() {
        options.out.clone()
    } else {
        options.root.join(&options.out)
    };
    let context = BuildContext {
        project: &project,
        notice_ids: project.notice_ids(),
        templates: &templates,
        typesetter: &typesetter,
        forms: &forms::acroform::LopdfForms,
        out: out.clone(),
        draft: options.draft,
    };
    // Naming a locale asks for it to be printed: an incomplete pair is then an error. A build
    // limited by notice only skips incomplete pairs, as a full build does.
    let explicit = !options.locales.is_empty();
    let partial = explicit || !options.notices.is_empty();
    let run = || -> Vec<JobOutcome> {
        jobs.par_iter()
            .map(|(notice, tag)| run_job(&context, notice, tag, explicit))
            .collect()
    };
    let outcomes = match options.jobs {
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build()
            .map_err(|e| {
                ProjectError(vec![Diagnostic::error(format!(
                    "cannot start {n} workers: {e}"
                ))])
            })?
            .install(run),
        None => run(),
    };
    write_manifest(&out, &outcomes, &jobs, partial).map_err(|d| ProjectError(vec![d]))?;
    Ok(BuildReport {
        outcomes,
        diagnostics,
        manifest_path: out.join(output::MANIFEST),
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// The validated list of jobs. Naming an unknown notice or locale is a usage error.
fn plan<'p>(
    project: &'p Project,
    options: &BuildOptions,
    diagnostics: &[Diagnostic],
) -> Result<Vec<(&'p LoadedNotice, String)>, ProjectError> {
    let mut errors = Vec::new();
    for id in &options.notices {
        if !project.notices.contains_key(id) {
            let broken = diagnostics.iter().any(|d| {
                d.path()
                    .is_some_and(|p| p.file_stem().and_then(|s| s.to_str()) == Some(id))
            });
            let mut d = Diagnostic::error(format!("no notice `{id}`"));
            d = if broken {
                d.note(format!("notices/{id}.yaml has errors (above)"))
            } else {
                d.hint(format!(
                    "notices found: {}",
                    project
                        .notices
                        .keys()
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            };
            errors.push(d);
        }
    }
    for tag in &options.locales {
        if !project.locales.by_tag.contains_key(tag) {
            errors.push(
                Diagnostic::error(format!("no locale `{tag}` (no folder locales/{tag}/)")).hint(
                    format!(
                        "locales found: {}",
                        project
                            .locales
                            .by_tag
                            .keys()
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ),
            );
        }
    }
    if !errors.is_empty() {
        let mut all = diagnostics.to_vec();
        all.extend(errors);
        return Err(ProjectError(all));
    }
    let mut jobs = Vec::new();
    for (id, notice) in &project.notices {
        if !options.notices.is_empty() && !options.notices.contains(id) {
            continue;
        }
        for tag in project.locales.by_tag.keys() {
            if options.locales.is_empty() || options.locales.contains(tag) {
                jobs.push((notice, tag.clone()));
            }
        }
        if options.pseudo && project.locales.by_tag.contains_key(SOURCE_LOCALE) {
            jobs.push((notice, PSEUDO_LOCALE.to_string()));
        }
    }
    Ok(jobs)
}

/// The values every message may use.
pub fn standard_args(
    notice: &LoadedNotice,
    manufacturer: &str,
    langid: &unic_langid::LanguageIdentifier,
) -> StandardArgs {
    let date = match notice.notice.date_style {
        DateStyle::Long => intl::format_date(notice.date, "long", langid),
        DateStyle::Compact => notice.date.compact(),
    };
    let mut args = StandardArgs::default();
    for (key, value) in [
        ("notice", notice.id().to_string()),
        ("document", notice.notice.document_code.clone()),
        ("date", date),
        ("year", notice.date.year.to_string()),
        ("manufacturer", manufacturer.to_string()),
    ] {
        args.values.insert(key.to_string(), value);
    }
    args
}

/// The PDF timestamp: SOURCE_DATE_EPOCH when set (reproducible-builds.org), else the notice
/// date at midnight UTC. Never the clock.
fn pdf_timestamp(date: CivilDate) -> Datetime {
    if let Some(epoch) = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok())
    {
        let days = epoch.div_euclid(86_400);
        let secs = epoch.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        if let Some(dt) = Datetime::from_ymd_hms(
            y,
            m,
            d,
            (secs / 3600) as u8,
            (secs % 3600 / 60) as u8,
            (secs % 60) as u8,
        ) {
            return dt;
        }
    }
    Datetime::from_ymd_hms(date.year, date.month, date.day, 0, 0, 0).expect("validated date")
}

/// Days since 1970-01-01 -> (year, month, day), proleptic Gregorian (H. Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
    (y, m, d)
}

/// The localize stage of one pair: every message formatted into the template's view, and what
/// the lookups found wanting (missing, fallen back, errors).
pub fn localize_pair(
    project: &Project,
    notice_ids: &BTreeSet<String>,
    loaded: &LoadedNotice,
    tag: &str,
    draft: bool,
) -> (minijinja::Value, LocalizeReport) {
    let manufacturer = &project.manufacturers[&loaded.notice.manufacturer.value];
    // The pseudolocale is the source locale's text, transformed.
    let (text_tag, transform) = if tag == PSEUDO_LOCALE {
        (
            SOURCE_LOCALE,
            Some(localize::pseudolocalize as localize::Transform),
        )
    } else {
        (tag, None)
    };
    let locale = &project.locales.by_tag[text_tag];
    let chain = localize::fallback_chain(text_tag, &project.locales, draft);
    let args = standard_args(loaded, &manufacturer.name, &locale.langid);
    let localizer = Localizer::new(
        &project.locales,
        loaded.id(),
        notice_ids,
        &chain,
        args,
        loaded.notice.links.clone(),
        transform,
    );
    let view = ViewBuilder {
        loaded,
        manufacturer,
        localizer: &localizer,
        tag,
        draft,
    }
    .build();
    (view, localizer.report())
}

fn run_job(context: &BuildContext, loaded: &LoadedNotice, tag: &str, explicit: bool) -> JobOutcome {
    let notice_id = loaded.id().to_string();
    let failed = |diagnostics: Vec<Diagnostic>| JobOutcome::Failed {
        notice: notice_id.clone(),
        locale: tag.to_string(),
        diagnostics,
    };
    let project = context.project;

    let (view, report) = localize_pair(project, &context.notice_ids, loaded, tag, context.draft);
    if !report.errors.is_empty() {
        let dir = format!("locales/{tag}");
        return failed(
            report
                .errors
                .iter()
                .map(|e| Diagnostic::error(e.clone()).in_file(&dir))
                .collect(),
        );
    }
    if !report.missing.is_empty() {
        let missing: Vec<String> = report.missing.iter().cloned().collect();
        let reason = format!(
            "incomplete translation: {} message{} missing",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        );
        if explicit {
            let d = Diagnostic::error(format!(
                "{notice_id} in `{tag}`: {reason}: {}",
                missing.join(", ")
            ))
            .in_file(format!("locales/{tag}"))
            .hint("translate them, or build with --draft to fill them from English on a DRAFT-marked PDF");
            return failed(vec![d]);
        }
        return JobOutcome::Skipped(Skipped {
            notice: notice_id,
            locale: tag.to_string(),
            reason,
            missing,
        });
    }
    let source = match context.templates.render(view) {
        Ok(source) => source,
        Err(d) => return failed(vec![d]),
    };

    // typeset + export
    let document = match context.typesetter.compile(source, loaded.date) {
        Ok(document) => document,
        Err(diagnostics) => return failed(diagnostics),
    };
    // forms: the field boxes the layout reports become AcroForm fields, in both artifacts,
    // which are exported from this one layout (the form PDF by page range).
    let fields = match forms::locate_fields(&document) {
        Ok(fields) => fields,
        Err(message) => return failed(vec![Diagnostic::error(format!("form fields: {message}"))]),
    };
    let meta = PdfMeta {
        notice: notice_id.clone(),
        locale: tag.to_string(),
        generator: format!("noticegen {}", env!("CARGO_PKG_VERSION")),
    };
    let timestamp = pdf_timestamp(loaded.date);
    let mut outputs = vec![(ArtifactKind::Notice, None, 0, document.pages().len())];
    if let Some((first, last)) = forms::form_pages(&document) {
        let range = NonZeroUsize::new(first)..=NonZeroUsize::new(last);
        outputs.push((
            ArtifactKind::Form,
            Some(PageRanges::new(vec![range])),
            first - 1,
            last + 1 - first,
        ));
    }
    let mut artifacts = Vec::new();
    let mut changed = false;
    for (kind, pages, page_offset, page_count) in outputs {
        let ident = match kind {
            ArtifactKind::Notice => format!("noticegen/{notice_id}/{tag}"),
            ArtifactKind::Form => format!("noticegen/{notice_id}/{tag}/form"),
        };
        let pdf = match context.typesetter.pdf(&document, &ident, timestamp, pages) {
            Ok(bytes) => bytes,
            Err(diagnostics) => return failed(diagnostics),
        };
        let bytes = match context.forms.write(pdf, &fields, page_offset, &meta) {
            Ok(bytes) => bytes,
            Err(message) => {
                return failed(vec![Diagnostic::error(format!("form fields: {message}"))]);
            }
        };
        let path = output::artifact_path(&notice_id, tag, kind);
        match output::write_artifact(&context.out, &path, &bytes) {
            Ok(c) => changed |= c,
            Err(d) => return failed(vec![d]),
        }
        artifacts.push(Artifact {
            notice: notice_id.clone(),
            locale: tag.to_string(),
            kind,
            path,
            sha256: output::sha256_hex(&bytes),
            pages: page_count,
            fell_back: report.fell_back.iter().cloned().collect(),
            draft: context.draft,
        });
    }
    JobOutcome::Built { artifacts, changed }
}

/// The manifest lists this build's artifacts and skips; a build limited by `--notice` or
/// `--locale` keeps the earlier entries of the pairs it did not touch.
fn write_manifest(
    out: &std::path::Path,
    outcomes: &[JobOutcome],
    jobs: &[(&LoadedNotice, String)],
    partial: bool,
) -> Result<(), Diagnostic> {
    let mut manifest = Manifest::new();
    if partial && let Some(previous) = Manifest::read(out) {
        let planned: BTreeSet<(String, String)> = jobs
            .iter()
            .map(|(n, t)| (n.id().to_string(), t.clone()))
            .collect();
        let keep = |notice: &str, locale: &str| {
            !planned.contains(&(notice.to_string(), locale.to_string()))
        };
        manifest.artifacts.extend(
            previous
                .artifacts
                .into_iter()
                .filter(|a| keep(&a.notice, &a.locale) && out.join(&a.path).is_file()),
        );
        manifest.skipped.extend(
            previous
                .skipped
                .into_iter()
                .filter(|s| keep(&s.notice, &s.locale)),
        );
    }
    for outcome in outcomes {
        match outcome {
            JobOutcome::Built { artifacts, .. } => {
                manifest.artifacts.extend(artifacts.iter().cloned())
            }
            JobOutcome::Skipped(skipped) => manifest.skipped.push(skipped.clone()),
            JobOutcome::Failed { .. } => {}
        }
    }
    manifest.sort();
    manifest.write(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_days_to_civil_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_851), (2024, 5, 8));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }
}
