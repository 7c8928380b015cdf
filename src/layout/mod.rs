//! Layouts: how a notice is laid out on the page. Each layout is one module that owns its part
//! of the notice schema (its top-level YAML keys), their load-time checks, its typed view and
//! its templates. [`LAYOUTS`] is the one list of them; a notice picks one with `template:`.
//!
//! What every layout shares, the page frame, products table, steps, signatories, the recipient
//! block and the reply forms, is in [`view`] and [`form`], and in the templates' macros
//! (`frame.typ.j2`) and `form.typ.j2`.

pub mod blocks;
pub mod eu_commission;
pub mod fda_recall;
pub mod form;
pub mod letter;
pub mod view;

use std::any::Any;

use minijinja::Value;
use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::diag::{Diagnostic, SourceText};
use crate::localize::StandardText;
use crate::notice::{MsgId, Notice};
pub use view::ViewContext;

/// Every layout, the default (`letter`) first.
pub static LAYOUTS: &[&dyn Layout] = &[
    &letter::Letter,
    &eu_commission::EuCommission,
    &fda_recall::FdaRecall,
];

/// The layout a notice names, or `letter` when it names none.
pub fn by_name(name: Option<&str>) -> Option<&'static dyn Layout> {
    match name {
        None => Some(LAYOUTS[0]),
        Some(name) => LAYOUTS.iter().copied().find(|l| l.name() == name),
    }
}

/// The layout or regime whose built-in standard text defines message `id`, if one does.
pub fn standard_text_of(id: &str) -> Option<StandardText> {
    let regimes = crate::notice::Regime::ALL.map(crate::notice::Regime::standard_text);
    LAYOUTS
        .iter()
        .map(|layout| layout.standard_text())
        .chain(regimes)
        .find(|text| text.defines(id))
}

/// The layout names, for messages and the schema.
pub fn names() -> Vec<&'static str> {
    LAYOUTS.iter().map(|l| l.name()).collect()
}

/// What a layout module implements; [`Layout`] is its object-safe face for the registry.
pub trait LayoutSpec: Sync + 'static {
    /// The layout's own top-level keys of a notice.
    type Keys: DeserializeOwned + JsonSchema + Send + Sync + std::fmt::Debug + 'static;
    /// What its main template renders.
    type View: Serialize;
    /// The value of `template:` that picks it.
    const NAME: &'static str;
    /// Its templates, main template first: file name and built-in text. A project's
    /// `templates/` overrides them by name.
    const TEMPLATES: &'static [(&'static str, &'static str)];

    /// Its standard text (headings, labels) per locale tag, in Fluent: the shared file
    /// `_<NAME>` of each locale it covers, unless the project has its own.
    const STANDARD_TEXT: &'static [(&'static str, &'static str)] = &[];
    /// What the layout needs of the notice, beyond what its keys' types say.
    fn check(notice: &Notice, keys: &Self::Keys, source: &SourceText) -> Vec<Diagnostic>;
    /// Every message ID its keys name.
    fn message_refs(keys: &Self::Keys) -> Vec<&MsgId>;
    /// The data its keys print as written (a details row's `text:`), for checks of what a
    /// letter says.
    fn data_texts(_keys: &Self::Keys) -> Vec<&str> {
        Vec::new()
    }
    /// Whether the letter lists what the recipient is to do (steps, a list of actions), for
    /// checks of what a letter says.
    fn lists_actions(keys: &Self::Keys) -> bool;
    /// The message that titles a letter whose notice has no title lines (the PDF's title, an
    /// e-mail's subject).
    fn title_fallback(_keys: &Self::Keys) -> Option<&'static str> {
        None
    }
    /// The localized view of one letter.
    fn view(cx: &ViewContext, keys: &Self::Keys) -> Self::View;
}

/// A diagnostic at the notice's `template:` value, the reason a layout asks for what it asks
/// (the file alone for the default layout, which no `template:` names).
pub fn at_template(notice: &Notice, source: &SourceText, message: &str) -> Diagnostic {
    match &notice.template {
        Some(template) => crate::yaml::at_value(source, template, message.to_string()),
        None => Diagnostic::error(message).in_file(source.path.clone()),
    }
}

/// A notice's layout keys as its layout read them.
pub struct LayoutKeys(Box<dyn Any + Send + Sync>);

