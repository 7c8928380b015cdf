//! One job: a notice in one language, from localized view to written PDFs.

use std::num::NonZeroUsize;

use typst::foundations::Datetime;
use typst::layout::PageRanges;

use super::{BuildContext, Job, JobOutcome, cache, emit};
use crate::diag::Diagnostic;
use crate::forms::date::DateFormat;
use crate::forms::{self, PdfMeta};
use crate::identity::LetterId;
use crate::layout::ViewContext;
use crate::load::{LoadedNotice, Project};
use crate::localize::intl::CivilDate;
use crate::localize::{self, LocalizeReport, Localizer, PSEUDO_LOCALE, StandardArgs};
use crate::output::{self, Artifact, ArtifactKind, Skipped};
use crate::recipients::Recipient;
use crate::render::Templates;
use crate::typeset::{Profile, Typesetter};
use typst_layout::PagedDocument;

/// The values every message may use.
pub fn standard_args(
    notice: &LoadedNotice,
    manufacturer: &str,
    langid: &unic_langid::LanguageIdentifier,
) -> StandardArgs {
    let date = notice.notice.date_style.variable(notice.date, langid);
    let mut args = StandardArgs::default();
    for (key, value) in [
        ("notice", notice.id().to_string()),
        (
            "document",
            notice.notice.document_code.clone().unwrap_or_default(),
        ),
        ("version", notice.notice.version.clone().unwrap_or_default()),
        ("date", date),
        ("year", notice.date.year.to_string()),
        ("manufacturer", manufacturer.to_string()),
    ] {
        args.values.insert(key.to_string(), value);
    }
    args
}

/// Whether the locale has begun translating the notice (it has the notice's own `.ftl` file);
/// a pair not started is skipped quietly, a started one is reported with what it lacks.
pub(super) fn translation_started(project: &Project, notice: &str, tag: &str) -> bool {
    project
        .locales
        .by_tag
        .get(project.locales.text_locale(tag))
        .is_some_and(|locale| locale.file(notice).is_some())
}

/// The PDF timestamp: SOURCE_DATE_EPOCH when set (reproducible-builds.org), else the notice
/// date at midnight UTC. Never the clock.
pub(super) fn pdf_timestamp(date: CivilDate) -> Datetime {
    if let Some(epoch) = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok())
    {
        let days = epoch.div_euclid(86_400);
        let secs = epoch.rem_euclid(86_400);
        let CivilDate {
            year: y,
            month: m,
            day: d,
        } = CivilDate::from_days_since_epoch(days);
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

/// What the localize stage makes of one letter.
pub struct Localized {
    /// The layout's view, every message formatted into it.
    pub view: minijinja::Value,
    /// The reply forms' date format (`form-date-format`), when the notice has a form: not
    /// printed, but it checks what recipients type.
    pub date_format: Result<Option<DateFormat>, Diagnostic>,
    /// What the lookups found wanting (missing, fallen back, errors).
    pub report: LocalizeReport,
}

/// The localize stage of one pair (a general copy).
pub fn localize_pair(
    project: &Project,
    loaded: &LoadedNotice,
    tag: &str,
    draft: bool,
) -> Localized {
    localize_letter(project, loaded, tag, draft, None)
}

/// [`localize_pair`] for one recipient's letter: the recipient's values are variables too
/// (`$account`, `$organisation`, `$contact`).
pub fn localize_letter(
    project: &Project,
    loaded: &LoadedNotice,
    tag: &str,
    draft: bool,
    recipient: Option<&Recipient>,
) -> Localized {
    let manufacturer = &project.manufacturers[&loaded.notice.manufacturer.value];
    // The pseudolocale is the source locale's text, transformed.
    let text_tag = project.locales.text_locale(tag);
    let transform =
        (tag == PSEUDO_LOCALE).then_some(localize::pseudolocalize as localize::Transform);
    let locale = &project.locales.by_tag[text_tag];
    let chain = localize::fallback_chain(text_tag, &project.locales, draft);
    let mut args = standard_args(loaded, &manufacturer.name, &locale.langid);
    if let Some(r) = recipient {
        for (key, value) in [
            ("account", &r.account),
            ("organisation", &r.organisation),
            ("contact", &r.contact),
        ] {
            args.values.insert(key.to_string(), value.clone());
        }
    }
    let localizer = Localizer::new(
        &project.locales,
        loaded.id(),
        &chain,
        args,
        loaded.notice.links.clone(),
        transform,
    );
    let cx = ViewContext {
        notice: &loaded.notice,
        date: loaded.date,
        manufacturer,
        localizer: &localizer,
        tag,
        draft,
        recipient,
    };
    let view = loaded.layout.view(&cx, &loaded.layout_keys);
    let date_format = match loaded.notice.forms().next() {
        Some(_) => forms::date::localized(&cx.plain_id("form-date-format"), tag, &project.locales),
        None => Ok(None),
    };
    Localized {
        view,
        date_format,
        report: localizer.into_report(),
    }
}

/// Which letter to lay out: a notice in one language, for one recipient or for everyone.
#[derive(Clone, Copy)]
pub struct Letter<'a> {
    pub loaded: &'a LoadedNotice,
    pub tag: &'a str,
    pub draft: bool,
    pub recipient: Option<&'a Recipient>,
}

