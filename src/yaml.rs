//! YAML in: serde-saphyr's errors and spans as diagnostics at the file's line and column, and
//! the check of a mapping's keys against the keys its readers know.

use serde::Deserialize;
use serde::de::{DeserializeOwned, IgnoredAny, MapAccess, Visitor};
use serde_saphyr::{Location, Spanned};

use crate::diag::{Diagnostic, SourceText};

/// Deserializes YAML, turning a serde-saphyr error into a diagnostic at its line and column.
pub fn parse_yaml<T: DeserializeOwned>(source: &SourceText) -> Result<T, Diagnostic> {
    if source.text.trim().is_empty() {
        return Err(Diagnostic::error("the file is empty").in_file(source.path.clone()));
    }
    serde_saphyr::from_str::<T>(&source.text).map_err(|error| {
        let budget = budget_words(&error);
        let too_large = budget.is_some();
        let message =
            budget.unwrap_or_else(|| first_line(&error.without_snippet().to_string()));
        let mut d = Diagnostic::error(message.clone());
        if let Some(location) = error.location() {
            let (line, column) = (location.line() as usize, location.column() as usize);
            if line > 0 {
                d = d.at_line_col(source, line, column.max(1), 1);
            } else {
                d = d.in_file(source.path.clone());
            }
        } else {
            d = d.in_file(source.path.clone());
        }
        if too_large {
            d = d.hint("a notice or profile is a few hundred lines: write the values out instead of repeating anchors (`&a` ... `*a`), and remove what is not a notice's");
        }
        if let Some(hint) = unknown_field_hint(&message) {
            d = d.hint(hint);
        }
        if let Some(field) = message
            .strip_prefix("missing field `")
            .and_then(|r| r.split('`').next())
        {
            d = d.hint(format!(
                "add `{field}:` to this mapping (noticegen's guide lists every key: docs/src/notice-format.md)"
            ));
        }
        d
    })
}

/// A breach of serde-saphyr's limits on a document's size (its budget) in words: which limit,
/// what the file reached. serde-saphyr itself prints its Rust debug form.
fn budget_words(error: &serde_saphyr::Error) -> Option<String> {
    use serde_saphyr::Error;
    use serde_saphyr::budget::BudgetBreach as B;
    let mut error = error;
    while let Error::AliasError { error: inner, .. } | Error::WithSnippet { error: inner, .. } =
        error
    {
        error = inner;
    }
    let Error::Budget { breach, .. } = error else {
        return None;
    };
    let limit = serde_saphyr::Budget::default();
    let what = match breach {
        B::Events { events } => format!(
            "it has more than {} parser events ({events} read)",
            limit.max_events
        ),
        B::Aliases { aliases } => format!(
            "it uses aliases (`*name`) more than {} times ({aliases} read)",
            limit.max_aliases
        ),
        B::Anchors { anchors } => format!(
            "it defines more than {} anchors (`&name`; {anchors} read)",
            limit.max_anchors
        ),
        B::Depth { depth } => format!(
            "it nests lists and mappings more than {} deep ({depth} reached)",
            limit.max_depth
        ),
        B::Documents { documents } => format!(
            "it holds more than {} documents (`---`; {documents} read)",
            limit.max_documents
        ),
        B::Nodes { nodes } => format!(
            "it has more than {} values, lists and mappings ({nodes} read, aliases counted as often as they are used)",
            limit.max_nodes
        ),
        B::ScalarBytes { total_scalar_bytes } => format!(
            "its values add up to more than {} bytes of text ({total_scalar_bytes} read)",
            limit.max_total_scalar_bytes
        ),
        B::MergeKeys { merge_keys } => format!(
            "it has more than {} merge keys (`<<`; {merge_keys} read)",
            limit.max_merge_keys
        ),
        B::AliasAnchorRatio { aliases, anchors } => format!(
            "it uses its {anchors} anchor(s) {aliases} times: more than {} uses per anchor is how a \"billion laughs\" file blows up",
            limit.alias_anchor_ratio_multiplier
        ),
        B::RecordedAnchorEvents { .. } | B::RecordedAnchorBytes { .. } => {
            "its anchors (`&name`) hold more than noticegen keeps to repeat at their aliases"
                .to_string()
        }
        _ => "it is larger or more deeply nested than noticegen reads".to_string(),
    };
    Some(format!(
        "this YAML is too large or too complex to read: {what}"
    ))
}

fn first_line(text: &str) -> String {
    let line = text
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or(text)
        .trim();
    // serde-saphyr's advice is for programmers (a parser option), not for notice authors.
    let line = line
        .split(", set DuplicateKeyPolicy")
        .next()
        .unwrap_or(line);
    // serde-saphyr appends the position; ours is in the diagnostic header already.
    match line.rfind(" at line ") {
        Some(i) => line[..i].to_string(),
        None => line.to_string(),
    }
}

/// "did you mean" for serde's `unknown field `x`, expected one of `a`, `b``.
fn unknown_field_hint(message: &str) -> Option<String> {
    let rest = message.split("unknown field `").nth(1)?;
    let (unknown, rest) = rest.split_once('`')?;
    let list = rest.split("expected").nth(1)?;
    let list = list.trim().trim_start_matches("one of").trim();
    let best = list
        .split(',')
        .map(|candidate| candidate.trim().trim_matches('`'))
        .filter(|candidate| !candidate.is_empty())
        .map(|candidate| (strsim::levenshtein(unknown, candidate), candidate))
        .min()?;
    (best.0 <= 3).then(|| format!("did you mean `{}`?", best.1))
}

