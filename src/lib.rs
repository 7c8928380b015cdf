//! noticegen: multilingual medical-device field safety notices and their verification forms,
//! built like software.
//!
//! The pipeline, one module per stage:
//! [`load`] (YAML -> validated [`notice::Notice`]) -> [`localize`] (Fluent + ICU4X) ->
//! [`layout`] (the notice's layout makes its typed view) -> [`render`] (minijinja -> Typst source) -> [`typeset`] (typst, in-process -> PDF) ->
//! [`output`] (atomic writes, manifest). [`pipeline`] runs it per notice x locale; [`check`]
//! validates without typesetting.
//!
//! The `noticegen` binary (`src/main.rs` and its `src/cmd/`, one file per command) parses the
//! command line, reads the settings the environment gives (`SOURCE_DATE_EPOCH`, the reply
//! key) and calls these modules with them.

#![warn(clippy::too_many_lines)]

pub mod check;
pub mod config;
pub mod diag;
pub mod epoch;
pub mod fingerprint;
pub mod forms;
pub mod fsutil;
pub mod identity;
pub mod init;
pub mod layout;
pub mod load;
pub mod localize;
pub mod lock;
pub mod logo;
pub mod mail;
pub mod markup;
pub mod notice;
pub mod output;
pub mod pipeline;
pub mod preview;
pub mod profiles;
pub mod recipient;
pub mod recipients;
pub mod regime;
pub mod render;
pub mod review;
pub mod scaffold;
pub mod schema;
pub mod status;
pub mod typeset;
pub mod watch;
pub mod xliff;
pub mod yaml;
