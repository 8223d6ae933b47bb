# Der Rahmen des Assistenten und seine Seiten nach der Kontenseite: Adresse,
# Anmeldung, Prüfung, Thunderbird und die letzte Seite. Namen von
# Schaltflächen („Weiter“, „Erneut versuchen“, „Überspringen“, „Reparieren“…)
# kommen auch in anderen Texten vor: überall gleich schreiben.

## Die Schaltflächen unten auf jeder Seite und ihre Hinweise.
nav-technical-details = Technische Details
nav-technical-details-hint = Zeigt die Schritte, Zeiten, Server und Protokolle – für den Support
nav-back = Zurück
nav-cancel = Abbrechen
nav-start-over = Neu beginnen
nav-cancel-hint-close = Mail Setup schließen, ohne etwas zu ändern
nav-cancel-hint-stop-browser = Nicht länger auf den Browser warten
nav-cancel-hint-stop-checks = Die Prüfung abbrechen
nav-cancel-hint-leave = Diese Seite verlassen; das Konto bleibt so, wie es eingetragen wurde
nav-cancel-hint-start-over = Diese Einrichtung abbrechen und zur ersten Seite zurückkehren; es wurde nichts geändert
nav-next = Weiter
nav-next-hint = Zum nächsten Schritt
nav-close = Schließen
nav-close-hint = Mail Setup schließen
nav-see-report = Bericht ansehen
nav-see-report-hint = Was fehlgeschlagen ist und was Sie Ihrer IT-Abteilung schicken können
nav-add-account = Weiteres Konto hinzufügen
nav-add-account-hint = Ein Konto einrichten, das noch nicht in Thunderbird ist

## „Abbrechen“ auf der ersten Seite fragt, bevor das Fenster schließt.
close-question = Mail Setup schließen? Es wurde nichts geändert.
close-confirm = Mail Setup schließen
close-stay = Nicht schließen

## Fehler des Assistenten selbst.
wizard-worker-stopped = der Hintergrundprozess des Assistenten läuft nicht
wizard-worker-stopped-restart = der Hintergrundprozess des Assistenten läuft nicht; starten Sie Mail Setup neu

## Der Übungsmodus, unten auf den ersten Seiten angeboten.
sandbox-offer = Kein Konto zur Hand, oder einfach neugierig?
sandbox-try = Die Sandbox ausprobieren (kein Konto nötig)
sandbox-starting = Die Sandbox wird gestartet…
sandbox-explained = Die Sandbox ist ein Übungsanbieter in Mail Setup: mit eigener Anmeldeseite und eigenen Mail-Servern sowie einem Wegwerf-Profil in Thunderbird mit einem Konto, das repariert werden muss. Nichts verlässt diesen Computer.
sandbox-approve-automatically = Die Anmeldung automatisch bestätigen (ohne Browser)
sandbox-leave = Die Sandbox verlassen
sandbox-still-starting = die Sandbox startet noch; versuchen Sie es gleich noch einmal
sandbox-not-running = die Sandbox läuft nicht

## Die Adressseite.
address-heading = Ihre E-Mail-Adresse
address-intro = Mail Setup meldet Sie in Ihrem Browser bei Ihrem E-Mail-Anbieter an, prüft, ob sich Nachrichten empfangen und senden lassen, und fügt das Konto zu Thunderbird hinzu. Ihr Passwort geben Sie nur auf der Seite Ihres Anbieters ein.
address-email = E-Mail-Adresse
address-email-example = name@example.com
address-name = Ihr Name
address-name-hint = wie Empfänger ihn sehen (optional)
address-shared = Dies ist ein freigegebenes Postfach, das ich öffnen kann
address-who-signs-in = Wer sich anmeldet
address-who-signs-in-hint = Ihre eigene Adresse
address-shared-explained = Sie melden sich mit Ihrem eigenen Konto an; Thunderbird zeigt dann das freigegebene Postfach und sendet in dessen Namen.
address-shared-needs-delegate = Geben Sie die Adresse der Person ein, die dieses freigegebene Postfach öffnet: Sie meldet sich mit ihrem eigenen Konto an.
address-unknown-domain = Mail Setup weiß nicht, welcher Anbieter { $domain } betreibt. Wenn Ihre Organisation Microsoft 365 nutzt, wählen Sie es aus:
address-microsoft-365 = Microsoft 365 (Geschäfts- oder Schulkonto)

