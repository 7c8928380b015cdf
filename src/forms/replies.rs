//! Reading filled verification forms back: `noticegen replies collect`.
//!
//! Any noticegen form, in any language, is identified by the notice and locale it records in
//! its document information, and its fields by their stable names. Each file becomes one
//! [`Reply`]; a damaged, encrypted or foreign PDF becomes a reply with an error, never a stop.
//!
//! A returned form is untrusted: whether it is complete is judged against the notice's own form
//! definition in the project ([`FormBook`], [`Reply::judge`]), never by the flags the PDF
//! carries, which anyone can clear.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use lopdf::{Dictionary, Document, Object};
use serde::Serialize;

use super::acroform::decode_text;
use super::date::DateFormat;
use super::token::{self, ReplyKey, Verification};
use crate::notice::{FieldRole, FieldSpec, FormKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Complete,
    Incomplete,
    /// A noticegen form of a notice the project does not hold: it cannot be judged.
    UnknownNotice,
    /// A readable PDF that is not a noticegen form (no notice recorded, no fields).
    NotANoticegenForm,
    /// Encrypted with a password: its fields cannot be read.
    Encrypted,
    /// The file could not be read as a PDF.
    Unreadable,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Complete => "complete",
            Status::Incomplete => "incomplete",
            Status::UnknownNotice => "notice not in the project",
            Status::NotANoticegenForm => "not a noticegen form",
            Status::Encrypted => "encrypted",
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
    /// Whether the notice's form requires it (not what the PDF's flags say).
    pub required: bool,
    /// Whether the notice's form defines a field of this name; other fields are listed but
    /// never counted.
    pub declared: bool,
    /// Why the value is not acceptable (a date not in the form's format).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
    /// A signature field's signing time (`/M`), as the PDF writes it.
    #[serde(skip)]
    pub signed: Option<String>,
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
    /// Which of its notice's reply forms it is (by the fields it holds); empty until judged.
    pub forms: Vec<FormKind>,
    /// Another reply of the same account, notice and form that counts instead of this one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub superseded_by: Option<PathBuf>,
    /// Required fields left empty.
    pub missing: Vec<String>,
    /// Fields whose value is not acceptable, with the reason ("date: ... is not a date").
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<String>,
    pub fields: Vec<FieldValue>,
    /// Active content found in the file (XFA, JavaScript, actions): never run, but reported.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// When it was signed (a signature's `/M`) and last saved (`/ModDate`), in seconds since
    /// 1970 (UTC): which of two replies of one account is the later.
    #[serde(skip)]
    pub signed_at: Option<i64>,
    #[serde(skip)]
    pub modified_at: Option<i64>,
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
        Err(LoadError::Encrypted(reason)) => {
            reply.status = Status::Encrypted;
            reply.error = Some(encrypted_message(path, &reason));
            return reply;
        }
        Err(LoadError::Other(reason)) => {
            reply.error = Some(format!(
                "`{}` is not a readable PDF: {reason}",
                path.display()
            ));
            return reply;
        }
    };
    // lopdf reads an encrypted file it cannot decrypt (a user password is set) as a document
    // without objects.
    if doc.trailer.has(b"Encrypt") && doc.encryption_state.is_none() {
        reply.status = Status::Encrypted;
        reply.error = Some(encrypted_message(path, "it needs a password to open"));
        return reply;
    }
    read_info(&doc, &mut reply);
    reply.warnings = active_content(&doc);
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
    reply.signed_at = reply
        .fields
        .iter()
        .filter_map(|f| f.signed.as_deref().and_then(pdf_date_seconds))
        .max();
    if reply.notice.is_none() || reply.fields.is_empty() {
        reply.status = Status::NotANoticegenForm;
        let no_fields = if reply.fields.is_empty() {
            ", no form fields"
        } else {
            ""
        };
        reply.error = Some(format!(
            "`{}` is not a noticegen form (no notice number recorded{no_fields})",
            path.display()
        ));
        return reply;
    }
    reply.problems = reply
        .fields
        .iter()
        .filter_map(|f| Some(format!("{}: {}", f.name, f.problem.as_ref()?)))
        .collect();
    // Not judged yet: only the notice's own form definition can say it is complete.
    reply.status = Status::UnknownNotice;
    reply
}

