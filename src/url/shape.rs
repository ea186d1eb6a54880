//! The shape of a URL: traits of phishing-kit addresses that do not depend on any brand.
//!
//! Each function looks at one trait and returns the evidence (the part of the URL that shows
//! it) or `None`. Each is a weighted signal in `rules/signals.toml`, weak enough that one trait
//! alone stays below `warning`, except the few that no page a person is sent to has (a hidden
//! folder, a page inside WordPress's code, a domain ending inside the host). The traits of the
//! path and of the host's words are in [`super::path`]; `CHECKS` lists both.

use super::ParsedUrl;

/// One shape check: the evidence it found in a URL, if any.
pub type ShapeCheck = fn(&ParsedUrl) -> Option<String>;

/// Every shape check with the id of the signal it raises (weights in `rules/signals.toml`).
/// The two e-mail signals are one check, [`email_signal`], and the three folder signals
/// another, [`folder_page_signal`], asked between the first [`FOLDER_SIGNAL_AT`] of these and
/// the rest (one look at the link for each family).
pub const CHECKS: [(&str, ShapeCheck); 8] = [
    ("url.hidden-folder", hidden_folder),
    ("url.tld-inside-host", tld_inside_host),
    ("url.random-host", random_label),
    ("url.deep-host", deep_host),
    ("url.host-in-path", super::path::host_in_path),
    ("url.service-in-path", super::path::service_in_path),
    ("url.random-path", super::path::random_path),
    ("url.credential-host", super::path::credential_host),
];

/// WordPress's folders for its code, themes and plugins: nobody is sent to a page inside them
/// (media files aside), but kits uploaded to hacked sites live there.
const CMS_FOLDERS: &[&str] = &["wp-content", "wp-includes"];
/// Folders a site keeps its scripts, styles, pictures and admin pages in: kits are uploaded
/// there too (`/images/social/sign-in`, `/admin/secure/…/`), but people are not sent to a page
/// inside them. Matched as written, lower case (`/Components/Store` is a shop's catalogue).
/// `wp-admin` too: its pages are real, but only the site's owner opens them.
#[rustfmt::skip]
const SYSTEM_FOLDERS: &[&str] = &[
    "wp-admin", "plugins", "themes", "css", "js", "img", "images", "image", "fonts", "includes",
    "include", "cache", "tmp", "temp", "admin", "administrator", "modules", "components",
    "templates", "vendor", "assets", "libraries", "lib",
];
/// The system folders that hold only files a page loads (styles, scripts, pictures, code
/// libraries, temporary files), never a page a person is sent to. A page under one of them near
/// the site's root (`/images/cp/index.php`, `/js/Gdocs/s/`, `/includes/js/up/myaccount`) is
/// a kit uploaded to a hacked site. Only the first two folders count: deeper, `images` is a
/// section of an ordinary site (`/clubs/dynasty/images/2326/title/photo`). Not `templates`,
/// `vendor`, `fonts` or `plugins`, which are catalogues on real sites (`/templates/wedding/…`,
/// `/vendor/toko-jaya/products`).
#[rustfmt::skip]
const ASSET_FOLDERS: &[&str] = &[
    "css", "js", "img", "images", "image", "includes", "include", "libraries", "lib", "tmp",
    "temp", "cache",
];
/// File endings of media and documents: a CMS folder serving one of these is ordinary.
const MEDIA_ENDINGS: &[&str] = &[
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".pdf", ".mp3", ".mp4", ".css", ".js",
    ".woff", ".woff2", ".ico", ".zip", ".doc", ".docx", ".xls", ".xlsx",
];
/// Labels that end a domain name: one of them in the middle of a host
/// (`paypal.com.secure-login.net`, `paxful.com-escrow.c3tekno.net`) dresses a host up as another.
const TLD_WORDS: &[&str] = &["com", "net", "org", "gov", "edu"];

