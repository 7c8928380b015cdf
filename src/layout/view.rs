//! The view types every layout shares, and [`ViewContext`], which makes them: the page frame,
//! the products table, steps, signatories and the recipient block.
//!
//! Every piece of text in a view is already safe Typst: [`Markup`] made by noticegen from a
//! message, or a plain `String` that the template's escaping turns into a Typst string literal.

use fluent_bundle::FluentValue;
use serde::{Serialize, Serializer};

use crate::localize::Localizer;
use std::collections::BTreeMap;

use crate::localize::intl::{self, CivilDate};
use crate::markup;
use crate::notice::{
    DateFormat, DateValue, Details, Form, FramePart, LotField, Manufacturer, MsgId, Notice,
    NoticeSignatory, ProductField, Signatory, Step, find_product, per_row,
};
use crate::recipient::{Recipient, Role};
use serde_saphyr::Spanned;

/// Typst markup made from a message: the template prints it as is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Markup(pub String);

impl Serialize for Markup {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        minijinja::Value::from_safe_string(self.0.clone()).serialize(serializer)
    }
}

/// A table cell or similar: a message's markup, or a plain value from YAML or CSV.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum Text {
    Markup(Markup),
    Plain(String),
}

/// What a layout's view is made from: one notice, in one language, for everyone or one account.
pub struct ViewContext<'a> {
    pub notice: &'a Notice,
    pub date: CivilDate,
    pub manufacturer: &'a Manufacturer,
    pub localizer: &'a Localizer,
    pub tag: &'a str,
    pub draft: bool,
    /// The account of a per-recipient letter.
    pub recipient: Option<&'a Recipient>,
}

/// The page frame: document metadata, marking, footer, draft mark, the date line and the
/// recipient block.
#[derive(Serialize)]
pub struct PageView {
    pub lang: String,
    pub region: Option<String>,
    /// The PDF title.
    pub title: String,
    /// The PDF author.
    pub manufacturer: String,
    pub notice: String,
    pub locale: String,
    pub document_code: String,
    pub marking: Option<Markup>,
    /// The classic footer, when the profile has no `footer:` of its own.
    pub footer: Option<FooterView>,
    pub draft: Option<Markup>,
    /// The date line; none with `date_style: none`.
    pub date_line: Option<String>,
    /// The notice's `paper` (Typst's name), else its profile's; none: the layout's own.
    pub paper: Option<&'static str>,
    /// The margins the notice or its profile set, in millimetres by side (the notice's win);
    /// empty: the layout's.
    pub margins: BTreeMap<&'static str, f64>,
    pub recipient: Option<RecipientView>,
    pub letterhead: Option<LetterheadView>,
    /// The running header's lines (none: no running header).
    pub header_lines: Vec<LineView>,
    /// The profile's own footer, when it has one; else [`FooterView`]'s classic footer.
    pub footer_lines: Option<Vec<LineView>>,
}

/// The classic footer: contacts, copyright, reference beside page, IVD line.
#[derive(Serialize)]
pub struct FooterView {
    pub contacts: Vec<ContactView>,
    pub copyright: Option<Markup>,
    pub reference: Markup,
    pub page: Markup,
    pub ivd: Option<Markup>,
}

/// A contact: its label, and its channels (e-mail as it is, the others after their labels).
#[derive(Serialize)]
pub struct ContactView {
    pub label: Markup,
    pub channels: Vec<Text>,
}

/// A line of the running header or of the profile's footer.
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LineView {
    Contacts {
        contacts: Vec<ContactView>,
    },
    Line {
        left: Option<Markup>,
        right: Option<Markup>,
        strong: bool,
    },
}

/// The letterhead: the logo (its path in the typesetter's world) and the sender's lines.
#[derive(Serialize)]
pub struct LetterheadView {
    pub logo: Option<String>,
    pub logo_height_mm: f64,
    pub lines: Vec<String>,
}

/// A label | value table.
#[derive(Serialize)]
pub struct DetailsView {
    pub caption: Option<Markup>,
    pub rows: Vec<DetailRowView>,
}

#[derive(Serialize)]
pub struct DetailRowView {
    pub label: Markup,
    pub value: Text,
}

/// A table: caption (if any), header cells and rows of cells. With `groups` over 1, the
/// header and the rows repeat the same columns side by side that many times.
#[derive(Serialize)]
pub struct TableView {
    pub caption: Option<Markup>,
    pub header: Vec<Markup>,
    pub rows: Vec<Vec<Text>>,
    pub groups: usize,
}

