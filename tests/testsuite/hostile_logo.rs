//! Letterhead logos are untrusted input (issue 21): a logo that would exhaust memory, hang the
//! build, crash it or be reported somewhere else is refused at the profile's `logo:` line, with
//! what to do. The example `examples/medixa` has a letterhead logo; each test breaks a copy.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::*;

/// The profile's `logo:` key, as the diagnostics show it.
const LOGO_LINE: &str = "notices/manufacturers/medixa.yaml:13:9";

fn medixa() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("examples/medixa"), dir.path());
    dir
}

/// The project with `bytes` as `assets/<file>`, which the profile names as its logo
/// (`yaml`: the value as written in YAML, quoted when needed).
fn with_logo(file: &str, bytes: &[u8], yaml: &str) -> tempfile::TempDir {
    let dir = medixa();
    std::fs::write(dir.path().join("assets").join(file), bytes).unwrap();
    name_logo(dir.path(), yaml);
    dir
}

fn name_logo(root: &Path, yaml: &str) {
    edit(
        &root.join("notices/manufacturers/medixa.yaml"),
        "logo: assets/medixa-logo.svg",
        &format!("logo: {yaml}"),
    );
}

/// `noticegen <command> --root ROOT`, failed if it runs for more than a minute (it is killed).
fn noticegen_in(root: &Path, command: &str) -> Run {
    let out = root.join("out");
    let mut cmd = noticegen();
    cmd.arg(command).arg("--root").arg(root);
    if command == "build" {
        cmd.arg("--out").arg(&out);
    }
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            child.kill().unwrap();
            let output = child.wait_with_output().unwrap();
            panic!(
                "noticegen {command} hangs: killed after a minute\n{}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let output = child.wait_with_output().unwrap();
    Run {
        code: output.status.code().unwrap_or(-1),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
    }
}

/// The command fails with an error at the `logo:` line that says each of `words`.
fn refused_at_logo_line(root: &Path, command: &str, words: &[&str]) -> Run {
    let r = noticegen_in(root, command);
    assert_eq!(r.code, 1, "{command}: {}", r.stderr);
    assert!(r.stderr.contains(LOGO_LINE), "{command}: {}", r.stderr);
    assert!(!r.stderr.contains("templates/"), "{command}: {}", r.stderr);
    for word in words {
        assert!(
            r.stderr.contains(word),
            "{command}: {word:?} in\n{}",
            r.stderr
        );
    }
    r
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

fn png_chunk(png: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    let mut body = kind.to_vec();
    body.extend(data);
    png.extend((data.len() as u32).to_be_bytes());
    png.extend(&body);
    png.extend(crc(&body).to_be_bytes());
}

/// A PNG that claims `width` x `height` pixels (RGBA) with one tiny, short image-data chunk:
/// what a decompression bomb's header looks like, without the megabytes behind it.
fn png_bomb(width: u32, height: u32) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = width.to_be_bytes().to_vec();
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, 6, 0, 0, 0]);
    png_chunk(&mut png, b"IHDR", &ihdr);
    // zlib of a few zero bytes: the first row's start.
    png_chunk(
        &mut png,
        b"IDAT",
        &[0x78, 0x9c, 0x63, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01],
    );
    png_chunk(&mut png, b"IEND", &[]);
    png
}

fn png_of(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbaImage::from_pixel(width, height, image::Rgba([11, 90, 140, 255]));
    let mut bytes = Vec::new();
    image
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Png,
        )
        .unwrap();
    bytes
}

fn jpeg_of(width: u32, height: u32) -> Vec<u8> {
    let image = image::RgbImage::from_pixel(width, height, image::Rgb([11, 90, 140]));
    let mut bytes = Vec::new();
    image
        .write_to(
            &mut std::io::Cursor::new(&mut bytes),
            image::ImageFormat::Jpeg,
        )
        .unwrap();
    bytes
}

