//! Dots in host names (and slashes in paths), found with byte loops.

/// The offset of the first `.` in `s`. Host names are scanned with byte loops: `str::find('.')`
/// and `split('.')` go through `memchr`, whose set-up cost more than the scan on names of a few
/// dozen bytes (a tenth of a URL check in Wasm, where every table lookup walks the labels).
#[inline]
pub(crate) fn first_dot(s: &str) -> Option<usize> {
    s.bytes().position(|b| b == b'.')
}

/// The offset of the last `.` in `s`.
#[inline]
pub(crate) fn last_dot(s: &str) -> Option<usize> {
    s.bytes().rposition(|b| b == b'.')
}

/// `s` after its first dot (`b.c` for `a.b.c`), if it has one.
#[inline]
pub(crate) fn after_dot(s: &str) -> Option<&str> {
    first_dot(s).map(|d| &s[d + 1..])
}

/// The pieces of `s` between its dots, as `s.split('.')`.
pub(crate) fn split_dots(s: &str) -> impl Iterator<Item = &str> {
    split_at_byte(s, b'.')
}

/// The pieces of `s` between the ASCII byte `sep`, as `s.split(sep as char)` (paths at `/`).
pub(crate) fn split_at_byte(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|b| b == sep) {
            Some(d) => {
                rest = Some(&r[d + 1..]);
                Some(&r[..d])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}
