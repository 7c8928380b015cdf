//! The notice schema: what a notice YAML file and a manufacturer profile may contain.
//!
//! Everything here is the same in every language. Text a reader reads is never stored here,
//! only the IDs of Fluent messages ([`MsgId`]). `deny_unknown_fields` everywhere: a typo in a key
//! is an error with its line, never silently ignored.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;
use serde_saphyr::Spanned;

/// The ID of a Fluent message, with where the YAML names it (for diagnostics).
pub type MsgId = Spanned<String>;

/// A stable form field name (`company_name`, `customer.received_and_understood`).
pub type FieldName = Spanned<String>;

/// One notice: `notices/<id>.yaml`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Notice {
    /// The notice number, e.g. `FSN2024-1562`; must equal the file stem.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// The document control code printed in the footer, e.g. `M-AMR-01357`.
    pub document_code: String,
    /// Name of a profile in `notices/manufacturers/`.
    #[schemars(with = "String")]
    pub manufacturer: Spanned<String>,
    /// The template set the notice is laid out with.
    #[serde(default)]
    pub template: Layout,
    /// The notice date, `YYYY-MM-DD`.
    #[schemars(with = "String")]
    pub date: Spanned<String>,
    #[serde(default)]
    pub date_style: DateStyle,
    /// Message printed at the top of every page, e.g. "RECALL".
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub marking: Option<MsgId>,
    /// Title lines under the date.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub titles: Vec<MsgId>,
    #[serde(default)]
    pub titles_uppercase: bool,
    /// Adds the "for in vitro diagnostic use" footer line.
    #[serde(default)]
    pub in_vitro_diagnostic: bool,
    #[serde(default)]
    pub fsca: Fsca,
    /// Named URLs that messages link to with `<a href="NAME">`.
    #[serde(default)]
    pub links: BTreeMap<String, String>,
    pub products: Products,
    /// The salutation message ("Dear Customer,"); the letter layout needs it.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub greeting: Option<MsgId>,
    /// The letter, block by block in reading order (the letter layout).
    #[serde(default)]
    pub body: Vec<Block>,
    /// The sections of the EU Commission FSN template (the `eu-commission` layout).
    #[serde(default)]
    pub eu: Option<EuSections>,
    /// The customer reply (verification) form.
    #[serde(default)]
    pub form: Option<Form>,
    /// The distributor / importer reply form (EU Commission template).
    #[serde(default)]
    pub distributor_form: Option<Form>,
}

/// Which template set lays a notice out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    /// A letter: greeting, then `body` blocks in order (the seeds' layout).
    #[default]
    Letter,
    /// The EU Commission's FSN template: numbered sections 1-4 from `eu:`, then the
    /// transmission paragraph and the reply forms.
    EuCommission,
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

/// How the notice date is printed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DateStyle {
    /// Localized long date with weekday, first letter capitalised: "Mercoledì 8 maggio 2024".
    #[default]
    Long,
    /// Day, English month abbreviation and year, the same in every language: "04MAY2022".
    Compact,
}

/// Items of the EU Commission FSN template and FDA 21 CFR 7.49 that are data, not prose.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fsca {
    /// FSCA reference; the notice ID when absent.
    #[serde(default)]
    pub reference: Option<String>,
    /// Type of action: recall, correction, advisory, software-update, ...
    #[serde(default)]
    pub action: Option<String>,
    #[serde(default)]
    pub notice_type: NoticeType,
    /// The previous FSN's reference, for an update.
    #[serde(default)]
    pub previous: Option<String>,
    #[serde(default)]
    pub competent_authority_informed: bool,
    /// Whether the notice must be passed on to everyone who needs to know.
    #[serde(default)]
    pub transmission_required: bool,
    #[serde(default)]
    pub customer_reply_required: bool,
    #[serde(default)]
    pub reply_deadline_days: Option<u32>,
    /// Whether a further notice is expected.
    #[serde(default)]
    pub further_notice_expected: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NoticeType {
    #[default]
    New,
    Update,
}