/// A real JPEG whose frame header (SOF) then claims `width` x `height`.
fn jpeg_bomb(width: u16, height: u16) -> Vec<u8> {
    let mut jpeg = jpeg_of(16, 16);
    let sof = jpeg
        .windows(2)
        .position(|w| w[0] == 0xff && matches!(w[1], 0xc0 | 0xc2))
        .expect("a frame header");
    jpeg[sof + 5..sof + 7].copy_from_slice(&height.to_be_bytes());
    jpeg[sof + 7..sof + 9].copy_from_slice(&width.to_be_bytes());
    jpeg
}

/// A GIF with a `screen` and a first frame of `frame` pixels (and no image data).
fn gif_bomb(screen: (u16, u16), frame: (u16, u16)) -> Vec<u8> {
    let mut gif = b"GIF89a".to_vec();
    gif.extend(screen.0.to_le_bytes());
    gif.extend(screen.1.to_le_bytes());
    // A global table of two colours, black and white.
    gif.extend([0x80, 0, 0, 0, 0, 0, 255, 255, 255]);
    gif.push(0x2c);
    gif.extend([0, 0, 0, 0]);
    gif.extend(frame.0.to_le_bytes());
    gif.extend(frame.1.to_le_bytes());
    gif.extend([0, 2, 0, 0x3b]);
    gif
}

/// A lossless WebP (VP8L) that claims `width` x `height` (at most 16383 a side: image-webp
/// reads 16384 as 0).
fn webp_bomb(width: u32, height: u32) -> Vec<u8> {
    let bits = (width - 1) | ((height - 1) << 14);
    let mut vp8l = vec![0x2f];
    vp8l.extend(bits.to_le_bytes());
    vp8l.extend([0, 0, 0]);
    let mut webp = b"RIFF".to_vec();
    webp.extend((4 + 8 + vp8l.len() as u32).to_le_bytes());
    webp.extend(b"WEBP");
    webp.extend(b"VP8L");
    webp.extend((vp8l.len() as u32).to_le_bytes());
    webp.extend(vp8l);
    webp
}

const SVG_HEAD: &str =
    r#"<svg xmlns="http://www.w3.org/2000/svg" width="240" height="64" viewBox="0 0 240 64">"#;

fn svg_with(body: &str) -> Vec<u8> {
    format!("{SVG_HEAD}\n{body}\n</svg>\n").into_bytes()
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Break 1: a PNG that claims 100,000 x 100,000 pixels (10 GB decoded) is refused from its
/// header, before anything decodes it; so is one within the side limit but over 40 megapixels.
#[test]
fn a_png_decompression_bomb_is_refused_from_its_header() {
    let dir = with_logo("logo.png", &png_bomb(100_000, 100_000), "assets/logo.png");
    refused_at_logo_line(
        dir.path(),
        "check",
        &[
            "a PNG image of 100000 x 100000 pixels",
            "at most 10000 pixels a side and 40 megapixels",
            "hint: a letterhead logo needs far less",
        ],
    );
    refused_at_logo_line(dir.path(), "build", &["100000 x 100000 pixels"]);
    let dir = with_logo("logo.png", &png_bomb(9_000, 9_000), "assets/logo.png");
    refused_at_logo_line(dir.path(), "check", &["9000 x 9000 pixels"]);
}

/// Break 1, the other raster formats a logo may be in.
#[test]
fn jpeg_gif_and_webp_bombs_are_refused_from_their_headers() {
    for (file, bytes, words) in [
        (
            "logo.jpg",
            jpeg_bomb(60_000, 60_000),
            "a JPEG image of 60000 x 60000 pixels",
        ),
        (
            "logo.gif",
            gif_bomb((65_000, 65_000), (1, 1)),
            "a GIF image of 65000 x 65000",
        ),
        // A small screen, a huge first frame: typst would decode the frame.
        (
            "logo.gif",
            gif_bomb((1, 1), (60_000, 60_000)),
            "a GIF image of 60000 x 60000",
        ),
        (
            "logo.webp",
            webp_bomb(16_383, 16_383),
            "a WebP image of 16383 x 16383",
        ),
    ] {
        let dir = with_logo(file, &bytes, &format!("assets/{file}"));
        refused_at_logo_line(dir.path(), "check", &[words]);
    }
}

/// Break 1: the file itself is bounded (20 MB, an SVG 5 MB), and read no further than that.
#[test]
fn an_oversized_logo_file_is_refused_by_its_size() {
    let dir = with_logo("logo.png", &png_of(4, 4), "assets/logo.png");
    // A sparse file: 21 MB long, nothing written.
    let file = std::fs::OpenOptions::new()
        .append(true)
        .open(dir.path().join("assets/logo.png"))
        .unwrap();
    file.set_len(21 * 1024 * 1024).unwrap();
    refused_at_logo_line(
        dir.path(),
        "check",
        &["more than 20 MB, the most a logo file may have"],
    );
    let padding = format!("<!-- {} -->", "x".repeat(6 * 1024 * 1024));
    let dir = with_logo("logo.svg", &svg_with(&padding), "assets/logo.svg");
    refused_at_logo_line(
        dir.path(),
        "check",
        &["more than 5 MB, the most an SVG logo may have"],
    );
}

/// An SVG may embed raster images; a bomb embedded in one is refused like a bomb on its own.
#[test]
fn a_bomb_embedded_in_an_svg_is_refused() {
    let body = format!(
        r#"<image width="10" height="10" href="data:image/png;base64,{}"/>"#,
        base64(&png_bomb(100_000, 100_000))
    );
    let dir = with_logo("logo.svg", &svg_with(&body), "assets/logo.svg");
    refused_at_logo_line(
        dir.path(),
        "check",
        &["an image embedded in the SVG is a PNG image of 100000 x 100000 pixels"],
    );
}

/// A compressed SVG could inflate without bound: refused with what to do.
#[test]
fn a_compressed_svg_is_refused() {
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut gzip, &svg_with("")).unwrap();
    let dir = with_logo("logo.svg", &gzip.finish().unwrap(), "assets/logo.svg");
    refused_at_logo_line(
        dir.path(),
        "check",
        &["a compressed SVG", "hint: save the logo as a plain"],
    );
}

