//! The pipeline: one letter's stages ([`letter`]: localize -> view -> render -> typeset ->
//! forms), which every command runs as far as it needs, and the build that plans the notice x
//! locale jobs, runs them in parallel, writes the outputs and the manifest.

mod cache;
mod commit;
mod emit;
mod job;
pub mod letter;
pub mod message;
pub mod report;
mod retain;
pub mod shard;

use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Instant;

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::diag::{Diagnostic, Loaded, ProjectError};
use crate::epoch::SourceDateEpoch;
use crate::forms::token::ReplyKey;
use crate::forms::{self, FormWriter};
use crate::identity::LetterId;
use crate::load::{self, LoadedNotice, Project};
use crate::localize::PSEUDO_LOCALE;
use crate::lock::ProjectLock;
use crate::output::{self, Artifact, Manifest, Skipped};
use crate::recipients::{self, Recipient};
use crate::render::Templates;
use crate::typeset::{Profile, Typesetter};

pub use retain::{Kept, Removed};

/// What to build: filled by the command line (`noticegen build`'s options are these fields,
/// their docs its help), then what the environment adds.
#[derive(Debug, Clone, clap::Args)]
pub struct BuildOptions {
    /// The project folder (holding notices/ and locales/).
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub root: PathBuf,
    /// Build only this notice (repeatable). Incomplete translations are skipped and listed.
    #[arg(long = "notice", value_name = "ID")]
    pub notices: Vec<String>,
    /// Build only this locale (repeatable), e.g. `lv` or `pt-BR`. A notice whose translation
    /// into a named locale is incomplete is an error (exit 1), not a skip.
    #[arg(long = "locale", value_name = "TAG")]
    pub locales: Vec<String>,
    /// Output folder, relative to the project root.
    #[arg(long, value_name = "DIR", default_value = "output")]
    pub out: PathBuf,
    /// Fill missing messages from the source locale (the project's `source_locale`) and mark
    /// every page DRAFT (never for release).
    #[arg(long)]
    pub draft: bool,
    /// Also build the source locale pseudolocalized as `en-XA` (accented, ~40% longer), to find
    /// text that overflows its box before real translations arrive.
    #[arg(long)]
    pub pseudo: bool,
    /// Re-typeset every pair, even those whose inputs did not change since the last build.
    #[arg(long)]
    pub force: bool,
    /// Also write each generated Typst source next to its PDF, with style.typ and the fonts in
    /// the output folder, so plain typst-cli can typeset it:
    /// `typst compile --root OUT --font-path OUT/fonts --ignore-system-fonts FILE.typ`.
    #[arg(long)]
    pub emit_typst: bool,
    /// Number of parallel jobs (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Build one letter and reply form per recipient of FILE.csv, in the recipient's language,
    /// with its organisation, account and devices printed and prefilled in the form, into
    /// OUT/<NOTICE>/recipients/<account>/. Columns: account, organisation, address, contact,
    /// locale; optional notice, role, department, email, phone, product, lots, serials, quantity
    /// (one row per account and product). A recipient whose translation is incomplete is an
    /// error, never a letter in English.
    #[arg(long, value_name = "FILE.csv")]
    pub recipients: Option<PathBuf>,
    /// With --recipients: also make each account's e-mail, OUT/<NOTICE>/recipients/<account>/
    /// <NOTICE>-<account>-<tag>.eml, its letter and reply form attached, in its language (the
    /// CSV's `email` column; the profile's `email: { from, reply_to, cc }`; the notice's
    /// message `email-summary`). `noticegen mail send` sends them.
    #[arg(long, requires = "recipients")]
    pub email: bool,
    /// Build only shard I of N (`2/4`) of the planned jobs, dealt out by expected cost, into
    /// this output folder; `noticegen manifest merge` joins the N folders into one, the same
    /// as a single build. `auto` reads GitLab's CI_NODE_INDEX/CI_NODE_TOTAL or a Kubernetes
    /// Indexed Job's JOB_COMPLETION_INDEX with NOTICEGEN_SHARD_TOTAL.
    #[arg(long, value_name = "I/N|auto", value_parser = shard::ShardSpec::parse)]
    pub shard: Option<shard::ShardSpec>,
    /// What the PDFs are for.
    #[arg(long, value_enum, default_value = "screen")]
    pub profile: Profile,
    /// `SOURCE_DATE_EPOCH`: the PDFs' date instead of the notice date.
    #[arg(skip)]
    pub source_date_epoch: Option<SourceDateEpoch>,
    /// Signs per-recipient letters' reply tokens (read only for `recipients`).
    #[arg(skip)]
    pub reply_key: Option<ReplyKey>,
}

