//! URLs and domains: parsing, registrable domains, brands, block lists and risky hosting.

pub(crate) mod addr;
pub(crate) mod betting;
pub mod brands;
pub mod campaign;
pub mod crypto;
pub mod domains;
pub(crate) mod dots;
pub mod edit;
pub(crate) mod fasthash;
pub mod href;
pub mod institution;
pub mod ipfs;
pub mod kit;
pub mod lure;
pub mod money;
pub mod path;
pub mod planted;
pub mod redirect;
pub mod shape;
pub mod sites;
pub mod slug;
pub mod suffix;
pub(crate) mod words;

use std::net::IpAddr;

pub use brands::{BrandIndex, BrandMatch};
pub use domains::{DomainKinds, DomainSet, HashedDomainSet};
pub(crate) use dots::{after_dot, first_dot, last_dot, split_at_byte, split_dots};
pub use href::Href;
pub(crate) use href::path_end;
pub use suffix::SuffixList;

/// Longest URL looked at; longer input is cut (browsers cap around 2 MB, scams need far less).
pub const MAX_URL_LEN: usize = 8 * 1024;

/// A URL taken apart for judging.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedUrl {
    /// The normalised URL and its parts.
    pub url: Href,
    /// Lower-case ASCII host (punycode for IDNs), without a trailing dot.
    pub host: String,
    /// The host as the user sees it when IDNA decoding changes it (`None`: the same as
    /// `host`, nearly every URL, which saves a copy per check); see [`ParsedUrl::unicode_host`].
    unicode: Option<String>,
    /// Where the registrable domain starts in `host`, if it has one ([`ParsedUrl::registrable`]).
    registrable_start: Option<usize>,
    /// Where the public suffix starts in `host`; `None` for an IP address.
    suffix_start: Option<usize>,
    /// Whether the host is an IP address.
    pub is_ip: bool,
}

/// Labels a [`Labels`] holds without a heap allocation (hosts with more spill to a `Vec`).
const STACK_LABELS: usize = 8;

/// A host's labels, as a slice (`&labels[..]`), held on the stack up to [`STACK_LABELS`].
#[derive(Debug, Clone)]
pub struct Labels<'a> {
    stack: [&'a str; STACK_LABELS],
    len: usize,
    /// Every label, when there are more than fit on the stack (`Vec::new` does not allocate).
    spill: Vec<&'a str>,
}

impl<'a> Labels<'a> {
    /// The labels `labels` yields, in order.
    pub fn new(labels: impl Iterator<Item = &'a str>) -> Labels<'a> {
        let mut list = Labels {
            stack: [""; STACK_LABELS],
            len: 0,
            spill: Vec::new(),
        };
        for label in labels {
            if list.len < STACK_LABELS {
                list.stack[list.len] = label;
            } else {
                if list.spill.is_empty() {
                    list.spill.extend_from_slice(&list.stack);
                }
                list.spill.push(label);
            }
            list.len += 1;
        }
        list
    }
}

impl<'a> std::ops::Deref for Labels<'a> {
    type Target = [&'a str];

    fn deref(&self) -> &[&'a str] {
        if self.len > STACK_LABELS {
            &self.spill
        } else {
            &self.stack[..self.len]
        }
    }
}

/// Why a URL could not be judged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum UrlError {
    /// Not a URL at all.
    #[error("not a valid URL: {0}")]
    Invalid(String),
    /// A URL without a host (mailto:, data:, about:blank…): nothing to judge.
    #[error("URL has no host")]
    NoHost,
}

impl ParsedUrl {
    /// Parses a URL; a bare host (`klikbca-verifikasi.com/login`) is read as `http://…`.
    pub fn parse(input: &str, suffixes: &SuffixList) -> Result<ParsedUrl, UrlError> {
        let input = crate::text::normalize::truncate(input.trim(), MAX_URL_LEN);
        if let Some((url, host)) = Href::plain(input) {
            // A plain host needs no IDNA decoding, no trailing dot to strip, no case folding.
            let host = url.as_str()[host].to_string();
            return Ok(Self::with_host(url, host, None, false, suffixes));
        }
        Self::parse_with_url_crate(input, suffixes)
    }

