//! The `eu-commission` layout: the European Commission's Field Safety Notice template (MDCG /
//! MEDDEV 2.12/1 rev 8). Header items, numbered sections 1-4 from the notice's `eu:` key, the
//! transmission paragraph, then the customer and distributor/importer reply forms. Its
//! boilerplate labels are the `eu-*` messages of its standard text `_eu-commission`, built in
//! from `text/eu-commission.*.ftl`.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::form::FormView;
use super::view::{Markup, PageView, SignatoryView, StepView, TableView, Text, ViewContext};
use super::{LayoutSpec, at_template};
use crate::diag::{Diagnostic, SourceText};
use crate::notice::{MsgId, Notice, NoticeType, Step};

pub struct EuCommission;

/// The EU template's own keys of a notice.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct EuKeys {
    /// The sections of the EU Commission FSN template.
    pub eu: EuSections,
}

/// The EU Commission FSN template's items that are prose (messages) or choices.
/// Items that are data come from elsewhere: UDI-DI, catalogue numbers, software and lots from
/// `products`; FSN type, previous FSN, follow-up and authority from `fsca`; name, address,
/// website and SRN from the manufacturer profile.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EuSections {
    /// Who the notice is for ("Attention: laboratory managers ...").
    #[schemars(with = "String")]
    pub attention: MsgId,
    /// The type of action in the header ("Software update and customer action").
    #[schemars(with = "String")]
    pub action_type: MsgId,
    /// 1.1 Device type(s).
    #[schemars(with = "String")]
    pub device_type: MsgId,
    /// 1.4 Primary clinical purpose.
    #[schemars(with = "String")]
    pub clinical_purpose: MsgId,
    /// 1.8 Associated devices.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub associated_devices: Option<MsgId>,
    /// 2.1 Description of the product problem (paragraphs).
    #[schemars(with = "Vec<String>")]
    pub problem: Vec<MsgId>,
    /// 2.2 Hazard giving rise to the FSCA.
    #[schemars(with = "String")]
    pub hazard: MsgId,
    /// 2.3 Probability of problem arising.
    #[schemars(with = "String")]
    pub probability: MsgId,
    /// 2.4 Predicted risk to patients / users.
    #[schemars(with = "String")]
    pub risk: MsgId,
    /// 2.5 Further information to help characterise the problem.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub further_information: Option<MsgId>,
    /// 2.6 Background on the issue.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub background: Option<MsgId>,
    /// 2.7 Other information relevant to the FSCA.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub other_information: Option<MsgId>,
    /// 3.1 The user actions ticked on the template's list.
    pub user_actions: Vec<UserAction>,
    /// 3.1 What the user must do, step by step.
    #[serde(default)]
    pub user_steps: Vec<Step>,
    /// 3.2 By when the user's action should be completed.
    #[schemars(with = "String")]
    pub user_deadline: MsgId,
    /// 3.4 When the reply form must be back (shown when `fsca.customer_reply_required`).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub reply_deadline: Option<MsgId>,
    /// 3.5 The manufacturer actions ticked on the template's list.
    pub manufacturer_actions: Vec<ManufacturerAction>,
    /// 3.5 What the manufacturer does (paragraphs).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub manufacturer_details: Vec<MsgId>,
    /// 3.6 By when the manufacturer's action will be completed.
    #[schemars(with = "String")]
    pub manufacturer_deadline: MsgId,
    /// 3.7 Must the FSN be passed on to patients / lay users?
    #[serde(default)]
    pub inform_patients: bool,
    /// 3.8 Information for patients / lay users provided (when `inform_patients`).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub patient_information: Option<MsgId>,
    /// 4.3 Key new information of an updated FSN.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub key_new_information: Option<MsgId>,
    /// 4.5 When the follow-up FSN is expected (when `fsca.further_notice_expected`).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub follow_up_expected: Option<MsgId>,
    /// 4.8 Attachments and appendices.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub attachments: Vec<MsgId>,
}