/// The affected products table.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Products {
    #[schemars(with = "String")]
    pub caption: MsgId,
    pub columns: Vec<Column>,
    pub items: Vec<Product>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Column {
    pub field: ProductField,
    #[schemars(with = "String")]
    pub header: MsgId,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProductField {
    Name,
    Catalogue,
    Udi,
    Software,
    Lots,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Product {
    /// Short stable ID, named by a recipients CSV's `product` column and by form items'
    /// `product:` (a catalogue number matches too).
    #[serde(default)]
    pub id: Option<String>,
    /// Message with the product's (localized) name.
    #[schemars(with = "String")]
    pub name: MsgId,
    #[serde(default)]
    pub catalogue: Vec<String>,
    /// UDI-DIs; none prints the message `udi-not-applicable`.
    #[serde(default)]
    pub udi: Vec<String>,
    #[serde(default)]
    pub software: Option<String>,
    #[serde(default)]
    pub lots: Vec<String>,
}

/// One block of the letter body.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    Heading(#[schemars(with = "String")] MsgId),
    Subheading(#[schemars(with = "String")] MsgId),
    Paragraph(#[schemars(with = "String")] MsgId),
    /// An emphasised (bold) paragraph.
    Strong(#[schemars(with = "String")] MsgId),
    Bullets(#[schemars(with = "Vec<String>")] Vec<MsgId>),
    Steps(Vec<Step>),
    Products(Empty),
    /// The closing line message, then the manufacturer's signatories.
    Signatures(#[schemars(with = "String")] MsgId),
    PageBreak(Empty),
    /// The verification form (`form:`), on a new page.
    Form(Empty),
}

/// `{}`: a block kind that takes no settings.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Empty {}

/// A numbered customer action.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Step {
    #[schemars(with = "String")]
    pub text: MsgId,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub bullets: Vec<MsgId>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub notes: Vec<MsgId>,
}

/// The verification (customer reply) form.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Form {
    #[schemars(with = "String")]
    pub title: MsgId,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub intro: Vec<MsgId>,
    pub rows: Vec<FormRow>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub outro: Vec<MsgId>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum FormRow {
    /// Full-width shaded header row.
    Header(#[schemars(with = "String")] MsgId),
    /// Full-width group title, optionally with a "not applicable" checkbox.
    Group(Group),
    Text(TextField),
    Date(DateField),
    YesNo(YesNo),
    /// Product checkboxes with quantity and serial numbers.
    Products(ProductChecks),
    /// A plain checkbox list.
    Checks(Checks),
    /// A free row: a label cell and a list of items.
    Row(FreeRow),
    /// A full-width paragraph.
    Statement(#[schemars(with = "String")] MsgId),
    Signature(Signature),
    /// Continue the form table on a new page.
    PageBreak(Empty),
}

/// `group: label` or `group: { label, not_applicable }`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(untagged)]
pub enum Group {
    Label(#[schemars(with = "String")] MsgId),
    Full(GroupFull),
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupFull {
    #[schemars(with = "String")]
    pub label: MsgId,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub not_applicable: Option<FieldName>,
    /// Label of the "not applicable" box; the common message `form-not-applicable` when absent.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub not_applicable_label: Option<MsgId>,
}

impl Group {
    pub fn label(&self) -> &MsgId {
        match self {
            Group::Label(label) => label,
            Group::Full(full) => &full.label,
        }
    }

    pub fn not_applicable(&self) -> Option<&FieldName> {
        match self {
            Group::Label(_) => None,
            Group::Full(full) => full.not_applicable.as_ref(),
        }
    }
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TextField {
    #[schemars(with = "String")]
    pub name: FieldName,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub label: Option<MsgId>,
    #[serde(default)]
    pub multiline: bool,
    #[serde(default)]
    pub required: Option<bool>,
    /// In a per-recipient letter, the field starts out holding this recipient value.
    #[serde(default)]
    pub prefill: Option<RecipientValue>,
}

/// A recipient's value that a form field may start out holding (`--recipients`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RecipientValue {
    Account,
    Organisation,
    Department,
    Address,
    Contact,
    Email,
    Phone,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DateField {
    #[schemars(with = "String")]
    pub name: FieldName,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub label: Option<MsgId>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct YesNo {
    #[schemars(with = "String")]
    pub name: FieldName,
    #[schemars(with = "String")]
    pub label: MsgId,
    /// A date field under the answer ("informed on ...").
    #[serde(default)]
    pub date: Option<DateField>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ProductChecks {
    #[schemars(with = "String")]
    pub name: FieldName,
    #[schemars(with = "String")]
    pub label: MsgId,
    #[serde(default)]
    pub quantity: bool,
    #[serde(default)]
    pub serials: bool,
    /// Column headers of the quantity and serial-number boxes (messages).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub quantity_label: Option<MsgId>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub serials_label: Option<MsgId>,
    /// A line above the checkboxes ("Mark all affected products").
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub hint: Option<MsgId>,
    pub items: Vec<CheckItem>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Checks {
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub label: Option<MsgId>,
    pub items: Vec<CheckItem>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CheckItem {
    #[schemars(with = "String")]
    pub name: FieldName,
    #[schemars(with = "String")]
    pub label: MsgId,
    /// In a `products` row: the product (`id` or catalogue number) this item stands for, so a
    /// per-recipient form starts out ticked, with the recipient's quantity and serials.
    #[serde(default)]
    pub product: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FreeRow {
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub label: Option<MsgId>,
    pub items: Vec<RowItem>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum RowItem {
    Checkbox(CheckItem),
    /// A single "Yes" box labelled with the common message `yes`.
    Yes(YesBox),
    Text(TextField),
    Date(DateField),
    YesNo(YesNoItem),
    Note(#[schemars(with = "String")] MsgId),
    Rule(Empty),
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct YesBox {
    #[schemars(with = "String")]
    pub name: FieldName,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub label: Option<MsgId>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct YesNoItem {
    #[schemars(with = "String")]
    pub name: FieldName,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub label: Option<MsgId>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    #[schemars(with = "String")]
    pub name: FieldName,
    #[schemars(with = "String")]
    pub label: MsgId,
    #[serde(default)]
    pub date: Option<DateField>,
}

/// A manufacturer profile: `notices/manufacturers/<id>.yaml`, shared by notices.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Manufacturer {
    /// Short name used in text ("Illumina").
    pub name: String,
    pub legal_name: String,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub address: Option<String>,
    /// EU single registration number.
    #[serde(default)]
    pub srn: Option<String>,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    #[schemars(with = "String")]
    pub copyright: MsgId,
    #[serde(default)]
    pub signatories: Vec<Signatory>,
    /// SHA-256 of the profile's YAML text (set by the loader), for incremental builds.
    #[serde(skip)]
    pub digest: String,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    #[schemars(with = "String")]
    pub label: MsgId,
    pub email: String,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    /// Names the optional message `signatory-<id>` that localizes the printed name.
    pub id: String,
    pub name: String,
    pub title: String,
}

impl Notice {
    /// The reply forms, customer form first.
    pub fn forms(&self) -> impl Iterator<Item = (FormKind, &Form)> {
        [
            (FormKind::Customer, self.form.as_ref()),
            (FormKind::Distributor, self.distributor_form.as_ref()),
        ]
        .into_iter()
        .filter_map(|(kind, form)| form.map(|f| (kind, f)))
    }
}

/// Which reply form.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum FormKind {
    /// The customer reply (verification) form: `<NOTICE>-<tag>-form.pdf`.
    Customer,
    /// The distributor / importer reply form: `<NOTICE>-<tag>-distributor-form.pdf`.
    Distributor,
}

/// The index of the product a CSV or form names: its `id` or one of its catalogue numbers.
pub fn find_product(products: &[Product], key: &str) -> Option<usize> {
    products
        .iter()
        .position(|p| p.id.as_deref() == Some(key))
        .or_else(|| {
            products
                .iter()
                .position(|p| p.catalogue.iter().any(|c| c == key))
        })
}

/// Every form field name the notice declares, in form order (customer form first).
pub fn form_field_names(notice: &Notice) -> Vec<&FieldName> {
    let mut out = Vec::new();
    for (_, form) in notice.forms() {
        form_fields(form, &mut out);
    }
    out
}

fn form_fields<'a>(form: &'a Form, out: &mut Vec<&'a FieldName>) {
    for row in &form.rows {
        match row {
            FormRow::Header(_) | FormRow::Statement(_) | FormRow::PageBreak(_) => {}
            FormRow::Group(group) => out.extend(group.not_applicable()),
            FormRow::Text(t) => out.push(&t.name),
            FormRow::Date(d) => out.push(&d.name),
            FormRow::YesNo(q) => {
                out.push(&q.name);
                out.extend(q.date.as_ref().map(|d| &d.name));
            }
            // Item names are relative to the row's name; their uniqueness is per row.
            FormRow::Products(p) => out.push(&p.name),
            FormRow::Checks(c) => out.extend(c.items.iter().map(|i| &i.name)),
            FormRow::Row(r) => {
                for item in &r.items {
                    match item {
                        RowItem::Checkbox(c) => out.push(&c.name),
                        RowItem::Yes(y) => out.push(&y.name),
                        RowItem::Text(t) => out.push(&t.name),
                        RowItem::Date(d) => out.push(&d.name),
                        RowItem::YesNo(q) => out.push(&q.name),
                        RowItem::Note(_) | RowItem::Rule(_) => {}
                    }
                }
            }
            FormRow::Signature(s) => {
                out.push(&s.name);
                out.extend(s.date.as_ref().map(|d| &d.name));
            }
        }
    }
}

/// Every message ID the notice names (not counting the template's boilerplate).
pub fn message_refs(notice: &Notice) -> Vec<&MsgId> {
    let mut out: Vec<&MsgId> = Vec::new();
    out.extend(notice.marking.iter());
    out.extend(notice.titles.iter());
    out.push(&notice.products.caption);
    out.extend(notice.products.columns.iter().map(|c| &c.header));
    out.extend(notice.products.items.iter().map(|p| &p.name));
    out.extend(notice.greeting.iter());
    if let Some(eu) = &notice.eu {
        eu_refs(eu, &mut out);
    }
    for block in &notice.body {
        match block {
            Block::Heading(m)
            | Block::Subheading(m)
            | Block::Paragraph(m)
            | Block::Strong(m)
            | Block::Signatures(m) => out.push(m),
            Block::Bullets(items) => out.extend(items.iter()),
            Block::Steps(steps) => {
                for step in steps {
                    out.push(&step.text);
                    out.extend(step.bullets.iter());
                    out.extend(step.notes.iter());
                }
            }
            Block::Products(_) | Block::PageBreak(_) | Block::Form(_) => {}
        }
    }
    for (_, form) in notice.forms() {
        form_refs(form, &mut out);
    }
    out
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
    for step in &eu.user_steps {
        out.push(&step.text);
        out.extend(step.bullets.iter());
        out.extend(step.notes.iter());
    }
    out.push(&eu.user_deadline);
    out.extend(eu.reply_deadline.iter());
    out.extend(eu.manufacturer_details.iter());
    out.push(&eu.manufacturer_deadline);
    out.extend(eu.patient_information.iter());
    out.extend(eu.key_new_information.iter());
    out.extend(eu.follow_up_expected.iter());
    out.extend(eu.attachments.iter());
}

fn form_refs<'a>(form: &'a Form, out: &mut Vec<&'a MsgId>) {
    out.push(&form.title);
    out.extend(form.intro.iter());
    out.extend(form.outro.iter());
    for row in &form.rows {
        match row {
            FormRow::Header(m) | FormRow::Statement(m) => out.push(m),
            FormRow::PageBreak(_) => {}
            FormRow::Group(g) => {
                out.push(g.label());
                if let Group::Full(full) = g {
                    out.extend(full.not_applicable_label.iter());
                }
            }
            FormRow::Text(t) => out.extend(t.label.iter()),
            FormRow::Date(d) => out.extend(d.label.iter()),
            FormRow::YesNo(q) => {
                out.push(&q.label);
                out.extend(q.date.as_ref().and_then(|d| d.label.as_ref()));
            }
            FormRow::Products(p) => {
                out.push(&p.label);
                out.extend(p.quantity_label.iter());
                out.extend(p.serials_label.iter());
                out.extend(p.hint.iter());
                out.extend(p.items.iter().map(|i| &i.label));
            }
            FormRow::Checks(c) => {
                out.extend(c.label.iter());
                out.extend(c.items.iter().map(|i| &i.label));
            }
            FormRow::Row(r) => {
                out.extend(r.label.iter());
                for item in &r.items {
                    match item {
                        RowItem::Checkbox(c) => out.push(&c.label),
                        RowItem::Yes(y) => out.extend(y.label.iter()),
                        RowItem::Text(t) => out.extend(t.label.iter()),
                        RowItem::Date(d) => out.extend(d.label.iter()),
                        RowItem::YesNo(q) => out.extend(q.label.iter()),
                        RowItem::Note(m) => out.push(m),
                        RowItem::Rule(_) => {}
                    }
                }
            }
            FormRow::Signature(s) => {
                out.push(&s.label);
                out.extend(s.date.as_ref().and_then(|d| d.label.as_ref()));
            }
        }
    }
}
