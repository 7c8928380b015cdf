//! The font of the form fields: Noto Sans embedded whole as a Type0 (CIDFontType2, Identity-H)
//! font in the AcroForm's `/DR`, with widths and a ToUnicode map for every glyph, so a name in
//! Latvian, Polish, Greek or Cyrillic typed into a field can be shown by any viewer. Built once
//! per process; each PDF gets a copy of the same objects.

use std::io::Write;
use std::sync::OnceLock;

use lopdf::{Dictionary, Object, Stream, dictionary};

/// The resource name of the font in `/DR`, `/DA` and our own appearance streams: only the
/// key, the font stays Noto Sans (`/BaseFont`). PDFium (Chrome) uses a field's `/DA` font for
/// a typed letter only when the letter's Windows charset matches the font's, and it gives an
/// embedded font the ANSI charset unless the resource is named `Wingdings`, `Wingdings2`,
/// `Wingdings3` or `Webdings` (`CPDF_BAFontMap`): under any other name every letter above
/// U+00FF goes to a non-embedded system font, or is dropped. pdf.js, poppler and MuPDF ignore
/// the name.
pub const RESOURCE_NAME: &str = "Wingdings";

/// The font's PDF objects before they get object numbers.
pub struct FormFont {
    /// FontFile2 stream (compressed TrueType program).
    pub program: Stream,
    pub to_unicode: Stream,
    /// `/W` array: widths of every glyph, in 1/1000 em.
    pub widths: Vec<Object>,
    pub descriptor: Dictionary,
    /// Unicode scalar -> glyph ID, for drawing our own appearance text.
    pub glyphs: std::collections::HashMap<char, u16>,
    pub units_per_em: f64,
}

fn deflate(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("in-memory write");
    encoder.finish().expect("in-memory write")
}

/// The font program as build.rs compressed it: deflating it here cost each process as much
/// as laying out a letter.
const PROGRAM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/form-font.zlib"));

fn compressed_stream(dict: Dictionary, bytes: &[u8]) -> Stream {
    flate_stream(dict, deflate(bytes))
}

fn flate_stream(mut dict: Dictionary, compressed: Vec<u8>) -> Stream {
    dict.set("Filter", "FlateDecode");
    let mut stream = Stream::new(dict, compressed);
    stream.allows_compression = false;
    stream
}

/// The shared form font (built on first use).
pub fn form_font() -> &'static FormFont {
    static FONT: OnceLock<FormFont> = OnceLock::new();
    FONT.get_or_init(|| build(ttf_noto_sans::REGULAR))
}

fn build(data: &'static [u8]) -> FormFont {
    let face = ttf_parser::Face::parse(data, 0).expect("the embedded Noto Sans parses");
    let units = f64::from(face.units_per_em());
    let scale = |v: i16| Object::Integer((f64::from(v) * 1000.0 / units).round() as i64);

    // Unicode -> glyph, and the first code point of each glyph for ToUnicode.
    let mut glyphs = std::collections::HashMap::new();
    let mut to_unicode: std::collections::BTreeMap<u16, char> = std::collections::BTreeMap::new();
    if let Some(cmap) = face.tables().cmap {
        for subtable in cmap.subtables {
            if !subtable.is_unicode() {
                continue;
            }
            subtable.codepoints(|cp| {
                if let (Some(c), Some(gid)) = (char::from_u32(cp), subtable.glyph_index(cp)) {
                    glyphs.entry(c).or_insert(gid.0);
                    to_unicode.entry(gid.0).or_insert(c);
                }
            });
        }
    }

    let count = face.number_of_glyphs();
    let widths: Vec<Object> = (0..count)
        .map(|gid| {
            let advance = face
                .glyph_hor_advance(ttf_parser::GlyphId(gid))
                .unwrap_or(0);
            Object::Integer((f64::from(advance) * 1000.0 / units).round() as i64)
        })
        .collect();

    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let entries: Vec<(u16, char)> = to_unicode.into_iter().collect();
    for chunk in entries.chunks(100) {
        cmap.push_str(&format!("{} beginbfchar\n", chunk.len()));
        for (gid, c) in chunk {
            let mut units16 = [0u16; 2];
            let hex: String = c
                .encode_utf16(&mut units16)
                .iter()
                .map(|u| format!("{u:04X}"))
                .collect();
            cmap.push_str(&format!("<{gid:04X}> <{hex}>\n"));
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");

    let bbox = face.global_bounding_box();
    let descriptor = dictionary! {
        "Type" => "FontDescriptor",
        "FontName" => Object::Name(b"NotoSans-Regular".to_vec()),
        "Flags" => 32,
        "FontBBox" => vec![scale(bbox.x_min), scale(bbox.y_min), scale(bbox.x_max), scale(bbox.y_max)],
        "ItalicAngle" => 0,
        "Ascent" => scale(face.ascender()),
        "Descent" => scale(face.descender()),
        "CapHeight" => scale(face.capital_height().unwrap_or(face.ascender())),
        "StemV" => 80,
    };
    FormFont {
        program: flate_stream(
            dictionary! { "Length1" => data.len() as i64 },
            PROGRAM.to_vec(),
        ),
        to_unicode: compressed_stream(Dictionary::new(), cmap.as_bytes()),
        widths,
        descriptor,
        glyphs,
        units_per_em: units,
    }
}

/// Adds the font's objects to `doc`; returns the Type0 font's object ID.
pub fn add_to(doc: &mut lopdf::Document, font: &FormFont) -> lopdf::ObjectId {
    let program = doc.add_object(font.program.clone());
    let to_unicode = doc.add_object(font.to_unicode.clone());
    let mut descriptor = font.descriptor.clone();
    descriptor.set("FontFile2", program);
    let descriptor = doc.add_object(descriptor);
    let cid_font = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "CIDFontType2",
        "BaseFont" => Object::Name(b"NotoSans-Regular".to_vec()),
        "CIDSystemInfo" => dictionary! {
            "Registry" => Object::string_literal("Adobe"),
            "Ordering" => Object::string_literal("Identity"),
            "Supplement" => 0,
        },
        "FontDescriptor" => descriptor,
        "DW" => 600,
        "W" => vec![Object::Integer(0), Object::Array(font.widths.clone())],
        "CIDToGIDMap" => "Identity",
    });
    doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type0",
        "BaseFont" => Object::Name(b"NotoSans-Regular".to_vec()),
        "Encoding" => "Identity-H",
        "DescendantFonts" => vec![Object::Reference(cid_font)],
        "ToUnicode" => to_unicode,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// build.rs compressed the very font the fields use, as `deflate` would have.
    #[test]
    fn the_prebuilt_font_program_is_the_font_deflated_at_the_best_level() {
        assert_eq!(PROGRAM, deflate(ttf_noto_sans::REGULAR).as_slice());
    }
}
