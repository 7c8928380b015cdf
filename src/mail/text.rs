//! The words of one account's message, in the account's language: the subject and the
//! paragraphs from the messages `email-*` (built in as the standard text `_email`, the notice's
//! own `email-summary`), rendered as plain text and as HTML that mail clients show as meant:
//! inline styles, tables for layout, no scripts and no remote images.

use fluent_bundle::FluentValue;
use minijinja::{AutoEscape, Environment, HtmlEscape, Value};
use serde::Serialize;

use super::message::Body;
use crate::layout::ViewContext;
use crate::localize::StandardText;
use crate::markup::{self, Inline};

/// The messages every e-mailed letter shares, built in where the project has none.
pub const STANDARD_TEXT: StandardText = StandardText {
    name: "email",
    kind: "e-mail text",
    texts: &[
        ("en", include_str!("text/email.en.ftl")),
        ("de", include_str!("text/email.de.ftl")),
        ("es", include_str!("text/email.es.ftl")),
        ("fr", include_str!("text/email.fr.ftl")),
        ("it", include_str!("text/email.it.ftl")),
        ("lv", include_str!("text/email.lv.ftl")),
        ("nl", include_str!("text/email.nl.ftl")),
    ],
};

/// The message of the notice's own that says what to do: no built-in text can.
pub const SUMMARY: &str = "email-summary";

const TEMPLATE: &str = include_str!("../templates/email.html.j2");

/// The message's words in the account's language, before they are text or HTML.
struct Words {
    lang: String,
    subject: String,
    urgent: String,
    title: String,
    notice: String,
    /// Greeting, introduction, the notice's summary.
    opening: Vec<Vec<Inline>>,
    deadline: Option<Vec<Inline>>,
    reply: Vec<Inline>,
    attachments_label: String,
    attachments: Vec<String>,
    closing: String,
    /// The first signatory's name and title.
    signatory: Option<(String, String)>,
    company: String,
    address: Vec<String>,
}

/// What the HTML template is given; every string but the paragraphs is escaped by it.
#[derive(Serialize)]
struct HtmlView<'a> {
    lang: &'a str,
    subject: &'a str,
    urgent: &'a str,
    title: &'a str,
    notice: &'a str,
    /// Already HTML (escaped markup).
    paragraphs: Vec<Value>,
    deadline: Option<Value>,
    attachments_label: &'a str,
    attachments: &'a [String],
    closing: &'a str,
    signatory: Option<&'a (String, String)>,
    company: &'a str,
    address: &'a [String],
}

/// The subject, text and HTML of one letter's message; `attachments` are the files' names.
/// Missing messages are recorded by the context's localizer, as a letter's are; a subject that
/// does not start with the locale's word for urgent is refused.
pub fn body(
    cx: &ViewContext,
    title_fallback: Option<&str>,
    attachments: &[String],
) -> Result<Body, String> {
    let words = words(cx, title_fallback, attachments)?;
    Ok(Body {
        subject: words.subject.clone(),
        text: words.text(),
        html: words.html()?,
    })
}

