//! The TGA's rules: the Uniform Recall Procedure for Therapeutic Goods (URPTG), the sponsor's
//! customer letter.

use super::{Finding, Place, Rule, letter_texts, text_of};
use crate::load::{LoadedNotice, Project};

/// Its rules.
pub const RULES: &[Rule] = &[
    Rule {
        id: "tga-heading",
        source: "TGA, URPTG (V2.2), Sponsor's customer letter: Headings",
        says: "a class I or II recall letter carries one of the headings Urgent Medicine Recall, \
               Urgent Medical Device Recall, Urgent Biologicals Recall, Urgent Product Defect \
               Correction, Implant Hazard Alert, Urgent Product Defect Alert",
        fix: "give the notice a title line or `marking:` with one of these headings",
        check: tga_heading,
    },
    Rule {
        id: "tga-reference",
        source: "TGA, URPTG (V2.2), Sponsor's customer letter: Preparing the customer letter",
        says: "the letter includes the TGA recall reference number",
        fix: "give it as `fsca: reference:` and print it in the letter (a message or a details row)",
        check: tga_reference,
    },
    Rule {
        id: "tga-consultation",
        source: "TGA, URPTG (V2.2), Sponsor's customer letter: Preparing the customer letter",
        says: "the letter states that the recall is conducted following consultation with the TGA",
        fix: "say so in a paragraph: \"..., following consultation with the Therapeutic Goods \
              Administration (TGA), is recalling ...\"",
        check: tga_consultation,
    },
    Rule {
        id: "tga-voluntary",
        source: "TGA, URPTG (V2.2), Sponsor's customer letter: Do not",
        says: "the letter does not use the words 'voluntary' or 'voluntarily', which may confuse \
               the reader about having to act",
        fix: "say what the recipient must do, without calling the recall voluntary",
        check: tga_voluntary,
    },
    Rule {
        id: "tga-response",
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
