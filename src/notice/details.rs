//! The details block: a label | value table ("FSCA identifier | FSCA-2024-017"), the header
//! block of most field safety notices.

use schemars::JsonSchema;
use serde::Deserialize;
use serde_saphyr::Spanned;

use super::{DateFormat, DateValue, MsgId};

/// A label | value table. Each row's label is a message; its value is a message, data printed as
/// written, or a date.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Details {
    /// The caption above the table; none prints the table without one.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub caption: Option<MsgId>,
    /// How the rows' `date:` values print.
    #[serde(default)]
    pub date_format: DateFormat,
    #[schemars(with = "Vec<DetailRow>")]
    pub rows: Vec<Spanned<DetailRow>>,
}

/// One row: its label and exactly one of `value:`, `text:` or `date:`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DetailRow {
    /// The label message ("Type of action").
    #[schemars(with = "String")]
    pub label: MsgId,
    /// A message, translated as the label is ("Field Safety Corrective Action").
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub value: Option<MsgId>,
    /// Data, the same in every language ("FSCA-2024-017", a catalogue number).
    #[serde(default)]
    pub text: Option<String>,
    /// A day, `YYYY-MM-DD`, printed in the table's `date_format`.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub date: Option<Spanned<DateValue>>,
}

impl Details {
    /// The messages the table names.
    pub fn message_refs(&self) -> impl Iterator<Item = &MsgId> {
        self.caption.iter().chain(
            self.rows
                .iter()
                .flat_map(|row| std::iter::once(&row.value.label).chain(&row.value.value)),
        )
    }

    /// Each row's problem, with what to do: not exactly one value, or a date that is no day.
    pub fn problems(&self) -> Vec<(&Spanned<DetailRow>, String, &'static str)> {
        const ONE_VALUE: &str = "give the row one of `value:` (a message), `text:` or `date:`";
        let mut out = Vec::new();
        for row in &self.rows {
            let r = &row.value;
            let label = &r.label.value;
            let given = [r.value.is_some(), r.text.is_some(), r.date.is_some()];
            match given.iter().filter(|&&g| g).count() {
                1 => {}
                0 => out.push((row, format!("the detail `{label}` has no value"), ONE_VALUE)),
                _ => out.push((
                    row,
                    format!("the detail `{label}` has more than one value"),
                    ONE_VALUE,
                )),
            }
            if let Some(Err(message)) = r.date.as_ref().map(|d| d.value.day()) {
                let hint = "a detail's date is a day: write it YYYY-MM-DD";
                out.push((row, format!("the detail `{label}`: {message}"), hint));
            }
        }
        out
    }
}
