//! Account prefs for fleets: an enterprise `policies.json` (`Preferences`
//! policy) or an AutoConfig file (`mozilla.cfg`) that deployment tools push
//! to many machines.
//!
//! Both set the same prefs as [`super::write_account`] (thunderbird.md
//! §1.2), as *default* values: a user's own `prefs.js` still wins, and
//! nothing is copied into it, so the account exists only while the policy or
//! AutoConfig file is there. Keys start at 901 (`account901`, `server901`,
//! `id901`, `smtp901`) so they do not collide with a profile's own accounts;
//! Thunderbird allocates its own keys past them. The account list
//! (`mail.accountmanager.accounts`, `mail.smtpservers`) is a default too, so
//! a profile that already has accounts keeps its own list and does not show
//! the deployed one: these files are for new profiles (see the README).
//!
//! Per-user values: in an AutoConfig file the address may contain
//! `${NAME}` placeholders, which become `getenv("NAME")` at each start (e.g.
//! `${USER}@contoso.example`). `policies.json` holds plain JSON, the same
//! for every user of the machine, so it refuses placeholders.

use super::prefs::PrefValue;
use super::accounts::{AccountKeys, account_body_prefs};
use super::{AccountField, AccountSettings, ThunderbirdError};

/// The first key number exported accounts use.
pub const EXPORT_KEY_BASE: u32 = 901;

/// The prefs of exported accounts, in order, with `${NAME}` placeholders
/// left in string values.
pub fn export_prefs(accounts: &[AccountSettings]) -> Vec<(String, PrefValue)> {
    let mut prefs: Vec<(String, PrefValue)> = Vec::new();
    let mut account_keys = Vec::new();
    let mut smtp_keys = Vec::new();
    for (index, account) in accounts.iter().enumerate() {
        let number = EXPORT_KEY_BASE + index as u32;
        let (account_key, server_key, identity_key, smtp_key) =
            (format!("account{number}"), format!("server{number}"), format!("id{number}"), format!("smtp{number}"));
        let mut put = |name: String, value: PrefValue| prefs.push((name, value));
        put(format!("mail.account.{account_key}.identities"), identity_key.clone().into());
        put(format!("mail.account.{account_key}.server"), server_key.clone().into());
        let keys = AccountKeys { server: &server_key, identity: &identity_key, smtp: &smtp_key };
        account_body_prefs(account, &keys, false, &mut put);
        account_keys.push(account_key);
        smtp_keys.push(smtp_key);
    }
    if let Some(first) = account_keys.first() {
        prefs.push(("mail.accountmanager.accounts".into(), account_keys.join(",").into()));
        prefs.push(("mail.accountmanager.defaultaccount".into(), first.clone().into()));
        prefs.push(("mail.smtpservers".into(), smtp_keys.join(",").into()));
        prefs.push(("mail.smtp.defaultserver".into(), smtp_keys[0].clone().into()));
    }
    prefs
}

/// Splits `text` into literal parts and `${NAME}` placeholders
/// (`Err(name)`), or says why it cannot.
fn placeholders(text: &str) -> Result<Vec<Result<String, String>>, String> {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        if start > 0 {
            parts.push(Ok(rest[..start].to_owned()));
        }
        let after = &rest[start + 2..];
        let end = after.find('}').ok_or_else(|| crate::tr!("tb-export-unclosed-placeholder", text = format!("{text:?}")))?;
        let name = &after[..end];
        if name.is_empty() || !name.bytes().all(|byte| byte.is_ascii_alphanumeric() || byte == b'_') {
            return Err(crate::tr!("tb-export-bad-variable-name", name = format!("{name:?}")));
        }
        parts.push(Err(name.to_owned()));
        rest = &after[end + 1..];
    }
    if !rest.is_empty() || parts.is_empty() {
        parts.push(Ok(rest.to_owned()));
    }
    Ok(parts)
}

fn invalid(problem: String) -> ThunderbirdError {
    ThunderbirdError::InvalidAccount { field: AccountField::Export, problem }
}

fn check_strings(accounts: &[AccountSettings]) -> Result<(), ThunderbirdError> {
    for account in accounts {
        for text in [&account.email, &account.display_name, &account.incoming_host, &account.smtp_host] {
            if text.contains('\0') {
                return Err(invalid(crate::tr!("tb-export-value-nul")));
            }
        }
    }
    Ok(())
}

