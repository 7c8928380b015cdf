//! `SOURCE_DATE_EPOCH` (reproducible-builds.org): the fixed time a build stamps into its PDFs
//! instead of the notice date. The binary reads the variable once and parses it here; the
//! pipeline gets the parsed value in its options and never reads the environment.

use typst::foundations::Datetime;

use crate::diag::Diagnostic;

/// Seconds since 1970-01-01T00:00:00Z, within the four-digit years a PDF date can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceDateEpoch(i64);

/// 9999-12-31T23:59:59Z.
const LAST_SECOND: i64 = 253_402_300_799;

impl SourceDateEpoch {
    /// The environment variable's name.
    pub const VAR: &str = "SOURCE_DATE_EPOCH";

    /// Whole seconds as `date +%s` prints them; anything else is refused, as the specification
    /// asks, rather than quietly stamping another date.
    pub fn parse(text: &str) -> Result<Self, Diagnostic> {
        let seconds = (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse::<i64>().ok())
            .flatten()
            .filter(|s| *s <= LAST_SECOND);
        seconds.map(Self).ok_or_else(|| {
            Diagnostic::error(format!(
                "{}=`{text}` is not a time: it must be whole seconds since 1970-01-01 UTC, up to {LAST_SECOND}",
                Self::VAR
            ))
            .hint("set it as `date +%s` or `git log -1 --format=%ct` prints it, or unset it to stamp the notice date")
        })
    }

    pub fn seconds(self) -> i64 {
        self.0
    }

    /// The time as the PDF's creation and modification date (UTC).
    pub fn datetime(self) -> Datetime {
        let utc = time::OffsetDateTime::from_unix_timestamp(self.0)
            .expect("a parsed epoch is within years 1970 to 9999");
        Datetime::from_ymd_hms(
            utc.year(),
            utc.month().into(),
            utc.day(),
            utc.hour(),
            utc.minute(),
            utc.second(),
        )
        .expect("a parsed epoch is a day of years 1970 to 9999")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_seconds_are_a_time_and_anything_else_an_error() {
        let epoch = SourceDateEpoch::parse("1700000000").unwrap();
        assert_eq!(epoch.seconds(), 1_700_000_000);
        assert_eq!(
            epoch.datetime(),
            Datetime::from_ymd_hms(2023, 11, 14, 22, 13, 20).unwrap()
        );
        assert!(SourceDateEpoch::parse(&LAST_SECOND.to_string()).is_ok());
        for bad in [
            "",
            "abc",
            " 1700000000",
            "1.5",
            "-1",
            "+5",
            "253402300800",
            "99999999999999999999",
        ] {
            let error = SourceDateEpoch::parse(bad).unwrap_err();
            assert!(
                error.message.contains("SOURCE_DATE_EPOCH"),
                "{bad}: {}",
                error.message
            );
        }
    }
}
