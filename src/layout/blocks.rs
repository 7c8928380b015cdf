//! The block vocabulary of a letter's `body:`, shared by the layouts that take one: each
//! block's YAML, its load-time checks, the messages it names and its typed view. The blocks
//! are printed by `blocks.typ.j2`, which a layout's main template includes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;

use super::view::{ContactView, DetailsView, Markup, SignatoryView, StepView, ViewContext};
use crate::diag::{Diagnostic, SourceText};
use crate::notice::{Details, Empty, MsgId, Notice, Step};
use crate::yaml::at_value;

/// One block of a letter's body.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Block {
    /// The date line (`date_style`), here instead of in the opening.
    Date(Empty),
    /// Title lines: the notice's `titles:` (`{}`), or lines of their own.
    Titles(TitlesBlock),
    /// The notice's `marking:` ("URGENT: MEDICAL DEVICE RECALL"), bold red, in the body.
    Marking(Empty),
    /// The contacts (the notice's, else the profile's), a line each.
    Contacts(Empty),
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
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BlockView {
    Date,
    /// The notice's title lines when `lines` is none.
    Titles {
        lines: Option<Vec<Markup>>,
        red: Option<Vec<bool>>,
        upper: Option<bool>,
    },
    Marking {
        text: Option<Markup>,
    },
    Contacts {
        contacts: Vec<ContactView>,
    },
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

/// Title lines of a block's own, styled as the notice's are: the lines `red` names (from 1) red,
/// the others black; without `red`, the first black and the rest red.
#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TitlesBlock {
    /// The lines' messages; absent: the notice's `titles:` with its `red_titles`.
    #[serde(default)]
    #[schemars(with = "Option<Vec<String>>")]
    pub lines: Option<Vec<MsgId>>,
    /// Which of `lines` are red, counted from 1.
    #[serde(default)]
    #[schemars(with = "Option<Vec<usize>>")]
    pub red: Option<Vec<Spanned<usize>>>,
    /// Whether the red lines are set in capitals; absent: the notice's `titles_uppercase`.
    #[serde(default)]
    pub uppercase: Option<bool>,
}

/// A body's problems: a table it places that the notice lacks, a details row without exactly
/// one value.
pub fn check(notice: &Notice, body: &[Spanned<Block>], source: &SourceText) -> Vec<Diagnostic> {
    let mut errors = Vec::new();
    for block in body {
        if let Block::Details(details) = &block.value {
            let problems = details.problems().into_iter();
            errors.extend(
                problems.map(|(row, message, hint)| at_value(source, row, message).hint(hint)),
            );
        }
        if let Block::Titles(titles) = &block.value {
            errors.extend(check_titles(titles, source));
        }
        let missing = match &block.value {
            Block::Marking(_) if notice.marking.is_none() => "marking",
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

/// Every message ID the blocks name.
pub fn message_refs(body: &[Spanned<Block>]) -> Vec<&MsgId> {
    let mut out = Vec::new();
    for block in body {
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
            Block::Titles(titles) => out.extend(titles.lines.iter().flatten()),
            Block::Products(_)
            | Block::Lots(_)
            | Block::PageBreak(_)
            | Block::Form(_)
            | Block::Date(_)
            | Block::Marking(_)
            | Block::Contacts(_)
            | Block::Recipient(_) => {}
        }
    }
    out
}

/// Whether a block lists actions: steps, or a bulleted list.
pub fn lists_actions(body: &[Spanned<Block>]) -> bool {
    body.iter().any(|block| match &block.value {
        Block::Steps(steps) => !steps.is_empty(),
        Block::Bullets(items) => !items.is_empty(),
        _ => false,
    })
}

/// The data the blocks print as written: the details rows' `text:`.
pub fn data_texts(body: &[Spanned<Block>]) -> Vec<&str> {
    body.iter()
        .filter_map(|block| match &block.value {
            Block::Details(details) => Some(details),
            _ => None,
        })
        .flat_map(|details| {
            details
                .rows
                .iter()
                .filter_map(|row| row.value.text.as_deref())
        })
        .collect()
}

/// The blocks' views, in the body's order.
pub fn views(cx: &ViewContext, body: &[Spanned<Block>]) -> Vec<BlockView> {
    body.iter()
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
            Block::Titles(titles) => BlockView::Titles {
                lines: titles.lines.as_ref().map(|lines| cx.ts(lines)),
                red: titles.lines.as_ref().and(titles.red.as_ref()).map(|red| {
                    let count = titles.lines.as_ref().map_or(0, Vec::len);
                    (1..=count)
                        .map(|n| red.iter().any(|r| r.value == n))
                        .collect()
                }),
                upper: titles.uppercase,
            },
            Block::Marking(_) => BlockView::Marking {
                text: cx.opt(cx.notice.marking.as_ref()),
            },
            Block::Contacts(_) => BlockView::Contacts {
                contacts: cx.contacts(),
            },
            Block::Recipient(_) => BlockView::Recipient,
            Block::Attention(m) => BlockView::Attention { text: cx.t(m) },
            Block::Greeting(m) => BlockView::Greeting { text: cx.t(m) },
            Block::Details(details) => BlockView::Details(cx.details(details)),
        })
        .collect()
}

/// The first block of the body that is an opening part, with its name.
pub fn opening_block(body: &[Spanned<Block>]) -> Option<(&Spanned<Block>, &'static str)> {
    body.iter().find_map(|block| {
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

/// A titles block's own red lines must be among its lines, and it needs lines to name them.
fn check_titles(titles: &TitlesBlock, source: &SourceText) -> Vec<Diagnostic> {
    let Some(red) = &titles.red else {
        return Vec::new();
    };
    let Some(lines) = &titles.lines else {
        let first = red.first().map(|r| {
            at_value(
                source,
                r,
                "`red:` names lines of the block's own `lines:`, which it has none of".to_string(),
            )
        });
        return first
            .map(|d| d.hint("give `lines:`, or mark the notice's titles with `red_titles:`"))
            .into_iter()
            .collect();
    };
    red.iter()
        .filter(|r| r.value == 0 || r.value > lines.len())
        .map(|r| {
            let message = format!(
                "`red:` names line {}, but the block has {} line{}",
                r.value,
                lines.len(),
                if lines.len() == 1 { "" } else { "s" }
            );
            at_value(source, r, message).hint("count the lines from 1")
        })
        .collect()
}