/// What the document information records: notice, locale, account, the letter's token and
/// when the file was last saved.
fn read_info(doc: &Document, reply: &mut Reply) {
    let info = doc
        .trailer
        .get(b"Info")
        .ok()
        .and_then(|o| deref(doc, o))
        .and_then(|o| o.as_dict().ok());
    let info_text = |key: &[u8]| info.and_then(|d| d.get(key).ok()).and_then(decode_text);
    reply.notice = info_text(b"NoticegenNotice");
    reply.locale = info_text(b"NoticegenLocale");
    reply.account = info_text(b"NoticegenAccount");
    reply.letter = info_text(token::LETTER_KEY.as_bytes());
    reply.token = info_text(token::TOKEN_KEY.as_bytes());
    reply.modified_at = info_text(b"ModDate").and_then(|d| pdf_date_seconds(&d));
}

fn encrypted_message(path: &Path, reason: &str) -> String {
    format!(
        "`{}` is encrypted ({reason}): its fields cannot be read",
        path.display()
    )
}

/// The reply forms of the project's notices, as their definitions say: what a returned form
/// is judged by.
#[derive(Debug, Default, Clone)]
pub struct FormBook {
    /// Per notice id, its forms (customer first) with their fields.
    pub notices: BTreeMap<String, Vec<(FormKind, Vec<FieldSpec>)>>,
    /// The project's folder, to name it when a form's notice is not there.
    pub root: PathBuf,
    /// Notice files of the project that fail to load (their notices cannot be looked up).
    pub broken: BTreeSet<String>,
}

impl FormBook {
    pub fn from_project(project: &crate::load::Project) -> Self {
        let notices = project
            .notices
            .iter()
            .map(|(id, loaded)| {
                let forms = loaded
                    .notice
                    .forms()
                    .map(|(kind, form)| (kind, crate::notice::form_spec(form)))
                    .collect();
                (id.clone(), forms)
            })
            .collect();
        Self {
            notices,
            root: project.root.clone(),
            broken: project.broken_notices.clone(),
        }
    }
}

impl FormKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FormKind::Customer => "customer",
            FormKind::Distributor => "distributor",
        }
    }
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
            forms: Vec::new(),
            superseded_by: None,
            missing: Vec::new(),
            problems: Vec::new(),
            fields: Vec::new(),
            warnings: Vec::new(),
            signed_at: None,
            modified_at: None,
            error: None,
        }
    }

    /// Judges a form read by [`read_reply_bytes`] against its notice's definition in `book`:
    /// which of the notice's reply forms it is (those it holds fields of), which required
    /// fields are left empty (matched by name: a field missing from the PDF is left empty),
    /// and so complete or incomplete. The PDF's own field flags play no part. A form whose
    /// notice `book` does not hold stays [`Status::UnknownNotice`], with the reason.
    pub fn judge(&mut self, book: &FormBook) {
        if self.status != Status::UnknownNotice {
            return;
        }
        let notice = self.notice.clone().unwrap_or_default();
        let forms = match book.notices.get(&notice) {
            Some(forms) if !forms.is_empty() => forms,
            found => {
                self.error = Some(format!(
                    "`{}` is a form of notice `{notice}`, {}: it cannot be judged",
                    self.file.display(),
                    if found.is_some() {
                        "which has no reply form in the project".to_string()
                    } else {
                        format!(
                            "which the project at `{}` does not hold",
                            book.root.display()
                        )
                    }
                ));
                return;
            }
        };
        let present: BTreeSet<&str> = self.fields.iter().map(|f| f.name.as_str()).collect();
        let mut matched: Vec<&(FormKind, Vec<FieldSpec>)> = forms
            .iter()
            .filter(|(_, spec)| spec.iter().any(|f| present.contains(f.name.as_str())))
            .collect();
        if matched.is_empty() {
            matched = forms.iter().collect();
        }
        self.forms = matched.iter().map(|(kind, _)| *kind).collect();
        let specs: BTreeMap<&str, &FieldSpec> = matched
            .iter()
            .flat_map(|(_, spec)| spec)
            .map(|f| (f.name.as_str(), f))
            .collect();
        let problems = field_problems(&self.fields, &specs);
        for field in &mut self.fields {
            if let Some(spec) = specs.get(field.name.as_str()) {
                field.declared = true;
                field.required = spec.required;
            }
        }
        self.problems.extend(problems);
        let ordered = matched.iter().flat_map(|(_, spec)| spec);
        self.missing = missing_required(ordered, &self.fields);
        self.status = if self.missing.is_empty() && self.problems.is_empty() {
            Status::Complete
        } else {
            Status::Incomplete
        };
    }

    /// Whether the reply enters the summary's counts and sums: judged against its notice,
    /// not unverified, not superseded by a later reply of its account.
    pub fn counts(&self) -> bool {
        matches!(self.status, Status::Complete | Status::Incomplete)
            && self.verification != Some(Verification::Unverified)
            && self.superseded_by.is_none()
    }

    /// The value of a field the notice defines (the first of its name).
    pub fn declared_value(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|f| f.declared && f.name == name)
            .map(|f| f.value.as_str())
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

    /// Whether the reply answers for its recorded account: a noticegen form judged against its
    /// notice whose token verifies, or any such form when no key is configured.
    pub fn answers_for_account(&self) -> bool {
        matches!(self.status, Status::Complete | Status::Incomplete)
            && self.verification != Some(Verification::Unverified)
    }
}

