//! Recipients of per-account letters: `noticegen build --recipients FILE.csv`.
//!
//! One CSV row per account and affected product (or one row per account when the account has no
//! device rows), separated by `,`, `;` or tabs (whichever the header uses). The columns, by
//! header name, in any order:
//!
//! | column | |
//! |---|---|
//! | `account` | the account number: letters, digits, `-`, `_`, `.` (it names the output folder: no name Windows reserves, no two that differ only in case) |
//! | `organisation` | the customer's organisation |
//! | `address` | postal address; line breaks inside a quoted cell are kept |
//! | `contact` | the person the letter is addressed to |
//! | `locale` | the letter's language, a folder of `locales/` |
//! | `notice` | optional: the notice this row belongs to (else the one `--notice` given) |
//! | `department`, `email`, `phone` | optional |
//! | `role` | optional: `customer` (default) or `distributor` (an importer or distributor: where the notice has a distributor reply form, that form instead of the customer's) |
//! | `product` | optional: a product `id` or catalogue number of the notice |
//! | `lots`, `serials` | optional: the account's lots / serial numbers of that product, separated by `;` or spaces |
//! | `quantity` | optional: how many of that product the account holds |
//!
//! Account columns repeated on an account's rows must agree. Every problem is reported with the
//! CSV file, line and column.

use std::collections::BTreeMap;
use std::path::Path;

use crate::diag::{Diagnostic, SourceText, display_path};
use crate::load::{Project, id_problem};
use crate::notice::{Notice, find_product};

pub use crate::recipient::{Device, Recipient, Role};

const REQUIRED: [&str; 5] = ["account", "organisation", "address", "contact", "locale"];
const OPTIONAL: [&str; 9] = [
    "role",
    "notice",
    "department",
    "email",
    "phone",
    "product",
    "lots",
    "serials",
    "quantity",
];

/// A recipients file as read: its accounts and its text (for diagnostics).
pub struct RecipientList {
    pub recipients: Vec<Recipient>,
    pub source: SourceText,
}

/// Reads the recipients of `path`. `default_notice` is the notice of rows without a `notice`
/// column (the single `--notice`). Errors name the file, line and column.
pub fn load(
    path: &Path,
    project: &Project,
    default_notice: Option<&str>,
) -> Result<RecipientList, Vec<Diagnostic>> {
    let text = crate::fsutil::read_text(path, &project.root).map_err(|d| vec![d])?;
    let source = SourceText::new(display_path(&project.root, path), text);
    let recipients = parse(&source, project, default_notice)?;
    Ok(RecipientList { recipients, source })
}

