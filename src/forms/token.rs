//! Reply tokens: a per-recipient form proves which letter it answers.
//!
//! A returned form names its notice and account in its document information, which anyone can
//! edit. With a project key configured, each per-recipient PDF also records the letter it
//! belongs to (the fingerprint of the letter's inputs) and a token: HMAC-SHA256 under the key
//! over notice, account, locale and letter. `replies collect` recomputes it; an edited account
//! or a token copied from another letter does not verify. The key is the user's secret: read
//! from `NOTICEGEN_REPLY_KEY_FILE` (a file outside the project) or `NOTICEGEN_REPLY_KEY`, never
//! written to the manifest or an output.

use std::path::{Path, PathBuf};

use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::diag::Diagnostic;

/// The environment variable naming the key file.
pub const KEY_FILE_VAR: &str = "NOTICEGEN_REPLY_KEY_FILE";
/// The environment variable holding the key itself (for CI secrets).
pub const KEY_VAR: &str = "NOTICEGEN_REPLY_KEY";
/// Document-information keys of the letter fingerprint and the token.
pub const LETTER_KEY: &str = "NoticegenLetter";
pub const TOKEN_KEY: &str = "NoticegenReplyToken";

/// Shorter keys are too easy to guess.
const MIN_KEY_BYTES: usize = 16;

/// The project's reply key.
#[derive(Clone)]
pub struct ReplyKey(Vec<u8>);

impl std::fmt::Debug for ReplyKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ReplyKey(..)")
    }
}

/// What a letter's PDF records to prove itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterToken {
    /// The fingerprint of the letter's inputs (as in the manifest's `inputs`).
    pub letter: String,
    pub token: String,
}

/// How far a returned form's identity can be trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verification {
    /// Its token is the one the key makes for its notice, account, locale and letter.
    Verified,
    /// A key is configured and the token is missing or wrong: the recorded account may be
    /// edited, and the reply does not count as that account's.
    Unverified,
    /// No key is configured: the recorded account is taken on trust.
    Unkeyed,
}

impl Verification {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Verified => "verified",
            Self::Unverified => "unverified",
            Self::Unkeyed => "unkeyed",
        }
    }
}

impl ReplyKey {
    /// The key from the environment: `NOTICEGEN_REPLY_KEY_FILE` (which must lie outside the
    /// project, so it is never committed) or `NOTICEGEN_REPLY_KEY`; `None` when neither is set.
    pub fn from_env(project_root: &Path) -> Result<Option<Self>, Diagnostic> {
        if let Some(path) = std::env::var_os(KEY_FILE_VAR).filter(|v| !v.is_empty()) {
            return Self::from_file(Path::new(&path), project_root).map(Some);
        }
        match std::env::var(KEY_VAR) {
            Ok(text) if !text.is_empty() => Self::new(text.trim().as_bytes().to_vec())
                .map(Some)
                .map_err(|m| Diagnostic::error(format!("{KEY_VAR}: {m}"))),
            _ => Ok(None),
        }
    }

    fn from_file(path: &Path, project_root: &Path) -> Result<Self, Diagnostic> {
        if inside_project(path, project_root) {
            return Err(Diagnostic::error(format!(
                "{KEY_FILE_VAR}: the reply key `{}` is inside the project",
                path.display()
            ))
            .hint(
                "move it outside the project folder, so it is never committed with the notices",
            ));
        }
        let bytes = std::fs::read(path).map_err(|e| {
            Diagnostic::error(format!(
                "{KEY_FILE_VAR}: cannot read the reply key `{}`: {e}",
                path.display()
            ))
            .hint("make one with `noticegen replies keygen FILE`")
        })?;
        let text = String::from_utf8_lossy(&bytes);
        Self::new(text.trim().as_bytes().to_vec()).map_err(|m| {
            Diagnostic::error(format!("{KEY_FILE_VAR}: `{}`: {m}", path.display()))
                .hint("make one with `noticegen replies keygen FILE`")
        })
    }

    fn new(bytes: Vec<u8>) -> Result<Self, String> {
        if bytes.len() < MIN_KEY_BYTES {
            return Err(format!(
                "the reply key is {} bytes; it needs at least {MIN_KEY_BYTES}",
                bytes.len()
            ));
        }
        Ok(Self(bytes))
    }

    fn mac(&self, parts: &[&str]) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(b"noticegen reply token v1");
        for part in parts {
            mac.update(&(part.len() as u64).to_le_bytes());
            mac.update(part.as_bytes());
        }
        mac
    }

    /// A short public name of the key, for the fingerprint of the letters it signs (a new key
    /// makes new letters). It reveals nothing of the key.
    pub fn id(&self) -> String {
        hex(&self.mac(&["key id"]).finalize().into_bytes()[..8])
    }

    /// The token of one letter.
    pub fn sign(&self, notice: &str, account: &str, locale: &str, letter: &str) -> LetterToken {
        let token = self.mac(&[notice, account, locale, letter]).finalize();
        LetterToken {
            letter: letter.to_string(),
            token: hex(&token.into_bytes()),
        }
    }

    /// Whether `token` (hex) is the token of this notice, account, locale and letter; compared
    /// in constant time.
    pub fn verify(
        &self,
        notice: &str,
        account: &str,
        locale: &str,
        letter: &str,
        token: &str,
    ) -> bool {
        let Some(bytes) = unhex(token) else {
            return false;
        };
        self.mac(&[notice, account, locale, letter])
            .verify_slice(&bytes)
            .is_ok()
    }
}

/// Writes a new random key to `path` (readable by its owner only); refuses to overwrite.
pub fn generate_key_file(path: &Path, project_root: &Path) -> Result<PathBuf, Diagnostic> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)
        .map_err(|e| Diagnostic::error(format!("no random numbers from the system: {e}")))?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if inside_project(parent, project_root) {
        return Err(Diagnostic::error(format!(
            "`{}` is inside the project: a reply key there could be committed",
            path.display()
        ))
        .hint("write it outside the project folder, e.g. `~/.config/noticegen/reply.key`"));
    }
    use std::io::Write;
    let mut file = options.open(path).map_err(|e| {
        Diagnostic::error(format!("cannot create `{}`: {e}", path.display()))
            .hint("the file must not exist yet: a key is never overwritten")
    })?;
    file.write_all(format!("{}\n", hex(&bytes)).as_bytes())
        .map_err(|e| Diagnostic::error(format!("cannot write `{}`: {e}", path.display())))?;
    Ok(path.to_path_buf())
}

/// Whether `path` lies inside the notices project at `root` (where `git add .` would take it).
fn inside_project(path: &Path, root: &Path) -> bool {
    let absolute = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    root.join("notices").is_dir() && absolute(path).starts_with(absolute(root))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_verifies_only_for_its_own_letter() {
        let key = ReplyKey::new(b"0123456789abcdef0123".to_vec()).unwrap();
        let t = key.sign("FSN1", "A-100", "it", "f00d");
        assert!(key.verify("FSN1", "A-100", "it", "f00d", &t.token));
        assert!(!key.verify("FSN1", "A-101", "it", "f00d", &t.token));
        assert!(!key.verify("FSN1", "A-100", "lv", "f00d", &t.token));
        assert!(!key.verify("FSN1", "A-100", "it", "beef", &t.token));
        assert!(!key.verify("FSN1", "A-100", "it", "f00d", "zz"));
        let other = ReplyKey::new(b"another key of 16+ bytes".to_vec()).unwrap();
        assert!(!other.verify("FSN1", "A-100", "it", "f00d", &t.token));
        assert!(ReplyKey::new(b"short".to_vec()).is_err());
    }
}
