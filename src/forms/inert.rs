//! Text read from a returned form, made inert for where it is written: the one place every
//! writer of `replies collect` (terminal, CSV, JSON) passes such text through.
//!
//! A returned form is untrusted: its account, field names and values, and even a parser's
//! error message about it, may hold control characters that a terminal runs (a clear screen,
//! a title change, an OSC 52 clipboard write) or bidirectional overrides that make a value read
//! as another. Every such character is shown as `\u{1b}`, never written raw:
//!
//! - on the terminal ([`terminal`]): every C0 control (line breaks and tabs too), DEL, every
//!   C1 control, the bidi controls and the Unicode line and paragraph separators;
//! - in a CSV cell ([`csv_cell`]): the same but line feeds and tabs (a multi-line answer stays
//!   multi-line in a quoted cell), then OWASP's CSV-injection rule: a cell starting with `=`,
//!   `+`, `-`, `@`, tab or carriage return, or with `'` itself, gets a leading `'`;
//! - in JSON ([`json`]): the same characters as `\uXXXX` escapes, so a JSON reader gets the
//!   exact value back while the bytes stay inert on a terminal.

use std::borrow::Cow;

/// Whether a terminal or a text viewer may act on `c` instead of showing it: C0 controls,
/// DEL, C1 controls, bidi embeddings, overrides, isolates and marks, line and paragraph
/// separators.
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}'
        | '\u{7f}'..='\u{9f}'
        | '\u{061c}'
        | '\u{200e}' | '\u{200f}'
        | '\u{2028}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}')
}

fn escape(text: &str, keep: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) && !keep(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) && !keep(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `text` for a terminal line: every unsafe character escaped, line breaks included.
pub fn terminal(text: &str) -> Cow<'_, str> {
    escape(text, |_| false)
}

/// `text` as a CSV cell: unsafe characters escaped except line feed and tab, and a cell a
/// spreadsheet would run as a formula made text (a leading `'`; also before a leading `'`, so
/// removing one leading `'` gives the cell's text back).
pub fn csv_cell(text: &str) -> Cow<'_, str> {
    let text = escape(text, |c| c == '\n' || c == '\t');
    if text.starts_with(['=', '+', '-', '@', '\t', '\r', '\'']) {
        Cow::Owned(format!("'{text}"))
    } else {
        text
    }
}

/// JSON text (as `serde_json` writes it) with every unsafe character that it leaves raw (DEL,
/// C1, bidi controls; it escapes C0 itself) written as a `\uXXXX` escape. Outside strings JSON
/// is ASCII, so this changes only string contents, and only their bytes, not their values.
pub fn json(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe_raw_in_json) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if is_unsafe_raw_in_json(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// The unsafe characters that may appear raw in JSON text: all but the whitespace between
/// tokens (`serde_json` escapes the C0 controls inside strings).
fn is_unsafe_raw_in_json(c: char) -> bool {
    is_unsafe(c) && !matches!(c, '\n' | '\t' | '\r' | ' ')
}

/// A value serialized as pretty JSON with a final line feed, made inert by [`json`].
pub fn to_json<T: serde::Serialize>(value: &T) -> Vec<u8> {
    let text = serde_json::to_string_pretty(value).expect("a table serializes");
    let mut text = json(&text).into_owned();
    text.push('\n');
    text.into_bytes()
}

/// A diagnostic about a returned form, with its message and notes made inert for the terminal.
pub fn diagnostic(mut d: crate::diag::Diagnostic) -> crate::diag::Diagnostic {
    d.message = terminal(&d.message).into_owned();
    for note in &mut d.notes {
        *note = terminal(note).into_owned();
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_escapes_show_every_control() {
        let attack = "A-1\u{1b}[2J\u{1b}]0;pwned\u{7}\u{1b}]52;c;ZXZpbA==\u{7}\u{9b}31m\u{202e}cba\u{7f}\r\n";
        let shown = terminal(attack);
        assert!(!shown.chars().any(is_unsafe), "{shown}");
        assert_eq!(
            shown,
            "A-1\\u{1b}[2J\\u{1b}]0;pwned\\u{7}\\u{1b}]52;c;ZXZpbA==\\u{7}\\u{9b}31m\\u{202e}cba\\u{7f}\\u{d}\\u{a}"
        );
        assert!(matches!(terminal("Jānis Bērziņš"), Cow::Borrowed(_)));
    }

    #[test]
    fn csv_cells_are_inert_text() {
        for value in [
            "=1+1",
            "+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "'=x",
        ] {
            assert_eq!(csv_cell(value), format!("'{value}"));
        }
        assert_eq!(csv_cell("\rx"), "\\u{d}x");
        assert_eq!(csv_cell("a\nb\u{1b}c"), "a\nb\\u{1b}c");
        for value in ["Jānis", "", "1-2", "a=b"] {
            assert_eq!(csv_cell(value), value);
        }
    }

    #[test]
    fn json_keeps_values_and_escapes_bytes() {
        let value = serde_json::json!({ "v": "a\u{1b}b\u{9b}c\u{202e}d\u{7f}" });
        let bytes = to_json(&value);
        let text = std::str::from_utf8(&bytes).unwrap();
        assert!(
            !text.trim_end().chars().any(is_unsafe_raw_in_json),
            "{text}"
        );
        assert!(!text.contains('\u{1b}'));
        let back: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(back, value);
    }
}
