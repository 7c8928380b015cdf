//! Fluent messages as translation units and back: each message value and attribute is a unit
//! (a plural or other select at the top of a pattern, one unit per variant), its text split
//! into plain text and inline codes, placeables and our markup tags, that a CAT tool protects.

use std::fmt::Write as _;

use fluent_syntax::ast;

/// A piece of a unit's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    Text(String),
    /// A placeable (`{ $notice }`) or `<br/>`: `code` is its Fluent / markup text.
    Ph {
        id: String,
        code: String,
    },
    /// An opening markup tag (`<b>`, `<a href="...">`), paired with a [`Seg::Close`].
    Open {
        id: String,
        code: String,
    },
    Close {
        id: String,
        code: String,
    },
}

/// One part of a message: its value or an attribute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    Plain(Vec<Seg>),
    /// A select at the top of the pattern: the selector's Fluent text, and each variant.
    Select {
        selector: String,
        default: String,
        variants: Vec<(String, Vec<Seg>)>,
    },
}

/// A message's parts by name: `""` for the value, else the attribute's name.
pub type Parts = Vec<(String, Part)>;

/// The parts of a parsed message.
pub fn message_parts(message: &ast::Message<&str>) -> Parts {
    let mut parts = Vec::new();
    if let Some(value) = &message.value {
        parts.push((String::new(), part(value)));
    }
    for attribute in &message.attributes {
        parts.push((attribute.id.name.to_string(), part(&attribute.value)));
    }
    parts
}

fn part(pattern: &ast::Pattern<&str>) -> Part {
    if let [
        ast::PatternElement::Placeable {
            expression: ast::Expression::Select { selector, variants },
        },
    ] = pattern.elements.as_slice()
    {
        let mut selector_text = String::new();
        inline_source(selector, &mut selector_text);
        return Part::Select {
            selector: selector_text,
            default: variants
                .iter()
                .find(|v| v.default)
                .map(|v| variant_key(&v.key))
                .unwrap_or_else(|| "other".to_string()),
            variants: variants
                .iter()
                .map(|v| (variant_key(&v.key), segments(&v.value)))
                .collect(),
        };
    }
    Part::Plain(segments(pattern))
}

fn variant_key(key: &ast::VariantKey<&str>) -> String {
    match key {
        ast::VariantKey::Identifier { name } => name.to_string(),
        ast::VariantKey::NumberLiteral { value } => value.to_string(),
    }
}

/// A pattern's text: text runs split at our markup tags, placeables as codes.
pub fn segments(pattern: &ast::Pattern<&str>) -> Vec<Seg> {
    let mut segs = Vec::new();
    let mut next = 1;
    let mut open: Vec<(String, String)> = Vec::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                split_markup(value, &mut segs, &mut next, &mut open);
            }
            ast::PatternElement::Placeable { expression } => {
                let mut code = String::new();
                placeable_source(expression, &mut code);
                segs.push(Seg::Ph {
                    id: next.to_string(),
                    code,
                });
                next += 1;
            }
        }
    }
    merge_text(segs)
}

fn merge_text(segs: Vec<Seg>) -> Vec<Seg> {
    let mut out: Vec<Seg> = Vec::new();
    for seg in segs {
        match (out.last_mut(), seg) {
            (Some(Seg::Text(last)), Seg::Text(text)) => last.push_str(&text),
            (_, seg) => out.push(seg),
        }
    }
    out
}

/// The tags of our inline markup (README: `<b>`, `<i>`, `<a href>`, `<br/>`); anything else
/// is text.
fn split_markup(
    text: &str,
    segs: &mut Vec<Seg>,
    next: &mut usize,
    open: &mut Vec<(String, String)>,
) {
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        let Some(len) = rest[start..].find('>').map(|e| e + 1) else {
            break;
        };
        let tag = &rest[start..start + len];
        let kind = markup_tag(tag);
        if kind.is_none() {
            segs.push(Seg::Text(rest[..start + 1].to_string()));
            rest = &rest[start + 1..];
            continue;
        }
        segs.push(Seg::Text(rest[..start].to_string()));
        match kind {
            Some(TagKind::Empty) => {
                segs.push(Seg::Ph {
                    id: next.to_string(),
                    code: tag.to_string(),
                });
                *next += 1;
            }
            Some(TagKind::Open) => {
                let id = next.to_string();
                *next += 1;
                open.push((id.clone(), tag.to_string()));
                segs.push(Seg::Open {
                    id,
                    code: tag.to_string(),
                });
            }
            Some(TagKind::Close) => match open.pop() {
                Some((id, _)) => segs.push(Seg::Close {
                    id,
                    code: tag.to_string(),
                }),
                None => segs.push(Seg::Text(tag.to_string())),
            },
            None => unreachable!(),
        }
        rest = &rest[start + len..];
    }
    segs.push(Seg::Text(rest.to_string()));
}

