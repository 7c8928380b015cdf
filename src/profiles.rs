//! Manufacturer profiles, `notices/manufacturers/<id>.yaml`: read and checked, with the logo
//! their letterhead names read from inside the project, and the digest incremental builds key on.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::diag::{Diagnostic, SourceText, display_path};
use crate::fingerprint;
use crate::fsutil;
use crate::notice::{self, Manufacturer};
use crate::yaml::{at_line, parse_yaml};

/// The profiles that load, and the names of those that are there but have errors (reported).
pub fn load(
    root: &Path,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<(BTreeMap<String, Manufacturer>, BTreeSet<String>), Diagnostic> {
    let dir = root.join("notices").join("manufacturers");
    let mut out = BTreeMap::new();
    let mut broken = BTreeSet::new();
    if !dir.is_dir() {
        return Ok((out, broken));
    }
    for path in fsutil::read_dir_sorted(&dir)? {
        if !matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml")
        ) {
            continue;
        }
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let text = fsutil::read_text(&path, root)?;
        let source = SourceText::new(display_path(root, &path), text);
        match parse_yaml::<Manufacturer>(&source).and_then(|m| with_logo(root, &stem, &source, m)) {
            Ok(mut m) => {
                let mut digest = fingerprint::Fingerprint::new("manufacturer");
                digest.add("profile", &source.text);
                if let Some(logo) = &m.logo {
                    digest.add("logo", &fingerprint::digest(&logo.bytes));
                }
                m.digest = if m.logo.is_some() {
                    digest.finish()
                } else {
                    fingerprint::digest(source.text.as_bytes())
                };
                out.insert(stem, m);
            }
            Err(d) => {
                diagnostics.push(d);
                broken.insert(stem);
            }
        }
    }
    Ok((out, broken))
}

/// Reads the profile's logo: an SVG or PNG file inside the project.
fn with_logo(
    root: &Path,
    stem: &str,
    source: &SourceText,
    mut m: Manufacturer,
) -> Result<Manufacturer, Diagnostic> {
    let Some(name) = m.letterhead.as_ref().and_then(|l| l.logo.clone()) else {
        return Ok(m);
    };
    let at = |message: String| at_line(source, "logo:", &message);
    let extension = Path::new(&name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if !matches!(extension.as_deref(), Some("svg" | "png")) {
        return Err(at(format!("logo `{name}`: an SVG or PNG file, please")));
    }
    let path = root.join(&name);
    let inside = match (path.canonicalize(), root.canonicalize()) {
        (Ok(file), Ok(project)) => file.starts_with(&project),
        _ => return Err(at(format!("logo `{name}`: no such file in the project"))),
    };
    if !inside || Path::new(&name).is_absolute() {
        return Err(at(format!(
            "logo `{name}` is outside the project: a logo must be a file of the project folder"
        )));
    }
    let bytes = std::fs::read(&path).map_err(|e| at(format!("logo `{name}`: {e}")))?;
    let file = Path::new(&name)
        .file_name()
        .and_then(|f| f.to_str())
        .unwrap_or("logo");
    m.logo = Some(notice::Logo {
        path: format!("/assets/{stem}/{file}"),
        bytes,
    });
    Ok(m)
}