/// One job: a notice in one language, for one recipient or for everyone.
#[derive(Debug)]
pub struct Job<'p> {
    pub notice: &'p LoadedNotice,
    pub tag: String,
    pub recipient: Option<&'p Recipient>,
    /// The fingerprint of its inputs, when the build already made it (a shard's plan).
    pub inputs: Option<String>,
}

/// How one job ended.
#[derive(Debug)]
pub enum JobOutcome {
    Built {
        artifacts: Vec<Artifact>,
        changed: bool,
        /// Typst's warnings (none for a pair reused from the previous build).
        warnings: Vec<Diagnostic>,
    },
    /// Incomplete: not printed (`started`: the locale has begun translating the notice).
    Skipped { skipped: Skipped, started: bool },
    Failed {
        id: LetterId,
        diagnostics: Vec<Diagnostic>,
    },
}

/// The result of a build: per-job outcomes plus project-level diagnostics.
#[derive(Debug)]
pub struct BuildReport {
    pub outcomes: Vec<JobOutcome>,
    /// Input problems found while loading (notices left out, locale files with errors).
    pub diagnostics: Vec<Diagnostic>,
    /// Earlier outputs this build would have replaced but kept, because of an input error.
    pub kept: Vec<Kept>,
    /// Earlier outputs deleted by this build (their notice, locale or account is gone).
    pub removed: Vec<Removed>,
    pub manifest_path: PathBuf,
    pub seconds: f64,
}

impl BuildReport {
    /// "3 built, 5 unchanged, 2 skipped, 0 failed in 0.15s" (pairs, not files).
    pub fn summary(&self) -> String {
        let (mut built, mut unchanged, mut skipped, mut failed) = (0, 0, 0, 0);
        for outcome in &self.outcomes {
            match outcome {
                JobOutcome::Built { changed: true, .. } => built += 1,
                JobOutcome::Built { changed: false, .. } => unchanged += 1,
                JobOutcome::Skipped { .. } => skipped += 1,
                JobOutcome::Failed { .. } => failed += 1,
            }
        }
        format!(
            "{built} built, {unchanged} unchanged, {skipped} skipped, {failed} failed in {:.2}s",
            self.seconds
        )
    }

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
    templates: &'a Templates,
    /// Fonts and library, loaded on first use: a build that reuses every pair needs none.
    typesetter: OnceLock<Typesetter>,
    forms: &'a dyn FormWriter,
    previous: cache::Previous,
    out: PathBuf,
    draft: bool,
    force: bool,
    emit_typst: bool,
    profile: Profile,
    /// Locales were named: an incomplete pair is an error, not a skip.
    explicit: bool,
    /// Signs per-recipient letters' reply tokens, when configured.
    reply_key: Option<ReplyKey>,
    /// Each recipient's letter gets its e-mail (`--email`).
    email: bool,
    source_date_epoch: Option<SourceDateEpoch>,
}

impl BuildContext<'_> {
    fn typesetter(&self) -> &Typesetter {
        self.typesetter
            .get_or_init(|| Typesetter::new(&self.templates.typst_files, &self.project.assets()))
    }
}

