//! More places a kit shows itself that [`super::shape`] and [`super::kit`] leave open: a
//! folder or web page WordPress does not ship inside `/wp-admin/` (`/wp-admin/Ali2015/`,
//! `/wp-admin/masaupdate.html`), a domain ending glued to the registrable name
//! (`appleid.apple.com-app.es`, whose site is `com-app.es`), and the folder names widespread
//! kits write for each victim (`/customer_center/customer-IDPP00C354/`).

use super::ParsedUrl;
use super::kit::evidence;

/// The folders WordPress ships right inside `wp-admin` (everything else there is a PHP page).
const WP_ADMIN_FOLDERS: &[&str] = &[
    "css", "images", "includes", "js", "maint", "network", "user",
];

/// The endings of the files WordPress ships inside `wp-admin`: pages, styles, scripts, images.
const WP_ADMIN_FILES: &[&str] = &[
    ".php", ".css", ".js", ".png", ".gif", ".svg", ".jpg", ".map",
];

/// A folder or file under `/wp-admin/` that WordPress does not ship: a folder other than its
/// own (`/wp-admin/inc/`, `/wp-admin/css/colors/blue/sparka/`), or a file that is not one of
/// its pages, styles, scripts or images (`/wp-admin/fan1/index.html`, `/wp-admin/js/widgets/PDF`,
/// `/wp-admin/webmail.hinet`). Plugins do not write there and updates replace the folder,
/// so anything else there was uploaded by whoever broke in. The owner's own pages
/// (`/wp-admin/post.php?post=1`, `/wp-admin/network/`) are not.
pub fn wp_admin_stranger(url: &ParsedUrl) -> Option<String> {
    let path = url.url.path();
    let at = super::kit::find_exact(path.as_bytes(), b"/wp-admin/")?;
    let inside = &path[at + "/wp-admin/".len()..];
    let segments: Vec<&str> = inside.split('/').collect();
    let (&file, folders) = segments.split_last()?;
    // WordPress's folders: its own right inside, `css/colors/<scheme>/` and `js/widgets/`.
    let known_folders = match folders {
        [] => true,
        [first, rest @ ..] if WP_ADMIN_FOLDERS.contains(first) => matches!(
            (*first, rest),
            (_, []) | ("css", ["colors"] | ["colors", _]) | ("js", ["widgets"])
        ),
        _ => false,
    };
    // A file: one of its kinds, or a name without an ending right inside `wp-admin`
    // (`/wp-admin/network`, and addresses plugins route there: a news site links
    // `/wp-admin/blank`).
    let known_file = file.is_empty()
        || WP_ADMIN_FILES.iter().any(|e| file.ends_with(e))
        || (folders.is_empty() && !file.contains('.'));
    (!(known_folders && known_file)).then(|| evidence(path, 80))
}

/// What a Joomla extension's folder may serve to a browser: pictures, styles, scripts, fonts.
const JOOMLA_MEDIA: &[&str] = &[
    ".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp", ".ico", ".css", ".js", ".woff", ".woff2",
    ".pdf",
];

/// A page or folder inside a Joomla extension's code folder (`/components/com_user/x.html`,
/// `/modules/mod_stats/course/mycours.htm`), not a picture, style or script. Joomla serves its
/// pages through `index.php?option=com_…`; no one is sent into these folders, kits are
/// uploaded there, as into WordPress's `wp-content`.
pub fn joomla_stranger(url: &ParsedUrl) -> Option<String> {
    let path = url.url.path();
    let bytes = path.as_bytes();
    let find = super::kit::find_exact;
    if find(bytes, b"/components/com_").is_none() && find(bytes, b"/modules/mod_").is_none() {
        return None; // the common case
    }
    let mut segments = path
        .split('/')
        .skip_while(|s| !matches!(*s, "components" | "modules"));
    segments.next()?;
    let extension = segments.next()?;
    let inside: Vec<&str> = segments.collect();
    let last = inside.last()?;
    let media = JOOMLA_MEDIA.iter().any(|e| {
        let last = last.as_bytes();
        last.len() > e.len() && last[last.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes())
    });
    let code = extension.starts_with("com_") || extension.starts_with("mod_");
    (code && !media && !(inside.len() == 1 && last.is_empty())).then(|| evidence(path, 80))
}

/// Folder names that widespread kits make for each visit, compared in lower case: the PayPal
/// kit's `customer_center/customer-IDPP00C354/` and the webmail kit's folder named after its
/// session, `cmd-login=2fa960a1…/` (the path twin of `?cmd=login_submit`).
const KIT_FOLDER_MARKS: &[&str] = &["customer-idpp00c", "cmd-login="];

/// A path holding a kit's per-visit folder ([`KIT_FOLDER_MARKS`]), or the PayPal kit's
/// `/webapps/<five hex digits>/websrc`. Kits, not sites, write these names: like a kit's
/// query (`url.kit-query`) it warns alone.
pub fn kit_path(url: &ParsedUrl) -> Option<String> {
    let path = url.url.path();
    let bytes = path.as_bytes();
    // No copy of the path: this runs for every URL.
    let marked = KIT_FOLDER_MARKS
        .iter()
        .any(|m| super::kit::find_ci(bytes, m.as_bytes()).is_some());
    let websrc = super::kit::find_exact(bytes, b"/websrc").is_some() && {
        let (mut two_back, mut one_back) = ("", "");
        path.split('/').any(|segment| {
            let found = two_back == "webapps"
                && one_back.len() == 5
                && one_back.bytes().all(|b| b.is_ascii_hexdigit())
                && segment == "websrc";
            (two_back, one_back) = (one_back, segment);
            found
        })
    };
    (marked || websrc).then(|| evidence(path, 80))
}

