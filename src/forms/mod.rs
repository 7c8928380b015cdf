//! The forms stage: from field boxes the typeset document reports to fillable AcroForm fields.
//!
//! Typst 0.15 has no form fields. The style module marks each field's box with two metadata
//! markers (top-left and bottom-right corner, labelled `noticegen-field-start` / `-end`); after
//! layout the introspector gives their page and position, and [`acroform`] adds real widgets to
//! the exported PDF. The writer sits behind [`FormWriter`] so native Typst forms can replace it.

pub mod acroform;
pub mod font;
pub mod replies;

use std::collections::HashMap;

use typst::foundations::{Label, Selector, Value};
use typst::introspection::{Introspector, MetadataElem};
use typst::utils::PicoStr;
use typst_layout::PagedDocument;

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
    /// Whether a reply must fill it (PDF `Required` flag; `replies collect` checks it).
    pub required: bool,
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
    pub notice: String,
    pub locale: String,
    pub generator: String,
}

/// Adds fillable fields to an exported PDF.
pub trait FormWriter: Sync {
    /// `fields` are on pages of `pdf` numbered from 1 after subtracting `page_offset`.
    fn write(&self, pdf: Vec<u8>, fields: &[FieldBox], page_offset: usize, meta: &PdfMeta)
    -> Result<Vec<u8>, String>;
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

/// The field boxes of a laid-out document, in document order. Start and end markers are paired
/// by name, kind and value, in order.
pub fn locate_fields(document: &PagedDocument) -> Result<Vec<FieldBox>, String> {
    let introspector = document.introspector();
    let markers = |name: &str| -> Vec<(Value, usize, f64, f64)> {
        introspector
            .query(&label(name))
            .iter()
            .filter_map(|content| {
                let meta = content.to_packed::<MetadataElem>()?;
                let position = introspector.position(content.location()?)?;
                Some((meta.value.clone(), position.page.get(), position.point.x.to_pt(), position.point.y.to_pt()))
            })
            .collect()
    };
    let starts = markers("noticegen-field-start");
    let mut ends: HashMap<(String, String, Option<String>), Vec<(usize, f64, f64)>> = HashMap::new();
    for (value, page, x, y) in markers("noticegen-field-end").into_iter().rev() {
        let key = (dict_str(&value, "name").unwrap_or_default(), dict_str(&value, "kind").unwrap_or_default(), dict_str(&value, "value"));
        ends.entry(key).or_default().push((page, x, y));
    }
    let mut fields = Vec::new();
    for (value, page, x, y) in starts {
        let name = dict_str(&value, "name").ok_or("a form field marker has no name")?;
        let kind_text = dict_str(&value, "kind").unwrap_or_default();
        let kind = FieldKind::parse(&kind_text).ok_or_else(|| format!("field `{name}`: unknown kind `{kind_text}`"))?;
        let export = dict_str(&value, "value");
        let key = (name.clone(), kind_text, export.clone());
        let (end_page, x2, y2) = ends
            .get_mut(&key)
            .and_then(Vec::pop)
            .ok_or_else(|| format!("field `{name}`: its box has no end marker"))?;
        if end_page != page {
            return Err(format!("field `{name}`: its box is split across pages {page} and {end_page}"));
        }
        let page_height = document.pages()[page - 1].frame.height().to_pt();
        fields.push(FieldBox {
            name,
            kind,
            value: export,
            tip: dict_str(&value, "tip"),
            required: matches!(&value, Value::Dict(d) if matches!(d.get("required"), Ok(Value::Bool(true)))),
            page,
            rect: [x, y, x2, y2],
            page_height,
        });
    }
    Ok(fields)
}

/// The pages of the verification form (1-based, inclusive): from the form title to the end.
pub fn form_pages(document: &PagedDocument) -> Option<(usize, usize)> {
    let introspector = document.introspector();
    let start = introspector.query(&label("noticegen-form-start")).first()?.location()?;
    let page = introspector.position(start)?.page.get();
    Some((page, document.pages().len()))
}
