//! The notice's `regime:` and `waive:` keys: which regulator's expectations `check` holds the
//! letter to, and the rules it leaves out on purpose. The rules themselves are in the
//! top-level `regime` module.

use schemars::JsonSchema;
use serde::Deserialize;
use serde_saphyr::Spanned;

/// A regulator whose expectations of a recall letter `check` knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Regime {
    /// The US FDA: 21 CFR 7.49, recall communications.
    Fda,
    /// The EU: Regulation (EU) 2017/745 (MDR), Article 89(8), field safety notices.
    Eu,
    /// Australia's TGA: the Uniform Recall Procedure for Therapeutic Goods (URPTG), the
    /// sponsor's customer letter.
    Tga,
}

impl Regime {
    /// As the notice writes it.
    pub fn name(self) -> &'static str {
        match self {
            Regime::Fda => "fda",
            Regime::Eu => "eu",
            Regime::Tga => "tga",
        }
    }
}

/// A rule the letter leaves out on purpose, and why.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Waiver {
    /// The rule's ID (`fda-report-back`).
    #[schemars(with = "String")]
    pub rule: Spanned<String>,
    /// Why the letter does without it, for the record.
    pub reason: String,
}
