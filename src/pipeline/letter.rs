//! One letter's stage chain: localize -> view -> render -> typeset -> forms.
//!
//! Each stage takes the one before's output and returns its own, so a command runs as far as
//! it needs: `check`, `status` and `xliff` stop at the view, `preview` after typesetting, a
//! build runs them all and then exports and writes the PDFs.

use std::num::NonZeroUsize;
use std::time::Instant;

use typst::layout::PageRanges;
use typst_layout::PagedDocument;

use crate::diag::{Diagnostic, Loaded};
use crate::forms::date::DateFormat;
use crate::forms::{self, FieldBox};
use crate::layout::ViewContext;
use crate::load::{LoadedNotice, Project};
use crate::localize::{self, LocalizeReport, Localizer, PSEUDO_LOCALE, StandardArgs};
use crate::notice::FormKind;
use crate::output::ArtifactKind;
use crate::recipients::Recipient;
use crate::render::Templates;
use crate::typeset::Typesetter;

/// Which letter: a notice in one language, for one recipient or for everyone.
#[derive(Clone, Copy)]
pub struct Letter<'a> {
    pub loaded: &'a LoadedNotice,
    pub tag: &'a str,
    pub draft: bool,
    pub recipient: Option<&'a Recipient>,
}

impl<'a> Letter<'a> {
    /// The general copy of a notice in one language (no recipient).
    pub fn general(loaded: &'a LoadedNotice, tag: &'a str, draft: bool) -> Self {
        Self {
            loaded,
            tag,
            draft,
            recipient: None,
        }
    }
}

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
    args.date = Some(notice.date);
    args
}

/// Whether the locale has begun translating the notice (it has the notice's own `.ftl` file);
/// a pair not started is skipped quietly, a started one is reported with what it lacks.
pub fn translation_started(project: &Project, notice: &str, tag: &str) -> bool {
    project
        .locales
        .by_tag
        .get(project.locales.text_locale(tag))
        .is_some_and(|locale| locale.file(notice).is_some())
}

/// Stage 1, localize: the letter's lookups, with its fallback chain and variables (a
/// recipient's `$account`, `$organisation` and `$contact` among them).
pub fn localizer(project: &Project, letter: Letter) -> Localizer {
    let Letter {
        loaded,
        tag,
        draft,
        recipient,
    } = letter;
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
    Localizer::new(
        &project.locales,
        loaded.id(),
        &chain,
        args,
        loaded.notice.links.clone(),
        transform,
    )
}

/// What the view stage makes of one letter.
pub struct Localized {
    /// The layout's view, every message formatted into it.
    pub view: minijinja::Value,
    /// The reply forms' date format (`form-date-format`), when the notice has a form: not
    /// printed, but it checks what recipients type.
    pub date_format: Result<Option<DateFormat>, Diagnostic>,
    /// What the lookups found wanting (missing, fallen back, errors).
    pub report: LocalizeReport,
}

/// What a letter's views (the layout's, its e-mail's) are made from.
pub fn view_context<'a>(
    project: &'a Project,
    letter: Letter<'a>,
    localizer: &'a Localizer,
) -> ViewContext<'a> {
    let loaded = letter.loaded;
    ViewContext {
        notice: &loaded.notice,
        date: loaded.date,
        manufacturer: &project.manufacturers[&loaded.notice.manufacturer.value],
        localizer,
        tag: letter.tag,
        draft: letter.draft,
        recipient: letter.recipient,
    }
}

/// Stage 2, view: the notice's layout makes its typed view through the localizer.
pub fn view(project: &Project, letter: Letter, localizer: Localizer) -> Localized {
    let loaded = letter.loaded;
    let cx = view_context(project, letter, &localizer);
    let view = loaded.layout.view(&cx, &loaded.layout_keys);
    let date_format = match loaded.notice.forms().next() {
        Some(_) => forms::date::localized(
            &cx.plain_id("form-date-format"),
            letter.tag,
            &project.locales,
        ),
        None => Ok(None),
    };
    Localized {
        view,
        date_format,
        report: localizer.into_report(),
    }
}

/// Stages 1 and 2: the letter's view and what its lookups found.
pub fn localize(project: &Project, letter: Letter) -> Localized {
    view(project, letter, localizer(project, letter))
}

/// Why a letter was not laid out.
pub enum NotLaidOut {
    /// Messages its locale lacks: the caller skips the pair or fails it.
    Incomplete(Vec<String>),
    Failed(Vec<Diagnostic>),
}

/// A view that can be printed: every message formatted, the date fields' format parsed.
pub struct Complete {
    pub view: minijinja::Value,
    pub date_format: Option<DateFormat>,
    pub report: LocalizeReport,
}

impl Localized {
    /// The view, when nothing is missing or broken.
    pub fn complete(self, project: &Project) -> Result<Complete, NotLaidOut> {
        let Localized {
            view,
            date_format,
            report,
        } = self;
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
        let date_format = date_format.map_err(|d| NotLaidOut::Failed(vec![d]))?;
        Ok(Complete {
            view,
            date_format,
            report,
        })
    }
}