/// A folder whose name starts with a dot (`/.se/abc/`, `/themes/.a/`), other than `.well-known`:
/// kits hide there so the site's owner does not see them.
pub fn hidden_folder(url: &ParsedUrl) -> Option<String> {
    let path = url.url.path();
    // The last segment is a file name (`.htaccess` is not a folder).
    let folders = path
        .bytes()
        .rposition(|b| b == b'/')
        .map_or("", |s| &path[..s]);
    super::split_at_byte(folders, b'/')
        .find(|s| s.len() > 1 && s.starts_with('.') && *s != ".well-known" && *s != "..")
        .map(|s| format!("/{s}/"))
}

/// The e-mail address a link carries, with its signal: `url.victim-email` when the link is
/// made for one addressee, the address being its whole query
/// (`index.php?email=victim@example.com`, `pop.htm?JFlores@cartech.com`), the end of a token in
/// the query (`/mot?fg=Z4Nw…/koenig-sandra@online.de`) or a folder of the path
/// (`/pp/jkoalo@aaa.com/it/webapps/`); `url.email-in-query`, weaker, when it stands among other
/// parameters (`?t=1&e=frank.d%40allnex.com`). Kits prefill the victim's address sent in the
/// lure; a site's own links carry it with the list, the token and the campaign beside it, and
/// an unsubscribe page is left out. One look at the link serves both signals.
pub fn email_signal(url: &ParsedUrl) -> Option<(&'static str, String)> {
    let (evidence, alone) = find_email(url)?;
    let id = if alone {
        "url.victim-email"
    } else {
        "url.email-in-query"
    };
    Some((id, evidence))
}

/// Path words of a mailing list's own pages, which take the subscriber's address alone.
const MAILING_LIST_PAGES: &[&str] = &["unsubscribe", "subscri", "optout", "opt-out", "newsletter"];

/// The e-mail address a link carries, and whether it stands alone (see [`email_signal`]).
fn find_email(url: &ParsedUrl) -> Option<(String, bool)> {
    let path = url.url.path();
    if let Some(query) = url.url.query() {
        let escaped = query.as_bytes().windows(3).any(|w| w == b"%40");
        if escaped || query.contains('@') {
            // Most queries hold no escaped `@`: borrow them rather than copy.
            let decoded = if escaped {
                std::borrow::Cow::Owned(query.replace("%40", "@"))
            } else {
                std::borrow::Cow::Borrowed(query)
            };
            let pairs = decoded.split('&').filter(|p| !p.is_empty()).count();
            for pair in decoded.split('&') {
                let value = pair.split_once('=').map_or(pair, |(_, v)| v);
                if is_email_like(value) {
                    let after_token = value.split_once('@').is_some_and(|(u, _)| u.contains('/'));
                    let mailing_list = MAILING_LIST_PAGES
                        .iter()
                        .any(|w| super::kit::find_ci(path.as_bytes(), w.as_bytes()).is_some());
                    let alone = (pairs == 1 || after_token) && !mailing_list;
                    return Some((
                        crate::text::normalize::truncate(pair, 80).to_string(),
                        alone,
                    ));
                }
            }
        }
    }
    // `/#victim@example.com`: the whole fragment an address, which the kit's script reads to
    // prefill its form (a fragment never reaches the server, so no log shows whom it was for).
    if let Some(fragment) = url
        .url
        .fragment()
        .filter(|f| f.contains('@') || f.contains("%40"))
    {
        let fragment = fragment.replace("%40", "@");
        if is_email_like(&fragment) && !fragment.contains(['&', '=', '/', '?']) {
            return Some((
                crate::text::normalize::truncate(&fragment, 80).to_string(),
                true,
            ));
        }
    }
    if !path.contains('@') {
        return None;
    }
    super::split_at_byte(path, b'/')
        .find(|s| s.contains('@') && is_email_like(s))
        .map(|s| (crate::text::normalize::truncate(s, 80).to_string(), true))
}

