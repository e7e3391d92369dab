//! The CalDAV client: libdav's requests over hyper with rustls, run to completion on a current-thread tokio
//! runtime so the rest of the core stays synchronous. Every failure becomes a [`DavError`] a person can act on:
//! which server could not be reached, a refused password, a certificate that was not accepted, a calendar that may
//! only be read. No XML or HTTP detail leaves this file.

use std::time::Duration;

use http::{StatusCode, Uri};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use libdav::caldav::{CalendarComponent, CreateCalendar, FindCalendarHomeSet, FindCalendars, GetCalendarResources};
use libdav::dav::{
    Delete, GetProperty, ListResources, PutResource, RequestError, SyncCollection, WebDavClient, WebDavError,
};
use libdav::{names, CalDavClient};
use tower_http::auth::AddAuthorization;

type Http = AddAuthorization<Client<hyper_rustls::HttpsConnector<HttpConnector>, String>>;

/// How long one request may take before the server counts as unreachable.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// What went wrong talking to the server, in the terms a coordinator can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DavError {
    /// No connection (refused, no route, name not found, timed out): the server's address is in the message.
    Unreachable(String),
    /// The TLS handshake failed: the server's certificate was not accepted.
    Certificate(String),
    /// 401: the user name or password was refused.
    Unauthorized,
    /// 403: this account may not do that (a read-only calendar on a write).
    Forbidden,
    /// 404.
    NotFound,
    /// 412: the resource is not the version we expected (changed or created by someone else).
    Changed,
    /// The sync token is unknown to the server or too old (RFC 6578 `DAV:valid-sync-token`).
    TokenInvalid,
    Other(String),
}

impl std::fmt::Display for DavError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DavError::Unreachable(m) | DavError::Certificate(m) | DavError::Other(m) => f.write_str(m),
            DavError::Unauthorized => f.write_str("the server refused the user name or password (401)"),
            DavError::Forbidden => f.write_str("the server does not allow this account to do that (403)"),
            DavError::NotFound => f.write_str("not found on the server (404)"),
            DavError::Changed => f.write_str("changed on the server since the last sync (412)"),
            DavError::TokenInvalid => f.write_str("the server no longer knows the sync token"),
        }
    }
}

/// A calendar collection the account can see.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct RemoteCalendar {
    pub url: String,
    pub name: Option<String>,
}

/// One resource as a listing or a sync report gives it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub href: String,
    pub etag: String,
}

/// What changed in a collection since a sync token (or everything, from a full listing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changes {
    pub changed: Vec<Listed>,
    /// Hrefs deleted since the token. Only meaningful when `complete` is false.
    pub deleted: Vec<String>,
    /// True for a full listing: anything not in `changed` is gone.
    pub complete: bool,
    pub token: Option<String>,
}

pub struct DavClient {
    rt: tokio::runtime::Runtime,
    dav: CalDavClient<Http>,
    /// `scheme://host:port`, for turning hrefs into URLs and naming the server in messages.
    origin: String,
}