/// Break 2: a FIFO named as the logo hung the build (reading waits for a writer forever).
#[cfg(unix)]
#[test]
fn a_fifo_named_as_the_logo_is_refused_without_waiting() {
    let dir = medixa();
    let fifo = dir.path().join("assets/logo.png");
    let status = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(status.success());
    name_logo(dir.path(), "assets/logo.png");
    refused_at_logo_line(
        dir.path(),
        "check",
        &["a FIFO (named pipe), not a regular file"],
    );
    refused_at_logo_line(dir.path(), "build", &["a FIFO"]);
}

/// Break 2: folders and sockets are no logos either, each said as what it is.
#[cfg(unix)]
#[test]
fn a_folder_or_socket_named_as_the_logo_is_refused() {
    let dir = medixa();
    std::fs::create_dir(dir.path().join("assets/folder.png")).unwrap();
    name_logo(dir.path(), "assets/folder.png");
    refused_at_logo_line(dir.path(), "check", &["a folder, not a regular file"]);
    let dir = medixa();
    let _socket = std::os::unix::net::UnixListener::bind(dir.path().join("assets/s.svg")).unwrap();
    name_logo(dir.path(), "assets/s.svg");
    refused_at_logo_line(dir.path(), "check", &["a socket, not a regular file"]);
}

