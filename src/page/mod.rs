//! The page model: what the content script (or the CLI's HTML reader) extracts from a page.
//!
//! Every field is optional and every list is capped again here by [`PageModel::bounded`]:
//! the model comes from a web page, which may be hostile.

pub mod forms;
#[cfg(feature = "html")]
pub mod html;

use serde::{Deserialize, Serialize};

/// Caps applied to a page model before it is judged.
pub mod limits {
    /// Bytes of visible text per chunk.
    pub const CHUNK_BYTES: usize = 16 * 1024;
    /// Chunks of visible text.
    pub const CHUNKS: usize = 32;
    /// Links.
    pub const LINKS: usize = 500;
    /// Forms.
    pub const FORMS: usize = 20;
    /// Inputs per form.
    pub const INPUTS: usize = 50;
    /// Download links.
    pub const DOWNLOADS: usize = 100;
    /// Bytes of any single short string (title, href, label…).
    pub const SHORT: usize = 2048;
}

/// File endings of downloads that install software (the content script uses the same list).
pub const DOWNLOAD_EXTENSIONS: &[&str] = &[
    ".apk", ".xapk", ".apks", ".exe", ".msi", ".scr", ".bat", ".cmd", ".vbs", ".jar", ".dmg",
    ".pkg",
];

/// Bytes of the longest of [`DOWNLOAD_EXTENSIONS`], dot included.
const MAX_DOWNLOAD_EXTENSION: usize = 5;

/// Whether a URL's path ends in a software download ([`DOWNLOAD_EXTENSIONS`]).
pub fn is_download_url(url: &str) -> bool {
    // Compared without a lower-case copy: this runs on every URL checked. The end of the
    // path is found eight bytes at a time (`split(['?', '#'])` matched chars one by one, a
    // twentieth of a URL check). Every ending is a dot and letters, so a path ends in one only
    // if what follows its last dot, within the last five bytes, is that ending: that piece is
    // compared with the endings of its length only (a dozen case-blind compares for every
    // `.com/` or `.html` was ~600 instructions a check).
    let bytes = url.as_bytes();
    let path = &bytes[..crate::url::path_end(bytes)];
    let tail = &path[path.len().saturating_sub(MAX_DOWNLOAD_EXTENSION)..];
    let Some(dot) = tail.iter().rposition(|&b| b == b'.') else {
        return false; // every ending starts with a dot
    };
    let ending = &tail[dot..];
    DOWNLOAD_EXTENSIONS
        .iter()
        .any(|e| e.len() == ending.len() && ending.eq_ignore_ascii_case(e.as_bytes()))
}

/// A page, as far as the engine needs to see it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PageModel {
    /// The page's URL.
    pub url: String,
    /// The document title.
    pub title: String,
    /// The document language (`<html lang>`), if declared.
    pub lang: String,
    /// Visible text, in chunks.
    pub text: Vec<String>,
    /// Links on the page.
    pub links: Vec<Link>,
    /// Forms and their inputs.
    pub forms: Vec<Form>,
    /// Links to downloadable files (APK, EXE…).
    pub downloads: Vec<String>,
}

/// A link.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Link {
    /// Absolute URL.
    pub href: String,
    /// Link text.
    pub text: String,
}

/// A form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Form {
    /// Where it submits.
    pub action: String,
    /// GET or POST.
    pub method: String,
    /// Its inputs.
    pub inputs: Vec<Input>,
}

/// A form input.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Input {
    /// The `type` attribute (`password`, `tel`, `text`…).
    #[serde(rename = "type")]
    pub kind: String,
    /// The `name` attribute.
    pub name: String,
    /// The `id` attribute.
    pub id: String,
    /// The placeholder text.
    pub placeholder: String,
    /// The text of its `<label>`.
    pub label: String,
    /// The `autocomplete` attribute (`cc-number`, `one-time-code`…).
    pub autocomplete: String,
}

impl PageModel {
    /// A model holding just a text (a message) and optionally the URL it came with.
    pub fn from_text(text: &str, url: Option<&str>) -> PageModel {
        let mut chunks = Vec::new();
        let mut rest = text;
        while !rest.is_empty() && chunks.len() < limits::CHUNKS {
            let piece = crate::text::normalize::truncate(rest, limits::CHUNK_BYTES);
            let piece = if piece.is_empty() {
                &rest[..rest.chars().next().map_or(0, char::len_utf8)]
            } else {
                piece
            };
            chunks.push(piece.to_string());
            rest = &rest[piece.len()..];
        }
        PageModel {
            url: url.unwrap_or_default().to_string(),
            text: chunks,
            ..PageModel::default()
        }
    }

