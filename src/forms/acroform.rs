//! AcroForm fields with lopdf: text, date, checkbox, radio group and signature fields, with
//! appearance streams for every state (no reliance on NeedAppearances), tooltips, an embedded
//! Unicode font in `/DR`, widgets in the page's tab order and linked into the structure tree.

use std::collections::{BTreeMap, HashMap};

use lopdf::{Dictionary, Document, Object, ObjectId, Stream, StringFormat, dictionary};

use super::{FieldBox, FieldKind, FormWriter, PdfMeta, font};
use crate::diag::Diagnostic;

/// The PDF form writer of noticegen 0.1: rewrites the typst-pdf output with lopdf.
pub struct LopdfForms;

const FLAG_REQUIRED: i64 = 1 << 1;
const FLAG_MULTILINE: i64 = 1 << 12;
const FLAG_NO_TOGGLE_TO_OFF: i64 = 1 << 14;
const FLAG_RADIO: i64 = 1 << 15;
const PRINT: i64 = 4;
const TEXT_SIZE: f64 = 9.0;

/// A PDF text string: UTF-16BE with a byte-order mark (the only encoding that holds any label).
/// Not `lopdf::text_string`, which writes ASCII text as PDFDocEncoding: every PDF written so
/// far would change its bytes.
pub fn text_string(text: &str) -> Object {
    let mut bytes = Vec::new();
    lopdf::encode_utf16_be(text, &mut bytes);
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// Decodes a PDF text string with lopdf: UTF-16BE or UTF-8 after a byte-order mark, else
/// PDFDocEncoding. `None` when the object is not a string. A returned form's string that is
/// not valid UTF-16 or UTF-8 is read lossily, never dropped (its field was filled in).
pub fn decode_text(object: &Object) -> Option<String> {
    let bytes = object.as_str().ok()?;
    Some(lopdf::decode_text_string(object).unwrap_or_else(|_| {
        match bytes.strip_prefix(&[0xFE, 0xFF]) {
            Some(rest) => {
                let units: Vec<u16> = rest
                    .chunks(2)
                    .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
                    .collect();
                String::from_utf16_lossy(&units)
            }
            None => {
                String::from_utf8_lossy(bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes))
                    .into_owned()
            }
        }
    }))
}

fn form_xobject(width: f64, height: f64, content: &str, resources: Dictionary) -> Stream {
    Stream::new(
        dictionary! {
            "Type" => "XObject",
            "Subtype" => "Form",
            "BBox" => vec![0.into(), 0.into(), Object::Real(width as f32), Object::Real(height as f32)],
            "Resources" => resources,
        },
        content.as_bytes().to_vec(),
    )
}

/// A check mark drawn as a vector path, scaled to the box.
fn check_mark(width: f64, height: f64) -> String {
    let (w, h) = (width, height);
    format!(
        "q 0.05 0.15 0.45 RG {lw:.2} w 1 J 1 j {x1:.2} {y1:.2} m {x2:.2} {y2:.2} l {x3:.2} {y3:.2} l S Q",
        lw = (w.min(h) * 0.14).max(0.8),
        x1 = w * 0.2,
        y1 = h * 0.52,
        x2 = w * 0.42,
        y2 = h * 0.26,
        x3 = w * 0.82,
        y3 = h * 0.8
    )
}

/// The appearance of a text field holding `value`: Noto Sans glyphs, clipped to the box, one
/// line, or top-down lines for a multiline field.
fn text_appearance(value: &str, width: f64, height: f64, multiline: bool) -> String {
    let font = font::form_font();
    let hex = |line: &str| -> String {
        line.chars()
            .map(|c| format!("{:04X}", font.glyphs.get(&c).copied().unwrap_or(0)))
            .collect()
    };
    let mut out = format!(
        "/Tx BMC q 1 1 {:.2} {:.2} re W n BT /{} {TEXT_SIZE} Tf 0 g ",
        (width - 2.0).max(0.0),
        (height - 2.0).max(0.0),
        font::RESOURCE_NAME
    );
    let leading = TEXT_SIZE * 1.15;
    if multiline {
        out.push_str(&format!(
            "{leading:.2} TL 2 {:.2} Td ",
            height - 2.0 - TEXT_SIZE
        ));
        for (i, line) in value.lines().enumerate() {
            if i > 0 {
                out.push_str("T* ");
            }
            out.push_str(&format!("<{}> Tj ", hex(line)));
        }
    } else {
        let baseline = ((height - TEXT_SIZE) / 2.0 + TEXT_SIZE * 0.22).max(1.0);
        let line = value.lines().collect::<Vec<_>>().join(" ");
        out.push_str(&format!("2 {baseline:.2} Td <{}> Tj ", hex(&line)));
    }
    out.push_str("ET Q EMC");
    out
}

