//! Loading `locales/<tag>/*.ftl`: one parse per file, syntax errors as diagnostics, and the
//! plural-selector rewrite that routes plural categories through ICU4X.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::analysis::{EntryFacts, analyse, offset_in};
use super::intl::PLURAL_CATEGORIES;
use crate::diag::{Diagnostic, Loaded, ProjectError, SourceText, display_path};
use crate::fsutil;
use crate::markup;

/// The function every plural selector is routed through (see [`plural_rewrites`]).
pub const PLURAL_FUNCTION: &str = "NOTICEGEN_PLURAL";

/// Where a message or term is defined.
#[derive(Debug, Clone)]
pub struct EntryInfo {
    /// `id` for a message, `-id` for a term.
    pub id: String,
    /// Byte range of the identifier in the file.
    pub span: std::ops::Range<usize>,
    pub facts: EntryFacts,
}

/// One `.ftl` file.
#[derive(Debug)]
pub struct FtlFile {
    /// File stem: `common` or a notice ID.
    pub stem: String,
    pub source: SourceText,
    pub resource: Arc<FluentResource>,
    pub entries: Vec<EntryInfo>,
    /// `drafted`, `reviewed`, ... from a `### review-status:` comment.
    pub review_status: Option<String>,
    /// SHA-256 of the file's text, for incremental builds.
    pub digest: String,
    /// A layout's or a regime's built-in standard text, not a file of the project.
    pub builtin: Option<StandardText>,
}

/// The standard text a layout or a regime brings (its headings, per locale): a project that
/// uses it gets it as the shared file `_<name>` of each locale it covers. A project's own
/// `locales/<tag>/_<name>.ftl` replaces it for that locale; a message of the project's other
/// files wins over the built-in one.
#[derive(Debug, Clone, Copy)]
pub struct StandardText {
    /// The layout's or the regime's name (`eu-commission`, `regime-tga`).
    pub name: &'static str,
    /// What brings it: `layout` or `regime`.
    pub kind: &'static str,
    /// Locale tag and Fluent text.
    pub texts: &'static [(&'static str, &'static str)],
}

impl StandardText {
    /// What brings it, for messages: "the `eu-commission` layout".
    pub fn owner(&self) -> String {
        format!("the `{}` {}", self.name, self.kind)
    }

    /// The stem of the shared file it stands for.
    pub fn stem(&self) -> String {
        format!("_{}", self.name)
    }

    /// The text for a locale: its own tag's, else its language's (`en` serves `en-US`).
    pub fn for_locale(&self, langid: &LanguageIdentifier) -> Option<(&'static str, &'static str)> {
        let parsed = || {
            self.texts.iter().filter_map(|&(tag, text)| {
                Some((tag.parse::<LanguageIdentifier>().ok()?, tag, text))
            })
        };
        parsed()
            .find(|(l, _, _)| l == langid)
            .or_else(|| {
                parsed().find(|(l, _, _)| l.language == langid.language && l.region.is_none())
            })
            .map(|(_, tag, text)| (tag, text))
    }

    /// The locales it is written in, for messages.
    pub fn tags(&self) -> String {
        let tags: Vec<&str> = self.texts.iter().map(|(tag, _)| *tag).collect();
        tags.join(", ")
    }

    /// Whether it defines the message `id` (in any of its locales).
    pub fn defines(&self, id: &str) -> bool {
        self.texts
            .iter()
            .any(|(tag, text)| self.file(tag, text).entries.iter().any(|e| e.id == id))
    }

    /// Its file for one locale, as the project's files are read.
    fn file(&self, tag: &str, text: &'static str) -> FtlFile {
        let path = format!("(built in) {}.{tag}.ftl", self.name);
        let mut file =
            parse_file(&self.stem(), SourceText::new(path, text)).into_value(&mut Vec::new());
        file.builtin = Some(*self);
        file
    }
}

/// One `locales/<tag>/` folder.
#[derive(Debug)]
pub struct Locale {
    pub tag: String,
    pub langid: LanguageIdentifier,
    pub files: Vec<FtlFile>,
}

