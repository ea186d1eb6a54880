//! A parsed URL's text and the offsets of its parts, read by the URL checks.
//!
//! Most URLs a check sees are plain: `http` or `https`, a lower-case ASCII host, a path and
//! query of unreserved characters. For those [`Href::plain`] finds the parts in one pass over
//! the bytes, and the text is already what the `url` crate would serialise. Anything unusual
//! (upper case, userinfo, a port, IP addresses, punycode, escapes in the host, dot segments,
//! characters the WHATWG parser would percent-encode) goes through the `url` crate instead
//! ([`Href::from_url`]), so both paths give the same parts (see the differential test below).
//! The `url` crate was a fifth of a whole URL check natively and more in Wasm.

/// A URL's serialisation and where its parts are in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Href {
    text: String,
    /// Offset of the path (the first `/` after the host).
    path: usize,
    /// Offset of the `?` that starts the query, if any.
    query: Option<usize>,
    /// Offset of the `#` that starts the fragment, if any.
    fragment: Option<usize>,
    username: String,
    password: Option<String>,
}

impl Href {
    /// The whole URL, as the `url` crate serialises it.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The path (`/a/b.php`), always starting with `/`.
    pub fn path(&self) -> &str {
        let end = self.query.or(self.fragment).unwrap_or(self.text.len());
        &self.text[self.path..end]
    }

    /// The query without its `?`, if there is one.
    pub fn query(&self) -> Option<&str> {
        let start = self.query? + 1;
        Some(&self.text[start..self.fragment.unwrap_or(self.text.len())])
    }

    /// The fragment without its `#`, if there is one.
    pub fn fragment(&self) -> Option<&str> {
        Some(&self.text[self.fragment? + 1..])
    }

    /// The path, query and fragment together (`url[Position::BeforePath..]`).
    pub fn from_path(&self) -> &str {
        &self.text[self.path..]
    }

    /// The user name before an `@` in the authority (empty without one).
    pub fn username(&self) -> &str {
        &self.username
    }

    /// The password after the user name, if any.
    pub fn password(&self) -> Option<&str> {
        self.password.as_deref()
    }

    /// The parts of a URL the `url` crate parsed.
    pub fn from_url(url: url::Url) -> Href {
        let path = url[..url::Position::BeforePath].len();
        let query = url.query().map(|_| url[..url::Position::AfterPath].len());
        let fragment = url
            .fragment()
            .map(|_| url[..url::Position::AfterQuery].len());
        let username = url.username().to_string();
        let password = url.password().map(str::to_string);
        Href {
            text: url.into(),
            path,
            query,
            fragment,
            username,
            password,
        }
    }

    /// Parses a plain `http(s)://host/path?query#fragment` URL whose text the `url` crate
    /// would keep as it is (an empty path becomes `/`), and its host; `None` for anything
    /// else, which the caller hands to the `url` crate.
    pub fn plain(input: &str) -> Option<(Href, std::ops::Range<usize>)> {
        let bytes = input.as_bytes();
        let host_start = if input.starts_with("https://") {
            8
        } else if input.starts_with("http://") {
            7
        } else {
            return None;
        };
        let host_end = bytes[host_start..]
            .iter()
            .position(|&b| matches!(b, b'/' | b'?' | b'#'))
            .map_or(bytes.len(), |i| host_start + i);
        if !plain_host(&input[host_start..host_end]) {
            return None;
        }
        // The path, query and fragment, each of bytes the WHATWG parser copies unchanged: one
        // table lookup a byte (`?` and `#` are in neither path set, `#` in no query set).
        let kept = |from: usize, set: u8| {
            from + bytes[from..]
                .iter()
                .take_while(|&&b| KEPT[usize::from(b)] & set != 0)
                .count()
        };
        let mut i = kept(host_end, IN_PATH);
        let mut query = None;
        if bytes.get(i) == Some(&b'?') {
            query = Some(i);
            i = kept(i + 1, IN_QUERY);
        }
        let mut fragment = None;
        if bytes.get(i) == Some(&b'#') {
            fragment = Some(i);
            i = kept(i + 1, IN_QUERY);
        }
        if i < bytes.len() {
            return None;
        }
        let path_end = query.or(fragment).unwrap_or(bytes.len());
        if has_dot_segment(&input[host_end..path_end]) {
            return None;
        }
        // `https://a.com` and `https://a.com?q` have the path `/`.
        let empty_path = path_end == host_end;
        let text = if empty_path {
            let mut text = String::with_capacity(input.len() + 1);
            text.push_str(&input[..host_end]);
            text.push('/');
            text.push_str(&input[host_end..]);
            text
        } else {
            input.to_string()
        };
        let shift = usize::from(empty_path);
        let href = Href {
            text,
            path: host_end,
            query: query.map(|q| q + shift),
            fragment: fragment.map(|f| f + shift),
            username: String::new(),
            password: None,
        };
        Some((href, host_start..host_end))
    }
}