/// 3.1 of the EU template: the actions a user may be asked to take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum UserAction {
    Identify,
    Quarantine,
    Return,
    Destroy,
    Modify,
    PatientFollowUp,
    ReviewResults,
    AmendedInstructions,
    Other,
    None,
}

impl UserAction {
    pub const ALL: [UserAction; 10] = [
        Self::Identify,
        Self::Quarantine,
        Self::Return,
        Self::Destroy,
        Self::Modify,
        Self::PatientFollowUp,
        Self::ReviewResults,
        Self::AmendedInstructions,
        Self::Other,
        Self::None,
    ];

    /// The message of its label in `_eu-commission.ftl`.
    pub fn message(self) -> &'static str {
        match self {
            Self::Identify => "eu-user-action-identify",
            Self::Quarantine => "eu-user-action-quarantine",
            Self::Return => "eu-user-action-return",
            Self::Destroy => "eu-user-action-destroy",
            Self::Modify => "eu-user-action-modify",
            Self::PatientFollowUp => "eu-user-action-patient-follow-up",
            Self::ReviewResults => "eu-user-action-review-results",
            Self::AmendedInstructions => "eu-user-action-amended-instructions",
            Self::Other => "eu-user-action-other",
            Self::None => "eu-user-action-none",
        }
    }
}

/// 3.5 of the EU template: the actions a manufacturer may take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ManufacturerAction {
    Removal,
    Modify,
    SoftwareUpgrade,
    IfuChange,
    Other,
    None,
}

impl ManufacturerAction {
    pub const ALL: [ManufacturerAction; 6] = [
        Self::Removal,
        Self::Modify,
        Self::SoftwareUpgrade,
        Self::IfuChange,
        Self::Other,
        Self::None,
    ];

    /// The message of its label in `_eu-commission.ftl`.
    pub fn message(self) -> &'static str {
        match self {
            Self::Removal => "eu-manufacturer-action-removal",
            Self::Modify => "eu-manufacturer-action-modify",
            Self::SoftwareUpgrade => "eu-manufacturer-action-software-upgrade",
            Self::IfuChange => "eu-manufacturer-action-ifu-change",
            Self::Other => "eu-manufacturer-action-other",
            Self::None => "eu-manufacturer-action-none",
        }
    }
}

/// Every boilerplate label of the EU template, by its message ID without `eu-`.
const LABELS: &[&str] = &[
    "title",
    "commercial-name",
    "fsca-reference",
    "action-type",
    "date",
    "attention",
    "section-devices",
    "device-type",
    "devices-table",
    "clinical-purpose",
    "associated",
    "section-reason",
    "problem",
    "hazard",
    "probability",
    "risk",
    "further-information",
    "background",
    "other-information",
    "section-action",
    "user-actions",
    "user-deadline",
    "reply-required",
    "reply-form-attached",
    "manufacturer-actions",
    "manufacturer-deadline",
    "inform-patients",
    "patient-information",
    "section-general",
    "fsn-type",
    "previous",
    "key-new-information",
    "follow-up-expected",
    "follow-up-when",
    "manufacturer",
    "company-name",
    "address",
    "website",
    "srn",
    "attachments",
    "signature",
    "transmission-heading",
    "transmission-1",
    "transmission-2",
    "transmission-3",
    "transmission-4",
    "none-given",
];

#[derive(Serialize)]
pub struct EuView {
    pub page: PageView,
    pub products: TableView,
    /// The table of lots, under the products in 1.2.
    pub lots: Option<TableView>,
    pub eu: EuSectionsView,
    pub form: Option<FormView>,
    pub distributor_form: Option<FormView>,
}

/// A checkbox of the template's action lists, ticked or not.
#[derive(Serialize)]
pub struct TickView {
    pub label: Markup,
    pub on: bool,
}

