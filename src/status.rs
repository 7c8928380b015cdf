//! `noticegen status`: a notice x locale table of translation state, for translators and CI.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::diag::{Loaded, ProjectError};
use crate::load;
use crate::pipeline::letter::{self, Letter};
use crate::review::{self, ReviewRecord};

/// The state of one notice in one locale.
#[derive(Debug, Clone, Serialize)]
pub struct PairStatus {
    pub notice: String,
    pub locale: String,
    /// Messages the notice needs that the locale lacks.
    pub missing: usize,
    /// Translations whose English changed since review.
    pub stale: usize,
    /// Messages that fail to format (or files with syntax errors).
    pub broken: usize,
}

impl PairStatus {
    pub fn label(&self) -> String {
        if self.broken > 0 {
            return "broken".into();
        }
        let mut parts = Vec::new();
        if self.missing > 0 {
            parts.push(format!("missing {}", self.missing));
        }
        if self.stale > 0 {
            parts.push(format!("stale {}", self.stale));
        }
        if parts.is_empty() {
            "complete".into()
        } else {
            parts.join(", ")
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Status {
    pub locales: Vec<LocaleInfo>,
    pub pairs: Vec<PairStatus>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocaleInfo {
    pub locale: String,
    /// From `### review-status:` in its common.ftl (`source` for English).
    pub review: String,
    /// The built-in standard text this locale prints, with each file's review status.
    pub built_in: Vec<BuiltInText>,
}

/// A layout's or a regime's standard text, built in for a locale.
#[derive(Debug, Clone, Serialize)]
pub struct BuiltInText {
    /// Its shared file's stem (`_eu-commission`).
    pub file: String,
    /// `unreviewed` for text drafted rather than taken from a published version, else
    /// `published`.
    pub review: String,
}

/// The state of every pair, with the load's findings (a broken notice's errors: `check` says
/// more).
pub fn status(root: &Path) -> Result<Loaded<Status>, ProjectError> {
    let mut diagnostics = Vec::new();
    let project = load::load_project(root)?.into_value(&mut diagnostics);
    let source = project.locales.source_locale();
    let mut locales = Vec::new();
    let mut pairs = Vec::new();
    for (tag, locale) in &project.locales.by_tag {
        let review = if *tag == project.locales.source {
            "source".to_string()
        } else {
            locale
                .file("common")
                .and_then(|f| f.review_status.clone())
                .unwrap_or_else(|| "reviewed".into())
        };
        let built_in = locale
            .files
            .iter()
            .filter(|f| f.builtin.is_some())
            .map(|f| BuiltInText {
                file: f.stem.clone(),
                review: f
                    .review_status
                    .clone()
                    .unwrap_or_else(|| "published".into()),
            })
            .collect();
        locales.push(LocaleInfo {
            locale: tag.clone(),
            review,
            built_in,
        });
        let stale_by_file: BTreeMap<String, usize> = match (source, *tag != project.locales.source)
        {
            (Some(source), true) => {
                let record = ReviewRecord::load(root, tag)?;
                review::stale(&record, source, locale).into_iter().fold(
                    BTreeMap::new(),
                    |mut m, s| {
                        *m.entry(s.stem).or_insert(0) += 1;
                        m
                    },
                )
            }
            _ => BTreeMap::new(),
        };
        for (id, loaded) in &project.notices {
            let report = letter::localize(&project, Letter::general(loaded, tag, false)).report;
            // Errors in the files this notice's text comes from (not in other notices' files).
            let syntax_errors = locale
                .files_for(id)
                .map(|f| {
                    diagnostics
                        .iter()
                        .filter(|d| d.is_error() && d.path() == Some(f.source.path.as_path()))
                        .count()
                })
                .sum::<usize>();
            let stale = locale
                .files_for(id)
                .map(|f| stale_by_file.get(&f.stem).copied().unwrap_or(0))
                .sum();
            pairs.push(PairStatus {
                notice: id.clone(),
                locale: tag.clone(),
                missing: report.missing.len(),
                stale,
                broken: report.errors.len() + syntax_errors,
            });
        }
    }
    Ok(Loaded::new(Status { locales, pairs }, diagnostics))
}

impl Status {
    fn notices(&self) -> Vec<&str> {
        let notices: std::collections::BTreeSet<&str> =
            self.pairs.iter().map(|p| p.notice.as_str()).collect();
        notices.into_iter().collect()
    }

    fn cell(&self, notice: &str, locale: &str) -> String {
        self.pairs
            .iter()
            .find(|p| p.notice == notice && p.locale == locale)
            .map(PairStatus::label)
            .unwrap_or_default()
    }

    /// Rows of the table: header, review row, the built-in text not yet reviewed (when there
    /// is some), then one row per notice.
    fn rows(&self) -> Vec<Vec<String>> {
        let mut rows = Vec::new();
        let mut header = vec!["notice".to_string()];
        header.extend(self.locales.iter().map(|l| l.locale.clone()));
        rows.push(header);
        let mut review = vec!["(review)".to_string()];
        review.extend(self.locales.iter().map(|l| l.review.clone()));
        rows.push(review);
        let unreviewed: Vec<String> = self
            .locales
            .iter()
            .map(|l| {
                let files: Vec<&str> = l
                    .built_in
                    .iter()
                    .filter(|b| b.review == "unreviewed")
                    .map(|b| b.file.as_str())
                    .collect();
                files.join(" ")
            })
            .collect();
        if unreviewed.iter().any(|cell| !cell.is_empty()) {
            let mut row = vec!["(built-in text unreviewed)".to_string()];
            row.extend(unreviewed);
            rows.push(row);
        }
        for notice in self.notices() {
            let mut row = vec![notice.to_string()];
            row.extend(self.locales.iter().map(|l| self.cell(notice, &l.locale)));
            rows.push(row);
        }
        rows
    }

    /// A plain-text table with aligned columns.
    pub fn to_text(&self) -> String {
        let rows = self.rows();
        let widths: Vec<usize> = (0..rows[0].len())
            .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
            .collect();
        let mut out = String::new();
        for row in rows {
            let cells: Vec<String> = row
                .iter()
                .zip(&widths)
                .map(|(cell, w)| format!("{cell:<w$}"))
                .collect();
            out.push_str(cells.join("  ").trim_end());
            out.push('\n');
        }
        out
    }

    pub fn to_markdown(&self) -> String {
        let rows = self.rows();
        let mut out = String::new();
        for (i, row) in rows.iter().enumerate() {
            out.push_str(&format!("| {} |\n", row.join(" | ")));
            if i == 0 {
                out.push_str(&format!("|{}\n", "---|".repeat(row.len())));
            }
        }
        out
    }
}