fn words(
    cx: &ViewContext,
    title_fallback: Option<&str>,
    attachments: &[String],
) -> Result<Words, String> {
    let l = cx.localizer;
    let plain =
        |id: &str, args: &[(&str, FluentValue<'static>)]| markup::plain_text(&l.inline(id, args));
    let title = cx.main_title(title_fallback);
    let urgent = plain("email-urgent", &[]);
    let subject = plain(
        "email-subject",
        &[
            ("urgent", FluentValue::from(urgent.clone())),
            ("title", FluentValue::from(title.clone())),
        ],
    );
    if !urgent.is_empty() && !subject.to_lowercase().starts_with(&urgent.to_lowercase()) {
        return Err(format!(
            "the subject `{subject}` does not start with `{urgent}` (`email-urgent`): an urgent notice's subject says so first"
        ));
    }
    let signatory = cx.chosen_signatories().first().map(|s| {
        let override_id = format!("signatory-{}", s.id);
        let name = if l.has(&override_id) {
            plain(&override_id, &[])
        } else {
            s.name.clone()
        };
        let title = match &s.title_message {
            Some(id) => plain(&id.value, &[]),
            None => s.title.clone(),
        };
        (name, title)
    });
    let m = cx.manufacturer;
    Ok(Words {
        lang: cx.tag.to_string(),
        subject,
        urgent,
        title,
        notice: cx.notice.id.value.clone(),
        opening: ["email-greeting", "email-intro", SUMMARY]
            .iter()
            .map(|id| l.inline(id, &[]))
            .collect(),
        deadline: cx
            .notice
            .fsca
            .reply_deadline_days
            .map(|days| l.inline("email-deadline", &[("days", FluentValue::from(days))])),
        reply: l.inline("email-reply", &[]),
        attachments_label: plain("email-attachments", &[]),
        attachments: attachments.to_vec(),
        closing: plain("email-closing", &[]),
        signatory,
        company: m.legal_name.clone(),
        address: m
            .address
            .iter()
            .flat_map(|a| a.lines())
            .map(str::to_string)
            .collect(),
    })
}

impl Words {
    /// The plain-text part: paragraphs, the attachments listed, the signature.
    fn text(&self) -> String {
        let mut paragraphs: Vec<String> =
            self.opening.iter().map(|p| plain_with_links(p)).collect();
        paragraphs.extend(self.deadline.iter().map(|d| plain_with_links(d)));
        paragraphs.push(plain_with_links(&self.reply));
        let mut attached = format!("{}:", self.attachments_label);
        for name in &self.attachments {
            attached.push_str(&format!("\n- {name}"));
        }
        paragraphs.push(attached);
        let mut signature = vec![self.closing.clone()];
        if let Some((name, title)) = &self.signatory {
            signature.extend([name.clone(), title.clone()]);
        }
        signature.push(self.company.clone());
        signature.extend(self.address.iter().cloned());
        paragraphs.push(signature.join("\n"));
        paragraphs.join("\n\n") + "\n"
    }

    /// The HTML part, from the built-in template.
    fn html(&self) -> Result<String, String> {
        let mut paragraphs: Vec<Value> = self.opening.iter().map(|p| html_value(p)).collect();
        paragraphs.push(html_value(&self.reply));
        html(&HtmlView {
            lang: &self.lang,
            subject: &self.subject,
            urgent: &self.urgent,
            title: &self.title,
            notice: &self.notice,
            paragraphs,
            deadline: self.deadline.as_deref().map(html_value),
            attachments_label: &self.attachments_label,
            attachments: &self.attachments,
            closing: &self.closing,
            signatory: self.signatory.as_ref(),
            company: &self.company,
            address: &self.address,
        })
    }
}

fn html(view: &HtmlView) -> Result<String, String> {
    let mut env = Environment::new();
    env.set_auto_escape_callback(|_| AutoEscape::Html);
    env.add_template("email.html", TEMPLATE)
        .map_err(|e| e.to_string())?;
    env.get_template("email.html")
        .and_then(|t| t.render(view))
        .map_err(|e| format!("the e-mail template: {e}"))
}

fn html_value(nodes: &[Inline]) -> Value {
    Value::from_safe_string(to_html(nodes))
}

/// Inline markup as HTML: text escaped, the few tags translators may use as their HTML.
fn to_html(nodes: &[Inline]) -> String {
    let mut out = String::new();
    for node in nodes {
        match node {
            Inline::Text(text) => out.push_str(&HtmlEscape(text).to_string()),
            Inline::Strong(c) => out.push_str(&format!("<strong>{}</strong>", to_html(c))),
            Inline::Emph(c) => out.push_str(&format!("<em>{}</em>", to_html(c))),
            Inline::Link { url, children } => out.push_str(&format!(
                "<a href=\"{}\" style=\"color:#0b57d0;\">{}</a>",
                HtmlEscape(url),
                to_html(children)
            )),
            Inline::LineBreak => out.push_str("<br>"),
            Inline::PageNumber | Inline::PageCount => {}
        }
    }
    out
}

/// Plain text, with each link's address after its words.
fn plain_with_links(nodes: &[Inline]) -> String {
    let mut out = String::new();
    for node in nodes {
        match node {
            Inline::Text(text) => out.push_str(text),
            Inline::Strong(c) | Inline::Emph(c) => out.push_str(&plain_with_links(c)),
            Inline::Link { url, children } => {
                let words = plain_with_links(children);
                if words == *url {
                    out.push_str(url);
                } else {
                    out.push_str(&format!("{words} <{url}>"));
                }
            }
            Inline::LineBreak => out.push('\n'),
            Inline::PageNumber | Inline::PageCount => {}
        }
    }
    out
}
