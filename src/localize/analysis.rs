//! What each Fluent entry uses, read from its syntax tree: variables, message and term
//! references, plural selects, attributes, and a canonical form of its text (for staleness: two
//! entries that differ only in layout or comments have the same canonical text).

use std::collections::BTreeSet;
use std::fmt::Write;
use std::ops::Range;

use fluent_syntax::ast;

use super::intl::PLURAL_CATEGORIES;

/// Facts about one message or term.
#[derive(Debug, Clone, Default)]
pub struct EntryFacts {
    /// `$name`s the entry reads (without `$`).
    pub variables: BTreeSet<String>,
    /// Messages (`id` or `id.attr`) and terms (`-id`) it references, with byte ranges.
    pub references: Vec<(String, Range<usize>)>,
    /// Plural selects: the variant keys and the selector's byte range.
    pub plural_selects: Vec<(BTreeSet<String>, Range<usize>)>,
    pub attributes: Vec<String>,
    /// The entry's value and attributes in one canonical layout.
    pub canonical: String,
}

pub(super) fn offset_in(text: &str, slice: &str) -> usize {
    (slice.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

pub fn analyse(
    text: &str,
    value: Option<&ast::Pattern<&str>>,
    attributes: &[ast::Attribute<&str>],
) -> EntryFacts {
    let mut facts = EntryFacts::default();
    if let Some(value) = value {
        pattern(text, value, &mut facts);
        facts.canonical = canonical_pattern(value);
    }
    for attribute in attributes {
        facts.attributes.push(attribute.id.name.to_string());
        pattern(text, &attribute.value, &mut facts);
        let _ = write!(
            facts.canonical,
            "\n.{} = {}",
            attribute.id.name,
            canonical_pattern(&attribute.value)
        );
    }
    facts
}

fn pattern(text: &str, p: &ast::Pattern<&str>, facts: &mut EntryFacts) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expr(text, expression, facts);
        }
    }
}

fn expr(text: &str, e: &ast::Expression<&str>, facts: &mut EntryFacts) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline(text, selector, facts);
            let keys: BTreeSet<String> = variants
                .iter()
                .map(|v| match &v.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                })
                .collect();
            if let ast::InlineExpression::VariableReference { id } = selector
                && keys.iter().all(|k| PLURAL_CATEGORIES.contains(&k.as_str()))
            {
                let start = offset_in(text, id.name).saturating_sub(1);
                facts
                    .plural_selects
                    .push((keys, start..start + id.name.len() + 1));
            }
            for variant in variants {
                pattern(text, &variant.value, facts);
            }
        }
        ast::Expression::Inline(i) => inline(text, i, facts),
    }
}

fn inline(text: &str, i: &ast::InlineExpression<&str>, facts: &mut EntryFacts) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            facts.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            let start = offset_in(text, id.name);
            let name = match attribute {
                Some(a) => format!("{}.{}", id.name, a.name),
                None => id.name.to_string(),
            };
            facts.references.push((name, start..start + id.name.len()));
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            let start = offset_in(text, id.name);
            facts
                .references
                .push((format!("-{}", id.name), start..start + id.name.len()));
            if let Some(args) = arguments {
                call_args(text, args, facts);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            call_args(text, arguments, facts)
        }
        ast::InlineExpression::Placeable { expression } => expr(text, expression, facts),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

fn call_args(text: &str, args: &ast::CallArguments<&str>, facts: &mut EntryFacts) {
    for p in &args.positional {
        inline(text, p, facts);
    }
    for n in &args.named {
        inline(text, &n.value, facts);
    }
}

/// The pattern in one canonical layout: text with runs of white space folded, placeables
/// written as Fluent with single spaces.
pub fn canonical_pattern(p: &ast::Pattern<&str>) -> String {
    let mut out = String::new();
    for element in &p.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => {
                out.push_str("{ ");
                canonical_expr(expression, &mut out);
                out.push_str(" }");
            }
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn canonical_expr(e: &ast::Expression<&str>, out: &mut String) {
    match e {
        ast::Expression::Select { selector, variants } => {
            canonical_inline(selector, out);
            out.push_str(" ->");
            for v in variants {
                let key = match &v.key {
                    ast::VariantKey::Identifier { name } => name.to_string(),
                    ast::VariantKey::NumberLiteral { value } => value.to_string(),
                };
                let _ = write!(
                    out,
                    " {}[{key}] {}",
                    if v.default { "*" } else { "" },
                    canonical_pattern(&v.value)
                );
            }
        }
        ast::Expression::Inline(i) => canonical_inline(i, out),
    }
}

/// An inline expression as Fluent writes it, with single spaces.
pub fn canonical_inline(i: &ast::InlineExpression<&str>, out: &mut String) {
    match i {
        ast::InlineExpression::StringLiteral { value } => {
            let _ = write!(out, "\"{value}\"");
        }
        ast::InlineExpression::NumberLiteral { value } => out.push_str(value),
        ast::InlineExpression::VariableReference { id } => {
            let _ = write!(out, "${}", id.name);
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            out.push_str(id.name);
            if let Some(a) = attribute {
                let _ = write!(out, ".{}", a.name);
            }
        }
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            let _ = write!(out, "-{}", id.name);
            if let Some(a) = attribute {
                let _ = write!(out, ".{}", a.name);
            }
            if let Some(args) = arguments {
                canonical_args(args, out);
            }
        }
        ast::InlineExpression::FunctionReference { id, arguments } => {
            out.push_str(id.name);
            canonical_args(arguments, out);
        }
        ast::InlineExpression::Placeable { expression } => {
            out.push_str("{ ");
            canonical_expr(expression, out);
            out.push_str(" }");
        }
    }
}

fn canonical_args(args: &ast::CallArguments<&str>, out: &mut String) {
    out.push('(');
    let mut first = true;
    for p in &args.positional {
        if !first {
            out.push_str(", ");
        }
        first = false;
        canonical_inline(p, out);
    }
    for n in &args.named {
        if !first {
            out.push_str(", ");
        }
        first = false;
        let _ = write!(out, "{}: ", n.name.name);
        canonical_inline(&n.value, out);
    }
    out.push(')');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts_of(source: &str) -> EntryFacts {
        let ast = fluent_syntax::parser::parse(source).unwrap();
        match &ast.body[0] {
            ast::Entry::Message(m) => analyse(source, m.value.as_ref(), &m.attributes),
            _ => panic!(),
        }
    }

    #[test]
    fn reformatting_keeps_the_canonical_text() {
        let a = facts_of("m = Hello { $name },\n    welcome to { -brand }.\n");
        let b = facts_of("# a comment\nm =\n    Hello {$name}, welcome to {-brand}.\n");
        assert_eq!(a.canonical, b.canonical);
        assert_ne!(
            a.canonical,
            facts_of("m = Hello { $name }, welcome.\n").canonical
        );
    }

    #[test]
    fn variables_references_and_plural_selects_are_found() {
        let f =
            facts_of("m = { $n ->\n    [one] { other-msg } one\n   *[other] { $n } { -term }\n}\n");
        assert_eq!(f.variables.iter().collect::<Vec<_>>(), vec!["n"]);
        let refs: Vec<&str> = f.references.iter().map(|(r, _)| r.as_str()).collect();
        assert_eq!(refs, vec!["other-msg", "-term"]);
        assert_eq!(f.plural_selects.len(), 1);
        assert!(f.plural_selects[0].0.contains("one"));
    }
}
