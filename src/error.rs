//! The crate's error type.

use thiserror::Error;

/// Everything that can go wrong when building or using an [`crate::Engine`].
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum Error {
    /// The pack bytes are damaged, of another version, or not a pack.
    #[error(transparent)]
    Pack(#[from] crate::pack::PackError),
    /// The pack's phrases could not be compiled into a matcher.
    #[error(transparent)]
    Matcher(#[from] crate::text::matcher::BuildError),
    /// The rule sources have problems (only when compiling sources).
    #[cfg(feature = "compile")]
    #[error(transparent)]
    Sources(#[from] crate::pack::source::SourceErrors),
}
