//! Compresses the form fields' font program (Noto Sans, embedded whole in every form) once,
//! when noticegen is built: deflating its 600 KB at the best level cost every process about
//! 65 million instructions on its first form, as much as laying out a letter. The bytes are
//! those flate2 made at run time before, so the PDFs do not change.

use std::io::Write;

fn main() {
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(ttf_noto_sans::REGULAR)
        .expect("in-memory write");
    let compressed = encoder.finish().expect("in-memory write");
    std::fs::write(out.join("form-font.zlib"), compressed).expect("write to OUT_DIR");
    println!("cargo:rerun-if-changed=build.rs");
}
