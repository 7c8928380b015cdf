//! `noticegen replies collect`: returned forms -> one table, a summary, and the accounts that
//! have not replied.
//!
//! Returned forms are untrusted. Each is judged against its notice's form definition in the
//! project ([`FormBook`]); only replies that are judged, verified (or unkeyed) and the latest of
//! their account enter the summary's counts and sums ([`Reply::counts`]). Everything read from
//! a PDF is written through [`super::inert`]: escaped control characters on the terminal, in
//! the CSV and in the JSON, and CSV cells a spreadsheet would run as a formula made text (a
//! leading `'`; removing one leading `'` from every cell that has one gives the cell's text).
//! The JSON table holds the exact values.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::inert;
use super::replies::{FormBook, Reply, Status, read_reply};
use super::token::{ReplyKey, Verification};
use crate::diag::{Diagnostic, Loaded};
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
    /// The project's reply forms, which returned forms are judged by.
    pub book: FormBook,
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
    /// Problems with single files (unreadable, foreign, unverified, unknown account), their
    /// text made inert for a terminal.
    pub diagnostics: Vec<Diagnostic>,
}

/// The follow-up of a recipients build.
#[derive(Debug)]
pub struct FollowUp {
    /// Accounts sent a letter.
    pub sent: usize,
    pub missing: Vec<NonResponder>,
    /// The build e-mailed its letters: each non-responder's e-mail state is known.
    pub emailed: bool,
}

impl FollowUp {
    pub fn replied(&self) -> usize {
        self.sent - self.missing.len()
    }
}

/// Reads every file, judges it, builds the table and, with a manifest, the non-responder list.
pub fn collect(options: &CollectOptions) -> Result<Collected, Diagnostic> {
    let mut replies: Vec<Reply> = options.files.iter().map(|f| read_reply(f)).collect();
    for reply in &mut replies {
        reply.verify(options.key.as_ref());
        reply.judge(&options.book);
    }
    let mut diagnostics: Vec<Diagnostic> = replies
        .iter()
        .flat_map(|reply| reply_diagnostics(reply, &options.book))
        .collect();
    diagnostics.extend(supersede_duplicates(&mut replies));
    let table = match options.format {
        TableFormat::Csv => to_csv(&replies)
            .map_err(|e| Diagnostic::error(format!("cannot write the CSV table: {e}")))?,
        TableFormat::Json => to_json(&replies),
    };
    let follow_up = match &options.manifest {
        None => None,
        Some(path) => Some(follow_up(path, &replies)?.into_value(&mut diagnostics)),
    };
    Ok(Collected {
        summary: summarize(&replies),
        replies,
        table,
        follow_up,
        diagnostics: diagnostics.into_iter().map(inert::diagnostic).collect(),
    })
}

/// What is wrong with one reply: why it could not be read or judged, active content, fields
/// left empty or not acceptable, a token that does not verify.
fn reply_diagnostics(reply: &Reply, book: &FormBook) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let file = reply.file.display();
    if let Some(error) = &reply.error {
        diagnostics.push(error_diagnostic(reply, error, book));
    }
    if !reply.warnings.is_empty() {
        diagnostics.push(
            Diagnostic::warning(format!(
                "`{file}` holds active content: {}",
                reply.warnings.join("; ")
            ))
            .hint("noticegen reads only its field values and runs nothing; open it only in a viewer with JavaScript off, or ask for the form as it was sent"),
        );
    }
    if !reply.missing.is_empty() || !reply.problems.is_empty() {
        let mut parts = Vec::new();
        if !reply.missing.is_empty() {
            parts.push(format!(
                "required fields left empty: {}",
                reply.missing.join(", ")
            ));
        }
        parts.extend(reply.problems.iter().cloned());
        diagnostics.push(Diagnostic::warning(format!(
            "`{file}` is incomplete: {}",
            parts.join("; ")
        )));
    }
    if reply.verification == Some(Verification::Unverified) {
        diagnostics.push(
            Diagnostic::warning(format!(
                "`{file}`: its reply token does not verify: the account it names ({}) may have been edited, so it does not count as that account's reply, nor in the sums",
                reply.account.as_deref().unwrap_or_default()
            ))
            .hint("ask the account for its form again, or check the file's origin"),
        );
    }
    diagnostics
}

/// Why a reply could not be read or judged, with what to do where something can be done.
fn error_diagnostic(reply: &Reply, error: &str, book: &FormBook) -> Diagnostic {
    match reply.status {
        Status::Encrypted => Diagnostic::error(error)
            .hint("ask the sender for a copy saved without a password or encryption"),
        Status::UnknownNotice => {
            let d = Diagnostic::error(error)
                .hint("give the project that holds the notice with `--root DIR`");
            if book.broken.is_empty() {
                d
            } else {
                d.note("some notice files of the project do not load: run `noticegen check`")
            }
        }
        _ => Diagnostic::error(error),
    }
}

