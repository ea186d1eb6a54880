//! HTML → [`PageModel`] for the CLI, mirroring what the extension's content script extracts.

use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node, Selector};

use super::{Form, Input, Link, PageModel, is_download_url, limits};

/// HTML larger than this is cut before parsing: the extension's content script never sends
/// more text than the limits allow, and parsing 50 MB would only cost time.
pub const MAX_HTML_BYTES: usize = 8 * 1024 * 1024;

/// Elements whose content is never visible text.
const INVISIBLE: &[&str] = &[
    "script", "style", "noscript", "template", "head", "svg", "canvas", "iframe", "object",
];

/// Extracts the page model from `html`. `url` is the page's address if known; otherwise the
/// page's canonical link or `og:url` is used.
pub fn page_from_html(html: &str, url: Option<&str>) -> PageModel {
    let html = crate::text::normalize::truncate(html, MAX_HTML_BYTES);
    if nesting_estimate(html) > MAX_NESTING {
        return flat_page(html, url);
    }
    let doc = Html::parse_document(html);
    let url = url
        .map(str::to_string)
        .or_else(|| first_attr(&doc, "link[rel=canonical]", "href"))
        .or_else(|| first_attr(&doc, "meta[property='og:url']", "content"))
        .unwrap_or_default();
    let base = url::Url::parse(&url).ok();
    let absolute = |href: &str| -> String {
        match &base {
            Some(b) => b
                .join(href.trim())
                .map(|u| u.to_string())
                .unwrap_or_else(|_| href.trim().to_string()),
            None => href.trim().to_string(),
        }
    };

    let title = first_text(&doc, "title").unwrap_or_default();
    let lang = first_attr(&doc, "html", "lang").unwrap_or_default();

    let mut links = Vec::new();
    let mut downloads = Vec::new();
    for a in doc.select(&selector("a[href]")) {
        let href = absolute(a.attr("href").unwrap_or_default());
        let is_download = a.attr("download").is_some() || is_download_url(&href);
        if is_download && downloads.len() < limits::DOWNLOADS {
            downloads.push(href.clone());
        }
        if links.len() < limits::LINKS {
            links.push(Link {
                href,
                text: collapse(&a.text().collect::<String>()),
            });
        }
    }

    let forms = doc
        .select(&selector("form"))
        .take(limits::FORMS)
        .map(|f| Form {
            action: absolute(f.attr("action").unwrap_or_default()),
            method: f.attr("method").unwrap_or("get").to_ascii_lowercase(),
            inputs: f
                .select(&selector("input, select, textarea"))
                .take(limits::INPUTS)
                .map(|i| input(&doc, i))
                .collect(),
        })
        .collect();

    PageModel {
        url,
        title,
        lang,
        text: visible_text(&doc),
        links,
        forms,
        downloads,
    }
    .bounded()
}

/// Deeper nesting than this is read without building a DOM: HTML tree building checks the
/// stack of open elements at every tag, so a page of 100,000 nested `<div>`s would take
/// minutes. No real page nests this deep.
const MAX_NESTING: usize = 1024;

/// Upper bound on element nesting: open tags minus close tags, ignoring void elements.
fn nesting_estimate(html: &str) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut max) = (0usize, 0usize);
    for i in memchr_iter(bytes) {
        match bytes.get(i + 1) {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                let name: Vec<u8> = bytes[i + 1..]
                    .iter()
                    .take(8)
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .map(u8::to_ascii_lowercase)
                    .collect();
                if !VOID.contains(&name.as_slice()) {
                    depth += 1;
                    max = max.max(depth);
                }
            }
            _ => {}
        }
    }
    max
}

const VOID: &[&[u8]] = &[
    b"br", b"img", b"input", b"meta", b"link", b"hr", b"source", b"wbr", b"area", b"base", b"col",
    b"embed", b"track", b"p", b"li", b"option", b"td", b"tr",
];

fn memchr_iter(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    bytes
        .iter()
        .enumerate()
        .filter(|&(_, &b)| b == b'<')
        .map(|(i, _)| i)
}

/// Pathologically nested HTML: visible text by stripping tags (scripts and styles skipped).
fn flat_page(html: &str, url: Option<&str>) -> PageModel {
    let mut text = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        text.push('\n');
        let after = &rest[open..];
        let lower: String = after
            .chars()
            .take(8)
            .collect::<String>()
            .to_ascii_lowercase();
        let skip_to = if lower.starts_with("<script") {
            after.to_ascii_lowercase().find("</script").map(|i| i + 8)
        } else if lower.starts_with("<style") {
            after.to_ascii_lowercase().find("</style").map(|i| i + 7)
        } else {
            Some(0)
        };
        let Some(skip) = skip_to else { break };
        match after[skip..].find('>') {
            Some(close) => rest = &after[skip + close + 1..],
            None => break,
        }
    }
    if !rest.contains('<') {
        text.push_str(rest);
    }
    let mut page = PageModel::from_text(&collapse_lines(&text), url);
    page.url = url.unwrap_or_default().to_string();
    page.bounded()
}

