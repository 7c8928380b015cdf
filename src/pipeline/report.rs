//! What a build tells the person who ran it: one line per built or failed file, skips that
//! matter, kept and removed outputs, and a closing summary naming the output folder. Shared
//! by `build` and `watch`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::{BuildReport, JobOutcome};
use crate::diag::{self, Diagnostic};
use crate::output::ArtifactKind;

/// How much a build prints.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum Verbosity {
    /// Only errors.
    Quiet,
    /// What was built, failed, kept or removed; skips that need a translator; the summary.
    #[default]
    Normal,
    /// Also every unchanged file and every skipped pair on its own line.
    Verbose,
}

/// Prints the report to stderr.
pub fn print(report: &BuildReport, verbosity: Verbosity) {
    let diagnostics: Vec<Diagnostic> = report
        .diagnostics
        .iter()
        .filter(|d| verbosity > Verbosity::Quiet || d.is_error())
        .cloned()
        .collect();
    diag::print(&diagnostics);
    let mut lines = String::new();
    // Pairs a locale has not started: one line per locale (there are many in a project that
    // is being translated, and they need no action until the translator starts).
    let mut not_started: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for outcome in &report.outcomes {
        match outcome {
            JobOutcome::Built {
                artifacts,
                changed,
                warnings,
            } => {
                if !warnings.is_empty() && verbosity > Verbosity::Quiet {
                    eprint!("{lines}");
                    lines.clear();
                    diag::print(warnings);
                }
                if verbosity == Verbosity::Quiet || (!changed && verbosity < Verbosity::Verbose) {
                    continue;
                }
                let state = if *changed { "built" } else { "unchanged" };
                if verbosity == Verbosity::Verbose {
                    for a in artifacts {
                        let _ = writeln!(lines, "{state:>10} {} ({})", a.path, pages(a.pages));
                    }
                    continue;
                }
                // One line per document: the notice, with its reply forms counted.
                let Some(main) = artifacts.iter().find(|a| a.kind == ArtifactKind::Notice) else {
                    continue;
                };
                let forms = artifacts.len() - 1;
                let _ = writeln!(
                    lines,
                    "{state:>10} {} ({}{})",
                    main.path,
                    pages(main.pages),
                    match forms {
                        0 => String::new(),
                        1 => "; its reply form also on its own".to_string(),
                        n => format!("; its {n} reply forms also on their own"),
                    }
                );
            }
            JobOutcome::Skipped { skipped, started } => {
                if verbosity == Verbosity::Quiet {
                    continue;
                }
                if !started && verbosity < Verbosity::Verbose {
                    not_started
                        .entry(skipped.id.locale.as_str())
                        .or_default()
                        .push(skipped.id.notice.as_str());
                    continue;
                }
                let _ = writeln!(
                    lines,
                    "{:>10} {}: {}{}",
                    "skipped",
                    skipped.id,
                    skipped.reason,
                    abbreviate(&skipped.missing)
                );
            }
            JobOutcome::Failed { id, diagnostics } => {
                eprint!("{lines}");
                lines.clear();
                eprintln!("{:>10} {id}:", "failed");
                diag::print(diagnostics);
            }
        }
    }
    for (locale, notices) in &not_started {
        let n = notices.len();
        let _ = writeln!(
            lines,
            "{:>10} {locale}: {n} notice{} not started (noticegen status)",
            "skipped",
            if n == 1 { "" } else { "s" }
        );
    }
    if verbosity > Verbosity::Quiet {
        for kept in &report.kept {
            // `Kept` says "kept ..." itself: its verb lands in the verb column.
            let _ = writeln!(lines, "{:>6}{kept}", "");
            if verbosity == Verbosity::Verbose {
                for path in &kept.paths {
                    let _ = writeln!(lines, "{:>10}   {path}", "");
                }
            }
        }
        for removed in &report.removed {
            let _ = writeln!(
                lines,
                "{:>10} {} ({})",
                "removed", removed.path, removed.reason
            );
        }
        let out = report
            .manifest_path
            .parent()
            .unwrap_or(&report.manifest_path);
        let _ = writeln!(
            lines,
            "{}; PDFs in {}, manifest {}",
            report.summary(),
            out.display(),
            report.manifest_path.display()
        );
    }
    eprint!("{lines}");
}

fn pages(n: usize) -> String {
    format!("{n} page{}", if n == 1 { "" } else { "s" })
}

/// ": a, b, c and 12 more": enough to act on without flooding the terminal.
fn abbreviate(ids: &[String]) -> String {
    const SHOWN: usize = 4;
    match ids.len() {
        0 => String::new(),
        n if n <= SHOWN => format!(": {}", ids.join(", ")),
        n => format!(": {} and {} more", ids[..SHOWN].join(", "), n - SHOWN),
    }
}