/// A registrable name that starts with `com-` after another label: `apple.com-app.es`,
/// `icloud.com-ios.me` read as apple.com and icloud.com, but the site is `com-app.es`.
/// [`super::shape::tld_inside_host`] reads the labels before the registrable one; this is the
/// registrable one. Not after `www` alone (`www.com-sys.de` is that site's own name).
pub fn com_glued_to_registrable(url: &ParsedUrl) -> Option<String> {
    let (rest, last) = url.head().rsplit_once('.')?;
    let before = rest.rsplit('.').next().unwrap_or(rest);
    let glued = last
        .strip_prefix("com-")
        .is_some_and(|rest| !rest.is_empty());
    (glued && before.len() >= 2 && before != "www").then(|| url.unicode_host().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(u: &str) -> ParsedUrl {
        let list = crate::url::suffix::tests::list("com net org es me de info co.in");
        ParsedUrl::parse(u, &list).expect("valid")
    }

    #[test]
    fn strangers_in_wp_admin() {
        let hit = |u: &str| wp_admin_stranger(&parse(u));
        assert_eq!(
            hit("http://a.example.co.in/wp-admin/Ali2015/index.html").as_deref(),
            Some("/wp-admin/Ali2015/index.html")
        );
        assert!(hit("http://a.example.com/wp-admin/inc/").is_some());
        assert!(hit("http://a.example.com/wp-admin/masaupdate.html").is_some());
        assert!(hit("http://a.example.com/wp-admin/App/").is_some());
        assert!(hit("http://a.example.com/blog/wp-admin/oo/att/").is_some());
        // Strangers inside WordPress's own folders.
        assert!(hit("https://a.example.com/wp-admin/css/colors/blue/sparka/DE/").is_some());
        assert!(hit("https://a.example.com/wp-admin/js/widgets/PDF").is_some());
        assert!(hit("https://a.example.com/wp-admin/css/trustpass.html").is_some());
        assert!(hit("https://a.example.com/wp-admin/network/match/").is_some());
        assert!(hit("https://a.example.com/wp-admin/includes/wetrans/index.php").is_some());
        // The owner's own pages and WordPress's folders.
        assert!(hit("https://a.example.com/wp-admin/").is_none());
        assert!(hit("https://a.example.com/wp-admin/post.php?post=12&action=edit").is_none());
        assert!(hit("https://a.example.com/wp-admin/network/").is_none());
        assert!(hit("https://a.example.com/wp-admin/css/colors/blue/colors.min.css").is_none());
        assert!(hit("https://a.example.com/wp-admin/js/updates.min.js").is_none());
        assert!(hit("https://a.example.com/wp-admin/user").is_none());
        assert!(hit("https://www.example.com/wp-admin/blank").is_none());
        assert!(hit("https://a.example.com/wp-admin/js/widgets/media-gallery.min.js").is_none());
        assert!(hit("https://a.example.com/wp-admin/images/wordpress-logo.svg").is_none());
        assert!(hit("https://a.example.com/wp-admin/network/sites.php").is_none());
        assert!(hit("https://a.example.com/wp-admin/maint/repair.php").is_none());
        assert!(hit("https://a.example.com/my-wp-admin-guide/").is_none());
    }

    #[test]
    fn strangers_in_joomla_extensions() {
        let hit = |u: &str| joomla_stranger(&parse(u));
        assert!(hit("http://a.example.com/home/components/com_user/bbtonline.html").is_some());
        assert!(hit("http://a.example.com/modules/mod_stats/course/mycours.htm").is_some());
        assert!(
            hit("http://a.example.com/components/com_contact/views/contact/tmpl/host/").is_some()
        );
        // Pictures and scripts, the extension's own folder, and the site's pages.
        assert!(hit("http://a.example.com/components/com_k2/images/logo.png").is_none());
        assert!(hit("http://a.example.com/modules/mod_menu/tmpl/menu.js").is_none());
        assert!(hit("http://a.example.com/components/com_content/").is_none());
        assert!(hit("http://a.example.com/index.php?option=com_content&view=article").is_none());
        assert!(hit("http://a.example.com/components/store/login.html").is_none());
    }

    #[test]
    fn kits_per_visit_folders() {
        let hit = |u: &str| kit_path(&parse(u));
        assert!(
            hit("https://a.example.com/x/customer_center/customer-IDPP00C354/myaccount/signin/")
                .is_some()
        );
        assert!(
            hit("http://a.example.com/aa209Page/cmd-login=2fa960a1990a231b18/valid.php").is_some()
        );
        assert!(hit("http://www.example.com/ver/webapps/390a4/websrc").is_some());
        // A shop's customer centre, a web app's sources, a login command in the query.
        assert!(hit("https://shop.example.com/customer_center/orders").is_none());
        assert!(hit("https://a.example.com/webapps/portal/websrc").is_none());
        assert!(hit("https://a.example.com/login?cmd-login=1").is_none());
    }

    #[test]
    fn com_glued_to_the_site_name() {
        let hit = |u: &str| com_glued_to_registrable(&parse(u));
        assert_eq!(
            hit("http://appleid.apple.com-app.es/").as_deref(),
            Some("appleid.apple.com-app.es")
        );
        assert!(hit("http://icloud.com-ios.me/").is_some());
        assert!(hit("http://www.com-sys.de/").is_none());
        assert!(hit("http://com-sys.de/").is_none());
        assert!(hit("http://shop.community.net/").is_none());
        assert!(
            hit("http://a.com.example.net/").is_none(),
            "the other check's"
        );
    }
}
