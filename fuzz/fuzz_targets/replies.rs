//! Any bytes as a returned form: a reply (complete, incomplete, not a form, encrypted or
//! unreadable, with its reason), judged against a small form definition, its table rows (with
//! a duplicate of itself) and its token check, never a panic, a hang or an out-of-memory.
//! The corpus starts from real filled and damaged forms.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use noticegen::forms::collect;
use noticegen::forms::replies::{FormBook, read_reply_bytes};
use noticegen::notice::{FieldRole, FieldSpec, FormKind};

fuzz_target!(|data: &[u8]| {
    let mut reply = read_reply_bytes(Path::new("reply.pdf"), data);
    reply.verify(None);
    let mut book = FormBook::default();
    if let Some(notice) = &reply.notice {
        let spec = |name: &str, role, required| FieldSpec {
            name: name.to_string(),
            role,
            required,
        };
        book.notices.insert(
            notice.clone(),
            vec![(
                FormKind::Customer,
                vec![
                    spec("company_name", FieldRole::Text, true),
                    spec("customer.received_and_understood", FieldRole::YesNo, true),
                    spec("on_hand.miseq_dx.quantity", FieldRole::Text, false),
                    spec("distributor.not_applicable", FieldRole::Checkbox, false),
                    spec("signature", FieldRole::Signature, false),
                ],
            )],
        );
    }
    reply.judge(&book);
    let mut replies = [reply.clone(), reply];
    let _ = collect::supersede_duplicates(&mut replies);
    let _ = collect::to_csv(&replies);
    let _ = collect::to_json(&replies);
    let _ = collect::summarize(&replies).to_string();
});
