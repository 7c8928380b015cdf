//! `noticegen preview`: PNG pages of one notice in one language, rendered in-process with
//! typst-render from the same layout a build would make. For editors checking a page quickly.

use std::path::{Path, PathBuf};

use typst::utils::Scalar;

use crate::build::localize_pair;
use crate::diag::Diagnostic;
use crate::fsutil;
use crate::load;
use crate::render::Templates;
use crate::typeset::Typesetter;

pub struct PreviewOptions {
    pub root: PathBuf,
    pub notice: String,
    pub locale: String,
    /// Only this page (1-based); all pages when `None`.
    pub page: Option<usize>,
    /// Output folder (relative to the root): PNGs go to `<out>/<NOTICE>/<tag>/preview/`.
    pub out: PathBuf,
    /// Pixels per inch.
    pub ppi: f32,
    pub draft: bool,
}

/// Renders the pages; returns the PNG files written.
pub fn preview(options: &PreviewOptions) -> Result<Vec<PathBuf>, Vec<Diagnostic>> {
    let mut diagnostics = Vec::new();
    let project = load::load_project(&options.root, &mut diagnostics).map_err(|d| vec![d])?;
    let Some(loaded) = project.notices.get(&options.notice) else {
        diagnostics.push(Diagnostic::error(format!("no notice `{}`", options.notice)));
        return Err(diagnostics);
    };
    if !project.locales.by_tag.contains_key(&options.locale)
        && options.locale != crate::localize::PSEUDO_LOCALE
    {
        return Err(vec![Diagnostic::error(format!(
            "no locale `{}`",
            options.locale
        ))]);
    }
    let templates = Templates::load(&options.root)?;
    let (view, report) = localize_pair(&project, loaded, &options.locale, options.draft);
    if !report.errors.is_empty() || !report.missing.is_empty() {
        let mut problems: Vec<Diagnostic> = report
            .errors
            .iter()
            .map(|e| Diagnostic::error(e.clone()))
            .collect();
        if !report.missing.is_empty() {
            let missing: Vec<&str> = report.missing.iter().map(String::as_str).collect();
            problems.push(
                Diagnostic::error(format!(
                    "incomplete translation: missing {}",
                    missing.join(", ")
                ))
                .hint("add --draft to preview with English in place of the missing text"),
            );
        }
        return Err(problems);
    }
    let source = templates
        .render(loaded.notice.template, view)
        .map_err(|d| vec![d])?;
    let document = Typesetter::new(&templates.typst_files).compile(source, loaded.date)?;
    let pages = document.pages();
    if let Some(page) = options.page
        && (page == 0 || page > pages.len())
    {
        return Err(vec![Diagnostic::error(format!(
            "page {page} does not exist: the notice has {} pages",
            pages.len()
        ))]);
    }
    let out = if options.out.is_absolute() {
        options.out.clone()
    } else {
        options.root.join(&options.out)
    };
    let dir = out
        .join(&options.notice)
        .join(&options.locale)
        .join("preview");
    let render_options = typst_render::RenderOptions {
        pixel_per_pt: Scalar::new(f64::from(options.ppi) / 72.0),
        render_bleed: false,
    };
    let mut written = Vec::new();
    for (index, page) in pages.iter().enumerate() {
        let number = index + 1;
        if options.page.is_some_and(|p| p != number) {
            continue;
        }
        let png = typst_render::render(page, &render_options)
            .encode_png()
            .map_err(|e| vec![Diagnostic::error(format!("PNG encoding: {e}"))])?;
        let path = dir.join(format!(
            "{}-{}-{number}.png",
            options.notice, options.locale
        ));
        write(&path, &png).map_err(|d| vec![d])?;
        written.push(path);
    }
    Ok(written)
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    fsutil::write_if_changed(path, bytes)
        .map(|_| ())
        .map_err(|e| Diagnostic::error(format!("cannot write `{}`: {e}", path.display())))
}
