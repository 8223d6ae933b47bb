//! The one table of dates the audit judges by: when each provider stopped
//! (or stops) taking a password or a protocol, and how long a saved
//! sign-in lasts unused. Every state `audit` gives is computed for a given
//! day from these, so `--on 2026-12-31` shows what breaks next.
//!
//! Sources (as summarised in the project's provider research, 2026):
//! * Exchange Online, basic authentication for IMAP, POP and EWS: turned
//!   off from 1 October 2022, the last tenants in January 2023 (Microsoft,
//!   "Deprecation of Basic authentication in Exchange Online").
//! * Outlook.com and Hotmail (personal accounts): password sign-in for
//!   IMAP, POP and SMTP ended on 16 September 2024 (Microsoft Outlook
//!   blog, "Keeping our Outlook personal email users safe").
//! * Exchange Online, SMTP AUTH with a password: off by default for
//!   existing tenants at the end of December 2026, as announced on 27
//!   January 2026 (Exchange Team blog, "Updated Exchange Online SMTP AUTH
//!   Basic Authentication deprecation timeline"); admins can switch it
//!   back on until the final removal, to be announced in the second half
//!   of 2027. "The end of December" is taken as 31 December.
//! * Exchange Online, EWS: blocked by default from 1 October 2026 unless
//!   the tenant allows the app, removed on 1 April 2027 (Exchange Team
//!   blog, "Retirement of Exchange Web Services in Exchange Online").
//! * Google (Gmail and Workspace): "less secure apps", the password
//!   sign-in of IMAP, POP and SMTP, off for Workspace from 14 March 2025
//!   after a first step on 30 September 2024; personal accounts since 30
//!   May 2022 (Google Workspace Updates blog). App passwords still work.
//! * Yahoo and AOL: only app passwords or OAuth2; the account password is
//!   refused (Yahoo help, "Generate and manage third-party app
//!   passwords"). No single date: treated as already in force.
//! * Microsoft refresh tokens expire after 90 days unused (Microsoft
//!   identity platform, "Refresh tokens": AADSTS700082); Google's after six
//!   months unused (Google Identity, "Refresh token expiration").

use time::Date;
use time::macros::date;

/// Exchange Online refused passwords for IMAP and POP.
pub const MICROSOFT_365_PASSWORD_RECEIVING_OFF: Date = date!(2022 - 10 - 01);
/// Outlook.com and Hotmail refused passwords for every protocol.
pub const OUTLOOK_COM_PASSWORD_OFF: Date = date!(2024 - 09 - 16);
/// Exchange Online stops taking passwords for sending (SMTP AUTH), unless
/// the admin switches it back on.
pub const MICROSOFT_365_PASSWORD_SENDING_OFF: Date = date!(2026 - 12 - 31);
/// Exchange Online blocks EWS unless the tenant allows the app.
pub const MICROSOFT_365_EWS_BLOCKED: Date = date!(2026 - 10 - 01);
/// Exchange Online has no EWS any more.
pub const MICROSOFT_365_EWS_REMOVED: Date = date!(2027 - 04 - 01);
/// Google refused account passwords for Workspace (personal accounts
/// earlier).
pub const GOOGLE_PASSWORD_OFF: Date = date!(2025 - 03 - 14);

/// Days a Microsoft refresh token may lie unused before it expires.
pub const MICROSOFT_SIGN_IN_IDLE_DAYS: i64 = 90;
/// Days a Google refresh token may lie unused before it expires.
pub const GOOGLE_SIGN_IN_IDLE_DAYS: i64 = 183;

/// A date as the audit writes it for people: `31 December 2026`.
pub fn spoken(date: Date) -> String {
    crate::i18n::date(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_people_write_them() {
        assert_eq!(spoken(MICROSOFT_365_PASSWORD_SENDING_OFF), "31 December 2026");
        assert_eq!(spoken(MICROSOFT_365_EWS_REMOVED), "1 April 2027");
    }

    #[test]
    fn the_table_is_in_the_order_things_happened() {
        assert!(MICROSOFT_365_PASSWORD_RECEIVING_OFF < OUTLOOK_COM_PASSWORD_OFF);
        assert!(GOOGLE_PASSWORD_OFF < MICROSOFT_365_EWS_BLOCKED);
        assert!(MICROSOFT_365_EWS_BLOCKED < MICROSOFT_365_PASSWORD_SENDING_OFF);
        assert!(MICROSOFT_365_PASSWORD_SENDING_OFF < MICROSOFT_365_EWS_REMOVED);
    }
}
