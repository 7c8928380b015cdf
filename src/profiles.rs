//! Manufacturer profiles, `notices/manufacturers/<id>.yaml`: read and checked, with the logo
//! their letterhead names read from inside the project (and checked, see [`crate::logo`]), and
//! the digest incremental builds key on.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::diag::{Diagnostic, Loaded, SourceText, display_path};
use crate::fingerprint;
use crate::fsutil;
use crate::logo;
use crate::notice::{self, Manufacturer};
use crate::yaml::{at_value, parse_yaml};

/// The profiles that load, by name, and the names of those that are there but have errors.
pub type Profiles = (BTreeMap<String, Manufacturer>, BTreeSet<String>);

/// The profiles of the project, with the errors of those that do not load.
pub fn load(root: &Path) -> Result<Loaded<Profiles>, Diagnostic> {
    let dir = root.join("notices").join("manufacturers");
    let mut out = BTreeMap::new();
    let mut broken = BTreeSet::new();
    let mut diagnostics = Vec::new();
    if !dir.is_dir() {
        return Ok(Loaded::new((out, broken), diagnostics));
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
        let checked = |m: Manufacturer| {
            if let Some(d) = m.margins_mm.as_ref().and_then(|x| x.check(&source)) {
                return Err(d);
            }
            match email_problem(&m, &source) {
                Some(d) => Err(d),
                None => Ok(m),
            }
        };
        let parsed = parse_yaml::<Manufacturer>(&source).and_then(checked);
        match parsed.and_then(|m| with_logo(root, &source, m)) {
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
                m.source = Some(source);
                out.insert(stem, m);
            }
            Err(d) => {
                diagnostics.push(d);
                broken.insert(stem);
            }
        }
    }
    Ok(Loaded::new((out, broken), diagnostics))
}

/// Reads the profile's logo: an image file inside the project, checked by [`logo`] before
/// typst sees it. Every refusal is at the `logo:` value.
fn with_logo(
    root: &Path,
    source: &SourceText,
    mut m: Manufacturer,
) -> Result<Manufacturer, Diagnostic> {
    let Some(logo) = m.letterhead.as_ref().and_then(|l| l.logo.clone()) else {
        return Ok(m);
    };
    let name = logo.value.clone();
    // The name as written, with control characters escaped (it is printed to a terminal) and
    // a very long one cut short.
    let mut shown = name.escape_debug().to_string();
    if shown.chars().count() > 120 {
        shown = format!("{}…", shown.chars().take(120).collect::<String>());
    }
    let at = |message: String| at_value(source, &logo, message);
    let format = Path::new(&name)
        .extension()
        .and_then(|e| e.to_str())
        .and_then(logo::Format::from_extension)
        .ok_or_else(|| {
            at(format!(
                "logo `{shown}`: an SVG, PNG, JPEG, GIF or WebP file, please"
            ))
        })?;
    let path = root.join(&name);
    let inside = match (path.canonicalize(), root.canonicalize()) {
        (Ok(file), Ok(project)) => file.starts_with(&project).then_some(file),
        (Err(e), _) if e.kind() != std::io::ErrorKind::NotFound => {
            return Err(at(format!("logo `{shown}`: {e}")));
        }
        _ => return Err(at(format!("logo `{shown}`: no such file in the project"))),
    };
    let file = match inside {
        Some(file) if !Path::new(&name).is_absolute() => file,
        _ => {
            return Err(at(format!(
                "logo `{shown}` is outside the project: a logo must be a file of the project folder"
            )));
        }
    };
    let refused = |e: logo::LogoError| {
        let d = at(format!("logo `{shown}`: {e}"));
        match e.hint() {
            Some(hint) => d.hint(hint),
            None => d,
        }
    };
    let bytes = logo::read(&file).map_err(refused)?;
    logo::check(&bytes, format).map_err(refused)?;
    // The name in typst's world comes from the content, never from the user's file name (typst
    // refuses some names, a backslash for one); the extension tells typst the format.
    let digest = fingerprint::digest(&bytes);
    m.logo = Some(notice::Logo {
        path: format!("/assets/{}.{}", &digest[..16], format.extension()),
        bytes,
        source: path,
    });
    Ok(m)
}

/// An address of the profile's `email:` that is none, at its value.
fn email_problem(m: &Manufacturer, source: &SourceText) -> Option<Diagnostic> {
    let sender = m.email.as_ref()?;
    sender.addresses().find_map(|address| {
        let problem = crate::mail::parse_mailbox(&address.value).err()?;
        Some(
            at_value(source, address, problem).hint(
                "write an address like `fsca@example.com` or `Field Safety <fsca@example.com>`",
            ),
        )
    })
}