/// The follow-up of the build whose manifest is at `path`; replies naming an account it sent
/// no letter to are warned about.
fn follow_up(path: &Path, replies: &[Reply]) -> Result<Loaded<FollowUp>, Diagnostic> {
    let manifest = read_manifest(path)?;
    let mut diagnostics = Vec::new();
    for reply in unknown_accounts(&manifest, replies) {
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
    let out = path.parent().unwrap_or(Path::new("."));
    let emails = email_states(&manifest, out)?;
    let follow_up = FollowUp {
        sent,
        missing: non_responders(&manifest, replies, &emails),
        emailed: !emails.is_empty(),
    };
    Ok(Loaded::new(follow_up, diagnostics))
}

/// The JSON table: exact values, inert bytes ([`inert::to_json`]).
pub fn to_json(replies: &[Reply]) -> Vec<u8> {
    inert::to_json(&replies)
}

/// Two or more replies of one account to one notice's same form (a form sent twice, or
/// copied): only the latest counts, the others are marked `superseded_by` it, and a warning
/// lists them all. Only replies that would count are considered (an unverified copy never
/// counts anyway); forms without an account (general copies) cannot be told apart.
///
/// "Latest": of two replies, the one signed later (a digital signature's `/M`), else the one
/// saved later (the PDF's `/ModDate`), else the one later on the command line.
pub fn supersede_duplicates(replies: &mut [Reply]) -> Vec<Diagnostic> {
    let mut groups: BTreeMap<(String, String, String), Vec<usize>> = BTreeMap::new();
    for (i, reply) in replies.iter().enumerate() {
        if let (true, Some(notice), Some(account)) = (reply.counts(), &reply.notice, &reply.account)
        {
            let forms: Vec<&str> = reply.forms.iter().map(|k| k.as_str()).collect();
            groups
                .entry((notice.clone(), account.clone(), forms.join("+")))
                .or_default()
                .push(i);
        }
    }
    let later = |a: &Reply, b: &Reply| -> bool {
        for (x, y) in [(a.signed_at, b.signed_at), (a.modified_at, b.modified_at)] {
            if let (Some(x), Some(y)) = (x, y)
                && x != y
            {
                return y > x;
            }
        }
        true
    };
    let mut diagnostics = Vec::new();
    for ((notice, account, forms), members) in groups {
        if members.len() < 2 {
            continue;
        }
        let mut latest = members[0];
        for &i in &members[1..] {
            if later(&replies[latest], &replies[i]) {
                latest = i;
            }
        }
        let winner = replies[latest].file.clone();
        for &i in &members {
            if i != latest {
                replies[i].superseded_by = Some(winner.clone());
            }
        }
        let files: Vec<String> = members
            .iter()
            .map(|&i| format!("`{}`", replies[i].file.display()))
            .collect();
        diagnostics.push(
            Diagnostic::warning(format!(
                "account `{account}` returned {} replies of notice {notice}'s {forms} form: {}; only the latest, `{}`, counts",
                members.len(),
                files.join(", "),
                winner.display()
            ))
            .note("the latest is the one signed later (its digital signature's time), else saved later (the PDF's modification date), else later on the command line"),
        );
    }
    diagnostics
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

/// Counts for an effectiveness check or an FDA 7.53 status report. Every file is in exactly one
/// of the counts; `complete` and `incomplete` (and the answers and sums) count only replies
/// that [count](Reply::counts).
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub forms: usize,
    pub complete: usize,
    pub incomplete: usize,
    pub not_forms: usize,
    pub unreadable: usize,
    /// Encrypted with a password.
    pub encrypted: usize,
    /// Forms of a notice the project does not hold (not judged).
    pub unknown_notice: usize,
    /// Per-recipient forms whose reply token does not verify (never counted).
    pub unverified: usize,
    /// Replies of an account that sent a later one of the same form.
    pub superseded: usize,
    /// "No" answers per question (the form's yes/no fields).
    pub no_answers: BTreeMap<String, usize>,
    /// Sums of the whole numbers reported in the form's `*.quantity` fields (devices on hand,
    /// returned...), per field.
    pub quantities: BTreeMap<String, u64>,
}

pub fn summarize(replies: &[Reply]) -> Summary {
    let mut summary = Summary {
        forms: replies.len(),
        ..Summary::default()
    };
    for reply in replies {
        let counted = match reply.status {
            Status::NotANoticegenForm => {
                summary.not_forms += 1;
                false
            }
            Status::Unreadable => {
                summary.unreadable += 1;
                false
            }
            Status::Encrypted => {
                summary.encrypted += 1;
                false
            }
            Status::UnknownNotice => {
                summary.unknown_notice += 1;
                false
            }
            Status::Complete | Status::Incomplete
                if reply.verification == Some(Verification::Unverified) =>
            {
                summary.unverified += 1;
                false
            }
            Status::Complete | Status::Incomplete if reply.superseded_by.is_some() => {
                summary.superseded += 1;
                false
            }
            Status::Complete => {
                summary.complete += 1;
                true
            }
            Status::Incomplete => {
                summary.incomplete += 1;
                true
            }
        };
        if !counted {
            continue;
        }
        // Each field the form defines once, whatever the file repeats.
        let mut seen = BTreeSet::new();
        for field in reply.fields.iter().filter(|f| f.declared) {
            if !seen.insert(field.name.as_str()) {
                continue;
            }
            let value = reply.declared_value(&field.name).unwrap_or_default();
            if field.kind == "Btn" && value == "No" {
                *summary.no_answers.entry(field.name.clone()).or_default() += 1;
            }
            if field.name.ends_with(".quantity")
                && let Ok(n) = value.trim().parse::<u64>()
            {
                let sum = summary.quantities.entry(field.name.clone()).or_default();
                *sum = sum.saturating_add(n);
            }
        }
    }
    summary
}

impl std::fmt::Display for Summary {
    /// One line, made inert for a terminal (field names come from the forms).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut line = format!(
            "{} forms: {} complete, {} incomplete, {} not noticegen forms, {} unreadable",
            self.forms, self.complete, self.incomplete, self.not_forms, self.unreadable
        );
        for (n, what) in [
            (self.encrypted, "encrypted"),
            (self.unknown_notice, "of a notice not in the project"),
            (self.unverified, "unverified (not counted)"),
            (
                self.superseded,
                "superseded by a later reply of the same account (not counted)",
            ),
        ] {
            if n > 0 {
                line.push_str(&format!(", {n} {what}"));
            }
        }
        if !self.no_answers.is_empty() {
            let list: Vec<String> = self
                .no_answers
                .iter()
                .map(|(q, n)| format!("{q} {n}"))
                .collect();
            line.push_str(&format!("; \"No\" answers: {}", list.join(", ")));
        }
        if !self.quantities.is_empty() {
            let list: Vec<String> = self
                .quantities
                .iter()
                .map(|(q, n)| format!("{} {n}", q.trim_end_matches(".quantity")))
                .collect();
            line.push_str(&format!("; quantities: {}", list.join(", ")));
        }
        f.write_str(&inert::terminal(&line))
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
    /// Where its e-mail stands by the send log (`sent`, `refused`, `not sent`...); empty when
    /// the build made no e-mail.
    pub email: String,
}

