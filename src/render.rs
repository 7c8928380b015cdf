//! The render stage: a notice, its manufacturer and a [`Localizer`] -> Typst source, through
//! minijinja templates.
//!
//! The stage builds a localized view of the notice in which every piece of text is already
//! safe Typst markup, then renders the template. Output escaping is on for every template: a
//! plain value (a catalogue number from YAML, say) prints as a Typst string literal, so neither
//! YAML nor `.ftl` text can become Typst code or template syntax.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use minijinja::value::Value;
use minijinja::{AutoEscape, Environment, UndefinedBehavior};

use crate::diag::{Diagnostic, SourceText, display_path};
use crate::fsutil;
use crate::load::LoadedNotice;
use crate::localize::Localizer;
use crate::markup::{self, typst_string};
use crate::notice::{
    Block, CheckItem, DateField, DateStyle, EuSections, Form, FormRow, Layout, Manufacturer,
    ManufacturerAction, MsgId, NoticeType, ProductField, RowItem, Step, TextField, UserAction,
};
use crate::recipients::{Recipient, Role};

/// The main template of the letter layout, rendered once per job.
pub const MAIN_TEMPLATE: &str = "notice.typ.j2";
/// The main template of the EU Commission FSN template layout.
pub const EU_TEMPLATE: &str = "eu-commission.typ.j2";
/// The Typst style module the generated source imports.
pub const STYLE_MODULE: &str = "style.typ";

/// The templates compiled into the binary; a project's `templates/` overrides them by name.
pub const DEFAULT_TEMPLATES: &[(&str, &str)] = &[
    (MAIN_TEMPLATE, include_str!("../templates/notice.typ.j2")),
    (
        EU_TEMPLATE,
        include_str!("../templates/eu-commission.typ.j2"),
    ),
    ("form.typ.j2", include_str!("../templates/form.typ.j2")),
    (
        "recipient-devices.typ.j2",
        include_str!("../templates/recipient-devices.typ.j2"),
    ),
    (STYLE_MODULE, include_str!("../templates/style.typ")),
];

/// Templates and the Typst style module, loaded once per build and shared by all jobs.
pub struct Templates {
    env: Environment<'static>,
    /// The Typst files the generated source may import, by name.
    pub typst_files: BTreeMap<String, Arc<str>>,
    /// The template sources as loaded, for mapping errors back.
    sources: BTreeMap<String, SourceText>,
    /// Fingerprint of every template and Typst file (incremental builds).
    pub digest: String,
}

