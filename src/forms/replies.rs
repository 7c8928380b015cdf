//! Reading filled verification forms back: `noticegen replies collect`.
//!
//! Any noticegen form, in any language, is identified by the notice and locale it records in
//! its document information, and its fields by their stable names. Each file becomes one
//! [`Reply`]; a damaged or foreign PDF becomes a reply with an error, never a stop.

use std::path::{Path, PathBuf};

use lopdf::{Dictionary, Document, Object};
use serde::Serialize;

use super::acroform::decode_text;
use super::date::DateFormat;
use super::token::{self, ReplyKey, Verification};

const FLAG_REQUIRED: i64 = 1 << 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Complete,
    Incomplete,
    /// A readable PDF that is not a noticegen form (no notice recorded, no fields).
    NotANoticegenForm,
    /// The file could not be read as a PDF.
    Unreadable,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Complete => "complete",
            Status::Incomplete => "incomplete",
            Status::NotANoticegenForm => "not a noticegen form",
            Status::Unreadable => "unreadable",
        }
    }
}

/// One form field as read back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldValue {
    pub name: String,
    /// `Tx`, `Btn`, `Sig`, ...
    pub kind: String,
    /// The text typed, or the chosen export value (`Yes`, `No`); empty when not answered.
    pub value: String,
    pub required: bool,
    /// Why the value is not acceptable (a date not in the form's format).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

/// One returned form.
#[derive(Debug, Clone, Serialize)]
pub struct Reply {
    pub file: PathBuf,
    pub notice: Option<String>,
    pub locale: Option<String>,
    /// The recipient's account, for a form from a per-recipient letter.
    pub account: Option<String>,
    /// The letter's fingerprint and reply token, as the PDF records them.
    #[serde(skip)]
    pub letter: Option<String>,
    #[serde(skip)]
    pub token: Option<String>,
    /// Whether the recorded account can be trusted (per-recipient forms only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification: Option<Verification>,
    pub status: Status,
    /// Required fields left empty.
    pub missing: Vec<String>,
    /// Fields whose value is not acceptable, with the reason ("date: ... is not a date").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<String>,
    pub fields: Vec<FieldValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// What `replies collect` reads at most from one file. A returned form is untrusted input:
/// a file over a limit is reported unreadable with the reason, never read into memory whole.
/// Our forms are 0.3-1.5 MB with a few thousand objects and under a hundred fields; a form
/// saved by a viewer grows, but not by orders of magnitude.
pub mod limits {
    /// File size: 32 MiB, twenty times our largest form.
    pub const FILE_BYTES: u64 = 32 << 20;
    /// One decoded object or cross-reference stream: 16 MiB (lopdf's default is 256 MiB).
    pub const STREAM_BYTES: usize = 16 << 20;
    /// Objects in the file: 200,000 (ours have about 2,000).
    pub const OBJECTS: usize = 200_000;
    /// All parsed objects together, estimated: 256 MiB, so many small decompression bombs
    /// cannot add up to an out-of-memory.
    pub const OBJECT_MEMORY: usize = 256 << 20;
    /// Form fields: 5,000 (ours have under 100).
    pub const FIELDS: usize = 5_000;
}

/// Reads one filled form.
pub fn read_reply(path: &Path) -> Reply {
    let unreadable = |message: String| Reply {
        error: Some(message),
        ..Reply::empty(path)
    };
    let size = match std::fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) => return unreadable(format!("cannot read `{}`: {e}", path.display())),
    };
    if size > limits::FILE_BYTES {
        return unreadable(format!(
            "`{}` is {} MiB; a returned form may be at most {} MiB",
            path.display(),
            size >> 20,
            limits::FILE_BYTES >> 20
        ));
    }
    match std::fs::read(path) {
        Ok(bytes) => read_reply_bytes(path, &bytes),
        Err(e) => unreadable(format!("cannot read `{}`: {e}", path.display())),
    }
}

