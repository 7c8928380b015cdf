//! XLIFF 2.0 and 1.2 as XML: written with quick-xml, read with roxmltree (which keeps every
//! node's position, so an import's errors name the XLIFF file's line and column).
//!
//! | noticegen | XLIFF 2.0 | XLIFF 1.2 |
//! |---|---|---|
//! | a `.ftl` file | `<file id="STEM">` | `<file original="STEM.ftl">` |
//! | a message part | `<unit id="msg">`, `msg.attr`, `msg#variant` | `<trans-unit id=...>` |
//! | a placeable, `<br/>` | `<ph id equiv disp>` | `<x id equiv-text>` |
//! | `<b>`, `<i>`, `<a href>` | `<pc id dispStart dispEnd>` | `<g id ctype>` |
//! | initial / translated / reviewed / stale | `state` initial / translated / reviewed / translated + `subState="noticegen:needs-review"` | `state` new / translated / signed-off / needs-review-translation |
//! | comment, location, variables, use | `<notes><note category>` | `<note from>` |

use std::collections::BTreeMap;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use super::units::Seg;
use super::{Export, State, Version};

const XLIFF2: &str = "urn:oasis:names:tc:xliff:document:2.0";
const XLIFF12: &str = "urn:oasis:names:tc:xliff:document:1.2";

type W = Writer<Vec<u8>>;

fn start(w: &mut W, name: &str, attrs: &[(&str, &str)]) {
    let mut e = BytesStart::new(name);
    for (k, v) in attrs {
        e.push_attribute((*k, *v));
    }
    w.write_event(Event::Start(e)).expect("writing to memory");
}

fn empty(w: &mut W, name: &str, attrs: &[(&str, &str)]) {
    let mut e = BytesStart::new(name);
    for (k, v) in attrs {
        e.push_attribute((*k, *v));
    }
    w.write_event(Event::Empty(e)).expect("writing to memory");
}

fn end(w: &mut W, name: &str) {
    w.write_event(Event::End(BytesEnd::new(name)))
        .expect("writing to memory");
}

fn text(w: &mut W, t: &str) {
    w.write_event(Event::Text(BytesText::new(t)))
        .expect("writing to memory");
}

/// One locale's export as an XLIFF document.
pub fn write(export: &Export, version: Version) -> String {
    let mut w = Writer::new(Vec::new());
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .expect("writing to memory");
    text(&mut w, "\n");
    match version {
        Version::V2 => start(
            &mut w,
            "xliff",
            &[
                ("xmlns", XLIFF2),
                ("version", "2.0"),
                ("srcLang", &export.source_tag),
                ("trgLang", &export.target_tag),
            ],
        ),
        Version::V1_2 => start(&mut w, "xliff", &[("xmlns", XLIFF12), ("version", "1.2")]),
    }
    for file in &export.files {
        text(&mut w, "\n  ");
        let original = format!("{}.ftl", file.stem);
        match version {
            Version::V2 => start(
                &mut w,
                "file",
                &[("id", &file.stem), ("original", &original)],
            ),
            Version::V1_2 => {
                start(
                    &mut w,
                    "file",
                    &[
                        ("original", &original),
                        ("source-language", &export.source_tag),
                        ("target-language", &export.target_tag),
                        ("datatype", "plaintext"),
                    ],
                );
                text(&mut w, "\n    ");
                start(&mut w, "body", &[]);
            }
        }
        for unit in &file.units {
            match version {
                Version::V2 => unit_v2(&mut w, unit),
                Version::V1_2 => unit_v12(&mut w, unit),
            }
        }
        match version {
            Version::V2 => {
                text(&mut w, "\n  ");
                end(&mut w, "file");
            }
            Version::V1_2 => {
                text(&mut w, "\n    ");
                end(&mut w, "body");
                text(&mut w, "\n  ");
                end(&mut w, "file");
            }
        }
    }
    text(&mut w, "\n");
    end(&mut w, "xliff");
    text(&mut w, "\n");
    String::from_utf8(w.into_inner()).expect("XML of UTF-8 text")
}

fn unit_v2(w: &mut W, unit: &super::Unit) {
    text(w, "\n    ");
    start(w, "unit", &[("id", &unit.id)]);
    text(w, "\n      ");
    start(w, "notes", &[]);
    for (category, note) in &unit.notes {
        text(w, "\n        ");
        start(w, "note", &[("category", category)]);
        text(w, note);
        end(w, "note");
    }
    text(w, "\n      ");
    end(w, "notes");
    text(w, "\n      ");
    let attrs: Vec<(&str, &str)> = match unit.state {
        State::Initial => vec![("state", "initial")],
        State::Translated => vec![("state", "translated")],
        State::Reviewed => vec![("state", "reviewed")],
        State::NeedsReview => vec![
            ("state", "translated"),
            ("subState", "noticegen:needs-review"),
        ],
    };
    start(w, "segment", &attrs);
    text(w, "\n        ");
    start(w, "source", &[]);
    segs_v2(w, &unit.source);
    end(w, "source");
    if let Some(target) = &unit.target {
        text(w, "\n        ");
        start(w, "target", &[]);
        segs_v2(w, target);
        end(w, "target");
    }
    text(w, "\n      ");
    end(w, "segment");
    text(w, "\n    ");
    end(w, "unit");
}