/// A diagnostic at a place the parser gave: the value's bytes where it has them (cut at the end
/// of its first line), else its line and column; the file alone for a value it did not read.
pub fn at_location(source: &SourceText, location: &Location, message: String) -> Diagnostic {
    let d = Diagnostic::error(message);
    let span = location.span();
    if let (Some(start), Some(len)) = (span.byte_offset(), span.byte_len())
        && source.text.is_char_boundary(start as usize)
    {
        let start = start as usize;
        let rest = &source.text[start..];
        let line_end = rest.find(['\r', '\n']).unwrap_or(rest.len());
        let len = (len as usize).clamp(1, line_end.max(1));
        let mut end = (start + len).min(source.text.len());
        while !source.text.is_char_boundary(end) {
            end += 1;
        }
        return d.at(source, start..end);
    }
    match (location.line() as usize, location.column() as usize) {
        (0, _) => d.in_file(source.path.clone()),
        (line, column) => d.at_line_col(source, line, column.max(1), 1),
    }
}

/// A diagnostic at a spanned YAML value (where it is used: an alias, not its anchor).
pub fn at_value<T>(source: &SourceText, value: &Spanned<T>, message: String) -> Diagnostic {
    at_location(source, &value.referenced, message)
}

/// The keys of a YAML mapping, each where it stands (read as a field's type: the keys of the
/// mapping under that field).
#[derive(Debug, Default)]
pub struct MappingKeys(pub Vec<Spanned<String>>);

impl MappingKeys {
    /// Where `name` stands, when it is one of the keys.
    pub fn get(&self, name: &str) -> Option<&Spanned<String>> {
        self.0.iter().find(|key| key.value == name)
    }
}

impl<'de> Deserialize<'de> for MappingKeys {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Keys;
        impl<'de> Visitor<'de> for Keys {
            type Value = MappingKeys;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a mapping")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<MappingKeys, A::Error> {
                let mut keys = Vec::new();
                while let Some(key) = map.next_key::<Spanned<String>>()? {
                    map.next_value::<IgnoredAny>()?;
                    keys.push(key);
                }
                Ok(MappingKeys(keys))
            }
        }
        deserializer.deserialize_map(Keys)
    }
}

/// The top-level keys of `source`, each where it stands, when it is a mapping.
pub fn top_level_keys(source: &SourceText) -> Option<Vec<Spanned<String>>> {
    parse_yaml::<MappingKeys>(source).ok().map(|keys| keys.0)
}

/// The top-level keys (from [`top_level_keys`]) must each be one of `known` (the keys of all the types that read
/// the file): a typo is an error at its line, with the nearest known key as a hint, and
/// `advice`'s word on the key where it has one.
pub fn check_top_level_keys(
    source: &SourceText,
    keys: &[Spanned<String>],
    known: &[String],
    advice: impl Fn(&str) -> Option<String>,
) -> Vec<Diagnostic> {
    keys.iter()
        .filter(|key| !known.contains(&key.value))
        .map(|key| {
            let message = format!(
                "unknown field `{}`, expected one of {}",
                key.value,
                known.join(", ")
            );
            let hints = [unknown_field_hint(&message), advice(&key.value)];
            hints
                .into_iter()
                .flatten()
                .fold(at_value(source, key, message), |d, hint| d.hint(hint))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_get_a_suggestion() {
        let hint =
            unknown_field_hint("unknown field `titels`, expected one of `id`, `titles`, `date`");
        assert_eq!(hint.as_deref(), Some("did you mean `titles`?"));
    }

    #[test]
    fn a_value_is_underlined_where_the_parser_read_it_on_its_first_line() {
        #[derive(Deserialize)]
        struct Doc {
            name: Spanned<String>,
            text: Spanned<String>,
        }
        let source = SourceText::new("x.yaml", "name: Zoë Ünal\ntext: |\n  one\n  two\n");
        let doc: Doc = parse_yaml(&source).unwrap();
        let span = |d: &Diagnostic| d.location.as_ref().unwrap().span.clone().unwrap();
        let name = at_value(&source, &doc.name, "name".to_string());
        assert_eq!(name.location().as_deref(), Some("x.yaml:1:7"));
        assert_eq!(&source.text[span(&name)], "Zoë Ünal");
        let text = at_value(&source, &doc.text, "text".to_string());
        // A block scalar is read from its first line of text, and underlined on that line.
        assert_eq!(text.location().as_deref(), Some("x.yaml:3:3"));
        assert_eq!(&source.text[span(&text)], "one");
    }

    #[test]
    fn top_level_keys_are_checked_where_they_stand() {
        let source = SourceText::new("notices/x.yaml", "id: A\n# note\ntitels: [a]\ndate: x\n");
        let known = ["id".to_string(), "titles".to_string(), "date".to_string()];
        let keys = top_level_keys(&source).unwrap();
        let errors = check_top_level_keys(&source, &keys, &known, |_| None);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].location().as_deref(), Some("notices/x.yaml:3:1"));
        assert!(
            errors[0].notes.iter().any(|h| h.contains("`titles`")),
            "{:?}",
            errors[0]
        );
    }
}