/// Reads one filled form from its bytes; `path` names it in the reply.
pub fn read_reply_bytes(path: &Path, bytes: &[u8]) -> Reply {
    let mut reply = Reply::empty(path);
    if bytes.len() as u64 > limits::FILE_BYTES {
        reply.error = Some(format!(
            "`{}` is over {} MiB",
            path.display(),
            limits::FILE_BYTES >> 20
        ));
        return reply;
    }
    let doc = match load_bounded(bytes) {
        Ok(doc) => doc,
        Err(reason) => {
            reply.error = Some(format!(
                "`{}` is not a readable PDF: {reason}",
                path.display()
            ));
            return reply;
        }
    };
    let info = doc
        .trailer
        .get(b"Info")
        .ok()
        .and_then(|o| deref(&doc, o))
        .and_then(|o| o.as_dict().ok());
    let info_text = |key: &[u8]| {
        info.and_then(|d| d.get(key).ok())
            .and_then(|o| o.as_str().ok())
            .map(decode_text)
    };
    reply.notice = info_text(b"NoticegenNotice");
    reply.locale = info_text(b"NoticegenLocale");
    reply.account = info_text(b"NoticegenAccount");
    reply.letter = info_text(token::LETTER_KEY.as_bytes());
    reply.token = info_text(token::TOKEN_KEY.as_bytes());
    reply.fields = match read_fields(&doc) {
        Ok(fields) => fields,
        Err(reason) => {
            reply.error = Some(format!(
                "`{}` is not a readable form: {reason}",
                path.display()
            ));
            return reply;
        }
    };
    if reply.notice.is_none() || reply.fields.is_empty() {
        reply.status = Status::NotANoticegenForm;
        reply.error = Some(format!(
            "`{}` is not a noticegen form (no notice number recorded{})",
            path.display(),
            if reply.fields.is_empty() {
                ", no form fields"
            } else {
                ""
            }
        ));
        return reply;
    }
    reply.missing = missing_required(&reply.fields);
    reply.problems = reply
        .fields
        .iter()
        .filter_map(|f| Some(format!("{}: {}", f.name, f.problem.as_ref()?)))
        .collect();
    reply.status = if reply.missing.is_empty() && reply.problems.is_empty() {
        Status::Complete
    } else {
        Status::Incomplete
    };
    reply
}

impl Reply {
    fn empty(path: &Path) -> Self {
        Reply {
            file: path.to_path_buf(),
            notice: None,
            locale: None,
            account: None,
            letter: None,
            token: None,
            verification: None,
            status: Status::Unreadable,
            missing: Vec::new(),
            problems: Vec::new(),
            fields: Vec::new(),
            error: None,
        }
    }

    /// Checks the reply token of a per-recipient form against `key` (`None`: no key
    /// configured). Forms without an account (general copies) have nothing to verify.
    pub fn verify(&mut self, key: Option<&ReplyKey>) {
        let (Some(notice), Some(account)) = (&self.notice, &self.account) else {
            return;
        };
        self.verification = Some(match key {
            None => Verification::Unkeyed,
            Some(key) => {
                let valid = match (&self.locale, &self.letter, &self.token) {
                    (Some(locale), Some(letter), Some(token)) => {
                        key.verify(notice, account, locale, letter, token)
                    }
                    _ => false,
                };
                if valid {
                    Verification::Verified
                } else {
                    Verification::Unverified
                }
            }
        });
    }

    /// Whether the reply answers for its recorded account: a readable noticegen form whose
    /// token verifies, or any such form when no key is configured.
    pub fn answers_for_account(&self) -> bool {
        matches!(self.status, Status::Complete | Status::Incomplete)
            && self.verification != Some(Verification::Unverified)
    }
}

thread_local! {
    /// Estimated bytes of objects parsed so far by [`load_bounded`] on this thread, and
    /// whether the budget ran out. lopdf parses on the calling thread (no rayon feature).
    static PARSED: std::cell::Cell<(usize, usize, bool)> = const { std::cell::Cell::new((0, 0, false)) };
}

/// Rough heap size of a parsed object: enough to bound the total, not to account exactly.
fn weight(object: &Object) -> usize {
    const NODE: usize = 48;
    match object {
        Object::String(bytes, _) | Object::Name(bytes) => NODE + bytes.len(),
        Object::Array(items) => NODE + items.iter().map(weight).sum::<usize>(),
        Object::Dictionary(dict) => {
            NODE + dict.iter().map(|(k, v)| k.len() + weight(v)).sum::<usize>()
        }
        Object::Stream(stream) => {
            NODE + stream.content.len()
                + stream
                    .dict
                    .iter()
                    .map(|(k, v)| k.len() + weight(v))
                    .sum::<usize>()
        }
        _ => NODE,
    }
}

/// lopdf's per-object hook: counts objects and their weight, and drops everything once a
/// budget is spent (the load then reports it, instead of growing without end).
fn budget(id: (u32, u16), object: &mut Object) -> Option<((u32, u16), Object)> {
    let over = PARSED.with(|cell| {
        let (objects, bytes, over) = cell.get();
        let (objects, bytes) = (objects + 1, bytes.saturating_add(weight(object)));
        let over = over || objects > limits::OBJECTS || bytes > limits::OBJECT_MEMORY;
        cell.set((objects, bytes, over));
        over
    });
    // lopdf keeps `object` itself for a top-level object, the returned copy for a member of
    // an object stream.
    (!over).then(|| (id, object.clone()))
}

