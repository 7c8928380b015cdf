//! The localize stage: Fluent bundles for one notice x locale job, with a fallback chain,
//! ICU4X dates, numbers and plurals, and a record of what was missing or fell back.
//!
//! A message is looked up along the chain (`es-MX` -> `es`, and `en` last only in a draft);
//! every lookup that fails or falls back is recorded, so the job can refuse to print a page with
//! text from another language, and `--draft` can say which messages fell back.

pub mod analysis;
pub mod intl;
pub mod resources;

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

use crate::diag::Diagnostic;
use crate::markup::{self, Inline};
use intl::CivilDate;
pub use resources::{Locale, Locales, StandardText};

/// The pseudolocale `build --pseudo` makes from the source locale (accented, longer text).
pub const PSEUDO_LOCALE: &str = "en-XA";

/// Fluent's text transform for the pseudolocale; markup tags are kept intact.
pub fn pseudolocalize(text: &str) -> std::borrow::Cow<'_, str> {
    fluent_pseudo::transform_dom(text, false, true, false)
}

/// A transform applied to every text element of every message.
pub type Transform = fn(&str) -> std::borrow::Cow<'_, str>;

type Bundle = FluentBundle<Arc<FluentResource>>;

/// What one job's lookups found wanting.
#[derive(Debug, Default, Clone)]
pub struct LocalizeReport {
    /// Messages no locale of the chain has.
    pub missing: BTreeSet<String>,
    /// Messages taken from a later locale of the chain (draft only).
    pub fell_back: BTreeSet<String>,
    /// Formatting and markup errors, each naming its message.
    pub errors: Vec<LocalizeError>,
}

/// A message that failed to format, or whose markup is broken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalizeError {
    /// `id` or `id.attribute`.
    pub id: String,
    /// The locale whose text it is.
    pub tag: String,
    pub message: String,
}

impl std::fmt::Display for LocalizeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "message `{}` in `{}`: {}",
            self.id, self.tag, self.message
        )
    }
}

impl LocalizeError {
    /// The error at the message's place in its `.ftl` file (line and column of its ID).
    pub fn diagnostic(&self, locales: &Locales) -> Diagnostic {
        let entry = self.id.split('.').next().unwrap_or(&self.id);
        let d = Diagnostic::error(self.to_string());
        match locales.by_tag.get(&self.tag).and_then(|l| l.find(entry)) {
            Some((file, info)) => d.at(&file.source, info.span.clone()),
            None => d.in_file(format!("locales/{}", self.tag)),
        }
    }
}

/// Values every message may use: `$notice`, `$document`, `$date`, `$year`, `$manufacturer`.
#[derive(Debug, Clone, Default)]
pub struct StandardArgs {
    /// Each variable's text (`$date` in the notice's date style).
    pub values: BTreeMap<String, String>,
    /// The notice date behind `$date`, so `DATETIME($date, dateStyle: "short")` formats the
    /// date itself instead of parsing text back.
    pub date: Option<CivilDate>,
}

/// `$date` as Fluent sees it: printed as the notice's date style prints it, and a date to
/// `DATETIME`.
#[derive(Debug, Clone, PartialEq)]
struct NoticeDate {
    date: CivilDate,
    text: String,
}

impl fluent_bundle::types::FluentType for NoticeDate {
    fn duplicate(&self) -> Box<dyn fluent_bundle::types::FluentType + Send> {
        Box::new(self.clone())
    }

    fn as_string(&self, _: &intl_memoizer::IntlLangMemoizer) -> std::borrow::Cow<'static, str> {
        self.text.clone().into()
    }

    fn as_string_threadsafe(
        &self,
        _: &intl_memoizer::concurrent::IntlLangMemoizer,
    ) -> std::borrow::Cow<'static, str> {
        self.text.clone().into()
    }
}

