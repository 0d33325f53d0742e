//! Nextcloud base URLs: normalising `X-Nextcloud-Talk-Backend` and configured URLs alike.

/// Normalise an absolute http(s) URL to `scheme://host[:port]/path/`: scheme and host
/// lowercased, default port dropped, query and fragment refused, exactly one trailing slash.
pub fn normalize(url: &str) -> Result<String, String> {
    let url = url.trim();
    let (scheme, rest) = url
        .split_once("://")
        .ok_or_else(|| format!("'{url}' is not an absolute URL (expected https://host/…)"))?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "https" => "443",
        "http" => "80",
        _ => return Err(format!("'{url}' is not an http or https URL")),
    };
    if rest.contains(['?', '#']) {
        return Err(format!(
            "'{url}' has a query or fragment; give the Nextcloud base URL"
        ));
    }
    let (authority, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    if authority.contains('@') {
        return Err(format!(
            "'{url}' contains credentials; give the Nextcloud base URL"
        ));
    }
    if authority.is_empty()
        || authority
            .chars()
            .any(|c| c.is_whitespace() || c.is_control())
    {
        return Err(format!("'{url}' has no valid host"));
    }
    // Split off a port, minding IPv6 literals such as [::1]:8080.
    let (host, port) = match authority.rfind(':') {
        Some(i) if !authority[i..].contains(']') => (&authority[..i], Some(&authority[i + 1..])),
        _ => (authority, None),
    };
    if host.is_empty() {
        return Err(format!("'{url}' has no host"));
    }
    let mut out = format!("{scheme}://{}", host.to_ascii_lowercase());
    match port {
        Some(p) if p.is_empty() || p == default_port => {}
        Some(p) if p.bytes().all(|b| b.is_ascii_digit()) && p.len() <= 5 => {
            out.push(':');
            out.push_str(p.trim_start_matches('0'));
        }
        Some(p) => return Err(format!("'{url}' has an invalid port '{p}'")),
        None => {}
    }
    let path = path.trim_end_matches('/');
    if path.contains("//") || path.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("'{url}' has an invalid path"));
    }
    out.push_str(path);
    out.push('/');
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn normalises_case_port_and_slash() {
        assert_eq!(
            normalize("HTTPS://Cloud.Example.com:443").unwrap(),
            "https://cloud.example.com/"
        );
        assert_eq!(
            normalize("https://cloud.example.com/").unwrap(),
            "https://cloud.example.com/"
        );
        assert_eq!(
            normalize("http://localhost:80//").unwrap(),
            "http://localhost/"
        );
        assert_eq!(
            normalize("http://localhost:8080/nc/").unwrap(),
            "http://localhost:8080/nc/"
        );
        assert_eq!(
            normalize("http://[::1]:8080").unwrap(),
            "http://[::1]:8080/"
        );
        assert_eq!(normalize("http://[::1]").unwrap(), "http://[::1]/");
    }

    #[test]
    fn refuses_non_urls() {
        for bad in [
            "/",
            "",
            "cloud.example.com",
            "ftp://x",
            "https://",
            "https://a:b@c",
            "https://x?y",
            "https://x:http",
        ] {
            assert!(normalize(bad).is_err(), "{bad}");
        }
    }
}
