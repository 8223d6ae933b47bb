//! Who exists in the sandbox's pretend Exchange Online tenant, and what each
//! address may do: the rules of providers.md §4.8 for a shared mailbox and an
//! alias, in one place that the authorize page, IMAP and SMTP all ask.
//!
//! | address | what it is | sign-in | IMAP `user=` | SMTP `user=` | as envelope sender |
//! |---|---|---|---|---|---|
//! | [`EXAMPLE_ADDRESS`] (and any other typed address) | a person's mailbox | yes | own token only | own token only | itself |
//! | [`SHARED_ADDRESS`] | a shared mailbox; you@ has FullAccess and Send As | refused (AADSTS50057) | with you@'s token, if FullAccess | never (`535 5.7.3`) | judged after DATA (Send As) |
//! | [`ALIAS_ADDRESS`] | a proxy address of you@'s mailbox | refused (AADSTS50034) | refused, as any other name | refused, as any other name | for you@ only; rewritten to you@ unless the tenant allows sending from aliases |
//!
//! The grants exist for you@ alone: another person's token opens nothing but
//! its own mailbox. The switches that take a grant away (FullAccess, Send As,
//! SMTP AUTH for the delegate, the tenant's alias setting, the shared address
//! being a group) are read through `Shared` methods in `faults`.

use super::credential::Credential;
use super::store::TokenRejection;
use super::words::{PageText, PageWords};
use super::{ALIAS_ADDRESS, EXAMPLE_ADDRESS, SHARED_ADDRESS, Service, Shared};

/// True when `address` is `known`, compared without regard to ASCII case
/// (the sandbox's addresses are ASCII; so is what matches them).
fn is(address: &str, known: &str) -> bool {
    address.eq_ignore_ascii_case(known)
}

/// The person who holds the grants on the shared mailbox.
pub(crate) fn is_delegate(address: &str) -> bool {
    is(address, EXAMPLE_ADDRESS)
}

pub(crate) fn is_shared(address: &str) -> bool {
    is(address, SHARED_ADDRESS)
}

pub(crate) fn is_alias(address: &str) -> bool {
    is(address, ALIAS_ADDRESS)
}

/// Why the sign-in page refuses `address`, worded as Entra's sign-in page
/// words it (its code and sentence verbatim, the sandbox's hint after them
/// in the page's language); `None` for every address that may sign in. Only people sign
/// in: a shared mailbox's account is created with sign-in blocked, so
/// Entra answers AADSTS50057 even for the right password (the sandbox
/// takes any password, so that is the answer it gives); an alias is no user
/// name at all (AADSTS50034, as without "email as an alternate login ID").
pub(crate) fn sign_in_refusal(address: &str, words: &PageWords) -> Option<String> {
    if is_shared(address) {
        let hint = words.say(PageText::SharedMailboxHint { shared: SHARED_ADDRESS, person: EXAMPLE_ADDRESS });
        Some(format!("AADSTS50057: The user account is disabled. {hint}"))
    } else if is_alias(address) {
        let hint = words.say(PageText::AliasHint { person: EXAMPLE_ADDRESS });
        Some(format!("AADSTS50034: The user account {ALIAS_ADDRESS} does not exist in the mailsetup sandbox directory. {hint}"))
    } else {
        None
    }
}

/// A message the SMTP server refuses after the DATA terminator, because the
/// authenticated `user` may not send as the shared mailbox. Exchange's
/// words (the diagnostic tail after "Cannot submit message." is left out).
pub(crate) fn send_as_denied(user: &str) -> String {
    format!(
        "554 5.2.252 SendAsDenied; {user} not allowed to send as {SHARED_ADDRESS}; \
         STOREDRV.Submission.Exception:SendAsDeniedException; Failed to process message due to a permanent \
         exception with message [BeginDiagnosticData]Cannot submit message."
    )
}

/// Exchange's answer to SMTP AUTH for a mailbox whose SMTP AUTH is off.
pub(crate) const SMTP_AUTH_DISABLED_FOR_MAILBOX: &str = "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.";