#[derive(Serialize)]
pub struct StepView {
    pub text: Markup,
    pub bullets: Vec<Markup>,
    pub notes: Vec<Markup>,
}

#[derive(Serialize)]
pub struct SignatoryView {
    pub name: Text,
    pub title: Text,
    /// Division, department.
    pub lines: Vec<String>,
}

/// The address block of a per-recipient letter, and the account's own devices.
#[derive(Serialize)]
pub struct RecipientView {
    pub account: Markup,
    pub attention: Markup,
    pub organisation: String,
    pub department: String,
    pub address: Vec<String>,
    pub devices: Option<DevicesView>,
}

#[derive(Serialize)]
pub struct DevicesView {
    pub caption: Markup,
    pub intro: Markup,
    pub header: Vec<Markup>,
    pub rows: Vec<Vec<Text>>,
}

/// The reply forms a letter carries.
pub struct Forms<'a> {
    pub customer: Option<&'a Form>,
    pub distributor: Option<&'a Form>,
}

impl ViewContext<'_> {
    /// Line by line, whether a title line is red, when the notice chooses (`red_titles`).
    pub fn red_titles(&self) -> Option<Vec<bool>> {
        let red = self.notice.red_titles.as_ref()?;
        Some(
            (1..=self.notice.titles.len())
                .map(|n| red.iter().any(|r| r.value == n))
                .collect(),
        )
    }

    /// A message as markup.
    pub fn t(&self, id: &MsgId) -> Markup {
        self.t_id(&id.value)
    }

    /// A message the layout names itself (boilerplate), as markup.
    pub fn t_id(&self, id: &str) -> Markup {
        Markup(self.localizer.typst(id, &[]))
    }

    /// A boilerplate message given variables of its own (`{ $days }`).
    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue<'static>)]) -> Markup {
        Markup(self.localizer.typst(id, args))
    }

    pub fn ts(&self, ids: &[MsgId]) -> Vec<Markup> {
        ids.iter().map(|id| self.t(id)).collect()
    }

    pub fn opt(&self, id: Option<&MsgId>) -> Option<Markup> {
        id.map(|id| self.t(id))
    }

    /// A message as plain text (tooltips, the PDF title).
    pub fn plain(&self, id: &MsgId) -> String {
        self.plain_id(&id.value)
    }

    pub fn plain_id(&self, id: &str) -> String {
        markup::plain_text(&self.localizer.inline(id, &[]))
    }

    /// The notice's main title as plain text (`main_title`, else its last title line, else the
    /// message `fallback`).
    pub fn main_title(&self, fallback: Option<&str>) -> String {
        let notice = self.notice;
        let main = match notice.main_title {
            Some(Spanned { value: n, .. }) => notice.titles.get(n.saturating_sub(1)),
            None => notice.titles.last(),
        };
        match (main, fallback) {
            (Some(t), _) => self.plain(t),
            (None, Some(id)) => self.plain_id(id),
            (None, None) => String::new(),
        }
    }

    /// The page frame; `fallback_title` is the message of the PDF title when the notice has no
    /// title lines.
    pub fn page(&self, fallback_title: Option<&str>) -> PageView {
        let notice = self.notice;
        let langid = self.localizer.langid();
        let plain_title = self.main_title(fallback_title);
        let date_line = notice
            .date_style
            .line(self.date, &langid.clone().unwrap_or_default());
        PageView {
            lang: langid
                .as_ref()
                .map(|l| l.language.to_string())
                .unwrap_or_default(),
            region: langid.and_then(|l| l.region.map(|r| r.to_string())),
            title: format!("{} {}", notice.id.value, plain_title),
            manufacturer: self.manufacturer.legal_name.clone(),
            notice: notice.id.value.clone(),
            locale: self.tag.to_string(),
            document_code: notice.document_code.clone().unwrap_or_default(),
            marking: self.opt(notice.marking.as_ref()),
            footer: self.manufacturer.footer.is_none().then(|| self.footer()),
            draft: self.draft.then(|| self.t_id("draft-mark")),
            date_line,
            paper: notice
                .paper
                .or(self.manufacturer.paper)
                .or(notice.regime.as_ref().and_then(|r| r.value.paper()))
                .map(crate::notice::Paper::typst_name),
            margins: self.margins(),
            recipient: self.recipient_view(),
            letterhead: self.letterhead(),
            header_lines: self.lines(&self.manufacturer.header),
            footer_lines: self.manufacturer.footer.as_ref().map(|f| self.lines(f)),
        }
    }

    fn letterhead(&self) -> Option<LetterheadView> {
        let m = self.manufacturer;
        let l = m.letterhead.as_ref()?;
        let address = l.address.as_ref().or(m.address.as_ref());
        let lines = l
            .name
            .then(|| m.legal_name.clone())
            .into_iter()
            .chain(
                address
                    .into_iter()
                    .flat_map(|a| a.lines())
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_string),
            )
            .collect();
        Some(LetterheadView {
            logo: m.logo.as_ref().map(|logo| logo.path.clone()),
            logo_height_mm: l.logo_height_mm.unwrap_or(12.0),
            lines,
        })
    }

    pub fn contacts(&self) -> Vec<ContactView> {
        self.notice
            .contacts
            .as_ref()
            .unwrap_or(&self.manufacturer.contacts)
            .iter()
            .map(|c| {
                let labelled = [
                    ("contact-phone", &c.phone),
                    ("contact-fax", &c.fax),
                    ("contact-web", &c.web),
                ]
                .into_iter()
                .filter_map(|(label, value)| {
                    let value = value.as_ref()?;
                    Some(Text::Markup(Markup(format!(
                        "{} {}",
                        self.t_id(label).0,
                        markup::typst_text(value)
                    ))))
                });
                let channels = c
                    .email
                    .iter()
                    .map(|e| Text::Plain(e.clone()))
                    .chain(labelled)
                    .chain(c.hours.iter().map(|h| Text::Markup(self.t(h))))
                    .collect();
                ContactView {
                    label: self.t(&c.label),
                    channels,
                }
            })
            .collect()
    }

    /// The header's or footer's lines; a line whose messages come out empty is left out.
    fn lines(&self, parts: &[FramePart]) -> Vec<LineView> {
        let ivd = self.notice.in_vitro_diagnostic;
        parts
            .iter()
            .filter_map(|part| match part {
                FramePart::Contacts(_) => Some(LineView::Contacts {
                    contacts: self.contacts(),
                }),
                FramePart::Line(line) if line.ivd_only && !ivd => None,
                FramePart::Line(line) => {
                    let text = |id: &Option<MsgId>| {
                        id.as_ref()
                            .filter(|id| !markup::is_blank(&self.localizer.inline(&id.value, &[])))
                            .map(|id| self.t(id))
                    };
                    let (left, right) = (text(&line.left), text(&line.right));
                    (left.is_some() || right.is_some()).then_some(LineView::Line {
                        left,
                        right,
                        strong: line.strong,
                    })
                }
            })
            .collect()
    }

    fn footer(&self) -> FooterView {
        let m = self.manufacturer;
        FooterView {
            contacts: self.contacts(),
            copyright: self.opt(m.copyright.as_ref()),
            reference: self.t_id("footer-reference"),
            page: self.t_id("footer-page"),
            ivd: self
                .notice
                .in_vitro_diagnostic
                .then(|| self.t_id("footer-ivd")),
        }
    }

    /// The page margins set, side by side: the notice's over its profile's.
    fn margins(&self) -> BTreeMap<&'static str, f64> {
        let mut out = BTreeMap::new();
        let sets = [&self.manufacturer.margins_mm, &self.notice.margins_mm];
        for margins in sets.into_iter().flatten() {
            out.extend(margins.sides().map(|(side, mm)| (side, mm.value)));
        }
        out
    }

    /// The affected products table; none when the notice has no products.
    pub fn products(&self) -> Option<TableView> {
        let p = &self.notice.products;
        if p.is_empty() {
            return None;
        }
        let rows = p
            .items
            .iter()
            .map(|item| {
                p.columns
                    .value
                    .iter()
                    .map(|c| {
                        let list = |values: &[String]| {
                            Text::Plain(
                                values.join(
                                    c.separator
                                        .as_deref()
                                        .unwrap_or(c.field.default_separator()),
                                ),
                            )
                        };
                        match c.field {
                            ProductField::Name => Text::Markup(self.t(&item.name)),
                            ProductField::Catalogue | ProductField::Ref => list(&item.catalogue),
                            ProductField::Udi if item.udi.is_empty() => {
                                Text::Markup(self.t_id("udi-not-applicable"))
                            }
                            ProductField::Udi => list(&item.udi),
                            ProductField::Gtin => list(&item.gtin),
                            ProductField::Software => {
                                Text::Plain(item.software.clone().unwrap_or_default())
                            }
                            ProductField::Lots => list(&item.lots),
                            ProductField::Serials => list(&item.serials),
                            ProductField::SerialRange => Text::Plain(
                                item.serial_range
                                    .as_ref()
                                    .map(|r| format!("{}–{}", r.from, r.to))
                                    .unwrap_or_default(),
                            ),
                            ProductField::Expiry => self.date_cell(
                                item.expiry.as_ref(),
                                c.date_format.unwrap_or(p.date_format),
                            ),
                            ProductField::Quantity => self.number_cell(item.quantity),
                            ProductField::Text => self.text_cell(&item.text, c.key.as_deref()),
                        }
                    })
                    .collect()
            })
            .collect();
        let header = p.columns.value.iter().map(|c| &c.header);
        Some(self.table(
            p.caption.as_ref(),
            header,
            rows,
            per_row(p.per_row.as_ref()),
        ))
    }

    /// The table of lots, when the notice has one.
    pub fn lots(&self) -> Option<TableView> {
        let table = self.notice.lots.as_ref()?;
        let products = &self.notice.products.items;
        let rows = table
            .rows
            .iter()
            .map(|lot| {
                let product = find_product(products, &lot.product.value).map(|i| &products[i]);
                table
                    .columns
                    .iter()
                    .map(|c| match c.field {
                        LotField::Product => product
                            .map(|p| Text::Markup(self.t(&p.name)))
                            .unwrap_or(Text::Plain(lot.product.value.clone())),
                        LotField::Catalogue | LotField::Ref => Text::Plain(
                            product.map(|p| p.catalogue.join(" / ")).unwrap_or_default(),
                        ),
                        LotField::Udi => {
                            Text::Plain(product.map(|p| p.udi.join(" / ")).unwrap_or_default())
                        }
                        LotField::Lot => Text::Plain(lot.lot.clone()),
                        LotField::Expiry => self.date_cell(
                            lot.expiry.as_ref(),
                            c.date_format.unwrap_or(table.date_format),
                        ),
                        LotField::Quantity => self.number_cell(lot.quantity),
                        LotField::Text => self.text_cell(&lot.text, c.key.as_deref()),
                    })
                    .collect()
            })
            .collect();
        let header = table.columns.iter().map(|c| &c.header);
        let groups = per_row(table.per_row.as_ref());
        Some(self.table(table.caption.as_ref(), header, rows, groups))
    }

    /// A details table: each label translated, each value a message, data or a date.
    pub fn details(&self, details: &Details) -> DetailsView {
        let rows = details.rows.iter().map(|row| {
            let row = &row.value;
            let value = match (&row.value, &row.text) {
                (Some(id), _) => Text::Markup(self.t(id)),
                (None, Some(text)) => Text::Plain(text.clone()),
                (None, None) => self.date_cell(row.date.as_ref(), details.date_format),
            };
            DetailRowView {
                label: self.t(&row.label),
                value,
            }
        });
        DetailsView {
            caption: self.opt(details.caption.as_ref()),
            rows: rows.collect(),
        }
    }

    /// With `groups` over 1, `rows` go side by side that many to a printed row, filled row by
    /// row; the last printed row is padded with empty cells.
    fn table<'m>(
        &self,
        caption: Option<&MsgId>,
        headers: impl Iterator<Item = &'m MsgId>,
        rows: Vec<Vec<Text>>,
        groups: usize,
    ) -> TableView {
        let header: Vec<Markup> = headers.map(|h| self.t(h)).collect();
        let width = header.len();
        let rows = match groups {
            0 | 1 => rows,
            _ => rows
                .chunks(groups)
                .map(|chunk| {
                    let mut printed: Vec<Text> = chunk.iter().flatten().cloned().collect();
                    printed.resize(width * groups, Text::Plain(String::new()));
                    printed
                })
                .collect(),
        };
        TableView {
            caption: self.opt(caption),
            header: std::iter::repeat_n(header, groups.max(1))
                .flatten()
                .collect(),
            rows,
            groups: groups.max(1),
        }
    }

    /// A date (validated at load) in the table's format: "30.06.2025", "Jun 30, 2025".
    fn date_cell(&self, date: Option<&Spanned<DateValue>>, format: DateFormat) -> Text {
        let langid = self.localizer.langid().unwrap_or_default();
        Text::Plain(
            date.and_then(|d| d.value.date.clone().ok())
                .map(|d| intl::format_date(d, format.style(), &langid))
                .unwrap_or_default(),
        )
    }

    /// A number in the locale's format: "1.250", "1,250".
    fn number_cell(&self, number: Option<u64>) -> Text {
        let langid = self.localizer.langid().unwrap_or_default();
        Text::Plain(
            number
                .map(|n| match FluentValue::from(n) {
                    FluentValue::Number(n) => intl::format_number(&n, &langid),
                    _ => n.to_string(),
                })
                .unwrap_or_default(),
        )
    }

    fn text_cell(&self, texts: &BTreeMap<String, MsgId>, key: Option<&str>) -> Text {
        match key.and_then(|k| texts.get(k)) {
            Some(id) => Text::Markup(self.t(id)),
            None => Text::Plain(String::new()),
        }
    }

    /// Numbered steps: text, sub-bullets and notes of each.
    pub fn steps(&self, steps: &[Step]) -> Vec<StepView> {
        steps
            .iter()
            .map(|s| StepView {
                text: self.t(&s.text),
                bullets: self.ts(&s.bullets),
                notes: self.ts(&s.notes),
            })
            .collect()
    }

    /// Who signs: the notice's choice, else every signatory of the profile. Each with name
    /// (or its per-language override `signatory-<id>`), title (or its message) and lines.
    /// Who signs the letter: the notice's signatories, else all the profile's.
    pub fn chosen_signatories(&self) -> Vec<&Signatory> {
        let profile = &self.manufacturer.signatories;
        match &self.notice.signatories {
            None => profile.iter().collect(),
            Some(list) => list
                .iter()
                .filter_map(|s| match s {
                    NoticeSignatory::Profile(id) => profile.iter().find(|p| p.id == id.value),
                    NoticeSignatory::Person(person) => Some(person),
                })
                .collect(),
        }
    }

    pub fn signatories(&self) -> Vec<SignatoryView> {
        self.chosen_signatories()
            .into_iter()
            .map(|s| {
                let override_id = format!("signatory-{}", s.id);
                let name = if self.localizer.has(&override_id) {
                    Text::Markup(self.t_id(&override_id))
                } else {
                    Text::Plain(s.name.clone())
                };
                let title = match &s.title_message {
                    Some(id) => Text::Markup(self.t(id)),
                    None => Text::Plain(s.title.clone()),
                };
                SignatoryView {
                    name,
                    title,
                    lines: s.division.iter().chain(&s.department).cloned().collect(),
                }
            })
            .collect()
    }

    /// The reply forms of this letter: a per-recipient letter carries the form of the
    /// recipient's role, where the notice has one for it; a general copy carries them all.
    pub fn forms(&self) -> Forms<'_> {
        let notice = self.notice;
        let (customer, distributor) = match self.recipient.map(|r| r.role) {
            None => (true, true),
            Some(Role::Customer) => (true, false),
            Some(Role::Distributor) => (notice.distributor_form.is_none(), true),
        };
        Forms {
            customer: notice.form.as_ref().filter(|_| customer),
            distributor: notice.distributor_form.as_ref().filter(|_| distributor),
        }
    }

    /// The address block and the account's own devices, in a per-recipient letter.
    fn recipient_view(&self) -> Option<RecipientView> {
        let r = self.recipient?;
        let items = &self.notice.products.items;
        let rows: Vec<Vec<Text>> = r
            .devices
            .iter()
            .map(|d| {
                vec![
                    Text::Markup(self.t(&items[d.product].name)),
                    Text::Plain(d.lots.join(", ")),
                    Text::Plain(d.serials.join(", ")),
                    Text::Plain(d.quantity.map(|q| q.to_string()).unwrap_or_default()),
                ]
            })
            .collect();
        let devices = (!rows.is_empty()).then(|| DevicesView {
            caption: self.t_id("recipient-devices-caption"),
            intro: self.t_id("recipient-devices-intro"),
            header: [
                "recipient-col-product",
                "recipient-col-lots",
                "recipient-col-serials",
                "recipient-col-quantity",
            ]
            .iter()
            .map(|id| self.t_id(id))
            .collect(),
            rows,
        });
        Some(RecipientView {
            account: self.t_id("recipient-account"),
            attention: self.t_id("recipient-attention"),
            organisation: r.organisation.clone(),
            department: r.department.clone(),
            address: r
                .address
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_string)
                .collect(),
            devices,
        })
    }
}
