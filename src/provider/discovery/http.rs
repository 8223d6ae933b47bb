//! HTTPS GETs for discovery: the caller's trust store, no redirects followed
//! (a redirect is itself an answer: Autodiscover uses one to say "on-premises"),
//! a deadline, and a size cap read chunk by chunk so a hostile server cannot
//! make us buffer more than [`MAX_BODY_BYTES`].

use std::time::Duration;

/// The most any discovery answer may be. Autoconfig documents are capped at
/// the same size by their parser.
pub const MAX_BODY_BYTES: usize = super::autoconfig::MAX_CONFIG_BYTES;

/// A response that arrived in full.
#[derive(Debug, Clone)]
pub struct Fetched {
    pub status: u16,
    /// The `Location` header of a redirect.
    pub location: Option<String>,
    pub body: Vec<u8>,
}

/// Why no response arrived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// No connection, TLS refused, DNS failed: the words say which.
    Unreachable(String),
    /// The body exceeded [`MAX_BODY_BYTES`].
    TooLarge,
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FetchError::Unreachable(why) => f.write_str(&crate::tr!("provider-http-unreachable", why = why)),
            FetchError::TooLarge => f.write_str(&crate::tr!("provider-http-too-large", kibibytes = MAX_BODY_BYTES / 1024)),
        }
    }
}

/// GETs `url` with `client` (which carries the deadline).
pub async fn get(client: &reqwest::Client, url: &url::Url) -> Result<Fetched, FetchError> {
    let mut response = client
        .get(url.clone())
        .header(reqwest::header::ACCEPT, "application/xml, application/json, text/xml;q=0.9, */*;q=0.1")
        .send()
        .await
        .map_err(|e| FetchError::Unreachable(describe(&e)))?;
    let status = response.status().as_u16();
    let location = response.headers().get(reqwest::header::LOCATION).and_then(|v| v.to_str().ok()).map(str::to_owned);
    if response.content_length().is_some_and(|length| length > MAX_BODY_BYTES as u64) {
        return Err(FetchError::TooLarge);
    }
    let mut body = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(|e| FetchError::Unreachable(describe(&e)))? {
        if body.len() + chunk.len() > MAX_BODY_BYTES {
            return Err(FetchError::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(Fetched { status, location, body })
}

/// A short, query-free description of a reqwest error and its causes.
fn describe(error: &reqwest::Error) -> String {
    let mut text = if error.is_timeout() {
        crate::tr!("provider-http-timed-out")
    } else if error.is_connect() {
        crate::tr!("provider-http-cannot-connect")
    } else {
        crate::tr!("provider-http-failed")
    };
    let mut source = std::error::Error::source(error);
    let mut depth = 0;
    while let Some(cause) = source {
        let words = cause.to_string();
        if !text.contains(&words) && depth < 4 {
            text.push_str(": ");
            text.push_str(&words);
        }
        source = cause.source();
        depth += 1;
    }
    text
}

/// The default per-lookup deadline for HTTPS sources.
pub const DEFAULT_HTTP_DEADLINE: Duration = Duration::from_secs(6);