/// Formats messages for one job, and keeps what its lookups found wanting until the job takes
/// the report with [`Localizer::into_report`].
pub struct Localizer {
    chain: Vec<(String, Bundle)>,
    args: StandardArgs,
    links: BTreeMap<String, String>,
    report: RefCell<LocalizeReport>,
}

/// The locales a job may take text from, best first. Without `draft`, only locales of the
/// same language (`es-MX`, then `es`); with it, the source locale last.
pub fn fallback_chain(tag: &str, locales: &Locales, draft: bool) -> Vec<String> {
    let Some(requested) = locales.by_tag.get(tag).map(|l| l.langid.clone()) else {
        return Vec::new();
    };
    let available: Vec<LanguageIdentifier> =
        locales.by_tag.values().map(|l| l.langid.clone()).collect();
    let negotiated = fluent_langneg::negotiate_languages(
        std::slice::from_ref(&requested),
        &available,
        None,
        fluent_langneg::NegotiationStrategy::Filtering,
    );
    let mut chain: Vec<String> = negotiated
        .into_iter()
        .filter(|l| l.language == requested.language)
        .map(|l| l.to_string())
        .collect();
    if !chain.iter().any(|t| t == tag) {
        chain.insert(0, tag.to_string());
    }
    if draft && !chain.contains(&locales.source) && locales.by_tag.contains_key(&locales.source) {
        chain.push(locales.source.clone());
    }
    chain
}

/// Memoizes the bundle's language so the fn-pointer number formatter can see it.
struct BundleLanguage(LanguageIdentifier);

impl Memoizable for BundleLanguage {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(Self(lang))
    }
}

fn format_value(
    value: &FluentValue,
    intls: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    match value {
        FluentValue::Number(number) => intls
            .with_try_get::<BundleLanguage, _, _>((), |lang| intl::format_number(number, &lang.0))
            .ok(),
        _ => None,
    }
}

fn make_bundle(locale: &Locale, notice: &str, transform: Option<Transform>) -> Bundle {
    let mut bundle = Bundle::new_concurrent(vec![locale.langid.clone()]);
    bundle.set_transform(transform);
    // Isolation marks are invisible on the page but end up in extracted text and copy-paste.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_value));
    let langid = locale.langid.clone();
    let plural_lang = langid.clone();
    let _ = bundle.add_function(resources::PLURAL_FUNCTION, move |args, _named| {
        match args.first() {
            Some(FluentValue::Number(n)) => {
                FluentValue::from(intl::plural_category(n, &plural_lang))
            }
            Some(FluentValue::String(s)) => FluentValue::String(s.clone()),
            _ => FluentValue::Error,
        }
    });
    let date_lang = langid.clone();
    let _ = bundle.add_function("DATETIME", move |args, named| {
        let Some(FluentValue::Custom(value)) = args.first() else {
            return FluentValue::Error;
        };
        let Some(NoticeDate { date, .. }) = value.as_any().downcast_ref::<NoticeDate>() else {
            return FluentValue::Error;
        };
        let style = match named.get("dateStyle") {
            Some(FluentValue::String(s)) => s.to_string(),
            _ => "long".to_string(),
        };
        FluentValue::from(intl::format_date(*date, &style, &date_lang))
    });
    let _ = bundle.add_function("NUMBER", |args, named| match args.first() {
        Some(FluentValue::Number(n)) => {
            let mut n = n.clone();
            n.options.merge(named);
            FluentValue::Number(n)
        }
        Some(FluentValue::String(s)) => s
            .parse::<f64>()
            .map(FluentValue::from)
            .unwrap_or(FluentValue::Error),
        _ => FluentValue::Error,
    });
    for file in locale.files_for(notice) {
        // Duplicates were reported when loading; the first definition wins.
        let _ = bundle.add_resource(file.resource.clone());
    }
    bundle
}

