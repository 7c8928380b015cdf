//! `noticegen replies collect`: returned forms -> one table, a summary, and the accounts that
//! have not replied.
//!
//! Cells of the CSV that a spreadsheet would run as a formula (a leading `=`, `+`, `-`, `@`,
//! tab or carriage return, as OWASP lists them) get a leading `'`, so a formula typed into a
//! returned form arrives as text. A cell that starts with `'` itself gets one too, so the rule
//! reverses exactly: remove one leading `'` from every cell that has one to get the typed
//! value. The JSON table is exact.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::replies::{Reply, Status, read_reply};
use super::token::{ReplyKey, Verification};
use crate::diag::Diagnostic;
use crate::output::{ArtifactKind, Manifest};

/// The table formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TableFormat {
    Csv,
    Json,
}

/// What `replies collect` was asked.
#[derive(Debug, Clone)]
pub struct CollectOptions {
    pub files: Vec<PathBuf>,
    pub format: TableFormat,
    /// The manifest of a `build --recipients`, to list the accounts that have not replied.
    pub manifest: Option<PathBuf>,
    /// Checks reply tokens; `None` when no key is configured.
    pub key: Option<ReplyKey>,
}

/// The result of collecting.
#[derive(Debug)]
pub struct Collected {
    pub replies: Vec<Reply>,
    /// The table, in the asked format.
    pub table: Vec<u8>,
    pub summary: Summary,
    /// With a manifest: who was sent a letter and who answered.
    pub follow_up: Option<FollowUp>,
    /// Problems with single files (unreadable, foreign, unverified, unknown account).
    pub diagnostics: Vec<Diagnostic>,
}

/// The follow-up of a recipients build.
#[derive(Debug)]
pub struct FollowUp {
    /// Accounts sent a letter.
    pub sent: usize,
    pub missing: Vec<NonResponder>,
}

impl FollowUp {
    pub fn replied(&self) -> usize {
        self.sent - self.missing.len()
    }
}

/// Reads every file, builds the table and, with a manifest, the non-responder list.
pub fn collect(options: &CollectOptions) -> Result<Collected, Diagnostic> {
    let mut replies: Vec<Reply> = options.files.iter().map(|f| read_reply(f)).collect();
    for reply in &mut replies {
        reply.verify(options.key.as_ref());
    }
    let mut diagnostics: Vec<Diagnostic> = replies
        .iter()
        .filter_map(|r| r.error.clone().map(Diagnostic::error))
        .collect();
    for reply in &replies {
        if !reply.problems.is_empty() {
            diagnostics.push(Diagnostic::warning(format!(
                "`{}` is incomplete: {}",
                reply.file.display(),
                reply.problems.join("; ")
            )));
        }
        if reply.verification == Some(Verification::Unverified) {
            diagnostics.push(
                Diagnostic::warning(format!(
                    "`{}`: its reply token does not verify: the account it names ({}) may have been edited, so it does not count as that account's reply",
                    reply.file.display(),
                    reply.account.as_deref().unwrap_or_default()
                ))
                .hint("ask the account for its form again, or check the file's origin"),
            );
        }
    }
    let table = match options.format {
        TableFormat::Csv => to_csv(&replies)
            .map_err(|e| Diagnostic::error(format!("cannot write the CSV table: {e}")))?,
        TableFormat::Json => {
            let mut json = serde_json::to_vec_pretty(&replies).expect("replies serialize");
            json.push(b'\n');
            json
        }
    };
    let follow_up = match &options.manifest {
        None => None,
        Some(path) => {
            let manifest = read_manifest(path)?;
            for reply in unknown_accounts(&manifest, &replies) {
                diagnostics.push(Diagnostic::warning(format!(
                    "`{}`: account `{}` was sent no letter of {} (per the manifest)",
                    reply.file.display(),
                    reply.account.as_deref().unwrap_or_default(),
                    reply.notice.as_deref().unwrap_or_default()
                )));
            }
            let sent = manifest
                .artifacts
                .iter()
                .filter_map(|a| Some((a.id.notice.as_str(), a.id.account.as_deref()?)))
                .collect::<BTreeSet<_>>()
                .len();
            Some(FollowUp {
                sent,
                missing: non_responders(&manifest, &replies),
            })
        }
    };
    Ok(Collected {
        summary: summarize(&replies),
        replies,
        table,
        follow_up,
        diagnostics,
    })
}

fn read_manifest(path: &Path) -> Result<Manifest, Diagnostic> {
    std::fs::read(path)
        .map_err(|e| e.to_string())
        .and_then(|b| serde_json::from_slice::<Manifest>(&b).map_err(|e| e.to_string()))
        .map_err(|e| {
            Diagnostic::error(format!(
                "cannot read the manifest `{}`: {e}",
                path.display()
            ))
        })
}

