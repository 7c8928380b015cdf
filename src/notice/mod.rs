//! The notice schema: what a notice YAML file and a manufacturer profile may contain.
//!
//! Everything here is the same in every language. Text a reader reads is never stored here,
//! only the IDs of Fluent messages ([`MsgId`]). A typo in a key is an error with its line, never
//! silently ignored: nested types deny unknown fields, and the loader checks the top-level keys
//! against [`Notice`]'s and the layout's own (the `layout` module).

pub mod details;
pub mod email;
pub mod form;
pub mod products;
pub mod regime;

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diag::{Diagnostic, SourceText};
use crate::localize::intl::CivilDate;
use crate::yaml::at_value;

/// The ID of a Fluent message, with where the YAML names it (for diagnostics).
pub type MsgId = Spanned<String>;

/// A stable form field name (`company_name`, `customer.received_and_understood`).
pub type FieldName = Spanned<String>;

pub use details::{DetailRow, Details};
pub use email::EmailSender;
pub use form::*;
pub use products::*;
pub use regime::{Regime, Waiver};

/// One notice: `notices/<id>.yaml`, the keys every layout shares. A layout's own keys (the
/// letter's `body:`, the EU template's `eu:`) are read by its module from the same file.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct Notice {
    /// The notice number, e.g. `FSN2024-1562`; must equal the file stem.
    #[schemars(with = "String")]
    pub id: Spanned<String>,
    /// The document control code printed in the footer, e.g. `M-AMR-01357`.
    #[serde(default)]
    pub document_code: Option<String>,
    /// Name of a profile in `notices/manufacturers/`.
    #[schemars(with = "String")]
    pub manufacturer: Spanned<String>,
    /// The layout the notice is laid out with (`letter` when absent).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub template: Option<Spanned<String>>,
    /// The regulator whose expectations `check` holds the letter to (findings, not refusals).
    #[serde(default)]
    #[schemars(with = "Option<Regime>")]
    pub regime: Option<Spanned<Regime>>,
    /// Rules of the regime the letter leaves out on purpose, each with the reason; `check`
    /// lists them.
    #[serde(default)]
    pub waive: Vec<Waiver>,
    /// The notice's version ("2"), printed where the profile's header or footer uses
    /// `$version`.
    #[serde(default)]
    pub version: Option<String>,
    /// The notice date, `YYYY-MM-DD`.
    #[schemars(with = "String")]
    pub date: Spanned<DateValue>,
    #[serde(default)]
    pub date_style: DateStyle,
    /// The paper the notice is printed on; when absent, the profile's `paper`, else the
    /// regime's (`us-letter` for `fda` and `hc`), else the layout's own (`a4`, or `us-letter`
    /// for `fda-recall`).
    #[serde(default)]
    pub paper: Option<Paper>,
    /// Page margins in millimetres, side by side over the profile's `margins_mm`.
    #[serde(default)]
    pub margins_mm: Option<Margins>,
    /// Message printed at the top of every page, e.g. "RECALL".
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub marking: Option<MsgId>,
    /// Title lines under the date.
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub titles: Vec<MsgId>,
    #[serde(default)]
    pub titles_uppercase: bool,
    /// Which title lines (1 = the first) are the red markings; every line after the first
    /// when absent. `[1]` makes an "URGENT: MEDICAL DEVICE RECALL" first line red.
    #[serde(default)]
    #[schemars(with = "Option<Vec<usize>>")]
    pub red_titles: Option<Vec<Spanned<usize>>>,
    /// Which title line (1 = the first) is the notice's main title, the PDF's title; the last
    /// when absent.
    #[serde(default)]
    #[schemars(with = "Option<usize>")]
    pub main_title: Option<Spanned<usize>>,
    /// Adds the "for in vitro diagnostic use" footer line.
    #[serde(default)]
    pub in_vitro_diagnostic: bool,
    #[serde(default)]
    pub fsca: Fsca,
    /// Named URLs that messages link to with `<a href="NAME">`.
    #[serde(default)]
    pub links: BTreeMap<String, String>,
    #[serde(default)]
    pub products: Products,
    /// A table of lots (lot, expiry date, quantity... per lot), placed by the layout.
    #[serde(default)]
    pub lots: Option<LotTable>,
    /// The contacts this notice prints (in the profile's header or footer `contacts` line, or
    /// the default footer); the profile's `contacts` when absent.
    #[serde(default)]
    pub contacts: Option<Vec<Contact>>,
    /// Who signs this notice, in order; all the profile's signatories when absent.
    #[serde(default)]
    pub signatories: Option<Vec<NoticeSignatory>>,
    /// The customer reply (verification) form.
    #[serde(default)]
    pub form: Option<Form>,
    /// The distributor / importer reply form (EU Commission template).
    #[serde(default)]
    pub distributor_form: Option<Form>,
    /// The top-level keys, each where it stands (set by the loader): for diagnostics about a
    /// key as a whole.
    #[serde(skip)]
    #[schemars(skip)]
    pub keys: Vec<Spanned<String>>,
}