impl Templates {
    /// Loads the defaults, overridden file by file by `<root>/templates/`.
    pub fn load(root: &Path) -> Result<Self, Vec<Diagnostic>> {
        let mut sources: BTreeMap<String, SourceText> = DEFAULT_TEMPLATES
            .iter()
            .map(|(name, text)| {
                (
                    name.to_string(),
                    SourceText::new(format!("<built-in>/templates/{name}"), *text),
                )
            })
            .collect();
        let dir = root.join("templates");
        if dir.is_dir() {
            for path in fsutil::read_dir_sorted(&dir).map_err(|d| vec![d])? {
                let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                    continue;
                };
                if !(name.ends_with(".j2") || name.ends_with(".typ")) || !path.is_file() {
                    continue;
                }
                let text = fsutil::read_text(&path, root).map_err(|d| vec![d])?;
                sources.insert(
                    name.to_string(),
                    SourceText::new(display_path(root, &path), text),
                );
            }
        }
        let mut env = Environment::new();
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_auto_escape_callback(|_| AutoEscape::Custom("typst"));
        env.set_formatter(format_value);
        env.set_fuel(Some(5_000_000));
        env.add_filter("str", |value: Value| {
            Value::from_safe_string(typst_string(&value.to_string()))
        });
        env.set_keep_trailing_newline(true);
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        let mut errors = Vec::new();
        let mut typst_files = BTreeMap::new();
        for (name, source) in &sources {
            if name.ends_with(".j2") {
                if let Err(error) = env.add_template_owned(name.clone(), source.text.to_string()) {
                    errors.push(template_diagnostic(&error, source));
                }
            } else {
                typst_files.insert(name.clone(), source.text.clone());
            }
        }
        if env.get_template(MAIN_TEMPLATE).is_err() && errors.is_empty() {
            errors.push(Diagnostic::error(format!("no template `{MAIN_TEMPLATE}`")));
        }
        let mut digest = crate::fingerprint::Fingerprint::new("templates");
        for (name, source) in &sources {
            digest.add(name, &source.text);
        }
        let digest = digest.finish();
        if errors.is_empty() {
            Ok(Self {
                env,
                typst_files,
                sources,
                digest,
            })
        } else {
            Err(errors)
        }
    }

    /// Renders the Typst source of one notice in one language, with the main template of the
    /// notice's layout.
    pub fn render(&self, layout: Layout, view: Value) -> Result<String, Diagnostic> {
        let main = match layout {
            Layout::Letter => MAIN_TEMPLATE,
            Layout::EuCommission => EU_TEMPLATE,
        };
        let template = self
            .env
            .get_template(main)
            .map_err(|e| Diagnostic::error(format!("template `{main}`: {e}")))?;
        template.render(view).map_err(|error| {
            let name = error.name().unwrap_or(main).to_string();
            match self.sources.get(&name) {
                Some(source) => template_diagnostic(&error, source),
                None => Diagnostic::error(format!("template error: {error}")),
            }
        })
    }

    /// The source of a Typst file or template, for mapping Typst errors back.
    pub fn source(&self, name: &str) -> Option<&SourceText> {
        self.sources.get(name)
    }
}

fn template_diagnostic(error: &minijinja::Error, source: &SourceText) -> Diagnostic {
    let message = format!(
        "template error: {}",
        error.detail().unwrap_or(&error.kind().to_string())
    );
    match (error.range(), error.line()) {
        (Some(range), _) => Diagnostic::error(message).at(source, range),
        (None, Some(line)) => Diagnostic::error(message).at_line_col(source, line, 1, 0),
        (None, None) => Diagnostic::error(message).in_file(source.path.clone()),
    }
}

/// Output of `{{ value }}`: safe markup as is, numbers and booleans as Typst literals, any
/// other text as a Typst string literal.
fn format_value(
    out: &mut minijinja::Output,
    _state: &minijinja::State,
    value: &Value,
) -> Result<(), minijinja::Error> {
    use minijinja::value::ValueKind;
    let text = if value.is_safe() {
        value.to_string()
    } else {
        match value.kind() {
            ValueKind::Undefined | ValueKind::None => String::new(),
            ValueKind::Bool => if value.is_true() { "true" } else { "false" }.to_string(),
            ValueKind::Number => value.to_string(),
            _ => markup::typst_text(&value.to_string()),
        }
    };
    out.write_str(&text).map_err(|_| {
        minijinja::Error::new(minijinja::ErrorKind::WriteFailure, "cannot write output")
    })
}

fn safe(typst: String) -> Value {
    Value::from_safe_string(typst)
}

/// Builds the template's view of one notice in one language.
pub struct ViewBuilder<'a> {
    pub loaded: &'a LoadedNotice,
    pub manufacturer: &'a Manufacturer,
    pub localizer: &'a Localizer,
    pub tag: &'a str,
    pub draft: bool,
    /// The account of a per-recipient letter.
    pub recipient: Option<&'a Recipient>,
}

