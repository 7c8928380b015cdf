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
    pub regime: Regime,
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

/// Every rule `check` knows.
pub const RULES: &[Rule] = &[
    Rule {
        id: "fda-marking",
        regime: Regime::Fda,
        source: "21 CFR 7.49(b)",
        says: "recall letters are conspicuously marked, preferably in bold red type, \
               \"recall\" or \"correction\" (and \"urgent\" for class I and II recalls)",
        fix: "give the notice a `marking:` such as \"URGENT: MEDICAL DEVICE RECALL\", or use `template: fda-recall`",
        check: fda_marking,
    },
    Rule {
        id: "fda-identify",
        regime: Regime::Fda,
        source: "21 CFR 7.49(c)(1)(ii)",
        says: "the letter identifies clearly the product, its lot numbers, codes or serial \
               numbers",
        fix: "give each product its catalogue, lot or serial numbers, or the notice a `lots:` table",
        check: fda_identify,
    },
    Rule {
        id: "fda-report-back",
        regime: Regime::Fda,
        source: "21 CFR 7.49(c)(1)(v)",
        says: "the letter provides a ready means for the recipient to report whether it has \
               any of the product",
        fix: "add a response form under `form:`",
        check: fda_report_back,
    },
    Rule {
        id: "eu-udi",
        regime: Regime::Eu,
        source: "Regulation (EU) 2017/745, Article 89(8)",
        says: "the field safety notice allows the correct identification of the devices, in \
               particular by including the relevant UDIs",
        fix: "give each product its `udi:`",
        check: eu_udi,
    },
    Rule {
        id: "eu-srn",
        regime: Regime::Eu,
        source: "Regulation (EU) 2017/745, Article 89(8)",
        says: "the field safety notice identifies the manufacturer, in particular by its single \
               registration number (SRN) if already issued",
        fix: "add the SRN to the profile as `srn:`",
        check: eu_srn,
    },
    Rule {
        id: "tga-heading",
        regime: Regime::Tga,
        source: "TGA, URPTG (V2.2), Sponsor's customer letter: Headings",
        says: "a class I or II recall letter carries one of the headings Urgent Medicine Recall, \
               Urgent Medical Device Recall, Urgent Biologicals Recall, Urgent Product Defect \
               Correction, Implant Hazard Alert, Urgent Product Defect Alert",
        fix: "give the notice a title line or `marking:` with one of these headings",
        check: tga_heading,
    },
    Rule {
        id: "tga-reference",
        regime: Regime::Tga,
        source: "TGA, URPTG (V2.2), Sponsor's customer letter: Preparing the customer letter",
        says: "the letter includes the TGA recall reference number",
        fix: "give it as `fsca: reference:` and print it in the letter (a message or a details row)",
        check: tga_reference,
    },
    Rule {
        id: "tga-consultation",
        regime: Regime::Tga,
        source: "TGA, URPTG (V2.2), Sponsor's customer letter: Preparing the customer letter",
        says: "the letter states that the recall is conducted following consultation with the TGA",
        fix: "say so in a paragraph: \"..., following consultation with the Therapeutic Goods \
              Administration (TGA), is recalling ...\"",
        check: tga_consultation,
    },
    Rule {
        id: "tga-voluntary",
        regime: Regime::Tga,
        source: "TGA, URPTG (V2.2), Sponsor's customer letter: Do not",
        says: "the letter does not use the words 'voluntary' or 'voluntarily', which may confuse \
               the reader about having to act",
        fix: "say what the recipient must do, without calling the recall voluntary",
        check: tga_voluntary,
    },
    Rule {
        id: "tga-response",
        regime: Regime::Tga,
        source: "TGA, URPTG (V2.2), Example of a sponsor's customer letter: Action",
        says: "the recipient completes and returns the attached acknowledgement form, even \
               without affected stock",
        fix: "add the acknowledgement form under `form:`",
        check: tga_response,
    },
];

/// The TGA's headings of a class I or II recall letter (URPTG, Sponsor's customer letter).
const TGA_HEADINGS: &[&str] = &[
    "urgent medicine recall",
    "urgent medical device recall",
    "urgent biologicals recall",
    "urgent product defect correction",
    "implant hazard alert",
    "urgent product defect alert",
];

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
                        .hint("add `regime: fda` (or `eu`, `tga`) to hold the letter to its rules"),
                );
            }
            continue;
        };
        let findings = RULES
            .iter()
            .filter(|rule| rule.regime == regime.value)
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
            let rules = RULES.iter().filter(|r| r.regime == regime);
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

/// 21 CFR 7.49(b): the letter is marked recall or correction (the US recall layout marks it
/// itself).
fn fda_marking(project: &Project, loaded: &LoadedNotice) -> Finding {
    if loaded.layout.name() == "fda-recall" {
        return None;
    }
    let Some(marking) = &loaded.notice.marking else {
        return Some((Place::Regime, "the letter has no `marking:`".to_string()));
    };
    let text = text_of(project, &marking.value)
        .map(|(_, _, text)| text)
        .unwrap_or_default();
    (!text.contains("recall") && !text.contains("correction")).then(|| {
        let what = format!(
            "the marking `{}` says neither recall nor correction",
            marking.value
        );
        (Place::Value(marking.clone()), what)
    })
}

