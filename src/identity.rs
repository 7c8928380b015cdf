//! Which letter a thing belongs to: a notice in one language, for everyone or for one account.
//! One type for the manifest's entries, the build's cache keys and outcomes, and the PDFs'
//! recorded identity.

use serde::{Deserialize, Serialize};

/// A notice x locale (x account) pair.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct LetterId {
    pub notice: String,
    pub locale: String,
    /// The recipient's account, for a per-recipient letter (`--recipients`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
}

impl LetterId {
    pub fn new(notice: &str, locale: &str, account: Option<&str>) -> Self {
        Self {
            notice: notice.to_string(),
            locale: locale.to_string(),
            account: account.map(str::to_string),
        }
    }
}

impl std::fmt::Display for LetterId {
    /// "FSN2024-1562 it", or "FSN2024-1562 it (account A-100)" for a recipient's letter.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.notice, self.locale)?;
        if let Some(account) = &self.account {
            write!(f, " (account {account})")?;
        }
        Ok(())
    }
}
