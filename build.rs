//! Compiles `rules/` into the default pack (`$OUT_DIR/default.wpk`), which the library embeds.
//!
//! The compiler modules are included by path so that the build script and `waspada pack build`
//! run the very same code; they depend on serde, toml, postcard, blake3 and thiserror only.
//! `src/text/chat.rs` gives the chat spellings whose readings phrases gain.
//! `src/url/domains.rs` comes along (with its hasher, `src/url/fasthash.rs`): block lists are
//! compiled into its hashed set; `src/url/edit.rs` checks brands' `not_typos`.

#[allow(dead_code)]
#[path = "src/category.rs"]
mod category;
#[allow(dead_code)]
#[path = "src/pack/expand.rs"]
mod expand;
#[allow(dead_code)]
#[path = "src/pack/format.rs"]
mod format;
#[allow(dead_code)]
#[path = "src/pack/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/small_sort.rs"]
mod small_sort;
#[allow(dead_code)]
#[path = "src/pack/source.rs"]
mod source;
#[allow(dead_code)]
#[path = "src/text/chat.rs"]
pub mod text_chat;
#[allow(dead_code)]
#[path = "src/url/domains.rs"]
pub mod url_domains;
#[allow(dead_code)]
#[path = "src/url/dots.rs"]
pub mod url_dots;
#[allow(dead_code)]
#[path = "src/url/edit.rs"]
pub mod url_edit;
#[allow(dead_code)]
#[path = "src/url/fasthash.rs"]
pub mod url_fasthash;
/// `crate::text::chat` (chat spellings), as the library names it.
mod text {
    pub use crate::text_chat as chat;
}
/// `crate::url::domains` (and the hasher it uses), as the library names them.
mod url {
    pub use crate::url_domains as domains;
    pub use crate::url_dots as dots;
    pub use crate::url_edit as edit;
    pub use crate::url_fasthash as fasthash;
}

use std::path::{Path, PathBuf};

fn main() {
    let rules = Path::new("rules");
    println!("cargo:rerun-if-changed=rules");
    if std::env::var_os("CARGO_FEATURE_EMBEDDED_PACK").is_none() {
        return; // the Wasm build loads packs at run time
    }
    let out =
        PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("default.wpk");
    let compiled = match source::compile_dir(rules) {
        Ok(c) => c,
        Err(errors) => {
            eprintln!("{errors}");
            eprintln!("Fix the rule sources above (see rules/README.md), then build again.");
            std::process::exit(1);
        }
    };
    let bytes = match format::encode(&compiled.pack) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("cannot encode the default pack: {e}");
            std::process::exit(1);
        }
    };
    if let Err(e) = std::fs::write(&out, bytes) {
        eprintln!("cannot write {}: {e}", out.display());
        std::process::exit(1);
    }
}