/// 21 CFR 7.49(c)(1)(ii): each product is identified by a number, or the lots are listed.
fn fda_identify(_project: &Project, loaded: &LoadedNotice) -> Finding {
    let notice = &loaded.notice;
    if notice.products.is_empty() {
        return Some((Place::Regime, "the letter has no `products:`".to_string()));
    }
    if notice.lots.is_some() {
        return None;
    }
    let unidentified = notice.products.items.iter().find(|p| {
        p.catalogue.is_empty()
            && p.lots.is_empty()
            && p.serials.is_empty()
            && p.serial_range.is_none()
            && p.udi.is_empty()
    })?;
    let what = "a product has no catalogue, lot, serial number or UDI";
    Some((Place::Value(unidentified.name.clone()), what.to_string()))
}

/// 21 CFR 7.49(c)(1)(v): a response form.
fn fda_report_back(_project: &Project, loaded: &LoadedNotice) -> Finding {
    let notice = &loaded.notice;
    notice.form.is_none().then(|| {
        (
            Place::Regime,
            "the letter has no response form (`form:`)".to_string(),
        )
    })
}

/// MDR Art. 89(8): each device's UDI.
fn eu_udi(_project: &Project, loaded: &LoadedNotice) -> Finding {
    let notice = &loaded.notice;
    let without = notice.products.items.iter().find(|p| p.udi.is_empty())?;
    Some((
        Place::Value(without.name.clone()),
        "a product has no UDI-DI (`udi:`)".to_string(),
    ))
}

/// MDR Art. 89(8): the manufacturer's SRN.
fn eu_srn(project: &Project, loaded: &LoadedNotice) -> Finding {
    let notice = &loaded.notice;
    let profile = project.manufacturers.get(&notice.manufacturer.value)?;
    profile.srn.is_none().then(|| {
        let what = format!("the profile `{}` has no `srn:`", notice.manufacturer.value);
        (Place::Value(notice.manufacturer.clone()), what)
    })
}

/// URPTG: a TGA heading among the marking and title lines.
fn tga_heading(project: &Project, loaded: &LoadedNotice) -> Finding {
    let notice = &loaded.notice;
    let lines = notice.marking.iter().chain(&notice.titles);
    let has = lines
        .filter_map(|id| text_of(project, &id.value))
        .any(|(_, _, text)| TGA_HEADINGS.iter().any(|h| text.contains(h)));
    let at = notice
        .titles
        .first()
        .cloned()
        .map_or(Place::Regime, Place::Value);
    (!has).then(|| {
        (
            at,
            "no title line or marking is one of the TGA's headings".to_string(),
        )
    })
}

/// URPTG: the TGA recall reference number, given and printed.
fn tga_reference(project: &Project, loaded: &LoadedNotice) -> Finding {
    let notice = &loaded.notice;
    let Some(reference) = &notice.fsca.reference else {
        let at = notice
            .key("fsca")
            .cloned()
            .map_or(Place::Regime, Place::Value);
        let what = "the notice gives no TGA recall reference number (`fsca: reference:`)";
        return Some((at, what.to_string()));
    };
    // Printed in a message, or as data (a details row's `text:`).
    let wanted = reference.to_lowercase();
    let in_text = letter_texts(project, loaded).any(|(_, _, text)| text.contains(&wanted));
    let data = loaded.layout.data_texts(&loaded.layout_keys);
    let in_data = data.iter().any(|text| text.contains(reference.as_str()));
    (!in_text && !in_data).then(|| {
        let at = notice
            .key("fsca")
            .cloned()
            .map_or(Place::Regime, Place::Value);
        (
            at,
            format!("the reference `{reference}` is not printed in the letter"),
        )
    })
}

/// URPTG: the statement of the consultation with the TGA.
fn tga_consultation(project: &Project, loaded: &LoadedNotice) -> Finding {
    let says = letter_texts(project, loaded).any(|(_, _, text)| {
        [
            "consultation with the tga",
            "consultation with the therapeutic goods administration",
        ]
        .iter()
        .any(|phrase| text.contains(phrase))
    });
    (!says).then(|| {
        let what = "no message says the recall follows consultation with the TGA";
        (Place::Regime, what.to_string())
    })
}

/// URPTG: no "voluntary"; at the first message that says it.
fn tga_voluntary(project: &Project, loaded: &LoadedNotice) -> Finding {
    let (source, span, _) =
        letter_texts(project, loaded).find(|(_, _, text)| text.contains("voluntar"))?;
    Some((
        Place::Message(source, span),
        "a message calls the recall voluntary".to_string(),
    ))
}

/// URPTG: the acknowledgement form.
fn tga_response(_project: &Project, loaded: &LoadedNotice) -> Finding {
    let notice = &loaded.notice;
    notice.form.is_none().then(|| {
        (
            Place::Regime,
            "the letter has no acknowledgement form (`form:`)".to_string(),
        )
    })
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