/// What is wrong with the fields the form defines: a field of another type than the form's,
/// a yes/no answer that is neither, a field held twice with different values.
fn field_problems(fields: &[FieldValue], specs: &BTreeMap<&str, &FieldSpec>) -> Vec<String> {
    let mut problems = Vec::new();
    let mut values: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for field in fields {
        let Some(spec) = specs.get(field.name.as_str()) else {
            continue;
        };
        values.entry(&field.name).or_default().insert(&field.value);
        let expected = match spec.role {
            FieldRole::Text | FieldRole::Date => "Tx",
            FieldRole::YesNo | FieldRole::Checkbox => "Btn",
            FieldRole::Signature => "Sig",
        };
        if field.kind != expected {
            problems.push(format!(
                "{}: a {} field where the form has a {expected} field",
                field.name, field.kind
            ));
        } else if spec.role == FieldRole::YesNo
            && !matches!(field.value.as_str(), "" | "Yes" | "No")
        {
            problems.push(format!(
                "{}: \"{}\" is neither Yes nor No",
                field.name, field.value
            ));
        }
    }
    for (name, set) in &values {
        if set.len() > 1 {
            problems.push(format!(
                "{name}: the file holds the field more than once, with different values"
            ));
        }
    }
    problems
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

/// Why a PDF did not load.
enum LoadError {
    /// Encrypted in a way lopdf cannot open without a password (or at all).
    Encrypted(String),
    Other(String),
}

fn over_limits() -> String {
    format!(
        "over the limits of a returned form ({} objects or ~{} MiB of objects)",
        limits::OBJECTS,
        limits::OBJECT_MEMORY >> 20
    )
}

/// Loads a PDF within [`limits`].
fn load_bounded(bytes: &[u8]) -> Result<Document, LoadError> {
    PARSED.with(|cell| cell.set((0, 0, false)));
    let options = lopdf::LoadOptions {
        filter: Some(budget),
        max_decompressed_size: Some(limits::STREAM_BYTES),
        ..lopdf::LoadOptions::default()
    };
    let loaded = Document::load_mem_with_options(bytes, options);
    let (_, _, over) = PARSED.with(|cell| cell.get());
    if over {
        return Err(LoadError::Other(over_limits()));
    }
    let doc = loaded.map_err(|e| match e {
        lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. }) => {
            LoadError::Other(format!(
                "a stream decodes to more than {} MiB",
                limits::STREAM_BYTES >> 20
            ))
        }
        lopdf::Error::Decryption(e) => LoadError::Encrypted(e.to_string()),
        lopdf::Error::InvalidPassword => {
            LoadError::Encrypted("it needs a password to open".to_string())
        }
        other => LoadError::Other(other.to_string()),
    })?;
    // lopdf decrypts an encrypted file (one with an empty user password) without calling the
    // filter: count its objects afterwards.
    if doc.encryption_state.is_some() {
        let bytes: usize = doc.objects.values().map(weight).sum();
        if doc.objects.len() > limits::OBJECTS || bytes > limits::OBJECT_MEMORY {
            return Err(LoadError::Other(over_limits()));
        }
    }
    Ok(doc)
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
    let segment = dict.get(b"T").ok().and_then(decode_text);
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
        value = button_value(doc, value, &kids);
    }
    // A date field checks its value against the format its own format action names.
    let problem = match (kind.as_str(), value.is_empty()) {
        ("Tx", false) => date_format(doc, dict).and_then(|f| f.check(&value).err()),
        _ => None,
    };
    out.push(FieldValue {
        value,
        problem,
        // The notice's definition says which fields are required ([`Reply::judge`]).
        required: false,
        declared: false,
        signed: signing_time(doc, dict),
        name,
        kind,
    });
}

