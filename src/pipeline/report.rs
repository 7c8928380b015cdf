//! What a build tells the person who ran it: one line per built or failed file, skips that
//! matter, kept and removed outputs, and a closing summary naming the output folder. Shared
//! by `build` and `watch`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::{BuildReport, JobOutcome};
use crate::diag::{self, Diagnostic};
use crate::output::{Artifact, ArtifactKind, Skipped};

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
    let mut printer = Printer {
        verbosity,
        lines: String::new(),
        not_started: BTreeMap::new(),
    };
    for outcome in &report.outcomes {
        match outcome {
            JobOutcome::Built {
                artifacts,
                changed,
                warnings,
            } => printer.built(artifacts, *changed, warnings),
            JobOutcome::Skipped { skipped, started } => printer.skipped(skipped, *started),
            JobOutcome::Failed { id, diagnostics } => {
                printer.flush();
                eprintln!("{:>10} {id}:", "failed");
                diag::print(diagnostics);
            }
        }
    }
    printer.not_started();
    if verbosity > Verbosity::Quiet {
        printer.closing(report);
    }
    printer.flush();
}

/// The report's lines, buffered between the diagnostics printed as they come.
struct Printer<'a> {
    verbosity: Verbosity,
    lines: String,
    /// Pairs a locale has not started: one line per locale (there are many in a project that
    /// is being translated, and they need no action until the translator starts).
    not_started: BTreeMap<&'a str, Vec<&'a str>>,
}

impl<'a> Printer<'a> {
    fn flush(&mut self) {
        eprint!("{}", self.lines);
        self.lines.clear();
    }

    fn built(&mut self, artifacts: &[Artifact], changed: bool, warnings: &[Diagnostic]) {
        let verbosity = self.verbosity;
        if !warnings.is_empty() && verbosity > Verbosity::Quiet {
            self.flush();
            diag::print(warnings);
        }
        if verbosity == Verbosity::Quiet || (!changed && verbosity < Verbosity::Verbose) {
            return;
        }
        let state = if changed { "built" } else { "unchanged" };
        if verbosity == Verbosity::Verbose {
            for a in artifacts {
                let _ = writeln!(self.lines, "{state:>10} {} ({})", a.path, pages(a.pages));
            }
            return;
        }
        // One line per document: the notice, with its reply forms counted.
        let Some(main) = artifacts.iter().find(|a| a.kind == ArtifactKind::Notice) else {
            return;
        };
        let forms = artifacts
            .iter()
            .filter(|a| a.kind == ArtifactKind::Form)
            .count();
        let message = artifacts
            .iter()
            .find_map(|a| a.envelope.as_ref())
            .map(|e| format!("; e-mail to {}", e.to.join(", ")))
            .unwrap_or_default();
        let _ = writeln!(
            self.lines,
            "{state:>10} {} ({}{}{message})",
            main.path,
            pages(main.pages),
            match forms {
                0 => String::new(),
                1 => "; its reply form also on its own".to_string(),
                n => format!("; its {n} reply forms also on their own"),
            }
        );
    }

    fn skipped(&mut self, skipped: &'a Skipped, started: bool) {
        if self.verbosity == Verbosity::Quiet {
            return;
        }
        if !started && self.verbosity < Verbosity::Verbose {
            self.not_started
                .entry(skipped.id.locale.as_str())
                .or_default()
                .push(skipped.id.notice.as_str());
            return;
        }
        let _ = writeln!(
            self.lines,
            "{:>10} {}: {}{}",
            "skipped",
            skipped.id,
            skipped.reason,
            abbreviate(&skipped.missing)
        );
    }

    fn not_started(&mut self) {
        for (locale, notices) in &self.not_started {
            let n = notices.len();
            let _ = writeln!(
                self.lines,
                "{:>10} {locale}: {n} notice{} not started (noticegen status)",
                "skipped",
                if n == 1 { "" } else { "s" }
            );
        }
    }

    /// Kept and removed outputs, and the summary naming the output folder.
    fn closing(&mut self, report: &BuildReport) {
        for kept in &report.kept {
            // `Kept` says "kept ..." itself: its verb lands in the verb column.
            let _ = writeln!(self.lines, "{:>6}{kept}", "");
            if self.verbosity == Verbosity::Verbose {
                for path in &kept.paths {
                    let _ = writeln!(self.lines, "{:>10}   {path}", "");
                }
            }
        }
        for removed in &report.removed {
            let _ = writeln!(
                self.lines,
                "{:>10} {} ({})",
                "removed", removed.path, removed.reason
            );
        }
        let out = report
            .manifest_path
            .parent()
            .unwrap_or(&report.manifest_path);
        let _ = writeln!(
            self.lines,
            "{}; PDFs in {}, manifest {}",
            report.summary(),
            out.display(),
            report.manifest_path.display()
        );
    }
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