/// Hears about a build as it goes (a progress bar on a terminal).
pub trait Progress: Sync {
    /// The number of jobs planned.
    fn start(&self, _jobs: usize) {}
    /// One job ended.
    fn finished(&self, _outcome: &JobOutcome) {}
}

/// No progress reports.
pub struct Quiet;

impl Progress for Quiet {}

/// Builds the planned pairs in parallel.
pub fn build(options: &BuildOptions, progress: &dyn Progress) -> Result<BuildReport, ProjectError> {
    let started = Instant::now();
    // An absolute `--out` replaces the root, as `Path::join` does.
    let out = options.root.join(&options.out);
    // One build or import of a project at a time: taken before anything is read, so this build
    // sees the manifest and the files the previous one left.
    let _lock = lock_for(options, &out)?;
    let mut diagnostics = Vec::new();
    let project = load_project(options)?.into_value(&mut diagnostics);
    let recipients = match &options.recipients {
        Some(path) => load_recipients(path, &project, options, &diagnostics)?,
        None => Vec::new(),
    };
    let reply_key = reply_key(options).into_value(&mut diagnostics);
    let jobs = match &options.recipients {
        Some(_) => letters(&project, &recipients),
        None => plan(&project, options, &diagnostics)?,
    };
    let stop = |found: &[Diagnostic], errors| ProjectError::after(found.to_vec(), errors);
    let templates = Templates::load(&options.root).map_err(|e| stop(&diagnostics, e))?;
    if options.emit_typst {
        emit::write_support(&out, &templates).map_err(|d| stop(&diagnostics, vec![d]))?;
    }
    let previous_manifest = Manifest::read(&out).map(|m| m.settle(&out));
    output::discard_staging(&out);
    // Naming a locale asks for it to be printed: an incomplete pair is then an error. A build
    // limited by notice only skips incomplete pairs, as a full build does.
    let explicit = !options.locales.is_empty();
    let partial = explicit
        || !options.notices.is_empty()
        || options.recipients.is_some()
        || options.shard.is_some();
    let context = BuildContext {
        project: &project,
        templates: &templates,
        typesetter: OnceLock::new(),
        forms: &forms::acroform::LopdfForms,
        previous: cache::Previous::from_manifest(previous_manifest.as_ref()),
        out: out.clone(),
        draft: options.draft,
        force: options.force,
        emit_typst: options.emit_typst,
        profile: options.profile,
        explicit,
        reply_key,
        email: options.email,
        source_date_epoch: options.source_date_epoch,
    };
    let (jobs, part) = shard::take(options.shard, &context, jobs);
    progress.start(jobs.len());
    let workers = options.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    let outcomes = run_jobs(&jobs, workers, |job| {
        let outcome = job::run_job(&context, job);
        progress.finished(&outcome);
        outcome
    });
    let retained = match &previous_manifest {
        Some(previous) => retain::retain(previous, &project, &jobs, &outcomes, partial, &out),
        None => retain::Retained::default(),
    };
    let manifest = manifest(&outcomes, &retained, part);
    let removed = commit::commit(&commit::Commit {
        out: &out,
        previous: previous_manifest.as_ref(),
        manifest: &manifest,
        made: made(&outcomes),
        removed: &retained.removed,
    })
    .map_err(|d| stop(&diagnostics, vec![d]))?;
    Ok(BuildReport {
        outcomes,
        diagnostics,
        kept: retained.kept,
        removed,
        manifest_path: out.join(output::MANIFEST),
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// Signs per-recipient letters' reply tokens, when a key is configured; without one, a
/// recipients build warns that replies cannot be told from forgeries.
fn reply_key(options: &BuildOptions) -> Loaded<Option<ReplyKey>> {
    let reply_key = options.recipients.as_ref().and(options.reply_key.clone());
    let mut diagnostics = Vec::new();
    if options.recipients.is_some() && reply_key.is_none() {
        diagnostics.push(
            Diagnostic::warning(
                "reply tokens are off: `replies collect` cannot tell a forged reply from an account's own",
            )
            .hint(format!(
                "make a key outside the project with `noticegen replies keygen ~/.config/noticegen/reply.key` and set {}=~/.config/noticegen/reply.key for builds and `replies collect`",
                crate::forms::token::KEY_FILE_VAR
            )),
        );
    }
    Loaded::new(reply_key, diagnostics)
}

/// The paths of the files this build made or changed.
fn made(outcomes: &[JobOutcome]) -> Vec<&str> {
    outcomes
        .iter()
        .filter_map(|o| match o {
            JobOutcome::Built {
                artifacts,
                changed: true,
                ..
            } => Some(artifacts),
            _ => None,
        })
        .flatten()
        .map(|a| a.path.as_str())
        .collect()
}

/// The project's lock; a read-only project (built into an output folder elsewhere) is locked
/// in its output folder instead.
fn lock(root: &std::path::Path, out: &std::path::Path) -> Result<ProjectLock, ProjectError> {
    ProjectLock::acquire(root, "build").or_else(|first| {
        if out.starts_with(root) || std::fs::create_dir_all(out).is_err() {
            return Err(ProjectError(vec![first]));
        }
        ProjectLock::acquire(out, "build").map_err(|_| ProjectError(vec![first]))
    })
}

/// The project, with the e-mail's standard text when the build makes messages.
fn load_project(options: &BuildOptions) -> Result<Loaded<Project>, ProjectError> {
    let mut loaded = load::load_project(&options.root)?;
    if options.email {
        loaded
            .value
            .locales
            .add_standard_text(crate::mail::text::STANDARD_TEXT);
    }
    Ok(loaded)
}

/// The build's lock: the project's; a shard's is its output folder's alone, so the shards of
/// one build run side by side.
fn lock_for(options: &BuildOptions, out: &std::path::Path) -> Result<ProjectLock, ProjectError> {
    match options.shard {
        Some(_) => lock_output(out),
        None => lock(&options.root, out),
    }
}

/// The lock of an output folder alone (a shard's).
fn lock_output(out: &std::path::Path) -> Result<ProjectLock, ProjectError> {
    std::fs::create_dir_all(out).map_err(|e| {
        ProjectError(vec![Diagnostic::error(format!(
            "cannot make the output folder {}: {e}",
            out.display()
        ))])
    })?;
    ProjectLock::acquire(out, "build").map_err(|d| ProjectError(vec![d]))
}

/// Runs `jobs` on `workers` threads, each taking the next job when it is free; outcomes come
/// back in job order. Plain scoped threads, not a rayon pool: typst-pdf parallelizes inside
/// with rayon, and a rayon worker waiting on that would steal further whole jobs meanwhile,
/// holding several documents in memory at once (measured: peak RSS 326 MB instead of ~190 MB).
fn run_jobs<J: Sync, O: Send>(jobs: &[J], workers: usize, run: impl Fn(&J) -> O + Sync) -> Vec<O> {
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<O>>> = Mutex::new(jobs.iter().map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..workers.clamp(1, jobs.len().max(1)) {
            scope.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(job) = jobs.get(index) else { break };
                    let outcome = run(job);
                    results
                        .lock()
                        .expect("no worker panics while holding the lock")[index] = Some(outcome);
                }
            });
        }
    });
    results
        .into_inner()
        .expect("workers finished")
        .into_iter()
        .map(|o| o.expect("every job ran"))
        .collect()
}

