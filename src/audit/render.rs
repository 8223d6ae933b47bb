//! The audit as people and tools read it: a table per profile (the
//! default), CSV with one row per account (a spreadsheet, or matching
//! Microsoft's "SMTP AUTH clients" report by address), and JSON (serde,
//! with `schema_version`).

use super::{Audit, HomeAudit, ProfileAudit, RootAudit, Verdict};
use crate::tr;
use std::fmt;

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
        writeln!(f, "{}", tr!("audit-table-title", day = day))?;
        if self.homes.is_empty() {
            writeln!(f, "\n{}", tr!("audit-table-no-home"))?;
        }
        for home in &self.homes {
            write_home(f, home, self.scope == "all-users")?;
        }
        let accounts = self.accounts().count();
        let profiles = self.profiles().count();
        let needing = self.accounts().filter(|(.., account)| account.needs_action).count();
        writeln!(f)?;
        let accounts_in = tr!("audit-table-accounts-in", accounts = accounts, profiles = profiles);
        match self.verdict() {
            Verdict::NothingToDo if accounts == 0 => write!(f, "{}", tr!("audit-table-none-found", profiles = profiles)),
            Verdict::NothingToDo => write!(f, "{}", tr!("audit-table-nothing-to-do", accounts_in = accounts_in)),
            Verdict::ActionNeeded => write!(f, "{}", tr!("audit-table-need-action", needing = needing, accounts_in = accounts_in)),
            Verdict::Incomplete => write!(f, "{}", tr!("audit-table-incomplete", accounts_in = accounts_in)),
        }
    }
}

fn write_home(f: &mut fmt::Formatter<'_>, home: &HomeAudit, name_users: bool) -> fmt::Result {
    if name_users {
        writeln!(f, "\n{}", tr!("audit-table-user", user = &home.user, path = home.home.display().to_string()))?;
    }
    if let Some(problem) = &home.problem {
        return writeln!(f, "  {}", tr!("audit-table-not-checked", why = problem));
    }
    if home.roots.is_empty() {
        writeln!(f, "  {}", tr!("audit-table-no-profiles-here"))?;
    }
    for root in &home.roots {
        write_root(f, root)?;
    }
    Ok(())
}

fn write_root(f: &mut fmt::Formatter<'_>, root: &RootAudit) -> fmt::Result {
    let path = root.path.display().to_string();
    let install = match root.kind {
        "flatpak" => tr!("audit-table-install-flatpak", path = path),
        "snap" => tr!("audit-table-install-snap", path = path),
        _ => tr!("audit-table-install", path = path),
    };
    writeln!(f, "\n{install}")?;
    if let Some(problem) = &root.problem {
        return writeln!(f, "  {}", tr!("audit-table-not-checked", why = problem));
    }
    if root.profiles.is_empty() {
        writeln!(f, "  {}", tr!("audit-table-no-profiles"))?;
    }
    for profile in &root.profiles {
        write_profile(f, profile)?;
    }
    Ok(())
}

fn write_profile(f: &mut fmt::Formatter<'_>, profile: &ProfileAudit) -> fmt::Result {
    let mut facts = Vec::new();
    if profile.is_default {
        facts.push(tr!("audit-table-opens-by-default"));
    }
    facts.push(match &profile.last_version {
        Some(version) => tr!("audit-table-last-version", version = version),
        None => tr!("audit-table-never-opened"),
    });
    match profile.running {
        Some(true) => facts.push(tr!("audit-table-running")),
        Some(false) => {}
        None => facts.push(tr!("audit-table-running-unknown")),
    }
    writeln!(f, "  {}", tr!("audit-table-profile", name = &profile.name, facts = facts.join("; "), path = profile.path.display().to_string()))?;
    if !profile.user_js_overrides.is_empty() {
        let mut names = profile.user_js_overrides.iter().take(3).cloned().collect::<Vec<_>>().join(", ");
        if profile.user_js_overrides.len() > 3 {
            names = tr!("audit-table-and-more", names = names, more = profile.user_js_overrides.len() - 3);
        }
        writeln!(f, "    {}", tr!("audit-table-user-js", names = names))?;
    }
    if profile.primary_password == Some(true) {
        writeln!(f, "    {}", tr!("audit-table-primary-password"))?;
    }
    for problem in &profile.problems {
        writeln!(f, "    {}", tr!("audit-table-not-checked", why = problem))?;
    }
    if profile.accounts.is_empty() && profile.problems.is_empty() {
        writeln!(f, "    {}", tr!("audit-table-no-accounts"))?;
    }
    // Columns as a terminal shows them: a Japanese character takes two.
    use unicode_width::UnicodeWidthStr as _;
    let (action, ok) = (tr!("audit-table-action"), tr!("audit-table-ok"));
    let width = action.width().max(ok.width());
    let pad = |mark: &str| format!("{mark}{}", " ".repeat(width - mark.width()));
    for account in &profile.accounts {
        let mark = pad(if account.needs_action { &action } else { &ok });
        writeln!(f, "    {mark} {}: {}", account.shown_address(), account.summary)?;
        if !account.what_to_do.is_empty() {
            writeln!(f, "    {} {}", pad(""), tr!("audit-table-what-to-do", what = &account.what_to_do))?;
        }
    }
    Ok(())
}