fn segs_v2(w: &mut W, segs: &[Seg]) {
    let mut closes: BTreeMap<&str, &str> = BTreeMap::new();
    for seg in segs {
        if let Seg::Close { id, code } = seg {
            closes.insert(id, code);
        }
    }
    for seg in segs {
        match seg {
            Seg::Text(t) => text(w, t),
            Seg::Ph { id, code } => empty(w, "ph", &[("id", id), ("equiv", code), ("disp", code)]),
            Seg::Open { id, code } => {
                let close = closes.get(id.as_str()).copied().unwrap_or("");
                start(
                    w,
                    "pc",
                    &[
                        ("id", id),
                        ("equivStart", code),
                        ("equivEnd", close),
                        ("dispStart", code),
                        ("dispEnd", close),
                    ],
                );
            }
            Seg::Close { .. } => end(w, "pc"),
        }
    }
}

fn unit_v12(w: &mut W, unit: &super::Unit) {
    text(w, "\n      ");
    start(w, "trans-unit", &[("id", &unit.id), ("resname", &unit.id)]);
    text(w, "\n        ");
    start(w, "source", &[]);
    segs_v12(w, &unit.source);
    end(w, "source");
    if let Some(target) = &unit.target {
        let state = match unit.state {
            State::Initial => "new",
            State::Translated => "translated",
            State::Reviewed => "signed-off",
            State::NeedsReview => "needs-review-translation",
        };
        text(w, "\n        ");
        start(w, "target", &[("state", state)]);
        segs_v12(w, target);
        end(w, "target");
    }
    for (category, note) in &unit.notes {
        text(w, "\n        ");
        start(w, "note", &[("from", category)]);
        text(w, note);
        end(w, "note");
    }
    text(w, "\n      ");
    end(w, "trans-unit");
}

fn segs_v12(w: &mut W, segs: &[Seg]) {
    for seg in segs {
        match seg {
            Seg::Text(t) => text(w, t),
            Seg::Ph { id, code } => empty(w, "x", &[("id", id), ("equiv-text", code)]),
            Seg::Open { id, code } => start(w, "g", &[("id", id), ("equiv-text", code)]),
            Seg::Close { .. } => end(w, "g"),
        }
    }
}

/// A unit as read from an XLIFF file: its target's pieces (codes by id only) and where it is.
pub struct ReadUnit {
    pub file: String,
    pub id: String,
    pub target: Option<Vec<ReadSeg>>,
    /// Whether the file marks it reviewed (2.0 `reviewed`/`final`, 1.2 `signed-off`/`final`).
    pub reviewed: bool,
    /// Byte offset of the unit's element in the XLIFF text.
    pub offset: usize,
}

/// A target piece: text, or a code by its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadSeg {
    Text(String),
    Ph(String),
    Open(String),
    Close(String),
}

/// What an XLIFF file says.
pub struct Read {
    pub version: Version,
    pub target_lang: Option<String>,
    /// Byte offset of the element that gives the target language.
    pub lang_at: usize,
    pub units: Vec<ReadUnit>,
}

/// Why a file cannot be read as XLIFF, at a byte offset of its text.
#[derive(Debug)]
pub struct XmlError {
    pub offset: usize,
    pub message: String,
    pub hint: Option<String>,
}

impl XmlError {
    fn new(offset: usize, message: impl Into<String>) -> Self {
        Self {
            offset,
            message: message.into(),
            hint: None,
        }
    }
}

/// The byte offset of a 1-based line and column (in characters), as roxmltree reports them.
fn offset_of(text: &str, line: u32, column: u32) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1) as usize)
        .map(str::len)
        .sum();
    let rest = &text[start.min(text.len())..];
    start
        + rest
            .char_indices()
            .nth(column.saturating_sub(1) as usize)
            .map_or(rest.len(), |(i, _)| i)
}

/// Parses an XLIFF 2.0 or 1.2 file. Positions are byte offsets (a large file's thousands of
/// units must not each rescan it for a line number).
pub fn read(xml: &str) -> Result<Read, XmlError> {
    let doc = roxmltree::Document::parse(xml).map_err(|e| parse_error(xml, e))?;
    let root = doc.root_element();
    let version = version_of(root)?;
    let mut units = Vec::new();
    let mut target_lang = root.attribute("trgLang").map(str::to_string);
    let mut lang_at = root.range().start;
    for file in root
        .children()
        .filter(|n| n.has_tag_name((ns(version), "file")))
    {
        let stem = match version {
            Version::V2 => file.attribute("id").unwrap_or_default().to_string(),
            Version::V1_2 => {
                if target_lang.is_none() {
                    target_lang = file.attribute("target-language").map(str::to_string);
                    lang_at = file.range().start;
                }
                file.attribute("original")
                    .unwrap_or_default()
                    .trim_end_matches(".ftl")
                    .to_string()
            }
        };
        let unit_name = match version {
            Version::V2 => "unit",
            Version::V1_2 => "trans-unit",
        };
        units.extend(
            file.descendants()
                .filter(|n| n.has_tag_name((ns(version), unit_name)))
                .map(|unit| read_unit(unit, version, &stem)),
        );
    }
    Ok(Read {
        version,
        target_lang,
        lang_at,
        units,
    })
}

