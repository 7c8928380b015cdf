//! `noticegen preview`: PNG pages of one notice in one language, rendered in-process with
//! typst-render from the same layout a build would make. For editors checking a page quickly.

use std::path::{Path, PathBuf};

use typst::utils::Scalar;

use crate::diag::{Diagnostic, Loaded, ProjectError};
use crate::fsutil;
use crate::load::{self, Project};
use crate::pipeline::letter::{Letter, NotLaidOut, lay_out};
use crate::render::Templates;
use crate::typeset::Typesetter;

/// What to preview: filled by the command line (`noticegen preview`'s options are these
/// fields, their docs its help).
#[derive(Debug, Clone, clap::Args)]
pub struct PreviewOptions {
    /// The project folder (holding notices/ and locales/).
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub root: PathBuf,
    #[arg(long = "notice", value_name = "ID")]
    pub notice: String,
    #[arg(long = "locale", value_name = "TAG")]
    pub locale: String,
    /// Only this page (1-based).
    #[arg(long, value_name = "N")]
    pub page: Option<usize>,
    /// Output folder; PNGs go to OUT/<NOTICE>/<tag>/preview/.
    #[arg(long, value_name = "DIR", default_value = "output")]
    pub out: PathBuf,
    /// Resolution in pixels per inch.
    #[arg(long, default_value = "100")]
    pub ppi: f32,
    /// Fill missing messages from the source locale.
    #[arg(long)]
    pub draft: bool,
}

/// Renders the pages; returns the PNG files written, with what the project's load found.
pub fn preview(options: &PreviewOptions) -> Result<Loaded<Vec<PathBuf>>, ProjectError> {
    let Loaded {
        value: project,
        diagnostics,
    } = load::load_project(&options.root)?;
    match render_pages(options, &project) {
        Ok(written) => Ok(Loaded::new(written, diagnostics)),
        Err(errors) => Err(ProjectError::after(diagnostics, errors)),
    }
}

/// The asked-for pages of the notice in the locale, as PNG files.
fn render_pages(
    options: &PreviewOptions,
    project: &Project,
) -> Result<Vec<PathBuf>, Vec<Diagnostic>> {
    let Some(loaded) = project.notices.get(&options.notice) else {
        return Err(vec![Diagnostic::error(format!(
            "no notice `{}`",
            options.notice
        ))]);
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
    let typesetter = std::sync::OnceLock::new();
    let laid_out = lay_out(
        project,
        &templates,
        || typesetter.get_or_init(|| Typesetter::new(&templates.typst_files, &project.assets())),
        Letter::general(loaded, &options.locale, options.draft),
        false,
    );
    let document = match laid_out {
        Ok(laid_out) => laid_out.document,
        Err(NotLaidOut::Failed(diagnostics)) => return Err(diagnostics),
        Err(NotLaidOut::Incomplete(missing)) => {
            return Err(vec![
                Diagnostic::error(format!(
                    "incomplete translation: missing {}",
                    missing.join(", ")
                ))
                .hint("add --draft to preview with English in place of the missing text"),
            ]);
        }
    };
    let pages = document.pages();
    if let Some(page) = options.page
        && (page == 0 || page > pages.len())
    {
        return Err(vec![Diagnostic::error(format!(
            "page {page} does not exist: the notice has {} pages",
            pages.len()
        ))]);
    }
    // An absolute `--out` replaces the root.
    let dir = options
        .root
        .join(&options.out)
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
    fsutil::write_if_changed(path, bytes).map(|_| ())
}
