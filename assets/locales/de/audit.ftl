# Der Zustand jedes Thunderbird-Kontos, wie `mailsetup audit` und die
# Kontenliste des Assistenten ihn nennen. Begriffe wie in Thunderbird:
# Konto, Posteingangs-Server, Postausgangs-Server (SMTP), anmelden,
# Konten-Einstellungen, Server-Einstellungen, Authentifizierungsmethode.

audit-fix = Wählen Sie in Mail Setup „Reparieren“ (oder führen Sie mailsetup migrate aus): Sie melden sich einmal bei { $provider } an, und das Konto behält seine Nachrichten, Ordner und Filter.
audit-ews-before = Exchange-Konto bei Microsoft 365: Microsoft sperrt diese Verbindungsart ab dem { $blocked }
audit-ews-blocked = Exchange-Konto bei Microsoft 365: seit dem { $blocked } gesperrt, sofern die Administration sie nicht erlaubt, und ab dem { $removed } abgeschaltet
audit-ews-gone = Exchange-Konto bei Microsoft 365: diese Verbindungsart endete am { $removed }
audit-ews-what-to-do = Fügen Sie das Postfach erneut als IMAP-Konto hinzu: Wählen Sie in Mail Setup „Weiteres Konto hinzufügen“ (oder führen Sie mailsetup setup ADRESSE aus); die Nachrichten bleiben auf dem Server.
audit-ews-elsewhere = Exchange-Konto: Mail Setup muss nichts ändern
audit-not-mail = Kein E-Mail-Konto mit Anmeldung (Newsgruppen oder Feeds): nichts zu ändern
audit-m365-both-before = Meldet sich bei Microsoft 365 mit einem Passwort an: Empfangen damit geht schon nicht mehr, Senden damit endet am { $date }
audit-m365-both-after = Meldet sich bei Microsoft 365 mit einem Passwort an: Empfangen damit geht schon nicht mehr, und zum Senden nimmt Microsoft es seit dem { $date } nicht mehr an (es sei denn, die Administration hat es vorübergehend wieder erlaubt)
audit-m365-receiving = Meldet sich zum Empfangen bei Microsoft 365 mit einem Passwort an, das Microsoft bereits ablehnt
audit-m365-sending-before = Meldet sich zum Senden bei Microsoft 365 mit einem Passwort an: Senden damit endet am { $date }
audit-m365-sending-after = Meldet sich zum Senden bei Microsoft 365 mit einem Passwort an: Microsoft nimmt es zum Senden seit dem { $date } nicht mehr an (es sei denn, die Administration hat es vorübergehend wieder erlaubt)
audit-outlook-com-password = Meldet sich bei Outlook.com mit einem Passwort an, das Microsoft seit dem { $date } ablehnt
audit-gmail-password = Meldet sich bei Gmail mit einem Passwort an, das Google seit dem { $date } ablehnt (außer es ist ein App-Passwort)
audit-other-password-refused = Meldet sich bei { $provider } mit einem Passwort an; dort gehen nur App-Passwörter oder die Anmeldung über die Seite des Anbieters
audit-switch-in-thunderbird = In Thunderbird unter Konten-Einstellungen, Server-Einstellungen: Authentifizierungsmethode auf OAuth2 stellen (auch beim Postausgangs-Server); Thunderbird öffnet dann die Anmeldeseite von { $provider }.
audit-unknown-password = Meldet sich bei { $server } mit einem Passwort an; ohne diesen Anbieter zu fragen, kann Mail Setup nicht sagen, ob er Passwörter künftig ablehnt
audit-unknown-what-to-do = Nichts, solange Ihre E-Mail funktioniert. Wenn Sie sichergehen möchten, führen Sie mailsetup migrate --dry-run aus; es schlägt den Server nach.
audit-hand-off = Wählen Sie in Mail Setup „Reparieren“: Sie melden sich einmal bei { $provider } an, und Mail Setup übergibt die Anmeldung an Thunderbird.
audit-sign-in-in-thunderbird = { $provider ->
    [none] Öffnen Sie Thunderbird und melden Sie sich bei Ihrem Anbieter an, wenn Thunderbird danach fragt; danach bleibt die Anmeldung gespeichert.
   *[other] Öffnen Sie Thunderbird und melden Sie sich bei { $provider } an, wenn Thunderbird danach fragt; danach bleibt die Anmeldung gespeichert.
}
audit-signed-out-missing = { $provider ->
    [none] Abgemeldet: Das Konto meldet sich über die Seite des Anbieters an, aber Thunderbird hat dafür keine gespeicherte Anmeldung
   *[other] Abgemeldet: Das Konto meldet sich bei { $provider } an, aber Thunderbird hat dafür keine gespeicherte Anmeldung
}
audit-signed-out-expired = { $last_used ->
    [none] Abgemeldet: Die gespeicherte Anmeldung in Thunderbird wurde zu lange nicht benutzt und ist abgelaufen
   *[other] Abgemeldet: Die gespeicherte Anmeldung in Thunderbird wurde zu lange nicht benutzt und ist abgelaufen (zuletzt benutzt am { $last_used })
}
audit-works-not-checked = { $provider ->
    [none] Funktioniert: meldet sich über die Seite des Anbieters an (die gespeicherte Anmeldung wurde nicht geprüft)
   *[other] Funktioniert: meldet sich bei { $provider } an (die gespeicherte Anmeldung wurde nicht geprüft)
}
audit-works = { $provider ->
    [none] { $last_used ->
        [none] Funktioniert: meldet sich über die Seite des Anbieters an
       *[other] Funktioniert: meldet sich über die Seite des Anbieters an, zuletzt am { $last_used }
    }
   *[other] { $last_used ->
        [none] Funktioniert: meldet sich bei { $provider } an
       *[other] Funktioniert: meldet sich bei { $provider } an, zuletzt am { $last_used }
    }
}
audit-password-still-taken = Meldet sich bei { $provider } mit einem Passwort an, das dort weiterhin angenommen wird: nichts zu ändern

