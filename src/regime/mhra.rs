//! The MHRA's rules: its guidance "Effective field safety notices (FSNs): guidance for
//! manufacturers of medical devices", section "FSN content".

use super::{Finding, Place, Rule};
use crate::load::{LoadedNotice, Project};
use crate::notice::ProductField;
use serde_saphyr::Spanned;

const GUIDANCE: &str = "MHRA, Effective field safety notices (FSNs): guidance for manufacturers \
                        of medical devices, FSN content";

/// Its rules.
pub const RULES: &[Rule] = &[
    Rule {
        id: "mhra-actions",
        source: GUIDANCE,
        says: "the risk to the user is the key element of the notice; make it clear what the \
               problem is and what the recipient must do",
        fix: "list what the recipient must do as `steps:` (or a bulleted list) in the letter's body",
        check: mhra_actions,
    },
    Rule {
        id: "mhra-udi",
        source: GUIDANCE,
        says: "we consider it best practice to include unique device identifiers (UDIs) in \
               your field safety corrective action (FSCA) communications",
        fix: "give each product its `udi:`, and the products table a `{ field: udi }` column",
        check: mhra_udi,
    },
];

/// What the recipient must do, as a list.
fn mhra_actions(_project: &Project, loaded: &LoadedNotice) -> Finding {
    (!loaded.layout.lists_actions(&loaded.layout_keys)).then(|| {
        let what = "the letter lists nothing the recipient must do";
        (Place::Regime, what.to_string())
    })
}

/// Each device's UDI, given and printed, as best practice.
fn mhra_udi(_project: &Project, loaded: &LoadedNotice) -> Finding {
    let products = &loaded.notice.products;
    if products.is_empty() {
        return Some((Place::Regime, "the letter has no `products:`".to_string()));
    }
    if let Some(without) = products.items.iter().find(|p| p.udi.is_empty()) {
        let what = "a product has no UDI (`udi:`)";
        return Some((Place::Value(without.name.clone()), what.to_string()));
    }
    // The EU template prints them in its devices table.
    let printed = loaded.layout.name() == "eu-commission"
        || products
            .columns
            .value
            .iter()
            .any(|c| c.field == ProductField::Udi);
    (!printed).then(|| {
        let what = "the products table has no UDI column: the UDIs are not printed";
        let columns = &products.columns;
        let at = Spanned::new(String::new(), columns.referenced, columns.defined);
        (Place::Value(at), what.to_string())
    })
}
