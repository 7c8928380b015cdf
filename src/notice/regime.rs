//! The notice's `regime:` and `waive:` keys: which regulator's expectations `check` holds the
//! letter to, and the rules it leaves out on purpose. The rules themselves are in the
//! top-level `regime` module.

use schemars::JsonSchema;

use super::Paper;
use crate::localize::StandardText;
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
    /// The UK's MHRA: its guidance on effective field safety notices.
    Mhra,
    /// Health Canada: the recall guide for health products (GUI-0054).
    Hc,
}

impl Regime {
    /// Every regime, in the order the docs list them.
    pub const ALL: [Regime; 5] = [
        Regime::Eu,
        Regime::Fda,
        Regime::Tga,
        Regime::Mhra,
        Regime::Hc,
    ];

    /// As the notice writes it.
    pub fn name(self) -> &'static str {
        match self {
            Regime::Fda => "fda",
            Regime::Eu => "eu",
            Regime::Tga => "tga",
            Regime::Mhra => "mhra",
            Regime::Hc => "hc",
        }
    }

    /// The paper of its market, when it is not the layout's A4; a notice's or a profile's
    /// `paper:` wins.
    pub fn paper(self) -> Option<Paper> {
        match self {
            Regime::Fda | Regime::Hc => Some(Paper::UsLetter),
            Regime::Eu | Regime::Tga | Regime::Mhra => None,
        }
    }

    /// Its headings and form rows in the regulator's words, per locale: the shared file
    /// `_<name>` of each locale it covers. Text drafted rather than taken from a published
    /// version says `### review-status: unreviewed`.
    pub fn standard_text(self) -> StandardText {
        let texts: &'static [(&'static str, &'static str)] = match self {
            Regime::Fda | Regime::Eu => &[],
            Regime::Tga => &[("en", include_str!("text/tga.en.ftl"))],
            Regime::Mhra => &[("en", include_str!("text/mhra.en.ftl"))],
            Regime::Hc => &[
                ("en", include_str!("text/hc.en.ftl")),
                ("fr", include_str!("text/hc.fr.ftl")),
            ],
        };
        StandardText {
            name: self.name(),
            kind: "regime",
            texts,
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