/// A host of lower-case letters, digits and hyphens in non-empty labels, none of them
/// punycode, not ending in a label that starts with a digit (the WHATWG parser reads
/// `1.2.3.4` and `a.0x1f` as IPv4 addresses): the `url` crate keeps it as it is. One pass over
/// the bytes (splitting at dots and testing each label took three).
fn plain_host(host: &str) -> bool {
    let b = host.as_bytes();
    let mut label = 0; // where the current label starts
    for (i, &c) in b.iter().enumerate() {
        if c == b'.' {
            if i == label || b[label..i].starts_with(b"xn--") {
                return false;
            }
            label = i + 1;
        } else if !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-') {
            return false;
        }
    }
    // The last label: not empty (no trailing dot), not punycode, not starting with a digit.
    b.get(label).is_some_and(|c| !c.is_ascii_digit()) && !b[label..].starts_with(b"xn--")
}

/// [`KEPT`] bit of bytes of a path the WHATWG parser copies unchanged: unreserved and
/// sub-delimiter characters, `:`, `@`, `/` and `%` (escapes are copied, not checked).
const IN_PATH: u8 = 1;
/// [`KEPT`] bit of bytes of a query or fragment copied unchanged (`'` is escaped in a special
/// URL's query; `?` is kept there).
const IN_QUERY: u8 = 2;

/// [`IN_PATH`] and [`IN_QUERY`] for every byte.
const KEPT: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            table[b] = IN_PATH | IN_QUERY;
        }
        b += 1;
    }
    let path = b"-._~!$&'()*+,;=:@/%";
    let mut i = 0;
    while i < path.len() {
        table[path[i] as usize] |= IN_PATH;
        i += 1;
    }
    let query = b"-._~!$&()*+,;=:@/?%";
    let mut i = 0;
    while i < query.len() {
        table[query[i] as usize] |= IN_QUERY;
        i += 1;
    }
    table
};

/// Whether a path has a segment the parser would resolve (`.`, `..`, or any escaped dot), in
/// one pass: a `.` that starts a segment and ends it or the next byte does, or a `%2e`.
fn has_dot_segment(path: &str) -> bool {
    let b = path.as_bytes();
    let ends_segment = |i: usize| matches!(b.get(i), None | Some(b'/'));
    b.iter().enumerate().any(|(i, &c)| match c {
        b'.' => {
            (i == 0 || b[i - 1] == b'/')
                && (ends_segment(i + 1) || (b.get(i + 1) == Some(&b'.') && ends_segment(i + 2)))
        }
        b'%' => b.get(i + 1) == Some(&b'2') && matches!(b.get(i + 2), Some(b'e' | b'E')),
        _ => false,
    })
}