/// `user@domain.tld` at the start of `value` (what follows the domain is ignored).
fn is_email_like(value: &str) -> bool {
    let Some((user, domain)) = value.split_once('@') else {
        return false;
    };
    // `?fg=Z4Nw…/koenig-sandra@online.de`: the address is what follows the last slash.
    let user = user.rsplit('/').next().unwrap_or(user);
    let user_ok = !user.is_empty()
        && user
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-+".contains(&b));
    let domain = domain
        .split(['&', '#', '/', '%'])
        .next()
        .unwrap_or_default();
    // A mail domain ends in letters: `bootstrap@5.3.2` (a package's version, in CDN paths
    // such as jsDelivr's and unpkg's) is no address.
    let ending = domain.rsplit('.').next().unwrap_or_default();
    let domain_ok = domain.contains('.')
        && domain.len() >= 4
        && ending.len() >= 2
        && ending.bytes().all(|b| b.is_ascii_alphabetic())
        && domain
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-');
    user_ok && domain_ok
}

/// Where [`email_signal`] and then [`folder_page_signal`] are asked among [`CHECKS`] (after
/// the hidden folder), so reasons come in the same order as when they were separate checks.
pub const FOLDER_SIGNAL_AT: usize = 1;

/// The one folder signal a URL's path raises, with its id: a page inside WordPress's code
/// folders (`url.cms-folder-page`: `/wp-content/themes/x/read/index.php`); else inside a folder
/// of files a page loads, near the site's root (`url.asset-folder-page`:
/// `/images/cp/index.php`); else inside another system folder (`url.system-folder-page`:
/// `/wp-admin/user/bankofamerica`, `/admin/secure/…/`). Never a picture or a document. The
/// stronger signal says it alone, and one walk of the path serves the three.
pub fn folder_page_signal(url: &ParsedUrl) -> Option<(&'static str, String)> {
    let page = folder_page(url.url.path())?;
    // An article's title in a tutorial's `css` or `js` section (`/snippets/css/a-guide-to-
    // flexbox/`) is a page for readers: only the weaker system-folder signal is left.
    let titled = page
        .last
        .bytes()
        .filter(|&b| b == b'-' || b == b'_')
        .count()
        >= super::path::SLUG_SEPARATORS;
    let (id, folder) = match (page.cms, page.asset, page.system) {
        (Some(folder), _, _) => ("url.cms-folder-page", folder),
        (None, Some(folder), _) if !titled => ("url.asset-folder-page", folder),
        (None, _, Some(folder)) => ("url.system-folder-page", folder),
        (None, _, None) => return None,
    };
    Some((id, format!("/{folder}/…/{}", page.last)))
}

/// What [`folder_page`] found: the first CMS, system and asset folders above the last segment.
struct FolderPage<'a> {
    cms: Option<&'a str>,
    system: Option<&'a str>,
    /// An [`ASSET_FOLDERS`] folder among the path's first two.
    asset: Option<&'a str>,
    last: &'a str,
}

/// The folders above a page (not a media file) three levels deep or more, in one pass over
/// the path: shallower is the software's own login (`/wp-admin/`, `/admin/login.php`).
fn folder_page(path: &str) -> Option<FolderPage<'_>> {
    // Most paths are short: three slashes are needed for three segments.
    if path.bytes().filter(|&b| b == b'/').count() < 3 {
        return None;
    }
    let (mut depth, mut previous, mut cms, mut system, mut asset) = (0, None, None, None, None);
    for segment in super::split_at_byte(path, b'/').filter(|s| !s.is_empty()) {
        if let Some(folder) = previous {
            if cms.is_none() && CMS_FOLDERS.iter().any(|c| c.eq_ignore_ascii_case(folder)) {
                cms = Some(folder);
            }
            if system.is_none() && SYSTEM_FOLDERS.contains(&folder) {
                system = Some(folder);
            }
            // `folder` is segment `depth - 1`: the first two folders are at depths 1 and 2.
            if asset.is_none() && depth <= 2 && ASSET_FOLDERS.contains(&folder) {
                asset = Some(folder);
            }
        }
        previous = Some(segment);
        depth += 1;
    }
    let last = previous?;
    let is_media = MEDIA_ENDINGS.iter().any(|e| {
        last.len() >= e.len()
            && last.as_bytes()[last.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes())
    });
    (depth >= 3 && !is_media && (cms.is_some() || system.is_some())).then_some(FolderPage {
        cms,
        system,
        asset,
        last,
    })
}