fn required_flag(field: &FieldBox) -> i64 {
    if field.required { FLAG_REQUIRED } else { 0 }
}

/// An error of the PDF library while the fields are added.
fn pdf_error(error: impl std::fmt::Display) -> Diagnostic {
    Diagnostic::error(format!("form fields: {error}"))
}

struct Writer<'a> {
    doc: Document,
    pages: BTreeMap<u32, ObjectId>,
    font_id: ObjectId,
    /// Field tree nodes by qualified name (intermediate nodes and terminal fields).
    nodes: HashMap<String, ObjectId>,
    /// Top-level fields, in form order.
    top: Vec<ObjectId>,
    /// Widgets per page, in form order.
    annots: BTreeMap<ObjectId, Vec<ObjectId>>,
    /// Appearance streams shared between same-size boxes.
    appearances: HashMap<(i64, i64), (ObjectId, ObjectId)>,
    meta: &'a PdfMeta,
}

impl Writer<'_> {
    /// The parent node for `name` (creating intermediate nodes), and the last segment.
    fn parent_for(&mut self, name: &str) -> (Option<ObjectId>, String) {
        let segments: Vec<&str> = name.split('.').collect();
        let mut parent = None;
        let mut qualified = String::new();
        for segment in &segments[..segments.len() - 1] {
            if !qualified.is_empty() {
                qualified.push('.');
            }
            qualified.push_str(segment);
            let id = match self.nodes.get(&qualified) {
                Some(id) => *id,
                None => {
                    let mut node = dictionary! { "T" => Object::string_literal(*segment), "Kids" => Vec::<Object>::new() };
                    if let Some(p) = parent {
                        node.set("Parent", Object::Reference(p));
                    }
                    let id = self.doc.add_object(node);
                    self.attach(parent, id);
                    self.nodes.insert(qualified.clone(), id);
                    id
                }
            };
            parent = Some(id);
        }
        (
            parent,
            segments.last().copied().unwrap_or_default().to_string(),
        )
    }

    fn attach(&mut self, parent: Option<ObjectId>, child: ObjectId) {
        match parent {
            None => self.top.push(child),
            Some(p) => {
                if let Ok(Object::Array(kids)) = self
                    .doc
                    .get_dictionary_mut(p)
                    .and_then(|d| d.get_mut(b"Kids"))
                {
                    kids.push(Object::Reference(child));
                }
            }
        }
    }

    fn toggle_appearances(&mut self, w: f64, h: f64) -> (ObjectId, ObjectId) {
        let key = ((w * 100.0).round() as i64, (h * 100.0).round() as i64);
        if let Some(pair) = self.appearances.get(&key) {
            return *pair;
        }
        let on = self
            .doc
            .add_object(form_xobject(w, h, &check_mark(w, h), Dictionary::new()));
        let off = self
            .doc
            .add_object(form_xobject(w, h, "", Dictionary::new()));
        self.appearances.insert(key, (on, off));
        (on, off)
    }

    /// Adds one field's widget (and its field node) on `page_id`.
    fn add(&mut self, field: &FieldBox, page_id: ObjectId) -> Result<(), Diagnostic> {
        let [left, top, right, bottom] = field.rect;
        let size = ((right - left).max(1.0), (bottom - top).max(1.0));
        let rect = vec![
            Object::Real(left as f32),
            Object::Real((field.page_height - bottom) as f32),
            Object::Real(right as f32),
            Object::Real((field.page_height - top) as f32),
        ];
        let widget = dictionary! {
            "Type" => "Annot",
            "Subtype" => "Widget",
            "Rect" => rect,
            "F" => PRINT,
            "P" => Object::Reference(page_id),
        };
        let widget_id = match field.kind {
            FieldKind::Radio => self.add_radio(field, widget, size),
            _ => self.add_terminal(field, widget, size)?,
        };
        self.annots.entry(page_id).or_default().push(widget_id);
        Ok(())
    }

    /// The radio group of `field`'s name, made on its first button.
    fn radio_group(&mut self, field: &FieldBox, tip: Option<Object>) -> ObjectId {
        if let Some(id) = self.nodes.get(&field.name) {
            return *id;
        }
        let (grandparent, segment) = self.parent_for(&field.name);
        let mut group = dictionary! {
            "FT" => "Btn",
            "Ff" => FLAG_RADIO | FLAG_NO_TOGGLE_TO_OFF | required_flag(field),
            "T" => Object::string_literal(segment),
            "V" => "Off",
            "Kids" => Vec::<Object>::new(),
        };
        if let Some(tip) = tip {
            group.set("TU", tip);
        }
        if let Some(gp) = grandparent {
            group.set("Parent", Object::Reference(gp));
        }
        let id = self.doc.add_object(group);
        self.attach(grandparent, id);
        self.nodes.insert(field.name.clone(), id);
        id
    }

    /// One button of a radio group: its widget is a kid of the group.
    fn add_radio(
        &mut self,
        field: &FieldBox,
        mut widget: Dictionary,
        (w, h): (f64, f64),
    ) -> ObjectId {
        let export = field.value.clone().unwrap_or_else(|| "Yes".into());
        let tip = field.tip.as_deref().map(text_string);
        let parent = self.radio_group(field, tip.clone());
        let (on, off) = self.toggle_appearances(w, h);
        let mut states = Dictionary::new();
        states.set(export.as_bytes().to_vec(), Object::Reference(on));
        states.set("Off", Object::Reference(off));
        widget.set("Parent", Object::Reference(parent));
        // pdf.js takes a button's tooltip (its accessible name) from the widget, not
        // from the group it belongs to.
        if let Some(tip) = tip {
            widget.set("TU", tip);
        }
        widget.set("AS", "Off");
        widget.set("AP", dictionary! { "N" => states });
        widget.set("MK", dictionary! { "CA" => Object::string_literal("4") });
        let id = self.doc.add_object(widget);
        if let Ok(Object::Array(kids)) = self
            .doc
            .get_dictionary_mut(parent)
            .and_then(|d| d.get_mut(b"Kids"))
        {
            kids.push(Object::Reference(id));
        }
        id
    }

    /// A field that is its own widget: text, date, checkbox or signature.
    fn add_terminal(
        &mut self,
        field: &FieldBox,
        mut widget: Dictionary,
        (w, h): (f64, f64),
    ) -> Result<ObjectId, Diagnostic> {
        if self.nodes.contains_key(&field.name) {
            return Err(Diagnostic::error(format!(
                "form fields: form field `{}` appears twice",
                field.name
            ))
            .hint("give each field of the notice's reply form its own name"));
        }
        let (parent, segment) = self.parent_for(&field.name);
        widget.set("T", Object::string_literal(segment));
        if let Some(tip) = field.tip.as_deref().map(text_string) {
            widget.set("TU", tip);
        }
        if let Some(p) = parent {
            widget.set("Parent", Object::Reference(p));
        }
        match field.kind {
            FieldKind::Checkbox => self.checkbox(field, &mut widget, (w, h)),
            FieldKind::Signature => {
                // An empty appearance: PDF/A wants one on every widget.
                let ap = self
                    .doc
                    .add_object(form_xobject(w, h, "", Dictionary::new()));
                widget.set("FT", "Sig");
                widget.set("AP", dictionary! { "N" => ap });
            }
            _ => self.text_field(field, &mut widget, (w, h)),
        }
        let id = self.doc.add_object(widget);
        self.attach(parent, id);
        self.nodes.insert(field.name.clone(), id);
        Ok(id)
    }

    fn checkbox(&mut self, field: &FieldBox, widget: &mut Dictionary, (w, h): (f64, f64)) {
        let (on, off) = self.toggle_appearances(w, h);
        let state = if field.default.as_deref() == Some("Yes") {
            "Yes"
        } else {
            "Off"
        };
        widget.set("FT", "Btn");
        widget.set("Ff", required_flag(field));
        widget.set("V", state);
        widget.set("AS", state);
        widget.set(
            "AP",
            dictionary! { "N" => dictionary! { "Yes" => on, "Off" => off } },
        );
        widget.set("MK", dictionary! { "CA" => Object::string_literal("4") });
    }

    /// A text, multiline or date field: its style, value and appearance.
    fn text_field(&mut self, field: &FieldBox, widget: &mut Dictionary, (w, h): (f64, f64)) {
        let multiline = field.kind == FieldKind::Multiline;
        widget.set("FT", "Tx");
        widget.set(
            "Ff",
            if multiline { FLAG_MULTILINE } else { 0 } | required_flag(field),
        );
        if field.kind == FieldKind::Date {
            self.date_checks(widget);
        }
        widget.set(
            "DA",
            Object::string_literal(format!("/{} {TEXT_SIZE} Tf 0 g", font::RESOURCE_NAME)),
        );
        // MuPDF (1.26 and later) never uses the document's font for typed
        // text; a default style makes it lay out every value with fonts it
        // embeds, instead of non-embedded Helvetica for Latin-1, Greek and
        // Cyrillic. Other viewers do not read `/DS` on widgets.
        widget.set(
            "DS",
            Object::string_literal(format!(
                "font-family: sans-serif; font-size: {TEXT_SIZE}pt; color: #000000"
            )),
        );
        let value = field.default.as_deref().unwrap_or_default();
        widget.set("V", text_string(value));
        let content = if value.is_empty() {
            "/Tx BMC EMC".to_string()
        } else {
            text_appearance(value, w, h, multiline)
        };
        let resources =
            dictionary! { "Font" => dictionary! { font::RESOURCE_NAME => self.font_id } };
        let ap = self.doc.add_object(form_xobject(w, h, &content, resources));
        widget.set("AP", dictionary! { "N" => ap });
    }

    /// A date field's length and, where scripts are allowed, its format checks.
    fn date_checks(&self, widget: &mut Dictionary) {
        let Some(format) = &self.meta.date_format else {
            return;
        };
        widget.set("MaxLen", format.max_len() as i64);
        if self.meta.scripts {
            let (keystroke, display) = format.actions();
            let js = |script: String| {
                dictionary! { "S" => "JavaScript", "JS" => Object::string_literal(script) }
            };
            widget.set(
                "AA",
                dictionary! { "K" => js(keystroke), "F" => js(display) },
            );
        }
    }

    fn finish(mut self) -> Result<Vec<u8>, Diagnostic> {
        for (page_id, widgets) in std::mem::take(&mut self.annots) {
            let refs: Vec<Object> = widgets.iter().map(|id| Object::Reference(*id)).collect();
            let existing = self
                .doc
                .get_dictionary(page_id)
                .map_err(pdf_error)?
                .get(b"Annots")
                .ok()
                .cloned();
            let mut annots = match existing {
                Some(Object::Reference(id)) => self
                    .doc
                    .get_object(id)
                    .and_then(Object::as_array)
                    .cloned()
                    .unwrap_or_default(),
                Some(Object::Array(a)) => a,
                _ => Vec::new(),
            };
            annots.extend(refs);
            let page = self.doc.get_dictionary_mut(page_id).map_err(pdf_error)?;
            page.set("Annots", annots);
            // Tab order: the structure tree's where the widgets are linked into one, else
            // the order of the rows.
            let tagged = link_structure(&mut self.doc, page_id, &widgets);
            self.doc
                .get_dictionary_mut(page_id)
                .map_err(pdf_error)?
                .set("Tabs", if tagged { "S" } else { "R" });
        }
        let fields: Vec<Object> = self.top.iter().map(|id| Object::Reference(*id)).collect();
        let acroform = self.doc.add_object(dictionary! {
            "Fields" => fields,
            "DR" => dictionary! { "Font" => dictionary! { font::RESOURCE_NAME => self.font_id } },
            "DA" => Object::string_literal(format!("/{} {TEXT_SIZE} Tf 0 g", font::RESOURCE_NAME)),
        });
        let catalog = self.doc.catalog_mut().map_err(pdf_error)?;
        catalog.set("AcroForm", acroform);
        // Viewers show the notice's title, not the file name (PDF/UA-1 7.1).
        catalog.set(
            "ViewerPreferences",
            dictionary! { "DisplayDocTitle" => true },
        );
        set_info(&mut self.doc, self.meta);
        inline_outline_destinations(&mut self.doc);
        let mut out = Vec::new();
        self.doc.save_to(&mut out).map_err(pdf_error)?;
        Ok(out)
    }
}