fn collapse_lines(s: &str) -> String {
    s.lines()
        .map(collapse)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn input(doc: &Html, el: ElementRef<'_>) -> Input {
    let attr = |name: &str| el.attr(name).unwrap_or_default().to_string();
    let id = attr("id");
    // A label either wraps the input or points at its id.
    let mut label = el
        .ancestors()
        .filter_map(ElementRef::wrap)
        .find(|a| a.value().name() == "label")
        .map(|l| collapse(&l.text().collect::<String>()))
        .unwrap_or_default();
    if label.is_empty() && !id.is_empty() {
        label = doc
            .select(&selector("label[for]"))
            .find(|l| l.attr("for") == Some(id.as_str()))
            .map(|l| collapse(&l.text().collect::<String>()))
            .unwrap_or_default();
    }
    let kind = match el.value().name() {
        "input" => el.attr("type").unwrap_or("text").to_ascii_lowercase(),
        other => other.to_string(),
    };
    Input {
        kind,
        name: attr("name"),
        id,
        placeholder: attr("placeholder"),
        label,
        autocomplete: attr("autocomplete"),
    }
}

/// Visible text in document order, one line per text node, chunked like the content script.
fn visible_text(doc: &Html) -> Vec<String> {
    let mut chunks: Vec<String> = vec![String::new()];
    let mut hidden_depth = 0usize;
    // Iterative traversal: hostile pages nest elements deeper than any call stack.
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) if hidden_depth > 0 || is_hidden(el) => hidden_depth += 1,
                Node::Text(t) if hidden_depth == 0 => {
                    let text = collapse(t);
                    if text.is_empty() {
                        continue;
                    }
                    let last = chunks.last_mut().expect("never empty");
                    if last.len() + text.len() + 1 > limits::CHUNK_BYTES {
                        if chunks.len() >= limits::CHUNKS {
                            break;
                        }
                        chunks.push(String::new());
                    }
                    let last = chunks.last_mut().expect("never empty");
                    if !last.is_empty() {
                        last.push('\n');
                    }
                    last.push_str(crate::text::normalize::truncate(&text, limits::CHUNK_BYTES));
                }
                _ => {}
            },
            Edge::Close(node) => {
                if hidden_depth > 0 && node.value().is_element() {
                    hidden_depth -= 1;
                }
            }
        }
    }
    chunks.retain(|c| !c.is_empty());
    chunks
}

/// Elements that never render text. Inline `display:none` and the `hidden` attribute are not
/// treated as hidden here: phishing kits hide their form until a script shows it, and the CLI
/// runs no scripts (the content script in the browser sees what is really shown).
fn is_hidden(el: &scraper::node::Element) -> bool {
    INVISIBLE.contains(&el.name())
}

fn selector(css: &str) -> Selector {
    // The selectors are literals in this file; a typo is a bug caught by the tests.
    Selector::parse(css).unwrap_or_else(|e| panic!("bad built-in selector {css:?}: {e:?}"))
}

fn first_attr(doc: &Html, css: &str, attr: &str) -> Option<String> {
    doc.select(&selector(css))
        .find_map(|e| e.attr(attr))
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

fn first_text(doc: &Html, css: &str) -> Option<String> {
    doc.select(&selector(css))
        .next()
        .map(|e| collapse(&e.text().collect::<String>()))
}

/// Collapses runs of whitespace to one space.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `input` looks like an HTML document rather than a plain message.
pub fn looks_like_html(input: &str) -> bool {
    let head =
        crate::text::normalize::truncate(input.trim_start_matches('\u{feff}').trim_start(), 1024)
            .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml")
        || (head.starts_with('<')
            && ["<head", "<body", "<div", "<p", "<meta", "<title", "<!--"]
                .iter()
                .any(|t| head.contains(t)))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html lang="id"><head><title>KlikBCA</title>
        <link rel="canonical" href="http://klikbca-verifikasi.com/login"><style>p{}</style></head>
        <body><h1>Perubahan tarif transfer</h1><script>var x = "slot gacor";</script>
        <template><p>tersembunyi</p></template>
        <form action="kirim.php" method="POST"><label>PIN <input type="password" name="pin"></label>
        <label for="o">Kode OTP</label><input id="o" name="otp"></form>
        <a href="/app/undangan.apk">Lihat undangan</a><a href="https://wa.me/6281234">Admin</a></body></html>"#;

    #[test]
    fn extracts_what_the_engine_needs() {
        let m = page_from_html(PAGE, None);
        assert_eq!(m.url, "http://klikbca-verifikasi.com/login");
        assert_eq!(m.title, "KlikBCA");
        assert_eq!(m.lang, "id");
        let text = m.text.join("\n");
        assert!(text.contains("Perubahan tarif transfer"));
        assert!(
            !text.contains("slot gacor"),
            "script content is not visible text"
        );
        assert!(
            !text.contains("tersembunyi"),
            "hidden content is not visible text"
        );
        assert_eq!(m.forms[0].action, "http://klikbca-verifikasi.com/kirim.php");
        assert_eq!(m.forms[0].inputs[0].label, "PIN");
        assert_eq!(m.forms[0].inputs[1].label, "Kode OTP");
        assert_eq!(
            m.downloads,
            ["http://klikbca-verifikasi.com/app/undangan.apk"]
        );
        assert_eq!(m.links.len(), 2);
    }

    #[test]
    fn deep_nesting_is_read_without_a_dom() {
        let html = format!(
            "{}slot gacor<script>x</script>{}",
            "<div>".repeat(500_000),
            "</div>".repeat(500_000)
        );
        let started = std::time::Instant::now();
        let m = page_from_html(&html, None);
        assert!(m.text.concat().contains("slot gacor"));
        assert!(!m.text.concat().contains('x'), "script text is skipped");
        // Generous bound for a debug build: without the flat fallback this takes hours.
        assert!(
            started.elapsed().as_secs() < 20,
            "took {:?}",
            started.elapsed()
        );
    }

    #[test]
    fn detects_html() {
        assert!(looks_like_html("<!DOCTYPE html><html>"));
        assert!(looks_like_html("\n  <div><p>hi</p></div>"));
        assert!(!looks_like_html("Selamat! Anda menang <3"));
    }
}