impl Localizer {
    /// A localizer for `notice`: each chain locale's shared files plus that notice's own file.
    pub fn new(
        locales: &Locales,
        notice: &str,
        chain: &[String],
        args: StandardArgs,
        links: BTreeMap<String, String>,
        transform: Option<Transform>,
    ) -> Self {
        let chain = chain
            .iter()
            .filter_map(|tag| {
                let locale = locales.by_tag.get(tag)?;
                Some((tag.clone(), make_bundle(locale, notice, transform)))
            })
            .collect();
        Self {
            chain,
            args,
            links,
            report: RefCell::new(LocalizeReport::default()),
        }
    }

    /// The primary locale's language.
    pub fn langid(&self) -> Option<LanguageIdentifier> {
        self.chain.first().map(|(_, b)| b.locales[0].clone())
    }

    /// What the lookups found wanting: the localize stage's result beside the view it made.
    pub fn into_report(self) -> LocalizeReport {
        self.report.into_inner()
    }

    fn note(&self, f: impl FnOnce(&mut LocalizeReport)) {
        f(&mut self.report.borrow_mut());
    }

    /// Whether any locale of the chain has the message (for optional messages).
    pub fn has(&self, id: &str) -> bool {
        self.chain.iter().any(|(_, b)| b.has_message(id))
    }