/// A button's state: some writers store it as a string "/Yes", some set only the widgets'
/// appearance state. Empty when not chosen.
fn button_value(doc: &Document, value: String, kids: &[&Object]) -> String {
    let value = value.trim_start_matches('/');
    if !value.is_empty() && value != "Off" {
        return value.to_string();
    }
    kids.iter()
        .filter_map(|k| deref(doc, k).and_then(|o| o.as_dict().ok()))
        .filter_map(|w| w.get(b"AS").ok().and_then(|o| o.as_name().ok()))
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .find(|n| n != "Off")
        .unwrap_or_default()
}

/// A signature field's signing time (`/M` of its value), as the PDF writes it.
fn signing_time(doc: &Document, dict: &Dictionary) -> Option<String> {
    match dict.get(b"V").ok().and_then(|o| deref(doc, o)) {
        Some(Object::Dictionary(signature)) => signature.get(b"M").ok().and_then(decode_text),
        _ => None,
    }
}

/// A PDF date (`D:YYYYMMDDHHmmSSOHH'mm'`, every part after the year optional) in seconds since
/// 1970-01-01 UTC.
pub fn pdf_date_seconds(text: &str) -> Option<i64> {
    let text = text.trim();
    let text = text.strip_prefix("D:").unwrap_or(text);
    let digits: String = text.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.len() < 4 || digits.len() > 14 || !digits.len().is_multiple_of(2) {
        return None;
    }
    let part = |at: usize, default: i64| -> i64 {
        digits
            .get(at..at + 2)
            .and_then(|d| d.parse().ok())
            .unwrap_or(default)
    };
    let year: i32 = digits[..4].parse().ok()?;
    let (month, day) = (part(4, 1), part(6, 1));
    let (hour, minute, second) = (part(8, 0), part(10, 0), part(12, 0));
    let month = time::Month::try_from(u8::try_from(month).ok()?).ok()?;
    let date = time::Date::from_calendar_date(year, month, u8::try_from(day).ok()?).ok()?;
    if second > 60 {
        return None;
    }
    // A leap second (60) counts as the last second of its minute.
    let clock = time::Time::from_hms(
        u8::try_from(hour).ok()?,
        u8::try_from(minute).ok()?,
        u8::try_from(second.min(59)).ok()?,
    )
    .ok()?;
    let rest = &text[digits.len()..];
    let offset = match rest.chars().next() {
        Some(sign @ ('+' | '-')) => {
            let zone: String = rest[1..].chars().filter(char::is_ascii_digit).collect();
            let hours: i64 = zone.get(..2).and_then(|h| h.parse().ok()).unwrap_or(0);
            let minutes: i64 = zone.get(2..4).and_then(|m| m.parse().ok()).unwrap_or(0);
            let seconds = hours * 3600 + minutes * 60;
            if sign == '+' { seconds } else { -seconds }
        }
        _ => 0,
    };
    Some(date.with_time(clock).assume_utc().unix_timestamp() - offset)
}