impl Locale {
    /// The files a notice's text comes from: the shared files and its own file.
    pub fn files_for<'a>(&'a self, notice: &'a str) -> impl Iterator<Item = &'a FtlFile> + 'a {
        self.files
            .iter()
            .filter(move |f| f.stem == notice || is_shared(&f.stem))
    }

    pub fn file(&self, stem: &str) -> Option<&FtlFile> {
        self.files.iter().find(|f| f.stem == stem)
    }

    /// Where an entry is defined in this locale, if anywhere.
    pub fn find(&self, id: &str) -> Option<(&FtlFile, &EntryInfo)> {
        self.files
            .iter()
            .find_map(|f| f.entries.iter().find(|e| e.id == id).map(|e| (f, e)))
    }
}

/// Every locale of a project, by tag.
#[derive(Debug, Default)]
pub struct Locales {
    pub by_tag: BTreeMap<String, Locale>,
    /// The source locale: the one notices are written in (`noticegen.yaml`'s `source_locale`).
    pub source: String,
}

impl Locales {
    /// "no locale `pt`", with the tags there are.
    pub fn unknown(&self, tag: &str) -> Diagnostic {
        Diagnostic::error(format!("no locale `{tag}` (no folder locales/{tag}/)")).hint(format!(
            "locales found: {}",
            self.by_tag.keys().cloned().collect::<Vec<_>>().join(", ")
        ))
    }

    /// Loads every `locales/<tag>/*.ftl` under `root` (`source` is the project's source
    /// locale). A folder that is no locale tag is left out and a file with syntax errors loads
    /// what parsed, both reported, so other checks can go on; a file that cannot be read stops
    /// the load.
    pub fn load(root: &Path, source: &str) -> Result<Loaded<Self>, ProjectError> {
        let mut diagnostics = Vec::new();
        let mut by_tag = BTreeMap::new();
        let folders = fsutil::read_dir_sorted(&root.join("locales")).map_err(ProjectError::from)?;
        for entry in folders {
            if !entry.is_dir() || fsutil::is_temp_file(&entry) {
                continue;
            }
            let tag = entry
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_string();
            let langid = match validate_tag(&tag) {
                Ok(langid) => langid,
                Err(message) => {
                    let shown = display_path(root, &entry);
                    diagnostics.push(Diagnostic::error(message).in_file(shown));
                    continue;
                }
            };
            let files = match Self::load_folder(root, &entry) {
                Ok(files) => files.into_value(&mut diagnostics),
                Err(d) => return Err(ProjectError::after(diagnostics, [d])),
            };
            by_tag.insert(tag.clone(), Locale { tag, langid, files });
        }
        let locales = Self {
            by_tag,
            source: source.to_string(),
        };
        Ok(Loaded::new(locales, diagnostics))
    }

    /// The `.ftl` files of one locale folder, with their syntax errors and duplicate IDs.
    fn load_folder(root: &Path, folder: &Path) -> Result<Loaded<Vec<FtlFile>>, Diagnostic> {
        let mut diagnostics = Vec::new();
        let mut files = Vec::new();
        for path in fsutil::read_dir_sorted(folder)? {
            if path.extension().and_then(|e| e.to_str()) != Some("ftl")
                || fsutil::is_temp_file(&path)
            {
                continue;
            }
            let text = fsutil::read_text(&path, root)?;
            let source = SourceText::new(display_path(root, &path), text);
            let stem = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            files.push(parse_file(stem, source).into_value(&mut diagnostics));
        }
        diagnostics.extend(duplicates(&files));
        Ok(Loaded::new(files, diagnostics))
    }

    /// Adds a layout's or a regime's standard text to every locale it covers that has no file of its own
    /// for it (after the project's files, so theirs win).
    pub fn add_standard_text(&mut self, standard: StandardText) {
        let stem = standard.stem();
        for locale in self.by_tag.values_mut() {
            if locale.file(&stem).is_some() {
                continue;
            }
            if let Some((tag, text)) = standard.for_locale(&locale.langid) {
                locale.files.push(standard.file(tag, text));
            }
        }
    }

    /// The source locale's folder, when it exists.
    pub fn source_locale(&self) -> Option<&Locale> {
        self.by_tag.get(&self.source)
    }

    /// The locale whose text a job's locale prints: the source locale's for the
    /// pseudolocale, its own for any other.
    pub fn text_locale<'a>(&'a self, tag: &'a str) -> &'a str {
        if tag == super::PSEUDO_LOCALE {
            &self.source
        } else {
            tag
        }
    }
}

