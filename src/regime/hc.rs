//! Health Canada's rules. None yet: the text of GUI-0054 (December 2024) on what a recall
//! letter says (its stage 3, "Notify and correct") could not be read where these rules were
//! written, and no rule is written without its source. The regime still gives a notice its
//! market's paper and its standard text in English and French.

use super::Rule;

/// Its rules.
pub const RULES: &[Rule] = &[];