/// Writes each outline item's destination array in place of a reference to it. Both are valid
/// PDF, but PDFBox (2.0, and its PDF/A Preflight) cannot read an indirect `/Dest` array.
fn inline_outline_destinations(doc: &mut Document) {
    let mut dests = Vec::new();
    for (id, object) in &doc.objects {
        if let Object::Dictionary(dict) = object
            && let Ok(Object::Reference(target)) = dict.get(b"Dest")
            && dict.has(b"Parent")
            && let Ok(Object::Array(array)) = doc.get_object(*target)
        {
            dests.push((*id, array.clone()));
        }
    }
    for (id, array) in dests {
        if let Ok(dict) = doc.get_dictionary_mut(id) {
            dict.set("Dest", array);
        }
    }
}

/// Records the notice, locale and generator in the document information dictionary.
fn set_info(doc: &mut Document, meta: &PdfMeta) {
    let entries = [
        ("NoticegenNotice", meta.id.notice.as_str()),
        ("NoticegenLocale", meta.id.locale.as_str()),
        ("NoticegenVersion", meta.generator.as_str()),
    ]
    .into_iter()
    .chain(meta.id.account.as_deref().map(|a| ("NoticegenAccount", a)))
    .chain(meta.token.iter().flat_map(|t| {
        [
            (super::token::LETTER_KEY, t.letter.as_str()),
            (super::token::TOKEN_KEY, t.token.as_str()),
        ]
    }));
    let info_id = match doc.trailer.get(b"Info") {
        Ok(Object::Reference(id)) => *id,
        _ => {
            let id = doc.add_object(Dictionary::new());
            doc.trailer.set("Info", id);
            id
        }
    };
    if let Ok(info) = doc.get_dictionary_mut(info_id) {
        for (key, value) in entries {
            info.set(key, text_string(value));
        }
    }
}