/// A locale folder name must be a canonical BCP 47 tag (`lv`, `pt-BR`), as unic-langid writes it,
/// and a folder name every file system can hold.
pub fn validate_tag(tag: &str) -> Result<LanguageIdentifier, String> {
    let langid: LanguageIdentifier = tag.parse().map_err(|_| {
        format!(
            "`{tag}` is not a BCP 47 language tag: a language subtag of 2 or 3 letters (`lv`), optionally a script (`Latn`) and a region (`BR`, `419`), joined by `-` (like `lv`, `pt-BR`, `sr-Latn`)"
        )
    })?;
    if langid != tag {
        return Err(format!(
            "locale tag `{tag}` should be written `{langid}`: in a BCP 47 tag the language subtag is lowercase (`en`), a script title case (`Latn`) and a region uppercase (`GB`), joined by `-`"
        ));
    }
    if matches!(tag, "aux" | "con" | "nul" | "prn") {
        return Err(format!(
            "locale tag `{tag}` cannot name a folder: Windows reserves the name `{}` for a device",
            tag.to_ascii_uppercase()
        ));
    }
    Ok(langid)
}

/// Parses one `.ftl` text: what parsed is kept, with the syntax errors of what did not.
pub fn parse_file(stem: &str, source: SourceText) -> Loaded<FtlFile> {
    let text: &str = &source.text;
    let mut diagnostics = Vec::new();
    let ast = match fluent_syntax::parser::parse(text) {
        Ok(ast) => ast,
        Err((ast, errors)) => {
            for error in errors {
                let start = error.pos.start.min(text.len());
                let end = error.pos.end.clamp(start, text.len()).max(start);
                diagnostics.push(
                    Diagnostic::error(format!("Fluent syntax error: {}", error.kind))
                        .at(
                            &source,
                            start..end.max(start + usize::from(start < text.len())),
                        )
                        .hint("the entry is skipped; fix it to use the message"),
                );
            }
            ast
        }
    };
    let entries = entry_infos(text, &ast);
    let review_status = review_status(&ast);
    let digest = crate::fingerprint::digest(text.as_bytes());
    // The page sentinels are ours alone: translators' text cannot fake a page counter.
    let rewritten = markup::strip_sentinels(&apply_rewrites(text, &plural_rewrites(text, &ast)));
    let resource = match FluentResource::try_new(rewritten) {
        Ok(resource) => resource,
        Err((resource, _)) => resource, // already reported against the original text
    };
    let file = FtlFile {
        stem: stem.to_string(),
        source,
        resource: Arc::new(resource),
        entries,
        review_status,
        digest,
        builtin: None,
    };
    Loaded::new(file, diagnostics)
}

fn entry_infos(text: &str, ast: &ast::Resource<&str>) -> Vec<EntryInfo> {
    let mut out = Vec::new();
    for entry in &ast.body {
        let (id, prefix, facts) = match entry {
            ast::Entry::Message(m) => (
                m.id.name,
                "",
                analyse(text, m.value.as_ref(), &m.attributes),
            ),
            ast::Entry::Term(t) => (t.id.name, "-", analyse(text, Some(&t.value), &t.attributes)),
            _ => continue,
        };
        let start = offset_in(text, id);
        out.push(EntryInfo {
            id: format!("{prefix}{id}"),
            span: start..start + id.len(),
            facts,
        });
    }
    out
}

/// The review status a file declares in a resource comment: `### review-status: drafted`.
fn review_status(ast: &ast::Resource<&str>) -> Option<String> {
    ast.body.iter().find_map(|entry| match entry {
        ast::Entry::ResourceComment(c) => c.content.iter().find_map(|line| {
            line.trim()
                .strip_prefix("review-status:")
                .map(|s| s.trim().to_string())
        }),
        _ => None,
    })
}

/// Shared files (`common.ftl`, or any `_NAME.ftl`) serve every notice; every other file is the
/// text of the notice its name gives, and serves that notice only.
pub fn is_shared(stem: &str) -> bool {
    stem == "common" || stem.starts_with('_')
}

/// An ID may be defined once among the shared files plus any one notice file.
fn duplicates(files: &[FtlFile]) -> Vec<Diagnostic> {
    let (shared, notice_files): (Vec<&FtlFile>, Vec<&FtlFile>) =
        files.iter().partition(|f| is_shared(&f.stem));
    let mut diagnostics = duplicates_in(&shared);
    for notice_file in notice_files {
        let mut group = shared.clone();
        group.push(notice_file);
        // Shared-only duplicates were reported once above.
        diagnostics.extend(
            duplicates_in(&group)
                .into_iter()
                .filter(|d| d.path() == Some(notice_file.source.path.as_path())),
        );
    }
    diagnostics
}

