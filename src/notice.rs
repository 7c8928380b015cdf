//! The notice schema: what a notice YAML file and a manufacturer profile may contain.
//!
//! Everything here is the same in every language. Text a reader reads is never stored here,
//! only the IDs of Fluent messages ([`MsgId`]). `deny_unknown_fields` everywhere: a typo in a key
//! is an error with its line, never silently ignored.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_saphyr::Spanned;

/// The ID of a Fluent message, with where the YAML names it (for diagnostics).
pub type MsgId = Spanned<String>;

/// A stable form field name (`company_name`, `customer.received_and_understood`).
pub type FieldName = Spanned<String>;

/// One notice: `notices/<id>.yaml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Notice {
    /// The notice number, e.g. `FSN2024-1562`; must equal the file stem.
    pub id: Spanned<String>,
    /// The document control code printed in the footer, e.g. `M-AMR-01357`.
    pub document_code: String,
    /// Name of a profile in `notices/manufacturers/`.
    pub manufacturer: Spanned<String>,
    /// The notice date, `YYYY-MM-DD`.
    pub date: Spanned<String>,
    #[serde(default)]
    pub date_style: DateStyle,
    /// Message printed at the top of every page, e.g. "RECALL".
    #[serde(default)]
    pub marking: Option<MsgId>,
    /// Title lines under the date.
    #[serde(default)]
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
    /// The salutation message ("Dear Customer,").
    pub greeting: MsgId,
    /// The letter, block by block in reading order.
    pub body: Vec<Block>,
    #[serde(default)]
    pub form: Option<Form>,
}

/// How the notice date is printed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateStyle {
    /// Localized long date with weekday, first letter capitalised: "Mercoledì 8 maggio 2024".
    #[default]
    Long,
    /// Day, English month abbreviation and year, the same in every language: "04MAY2022".
    Compact,
}

/// Items of the EU Commission FSN template and FDA 21 CFR 7.49 that are data, not prose.
#[derive(Debug, Default, Deserialize)]
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

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoticeType {
    #[default]
    New,
    Update,
}

/// The affected products table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Products {
    pub caption: MsgId,
    pub columns: Vec<Column>,
    pub items: Vec<Product>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Column {
    pub field: ProductField,
    pub header: MsgId,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProductField {
    Name,
    Catalogue,
    Udi,
    Software,
    Lots,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Product {
    /// Message with the product's (localized) name.
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
#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    Heading(MsgId),
    Subheading(MsgId),
    Paragraph(MsgId),
    /// An emphasised (bold) paragraph.
    Strong(MsgId),
    Bullets(Vec<MsgId>),
    Steps(Vec<Step>),
    Products(Empty),
    /// The closing line message, then the manufacturer's signatories.
    Signatures(MsgId),
    PageBreak(Empty),
    /// The verification form (`form:`), on a new page.
    Form(Empty),
}

/// `{}`: a block kind that takes no settings.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Empty {}

/// A numbered customer action.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    pub text: MsgId,
    #[serde(default)]
    pub bullets: Vec<MsgId>,
    #[serde(default)]
    pub notes: Vec<MsgId>,
}

/// The verification (customer reply) form.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Form {
    pub title: MsgId,
    #[serde(default)]
    pub intro: Vec<MsgId>,
    pub rows: Vec<FormRow>,
    #[serde(default)]
    pub outro: Vec<MsgId>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum FormRow {
    /// Full-width shaded header row.
    Header(MsgId),
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
    Statement(MsgId),
    Signature(Signature),
    /// Continue the form table on a new page.
    PageBreak(Empty),
}

/// `group: label` or `group: { label, not_applicable }`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum Group {
    Label(MsgId),
    Full(GroupFull),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupFull {
    pub label: MsgId,
    #[serde(default)]
    pub not_applicable: Option<FieldName>,
    /// Label of the "not applicable" box; the common message `form-not-applicable` when absent.
    #[serde(default)]
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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextField {
    pub name: FieldName,
    #[serde(default)]
    pub label: Option<MsgId>,
    #[serde(default)]
    pub multiline: bool,
    #[serde(default)]
    pub required: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateField {
    pub name: FieldName,
    #[serde(default)]
    pub label: Option<MsgId>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YesNo {
    pub name: FieldName,
    pub label: MsgId,
    /// A date field under the answer ("informed on ...").
    #[serde(default)]
    pub date: Option<DateField>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProductChecks {
    pub name: FieldName,
    pub label: MsgId,
    #[serde(default)]
    pub quantity: bool,
    #[serde(default)]
    pub serials: bool,
    /// Column headers of the quantity and serial-number boxes (messages).
    #[serde(default)]
    pub quantity_label: Option<MsgId>,
    #[serde(default)]
    pub serials_label: Option<MsgId>,
    /// A line above the checkboxes ("Mark all affected products").
    #[serde(default)]
    pub hint: Option<MsgId>,
    pub items: Vec<CheckItem>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checks {
    #[serde(default)]
    pub label: Option<MsgId>,
    pub items: Vec<CheckItem>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckItem {
    pub name: FieldName,
    pub label: MsgId,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FreeRow {
    #[serde(default)]
    pub label: Option<MsgId>,
    pub items: Vec<RowItem>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum RowItem {
    Checkbox(CheckItem),
    /// A single "Yes" box labelled with the common message `yes`.
    Yes(YesBox),
    Text(TextField),
    Date(DateField),
    YesNo(YesNoItem),
    Note(MsgId),
    Rule(Empty),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YesBox {
    pub name: FieldName,
    #[serde(default)]
    pub label: Option<MsgId>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YesNoItem {
    pub name: FieldName,
    #[serde(default)]
    pub label: Option<MsgId>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    pub name: FieldName,
    pub label: MsgId,
    #[serde(default)]
    pub date: Option<DateField>,
}

/// A manufacturer profile: `notices/manufacturers/<id>.yaml`, shared by notices.
#[derive(Debug, Deserialize)]
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
    pub copyright: MsgId,
    #[serde(default)]
    pub signatories: Vec<Signatory>,
    /// SHA-256 of the profile's YAML text (set by the loader), for incremental builds.
    #[serde(skip)]
    pub digest: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub label: MsgId,
    pub email: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    /// Names the optional message `signatory-<id>` that localizes the printed name.
    pub id: String,
    pub name: String,
    pub title: String,
}

/// Every form field name the notice declares, in form order.
pub fn form_field_names(notice: &Notice) -> Vec<&FieldName> {
    let mut out = Vec::new();
    let Some(form) = &notice.form else { return out };
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
    out
}

/// Every message ID the notice names (not counting the template's boilerplate).
pub fn message_refs(notice: &Notice) -> Vec<&MsgId> {
    let mut out: Vec<&MsgId> = Vec::new();
    out.extend(notice.marking.iter());
    out.extend(notice.titles.iter());
    out.push(&notice.products.caption);
    out.extend(notice.products.columns.iter().map(|c| &c.header));
    out.extend(notice.products.items.iter().map(|p| &p.name));
    out.push(&notice.greeting);
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
    let Some(form) = &notice.form else { return out };
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
    out
}
