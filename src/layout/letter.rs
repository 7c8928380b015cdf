//! The `letter` layout (the default): date line, title lines, greeting, then the notice's
//! `body:` blocks in reading order, the reply form where the body places it. A body that places
//! an opening part itself (`date`, `titles`, `attention`, `greeting`, `recipient`) prints no
//! opening of its own: the letter is the body, in the body's order.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::LayoutSpec;
use super::blocks::{self, Block, BlockView};
use super::form::FormView;
use super::view::{Markup, PageView, TableView, ViewContext};
use crate::diag::{Diagnostic, SourceText};
use crate::notice::{MsgId, Notice};
use crate::yaml::at_value;
use serde_saphyr::Spanned;

pub struct Letter;

/// The letter's own keys of a notice.
#[derive(Debug, Deserialize, JsonSchema)]
pub struct LetterKeys {
    /// The salutation message ("Dear Customer,"); a letter without one starts with its body.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub greeting: Option<MsgId>,
    /// An attention line ("For the attention of the laboratory manager"), bold, before the
    /// greeting.
    #[serde(default)]
    #[schemars(with = "Option<String>")]
    pub attention: Option<MsgId>,
    /// The order of the letter's opening parts; absent: recipient, date, titles, attention,
    /// greeting. A part left out is not printed. A body that places opening parts itself has
    /// no opening.
    #[serde(default)]
    pub opening: Option<Vec<Opening>>,
    /// The letter, block by block in reading order.
    // Each block where it stands, for diagnostics.
    #[serde(default)]
    #[schemars(with = "Vec<Block>")]
    pub body: Vec<Spanned<Block>>,
}

/// A part of the letter's opening.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Opening {
    /// A per-recipient letter's address block.
    Recipient,
    /// The date line (`date_style`).
    Date,
    /// The title lines.
    Titles,
    Attention,
    Greeting,
}

#[derive(Serialize)]
pub struct LetterView {
    pub page: PageView,
    pub titles: Vec<Markup>,
    pub titles_uppercase: bool,
    pub red_titles: Option<Vec<bool>>,
    pub greeting: Option<Markup>,
    pub attention: Option<Markup>,
    pub opening: Option<Vec<Opening>>,
    pub products: Option<TableView>,
    pub lots: Option<TableView>,
    pub body: Vec<BlockView>,
    pub form: Option<FormView>,
}

impl LayoutSpec for Letter {
    type Keys = LetterKeys;
    type View = LetterView;
    const NAME: &'static str = "letter";
    const TEMPLATES: &'static [(&'static str, &'static str)] =
        &[("notice.typ.j2", include_str!("../templates/notice.typ.j2"))];

    fn check(notice: &Notice, keys: &LetterKeys, source: &SourceText) -> Vec<Diagnostic> {
        // A letter may go without a greeting or a products table, but not place one it lacks.
        let mut errors = check_opening(keys, source);
        errors.extend(blocks::check(notice, &keys.body, source));
        errors
    }

    fn message_refs(keys: &LetterKeys) -> Vec<&MsgId> {
        let mut out: Vec<&MsgId> = keys.greeting.iter().chain(&keys.attention).collect();
        out.extend(blocks::message_refs(&keys.body));
        out
    }

    fn data_texts(keys: &LetterKeys) -> Vec<&str> {
        blocks::data_texts(&keys.body)
    }

    fn lists_actions(keys: &LetterKeys) -> bool {
        blocks::lists_actions(&keys.body)
    }

    fn view(cx: &ViewContext, keys: &LetterKeys) -> LetterView {
        let body = blocks::views(cx, &keys.body);
        let notice = cx.notice;
        LetterView {
            page: cx.page(None),
            titles: cx.ts(&notice.titles),
            titles_uppercase: notice.titles_uppercase,
            red_titles: cx.red_titles(),
            greeting: cx.opt(keys.greeting.as_ref()),
            attention: cx.opt(keys.attention.as_ref()),
            // A body that places its opening parts has no opening of its own.
            opening: match blocks::opening_block(&keys.body) {
                Some(_) => Some(Vec::new()),
                None => keys.opening.clone(),
            },
            products: cx.products(),
            lots: cx.lots(),
            body,
            form: cx.form(cx.forms().customer),
        }
    }
}

/// A body that places opening parts is the whole letter: `opening:`, `greeting:` and
/// `attention:` would print nothing, so they are errors rather than silently dropped.
fn check_opening(keys: &LetterKeys, source: &SourceText) -> Vec<Diagnostic> {
    let Some((block, name)) = blocks::opening_block(&keys.body) else {
        return Vec::new();
    };
    let mut errors = Vec::new();
    if keys.opening.is_some() {
        let message = format!("the body places `{name}` itself, so `opening:` would print nothing");
        errors.push(
            at_value(source, block, message)
                .hint("drop `opening:` and place each opening part in `body:` where it prints"),
        );
    }
    for (key, id) in [("greeting", &keys.greeting), ("attention", &keys.attention)] {
        if let Some(id) = id {
            let message =
                format!("`{key}:` would not print: the body places `{name}`, so it has no opening");
            errors.push(at_value(source, id, message).hint(format!(
                "place it in `body:` where it prints: `- {key}: {}`",
                id.value
            )));
        }
    }
    errors
}
