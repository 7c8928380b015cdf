//! What a unit's target text may hold. XLIFF text reaches a `.ftl` file and then the notice, so
//! a hostile agency could write Fluent syntax (a line break then `.attr =`, `[few]`, `}`) or
//! spell our markup with escaped characters (`&lt;a href=…&gt;`). Text stays text: anything
//! that would change the message's Fluent shape or form a markup tag outside the source's
//! inline codes is refused, with what to do.

use super::units::Seg;
use crate::markup;

/// Why a target is refused, and what the translator can do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub message: String,
    pub hint: String,
}

fn refuse(message: impl Into<String>, hint: impl Into<String>) -> Refusal {
    Refusal {
        message: message.into(),
        hint: hint.into(),
    }
}

/// The target's text, trimmed of the spaces Fluent would drop at its ends (and empty pieces
/// dropped, so a target of spaces only is an empty one).
pub fn trimmed(mut segs: Vec<Seg>) -> Vec<Seg> {
    if let Some(Seg::Text(first)) = segs.first_mut() {
        *first = first.trim_start_matches(' ').to_string();
    }
    if let Some(Seg::Text(last)) = segs.last_mut() {
        *last = last.trim_end_matches(' ').to_string();
    }
    segs.retain(|s| !matches!(s, Seg::Text(t) if t.is_empty()));
    segs
}

/// Checks a target's text pieces against its source: see the module's comment.
pub fn check_text(target: &[Seg], source: &[Seg]) -> Result<(), Refusal> {
    let source_has_lines = source
        .iter()
        .any(|s| matches!(s, Seg::Text(t) if t.contains('\n')));
    for seg in target {
        let Seg::Text(text) = seg else { continue };
        check_chars(text, source_has_lines)?;
    }
    if source_has_lines {
        check_line_starts(target)?;
    }
    check_markup(target)
}

fn check_chars(text: &str, source_has_lines: bool) -> Result<(), Refusal> {
    for c in text.chars() {
        match c {
            '\n' if source_has_lines => {}
            '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => {
                return Err(refuse(
                    "the target has a line break, which would end the message's line in the \
                     `.ftl` file (the next line could add an attribute or a variant)",
                    "write the target on one line (join its lines with a space): the notice \
                     wraps text by itself, and a forced break is the source's `<br/>` code",
                ));
            }
            '{' | '}' => {
                return Err(refuse(
                    format!("the target has a `{c}`, which is Fluent syntax, not text"),
                    "remove it; a brace the notice must print is written in the source message \
                     (as `{\"{\"}`) and reaches the translator as an inline code to keep",
                ));
            }
            c if c.is_control() && c != '\t' => {
                return Err(refuse(
                    format!(
                        "the target has the control character U+{:04X}",
                        u32::from(c)
                    ),
                    "remove it (it is invisible, and a notice does not print it)",
                ));
            }
            _ => {}
        }
    }
    Ok(())
}

/// In a multi-line message, a line that starts with `[`, `*` or `.` is a variant or an
/// attribute to Fluent, not text.
fn check_line_starts(target: &[Seg]) -> Result<(), Refusal> {
    let mut at_line_start = false;
    for seg in target {
        let Seg::Text(text) = seg else {
            at_line_start = false;
            continue;
        };
        for (index, line) in text.split('\n').enumerate() {
            if index > 0 {
                at_line_start = true;
            }
            if at_line_start {
                let rest = line.trim_start_matches(' ');
                if let Some(c) = rest.chars().next().filter(|c| matches!(c, '[' | '*' | '.')) {
                    return Err(refuse(
                        format!(
                            "a line of the target starts with `{c}`, which Fluent reads as a \
                             variant or an attribute, not text"
                        ),
                        "move the character away from the line's start (or join the lines)",
                    ));
                }
                if !rest.is_empty() {
                    at_line_start = false;
                }
            }
        }
    }
    Ok(())
}