/// The validated list of jobs. Naming an unknown notice or locale is a usage error.
fn plan<'p>(
    project: &'p Project,
    options: &BuildOptions,
    diagnostics: &[Diagnostic],
) -> Result<Vec<Job<'p>>, ProjectError> {
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
            errors.push(project.locales.unknown(tag));
        }
    }
    if !errors.is_empty() {
        return Err(ProjectError::after(diagnostics.to_vec(), errors));
    }
    // Locale-major order: the notices of one language run back to back, so the layout of
    // their shared boilerplate is still in Typst's memo cache.
    let notices: Vec<&LoadedNotice> = project
        .notices
        .iter()
        .filter(|(id, _)| options.notices.is_empty() || options.notices.contains(id))
        .map(|(_, notice)| notice)
        .collect();
    let mut tags: Vec<String> = project
        .locales
        .by_tag
        .keys()
        .filter(|tag| options.locales.is_empty() || options.locales.contains(tag))
        .cloned()
        .collect();
    if options.pseudo && project.locales.source_locale().is_some() {
        tags.push(PSEUDO_LOCALE.to_string());
    }
    let mut jobs = Vec::new();
    for tag in &tags {
        for notice in &notices {
            jobs.push(Job {
                notice,
                tag: tag.clone(),
                recipient: None,
                inputs: None,
            });
        }
    }
    Ok(jobs)
}