/// A key's default value, with no place in the file.
pub fn unspanned<T: Default>() -> Spanned<T> {
    let nowhere = serde_saphyr::Location::UNKNOWN;
    Spanned::new(T::default(), nowhere, nowhere)
}

/// A date as the YAML writes it (`2024-05-08`, or `2024-05` for a month), parsed as it is read.
/// A value that is no date keeps the reason, so the loader reports it at its place beside the
/// notice's other errors; a notice that loaded has only dates that are.
#[derive(Debug, Clone)]
pub struct DateValue {
    pub text: String,
    /// The day; the first of the month for `YYYY-MM`.
    pub date: Result<CivilDate, String>,
}

impl DateValue {
    pub fn parse(text: &str) -> Self {
        let date = match Self::is_month_text(text) {
            true => CivilDate::parse(&format!("{}-01", text.trim())),
            false => CivilDate::parse(text),
        };
        Self {
            text: text.to_string(),
            date,
        }
    }

    /// Whether it is written `YYYY-MM`, a month.
    pub fn is_month(&self) -> bool {
        Self::is_month_text(&self.text)
    }

    fn is_month_text(text: &str) -> bool {
        text.trim().len() == 7
    }

    /// The date of a key that takes only days (an expiry date).
    pub fn day(&self) -> Result<CivilDate, String> {
        if self.is_month() {
            return Err(format!(
                "`{}` is not a date of the form YYYY-MM-DD",
                self.text
            ));
        }
        self.date.clone()
    }
}

/// As written (the schema's default of an absent date).
impl serde::Serialize for DateValue {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.text.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for DateValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(|text| Self::parse(&text))
    }
}

/// Page margins in millimetres; a side left out keeps the layout's (top 22, bottom 43: the
/// footer's room, left and right 21).
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Margins {
    #[serde(default)]
    #[schemars(with = "Option<f64>", range(min = 5, max = 80))]
    pub top: Option<Spanned<f64>>,
    #[serde(default)]
    #[schemars(with = "Option<f64>", range(min = 5, max = 80))]
    pub bottom: Option<Spanned<f64>>,
    #[serde(default)]
    #[schemars(with = "Option<f64>", range(min = 5, max = 80))]
    pub left: Option<Spanned<f64>>,
    #[serde(default)]
    #[schemars(with = "Option<f64>", range(min = 5, max = 80))]
    pub right: Option<Spanned<f64>>,
}

impl Margins {
    /// The smallest and largest margin a side may have, in millimetres.
    pub const RANGE: std::ops::RangeInclusive<f64> = 5.0..=80.0;

    /// Each side given, by its Typst name.
    pub fn sides(&self) -> impl Iterator<Item = (&'static str, &Spanned<f64>)> {
        [
            ("top", &self.top),
            ("bottom", &self.bottom),
            ("left", &self.left),
            ("right", &self.right),
        ]
        .into_iter()
        .filter_map(|(side, mm)| Some((side, mm.as_ref()?)))
    }

    /// A side out of [`Margins::RANGE`] (a notice's or a profile's), at its value.
    pub fn check(&self, source: &SourceText) -> Option<Diagnostic> {
        let (side, mm) = self
            .sides()
            .find(|(_, mm)| !Self::RANGE.contains(&mm.value))?;
        let (min, max) = (Self::RANGE.start(), Self::RANGE.end());
        let message = format!(
            "a {side} margin of {} mm is not {min} to {max} mm",
            mm.value
        );
        Some(at_value(source, mm, message).hint("margins are millimetres, e.g. `left: 25`"))
    }
}