/// The EU template's items. An `Option` the template prints only when the item applies; a
/// missing optional text prints as the "none given" label.
#[derive(Serialize)]
pub struct EuSectionsView {
    pub attention: Markup,
    pub action_type: Markup,
    pub reference: String,
    pub commercial_names: Vec<Markup>,
    pub device_type: Markup,
    pub clinical_purpose: Markup,
    pub associated_devices: Option<Markup>,
    pub problem: Vec<Markup>,
    pub hazard: Markup,
    pub probability: Markup,
    pub risk: Markup,
    pub further_information: Option<Markup>,
    pub background: Option<Markup>,
    pub other_information: Option<Markup>,
    pub user_actions: Vec<TickView>,
    pub user_steps: Vec<StepView>,
    pub user_deadline: Markup,
    pub reply_required: Markup,
    pub reply_deadline: Option<Markup>,
    pub manufacturer_actions: Vec<TickView>,
    pub manufacturer_details: Vec<Markup>,
    pub manufacturer_deadline: Markup,
    pub inform_patients: Markup,
    pub patient_information: Option<Markup>,
    pub fsn_type: Markup,
    pub previous: Option<Text>,
    pub key_new_information: Option<Markup>,
    pub follow_up: Markup,
    pub follow_up_expected: Option<Markup>,
    pub company_name: String,
    pub address: Text,
    pub website: Text,
    pub srn: Text,
    pub authority_informed: Option<Markup>,
    pub attachments: Vec<Markup>,
    pub signatories: Vec<SignatoryView>,
    pub labels: BTreeMap<String, Markup>,
}

impl LayoutSpec for EuCommission {
    type Keys = EuKeys;
    type View = EuView;
    const NAME: &'static str = "eu-commission";
    const TEMPLATES: &'static [(&'static str, &'static str)] = &[(
        "eu-commission.typ.j2",
        include_str!("../templates/eu-commission.typ.j2"),
    )];
    const STANDARD_TEXT: &'static [(&'static str, &'static str)] = &[
        ("en", include_str!("text/eu-commission.en.ftl")),
        ("de", include_str!("text/eu-commission.de.ftl")),
        ("es", include_str!("text/eu-commission.es.ftl")),
        ("fr", include_str!("text/eu-commission.fr.ftl")),
        ("it", include_str!("text/eu-commission.it.ftl")),
        ("lv", include_str!("text/eu-commission.lv.ftl")),
        ("nl", include_str!("text/eu-commission.nl.ftl")),
    ];

    fn check(notice: &Notice, _keys: &EuKeys, source: &SourceText) -> Vec<Diagnostic> {
        // Section 1.2 is the products table.
        if notice.products.is_empty() {
            return vec![at_template(
                notice,
                source,
                "`template: eu-commission` lists the affected devices: the notice needs `products:`",
            )];
        }
        Vec::new()
    }

    fn title_fallback(_keys: &EuKeys) -> Option<&'static str> {
        Some("eu-title")
    }

    fn lists_actions(keys: &EuKeys) -> bool {
        !keys.eu.user_actions.is_empty()
    }

    fn message_refs(keys: &EuKeys) -> Vec<&MsgId> {
        let mut out = Vec::new();
        eu_refs(&keys.eu, &mut out);
        out
    }

    fn view(cx: &ViewContext, keys: &EuKeys) -> EuView {
        let eu = &keys.eu;
        let forms = cx.forms();
        EuView {
            page: cx.page(Self::title_fallback(keys)),
            products: cx
                .products()
                .expect("checked at load: this layout's notices have products"),
            lots: cx.lots(),
            eu: sections(cx, eu),
            form: cx.form(forms.customer),
            distributor_form: cx.form(forms.distributor),
        }
    }
}

