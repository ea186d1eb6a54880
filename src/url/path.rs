//! The path of a URL, and the words of its host: where phishing kits hide on hacked sites.
//!
//! Most phishing URLs name no brand in their host: they are kits uploaded to someone's hacked
//! site (`/wp-includes/js/x1x/email.php`, `/labanquepostale.fr/service-mobile-pass/`,
//! `/a111aedc8ae390eabcfa130e041a10a4/`). Each check below finds one such trait and returns its
//! evidence; like [`super::shape`], none is proof alone, and each is a weighted signal in
//! `rules/signals.toml`. They only look at bytes of the URL already parsed: no allocation
//! unless they found something, no regular expressions.

use super::ParsedUrl;
use super::words::WordFilter;

/// Top-level domains that mark a path segment as a host name (`/labanquepostale.fr/`,
/// `/www.cibc.mobi/`): the common generic ones and the countries phishing kits most often name.
const PATH_TLDS: &[&str] = &[
    "com", "net", "org", "info", "biz", "mobi", "edu", "gov", "co", "uk", "fr", "de", "it", "es",
    "nl", "be", "ch", "at", "pl", "ru", "br", "ar", "cl", "mx", "pe", "ca", "au", "za", "in", "jp",
    "id", "my", "sg", "ph",
];

/// Names of technologies spelt like host names (`/asp.net/core/`): documentation, not kits.
const DOTNET_NAMES: &[&str] = &["asp.net", "ado.net", "vb.net"];

/// Services whose login pages kits copy most, beyond the protected brands of `rules/brands.toml`
/// (whose names `url.brand-in-path` already finds anywhere in a path). Only a whole path
/// segment counts (`/dropbox/`, `/Adobe/`, `/chase.php`): these are also ordinary words in
/// article slugs (`/how-to-share-a-dropbox-folder`). Generic words (`docs`, `office`, `mail`)
/// are left out: sites name their own folders so.
#[rustfmt::skip]
const PHISHED_SERVICES: &[&str] = &[
    "dropbox", "docusign", "adobe", "outlook", "office365", "sharepoint", "onedrive", "wetransfer",
    "apple", "chase", "wellsfargo", "suntrust", "bankofamerica", "bofa", "citibank", "usaa",
    "hsbc", "barclays", "natwest", "lloyds", "santander", "bradesco", "itau", "interac",
    "desjardins", "cibc", "labanquepostale", "ameli", "dhl", "fedex", "usps", "ebay", "alibaba",
    "aol", "coinbase", "blockchain", "binance", "metamask", "verizon", "xfinity",
];

/// The filter of [`PHISHED_SERVICES`].
const SERVICES: WordFilter = WordFilter::new(PHISHED_SERVICES);

/// Words of a host that offer to log the visitor in or "fix" an account
/// (`secure03a-chasehelper…`, `ameli-account-connection.…`, `verify.mypaypdetails.com`).
#[rustfmt::skip]
const CREDENTIAL_HOST_WORDS: &[&str] = &[
    "login", "signin", "logon", "verify", "verification", "validate", "authenticate", "unlock",
    "suspended", "reactivate", "recovery", "confirm", "billing", "secure", "password", "update",
    "account", "accounts", "webmail",
];

/// A segment of the path that is itself a host name, as a folder or a page
/// (`/labanquepostale.fr/service/`, `/app/facebook.com/`, `/webmail.cornell.edu.html`): kits
/// copy the site they imitate, name and all, into a folder of the hacked one. A site naming
/// itself under another suffix (`www.bbc.co.uk/bbc.com/faq/`) is not copying anyone.
pub fn host_in_path(url: &ParsedUrl) -> Option<String> {
    let path = url.url.path();
    if !path.contains('.') {
        return None; // the common case: no dot, no host name
    }
    let mut segments = super::split_at_byte(path, b'/')
        .filter(|s| !s.is_empty())
        .peekable();
    while let Some(segment) = segments.next() {
        let is_folder = segments.peek().is_some() || path.ends_with('/');
        let name = if is_folder {
            segment
        } else {
            match strip_page_ending(segment) {
                Some(name) => name,
                None => continue,
            }
        };
        if looks_like_host(name) && !names_own_site(url, name) {
            return Some(crate::text::normalize::truncate(segment, 80).to_string());
        }
    }
    None
}

/// Whether host name `name` (from the path) starts with the name of the URL's own registrable
/// domain: `bbc.com` on www.bbc.co.uk.
fn names_own_site(url: &ParsedUrl, name: &str) -> bool {
    let own = url
        .registrable()
        .and_then(|r| r.split('.').next())
        .unwrap_or_default();
    let first = name.split('.').next().unwrap_or_default();
    !own.is_empty() && first.eq_ignore_ascii_case(own)
}