/// `policies.json` with a `Preferences` policy setting the accounts' prefs
/// with `"Status": "default"`. Refuses `${…}` placeholders.
pub fn policies_json(accounts: &[AccountSettings]) -> Result<String, ThunderbirdError> {
    check_strings(accounts)?;
    let mut preferences = serde_json::Map::new();
    for (name, value) in export_prefs(accounts) {
        let value = match value {
            PrefValue::String(text) => {
                if text.contains("${") {
                    return Err(invalid(crate::tr!("tb-export-policies-placeholder", text = format!("{text:?}"))));
                }
                serde_json::Value::String(text)
            }
            PrefValue::Int(number) => number.into(),
            PrefValue::Bool(flag) => flag.into(),
        };
        preferences.insert(name, serde_json::json!({ "Value": value, "Status": "default" }));
    }
    let policies = serde_json::json!({ "policies": { "Preferences": preferences } });
    Ok(serde_json::to_string_pretty(&policies).expect("a JSON value serializes") + "\n")
}

/// A JavaScript expression for a string value: literals as JSON strings
/// (valid JavaScript), placeholders as `getenv("NAME")`.
fn js_expression(text: &str) -> Result<String, ThunderbirdError> {
    let parts = placeholders(text).map_err(invalid)?;
    let pieces: Vec<String> = parts
        .into_iter()
        .map(|part| match part {
            Ok(literal) => serde_json::to_string(&literal).expect("a string serializes"),
            Err(name) => format!("getenv({})", serde_json::to_string(&name).expect("a string serializes")),
        })
        .collect();
    Ok(pieces.join(" + "))
}

/// An AutoConfig file (`mozilla.cfg`) that sets the accounts' prefs as
/// defaults with `defaultPref`, `${NAME}` placeholders read with `getenv`.
pub fn autoconfig_cfg(accounts: &[AccountSettings]) -> Result<String, ThunderbirdError> {
    check_strings(accounts)?;
    let mut out = String::from(
        "// mozilla.cfg written by mailsetup (the first line must be a comment).\n\
         // Install: put this file in Thunderbird's install directory and a file\n\
         // defaults/pref/autoconfig.js there holding:\n\
         //   pref(\"general.config.filename\", \"mozilla.cfg\");\n\
         //   pref(\"general.config.obscure_value\", 0);\n\
         // Values are defaults: a user's own settings win, and the account exists\n\
         // only while this file is installed. Thunderbird asks the user to sign in\n\
         // once (OAuth2); no password or token is in this file.\n",
    );
    for (name, value) in export_prefs(accounts) {
        let value = match value {
            PrefValue::String(text) => js_expression(&text)?,
            PrefValue::Int(number) => number.to_string(),
            PrefValue::Bool(flag) => flag.to_string(),
        };
        out.push_str(&format!("defaultPref({}, {value});\n", serde_json::to_string(&name).expect("a string serializes")));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account(email: &str) -> AccountSettings {
        super::super::accounts::microsoft_365_settings(email, "Staff \"Desk\"")
    }

    #[test]
    fn policies_hold_default_prefs_and_refuse_placeholders() {
        let json = policies_json(&[account("desk@contoso.example")]).unwrap();
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        let prefs = &value["policies"]["Preferences"];
        assert_eq!(prefs["mail.server.server901.authMethod"]["Value"], 10);
        assert_eq!(prefs["mail.server.server901.authMethod"]["Status"], "default");
        assert_eq!(prefs["mail.smtpserver.smtp901.try_ssl"]["Value"], 2);
        assert_eq!(prefs["mail.accountmanager.accounts"]["Value"], "account901");
        assert!(prefs.get("mail.server.server901.socketType").is_some());
        assert!(!json.contains("oauth2."));
        assert!(policies_json(&[account("${USER}@contoso.example")]).is_err());
    }

    #[test]
    fn autoconfig_reads_placeholders_from_the_environment() {
        let cfg = autoconfig_cfg(&[account("${USER}@contoso.example")]).unwrap();
        assert!(cfg.starts_with("//"));
        assert!(cfg.contains("defaultPref(\"mail.server.server901.userName\", getenv(\"USER\") + \"@contoso.example\");"), "{cfg}");
        assert!(cfg.contains("defaultPref(\"mail.identity.id901.fullName\", \"Staff \\\"Desk\\\"\");"));
        assert!(autoconfig_cfg(&[account("${US-ER}@x")]).is_err());
        assert!(autoconfig_cfg(&[account("${USER@x")]).is_err());
    }
}
