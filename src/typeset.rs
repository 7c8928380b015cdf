//! The typeset stage: Typst source -> laid-out document -> PDF bytes, in-process.
//!
//! Fonts and the standard library are loaded once and shared by every job; each job gets a small
//! [`World`] that serves only its generated source and the project's Typst style files. There is
//! no file system and no package access: `#read("/etc/passwd")` or `#import "@preview/..."` in
//! a template fails with "file not found".

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Smart};
use typst::layout::PageRanges;
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::diag::{Diagnostic, Loaded, SourceText};
use crate::localize::intl::CivilDate;

/// What the PDFs are for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Profile {
    /// PDF 1.7 for reading, printing and filling in (tagged).
    #[default]
    Screen,
    /// PDF/A-2b for records kept for years: XMP claim, every font embedded, forms still fillable.
    Archive,
}

impl Profile {
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Screen => "screen",
            Profile::Archive => "archive",
        }
    }
}

/// The virtual path of the generated notice source.
pub const MAIN_PATH: &str = "/notice.typ";

/// Fonts compiled into the binary: typst's own (Libertinus Serif, New Computer Modern, DejaVu
/// Sans Mono) and Noto Sans (Latin, Greek, Cyrillic) in four styles.
pub fn embedded_fonts() -> Vec<&'static [u8]> {
    let mut fonts: Vec<&'static [u8]> = vec![
        ttf_noto_sans::REGULAR,
        ttf_noto_sans::BOLD,
        ttf_noto_sans::ITALIC,
        ttf_noto_sans::BOLD_ITALIC,
    ];
    fonts.extend(typst_assets::fonts());
    fonts
}

/// What every job shares: the standard library, the fonts and the parsed style files.
pub struct Typesetter {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    /// Typst files the generated source may import, parsed once, by virtual path.
    files: HashMap<FileId, Source>,
    /// Binary files it may read (the profiles' logos), by virtual path.
    assets: HashMap<FileId, Bytes>,
}

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("noticegen's own virtual paths are valid");
    FileId::new(RootedPath::new(VirtualRoot::Project, vpath))
}

impl Typesetter {
    /// `typst_files`: name -> text of the Typst modules templates import (`style.typ`);
    /// `assets`: virtual path (`/assets/...`) -> bytes of the images they show.
    pub fn new(typst_files: &BTreeMap<String, Arc<str>>, assets: &[(String, Vec<u8>)]) -> Self {
        let fonts: Vec<Font> = embedded_fonts()
            .into_iter()
            .flat_map(|data| Font::iter(Bytes::new(data)))
            .collect();
        let book = FontBook::from_fonts(&fonts);
        let files = typst_files
            .iter()
            .map(|(name, text)| {
                let id = file_id(&format!("/{name}"));
                (id, Source::new(id, text.to_string()))
            })
            .collect();
        let assets = assets
            .iter()
            .map(|(path, bytes)| (file_id(path), Bytes::new(bytes.clone())))
            .collect();
        Self {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(book),
            fonts,
            files,
            assets,
        }
    }

    /// Lays out one generated source, its warnings with it as typst-cli shows them. Errors
    /// (after the warnings) become diagnostics pointing into the generated source or the style
    /// module.
    pub fn compile(
        &self,
        source: String,
        date: CivilDate,
    ) -> Result<Loaded<PagedDocument>, Vec<Diagnostic>> {
        let main = Source::new(file_id(MAIN_PATH), source);
        let world = JobWorld {
            shared: self,
            main,
            today: date,
        };
        let result = typst::compile::<PagedDocument>(&world);
        let mut warnings: Vec<Diagnostic> = result
            .warnings
            .iter()
            .map(|w| world.diagnostic(w))
            .collect();
        match result.output {
            Ok(document) => Ok(Loaded::new(document, warnings)),
            Err(errors) => {
                warnings.extend(errors.iter().map(|e| world.diagnostic(e)));
                Err(warnings)
            }
        }
    }

    /// Exports a laid-out document as PDF. `ident` makes the PDF's ID stable across builds; the
    /// timestamp is the notice date, never the clock, so identical inputs give identical bytes.
    pub fn pdf(
        &self,
        document: &PagedDocument,
        ident: &str,
        timestamp: Datetime,
        pages: Option<PageRanges>,
        profile: Profile,
    ) -> Result<Vec<u8>, Vec<Diagnostic>> {
        let standards = match profile {
            Profile::Screen => PdfStandards::default(),
            // typst-pdf validates as it writes: anything PDF/A-2b forbids is an export error.
            Profile::Archive => PdfStandards::new(&[PdfStandard::A_2b])
                .map_err(|e| vec![Diagnostic::error(format!("PDF/A-2b: {}", e.message()))])?,
        };
        let options = PdfOptions {
            standards,
            ident: Smart::Custom(ident.to_string()),
            creator: Smart::Custom(Some(format!("noticegen {}", env!("CARGO_PKG_VERSION")))),
            timestamp: Some(Timestamp::new_utc(timestamp)),
            // typst-pdf cannot tag a page range; the form-only PDF is untagged.
            tagged: pages.is_none(),
            page_ranges: pages,
            ..PdfOptions::default()
        };
        typst_pdf::pdf(document, &options).map_err(|errors| {
            errors
                .iter()
                .map(|e| Diagnostic::error(format!("PDF export: {}", e.message)))
                .collect()
        })
    }
}

/// The world of one job: its generated source plus the shared files and fonts.
struct JobWorld<'a> {
    shared: &'a Typesetter,
    main: Source,
    today: CivilDate,
}

impl JobWorld<'_> {
    fn lookup(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            return Ok(self.main.clone());
        }
        self.shared
            .files
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(id.vpath().get_with_slash().into()))
    }

    fn diagnostic(&self, error: &SourceDiagnostic) -> Diagnostic {
        let message = format!("typst: {}", error.message);
        let mut d = match error.severity {
            typst::diag::Severity::Error => Diagnostic::error(message),
            typst::diag::Severity::Warning => Diagnostic::warning(message),
        };
        if let (Some(id), Some(range)) = (error.span.id(), self.range(error.span))
            && let Ok(source) = self.lookup(id)
        {
            let name = if id == self.main.id() {
                "<generated>/notice.typ".to_string()
            } else {
                format!("templates{}", id.vpath().get_with_slash())
            };
            d = d.at(&SourceText::new(name, source.text()), range);
        }
        for hint in &error.hints {
            d = d.hint(hint.v.to_string());
        }
        d
    }
}

impl World for JobWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.shared.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.shared.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.lookup(id)
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some(bytes) = self.shared.assets.get(&id) {
            return Ok(bytes.clone());
        }
        self.lookup(id)
            .map(|source| Bytes::from_string(source.text().to_string()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.shared.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Datetime::from_ymd(self.today.year, self.today.month, self.today.day)
    }
}
