//! Letterhead logos are untrusted input: a profile's `logo:` file is read and checked here
//! before typst sees it, so that no logo can hang, exhaust memory or crash a build.
//!
//! [`read`] takes only a regular file (opened without blocking, then checked on the open
//! handle) of at most [`MAX_FILE_BYTES`]. [`check`] tells the format from the bytes and reads
//! only what bounds the cost of decoding: a raster image's header (at most [`MAX_SIDE`] pixels a
//! side and [`MAX_PIXELS`] in all), an SVG's parse with the parser typst uses (at most
//! [`MAX_SVG_BYTES`]; no compressed SVG, no linked files, embedded images checked alike).

use std::io::{Cursor, Read};
use std::path::Path;
use std::sync::{Arc, Mutex};

/// The most bytes a logo file may have.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;
/// The most bytes an SVG logo may have: its parsed tree takes many times its size.
pub const MAX_SVG_BYTES: u64 = 5 * 1024 * 1024;
/// The most pixels a raster logo may have on either side.
pub const MAX_SIDE: u32 = 10_000;
/// The most pixels a raster logo may have in all (40 megapixels, 160 MB decoded).
pub const MAX_PIXELS: u64 = 40_000_000;

/// The image formats a logo may be in (those typst shows).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Svg,
    Png,
    Jpeg,
    Gif,
    Webp,
}

impl Format {
    /// The format a file name's extension (any case) names.
    pub fn from_extension(extension: &str) -> Option<Self> {
        Some(match extension.to_ascii_lowercase().as_str() {
            "svg" => Self::Svg,
            "png" => Self::Png,
            "jpg" | "jpeg" => Self::Jpeg,
            "gif" => Self::Gif,
            "webp" => Self::Webp,
            _ => return None,
        })
    }

    /// Every format, for checking bytes as each.
    pub const ALL: [Format; 5] = [Self::Svg, Self::Png, Self::Jpeg, Self::Gif, Self::Webp];

    /// The format the bytes are in, told from their content; `None` for anything else.
    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        match image::guess_format(bytes) {
            Ok(image::ImageFormat::Png) => Some(Self::Png),
            Ok(image::ImageFormat::Jpeg) => Some(Self::Jpeg),
            Ok(image::ImageFormat::Gif) => Some(Self::Gif),
            Ok(image::ImageFormat::WebP) => Some(Self::Webp),
            _ if looks_like_svg(bytes) => Some(Self::Svg),
            _ => None,
        }
    }

    /// The extension typst decodes this format by.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Svg => "svg",
            Self::Png => "png",
            Self::Jpeg => "jpg",
            Self::Gif => "gif",
            Self::Webp => "webp",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Svg => "SVG",
            Self::Png => "PNG",
            Self::Jpeg => "JPEG",
            Self::Gif => "GIF",
            Self::Webp => "WebP",
        }
    }

    /// The name with its article: "an SVG", "a PNG".
    fn a(self) -> &'static str {
        match self {
            Self::Svg => "an SVG",
            Self::Png => "a PNG",
            Self::Jpeg => "a JPEG",
            Self::Gif => "a GIF",
            Self::Webp => "a WebP",
        }
    }

    fn raster(self) -> Option<image::ImageFormat> {
        match self {
            Self::Svg => None,
            Self::Png => Some(image::ImageFormat::Png),
            Self::Jpeg => Some(image::ImageFormat::Jpeg),
            Self::Gif => Some(image::ImageFormat::Gif),
            Self::Webp => Some(image::ImageFormat::WebP),
        }
    }
}

/// An SVG is XML text (typst also takes gzip, which [`check`] refuses with its own message).
fn looks_like_svg(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        return true;
    }
    let head = &bytes[..bytes.len().min(4096)];
    let text = String::from_utf8_lossy(head);
    let text = text.trim_start_matches('\u{feff}').trim_start();
    text.starts_with('<') && text.contains("<svg")
}

