//! One job: a notice in one language, from its letter's stages to staged PDFs, or the
//! previous build's outputs when its inputs are unchanged.

use typst::foundations::Datetime;

use super::letter::{self, ArtifactPlan, Forms, LaidOut, Letter, NotLaidOut, lay_out};
use super::{BuildContext, Job, JobOutcome, cache, emit};
use crate::diag::Diagnostic;
use crate::epoch::SourceDateEpoch;
use crate::forms::PdfMeta;
use crate::identity::LetterId;
use crate::localize::intl::CivilDate;
use crate::output::{self, Artifact, Skipped};
use crate::typeset::Profile;

/// The PDF timestamp: SOURCE_DATE_EPOCH when set (reproducible-builds.org), else the notice
/// date at midnight UTC. Never the clock.
pub(super) fn pdf_timestamp(date: CivilDate, epoch: Option<SourceDateEpoch>) -> Datetime {
    epoch.map_or_else(
        || {
            Datetime::from_ymd_hms(date.year, date.month, date.day, 0, 0, 0)
                .expect("validated date")
        },
        SourceDateEpoch::datetime,
    )
}

/// One notice x locale (x recipient): the letter's stages, then export and write; or reuse
/// the previous outputs when the job's inputs are unchanged.
pub(super) fn run_job(context: &BuildContext, job: &Job) -> JobOutcome {
    let (loaded, tag, recipient) = (job.notice, job.tag.as_str(), job.recipient);
    let id = LetterId::new(loaded.id(), tag, recipient.map(|r| r.account.as_str()));
    let inputs = match &job.inputs {
        Some(inputs) => inputs.clone(),
        None => cache::pair_inputs(context, loaded, tag, recipient),
    };
    if let Some(outcome) = cache::reuse(context, &id, &inputs) {
        return outcome;
    }
    let started = std::time::Instant::now();
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
    let outcome = match laid_out {
        Ok(laid_out) => write(context, job, &id, &inputs, laid_out),
        Err(NotLaidOut::Failed(diagnostics)) => Err(diagnostics),
        Err(NotLaidOut::Incomplete(missing)) => return incomplete(context, id, inputs, missing),
    };
    match outcome {
        Ok((outcome, stages)) => {
            tracing::debug!(
                "{}: {:.1} ms ({stages})",
                subject(&id),
                started.elapsed().as_secs_f64() * 1000.0,
            );
            outcome
        }
        Err(diagnostics) => JobOutcome::Failed { id, diagnostics },
    }
}

/// Who the job is for, in messages: "FSN2024-1562 in `it`" or "... for account A-1 in `it`".
fn subject(id: &LetterId) -> String {
    let (notice, tag) = (&id.notice, &id.locale);
    match &id.account {
        Some(a) => format!("{notice} for account `{a}` in `{tag}`"),
        None => format!("{notice} in `{tag}`"),
    }
}

/// A letter its locale cannot fill: skipped, or an error when its locale was asked for or it
/// is a recipient's (never sent in another language).
fn incomplete(
    context: &BuildContext,
    id: LetterId,
    inputs: String,
    missing: Vec<String>,
) -> JobOutcome {
    let reason = format!(
        "incomplete translation: {} message{} missing",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" }
    );
    let locales = &context.project.locales;
    // The source text is what every translation starts from: a message missing there is an
    // error of the notice, never a pair to skip.
    if locales.text_locale(&id.locale) == locales.source {
        let d = Diagnostic::error(format!(
            "{}: the source text lacks {} message{}: {}",
            subject(&id),
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            missing.join(", ")
        ))
        .in_file(format!("locales/{}", locales.source))
        .hint(format!(
            "add them to locales/{}/{}.ftl (or a shared file); `noticegen check` shows where each is used",
            locales.source, id.notice
        ));
        return JobOutcome::Failed {
            id,
            diagnostics: vec![d],
        };
    }
    if context.explicit || id.account.is_some() {
        let d = Diagnostic::error(format!(
            "{}: {reason}: {}",
            subject(&id),
            missing.join(", ")
        ))
        .in_file(format!("locales/{}", id.locale))
        .hint(format!(
            "translate them, or build with --draft to fill them from the source locale (`{}`) on a DRAFT-marked PDF",
            locales.source
        ));
        return JobOutcome::Failed {
            id,
            diagnostics: vec![d],
        };
    }
    let started = letter::translation_started(context.project, &id.notice, &id.locale);
    JobOutcome::Skipped {
        skipped: Skipped {
            id,
            reason,
            missing,
            inputs,
        },
        started,
    }
}

