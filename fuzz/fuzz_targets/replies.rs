//! Any bytes as a returned form: a reply (complete, incomplete, not a form or unreadable, with
//! its reason), its table row and its token check, never a panic, a hang or an out-of-memory.
//! The corpus starts from real filled and damaged forms.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use noticegen::forms::collect;
use noticegen::forms::replies::read_reply_bytes;

fuzz_target!(|data: &[u8]| {
    let mut reply = read_reply_bytes(Path::new("reply.pdf"), data);
    reply.verify(None);
    let replies = [reply];
    let _ = collect::to_csv(&replies);
    let _ = collect::summarize(&replies).to_string();
});
