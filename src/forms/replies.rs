//! Reading filled verification forms back: `noticegen replies collect`.
//!
//! Any noticegen form, in any language, is identified by the notice and locale it records in
//! its document information, and its fields by their stable names. Each file becomes one
//! [`Reply`]; a damaged or foreign PDF becomes a reply with an error, never a stop.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use lopdf::{Dictionary, Document, Object};
use serde::Serialize;

use super::acroform::decode_text;
use crate::output::{ArtifactKind, Manifest};

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
}

/// One returned form.
#[derive(Debug, Clone, Serialize)]
pub struct Reply {
    pub file: PathBuf,
    pub notice: Option<String>,
    pub locale: Option<String>,
    /// The recipient's account, for a form from a per-recipient letter.
    pub account: Option<String>,
    pub status: Status,
    /// Required fields left empty.
    pub missing: Vec<String>,
    pub fields: Vec<FieldValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// Reads one filled form.
pub fn read_reply(path: &Path) -> Reply {
    let mut reply = Reply {
        file: path.to_path_buf(),
        notice: None,
        locale: None,
        account: None,
        status: Status::Unreadable,
        missing: Vec::new(),
        fields: Vec::new(),
        error: None,
    };
    let doc = match std::fs::read(path) {
        Err(e) => {
            reply.error = Some(format!("cannot read `{}`: {e}", path.display()));
            return reply;
        }
        Ok(bytes) => match Document::load_mem(&bytes) {
            Ok(doc) => doc,
            Err(e) => {
                reply.error = Some(format!("`{}` is not a readable PDF: {e}", path.display()));
                return reply;
            }
        },
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
    reply.fields = read_fields(&doc);
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
    reply.status = if reply.missing.is_empty() {
        Status::Complete
    } else {
        Status::Incomplete
    };
    reply
}

fn deref<'a>(doc: &'a Document, object: &'a Object) -> Option<&'a Object> {
    match object {
        Object::Reference(id) => doc.get_object(*id).ok(),
        other => Some(other),
    }
}

/// Terminal fields of the AcroForm tree, with qualified names, in tree order.
fn read_fields(doc: &Document) -> Vec<FieldValue> {
    let mut out = Vec::new();
    let Some(acroform) = doc
        .catalog()
        .ok()
        .and_then(|c| c.get(b"AcroForm").ok())
        .and_then(|o| deref(doc, o))
        .and_then(|o| o.as_dict().ok())
    else {
        return out;
    };
    if let Some(Object::Array(fields)) = acroform.get(b"Fields").ok().and_then(|o| deref(doc, o)) {
        for field in fields {
            walk(doc, field, "", None, &mut out, 0);
        }
    }
    out
}

fn walk(
    doc: &Document,
    node: &Object,
    prefix: &str,
    inherited_ft: Option<String>,
    out: &mut Vec<FieldValue>,
    depth: usize,
) {
    if depth > 32 {
        return; // a cycle in a damaged file
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
            walk(doc, kid, &name, ft.clone(), out, depth + 1);
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
    out.push(FieldValue {
        value,
        required: dict
            .get(b"Ff")
            .ok()
            .and_then(|o| o.as_i64().ok())
            .is_some_and(|f| f & FLAG_REQUIRED != 0),
        name,
        kind,
    });
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

/// Counts for an effectiveness check or an FDA 7.53 status report.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub forms: usize,
    pub complete: usize,
    pub incomplete: usize,
    pub not_forms: usize,
    pub unreadable: usize,
    /// "No" answers per question.
    pub no_answers: BTreeMap<String, usize>,
    /// Sums of the whole numbers reported in `*.quantity` fields (devices on hand, returned...),
    /// per field.
    pub quantities: BTreeMap<String, u64>,
}

pub fn summarize(replies: &[Reply]) -> Summary {
    let mut summary = Summary {
        forms: replies.len(),
        ..Summary::default()
    };
    for reply in replies {
        match reply.status {
            Status::Complete => summary.complete += 1,
            Status::Incomplete => summary.incomplete += 1,
            Status::NotANoticegenForm => summary.not_forms += 1,
            Status::Unreadable => summary.unreadable += 1,
        }
        for field in &reply.fields {
            if field.value == "No" {
                *summary.no_answers.entry(field.name.clone()).or_default() += 1;
            }
            if field.name.ends_with(".quantity")
                && let Ok(n) = field.value.trim().parse::<u64>()
            {
                *summary.quantities.entry(field.name.clone()).or_default() += n;
            }
        }
    }
    summary
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} forms: {} complete, {} incomplete, {} not noticegen forms, {} unreadable",
            self.forms, self.complete, self.incomplete, self.not_forms, self.unreadable
        )?;
        if !self.no_answers.is_empty() {
            let list: Vec<String> = self
                .no_answers
                .iter()
                .map(|(q, n)| format!("{q} {n}"))
                .collect();
            write!(f, "; \"No\" answers: {}", list.join(", "))?;
        }
        if !self.quantities.is_empty() {
            let list: Vec<String> = self
                .quantities
                .iter()
                .map(|(q, n)| format!("{} {n}", q.trim_end_matches(".quantity")))
                .collect();
            write!(f, "; quantities: {}", list.join(", "))?;
        }
        Ok(())
    }
}