/// One job per recipient: its letter, in its locale. Letters of one locale and notice run one
/// after another (a general plan is grouped so by its loops): Typst keeps what the last few
/// letters laid out (see `job::write`), so a letter reuses the text its locale's previous
/// letter laid out, instead of finding it evicted by the other locales' letters in between.
/// The order is stable (the list's own order within a locale) and changes no output.
fn letters<'p>(project: &'p Project, recipients: &'p [Recipient]) -> Vec<Job<'p>> {
    let mut jobs: Vec<Job> = recipients
        .iter()
        .map(|r| Job {
            notice: &project.notices[&r.notice],
            tag: r.locale.clone(),
            recipient: Some(r),
            inputs: None,
        })
        .collect();
    jobs.sort_by(|a, b| (&a.tag, a.notice.id()).cmp(&(&b.tag, b.notice.id())));
    jobs
}

/// The recipients CSV, read against the project: a broken file stops the build before any
/// letter is made (exit status 2), so no account gets a letter from a half-read list.
fn load_recipients(
    path: &std::path::Path,
    project: &Project,
    options: &BuildOptions,
    diagnostics: &[Diagnostic],
) -> Result<Vec<Recipient>, ProjectError> {
    let fail = |errors: Vec<Diagnostic>| ProjectError::after(diagnostics.to_vec(), errors);
    if !options.locales.is_empty() {
        return Err(fail(vec![Diagnostic::error(
            "--locale cannot be combined with --recipients: each letter is in its recipient's `locale`",
        )]));
    }
    let default_notice = match options.notices.as_slice() {
        [] => None,
        [one] if project.notices.contains_key(one) => Some(one.as_str()),
        [one] => return Err(fail(vec![Diagnostic::error(format!("no notice `{one}`"))])),
        _ => {
            return Err(fail(vec![Diagnostic::error(
                "--recipients takes one --notice (or a `notice` column in the CSV)",
            )]));
        }
    };
    let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let list = recipients::load(&path, project, default_notice).map_err(fail)?;
    if options.email {
        let errors = recipients::email_problems(&list, project);
        if !errors.is_empty() {
            return Err(fail(errors));
        }
    }
    Ok(list.recipients)
}

/// The manifest lists this build's artifacts and skips, and what [`retain`] keeps of the
/// previous one; a shard's says which part it is.
fn manifest(
    outcomes: &[JobOutcome],
    retained: &retain::Retained,
    shard: Option<output::ShardPart>,
) -> Manifest {
    let mut manifest = Manifest::new();
    manifest.shard = shard;
    manifest
        .artifacts
        .extend(retained.artifacts.iter().cloned());
    manifest.skipped.extend(retained.skipped.iter().cloned());
    for outcome in outcomes {
        match outcome {
            JobOutcome::Built { artifacts, .. } => {
                manifest.artifacts.extend(artifacts.iter().cloned())
            }
            JobOutcome::Skipped { skipped, .. } => manifest.skipped.push(skipped.clone()),
            JobOutcome::Failed { .. } => {}
        }
    }
    manifest.sort();
    manifest
}
