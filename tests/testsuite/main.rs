//! The integration tests, one binary (as mdBook and ripgrep have): each module tests one feature
//! through the real `noticegen` binary; `common` holds the helpers they share.

mod common;

mod architecture;
mod archive;
mod cli;
mod docs;
mod forms;
mod free_order;
mod hostile;
mod hostile_init;
mod hostile_logo;
mod hostile_messages;
mod hostile_replies;
mod hostile_xliff;
mod mail;
mod page_frame;
mod recipients;
mod regime;
mod render;
mod second_example;
mod shard;
mod standard_text;
mod transaction;
mod translate;
mod xliff;
