//! The inline markup translators may use, and its safe conversion to Typst source.
//!
//! Messages are untrusted text. Only these exact tags are markup: `<b>…</b>`, `<i>…</i>`,
//! `<a href="…">…</a>` and `<br/>`; everything else (`*`, `_`, `#`, `$`, `[`, `<d>`, `\`…) is
//! literal. Text always reaches Typst as a string literal (`#"…";`), never as markup or code, so
//! no input can run Typst code or read a file.

use std::collections::BTreeMap;
use std::fmt::Write;

/// Stand-in characters the localizer passes for `$page` and `$pages` in footer messages; they
/// become Typst page counters here. Private-use code points, removed from translators' text.
pub const PAGE_SENTINEL: char = '\u{E000}';
pub const PAGES_SENTINEL: char = '\u{E001}';

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    Strong(Vec<Inline>),
    Emph(Vec<Inline>),
    Link { url: String, children: Vec<Inline> },
    LineBreak,
    PageNumber,
    PageCount,
}

/// A markup error at a byte offset of the formatted message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkupError {
    pub offset: usize,
    pub message: String,
}

enum Tag {
    Open(&'static str, Option<String>),
    Close(&'static str),
    Break,
}

/// Recognises a markup tag at the start of `s`.
fn tag_at(s: &str) -> Option<(Tag, usize)> {
    for (text, tag) in [
        ("<b>", Tag::Open("b", None)),
        ("</b>", Tag::Close("b")),
        ("<i>", Tag::Open("i", None)),
        ("</i>", Tag::Close("i")),
        ("</a>", Tag::Close("a")),
        ("<br/>", Tag::Break),
        ("<br />", Tag::Break),
    ] {
        if s.starts_with(text) {
            return Some((tag, text.len()));
        }
    }
    let rest = s.strip_prefix("<a href=\"")?;
    let end = rest.find('"')?;
    let after = &rest[end + 1..];
    if !after.starts_with('>') {
        return None;
    }
    let href = rest[..end].to_string();
    Some((Tag::Open("a", Some(href)), "<a href=\"".len() + end + 2))
}

/// The length of the markup tag that starts `s`, when one does, read exactly as [`parse`]
/// reads it: what an import must not let translated text spell out.
pub fn tag_len(s: &str) -> Option<usize> {
    tag_at(s).map(|(_, len)| len)
}

/// Whether `s` could still grow into a markup tag: `<`, `<b`, `</`, `<a href="x`, ...
/// (text that a placeable's value right after it could complete).
pub fn is_tag_prefix(s: &str) -> bool {
    let fixed = ["<b>", "</b>", "<i>", "</i>", "</a>", "<br/>", "<br />"];
    let link = "<a href=\"";
    fixed.iter().any(|t| t.starts_with(s))
        || link.starts_with(s)
        || (s.starts_with(link) && !s[link.len()..].contains('"'))
        || s.strip_prefix(link)
            .and_then(|rest| rest.strip_suffix('"'))
            .is_some_and(|href| !href.contains('"'))
}

/// Parses a formatted message into inline nodes, resolving link names through `links`.
pub fn parse(text: &str, links: &BTreeMap<String, String>) -> Result<Vec<Inline>, MarkupError> {
    // (tag, children so far, link target, offset of the opening tag)
    let mut stack: Vec<(&'static str, Vec<Inline>, Option<String>, usize)> =
        vec![("", Vec::new(), None, 0)];
    let mut buffer = String::new();
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let c = rest.chars().next().expect("in bounds");
        let special = match c {
            '<' => tag_at(rest),
            _ => None,
        };
        let top = &mut stack.last_mut().expect("root").1;
        if c == PAGE_SENTINEL || c == PAGES_SENTINEL {
            flush(&mut buffer, top);
            top.push(if c == PAGE_SENTINEL {
                Inline::PageNumber
            } else {
                Inline::PageCount
            });
            i += c.len_utf8();
            continue;
        }
        let Some((tag, len)) = special else {
            match c {
                '\n' | '\r' | '\t' => buffer.push(' '),
                c if c.is_control() => {}
                c => buffer.push(c),
            }
            i += c.len_utf8();
            continue;
        };
        flush(&mut buffer, top);
        match tag {
            Tag::Break => top.push(Inline::LineBreak),
            Tag::Open(name, href) => {
                let url = match href {
                    Some(href) => Some(
                        resolve_link(&href, links)
                            .map_err(|message| MarkupError { offset: i, message })?,
                    ),
                    None => None,
                };
                stack.push((name, Vec::new(), url, i));
            }
            Tag::Close(name) => {
                let (open, children, url, _) = stack.pop().expect("root");
                if open != name {
                    let message = if open.is_empty() {
                        format!("`</{name}>` closes nothing")
                    } else {
                        format!("`</{name}>` closes `<{open}>`")
                    };
                    return Err(MarkupError { offset: i, message });
                }
                let node = match name {
                    "b" => Inline::Strong(children),
                    "i" => Inline::Emph(children),
                    _ => Inline::Link {
                        url: url.unwrap_or_default(),
                        children,
                    },
                };
                stack.last_mut().expect("root").1.push(node);
            }
        }
        i += len;
    }
    let (open, mut children, _, offset) = stack.pop().expect("root");
    if !open.is_empty() {
        return Err(MarkupError {
            offset,
            message: format!("`<{open}>` is never closed"),
        });
    }
    flush(&mut buffer, &mut children);
    Ok(children)
}

fn flush(buffer: &mut String, into: &mut Vec<Inline>) {
    if !buffer.is_empty() {
        into.push(Inline::Text(std::mem::take(buffer)));
    }
}

fn resolve_link(href: &str, links: &BTreeMap<String, String>) -> Result<String, String> {
    let url = links.get(href).map(String::as_str).unwrap_or(href);
    let allowed = ["https://", "http://", "mailto:"];
    if allowed.iter().any(|scheme| url.starts_with(scheme)) {
        Ok(url.to_string())
    } else if links.contains_key(href) {
        Err(format!(
            "link `{href}` is `{url}`: only https:, http: and mailto: links are allowed"
        ))
    } else {
        Err(format!(
            "link target `{href}` is neither an https:, http: or mailto: URL nor a name under \
             `links:` in the notice"
        ))
    }
}

/// A Typst string literal holding `text` exactly.
pub fn typst_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Typst markup that prints `text` literally: `#"…";` (the `;` ends the expression, so whatever
/// the template writes next cannot continue it).
pub fn typst_text(text: &str) -> String {
    if text.is_empty() {
        return String::new();
    }
    format!("#{};", typst_string(text))
}

/// Typst markup for parsed inline nodes.
pub fn to_typst(nodes: &[Inline]) -> String {
    let mut out = String::new();
    write_nodes(&mut out, nodes);
    out
}

fn write_nodes(out: &mut String, nodes: &[Inline]) {
    for node in nodes {
        match node {
            Inline::Text(text) => write_text(out, text),
            Inline::Strong(children) => {
                out.push_str("#strong[");
                write_nodes(out, children);
                out.push(']');
            }
            Inline::Emph(children) => {
                out.push_str("#emph[");
                write_nodes(out, children);
                out.push(']');
            }
            Inline::Link { url, children } => {
                let _ = write!(out, "#link({})[", typst_string(url));
                write_nodes(out, children);
                out.push(']');
            }
            Inline::LineBreak => out.push_str("#linebreak();"),
            Inline::PageNumber => out.push_str("#context counter(page).display();"),
            Inline::PageCount => out.push_str("#context counter(page).final().first();"),
        }
    }
}

/// Text with each hyphenated word (`e-pasta`, `DX-410-1001`, `FSN2024-1562`) kept on one
/// line: a break after its hyphen would split a code or an e-mail word across lines.
fn write_text(out: &mut String, text: &str) {
    let mut plain = String::new();
    for (index, word) in text.split(' ').enumerate() {
        if index > 0 {
            plain.push(' ');
        }
        if is_hyphenated(word) {
            out.push_str(&typst_text(&plain));
            plain.clear();
            let _ = write!(out, "#box[{}]", typst_text(word));
        } else {
            plain.push_str(word);
        }
    }
    out.push_str(&typst_text(&plain));
}

fn is_hyphenated(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    chars.len() <= 32
        && chars
            .windows(3)
            .any(|w| w[0].is_alphanumeric() && w[1] == '-' && w[2].is_alphanumeric())
}

/// The plain text of parsed nodes (for PDF metadata and tooltips).
pub fn plain_text(nodes: &[Inline]) -> String {
    let mut out = String::new();
    for node in nodes {
        match node {
            Inline::Text(text) => out.push_str(text),
            Inline::Strong(c) | Inline::Emph(c) | Inline::Link { children: c, .. } => {
                out.push_str(&plain_text(c))
            }
            Inline::LineBreak => out.push(' '),
            Inline::PageNumber | Inline::PageCount => {}
        }
    }
    out
}

/// Whether the nodes print nothing: only blanks, no page number or count (a footer line that
/// is just `{ $page }` prints).
pub fn is_blank(nodes: &[Inline]) -> bool {
    nodes.iter().all(|node| match node {
        Inline::Text(text) => text.trim().is_empty(),
        Inline::Strong(c) | Inline::Emph(c) | Inline::Link { children: c, .. } => is_blank(c),
        Inline::LineBreak => true,
        Inline::PageNumber | Inline::PageCount => false,
    })
}

/// Removes the page sentinels from untrusted text before it is formatted.
pub fn strip_sentinels(text: &str) -> String {
    text.replace([PAGE_SENTINEL, PAGES_SENTINEL], "")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_links() -> BTreeMap<String, String> {
        BTreeMap::new()
    }

    #[test]
    fn hostile_text_stays_one_string_literal() {
        let text = r#"#read("/etc/passwd") $x$ *a* _b_ @c <d> \ [ ] // = - + ~"#;
        let nodes = parse(text, &no_links()).unwrap();
        assert_eq!(nodes, vec![Inline::Text(text.to_string())]);
        assert_eq!(
            to_typst(&nodes),
            r##"#"#read(\"/etc/passwd\") $x$ *a* _b_ @c <d> \\ [ ] // = - + ~";"##
        );
    }

    #[test]
    fn tags_nest_and_links_resolve_by_name() {
        let mut links = BTreeMap::new();
        links.insert("guide".to_string(), "https://example.com/g".to_string());
        let nodes = parse(r#"Read <b>this <a href="guide">guide</a></b>."#, &links).unwrap();
        assert_eq!(
            to_typst(&nodes),
            r##"#"Read ";#strong[#"this ";#link("https://example.com/g")[#"guide";]]#".";"##
        );
    }

    #[test]
    fn unbalanced_and_unsafe_markup_is_an_error() {
        assert!(
            parse("<b>open", &no_links())
                .unwrap_err()
                .message
                .contains("never closed")
        );
        assert!(
            parse("x</i>", &no_links())
                .unwrap_err()
                .message
                .contains("closes nothing")
        );
        let err = parse(r#"<a href="file:///etc/passwd">x</a>"#, &no_links()).unwrap_err();
        assert!(err.message.contains("neither"), "{}", err.message);
    }

    #[test]
    fn hyphenated_words_are_kept_whole() {
        let typst = to_typst(&parse("uz e-pasta adresi", &no_links()).unwrap());
        assert_eq!(typst, "#\"uz \";#box[#\"e-pasta\";]#\" adresi\";");
    }

    #[test]
    fn newlines_become_spaces_and_sentinels_page_counters() {
        let text = format!("Page {PAGE_SENTINEL} of\n{PAGES_SENTINEL}");
        let typst = to_typst(&parse(&text, &no_links()).unwrap());
        assert_eq!(
            typst,
            "#\"Page \";#context counter(page).display();#\" of \";\
             #context counter(page).final().first();"
        );
    }
}