/// Links each widget into the structure tree of a tagged PDF as a `/Form` element under the
/// document element, with a `/StructParent` entry in the parent tree. Untagged PDFs, or trees
/// of another shape, are left as they are.
fn link_structure(doc: &mut Document, page_id: ObjectId, widgets: &[ObjectId]) -> bool {
    let Ok(Object::Reference(root_id)) = doc
        .catalog()
        .and_then(|c| c.get(b"StructTreeRoot"))
        .cloned()
    else {
        return false;
    };
    let Ok(root) = doc.get_dictionary(root_id).cloned() else {
        return false;
    };
    let Some(document_elem) = document_element(doc, &root) else {
        return false;
    };
    let Some((parent_tree_id, mut parent_tree, mut nums)) = flat_parent_tree(doc, &root) else {
        return false;
    };
    let mut next_key = match root.get(b"ParentTreeNextKey") {
        Ok(Object::Integer(n)) => *n,
        _ => nums
            .iter()
            .step_by(2)
            .filter_map(|k| k.as_i64().ok())
            .max()
            .map_or(0, |m| m + 1),
    };
    let mut new_kids = Vec::new();
    for widget in widgets {
        let elem = doc.add_object(dictionary! {
            "Type" => "StructElem",
            "S" => "Form",
            "P" => Object::Reference(document_elem),
            "Pg" => Object::Reference(page_id),
            "K" => dictionary! { "Type" => "OBJR", "Obj" => Object::Reference(*widget), "Pg" => Object::Reference(page_id) },
        });
        if let Ok(w) = doc.get_dictionary_mut(*widget) {
            w.set("StructParent", next_key);
        }
        nums.push(Object::Integer(next_key));
        nums.push(Object::Reference(elem));
        new_kids.push(Object::Reference(elem));
        next_key += 1;
    }
    parent_tree.set("Nums", nums);
    match parent_tree_id {
        Some(id) => {
            if let Ok(d) = doc.get_dictionary_mut(id) {
                *d = parent_tree;
            }
        }
        None => {
            if let Ok(root) = doc.get_dictionary_mut(root_id) {
                root.set("ParentTree", parent_tree);
            }
        }
    }
    if let Ok(root) = doc.get_dictionary_mut(root_id) {
        root.set("ParentTreeNextKey", next_key);
    }
    append_kids(doc, document_elem, new_kids);
    true
}