/// Text that spells a tag of our markup (`<b>`, `</a>`, `<a href="…">`, `<br/>`) is refused:
/// the tags a target has are the source's inline codes, no others. The scan reads the target
/// as `markup::parse` reads the formatted message: codes are whole tags, a placeable is a
/// value, and a tag that starts in text (or text that a placeable's value could complete into
/// a tag) is refused.
fn check_markup(target: &[Seg]) -> Result<(), Refusal> {
    // The target as the notice's markup reader sees it; `from_text[i]`: byte i came from text.
    let mut joined = String::new();
    let mut from_text = Vec::new();
    for (index, seg) in target.iter().enumerate() {
        match seg {
            Seg::Text(text) => {
                if matches!(target.get(index + 1), Some(Seg::Ph { code, .. }) if code.starts_with('{'))
                    && let Some(start) = text.rfind('<')
                    && markup::is_tag_prefix(&text[start..])
                {
                    return Err(markup_refusal(&text[start..]));
                }
                joined.push_str(text);
                from_text.resize(joined.len(), true);
            }
            Seg::Ph { code, .. } if code.starts_with('{') => {
                // A placeable's value: stands for text that is not a tag.
                joined.push('\u{FFFC}');
                from_text.resize(joined.len(), false);
            }
            Seg::Ph { code, .. } | Seg::Open { code, .. } | Seg::Close { code, .. } => {
                joined.push_str(code);
                from_text.resize(joined.len(), false);
            }
        }
    }
    let mut i = 0;
    while i < joined.len() {
        let rest = &joined[i..];
        if let Some(len) = rest
            .starts_with('<')
            .then(|| markup::tag_len(rest))
            .flatten()
        {
            if from_text[i] {
                return Err(markup_refusal(&rest[..len]));
            }
            i += len;
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
        }
    }
    Ok(())
}

fn markup_refusal(tag: &str) -> Refusal {
    refuse(
        format!(
            "the target's text spells the markup tag `{tag}`, which would become real markup in \
             the notice"
        ),
        "markup in a target is the source's inline codes only (keep them as your tool shows \
         them); if `<` must print as text here, put a space after it",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> Seg {
        Seg::Text(t.to_string())
    }

    fn ph(code: &str) -> Seg {
        Seg::Ph {
            id: "1".into(),
            code: code.into(),
        }
    }

    #[test]
    fn fluent_syntax_and_spelled_markup_are_refused() {
        let source = [text("Hello")];
        for bad in [
            "Hello\n.evil = injected",
            "Hello\n[zero] x",
            "a } b",
            "a { $x } b",
            "x\u{7}y",
            "see <a href=\"https://evil.example\">here</a>",
            "<b>bold</b>",
            "line<br/>break",
        ] {
            assert!(check_text(&[text(bad)], &source).is_err(), "{bad:?}");
        }
        for good in ["a < b and c > d", "<c>", "5 <= 6", "Tab\there", "x </z>"] {
            assert_eq!(check_text(&[text(good)], &source), Ok(()), "{good:?}");
        }
    }

    #[test]
    fn a_tag_completed_by_a_placeable_or_split_around_one_is_refused() {
        let source = [text("Hello"), ph("{ $url }")];
        let split = [text("<a href=\""), ph("{ $url }"), text("\">x</a>")];
        assert!(check_text(&split, &source).is_err());
        let before = [text("x <"), ph("{ other }")];
        assert!(check_text(&before, &source).is_err());
        let fine = [text("x < "), ph("{ other }")];
        assert_eq!(check_text(&fine, &source), Ok(()));
    }

    #[test]
    fn multi_line_sources_keep_lines_but_no_line_is_syntax() {
        let source = [text("one\ntwo")];
        assert_eq!(check_text(&[text("uno\ndue")], &source), Ok(()));
        assert!(check_text(&[text("uno\n  .evil = x")], &source).is_err());
        assert!(check_text(&[text("uno\n*[other] x")], &source).is_err());
    }

    #[test]
    fn spaces_at_the_ends_are_trimmed_and_blank_targets_are_empty() {
        assert_eq!(
            trimmed(vec![text("  x "), ph("{ $a }"), text(" ")]),
            vec![text("x "), ph("{ $a }")]
        );
        assert_eq!(trimmed(vec![text("   ")]), vec![]);
    }
}