/// The offset of the first `?` or `#` in `bytes` (where a URL's path ends), or its length.
/// Eight bytes at a time: `page::is_download_url` asks this of every URL checked, and a byte
/// loop over a long address was ~4 % of a check's instructions.
pub(crate) fn path_end(bytes: &[u8]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let v = u64::from_le_bytes(word);
        let found = crate::text::normalize::zero_bytes(v ^ (ONES * u64::from(b'?')))
            | crate::text::normalize::zero_bytes(v ^ (ONES * u64::from(b'#')));
        if found != 0 {
            // Little-endian: the lowest flagged byte is the first in the text.
            return at + (found.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    at + chunks
        .remainder()
        .iter()
        .position(|&b| b == b'?' || b == b'#')
        .unwrap_or(chunks.remainder().len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The parts the `url` crate finds, for comparison.
    fn slow(input: &str) -> (Href, String) {
        let url = url::Url::parse(input).expect("a valid URL");
        let host = url.host_str().expect("a host").to_string();
        (Href::from_url(url), host)
    }

    fn agree(input: &str) {
        let Some((fast, host)) = Href::plain(input) else {
            return;
        };
        let (slow, slow_host) = slow(input);
        assert_eq!(fast, slow, "{input}");
        assert_eq!(&fast.as_str()[host], slow_host, "{input}");
    }

    #[test]
    fn plain_urls_take_the_fast_path_with_the_url_crates_parts() {
        let long_label = format!("https://{}.com/", "a".repeat(100));
        for input in [
            "https://www.example.com/",
            "http://klikbca-verifikasi.com/login",
            "https://a.com",
            "https://a.com?q=1",
            "https://a.com#top",
            "https://a.com/x?y=1&z=2#frag",
            "https://shop.example.co.id/p/123-abc.html?ref=a%20b",
            "http://-lead.trail-.xyz/%7Efoo",
            "https://ab--cd.com/a;b=c/d:e@f",
            &long_label,
        ] {
            assert!(Href::plain(input).is_some(), "{input}");
            agree(input);
        }
        let (href, host) = Href::plain("https://a.com?q=1#f").expect("plain");
        assert_eq!(href.as_str(), "https://a.com/?q=1#f");
        assert_eq!(&href.as_str()[host], "a.com");
        assert_eq!(
            (href.path(), href.query(), href.fragment()),
            ("/", Some("q=1"), Some("f"))
        );
        assert_eq!(href.from_path(), "/?q=1#f");
    }

    #[test]
    fn the_byte_table_keeps_what_the_whatwg_parser_copies() {
        for b in 0..=255u8 {
            let alnum = b.is_ascii_alphanumeric();
            let path = alnum || b"-._~!$&'()*+,;=:@/%".contains(&b);
            let query = alnum || b"-._~!$&()*+,;=:@/?%".contains(&b);
            assert_eq!(KEPT[usize::from(b)] & IN_PATH != 0, path, "{b}");
            assert_eq!(KEPT[usize::from(b)] & IN_QUERY != 0, query, "{b}");
        }
    }

    #[test]
    fn unusual_urls_are_left_to_the_url_crate() {
        for input in [
            "HTTPS://example.com/",
            "https://Example.com/",
            "https://user:pw@example.com/",
            "https://example.com:8443/",
            "https://example.com./",
            "https://a..b.com/",
            "http://192.168.0.1/",
            "http://a.0x1f/",
            "http://[::1]/",
            "https://xn--ba-omc.co.id/",
            "https://bсa.co.id/",
            "https://ex%41mple.com/",
            "https://example.com/a/../b",
            "https://example.com/a/%2e/b",
            "https://example.com/a b",
            "https://example.com\\login",
            "https://example.com/?q='x'",
            "https://example.com/{x}",
            "ftp://example.com/",
            "example.com/login",
            " https://example.com/",
        ] {
            assert!(Href::plain(input).is_none(), "{input}");
        }
    }

    #[test]
    fn slow_path_parts_match_the_url_crate() {
        let (href, _) = slow("https://u:p@EXAMPLE.com:8443/a/../b?q=%27#x");
        assert_eq!(href.as_str(), "https://u:p@example.com:8443/b?q=%27#x");
        assert_eq!((href.username(), href.password()), ("u", Some("p")));
        assert_eq!(
            (href.path(), href.query(), href.fragment()),
            ("/b", Some("q=%27"), Some("x"))
        );
        assert_eq!(href.from_path(), "/b?q=%27#x");
    }

    /// The checks as they were written before their one-pass forms (split, then test).
    fn plain_host_by_labels(host: &str) -> bool {
        !host.is_empty()
            && host.split('.').all(|label| {
                !label.is_empty()
                    && !label.starts_with("xn--")
                    && label
                        .bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            })
            && !host[host.rfind('.').map_or(0, |d| d + 1)..]
                .starts_with(|c: char| c.is_ascii_digit())
    }

    fn dot_segment_by_split(path: &str) -> bool {
        path.split('/').any(|s| s == "." || s == "..")
            || path
                .as_bytes()
                .windows(3)
                .any(|w| w[0] == b'%' && w[1] == b'2' && (w[2] == b'e' || w[2] == b'E'))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        /// The one-pass host and dot-segment tests say what the split-then-test forms said.
        #[test]
        fn one_pass_tests_match_the_split_ones(
            host in "(xn--|[a-zA-Z0-9.-]){0,12}",
            path in "(/|[.]|%2[eE]|%|2|[a-z.]){0,12}",
        ) {
            prop_assert_eq!(plain_host(&host), plain_host_by_labels(&host), "{}", host);
            prop_assert_eq!(has_dot_segment(&path), dot_segment_by_split(&path), "{}", path);
        }

        /// The word-at-a-time search finds what a byte loop finds, other UTF-8 bytes around.
        #[test]
        fn path_end_is_the_first_question_mark_or_hash(s in "[a-z?#/.\u{80}-\u{10ffff}]{0,40}") {
            let b = s.as_bytes();
            let slow = b.iter().position(|&c| c == b'?' || c == b'#').unwrap_or(b.len());
            prop_assert_eq!(path_end(b), slow);
        }

        /// Whatever the fast path accepts, the `url` crate parses to the same text and parts.
        #[test]
        fn fast_path_agrees_with_the_url_crate(
            scheme in "(https?|HTTP)://",
            host in "([a-z0-9\\-]{1,8}\\.){0,3}[a-z0-9\\-]{1,8}|[a-z0-9.\\-]{1,20}",
            rest in "[a-zA-Z0-9/?#%.&=:@;,'~_!$()*+\\-]{0,30}",
        ) {
            agree(&format!("{scheme}{host}{rest}"));
        }
    }
}