/// The document element: the structure root's single kid (the /K array may itself be
/// indirect).
fn document_element(doc: &Document, root: &Dictionary) -> Option<ObjectId> {
    let kids = match root.get(b"K") {
        Ok(Object::Reference(id)) => match doc.get_object(*id) {
            Ok(Object::Array(kids)) => kids.clone(),
            Ok(Object::Dictionary(_)) => vec![Object::Reference(*id)],
            _ => return None,
        },
        Ok(Object::Array(kids)) => kids.clone(),
        _ => return None,
    };
    match kids.as_slice() {
        [Object::Reference(document_elem)] => Some(*document_elem),
        _ => None,
    }
}

/// The parent tree when it is a flat /Nums array (direct in the root or indirect): its id when
/// indirect, the tree and its numbers.
fn flat_parent_tree(
    doc: &Document,
    root: &Dictionary,
) -> Option<(Option<ObjectId>, Dictionary, Vec<Object>)> {
    let (id, tree) = match root.get(b"ParentTree") {
        Ok(Object::Reference(id)) => (Some(*id), doc.get_dictionary(*id).ok()?.clone()),
        Ok(Object::Dictionary(d)) => (None, d.clone()),
        _ => return None,
    };
    let Ok(Object::Array(nums)) = tree.get(b"Nums").cloned() else {
        return None;
    };
    if tree.has(b"Kids") {
        return None;
    }
    Some((id, tree, nums))
}

