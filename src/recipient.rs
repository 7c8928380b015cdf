//! One account's letter as the pipeline sees it: who it goes to and which devices they hold.
//! The `recipients` module reads these from a CSV; layouts print them.

use serde::Serialize;

use crate::notice::RecipientValue;

/// One account's letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Recipient {
    pub notice: String,
    pub account: String,
    pub organisation: String,
    pub department: String,
    pub address: String,
    pub contact: String,
    pub email: String,
    pub phone: String,
    pub role: Role,
    pub locale: String,
    /// The account's affected devices, in CSV order.
    pub devices: Vec<Device>,
    /// CSV line of the account's first row (for diagnostics).
    #[serde(skip)]
    pub line: usize,
}

/// Whether an account uses the devices or passes them on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    #[default]
    Customer,
    /// A distributor or importer: gets the distributor reply form where the notice has one.
    Distributor,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Customer => "customer",
            Role::Distributor => "distributor",
        }
    }
}

/// Devices of one product that an account holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Device {
    /// Index into the notice's `products.items`.
    pub product: usize,
    pub lots: Vec<String>,
    pub serials: Vec<String>,
    pub quantity: Option<u32>,
}

impl Recipient {
    pub fn value(&self, which: RecipientValue) -> &str {
        match which {
            RecipientValue::Account => &self.account,
            RecipientValue::Organisation => &self.organisation,
            RecipientValue::Department => &self.department,
            RecipientValue::Address => &self.address,
            RecipientValue::Contact => &self.contact,
            RecipientValue::Email => &self.email,
            RecipientValue::Phone => &self.phone,
        }
    }

    /// The devices of the product at `index` in the notice's products table.
    pub fn device(&self, index: usize) -> Option<&Device> {
        self.devices.iter().find(|d| d.product == index)
    }

    /// A fingerprint of everything printed from this row (incremental builds).
    pub fn digest(&self) -> String {
        crate::fingerprint::digest(
            serde_json::to_string(self)
                .expect("recipients serialize")
                .as_bytes(),
        )
    }
}