/// [`load`] of a CSV text already read.
pub fn parse(
    source: &SourceText,
    project: &Project,
    default_notice: Option<&str>,
) -> Result<Vec<Recipient>, Vec<Diagnostic>> {
    let delimiter = sniff_delimiter(&source.text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(source.text.as_bytes());
    let at_line = |line: u64, message: String| {
        Diagnostic::error(message).at_line_col(source, line as usize, 1, 0)
    };
    let headers = reader
        .headers()
        .map_err(|e| vec![at_line(1, format!("cannot read the CSV header: {e}"))])?
        .clone();
    let column = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let mut errors = Vec::new();
    for name in REQUIRED {
        if column(name).is_none() {
            errors.push(
                at_line(1, format!("the recipients CSV has no `{name}` column"))
                    .hint(format!("required columns: {}", REQUIRED.join(", "))),
            );
        }
    }
    for header in headers.iter() {
        let known = REQUIRED
            .iter()
            .chain(OPTIONAL.iter())
            .any(|k| k.eq_ignore_ascii_case(header));
        if !known {
            errors.push(
                at_line(1, format!("unknown column `{header}`")).hint(format!(
                    "columns: {}, {}",
                    REQUIRED.join(", "),
                    OPTIONAL.join(", ")
                )),
            );
        }
    }
    if column("notice").is_none() && default_notice.is_none() {
        errors.push(
            at_line(1, "which notice are these recipients for?".to_string())
                .hint("add a `notice` column, or name one notice with `--notice ID`"),
        );
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let mut recipients: BTreeMap<(String, String), Recipient> = BTreeMap::new();
    let mut order: Vec<(String, String)> = Vec::new();
    // (notice, lowercased account) -> the account as first written, and its line.
    let mut folded_accounts: BTreeMap<(String, String), (String, usize)> = BTreeMap::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                let line = e.position().map_or(1, |p| p.line());
                errors.push(at_line(line, format!("malformed CSV row: {e}")));
                continue;
            }
        };
        let line = record.position().map_or(1, |p| p.line()) as usize;
        // A finding about this row's cell of column `name`.
        let at_cell = |name: &str, d: Diagnostic| {
            let index = column(name).unwrap_or(0);
            let (column_number, len) = cell_column(source, line, index);
            d.at_line_col(source, line, column_number, len)
        };
        let cell_error = |name: &str, message: String| at_cell(name, Diagnostic::error(message));
        let get = |name: &str| {
            column(name)
                .and_then(|i| record.get(i))
                .unwrap_or_default()
                .to_string()
        };
        let notice_id = match get("notice") {
            n if n.is_empty() => default_notice.unwrap_or_default().to_string(),
            n => n,
        };
        let Some(loaded) = project.notices.get(&notice_id) else {
            errors.push(cell_error("notice", format!("no notice `{notice_id}`")));
            continue;
        };
        let notice: &Notice = &loaded.notice;
        let account = get("account");
        if let Some(problem) = id_problem(&account) {
            errors.push(
                cell_error("account", format!("account `{account}` {problem}"))
                    .note("the account names the folder of its letters"),
            );
            continue;
        }
        // Accounts that differ only in case share one folder on Windows and macOS.
        let folded = (notice_id.clone(), account.to_lowercase());
        match folded_accounts.get(&folded) {
            Some((other, other_line)) if *other != account => {
                errors.push(
                    cell_error(
                        "account",
                        format!(
                            "account `{account}` differs from `{other}` (line {other_line}) only in case: on a case-insensitive file system (Windows, macOS) both are one folder of letters"
                        ),
                    )
                    .hint("write the account the same way on every row, or give it another number"),
                );
                continue;
            }
            Some(_) => {}
            None => {
                folded_accounts.insert(folded, (account.clone(), line));
            }
        }
        let locale = get("locale");
        if !project.locales.by_tag.contains_key(&locale) {
            errors.push(at_cell("locale", project.locales.unknown(&locale)));
            continue;
        }
        let role = match get("role").to_ascii_lowercase().as_str() {
            "" | "customer" => Role::Customer,
            "distributor" | "importer" => Role::Distributor,
            other => {
                errors.push(cell_error(
                    "role",
                    format!("role `{other}`: `customer` or `distributor`"),
                ));
                continue;
            }
        };
        for name in ["organisation", "address", "contact"] {
            if get(name).is_empty() {
                errors.push(cell_error(
                    name,
                    format!("account `{account}`: `{name}` is empty"),
                ));
            }
        }
        let row = Recipient {
            notice: notice_id.clone(),
            account: account.clone(),
            organisation: get("organisation"),
            department: get("department"),
            address: get("address"),
            contact: get("contact"),
            email: get("email"),
            phone: get("phone"),
            role,
            locale,
            devices: Vec::new(),
            line,
        };
        let key = (notice_id, account.clone());
        let entry = match recipients.get_mut(&key) {
            Some(existing) => {
                for (name, a, b) in [
                    (
                        "organisation",
                        existing.organisation.as_str(),
                        row.organisation.as_str(),
                    ),
                    ("department", &existing.department, &row.department),
                    ("address", &existing.address, &row.address),
                    ("contact", &existing.contact, &row.contact),
                    ("email", &existing.email, &row.email),
                    ("phone", &existing.phone, &row.phone),
                    ("locale", &existing.locale, &row.locale),
                    ("role", existing.role.as_str(), row.role.as_str()),
                ] {
                    if a != b {
                        errors.push(
                            cell_error(
                                name,
                                format!(
                                    "account `{account}`: `{name}` differs from its row on line {}",
                                    existing.line
                                ),
                            )
                            .note(format!("line {}: `{a}`; here: `{b}`", existing.line)),
                        );
                    }
                }
                existing
            }
            None => {
                order.push(key.clone());
                recipients.entry(key).or_insert(row)
            }
        };
        let product = get("product");
        let (lots, serials, quantity) =
            (list(&get("lots")), list(&get("serials")), get("quantity"));
        if product.is_empty() {
            if !lots.is_empty() || !serials.is_empty() || !quantity.is_empty() {
                errors.push(cell_error(
                    "product",
                    format!("account `{account}`: lots, serials or quantity without a `product`"),
                ));
            }
            continue;
        }
        let Some(index) = find_product(&notice.products.items, &product) else {
            let known: Vec<String> = notice
                .products
                .items
                .iter()
                .map(|p| p.id.clone().unwrap_or_else(|| p.catalogue.join("/")))
                .collect();
            errors.push(
                cell_error(
                    "product",
                    format!("{}: no product `{product}`", notice.id.value),
                )
                .hint(format!(
                    "products (id or catalogue number): {}",
                    known.join(", ")
                )),
            );
            continue;
        };
        if entry.device(index).is_some() {
            errors.push(cell_error(
                "product",
                format!("account `{account}`: product `{product}` is listed twice"),
            ));
            continue;
        }
        let quantity = if quantity.is_empty() {
            None
        } else {
            match quantity.parse::<u32>() {
                Ok(q) => Some(q),
                Err(_) => {
                    errors.push(cell_error(
                        "quantity",
                        format!("quantity `{quantity}` is not a whole number"),
                    ));
                    continue;
                }
            }
        };
        entry.devices.push(Device {
            product: index,
            lots,
            serials,
            quantity,
        });
    }
    if errors.is_empty() && order.is_empty() {
        errors
            .push(Diagnostic::error("the recipients CSV has no rows").in_file(source.path.clone()));
    }
    if errors.is_empty() {
        Ok(order
            .into_iter()
            .filter_map(|key| recipients.remove(&key))
            .collect())
    } else {
        Err(errors)
    }
}

