//! `--emit-typst`: the generated Typst source next to each PDF, with the style module and the
//! fonts placed so that plain typst-cli typesets the same pages:
//! `typst compile --root OUT --font-path OUT/fonts --ignore-system-fonts OUT/<N>/<tag>/<N>-<tag>.typ`.

use std::path::Path;

use crate::diag::Diagnostic;
use crate::fsutil;
use crate::render::Templates;
use crate::typeset;

fn write(path: &Path, bytes: &[u8]) -> Result<(), Diagnostic> {
    fsutil::write_if_changed(path, bytes).map(|_| ())
}

/// `OUT/<NOTICE>/<tag>/<NOTICE>-<tag>.typ`.
pub fn write_source(out: &Path, notice: &str, tag: &str, source: &str) -> Result<(), Diagnostic> {
    write(
        &out.join(format!("{notice}/{tag}/{notice}-{tag}.typ")),
        source.as_bytes(),
    )
}

/// The Typst modules the sources import (`OUT/style.typ`) and the fonts (`OUT/fonts/`).
pub fn write_support(out: &Path, templates: &Templates) -> Result<(), Diagnostic> {
    for (name, text) in &templates.typst_files {
        write(&out.join(name), text.as_bytes())?;
    }
    for (index, data) in typeset::embedded_fonts().into_iter().enumerate() {
        let extension = if data.starts_with(b"OTTO") {
            "otf"
        } else {
            "ttf"
        };
        write(
            &out.join(format!("fonts/font-{index:02}.{extension}")),
            data,
        )?;
    }
    Ok(())
}
