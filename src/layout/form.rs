//! The reply forms' view, shared by every layout: rows and their field items as `form.typ.j2`
//! and `style.typ` draw them.
//!
//! [`ItemKind`] is the one vocabulary of field items from the view to the template; the style
//! module turns each into the PDF field boxes of `forms::FieldKind` (a `yes_no` item
//! is two `radio` boxes of one group).

use serde::Serialize;

use super::view::{Markup, ViewContext};
use crate::notice::{
    CheckItem, DateField, Form, FormRow, Group, MsgId, ProductChecks, RowItem, TextField,
    find_product,
};

/// What a form item is drawn as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Text,
    Multiline,
    Date,
    /// A Yes / No pair of radio buttons.
    YesNo,
    /// A single "Yes" box.
    Yes,
    Checkbox,
    /// Text in the row, no field.
    Note,
    /// A line to write on, no field.
    Rule,
}

/// One item of a form row: a field, or a note or rule between fields.
#[derive(Serialize)]
pub struct ItemView {
    #[serde(rename = "type")]
    pub kind: ItemKind,
    pub name: String,
    pub label: Option<Markup>,
    /// The tooltip: the plain text of the label (or of the row's label).
    pub tip: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub yes: Option<Markup>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub no: Option<Markup>,
    /// A product item's field name prefix (`<row>.<item>`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// The value a field starts out with, in a per-recipient letter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity_default: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub serials_default: Option<String>,
}

impl ItemView {
    fn required(self, on: bool) -> Self {
        Self {
            required: Some(on),
            ..self
        }
    }
}

/// One row of the form table.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RowView {
    Header {
        label: Markup,
    },
    Statement {
        label: Markup,
    },
    PageBreak,
    Group {
        label: Markup,
        na: Option<ItemView>,
    },
    Field {
        label: Option<Markup>,
        items: Vec<ItemView>,
    },
    Products {
        label: Markup,
        name: String,
        hint: Option<Markup>,
        /// The quantity column's header, when the row has one.
        quantity: Option<Markup>,
        serials: Option<Markup>,
        items: Vec<ItemView>,
    },
    Signature {
        label: Markup,
        name: String,
        tip: String,
        date: Option<ItemView>,
    },
}

/// A reply form: title, paragraphs before and after, and its rows.
#[derive(Serialize)]
pub struct FormView {
    pub title: Markup,
    pub intro: Vec<Markup>,
    pub outro: Vec<Markup>,
    pub rows: Vec<RowView>,
}