## Die Anmeldeseite.
sign-in-heading-plain = Anmelden
sign-in-no-address = Geben Sie zuerst eine Adresse ein.
sign-in-heading = Bei { $company } anmelden
sign-in-change-settings = Die Server-Einstellungen ändern…
sign-in-row-your-mail = Ihr Postfach
sign-in-row-hosted-by = Anbieter
sign-in-row-shared-mailbox = Freigegebenes Postfach
sign-in-row-signs-in-as = Sie melden sich an als
sign-in-row-account = Konto
sign-in-account-shared = { $address } ({ $name }), freigegebenes Postfach, geöffnet von { $delegate }
sign-in-row-provider = Anbieter
sign-in-row-sign-in = Anmeldung
sign-in-row-incoming = Posteingangs-Server ({ $protocol })
sign-in-row-outgoing = Postausgangs-Server (SMTP)
sign-in-provider-catalogue = { $provider } (Mail Setup bekannt)
sign-in-provider-user-choice = { $provider } (von Ihnen gewählt)
sign-in-provider-file = { $provider } (aus { $path })
sign-in-provider-sandbox = { $provider } (Übungsanbieter)
sign-in-provider-discovered = { $provider } (gefunden über { $lookup })
sign-in-provider-thunderbird = { $provider } (Thunderbird nutzt bereits { $server })
sign-in-stops-here = Mail Setup kann dieses Konto nicht auf die Anmeldung über Ihren Anbieter umstellen und hört deshalb hier auf.
sign-in-by-thunderbird = Mail Setup meldet sich bei diesem Konto nicht selbst an: Das übernimmt Thunderbird beim ersten Start. „Weiter“ prüft die Server ohne Anmeldung.
sign-in-waiting = Warten, bis Sie sich im Browser anmelden und den Zugriff erlauben: noch { $left }
sign-in-link-intro = Falls sich kein Browser geöffnet hat oder Sie ihn geschlossen haben, öffnen Sie diesen Link in einem Browser:
sign-in-copy-link = Link kopieren
sign-in-link-copied = Der Anmelde-Link wurde kopiert.
sign-in-open-browser-again = Browser erneut öffnen
sign-in-browser-opened = Die Anmeldeseite wurde { $how }.
sign-in-browser-failed = Der Browser hat sich nicht geöffnet: { $why }. Kopieren Sie den Link selbst in einen Browser.
sign-in-redirect = Mail Setup empfängt die Antwort unter { $redirect_uri }, nur auf diesem Computer.
sign-in-preparing = Die Anmeldung wird vorbereitet…
sign-in-explained = Ihr Browser öffnet die Anmeldeseite von { $company }. Melden Sie sich dort an, erlauben Sie den Zugriff auf Ihre E-Mails und kehren Sie dann hierher zurück. Ihr Passwort geben Sie nur auf der Seite von { $company } ein.
sign-in-done = Angemeldet.
sign-in-failed = Die Anmeldung wurde nicht abgeschlossen.
sign-in-cancelled = Anmeldung abgebrochen. Es wurde nichts gespeichert; Sie können sie erneut starten.
sign-in-again = Erneut anmelden
sign-in-try-again = Erneut versuchen
sign-in-with-browser = Im Browser anmelden
sign-in-with-code = Stattdessen mit einem Code anmelden
sign-in-steps = Schritte
sign-in-step-start = Anmeldung starten
sign-in-code-where = Öffnen Sie auf einem beliebigen Gerät mit Browser { $url } und geben Sie diesen Code ein:
sign-in-copy-code = Code kopieren
sign-in-code-copied = Der Code wurde kopiert.
sign-in-code-valid = { $minutes ->
    [one] Der Code ist { $minutes } Minute lang gültig.
   *[other] Der Code ist { $minutes } Minuten lang gültig.
}
sign-in-code-waiting = Warten, bis Sie den Code eingeben und sich anmelden…