/// A paper size, as Typst names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Paper {
    /// ISO A4, 210 x 297 mm.
    A4,
    /// US Letter, 8.5 x 11 in.
    UsLetter,
    /// US Legal, 8.5 x 14 in.
    UsLegal,
}

impl Paper {
    /// Typst's name of the paper (`set page(paper: ..)`).
    pub fn typst_name(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::UsLetter => "us-letter",
            Paper::UsLegal => "us-legal",
        }
    }
}

/// How the notice date is printed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DateStyle {
    /// Localized long date with weekday, first letter capitalised: "Mercoledì 8 maggio 2024".
    #[default]
    Long,
    /// Localized date without a weekday, in the locale's order: "8. Mai 2024", "May 8, 2024"
    /// (`en`), "8 May 2024" (`en-GB`).
    Date,
    /// Month and year only: "Juli 2011". A `date:` of `YYYY-MM` needs it.
    Month,
    /// Day, English month abbreviation and year, the same in every language: "04MAY2022".
    Compact,
    /// No date line; `$date` is still the date (as `date` prints it).
    None,
}

impl DateStyle {
    /// The notice date as this style prints it in `langid`; `None` prints none.
    pub fn line(self, date: CivilDate, langid: &unic_langid::LanguageIdentifier) -> Option<String> {
        use crate::localize::intl;
        match self {
            DateStyle::Long => Some(intl::date_line(date, langid)),
            DateStyle::Date => Some(intl::format_date(date, "long", langid)),
            DateStyle::Month => Some(intl::format_date(date, "month", langid)),
            DateStyle::Compact => Some(date.compact()),
            DateStyle::None => None,
        }
    }

    /// The value of `$date` in messages.
    pub fn variable(self, date: CivilDate, langid: &unic_langid::LanguageIdentifier) -> String {
        use crate::localize::intl;
        match self {
            DateStyle::Compact => date.compact(),
            DateStyle::Month => intl::format_date(date, "month", langid),
            DateStyle::Long | DateStyle::Date | DateStyle::None => {
                intl::format_date(date, "long", langid)
            }
        }
    }
}

/// Items of the EU Commission FSN template and FDA 21 CFR 7.49 that are data, not prose.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fsca {
    /// FSCA reference; the notice ID when absent.
    #[serde(default)]
    pub reference: Option<String>,
    /// Type of action: recall, correction, advisory, software-update, ...
    #[serde(default)]
    pub action: Option<String>,
    #[serde(default)]
    pub notice_type: NoticeType,
    /// The previous FSN's reference, for an update.
    #[serde(default)]
    pub previous: Option<String>,
    #[serde(default)]
    pub competent_authority_informed: bool,
    /// Whether the notice must be passed on to everyone who needs to know.
    #[serde(default)]
    pub transmission_required: bool,
    #[serde(default)]
    pub customer_reply_required: bool,
    #[serde(default)]
    pub reply_deadline_days: Option<u32>,
    /// Whether a further notice is expected.
    #[serde(default)]
    pub further_notice_expected: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NoticeType {
    #[default]
    New,
    Update,
}

/// `{}`: a block kind that takes no settings.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Empty {}

/// A numbered customer action.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Step {
    #[schemars(with = "String")]
    pub text: MsgId,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub bullets: Vec<MsgId>,
    #[serde(default)]
    #[schemars(with = "Vec<String>")]
    pub notes: Vec<MsgId>,
}

impl Step {
    /// The messages of numbered steps: each one's text, bullets and notes.
    pub fn message_refs(steps: &[Step]) -> impl Iterator<Item = &MsgId> {
        steps.iter().flat_map(|s| {
            std::iter::once(&s.text)
                .chain(s.bullets.iter())
                .chain(s.notes.iter())
        })
    }
}

