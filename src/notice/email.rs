//! A profile's `email:` key: who a per-recipient letter's e-mail is from, where replies go,
//! and who gets a copy. The addresses are checked when the profile is read; the message itself
//! is made by the top-level `mail` module.

use schemars::JsonSchema;
use serde::Deserialize;
use serde_saphyr::Spanned;

/// The sender of the manufacturer's e-mailed letters (`noticegen build --recipients ... --email`).
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EmailSender {
    /// The From address, with a display name if you like: `Field Safety <fsca@example.com>`.
    #[schemars(with = "String")]
    pub from: Spanned<String>,
    /// Where replies go, when not to the From address.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub reply_to: Option<Spanned<String>>,
    /// Addresses that get a copy of every message (the regulatory team's archive).
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub cc: Vec<Spanned<String>>,
}

impl EmailSender {
    /// Every address it names, where it stands.
    pub fn addresses(&self) -> impl Iterator<Item = &Spanned<String>> {
        std::iter::once(&self.from)
            .chain(self.reply_to.iter())
            .chain(self.cc.iter())
    }
}