/// A letter laid out by the localize, render and typeset stages.
pub struct LaidOut {
    pub document: PagedDocument,
    pub report: LocalizeReport,
    /// The date fields' format, when the notice has a form.
    pub date_format: Option<DateFormat>,
    /// The Typst source, when asked for (`--emit-typst`).
    pub source: Option<String>,
    /// Milliseconds per stage.
    pub stages: Vec<(&'static str, f64)>,
    /// Typst's warnings.
    pub warnings: Vec<Diagnostic>,
}

/// Why a letter was not laid out.
pub enum NotLaidOut {
    /// Messages its locale lacks: the caller skips the pair or fails it.
    Incomplete(Vec<String>),
    Failed(Vec<Diagnostic>),
}

/// Localize -> render -> typeset: the stages a build and a preview share. The typesetter is
/// asked for only when a letter gets that far.
pub fn lay_out<'t>(
    project: &Project,
    templates: &Templates,
    typesetter: impl FnOnce() -> &'t Typesetter,
    letter: Letter,
    keep_source: bool,
) -> Result<LaidOut, NotLaidOut> {
    let Letter {
        loaded,
        tag,
        draft,
        recipient,
    } = letter;
    let mut stages = Vec::new();
    let mut clock = std::time::Instant::now();
    let mut lap = |name: &'static str, since: &mut std::time::Instant| {
        stages.push((name, since.elapsed().as_secs_f64() * 1000.0));
        *since = std::time::Instant::now();
    };

    // localize: every message formatted into the template's view
    let Localized {
        view,
        date_format,
        report,
    } = localize_letter(project, loaded, tag, draft, recipient);
    if !report.errors.is_empty() {
        return Err(NotLaidOut::Failed(
            report
                .errors
                .iter()
                .map(|e| e.diagnostic(&project.locales))
                .collect(),
        ));
    }
    if !report.missing.is_empty() {
        return Err(NotLaidOut::Incomplete(
            report.missing.iter().cloned().collect(),
        ));
    }
    lap("localize", &mut clock);
    let date_format = date_format.map_err(|d| NotLaidOut::Failed(vec![d]))?;

    // render
    let source = templates
        .render(loaded.layout, view)
        .map_err(|d| NotLaidOut::Failed(vec![d]))?;
    lap("render", &mut clock);
    let kept = keep_source.then(|| source.clone());

    // typeset
    let (document, warnings) = typesetter()
        .compile(source, loaded.date)
        .map_err(NotLaidOut::Failed)?;
    lap("typeset", &mut clock);
    Ok(LaidOut {
        document,
        report,
        date_format,
        source: kept,
        stages,
        warnings,
    })
}

