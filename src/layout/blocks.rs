//! The block vocabulary of a letter's `body:`, shared by the layouts that take one: each
//! block's YAML, its load-time checks, the messages it names and its typed view. The blocks
//! are printed by `blocks.typ.j2`, which a layout's main template includes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_saphyr::Spanned;

use super::view::{DetailsView, Markup, SignatoryView, StepView, ViewContext};
use crate::diag::{Diagnostic, SourceText};
use crate::notice::{Details, Empty, MsgId, Notice, Step};
use crate::yaml::at_value;

/// One block of a letter's body.
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
            Block::Titles(_) => BlockView::Titles,
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
