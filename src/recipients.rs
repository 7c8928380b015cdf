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

use serde::Deserialize;

use crate::diag::{Diagnostic, SourceText, display_path};
use crate::load::{LoadedNotice, Project, id_problem};
use crate::notice::find_product;

pub use crate::recipient::{Device, Recipient, Role};

/// One CSV row as written, its cells by (lowercased) header name. The columns are the fields;
/// [`REQUIRED`] and [`OPTIONAL`] name them for the header check, and a test keeps the three in
/// step.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    account: String,
    organisation: String,
    address: String,
    contact: String,
    locale: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    notice: String,
    #[serde(default)]
    department: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    product: String,
    #[serde(default)]
    lots: String,
    #[serde(default)]
    serials: String,
    #[serde(default)]
    quantity: Option<u32>,
}

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
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sniff_delimiter(&source.text))
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(source.text.as_bytes());
    let mut headers = reader.headers().cloned().map_err(|e| {
        vec![at_line(
            source,
            1,
            format!("cannot read the CSV header: {e}"),
        )]
    })?;
    // Columns are matched without regard to case.
    headers = headers.iter().map(str::to_ascii_lowercase).collect();
    let cells = Cells {
        source,
        headers: &headers,
    };
    let errors = cells.header_problems(default_notice.is_some());
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut accounts = Accounts {
        cells,
        project,
        default_notice: default_notice.unwrap_or_default(),
        by_key: BTreeMap::new(),
        order: Vec::new(),
        folded: BTreeMap::new(),
        errors,
    };
    for record in reader.records() {
        match read_row(&cells, record) {
            Ok((line, row)) => accounts.add(line, row),
            Err(d) => accounts.errors.push(d),
        }
    }
    accounts.finish()
}

/// A finding at the start of `line`.
fn at_line(source: &SourceText, line: u64, message: String) -> Diagnostic {
    Diagnostic::error(message).at_line_col(source, line as usize, 1, 0)
}

/// One record, deserialized; a cell serde refuses is named by its column
/// ([`csv::DeserializeError::field`]).
fn read_row(
    cells: &Cells,
    record: csv::Result<csv::StringRecord>,
) -> Result<(usize, Row), Diagnostic> {
    let line_of = |e: &csv::Error| e.position().map_or(1, |p| p.line());
    let record = record
        .map_err(|e| at_line(cells.source, line_of(&e), format!("malformed CSV row: {e}")))?;
    let line = record.position().map_or(1, |p| p.line()) as usize;
    let error = match record.deserialize::<Row>(Some(cells.headers)) {
        Ok(row) => return Ok((line, row)),
        Err(e) => e,
    };
    let csv::ErrorKind::Deserialize { err, .. } = error.kind() else {
        return Err(at_line(
            cells.source,
            line as u64,
            format!("malformed CSV row: {error}"),
        ));
    };
    let Some(index) = err.field().map(|i| i as usize) else {
        return Err(at_line(
            cells.source,
            line as u64,
            format!("malformed CSV row: {err}"),
        ));
    };
    let name = cells.headers.get(index).unwrap_or_default();
    let cell = record.get(index).unwrap_or_default();
    let message = match err.kind() {
        csv::DeserializeErrorKind::ParseInt(_) => {
            format!("{name} `{cell}` is not a whole number")
        }
        kind => format!("{name} `{cell}`: {kind}"),
    };
    Err(cells.error(name, line, message))
}

/// Locates findings in the CSV text by line and column name.
#[derive(Clone, Copy)]
struct Cells<'a> {
    source: &'a SourceText,
    headers: &'a csv::StringRecord,
}

impl Cells<'_> {
    fn index(&self, name: &str) -> Option<usize> {
        self.headers.iter().position(|h| h == name)
    }

    /// `d` at the cell of column `name` on `line`.
    fn at(&self, name: &str, line: usize, d: Diagnostic) -> Diagnostic {
        let index = self.index(name).unwrap_or(0);
        let (line, column, len) = cell_column(self.source, line, index);
        d.at_line_col(self.source, line, column, len)
    }

    fn error(&self, name: &str, line: usize, message: String) -> Diagnostic {
        self.at(name, line, Diagnostic::error(message))
    }

    /// Missing and unknown columns, and a file that names no notice when `--notice` did not.
    fn header_problems(&self, has_default_notice: bool) -> Vec<Diagnostic> {
        let mut errors = Vec::new();
        for name in REQUIRED.into_iter().filter(|n| self.index(n).is_none()) {
            errors.push(
                at_line(
                    self.source,
                    1,
                    format!("the recipients CSV has no `{name}` column"),
                )
                .hint(format!("required columns: {}", REQUIRED.join(", "))),
            );
        }
        let known = |h: &str| REQUIRED.contains(&h) || OPTIONAL.contains(&h);
        for header in self.headers.iter().filter(|h| !known(h)) {
            errors.push(
                self.error(header, 1, format!("unknown column `{header}`"))
                    .hint(format!(
                        "rename or remove it; the columns are {}, {}",
                        REQUIRED.join(", "),
                        OPTIONAL.join(", ")
                    )),
            );
        }
        if self.index("notice").is_none() && !has_default_notice {
            errors.push(
                at_line(
                    self.source,
                    1,
                    "which notice are these recipients for?".to_string(),
                )
                .hint("add a `notice` column, or name one notice with `--notice ID`"),
            );
        }
        errors
    }
}

