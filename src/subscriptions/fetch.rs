//! Reading a feed over the network: one GET, run to completion on a current-thread tokio runtime with the same
//! hyper + rustls stack as the CalDAV client (system roots, else Mozilla's). The only request the app makes on its
//! own account, and only for a calendar the person subscribed to.

use std::time::Duration;

use http::{header, Request, StatusCode, Uri};
use http_body_util::{BodyExt, Limited};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;

const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// The whole exchange, body included.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);
/// A feed larger than this is refused rather than read into memory (a year of a busy public calendar is ~1 MB).
pub const MAX_FEED_BYTES: usize = 50 * 1024 * 1024;
const MAX_REDIRECTS: usize = 5;

/// The address a link is read from: `webcal://` and `webcals://` are https (what Apple, Google and Thunderbird do);
/// `https://` as it is; plain `http://` only on this machine (the tests' server), since a calendar read in the
/// clear can be altered on the way.
pub fn feed_url(link: &str) -> Result<String, String> {
    let link = link.trim();
    let lower = link.to_ascii_lowercase();
    let url = if let Some(rest) =
        ["webcal://", "webcals://"].iter().find_map(|p| lower.starts_with(p).then(|| &link[p.len()..]))
    {
        format!("https://{rest}")
    } else {
        link.to_string()
    };
    let shown = crate::excerpt::excerpt(link);
    let uri: Uri = url.parse().map_err(|_| format!("'{shown}' is not a web address"))?;
    let host = uri.host().filter(|h| !h.is_empty()).ok_or_else(|| format!("'{shown}' names no server"))?;
    match uri.scheme_str().map(str::to_ascii_lowercase).as_deref() {
        Some("https") => Ok(url),
        Some("http") if is_loopback(host) => Ok(url),
        Some("http") => Err(format!(
            "'{shown}' is not encrypted (http://); only https:// and webcal:// calendars can be subscribed to"
        )),
        _ => Err(format!("'{shown}' should begin with webcal:// or https://")),
    }
}

fn is_loopback(host: &str) -> bool {
    matches!(host, "127.0.0.1" | "localhost" | "[::1]" | "::1")
}

/// The body of `url` (checked by [`feed_url`]), following up to five redirects that keep to the same rules. The
/// error says what a person can do about it: the server named, 404 as "no longer there".
pub fn get(url: &str) -> Result<Vec<u8>, String> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the network runtime: {e}"))?;
    rt.block_on(async {
        match tokio::time::timeout(REQUEST_TIMEOUT, follow(url)).await {
            Ok(r) => r,
            Err(_) => Err(format!("{} did not answer within {} seconds", origin(url), REQUEST_TIMEOUT.as_secs())),
        }
    })
}

async fn follow(first: &str) -> Result<Vec<u8>, String> {
    let mut http = HttpConnector::new();
    http.enforce_http(false);
    http.set_connect_timeout(Some(CONNECT_TIMEOUT));
    let builder = match hyper_rustls::HttpsConnectorBuilder::new().with_native_roots() {
        Ok(b) => b,
        Err(_) => hyper_rustls::HttpsConnectorBuilder::new().with_webpki_roots(),
    };
    let https = builder.https_or_http().enable_http1().wrap_connector(http);
    let client: Client<_, String> = Client::builder(TokioExecutor::new()).build(https);
    let mut url = first.to_string();
    for _ in 0..=MAX_REDIRECTS {
        let request = Request::get(url.as_str())
            .header(header::USER_AGENT, concat!("CampaignDesk/", env!("CARGO_PKG_VERSION")))
            .header(header::ACCEPT, "text/calendar, */*;q=0.5")
            .body(String::new())
            .map_err(|e| format!("'{}' is not a web address: {e}", crate::excerpt::excerpt(&url)))?;
        let response = client.request(request).await.map_err(|e| unreachable(&url, &e))?;
        let status = response.status();
        if status.is_redirection() {
            let to = response
                .headers()
                .get(header::LOCATION)
                .and_then(|l| l.to_str().ok())
                .ok_or_else(|| format!("{} answered {status} without saying where to", origin(&url)))?;
            url = feed_url(&resolve(&url, to)?)
                .map_err(|e| format!("{} sent the calendar elsewhere: {e}", origin(&url)))?;
            continue;
        }
        if status == StatusCode::NOT_FOUND || status == StatusCode::GONE {
            return Err(format!("the calendar is no longer at {} ({status})", crate::excerpt::excerpt(&url)));
        }
        if !status.is_success() {
            return Err(format!("{} answered {status}", origin(&url)));
        }
        let body = Limited::new(response.into_body(), MAX_FEED_BYTES).collect().await.map_err(|e| {
            if e.is::<http_body_util::LengthLimitError>() {
                format!("the calendar at {} is larger than {} MB", origin(&url), MAX_FEED_BYTES / (1024 * 1024))
            } else {
                format!("reading the calendar from {} failed: {e}", origin(&url))
            }
        })?;
        return Ok(body.to_bytes().to_vec());
    }
    Err(format!("{} redirected more than {MAX_REDIRECTS} times", origin(first)))
}

