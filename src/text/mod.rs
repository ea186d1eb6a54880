//! Text: folding away evasions ([`normalize`]), whole-word phrase search ([`matcher`]) and
//! phrase rules ([`rules`]).

pub mod matcher;
pub mod normalize;
pub mod rules;

pub use normalize::{Folded, fold};