impl DavClient {
    /// A client for the server at `url` (http or https); nothing is sent yet.
    pub fn new(url: &str, user: &str, password: &str) -> Result<DavClient, DavError> {
        let uri: Uri = url.parse().map_err(|_| DavError::Other(format!("'{url}' is not a web address")))?;
        let origin = origin_of(&uri).ok_or_else(|| {
            DavError::Other(format!("'{url}' is not a web address (it should begin with https:// or http://)"))
        })?;
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| DavError::Other(format!("cannot start the network runtime: {e}")))?;
        // The connection pool's timers belong to this runtime.
        let _inside = rt.enter();
        let mut http = HttpConnector::new();
        http.enforce_http(false);
        http.set_connect_timeout(Some(CONNECT_TIMEOUT));
        // The system's roots (a company CA, a self-hosted server's own), else Mozilla's set: a certificate neither
        // accepts is an error, never skipped.
        let builder = hyper_rustls::HttpsConnectorBuilder::new();
        let builder = match builder.with_native_roots() {
            Ok(b) => b,
            Err(_) => hyper_rustls::HttpsConnectorBuilder::new().with_webpki_roots(),
        };
        let https = builder.https_or_http().enable_http1().wrap_connector(http);
        let client = Client::builder(TokioExecutor::new()).build(https);
        let client = AddAuthorization::basic(client, user, password);
        Ok(DavClient { rt, dav: CalDavClient::new(WebDavClient::new(uri, client)), origin })
    }

    pub fn url_of(&self, href: &str) -> String {
        format!("{}{href}", self.origin)
    }

    /// The calendars the account sees: the current user's principal, its calendar home set(s), and the calendar
    /// collections there (RFC 4791 §6, RFC 5397); `/.well-known/caldav` (RFC 6764) when the given URL has none.
    pub fn calendars(&self) -> Result<Vec<RemoteCalendar>, DavError> {
        let homes = self.home_sets()?;
        let mut out = Vec::new();
        for home in homes {
            let found = self.run(self.dav.request(FindCalendars::new(home.path())))?.calendars;
            for c in found {
                let name = self.run(self.dav.request(GetProperty::new(&c.href, &names::DISPLAY_NAME)))?.value;
                out.push(RemoteCalendar { url: self.url_of(&c.href), name });
            }
        }
        Ok(out)
    }

    fn home_sets(&self) -> Result<Vec<Uri>, DavError> {
        let mut principal = self.run(self.dav.find_current_user_principal())?;
        if principal.is_none() {
            let uri = self.dav.base_url();
            let (host, port) = (uri.host().unwrap_or_default(), uri.port_u16());
            let scheme_port = if uri.scheme_str() == Some("https") { 443 } else { 80 };
            let service = if uri.scheme_str() == Some("https") {
                libdav::sd::DiscoverableService::CalDavs
            } else {
                libdav::sd::DiscoverableService::CalDav
            };
            if let Ok(Some(context)) =
                self.run_raw(self.dav.find_context_path(service, host, port.unwrap_or(scheme_port)))
            {
                let found = self.run(
                    self.dav
                        .request(libdav::dav::FindPropertyHrefs::new(context.path(), &names::CURRENT_USER_PRINCIPAL)),
                )?;
                principal = found.hrefs.into_iter().next();
            }
        }
        let Some(principal) = principal else { return Ok(vec![self.dav.base_url().clone()]) };
        let homes = self.run(self.dav.request(FindCalendarHomeSet::new(principal.path())))?.home_sets;
        Ok(if homes.is_empty() { vec![self.dav.base_url().clone()] } else { homes })
    }

    /// MKCALENDAR-style creation (extended MKCOL) of `name` in the first calendar home; returns its URL.
    pub fn create_calendar(&self, name: &str) -> Result<RemoteCalendar, DavError> {
        let home = self.home_sets()?.into_iter().next().ok_or(DavError::NotFound)?;
        let mut path = home.path().to_string();
        if !path.ends_with('/') {
            path.push('/');
        }
        path.push_str(&format!("{}/", slug(name)));
        let components = [CalendarComponent::VEvent, CalendarComponent::VTodo];
        self.run(self.dav.request(CreateCalendar::new(&path).with_display_name(name).with_components(&components)))?;
        Ok(RemoteCalendar { url: self.url_of(&path), name: Some(name.to_string()) })
    }

    /// Whether `href` is a collection this account can read (404 → [`DavError::NotFound`]).
    pub fn check_calendar(&self, href: &str) -> Result<(), DavError> {
        self.run(self.dav.request(GetProperty::new(href, &names::DISPLAY_NAME))).map(|_| ())
    }

    /// Changes since `token` (RFC 6578); a full listing when there is no token, the server has no sync support,
    /// or it no longer knows the token.
    pub fn changes(&self, collection: &str, token: Option<&str>) -> Result<Changes, DavError> {
        if let Some(token) = token {
            match self.run(self.dav.request(SyncCollection::new(collection).with_sync_token(token))) {
                Ok(r) => {
                    let changed = r
                        .changed
                        .into_iter()
                        .filter(|l| !l.resource_type.is_collection)
                        .filter_map(|l| Some(Listed { etag: l.etag?, href: l.href }))
                        .collect();
                    return Ok(Changes { changed, deleted: r.deleted, complete: false, token: Some(r.new_sync_token) });
                }
                Err(DavError::TokenInvalid | DavError::Forbidden | DavError::Other(_)) => {}
                Err(e) => return Err(e),
            }
        }
        // A full listing; a token for next time when the server has them.
        let token = match self.run(self.dav.request(SyncCollection::new(collection))) {
            Ok(r) => Some(r.new_sync_token),
            Err(DavError::Unauthorized) => return Err(DavError::Unauthorized),
            Err(_) => None,
        };
        let listed = self.run(self.dav.request(ListResources::new(collection)))?;
        let changed = listed
            .resources
            .into_iter()
            .filter(|r| !r.resource_type.is_collection)
            .filter_map(|r| Some(Listed { etag: r.etag?, href: r.href }))
            .collect();
        Ok(Changes { changed, deleted: Vec::new(), complete: true, token })
    }

    /// The iCalendar text and ETag of each href (calendar-multiget); hrefs gone meanwhile are left out.
    pub fn fetch(&self, collection: &str, hrefs: &[String]) -> Result<Vec<(String, String, String)>, DavError> {
        let mut out = Vec::new();
        // Bounded batches keep one response (and its parse) small on a first sync of a large calendar.
        for chunk in hrefs.chunks(200) {
            let r = self.run(self.dav.request(GetCalendarResources::new(collection).with_hrefs(chunk)))?;
            for res in r.resources {
                if let Ok(c) = res.content {
                    out.push((res.href, c.data, c.etag));
                }
            }
        }
        Ok(out)
    }

    /// Creates `href` only if nothing is there (`If-None-Match: *`); returns the new ETag.
    pub fn create(&self, href: &str, ics: &str) -> Result<Option<String>, DavError> {
        Ok(self.run(self.dav.request(PutResource::new(href).create(ics, CONTENT_TYPE)))?.etag)
    }

    /// Replaces `href` only if it is still at `etag` (`If-Match`); returns the new ETag.
    pub fn update(&self, href: &str, ics: &str, etag: &str) -> Result<Option<String>, DavError> {
        Ok(self.run(self.dav.request(PutResource::new(href).update(ics, CONTENT_TYPE, etag)))?.etag)
    }

    /// Deletes `href` only if it is still at `etag` (`If-Match`).
    pub fn delete(&self, href: &str, etag: &str) -> Result<(), DavError> {
        self.run(self.dav.request(Delete::new(href).with_etag(etag))).map(|_| ())
    }

    /// The current ETag of `href` (for servers that send none after a PUT).
    pub fn etag(&self, href: &str) -> Result<String, DavError> {
        Ok(self.run(self.dav.request(libdav::dav::GetEtag::new(href)))?.etag)
    }

    fn run<T, E>(&self, f: impl std::future::Future<Output = Result<T, E>>) -> Result<T, DavError>
    where
        E: Into<Classified>,
    {
        match self.rt.block_on(async { tokio::time::timeout(REQUEST_TIMEOUT, f).await }) {
            Ok(r) => r.map_err(|e| e.into().0.unwrap_or_else(|text| self.explain(&text))),
            Err(_) => Err(DavError::Unreachable(format!(
                "{} did not answer within {} seconds",
                self.origin,
                REQUEST_TIMEOUT.as_secs()
            ))),
        }
    }

    fn run_raw<T, E: std::fmt::Display>(
        &self,
        f: impl std::future::Future<Output = Result<T, E>>,
    ) -> Result<T, DavError> {
        match self.rt.block_on(async { tokio::time::timeout(REQUEST_TIMEOUT, f).await }) {
            Ok(r) => r.map_err(|e| DavError::Other(e.to_string())),
            Err(_) => Err(DavError::Unreachable(format!("{} did not answer", self.origin))),
        }
    }

    /// A connection failure's text, named with the server and sorted into certificate or unreachable.
    fn explain(&self, text: &ConnectFailure) -> DavError {
        let lower = text.0.to_lowercase();
        if lower.contains("certificate") || lower.contains("invalidcertificate") || lower.contains("unknownissuer") {
            DavError::Certificate(format!(
                "the certificate of {} was not accepted ({}); check the address, or ask the server's administrator \
                 for a certificate your system trusts",
                self.origin, text.0
            ))
        } else {
            DavError::Unreachable(format!("cannot reach {}: {}", self.origin, text.0))
        }
    }
}

