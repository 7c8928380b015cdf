//! ICU4X for what fluent-bundle lacks or gets wrong: localized dates, locale-aware numbers and
//! CLDR plural categories (fluent-bundle's own rules drop `n % 10`, so Latvian 111 came out
//! `other` instead of `zero`).

use std::borrow::Cow;

use fixed_decimal::Decimal;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use icu_calendar::{Date, Iso};
use icu_casemap::TitlecaseMapper;
use icu_casemap::options::{TitlecaseOptions, TrailingCase};
use icu_datetime::DateTimeFormatter;
use icu_datetime::fieldsets;
use icu_datetime::options::YearStyle;
use icu_decimal::DecimalFormatter;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_locale_core::{LanguageIdentifier as IcuLangId, Locale};
use icu_plurals::{PluralCategory, PluralRules};
use unic_langid::LanguageIdentifier;

/// The CLDR plural categories, in CLDR's order.
pub const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// A calendar date as written in YAML (`2024-05-08`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CivilDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl From<time::Date> for CivilDate {
    fn from(date: time::Date) -> Self {
        Self {
            year: date.year(),
            month: date.month().into(),
            day: date.day(),
        }
    }
}

impl CivilDate {
    /// Parses `YYYY-MM-DD`, checking that the day exists.
    pub fn parse(text: &str) -> Result<Self, String> {
        let bad = || format!("`{text}` is not a date of the form YYYY-MM-DD");
        let mut parts = text.trim().splitn(3, '-');
        let (Some(y), Some(m), Some(d)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let year: i32 = y.parse().map_err(|_| bad())?;
        let month: u8 = m.parse().map_err(|_| bad())?;
        let day: u8 = d.parse().map_err(|_| bad())?;
        Date::try_new_iso(year, month, day)
            .map_err(|_| format!("`{text}` is not a day of the calendar"))?;
        Ok(Self { year, month, day })
    }

    /// `YYYY-MM-DD`.
    pub fn iso_text(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    fn iso(self) -> Date<Iso> {
        Date::try_new_iso(self.year, self.month, self.day).expect("validated in parse")
    }

    /// "04MAY2022": day, English month abbreviation, year; the same in every language.
    pub fn compact(self) -> String {
        const MONTHS: [&str; 12] = [
            "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
        ];
        format!(
            "{:02}{}{}",
            self.day,
            MONTHS[usize::from(self.month - 1)],
            self.year
        )
    }
}

fn icu_locale(langid: &LanguageIdentifier) -> Locale {
    langid.to_string().parse().unwrap_or(Locale::UNKNOWN)
}

fn icu_langid(langid: &LanguageIdentifier) -> IcuLangId {
    langid.to_string().parse().unwrap_or(IcuLangId::UNKNOWN)
}

/// The date line of a letter: long date with weekday, first letter capitalised
/// ("Mercoledì 8 maggio 2024", "Trešdiena, 2024. gada 8. maijs").
pub fn date_line(date: CivilDate, langid: &LanguageIdentifier) -> String {
    let text = format_date(date, "full", langid);
    let options = {
        let mut o = TitlecaseOptions::default();
        o.trailing_case = Some(TrailingCase::Unchanged);
        o
    };
    match TitlecaseMapper::new().titlecase_segment_to_string(&text, &icu_langid(langid), options) {
        Cow::Borrowed(_) => text,
        Cow::Owned(owned) => owned,
    }
}

/// A date in one of the Intl `dateStyle`s: `full` (with weekday), `long`, `medium`, `short`;
/// or `month` (month and year), `numeric` (the short form with the full year) or `iso`.
pub fn format_date(date: CivilDate, style: &str, langid: &LanguageIdentifier) -> String {
    let prefs = icu_locale(langid).into();
    let formatted = match style {
        "full" => DateTimeFormatter::try_new(prefs, fieldsets::YMDE::long())
            .map(|f| f.format(&date.iso()).to_string()),
        "month" => DateTimeFormatter::try_new(prefs, fieldsets::YM::long())
            .map(|f| f.format(&date.iso()).to_string()),
        "medium" => DateTimeFormatter::try_new(prefs, fieldsets::YMD::medium())
            .map(|f| f.format(&date.iso()).to_string()),
        "short" => DateTimeFormatter::try_new(prefs, fieldsets::YMD::short())
            .map(|f| f.format(&date.iso()).to_string()),
        // The short pattern with the full year: "14.12.2019", "12/14/2019".
        "numeric" => DateTimeFormatter::try_new(
            prefs,
            fieldsets::YMD::short().with_year_style(YearStyle::Full),
        )
        .map(|f| f.format(&date.iso()).to_string()),
        "iso" => return format!("{:04}-{:02}-{:02}", date.year, date.month, date.day),
        _ => DateTimeFormatter::try_new(prefs, fieldsets::YMD::long())
            .map(|f| f.format(&date.iso()).to_string()),
    };
    // Compiled data covers every locale; the ISO form is the last resort, never an error.
    formatted.unwrap_or_else(|_| format!("{:04}-{:02}-{:02}", date.year, date.month, date.day))
}

fn to_decimal(number: &FluentNumber) -> Decimal {
    // f64's Display is the shortest text that round-trips, never exponent notation.
    let mut decimal =
        Decimal::try_from_str(&number.value.to_string()).unwrap_or_else(|_| Decimal::from(0));
    let options: &FluentNumberOptions = &number.options;
    if let Some(max) = options.maximum_fraction_digits {
        decimal.round(-(max as i16));
    }
    if let Some(min) = options.minimum_fraction_digits {
        decimal.pad_end(-(min as i16));
    }
    decimal
}

/// A number in the conventions of `langid` ("1 234,5" / "1.234,5" / "1,234.5").
pub fn format_number(number: &FluentNumber, langid: &LanguageIdentifier) -> String {
    let mut options = DecimalFormatterOptions::default();
    if !number.options.use_grouping {
        options.grouping_strategy = Some(GroupingStrategy::Never);
    }
    let decimal = to_decimal(number);
    match DecimalFormatter::try_new(icu_locale(langid).into(), options) {
        Ok(formatter) => formatter.format(&decimal).to_string(),
        Err(_) => decimal.to_string(),
    }
}

/// The CLDR cardinal plural categories `langid` distinguishes (`other` always among them).
pub fn plural_categories(langid: &LanguageIdentifier) -> Vec<&'static str> {
    let Ok(rules) = PluralRules::try_new_cardinal(icu_locale(langid).into()) else {
        return vec!["other"];
    };
    rules.categories().map(category_name).collect()
}

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

/// The CLDR cardinal plural category of a number in `langid`.
pub fn plural_category(number: &FluentNumber, langid: &LanguageIdentifier) -> &'static str {
    let decimal = to_decimal(number);
    let Ok(rules) = PluralRules::try_new_cardinal(icu_locale(langid).into()) else {
        return "other";
    };
    category_name(rules.category_for(&decimal))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(tag: &str) -> LanguageIdentifier {
        tag.parse().unwrap()
    }

