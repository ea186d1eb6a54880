//! Sites that live in a path of a shared host rather than in their own host name: Google Sites
//! (`sites.google.com/view/<site>`), Google Cloud and Firebase storage buckets
//! (`storage.googleapis.com/<bucket>/…`, `firebasestorage.googleapis.com/v0/b/<bucket>/…`) and
//! Telegraph pages (`telegra.ph/<title>`).
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
const PAGE_ENDINGS: &[&str] = &[".html", ".htm", ".php", ".shtml", ".xhtml"];

/// A site named in a shared host's path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathSite {
    /// The name the site chose (`docusign-shared-file`), lower case.
    pub name: String,
    /// Where that name ends in the URL's path: the path up to it is where the site lives
    /// (`/view/docusign-shared-file`).
    pub end: usize,
}

/// The site `url` is in, if it is one named inside a shared host's path
/// (`docusign-shared-file` of `sites.google.com/view/docusign-shared-file/home`).
pub fn path_site(url: &ParsedUrl) -> Option<PathSite> {
    let path = url.url.path();
    let &(_, prefix, files) = PATH_SITES
        .iter()
        .find(|(host, prefix, _)| url.host == *host && path.starts_with(prefix))?;
    if files {
        // Firebase writes the object's path encoded in one segment (`o/site%2Findex.html`).
        let file = path
            .rsplit(['/', '%'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if !PAGE_ENDINGS.iter().any(|e| file.ends_with(e)) {
            return None;
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn name(u: &str) -> Option<String> {
        let list = crate::url::suffix::tests::list("com ph");
        let url = ParsedUrl::parse(u, &list).expect("valid");
        path_site(&url).map(|site| {
            // The name ends where the path says it does.
            let shown = &url.url.path()[..site.end];
            assert!(shown.to_ascii_lowercase().ends_with(&site.name), "{shown}");
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
        assert_eq!(name("https://www.google.com/view/x"), None);
        assert_eq!(name("https://example.com/view/docusign"), None);
    }
}
