//! The address a redirecting link leads to.
//!
//! Phishing links are sent through the redirectors of sites everyone trusts, because filters
//! judge the first host: `google.com/url?q=https://bca-verifikasi.xyz/login`,
//! `vk.com/away.php?to=…`, `deref-gmx.net/…/dereferrer/?redirectUrl=…`, an open redirect on a
//! shop (`myappwiz.com/home/redirect?targetUrl=…`). [`target`] finds the address such a link
//! carries, so the engine can judge where it really goes (`Engine::check_url`). It only reads:
//! a target found in an honest link (a sign-in page's `continue=` back to the same service,
//! Tumblr's `safe-mode?url=` to a blog) is judged like any link and changes nothing unless the
//! target itself is risky.

use percent_encoding::percent_decode_str;

/// The longest target read: anything longer is cut there (a bounded amount of work per link).
const MAX_TARGET: usize = 2048;

/// The first web address carried in `url`'s query (`url`: the whole link, as written or
/// serialised): a parameter's value that is an `http(s)` address or starts with `www.`, once or
/// twice percent-decoded, or a query that is itself an address (`login.html?http://…`).
/// `None` when the query carries none.
///
/// ```
/// use waspada::url::redirect::target;
/// let link = "https://www.google.com/url?sa=t&url=https%3A%2F%2Fbca-verifikasi.xyz%2Flogin";
/// assert_eq!(target(link).as_deref(), Some("https://bca-verifikasi.xyz/login"));
/// assert_eq!(target("https://example.com/search?q=bank+bca"), None);
/// ```
pub fn target(url: &str) -> Option<String> {
    if let Some(page) = amp_page(url) {
        return Some(page);
    }
    let start = url.find('?')? + 1;
    let end = url[start..].find('#').map_or(url.len(), |i| start + i);
    let query = &url[start..end];
    // Most queries carry no address at all: one search for its scheme's letters or `www`
    // decides that before any splitting or decoding.
    let carries = |w: &[u8]| w.eq_ignore_ascii_case(b"http") || w.eq_ignore_ascii_case(b"www.");
    if !query.as_bytes().windows(4).any(carries) {
        return None;
    }
    std::iter::once(query)
        .chain(
            query
                .split('&')
                .filter_map(|pair| pair.split_once('=').map(|(_, v)| v)),
        )
        .find_map(address)
}

/// The page a Google AMP viewer link shows: `google.com/amp/s/<host>/<path>` is
/// `https://<host>/<path>` (`/amp/<host>/…` without the `s`, plain `http`). Scammers wrap links
/// in it for the same reason as in `google.com/url?q=`.
fn amp_page(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    if !scheme.eq_ignore_ascii_case("https") && !scheme.eq_ignore_ascii_case("http") {
        return None;
    }
    let slash = rest.find('/')?;
    let (host, path) = (&rest[..slash], &rest[slash..]);
    let google = host.eq_ignore_ascii_case("google.com")
        || host
            .get(..11)
            .is_some_and(|h| h.eq_ignore_ascii_case("www.google."))
        || host
            .get(..7)
            .is_some_and(|h| h.eq_ignore_ascii_case("google."));
    if !google {
        return None;
    }
    let (page_scheme, page) = if let Some(page) = path.strip_prefix("/amp/s/") {
        ("https", page)
    } else {
        ("http", path.strip_prefix("/amp/")?)
    };
    let page = crate::text::normalize::truncate(page, MAX_TARGET);
    // A host first: at least one dot before the first slash.
    let host_end = page.find('/').unwrap_or(page.len());
    page[..host_end]
        .contains('.')
        .then(|| format!("{page_scheme}://{page}"))
}

/// `value` as a web address, if it is one (decoded up to twice: links inside tracking links
/// are often encoded twice).
fn address(value: &str) -> Option<String> {
    let mut text = value.to_string();
    for _ in 0..3 {
        if let Some(found) = web_address(&text) {
            return Some(found);
        }
        if !text.contains('%') {
            return None;
        }
        text = percent_decode_str(&text).decode_utf8().ok()?.into_owned();
    }
    None
}

