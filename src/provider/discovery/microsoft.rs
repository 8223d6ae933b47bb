//! What Microsoft tells about an address before any sign-in
//! (providers.md §4.6):
//!
//! 1. **Tenant.** `GET <login>/<domain>/v2.0/.well-known/openid-configuration`:
//!    `issuer` = `https://login.microsoftonline.com/<tenant GUID>/v2.0`, plus
//!    `cloud_instance_name` (`microsoftonline.com` for the public cloud) and
//!    `tenant_region_scope`. An unknown domain answers 400 with
//!    `AADSTS90002` ("Tenant not found").
//! 2. **Realm.** `GET <login>/getuserrealm.srf?login=<address>&json=1`:
//!    `NameSpaceType` `Managed` (Entra signs in), `Federated` (the
//!    organisation's own sign-in page: ADFS, Okta, …; `FederationBrandName`,
//!    `AuthURL`) or `Unknown`.
//! 3. **Mailbox location.** Autodiscover v2,
//!    `GET <autodiscover>?Email=<address>&Protocol=AutodiscoverV1`: a mailbox
//!    in Exchange Online answers with an `outlook.office365.com` URL; a hybrid
//!    or on-premises mailbox is sent (by redirect or URL) to the
//!    organisation's own host.
//!
//! The parsers are pure functions, tested on recorded answers; the fetches
//! only add transport.

use serde::Deserialize;

/// A Microsoft Entra tenant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tenant {
    /// The tenant GUID, from the issuer.
    pub id: String,
    /// `microsoftonline.com` for the public cloud; others are sovereign clouds.
    pub cloud_instance: String,
    /// `EU`, `NA`, `WW`, … when given.
    pub region: Option<String>,
}

/// What the tenant lookup said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TenantAnswer {
    Tenant(Tenant),
    /// AADSTS90002: no tenant has verified this domain.
    NotATenant,
}

#[derive(Deserialize)]
struct OpenIdConfiguration {
    issuer: Option<String>,
    cloud_instance_name: Option<String>,
    tenant_region_scope: Option<String>,
}

#[derive(Deserialize)]
struct ErrorBody {
    error: Option<String>,
    error_description: Option<String>,
}

/// Reads the OpenID configuration answer (`status`, `body`).
pub fn parse_tenant(status: u16, body: &[u8]) -> Result<TenantAnswer, String> {
    if status == 200 {
        let config: OpenIdConfiguration = serde_json::from_slice(body).map_err(|e| crate::tr!("provider-microsoft-openid-not-json", error = e.to_string()))?;
        let issuer = config.issuer.ok_or_else(|| crate::tr!("provider-microsoft-openid-no-issuer"))?;
        let id = url::Url::parse(&issuer)
            .ok()
            .and_then(|url| url.path_segments().and_then(|mut segments| segments.next().map(str::to_owned)))
            .filter(|segment| is_guid(segment))
            .ok_or_else(|| crate::tr!("provider-microsoft-issuer-no-tenant", issuer = format!("{issuer:.100}")))?;
        return Ok(TenantAnswer::Tenant(Tenant {
            id,
            cloud_instance: config.cloud_instance_name.unwrap_or_else(|| "microsoftonline.com".to_owned()),
            region: config.tenant_region_scope,
        }));
    }
    let error: Option<ErrorBody> = serde_json::from_slice(body).ok();
    let description = error.as_ref().and_then(|e| e.error_description.clone()).unwrap_or_default();
    if description.contains("AADSTS90002") || error.as_ref().and_then(|e| e.error.as_deref()) == Some("invalid_tenant") {
        return Ok(TenantAnswer::NotATenant);
    }
    Err(format!("HTTP {status}: {}", description.chars().take(160).collect::<String>()))
}

