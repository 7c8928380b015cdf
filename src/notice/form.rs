//! The reply forms' part of the notice schema: rows, fields and the names they give.

use schemars::JsonSchema;
use serde::Deserialize;

use super::{Empty, FieldName, MsgId, Notice};

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

pub(super) fn form_refs<'a>(form: &'a Form, out: &mut Vec<&'a MsgId>) {
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

/// What a reply form's field is, for reading a returned form back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldRole {
    Text,
    Date,
    /// A Yes / No radio group.
    YesNo,
    Checkbox,
    Signature,
}

/// One field of a reply form as the notice defines it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldSpec {
    /// The field's full name, as in the PDF (`customer.devices.miseq_dx.quantity`).
    pub name: String,
    pub role: FieldRole,
    /// Whether a reply must fill it (as the form marks it; `layout::form` draws the same).
    pub required: bool,
}

/// The fields of one reply form, in form order, with whether each is required: a row's own
/// field (`text`, `date`, `yes_no` rows; `required: false` opts a text row out), and a text
/// item of a free row with `required: true`. The same rule as `layout::form`, which marks the
/// PDF's fields; `replies collect` judges a returned form by this, never by the PDF's flags.
pub fn form_spec(form: &Form) -> Vec<FieldSpec> {
    let mut out = Vec::new();
    let mut push = |name: &str, role: FieldRole, required: bool| {
        out.push(FieldSpec {
            name: name.to_string(),
            role,
            required,
        })
    };
    for row in &form.rows {
        match row {
            FormRow::Header(_) | FormRow::Statement(_) | FormRow::PageBreak(_) => {}
            FormRow::Group(group) => {
                if let Some(na) = group.not_applicable() {
                    push(&na.value, FieldRole::Checkbox, false);
                }
            }
            FormRow::Text(t) => push(&t.name.value, FieldRole::Text, t.required.unwrap_or(true)),
            FormRow::Date(d) => push(&d.name.value, FieldRole::Date, true),
            FormRow::YesNo(q) => {
                push(&q.name.value, FieldRole::YesNo, true);
                if let Some(d) = &q.date {
                    push(&d.name.value, FieldRole::Date, false);
                }
            }
            FormRow::Products(p) => {
                for item in &p.items {
                    let base = format!("{}.{}", p.name.value, item.name.value);
                    push(&format!("{base}.selected"), FieldRole::Checkbox, false);
                    if p.quantity {
                        push(&format!("{base}.quantity"), FieldRole::Text, false);
                    }
                    if p.serials {
                        push(&format!("{base}.serials"), FieldRole::Text, false);
                    }
                }
            }
            FormRow::Checks(c) => {
                for item in &c.items {
                    push(&item.name.value, FieldRole::Checkbox, false);
                }
            }
            FormRow::Row(r) => {
                for item in &r.items {
                    match item {
                        RowItem::Checkbox(c) => push(&c.name.value, FieldRole::Checkbox, false),
                        RowItem::Yes(y) => push(&y.name.value, FieldRole::Checkbox, false),
                        RowItem::Text(t) => {
                            push(&t.name.value, FieldRole::Text, t.required.unwrap_or(false))
                        }
                        RowItem::Date(d) => push(&d.name.value, FieldRole::Date, false),
                        RowItem::YesNo(q) => push(&q.name.value, FieldRole::YesNo, false),
                        RowItem::Note(_) | RowItem::Rule(_) => {}
                    }
                }
            }
            FormRow::Signature(s) => {
                push(&s.name.value, FieldRole::Signature, false);
                if let Some(d) = &s.date {
                    push(&d.name.value, FieldRole::Date, false);
                }
            }
        }
    }
    out
}
