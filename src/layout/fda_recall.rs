//! The `fda-recall` layout: a US recall letter after 21 CFR 7.49. The marking ("URGENT: MEDICAL
//! DEVICE RECALL", or CORRECTION / REMOVAL) bold red at the top, the attention line, products,
//! reason and hazard, what to do with the product, what consignees who passed it on must do
//! (sub-recall), how and by when to report back, then the response form. That order is the
//! default: with `fda: body:` the letter places the blocks of [`super::blocks`] in its own
//! order under the marking. Its headings are the `fda-*` messages of its standard text
//! `_fda-recall`, built in from `text/fda-recall.*.ftl`.

use fluent_bundle::FluentValue;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::blocks::{self, Block, BlockView};
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

/// The parts 21 CFR 7.49 asks of a recall letter, in the layout's order; or, with `body:`, the
/// marking and the letter's own blocks. The reply deadline is `fsca: reply_deadline_days`; the
/// products are the notice's `products`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FdaSections {
    /// Which marking the letter carries at its top.
    pub action: FdaAction,
    /// The letter, block by block, under the marking (the blocks of a `letter` body). Without
    /// it, the layout's order: the keys below, `attention` to `sign_off`.
    #[serde(default)]
    #[schemars(with = "Option<Vec<Block>>")]
    pub body: Option<Vec<Spanned<Block>>>,
    /// Who the letter is for ("Attention: Laboratory Director"). Needed without `body:`.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub attention: Option<MsgId>,
    /// The salutation, if the letter has one.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub greeting: Option<MsgId>,
    /// Opening paragraphs: what is recalled, and that use and distribution must stop.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub purpose: Vec<MsgId>,
    /// The reason for the recall. Needed without `body:`.
    #[serde(default)]
    #[schemars(with = "Option<Vec<String>>")]
    pub reason: Option<Vec<MsgId>>,
    /// The hazard involved: the risk to health. Needed without `body:`.
    #[serde(default)]
    #[schemars(with = "Option<Vec<String>>")]
    pub hazard: Option<Vec<MsgId>>,
    /// What to do with the product, step by step. Needed without `body:`.
    #[serde(default)]
    pub instructions: Option<Vec<Step>>,
    /// What consignees who distributed the product further must do (the sub-recall). Needed
    /// without `body:`.
    #[serde(default)]
    #[schemars(with = "Option<Vec<String>>")]
    pub sub_recall: Option<Vec<MsgId>>,
    /// Where the response form goes back to. Needed without `body:`.
    #[serde(default)]
    #[schemars(with = "Option<RespondTo>")]
    pub respond: Option<Spanned<RespondTo>>,
    /// Paragraphs after the reporting instructions (questions, adverse event reporting).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub closing: Vec<MsgId>,
    /// The closing line above the signatures ("Sincerely,"). Needed without `body:`.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub sign_off: Option<MsgId>,
}

impl FdaSections {
    /// The keys of the layout's own order, by name, and whether the notice gives each.
    fn order_keys(&self) -> Vec<(&'static str, bool)> {
        vec![
            ("attention", self.attention.is_some()),
            ("greeting", self.greeting.is_some()),
            ("purpose", !self.purpose.is_empty()),
            ("reason", self.reason.is_some()),
            ("hazard", self.hazard.is_some()),
            ("instructions", self.instructions.is_some()),
            ("sub_recall", self.sub_recall.is_some()),
            ("respond", self.respond.is_some()),
            ("closing", !self.closing.is_empty()),
            ("sign_off", self.sign_off.is_some()),
        ]
    }
}

/// Which of the order's keys the layout's own order cannot go without.
const NEEDED_WITHOUT_BODY: &[&str] = &[
    "attention",
    "reason",
    "hazard",
    "instructions",
    "sub_recall",
    "respond",
    "sign_off",
];

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
    pub titles: Vec<Markup>,
    pub titles_uppercase: bool,
    pub red_titles: Option<Vec<bool>>,
    pub products: Option<TableView>,
    pub lots: Option<TableView>,
    pub form: Option<FormView>,
    /// With `body:`, the letter's blocks (and no `order`).
    pub body: Option<Vec<BlockView>>,
    /// Without `body:`, the layout's own order.
    pub order: Option<FdaOrder>,
}

/// The letter in the layout's order, attention line to signatures.
#[derive(Serialize)]
pub struct FdaOrder {
    pub attention: Markup,
    pub greeting: Option<Markup>,
    pub purpose: Vec<Markup>,
    pub reason: Section,
    pub hazard: Section,
    pub instructions: StepsSection,
    pub sub_recall: Section,
    pub respond: RespondView,
    pub closing: Vec<Markup>,
    pub sign_off: Markup,
    pub signatories: Vec<SignatoryView>,
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
        // 21 CFR 7.49(c)(1)(ii): the letter identifies the product.
        if notice.products.is_empty() {
            errors.push(at_template(
                notice,
                source,
                "a recall letter identifies the product: the notice needs `products:`",
            ));
        }
        // Where a key under `fda:` stands, read again only for a finding that needs it.
        let key = |name: &str| {
            let places = crate::yaml::parse_yaml::<FdaKeyPlaces>(source).ok()?;
            places.fda.get(name).cloned()
        };
        match &keys.fda.body {
            Some(body) => errors.extend(check_body(notice, &keys.fda, body, source, key)),
            None => errors.extend(check_order(notice, &keys.fda, source, key)),
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
        let mut out: Vec<&MsgId> = fda.attention.iter().chain(&fda.sign_off).collect();
        out.extend(fda.greeting.iter());
        out.extend(fda.purpose.iter().chain(&fda.closing));
        for list in [&fda.reason, &fda.hazard, &fda.sub_recall] {
            out.extend(list.iter().flatten());
        }
        out.extend(fda.instructions.iter().flat_map(|s| Step::message_refs(s)));
        out.extend(fda.body.iter().flat_map(|body| blocks::message_refs(body)));
        out
    }