    /// Parses any URL with the `url` crate (IDNA, IP addresses, userinfo, escapes…).
    fn parse_with_url_crate(input: &str, suffixes: &SuffixList) -> Result<ParsedUrl, UrlError> {
        let url = match url::Url::parse(input) {
            Ok(u) => u,
            Err(url::ParseError::RelativeUrlWithoutBase) => {
                url::Url::parse(&format!("http://{input}"))
                    .map_err(|e| UrlError::Invalid(e.to_string()))?
            }
            Err(e) => return Err(UrlError::Invalid(e.to_string())),
        };
        let (host, is_ip) = match url.host() {
            Some(url::Host::Domain(d)) => (d.trim_end_matches('.').to_ascii_lowercase(), false),
            Some(url::Host::Ipv4(ip)) => (ip.to_string(), true),
            Some(url::Host::Ipv6(ip)) => (IpAddr::V6(ip).to_string(), true),
            None => return Err(UrlError::NoHost),
        };
        if host.is_empty() {
            return Err(UrlError::NoHost);
        }
        // Only punycode labels decode to anything else: letters, digits, dots and hyphens
        // pass through UTS #46 unchanged (the host is lower-case already), so skip it.
        let plain = host
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-')
            && !host.split('.').any(|l| l.starts_with("xn--"));
        let unicode = if plain {
            None
        } else {
            Some(idna::domain_to_unicode(&host).0).filter(|u| *u != host)
        };
        Ok(Self::with_host(
            Href::from_url(url),
            host,
            unicode,
            is_ip,
            suffixes,
        ))
    }

    /// The parsed URL with its host split at the public suffix.
    fn with_host(
        url: Href,
        host: String,
        unicode: Option<String>,
        is_ip: bool,
        suffixes: &SuffixList,
    ) -> ParsedUrl {
        // Offsets rather than copies: two allocations fewer a check.
        let (registrable_start, suffix_start) = if is_ip {
            (None, None)
        } else {
            let (start, _) = suffixes.suffix_start(&host);
            (suffix::registrable_start(&host, start), Some(start))
        };
        ParsedUrl {
            url,
            host,
            unicode,
            registrable_start,
            suffix_start,
            is_ip,
        }
    }

    /// The host as the user sees it (IDNs decoded: `bсa.co.id` for `xn--ba-8kc.co.id`).
    pub fn unicode_host(&self) -> &str {
        self.unicode.as_deref().unwrap_or(&self.host)
    }

    /// Whether the host reads otherwise once decoded (an IDN): when not, `unicode_host` is
    /// `host` and holds no letter of another script.
    pub fn has_unicode_form(&self) -> bool {
        self.unicode.is_some()
    }

    /// Registrable domain (`klikbca.com` for `ibank.klikbca.com`), if the host has one.
    pub fn registrable(&self) -> Option<&str> {
        Some(&self.host[self.registrable_start?..])
    }

    /// Public suffix (`co.id`, `web.app`); `None` for an IP address.
    pub fn suffix(&self) -> Option<&str> {
        Some(&self.host[self.suffix_start?..])
    }

    /// The host before its public suffix and the dot (`ibank.klikbca` of `ibank.klikbca.com`).
    pub(crate) fn head(&self) -> &str {
        let cut = self
            .suffix_start
            .map_or(self.host.len(), |s| s.saturating_sub(1));
        &self.host[..cut]
    }

    /// The host's labels outside its public suffix (`ibank`, `klikbca` for `ibank.klikbca.com`).
    pub fn labels(&self) -> Vec<&str> {
        self.label_iter().collect()
    }

    /// [`ParsedUrl::labels`] in a list kept on the stack: a URL check asks for them on every
    /// host, and a `Vec` was one of its five heap allocations.
    pub fn label_list(&self) -> Labels<'_> {
        Labels::new(self.label_iter())
    }

    /// [`ParsedUrl::labels`] without collecting them.
    pub fn label_iter(&self) -> impl Iterator<Item = &str> {
        split_dots(self.head()).filter(|l| !l.is_empty())
    }

