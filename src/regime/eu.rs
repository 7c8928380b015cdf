//! The EU's rules: Regulation (EU) 2017/745 (MDR), Article 89(8), field safety notices.

use super::{Finding, Place, Rule};
use crate::load::{LoadedNotice, Project};

/// Its rules.
pub const RULES: &[Rule] = &[
    Rule {
        id: "eu-udi",
        source: "Regulation (EU) 2017/745, Article 89(8)",
        says: "the field safety notice allows the correct identification of the devices, in \
               particular by including the relevant UDIs",
        fix: "give each product its `udi:`",
        check: eu_udi,
    },
    Rule {
        id: "eu-srn",
        source: "Regulation (EU) 2017/745, Article 89(8)",
        says: "the field safety notice identifies the manufacturer, in particular by its single \
               registration number (SRN) if already issued",
        fix: "add the SRN to the profile as `srn:`",
        check: eu_srn,
    },
];

/// MDR Art. 89(8): each device's UDI.
fn eu_udi(_project: &Project, loaded: &LoadedNotice) -> Finding {
    let notice = &loaded.notice;
    let without = notice.products.items.iter().find(|p| p.udi.is_empty())?;
    Some((
        Place::Value(without.name.clone()),
        "a product has no UDI-DI (`udi:`)".to_string(),
    ))
}

/// MDR Art. 89(8): the manufacturer's SRN.
fn eu_srn(project: &Project, loaded: &LoadedNotice) -> Finding {
    let notice = &loaded.notice;
    let profile = project.manufacturers.get(&notice.manufacturer.value)?;
    profile.srn.is_none().then(|| {
        let what = format!("the profile `{}` has no `srn:`", notice.manufacturer.value);
        (Place::Value(notice.manufacturer.clone()), what)
    })
}