## Die Prüfungsseite.
checks-heading = Ihre E-Mail wird geprüft
checks-intro = Mail Setup prüft jetzt, ob sich mit der neuen Anmeldung Nachrichten empfangen und senden lassen.
checks-does-not-work = { $direction ->
    [sending] Senden: funktioniert noch nicht
   *[receiving] Empfangen: funktioniert noch nicht
}
checks-works = { $direction ->
    [sending] Senden: funktioniert
   *[receiving] Empfangen: funktioniert
}
checks-not-checked-other-failed = { $direction ->
    [sending] Senden: nicht geprüft, weil die andere Prüfung zuerst fehlgeschlagen ist
   *[receiving] Empfangen: nicht geprüft, weil die andere Prüfung zuerst fehlgeschlagen ist
}
checks-not-checked-yet = { $direction ->
    [sending] Senden: noch nicht geprüft
   *[receiving] Empfangen: noch nicht geprüft
}
checks-passed = Mit der neuen Anmeldung funktioniert Ihre E-Mail. Als Nächstes wird das Konto zu Thunderbird hinzugefügt.
checks-passed-switching = Mit der neuen Anmeldung funktioniert Ihre E-Mail. Als Nächstes wird das Konto in Thunderbird umgestellt.
checks-stopped = Prüfung abgebrochen.
checks-not-run = Die Prüfung ist noch nicht gelaufen.
checks-try-again = Erneut versuchen
checks-run-again = Erneut prüfen
checks-test-message-sent = Eine Testnachricht ist unterwegs an { $to }: Suchen Sie in diesem Posteingang nach „{ $subject }“.
checks-send-test-message = Eine Testnachricht an mich selbst senden
checks-send-test-message-hint = Sendet eine Nachricht von dieser Adresse an das Konto, mit dem Sie sich angemeldet haben: Nur so lässt sich zeigen, dass Senden im Namen eines freigegebenen Postfachs oder eines Alias erlaubt ist
checks-incoming-steps = Posteingangs-Server (IMAP)
checks-outgoing-steps = Postausgangs-Server (SMTP)