/// Loads a PDF within [`limits`].
fn load_bounded(bytes: &[u8]) -> Result<Document, String> {
    PARSED.with(|cell| cell.set((0, 0, false)));
    let options = lopdf::LoadOptions {
        filter: Some(budget),
        max_decompressed_size: Some(limits::STREAM_BYTES),
        ..lopdf::LoadOptions::default()
    };
    let loaded = Document::load_mem_with_options(bytes, options);
    let (objects, _, over) = PARSED.with(|cell| cell.get());
    if over {
        return Err(format!(
            "over the limits of a returned form ({} objects or ~{} MiB of objects)",
            limits::OBJECTS,
            limits::OBJECT_MEMORY >> 20
        ));
    }
    let _ = objects;
    loaded.map_err(|e| match e {
        lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. }) => format!(
            "a stream decodes to more than {} MiB",
            limits::STREAM_BYTES >> 20
        ),
        other => other.to_string(),
    })
}

fn deref<'a>(doc: &'a Document, object: &'a Object) -> Option<&'a Object> {
    match object {
        Object::Reference(id) => doc.get_object(*id).ok(),
        other => Some(other),
    }
}

/// Terminal fields of the AcroForm tree, with qualified names, in tree order; at most
/// [`limits::FIELDS`].
fn read_fields(doc: &Document) -> Result<Vec<FieldValue>, String> {
    let mut out = Vec::new();
    let Some(acroform) = doc
        .catalog()
        .ok()
        .and_then(|c| c.get(b"AcroForm").ok())
        .and_then(|o| deref(doc, o))
        .and_then(|o| o.as_dict().ok())
    else {
        return Ok(out);
    };
    let mut visited = 0;
    if let Some(Object::Array(fields)) = acroform.get(b"Fields").ok().and_then(|o| deref(doc, o)) {
        for field in fields {
            walk(doc, field, "", None, &mut out, 0, &mut visited);
        }
    }
    if visited > limits::FIELDS {
        return Err(format!("more than {} form fields", limits::FIELDS));
    }
    Ok(out)
}

fn walk(
    doc: &Document,
    node: &Object,
    prefix: &str,
    inherited_ft: Option<String>,
    out: &mut Vec<FieldValue>,
    depth: usize,
    visited: &mut usize,
) {
    // A cycle in a damaged file, or a tree too large for a form: stop (the caller reports it).
    *visited += 1;
    if depth > 32 || *visited > limits::FIELDS {
        return;
    }
    let Some(dict) = deref(doc, node).and_then(|o| o.as_dict().ok()) else {
        return;
    };
    let segment = dict
        .get(b"T")
        .ok()
        .and_then(|o| o.as_str().ok())
        .map(decode_text);
    let name = match (&segment, prefix.is_empty()) {
        (Some(s), true) => s.clone(),
        (Some(s), false) => format!("{prefix}.{s}"),
        (None, _) => prefix.to_string(),
    };
    let ft = dict
        .get(b"FT")
        .ok()
        .and_then(|o| o.as_name().ok())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .or(inherited_ft);
    let kids: Vec<&Object> = match dict.get(b"Kids").ok().and_then(|o| deref(doc, o)) {
        Some(Object::Array(kids)) => kids.iter().collect(),
        _ => Vec::new(),
    };
    let has_field_kids = kids.iter().any(|k| {
        deref(doc, k)
            .and_then(|o| o.as_dict().ok())
            .is_some_and(|d| d.has(b"T"))
    });
    if has_field_kids {
        for kid in kids {
            walk(doc, kid, &name, ft.clone(), out, depth + 1, visited);
        }
        return;
    }
    let Some(kind) = ft else { return };
    let mut value = field_value(doc, dict);
    if kind == "Btn" {
        // Some writers store a button's state as a string "/Yes"; some set only the widgets'
        // appearance state.
        value = value.trim_start_matches('/').to_string();
        if value == "Off" {
            value.clear();
        }
        if value.is_empty() {
            value = kids
                .iter()
                .filter_map(|k| deref(doc, k).and_then(|o| o.as_dict().ok()))
                .filter_map(|w| w.get(b"AS").ok().and_then(|o| o.as_name().ok()))
                .map(|n| String::from_utf8_lossy(n).into_owned())
                .find(|n| n != "Off")
                .unwrap_or_default();
        }
    }
    // A date field checks its value against the format its own format action names.
    let problem = match (kind.as_str(), value.is_empty()) {
        ("Tx", false) => date_format(doc, dict).and_then(|f| f.check(&value).err()),
        _ => None,
    };
    out.push(FieldValue {
        value,
        problem,
        required: dict
            .get(b"Ff")
            .ok()
            .and_then(|o| o.as_i64().ok())
            .is_some_and(|f| f & FLAG_REQUIRED != 0),
        name,
        kind,
    });
}

