//! The commands of the `noticegen` binary, one file each, as mdBook's `cmd/`: a command's
//! clap arguments and a `run` that calls the library, prints what a person needs to see and
//! returns the [`common::ExitStatus`]. They live beside the library's modules but are compiled into the
//! binary only (`main.rs` declares them), so the library has no command-line code.

pub mod build;
pub mod check;
pub mod common;
pub mod init;
pub mod locale;
pub mod mail;
pub mod manifest;
pub mod preview;
mod progress;
pub mod replies;
pub mod schema;
pub mod status;
pub mod watch;
pub mod xliff;
