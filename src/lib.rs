//! noticegen: multilingual medical-device field safety notices and their verification forms,
//! built like software.
//!
//! The pipeline, one module per stage:
//! [`load`] (YAML -> validated [`notice::Notice`]) -> [`localize`] (Fluent + ICU4X) ->
//! [`layout`] (the notice's layout makes its typed view) -> [`render`] (minijinja -> Typst source) -> [`typeset`] (typst, in-process -> PDF) ->
//! [`output`] (atomic writes, manifest). [`pipeline`] runs it per notice x locale; [`check`]
//! validates without typesetting.

pub mod check;
pub mod cmd;
pub mod config;
pub mod diag;
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
pub mod markup;
pub mod notice;
pub mod output;
pub mod pipeline;
pub mod preview;
pub mod profiles;
pub mod recipient;
pub mod recipients;
pub mod render;
pub mod review;
pub mod scaffold;
pub mod schema;
pub mod status;
pub mod typeset;
pub mod watch;
pub mod xliff;
pub mod yaml;