    /// The same model with every list and string cut to [`limits`].
    pub fn bounded(mut self) -> PageModel {
        use crate::text::normalize::truncate;
        let short = |s: &mut String| {
            let len = truncate(s, limits::SHORT).len();
            s.truncate(len);
        };
        short(&mut self.url);
        short(&mut self.title);
        short(&mut self.lang);
        self.text.truncate(limits::CHUNKS);
        for chunk in &mut self.text {
            let len = truncate(chunk, limits::CHUNK_BYTES).len();
            chunk.truncate(len);
        }
        self.links.truncate(limits::LINKS);
        for l in &mut self.links {
            short(&mut l.href);
            short(&mut l.text);
        }
        self.forms.truncate(limits::FORMS);
        for f in &mut self.forms {
            short(&mut f.action);
            short(&mut f.method);
            f.inputs.truncate(limits::INPUTS);
            for i in &mut f.inputs {
                for s in [
                    &mut i.kind,
                    &mut i.name,
                    &mut i.id,
                    &mut i.placeholder,
                    &mut i.label,
                    &mut i.autocomplete,
                ] {
                    short(s);
                }
            }
        }
        self.downloads.truncate(limits::DOWNLOADS);
        for d in &mut self.downloads {
            short(d);
        }
        self
    }

    /// Title and visible text, joined for phrase matching.
    pub fn searchable_text(&self) -> String {
        let mut s = String::with_capacity(
            self.title.len() + self.text.iter().map(|t| t.len() + 1).sum::<usize>(),
        );
        s.push_str(&self.title);
        for chunk in &self.text {
            s.push('\n');
            s.push_str(chunk);
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn downloads_are_known_by_the_ending_of_the_path_alone() {
        assert_eq!(
            DOWNLOAD_EXTENSIONS.iter().map(|e| e.len()).max(),
            Some(MAX_DOWNLOAD_EXTENSION)
        );
        for url in [
            "https://x.com/app.apk",
            "https://x.com/BCA-Mobile.APK?v=2",
            "http://x.com/a/setup.xapk#top",
            "https://x.com/tool.exe",
        ] {
            assert!(is_download_url(url), "{url}");
        }
        for url in [
            "https://x.com/",
            "https://x.com/apk",
            "https://x.com/page?file=app.apk",
            "https://x.com/a.apk/",
            "https://x.com/a.apks.html",
            "https://x.com/#a.exe",
            "",
        ] {
            assert!(!is_download_url(url), "{url}");
        }
    }

    proptest::proptest! {
        /// The last-dot test says what comparing the path's end with every ending said.
        #[test]
        fn download_endings_match_a_compare_with_every_ending(
            url in "(https?://x\\.com)?(/|[.]|[aAkKpPsSeExXmMiI]|\\?|#|é){0,14}",
        ) {
            let path = url.split(['?', '#']).next().unwrap_or_default().to_ascii_lowercase();
            let slow = DOWNLOAD_EXTENSIONS.iter().any(|e| path.ends_with(e));
            proptest::prop_assert_eq!(is_download_url(&url), slow, "{}", url);
        }
    }

    #[test]
    fn hostile_models_are_capped() {
        let m = PageModel {
            title: "x".repeat(1_000_000),
            text: vec!["é".repeat(100_000); 100],
            links: vec![Link::default(); 10_000],
            ..PageModel::default()
        }
        .bounded();
        assert!(m.title.len() <= limits::SHORT);
        assert_eq!(m.text.len(), limits::CHUNKS);
        assert!(m.text.iter().all(|c| c.len() <= limits::CHUNK_BYTES));
        assert_eq!(m.links.len(), limits::LINKS);
    }

    #[test]
    fn texts_are_chunked_on_char_boundaries() {
        let text = "ü".repeat(20_000);
        let m = PageModel::from_text(&text, None);
        assert_eq!(m.text.concat(), text);
        assert!(m.text.iter().all(|c| c.len() <= limits::CHUNK_BYTES));
    }
}
