//! One account's message as RFC 5322 / MIME bytes: multipart/mixed of a multipart/alternative
//! (plain text, HTML) and the letter's PDFs, built with lettre. Everything that could vary
//! between two builds is given: the Message-ID, the Date and the MIME boundaries, so the same
//! inputs make the same bytes.

use std::time::SystemTime;

use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};

/// Who a message is from and to.
pub struct Addresses<'a> {
    pub from: &'a Mailbox,
    pub reply_to: Option<&'a Mailbox>,
    pub to: &'a Mailbox,
    pub cc: &'a [Mailbox],
}

/// A PDF attached as it was written to the output folder.
pub struct Attached<'a> {
    pub file_name: String,
    pub bytes: &'a [u8],
}

/// What the message says.
pub struct Body {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// The message's bytes. `seed` (the letter's fingerprint) makes the MIME boundaries, and
/// `message_id` is derived from it too.
pub fn build(
    addresses: &Addresses,
    body: &Body,
    attachments: &[Attached],
    message_id: &str,
    date: SystemTime,
    seed: &str,
) -> Result<Vec<u8>, String> {
    let mut builder = lettre::Message::builder()
        .from(addresses.from.clone())
        .to(addresses.to.clone())
        .subject(one_line(&body.subject))
        .date(date)
        .message_id(Some(message_id.to_string()))
        // An urgent safety notice is flagged as such (the TGA asks for high importance).
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("Importance"),
            "high".to_string(),
        ))
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("X-Priority"),
            "1".to_string(),
        ));
    if let Some(reply_to) = addresses.reply_to {
        builder = builder.reply_to(reply_to.clone());
    }
    for cc in addresses.cc {
        builder = builder.cc(cc.clone());
    }
    let alternative = MultiPart::alternative()
        .boundary(boundary(seed, "alternative"))
        .singlepart(SinglePart::plain(body.text.clone()))
        .singlepart(SinglePart::html(body.html.clone()));
    let pdf = ContentType::parse("application/pdf").expect("a valid MIME type");
    let mut mixed = MultiPart::mixed()
        .boundary(boundary(seed, "mixed"))
        .multipart(alternative);
    for attached in attachments {
        mixed = mixed.singlepart(
            Attachment::new(attached.file_name.clone()).body(attached.bytes.to_vec(), pdf.clone()),
        );
    }
    let message = builder.multipart(mixed).map_err(|e| e.to_string())?;
    Ok(message.formatted())
}

/// A MIME boundary that no body can contain by chance, the same for the same letter.
fn boundary(seed: &str, part: &str) -> String {
    let digest = crate::fingerprint::digest(format!("mime-boundary\0{part}\0{seed}").as_bytes());
    format!("=_noticegen_{}", &digest[..32])
}

/// The Message-ID of a letter's message: stable for the same inputs, unique per account and
/// language, at the sender's domain.
pub fn message_id(seed: &str, path: &str, from: &Mailbox) -> String {
    let digest = crate::fingerprint::digest(format!("message-id\0{seed}\0{path}").as_bytes());
    format!("<{}@{}>", &digest[..40], from.email.domain())
}

/// A header's text on one line: translated text may hold line breaks or control characters,
/// and a header must hold neither.
fn one_line(text: &str) -> String {
    text.split(|c: char| c.is_control())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