## Die Thunderbird-Seite.
thunderbird-heading = Thunderbird
thunderbird-no-address = Geben Sie zuerst eine Adresse ein.
thunderbird-switching-heading = Das Konto wird in Thunderbird umgestellt
thunderbird-switching = { $address } behält seine Nachrichten, Ordner und Filter und meldet sich ab jetzt bei { $company } an.
thunderbird-sign-in-handed-off = OAuth2: Sie haben sich angemeldet; Thunderbird startet angemeldet, und es wird kein Passwort gespeichert
thunderbird-sign-in-once = OAuth2: Thunderbird bittet Sie einmal um die Anmeldung; es wird kein Passwort gespeichert
thunderbird-no-home = Mail Setup findet Ihren persönlichen Ordner nicht und kann daher nicht nach Thunderbird suchen. Überspringen Sie diesen Schritt.
thunderbird-folder = Der Ordner von Thunderbird:
thunderbird-folder-sandbox = Der Wegwerf-Ordner von Thunderbird in der Sandbox (wird gelöscht, wenn Mail Setup schließt):
thunderbird-looking = Profile werden gesucht…
thunderbird-no-profile = Dort gibt es noch kein Thunderbird-Profil; Mail Setup legt eines an und macht es zum Standard.
thunderbird-profiles-found = Das Konto kommt in das Profil, das Thunderbird standardmäßig öffnet. Gefundene Profile:
thunderbird-profile-default = (Standard; { $count ->
    [0] noch keine E-Mail-Konten
    [one] { $count } E-Mail-Konto
   *[other] { $count } E-Mail-Konten
})
thunderbird-profile-other = (nicht der Standard; { $count ->
    [0] noch keine E-Mail-Konten
    [one] { $count } E-Mail-Konto
   *[other] { $count } E-Mail-Konten
})
thunderbird-check-sign-in = Die eigene Anmeldung von Thunderbird prüfen
thunderbird-check-sign-in-hint = Liest die Anmeldung, die Thunderbird für jedes OAuth2-Konto gespeichert hat, erneuert sie und prüft damit IMAP und SMTP; ohne Browser
thunderbird-asking-provider = Der Anbieter wird gefragt…
thunderbird-nothing-to-ask = Kein Konto dort meldet sich bei einem Anbieter an, den Mail Setup fragen kann.
thunderbird-saved-sign-in-works = { $address }: Die in Thunderbird gespeicherte Anmeldung funktioniert zum Empfangen und Senden.
thunderbird-saved-sign-in-fails = { $address }: { $problem }
thunderbird-already-has = Ihr Thunderbird hat dieses Konto bereits
thunderbird-offer-technical = Dieses Profil hat bereits { $address } ({ $protocol } auf { $server }), das sich mit einem Passwort anmeldet. { $provider } nimmt keine Passwörter mehr an; beim Umstellen behält das Konto seine Nachrichten, Ordner und Filter und meldet sich künftig mit OAuth2 bei { $incoming_server } und { $outgoing_server } an.
thunderbird-offer = { $address } meldet sich dort mit einem Passwort an, das { $provider } nicht mehr annimmt. Beim Umstellen behält es seine Nachrichten, Ordner und Filter.
thunderbird-switch = Dieses Konto umstellen
thunderbird-switch-needs-checks = (erst muss die Prüfung bestanden sein)
thunderbird-or-add = Oder als zweites Konto hinzufügen:
thunderbird-what-is-added = Was hinzugefügt wird
thunderbird-row-email = E-Mail-Adresse
thunderbird-row-name = Name
thunderbird-row-incoming = Posteingangs-Server ({ $protocol })
thunderbird-row-outgoing = Postausgangs-Server (SMTP)
thunderbird-row-sign-in = Anmeldung
thunderbird-will-ask = Thunderbird bittet Sie beim Start einmal um die Anmeldung.
thunderbird-will-ask-because = Thunderbird bittet Sie beim Start einmal um die Anmeldung: { $why }.
thunderbird-keep-signed-in = Thunderbird angemeldet lassen
thunderbird-keep-signed-in-hint = Übergibt Ihre Anmeldung verschlüsselt an die gespeicherten Zugangsdaten von Thunderbird, damit es Sie nicht noch einmal um die Anmeldung bittet. Mail Setup behält keine Kopie.
thunderbird-no-oauth = Thunderbird kann OAuth2 mit diesen Servern nicht nutzen; das Konto kann sich dort womöglich nicht anmelden.
thunderbird-close-first = Schließen Sie Thunderbird vorher: Es schreibt seine Einstellungen beim Beenden neu.
thunderbird-write = In Thunderbird eintragen
thunderbird-skip = Überspringen
thunderbird-skip-hint = Ohne Eintragen zum Bericht
thunderbird-writing = Wird in Thunderbird eingetragen…
thunderbird-waiting-for-close = Thunderbird ist geöffnet und schreibt seine Einstellungen beim Schließen neu. Beenden Sie es (Datei › Beenden): Mail Setup macht danach von selbst weiter.
thunderbird-closed-writing = Thunderbird wurde geschlossen; das Konto wird jetzt eingetragen.
thunderbird-not-changed = Das Konto wurde in Thunderbird nicht geändert.
thunderbird-handed-off = Thunderbird startet angemeldet: Sie müssen sich nicht noch einmal anmelden.
thunderbird-handoff-failed = Thunderbird bittet Sie beim Start einmal um die Anmeldung. { $why }
thunderbird-changed-already-present = Das Konto war schon in Thunderbird; es musste nichts geändert werden (Profil { $profile }).
thunderbird-changed-switched = Das Konto in Thunderbird meldet sich jetzt bei Ihrem Anbieter an; seine Nachrichten, Ordner und Filter sind unverändert (Profil { $profile }).
thunderbird-changed-added = Das Konto wurde zu Thunderbird hinzugefügt (Profil { $profile }).
thunderbird-backup = Die bisherigen Einstellungen von Thunderbird sind in { $backup } gesichert.