/// The sections: boilerplate labels from `_eu-commission.ftl`, prose from the notice, data
/// from `fsca`, products and manufacturer.
fn sections(cx: &ViewContext, eu: &EuSections) -> EuSectionsView {
    let notice = cx.notice;
    let fsca = &notice.fsca;
    let m = cx.manufacturer;
    let opt = |id: &Option<MsgId>| cx.opt(id.as_ref());
    let yes_no = |on: bool| cx.t_id(if on { "yes" } else { "no" });
    let text = |value: &Option<String>| match value {
        Some(v) => Text::Plain(v.clone()),
        None => Text::Markup(cx.t_id("eu-none-given")),
    };
    let update = fsca.notice_type == NoticeType::Update;
    EuSectionsView {
        attention: cx.t(&eu.attention),
        action_type: cx.t(&eu.action_type),
        reference: fsca
            .reference
            .clone()
            .unwrap_or_else(|| notice.id.value.clone()),
        commercial_names: notice
            .products
            .items
            .iter()
            .map(|p| cx.t(&p.name))
            .collect(),
        device_type: cx.t(&eu.device_type),
        clinical_purpose: cx.t(&eu.clinical_purpose),
        associated_devices: opt(&eu.associated_devices),
        problem: cx.ts(&eu.problem),
        hazard: cx.t(&eu.hazard),
        probability: cx.t(&eu.probability),
        risk: cx.t(&eu.risk),
        further_information: opt(&eu.further_information),
        background: opt(&eu.background),
        other_information: opt(&eu.other_information),
        user_actions: ticks(cx, &UserAction::ALL, &eu.user_actions, |a| a.message()),
        user_steps: cx.steps(&eu.user_steps),
        user_deadline: cx.t(&eu.user_deadline),
        reply_required: yes_no(fsca.customer_reply_required),
        reply_deadline: opt(&eu.reply_deadline).filter(|_| fsca.customer_reply_required),
        manufacturer_actions: ticks(
            cx,
            &ManufacturerAction::ALL,
            &eu.manufacturer_actions,
            |a| a.message(),
        ),
        manufacturer_details: cx.ts(&eu.manufacturer_details),
        manufacturer_deadline: cx.t(&eu.manufacturer_deadline),
        inform_patients: yes_no(eu.inform_patients),
        patient_information: opt(&eu.patient_information).filter(|_| eu.inform_patients),
        fsn_type: cx.t_id(if update {
            "eu-fsn-type-update"
        } else {
            "eu-fsn-type-new"
        }),
        previous: update.then(|| text(&fsca.previous)),
        key_new_information: opt(&eu.key_new_information).filter(|_| update),
        follow_up: yes_no(fsca.further_notice_expected),
        follow_up_expected: opt(&eu.follow_up_expected).filter(|_| fsca.further_notice_expected),
        company_name: m.legal_name.clone(),
        address: text(&m.address),
        website: text(&m.website),
        srn: text(&m.srn),
        authority_informed: fsca
            .competent_authority_informed
            .then(|| cx.t_id("eu-authority-informed")),
        attachments: cx.ts(&eu.attachments),
        signatories: cx.signatories(),
        labels: LABELS
            .iter()
            .map(|l| (l.replace('-', "_"), cx.t_id(&format!("eu-{l}"))))
            .collect(),
    }
}

/// A tick box for each of `all`, ticked when the notice chose it.
fn ticks<A: PartialEq>(
    cx: &ViewContext,
    all: &[A],
    chosen: &[A],
    message: impl Fn(&A) -> &'static str,
) -> Vec<TickView> {
    all.iter()
        .map(|a| TickView {
            label: cx.t_id(message(a)),
            on: chosen.contains(a),
        })
        .collect()
}

fn eu_refs<'a>(eu: &'a EuSections, out: &mut Vec<&'a MsgId>) {
    out.extend([
        &eu.attention,
        &eu.action_type,
        &eu.device_type,
        &eu.clinical_purpose,
    ]);
    out.extend(eu.associated_devices.iter());
    out.extend(eu.problem.iter());
    out.extend([&eu.hazard, &eu.probability, &eu.risk]);
    out.extend(eu.further_information.iter());
    out.extend(eu.background.iter());
    out.extend(eu.other_information.iter());
    out.extend(Step::message_refs(&eu.user_steps));
    out.push(&eu.user_deadline);
    out.extend(eu.reply_deadline.iter());
    out.extend(eu.manufacturer_details.iter());
    out.push(&eu.manufacturer_deadline);
    out.extend(eu.patient_information.iter());
    out.extend(eu.key_new_information.iter());
    out.extend(eu.follow_up_expected.iter());
    out.extend(eu.attachments.iter());
}