/// A label inside the host that is a top-level domain word or starts with one
/// (`paypal.com.secure.net`, `paxful.com-escrow.c3tekno.net`), outside the public suffix.
pub fn tld_inside_host(url: &ParsedUrl) -> Option<String> {
    // The registrable label itself (the last) may be anything.
    let mut labels = url.label_iter().enumerate().peekable();
    std::iter::from_fn(|| labels.next().filter(|_| labels.peek().is_some()))
        .find(|(i, l)| {
            TLD_WORDS.iter().any(|t| {
                // `paypal.com.x.net`: a TLD word after a name (a first label `net.` is a
                // service name, as in net.axisworld.co.id), or `com-…` glued to words.
                (*l == *t && *i > 0)
                    || l.strip_prefix(t)
                        .is_some_and(|rest| rest.starts_with('-') && rest.len() > 1)
            })
        })
        .map(|_| url.unicode_host().to_string())
}

/// A host of five or more labels, or of 40 or more characters
/// (`secure.login.account.example.com.evil.net`): real sites rarely need that many.
pub fn deep_host(url: &ParsedUrl) -> Option<String> {
    if url.is_ip {
        return None;
    }
    // A country's second-level ending (`go.id`, `co.uk`, `com.au`) is one level, or every
    // ministry's `www.djppr.kemenkeu.go.id` would be "deep". Hosting services' endings
    // (`blogspot.co.id`, `wl.r.appspot.com`) still count in full: there anyone picks the names.
    // Byte loops, as `Engine::is_country_suffix`: this runs on every URL checked.
    let dots = |s: &str| s.bytes().filter(|&b| b == b'.').count();
    let country_second_level = url
        .suffix()
        .is_some_and(|s| dots(s) == 1 && crate::url::last_dot(s).is_some_and(|d| s.len() - d == 3));
    let dots = dots(&url.host) - usize::from(country_second_level);
    (dots >= 4 || url.host.len() >= 40).then(|| url.unicode_host().to_string())
}

/// A label that looks machine-made: long, with long runs of consonants or digits mixed in
/// among letters (`dgfhjgjrt65756hggree`, `vbf9iuherwiu`, `xh167894743`).
pub fn random_label(url: &ParsedUrl) -> Option<String> {
    url.label_iter()
        .find(|l| looks_random(l))
        .map(|l| l.to_string())
}

fn looks_random(label: &str) -> bool {
    let label = without_repeated_prefix(label);
    if label.len() < 9 || label.starts_with("xn--") {
        return false;
    }
    // One pass over the label, not five passes of `filter().count()`.
    let (mut letters, mut digits, mut vowels, mut switches) = (0, 0, 0, 0);
    let (mut run, mut longest_consonants) = (0, 0);
    let mut previous_digit = None;
    for &b in label.as_bytes() {
        let vowel = b"aeiouy".contains(&b);
        if b.is_ascii_lowercase() {
            letters += 1;
            if vowel {
                run = 0;
            } else {
                run += 1;
                longest_consonants = longest_consonants.max(run);
            }
        } else {
            run = 0;
        }
        vowels += usize::from(vowel);
        let digit = b.is_ascii_digit();
        digits += usize::from(digit);
        // Letters and digits interleaved: more than two switches between them.
        switches += usize::from(previous_digit.is_some_and(|p| p != digit));
        previous_digit = Some(digit);
    }
    longest_consonants >= 7
        || (letters >= 3 && digits >= 3 && switches >= 3)
        || (letters >= 1 && digits >= 7)
        || (letters >= 2 && digits >= 5)
        // Few vowels across a name of words joined by hyphens is those words' (`css-tricks`,
        // `rs-shts`), not a generator's, which writes one unbroken string.
        || (letters >= 9 && vowels * 6 < letters && !label.contains('-'))
}