/// One notice x locale (x recipient): localize -> render -> typeset -> forms -> write, or reuse
/// the previous outputs when the job's inputs are unchanged.
pub(super) fn run_job(context: &BuildContext, job: &Job) -> JobOutcome {
    let (loaded, tag, recipient) = (job.notice, job.tag.as_str(), job.recipient);
    let id = LetterId::new(loaded.id(), tag, recipient.map(|r| r.account.as_str()));
    let (notice_id, account) = (&id.notice, &id.account);
    let failed = |diagnostics: Vec<Diagnostic>| JobOutcome::Failed {
        id: id.clone(),
        diagnostics,
    };
    let inputs = cache::pair_inputs(context, loaded, tag, recipient);
    if let Some(outcome) = cache::reuse(context, &id, &inputs) {
        return outcome;
    }
    // Who the job is for, in messages: "FSN2024-1562 in `it`" or "... for account A-1 in `it`".
    let subject = match &account {
        Some(a) => format!("{notice_id} for account `{a}` in `{tag}`"),
        None => format!("{notice_id} in `{tag}`"),
    };

    let started = std::time::Instant::now();

    // localize -> render -> typeset
    let laid_out = lay_out(
        context.project,
        context.templates,
        || context.typesetter(),
        Letter {
            loaded,
            tag,
            draft: context.draft,
            recipient,
        },
        context.emit_typst && recipient.is_none(),
    );
    let LaidOut {
        document,
        report,
        date_format,
        source,
        stages: done,
        warnings,
    } = match laid_out {
        Ok(laid_out) => laid_out,
        Err(NotLaidOut::Failed(diagnostics)) => return failed(diagnostics),
        Err(NotLaidOut::Incomplete(missing)) => {
            let reason = format!(
                "incomplete translation: {} message{} missing",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" }
            );
            // A recipient's letter is never sent in another language: always an error.
            if context.explicit || recipient.is_some() {
                let d = Diagnostic::error(format!("{subject}: {reason}: {}", missing.join(", ")))
                    .in_file(format!("locales/{tag}"))
                    .hint("translate them, or build with --draft to fill them from English on a DRAFT-marked PDF");
                return failed(vec![d]);
            }
            return JobOutcome::Skipped {
                skipped: Skipped {
                    id,
                    reason,
                    missing,
                    inputs,
                },
                started: translation_started(context.project, loaded.id(), tag),
            };
        }
    };
    let mut stages: Vec<(&str, f64)> = done;
    let mut lap = |name: &'static str, since: &mut std::time::Instant| {
        stages.push((name, since.elapsed().as_secs_f64() * 1000.0));
        *since = std::time::Instant::now();
    };
    if let Some(source) = &source
        && let Err(d) = emit::write_source(&context.out, notice_id, tag, source)
    {
        return failed(vec![d]);
    }
    let typesetter = context.typesetter();
    let mut clock = std::time::Instant::now();

    // forms: the field boxes the layout reports become AcroForm fields, in every artifact,
    // each exported from this one layout (a reply form's PDF by page range).
    let fields = match forms::locate_fields(&document) {
        Ok(fields) => fields,
        Err(d) => return failed(vec![d]),
    };
    let meta = PdfMeta {
        id: id.clone(),
        generator: format!("noticegen {}", env!("CARGO_PKG_VERSION")),
        token: match (&context.reply_key, &account) {
            (Some(key), Some(account)) => Some(key.sign(notice_id, account, tag, &inputs)),
            _ => None,
        },
        date_format,
        scripts: context.profile == Profile::Screen,
    };
    let timestamp = pdf_timestamp(loaded.date);
    let mut outputs = vec![(ArtifactKind::Notice, None, None, 0, document.pages().len())];
    for (form, first, last) in forms::form_sections(&document) {
        let range = NonZeroUsize::new(first)..=NonZeroUsize::new(last);
        outputs.push((
            ArtifactKind::Form,
            Some(form),
            Some(PageRanges::new(vec![range])),
            first - 1,
            last + 1 - first,
        ));
    }

    // write
    let mut artifacts = Vec::new();
    let mut changed = false;
    for (kind, form, pages, page_offset, page_count) in outputs {
        let path = output::artifact_path(&id, kind, form);
        // The PDF's ID: stable per output path, so identical inputs give identical bytes.
        let ident = format!("noticegen/{path}");
        let pdf = match typesetter.pdf(&document, &ident, timestamp, pages, context.profile) {
            Ok(bytes) => bytes,
            Err(diagnostics) => return failed(diagnostics),
        };
        lap("export", &mut clock);
        let bytes = match context.forms.write(pdf, &fields, page_offset, &meta) {
            Ok(bytes) => bytes,
            Err(d) => return failed(vec![d]),
        };
        lap("forms", &mut clock);
        match output::stage_artifact(&context.out, &path, &bytes) {
            Ok(c) => changed |= c,
            Err(d) => return failed(vec![d]),
        }
        lap("write", &mut clock);
        artifacts.push(Artifact {
            id: id.clone(),
            kind,
            form,
            profile: (context.profile != Profile::Screen)
                .then(|| context.profile.as_str().to_string()),
            path,
            sha256: crate::fingerprint::digest(&bytes),
            bytes: bytes.len() as u64,
            pages: page_count,
            fell_back: report.fell_back.iter().cloned().collect(),
            draft: context.draft,
            inputs: inputs.clone(),
        });
    }
    // Typst memoizes across jobs; keep what the last few jobs used, so a long build's memory
    // stays flat instead of growing with every document.
    typst::comemo::evict(4);
    let stages: Vec<String> = stages
        .iter()
        .map(|(name, ms)| format!("{name} {ms:.1}"))
        .collect();
    tracing::debug!(
        "{subject}: {:.1} ms ({})",
        started.elapsed().as_secs_f64() * 1000.0,
        stages.join(", ")
    );
    JobOutcome::Built {
        artifacts,
        changed,
        warnings,
    }
}