/// A path segment named after a service kits imitate (`/dropbox/`, `/Adobe/PDF/`, `/chase.php`).
pub fn service_in_path(url: &ParsedUrl) -> Option<String> {
    super::split_at_byte(url.url.path(), b'/')
        .filter(|s| (3..=20).contains(&s.len()))
        .find(|s| {
            let name = strip_page_ending(s).unwrap_or(s);
            SERVICES.may_contain(name)
                && PHISHED_SERVICES
                    .iter()
                    .any(|p| p.eq_ignore_ascii_case(name))
        })
        .map(str::to_string)
}

/// A path segment that is a machine-made token: 16+ hexadecimal digits mixing digits and
/// letters (`/a111aedc8ae390eabcfa13/`, a kit's per-victim folder), or 20+ letters and digits
/// in both cases (`/knhmWSOc40J4X3DJCeXJ3v1oVrLP.php`). An MD5 digest is left to
/// [`victim_folder`], the stronger signal.
///
/// A token followed by an article's title (`/thread/661be7a4c0cb17294e2b8a71/hati-hati-modus-
/// kerja-like-video`, a forum's or a CMS's record id before the post's slug) is a content id:
/// kits name their per-victim folders for no one to read, and put a page in them, not a title.
pub fn random_path(url: &ParsedUrl) -> Option<String> {
    let path = url.url.path();
    if path.len() < 17 {
        return None; // no room for a 16-character token
    }
    // A digest is `victim_folder`'s evidence.
    untitled_segment(path, |s| {
        let token = strip_page_ending(s).unwrap_or(s);
        (is_hex_token(token) || is_mixed_token(token)) && !is_digest(s)
    })
    .map(|s| crate::text::normalize::truncate(s, 60).to_string())
}

/// The first segment of `path` that `is_token` accepts and that no article's title follows:
/// kits name their per-victim folders for no one to read and put a page in them, while a
/// forum or a CMS writes a record's id before the post's title.
fn untitled_segment(path: &str, is_token: impl Fn(&str) -> bool) -> Option<&str> {
    let mut segments = super::split_at_byte(path, b'/').peekable();
    while let Some(s) = segments.next() {
        if !is_token(s) {
            continue;
        }
        // Hyphens only, not `separators`' underscores and `+`: a kit names the page in its
        // folder so too (`/a111…/secure_login_verify_now.php`), a title is written with hyphens.
        let title_follows = segments
            .peek()
            .is_some_and(|next| next.bytes().filter(|&b| b == b'-').count() >= SLUG_SEPARATORS);
        if !title_follows {
            return Some(s);
        }
    }
    None
}

/// A folder or page named by an MD5 digest (`/V4/validation/a111aedc8ae390eabcfa130e041a10a4`,
/// `/OPC/661c44d6bfaad47031d7dcc256228159/pass.php`): phishing kits copy themselves into a
/// fresh folder named `md5(random)` for each victim, so the link works once and a report of it
/// finds nothing. Pictures named by their digest (`/thumbnails/b4ea…15.jpg`) are left out:
/// only a folder, or a page with a web page's ending, counts. Stronger than
/// [`random_path`]'s other tokens, which ordinary sites also give their records.
pub fn victim_folder(url: &ParsedUrl) -> Option<String> {
    let path = url.url.path();
    if path.len() < 33 {
        return None; // no room for a 32-digit digest
    }
    untitled_segment(path, is_digest).map(str::to_string)
}

/// A path segment that is an MD5 digest written in one case, as a folder or a web page
/// (`a111…a4`, `368762BD…445.php`), not a picture or a file.
fn is_digest(segment: &str) -> bool {
    let token = match strip_page_ending(segment) {
        Some(name) => name,
        None if !segment.contains('.') => segment,
        None => return false,
    };
    token.len() == 32
        && is_hex_token(token)
        && !(token.bytes().any(|b| b.is_ascii_lowercase())
            && token.bytes().any(|b| b.is_ascii_uppercase()))
}

/// A word of the host (between dots and hyphens) that offers a login or an account fix
/// (`webmail.securescs.com`, `ameli-account-connection.agip.net.pe`). Only whole words:
/// `securitypronews.com` says nothing. Names under the public suffix only.
pub fn credential_host(url: &ParsedUrl) -> Option<String> {
    if url.is_ip {
        return None;
    }
    // The host's labels outside the public suffix, as `ParsedUrl::labels`, without a Vec.
    // A byte split: `split(['.', '-'])` goes through a char searcher, set up on every host.
    split_bytes(url.head(), |b| b == b'.' || b == b'-')
        .find(|w| CREDENTIAL_HOST_WORDS.contains(w))
        .map(str::to_string)
}