/// A manufacturer profile: `notices/manufacturers/<id>.yaml`, shared by notices.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Manufacturer {
    /// Short name used in text (`$manufacturer`).
    pub name: String,
    pub legal_name: String,
    #[serde(default)]
    pub website: Option<String>,
    #[serde(default)]
    pub address: Option<String>,
    /// EU single registration number.
    #[serde(default)]
    pub srn: Option<String>,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// The copyright line of the classic footer (a message).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub copyright: Option<MsgId>,
    #[serde(default)]
    pub signatories: Vec<Signatory>,
    /// The top of page 1: logo, sender name and address.
    #[serde(default)]
    pub letterhead: Option<Letterhead>,
    /// The paper of the manufacturer's notices, unless a notice says otherwise.
    #[serde(default)]
    pub paper: Option<Paper>,
    /// Page margins in millimetres for the manufacturer's notices; a notice's own win side by
    /// side.
    #[serde(default)]
    pub margins_mm: Option<Margins>,
    /// The running header: lines at the top of every page (left; the marking stays right).
    #[serde(default)]
    pub header: Vec<FramePart>,
    /// The footer, line by line; when absent: contacts, copyright, `footer-reference` beside
    /// `footer-page`, and `footer-ivd` on an in-vitro diagnostic notice.
    #[serde(default)]
    pub footer: Option<Vec<FramePart>>,
    /// Who e-mailed letters are from (`build --recipients FILE --email`).
    #[serde(default)]
    pub email: Option<EmailSender>,
    /// SHA-256 of the profile's YAML text and its logo (set by the loader), for incremental
    /// builds.
    #[serde(skip)]
    pub digest: String,
    /// The logo's bytes as read from the project (set by the loader).
    #[serde(skip)]
    #[schemars(skip)]
    pub logo: Option<Logo>,
    /// The profile's YAML (set by the loader), for diagnostics at its messages.
    #[serde(skip)]
    #[schemars(skip)]
    pub source: Option<SourceText>,
}

impl Manufacturer {
    /// Every message ID the profile names: contacts, copyright, signatories' titles, the
    /// header's and footer's lines.
    pub fn message_refs(&self) -> Vec<&MsgId> {
        let mut out: Vec<&MsgId> = Vec::new();
        for c in &self.contacts {
            out.push(&c.label);
            out.extend(c.hours.iter());
        }
        out.extend(self.copyright.iter());
        out.extend(
            self.signatories
                .iter()
                .filter_map(|s| s.title_message.as_ref()),
        );
        for part in self.header.iter().chain(self.footer.iter().flatten()) {
            if let FramePart::Line(line) = part {
                out.extend(line.left.iter().chain(&line.right));
            }
        }
        out
    }
}

/// A letterhead: a logo and the sender's lines, above the first page's text.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Letterhead {
    /// An SVG or PNG file, relative to the project folder (and inside it).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub logo: Option<Spanned<String>>,
    /// The logo's height in millimetres (12 when absent).
    #[serde(default)]
    pub logo_height_mm: Option<f64>,
    /// Whether the legal name heads the sender's lines (default true).
    #[serde(default = "yes")]
    pub name: bool,
    /// The sender's address, one line per line; the profile's `address` when absent.
    #[serde(default)]
    pub address: Option<String>,
}

fn yes() -> bool {
    true
}

/// A logo read from the project: its name in the typesetter's world and its bytes.
#[derive(Debug, Clone)]
pub struct Logo {
    pub path: String,
    pub bytes: Vec<u8>,
    /// The file it was read from (`noticegen watch` watches it).
    pub source: std::path::PathBuf,
}

/// One line of the running header or the footer. A line whose messages all come out empty is
/// left out, so a part is printed only when it has content.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum FramePart {
    /// The profile's contacts, a line each.
    Contacts(Empty),
    /// Messages of the manufacturer's: `left`, and `right` at the line's end. They may use
    /// `$notice`, `$document`, `$version`, `$date`, `$year`, `$page` and `$pages`.
    Line(FrameLine),
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FrameLine {
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub left: Option<MsgId>,
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub right: Option<MsgId>,
    /// Print the line only on an in-vitro diagnostic notice (`in_vitro_diagnostic: true`).
    #[serde(default)]
    pub ivd_only: bool,
    /// Bold.
    #[serde(default)]
    pub strong: bool,
}

/// A contact: its label, and the channels it has. The e-mail prints as it is; phone, fax and
/// web print after the messages `contact-phone`, `contact-fax` and `contact-web`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    #[schemars(with = "String")]
    pub label: MsgId,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub fax: Option<String>,
    #[serde(default)]
    pub web: Option<String>,
    /// Opening hours (a message: they are words).
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub hours: Option<MsgId>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    /// Names the optional message `signatory-<id>` that localizes the printed name.
    pub id: String,
    pub name: String,
    pub title: String,
    /// A message printed in place of `title`, so the title is translated.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub title_message: Option<MsgId>,
    /// Lines under the title: division, department (names, printed as they are).
    #[serde(default)]
    pub division: Option<String>,
    #[serde(default)]
    pub department: Option<String>,
}