/// The Typst source of a complete letter.
pub struct Rendered {
    pub source: String,
    pub date_format: Option<DateFormat>,
    pub report: LocalizeReport,
}

/// Stage 3, render: the layout's templates fill in the view.
pub fn render(
    templates: &Templates,
    letter: Letter,
    complete: Complete,
) -> Result<Rendered, NotLaidOut> {
    let source = templates
        .render(letter.loaded.layout, complete.view)
        .map_err(|d| NotLaidOut::Failed(vec![d]))?;
    Ok(Rendered {
        source,
        date_format: complete.date_format,
        report: complete.report,
    })
}

/// A letter laid out by the localize, view, render and typeset stages.
pub struct LaidOut {
    pub document: PagedDocument,
    pub report: LocalizeReport,
    /// The date fields' format, when the notice has a form.
    pub date_format: Option<DateFormat>,
    /// The Typst source, when asked for (`--emit-typst`).
    pub source: Option<String>,
    /// Milliseconds per stage.
    pub stages: Laps,
    /// Typst's warnings.
    pub warnings: Vec<Diagnostic>,
}

/// Stage 4, typeset: Typst lays the source out into pages.
pub fn typeset(
    typesetter: &Typesetter,
    letter: Letter,
    rendered: Rendered,
    keep_source: bool,
) -> Result<LaidOut, NotLaidOut> {
    let kept = keep_source.then(|| rendered.source.clone());
    let Loaded {
        value: document,
        diagnostics: warnings,
    } = typesetter
        .compile(rendered.source, letter.loaded.date)
        .map_err(NotLaidOut::Failed)?;
    Ok(LaidOut {
        document,
        report: rendered.report,
        date_format: rendered.date_format,
        source: kept,
        stages: Laps::default(),
        warnings,
    })
}

/// Stages 1 to 4, timed: what a build and a preview share. The typesetter is asked for only
/// when a letter gets that far.
pub fn lay_out<'t>(
    project: &Project,
    templates: &Templates,
    typesetter: impl FnOnce() -> &'t Typesetter,
    letter: Letter,
    keep_source: bool,
) -> Result<LaidOut, NotLaidOut> {
    let mut laps = Laps::default();
    let complete = localize(project, letter).complete(project)?;
    laps.lap("localize");
    let rendered = render(templates, letter, complete)?;
    laps.lap("render");
    let mut laid_out = typeset(typesetter(), letter, rendered, keep_source)?;
    laps.lap("typeset");
    laid_out.stages = laps;
    Ok(laid_out)
}

/// One PDF a letter makes: the whole notice, or one reply form's pages of it.
pub struct ArtifactPlan {
    pub kind: ArtifactKind,
    pub form: Option<FormKind>,
    /// The pages to export (all when `None`).
    pub pages: Option<PageRanges>,
    /// The index of the first exported page in the document, and how many there are.
    pub page_offset: usize,
    pub page_count: usize,
}

/// A laid-out letter's form fields and the PDFs to export.
pub struct Forms {
    /// The field boxes the layout reports; they become AcroForm fields in every artifact.
    pub fields: Vec<FieldBox>,
    pub artifacts: Vec<ArtifactPlan>,
}

/// Stage 5, forms: where the fields are, and which PDFs to export from the one layout (a reply
/// form's PDF by page range).
pub fn forms(document: &PagedDocument) -> Result<Forms, Diagnostic> {
    let fields = forms::locate_fields(document)?;
    let mut artifacts = vec![ArtifactPlan {
        kind: ArtifactKind::Notice,
        form: None,
        pages: None,
        page_offset: 0,
        page_count: document.pages().len(),
    }];
    for (form, first, last) in forms::form_sections(document) {
        let range = NonZeroUsize::new(first)..=NonZeroUsize::new(last);
        artifacts.push(ArtifactPlan {
            kind: ArtifactKind::Form,
            form: Some(form),
            pages: Some(PageRanges::new(vec![range])),
            page_offset: first - 1,
            page_count: last + 1 - first,
        });
    }
    Ok(Forms { fields, artifacts })
}

/// Milliseconds per stage, for the debug log.
pub struct Laps {
    stages: Vec<(&'static str, f64)>,
    since: Instant,
}

impl Default for Laps {
    fn default() -> Self {
        Self {
            stages: Vec::new(),
            since: Instant::now(),
        }
    }
}

impl Laps {
    /// Ends the stage `name`, begun at the previous lap (or restart).
    pub fn lap(&mut self, name: &'static str) {
        self.stages
            .push((name, self.since.elapsed().as_secs_f64() * 1000.0));
        self.since = Instant::now();
    }

    /// Starts timing afresh: what came since the last lap is no stage.
    pub fn restart(&mut self) {
        self.since = Instant::now();
    }
}

impl std::fmt::Display for Laps {
    /// `localize 1.2, render 0.4, ...`
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, (name, ms)) in self.stages.iter().enumerate() {
            let comma = if i == 0 { "" } else { ", " };
            write!(f, "{comma}{name} {ms:.1}")?;
        }
        Ok(())
    }
}
