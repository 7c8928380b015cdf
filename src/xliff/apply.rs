//! One `.ftl` file rebuilt from imported targets: each changed message is written in place (or
//! appended), in one pass over the file, and the new text is parsed again: every touched
//! message must come back with exactly the parts intended, and no new syntax error may appear.
//! Anything else is an error, never a write.

use std::collections::BTreeMap;
use std::ops::Range;

use fluent_syntax::ast;

use super::units::{self, Part, Parts, Seg};
use crate::diag::SourceText;
use crate::localize::Locale;

/// Why a file cannot be rebuilt: at the unit (or message) `unit` names.
#[derive(Debug, Clone)]
pub struct ApplyError {
    /// A unit id (`msg.attr#one`), a message id, or empty for the file as a whole.
    pub unit: String,
    pub message: String,
    pub hint: Option<String>,
}

/// Rebuilds each message of one file from imported targets; returns the file's new text, or
/// `None` when no message changed. `targets`: unit id -> segments.
pub fn apply(
    source_text: &str,
    target: Option<&SourceText>,
    targets: &BTreeMap<String, Vec<Seg>>,
    locale: &Locale,
) -> Result<Option<String>, Vec<ApplyError>> {
    let old_text = target.map(|t| &*t.text).unwrap_or_default();
    let mut existing: BTreeMap<String, Parts> = BTreeMap::new();
    for (id, parts, _, _) in super::messages(old_text) {
        existing.entry(id).or_insert(parts);
    }
    let mut errors = Vec::new();
    // (message id, its new parts, its new text)
    let mut changes: Vec<(String, Parts, String)> = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for (id, parts, _, _) in super::messages(source_text) {
        // A message defined twice in the source (`check` reports it) is rebuilt once.
        if !seen.insert(id.clone()) {
            continue;
        }
        let new_parts = match new_parts(&id, &parts, existing.get(&id), targets, locale) {
            Ok(p) => p,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        if new_parts.is_empty() {
            continue;
        }
        let new = units::message_source(&id, &new_parts);
        let old = existing.get(&id).map(|p| units::message_source(&id, p));
        if old.as_deref() != Some(new.as_str()) {
            changes.push((id, new_parts, new));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    if changes.is_empty() {
        return Ok(None);
    }
    let text = splice(old_text, &changes);
    verify(old_text, &text, &changes)?;
    Ok(Some(text))
}

/// The parts message `id` gets: the targets given, else the project's translation.
fn new_parts(
    id: &str,
    parts: &Parts,
    existing: Option<&Parts>,
    targets: &BTreeMap<String, Vec<Seg>>,
    locale: &Locale,
) -> Result<Parts, ApplyError> {
    let mut new_parts: Parts = Vec::new();
    for (name, part) in parts {
        let part_id = if name.is_empty() {
            id.to_string()
        } else {
            format!("{id}.{name}")
        };
        // A unit the XLIFF file leaves out keeps the translation the project has; an empty
        // target removes it.
        let existing_part = existing
            .and_then(|p| p.iter().find(|(n, _)| n == name))
            .cloned();
        let given = |key: Option<&str>| {
            let unit = match key {
                Some(k) => format!("{part_id}#{k}"),
                None => part_id.clone(),
            };
            targets.get(&unit)
        };
        match part {
            Part::Plain(_) => match given(None) {
                Some(segs) if !segs.is_empty() => {
                    new_parts.push((name.clone(), Part::Plain(segs.clone())));
                }
                Some(_) => {}
                None => new_parts.extend(existing_part),
            },
            Part::Select {
                selector,
                default,
                variants,
            } => {
                let keys: Vec<String> = variants.iter().map(|(k, _)| k.clone()).collect();
                let wanted = super::variant_keys(&keys, &locale.langid);
                if wanted.iter().all(|k| given(Some(k)).is_none()) {
                    new_parts.extend(existing_part);
                    continue;
                }
                let given: Vec<(String, Vec<Seg>)> = wanted
                    .iter()
                    .filter_map(|k| {
                        let segs = given(Some(k))?;
                        (!segs.is_empty()).then(|| (k.clone(), segs.clone()))
                    })
                    .collect();
                if let Some(select) =
                    new_select(&part_id, selector, default, &wanted, given, locale)?
                {
                    new_parts.push((name.clone(), select));
                }
            }
        }
    }
    Ok(new_parts)
}

/// A select from the variants the XLIFF gives: none when it gives none, an error when it
/// leaves out one the language needs; the default stays, or is the last variant given.
fn new_select(
    part_id: &str,
    selector: &str,
    default: &str,
    wanted: &[String],
    given: Vec<(String, Vec<Seg>)>,
    locale: &Locale,
) -> Result<Option<Part>, ApplyError> {
    if given.is_empty() {
        return Ok(None);
    }
    if let Some(missing) = wanted.iter().find(|k| !given.iter().any(|(g, _)| g == *k)) {
        return Err(ApplyError {
            unit: format!("{part_id}#{missing}"),
            message: format!(
                "{part_id}#{missing}: `{}` needs the `[{missing}]` variant of this select",
                locale.tag
            ),
            hint: Some(format!(
                "translate the unit `{part_id}#{missing}` too, or leave every variant of the select empty"
            )),
        });
    }
    let default = if given.iter().any(|(k, _)| k == default) {
        default.to_string()
    } else {
        given.last().map(|(k, _)| k.clone()).unwrap_or_default()
    };
    Ok(Some(Part::Select {
        selector: selector.to_string(),
        default,
        variants: given,
    }))
}

/// The old text with each change written over its message, or appended: one pass.
fn splice(old: &str, changes: &[(String, Parts, String)]) -> String {
    let ranges = entry_ranges(old);
    let mut replaced: Vec<(Range<usize>, &str)> = Vec::new();
    let mut appended: Vec<&str> = Vec::new();
    for (id, _, new) in changes {
        match ranges.get(id.as_str()) {
            Some(range) => replaced.push((range.clone(), new.as_str())),
            None => appended.push(new.as_str()),
        }
    }
    replaced.sort_by_key(|(range, _)| range.start);
    let mut text =
        String::with_capacity(old.len() + changes.iter().map(|c| c.2.len()).sum::<usize>());
    let mut at = 0;
    for (range, new) in replaced {
        text.push_str(&old[at..range.start]);
        text.push_str(new);
        at = range.end;
    }
    text.push_str(&old[at..]);
    for new in appended {
        if !text.is_empty() && !text.ends_with("\n\n") {
            text.push_str(if text.ends_with('\n') { "\n" } else { "\n\n" });
        }
        text.push_str(new);
    }
    text
}

/// Whether a line at column 0 starts a new Fluent entry: an identifier, a `-term` or a `#`
/// comment. Lines starting with `}`, `[`, `*` or `.` continue the entry above (a select may
/// close at column 0), as do indented and blank lines.
fn starts_entry(line: &str) -> bool {
    line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-' || c == '#')
}

/// The message id a line defines (`id =`), when it does.
fn defined_id(line: &str) -> Option<&str> {
    let end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(line.len());
    let (id, rest) = line.split_at(end);
    (!id.starts_with('-') && rest.trim_start_matches([' ', '\t']).starts_with('=')).then_some(id)
}

/// The bytes of each message in an `.ftl` text (the first, when an id repeats): from its ID
/// line to the next line that starts an entry, trailing blank lines excluded but one line end
/// kept. One pass over the text.
fn entry_ranges(text: &str) -> BTreeMap<&str, Range<usize>> {
    // (id, first byte, first byte of the next entry)
    let mut spans: Vec<(&str, usize, usize)> = Vec::new();
    let mut current: Option<(&str, usize)> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if starts_entry(line) {
            if let Some((id, start)) = current.take() {
                spans.push((id, start, offset));
            }
            current = defined_id(line).map(|id| (id, offset));
        }
        offset += line.len();
    }
    if let Some((id, start)) = current {
        spans.push((id, start, text.len()));
    }
    let mut ranges = BTreeMap::new();
    for (id, start, end) in spans {
        // Blank lines before the next entry separate; they are not the message's.
        let kept = text[start..end].trim_end_matches(['\n', ' ', '\t']).len();
        ranges
            .entry(id)
            .or_insert(start..(start + kept + 1).min(text.len()));
    }
    ranges
}

/// Parses the rebuilt text: no new syntax error, and each changed message as intended.
fn verify(
    old: &str,
    new: &str,
    changes: &[(String, Parts, String)],
) -> Result<(), Vec<ApplyError>> {
    let parsed = parse(new);
    let mut errors = Vec::new();
    let old_junk = parse(old)
        .body
        .iter()
        .filter(|e| matches!(e, ast::Entry::Junk { .. }))
        .count();
    let junk: Vec<&str> = parsed
        .body
        .iter()
        .filter_map(|e| match e {
            ast::Entry::Junk { content } => Some(*content),
            _ => None,
        })
        .collect();
    if junk.len() > old_junk {
        let first = junk.first().copied().unwrap_or_default();
        let offset = (first.as_ptr() as usize).saturating_sub(new.as_ptr() as usize);
        let line = new[..offset.min(new.len())].matches('\n').count() + 1;
        errors.push(ApplyError {
            unit: String::new(),
            message: format!(
                "the rebuilt file would not parse as Fluent (line {line}: `{}`)",
                first.lines().next().unwrap_or_default()
            ),
            hint: Some(
                "nothing was written; please report this XLIFF file to noticegen's maintainers"
                    .into(),
            ),
        });
    }
    let mut reparsed: BTreeMap<&str, &ast::Message<&str>> = BTreeMap::new();
    for entry in &parsed.body {
        if let ast::Entry::Message(m) = entry {
            reparsed.entry(m.id.name).or_insert(m);
        }
    }
    for (id, intended, _) in changes {
        let got = reparsed.get(id.as_str()).map(|m| units::message_parts(m));
        if got.as_ref().map(normalized) != Some(normalized(intended)) {
            errors.push(ApplyError {
                unit: id.clone(),
                message: format!(
                    "message `{id}`: the target would not read back from the `.ftl` file as written (Fluent would change its text or shape)"
                ),
                hint: Some("nothing was written; check the unit's text for characters Fluent treats as syntax, or report this XLIFF file to noticegen's maintainers".into()),
            });
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

fn parse(text: &str) -> ast::Resource<&str> {
    fluent_syntax::parser::parse(text).unwrap_or_else(|(ast, _)| ast)
}

/// Parts compared by what they write: code ids (which number codes by position) left out,
/// adjacent text joined and empty text dropped.
fn normalized(parts: &Parts) -> Parts {
    let segs = |segs: &[Seg]| -> Vec<Seg> {
        let mut out: Vec<Seg> = Vec::new();
        for seg in segs {
            let seg = match seg {
                Seg::Text(t) if t.is_empty() => continue,
                Seg::Text(t) => {
                    if let Some(Seg::Text(last)) = out.last_mut() {
                        last.push_str(t);
                        continue;
                    }
                    Seg::Text(t.clone())
                }
                Seg::Ph { code, .. } => Seg::Ph {
                    id: String::new(),
                    code: code.clone(),
                },
                Seg::Open { code, .. } => Seg::Open {
                    id: String::new(),
                    code: code.clone(),
                },
                Seg::Close { code, .. } => Seg::Close {
                    id: String::new(),
                    code: code.clone(),
                },
            };
            out.push(seg);
        }
        out
    };
    parts
        .iter()
        .map(|(name, part)| {
            let part = match part {
                Part::Plain(s) => Part::Plain(segs(s)),
                Part::Select {
                    selector,
                    default,
                    variants,
                } => Part::Select {
                    selector: selector.clone(),
                    default: default.clone(),
                    variants: variants.iter().map(|(k, s)| (k.clone(), segs(s))).collect(),
                },
            };
            (name.clone(), part)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_select_closed_at_column_0_is_one_entry() {
        let text = "a = { $n ->\n    [one] x\n   *[other] y\n}\n\n# next\nb = z\nc =\n    .t = w\n";
        let ranges = entry_ranges(text);
        assert_eq!(
            &text[ranges["a"].clone()],
            "a = { $n ->\n    [one] x\n   *[other] y\n}\n"
        );
        assert_eq!(&text[ranges["b"].clone()], "b = z\n");
        assert_eq!(&text[ranges["c"].clone()], "c =\n    .t = w\n");
    }

    #[test]
    fn variants_and_attributes_at_column_0_continue_the_entry() {
        let text = "a = { $n ->\n[one] x\n*[other] y\n}\nb = v\n.t = w\n-term = t\n";
        let ranges = entry_ranges(text);
        assert_eq!(
            &text[ranges["a"].clone()],
            "a = { $n ->\n[one] x\n*[other] y\n}\n"
        );
        assert_eq!(&text[ranges["b"].clone()], "b = v\n.t = w\n");
        assert!(!ranges.contains_key("-term"));
    }
}