impl ViewBuilder<'_> {
    fn t(&self, id: &MsgId) -> Value {
        safe(self.localizer.typst(&id.value, &[]))
    }

    fn t_id(&self, id: &str) -> Value {
        safe(self.localizer.typst(id, &[]))
    }

    fn ts(&self, ids: &[MsgId]) -> Value {
        Value::from(ids.iter().map(|id| self.t(id)).collect::<Vec<_>>())
    }

    pub fn build(&self) -> Value {
        let notice = &self.loaded.notice;
        let date = self.loaded.date;
        let mut view: BTreeMap<&str, Value> = BTreeMap::new();
        view.insert(
            "lang",
            Value::from(
                self.localizer
                    .langid()
                    .map(|l| l.language.to_string())
                    .unwrap_or_default(),
            ),
        );
        view.insert(
            "region",
            Value::from(
                self.localizer
                    .langid()
                    .and_then(|l| l.region.map(|r| r.to_string())),
            ),
        );
        view.insert("notice", Value::from(notice.id.value.clone()));
        view.insert("locale", Value::from(self.tag));
        view.insert("document_code", Value::from(notice.document_code.clone()));
        view.insert(
            "date",
            Value::from_serialize(BTreeMap::from([
                ("year", date.year),
                ("month", i32::from(date.month)),
                ("day", i32::from(date.day)),
            ])),
        );
        let date_line = match notice.date_style {
            DateStyle::Long => {
                crate::localize::intl::date_line(date, &self.localizer.langid().unwrap_or_default())
            }
            DateStyle::Compact => date.compact(),
        };
        view.insert("date_line", Value::from(date_line));
        view.insert(
            "marking",
            notice
                .marking
                .as_ref()
                .map(|m| self.t(m))
                .unwrap_or(Value::from(())),
        );
        let titles: Vec<Value> = notice.titles.iter().map(|t| self.t(t)).collect();
        let plain_title = match (notice.titles.last(), notice.template) {
            (Some(t), _) => self.plain(t),
            (None, Layout::EuCommission) => self.plain_id("eu-title"),
            (None, Layout::Letter) => String::new(),
        };
        view.insert(
            "title",
            Value::from(format!("{} {}", notice.id.value, plain_title)),
        );
        view.insert("titles", Value::from(titles));
        view.insert("titles_uppercase", Value::from(notice.titles_uppercase));
        view.insert("greeting", self.opt(notice.greeting.as_ref()));
        view.insert("products", self.products());
        view.insert(
            "body",
            Value::from(
                notice
                    .body
                    .iter()
                    .map(|b| self.block(b))
                    .collect::<Vec<_>>(),
            ),
        );
        // A per-recipient letter carries the reply form of the recipient's role, where the
        // notice has one for it; a general copy carries them all.
        let role = self.recipient.map(|r| r.role);
        let has_distributor_form = notice.distributor_form.is_some();
        let (customer, distributor) = match role {
            None => (true, true),
            Some(Role::Customer) => (true, false),
            Some(Role::Distributor) => (!has_distributor_form, true),
        };
        view.insert("form", self.form(notice.form.as_ref().filter(|_| customer)));
        view.insert(
            "distributor_form",
            self.form(notice.distributor_form.as_ref().filter(|_| distributor)),
        );
        view.insert(
            "eu",
            notice
                .eu
                .as_ref()
                .map(|eu| self.eu(eu))
                .unwrap_or(Value::from(())),
        );
        view.insert("recipient", self.recipient_view());
        // The date fields' format: not printed, but it checks what recipients type.
        if notice.form.is_some() || notice.distributor_form.is_some() {
            view.insert(
                "date_format",
                Value::from(self.plain_id("form-date-format")),
            );
        }
        view.insert("footer", self.footer());
        view.insert(
            "draft",
            if self.draft {
                self.t_id("draft-mark")
            } else {
                Value::from(())
            },
        );
        view.insert(
            "manufacturer",
            Value::from(self.manufacturer.legal_name.clone()),
        );
        Value::from_iter(view)
    }

    fn footer(&self) -> Value {
        let m = self.manufacturer;
        let contacts: Vec<Value> = m
            .contacts
            .iter()
            .map(|c| {
                Value::from_iter([
                    ("label", self.t(&c.label)),
                    ("email", Value::from(c.email.clone())),
                ])
            })
            .collect();
        Value::from_iter([
            ("contacts", Value::from(contacts)),
            ("copyright", self.t(&m.copyright)),
            ("reference", self.t_id("footer-reference")),
            ("page", self.t_id("footer-page")),
            (
                "ivd",
                if self.loaded.notice.in_vitro_diagnostic {
                    self.t_id("footer-ivd")
                } else {
                    Value::from(())
                },
            ),
        ])
    }

    fn products(&self) -> Value {
        let p = &self.loaded.notice.products;
        let header: Vec<Value> = p.columns.iter().map(|c| self.t(&c.header)).collect();
        let rows: Vec<Value> = p
            .items
            .iter()
            .map(|item| {
                let cells: Vec<Value> = p
                    .columns
                    .iter()
                    .map(|c| match c.field {
                        ProductField::Name => self.t(&item.name),
                        ProductField::Catalogue => Value::from(item.catalogue.join(" / ")),
                        ProductField::Udi if item.udi.is_empty() => self.t_id("udi-not-applicable"),
                        ProductField::Udi => Value::from(item.udi.join(" / ")),
                        ProductField::Software => {
                            Value::from(item.software.clone().unwrap_or_default())
                        }
                        ProductField::Lots => Value::from(item.lots.join(", ")),
                    })
                    .collect();
                Value::from(cells)
            })
            .collect();
        Value::from_iter([
            ("caption", self.t(&p.caption)),
            ("header", Value::from(header)),
            ("rows", Value::from(rows)),
        ])
    }

    fn block(&self, block: &Block) -> Value {
        let kind =
            |k: &str, text: Value| Value::from_iter([("kind", Value::from(k)), ("text", text)]);
        match block {
            Block::Heading(m) => kind("heading", self.t(m)),
            Block::Subheading(m) => kind("subheading", self.t(m)),
            Block::Paragraph(m) => kind("paragraph", self.t(m)),
            Block::Strong(m) => kind("strong", self.t(m)),
            Block::Bullets(items) => {
                Value::from_iter([("kind", Value::from("bullets")), ("items", self.ts(items))])
            }
            Block::Steps(steps) => {
                Value::from_iter([("kind", Value::from("steps")), ("steps", self.steps(steps))])
            }
            Block::Products(_) => kind("products", Value::from(())),
            Block::Signatures(closing) => Value::from_iter([
                ("kind", Value::from("signatures")),
                ("text", self.t(closing)),
                ("people", self.signatories()),
            ]),
            Block::PageBreak(_) => kind("page_break", Value::from(())),
            Block::Form(_) => kind("form", Value::from(())),
        }
    }

    /// Numbered steps: text, sub-bullets and notes of each.
    fn steps(&self, steps: &[Step]) -> Value {
        Value::from(
            steps
                .iter()
                .map(|s| {
                    Value::from_iter([
                        ("text", self.t(&s.text)),
                        ("bullets", self.ts(&s.bullets)),
                        ("notes", self.ts(&s.notes)),
                    ])
                })
                .collect::<Vec<_>>(),
        )
    }

    /// The manufacturer's signatories: name (or its per-language override) and title.
    fn signatories(&self) -> Value {
        let people: Vec<Value> = self
            .manufacturer
            .signatories
            .iter()
            .map(|s| {
                let override_id = format!("signatory-{}", s.id);
                let name = if self.localizer.has(&override_id) {
                    self.t_id(&override_id)
                } else {
                    Value::from(s.name.clone())
                };
                Value::from_iter([("name", name), ("title", Value::from(s.title.clone()))])
            })
            .collect();
        Value::from(people)
    }

    /// A field item for the template: `type`, `name`, `label` (markup or none) and `tip`, the
    /// tooltip (the plain text of `tip_from`, which defaults to the label).
    fn field(
        &self,
        kind: &str,
        name: &str,
        label: Option<&MsgId>,
        tip_from: Option<&MsgId>,
    ) -> Value {
        let tip = tip_from.or(label).map(|m| self.plain(m));
        Value::from_iter([
            ("type", Value::from(kind)),
            ("name", Value::from(name)),
            ("label", label.map(|l| self.t(l)).unwrap_or(Value::from(()))),
            ("tip", Value::from(tip)),
        ])
    }

    fn plain(&self, id: &MsgId) -> String {
        markup::plain_text(&self.localizer.inline(&id.value, &[]))
    }

    fn opt(&self, id: Option<&MsgId>) -> Value {
        id.map(|l| self.t(l)).unwrap_or(Value::from(()))
    }

    fn text_field(&self, t: &TextField, tip_from: Option<&MsgId>) -> Value {
        let kind = if t.multiline { "multiline" } else { "text" };
        self.field(kind, &t.name.value, t.label.as_ref(), tip_from)
    }

    fn date_field(&self, d: &DateField, tip_from: Option<&MsgId>) -> Value {
        self.field("date", &d.name.value, d.label.as_ref(), tip_from)
    }

    fn check(&self, item: &CheckItem) -> Value {
        self.field("checkbox", &item.name.value, Some(&item.label), None)
    }

    /// A product of a `products` row: its checkbox `<row>.<item>.selected`; the template adds
    /// `<row>.<item>.quantity` and `.serials` from `base`. In a per-recipient letter, a product
    /// the account holds starts out ticked, with its quantity and serial numbers.
    fn product_check(&self, item: &CheckItem, row: &str) -> Value {
        let base = format!("{row}.{}", item.name.value);
        let field = self.field(
            "checkbox",
            &format!("{base}.selected"),
            Some(&item.label),
            None,
        );
        let held = self
            .recipient
            .zip(item.product.as_deref())
            .and_then(|(r, key)| {
                let index = crate::notice::find_product(&self.loaded.notice.products.items, key)?;
                r.device(index)
            });
        let (selected, quantity, serials) = match held {
            Some(device) => (
                Value::from("Yes"),
                Value::from(device.quantity.map(|q| q.to_string())),
                Value::from(
                    (!device.serials.is_empty() || !device.lots.is_empty()).then(|| {
                        device
                            .serials
                            .iter()
                            .chain(device.lots.iter())
                            .cloned()
                            .collect::<Vec<_>>()
                            .join(", ")
                    }),
                ),
            ),
            None => (Value::from(()), Value::from(()), Value::from(())),
        };
        merge(
            field,
            [
                ("base", Value::from(base)),
                ("default", selected),
                ("quantity_default", quantity),
                ("serials_default", serials),
            ],
        )
    }

    /// A text field that starts out holding a recipient value (still editable).
    fn prefilled(&self, t: &TextField, field: Value) -> Value {
        match (self.recipient, t.prefill) {
            (Some(recipient), Some(which)) => {
                merge(field, [("default", Value::from(recipient.value(which)))])
            }
            _ => field,
        }
    }

    /// The address block and the account's own devices, in a per-recipient letter.
    fn recipient_view(&self) -> Value {
        let Some(r) = self.recipient else {
            return Value::from(());
        };
        let items = &self.loaded.notice.products.items;
        let rows: Vec<Value> = r
            .devices
            .iter()
            .map(|d| {
                Value::from(vec![
                    self.t(&items[d.product].name),
                    Value::from(d.lots.join(", ")),
                    Value::from(d.serials.join(", ")),
                    Value::from(d.quantity.map(|q| q.to_string()).unwrap_or_default()),
                ])
            })
            .collect();
        let lines = |text: &str| -> Value {
            Value::from(
                text.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_string)
                    .collect::<Vec<_>>(),
            )
        };
        Value::from_iter([
            ("account", self.t_id("recipient-account")),
            ("attention", self.t_id("recipient-attention")),
            ("organisation", Value::from(r.organisation.clone())),
            ("department", Value::from(r.department.clone())),
            ("address", lines(&r.address)),
            (
                "devices",
                if rows.is_empty() {
                    Value::from(())
                } else {
                    Value::from_iter([
                        ("caption", self.t_id("recipient-devices-caption")),
                        ("intro", self.t_id("recipient-devices-intro")),
                        (
                            "header",
                            Value::from(vec![
                                self.t_id("recipient-col-product"),
                                self.t_id("recipient-col-lots"),
                                self.t_id("recipient-col-serials"),
                                self.t_id("recipient-col-quantity"),
                            ]),
                        ),
                        ("rows", Value::from(rows)),
                    ])
                },
            ),
        ])
    }

    /// The sections of the EU Commission FSN template: boilerplate labels from
    /// `_eu-commission.ftl`, prose from the notice, data from `fsca`, products and manufacturer.
    fn eu(&self, eu: &EuSections) -> Value {
        let notice = &self.loaded.notice;
        let fsca = &notice.fsca;
        let m = self.manufacturer;
        let opt = |id: &Option<MsgId>| self.opt(id.as_ref());
        let ticks = |all: Vec<(&'static str, bool)>| {
            Value::from(
                all.into_iter()
                    .map(|(id, on)| {
                        Value::from_iter([("label", self.t_id(id)), ("on", Value::from(on))])
                    })
                    .collect::<Vec<_>>(),
            )
        };
        let yes_no = |on: bool| self.t_id(if on { "yes" } else { "no" });
        // An item the template prints only when it applies.
        let when = |on: bool, value: Value| if on { value } else { Value::from(()) };
        let text = |value: &Option<String>| {
            value
                .clone()
                .map(Value::from)
                .unwrap_or_else(|| self.t_id("eu-none-given"))
        };
        Value::from_iter([
            ("attention", self.t(&eu.attention)),
            ("action_type", self.t(&eu.action_type)),
            (
                "reference",
                Value::from(
                    fsca.reference
                        .clone()
                        .unwrap_or_else(|| notice.id.value.clone()),
                ),
            ),
            (
                "commercial_names",
                Value::from(
                    notice
                        .products
                        .items
                        .iter()
                        .map(|p| self.t(&p.name))
                        .collect::<Vec<_>>(),
                ),
            ),
            ("device_type", self.t(&eu.device_type)),
            ("clinical_purpose", self.t(&eu.clinical_purpose)),
            ("associated_devices", opt(&eu.associated_devices)),
            ("problem", self.ts(&eu.problem)),
            ("hazard", self.t(&eu.hazard)),
            ("probability", self.t(&eu.probability)),
            ("risk", self.t(&eu.risk)),
            ("further_information", opt(&eu.further_information)),
            ("background", opt(&eu.background)),
            ("other_information", opt(&eu.other_information)),
            (
                "user_actions",
                ticks(
                    UserAction::ALL
                        .iter()
                        .map(|a| (a.message(), eu.user_actions.contains(a)))
                        .collect(),
                ),
            ),
            ("user_steps", self.steps(&eu.user_steps)),
            ("user_deadline", self.t(&eu.user_deadline)),
            ("reply_required", yes_no(fsca.customer_reply_required)),
            (
                "reply_deadline",
                when(fsca.customer_reply_required, opt(&eu.reply_deadline)),
            ),
            (
                "manufacturer_actions",
                ticks(
                    ManufacturerAction::ALL
                        .iter()
                        .map(|a| (a.message(), eu.manufacturer_actions.contains(a)))
                        .collect(),
                ),
            ),
            ("manufacturer_details", self.ts(&eu.manufacturer_details)),
            ("manufacturer_deadline", self.t(&eu.manufacturer_deadline)),
            ("inform_patients", yes_no(eu.inform_patients)),
            (
                "patient_information",
                when(eu.inform_patients, opt(&eu.patient_information)),
            ),
            (
                "fsn_type",
                self.t_id(match fsca.notice_type {
                    NoticeType::New => "eu-fsn-type-new",
                    NoticeType::Update => "eu-fsn-type-update",
                }),
            ),
            (
                "previous",
                when(fsca.notice_type == NoticeType::Update, text(&fsca.previous)),
            ),
            (
                "key_new_information",
                when(
                    fsca.notice_type == NoticeType::Update,
                    opt(&eu.key_new_information),
                ),
            ),
            ("follow_up", yes_no(fsca.further_notice_expected)),
            (
                "follow_up_expected",
                when(fsca.further_notice_expected, opt(&eu.follow_up_expected)),
            ),
            ("company_name", Value::from(m.legal_name.clone())),
            ("address", text(&m.address)),
            ("website", text(&m.website)),
            ("srn", text(&m.srn)),
            (
                "authority_informed",
                when(
                    fsca.competent_authority_informed,
                    self.t_id("eu-authority-informed"),
                ),
            ),
            ("attachments", self.ts(&eu.attachments)),
            ("signatories", self.signatories()),
            ("labels", self.eu_labels()),
        ])
    }

    /// Every boilerplate label of the EU template, by its message ID without `eu-`.
    fn eu_labels(&self) -> Value {
        const LABELS: &[&str] = &[
            "title",
            "commercial-name",
            "fsca-reference",
            "action-type",
            "date",
            "attention",
            "section-devices",
            "device-type",
            "devices-table",
            "clinical-purpose",
            "associated",
            "section-reason",
            "problem",
            "hazard",
            "probability",
            "risk",
            "further-information",
            "background",
            "other-information",
            "section-action",
            "user-actions",
            "user-deadline",
            "reply-required",
            "reply-form-attached",
            "manufacturer-actions",
            "manufacturer-deadline",
            "inform-patients",
            "patient-information",
            "section-general",
            "fsn-type",
            "previous",
            "key-new-information",
            "follow-up-expected",
            "follow-up-when",
            "manufacturer",
            "company-name",
            "address",
            "website",
            "srn",
            "attachments",
            "signature",
            "transmission-heading",
            "transmission-1",
            "transmission-2",
            "transmission-3",
            "transmission-4",
            "none-given",
        ];
        Value::from_iter(
            LABELS
                .iter()
                .map(|l| (l.replace('-', "_"), self.t_id(&format!("eu-{l}")))),
        )
    }

    fn yes_no(&self, name: &str, label: Option<&MsgId>, tip_from: Option<&MsgId>) -> Value {
        let field = self.field("yes_no", name, label, tip_from);
        merge(field, [("yes", self.t_id("yes")), ("no", self.t_id("no"))])
    }

    fn form(&self, form: Option<&Form>) -> Value {
        let Some(form) = form else {
            return Value::from(());
        };
        let rows: Vec<Value> = form.rows.iter().map(|row| self.form_row(row)).collect();
        Value::from_iter([
            ("title", self.t(&form.title)),
            ("intro", self.ts(&form.intro)),
            ("outro", self.ts(&form.outro)),
            ("rows", Value::from(rows)),
        ])
    }

    fn form_row(&self, row: &FormRow) -> Value {
        let row_of = |kind: &str, pairs: Vec<(&str, Value)>| {
            merge(Value::from_iter(pairs), [("kind", Value::from(kind))])
        };
        let field_row = |label: Option<&MsgId>, items: Vec<Value>| {
            row_of(
                "field",
                vec![("label", self.opt(label)), ("items", Value::from(items))],
            )
        };
        match row {
            FormRow::Header(m) => row_of("header", vec![("label", self.t(m))]),
            FormRow::Statement(m) => row_of("statement", vec![("label", self.t(m))]),
            FormRow::PageBreak(_) => row_of("page_break", vec![]),
            FormRow::Group(g) => {
                let na = g.not_applicable().map(|name| {
                    let label = match g {
                        crate::notice::Group::Full(f) => f.not_applicable_label.as_ref(),
                        crate::notice::Group::Label(_) => None,
                    };
                    let field = match label {
                        Some(label) => self.field("checkbox", &name.value, Some(label), None),
                        None => {
                            let common = MsgId::new(
                                "form-not-applicable".to_string(),
                                name.referenced,
                                name.defined,
                            );
                            self.field("checkbox", &name.value, Some(&common), None)
                        }
                    };
                    merge(
                        field,
                        [(
                            "tip",
                            Value::from(format!(
                                "{} — {}",
                                self.plain(g.label()),
                                self.plain_id("form-not-applicable")
                            )),
                        )],
                    )
                });
                row_of(
                    "group",
                    vec![
                        ("label", self.t(g.label())),
                        ("na", na.unwrap_or(Value::from(()))),
                    ],
                )
            }
            // A row's own field must be filled in a reply; fields inside free rows need not be.
            FormRow::Text(t) => {
                let kind = if t.multiline { "multiline" } else { "text" };
                let field =
                    self.prefilled(t, self.field(kind, &t.name.value, None, t.label.as_ref()));
                field_row(
                    t.label.as_ref(),
                    vec![required(field, t.required.unwrap_or(true))],
                )
            }
            FormRow::Date(d) => {
                let field = self.field("date", &d.name.value, None, d.label.as_ref());
                field_row(d.label.as_ref(), vec![required(field, true)])
            }
            FormRow::YesNo(q) => {
                let question = self.yes_no(&q.name.value, None, Some(&q.label));
                let mut items = vec![required(question, true)];
                if let Some(d) = &q.date {
                    items.push(self.date_field(d, None));
                }
                field_row(Some(&q.label), items)
            }
            FormRow::Products(p) => {
                let items: Vec<Value> = p
                    .items
                    .iter()
                    .map(|i| self.product_check(i, &p.name.value))
                    .collect();
                let column = |on: bool, label: &Option<MsgId>| {
                    if on {
                        label.as_ref().map(|l| self.t(l)).unwrap_or(Value::from(""))
                    } else {
                        Value::from(())
                    }
                };
                row_of(
                    "products",
                    vec![
                        ("label", self.t(&p.label)),
                        ("name", Value::from(p.name.value.clone())),
                        ("hint", self.opt(p.hint.as_ref())),
                        ("quantity", column(p.quantity, &p.quantity_label)),
                        ("serials", column(p.serials, &p.serials_label)),
                        ("items", Value::from(items)),
                    ],
                )
            }
            FormRow::Checks(c) => field_row(
                c.label.as_ref(),
                c.items.iter().map(|i| self.check(i)).collect(),
            ),
            FormRow::Row(r) => {
                let row_label = r.label.as_ref();
                let items = r
                    .items
                    .iter()
                    .map(|item| match item {
                        RowItem::Checkbox(c) => self.check(c),
                        RowItem::Yes(y) => merge(
                            self.field(
                                "yes",
                                &y.name.value,
                                y.label.as_ref(),
                                y.label.as_ref().or(row_label),
                            ),
                            [("yes", self.t_id("yes"))],
                        ),
                        RowItem::Text(t) => required(
                            self.prefilled(t, self.text_field(t, t.label.as_ref().or(row_label))),
                            t.required.unwrap_or(false),
                        ),
                        RowItem::Date(d) => self.date_field(d, d.label.as_ref().or(row_label)),
                        RowItem::YesNo(q) => self.yes_no(
                            &q.name.value,
                            q.label.as_ref(),
                            q.label.as_ref().or(row_label),
                        ),
                        RowItem::Note(m) => self.field("note", "", Some(m), None),
                        RowItem::Rule(_) => self.field("rule", "", None, None),
                    })
                    .collect();
                field_row(row_label, items)
            }
            FormRow::Signature(s) => row_of(
                "signature",
                vec![
                    ("label", self.t(&s.label)),
                    ("name", Value::from(s.name.value.clone())),
                    ("tip", Value::from(self.plain(&s.label))),
                    (
                        "date",
                        s.date
                            .as_ref()
                            .map(|d| self.date_field(d, None))
                            .unwrap_or(Value::from(())),
                    ),
                ],
            ),
        }
    }

    fn plain_id(&self, id: &str) -> String {
        markup::plain_text(&self.localizer.inline(id, &[]))
    }
}

fn required(field: Value, on: bool) -> Value {
    merge(field, [("required", Value::from(on))])
}

/// A copy of a map value with `pairs` added or replaced.
fn merge<const N: usize>(value: Value, pairs: [(&str, Value); N]) -> Value {
    let mut map: BTreeMap<String, Value> = BTreeMap::new();
    if let Ok(keys) = value.try_iter() {
        for key in keys {
            if let Ok(v) = value.get_item(&key) {
                map.insert(key.to_string(), v);
            }
        }
    }
    for (k, v) in pairs {
        map.insert(k.to_string(), v);
    }
    Value::from_iter(map)
}
