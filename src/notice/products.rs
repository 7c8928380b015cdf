//! The products part of the notice schema: the affected products table, with columns from an
//! open, typed set, and the table of lots.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;

use serde_saphyr::Spanned;

use super::{DateValue, MsgId};

/// The affected products table. A notice may have none: then no layout prints one, and
/// nothing may name a product.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Products {
    /// The caption above the table; none prints the table without one.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub caption: Option<MsgId>,
    #[schemars(with = "Vec<Column>")]
    pub columns: Spanned<Vec<Column>>,
    /// How the table's date columns print, unless a column says otherwise.
    #[serde(default)]
    pub date_format: DateFormat,
    /// Products side by side in one printed row, filled row by row; 1 to 4, absent: 1.
    #[serde(default)]
    #[schemars(with = "Option<u8>", range(min = 1, max = 4))]
    pub per_row: Option<Spanned<u8>>,
    pub items: Vec<Product>,
}

impl Default for Products {
    fn default() -> Self {
        Self {
            caption: None,
            columns: super::unspanned(),
            date_format: DateFormat::default(),
            per_row: None,
            items: Vec::new(),
        }
    }
}

impl Products {
    /// Whether the notice has a products table at all.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// A column of the products table: which field of each product it shows.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Column {
    pub field: ProductField,
    #[schemars(with = "String")]
    pub header: MsgId,
    /// Between the values of a list field (catalogue numbers, UDI-DIs, lots...): " / " for
    /// codes, ", " for lots and serial numbers when absent.
    #[serde(default)]
    pub separator: Option<String>,
    /// With `field: text`, which of the products' `text` messages the column shows.
    #[serde(default)]
    pub key: Option<String>,
    /// With `field: expiry`, how the dates print; absent: the table's `date_format`.
    #[serde(default)]
    pub date_format: Option<DateFormat>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProductField {
    /// The product's name (a message).
    Name,
    /// Catalogue numbers.
    Catalogue,
    /// The same numbers, named as labels name them: REF.
    Ref,
    /// UDI-DIs.
    Udi,
    /// GTINs.
    Gtin,
    /// Software version.
    Software,
    Lots,
    Serials,
    /// The first and last serial number of a range: "1001–1250".
    SerialRange,
    /// The expiry date, in the locale's format.
    Expiry,
    /// A quantity, in the locale's format.
    Quantity,
    /// A message of the product's own (`text: { KEY: message }`), by the column's `key`.
    Text,
}

impl ProductField {
    /// The separator between a list field's values, unless the column gives one.
    pub fn default_separator(self) -> &'static str {
        match self {
            ProductField::Lots | ProductField::Serials => ", ",
            _ => " / ",
        }
    }
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Product {
    /// Short stable ID, named by a recipients CSV's `product` column, by form items'
    /// `product:` and by lots (a catalogue number matches too).
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
    pub gtin: Vec<String>,
    #[serde(default)]
    pub software: Option<String>,
    #[serde(default)]
    pub lots: Vec<String>,
    #[serde(default)]
    pub serials: Vec<String>,
    #[serde(default)]
    pub serial_range: Option<SerialRange>,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub expiry: Option<Spanned<DateValue>>,
    #[serde(default)]
    pub quantity: Option<u64>,
    /// Cell messages by key, for `field: text` columns ("All lots" / "Alle Chargen").
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, String>")]
    pub text: BTreeMap<String, MsgId>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SerialRange {
    pub from: String,
    pub to: String,
}

/// How a table prints a date.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DateFormat {
    /// The locale's medium date: "14 Dec 2019", "14.12.2019", "Dec 14, 2019".
    #[default]
    Medium,
    /// Digits in the locale's order and separators, with the full year: "14.12.2019",
    /// "12/14/2019", "14/12/2019".
    Numeric,
    /// ISO 8601, the same in every language: "2019-12-14".
    Iso,
}

impl DateFormat {
    /// The style name `localize::intl::format_date` takes.
    pub fn style(self) -> &'static str {
        match self {
            DateFormat::Medium => "medium",
            DateFormat::Numeric => "numeric",
            DateFormat::Iso => "iso",
        }
    }
}

/// A table of lots: one row per lot, with its product, expiry date, quantity or any message.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LotTable {
    /// The caption above the table; none prints the table without one.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub caption: Option<MsgId>,
    pub columns: Vec<LotColumn>,
    /// How the table's date columns print, unless a column says otherwise.
    #[serde(default)]
    pub date_format: DateFormat,
    /// Lots side by side in one printed row (2: lot | expiry | lot | expiry), filled row by
    /// row; 1 to 4, absent: 1.
    #[serde(default)]
    #[schemars(with = "Option<u8>", range(min = 1, max = 4))]
    pub per_row: Option<Spanned<u8>>,
    pub rows: Vec<Lot>,
}

/// How many items share a printed row (validated at load to 1..=4).
pub fn per_row(per_row: Option<&Spanned<u8>>) -> usize {
    per_row.map_or(1, |n| usize::from(n.value.clamp(1, 4)))
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LotColumn {
    pub field: LotField,
    #[schemars(with = "String")]
    pub header: MsgId,
    /// With `field: text`, which of the lots' `text` messages the column shows.
    #[serde(default)]
    pub key: Option<String>,
    /// With `field: expiry`, how the dates print; absent: the table's `date_format`.
    #[serde(default)]
    pub date_format: Option<DateFormat>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LotField {
    /// The lot's product, by its name.
    Product,
    /// The product's catalogue numbers (`ref` is the same).
    Catalogue,
    Ref,
    /// The product's UDI-DIs.
    Udi,
    Lot,
    Expiry,
    Quantity,
    Text,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Lot {
    /// The product: its `id` or a catalogue number.
    #[schemars(with = "String")]
    pub product: Spanned<String>,
    pub lot: String,
    /// `YYYY-MM-DD`.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub expiry: Option<Spanned<DateValue>>,
    #[serde(default)]
    pub quantity: Option<u64>,
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, String>")]
    pub text: BTreeMap<String, MsgId>,
}