    /// The formatted text of a message (`id` or `id.attribute`), markup tags still in it.
    /// Missing messages and formatting errors are recorded and give an empty string.
    pub fn text(&self, id: &str, extra: &[(&str, FluentValue<'static>)]) -> String {
        self.text_in(id, extra).0
    }

    /// [`Localizer::text`], and the locale the text came from.
    fn text_in(&self, id: &str, extra: &[(&str, FluentValue<'static>)]) -> (String, String) {
        let (message_id, attribute) = match id.split_once('.') {
            Some((m, a)) => (m, Some(a)),
            None => (id, None),
        };
        for (index, (tag, bundle)) in self.chain.iter().enumerate() {
            let Some(message) = bundle.get_message(message_id) else {
                continue;
            };
            let pattern = match attribute {
                Some(a) => message.get_attribute(a).map(|attr| attr.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else { continue };
            if index > 0 {
                self.note(|r| {
                    r.fell_back.insert(id.to_string());
                });
            }
            let mut fluent_args = FluentArgs::new();
            for (key, value) in &self.args.values {
                fluent_args.set(key.clone(), value.clone());
            }
            if let (Some(date), Some(text)) = (self.args.date, self.args.values.get("date")) {
                let date = NoticeDate {
                    date,
                    text: text.clone(),
                };
                fluent_args.set("date", FluentValue::Custom(Box::new(date)));
            }
            fluent_args.set("page", markup::PAGE_SENTINEL.to_string());
            fluent_args.set("pages", markup::PAGES_SENTINEL.to_string());
            for (key, value) in extra {
                fluent_args.set(*key, value.clone());
            }
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            if !errors.is_empty() {
                let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
                self.note(|r| {
                    r.errors.push(LocalizeError {
                        id: id.to_string(),
                        tag: tag.clone(),
                        message: list.join("; "),
                    })
                });
            }
            return (text.into_owned(), tag.clone());
        }
        self.note(|r| {
            r.missing.insert(id.to_string());
        });
        (String::new(), String::new())
    }

    /// A message parsed into inline markup; a markup error is recorded and the text printed
    /// literally.
    pub fn inline(&self, id: &str, extra: &[(&str, FluentValue<'static>)]) -> Vec<Inline> {
        let (text, tag) = self.text_in(id, extra);
        match markup::parse(&text, &self.links) {
            Ok(nodes) => nodes,
            Err(error) => {
                self.note(|r| {
                    r.errors.push(LocalizeError {
                        id: id.to_string(),
                        tag,
                        message: format!("markup: {}", error.message),
                    })
                });
                vec![Inline::Text(text)]
            }
        }
    }

    /// A message as Typst markup, safe to place in any markup context.
    pub fn typst(&self, id: &str, extra: &[(&str, FluentValue<'static>)]) -> String {
        markup::to_typst(&self.inline(id, extra))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::SourceText;

    fn localizer(l: &Locales, chain: &[String]) -> Localizer {
        Localizer::new(
            l,
            "N",
            chain,
            StandardArgs::default(),
            BTreeMap::new(),
            None,
        )
    }

    fn locales(files: &[(&str, &str)]) -> Locales {
        let mut by_tag = BTreeMap::new();
        let mut diagnostics = Vec::new();
        for (tag, text) in files {
            let source = SourceText::new(format!("locales/{tag}/common.ftl"), *text);
            let file = resources::parse_file("common", source).into_value(&mut diagnostics);
            by_tag.insert(
                tag.to_string(),
                Locale {
                    tag: tag.to_string(),
                    langid: tag.parse().unwrap(),
                    files: vec![file],
                },
            );
        }
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        Locales {
            by_tag,
            source: "en".to_string(),
        }
    }

    #[test]
    fn datetime_formats_the_notice_date_itself_in_the_style_asked() {
        let l = locales(&[(
            "it",
            "a = { $date }\nb = { DATETIME($date, dateStyle: \"short\") }\nc = { DATETIME($notice) }\n",
        )]);
        let date = CivilDate::parse("2024-05-08").unwrap();
        let mut args = StandardArgs::default();
        args.values.insert("date".into(), "8 maggio 2024".into());
        args.values.insert("notice".into(), "2024-05-08".into());
        args.date = Some(date);
        let loc = Localizer::new(&l, "N", &["it".into()], args, BTreeMap::new(), None);
        assert_eq!(loc.text("a", &[]), "8 maggio 2024");
        assert_eq!(
            loc.text("b", &[]),
            intl::format_date(date, "short", &"it".parse().unwrap())
        );
        assert_ne!(loc.text("b", &[]), "8 maggio 2024");
        // Text is never parsed back into a date, even text that looks like one.
        assert!(
            loc.text("c", &[]).contains("DATETIME"),
            "{}",
            loc.text("c", &[])
        );
    }

    #[test]
    fn latvian_plural_goes_through_icu() {
        let l = locales(&[(
            "lv",
            "n = { $n ->\n    [zero] nulle\n    [one] viens\n   *[other] citi\n}\n",
        )]);
        let loc = localizer(&l, &["lv".into()]);
        assert_eq!(loc.text("n", &[("n", FluentValue::from(111))]), "nulle");
        assert_eq!(loc.text("n", &[("n", FluentValue::from(21))]), "viens");
        assert_eq!(loc.text("n", &[("n", FluentValue::from(1.5))]), "citi");
    }

    #[test]
    fn missing_messages_and_unknown_variables_are_recorded() {
        let l = locales(&[
            ("it", "a = Ciao { $who }\n"),
            ("en", "a = Hi\nb = Only English\n"),
        ]);
        let strict = fallback_chain("it", &l, false);
        assert_eq!(strict, vec!["it".to_string()]);
        let loc = localizer(&l, &strict);
        assert_eq!(loc.text("b", &[]), "");
        let _ = loc.text("a", &[]);
        let report = loc.into_report();
        assert!(report.missing.contains("b"));
        assert!(
            report.errors[0].to_string().contains("who"),
            "{:?}",
            report.errors
        );

        let draft = fallback_chain("it", &l, true);
        let loc = localizer(&l, &draft);
        assert_eq!(loc.text("b", &[]), "Only English");
        assert!(loc.into_report().fell_back.contains("b"));
    }

    #[test]
    fn numbers_format_with_the_locale() {
        let l = locales(&[("it", "n = { $n } pezzi\n")]);
        let loc = localizer(&l, &["it".into()]);
        assert_eq!(
            loc.text("n", &[("n", FluentValue::from(1_234_567.5))]),
            "1.234.567,5 pezzi"
        );
    }
}
