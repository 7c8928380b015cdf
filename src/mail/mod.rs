//! E-mail for per-recipient letters: one MIME message per account with its letter and reply
//! form attached ([`message`], its words from [`text`]), and sending them through the user's
//! own SMTP server with a send log that never sends one twice ([`send`], [`log`]).

pub mod log;
pub mod message;
pub mod send;

pub mod text;

use lettre::message::Mailbox;

/// An address as the profile or the recipients list writes it, with or without a display
/// name: `fsca@example.com`, `Field Safety <fsca@example.com>`.
pub fn parse_mailbox(text: &str) -> Result<Mailbox, String> {
    if text.chars().any(char::is_control) {
        return Err(format!(
            "`{}` is not an e-mail address: it holds a control character",
            text.escape_debug()
        ));
    }
    text.parse::<Mailbox>()
        .map_err(|e| format!("`{text}` is not an e-mail address ({e})"))
}