    fn title_fallback(keys: &FdaKeys) -> Option<&'static str> {
        Some(keys.fda.action.message())
    }

    fn lists_actions(keys: &FdaKeys) -> bool {
        let fda = &keys.fda;
        match &fda.body {
            Some(body) => blocks::lists_actions(body),
            None => fda
                .instructions
                .as_ref()
                .is_some_and(|steps| !steps.is_empty()),
        }
    }

    fn data_texts(keys: &FdaKeys) -> Vec<&str> {
        keys.fda
            .body
            .as_deref()
            .map(blocks::data_texts)
            .unwrap_or_default()
    }

    fn view(cx: &ViewContext, keys: &FdaKeys) -> FdaView {
        let fda = &keys.fda;
        FdaView {
            // Without title lines, the PDF title is the marking.
            page: cx.page(Self::title_fallback(keys)),
            marking: cx.t_id(fda.action.message()),
            titles: cx.ts(&cx.notice.titles),
            titles_uppercase: cx.notice.titles_uppercase,
            red_titles: cx.red_titles(),
            products: cx.products(),
            lots: cx.lots(),
            form: cx.form(cx.forms().customer),
            body: fda.body.as_ref().map(|body| blocks::views(cx, body)),
            order: fda.body.is_none().then(|| order_view(cx, fda)),
        }
    }
}

/// The letter in the layout's order (the keys it needs were checked at load).
fn order_view(cx: &ViewContext, fda: &FdaSections) -> FdaOrder {
    let section = |heading: &str, paragraphs: &Option<Vec<MsgId>>| Section {
        heading: cx.t_id(heading),
        paragraphs: cx.ts(paragraphs.as_deref().unwrap_or_default()),
    };
    let days = cx.notice.fsca.reply_deadline_days.unwrap_or_default();
    let respond = fda.respond.as_ref().map(|r| &r.value);
    let channels = respond.map(|respond| {
        [
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
        .collect()
    });
    let missing = || Markup(String::new());
    FdaOrder {
        attention: fda.attention.as_ref().map_or_else(missing, |m| cx.t(m)),
        greeting: cx.opt(fda.greeting.as_ref()),
        purpose: cx.ts(&fda.purpose),
        reason: section("fda-reason", &fda.reason),
        hazard: section("fda-hazard", &fda.hazard),
        instructions: StepsSection {
            heading: cx.t_id("fda-instructions"),
            steps: cx.steps(fda.instructions.as_deref().unwrap_or_default()),
        },
        sub_recall: section("fda-sub-recall", &fda.sub_recall),
        respond: RespondView {
            heading: cx.t_id("fda-respond"),
            deadline: cx.t_with("fda-respond-deadline", &[("days", FluentValue::from(days))]),
            channels: channels.unwrap_or_default(),
        },
        closing: cx.ts(&fda.closing),
        sign_off: fda.sign_off.as_ref().map_or_else(missing, |m| cx.t(m)),
        signatories: cx.signatories(),
    }
}

/// The layout's own order: every key it needs, a way back, a deadline and the response form
/// (21 CFR 7.49(c)(1)(v): a ready means of reporting back).
fn check_order(
    notice: &Notice,
    fda: &FdaSections,
    source: &SourceText,
    key: impl Fn(&str) -> Option<Spanned<String>>,
) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    let given: Vec<(&str, bool)> = fda.order_keys();
    for name in NEEDED_WITHOUT_BODY {
        if given.iter().any(|(n, g)| n == name && *g) {
            continue;
        }
        let message = format!("`fda:` has no `{name}:`, which the layout's order prints");
        let d = match notice.key("fda") {
            Some(fda_key) => at_value(source, fda_key, message),
            None => at_template(notice, source, &message),
        };
        errors.push(d.hint(format!(
            "add `{name}:` under `fda:`, or give `fda: body:` to place the letter's blocks in its own order"
        )));
    }
    if let Some(respond) = &fda.respond
        && respond.value.fax.is_none()
        && respond.value.email.is_none()
        && respond.value.address.is_none()
    {
        // At the `respond:` key: its value may be an empty mapping lines below.
        let message = "`respond:` needs a way back for the response form".to_string();
        let d = match key("respond") {
            Some(key) => at_value(source, &key, message),
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
            .hint("21 CFR 7.49(c)(1)(v) asks for a ready means of reporting back"),
        );
    }
    errors
}

/// A letter in its own order: its blocks' problems, and no key of the layout's order beside
/// the body, which would print nothing.
fn check_body(
    notice: &Notice,
    fda: &FdaSections,
    body: &[Spanned<Block>],
    source: &SourceText,
    key: impl Fn(&str) -> Option<Spanned<String>>,
) -> Vec<Diagnostic> {
    let mut errors = blocks::check(notice, body, source);
    for (name, given) in fda.order_keys() {
        if !given {
            continue;
        }
        let message = format!("`{name}:` would not print: `fda: body:` places the letter's blocks");
        let hint = "place its text in `body:` (a heading such as `- heading: fda-reason`, then `- paragraph:` blocks)";
        let d = match key(name) {
            Some(key) => at_value(source, &key, message),
            None => at_template(notice, source, &message),
        };
        errors.push(d.hint(hint));
    }
    errors
}