## Die Tabelle, die `mailsetup audit` ausgibt.
audit-table-title = Thunderbird-Konten, Stand { $day }
audit-table-no-home = Kein Benutzerverzeichnis zum Durchsuchen.
audit-table-user = Benutzer { $user } ({ $path })
audit-table-not-checked = Nicht geprüft: { $why }
audit-table-no-profiles-here = Keine Thunderbird-Profile.
audit-table-install = Thunderbird: { $path }
audit-table-install-flatpak = Thunderbird (Flatpak): { $path }
audit-table-install-snap = Thunderbird (Snap): { $path }
audit-table-no-profiles = Keine Profile.
audit-table-profile = Profil „{ $name }“ ({ $facts }): { $path }
audit-table-opens-by-default = wird standardmäßig geöffnet
audit-table-last-version = zuletzt benutzt von Thunderbird { $version }
audit-table-never-opened = noch nie von Thunderbird geöffnet
audit-table-running = Thunderbird hat es geöffnet: vor einer Reparatur Thunderbird beenden
audit-table-running-unknown = unklar, ob Thunderbird es geöffnet hat
audit-table-and-more = { $names } und { $more } weitere
audit-table-user-js = Warnung: user.js setzt bei jedem Start Kontoeinstellungen ({ $names }); eine Reparatur würde rückgängig gemacht. Entfernen Sie diese zuerst aus user.js.
audit-table-primary-password = Hinweis: Ein Hauptpasswort schützt die gespeicherten Anmeldungen, daher kann Mail Setup keine Anmeldung übergeben; Thunderbird fragt nach einer Reparatur einmal danach.
audit-table-no-accounts = Keine E-Mail-Konten.
audit-table-action = AKTION
audit-table-ok = ok
audit-table-what-to-do = Was tun: { $what }
audit-table-accounts-in = { $accounts ->
    [one] 1 Konto
   *[other] { $accounts } Konten
} in { $profiles ->
    [one] 1 Profil
   *[other] { $profiles } Profilen
}
audit-table-none-found = { $profiles ->
    [one] Kein Thunderbird-E-Mail-Konto gefunden (1 Profil durchsucht).
   *[other] Kein Thunderbird-E-Mail-Konto gefunden ({ $profiles } Profile durchsucht).
}
audit-table-nothing-to-do = Nichts zu tun: { $accounts_in }.
audit-table-need-action = { $needing ->
    [one] Bei 1 von { $accounts_in } ist etwas zu tun.
   *[other] Bei { $needing } von { $accounts_in } ist etwas zu tun.
}
audit-table-incomplete = Nichts zu tun in dem, was gelesen werden konnte ({ $accounts_in }), aber nicht alles war lesbar (siehe oben).

## Warum ein Benutzerverzeichnis, ein Ordner oder ein Profil nicht gelesen
## wurde (nach „Nicht geprüft:“), oder warum das Verzeichnis der Benutzer
## nicht aufgelistet werden konnte. $path ist eine Datei oder ein Ordner;
## $error der Grund in den Worten des Systems.
audit-cannot-list = { $path } kann nicht aufgelistet werden: { $error }
audit-cannot-read = { $path } kann nicht gelesen werden: { $error }
audit-cannot-follow = { $path } kann nicht verfolgt werden: { $error }
audit-link-loop = { $path } ist eine Schleife symbolischer Links
# $target ist, wohin der Link tatsächlich führt.
audit-leads-out = { $path } führt aus dem Benutzerverzeichnis hinaus ({ $target }); nicht gelesen
# --on wurde etwas anderes als ein Datum übergeben: $text ist, was übergeben
# wurde; YYYY-MM-DD und 2026-12-31 bleiben, wie sie sind.
audit-not-a-date = „{ $text }“ ist kein Datum in der Form YYYY-MM-DD (zum Beispiel 2026-12-31)