impl ViewContext<'_> {
    pub fn form(&self, form: Option<&Form>) -> Option<FormView> {
        let form = form?;
        Some(FormView {
            title: self.t(&form.title),
            intro: self.ts(&form.intro),
            outro: self.ts(&form.outro),
            rows: form.rows.iter().map(|row| self.form_row(row)).collect(),
        })
    }

    /// A field item: `label` is printed beside it; the tooltip is the plain text of `tip_from`,
    /// which defaults to the label.
    fn item(
        &self,
        kind: ItemKind,
        name: &str,
        label: Option<&MsgId>,
        tip_from: Option<&MsgId>,
    ) -> ItemView {
        ItemView {
            kind,
            name: name.to_string(),
            label: self.opt(label),
            tip: tip_from.or(label).map(|m| self.plain(m)),
            yes: None,
            no: None,
            base: None,
            required: None,
            default: None,
            quantity_default: None,
            serials_default: None,
        }
    }

    fn yes_no(&self, name: &str, label: Option<&MsgId>, tip_from: Option<&MsgId>) -> ItemView {
        ItemView {
            yes: Some(self.t_id("yes")),
            no: Some(self.t_id("no")),
            ..self.item(ItemKind::YesNo, name, label, tip_from)
        }
    }

    fn text_item(&self, t: &TextField, tip_from: Option<&MsgId>) -> ItemView {
        let kind = if t.multiline {
            ItemKind::Multiline
        } else {
            ItemKind::Text
        };
        self.item(kind, &t.name.value, t.label.as_ref(), tip_from)
    }

    fn date_item(&self, d: &DateField, tip_from: Option<&MsgId>) -> ItemView {
        self.item(ItemKind::Date, &d.name.value, d.label.as_ref(), tip_from)
    }

    fn check(&self, item: &CheckItem) -> ItemView {
        self.item(
            ItemKind::Checkbox,
            &item.name.value,
            Some(&item.label),
            None,
        )
    }

    fn form_row(&self, row: &FormRow) -> RowView {
        match row {
            FormRow::Header(m) => RowView::Header { label: self.t(m) },
            FormRow::Statement(m) => RowView::Statement { label: self.t(m) },
            FormRow::PageBreak(_) => RowView::PageBreak,
            FormRow::Group(g) => RowView::Group {
                label: self.t(g.label()),
                na: self.not_applicable(g),
            },
            // A row's own field must be filled in a reply; fields inside free rows need not be.
            FormRow::Text(t) => {
                let item = self.prefilled(t, self.text_item(t, t.label.as_ref()));
                let item = ItemView {
                    label: None,
                    ..item
                };
                RowView::Field {
                    label: self.opt(t.label.as_ref()),
                    items: vec![item.required(t.required.unwrap_or(true))],
                }
            }
            FormRow::Date(d) => RowView::Field {
                label: self.opt(d.label.as_ref()),
                items: vec![
                    self.item(ItemKind::Date, &d.name.value, None, d.label.as_ref())
                        .required(true),
                ],
            },
            FormRow::YesNo(q) => {
                let mut items = vec![
                    self.yes_no(&q.name.value, None, Some(&q.label))
                        .required(true),
                ];
                items.extend(q.date.as_ref().map(|d| self.date_item(d, None)));
                RowView::Field {
                    label: Some(self.t(&q.label)),
                    items,
                }
            }
            FormRow::Products(p) => self.products_row(p),
            FormRow::Checks(c) => RowView::Field {
                label: self.opt(c.label.as_ref()),
                items: c.items.iter().map(|i| self.check(i)).collect(),
            },
            FormRow::Row(r) => RowView::Field {
                label: self.opt(r.label.as_ref()),
                items: r
                    .items
                    .iter()
                    .map(|item| self.row_item(item, r.label.as_ref()))
                    .collect(),
            },
            FormRow::Signature(s) => RowView::Signature {
                label: self.t(&s.label),
                name: s.name.value.clone(),
                tip: self.plain(&s.label),
                date: s.date.as_ref().map(|d| self.date_item(d, None)),
            },
        }
    }

    fn products_row(&self, p: &ProductChecks) -> RowView {
        let column = |on: bool, label: &Option<MsgId>| {
            on.then(|| self.opt(label.as_ref()).unwrap_or_default())
        };
        RowView::Products {
            label: self.t(&p.label),
            name: p.name.value.clone(),
            hint: self.opt(p.hint.as_ref()),
            quantity: column(p.quantity, &p.quantity_label),
            serials: column(p.serials, &p.serials_label),
            items: p
                .items
                .iter()
                .map(|i| self.product_check(i, &p.name.value))
                .collect(),
        }
    }

    /// An item of a free row; an item without its own label is named by the row's.
    fn row_item(&self, item: &RowItem, row_label: Option<&MsgId>) -> ItemView {
        match item {
            RowItem::Checkbox(c) => self.check(c),
            RowItem::Yes(y) => ItemView {
                yes: Some(self.t_id("yes")),
                ..self.item(
                    ItemKind::Yes,
                    &y.name.value,
                    y.label.as_ref(),
                    y.label.as_ref().or(row_label),
                )
            },
            RowItem::Text(t) => self
                .prefilled(t, self.text_item(t, t.label.as_ref().or(row_label)))
                .required(t.required.unwrap_or(false)),
            RowItem::Date(d) => self.date_item(d, d.label.as_ref().or(row_label)),
            RowItem::YesNo(q) => self.yes_no(
                &q.name.value,
                q.label.as_ref(),
                q.label.as_ref().or(row_label),
            ),
            RowItem::Note(m) => self.item(ItemKind::Note, "", Some(m), None),
            RowItem::Rule(_) => self.item(ItemKind::Rule, "", None, None),
        }
    }

    /// A group's "not applicable" box, labelled by the group's own label or the common one.
    fn not_applicable(&self, g: &Group) -> Option<ItemView> {
        let name = g.not_applicable()?;
        let own = match g {
            Group::Full(f) => f.not_applicable_label.as_ref(),
            Group::Label(_) => None,
        };
        let common = MsgId::new(
            "form-not-applicable".to_string(),
            name.referenced,
            name.defined,
        );
        let label = own.unwrap_or(&common);
        Some(ItemView {
            tip: Some(format!(
                "{} — {}",
                self.plain(g.label()),
                self.plain_id("form-not-applicable")
            )),
            ..self.item(ItemKind::Checkbox, &name.value, Some(label), None)
        })
    }

    /// A product of a `products` row: its checkbox `<row>.<item>.selected`; the template adds
    /// `<row>.<item>.quantity` and `.serials` from `base`. In a per-recipient letter, a product
    /// the account holds starts out ticked, with its quantity and serial numbers.
    fn product_check(&self, item: &CheckItem, row: &str) -> ItemView {
        let base = format!("{row}.{}", item.name.value);
        let held = self
            .recipient
            .zip(item.product.as_deref())
            .and_then(|(r, key)| r.device(find_product(&self.notice.products.items, key)?));
        let field = ItemView {
            base: Some(base.clone()),
            ..self.item(
                ItemKind::Checkbox,
                &format!("{base}.selected"),
                Some(&item.label),
                None,
            )
        };
        match held {
            Some(device) => ItemView {
                default: Some("Yes".to_string()),
                quantity_default: device.quantity.map(|q| q.to_string()),
                serials_default: (!device.serials.is_empty() || !device.lots.is_empty()).then(
                    || {
                        device
                            .serials
                            .iter()
                            .chain(device.lots.iter())
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(", ")
                    },
                ),
                ..field
            },
            None => field,
        }
    }

    /// A text field that starts out holding a recipient value (still editable).
    fn prefilled(&self, t: &TextField, item: ItemView) -> ItemView {
        match (self.recipient, t.prefill) {
            (Some(recipient), Some(which)) => ItemView {
                default: Some(recipient.value(which).to_string()),
                ..item
            },
            _ => item,
        }
    }
}
