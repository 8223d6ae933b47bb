# Die Anmeldung beim Anbieter (ihre Schritte im Bericht, die Seite, die der
# Browser danach zeigt, die Ausweichmöglichkeit mit Gerätecode) und die
# Schritte drumherum: Plan, Thunderbird und die Übergabe der Anmeldung an
# Thunderbird. Unverändert lassen: Optionen (--no-write, --force),
# Dateinamen (logins.json, key4.db), offline_access, $BROWSER, NSS, OAuth2.

## Wie die Anmeldeseite geöffnet wurde: ergänzt „Die Anmeldeseite wurde …“.
signin-browser-opened-by-mailsetup = von Mail Setup selbst geöffnet
signin-browser-opened-default = in Ihrem Standardbrowser geöffnet
signin-browser-opened-variable = mit $BROWSER ({ $program }) geöffnet
signin-browser-default-failed = Ihr Standardbrowser konnte nicht gestartet werden: { $error }
signin-browser-variable-failed = keiner der Befehle in $BROWSER konnte gestartet werden ({ $failures })

## Die Schritte der Anmeldung im Bericht.
signin-listen-title = Empfang der Anmeldung vorbereiten
signin-listen-detail = wartet auf 127.0.0.1, Port { $port }, auf { $redirect }
signin-listen-detail-ipv6 = wartet auf 127.0.0.1 und [::1], Port { $port }, auf { $redirect }
signin-listen-failed = auf 127.0.0.1 kann nicht auf die Rückleitung der Anmeldung gewartet werden: { $error }
signin-browser-title = Anmeldeseite öffnen
signin-browser-detail = { $how }: { $issuer }
signin-browser-failed = { $why }; öffnen Sie den von Mail Setup angezeigten Link selbst
signin-redirect-title = Im Browser anmelden und zustimmen
signin-redirect-other-issuer = die Antwort nennt einen anderen Anmeldeserver als { $server }; der Code wurde nicht verwendet
signin-redirect-the-server = den Anmeldeserver
signin-redirect-code = der Browser kam mit einem Autorisierungscode zurück
signin-redirect-refused = der Anbieter hat die Anmeldung abgelehnt
signin-redirect-timed-out = keine Antwort vom Browser innerhalb von { $seconds } s
signin-wait-cancelled = die Anmeldung wurde abgebrochen
signin-wait-listener-gone = der Empfang auf dem lokalen Port wurde unerwartet beendet
signin-wait-timed-out = der Browser kam nicht innerhalb von { $duration } zurück
signin-exchange-title = Code gegen Token eintauschen
signin-exchange-with-refresh-valid = Zugriffstoken mit Aktualisierungstoken erhalten, gültig für { $minutes } min
signin-exchange-without-refresh-valid = Zugriffstoken ohne Aktualisierungstoken erhalten, gültig für { $minutes } min
signin-exchange-with-refresh = Zugriffstoken mit Aktualisierungstoken erhalten
signin-exchange-without-refresh = Zugriffstoken ohne Aktualisierungstoken erhalten
signin-refresh-title = Zugriffstoken erneuern
signin-refresh-none = der Anbieter hat kein Aktualisierungstoken ausgestellt (wurde offline_access angefordert?)
signin-refresh-accepted = das Aktualisierungstoken wurde angenommen

## Warum eine Anfrage an den Token-Endpunkt fehlschlug.
signin-token-timed-out = der Token-Endpunkt hat nicht innerhalb von { $seconds } s geantwortet
signin-token-refused = der Anbieter hat die Anfrage abgelehnt
signin-token-unreachable = der Token-Endpunkt ist nicht erreichbar: { $error }
signin-token-unreadable = die Antwort des Token-Endpunkts ist nicht lesbar: { $error }
signin-throttled-wait-waited = der Anmeldedienst bremst Anfragen (HTTP { $status }) und bittet, { $seconds } s zu warten; Mail Setup hat einmal wie gewünscht gewartet und hört hier auf, statt immer wieder zu fragen
signin-throttled-wait = der Anmeldedienst bremst Anfragen (HTTP { $status }) und bittet, { $seconds } s zu warten; länger, als Mail Setup in einem Schritt wartet, daher wurde nicht erneut gefragt
signin-throttled-slow-down-waited = der Anmeldedienst bremst Anfragen (HTTP { $status }) und bittet um weniger Anfragen; Mail Setup hat einmal wie gewünscht gewartet und hört hier auf, statt immer wieder zu fragen
signin-throttled-slow-down = der Anmeldedienst bremst Anfragen (HTTP { $status }) und bittet um weniger Anfragen; länger, als Mail Setup in einem Schritt wartet, daher wurde nicht erneut gefragt

