//! Text: folding away evasions ([`normalize`]), whole-word phrase search ([`matcher`]) and
//! phrase rules ([`rules`]), news datelines ([`dateline`]), the on-device text model ([`model`])
//! and whether a message asks for money or a secret ([`asks`]), which the model needs to speak alone;
//! links spelled out to slip past link filters ([`spelled_link`]); passages a message quotes
//! ([`quoted`]).

pub mod asks;
pub mod chat;
pub mod dateline;
pub mod evasion;
pub mod matcher;
pub mod model;
pub mod normalize;
pub mod quoted;
pub mod rules;
pub mod spelled_link;
mod suffix;
pub mod train;

pub use normalize::{Folded, fold};
