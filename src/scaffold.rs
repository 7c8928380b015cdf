//! `noticegen locale add TAG`: a new locale folder with every source message as a skeleton.
//!
//! Each message is written commented out, under its English text, so the new locale counts as
//! missing everything until a translator writes it; nothing half-translated can be built.

use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::fsutil;
use crate::localize::Locales;
use crate::localize::resources::validate_tag;

/// Creates `locales/<tag>/` with one skeleton per source file; returns the files written.
pub fn add_locale(root: &Path, locales: &Locales, tag: &str) -> Result<Vec<PathBuf>, Diagnostic> {
    validate_tag(tag).map_err(Diagnostic::error)?;
    let dir = root.join("locales").join(tag);
    // A folder without `.ftl` files (as `init` makes one) is a locale not started yet.
    let has_text = dir.is_dir()
        && fsutil::read_dir_sorted(&dir)?
            .iter()
            .any(|p| p.extension().is_some_and(|e| e == "ftl"));
    if has_text || (dir.exists() && !dir.is_dir()) {
        return Err(Diagnostic::error(format!(
            "locales/{tag}/ already exists: refusing to overwrite a translation"
        ))
        .hint("edit its files, or remove the folder first"));
    }
    let source = locales.by_tag.get(&locales.source).ok_or_else(|| {
        Diagnostic::error(format!("no source locale locales/{}/", locales.source))
    })?;
    let mut written = Vec::new();
    let langid = validate_tag(tag).ok();
    for file in &source.files {
        // A layout's standard text built in for the new locale needs no skeleton.
        let built_in = file.builtin.zip(langid.as_ref());
        if built_in.is_some_and(|(standard, l)| standard.for_locale(l).is_some()) {
            continue;
        }
        let mut out = format!(
            "### review-status: untranslated\n\
             ### {tag}: {stem}. Each message below is commented out under its source ({source_tag}) text:\n\
             ### translate it, remove the `# ` before the ID line, and keep {{ $variables }} as they are.\n\n",
            stem = file.stem,
            source_tag = locales.source,
        );
        for entry in &file.entries {
            let english = &entry.facts.canonical;
            for (i, line) in english.lines().enumerate() {
                out.push_str(&if i == 0 {
                    format!("# {}: ", locales.source)
                } else {
                    "#     ".to_string()
                });
                out.push_str(line);
                out.push('\n');
            }
            out.push_str(&format!("# {} =\n\n", entry.id));
        }
        let path = dir.join(format!("{}.ftl", file.stem));
        if let Err(d) = fsutil::write_if_changed(&path, out.as_bytes()) {
            // The folder had no text (a translated one was refused above): leave no half of
            // the skeleton behind.
            for written in &written {
                let _ = std::fs::remove_file(written);
            }
            return Err(d);
        }
        written.push(path);
    }
    Ok(written)
}