    /// The top-level domain (`xyz` for `a.b.xyz`).
    pub fn tld(&self) -> &str {
        last_dot(&self.host).map_or(self.host.as_str(), |d| &self.host[d + 1..])
    }

    /// Whether the host lies under `suffix` (`go.id` covers `desa.go.id` and `kemkes.go.id`).
    pub fn is_under(&self, suffix: &str) -> bool {
        // No `format!(".{suffix}")`: a page scan asks this for every link and chat host.
        self.host
            .strip_suffix(suffix)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with('.'))
    }

    /// The host with look-alike digits and letter pairs read as the letters they imitate
    /// (`c0inbase.com` → `coinbase.com`, `rnetamask.io` → `metamask.io`), when it differs.
    /// Digits are read only inside labels that also hold letters, and never in the suffix.
    pub fn leet_host(&self) -> Option<String> {
        let h = self.host.as_bytes();
        if self.is_ip
            || !(h.iter().any(u8::is_ascii_digit) || h.windows(2).any(|w| w == b"rn" || w == b"vv"))
        {
            return None;
        }
        let (head, tail) = self.host.split_at(self.head().len());
        // Built in one buffer: this runs for every host with a digit in it (163.com, 9gag.com).
        let mut host = String::with_capacity(self.host.len());
        for (i, label) in split_dots(head).enumerate() {
            if i > 0 {
                host.push('.');
            }
            let start = host.len();
            let mixed = label.bytes().any(|b| b.is_ascii_alphabetic())
                && label.bytes().any(|b| b.is_ascii_digit());
            if mixed {
                // The same digits as leetspeak in text (`@` and `$` cannot be in a host): a
                // lone digit (`c0inbase`, `paypa1`) or a run inside a word (`g00gle`). A run
                // of digits at a name's edge is a number (`shop365`, `office365`, `bet365`).
                let b = label.as_bytes();
                let mut i = 0;
                while i < b.len() {
                    if !b[i].is_ascii_digit() {
                        host.push(char::from(b[i]));
                        i += 1;
                        continue;
                    }
                    let end = b[i..]
                        .iter()
                        .position(|x| !x.is_ascii_digit())
                        .map_or(b.len(), |p| i + p);
                    let letter_before = i > 0 && b[i - 1].is_ascii_alphabetic();
                    let letter_after = b.get(end).is_some_and(u8::is_ascii_alphabetic);
                    let leet = end - i == 1 || (letter_before && letter_after);
                    for &d in &b[i..end] {
                        let d = char::from(d);
                        host.push(if leet {
                            crate::text::normalize::leet_letter(d).unwrap_or(d)
                        } else {
                            d
                        });
                    }
                    i = end;
                }
            } else {
                host.push_str(label);
            }
            if host[start..].contains("rn") || host[start..].contains("vv") {
                let pairs = host[start..].replace("rn", "m").replace("vv", "w");
                host.truncate(start);
                host.push_str(&pairs);
            }
        }
        host.push_str(tail);
        (host != self.host).then_some(host)
    }

    /// The host with look-alike letters replaced by Latin ones, when it differs
    /// (`bсa.co.id` with a Cyrillic с → `bca.co.id`).
    pub fn skeleton_host(&self) -> Option<String> {
        let folded: String = self
            .unicode
            .as_deref()?
            .split('.')
            .map(|label| crate::text::fold(label).text.replace(' ', "-"))
            .collect::<Vec<_>>()
            .join(".");
        (folded != self.host).then_some(folded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> SuffixList {
        crate::url::suffix::tests::list("com id co.id go.id web.app")
    }

    #[test]
    fn registrable_domains_follow_the_public_suffix_list() {
        let cases = [
            ("https://ibank.klikbca.com/login", "klikbca.com", "com"),
            ("http://www.bca.co.id", "bca.co.id", "co.id"),
            ("https://bca-login.web.app", "bca-login.web.app", "web.app"),
            ("pajak.go.id", "pajak.go.id", "go.id"),
        ];
        for (input, registrable, suffix) in cases {
            let p = ParsedUrl::parse(input, &list()).unwrap();
            assert_eq!(p.registrable(), Some(registrable), "{input}");
            assert_eq!(p.suffix(), Some(suffix), "{input}");
        }
    }

    #[test]
    fn idn_hosts_are_decoded_and_skeletonised() {
        let p = ParsedUrl::parse("http://xn--ba-omc.co.id/", &list()).unwrap(); // "bсa" with Cyrillic с
        assert_eq!(p.unicode_host(), "bсa.co.id");
        assert_eq!(p.skeleton_host().as_deref(), Some("bca.co.id"));
    }

    #[test]
    fn plain_ascii_hosts_are_what_idna_would_decode_them_to() {
        for host in [
            "www.example.com",
            "a-b--c.d1.co.id",
            "-lead.trail-.x",
            "1.2.3.example",
            "ab--cd.com",
            "0x1f.xyz",
            "123abc.x456",
        ] {
            let p = ParsedUrl::parse(&format!("http://{host}/"), &list()).unwrap();
            assert_eq!(
                p.unicode_host(),
                idna::domain_to_unicode(&p.host).0,
                "{host}"
            );
        }
    }

    #[test]
    fn the_fast_path_gives_what_the_url_crate_gives() {
        for input in [
            "https://ibank.klikbca.com/login?next=/home#top",
            "http://www.bca.co.id",
            "https://bca-login.web.app?x=1",
            "https://a-b--c.d1.co.id/p/1.html",
            "http://123abc.x456/",
        ] {
            let slow = ParsedUrl::parse_with_url_crate(input, &list()).unwrap();
            assert!(Href::plain(input).is_some(), "{input}");
            assert_eq!(ParsedUrl::parse(input, &list()).unwrap(), slow, "{input}");
        }
    }

    #[test]
    fn hosts_are_under_their_own_name_and_parents_only() {
        let under = |u: &str, s: &str| ParsedUrl::parse(u, &list()).unwrap().is_under(s);
        assert!(under("https://wa.me/62812", "wa.me"));
        assert!(under("https://api.whatsapp.com/send", "whatsapp.com"));
        assert!(!under("https://evilwa.me/", "wa.me"));
        assert!(!under("https://wa.me.evil.com/", "wa.me"));
        assert!(!under("https://me/", "wa.me"));
    }

    #[test]
    fn leet_hosts_read_digits_as_letters() {
        let leet = |u: &str| ParsedUrl::parse(u, &list()).unwrap().leet_host();
        assert_eq!(
            leet("https://c0inbase.com/").as_deref(),
            Some("coinbase.com")
        );
        assert_eq!(
            leet("https://rnetamask.com/").as_deref(),
            Some("metamask.com")
        );
        assert_eq!(leet("https://www.example.com/"), None);
        assert_eq!(leet("https://2024.example.com/"), None); // digits alone are a number
        assert_eq!(leet("https://g00gle.com/").as_deref(), Some("google.com"));
        // A number at a name's edge stays a number.
        assert_eq!(leet("https://shop365.example.com/"), None);
        assert_eq!(leet("https://office365-login.com/"), None);
        assert_eq!(leet("http://10.0.0.1/"), None);
    }

    #[test]
    fn label_lists_are_the_labels_however_many() {
        for n in [0, 1, 2, 15, 16, 17, 40] {
            let host: Vec<String> = (0..n).map(|i| format!("l{i}")).collect();
            let host = if n == 0 {
                "com".to_string()
            } else {
                format!("{}.com", host.join("."))
            };
            let p = ParsedUrl::parse(&format!("http://{host}/"), &list()).unwrap();
            assert_eq!(&p.label_list()[..], &p.labels()[..], "{host}");
        }
    }

    #[test]
    fn bad_urls_are_errors_not_panics() {
        assert!(ParsedUrl::parse("mailto:someone@example.com", &list()).is_err());
        assert!(ParsedUrl::parse("http://", &list()).is_err());
        assert!(ParsedUrl::parse("", &list()).is_err());
        let long = format!("http://example.com/{}", "a".repeat(100_000));
        assert!(ParsedUrl::parse(&long, &list()).is_ok());
    }
}