/// Why a logo is refused. Its `Display` is a clause that follows "logo `NAME`: ".
#[derive(Debug)]
pub enum LogoError {
    /// The path names a folder, FIFO, socket or device.
    NotAFile(&'static str),
    Io(std::io::Error),
    TooLarge {
        limit: u64,
        format: Option<Format>,
    },
    /// The bytes are none of the formats a logo may be in.
    NotAnImage,
    /// The file's extension names one format, its bytes are another.
    WrongFormat {
        named: Format,
        found: Format,
    },
    TooManyPixels {
        format: Format,
        width: u32,
        height: u32,
    },
    Undecodable {
        format: Format,
        reason: String,
    },
    /// The SVG does not parse; `at` is its line and column when known.
    Svg {
        reason: String,
        at: Option<(u32, u32)>,
    },
    CompressedSvg,
    /// The SVG's `<image>` links a file (typst would look it up beside the logo).
    LinkedFile(String),
    /// An image embedded in the SVG (a `data:` URL) is refused.
    Embedded(Box<LogoError>),
}

impl std::fmt::Display for LogoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NotAFile(kind) => write!(f, "{kind}, not a regular file"),
            Self::Io(e) => write!(f, "{e}"),
            Self::TooLarge { limit, format } => write!(
                f,
                "more than {} MB, the most {} may have",
                limit / (1024 * 1024),
                match format {
                    Some(Format::Svg) => "an SVG logo",
                    _ => "a logo file",
                }
            ),
            Self::NotAnImage => write!(
                f,
                "not an image (its bytes are not SVG, PNG, JPEG, GIF or WebP)"
            ),
            Self::WrongFormat { named, found } => write!(
                f,
                "the file name says {}, but the file holds {} image",
                named.name(),
                found.a()
            ),
            Self::TooManyPixels {
                format,
                width,
                height,
            } => write!(
                f,
                "{} image of {width} x {height} pixels; a logo may have at most {MAX_SIDE} \
                 pixels a side and {} megapixels",
                format.a(),
                MAX_PIXELS / 1_000_000
            ),
            Self::Undecodable { format, reason } => {
                write!(f, "the {} image cannot be read: {reason}", format.name())
            }
            Self::Svg {
                reason,
                at: Some((line, column)),
            } => write!(
                f,
                "the SVG cannot be read at line {line}, column {column}: {reason}"
            ),
            Self::Svg { reason, at: None } => write!(f, "the SVG cannot be read: {reason}"),
            Self::CompressedSvg => write!(f, "a compressed SVG (SVGZ)"),
            Self::LinkedFile(href) => write!(
                f,
                "the SVG links the file `{}`; a logo's SVG may embed images but not link files",
                href.escape_debug()
            ),
            Self::Embedded(inner) => write!(f, "an image embedded in the SVG is {inner}"),
        }
    }
}

impl std::error::Error for LogoError {}

impl LogoError {
    /// What to do about it.
    pub fn hint(&self) -> Option<&'static str> {
        Some(match self {
            Self::NotAFile(_) => "name an image file of the project",
            Self::Io(_) => return None,
            Self::TooLarge { .. } | Self::TooManyPixels { .. } => {
                "a letterhead logo needs far less: scale it down (2,000 pixels wide prints \
                 sharp at 300 dpi up to 17 cm) or export it as SVG"
            }
            Self::Embedded(inner) => return inner.hint(),
            Self::NotAnImage | Self::Undecodable { .. } | Self::Svg { .. } => {
                "export the logo again as SVG or PNG"
            }
            Self::WrongFormat { .. } => "give the file the extension of its format",
            Self::CompressedSvg => "save the logo as a plain (uncompressed) SVG",
            Self::LinkedFile(_) => {
                "embed the image in the SVG (a `data:` URL) or export the logo again as one file"
            }
        })
    }
}

/// Reads a logo file: only a regular file, of at most [`MAX_FILE_BYTES`]. The file is opened
/// without blocking (a FIFO would otherwise wait for a writer) and without following a symbolic
/// link, then judged by the open handle's metadata, so nothing can be swapped in between.
pub fn read(path: &Path) -> Result<Vec<u8>, LogoError> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOFOLLOW);
    }
    let file = match options.open(path) {
        Ok(file) => file,
        // A socket cannot be opened at all; say what it is rather than the OS's words.
        Err(e) => {
            return Err(match std::fs::symlink_metadata(path) {
                Ok(meta) if !meta.is_file() => LogoError::NotAFile(kind(&meta.file_type())),
                _ => LogoError::Io(e),
            });
        }
    };
    let meta = file.metadata().map_err(LogoError::Io)?;
    if !meta.is_file() {
        return Err(LogoError::NotAFile(kind(&meta.file_type())));
    }
    let too_large = LogoError::TooLarge {
        limit: MAX_FILE_BYTES,
        format: None,
    };
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large);
    }
    // The length can change after the check: the read itself is bounded too.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(LogoError::Io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large);
    }
    Ok(bytes)
}