/// The accounts of the manifest's per-recipient letters with no reply among `replies` (a reply
/// is matched by the notice and account its PDF records), in manifest order. Unreadable files,
/// foreign PDFs and replies whose token does not verify answer for nobody.
pub fn non_responders(
    manifest: &Manifest,
    replies: &[Reply],
    emails: &BTreeMap<(String, String), String>,
) -> Vec<NonResponder> {
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
            email: emails
                .get(&(a.id.notice.clone(), account.to_string()))
                .cloned()
                .unwrap_or_default(),
        })
        .collect()
}

/// Where each account's e-mail stands, by the send log beside the manifest (`mail send`).
fn email_states(
    manifest: &Manifest,
    out: &Path,
) -> Result<BTreeMap<(String, String), String>, Diagnostic> {
    let log = crate::mail::log::SendLog::read(out)?;
    Ok(crate::mail::send::plan(manifest, &log, &[])
        .into_iter()
        .map(|p| {
            let id = &p.artifact.id;
            let key = (id.notice.clone(), id.account.clone().unwrap_or_default());
            (key, p.state.label().to_string())
        })
        .collect())
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

fn write_inert_row<W: std::io::Write>(
    writer: &mut csv::Writer<W>,
    row: &[String],
) -> Result<(), csv::Error> {
    writer.write_record(row.iter().map(|cell| inert::csv_cell(cell).into_owned()))
}

/// The non-responder list as CSV: notice, account, locale, letter, e-mail (its state by the
/// send log, empty when the build made no e-mail).
pub fn non_responders_csv(list: &[NonResponder]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(["notice", "account", "locale", "letter", "email"])?;
    for row in list {
        write_inert_row(
            &mut writer,
            &[
                row.notice.clone(),
                row.account.clone(),
                row.locale.clone(),
                row.letter.clone(),
                row.email.clone(),
            ],
        )?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}

/// One CSV row per reply: file, notice, locale, account, verification, status, missing,
/// problems, then every field by name (the union of all forms' fields, in order of first
/// appearance), then form (customer, distributor), counted (whether it enters the summary),
/// superseded_by and warnings (active content). Every cell is [`inert::csv_cell`].
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
    header.extend(["form", "counted", "superseded_by", "warnings"].map(String::from));
    write_inert_row(&mut writer, &header)?;
    for reply in replies {
        let values: BTreeMap<&str, &str> = reply
            .fields
            .iter()
            .rev()
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
        let forms: Vec<&str> = reply.forms.iter().map(|k| k.as_str()).collect();
        row.extend([
            forms.join(" "),
            if reply.counts() { "yes" } else { "no" }.to_string(),
            reply
                .superseded_by
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            reply.warnings.join("; "),
        ]);
        write_inert_row(&mut writer, &row)?;
    }
    writer.into_inner().map_err(|e| e.into_error().into())
}