/// Break 3: a backslash in the logo's file name panicked ("noticegen's own virtual paths are
/// valid"). Any name a user can write works, or is refused at its line.
#[test]
fn odd_characters_in_the_logo_name_work() {
    let svg = std::fs::read(repo().join("examples/medixa/assets/medixa-logo.svg")).unwrap();
    for (file, yaml) in [
        ("a\\b.svg", r"assets/a\b.svg"),
        (r#"l:o*g?o"<>|.svg"#, r#"'assets/l:o*g?o"<>|.svg'"#),
        ("\u{1}logo\u{7f}.svg", r#""assets/\x01logo\x7f.svg""#),
    ] {
        let dir = with_logo(file, &svg, yaml);
        let r = noticegen_in(dir.path(), "build");
        assert_eq!(r.code, 0, "{file:?}: {}", r.stderr);
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    }
}

/// Break 3, the names that cannot work: refused at the line, never a panic, and a control
/// character is shown escaped rather than sent to the terminal.
#[test]
fn an_impossible_logo_name_is_refused_at_its_line() {
    let long = format!("assets/{}.svg", "l".repeat(5000));
    for (yaml, words) in [
        (r"assets\medixa-logo.svg".to_string(), "no such file"),
        (long, "logo `assets/lll"),
        (
            r#""assets/\e[31mred.svg""#.to_string(),
            r"assets/\u{1b}[31mred.svg",
        ),
    ] {
        let dir = medixa();
        name_logo(dir.path(), &yaml);
        let r = refused_at_logo_line(dir.path(), "build", &[words]);
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
        assert!(!r.stderr.contains('\u{1b}'), "{}", r.stderr);
    }
}

/// Break 4: a text file named `logo.png` was reported at `templates/style.typ`; now at the
/// profile's line, as what it is.
#[test]
fn a_logo_that_is_no_image_is_reported_at_the_profile() {
    let dir = with_logo("logo.png", b"just some text\n", "assets/logo.png");
    refused_at_logo_line(
        dir.path(),
        "build",
        &[
            "logo `assets/logo.png`: not an image",
            "hint: export the logo again",
        ],
    );
    refused_at_logo_line(dir.path(), "check", &["not an image"]);
    // A JPEG named `.png`: typst decodes by the extension and would fail.
    let dir = with_logo("logo.png", &jpeg_of(8, 8), "assets/logo.png");
    refused_at_logo_line(
        dir.path(),
        "check",
        &["the file name says PNG, but the file holds a JPEG image"],
    );
}

/// Break 4: an SVG that does not parse is reported at the profile's line, with where in the
/// SVG it fails; one that links a file (typst would look it up) is refused too.
#[test]
fn a_broken_svg_is_reported_at_the_profile_with_its_position() {
    let dir = with_logo(
        "logo.svg",
        format!("{SVG_HEAD}\n  <rect x=\"0\" y=\"8\" width=\"48\"\n</svg>\n").as_bytes(),
        "assets/logo.svg",
    );
    refused_at_logo_line(
        dir.path(),
        "check",
        &["logo `assets/logo.svg`: the SVG cannot be read at line 3, column"],
    );
    refused_at_logo_line(dir.path(), "build", &["the SVG cannot be read"]);
    let body = r#"<image width="10" height="10" href="other.png"/>"#;
    let dir = with_logo("logo.svg", &svg_with(body), "assets/logo.svg");
    refused_at_logo_line(dir.path(), "check", &["the SVG links the file `other.png`"]);
}

/// A well-made logo in the raster formats typst shows builds.
#[test]
fn png_and_jpeg_logos_build() {
    for (file, bytes) in [
        ("logo.png", png_of(240, 64)),
        ("logo.JPEG", jpeg_of(240, 64)),
    ] {
        let dir = with_logo(file, &bytes, &format!("assets/{file}"));
        let r = noticegen_in(dir.path(), "build");
        assert_eq!(r.code, 0, "{file}: {}", r.stderr);
        let pdf = dir
            .path()
            .join("out/MX-FSCA-2025-07/de/MX-FSCA-2025-07-de.pdf");
        assert!(pdf.is_file(), "{file}: no PDF\n{}", r.stderr);
    }
}

/// What held before still holds: a logo outside the project, or a link to one, is refused.
#[cfg(unix)]
#[test]
fn a_symlink_out_of_the_project_is_refused() {
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("logo.svg");
    std::fs::copy(
        repo().join("examples/medixa/assets/medixa-logo.svg"),
        &target,
    )
    .unwrap();
    let dir = medixa();
    std::os::unix::fs::symlink(&target, dir.path().join("assets/link.svg")).unwrap();
    name_logo(dir.path(), "assets/link.svg");
    refused_at_logo_line(dir.path(), "check", &["is outside the project"]);
    let dir = medixa();
    name_logo(dir.path(), &target.display().to_string());
    refused_at_logo_line(dir.path(), "check", &["is outside the project"]);
}