/// Separators in a path segment from which it reads as an article's title
/// (`/how-to-clear-your-google-search-history/`), not a folder or page a kit named.
pub(super) const SLUG_SEPARATORS: usize = 3;

/// The words (runs of ASCII letters and digits) of a URL's path and query, leaving out
/// segments that are article titles: a brand or "update" in a title
/// (`/microsoft-windows-update-overview/`) is what the article is about, while a kit names its
/// folders and pages with one or two words (`/paypal/`, `/myaccount/signin`, `cmd=_update`).
///
/// A page at the top of the path named after a host (`/update.microsoft.com.html`, a status
/// checker's page about that site) is left out too: it is `url.host-in-path`'s evidence, and
/// its words must not count again as a brand or a login word.
pub fn words_outside_slugs(path_and_query: &str) -> impl Iterator<Item = &str> {
    let path_end = path_and_query
        .bytes()
        .position(|b| b == b'?' || b == b'#')
        .unwrap_or(path_and_query.len());
    let top_page = path_and_query[..path_end]
        .strip_prefix('/')
        .filter(|page| !page.contains('/') && page.contains('.'))
        .filter(|page| strip_page_ending(page).is_some_and(looks_like_host));
    let rest = match top_page {
        Some(page) => &path_and_query[1 + page.len()..],
        None => path_and_query,
    };
    // Byte loops, not `str::split` with char patterns (which decode and match every char: a
    // tenth of a URL check). All the separators are ASCII, so the pieces are the same.
    split_bytes(rest, |b| matches!(b, b'/' | b'?' | b'&' | b'=' | b'#'))
        .filter(|segment| separators(segment.as_bytes()) < SLUG_SEPARATORS)
        .flat_map(|segment| split_bytes(segment, |b| !b.is_ascii_alphanumeric()))
        .filter(|w| !w.is_empty())
}

/// The pieces of `s` between bytes for which `cut` holds, as `s.split(|c| cut(c))` for a `cut`
/// true on every non-ASCII byte or on ASCII bytes only. A piece starts after a cut byte and ends
/// at the next one; cut at ASCII bytes, or inside a run of cut non-ASCII bytes whose pieces are
/// empty, it is `str` again (`get` never fails there; an empty piece stands in if it did).
fn split_bytes(s: &str, cut: impl Fn(u8) -> bool) -> impl Iterator<Item = &str> {
    let bytes = s.as_bytes();
    let mut start = Some(0);
    std::iter::from_fn(move || {
        let from = start?;
        match bytes[from..].iter().position(|&b| cut(b)) {
            Some(i) => {
                start = Some(from + i + 1);
                Some(s.get(from..from + i).unwrap_or_default())
            }
            None => {
                start = None;
                Some(s.get(from..).unwrap_or_default())
            }
        }
    })
}

/// Word separators in a path segment: `-`, `_`, `+` and `%20`.
fn separators(segment: &[u8]) -> usize {
    let mut count = 0;
    for (i, &b) in segment.iter().enumerate() {
        if matches!(b, b'-' | b'_' | b'+') || (b == b'%' && segment[i + 1..].starts_with(b"20")) {
            count += 1;
        }
    }
    count
}

/// `name` without a page ending (`.html`, `.htm`, `.php`, `.asp`, `.aspx`, `.jsp`), if it had one.
pub(super) fn strip_page_ending(segment: &str) -> Option<&str> {
    let dot = super::last_dot(segment)?;
    let (name, ending) = (&segment[..dot], &segment[dot + 1..]);
    ["html", "htm", "php", "asp", "aspx", "jsp"]
        .iter()
        .any(|e| e.eq_ignore_ascii_case(ending))
        .then_some(name)
}

/// `name.tld` or `a.name.tld`, with a known TLD (or a country code after one: `com.br`).
fn looks_like_host(segment: &str) -> bool {
    let lower_ok = segment
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    if !lower_ok || segment.starts_with('.') || segment.ends_with('.') {
        return false;
    }
    let mut labels = segment.rsplit('.');
    let Some(tld) = labels.next() else {
        return false;
    };
    let Some(name) = labels.next() else {
        return false; // no dot at all
    };
    let is_tld = |t: &str| PATH_TLDS.iter().any(|p| p.eq_ignore_ascii_case(t));
    if !is_tld(tld)
        || name.is_empty()
        || DOTNET_NAMES.iter().any(|n| n.eq_ignore_ascii_case(segment))
    {
        return false;
    }
    // `name.com.br`: the name is one label further left.
    if is_tld(name) && tld.len() == 2 {
        return labels.next().is_some_and(|n| n.len() >= 2);
    }
    name.len() >= 2 && name.bytes().any(|b| b.is_ascii_alphabetic())
}

