//! The audit as people and tools read it: a table per profile (the
//! default), CSV with one row per account (a spreadsheet, or matching
//! Microsoft's "SMTP AUTH clients" report by address), and JSON (serde,
//! with `schema_version`).

use super::{Audit, HomeAudit, ProfileAudit, RootAudit, Verdict};
use std::fmt::{self, Write as _};

/// The CSV header, in column order.
pub const CSV_COLUMNS: [&str; 19] = [
    "user",
    "install",
    "profile",
    "profile_path",
    "thunderbird_version",
    "running",
    "address",
    "incoming_type",
    "incoming_server",
    "incoming_sign_in",
    "outgoing_server",
    "outgoing_sign_in",
    "provider",
    "state",
    "needs_action",
    "saved_sign_in",
    "deadline",
    "summary",
    "what_to_do",
];

/// One row per account; a profile without accounts (or unreadable) gets
/// none.
pub fn to_csv(audit: &Audit) -> Result<String, String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(CSV_COLUMNS).map_err(|error| error.to_string())?;
    for (home, root, profile, account) in audit.accounts() {
        let info = &account.account;
        let record: [&str; 19] = [
            &home.user,
            root.kind,
            &profile.name,
            &profile.path.to_string_lossy(),
            profile.last_version.as_deref().unwrap_or(""),
            yes_no_unknown(profile.running),
            account.shown_address(),
            &info.incoming_type,
            &info.incoming_host,
            info.sign_in(),
            info.smtp_host.as_deref().unwrap_or(""),
            info.smtp_sign_in().unwrap_or(""),
            account.provider.as_deref().unwrap_or(""),
            account.state.as_str(),
            if account.needs_action { "yes" } else { "no" },
            match account.saved_sign_in {
                super::SavedSignIn::NotNeeded => "",
                saved => saved.as_str(),
            },
            account.deadline.as_deref().unwrap_or(""),
            &account.summary,
            &account.what_to_do,
        ];
        writer.write_record(record).map_err(|error| error.to_string())?;
    }
    let bytes = writer.into_inner().map_err(|error| error.to_string())?;
    String::from_utf8(bytes).map_err(|error| error.to_string())
}

fn yes_no_unknown(value: Option<bool>) -> &'static str {
    match value {
        Some(true) => "yes",
        Some(false) => "no",
        None => "unknown",
    }
}

impl fmt::Display for Audit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let day = super::parse_day(&self.on).map(super::deadlines::spoken).unwrap_or_else(|_| self.on.clone());
        writeln!(f, "Thunderbird accounts, as they stand on {day}")?;
        if self.homes.is_empty() {
            writeln!(f, "\nNo home directory to look in.")?;
        }
        for home in &self.homes {
            write_home(f, home, self.scope == "all-users")?;
        }
        let accounts = self.accounts().count();
        let profiles = self.profiles().count();
        let needing = self.accounts().filter(|(.., account)| account.needs_action).count();
        writeln!(f)?;
        let (accounts_in, looked) = (format!("{} in {}", counted(accounts, "account"), counted(profiles, "profile")), counted(profiles, "profile"));
        match self.verdict() {
            Verdict::NothingToDo if accounts == 0 => write!(f, "No Thunderbird mail account found ({looked} looked at)."),
            Verdict::NothingToDo => write!(f, "Nothing to do: {accounts_in}."),
            Verdict::ActionNeeded if needing == 1 => write!(f, "1 of {accounts_in} needs action."),
            Verdict::ActionNeeded => write!(f, "{needing} of {accounts_in} need action."),
            Verdict::Incomplete => write!(f, "Nothing to do in what could be read ({accounts_in}), but not everything could be read (see above)."),
        }
    }
}

/// `1 profile`, `3 profiles`.
fn counted(count: usize, noun: &str) -> String {
    if count == 1 { format!("1 {noun}") } else { format!("{count} {noun}s") }
}

fn write_home(f: &mut fmt::Formatter<'_>, home: &HomeAudit, name_users: bool) -> fmt::Result {
    if name_users {
        writeln!(f, "\nUser {} ({})", home.user, home.home.display())?;
    }
    if let Some(problem) = &home.problem {
        return writeln!(f, "  Not checked: {problem}");
    }
    if home.roots.is_empty() {
        writeln!(f, "  No Thunderbird profiles.")?;
    }
    for root in &home.roots {
        write_root(f, root)?;
    }
    Ok(())
}

fn write_root(f: &mut fmt::Formatter<'_>, root: &RootAudit) -> fmt::Result {
    let kind = match root.kind {
        "flatpak" => "Thunderbird (Flatpak)",
        "snap" => "Thunderbird (Snap)",
        _ => "Thunderbird",
    };
    writeln!(f, "\n{kind}: {}", root.path.display())?;
    if let Some(problem) = &root.problem {
        return writeln!(f, "  Not checked: {problem}");
    }
    if root.profiles.is_empty() {
        writeln!(f, "  No profiles.")?;
    }
    for profile in &root.profiles {
        write_profile(f, profile)?;
    }
    Ok(())
}

fn write_profile(f: &mut fmt::Formatter<'_>, profile: &ProfileAudit) -> fmt::Result {
    let mut facts = Vec::new();
    if profile.is_default {
        facts.push("opens by default".to_owned());
    }
    facts.push(match &profile.last_version {
        Some(version) => format!("last used by Thunderbird {version}"),
        None => "never opened by Thunderbird".to_owned(),
    });
    match profile.running {
        Some(true) => facts.push("Thunderbird has it open: close Thunderbird before a fix".to_owned()),
        Some(false) => {}
        None => facts.push("could not tell whether Thunderbird has it open".to_owned()),
    }
    writeln!(f, "  Profile \"{}\" ({}): {}", profile.name, facts.join("; "), profile.path.display())?;
    if !profile.user_js_overrides.is_empty() {
        let mut names = profile.user_js_overrides.iter().take(3).cloned().collect::<Vec<_>>().join(", ");
        if profile.user_js_overrides.len() > 3 {
            let _ = write!(names, " and {} more", profile.user_js_overrides.len() - 3);
        }
        writeln!(f, "    Warning: user.js sets account settings on every start ({names}); a fix would be undone. Remove them from user.js first.")?;
    }
    if profile.primary_password == Some(true) {
        writeln!(f, "    Note: a Primary Password protects its saved sign-ins, so Mail Setup cannot hand a sign-in over; Thunderbird asks once after a fix.")?;
    }
    for problem in &profile.problems {
        writeln!(f, "    Not checked: {problem}")?;
    }
    if profile.accounts.is_empty() && profile.problems.is_empty() {
        writeln!(f, "    No mail accounts.")?;
    }
    for account in &profile.accounts {
        let mark = if account.needs_action { "ACTION" } else { "ok    " };
        writeln!(f, "    {mark} {}: {}", account.shown_address(), account.summary)?;
        if !account.what_to_do.is_empty() {
            writeln!(f, "           What to do: {}", account.what_to_do)?;
        }
    }
    Ok(())
}