/// The accounts read so far, in the order of their first rows, and the problems found.
struct Accounts<'a> {
    cells: Cells<'a>,
    project: &'a Project,
    default_notice: &'a str,
    by_key: BTreeMap<(String, String), Recipient>,
    order: Vec<(String, String)>,
    /// (notice, lowercased account) -> the account as first written, and its line.
    folded: BTreeMap<(String, String), (String, usize)>,
    errors: Vec<Diagnostic>,
}

impl Accounts<'_> {
    /// Adds one row: a new account, or one more device of an account seen before.
    fn add(&mut self, line: usize, row: Row) {
        if let Err(mut errors) = self.try_add(line, row) {
            self.errors.append(&mut errors);
        }
    }

    fn try_add(&mut self, line: usize, row: Row) -> Result<(), Vec<Diagnostic>> {
        let notice_id = match row.notice.as_str() {
            "" => self.default_notice.to_string(),
            n => n.to_string(),
        };
        let project = self.project;
        let Some(notice) = project.notices.get(&notice_id) else {
            let message = format!("no notice `{notice_id}`");
            return Err(vec![self.cells.error("notice", line, message)]);
        };
        self.check_account(&notice_id, &row.account, line)
            .map_err(|d| vec![d])?;
        let recipient = self.recipient(notice_id, line, &row).map_err(|d| vec![d])?;
        let cells = self.cells;
        // An empty cell is reported, and the row still read, so its other problems are found too.
        self.errors.extend(empty_cells(&cells, line, &row));
        let key = (recipient.notice.clone(), recipient.account.clone());
        let entry = match self.by_key.get_mut(&key) {
            Some(existing) => {
                self.errors
                    .extend(differences(&cells, existing, &recipient));
                existing
            }
            None => {
                self.order.push(key.clone());
                self.by_key.entry(key).or_insert(recipient)
            }
        };
        if let Some(device) = device(&cells, notice, entry, line, &row)? {
            entry.devices.push(device);
        }
        Ok(())
    }

    /// The account names its letters' folder: a safe name, written one way.
    fn check_account(
        &mut self,
        notice: &str,
        account: &str,
        line: usize,
    ) -> Result<(), Diagnostic> {
        if let Some(problem) = id_problem(account) {
            return Err(self
                .cells
                .error("account", line, format!("account `{account}` {problem}"))
                .note("the account names the folder of its letters"));
        }
        // Accounts that differ only in case share one folder on Windows and macOS.
        let folded = (notice.to_string(), account.to_lowercase());
        match self.folded.get(&folded) {
            Some((other, other_line)) if other != account => Err(self
                .cells
                .error(
                    "account",
                    line,
                    format!(
                        "account `{account}` differs from `{other}` (line {other_line}) only in case: on a case-insensitive file system (Windows, macOS) both are one folder of letters"
                    ),
                )
                .hint("write the account the same way on every row, or give it another number")),
            Some(_) => Ok(()),
            None => {
                self.folded.insert(folded, (account.to_string(), line));
                Ok(())
            }
        }
    }

    /// The account columns of `row`, checked (an empty one is reported by [`empty_cells`]).
    fn recipient(&self, notice: String, line: usize, row: &Row) -> Result<Recipient, Diagnostic> {
        let cells = &self.cells;
        if !self.project.locales.by_tag.contains_key(&row.locale) {
            let unknown = self.project.locales.unknown(&row.locale);
            return Err(cells.at("locale", line, unknown));
        }
        let role = match row.role.to_ascii_lowercase().as_str() {
            "" | "customer" => Role::Customer,
            "distributor" | "importer" => Role::Distributor,
            other => {
                let message = format!("role `{other}`: `customer` or `distributor`");
                return Err(cells.error("role", line, message));
            }
        };
        Ok(Recipient {
            notice,
            account: row.account.clone(),
            organisation: row.organisation.clone(),
            department: row.department.clone(),
            address: row.address.clone(),
            contact: row.contact.clone(),
            email: row.email.clone(),
            phone: row.phone.clone(),
            role,
            locale: row.locale.clone(),
            devices: Vec::new(),
            line,
        })
    }

    fn finish(mut self) -> Result<Vec<Recipient>, Vec<Diagnostic>> {
        if self.errors.is_empty() && self.order.is_empty() {
            let source = self.cells.source;
            self.errors.push(
                Diagnostic::error("the recipients CSV has no rows").in_file(source.path.clone()),
            );
        }
        if !self.errors.is_empty() {
            return Err(self.errors);
        }
        Ok(self
            .order
            .into_iter()
            .filter_map(|key| self.by_key.remove(&key))
            .collect())
    }
}

