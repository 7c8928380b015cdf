//! The `fda-recall` layout: a US recall letter after 21 CFR 7.49. The marking ("URGENT: MEDICAL
//! DEVICE RECALL", or CORRECTION / REMOVAL) bold red at the top, the attention line, products,
//! reason and hazard, what to do with the product, what consignees who passed it on must do
//! (sub-recall), how and by when to report back, then the response form. Its headings are the
//! `fda-*` messages of its standard text `_fda-recall`, built in from `text/fda-recall.*.ftl`.

use fluent_bundle::FluentValue;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::form::FormView;
use super::view::{Markup, PageView, SignatoryView, StepView, TableView, ViewContext};
use super::{LayoutSpec, at_template};
use crate::diag::{Diagnostic, SourceText};
use crate::notice::{MsgId, Notice, Step};
use crate::yaml::at_value;
use serde_saphyr::Spanned;

pub struct FdaRecall;

/// The FDA recall letter's own keys of a notice.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct FdaKeys {
    /// The sections of the recall letter.
    pub fda: FdaSections,
}

/// The parts 21 CFR 7.49 asks of a recall letter. The reply deadline is `fsca:
/// reply_deadline_days`; the products are the notice's `products`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FdaSections {
    /// Which marking the letter carries at its top.
    pub action: FdaAction,
    /// Who the letter is for ("Attention: Laboratory Director").
    #[schemars(with = "String")]
    pub attention: MsgId,
    /// The salutation, if the letter has one.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub greeting: Option<MsgId>,
    /// Opening paragraphs: what is recalled, and that use and distribution must stop.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub purpose: Vec<MsgId>,
    /// The reason for the recall.
    #[schemars(with = "Vec<String>")]
    pub reason: Vec<MsgId>,
    /// The hazard involved: the risk to health.
    #[schemars(with = "Vec<String>")]
    pub hazard: Vec<MsgId>,
    /// What to do with the product, step by step.
    pub instructions: Vec<Step>,
    /// What consignees who distributed the product further must do (the sub-recall).
    #[schemars(with = "Vec<String>")]
    pub sub_recall: Vec<MsgId>,
    /// Where the response form goes back to.
    #[schemars(with = "RespondTo")]
    pub respond: Spanned<RespondTo>,
    /// Paragraphs after the reporting instructions (questions, adverse event reporting).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub closing: Vec<MsgId>,
    /// The closing line above the signatures ("Sincerely,").
    #[schemars(with = "String")]
    pub sign_off: MsgId,
}

/// The marking at the top of the letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FdaAction {
    /// "URGENT: MEDICAL DEVICE RECALL"
    Recall,
    /// "URGENT: MEDICAL DEVICE CORRECTION"
    Correction,
    /// "URGENT: MEDICAL DEVICE REMOVAL"
    Removal,
}

impl FdaAction {
    fn message(self) -> &'static str {
        match self {
            Self::Recall => "fda-marking-recall",
            Self::Correction => "fda-marking-correction",
            Self::Removal => "fda-marking-removal",
        }
    }
}

/// The ways back for the response form; at least one.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RespondTo {
    #[serde(default)]
    pub fax: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    /// Postal address; one line per line.
    #[serde(default)]
    pub address: Option<String>,
}

/// Where the keys under `fda:` stand (the typed keys keep their values' places).
#[derive(Deserialize)]
struct FdaKeyPlaces {
    #[serde(default)]
    fda: crate::yaml::MappingKeys,
}

#[derive(Serialize)]
pub struct FdaView {
    pub page: PageView,
    pub marking: Markup,
    pub attention: Markup,
    pub titles: Vec<Markup>,
    pub red_titles: Option<Vec<bool>>,
    pub greeting: Option<Markup>,
    pub purpose: Vec<Markup>,
    pub products: TableView,
    pub lots: Option<TableView>,
    pub reason: Section,
    pub hazard: Section,
    pub instructions: StepsSection,
    pub sub_recall: Section,
    pub respond: RespondView,
    pub closing: Vec<Markup>,
    pub sign_off: Markup,
    pub signatories: Vec<SignatoryView>,
    pub form: Option<FormView>,
}

/// A heading and its paragraphs.
#[derive(Serialize)]
pub struct Section {
    pub heading: Markup,
    pub paragraphs: Vec<Markup>,
}

#[derive(Serialize)]
pub struct StepsSection {
    pub heading: Markup,
    pub steps: Vec<StepView>,
}

/// How to report back: the deadline sentence and each channel with its label.
#[derive(Serialize)]
pub struct RespondView {
    pub heading: Markup,
    pub deadline: Markup,
    pub channels: Vec<ChannelView>,
}

#[derive(Serialize)]
pub struct ChannelView {
    pub label: Markup,
    pub lines: Vec<String>,
}

