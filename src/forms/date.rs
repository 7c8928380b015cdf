//! The format of a reply form's date fields: one pattern per locale (the message
//! `form-date-format`, e.g. `dd-mmm-yyyy` or `dd.mm.yyyy`), in the notation of Acrobat's
//! `AFDate_FormatEx`, which Acrobat, pdf.js and PDFium run to check and normalise a typed
//! date. `replies collect` parses returned values with the same pattern. The message is parsed
//! once, when a letter is localized ([`localized`]); the build and `check` read that value.

use crate::diag::Diagnostic;
use crate::localize::{Locales, LocalizeError, PSEUDO_LOCALE};

/// One piece of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    /// `d` (1-2 digits) or `dd`.
    Day,
    /// `m` (1-2 digits) or `mm`.
    Month,
    /// `mmm`: an English month abbreviation, as Acrobat writes it (any letter case).
    MonthName,
    /// `yyyy`.
    Year,
    /// Any other character, matched literally.
    Literal(char),
}

/// A validated date pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateFormat {
    pattern: String,
    tokens: Vec<Token>,
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

impl DateFormat {
    /// Parses a pattern of `d`/`dd`, `m`/`mm`/`mmm`, `yyyy` and separators (no letters).
    pub fn parse(pattern: &str) -> Result<Self, String> {
        let chars: Vec<char> = pattern.chars().collect();
        let mut tokens = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            let run = chars[i..].iter().take_while(|&&x| x == c).count();
            let token = match (c, run) {
                ('d', 1 | 2) => Token::Day,
                ('m', 1 | 2) => Token::Month,
                ('m', 3) => Token::MonthName,
                ('y', 4) => Token::Year,
                (c, _) if c.is_alphanumeric() => {
                    return Err(format!(
                        "`{pattern}` is not a date format: use d or dd, m, mm or mmm, yyyy and separators, e.g. dd.mm.yyyy"
                    ));
                }
                (c, _) => {
                    tokens.extend(std::iter::repeat_n(Token::Literal(c), run));
                    i += run;
                    continue;
                }
            };
            tokens.push(token);
            i += run;
        }
        for needed in [Token::Day, Token::Year] {
            if !tokens.contains(&needed) {
                return Err(format!(
                    "`{pattern}` is not a date format: it needs a day (dd), a month (mm or mmm) and a year (yyyy)"
                ));
            }
        }
        if !tokens.contains(&Token::Month) && !tokens.contains(&Token::MonthName) {
            return Err(format!(
                "`{pattern}` is not a date format: it needs a day (dd), a month (mm or mmm) and a year (yyyy)"
            ));
        }
        Ok(Self {
            pattern: pattern.to_string(),
            tokens,
        })
    }

    pub fn pattern(&self) -> &str {
        &self.pattern
    }

    /// The longest value the pattern allows (the field's `/MaxLen`).
    pub fn max_len(&self) -> usize {
        self.tokens
            .iter()
            .map(|t| match t {
                Token::Day | Token::Month => 2,
                Token::MonthName => 3,
                Token::Year => 4,
                Token::Literal(_) => 1,
            })
            .sum()
    }

    /// Whether `value` is a real date written in this format (letter case and leading
    /// zeros aside); the error says why not.
    pub fn check(&self, value: &str) -> Result<(), String> {
        let wrong = || format!("\"{value}\" is not a date in the form {}", self.pattern);
        let chars: Vec<char> = value.trim().chars().collect();
        let mut i = 0;
        let (mut day, mut month, mut year) = (0u32, 0u32, 0i32);
        let digits = |i: &mut usize, min: usize, max: usize| -> Option<u32> {
            let run: String = chars[*i..]
                .iter()
                .take(max)
                .take_while(|c| c.is_ascii_digit())
                .collect();
            if run.len() < min {
                return None;
            }
            *i += run.len();
            run.parse().ok()
        };
        for token in &self.tokens {
            match token {
                Token::Day => day = digits(&mut i, 1, 2).ok_or_else(wrong)?,
                Token::Month => month = digits(&mut i, 1, 2).ok_or_else(wrong)?,
                Token::Year => year = digits(&mut i, 4, 4).ok_or_else(wrong)? as i32,
                Token::MonthName => {
                    let name: String = chars[i..].iter().take(3).collect::<String>().to_lowercase();
                    let index = MONTHS.iter().position(|m| *m == name).ok_or_else(wrong)?;
                    month = index as u32 + 1;
                    i += 3;
                }
                Token::Literal(c) => {
                    if chars.get(i) != Some(c) {
                        return Err(wrong());
                    }
                    i += 1;
                }
            }
        }
        if i != chars.len() {
            return Err(wrong());
        }
        let month = u8::try_from(month)
            .ok()
            .and_then(|m| time::Month::try_from(m).ok());
        let day = u8::try_from(day).ok();
        match (month, day) {
            (Some(month), Some(day))
                if time::Date::from_calendar_date(year, month, day).is_ok() =>
            {
                Ok(())
            }
            _ => Err(format!("\"{value}\" is not a day of the calendar")),
        }
    }

    /// The JavaScript of the field's keystroke and format actions (Acrobat's AcroForm
    /// functions, which pdf.js and PDFium implement too).
    pub fn actions(&self) -> (String, String) {
        let quoted = self.pattern.replace('\\', "\\\\").replace('"', "\\\"");
        (
            format!("AFDate_KeystrokeEx(\"{quoted}\");"),
            format!("AFDate_FormatEx(\"{quoted}\");"),
        )
    }

    /// The pattern of a field's format action, as [`DateFormat::actions`] writes it.
    pub fn from_format_action(script: &str) -> Option<Self> {
        let rest = script.split("AFDate_FormatEx(\"").nth(1)?;
        let pattern = rest.split("\")").next()?;
        Self::parse(&pattern.replace("\\\"", "\"").replace("\\\\", "\\")).ok()
    }
}