/// A Location header, absolute or relative to the address it came from.
fn resolve(base: &str, location: &str) -> Result<String, String> {
    if location.contains("://") {
        return Ok(location.to_string());
    }
    let uri: Uri = base.parse().map_err(|_| format!("'{}' is not a web address", crate::excerpt::excerpt(base)))?;
    let scheme = uri.scheme_str().unwrap_or("https");
    let authority = uri.authority().map(|a| a.as_str()).unwrap_or_default();
    if location.starts_with('/') {
        return Ok(format!("{scheme}://{authority}{location}"));
    }
    let dir = uri.path().rsplit_once('/').map(|(d, _)| d).unwrap_or("");
    Ok(format!("{scheme}://{authority}{dir}/{location}"))
}

fn origin(url: &str) -> String {
    match url.parse::<Uri>() {
        Ok(u) => format!("{}://{}", u.scheme_str().unwrap_or("https"), u.authority().map(|a| a.as_str()).unwrap_or("")),
        Err(_) => crate::excerpt::excerpt(url),
    }
}

/// A failed connection, with every cause in its chain, named with the server; a refused certificate said so.
fn unreachable(url: &str, e: &dyn std::error::Error) -> String {
    let text = crate::sync::client::chain(e);
    if text.to_lowercase().contains("certificate") {
        format!("the certificate of {} was not accepted ({text})", origin(url))
    } else {
        format!("cannot reach {}: {text}", origin(url))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_become_https_and_plain_http_stays_on_this_machine() {
        assert_eq!(feed_url(" webcal://example.org/a.ics ").unwrap(), "https://example.org/a.ics");
        assert_eq!(feed_url("WEBCALS://example.org/a.ics").unwrap(), "https://example.org/a.ics");
        assert_eq!(
            feed_url("https://calendar.google.com/x/basic.ics").unwrap(),
            "https://calendar.google.com/x/basic.ics"
        );
        assert_eq!(feed_url("http://127.0.0.1:8000/f.ics").unwrap(), "http://127.0.0.1:8000/f.ics");
        assert_eq!(feed_url("http://localhost/f.ics").unwrap(), "http://localhost/f.ics");
        assert!(feed_url("http://example.org/f.ics").unwrap_err().contains("not encrypted"));
        assert!(feed_url("ftp://example.org/f.ics").unwrap_err().contains("webcal://"));
        assert!(feed_url("file:///etc/passwd").is_err());
        assert!(feed_url("not a link").is_err());
        assert!(feed_url("").is_err());
    }

    #[test]
    fn redirects_resolve_against_the_address_they_came_from() {
        assert_eq!(resolve("https://a.org/x/y.ics", "/z.ics").unwrap(), "https://a.org/z.ics");
        assert_eq!(resolve("https://a.org/x/y.ics", "z.ics").unwrap(), "https://a.org/x/z.ics");
        assert_eq!(resolve("https://a.org/x/y.ics", "https://b.org/c.ics").unwrap(), "https://b.org/c.ics");
    }
}