fn duplicates_in(files: &[&FtlFile]) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let mut seen: BTreeMap<&str, (&FtlFile, &EntryInfo)> = BTreeMap::new();
    for file in files.iter().copied() {
        for entry in &file.entries {
            if let Some((first_file, first)) = seen.get(entry.id.as_str()) {
                let (line, col) = first_file.source.line_col(first.span.start);
                diagnostics.push(
                    Diagnostic::error(format!("`{}` is defined twice in this locale", entry.id))
                        .at(&file.source, entry.span.clone())
                        .note(format!(
                            "first defined at {}:{line}:{col}",
                            first_file.source.path.display()
                        )),
                );
            } else {
                seen.insert(&entry.id, (file, entry));
            }
        }
    }
    diagnostics
}

/// Byte positions where `$var` selectors of plural selects must be wrapped in
/// `NOTICEGEN_PLURAL(...)`: a select on a variable whose keys are all CLDR categories.
/// fluent-bundle cannot take another plural-rules engine, and its own is wrong for several EU
/// languages; routing the selector through our ICU4X function keeps the translators' syntax.
pub fn plural_rewrites(text: &str, ast: &ast::Resource<&str>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for entry in &ast.body {
        match entry {
            ast::Entry::Message(m) => {
                if let Some(value) = &m.value {
                    walk_pattern(text, value, &mut out);
                }
                for attribute in &m.attributes {
                    walk_pattern(text, &attribute.value, &mut out);
                }
            }
            ast::Entry::Term(t) => {
                walk_pattern(text, &t.value, &mut out);
                for attribute in &t.attributes {
                    walk_pattern(text, &attribute.value, &mut out);
                }
            }
            _ => {}
        }
    }
    out.sort_unstable();
    out
}

fn walk_pattern(text: &str, pattern: &ast::Pattern<&str>, out: &mut Vec<(usize, usize)>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            walk_expression(text, expression, out);
        }
    }
}

fn walk_expression(text: &str, expression: &ast::Expression<&str>, out: &mut Vec<(usize, usize)>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            let plural_keys = variants.iter().all(|v| match &v.key {
                ast::VariantKey::Identifier { name } => PLURAL_CATEGORIES.contains(name),
                ast::VariantKey::NumberLiteral { .. } => false,
            });
            if let ast::InlineExpression::VariableReference { id } = selector
                && plural_keys
            {
                let name_start = offset_in(text, id.name);
                // `$` directly precedes the name.
                out.push((name_start - 1, name_start + id.name.len()));
            }
            for variant in variants {
                walk_pattern(text, &variant.value, out);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            walk_expression(text, expression, out)
        }
        ast::Expression::Inline(_) => {}
    }
}

fn apply_rewrites(text: &str, rewrites: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(text.len() + rewrites.len() * 20);
    let mut last = 0;
    for &(start, end) in rewrites {
        out.push_str(&text[last..start]);
        out.push_str(PLURAL_FUNCTION);
        out.push('(');
        out.push_str(&text[start..end]);
        out.push(')');
        last = end;
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_selectors_are_wrapped_and_others_left_alone() {
        let text = "a = { $n ->\n    [one] one\n   *[other] many\n}\n\
                    b = { $kind ->\n    [device] d\n   *[other] o\n}\n";
        let ast = fluent_syntax::parser::parse(text).unwrap();
        // The page sentinels are ours alone: translators' text cannot fake a page counter.
        let rewritten =
            markup::strip_sentinels(&apply_rewrites(text, &plural_rewrites(text, &ast)));
        assert!(
            rewritten.contains("{ NOTICEGEN_PLURAL($n) ->"),
            "{rewritten}"
        );
        assert!(rewritten.contains("{ $kind ->"), "{rewritten}");
    }

    #[test]
    fn tags_must_be_canonical() {
        assert!(validate_tag("lv").is_ok());
        assert!(validate_tag("pt-BR").is_ok());
        assert!(validate_tag("pt-br").unwrap_err().contains("pt-BR"));
        assert!(validate_tag("../etc").is_err());
        assert!(
            validate_tag("EN")
                .unwrap_err()
                .contains("should be written `en`")
        );
        assert!(validate_tag("con").unwrap_err().contains("Windows"));
    }
}