/// Who signs a notice: a signatory of the profile by `id`, or one written here in full.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum NoticeSignatory {
    /// The `id` of one of the profile's `signatories`.
    Profile(#[schemars(with = "String")] Spanned<String>),
    Person(Signatory),
}

impl Notice {
    /// A top-level key as written, where it stands.
    pub fn key(&self, name: &str) -> Option<&Spanned<String>> {
        self.keys.iter().find(|key| key.value == name)
    }

    /// The reply forms, customer form first.
    pub fn forms(&self) -> impl Iterator<Item = (FormKind, &Form)> {
        [
            (FormKind::Customer, self.form.as_ref()),
            (FormKind::Distributor, self.distributor_form.as_ref()),
        ]
        .into_iter()
        .filter_map(|(kind, form)| form.map(|f| (kind, f)))
    }
}

/// Which reply form.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    serde::Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum FormKind {
    /// The customer reply (verification) form: `<NOTICE>-<tag>-form.pdf`.
    Customer,
    /// The distributor / importer reply form: `<NOTICE>-<tag>-distributor-form.pdf`.
    Distributor,
}

/// The index of the product a CSV or form names: its `id` or one of its catalogue numbers.
pub fn find_product(products: &[Product], key: &str) -> Option<usize> {
    products
        .iter()
        .position(|p| p.id.as_deref() == Some(key))
        .or_else(|| {
            products
                .iter()
                .position(|p| p.catalogue.iter().any(|c| c == key))
        })
}

/// Every message ID the notice names in the keys every layout shares (not the layout's own keys, nor its boilerplate).
pub fn message_refs(notice: &Notice) -> Vec<&MsgId> {
    let mut out: Vec<&MsgId> = Vec::new();
    out.extend(notice.marking.iter());
    out.extend(notice.titles.iter());
    if !notice.products.is_empty() {
        out.extend(notice.products.caption.iter());
        out.extend(notice.products.columns.value.iter().map(|c| &c.header));
    }
    out.extend(notice.products.items.iter().map(|p| &p.name));
    out.extend(notice.products.items.iter().flat_map(|p| p.text.values()));
    if let Some(lots) = &notice.lots {
        out.extend(lots.caption.iter());
        out.extend(lots.columns.iter().map(|c| &c.header));
        out.extend(lots.rows.iter().flat_map(|r| r.text.values()));
    }
    for c in notice.contacts.iter().flatten() {
        out.push(&c.label);
        out.extend(c.hours.iter());
    }
    for s in notice.signatories.iter().flatten() {
        if let NoticeSignatory::Person(person) = s {
            out.extend(person.title_message.iter());
        }
    }
    for (_, form) in notice.forms() {
        form::form_refs(form, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table of `$date` per `date_style` in docs/src/notice-format.md.
    #[test]
    fn each_date_style_prints_the_documented_date() {
        let day = CivilDate::parse("2024-05-08").unwrap();
        let expected = [
            (
                DateStyle::Long,
                ["8 maggio 2024", "May 8, 2024", "8. Mai 2024"],
            ),
            (
                DateStyle::Date,
                ["8 maggio 2024", "May 8, 2024", "8. Mai 2024"],
            ),
            (DateStyle::Month, ["maggio 2024", "May 2024", "Mai 2024"]),
            (DateStyle::Compact, ["08MAY2024", "08MAY2024", "08MAY2024"]),
            (
                DateStyle::None,
                ["8 maggio 2024", "May 8, 2024", "8. Mai 2024"],
            ),
        ];
        for (style, texts) in expected {
            for (tag, text) in ["it", "en", "de"].into_iter().zip(texts) {
                let langid = tag.parse().unwrap();
                assert_eq!(style.variable(day, &langid), text, "{style:?} in {tag}");
            }
        }
        // The date line of `long` has the weekday; `$date` does not.
        let it = "it".parse().unwrap();
        let line = DateStyle::Long.line(day, &it);
        assert_eq!(line.as_deref(), Some("Mercoledì 8 maggio 2024"));
        assert_eq!(DateStyle::None.line(day, &it), None);
    }
}