/// Active content of a returned form, each kind once: XFA, JavaScript anywhere (the catalog's
/// `/OpenAction`, the `/Names /JavaScript` tree, any `/JS`), `/AA` actions and `/Launch`
/// actions. noticegen never runs any of it; a viewer might. The date fields' own
/// `AFDate_KeystrokeEx`/`AFDate_FormatEx` actions, exactly as noticegen writes them, are not
/// reported.
fn active_content(doc: &Document) -> Vec<String> {
    let mut found: BTreeSet<&'static str> = BTreeSet::new();
    let catalog = doc.catalog().ok();
    fn get<'a>(doc: &'a Document, dict: Option<&'a Dictionary>, key: &[u8]) -> Option<&'a Object> {
        dict.and_then(|d| d.get(key).ok())
            .and_then(|o| deref(doc, o))
    }
    let acroform = get(doc, catalog, b"AcroForm").and_then(|o| o.as_dict().ok());
    if get(doc, acroform, b"XFA").is_some() {
        found.insert(
            "an XFA form (/XFA): a viewer that shows XFA may display other answers than the form fields read here",
        );
    }
    if let Some(action) = get(doc, catalog, b"OpenAction").and_then(|o| o.as_dict().ok())
        && (action.has(b"JS")
            || action.get(b"S").and_then(|o| o.as_name()).ok() == Some(b"JavaScript"))
    {
        found.insert("JavaScript run when the file is opened (/OpenAction)");
    }
    let names = get(doc, catalog, b"Names").and_then(|o| o.as_dict().ok());
    if get(doc, names, b"JavaScript").is_some() {
        found.insert("document-level JavaScript (/Names /JavaScript)");
    }
    if catalog.is_some_and(|c| c.has(b"AA")) {
        found.insert("document actions (/AA)");
    }
    for object in doc.objects.values() {
        scan_active(doc, object, 0, &mut found);
    }
    found.into_iter().map(str::to_string).collect()
}

/// Looks for `/JS`, `/AA` and `/Launch` in an object and its direct (not referenced) parts.
fn scan_active(doc: &Document, object: &Object, depth: usize, found: &mut BTreeSet<&'static str>) {
    if depth > 32 {
        return;
    }
    let dict = match object {
        Object::Dictionary(dict) => dict,
        Object::Stream(stream) => &stream.dict,
        Object::Array(items) => {
            for item in items {
                scan_active(doc, item, depth + 1, found);
            }
            return;
        }
        _ => return,
    };
    if let Ok(script) = dict.get(b"JS")
        && !is_own_date_script(doc, script)
    {
        found.insert("JavaScript (/JS)");
    }
    if dict.get(b"S").and_then(|o| o.as_name()).ok() == Some(b"Launch") {
        found.insert("an action that starts a program (/Launch)");
    }
    if let Some(actions) = dict
        .get(b"AA")
        .ok()
        .and_then(|o| deref(doc, o))
        .and_then(|o| o.as_dict().ok())
    {
        let own = actions.iter().all(|(event, action)| {
            matches!(event.as_slice(), b"K" | b"F")
                && deref(doc, action)
                    .and_then(|o| o.as_dict().ok())
                    .and_then(|a| a.get(b"JS").ok())
                    .is_some_and(|script| is_own_date_script(doc, script))
        });
        if !own {
            found.insert("actions run on events of a page or field (/AA)");
        }
    }
    for (_, value) in dict.iter() {
        if matches!(value, Object::Dictionary(_) | Object::Array(_)) {
            scan_active(doc, value, depth + 1, found);
        }
    }
}

/// Whether a `/JS` entry is exactly one of the date-field scripts noticegen writes
/// ([`DateFormat::actions`]).
fn is_own_date_script(doc: &Document, script: &Object) -> bool {
    let Some(script) = deref(doc, script).and_then(decode_text) else {
        return false;
    };
    let pattern = ["AFDate_KeystrokeEx(\"", "AFDate_FormatEx(\""]
        .iter()
        .find_map(|prefix| script.strip_prefix(prefix))
        .and_then(|rest| rest.strip_suffix("\");"));
    let Some(format) = pattern
        .map(|p| p.replace("\\\"", "\"").replace("\\\\", "\\"))
        .and_then(|p| DateFormat::parse(&p).ok())
    else {
        return false;
    };
    let (keystroke, display) = format.actions();
    script == keystroke || script == display
}

/// The date format of a field's `/AA /F` action (`AFDate_FormatEx("...")`), if it has one.
fn date_format(doc: &Document, dict: &Dictionary) -> Option<DateFormat> {
    let actions = deref(doc, dict.get(b"AA").ok()?)?.as_dict().ok()?;
    let format = deref(doc, actions.get(b"F").ok()?)?.as_dict().ok()?;
    let script = match deref(doc, format.get(b"JS").ok()?)? {
        string @ Object::String(..) => decode_text(string)?,
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
        Some(string @ Object::String(..)) => {
            decode_text(string).unwrap_or_default().trim().to_string()
        }
        Some(Object::Dictionary(_)) => "signed".to_string(),
        _ => String::new(),
    }
}