enum TagKind {
    Open,
    Close,
    Empty,
}

fn markup_tag(tag: &str) -> Option<TagKind> {
    match tag {
        "<b>" | "<i>" => Some(TagKind::Open),
        "</b>" | "</i>" | "</a>" => Some(TagKind::Close),
        "<br/>" | "<br />" => Some(TagKind::Empty),
        _ if tag.starts_with("<a href=\"") && tag.ends_with("\">") => Some(TagKind::Open),
        _ => None,
    }
}

/// A placeable as Fluent writes it; a select inside a pattern in its multi-line form.
fn placeable_source(expression: &ast::Expression<&str>, out: &mut String) {
    match expression {
        ast::Expression::Inline(inline) => {
            out.push_str("{ ");
            inline_source(inline, out);
            out.push_str(" }");
        }
        ast::Expression::Select { selector, variants } => {
            out.push_str("{ ");
            inline_source(selector, out);
            out.push_str(" ->");
            for v in variants {
                let _ = write!(
                    out,
                    "\n   {}[{}] {}",
                    if v.default { "*" } else { " " },
                    variant_key(&v.key),
                    pattern_source(&segments(&v.value))
                );
            }
            out.push_str("\n}");
        }
    }
}

fn inline_source(inline: &ast::InlineExpression<&str>, out: &mut String) {
    crate::localize::analysis::canonical_inline(inline, out);
}

/// Segments back to a Fluent pattern's text (braces in text escaped as string literals).
pub fn pattern_source(segs: &[Seg]) -> String {
    let mut out = String::new();
    for seg in segs {
        match seg {
            Seg::Text(text) => {
                for c in text.chars() {
                    match c {
                        '{' => out.push_str("{\"{\"}"),
                        '}' => out.push_str("{\"}\"}"),
                        c => out.push(c),
                    }
                }
            }
            Seg::Ph { code, .. } | Seg::Open { code, .. } | Seg::Close { code, .. } => {
                out.push_str(code)
            }
        }
    }
    out
}

/// A message's Fluent entry: `id = value` and `.attr = value` lines.
pub fn message_source(id: &str, parts: &Parts) -> String {
    let mut out = String::new();
    for (name, part) in parts {
        let text = match part {
            Part::Plain(segs) => pattern_source(segs),
            Part::Select {
                selector,
                default,
                variants,
            } => {
                let mut s = format!("{{ {selector} ->");
                for (key, segs) in variants {
                    let _ = write!(
                        s,
                        "\n   {}[{key}] {}",
                        if key == default { "*" } else { " " },
                        pattern_source(segs).replace('\n', "\n        ")
                    );
                }
                s.push_str("\n}");
                s
            }
        };
        let head = if name.is_empty() {
            format!("{id} =")
        } else {
            format!("\n    .{name} =")
        };
        out.push_str(&head);
        if text.contains('\n') && !text.starts_with('{') {
            for line in text.lines() {
                out.push_str("\n    ");
                out.push_str(line);
            }
        } else {
            out.push(' ');
            out.push_str(&text.replace('\n', "\n    "));
        }
    }
    out.push('\n');
    out
}

/// The inline codes of a text, in order: what a translation must keep.
pub fn codes(segs: &[Seg]) -> Vec<String> {
    segs.iter()
        .filter_map(|s| match s {
            Seg::Text(_) => None,
            Seg::Ph { id, .. } => Some(format!("ph {id}")),
            Seg::Open { id, .. } => Some(format!("open {id}")),
            Seg::Close { id, .. } => Some(format!("close {id}")),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts_of(ftl: &str) -> Parts {
        let ast = fluent_syntax::parser::parse(ftl).unwrap();
        match &ast.body[0] {
            ast::Entry::Message(m) => message_parts(m),
            _ => panic!("a message"),
        }
    }

    #[test]
    fn placeables_and_markup_become_codes_and_come_back() {
        let ftl = "a = Hi <b>{ $notice }</b>, see <a href=\"x\">this</a><br/>now\n    .tip = { -brand } { a }\n";
        let parts = parts_of(ftl);
        let Part::Plain(value) = &parts[0].1 else {
            panic!()
        };
        assert_eq!(
            codes(value),
            ["open 1", "ph 2", "close 1", "open 3", "close 3", "ph 4"]
        );
        assert_eq!(message_source("a", &parts), ftl);
    }

    #[test]
    fn a_plural_splits_into_variants_and_comes_back() {
        let ftl =
            "n =\n    { $n ->\n        [one] one thing\n       *[other] { $n } things\n    }\n";
        let parts = parts_of(ftl);
        let Part::Select { variants, .. } = &parts[0].1 else {
            panic!()
        };
        assert_eq!(variants.len(), 2);
        let back = message_source("n", &parts);
        let reparsed = parts_of(&back);
        assert_eq!(message_source("n", &reparsed), back);
        assert!(back.contains("*[other] { $n } things"), "{back}");
    }
}