/// `label` without a leading pair of characters repeated three times or more: `2f2f2f2f` is
/// an escaped `//` copied into a host name, the opposite of a machine-made random string.
fn without_repeated_prefix(label: &str) -> &str {
    let bytes = label.as_bytes();
    if bytes.len() < 6 || bytes[0] == bytes[1] {
        return label;
    }
    let mut end = 0;
    while bytes.get(end..end + 2) == Some(&bytes[..2]) {
        end += 2;
    }
    if end >= 6 { &label[end..] } else { label }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`folder_page_signal`]'s evidence when its signal is `id`.
    fn folder_signal(url: &ParsedUrl, id: &str) -> Option<String> {
        folder_page_signal(url).and_then(|(found, evidence)| (found == id).then_some(evidence))
    }

    /// [`email_signal`]'s evidence when its signal is `id`.
    fn email_with(url: &ParsedUrl, id: &str) -> Option<String> {
        email_signal(url).and_then(|(found, evidence)| (found == id).then_some(evidence))
    }

    fn email_in_query(url: &ParsedUrl) -> Option<String> {
        email_with(url, "url.email-in-query")
    }

    fn victim_email(url: &ParsedUrl) -> Option<String> {
        email_with(url, "url.victim-email")
    }

    fn page_in_cms_folder(url: &ParsedUrl) -> Option<String> {
        folder_signal(url, "url.cms-folder-page")
    }

    fn page_in_system_folder(url: &ParsedUrl) -> Option<String> {
        folder_signal(url, "url.system-folder-page")
    }

    fn page_in_asset_folder(url: &ParsedUrl) -> Option<String> {
        folder_signal(url, "url.asset-folder-page")
    }

    /// The counts of `looks_random`, one pass at a time, as they were first written.
    fn looks_random_in_passes(label: &str) -> bool {
        let label = without_repeated_prefix(label);
        if label.len() < 9 || label.starts_with("xn--") {
            return false;
        }
        let bytes = label.as_bytes();
        let letters = bytes.iter().filter(|b| b.is_ascii_lowercase()).count();
        let digits = bytes.iter().filter(|b| b.is_ascii_digit()).count();
        let (mut run, mut longest_consonants) = (0, 0);
        for b in bytes {
            if b.is_ascii_lowercase() && !b"aeiouy".contains(b) {
                run += 1;
                longest_consonants = longest_consonants.max(run);
            } else {
                run = 0;
            }
        }
        let switches = bytes
            .windows(2)
            .filter(|w| w[0].is_ascii_digit() != w[1].is_ascii_digit())
            .count();
        let vowels = bytes.iter().filter(|b| b"aeiouy".contains(b)).count();
        longest_consonants >= 7
            || (letters >= 3 && digits >= 3 && switches >= 3)
            || (letters >= 1 && digits >= 7)
            || (letters >= 2 && digits >= 5)
            || (letters >= 9 && vowels * 6 < letters && !label.contains('-'))
    }

    proptest::proptest! {
        #[test]
        fn one_pass_judges_labels_as_the_passes_did(label in "[a-z0-9-]{0,30}|[bcdfg0-9]{5,20}") {
            proptest::prop_assert_eq!(looks_random(&label), looks_random_in_passes(&label));
        }
    }

    fn parse(u: &str) -> ParsedUrl {
        let list =
            crate::url::suffix::tests::list("com net org id co.id appspot.com r.appspot.com");
        ParsedUrl::parse(u, &list).expect("valid")
    }

    #[test]
    fn hidden_folders() {
        assert_eq!(
            hidden_folder(&parse("http://a.com/.se/abc/")).as_deref(),
            Some("/.se/")
        );
        assert!(hidden_folder(&parse("http://a.com/wp-content/themes/.a/")).is_some());
        assert!(hidden_folder(&parse("http://a.com/.well-known/security.txt")).is_none());
        assert!(hidden_folder(&parse("http://a.com/.htaccess")).is_none());
        assert!(hidden_folder(&parse("http://a.com/docs/page.html")).is_none());
    }

    #[test]
    fn emails_in_queries() {
        let among_others = |u: &str| email_in_query(&parse(u));
        let alone = |u: &str| victim_email(&parse(u));
        assert!(among_others("http://a.com/?t=1&e=frank.d%40allnex.com").is_some());
        assert!(alone("http://a.com/?t=1&e=frank.d%40allnex.com").is_none());
        assert!(alone("http://a.com/x.php?email=abuse@fit-online.com").is_some());
        assert!(among_others("http://a.com/x.php?email=abuse@fit-online.com").is_none());
        assert!(alone("http://x.sk/sitemap/02/pop/pop.htm?JFlores@cartech.com").is_some());
        assert!(alone("https://sura.example.com/mot?fg=Z4N/koenig-sandra@online.de").is_some());
        assert!(alone("https://sura.example.com/mot?fg=Z4N/koenig-sandra%40online.de").is_some());
        assert!(alone("https://b.example.com/ac/mthomas@fmgl.com.au").is_some());
        assert!(alone("http://stoaconsultores.es/pp/jkoalo@aaa.com/it/webapps/mpp/home").is_some());
        // The whole fragment an address, for the kit's script; not a fragment's route.
        assert!(alone("https://mailbox-storage.example.com/#accounts@globex.com").is_some());
        assert!(alone("https://b.example.com/x.html#j.doe%40corp.example").is_some());
        assert!(alone("https://app.example.com/#/invite?email=a@b.com").is_none());
        // A mailing list's own page takes the subscriber's address alone.
        assert!(alone("https://shop.example.com/newsletter/unsubscribe?email=a@b.com").is_none());
        assert!(
            among_others("https://shop.example.com/newsletter/unsubscribe?email=a@b.com").is_some()
        );
        for quiet in [
            "http://a.com/?q=rust&page=2",
            "http://a.com/?email=info",
            "http://a.com/@user/post",
            // A package's version in a CDN's path.
            "https://cdn.example.net/npm/bootstrap@5.3.2/dist/x.css",
        ] {
            assert!(
                among_others(quiet).is_none() && alone(quiet).is_none(),
                "{quiet}"
            );
        }
    }

    #[test]
    fn pages_in_cms_folders() {
        assert!(
            page_in_cms_folder(&parse("http://a.com/wp-content/themes/x/read/index.php")).is_some()
        );
        assert!(
            page_in_system_folder(&parse("http://a.com/wp-admin/user/bankofamerica")).is_some()
        );
        assert!(page_in_cms_folder(&parse("http://a.com/wp-admin/user/bankofamerica")).is_none());
        assert!(
            page_in_system_folder(&parse("http://a.com/wp-content/themes/x/read/index.php"))
                .is_none(),
            "one signal per page"
        );
        assert!(
            page_in_cms_folder(&parse("http://a.com/wp-content/uploads/2020/01/cat.jpg")).is_none()
        );
        assert!(page_in_cms_folder(&parse("http://a.com/wp-admin/")).is_none());
        assert!(page_in_system_folder(&parse("http://a.com/wp-admin/post.php")).is_none());
        assert!(page_in_asset_folder(&parse("http://216.1.2.3/images/social/sign-in")).is_some());
        assert!(page_in_system_folder(&parse("http://a.com/admin/secure/Tm5U/")).is_some());
        assert!(page_in_system_folder(&parse("https://shop.example/Components/Store/x")).is_none());
        assert!(page_in_system_folder(&parse("http://a.com/images/2020/cat.png")).is_none());
        // The system folder is the last segment: a listing of it, not a page inside.
        assert!(page_in_system_folder(&parse("http://a.com/site/cms/js")).is_none());
    }

    #[test]
    fn pages_in_asset_folders_near_the_root() {
        for kit in [
            "http://a.com/images/cp/index.php",
            "http://a.com/css/img/attachment.html",
            "http://a.com/fakt/css/data/16/index.php",
            "http://a.com/includes/js/up/aicces/myaccount",
        ] {
            let url = parse(kit);
            assert!(page_in_asset_folder(&url).is_some(), "{kit}");
            assert!(
                page_in_system_folder(&url).is_none(),
                "one signal per page: {kit}"
            );
        }
        // Deeper than the first two folders, `images` is a section of an ordinary site; a
        // picture is a picture; catalogues named like system folders stay system folders.
        let deep = parse("http://fans.example/clubs/dynasty/images/2326/title/cast-photo");
        assert!(page_in_asset_folder(&deep).is_none());
        assert!(page_in_system_folder(&deep).is_some());
        assert!(page_in_asset_folder(&parse("http://a.com/images/2020/cat.png")).is_none());
        assert!(page_in_asset_folder(&parse("http://a.com/templates/x/y.html")).is_none());
        assert!(page_in_asset_folder(&parse("http://a.com/wp-content/js/x/a.php")).is_none());
        // Two segments are the software's own page, not a page hidden in a folder.
        assert!(page_in_asset_folder(&parse("http://a.com/js/js_intro.asp")).is_none());
        // An article's title in a tutorial's section: the system-folder signal only.
        let tutorial = parse("https://css-tricks.com/snippets/css/a-guide-to-flexbox/");
        assert!(page_in_asset_folder(&tutorial).is_none());
        assert!(page_in_system_folder(&tutorial).is_some());
    }

    #[test]
    fn tld_words_inside_hosts() {
        assert!(tld_inside_host(&parse("http://paxful.com-bitcoin-escrow.c3tekno.net")).is_some());
        assert!(
            tld_inside_host(&parse(
                "https://support-appleld.com.secureupdate.duilawyeryork.com/"
            ))
            .is_some()
        );
        assert!(tld_inside_host(&parse("https://www.example.co.id/")).is_none());
        assert!(tld_inside_host(&parse("https://community.example.com/")).is_none());
        assert!(tld_inside_host(&parse("https://com.example.com/")).is_none());
        assert!(tld_inside_host(&parse("http://net.axisworld.co.id/")).is_none());
        assert!(tld_inside_host(&parse("http://paypal.com.x.example.com/")).is_some());
    }

    #[test]
    fn deep_hosts() {
        assert!(deep_host(&parse("http://a.b.c.d.example.com/")).is_some());
        assert!(deep_host(&parse("http://www.example.com/")).is_none());
        let list = crate::url::suffix::tests::list("com id go.id uk co.uk");
        let country = |u: &str| ParsedUrl::parse(u, &list).expect("valid");
        assert!(deep_host(&country("https://www.djppr.kemenkeu.go.id/sukuk")).is_none());
        assert!(deep_host(&country("http://a.b.c.d.example.co.uk/")).is_some());
        assert!(
            deep_host(&parse(
                "http://this-is-a-very-long-host-name-for-a-site.com/"
            ))
            .is_some()
        );
    }

    #[test]
    fn random_labels() {
        assert!(
            random_label(&parse(
                "http://dgfhjgjrt65756hggree.clearpointsupplies.com/"
            ))
            .is_some()
        );
        // Not every random name is caught: vbf9iuherwiu reads like syllables.
        assert!(random_label(&parse("https://vbf9iuherwiu.wl.r.appspot.com/")).is_none());
        assert!(random_label(&parse("http://xh167894743.el.r.appspot.com/")).is_some());
        for ok in [
            "https://www.consumerreports.org/",
            "https://corpuslinguisticmethods.wordpress.com/",
            "https://www.strengthsfinder.com/",
            "https://psychologydictionary.org/",
            "https://www.windows10.com/",
            "https://css-tricks.com/snippets/css/a-guide-to-flexbox/",
            // An escaped "//" repeated into the name, then ordinary words.
            "http://2f2f2f2f2f2f2fcachedwww.thejigsawpuzzles.com/",
        ] {
            assert!(random_label(&parse(ok)).is_none(), "{ok}");
        }
    }
}