impl std::fmt::Debug for LayoutKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LayoutKeys(..)")
    }
}

impl std::fmt::Debug for dyn Layout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Layout({})", self.name())
    }
}

/// A layout as the pipeline uses it. Implemented for every [`LayoutSpec`].
pub trait Layout: Sync {
    fn name(&self) -> &'static str;
    fn templates(&self) -> &'static [(&'static str, &'static str)];
    /// Its built-in standard text.
    fn standard_text(&self) -> StandardText;
    /// The main template's file name.
    fn main_template(&self) -> &'static str {
        self.templates()[0].0
    }
    /// The top-level keys the layout reads.
    fn keys(&self) -> Vec<String>;
    /// Those of them a notice laid out with it must have.
    fn required_keys(&self) -> Vec<String>;
    /// The JSON Schema of those keys (an object schema; its definitions go to `generator`).
    fn keys_schema(&self, generator: &mut SchemaGenerator) -> Schema;
    /// Reads and checks the layout's keys of a notice.
    fn load(&self, notice: &Notice, source: &SourceText) -> Result<LayoutKeys, Vec<Diagnostic>>;
    fn message_refs<'a>(&self, keys: &'a LayoutKeys) -> Vec<&'a MsgId>;
    fn data_texts<'a>(&self, keys: &'a LayoutKeys) -> Vec<&'a str>;
    fn lists_actions(&self, keys: &LayoutKeys) -> bool;
    fn title_fallback(&self, keys: &LayoutKeys) -> Option<&'static str>;
    /// The main template's view of one letter.
    fn view(&self, cx: &ViewContext, keys: &LayoutKeys) -> Value;
}

impl<T: LayoutSpec> Layout for T {
    fn name(&self) -> &'static str {
        T::NAME
    }

    fn templates(&self) -> &'static [(&'static str, &'static str)] {
        T::TEMPLATES
    }

    fn standard_text(&self) -> StandardText {
        StandardText {
            name: T::NAME,
            kind: "layout",
            texts: T::STANDARD_TEXT,
        }
    }

    fn keys(&self) -> Vec<String> {
        property_names(&schemars::schema_for!(T::Keys))
    }

    fn required_keys(&self) -> Vec<String> {
        required_names(&schemars::schema_for!(T::Keys))
    }

    fn keys_schema(&self, generator: &mut SchemaGenerator) -> Schema {
        T::Keys::json_schema(generator)
    }

    fn load(&self, notice: &Notice, source: &SourceText) -> Result<LayoutKeys, Vec<Diagnostic>> {
        let keys: T::Keys = crate::yaml::parse_yaml(source).map_err(|d| vec![d])?;
        let errors = T::check(notice, &keys, source);
        if errors.is_empty() {
            Ok(LayoutKeys(Box::new(keys)))
        } else {
            Err(errors)
        }
    }

    fn message_refs<'a>(&self, keys: &'a LayoutKeys) -> Vec<&'a MsgId> {
        T::message_refs(own_keys::<T>(keys))
    }

    fn data_texts<'a>(&self, keys: &'a LayoutKeys) -> Vec<&'a str> {
        T::data_texts(own_keys::<T>(keys))
    }

    fn lists_actions(&self, keys: &LayoutKeys) -> bool {
        T::lists_actions(own_keys::<T>(keys))
    }

    fn title_fallback(&self, keys: &LayoutKeys) -> Option<&'static str> {
        T::title_fallback(own_keys::<T>(keys))
    }

    fn view(&self, cx: &ViewContext, keys: &LayoutKeys) -> Value {
        Value::from_serialize(T::view(cx, own_keys::<T>(keys)))
    }
}

/// The keys a layout's own `load` made: a notice's keys are only ever given to its layout.
fn own_keys<T: LayoutSpec>(keys: &LayoutKeys) -> &T::Keys {
    keys.0
        .downcast_ref::<T::Keys>()
        .expect("a notice's layout keys are read by its own layout")
}

/// The required property names of an object schema.
pub fn required_names(schema: &Schema) -> Vec<String> {
    schema
        .get("required")
        .and_then(|r| r.as_array())
        .map(|r| {
            r.iter()
                .filter_map(|k| k.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// The property names of an object schema.
pub fn property_names(schema: &Schema) -> Vec<String> {
    schema
        .get("properties")
        .and_then(|p| p.as_object())
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default()
}