/// The forms stage, then every artifact exported, filled and staged; with the stages' times.
fn write(
    context: &BuildContext,
    job: &Job,
    id: &LetterId,
    inputs: &str,
    laid_out: LaidOut,
) -> Result<(JobOutcome, letter::Laps), Vec<Diagnostic>> {
    let LaidOut {
        document,
        report,
        date_format,
        source,
        mut stages,
        warnings,
    } = laid_out;
    if let Some(source) = &source {
        emit::write_source(&context.out, &id.notice, &id.locale, source).map_err(|d| vec![d])?;
    }
    stages.restart();
    let forms = letter::forms(&document).map_err(|d| vec![d])?;
    let meta = PdfMeta {
        id: id.clone(),
        generator: format!("noticegen {}", env!("CARGO_PKG_VERSION")),
        token: match (&context.reply_key, &id.account) {
            (Some(key), Some(account)) => Some(key.sign(&id.notice, account, &id.locale, inputs)),
            _ => None,
        },
        date_format,
        scripts: context.profile == Profile::Screen,
    };
    let written = Written {
        document: &document,
        forms: &forms,
        meta: &meta,
        timestamp: pdf_timestamp(job.notice.date, context.source_date_epoch),
        inputs,
        fell_back: report.fell_back.iter().cloned().collect(),
    };
    let mut pdfs = Vec::new();
    let mut changed = false;
    for plan in &forms.artifacts {
        let (artifact, bytes, new) = written.artifact(context, plan, &mut stages)?;
        changed |= new;
        pdfs.push((artifact, bytes));
    }
    let message = match (context.email, job.recipient) {
        (true, Some(_)) => Some(super::message::stage(context, job, id, inputs, &pdfs)?),
        _ => None,
    };
    let mut artifacts: Vec<Artifact> = pdfs.into_iter().map(|(a, _)| a).collect();
    if let Some((artifact, new)) = message {
        stages.lap("message");
        changed |= new;
        artifacts.push(artifact);
    }
    // Typst memoizes across jobs; keep what the last few jobs used, so a long build's memory
    // stays flat instead of growing with every document.
    typst::comemo::evict(4);
    let outcome = JobOutcome::Built {
        artifacts,
        changed,
        warnings,
    };
    Ok((outcome, stages))
}

/// What every artifact of one letter is made from.
struct Written<'a> {
    document: &'a typst_layout::PagedDocument,
    forms: &'a Forms,
    meta: &'a PdfMeta,
    timestamp: Datetime,
    inputs: &'a str,
    fell_back: Vec<String>,
}

impl Written<'_> {
    /// One artifact exported, its form fields added and staged; its bytes, and whether they
    /// are new.
    fn artifact(
        &self,
        context: &BuildContext,
        plan: &ArtifactPlan,
        stages: &mut letter::Laps,
    ) -> Result<(Artifact, Vec<u8>, bool), Vec<Diagnostic>> {
        let id = &self.meta.id;
        let path = output::artifact_path(id, plan.kind, plan.form);
        // The PDF's ID: stable per output path, so identical inputs give identical bytes.
        let ident = format!("noticegen/{path}");
        let pdf = context.typesetter().pdf(
            self.document,
            &ident,
            self.timestamp,
            plan.pages.clone(),
            context.profile,
        )?;
        stages.lap("export");
        let bytes = context
            .forms
            .write(pdf, &self.forms.fields, plan.page_offset, self.meta)
            .map_err(|d| vec![d])?;
        stages.lap("forms");
        let changed = output::stage_artifact(&context.out, &path, &bytes).map_err(|d| vec![d])?;
        stages.lap("write");
        let artifact = Artifact {
            id: id.clone(),
            kind: plan.kind,
            form: plan.form,
            profile: (context.profile != Profile::Screen)
                .then(|| context.profile.as_str().to_string()),
            path,
            sha256: crate::fingerprint::digest(&bytes),
            bytes: bytes.len() as u64,
            pages: plan.page_count,
            fell_back: self.fell_back.clone(),
            draft: context.draft,
            inputs: self.inputs.to_string(),
            envelope: None,
        };
        Ok((artifact, bytes, changed))
    }
}