impl Shared {
    /// IMAP XOAUTH2 with `user=` the shared address: the token must be the
    /// delegate's (no one else has FullAccess), and the grant must stand.
    /// A group has no mailbox to open, whatever was granted.
    pub(crate) fn open_shared_mailbox(&self, token: &Credential) -> Result<(), TokenRejection> {
        self.check_bearer_for(Service::Imap, EXAMPLE_ADDRESS, token).map_err(|rejection| match rejection {
            TokenRejection::WrongUser => TokenRejection::NoFullAccess,
            other => other,
        })?;
        if self.shared_is_distribution_group() {
            return Err(TokenRejection::NotAMailbox);
        }
        if !self.shared_full_access() {
            return Err(TokenRejection::NoFullAccess);
        }
        Ok(())
    }

    /// After a good token for `user`: whether SMTP AUTH is on for that mailbox.
    pub(crate) fn smtp_auth_allowed(&self, user: &str) -> Result<(), TokenRejection> {
        if is_delegate(user) && !self.delegate_smtp_auth_enabled() {
            return Err(TokenRejection::SmtpAuthDisabled);
        }
        Ok(())
    }

    /// `MAIL FROM:<sender>` after AUTH as `user`. Exchange does not check Send
    /// As here, so the shared address passes for anyone (the verdict comes
    /// after DATA); the alias passes for its own mailbox; any other address
    /// than the user's own is refused at once.
    pub(crate) fn may_name_sender(&self, user: &str, sender: &str) -> bool {
        is(sender, user) || is_shared(sender) || (is_alias(sender) && is_delegate(user))
    }

    /// The verdict after the DATA terminator on a message from `sender`
    /// (already accepted by [`Shared::may_name_sender`]) by `user`: the
    /// sender to record (the alias may be rewritten to the mailbox's own
    /// address), or the final reply refusing it.
    pub(crate) fn submission(&self, user: &str, sender: &str) -> Result<String, String> {
        if is(sender, user) {
            Ok(sender.to_owned())
        } else if is_shared(sender) {
            // A group has none of the mailbox's grants.
            if is_delegate(user) && self.shared_send_as() && !self.shared_is_distribution_group() {
                Ok(sender.to_owned())
            } else {
                Err(send_as_denied(user))
            }
        } else if is_alias(sender) && is_delegate(user) {
            // Without SendFromAliasEnabled, Exchange sends from the primary
            // address instead of refusing.
            Ok(if self.send_from_alias_enabled() { sender.to_owned() } else { EXAMPLE_ADDRESS.to_owned() })
        } else {
            Err("550 5.7.60 SMTP; Client does not have permissions to send as this sender".to_owned())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_people_sign_in() {
        let english = PageWords::english();
        assert_eq!(sign_in_refusal(EXAMPLE_ADDRESS, &english), None);
        assert_eq!(sign_in_refusal("anyone@else.test", &english), None);
        assert!(sign_in_refusal("Shared@sandbox.mailsetup.test", &english).is_some_and(|text| text.starts_with("AADSTS50057: ")));
        assert!(sign_in_refusal(ALIAS_ADDRESS, &english).is_some_and(|text| text.starts_with("AADSTS50034: ")));
    }

    #[test]
    fn healthy_senders() {
        let shared = Shared::new(crate::SandboxOptions::default());
        let other = "bob@else.test";
        assert!(shared.may_name_sender(EXAMPLE_ADDRESS, SHARED_ADDRESS));
        assert!(shared.may_name_sender(EXAMPLE_ADDRESS, ALIAS_ADDRESS));
        assert!(shared.may_name_sender(other, SHARED_ADDRESS));
        assert!(!shared.may_name_sender(other, ALIAS_ADDRESS));
        assert!(!shared.may_name_sender(EXAMPLE_ADDRESS, other));
        assert_eq!(shared.submission(EXAMPLE_ADDRESS, SHARED_ADDRESS).as_deref(), Ok(SHARED_ADDRESS));
        assert_eq!(shared.submission(EXAMPLE_ADDRESS, ALIAS_ADDRESS).as_deref(), Ok(EXAMPLE_ADDRESS));
        assert_eq!(shared.submission(other, SHARED_ADDRESS), Err(send_as_denied(other)));
        assert_eq!(shared.smtp_auth_allowed(EXAMPLE_ADDRESS), Ok(()));
    }
}