/// The field separator of the header line: `,`, or `;` (spreadsheets in many European locales
/// export that) or a tab, whichever the header holds most of.
fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| (header.bytes().filter(|b| b == d).count(), *d == b','))
        .unwrap_or(b',')
}

/// `"A1; A2 A3"` -> `["A1", "A2", "A3"]`.
fn list(cell: &str) -> Vec<String> {
    cell.split([';', ' ', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// The 1-based column (in characters) and byte length of cell `index` on `line` (simple CSV
/// lines; quoted cells spanning lines point at the line's start).
fn cell_column(source: &SourceText, line: usize, index: usize) -> (usize, usize) {
    let Some(text) = source.text.lines().nth(line.saturating_sub(1)) else {
        return (1, 0);
    };
    let delimiter = char::from(sniff_delimiter(&source.text));
    let column = |start: usize| text[..start].chars().count() + 1;
    let mut start = 0;
    let mut in_quotes = false;
    let mut cell = 0;
    for (i, c) in text.char_indices() {
        match c {
            '"' => in_quotes = !in_quotes,
            c if c == delimiter && !in_quotes => {
                if cell == index {
                    return (column(start), i - start);
                }
                cell += 1;
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    if cell == index {
        (column(start), text.len() - start)
    } else {
        (1, 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_split_on_semicolons_and_spaces() {
        assert_eq!(list("A1; A2  A3;"), vec!["A1", "A2", "A3"]);
        assert!(list(" ").is_empty());
    }

    #[test]
    fn the_delimiter_is_what_the_header_uses() {
        assert_eq!(sniff_delimiter("account,organisation,locale\n"), b',');
        assert_eq!(
            sniff_delimiter("account;organisation;locale\nA;\"B, C\";it\n"),
            b';'
        );
        assert_eq!(sniff_delimiter("account\torganisation\n"), b'\t');
        assert_eq!(sniff_delimiter("account\n"), b',');
    }

    #[test]
    fn cells_are_located_by_column() {
        let source = SourceText::new("r.csv", "account,organisation\nA-1,\"Ospedale, Milano\"\n");
        assert_eq!(cell_column(&source, 2, 0), (1, 3));
        assert_eq!(cell_column(&source, 2, 1), (5, 18));
        let source = SourceText::new("r.csv", "account,organisation,locale\nLV-1,Rīga ķ,xx\n");
        assert_eq!(
            cell_column(&source, 2, 2),
            (13, 2),
            "columns count characters"
        );
    }
}