/// Appends `new_kids` to an element's /K, whatever form it has (none, one kid, an array,
/// an indirect array).
fn append_kids(doc: &mut Document, elem_id: ObjectId, new_kids: Vec<Object>) {
    let elem_kids = doc
        .get_dictionary(elem_id)
        .ok()
        .and_then(|e| e.get(b"K").ok().cloned());
    let merged = match elem_kids {
        Some(Object::Reference(id)) if matches!(doc.get_object(id), Ok(Object::Array(_))) => {
            if let Ok(Object::Array(kids)) = doc.get_object_mut(id) {
                kids.extend(new_kids);
            }
            return;
        }
        Some(Object::Array(mut kids)) => {
            kids.extend(new_kids);
            kids
        }
        Some(other) => {
            let mut kids = vec![other];
            kids.extend(new_kids);
            kids
        }
        None => new_kids,
    };
    if let Ok(elem) = doc.get_dictionary_mut(elem_id) {
        elem.set("K", merged);
    }
}

impl FormWriter for LopdfForms {
    fn write(
        &self,
        pdf: Vec<u8>,
        fields: &[FieldBox],
        page_offset: usize,
        meta: &PdfMeta,
    ) -> Result<Vec<u8>, Diagnostic> {
        let mut doc = Document::load_mem(&pdf).map_err(|e| {
            Diagnostic::error(format!("form fields: cannot read the exported PDF: {e}"))
        })?;
        let pages = doc.get_pages();
        let font_id = font::add_to(&mut doc, font::form_font());
        let mut writer = Writer {
            doc,
            pages,
            font_id,
            nodes: HashMap::new(),
            top: Vec::new(),
            annots: BTreeMap::new(),
            appearances: HashMap::new(),
            meta,
        };
        for field in fields {
            let Some(page) = field.page.checked_sub(page_offset) else {
                continue;
            };
            let Some(page_id) = writer.pages.get(&(page as u32)).copied() else {
                continue;
            };
            writer.add(field, page_id)?;
        }
        writer.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_strings_round_trip_through_utf16() {
        let text = "Kārena Gutekunsta ķ ņ ļ š ž";
        assert_eq!(decode_text(&text_string(text)).as_deref(), Some(text));
        let plain = Object::string_literal("plain");
        assert_eq!(decode_text(&plain).as_deref(), Some("plain"));
        assert_eq!(decode_text(&Object::Integer(1)), None);
    }

    #[test]
    fn text_strings_without_a_byte_order_mark_are_pdfdocencoding() {
        // PDFDocEncoding is not Latin-1: 0x80 is a bullet, 0x84 an em dash, 0x90 a right
        // single quotation mark (PDF 2.0, table D.2); Latin-1 has control codes there.
        let bytes = Object::string_literal(b"\x80 it\x90s \x84 caf\xe9".to_vec());
        assert_eq!(
            decode_text(&bytes).as_deref(),
            Some("\u{2022} it\u{2019}s \u{2014} café")
        );
        // A broken UTF-16 string (a lone surrogate) is read, not dropped.
        let broken = Object::String(
            vec![0xFE, 0xFF, 0xD8, 0x00, 0x00, 0x41],
            StringFormat::Literal,
        );
        assert_eq!(decode_text(&broken).as_deref(), Some("\u{FFFD}A"));
    }
}