fn parse_error(xml: &str, e: roxmltree::Error) -> XmlError {
    match e {
        // roxmltree reports no position for a DTD: it is where the DOCTYPE stands.
        roxmltree::Error::DtdDetected => XmlError {
            offset: xml.find("<!DOCTYPE").unwrap_or(0),
            message: "not well-formed XLIFF: the file has a DTD (`<!DOCTYPE …>`)".into(),
            hint: Some(
                "XLIFF files need no DTD and noticegen reads none (no entity is expanded): \
                 export the file again without the DOCTYPE line"
                    .into(),
            ),
        },
        e => {
            let pos = e.pos();
            XmlError::new(
                offset_of(xml, pos.row, pos.col),
                format!("not well-formed XML: {e}"),
            )
        }
    }
}

/// The root must be `<xliff>` of a version noticegen reads.
fn version_of(root: roxmltree::Node) -> Result<Version, XmlError> {
    let at = root.range().start;
    if root.tag_name().name() != "xliff" {
        return Err(XmlError::new(
            at,
            "not an XLIFF file: the root element is not <xliff>",
        ));
    }
    match root.attribute("version") {
        Some("2.0") | Some("2.1") => Ok(Version::V2),
        Some("1.2") => Ok(Version::V1_2),
        other => Err(XmlError::new(
            at,
            format!("XLIFF version {other:?}: noticegen reads 2.0 and 1.2"),
        )),
    }
}

/// One `<unit>` (2.0) or `<trans-unit>` (1.2): its target's pieces and whether it is reviewed.
fn read_unit(unit: roxmltree::Node, version: Version, stem: &str) -> ReadUnit {
    let (target, reviewed) = match version {
        Version::V2 => {
            let segment = unit
                .children()
                .find(|n| n.has_tag_name((ns(version), "segment")));
            let state = segment
                .and_then(|s| s.attribute("state"))
                .unwrap_or("initial");
            let target = segment.and_then(|s| {
                s.children()
                    .find(|n| n.has_tag_name((ns(version), "target")))
            });
            (target, matches!(state, "reviewed" | "final"))
        }
        Version::V1_2 => {
            let target = unit
                .children()
                .find(|n| n.has_tag_name((ns(version), "target")));
            let state = target.and_then(|t| t.attribute("state")).unwrap_or("");
            (target, matches!(state, "signed-off" | "final"))
        }
    };
    ReadUnit {
        file: stem.to_string(),
        id: unit.attribute("id").unwrap_or_default().to_string(),
        target: target.map(|t| {
            let mut segs = Vec::new();
            content(t, version, &mut segs);
            segs
        }),
        reviewed,
        offset: unit.range().start,
    }
}

fn ns(version: Version) -> &'static str {
    match version {
        Version::V2 => XLIFF2,
        Version::V1_2 => XLIFF12,
    }
}

/// A target's pieces, in document order, with an explicit stack (a hostile file may nest codes
/// a million deep): a `<pc>`/`<g>` becomes a tag pair around its content, a `<ph>`/`<x>` a
/// placeable (its content ignored), any other element (markers a tool adds) only its text.
fn content(node: roxmltree::Node, version: Version, out: &mut Vec<ReadSeg>) {
    let is = |n: roxmltree::Node, v2: &str, v12: &str| {
        n.tag_name().name()
            == match version {
                Version::V2 => v2,
                Version::V1_2 => v12,
            }
    };
    let id = |n: roxmltree::Node| n.attribute("id").unwrap_or_default().to_string();
    // (node, whether it is the end of a tag pair to close)
    let mut stack: Vec<(roxmltree::Node, bool)> =
        node.children().rev().map(|c| (c, false)).collect();
    while let Some((n, closing)) = stack.pop() {
        if closing {
            out.push(ReadSeg::Close(id(n)));
        } else if n.is_text() {
            out.push(ReadSeg::Text(n.text().unwrap_or_default().to_string()));
        } else if !n.is_element() {
            // Comments and processing instructions carry no text.
        } else if is(n, "ph", "x") {
            out.push(ReadSeg::Ph(id(n)));
        } else {
            if is(n, "pc", "g") {
                out.push(ReadSeg::Open(id(n)));
                stack.push((n, true));
            }
            stack.extend(n.children().rev().map(|c| (c, false)));
        }
    }
}
