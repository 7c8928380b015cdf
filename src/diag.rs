//! Diagnostics a person can act on: file, line and column, the source line, a caret, hints.
//!
//! Every stage reports user-caused problems as [`Diagnostic`]s, carried one way: a step that
//! goes on past problems returns [`Loaded`] (its value and what it found, like typst's
//! `Warned`); a step that fails returns `Err` with its diagnostics; a step that cannot go on at
//! all returns [`ProjectError`], which holds every diagnostic met before the stop too, so none is
//! dropped on the way out. This module renders them for a terminal (codespan-reporting, like
//! typst-cli) or as JSON for CI.

use std::io::IsTerminal;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use codespan_reporting::diagnostic::{Diagnostic as CsDiagnostic, Label};
use codespan_reporting::files::{Files, SimpleFile};
use codespan_reporting::term::{self, termcolor};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Said for the record (a waived rule), neither a warning nor an error.
    Note,
    Warning,
    Error,
}

/// A text file as read from disk, kept for pointing into it.
#[derive(Debug, Clone)]
pub struct SourceText {
    /// Path as shown to the user (relative to the project root where possible).
    pub path: PathBuf,
    pub text: Arc<str>,
    /// codespan's file, with its line index, made on first use (many diagnostics in a large
    /// file must not each rescan it) and shared by the copies.
    file: Arc<std::sync::OnceLock<SimpleFile<String, Arc<str>>>>,
}

impl SourceText {
    pub fn new(path: impl Into<PathBuf>, text: impl Into<Arc<str>>) -> Self {
        Self {
            path: path.into(),
            text: text.into(),
            file: Arc::default(),
        }
    }

    fn file(&self) -> &SimpleFile<String, Arc<str>> {
        self.file.get_or_init(|| {
            SimpleFile::new(self.path.display().to_string(), Arc::clone(&self.text))
        })
    }

    /// Byte offset of a 1-based line and column (column counted in characters).
    pub fn offset(&self, line: usize, column: usize) -> usize {
        let Ok(range) = self.file().line_range((), line.saturating_sub(1)) else {
            return self.text.len();
        };
        let start = range.start;
        let l = &self.text[range];
        let col = l
            .char_indices()
            .nth(column.saturating_sub(1))
            .map(|(i, _)| i);
        start + col.unwrap_or(l.trim_end_matches(['\n', '\r']).len())
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        match self.file().location((), offset) {
            Ok(location) => (location.line_number, location.column_number),
            Err(_) => (1, 1),
        }
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One problem found in the user's input.
#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    /// Where the problem is, when known (boxed: diagnostics travel in `Result`s).
    pub location: Option<Box<Location>>,
    /// Extra lines: `hint: ...`, `note: ...`.
    pub notes: Vec<String>,
}

/// A value and the diagnostics met making it: warnings, and errors of parts left out (a broken
/// notice, an `.ftl` entry that does not parse). The caller decides what they mean for it.
#[must_use = "its diagnostics must be reported or passed on"]
#[derive(Debug)]
pub struct Loaded<T> {
    pub value: T,
    pub diagnostics: Vec<Diagnostic>,
}

impl<T> Loaded<T> {
    pub fn new(value: T, diagnostics: Vec<Diagnostic>) -> Self {
        Self { value, diagnostics }
    }

    /// The value, its diagnostics appended to `sink` (the caller's own, in order).
    pub fn into_value(self, sink: &mut Vec<Diagnostic>) -> T {
        sink.extend(self.diagnostics);
        self.value
    }