/// True for `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx` (hex).
pub fn is_guid(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts.len() == 5
        && parts.iter().zip([8, 4, 4, 4, 12]).all(|(part, len)| part.len() == len && part.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The user realm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Realm {
    /// Entra itself signs the user in.
    Managed,
    /// The organisation's own identity provider signs the user in.
    Federated { brand: Option<String>, auth_host: Option<String> },
    /// Microsoft does not know the domain.
    Unknown,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct RealmBody {
    name_space_type: Option<String>,
    federation_brand_name: Option<String>,
    #[serde(rename = "AuthURL")]
    auth_url: Option<String>,
}

/// Reads the `getuserrealm.srf` answer.
pub fn parse_realm(status: u16, body: &[u8]) -> Result<Realm, String> {
    if status != 200 {
        return Err(format!("HTTP {status}"));
    }
    let realm: RealmBody = serde_json::from_slice(body).map_err(|e| crate::tr!("provider-microsoft-realm-not-json", error = e.to_string()))?;
    Ok(match realm.name_space_type.as_deref() {
        Some("Managed") => Realm::Managed,
        Some("Federated") => Realm::Federated {
            brand: realm.federation_brand_name.map(|b| b.chars().filter(|c| !c.is_control()).take(100).collect()),
            auth_host: realm.auth_url.as_deref().and_then(|u| url::Url::parse(u).ok()).and_then(|u| u.host_str().map(str::to_owned)),
        },
        _ => Realm::Unknown,
    })
}

/// Where the mailbox lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MailboxLocation {
    /// Exchange Online (`outlook.office365.com`).
    ExchangeOnline,
    /// The organisation's own Exchange server, named by its host.
    OnPremises { host: String },
    /// Autodiscover knows no mailbox for this address.
    Unknown,
}

#[derive(Deserialize)]
#[serde(rename_all = "PascalCase")]
struct AutodiscoverBody {
    url: Option<String>,
}

fn is_exchange_online_host(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    ["outlook.office365.com", "outlook.office.com", "autodiscover-s.outlook.com"].contains(&host.as_str())
        || host.ends_with(".outlook.com")
        || host.ends_with(".office365.com")
}

/// Reads the Autodiscover v2 answer (`status`, `Location` of a redirect, body).
pub fn parse_autodiscover(status: u16, location: Option<&str>, body: &[u8]) -> Result<MailboxLocation, String> {
    let host_of = |text: &str| url::Url::parse(text).ok().and_then(|u| u.host_str().map(str::to_ascii_lowercase));
    let classify = |host: String| {
        if is_exchange_online_host(&host) { MailboxLocation::ExchangeOnline } else { MailboxLocation::OnPremises { host } }
    };
    match status {
        200 => {
            let answer: AutodiscoverBody = serde_json::from_slice(body).map_err(|e| crate::tr!("provider-microsoft-autodiscover-not-json", error = e.to_string()))?;
            let url = answer.url.ok_or_else(|| crate::tr!("provider-microsoft-autodiscover-no-url"))?;
            host_of(&url).map(classify).ok_or_else(|| crate::tr!("provider-microsoft-autodiscover-bad-url", url = format!("{url:.100}")))
        }
        301 | 302 | 307 | 308 => {
            let location = location.ok_or_else(|| crate::tr!("provider-microsoft-autodiscover-no-location"))?;
            host_of(location).map(classify).ok_or_else(|| crate::tr!("provider-microsoft-autodiscover-location-not-url"))
        }
        404 => Ok(MailboxLocation::Unknown),
        other => Err(format!("HTTP {other}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GUID: &str = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    #[test]
    fn tenant_answers() {
        let body = format!(r#"{{"issuer":"https://login.microsoftonline.com/{GUID}/v2.0","tenant_region_scope":"WW","cloud_instance_name":"microsoftonline.com"}}"#);
        assert_eq!(
            parse_tenant(200, body.as_bytes()),
            Ok(TenantAnswer::Tenant(Tenant { id: GUID.into(), cloud_instance: "microsoftonline.com".into(), region: Some("WW".into()) }))
        );
        let not_found = br#"{"error":"invalid_tenant","error_description":"AADSTS90002: Tenant 'nope.example' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud."}"#;
        assert_eq!(parse_tenant(400, not_found), Ok(TenantAnswer::NotATenant));
        assert!(parse_tenant(200, b"{}").is_err());
        assert!(parse_tenant(200, br#"{"issuer":"https://evil.example/notaguid/v2.0"}"#).is_err());
        assert!(parse_tenant(500, b"oops").is_err());
    }

    #[test]
    fn realm_answers() {
        assert_eq!(parse_realm(200, br#"{"NameSpaceType":"Managed","Login":"a@b.c"}"#), Ok(Realm::Managed));
        assert_eq!(
            parse_realm(200, br#"{"NameSpaceType":"Federated","FederationBrandName":"Fabrikam","AuthURL":"https://sts.fabrikam.example/adfs/ls/?username=a"}"#),
            Ok(Realm::Federated { brand: Some("Fabrikam".into()), auth_host: Some("sts.fabrikam.example".into()) })
        );
        assert_eq!(parse_realm(200, br#"{"NameSpaceType":"Unknown"}"#), Ok(Realm::Unknown));
        assert!(parse_realm(200, b"<html>").is_err());
    }

    #[test]
    fn autodiscover_answers() {
        let exo = br#"{"Protocol":"AutodiscoverV1","Url":"https://outlook.office365.com/autodiscover/autodiscover.xml"}"#;
        assert_eq!(parse_autodiscover(200, None, exo), Ok(MailboxLocation::ExchangeOnline));
        let onprem = br#"{"Protocol":"AutodiscoverV1","Url":"https://mail.fabrikam.example/autodiscover/autodiscover.xml"}"#;
        assert_eq!(parse_autodiscover(200, None, onprem), Ok(MailboxLocation::OnPremises { host: "mail.fabrikam.example".into() }));
        assert_eq!(
            parse_autodiscover(302, Some("https://autodiscover.fabrikam.example/autodiscover/autodiscover.json?Email=x"), b""),
            Ok(MailboxLocation::OnPremises { host: "autodiscover.fabrikam.example".into() })
        );
        assert_eq!(parse_autodiscover(404, None, b""), Ok(MailboxLocation::Unknown));
    }
}