const CONTENT_TYPE: &str = "text/calendar; charset=utf-8";

/// The text of a failed connection, with every cause in its chain.
pub struct ConnectFailure(String);

/// A libdav error sorted: `Ok` a known kind, `Err` a connection failure to be named with the server.
pub struct Classified(Result<DavError, ConnectFailure>);

/// An error with every cause in its chain, each said once (the feeds' fetch names its failures the same way).
pub(crate) fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let t = s.to_string();
        if !text.contains(&t) {
            text.push_str(": ");
            text.push_str(&t);
        }
        source = s.source();
    }
    text
}

fn status(s: StatusCode) -> DavError {
    match s {
        StatusCode::UNAUTHORIZED => DavError::Unauthorized,
        StatusCode::FORBIDDEN => DavError::Forbidden,
        StatusCode::NOT_FOUND => DavError::NotFound,
        StatusCode::PRECONDITION_FAILED => DavError::Changed,
        other => DavError::Other(format!("the server answered {other}")),
    }
}

impl<E: std::error::Error + 'static> From<WebDavError<E>> for Classified {
    fn from(e: WebDavError<E>) -> Self {
        Classified(match e {
            WebDavError::Request(RequestError::Client(c)) => Err(ConnectFailure(chain(&c))),
            WebDavError::Request(RequestError::Http(h)) => Err(ConnectFailure(chain(h.as_ref()))),
            WebDavError::BadStatusCode(s) => Ok(status(s)),
            WebDavError::PreconditionFailed(p) if p.to_string().contains("valid-sync-token") => {
                Ok(DavError::TokenInvalid)
            }
            WebDavError::PreconditionFailed(p) => Ok(DavError::Other(format!("the server refused it: {p}"))),
            other => Ok(DavError::Other(format!("unexpected answer from the server: {other}"))),
        })
    }
}