/// An account that was sent a letter (per the build manifest) and whose form has not come back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NonResponder {
    pub notice: String,
    pub account: String,
    pub locale: String,
    /// The letter sent, relative to the manifest's folder.
    pub letter: String,
}

/// The accounts of the manifest's per-recipient letters with no reply among `replies` (a reply
/// is matched by the notice and account its PDF records), in manifest order. Unreadable files
/// and foreign PDFs answer for nobody.
pub fn non_responders(manifest: &Manifest, replies: &[Reply]) -> Vec<NonResponder> {
    let answered: BTreeSet<(&str, &str)> = replies
        .iter()
        .filter(|r| matches!(r.status, Status::Complete | Status::Incomplete))
        .filter_map(|r| Some((r.notice.as_deref()?, r.account.as_deref()?)))
        .collect();
    let mut seen = BTreeSet::new();
    manifest
        .artifacts
        .iter()
        .filter(|a| a.kind == ArtifactKind::Notice)
        .filter_map(|a| Some((a, a.account.as_deref()?)))
        .filter(|(a, account)| !answered.contains(&(a.notice.as_str(), *account)))
        .filter(|(a, account)| seen.insert((a.notice.clone(), account.to_string())))
        .map(|(a, account)| NonResponder {
            notice: a.notice.clone(),
            account: account.to_string(),
            locale: a.locale.clone(),
            letter: a.path.clone(),
        })
        .collect()
}

/// Replies naming an account the manifest sent no letter to (a form passed on, or mistyped).
pub fn unknown_accounts<'r>(manifest: &Manifest, replies: &'r [Reply]) -> Vec<&'r Reply> {
    let sent: BTreeSet<(&str, &str)> = manifest
        .artifacts
        .iter()
        .filter_map(|a| Some((a.notice.as_str(), a.account.as_deref()?)))
        .collect();
    replies
        .iter()
        .filter(|r| match (&r.notice, &r.account) {
            (Some(n), Some(a)) => !sent.contains(&(n.as_str(), a.as_str())),
            _ => false,
        })
        .collect()
}

/// The non-responder list as CSV: notice, account, locale, letter.
pub fn non_responders_csv(list: &[NonResponder]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in list {
        writer.serialize(row)?;
    }
    if list.is_empty() {
        writer.write_record(["notice", "account", "locale", "letter"])?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

/// One CSV row per reply: file, notice, locale, status, missing, then every field by name (the
/// union of all forms' fields, in order of first appearance).
pub fn to_csv(replies: &[Reply]) -> Result<Vec<u8>, csv::Error> {
    let mut names: Vec<&str> = Vec::new();
    for reply in replies {
        for field in &reply.fields {
            if !names.contains(&field.name.as_str()) {
                names.push(&field.name);
            }
        }
    }
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["file", "notice", "locale", "account", "status", "missing"];
    header.extend(names.iter().copied());
    writer.write_record(&header)?;
    for reply in replies {
        let values: BTreeMap<&str, &str> = reply
            .fields
            .iter()
            .map(|f| (f.name.as_str(), f.value.as_str()))
            .collect();
        let mut row = vec![
            reply.file.display().to_string(),
            reply.notice.clone().unwrap_or_default(),
            reply.locale.clone().unwrap_or_default(),
            reply.account.clone().unwrap_or_default(),
            reply.status.as_str().to_string(),
            reply.missing.join(" "),
        ];
        row.extend(
            names
                .iter()
                .map(|n| values.get(n).copied().unwrap_or_default().to_string()),
        );
        writer.write_record(&row)?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
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
        }
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
