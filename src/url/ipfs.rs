//! Pages served from IPFS through a public gateway (`ipfs.io/ipfs/bafy…/index.html`,
//! `bafy….ipfs.dweb.link`).
//!
//! A gateway serves anything anyone has added to IPFS, addressed by its hash: publishing takes a
//! minute, needs no account and no host to suspend, and the page stays up as long as one node
//! keeps it. Phishing kits moved there for those reasons (Cisco Talos and Trustwave reported
//! thousands of IPFS-hosted login pages from 2022 on). Honest pages on IPFS are mostly reached
//! through their own names (DNSLink, ENS), and what the gateways' hash addresses serve to
//! ordinary links is mostly pictures and NFT metadata, so a web page there is the signal.

use super::ParsedUrl;

/// Public gateways that serve any IPFS content by its hash, path form (`/ipfs/<cid>/…`) or
/// subdomain form (`<cid>.ipfs.dweb.link`).
#[rustfmt::skip]
const GATEWAYS: &[&str] = &[
    "ipfs.io", "dweb.link", "cloudflare-ipfs.com", "cf-ipfs.com", "gateway.pinata.cloud",
    "w3s.link", "nftstorage.link", "4everland.io", "fleek.co", "infura-ipfs.io", "ipfs.infura.io",
    "ipfs.runfission.com", "gateway.ipfs.io", "ipfs.eth.aragon.network", "storry.tv", "flk-ipfs.xyz",
];

/// File endings that are not web pages: pictures, media, data and documents a gateway serves
/// for NFTs and apps.
#[rustfmt::skip]
const NOT_PAGES: &[&str] = &[
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif", ".mp4", ".webm", ".mp3", ".wav",
    ".json", ".txt", ".pdf", ".css", ".js", ".wasm", ".car", ".glb", ".gltf", ".ico", ".woff2",
];

/// The gateway and content address of a web page served from IPFS, if `url` is one.
pub fn ipfs_page(url: &ParsedUrl) -> Option<String> {
    if url.is_ip {
        return None;
    }
    let host = url.host.as_str();
    let path = url.url.path();
    // Most URLs are neither form: two prefix tests and a walk over the host's labels turn them
    // away before the gateways are compared.
    let path_form = path.starts_with("/ipfs/") || path.starts_with("/ipns/");
    if !path_form && !super::dots::split_dots(host).any(|l| l == "ipfs" || l == "ipns") {
        return None;
    }
    let gateway = GATEWAYS.iter().find(|g| url.is_under(g))?;
    let before_gateway = &host[..host.len() - gateway.len()];
    // Subdomain form: `<cid>.ipfs.` or `<name>.ipns.` just before the gateway.
    let subdomain_form = before_gateway.ends_with(".ipfs.") || before_gateway.ends_with(".ipns.");
    if !subdomain_form && !path_form {
        return None;
    }
    // The address itself (`/ipfs/<cid>` with nothing after) or a page in it; not a file
    // that is no web page.
    let last = path
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if NOT_PAGES.iter().any(|e| last.ends_with(e)) {
        return None;
    }
    let shown = if path_form {
        format!("{host}{}", crate::text::normalize::truncate(path, 70))
    } else {
        host.to_string()
    };
    Some(shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(u: &str) -> Option<String> {
        let list = crate::url::suffix::tests::list("com io link cloud co");
        ipfs_page(&ParsedUrl::parse(u, &list).expect("valid"))
    }

    #[test]
    fn pages_on_gateways_are_found() {
        assert!(page("https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/index.html").is_some());
        assert!(page("https://gateway.pinata.cloud/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco#me@example.com").is_some());
        assert!(page("https://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi.ipfs.dweb.link/").is_some());
        assert!(page("https://cloudflare-ipfs.com/ipns/outlook-login.example/").is_some());
    }

    #[test]
    fn pictures_data_and_the_gateways_own_pages_are_not() {
        assert_eq!(
            page(
                "https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/1.png"
            ),
            None
        );
        assert_eq!(
            page("https://ipfs.io/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/meta.json"),
            None
        );
        assert_eq!(page("https://ipfs.io/"), None);
        assert_eq!(page("https://docs.ipfs.io/concepts/what-is-ipfs/"), None);
        assert_eq!(page("https://example.com/ipfs/bafybei/index.html"), None);
        assert_eq!(page("https://notdweb.link/ipfs/bafybei/index.html"), None);
    }
}