/// The date format of a field's `/AA /F` action (`AFDate_FormatEx("...")`), if it has one.
fn date_format(doc: &Document, dict: &Dictionary) -> Option<DateFormat> {
    let actions = deref(doc, dict.get(b"AA").ok()?)?.as_dict().ok()?;
    let format = deref(doc, actions.get(b"F").ok()?)?.as_dict().ok()?;
    let script = match deref(doc, format.get(b"JS").ok()?)? {
        Object::String(bytes, _) => decode_text(bytes),
        Object::Stream(stream) => {
            String::from_utf8_lossy(&stream.get_plain_content_with_limit(1 << 16).ok()?)
                .into_owned()
        }
        _ => return None,
    };
    DateFormat::from_format_action(&script)
}

fn field_value(doc: &Document, dict: &Dictionary) -> String {
    match dict.get(b"V").ok().and_then(|o| deref(doc, o)) {
        Some(Object::Name(name)) => {
            let name = String::from_utf8_lossy(name).into_owned();
            if name == "Off" { String::new() } else { name }
        }
        Some(Object::String(bytes, _)) => decode_text(bytes).trim().to_string(),
        Some(Object::Dictionary(_)) => "signed".to_string(),
        _ => String::new(),
    }
}

/// Required fields left empty. A ticked `<group>.not_applicable` box exempts the whole group.
fn missing_required(fields: &[FieldValue]) -> Vec<String> {
    let exempt: Vec<String> = fields
        .iter()
        .filter(|f| f.name.ends_with(".not_applicable") && !f.value.is_empty())
        .map(|f| f.name.trim_end_matches("not_applicable").to_string())
        .collect();
    fields
        .iter()
        .filter(|f| f.required && f.value.is_empty())
        .filter(|f| !exempt.iter().any(|prefix| f.name.starts_with(prefix)))
        .map(|f| f.name.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(name: &str, value: &str, required: bool) -> FieldValue {
        FieldValue {
            name: name.into(),
            kind: "Tx".into(),
            value: value.into(),
            required,
            problem: None,
        }
    }

    /// A PDF holding one object stream of `decoded` bytes (spaces, deflated to a few KiB),
    /// written by hand: lopdf's writer would drop an object stream it did not make.
    fn pdf_with_object_stream(decoded: usize) -> Vec<u8> {
        use std::io::Write;
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        let spaces = vec![b' '; 1 << 20];
        for _ in 0..decoded >> 20 {
            encoder.write_all(&spaces).unwrap();
        }
        let content = encoder.finish().unwrap();
        let mut pdf = b"%PDF-1.7\n".to_vec();
        let catalog = pdf.len();
        pdf.extend_from_slice(b"1 0 obj\n<< /Type /Catalog >>\nendobj\n");
        let stream = pdf.len();
        pdf.extend_from_slice(
            format!(
                "2 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length {} >>\nstream\n",
                content.len()
            )
            .as_bytes(),
        );
        pdf.extend_from_slice(&content);
        pdf.extend_from_slice(b"\nendstream\nendobj\n");
        let xref = pdf.len();
        pdf.extend_from_slice(
            format!(
                "xref\n0 3\n0000000000 65535 f \n{catalog:010} 00000 n \n{stream:010} 00000 n \n\
                 trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            )
            .as_bytes(),
        );
        pdf
    }

    #[test]
    fn files_over_a_limit_are_unreadable_with_the_reason() {
        let bomb = pdf_with_object_stream(limits::STREAM_BYTES + (1 << 20));
        assert!(bomb.len() < 200_000, "a small file: {}", bomb.len());
        let reply = read_reply_bytes(Path::new("bomb.pdf"), &bomb);
        assert_eq!(reply.status, Status::Unreadable);
        let error = reply.error.unwrap();
        assert!(error.contains("decodes to more than 16 MiB"), "{error}");

        let huge = vec![b'%'; limits::FILE_BYTES as usize + 1];
        let reply = read_reply_bytes(Path::new("huge.pdf"), &huge);
        assert_eq!(reply.status, Status::Unreadable);
        assert!(reply.error.unwrap().contains("over 32 MiB"));
    }

    #[test]
    fn not_applicable_exempts_its_group() {
        let fields = vec![
            field("company_name", "ACME", true),
            field("customer.read", "", true),
            field("distributor.not_applicable", "Yes", false),
            field("distributor.informed", "", true),
        ];
        assert_eq!(missing_required(&fields), vec!["customer.read".to_string()]);
    }
}