## Die Anmeldung mit Gerätecode, wenn der Browser nicht zu diesem Computer
## zurückkommen kann (Remote-Sitzungen).
signin-device-label = Ausweichmöglichkeit: mit einem Code auf einem anderen Gerät anmelden
signin-device-warning = Verwenden Sie dies nur, wenn die normale Anmeldung im Browser nicht funktionieren kann (zum Beispiel in einer Remote-Sitzung). Viele Organisationen sperren die Anmeldung mit Gerätecode (AADSTS53003); ist das bei Ihnen so, schlägt dies fehl und die normale Anmeldung ist der richtige Weg.
signin-device-title = Mit einem Gerätecode anmelden (Ausweichmöglichkeit)
signin-device-no-endpoint = für diesen Anbieter kennt Mail Setup keinen Endpunkt für Gerätecodes
signin-device-start-refused = der Anbieter hat es abgelehnt, eine Anmeldung mit Gerätecode zu beginnen
signin-device-unreachable = der Endpunkt für Gerätecodes ist nicht erreichbar: { $error }
signin-device-unusable = die Antwort des Endpunkts für Gerätecodes ist nicht verwendbar: { $error }
signin-device-timed-out = der Endpunkt für Gerätecodes hat nicht innerhalb von { $seconds } s geantwortet
signin-device-cancelled = abgebrochen
signin-device-refused = der Anbieter hat die Anmeldung mit Gerätecode abgelehnt
signin-device-failed = die Anmeldung mit Gerätecode ist fehlgeschlagen: { $error }
signin-device-approved = Code { $code } wurde auf { $uri } bestätigt; Zugriffstoken erhalten

## Die Seite, die der Browser nach der Anmeldung zeigt.
signin-page-signed-in-title = Sie sind angemeldet
signin-page-signed-in = Mail Setup hat alles, was es braucht. Sie können diesen Tab schließen und zu Mail Setup zurückkehren.
signin-page-not-complete-title = Die Anmeldung wurde nicht abgeschlossen
signin-page-provider-answered = Ihr Anbieter hat mit { $error } geantwortet.
signin-page-provider-explained = Kehren Sie zu Mail Setup zurück: Dort erfahren Sie, was das bedeutet und was Sie als Nächstes tun können.
signin-page-another-issuer = Diese Antwort nennt einen anderen Anmeldeserver als den, zu dem Mail Setup Sie geschickt hat, daher hat Mail Setup sie nicht verwendet. Kehren Sie zu Mail Setup zurück und beginnen Sie die Anmeldung dort erneut.
signin-page-not-this-title = Dies ist nicht die Anmeldung, auf die Mail Setup wartet
signin-page-not-this = Der Link passt nicht zu der Anmeldung, die Mail Setup begonnen hat. Vielleicht stammt er von einem früheren Versuch. Kehren Sie zu Mail Setup zurück und beginnen Sie die Anmeldung dort erneut.
signin-page-malformed-title = Dies ist keine gültige Antwort auf die Anmeldung
signin-page-malformed = Der Link enthält einen Parameter der Anmeldung doppelt, daher hat Mail Setup ihn nicht verwendet. Kehren Sie zu Mail Setup zurück und beginnen Sie die Anmeldung dort erneut.
signin-page-not-waiting-title = Mail Setup wartet auf keine Anmeldung
signin-page-not-waiting = Kehren Sie zu Mail Setup zurück und beginnen Sie die Anmeldung dort.
signin-page-refused-title = Anfrage abgelehnt
signin-page-refused = Der Anmeldeempfang von Mail Setup nimmt diese Anfrage nicht an (HTTP { $status }).
signin-page-not-found-title = Nicht gefunden
signin-page-not-found = Hier gibt es nichts.

## Eingaben, die abgelehnt werden, bevor etwas läuft.
flow-delegate-invalid = die Person mit Zugriff: { $error }
flow-delegate-is-mailbox = { $address } ist das freigegebene Postfach selbst; anmelden muss sich die Person, die es mit ihrem eigenen Konto öffnet
flow-delegate-not-oauth = ein freigegebenes Postfach wird mit der eigenen Anmeldung der Person geöffnet, die darauf zugreift, und { $provider } meldet sich nicht über OAuth2 von Mail Setup an (sondern mit Passwort oder über die Anmeldung von Thunderbird)
flow-name-has-nul = der Name darf kein NUL-Zeichen enthalten
flow-account-no-address = das Konto auf { $host } hat keine E-Mail-Adresse