    /// Whether any of the diagnostics is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// A step that could not go on (exit status 2 for a command): every diagnostic met up to the
/// stop, the ones that stopped it last.
#[derive(Debug)]
pub struct ProjectError(pub Vec<Diagnostic>);

impl ProjectError {
    /// Stops with `cause` after what was found before it.
    pub fn after(mut found: Vec<Diagnostic>, cause: impl IntoIterator<Item = Diagnostic>) -> Self {
        found.extend(cause);
        Self(found)
    }
}

impl From<Diagnostic> for ProjectError {
    fn from(d: Diagnostic) -> Self {
        Self(vec![d])
    }
}

impl From<Vec<Diagnostic>> for ProjectError {
    fn from(diagnostics: Vec<Diagnostic>) -> Self {
        Self(diagnostics)
    }
}

/// A file, and the byte range in it when known.
#[derive(Debug, Clone)]
pub struct Location {
    pub path: PathBuf,
    pub source: Option<SourceText>,
    pub span: Option<Range<usize>>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            message: message.into(),
            location: None,
            notes: Vec::new(),
        }
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(message)
        }
    }

    /// Points at a byte range of a source file.
    pub fn at(mut self, source: &SourceText, span: Range<usize>) -> Self {
        self.location = Some(Box::new(Location {
            path: source.path.clone(),
            source: Some(source.clone()),
            span: Some(span),
        }));
        self
    }

    /// Points at a 1-based line and column of a source file, underlining `len` bytes.
    pub fn at_line_col(self, source: &SourceText, line: usize, column: usize, len: usize) -> Self {
        let start = source.offset(line, column);
        let end = (start + len).min(source.text.len());
        self.at(source, start..end)
    }

    /// Names a file without a position.
    pub fn in_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.location = Some(Box::new(Location {
            path: path.into(),
            source: None,
            span: None,
        }));
        self
    }

    /// The file the diagnostic is about.
    pub fn path(&self) -> Option<&Path> {
        self.location.as_ref().map(|l| l.path.as_path())
    }

    /// 1-based line and column, when the diagnostic points into a file.
    pub fn line_col(&self) -> Option<(usize, usize)> {
        let location = self.location.as_ref()?;
        Some(
            location
                .source
                .as_ref()?
                .line_col(location.span.as_ref()?.start),
        )
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.notes.push(format!("hint: {}", hint.into()));
        self
    }

    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(format!("note: {}", note.into()));
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The same finding as a warning.
    pub fn as_warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// The same finding for the record only, counted neither as a warning nor as an error.
    pub fn as_remark(mut self) -> Self {
        self.severity = Severity::Note;
        self
    }

    pub fn is_warning(&self) -> bool {
        self.severity == Severity::Warning
    }

    /// `file:line:col` (or just the file) for one-line summaries.
    pub fn location(&self) -> Option<String> {
        let path = self.path()?.display();
        Some(match self.line_col() {
            Some((line, col)) => format!("{path}:{line}:{col}"),
            None => path.to_string(),
        })
    }

    fn to_json(&self) -> JsonDiagnostic {
        let (line, column) = self.line_col().unzip();
        JsonDiagnostic {
            severity: self.severity,
            message: self.message.clone(),
            file: self.path().map(|p| p.display().to_string()),
            line,
            column,
            notes: self.notes.clone(),
        }
    }
}

#[derive(Serialize)]
struct JsonDiagnostic {
    severity: Severity,
    message: String,
    file: Option<String>,
    line: Option<usize>,
    column: Option<usize>,
    notes: Vec<String>,
}

/// Diagnostics as a JSON array (for `--format json`).
pub fn to_json(diagnostics: &[Diagnostic]) -> serde_json::Value {
    serde_json::to_value(
        diagnostics
            .iter()
            .map(Diagnostic::to_json)
            .collect::<Vec<_>>(),
    )
    .unwrap_or_default()
}

/// Renders diagnostics to a string, without colour (for tests and logs).
pub fn render_plain(diagnostics: &[Diagnostic]) -> String {
    let mut buffer = termcolor::NoColor::new(Vec::new());
    for diagnostic in diagnostics {
        emit(&mut buffer, diagnostic);
    }
    String::from_utf8_lossy(&buffer.into_inner()).into_owned()
}

/// Renders diagnostics to stderr, in colour when stderr is a terminal.
pub fn print(diagnostics: &[Diagnostic]) {
    let choice = if std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
        termcolor::ColorChoice::Auto
    } else {
        termcolor::ColorChoice::Never
    };
    let stream = termcolor::StandardStream::stderr(choice);
    let mut lock = stream.lock();
    for diagnostic in diagnostics {
        emit(&mut lock, diagnostic);
    }
}

fn emit(out: &mut dyn termcolor::WriteColor, diagnostic: &Diagnostic) {
    let config = term::Config::default();
    let base = match diagnostic.severity {
        Severity::Error => CsDiagnostic::error(),
        Severity::Warning => CsDiagnostic::warning(),
        Severity::Note => CsDiagnostic::note(),
    };
    let located = diagnostic.location.as_deref();
    match located.and_then(|l| Some((l.source.as_ref()?, l.span.clone()?))) {
        Some((source, span)) => {
            let cs = base
                .with_message(&diagnostic.message)
                .with_labels(vec![Label::primary((), span)])
                .with_notes(diagnostic.notes.clone());
            let _ = term::emit_to_write_style(out, &config, source.file(), &cs);
        }
        None => {
            let message = match diagnostic.path() {
                Some(path) => format!("{}: {}", path.display(), diagnostic.message),
                None => diagnostic.message.clone(),
            };
            let file = SimpleFile::new(String::new(), "");
            let cs = base
                .with_message(message)
                .with_notes(diagnostic.notes.clone());
            let _ = term::emit_to_write_style(out, &config, &file, &cs);
        }
    }
}

/// Shows `path` relative to `root` when it lies inside it.
pub fn display_path(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_round_trips_with_multibyte_text() {
        let source = SourceText::new("x.ftl", "a = 1\nb = ā ķ ņ\nc = 3\n");
        let offset = source.offset(2, 5);
        assert_eq!(&source.text[offset..offset + 2], "ā");
        assert_eq!(source.line_col(offset), (2, 5));
    }

    #[test]
    fn plain_rendering_names_file_line_and_caret() {
        let source = SourceText::new("locales/lv/common.ftl", "ok = fine\nbad = { $x\n");
        let d = Diagnostic::error("expected `}`")
            .at_line_col(&source, 2, 11, 1)
            .hint("close it");
        let text = render_plain(&[d]);
        assert!(text.contains("locales/lv/common.ftl:2:11"), "{text}");
        assert!(text.contains("bad = { $x"), "{text}");
        assert!(text.contains("hint: close it"), "{text}");
    }
}