fn kind(file_type: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return "a device";
        }
    }
    if file_type.is_dir() {
        "a folder"
    } else if file_type.is_symlink() {
        "a symbolic link"
    } else {
        "a special file"
    }
}

/// Checks a logo's bytes before anything decodes them, as the format its file name says
/// (`named`; typst decodes by the extension). Any bytes give `Ok` or `Err`, never a panic, and
/// the check's own memory is bounded by the limits.
pub fn check(bytes: &[u8], named: Format) -> Result<(), LogoError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LogoError::TooLarge {
            limit: MAX_FILE_BYTES,
            format: None,
        });
    }
    let found = Format::sniff(bytes);
    match (named.raster(), found) {
        // Whatever is not a raster image is judged by the SVG parser, which says where it fails.
        (None, None | Some(Format::Svg)) => check_svg(bytes),
        (Some(raster), Some(found)) if found == named => check_raster(bytes, named, raster),
        (_, Some(found)) => Err(LogoError::WrongFormat { named, found }),
        (Some(_), None) => Err(LogoError::NotAnImage),
    }
}

/// Reads only the header: the image's size (and a GIF's first frame, which may be larger than
/// its screen), not its pixels.
fn check_raster(bytes: &[u8], format: Format, raster: image::ImageFormat) -> Result<(), LogoError> {
    let undecodable = |reason: String| LogoError::Undecodable { format, reason };
    let (width, height) = image::ImageReader::with_format(Cursor::new(bytes), raster)
        .into_dimensions()
        .map_err(|e| undecodable(e.to_string()))?;
    if width == 0 || height == 0 {
        return Err(undecodable("its header gives it no pixels".to_string()));
    }
    check_size(format, width, height)?;
    if format == Format::Gif {
        let mut decoder = gif::DecodeOptions::new()
            .read_info(Cursor::new(bytes))
            .map_err(|e| undecodable(e.to_string()))?;
        if let Some(frame) = decoder
            .next_frame_info()
            .map_err(|e| undecodable(e.to_string()))?
        {
            let right = u32::from(frame.left) + u32::from(frame.width);
            let bottom = u32::from(frame.top) + u32::from(frame.height);
            check_size(format, right.max(width), bottom.max(height))?;
        }
    }
    Ok(())
}

fn check_size(format: Format, width: u32, height: u32) -> Result<(), LogoError> {
    if width > MAX_SIDE || height > MAX_SIDE || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(LogoError::TooManyPixels {
            format,
            width,
            height,
        });
    }
    Ok(())
}

/// Parses the SVG as typst will (usvg), with every embedded image checked on the way and no
/// file linked.
fn check_svg(bytes: &[u8]) -> Result<(), LogoError> {
    if bytes.len() as u64 > MAX_SVG_BYTES {
        return Err(LogoError::TooLarge {
            limit: MAX_SVG_BYTES,
            format: Some(Format::Svg),
        });
    }
    if bytes.starts_with(&[0x1f, 0x8b]) {
        return Err(LogoError::CompressedSvg);
    }
    // The first problem an embedded or linked image has; usvg itself skips such images.
    let problem: Mutex<Option<LogoError>> = Mutex::new(None);
    let note = |error: LogoError| {
        let mut slot = problem.lock().unwrap_or_else(|e| e.into_inner());
        slot.get_or_insert(error);
    };
    let options = usvg::Options {
        resources_dir: None,
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: Box::new(|_mime, data, options| match embedded(&data, options) {
                Ok(kind) => Some(kind),
                Err(error) => {
                    note(LogoError::Embedded(Box::new(error)));
                    None
                }
            }),
            resolve_string: Box::new(|href, _| {
                note(LogoError::LinkedFile(href.to_string()));
                None
            }),
        },
        ..usvg::Options::default()
    };
    usvg::Tree::from_data(bytes, &options).map_err(svg_error)?;
    drop(options);
    match problem.into_inner().unwrap_or_else(|e| e.into_inner()) {
        Some(error) => Err(error),
        None => Ok(()),
    }
}

