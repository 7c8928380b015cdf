//! The FDA's rules: 21 CFR 7.49, recall communications.

use super::{Finding, Place, Rule, text_of};
use crate::load::{LoadedNotice, Project};

/// Its rules.
pub const RULES: &[Rule] = &[
    Rule {
        id: "fda-marking",
        source: "21 CFR 7.49(b)",
        says: "recall letters are conspicuously marked, preferably in bold red type, \
               \"recall\" or \"correction\" (and \"urgent\" for class I and II recalls)",
        fix: "give the notice a `marking:` such as \"URGENT: MEDICAL DEVICE RECALL\", or use `template: fda-recall`",
        check: fda_marking,
    },
    Rule {
        id: "fda-identify",
        source: "21 CFR 7.49(c)(1)(ii)",
        says: "the letter identifies clearly the product, its lot numbers, codes or serial \
               numbers",
        fix: "give each product its catalogue, lot or serial numbers, or the notice a `lots:` table",
        check: fda_identify,
    },
    Rule {
        id: "fda-report-back",
        source: "21 CFR 7.49(c)(1)(v)",
        says: "the letter provides a ready means for the recipient to report whether it has \
               any of the product",
        fix: "add a response form under `form:`",
        check: fda_report_back,
    },
];

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
