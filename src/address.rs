//! E-mail addresses as the user types them.

use std::fmt;

/// A syntactically valid address, split once into local part and domain.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(into = "String")]
pub struct EmailAddress {
    local: String,
    domain: String,
}

/// Why a typed address was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{}", crate::tr!("finding-address-invalid", input = .input, reason = .reason))]
pub struct AddressError {
    pub input: String,
    /// Why, in the user's language.
    pub reason: String,
}

impl EmailAddress {
    /// Parses `user@example.com`, trimming surrounding white space. The domain
    /// is lower-cased (DNS is case-insensitive); the local part is kept as typed.
    pub fn parse(input: &str) -> Result<Self, AddressError> {
        let trimmed = input.trim();
        let error = |reason| AddressError { input: trimmed.to_owned(), reason };
        let (local, domain) = trimmed.rsplit_once('@').ok_or_else(|| error(crate::tr!("finding-address-no-at")))?;
        if local.is_empty() {
            return Err(error(crate::tr!("finding-address-nothing-before-at")));
        }
        if local.len() > 64 || domain.len() > 253 {
            return Err(error(crate::tr!("finding-address-too-long")));
        }
        if local.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\\' | '<' | '>' | ',' | ';' | '@')) {
            return Err(error(crate::tr!("finding-address-bad-local-part")));
        }
        let domain_ok = domain.contains('.')
            && domain.split('.').all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_alphanumeric() || c == '-')
            });
        if !domain_ok {
            return Err(error(crate::tr!("finding-address-bad-domain")));
        }
        // International domains must survive IDNA (UTS #46) to be looked up.
        if idna::domain_to_ascii_strict(domain).is_err() {
            return Err(error(crate::tr!("finding-address-bad-idn")));
        }
        Ok(Self { local: local.to_owned(), domain: domain.to_lowercase() })
    }

    /// The domain in ASCII (IDNA "xn--" form) for DNS and URLs.
    pub fn ascii_domain(&self) -> Result<String, AddressError> {
        idna::domain_to_ascii_strict(&self.domain).map_err(|_| AddressError {
            input: self.to_string(),
            reason: crate::tr!("finding-address-bad-idn"),
        })
    }

    /// The address with its domain in ASCII form (the local part as typed).
    pub fn to_ascii(&self) -> String {
        match self.ascii_domain() {
            Ok(domain) => format!("{}@{domain}", self.local),
            Err(_) => self.to_string(),
        }
    }

    /// True when `other` names the same mailbox: the same address in any
    /// case, an international domain in either form.
    pub fn same_mailbox(&self, other: &EmailAddress) -> bool {
        self.to_ascii().eq_ignore_ascii_case(&other.to_ascii())
    }

    /// The part after the `@`, lower-cased.
    pub fn domain(&self) -> &str {
        &self.domain
    }

    /// The part before the `@`.
    pub fn local_part(&self) -> &str {
        &self.local
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}@{}", self.local, self.domain)
    }
}

impl From<EmailAddress> for String {
    fn from(address: EmailAddress) -> Self {
        address.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_addresses() {
        let address = EmailAddress::parse("  Alice.Smith@Contoso.Example ").unwrap();
        assert_eq!(address.to_string(), "Alice.Smith@contoso.example");
        assert_eq!(address.domain(), "contoso.example");
    }

    #[test]
    fn international_domains_go_through_idna() {
        let address = EmailAddress::parse("zoë@Bücher.Example").unwrap();
        assert_eq!(address.domain(), "bücher.example");
        assert_eq!(address.ascii_domain().unwrap(), "xn--bcher-kva.example");
        assert_eq!(address.to_ascii(), "zoë@xn--bcher-kva.example");
        assert!(EmailAddress::parse("a@xn--a.example").is_err());
    }

    #[test]
    fn refuses_what_is_not_an_address() {
        for input in ["", "alice", "@contoso.com", "alice@", "alice@localhost", "a b@c.com", "alice@-x.com", "alice@contoso..com"] {
            assert!(EmailAddress::parse(input).is_err(), "{input:?}");
        }
    }
}
