//! The forms stage: from field boxes the typeset document reports to fillable AcroForm fields.
//!
//! Typst 0.15 has no form fields. The style module marks each field's box with two metadata
//! markers (top-left and bottom-right corner, labelled `noticegen-field-start` / `-end`); after
//! layout the introspector gives their page and position, and [`acroform`] adds real widgets to
//! the exported PDF. The writer sits behind [`FormWriter`] so native Typst forms can replace it.

pub mod acroform;
pub mod collect;
pub mod date;
pub mod font;
pub mod inert;
pub mod replies;
pub mod token;

use std::collections::HashMap;

use typst::foundations::{Label, Selector, Value};
use typst::introspection::{Introspector, MetadataElem};
use typst::utils::PicoStr;
use typst_layout::PagedDocument;

use crate::diag::Diagnostic;
use crate::notice::FormKind;

/// What kind of PDF field a box becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    Multiline,
    Date,
    Checkbox,
    /// One button of a radio group; the group is every box with the same name.
    Radio,
    Signature,
}

impl FieldKind {
    fn parse(kind: &str) -> Option<Self> {
        Some(match kind {
            "text" => Self::Text,
            "multiline" => Self::Multiline,
            "date" => Self::Date,
            "checkbox" => Self::Checkbox,
            "radio" => Self::Radio,
            "signature" => Self::Signature,
            _ => return None,
        })
    }
}

/// One field box as laid out: page (1-based) and rectangle in points from the page's top left.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldBox {
    pub name: String,
    pub kind: FieldKind,
    /// The export value of a radio button or checkbox (`Yes`, `No`).
    pub value: Option<String>,
    /// Tooltip: the localized label as plain text.
    pub tip: Option<String>,
    /// Whether a reply must fill it (the PDF `Required` flag, for viewers; `replies collect`
    /// judges by the notice's definition, `notice::form_spec`, not by this flag).
    pub required: bool,
    /// The value it starts out holding (a recipient's account, name...; `Yes` for a ticked box).
    pub default: Option<String>,
    pub page: usize,
    /// `[left, top, right, bottom]` in points.
    pub rect: [f64; 4],
    /// The page's height in points (to flip into PDF coordinates).
    pub page_height: f64,
}

/// Identity and provenance written into every PDF, so a returned form can be read back
/// whatever its language.
#[derive(Debug, Clone)]
pub struct PdfMeta {
    pub id: crate::identity::LetterId,
    pub generator: String,
    /// A per-recipient letter's reply token, when a project key is configured.
    pub token: Option<token::LetterToken>,
    /// The locale's format of date fields (`form-date-format`).
    pub date_format: Option<date::DateFormat>,
    /// Whether fields may carry JavaScript actions (the date checks); PDF/A forbids them.
    pub scripts: bool,
}

/// Adds fillable fields to an exported PDF.
pub trait FormWriter: Sync {
    /// `fields` are on pages of `pdf` numbered from 1 after subtracting `page_offset`.
    fn write(
        &self,
        pdf: Vec<u8>,
        fields: &[FieldBox],
        page_offset: usize,
        meta: &PdfMeta,
    ) -> Result<Vec<u8>, Diagnostic>;
}

fn label(name: &str) -> Selector {
    Selector::Label(Label::new(PicoStr::intern(name)).expect("non-empty label"))
}

fn dict_str(value: &Value, key: &str) -> Option<String> {
    match value {
        Value::Dict(dict) => match dict.get(key).ok()? {
            Value::Str(s) => Some(s.to_string()),
            _ => None,
        },
        _ => None,
    }
}

/// A corner marker as laid out.
struct Marker {
    data: Value,
    page: usize,
    x: f64,
    y: f64,
}

/// Name, kind and export value: what pairs a start marker with its end marker.
type MarkerKey = (String, String, Option<String>);

fn marker_key(data: &Value) -> MarkerKey {
    (
        dict_str(data, "name").unwrap_or_default(),
        dict_str(data, "kind").unwrap_or_default(),
        dict_str(data, "value"),
    )
}

fn markers(document: &PagedDocument, name: &str) -> Vec<Marker> {
    let introspector = document.introspector();
    introspector
        .query(&label(name))
        .iter()
        .filter_map(|content| {
            let meta = content.to_packed::<MetadataElem>()?;
            let position = introspector.position(content.location()?)?;
            Some(Marker {
                data: meta.value.clone(),
                page: position.page.get(),
                x: position.point.x.to_pt(),
                y: position.point.y.to_pt(),
            })
        })
        .collect()
}

/// A problem with the form fields of a letter, as the build reports it.
fn field_error(name: &str, problem: String) -> Diagnostic {
    Diagnostic::error(format!("form fields: field `{name}`: {problem}"))
}

/// The field boxes of a laid-out document, in document order. Start and end markers are paired
/// by name, kind and value, in order.
pub fn locate_fields(document: &PagedDocument) -> Result<Vec<FieldBox>, Diagnostic> {
    let mut ends: HashMap<MarkerKey, Vec<Marker>> = HashMap::new();
    for end in markers(document, "noticegen-field-end").into_iter().rev() {
        ends.entry(marker_key(&end.data)).or_default().push(end);
    }
    let mut fields = Vec::new();
    for start in markers(document, "noticegen-field-start") {
        let key = marker_key(&start.data);
        let (name, kind_text, export) = key.clone();
        let kind = FieldKind::parse(&kind_text).ok_or_else(|| {
            field_error(&name, format!("unknown kind `{kind_text}`")).hint(
                "a template's field box names one of: text, multiline, date, checkbox, radio, signature",
            )
        })?;
        let end = ends.get_mut(&key).and_then(Vec::pop).ok_or_else(|| {
            field_error(&name, "its box has no end marker".into())
                .hint("a template that draws a field box must close it with the style module's end marker")
        })?;
        if end.page != start.page {
            let problem = format!(
                "its box is split across pages {} and {}",
                start.page, end.page
            );
            return Err(field_error(&name, problem)
                .hint("keep the field on one page: shorten the text before it, or start the form on a new page"));
        }
        let required = matches!(&start.data, Value::Dict(d) if matches!(d.get("required"), Ok(Value::Bool(true))));
        fields.push(FieldBox {
            tip: dict_str(&start.data, "tip"),
            default: dict_str(&start.data, "default").filter(|d| !d.is_empty()),
            required,
            name,
            kind,
            value: export,
            page: start.page,
            rect: [start.x, start.y, end.x, end.y],
            page_height: document.pages()[start.page - 1].frame.height().to_pt(),
        });
    }
    Ok(fields)
}

/// The reply forms' pages (1-based, inclusive), in document order: each form runs from its
/// title (marked `noticegen-form-start` with the form's kind) to the page before the next form,
/// the last one to the end of the document.
pub fn form_sections(document: &PagedDocument) -> Vec<(FormKind, usize, usize)> {
    let mut starts: Vec<(FormKind, usize)> = markers(document, "noticegen-form-start")
        .into_iter()
        .map(|m| {
            let kind = match &m.data {
                Value::Str(s) if s.as_str() == "distributor" => FormKind::Distributor,
                _ => FormKind::Customer,
            };
            (kind, m.page)
        })
        .collect();
    starts.sort_by_key(|(_, page)| *page);
    let total = document.pages().len();
    let mut sections = Vec::new();
    for (i, (kind, first)) in starts.iter().enumerate() {
        let last = starts
            .get(i + 1)
            .map_or(total, |(_, next)| next.saturating_sub(1).max(*first));
        sections.push((*kind, *first, last));
    }
    sections
}