/// The date format of a locale's reply forms, from the text of its `form-date-format`
/// message: `None` for the pseudolocale, which accents the pattern's letters too. The error
/// points at the message in the locale's files.
pub fn localized(
    pattern: &str,
    tag: &str,
    locales: &Locales,
) -> Result<Option<DateFormat>, Diagnostic> {
    match DateFormat::parse(pattern) {
        Ok(format) => Ok(Some(format)),
        Err(_) if tag == PSEUDO_LOCALE => Ok(None),
        Err(message) => Err(LocalizeError {
            id: "form-date-format".to_string(),
            tag: tag.to_string(),
            message,
        }
        .diagnostic(locales)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_in_their_locale_format_only() {
        let f = DateFormat::parse("dd-mmm-yyyy").unwrap();
        assert_eq!(f.max_len(), 11);
        assert!(f.check("08-May-2024").is_ok());
        assert!(f.check("8-MAY-2024").is_ok());
        assert!(f.check("30-Feb-2024").unwrap_err().contains("not a day"));
        assert!(f.check("yesterday").unwrap_err().contains("dd-mmm-yyyy"));
        assert!(f.check("08/05/2024").is_err());
        let lv = DateFormat::parse("dd.mm.yyyy").unwrap();
        assert!(lv.check("29.02.2024").is_ok());
        assert!(lv.check("29.02.2023").is_err());
        assert!(lv.check("1.2.2024 ").is_ok());
        for bad in ["yyyy", "dd-qq-yyyy", "dd.mm.yy", ""] {
            assert!(DateFormat::parse(bad).is_err(), "{bad}");
        }
        let (k, format) = f.actions();
        assert_eq!(k, "AFDate_KeystrokeEx(\"dd-mmm-yyyy\");");
        assert_eq!(DateFormat::from_format_action(&format), Some(f));
    }
}