/// `text` as an `http(s)` address, the scheme written out (`www.x.com` → `http://www.x.com`,
/// `http:/x.com` → `http://x.com`, as browsers read it), cut at [`MAX_TARGET`] bytes.
fn web_address(text: &str) -> Option<String> {
    let text = text.trim();
    let cut = crate::text::normalize::truncate(text, MAX_TARGET);
    let lower = cut.get(..8).unwrap_or(cut).to_ascii_lowercase();
    let rest = if lower.starts_with("https:") {
        &cut[6..]
    } else if lower.starts_with("http:") {
        &cut[5..]
    } else if lower.starts_with("www.") {
        return Some(format!("http://{cut}"));
    } else {
        return None;
    };
    let scheme = &cut[..cut.len() - rest.len()];
    let host_and_rest = rest.trim_start_matches(['/', '\\']);
    (!host_and_rest.is_empty()).then(|| format!("{scheme}//{host_and_rest}"))
}

#[cfg(test)]
mod tests {
    use super::target;

    #[test]
    fn finds_the_address_a_redirector_carries() {
        let cases = [
            (
                "https://www.google.com/url?hl=en&amp;q=http://cmffltd.com/wp/Account/index.php&amp;source=gmail",
                "http://cmffltd.com/wp/Account/index.php",
            ),
            (
                "https://vk.com/away.php?to=http%3A%2F%2Ffocalspare.com%2Fheader-im.php&post=5",
                "http://focalspare.com/header-im.php",
            ),
            (
                "http://www.myappwiz.com/home/redirect?targetUrl=https://dankia-es-bank.com",
                "https://dankia-es-bank.com",
            ),
            (
                "http://www.jjscdc.cn/adfile/login.html?http://us.battle.net/login/en/",
                "http://us.battle.net/login/en/",
            ),
            (
                "http://x.net/cgi-bin/out.cgi?id=19&u=http:/www.example.dreamhosters.com/wp/",
                "http://www.example.dreamhosters.com/wp/",
            ),
            (
                "http://kjsa.com/ugo.cfm/?go=www.paypal.com",
                "http://www.paypal.com",
            ),
            // Encoded twice, as tracking links inside tracking links are.
            (
                "https://t.example.com/c?u=https%253A%252F%252Fevil.example%252Fa",
                "https://evil.example/a",
            ),
        ];
        for (link, expected) in cases {
            assert_eq!(target(link).as_deref(), Some(expected), "{link}");
        }
    }

    #[test]
    fn finds_the_page_a_google_amp_link_shows() {
        assert_eq!(
            target("https://www.google.com/amp/s/verify-account.example.top/login").as_deref(),
            Some("https://verify-account.example.top/login")
        );
        assert_eq!(
            target("https://www.google.co.id/amp/kabar.example.com/berita").as_deref(),
            Some("http://kabar.example.com/berita")
        );
        // Not Google's, or no host after it.
        assert_eq!(target("https://news.example.com/amp/s/story.html"), None);
        assert_eq!(target("https://www.google.com/amp/s/"), None);
    }

    #[test]
    fn ordinary_queries_carry_no_address() {
        for link in [
            "https://www.google.com/search?q=cara+cek+rekening+penipu",
            "https://shop.example/item?id=12&ref=homepage",
            "https://example.com/page#https://not-a-query.example",
            "https://example.com/?next=/account/settings",
            "https://example.com/?q=https",
            "https://example.com/?q=http%3A",
        ] {
            assert_eq!(target(link), None, "{link}");
        }
    }

    #[test]
    fn a_long_target_is_cut() {
        let link = format!(
            "https://r.example/?u=https://evil.example/{}",
            "a".repeat(10_000)
        );
        let found = target(&link).unwrap_or_default();
        assert!(found.len() <= super::MAX_TARGET + 2, "{}", found.len());
        assert!(found.starts_with("https://evil.example/"));
    }
}