impl<E: std::error::Error + 'static> From<libdav::dav::FindCurrentUserPrincipalError<E>> for Classified {
    fn from(e: libdav::dav::FindCurrentUserPrincipalError<E>) -> Self {
        match e {
            libdav::dav::FindCurrentUserPrincipalError::RequestError(w) => w.into(),
            other => Classified(Ok(DavError::Other(other.to_string()))),
        }
    }
}

fn origin_of(uri: &Uri) -> Option<String> {
    let scheme = uri.scheme_str().filter(|s| *s == "http" || *s == "https")?;
    Some(format!("{scheme}://{}", uri.authority()?))
}

/// A path segment for a new calendar: lower-case ASCII letters, digits and dashes.
fn slug(name: &str) -> String {
    let mut s = String::new();
    for ch in deunicode::deunicode(name).to_lowercase().chars() {
        if ch.is_ascii_alphanumeric() {
            s.push(ch);
        } else if !s.ends_with('-') {
            s.push('-');
        }
    }
    let s = s.trim_matches('-');
    if s.is_empty() {
        format!("calendar-{}", uuid::Uuid::new_v4())
    } else {
        s.chars().take(60).collect()
    }
}

/// The path of a URL given to `sync link --calendar`: a full URL on the account's server, or a path.
pub fn href_of(url: &str) -> Option<String> {
    if url.starts_with('/') {
        return Some(url.to_string());
    }
    let uri: Uri = url.parse().ok()?;
    origin_of(&uri)?;
    Some(uri.path().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_paths_are_safe_segments() {
        assert_eq!(slug("Burma Solidarity Month"), "burma-solidarity-month");
        assert_eq!(slug("Día de Acción / 2026"), "dia-de-accion-2026");
        assert!(slug("???").starts_with("calendar-"));
    }

    #[test]
    fn hrefs_come_from_urls_or_paths() {
        assert_eq!(href_of("http://127.0.0.1:5232/alice/cal/").as_deref(), Some("/alice/cal/"));
        assert_eq!(href_of("/alice/cal/").as_deref(), Some("/alice/cal/"));
        assert_eq!(href_of("ftp://x/y"), None);
        assert_eq!(href_of("not a url"), None);
    }
}
