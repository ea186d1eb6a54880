//! Text: folding away evasions ([`normalize`]), whole-word phrase search ([`matcher`]) and
//! phrase rules ([`rules`]), news datelines ([`dateline`]), the on-device text model ([`model`])
//! and whether a message asks for money or a secret ([`asks`]), which the model needs to speak alone.

pub mod asks;
pub mod chat;
pub mod dateline;
pub mod evasion;
pub mod matcher;
pub mod model;
pub mod normalize;
pub mod rules;
mod suffix;
pub mod train;

pub use normalize::{Folded, fold};