/// The required account cells of `row` that are empty.
fn empty_cells(cells: &Cells, line: usize, row: &Row) -> Vec<Diagnostic> {
    [
        ("organisation", &row.organisation),
        ("address", &row.address),
        ("contact", &row.contact),
    ]
    .into_iter()
    .filter(|(_, value)| value.is_empty())
    .map(|(name, _)| {
        let message = format!("account `{}`: `{name}` is empty", row.account);
        cells.error(name, line, message)
    })
    .collect()
}

/// Account columns of a later row that differ from the account's first row.
fn differences(cells: &Cells, first: &Recipient, row: &Recipient) -> Vec<Diagnostic> {
    let pairs = [
        ("organisation", &first.organisation, &row.organisation),
        ("department", &first.department, &row.department),
        ("address", &first.address, &row.address),
        ("contact", &first.contact, &row.contact),
        ("email", &first.email, &row.email),
        ("phone", &first.phone, &row.phone),
        ("locale", &first.locale, &row.locale),
    ];
    let roles = ("role", first.role.as_str(), row.role.as_str());
    pairs
        .into_iter()
        .map(|(name, a, b)| (name, a.as_str(), b.as_str()))
        .chain([roles])
        .filter(|(_, a, b)| a != b)
        .map(|(name, a, b)| {
            let message = format!(
                "account `{}`: `{name}` differs from its row on line {}",
                row.account, first.line
            );
            cells
                .error(name, row.line, message)
                .note(format!("line {}: `{a}`; here: `{b}`", first.line))
        })
        .collect()
}