/// A recall letter says by when to report back: at `fsca:` when the notice has one, else at its
/// `template:`.
fn reply_deadline(notice: &Notice, source: &SourceText) -> Option<Diagnostic> {
    if notice.fsca.reply_deadline_days.is_some() {
        return None;
    }
    let message =
        "a recall letter says by when to report back: `fsca: reply_deadline_days` is missing";
    let d = match notice.key("fsca") {
        Some(key) => at_value(source, key, message.to_string()),
        None => at_template(notice, source, message),
    };
    Some(d.hint("add `reply_deadline_days: 10` (or the days you give) under `fsca:`"))
}

impl LayoutSpec for FdaRecall {
    type Keys = FdaKeys;
    type View = FdaView;
    const NAME: &'static str = "fda-recall";
    const TEMPLATES: &'static [(&'static str, &'static str)] = &[(
        "fda-recall.typ.j2",
        include_str!("../templates/fda-recall.typ.j2"),
    )];
    const STANDARD_TEXT: &'static [(&'static str, &'static str)] =
        &[("en", include_str!("text/fda-recall.en.ftl"))];

    fn check(notice: &Notice, keys: &FdaKeys, source: &SourceText) -> Vec<Diagnostic> {
        let mut errors = Vec::new();
        // 21 CFR 7.49(c)(1)(i): the letter identifies the product.
        if notice.products.is_empty() {
            errors.push(at_template(
                notice,
                source,
                "a recall letter identifies the product: the notice needs `products:`",
            ));
        }
        // 21 CFR 7.49(c)(1)(iv): a ready means of reporting back, and by when.
        let respond = &keys.fda.respond;
        if respond.value.fax.is_none()
            && respond.value.email.is_none()
            && respond.value.address.is_none()
        {
            // At the `respond:` key: its value may be an empty mapping lines below.
            let key = crate::yaml::parse_yaml::<FdaKeyPlaces>(source)
                .ok()
                .and_then(|places| places.fda.get("respond").cloned());
            let message = "`respond:` needs a way back for the response form".to_string();
            let d = match &key {
                Some(key) => at_value(source, key, message),
                None => at_value(source, respond, message),
            };
            errors.push(d.hint("give `fax:`, `email:` or `address:`"));
        }
        errors.extend(reply_deadline(notice, source));
        if notice.form.is_none() {
            errors.push(
                at_template(
                    notice,
                    source,
                    "a recall letter needs its response form under `form:`",
                )
                .hint("21 CFR 7.49 asks for a ready means of reporting back"),
            );
        }
        if let Some(key) = notice.key("distributor_form") {
            errors.push(at_value(
                source,
                key,
                "`template: fda-recall` has one response form; put the sub-recall questions in `form:`".to_string(),
            ));
        }
        errors
    }

    fn message_refs(keys: &FdaKeys) -> Vec<&MsgId> {
        let fda = &keys.fda;
        let mut out = vec![&fda.attention, &fda.sign_off];
        out.extend(fda.greeting.iter());
        for list in [
            &fda.purpose,
            &fda.reason,
            &fda.hazard,
            &fda.sub_recall,
            &fda.closing,
        ] {
            out.extend(list.iter());
        }
        out.extend(Step::message_refs(&fda.instructions));
        out
    }

    fn view(cx: &ViewContext, keys: &FdaKeys) -> FdaView {
        let fda = &keys.fda;
        let section = |heading: &str, paragraphs: &[MsgId]| Section {
            heading: cx.t_id(heading),
            paragraphs: cx.ts(paragraphs),
        };
        let days = cx.notice.fsca.reply_deadline_days.unwrap_or_default();
        let respond = &fda.respond.value;
        let channels = [
            ("fda-respond-fax", &respond.fax),
            ("fda-respond-email", &respond.email),
            ("fda-respond-mail", &respond.address),
        ]
        .into_iter()
        .filter_map(|(label, value)| {
            let value = value.as_ref()?;
            Some(ChannelView {
                label: cx.t_id(label),
                lines: value
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_string)
                    .collect(),
            })
        })
        .collect();
        FdaView {
            // Without title lines, the PDF title is the marking.
            page: cx.page(Some(fda.action.message())),
            marking: cx.t_id(fda.action.message()),
            attention: cx.t(&fda.attention),
            titles: cx.ts(&cx.notice.titles),
            red_titles: cx.red_titles(),
            greeting: cx.opt(fda.greeting.as_ref()),
            purpose: cx.ts(&fda.purpose),
            products: cx
                .products()
                .expect("checked at load: this layout's notices have products"),
            lots: cx.lots(),
            reason: section("fda-reason", &fda.reason),
            hazard: section("fda-hazard", &fda.hazard),
            instructions: StepsSection {
                heading: cx.t_id("fda-instructions"),
                steps: cx.steps(&fda.instructions),
            },
            sub_recall: section("fda-sub-recall", &fda.sub_recall),
            respond: RespondView {
                heading: cx.t_id("fda-respond"),
                deadline: cx.t_with("fda-respond-deadline", &[("days", FluentValue::from(days))]),
                channels,
            },
            closing: cx.ts(&fda.closing),
            sign_off: cx.t(&fda.sign_off),
            signatories: cx.signatories(),
            form: cx.form(cx.forms().customer),
        }
    }
}
