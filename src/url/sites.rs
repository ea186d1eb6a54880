//! Sites that live in a path of a shared host rather than in their own host name: Google Sites
//! (`sites.google.com/view/<site>`), Google Cloud and Firebase storage buckets
//! (`storage.googleapis.com/<bucket>/…`, `firebasestorage.googleapis.com/v0/b/<bucket>/…`),
//! Amazon S3 buckets (`<bucket>.s3.amazonaws.com`, named in the host under Amazon's official
//! domain, or `s3.<region>.amazonaws.com/<bucket>/…`) and Telegraph pages (`telegra.ph/<title>`).
//!
//! Anyone can publish there in a minute under a name of their choosing, as on the free hosts of
//! `rules/hosting.toml`, but the name is in the path, so the host checks never see it, and the
//! host itself (Google's) is trusted. A brand's name or a login word in that name is the same
//! lure as `bca-login.web.app`.

use super::ParsedUrl;

/// Hosts whose sites are named by a path segment: the host, the path prefix before the name,
/// and whether the host stores files of every kind (a bucket's pictures, scripts and styles
/// are no site: only its web pages are judged).
const PATH_SITES: &[(&str, &str, bool)] = &[
    ("sites.google.com", "/view/", false),
    // Classic Google Sites. Not `sites.google.com/<domain>/…`: a Workspace organisation's own
    // sites, named by its domain.
    ("sites.google.com", "/site/", false),
    ("storage.googleapis.com", "/", true),
    ("firebasestorage.googleapis.com", "/v0/b/", true),
    ("telegra.ph", "/", false),
];

/// Endings of the files a bucket serves as web pages.
const PAGE_ENDINGS: &[&str] = &["html", "htm", "php", "shtml", "xhtml"];

/// A site named in a shared host's path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathSite {
    /// The name the site chose (`docusign-shared-file`), lower case.
    pub name: String,
    /// Where that name ends in the URL's path: the path up to it is where the site lives
    /// (`/view/docusign-shared-file`); 0 for a name in the host (an S3 bucket's).
    pub end: usize,
}

/// The site `url` is in, if it is one named inside a shared host's path
/// (`docusign-shared-file` of `sites.google.com/view/docusign-shared-file/home`).
pub fn path_site(url: &ParsedUrl) -> Option<PathSite> {
    let path = url.url.path();
    if let Some(s3) = url.host.strip_suffix(".amazonaws.com") {
        return s3_bucket(s3, path);
    }
    let &(_, prefix, files) = PATH_SITES
        .iter()
        .find(|(host, prefix, _)| url.host == *host && path.starts_with(prefix))?;
    if files && !is_page(path) {
        return None;
    }
    let rest = path.strip_prefix(prefix)?;
    let name = rest.split('/').next().unwrap_or_default();
    // Firebase names buckets `<project>.appspot.com`: the project is the chosen name.
    let name = name.split('.').next().unwrap_or_default();
    (!name.is_empty()).then(|| PathSite {
        name: name.to_ascii_lowercase(),
        end: prefix.len() + name.len(),
    })
}

/// Whether the file at the end of `path` is a web page rather than a picture, script or style.
fn is_page(path: &str) -> bool {
    // Firebase writes the object's path encoded in one segment (`o/site%2Findex.html`).
    let file = path.rsplit(['/', '%']).next().unwrap_or_default();
    file.rsplit_once('.')
        .is_some_and(|(_, ending)| PAGE_ENDINGS.iter().any(|e| ending.eq_ignore_ascii_case(e)))
}

