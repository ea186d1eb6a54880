//! Kits planted where WordPress keeps its admin pages or Joomla its extensions, kits' per-visit folders, and registrable
//! names that start with `com-` (`src/url/planted.rs`), judged through the whole engine beside the site owner's own
//! admin pages and ordinary names that share their letters.
//!
//! The URLs are written for this test in the shapes kits take, not copied from the evaluation
//! data.

mod common;

use common::{assert_below, assert_warned_with};
use waspada::{Engine, Level};

#[test]
fn kits_in_wp_admin_and_com_glued_names_warn() {
    let engine = Engine::with_default_pack().expect("default pack");
    assert_warned_with(
        &engine,
        &[
            (
                "http://toko-kue.example.com/wp-admin/docs2024/index.html",
                "url.cms-folder-page",
            ),
            (
                "https://sekolah.example.org/wp-admin/verify.htm",
                "url.cms-folder-page",
            ),
            // A page uploaded into a Joomla extension's code folder.
            (
                "http://koperasi.example.org/components/com_banners/akun/verify.html",
                "url.cms-folder-page",
            ),
            // A widespread PayPal kit's per-visit folder, on a hacked shop.
            (
                "https://toko-kue.example.com/img/customer_center/customer-IDPP00C512/myaccount/",
                "url.kit-path",
            ),
            // Inside WordPress's own folders, where it keeps only its styles and scripts.
            (
                "https://bengkel.example.net/wp-admin/css/colors/blue/dokumen/",
                "url.cms-folder-page",
            ),
            (
                "https://bengkel.example.net/wp-admin/js/widgets/Transfer/index.php",
                "url.cms-folder-page",
            ),
            (
                "http://signin.shopname.com-help.example/",
                "url.tld-inside-host",
            ),
        ],
    );
}

#[test]
fn the_owners_admin_pages_and_ordinary_names_stay_below_warning() {
    let engine = Engine::with_default_pack().expect("default pack");
    let urls = [
        "https://blog.example.com/wp-admin/",
        "https://blog.example.com/wp-admin/post.php?post=41&action=edit",
        "https://blog.example.com/wp-admin/edit.php?post_type=page",
        "https://net.example.com/wp-admin/network/sites.php",
        "https://blog.example.com/wp-admin/css/colors/ocean/colors.min.css",
        "https://blog.example.com/wp-admin/js/widgets/media-gallery-widget.min.js",
        "https://blog.example.com/wp-admin/images/wordpress-logo.svg",
        "https://www.com-sys.example/",
        "https://forum.community.example/",
        "https://shop.example.com/customer_center/orders/2024",
        "https://koperasi.example.org/index.php?option=com_content&view=article&id=7",
        "https://koperasi.example.org/components/com_k2/images/placeholder.png",
    ];
    assert_below(&engine, &urls, Level::Warning, &[]);
}