fn is_hex_token(token: &str) -> bool {
    token.len() >= 16
        && token.bytes().all(|b| b.is_ascii_hexdigit())
        && token.bytes().any(|b| b.is_ascii_digit())
        && token.bytes().any(|b| b.is_ascii_alphabetic())
}

fn is_mixed_token(token: &str) -> bool {
    token.len() >= 20
        && token.bytes().all(|b| b.is_ascii_alphanumeric())
        && token.bytes().any(|b| b.is_ascii_lowercase())
        && token.bytes().any(|b| b.is_ascii_uppercase())
        && token.bytes().any(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The byte splitting gives the words `str::split` with char patterns gave, whatever
        /// the path holds (letters of any script, escapes, separators).
        #[test]
        fn words_are_what_char_splitting_gives(path in "[/?&=#a-zA-Z0-9_%+.é漢\\-]{0,40}") {
            let slow: Vec<&str> = path
                .split(['/', '?', '&', '=', '#'])
                .filter(|segment| separators(segment.as_bytes()) < SLUG_SEPARATORS)
                .flat_map(|segment| segment.split(|c: char| !c.is_ascii_alphanumeric()))
                .filter(|w| !w.is_empty())
                .collect();
            // The top page named after a host is left out first in both.
            let fast: Vec<&str> = words_outside_slugs(&path).collect();
            if !path.starts_with('/') || path[1..].contains('/') || !path.contains('.') {
                proptest::prop_assert_eq!(fast, slow);
            }
        }
    }

    fn parse(u: &str) -> ParsedUrl {
        let list = crate::url::suffix::tests::list("com net org id co.id pe net.pe fr uk co.uk");
        ParsedUrl::parse(u, &list).expect("valid")
    }

    #[test]
    fn host_names_as_folders_or_pages() {
        let hit = |u: &str| host_in_path(&parse(u));
        assert_eq!(
            hit("http://www.m9e4.com/labanquepostale.fr/service-mobile-pass/ac451/phone.php")
                .as_deref(),
            Some("labanquepostale.fr")
        );
        assert!(hit("http://lazorra001.example.com/app/facebook.com/?key=Kx").is_some());
        assert!(hit("https://www.gelmec.co.uk/webmail.cornell.edu.html").is_some());
        assert!(hit("http://connx.be/myebranch.iccu.com/Idaho.php").is_some());
        assert!(hit("http://shop.example/x/tokopedia.co.id/login").is_some());
        // A site-report page about a domain (the last segment, no page ending), a file,
        // a version number, a plain article: not a kit.
        assert!(hit("http://www.pageglance.com/automationalley.com").is_none());
        assert!(hit("http://a.com/downloads/setup-1.2.zip").is_none());
        assert!(hit("http://a.com/v1.2/docs/").is_none());
        assert!(hit("http://a.com/blog/2020/01/my-trip.html").is_none());
        assert!(hit("http://a.com/index.php/about/").is_none());
        assert!(hit("https://docs.example.com/en-us/asp.net/core/").is_none());
        // A site naming itself under another suffix (a link on a BBC news page).
        assert!(hit("http://www.bbc.co.uk/bbc.com/faq/ads_by_google.shtml").is_none());
        assert!(hit("http://bbc-news.example.com/bbc.com/login/").is_some());
    }

    #[test]
    fn services_named_by_a_whole_segment() {
        let hit = |u: &str| service_in_path(&parse(u));
        assert_eq!(
            hit("http://houseoftires.com/Adobe/css/XML/PDF/").as_deref(),
            Some("Adobe")
        );
        assert!(hit("http://hmipsc.com.sg/customize/dropbox/index.php").is_some());
        assert!(hit("http://email.m-aut.ru/apple/finish.php").is_some());
        assert!(hit("http://x.example.com/chase.php").is_some());
        assert!(hit("https://blog.example.com/how-to-share-a-dropbox-folder").is_none());
        assert!(hit("https://www.example.com/docs/office/").is_none());
        assert!(hit("https://www.example.com/pineapple/").is_none());
    }

    #[test]
    fn machine_made_path_tokens() {
        let hit = |u: &str| random_path(&parse(u));
        // A digest (32 digits) is `victim_folder`'s; other lengths are tokens here.
        assert!(
            hit("http://shadetreetechnology.com/V4/validation/a111aedc8ae390eabcfa13").is_some()
        );
        assert!(hit("http://regiscoyne.com/368762BDB30FAB1003AAB48B3362C445").is_none());
        assert!(hit("https://d.example.com/46f7/knhmWSOc40J4X3DJCeXJ3v1oVrLP.php").is_some());
        // Words, dates, numbers, slugs: not random.
        assert!(hit("https://www.example.com/2019/05/17/a-long-article-title-here/").is_none());
        assert!(hit("https://www.example.com/products/1234567890123456789").is_none());
        assert!(hit("https://www.example.com/Facebook/deadbeef").is_none());
        assert!(hit("https://www.example.com/ThisIsALongCamelCaseName").is_none());
        // A record id before the post's title is a forum's or a CMS's, not a kit's folder.
        let thread =
            "https://www.kaskus.co.id/thread/661be7a4c0cb17294e2b8a71/share-hati-hati-modus-kerja";
        assert!(hit(thread).is_none());
        assert!(
            hit("https://tr.example.com/v/the-hardware-store/4a2ff541f964a520fa981fe3").is_some()
        );
    }

    #[test]
    fn digest_named_folders() {
        let hit = |u: &str| victim_folder(&parse(u));
        let kit = "http://shadetreetechnology.com/V4/validation/a111aedc8ae390eabcfa130e041a10a4";
        assert!(hit(kit).is_some());
        assert!(
            random_path(&parse(kit)).is_none(),
            "one reason, the stronger"
        );
        assert!(hit("http://regiscoyne.com/368762BDB30FAB1003AAB48B3362C445").is_some());
        assert!(hit("http://x.example.com/a111aedc8ae390eabcfa130e041a10a4/login.php").is_some());
        assert!(hit("http://syshainc.com/OPC/661c44d6bfaad47031d7dcc256228159/pass.php").is_some());
        assert!(hit("http://x.example.com/msg/c42b59de50564cc3958af9ca20de27d8.htm").is_some());
        // A picture named by its digest, a commit's 40-digit hash, a 24-digit record id.
        let thumb = "http://cdn.example.com/static/thumbnails/b4ea56abdb75f62da20a9c018b1ebe15.jpg";
        assert!(hit(thumb).is_none());
        let rev =
            "https://searchfox.org/mozilla-central/rev/23c25cd32a1e87095301273937b4ee162f41e860/x";
        assert!(hit(rev).is_none());
        assert!(
            hit("https://tr.example.com/v/the-hardware-store/4a2ff541f964a520fa981fe3").is_none()
        );
        // Mixed case is not how a digest is written; a title after it makes it a record id.
        assert!(hit("http://x.example.com/a111AEDC8ae390eabcfa130e041a10a4/").is_none());
        assert!(
            hit("https://forum.example.com/t/a111aedc8ae390eabcfa130e041a10a4/how-to-fix-it-now")
                .is_none()
        );
    }

    #[test]
    fn article_titles_are_not_kit_words() {
        fn words(p: &str) -> Vec<&str> {
            words_outside_slugs(p).collect()
        }
        assert_eq!(
            words("/microsoft-windows-update-overview-all/paypal/signin.php?cmd=_update"),
            ["paypal", "signin", "php", "cmd", "update"]
        );
        assert_eq!(
            words("/customer-idpp00c845/myaccount/signin"),
            ["customer", "idpp00c845", "myaccount", "signin"]
        );
        assert!(words("/how_to_use_google_drive/").is_empty());
        assert!(words("/clear%20your%20google%20history").is_empty());
        // A top page named after a site is about that site; deeper, it is a kit's copy.
        assert_eq!(words("/update.microsoft.com.html?x=1"), ["x", "1"]);
        assert_eq!(
            words("/kit/login.alibaba.com.php"),
            ["kit", "login", "alibaba", "com", "php"]
        );
    }

    #[test]
    fn credential_words_in_hosts() {
        let hit = |u: &str| credential_host(&parse(u));
        assert_eq!(
            hit("http://webmail.securescs.com/").as_deref(),
            Some("webmail")
        );
        assert_eq!(
            hit("http://ameli-account-connection.agip.net.pe/x/index.php").as_deref(),
            Some("account")
        );
        assert!(hit("http://verify.mypaypdetails.com/").is_some());
        assert!(hit("http://www.securitypronews.com/").is_none());
        assert!(hit("http://www.speedcamupdates.com/").is_none());
        assert!(hit("http://10.0.0.1/login").is_none());
    }
}