/// The bucket of an S3 address, given the host before `.amazonaws.com`: named in the host
/// before its `s3` label (`bucket.s3`, `bucket.s3.ap-southeast-1`, `bucket.s3-website-us-east-1`)
/// or, when the host starts with it, in the path's first segment (`s3.eu-west-1/bucket/…`).
/// Only its web pages: a bucket's pictures and scripts are a company's files (`gojek-assets`),
/// except on the website endpoint (`s3-website`), which serves `index.html` at `/`.
fn s3_bucket(s3_host: &str, path: &str) -> Option<PathSite> {
    let (service, label) = s3_host
        .split('.')
        .enumerate()
        .find(|(_, label)| *label == "s3" || label.starts_with("s3-"))?;
    if !label.starts_with("s3-website") && !is_page(path) {
        return None;
    }
    // A bucket's name may hold dots (`www.example.com.s3.amazonaws.com`): its first label is
    // the one a person reads.
    let (name, end) = match service {
        0 => {
            let name = path.get(1..)?.split('/').next().unwrap_or_default();
            (name, 1 + name.len())
        }
        _ => (s3_host.split('.').next().unwrap_or_default(), 0),
    };
    (!name.is_empty()).then(|| PathSite {
        name: name.to_ascii_lowercase(),
        end,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(u: &str) -> Option<String> {
        let list = crate::url::suffix::tests::list("com ph");
        let url = ParsedUrl::parse(u, &list).expect("valid");
        path_site(&url).map(|site| {
            // The name ends where the path says it does, or, named in the host, starts it.
            let shown = &url.url.path()[..site.end];
            if site.end == 0 {
                assert!(url.host.starts_with(&site.name), "{}", url.host);
            } else {
                assert!(shown.to_ascii_lowercase().ends_with(&site.name), "{shown}");
            }
            site.name
        })
    }

    #[test]
    fn names_chosen_in_a_shared_hosts_path() {
        assert_eq!(
            name("https://sites.google.com/view/docusign-shared-file/home").as_deref(),
            Some("docusign-shared-file")
        );
        assert_eq!(
            name("https://storage.googleapis.com/outlook-login-8a7f/index.html").as_deref(),
            Some("outlook-login-8a7f")
        );
        assert_eq!(
            name("https://firebasestorage.googleapis.com/v0/b/mail-auth-2.appspot.com/o/index.html?alt=media")
                .as_deref(),
            Some("mail-auth-2")
        );
        assert_eq!(
            name("https://telegra.ph/Verify-Your-Account-06-12").as_deref(),
            Some("verify-your-account-06-12")
        );
        assert_eq!(
            name("https://sites.google.com/site/recoveryfbconfirmcontactus/").as_deref(),
            Some("recoveryfbconfirmcontactus")
        );
    }

    #[test]
    fn s3_buckets_web_pages_are_named_by_the_bucket() {
        let cases = [
            (
                "https://dhl-parcel-fee.s3.amazonaws.com/index.html",
                "dhl-parcel-fee",
            ),
            (
                "https://bca-login.s3.ap-southeast-1.amazonaws.com/Index.HTML",
                "bca-login",
            ),
            (
                "http://paypal-verify.s3-website-us-east-1.amazonaws.com/",
                "paypal-verify",
            ),
            (
                "http://paypal-verify.s3-website.eu-west-1.amazonaws.com/",
                "paypal-verify",
            ),
            (
                "https://s3.amazonaws.com/outlook-docs/view.html",
                "outlook-docs",
            ),
            (
                "https://s3-us-west-2.amazonaws.com/mail-auth/a/b/login.php",
                "mail-auth",
            ),
            (
                "https://shop.example.com.s3.amazonaws.com/index.html",
                "shop",
            ),
        ];
        for (url, bucket) in cases {
            assert_eq!(name(url).as_deref(), Some(bucket), "{url}");
        }
    }

    #[test]
    fn other_pages_of_those_hosts_and_other_hosts_have_none() {
        assert_eq!(name("https://sites.google.com/"), None);
        assert_eq!(name("https://sites.google.com/new"), None);
        assert_eq!(name("https://sites.google.com/cruzblanca.org/web/"), None);
        assert_eq!(name("https://storage.googleapis.com/"), None);
        // A bucket's pictures, scripts and styles: files, not a site.
        assert_eq!(
            name("https://storage.googleapis.com/tokopedia-static/img/logo.png"),
            None
        );
        assert_eq!(
            name("https://storage.googleapis.com/gojek-assets/app.js"),
            None
        );
        assert_eq!(
            name("https://my-bucket-2023.s3.amazonaws.com/reports/q3.pdf"),
            None
        );
        assert_eq!(
            name("https://s3.ap-southeast-1.amazonaws.com/bucket-name/images/banner.jpg"),
            None
        );
        assert_eq!(name("https://ec2.us-east-1.amazonaws.com/index.html"), None);
        assert_eq!(name("https://www.google.com/view/x"), None);
        assert_eq!(name("https://example.com/view/docusign"), None);
    }
}