## Der Plan: die ersten Schritte und Warnungen des Berichts.
flow-delegate-other-domain = { $delegate } und das freigegebene Postfach { $address } liegen in verschiedenen Domains: Beide müssen zur selben Microsoft-365-Organisation gehören, sonst lässt der Mail-Server { $delegate } das Postfach nicht öffnen.
flow-plan-title = Anbieter und Server ermitteln
flow-plan-detail = { $provider } ({ $source }); { $sign_in }
flow-plan-sign-in-oauth = Anmeldung bei { $issuer } mit Client { $client }
flow-plan-sign-in-thunderbird = OAuth2 bei { $issuer }, durch Thunderbird selbst; Mail Setup prüft die Server ohne Anmeldung
flow-plan-sign-in-password = Anmeldung mit Passwort (Thunderbird fragt danach); Mail Setup prüft die Server ohne Anmeldung
flow-lookup-title = Abfrage: { $lookup }
flow-stop-title = Lässt sich dieses Konto auf OAuth2 umstellen?
flow-source-catalogue = aus dem eingebauten Katalog von Mail Setup
flow-source-user-choice = wie von Ihnen gewählt
flow-source-provider-file = aus der Anbieterdatei { $path }
flow-source-sandbox = die eingebaute Sandbox
flow-source-discovered = gefunden durch die Abfrage { $lookup }
flow-source-thunderbird = vom Server, den Thunderbird bereits verwendet, { $host }

## Anmeldung und Prüfung.
flow-token-title = Inhalt des Zugriffstokens ansehen
flow-token-expired = laut Token-Endpunkt gilt das Token { $seconds } s, und diese Zeit ist abgelaufen
flow-no-sign-in-held = es besteht keine Anmeldung mehr; melden Sie sich erneut an
flow-sign-in-title = Im Browser anmelden
flow-smtp-title = SMTP prüfen
flow-cancelled = abgebrochen
flow-not-done-yet = noch nicht erledigt
flow-sign-in-by-thunderbird = nicht durch Mail Setup: Thunderbird meldet sich bei diesem Konto selbst an
flow-stopped-by-plan = nicht versucht: dieses Konto lässt sich nicht auf OAuth2 umstellen (siehe oben)
flow-checks-after-failed-sign-in = nicht versucht, weil die Anmeldung nicht abgeschlossen wurde
flow-checks-not-yet = noch nicht versucht

## Thunderbird.
flow-write-title = Konto zu Thunderbird hinzufügen
flow-migrate-title = Thunderbird-Konto auf OAuth2 umstellen
flow-write-no-write = nicht eingetragen (--no-write)
flow-write-added = Konto { $account } zu { $profile } hinzugefügt
flow-write-already-present = das Profil hat dieses Konto bereits ({ $account }); nichts geändert
flow-write-updated = das Konto { $account } des Profils meldet sich jetzt mit OAuth2 an (Nachrichten und Ordner bleiben erhalten)
flow-migrate-already = { $account } meldet sich bereits mit OAuth2 an; nichts geändert
flow-migrate-done = { $account } meldet sich jetzt mit OAuth2 bei { $incoming } an ({ $changes } Einstellungen geändert, { $removed } gespeicherte Passwörter entfernt; Server-Schlüssel { $server } und seine Nachrichten bleiben erhalten)
flow-migrate-done-smtp = { $account } meldet sich jetzt mit OAuth2 bei { $incoming } und { $smtp } an ({ $changes } Einstellungen geändert, { $removed } gespeicherte Passwörter entfernt; Server-Schlüssel { $server } und seine Nachrichten bleiben erhalten)
flow-forced = { $detail } (trotz fehlgeschlagener Prüfung ausgeführt: --force)
flow-write-skipped-no-write = nicht eingetragen: dieser Lauf prüft nur (--no-write)
flow-write-skipped-by-user = nicht eingetragen: Sie haben „Überspringen“ gewählt
flow-write-skipped-sign-in = nicht eingetragen, weil die Anmeldung nicht abgeschlossen wurde
flow-write-skipped-check = nicht eingetragen, weil eine Prüfung fehlgeschlagen ist
flow-write-skipped-yet = noch nicht eingetragen
flow-migrate-skipped-no-write = nicht umgestellt: dieser Lauf prüft nur (--no-write)
flow-migrate-skipped-by-user = nicht umgestellt: Sie haben „Überspringen“ gewählt
flow-migrate-skipped-sign-in = nicht umgestellt, weil die Anmeldung nicht abgeschlossen wurde
flow-migrate-skipped-check = nicht umgestellt, weil eine Prüfung fehlgeschlagen ist (siehe Diagnose; mit --force würde trotzdem umgestellt)
flow-migrate-skipped-yet = noch nicht umgestellt

