//! Content fingerprints of a job's inputs, for incremental builds.
//!
//! A notice x locale pair is re-typeset only when the fingerprint of everything its PDFs are made
//! from changes: the generator version and options, the templates, the notice and manufacturer
//! YAML, and every `.ftl` file of its locale chain. Fonts are compiled into the binary, so the
//! generator version covers them.

use sha2::{Digest, Sha256};

/// Hex SHA-256 of bytes.
pub fn digest(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Accumulates named parts; the names keep parts from sliding into each other.
#[derive(Default)]
pub struct Fingerprint(Sha256);

impl Fingerprint {
    pub fn new(kind: &str) -> Self {
        let mut f = Self(Sha256::new());
        f.add("kind", kind);
        f.add("generator", env!("CARGO_PKG_VERSION"));
        f
    }

    pub fn add(&mut self, name: &str, value: &str) -> &mut Self {
        for part in [name, value] {
            self.0.update((part.len() as u64).to_le_bytes());
            self.0.update(part.as_bytes());
        }
        self
    }

    pub fn finish(self) -> String {
        hex(&self.0.finalize())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_do_not_slide_into_each_other() {
        let mut a = Fingerprint::new("pair");
        a.add("x", "ab").add("y", "c");
        let mut b = Fingerprint::new("pair");
        b.add("x", "a").add("y", "bc");
        assert_ne!(a.finish(), b.finish());
    }
}