## Unter einem Fehler, auf jeder Seite: was an den Support geht, und die
## Diagnose.
help-copy-ticket = Ticket für die IT kopieren
help-copy-ticket-hint = Fertiger Text für Ihre IT-Abteilung: wer, wann, welche App, der fehlgeschlagene Schritt, die Diagnose und was genau die Administration tun muss
help-save-bundle = Support-Paket speichern
help-save-bundle-hint = Eine Datei mit dem Bericht und dem Protokoll für Ihren Support; sie enthält kein Passwort und kein Token
help-what-happened = Was passiert ist
help-user-can-do = Was Sie tun können
help-admin-must-do = Was Ihre IT-Abteilung tun muss
help-open-consent = Ich bin die Administration: die Zustimmungsseite öffnen
help-consent-opening = Die Zustimmungsseite wird in Ihrem Browser geöffnet. Wählen Sie nach dem Zustimmen „Erneut versuchen“.
help-ticket-copied = Das Ticket für die IT wurde kopiert. Fügen Sie es in eine E-Mail an Ihre IT-Abteilung ein.
help-no-folder = Weder Ihr Download-Ordner noch Ihr persönlicher Ordner wurde gefunden, um das Support-Paket zu speichern.
help-saving-bundle = Das Support-Paket wird unter { $path } gespeichert (es enthält kein Passwort und kein Token).
help-bundle-failed = Das Support-Paket konnte nicht gespeichert werden: { $why }

## Die letzte Seite.
done-heading = Fertig
done-nothing-yet = Es wurde noch nichts eingerichtet.
done-heading-fixed = Ihre E-Mail funktioniert wieder
done-heading-set-up = Ihre E-Mail ist eingerichtet
done-heading-problem = Fertig, mit einem Problem
done-heading-not-finished = Nicht abgeschlossen
done-works = Empfangen und Senden funktionieren für { $address }.
done-practice-profile = Das ist das Übungsprofil: Es verschwindet, wenn Mail Setup schließt.
done-signed-in = Thunderbird ist bereits angemeldet: Es fragt nicht nach Ihrem Passwort.
done-sign-in-once = Beim Start bittet Thunderbird Sie einmal, sich in Ihrem Browser anzumelden.
done-password-receiving = Zum Empfangen nutzt Ihr Mail-Server ({ $server }) weiterhin Ihr Passwort: Thunderbird fragt einmal danach.
done-password-sending = Zum Senden nutzt Ihr Mail-Server ({ $server }) weiterhin Ihr Passwort: Thunderbird fragt beim ersten Senden danach.
done-nothing-changed = In Thunderbird wurde nichts geändert.
done-not-working = Funktioniert nicht: { $problem }
done-open-thunderbird = Thunderbird öffnen
done-copy-report = Bericht kopieren
done-copy-report-hint = Der ganze Bericht als Text, für Ihren Support
done-report-copied = Der Bericht wurde in die Zwischenablage kopiert.
done-full-report = Der vollständige Bericht
done-starting-thunderbird = Thunderbird wird gestartet…
done-thunderbird-starting = Thunderbird startet.
done-thunderbird-did-not-start = Thunderbird ist nicht gestartet: { $why }.
