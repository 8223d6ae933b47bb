//! The words of the sign-in pages the sandbox shows in the browser.
//!
//! A real provider's sign-in page speaks the browser's language; the
//! practice one should speak the language mailsetup speaks. The sandbox
//! knows nothing of mailsetup's translations, so it names each text it needs
//! ([`PageText`]) and asks a function the embedding program gives it
//! ([`PageWords`], on `SandboxOptions`); without one, the pages are English.
//!
//! What stays as it is in every language: the provider's answers to the
//! application (OAuth error codes and descriptions), Entra's own words in
//! the directory's refusals (`AADSTS50057: The user account is disabled.`)
//! and the technical reason a sign-in link was refused.

use std::sync::Arc;

/// One text of the sign-in pages. Addresses and names are filled in as
/// plain text; the sandbox escapes the whole text for HTML afterwards.
///
/// Not `non_exhaustive`, on purpose: a program that words the pages matches
/// every variant, so a text added here cannot pass untranslated unnoticed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageText<'a> {
    /// The provider's name, under every page's heading and in its title.
    SandboxName,
    /// The page at `/`, which nobody reaches from a sign-in.
    HomeBody,
    /// The heading of the sign-in and consent page.
    SignInTitle,
    /// The note at the top of both sign-in forms.
    PracticeNote,
    /// What the application asks for; `client` is its client id.
    ConsentRequest { client: &'a str },
    /// The label before the list of scopes asked for.
    Scopes,
    EmailLabel,
    PasswordLabel,
    Allow,
    Deny,
    /// The heading of the device code page.
    DeviceTitle,
    CodeLabel,
    UnknownCode,
    DoneTitle,
    SignedIn,
    Declined,
    SignInFailedTitle,
    NotAForm,
    FormIncomplete,
    ChooseAllowOrDeny,
    EndedTitle,
    EndedBody,
    InvalidLinkTitle,
    /// `reason` is the technical fault, kept in English.
    InvalidLinkBody { reason: &'a str },
    InvalidLinkReport,
    AddressWithoutAt,
    AddressWithoutLocalPart,
    AddressWithoutDomain,
    /// After Entra's refusal of the shared mailbox: who signs in instead.
    SharedMailboxHint { shared: &'a str, person: &'a str },
    /// After Entra's refusal of the alias: whose address it is.
    AliasHint { person: &'a str },
}

/// The function that words a [`PageText`], and the one that names the
/// language the pages declare (`<html lang>`, so screen readers pronounce
/// them right). Both are asked for every page, so a program whose language
/// changes while the sandbox runs (the wizard's menu) serves its next page
/// in the new one.
#[derive(Clone)]
pub struct PageWords {
    lang: Arc<dyn Fn() -> String + Send + Sync>,
    words: Arc<dyn for<'a> Fn(&PageText<'a>) -> String + Send + Sync>,
}

impl PageWords {
    /// Pages in the language `lang` names (a BCP 47 tag), worded by `words`.
    pub fn new(
        lang: impl Fn() -> String + Send + Sync + 'static,
        words: impl for<'a> Fn(&PageText<'a>) -> String + Send + Sync + 'static,
    ) -> Self {
        Self { lang: Arc::new(lang), words: Arc::new(words) }
    }

    /// The pages in English, the sandbox's own words.
    pub fn english() -> Self {
        Self::new(|| "en".to_owned(), english)
    }

    /// The language tag of the pages.
    pub fn lang(&self) -> String {
        (self.lang)()
    }

    /// The words for `text`.
    pub fn say(&self, text: PageText<'_>) -> String {
        (self.words)(&text)
    }
}

impl Default for PageWords {
    fn default() -> Self {
        Self::english()
    }
}

impl std::fmt::Debug for PageWords {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageWords").field("lang", &self.lang()).finish_non_exhaustive()
    }
}

/// The English words, also what a program that gives no [`PageWords`] gets.
pub fn english(text: &PageText<'_>) -> String {
    match *text {
        PageText::SandboxName => "mailsetup sandbox".to_owned(),
        PageText::HomeBody => {
            "This is the sign-in server of the mailsetup sandbox. Start a sign-in from mailsetup; it will bring you here.".to_owned()
        }
        PageText::SignInTitle => "Sign in to the mailsetup sandbox".to_owned(),
        PageText::PracticeNote => "This is a practice provider; nothing leaves your computer.".to_owned(),
        PageText::ConsentRequest { client } => format!("{client} wants to read and send your mail."),
        PageText::Scopes => "Scopes:".to_owned(),
        PageText::EmailLabel => "E-mail address".to_owned(),
        PageText::PasswordLabel => "Password (anything will do)".to_owned(),
        PageText::Allow => "Allow".to_owned(),
        PageText::Deny => "Deny".to_owned(),
        PageText::DeviceTitle => "Enter the code from mailsetup".to_owned(),
        PageText::CodeLabel => "Code".to_owned(),
        PageText::UnknownCode => "That code is not known, or was already used. Check the code mailsetup shows.".to_owned(),
        PageText::DoneTitle => "Done".to_owned(),
        PageText::SignedIn => "You are signed in. Return to mailsetup: it continues by itself.".to_owned(),
        PageText::Declined => "You declined. Return to mailsetup.".to_owned(),
        PageText::SignInFailedTitle => "Sign-in failed".to_owned(),
        PageText::NotAForm => "The form was not sent as a form.".to_owned(),
        PageText::FormIncomplete => "The form is incomplete.".to_owned(),
        PageText::ChooseAllowOrDeny => "Choose Allow or Deny.".to_owned(),
        PageText::EndedTitle => "This sign-in has ended".to_owned(),
        PageText::EndedBody => "This sign-in page has expired or was already answered. Start again from mailsetup.".to_owned(),
        PageText::InvalidLinkTitle => "This sign-in link is not valid".to_owned(),
        PageText::InvalidLinkBody { reason } => format!("The mailsetup sandbox cannot continue: {reason}."),
        PageText::InvalidLinkReport => "mailsetup builds this link itself; if you see this page, please report it.".to_owned(),
        PageText::AddressWithoutAt => "Type an e-mail address: it has no @.".to_owned(),
        PageText::AddressWithoutLocalPart => "Type an e-mail address: nothing usable stands before the @.".to_owned(),
        PageText::AddressWithoutDomain => "Type an e-mail address: the part after the @ is not a domain name.".to_owned(),
        PageText::SharedMailboxHint { shared, person } => format!(
            "{shared} is a shared mailbox: its account cannot sign in. Sign in as a person who has access to it ({person}), \
             and give {shared} only as the mail account's user name."
        ),
        PageText::AliasHint { person } => format!("It is an alias of {person}: sign in with that address."),
    }
}
