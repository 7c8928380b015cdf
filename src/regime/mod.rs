//! A regulator's expectations of a recall letter as `check` findings. A notice names its
//! regulator with `regime:`; each rule that the letter does not meet is a warning at the
//! notice's line, with the text it comes from. A rule the letter leaves out on purpose is
//! named under `waive:` with the reason, and `check` lists it instead. Only rules that can be
//! read off the notice are here, and each cites its source.

use crate::diag::{Diagnostic, SourceText};

use crate::load::{LoadedNotice, Project};
use crate::notice::{Regime, Waiver};
use crate::yaml::at_value;
use serde_saphyr::Spanned;

/// One expectation of one regulator.
pub struct Rule {
    pub id: &'static str,
    /// Where the regulator says it.
    pub source: &'static str,
    /// What it says, in short.
    pub says: &'static str,
    /// What meets it.
    pub fix: &'static str,
    /// What the letter lacks of it, and where; none when it meets it.
    check: fn(&Project, &LoadedNotice) -> Finding,
}

/// A finding: where, and what the letter lacks.
type Finding = Option<(Place, String)>;

mod eu;
mod fda;
mod hc;
mod mhra;
mod tga;

/// Every rule of a regime.
pub fn rules(regime: Regime) -> &'static [Rule] {
    match regime {
        Regime::Fda => fda::RULES,
        Regime::Eu => eu::RULES,
        Regime::Tga => tga::RULES,
        Regime::Mhra => mhra::RULES,
        Regime::Hc => hc::RULES,
    }
}

/// Every rule `check` knows.
pub fn all_rules() -> impl Iterator<Item = &'static Rule> {
    Regime::ALL.into_iter().flat_map(rules)
}

/// Where a finding points.
enum Place {
    /// At the notice's `regime:`.
    Regime,
    /// At a value of the notice.
    Value(Spanned<String>),
    /// At a message of the source locale.
    Message(SourceText, std::ops::Range<usize>),
}

/// The findings of every notice that names a regime, and its waivers.
pub fn check(project: &Project) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for loaded in project.notices.values() {
        let source = &loaded.source;
        let Some(regime) = &loaded.notice.regime else {
            for waiver in &loaded.notice.waive {
                let message = "`waive:` names a rule, but the notice names no `regime:`";
                out.push(
                    at_value(source, &waiver.rule, message.to_string())
                        .hint("add `regime: fda` (or `eu`, `tga`, `mhra`, `hc`) to hold the letter to its rules"),
                );
            }
            continue;
        };
        let findings = rules(regime.value)
            .iter()
            .filter_map(|rule| Some((rule, (rule.check)(project, loaded)?)));
        for (rule, (at, what)) in findings {
            if loaded.notice.waive.iter().any(|w| w.rule.value == rule.id) {
                continue;
            }
            let message = format!("`{}`: {what}", rule.id);
            let d = match at {
                Place::Regime => at_value(source, regime, message),
                Place::Value(at) => at_value(source, &at, message),
                Place::Message(text, span) => Diagnostic::error(message).at(&text, span),
            };
            out.push(
                d.as_warning()
                    .note(format!("{}: {}", rule.source, rule.says))
                    .hint(format!(
                        "{}; or, if the letter does without it on purpose: `waive: [{{ rule: {}, reason: \"...\" }}]`",
                        rule.fix, rule.id
                    )),
            );
        }
        out.extend(waivers(&loaded.notice.waive, regime.value, source));
    }
    out
}

/// Each waiver listed, or refused when its rule is not one of the regime's.
fn waivers(waive: &[Waiver], regime: Regime, source: &SourceText) -> Vec<Diagnostic> {
    waive
        .iter()
        .map(|w| {
            let rules = rules(regime).iter();
            match rules.clone().find(|r| r.id == w.rule.value) {
                Some(rule) => at_value(
                    source,
                    &w.rule,
                    format!("`{}` waived: {}", rule.id, w.reason),
                )
                .as_remark()
                .note(format!("{}: {}", rule.source, rule.says)),
                None => {
                    let ids: Vec<&str> = rules.map(|r| r.id).collect();
                    at_value(
                        source,
                        &w.rule,
                        format!("no rule `{}` in regime `{}`", w.rule.value, regime.name()),
                    )
                    .hint(format!("its rules: {}", ids.join(", ")))
                }
            }
        })
        .collect()
}

/// A message's source-locale text in lower case, with where it is defined.
fn text_of(project: &Project, id: &str) -> Option<(SourceText, std::ops::Range<usize>, String)> {
    let (file, entry) = project.locales.source_locale()?.find(id)?;
    let text = entry.facts.canonical.to_lowercase();
    Some((file.source.clone(), entry.span.clone(), text))
}

/// Every message the notice prints, as [`text_of`] gives it.
fn letter_texts<'a>(
    project: &'a Project,
    loaded: &'a LoadedNotice,
) -> impl Iterator<Item = (SourceText, std::ops::Range<usize>, String)> + 'a {
    loaded
        .message_refs()
        .into_iter()
        .filter_map(move |id| text_of(project, &id.value))
}