/// The device the row lists, if it names a product of the notice.
fn device(
    cells: &Cells,
    loaded: &LoadedNotice,
    account: &Recipient,
    line: usize,
    row: &Row,
) -> Result<Option<Device>, Vec<Diagnostic>> {
    let (lots, serials) = (list(&row.lots), list(&row.serials));
    let product = &row.product;
    let fail = |message: String| Err(vec![cells.error("product", line, message)]);
    if product.is_empty() {
        if !lots.is_empty() || !serials.is_empty() || row.quantity.is_some() {
            let message = format!(
                "account `{}`: lots, serials or quantity without a `product`",
                row.account
            );
            return fail(message);
        }
        return Ok(None);
    }
    let notice = &loaded.notice;
    let Some(index) = find_product(&notice.products.items, product) else {
        let known: Vec<String> = notice
            .products
            .items
            .iter()
            .map(|p| p.id.clone().unwrap_or_else(|| p.catalogue.join("/")))
            .collect();
        let d = cells
            .error(
                "product",
                line,
                format!("{}: no product `{product}`", notice.id.value),
            )
            .hint(format!(
                "products (id or catalogue number): {}",
                known.join(", ")
            ));
        return Err(vec![d]);
    };
    if account.device(index).is_some() {
        return fail(format!(
            "account `{}`: product `{product}` is listed twice",
            row.account
        ));
    }
    Ok(Some(Device {
        product: index,
        lots,
        serials,
        quantity: row.quantity,
    }))
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

/// Where cell `index` of the record that starts on `line` is: its line (a quoted cell before
/// it may span lines), 1-based column in characters, and byte length.
fn cell_column(source: &SourceText, line: usize, index: usize) -> (usize, usize, usize) {
    let text = &source.text;
    let Some(record) = line_start(text, line) else {
        return (line, 1, 0);
    };
    let delimiter = char::from(sniff_delimiter(text));
    // The cell's place: its line, and the byte where that line starts.
    let (mut at_line, mut line_from) = (line, record);
    let (mut start, mut start_line, mut start_from) = (record, line, record);
    let mut in_quotes = false;
    let mut cell = 0;
    let mut end = text.len();
    for (i, c) in text[record..].char_indices().map(|(i, c)| (i + record, c)) {
        match c {
            '"' => in_quotes = !in_quotes,
            '\n' if in_quotes => {
                at_line += 1;
                line_from = i + 1;
            }
            '\n' | '\r' => {
                end = i;
                break;
            }
            c if c == delimiter && !in_quotes => {
                if cell == index {
                    end = i;
                    break;
                }
                cell += 1;
                start = i + c.len_utf8();
                (start_line, start_from) = (at_line, line_from);
            }
            _ => {}
        }
    }
    if cell != index {
        return (line, 1, 0);
    }
    let column = text[start_from..start].chars().count() + 1;
    (start_line, column, end - start)
}

/// The byte where 1-based `line` starts.
fn line_start(text: &str, line: usize) -> Option<usize> {
    if line <= 1 {
        return Some(0);
    }
    text.match_indices('\n').nth(line - 2).map(|(i, _)| i + 1)
}

/// What `build --email` needs of the list: every account's `email` cell holds one address (a
/// missing or invalid one is an error at its cell), and the profile of each notice says who
/// the messages are from.
pub fn email_problems(list: &RecipientList, project: &Project) -> Vec<Diagnostic> {
    let mut problems = address_problems(list);
    problems.extend(sender_problems(project, &list.recipients));
    problems
}

/// The profile of each notice the recipients' letters are of says who e-mails them.
fn sender_problems(project: &Project, recipients: &[Recipient]) -> Vec<Diagnostic> {
    let profiles: std::collections::BTreeSet<&str> = recipients
        .iter()
        .map(|r| {
            project.notices[&r.notice]
                .notice
                .manufacturer
                .value
                .as_str()
        })
        .collect();
    profiles
        .into_iter()
        .filter(|id| project.manufacturers[*id].email.is_none())
        .map(|id| {
            Diagnostic::error(format!(
                "--email: the profile `{id}` does not say who the messages are from"
            ))
            .in_file(format!("notices/manufacturers/{id}.yaml"))
            .hint("add `email: { from: \"Field Safety <fsca@example.com>\" }` (and optionally `reply_to:`, `cc: [...]`)")
        })
        .collect()
}

fn address_problems(list: &RecipientList) -> Vec<Diagnostic> {
    let source = &list.source;
    let header = source.text.lines().next().unwrap_or_default();
    let delimiter = char::from(sniff_delimiter(&source.text));
    let index = header
        .split(delimiter)
        .position(|h| h.trim().trim_matches('"').eq_ignore_ascii_case("email"));
    let Some(index) = index else {
        return vec![
            at_line(
                source,
                1,
                "the recipients CSV has no `email` column: whom is each message to?".to_string(),
            )
            .hint("add an `email` column with each account's address"),
        ];
    };
    list.recipients
        .iter()
        .filter_map(|r| {
            let problem = match r.email.as_str() {
                "" => format!("account `{}` has no e-mail address", r.account),
                address => crate::mail::parse_mailbox(address).err()?,
            };
            let (line, column, len) = cell_column(source, r.line, index);
            Some(
                Diagnostic::error(problem)
                    .at_line_col(source, line, column, len)
                    .hint("give the account's address, like `name@example.com`"),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A record with the given headers and every cell empty, read as a [`Row`].
    fn row_with(headers: &[&str]) -> Result<Row, csv::Error> {
        let headers = csv::StringRecord::from(headers.to_vec());
        let cells = csv::StringRecord::from(vec![""; headers.len()]);
        cells.deserialize(Some(&headers))
    }

    #[test]
    fn the_column_lists_are_the_row_type_s_fields() {
        let all: Vec<&str> = REQUIRED.iter().chain(OPTIONAL.iter()).copied().collect();
        row_with(&all).expect("every listed column is a field of Row");
        row_with(&REQUIRED).expect("the optional columns may be left out");
        for name in REQUIRED {
            let without: Vec<&str> = REQUIRED.into_iter().filter(|n| *n != name).collect();
            assert!(
                row_with(&without).is_err(),
                "`{name}` is required by Row too"
            );
        }
        let mut extra = all.clone();
        extra.push("fax");
        assert!(row_with(&extra).is_err(), "an unknown column is refused");
    }

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
        assert_eq!(cell_column(&source, 2, 0), (2, 1, 3));
        assert_eq!(cell_column(&source, 2, 1), (2, 5, 18));
        let source = SourceText::new("r.csv", "account,organisation,locale\nLV-1,Rīga ķ,xx\n");
        assert_eq!(
            cell_column(&source, 2, 2),
            (2, 13, 2),
            "columns count characters"
        );
        // A quoted address over two lines: the cell after it is on the record's second line.
        let source = SourceText::new(
            "r.csv",
            "account,address,email\nA-1,\"Via Roma 1\n20100 Milano\",a@b.example\nA-2,x,c@d\n",
        );
        assert_eq!(cell_column(&source, 2, 2), (3, 15, 11));
        assert_eq!(cell_column(&source, 4, 2), (4, 7, 3));
    }
}