    #[test]
    fn date_lines_match_the_seed_notices() {
        let may = CivilDate::parse("2024-05-08").unwrap();
        let april = CivilDate::parse("2023-04-05").unwrap();
        assert_eq!(date_line(may, &lang("it")), "Mercoledì 8 maggio 2024");
        assert_eq!(
            date_line(may, &lang("lv")),
            "Trešdiena, 2024. gada 8. maijs"
        );
        assert_eq!(date_line(april, &lang("nl")), "Woensdag 5 april 2023");
        assert_eq!(
            date_line(april, &lang("es")),
            "Miércoles, 5 de abril de 2023"
        );
        // The drafted languages beyond the seeds.
        assert_eq!(date_line(may, &lang("de")), "Mittwoch, 8. Mai 2024");
        assert_eq!(date_line(may, &lang("fr")), "Mercredi 8 mai 2024");
        assert_eq!(date_line(may, &lang("pl")), "Środa, 8 maja 2024");
    }

    #[test]
    fn numeric_and_iso_dates_keep_the_full_year() {
        let day = CivilDate::parse("2019-12-14").unwrap();
        assert_eq!(format_date(day, "numeric", &lang("de")), "14.12.2019");
        assert_eq!(format_date(day, "numeric", &lang("en-US")), "12/14/2019");
        assert_eq!(format_date(day, "numeric", &lang("nl")), "14-12-2019");
        assert_eq!(format_date(day, "iso", &lang("de")), "2019-12-14");
        assert_eq!(format_date(day, "medium", &lang("en-GB")), "14 Dec 2019");
    }

    #[test]
    fn compact_dates_and_invalid_dates() {
        assert_eq!(
            CivilDate::parse("2022-05-04").unwrap().compact(),
            "04MAY2022"
        );
        assert!(CivilDate::parse("2023-02-30").is_err());
        assert!(CivilDate::parse("5 April 2023").is_err());
    }

    #[test]
    fn latvian_plurals_use_cldr_rules() {
        let n = |v: f64| FluentNumber::new(v, FluentNumberOptions::default());
        assert_eq!(plural_category(&n(111.0), &lang("lv")), "zero");
        assert_eq!(plural_category(&n(21.0), &lang("lv")), "one");
        assert_eq!(plural_category(&n(1.5), &lang("lv")), "other");
        assert_eq!(plural_category(&n(3.0), &lang("pl")), "few");
    }

    #[test]
    fn plural_categories_per_language() {
        assert_eq!(plural_categories(&lang("lv")), vec!["zero", "one", "other"]);
        assert_eq!(
            plural_categories(&lang("pl")),
            vec!["one", "few", "many", "other"]
        );
    }

    #[test]
    fn numbers_are_localized() {
        let n = FluentNumber::new(1_234_567.5, FluentNumberOptions::default());
        assert_eq!(format_number(&n, &lang("en")), "1,234,567.5");
        assert_eq!(format_number(&n, &lang("it")), "1.234.567,5");
    }
}