## Die Übergabe der Anmeldung an Thunderbird.
flow-handoff-title = Thunderbird angemeldet lassen
flow-handoff-without = { $why }; Thunderbird fragt beim ersten Start einmal nach Ihrer Anmeldung
flow-handoff-no-write = nicht übergeben: dieser Lauf trägt nichts ein (--no-write)
flow-handoff-not-written = nicht übergeben, weil das Konto nicht eingetragen wurde
flow-handoff-not-switched = nicht übergeben, weil das Konto nicht umgestellt wurde
flow-handoff-no-sign-in = nicht übergeben: Mail Setup hat keine Anmeldung
flow-handoff-no-refresh = nicht übergeben: der Anbieter hat kein Aktualisierungstoken ausgestellt
flow-handoff-turned-off = nicht übergeben: ausgeschaltet (--no-sign-in-handoff)
flow-handoff-by-thunderbird = Thunderbird meldet sich bei diesem Konto selbst an
flow-handoff-by-thunderbird-report = nicht nötig: Thunderbird meldet sich bei diesem Konto selbst an
flow-handoff-provider-file = die Anmeldung gilt für die eigene App-Registrierung der Anbieterdatei, und Thunderbird kann nur eine für sich selbst verwenden
flow-handoff-provider-file-report = nicht übergeben: die Anmeldung gilt für die eigene App-Registrierung der Anbieterdatei, und Thunderbird kann nur eine für sich selbst verwenden
flow-handoff-sandbox = die Anmeldung gilt für den Übungsanbieter, und Thunderbird kann nur eine für sich selbst verwenden
flow-handoff-sandbox-report = nicht übergeben: die Anmeldung gilt für den Übungsanbieter, und Thunderbird kann nur eine für sich selbst verwenden
flow-handoff-other-app = die Anmeldung gilt für eine App-Registrierung, die nicht die von Thunderbird ist, und Thunderbird kann nur eine für sich selbst verwenden
flow-handoff-other-app-report = nicht übergeben: die Anmeldung gilt für eine App-Registrierung, die nicht die von Thunderbird ist, und Thunderbird kann nur eine für sich selbst verwenden
flow-handoff-other-service = Thunderbird meldet sich bei diesen Servern über einen anderen Anmeldedienst von Microsoft an
flow-handoff-other-service-report = nicht übergeben: Thunderbird meldet sich bei diesen Servern über einen anderen Anmeldedienst von Microsoft an
flow-handoff-replaced = { $user } (ersetzt die zuvor gespeicherte Anmeldung)
flow-handoff-done = Thunderbird startet angemeldet als { $users }: Die Anmeldung liegt in der Anmeldedatenbank des Profils (logins.json), verschlüsselt wie bei Thunderbird selbst, mit dessen eigenem NSS aus { $nss }; Mail Setup behält keine Kopie
flow-handoff-done-key-store = Thunderbird startet angemeldet als { $users }: Die Anmeldung liegt in der Anmeldedatenbank des Profils (logins.json), verschlüsselt wie bei Thunderbird selbst, mit dessen eigenem NSS aus { $nss }; Mail Setup behält keine Kopie; das Profil hatte keine Schlüsseldatenbank (key4.db) und hat jetzt eine
flow-handoff-backups = { $detail }; Sicherungskopien: { $backups }

## Die Diagnose: die von Thunderbird gespeicherte Anmeldung, erneuert.
flow-doctor-no-browser = doctor öffnet nie einen Browser
flow-saved-title = Gespeicherte Anmeldung von Thunderbird finden
flow-saved-none = Thunderbird hat keine gespeicherte Anmeldung für { $user } bei { $issuer }: Es fragt beim nächsten Verbinden nach der Anmeldung
flow-saved-found = Thunderbird hat eine gespeicherte Anmeldung für { $user } bei { $issuer }
flow-save-title = Erneuerte Anmeldung für Thunderbird speichern
flow-save-running = nicht gespeichert: Thunderbird läuft; seine eigene gespeicherte Anmeldung bleibt gültig und Thunderbird erneuert sie selbst
flow-save-done = der Anbieter hat das Aktualisierungstoken erneuert; das neue ersetzt das von Thunderbird, so wie Thunderbird es selbst tun würde

signin-aadsts-code = AADSTS-Code:
