//! The send log, `OUT/mail-log.jsonl`: one JSON line per event of a message, appended and
//! flushed to disk before the next step. A message is marked `sending` before its SMTP
//! transaction starts and `accepted`, `refused` or `deferred` when the server has answered, so
//! a run killed at any point leaves a log that says, for every message, whether the server
//! took it, refused it, or might have (`sending` with no answer: in doubt, never resent
//! without being asked).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::diag::Diagnostic;

/// The log's file name in the output folder.
pub const FILE: &str = "mail-log.jsonl";

/// What happened to a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Event {
    /// About to hand it to the server.
    Sending,
    /// The server took it (2xx after the data).
    Accepted,
    /// The server refused it for good (5xx).
    Refused,
    /// The server put it off (4xx) until the retries ran out.
    Deferred,
    /// The user says it was sent (`mail send --mark-sent`) after a run stopped mid-send.
    MarkedSent,
}

/// One line of the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// UTC, RFC 3339.
    pub at: String,
    pub event: Event,
    pub notice: String,
    pub account: String,
    pub locale: String,
    pub message_id: String,
    /// The message's bytes as sent (its manifest entry's).
    pub sha256: String,
    pub to: Vec<String>,
    /// The server's answer, as it gave it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reply: String,
}

/// The log of one output folder, read, and open for appending.
pub struct SendLog {
    path: PathBuf,
    /// The last entry of each message (by its path in the output folder).
    pub last: BTreeMap<String, Entry>,
    /// Every entry, in order.
    pub entries: Vec<Entry>,
}

impl SendLog {
    /// Reads the log of `out` (none yet is an empty log). A line cut short by a kill is the
    /// last one, and only that one is skipped.
    pub fn read(out: &Path) -> Result<Self, Diagnostic> {
        let path = out.join(FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => {
                return Err(Diagnostic::error(format!(
                    "cannot read the send log {}: {e}",
                    path.display()
                )));
            }
        };
        let lines: Vec<&str> = text.lines().collect();
        let mut entries = Vec::new();
        for (index, line) in lines.iter().enumerate() {
            match serde_json::from_str::<Entry>(line) {
                Ok(entry) => entries.push(entry),
                // A kill mid-write leaves at most the last line cut short.
                Err(_) if index + 1 == lines.len() && !text.ends_with('\n') => {}
                Err(e) => {
                    return Err(Diagnostic::error(format!(
                        "the send log {} is damaged at line {}: {e}",
                        path.display(),
                        index + 1
                    ))
                    .hint("it is the record of what was sent: restore it from a backup rather than delete it"));
                }
            }
        }
        let mut last = BTreeMap::new();
        for entry in &entries {
            last.insert(
                key(&entry.notice, &entry.account, &entry.locale),
                entry.clone(),
            );
        }
        Ok(Self {
            path,
            last,
            entries,
        })
    }

    /// Appends one entry and waits until it is on disk.
    pub fn append(&mut self, entry: Entry) -> Result<(), Diagnostic> {
        let fail = |e: std::io::Error| {
            Diagnostic::error(format!(
                "cannot write the send log {}: {e}",
                self.path.display()
            ))
        };
        let mut line = serde_json::to_string(&entry).expect("an entry serializes");
        line.push('\n');
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .map_err(fail)?;
        // A line cut short by an earlier kill is closed first, so this one stands alone.
        let len = file.metadata().map_err(fail)?.len();
        if len > 0 && !ends_with_newline(&self.path, len) {
            file.write_all(b"\n").map_err(fail)?;
        }
        file.write_all(line.as_bytes()).map_err(fail)?;
        file.sync_all().map_err(fail)?;
        self.last.insert(
            key(&entry.notice, &entry.account, &entry.locale),
            entry.clone(),
        );
        self.entries.push(entry);
        Ok(())
    }

    /// The last entry of a message.
    pub fn last_of(&self, notice: &str, account: &str, locale: &str) -> Option<&Entry> {
        self.last.get(&key(notice, account, locale))
    }
}

fn ends_with_newline(path: &Path, len: u64) -> bool {
    use std::io::{Read, Seek, SeekFrom};
    let Ok(mut file) = std::fs::File::open(path) else {
        return true;
    };
    let mut last = [0u8; 1];
    file.seek(SeekFrom::Start(len - 1)).is_ok()
        && file.read_exact(&mut last).is_ok()
        && last[0] == b'\n'
}

fn key(notice: &str, account: &str, locale: &str) -> String {
    format!("{notice}\0{account}\0{locale}")
}

/// Now, for the log.
pub fn now() -> String {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .expect("a time formats")
}