/// Counts for an effectiveness check or an FDA 7.53 status report.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub forms: usize,
    pub complete: usize,
    pub incomplete: usize,
    pub not_forms: usize,
    pub unreadable: usize,
    /// Per-recipient forms whose reply token does not verify.
    pub unverified: usize,
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
        if reply.verification == Some(Verification::Unverified) {
            summary.unverified += 1;
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
        if self.unverified > 0 {
            write!(f, ", {} unverified", self.unverified)?;
        }
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
/// is matched by the notice and account its PDF records), in manifest order. Unreadable files,
/// foreign PDFs and replies whose token does not verify answer for nobody.
pub fn non_responders(manifest: &Manifest, replies: &[Reply]) -> Vec<NonResponder> {
    let answered: BTreeSet<(&str, &str)> = replies
        .iter()
        .filter(|r| r.answers_for_account())
        .filter_map(|r| Some((r.notice.as_deref()?, r.account.as_deref()?)))
        .collect();
    let mut seen = BTreeSet::new();
    manifest
        .artifacts
        .iter()
        .filter(|a| a.kind == ArtifactKind::Notice)
        .filter_map(|a| Some((a, a.id.account.as_deref()?)))
        .filter(|(a, account)| !answered.contains(&(a.id.notice.as_str(), *account)))
        .filter(|(a, account)| seen.insert((a.id.notice.clone(), account.to_string())))
        .map(|(a, account)| NonResponder {
            notice: a.id.notice.clone(),
            account: account.to_string(),
            locale: a.id.locale.clone(),
            letter: a.path.clone(),
        })
        .collect()
}

/// Replies naming an account the manifest sent no letter to (a form passed on, or mistyped).
pub fn unknown_accounts<'r>(manifest: &Manifest, replies: &'r [Reply]) -> Vec<&'r Reply> {
    let sent: BTreeSet<(&str, &str)> = manifest
        .artifacts
        .iter()
        .filter_map(|a| Some((a.id.notice.as_str(), a.id.account.as_deref()?)))
        .collect();
    replies
        .iter()
        .filter(|r| match (&r.notice, &r.account) {
            (Some(n), Some(a)) => !sent.contains(&(n.as_str(), a.as_str())),
            _ => false,
        })
        .collect()
}

/// A CSV cell a spreadsheet will not run: OWASP's "CSV injection" rule, a leading `'` before
/// `=`, `+`, `-`, `@`, tab or carriage return (and before `'`, so the rule can be undone).
pub fn inert_cell(value: &str) -> std::borrow::Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r', '\'']) {
        format!("'{value}").into()
    } else {
        value.into()
    }
}

fn write_inert_row<W: std::io::Write>(
    writer: &mut csv::Writer<W>,
    row: &[String],
) -> Result<(), csv::Error> {
    writer.write_record(row.iter().map(|cell| inert_cell(cell).into_owned()))
}

/// The non-responder list as CSV: notice, account, locale, letter.
pub fn non_responders_csv(list: &[NonResponder]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(["notice", "account", "locale", "letter"])?;
    for row in list {
        write_inert_row(
            &mut writer,
            &[
                row.notice.clone(),
                row.account.clone(),
                row.locale.clone(),
                row.letter.clone(),
            ],
        )?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

/// One CSV row per reply: file, notice, locale, account, verification, status, missing,
/// problems, then
/// every field by name (the union of all forms' fields, in order of first appearance).
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
    let mut header: Vec<String> = [
        "file",
        "notice",
        "locale",
        "account",
        "verification",
        "status",
        "missing",
        "problems",
    ]
    .map(String::from)
    .to_vec();
    header.extend(names.iter().map(|n| n.to_string()));
    write_inert_row(&mut writer, &header)?;
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
            reply
                .verification
                .map(|v| v.as_str().to_string())
                .unwrap_or_default(),
            reply.status.as_str().to_string(),
            reply.missing.join(" "),
            reply.problems.join("; "),
        ];
        row.extend(
            names
                .iter()
                .map(|n| values.get(n).copied().unwrap_or_default().to_string()),
        );
        write_inert_row(&mut writer, &row)?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_become_text() {
        for value in [
            "=1+1",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "'=x",
        ] {
            assert_eq!(inert_cell(value), format!("'{value}"));
        }
        for value in ["Jānis", "", "1-2", "a=b"] {
            assert_eq!(inert_cell(value), value);
        }
    }
}