/// Required fields of `specs` left empty (or absent) in `fields`. A ticked
/// `<group>.not_applicable` box the form defines exempts the whole group.
fn missing_required<'a>(
    specs: impl Iterator<Item = &'a FieldSpec> + Clone,
    fields: &[FieldValue],
) -> Vec<String> {
    let value = |name: &str| {
        fields
            .iter()
            .find(|f| f.name == name)
            .map_or("", |f| f.value.as_str())
    };
    let exempt: Vec<&str> = specs
        .clone()
        .filter(|s| s.name.ends_with(".not_applicable") && !value(&s.name).is_empty())
        .map(|s| s.name.trim_end_matches("not_applicable"))
        .collect();
    specs
        .filter(|s| s.required && value(&s.name).is_empty())
        .filter(|s| !exempt.iter().any(|prefix| s.name.starts_with(prefix)))
        .map(|s| s.name.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(name: &str, value: &str) -> FieldValue {
        FieldValue {
            name: name.into(),
            kind: "Tx".into(),
            value: value.into(),
            required: false,
            declared: false,
            problem: None,
            signed: None,
        }
    }

    fn spec(name: &str, required: bool) -> FieldSpec {
        FieldSpec {
            name: name.into(),
            role: FieldRole::Text,
            required,
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

    /// A returned form as a viewer may save it: one text field whose value and the recorded
    /// notice are PDFDocEncoding strings (no byte-order mark).
    fn form_with_pdfdoc_value(value: &[u8]) -> Vec<u8> {
        use lopdf::{Document, StringFormat, dictionary};
        let mut doc = Document::with_version("1.7");
        let field = doc.add_object(dictionary! {
            "FT" => "Tx",
            "T" => Object::string_literal("customer.print_name"),
            "V" => Object::String(value.to_vec(), StringFormat::Literal),
        });
        let acroform = dictionary! { "Fields" => vec![Object::Reference(field)] };
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "AcroForm" => acroform });
        let info = doc.add_object(dictionary! {
            "NoticegenNotice" => Object::string_literal(b"FSN2024\x841562".to_vec()),
        });
        doc.trailer.set("Root", catalog);
        doc.trailer.set("Info", info);
        let mut out = Vec::new();
        doc.save_to(&mut out).unwrap();
        out
    }

    #[test]
    fn values_without_a_byte_order_mark_are_read_as_pdfdocencoding() {
        let pdf = form_with_pdfdoc_value(b"Dr Ann\x90s clinic \x84 ward 3\x80B");
        let reply = read_reply_bytes(Path::new("saved.pdf"), &pdf);
        assert_eq!(reply.error, None);
        assert_eq!(reply.notice.as_deref(), Some("FSN2024\u{2014}1562"));
        assert_eq!(
            reply.fields[0].value,
            "Dr Ann\u{2019}s clinic \u{2014} ward 3\u{2022}B"
        );
    }

    #[test]
    fn not_applicable_exempts_its_group() {
        let specs = [
            spec("company_name", true),
            spec("customer.read", true),
            spec("distributor.not_applicable", false),
            spec("distributor.informed", true),
            spec("customer.absent", true),
        ];
        let fields = vec![
            field("company_name", "ACME"),
            field("customer.read", ""),
            field("distributor.not_applicable", "Yes"),
            field("distributor.informed", ""),
        ];
        assert_eq!(
            missing_required(specs.iter(), &fields),
            vec!["customer.read".to_string(), "customer.absent".to_string()]
        );
    }

    #[test]
    fn pdf_dates_compare_in_utc() {
        let a = pdf_date_seconds("D:20240508120000+02'00'").unwrap();
        let b = pdf_date_seconds("D:20240508110000Z").unwrap();
        assert_eq!(b - a, 3600);
        assert_eq!(pdf_date_seconds("D:1970"), Some(0));
        assert_eq!(pdf_date_seconds("D:19700102"), Some(86_400));
        for bad in ["", "D:", "yesterday", "D:2024133"] {
            assert_eq!(pdf_date_seconds(bad), None, "{bad}");
        }
    }
}
