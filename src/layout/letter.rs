//! The `letter` layout (the default): date line, title lines, greeting, then the notice's
//! `body:` blocks in reading order, the reply form where the body places it. A body that places
//! an opening part itself (`date`, `titles`, `attention`, `greeting`, `recipient`) prints no
//! opening of its own: the letter is the body, in the body's order.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::LayoutSpec;
use super::form::FormView;
use super::view::{DetailsView, Markup, PageView, SignatoryView, StepView, TableView, ViewContext};
use crate::diag::{Diagnostic, SourceText};
use crate::notice::{Details, Empty, MsgId, Notice, Step};
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

/// One block of the letter body.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    /// The date line (`date_style`), here instead of in the opening.
    Date(Empty),
    /// The title lines (`titles:`), here instead of in the opening.
    Titles(Empty),
    /// A per-recipient letter's address block; nothing in a general copy.
    Recipient(Empty),
    /// An attention line, bold ("For the attention of the laboratory manager").
    Attention(#[schemars(with = "String")] MsgId),
    /// The salutation ("Dear Customer,").
    Greeting(#[schemars(with = "String")] MsgId),
    /// A label | value table.
    Details(Details),
    Heading(#[schemars(with = "String")] MsgId),
    Subheading(#[schemars(with = "String")] MsgId),
    Paragraph(#[schemars(with = "String")] MsgId),
    /// An emphasised (bold) paragraph.
    Strong(#[schemars(with = "String")] MsgId),
    Bullets(#[schemars(with = "Vec<String>")] Vec<MsgId>),
    Steps(Vec<Step>),
    Products(Empty),
    /// The table of lots (`lots:`).
    Lots(Empty),
    /// The closing line message, then the manufacturer's signatories.
    Signatures(#[schemars(with = "String")] MsgId),
    PageBreak(Empty),
    /// The verification form (`form:`), on a new page.
    Form(Empty),
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

#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BlockView {
    Date,
    Titles,
    Recipient,
    Attention {
        text: Markup,
    },
    Greeting {
        text: Markup,
    },
    Details(DetailsView),
    Heading {
        text: Markup,
    },
    Subheading {
        text: Markup,
    },
    Paragraph {
        text: Markup,
    },
    Strong {
        text: Markup,
    },
    Bullets {
        items: Vec<Markup>,
    },
    Steps {
        steps: Vec<StepView>,
    },
    Products,
    Lots,
    Signatures {
        text: Markup,
        people: Vec<SignatoryView>,
    },
    PageBreak,
    Form,
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
        for block in &keys.body {
            if let Block::Details(details) = &block.value {
                let problems = details.problems().into_iter();
                errors.extend(
                    problems.map(|(row, message, hint)| at_value(source, row, message).hint(hint)),
                );
            }
        }
        for block in &keys.body {
            let missing = match &block.value {
                Block::Products(_) if notice.products.is_empty() => "products",
                Block::Lots(_) if notice.lots.is_none() => "lots",
                Block::Form(_) if notice.form.is_none() => "form",
                _ => continue,
            };
            errors.push(at_value(
                source,
                block,
                format!("the body places `{missing}`, but the notice has no `{missing}:`"),
            ));
        }
        errors
    }

    fn message_refs(keys: &LetterKeys) -> Vec<&MsgId> {
        let mut out: Vec<&MsgId> = keys.greeting.iter().chain(&keys.attention).collect();
        for block in &keys.body {
            match &block.value {
                Block::Heading(m)
                | Block::Subheading(m)
                | Block::Paragraph(m)
                | Block::Strong(m)
                | Block::Signatures(m)
                | Block::Attention(m)
                | Block::Greeting(m) => out.push(m),
                Block::Bullets(items) => out.extend(items.iter()),
                Block::Steps(steps) => out.extend(Step::message_refs(steps)),
                Block::Details(details) => out.extend(details.message_refs()),
                Block::Products(_)
                | Block::Lots(_)
                | Block::PageBreak(_)
                | Block::Form(_)
                | Block::Date(_)
                | Block::Titles(_)
                | Block::Recipient(_) => {}
            }
        }
        out
    }

    fn view(cx: &ViewContext, keys: &LetterKeys) -> LetterView {
        let body = keys
            .body
            .iter()
            .map(|block| match &block.value {
                Block::Heading(m) => BlockView::Heading { text: cx.t(m) },
                Block::Subheading(m) => BlockView::Subheading { text: cx.t(m) },
                Block::Paragraph(m) => BlockView::Paragraph { text: cx.t(m) },
                Block::Strong(m) => BlockView::Strong { text: cx.t(m) },
                Block::Bullets(items) => BlockView::Bullets {
                    items: cx.ts(items),
                },
                Block::Steps(steps) => BlockView::Steps {
                    steps: cx.steps(steps),
                },
                Block::Products(_) => BlockView::Products,
                Block::Lots(_) => BlockView::Lots,
                Block::Signatures(closing) => BlockView::Signatures {
                    text: cx.t(closing),
                    people: cx.signatories(),
                },
                Block::PageBreak(_) => BlockView::PageBreak,
                Block::Form(_) => BlockView::Form,
                Block::Date(_) => BlockView::Date,
                Block::Titles(_) => BlockView::Titles,
                Block::Recipient(_) => BlockView::Recipient,
                Block::Attention(m) => BlockView::Attention { text: cx.t(m) },
                Block::Greeting(m) => BlockView::Greeting { text: cx.t(m) },
                Block::Details(details) => BlockView::Details(cx.details(details)),
            })
            .collect();
        let notice = cx.notice;
        LetterView {
            page: cx.page(None),
            titles: cx.ts(&notice.titles),
            titles_uppercase: notice.titles_uppercase,
            red_titles: cx.red_titles(),
            greeting: cx.opt(keys.greeting.as_ref()),
            attention: cx.opt(keys.attention.as_ref()),
            // A body that places its opening parts has no opening of its own.
            opening: match opening_block(keys) {
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

/// The first block of the body that is an opening part, with its name.
fn opening_block(keys: &LetterKeys) -> Option<(&Spanned<Block>, &'static str)> {
    keys.body.iter().find_map(|block| {
        let name = match &block.value {
            Block::Date(_) => "date",
            Block::Titles(_) => "titles",
            Block::Recipient(_) => "recipient",
            Block::Attention(_) => "attention",
            Block::Greeting(_) => "greeting",
            _ => return None,
        };
        Some((block, name))
    })
}

/// A body that places opening parts is the whole letter: `opening:`, `greeting:` and
/// `attention:` would print nothing, so they are errors rather than silently dropped.
fn check_opening(keys: &LetterKeys, source: &SourceText) -> Vec<Diagnostic> {
    let Some((block, name)) = opening_block(keys) else {
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