/// An image embedded in an SVG, checked like a logo (a nested SVG with the same options, so
/// its own embedded images are checked too).
fn embedded(data: &Arc<Vec<u8>>, options: &usvg::Options) -> Result<usvg::ImageKind, LogoError> {
    let format = Format::sniff(data).unwrap_or(Format::Svg);
    if let Some(raster) = format.raster() {
        check_raster(data, format, raster)?;
    }
    Ok(match format {
        Format::Png => usvg::ImageKind::PNG(data.clone()),
        Format::Jpeg => usvg::ImageKind::JPEG(data.clone()),
        Format::Gif => usvg::ImageKind::GIF(data.clone()),
        Format::Webp => usvg::ImageKind::WEBP(data.clone()),
        Format::Svg => {
            if data.starts_with(&[0x1f, 0x8b]) {
                return Err(LogoError::CompressedSvg);
            }
            let tree = usvg::Tree::from_data_nested(data, options).map_err(svg_error)?;
            usvg::ImageKind::SVG(tree)
        }
    })
}

fn svg_error(error: usvg::Error) -> LogoError {
    let (reason, at) = match error {
        usvg::Error::ParsingFailed(e) => {
            let pos = e.pos();
            let reason = e.to_string();
            let reason = reason
                .strip_suffix(&format!(" at {}:{}", pos.row, pos.col))
                .unwrap_or(&reason)
                .to_string();
            (reason, Some((pos.row, pos.col)))
        }
        usvg::Error::NotAnUtf8Str => ("it is not UTF-8 text".to_string(), None),
        usvg::Error::ElementsLimitReached => ("it has too many elements".to_string(), None),
        usvg::Error::InvalidSize => ("its width, height or viewBox is invalid".to_string(), None),
        other => (other.to_string(), None),
    };
    LogoError::Svg { reason, at }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PNG that claims `width` x `height` pixels, with a tiny image-data chunk: enough for a
    /// header check, nothing to decode.
    fn png_header(width: u32, height: u32) -> Vec<u8> {
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        let mut ihdr = width.to_be_bytes().to_vec();
        ihdr.extend(height.to_be_bytes());
        ihdr.extend([8, 6, 0, 0, 0]);
        chunk(&mut png, b"IHDR", &ihdr);
        chunk(&mut png, b"IDAT", &[0x78, 0x9c, 0x63, 0, 0, 0, 1, 0, 1]);
        chunk(&mut png, b"IEND", &[]);
        png
    }

    fn chunk(png: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
        let mut body = kind.to_vec();
        body.extend(data);
        png.extend((data.len() as u32).to_be_bytes());
        png.extend(&body);
        png.extend(crc(&body).to_be_bytes());
    }

    fn crc(bytes: &[u8]) -> u32 {
        let mut crc = 0xffff_ffffu32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 != 0 {
                    (crc >> 1) ^ 0xedb8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    #[test]
    fn a_huge_png_header_is_refused_before_decoding() {
        let e = check(&png_header(100_000, 100_000), Format::Png);
        assert!(
            matches!(e, Err(LogoError::TooManyPixels { width: 100_000, .. })),
            "{e:?}"
        );
        assert!(check(&png_header(240, 64), Format::Png).is_ok());
        // 10,000 a side but 100 megapixels.
        assert!(matches!(
            check(&png_header(10_000, 10_000), Format::Png),
            Err(LogoError::TooManyPixels { .. })
        ));
    }

    #[test]
    fn formats_are_told_by_their_bytes() {
        assert_eq!(Format::sniff(&png_header(1, 1)), Some(Format::Png));
        assert_eq!(
            Format::sniff(b"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            Some(Format::Svg)
        );
        assert_eq!(Format::sniff(b"hello"), None);
        assert!(matches!(
            check(b"hello", Format::Png),
            Err(LogoError::NotAnImage)
        ));
        assert!(matches!(
            check(b"", Format::Jpeg),
            Err(LogoError::NotAnImage)
        ));
        assert!(matches!(
            check(&png_header(1, 1), Format::Svg),
            Err(LogoError::WrongFormat { .. })
        ));
        assert!(matches!(
            check(b"hello", Format::Svg),
            Err(LogoError::Svg { .. })
        ));
    }

    #[test]
    fn a_broken_svg_says_where() {
        let e = check(
            b"<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect\n",
            Format::Svg,
        )
        .unwrap_err();
        assert!(matches!(e, LogoError::Svg { at: Some(_), .. }), "{e}");
    }

    #[test]
    fn an_svg_may_not_link_files() {
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="other.png" width="5" height="5"/></svg>"#;
        assert!(matches!(
            check(svg, Format::Svg),
            Err(LogoError::LinkedFile(_))
        ));
    }
}
