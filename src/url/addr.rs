//! Which IP addresses are on the public internet. A page served from a bare public address is
//! rare in ordinary browsing and common in phishing (a kit on a rented server, no domain to
//! take down); a private, loopback or link-local address is a home router's or a company's
//! own machine (`http://192.168.1.1/login.html`), which no one can send a stranger to.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Whether `host` (an IP address as [`super::ParsedUrl`] writes it) is a public address: not
/// private, loopback, link-local, shared (carrier NAT), unspecified, broadcast or reserved
/// for documentation. `false` for anything that is not an IP address.
pub(crate) fn is_public_ip(host: &str) -> bool {
    match host.parse::<IpAddr>() {
        Ok(IpAddr::V4(ip)) => is_public_v4(ip),
        Ok(IpAddr::V6(ip)) => is_public_v6(ip),
        Err(_) => false,
    }
}

/// Whether `host` is an address of a home's or an office's own network: private, loopback,
/// link-local, shared (carrier NAT), unspecified or broadcast. Unlike [`is_public_ip`]'s
/// complement, not the addresses reserved for documentation (`203.0.113.45`), which belong
/// to no one's network: a link to one that names a bank is no bank's intranet page.
/// `false` for anything that is not an IP address.
pub(crate) fn is_local_ip(host: &str) -> bool {
    match host.parse::<IpAddr>() {
        Ok(IpAddr::V4(ip)) => is_local_v4(ip),
        Ok(IpAddr::V6(ip)) => match ip.to_ipv4_mapped() {
            Some(v4) => is_local_v4(v4),
            None => {
                let first = ip.segments()[0];
                ip.is_loopback()
                    || ip.is_unspecified()
                    || first & 0xfe00 == 0xfc00
                    || first & 0xffc0 == 0xfe80
            }
        },
        Err(_) => false,
    }
}

fn is_local_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    ip.is_private()
        || ip.is_loopback()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || (a == 100 && (64..128).contains(&b))
        || a == 0
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    let shared = a == 100 && (64..128).contains(&b); // 100.64.0.0/10, carrier-grade NAT
    !(ip.is_private()
        || ip.is_loopback()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_documentation()
        || shared
        || a == 0)
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    if let Some(v4) = ip.to_ipv4_mapped() {
        return is_public_v4(v4);
    }
    let first = ip.segments()[0];
    let unique_local = first & 0xfe00 == 0xfc00; // fc00::/7
    let link_local = first & 0xffc0 == 0xfe80; // fe80::/10
    let documentation = first == 0x2001 && ip.segments()[1] == 0x0db8; // 2001:db8::/32
    !(ip.is_loopback() || ip.is_unspecified() || unique_local || link_local || documentation)
}

#[cfg(test)]
mod tests {
    use super::{is_local_ip, is_public_ip};

    #[test]
    fn servers_on_the_internet_are_public() {
        for host in [
            "202.77.121.186",
            "35.239.229.191",
            "8.8.8.8",
            "2606:4700::6810:84e5",
        ] {
            assert!(is_public_ip(host), "{host}");
        }
    }

    #[test]
    fn home_and_office_addresses_are_not() {
        for host in [
            "192.168.1.1",
            "192.168.0.1",
            "10.0.0.138",
            "172.16.5.4",
            "127.0.0.1",
            "169.254.1.1",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fd12:3456::1",
            "fe80::1",
            "::ffff:192.168.1.1",
            "example.com",
        ] {
            assert!(!is_public_ip(host), "{host}");
            assert_eq!(is_local_ip(host), host != "example.com", "{host}");
        }
    }

    #[test]
    fn documentation_addresses_are_neither_public_nor_local() {
        for host in ["203.0.113.45", "198.51.100.7", "192.0.2.1", "2001:db8::1"] {
            assert!(!is_public_ip(host), "{host}");
            assert!(!is_local_ip(host), "{host}");
        }
        assert!(!is_local_ip("8.8.8.8"));
    }
}
