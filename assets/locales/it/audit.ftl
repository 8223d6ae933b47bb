# Lo stato di ogni account di Thunderbird a parole, come lo indicano
# `mailsetup audit` e l’elenco degli account della procedura guidata.
# $provider è il nome di un provider (Microsoft 365, Gmail) o «none» se non
# è noto; $date, $blocked, $removed e $last_used sono date complete
# («31 dicembre 2026»); $server è il nome di un server. «Ripara» è il
# pulsante della procedura guidata con questo nome. Termini di Thunderbird:
# account, server in entrata, server in uscita (SMTP), accedere,
# Impostazioni account, Impostazioni server, Metodo di autenticazione.
# Davanti a date qualsiasi (8, 11) niente articolo: «l'8», non «il 8».

audit-fix = Scegliere «Ripara» in Mail Setup (oppure eseguire mailsetup migrate): basta accedere una volta a { $provider } e l’account conserva messaggi, cartelle e filtri.
audit-ews-before = Account Exchange su Microsoft 365: Microsoft blocca questo tipo di connessione a partire dal { $blocked }
audit-ews-blocked = Account Exchange su Microsoft 365: questo tipo di connessione è bloccato dal { $blocked }, salvo autorizzazione dell’amministratore, e verrà disattivato definitivamente il { $removed }
audit-ews-gone = Account Exchange su Microsoft 365: questo tipo di connessione è terminato il { $removed }
audit-ews-what-to-do = Aggiungere di nuovo la cassetta postale come account IMAP: scegliere «Aggiungi un altro account» in Mail Setup (oppure eseguire mailsetup setup INDIRIZZO); la posta resta sul server.
audit-ews-elsewhere = Account Exchange: Mail Setup non deve cambiare nulla
audit-not-mail = Non è un account di posta con accesso (newsgroup o feed): niente da cambiare
audit-m365-both-before = Usa una password con Microsoft 365: la ricezione con password è già bloccata, e l’invio con password verrà bloccato il { $date }
audit-m365-both-after = Usa una password con Microsoft 365: la ricezione con password è già bloccata, e dal { $date } Microsoft non la accetta più per l’invio (a meno che l’amministratore non l’abbia riattivata temporaneamente)
audit-m365-receiving = Usa una password con Microsoft 365 per la ricezione, che Microsoft rifiuta già
audit-m365-sending-before = Usa una password con Microsoft 365 per l’invio: l’invio con password verrà bloccato il { $date }
audit-m365-sending-after = Usa una password con Microsoft 365 per l’invio: dal { $date } Microsoft non la accetta più per l’invio (a meno che l’amministratore non l’abbia riattivata temporaneamente)
audit-outlook-com-password = Usa una password con Outlook.com, che Microsoft rifiuta dal { $date }
audit-gmail-password = Usa una password con Gmail, che Google rifiuta dal { $date } (a meno che non sia una password per le app)
audit-other-password-refused = Usa una password con { $provider }, che accetta solo password per le app o l’accesso tramite la propria pagina
audit-switch-in-thunderbird = In Thunderbird, Impostazioni account, Impostazioni server: impostare Metodo di autenticazione su OAuth2 (anche per il server in uscita); Thunderbird aprirà poi la pagina di accesso di { $provider }.
audit-unknown-password = Accede con una password a { $server }; senza chiedere a quel provider, Mail Setup non può sapere se smetterà di accettare le password
audit-unknown-what-to-do = Niente, finché la posta funziona. Per esserne certi, eseguire mailsetup migrate --dry-run, che verifica quel server.
audit-hand-off = Scegliere «Ripara» in Mail Setup: basta accedere una volta a { $provider } e Mail Setup passa l’accesso a Thunderbird.
audit-sign-in-in-thunderbird = { $provider ->
    [none] Aprire Thunderbird e accedere al proprio provider quando viene richiesto; da quel momento Thunderbird mantiene l’accesso.
   *[other] Aprire Thunderbird e accedere a { $provider } quando viene richiesto; da quel momento Thunderbird mantiene l’accesso.
}
audit-signed-out-missing = { $provider ->
    [none] Disconnesso: l’account accede tramite la pagina del provider, ma in Thunderbird non c’è un accesso salvato
   *[other] Disconnesso: l’account accede con { $provider }, ma in Thunderbird non c’è un accesso salvato
}
audit-signed-out-expired = { $last_used ->
    [none] Disconnesso: l’accesso salvato in Thunderbird è rimasto inutilizzato troppo a lungo ed è scaduto
   *[other] Disconnesso: l’accesso salvato in Thunderbird è rimasto inutilizzato troppo a lungo ed è scaduto (ultimo utilizzo: { $last_used })
}
audit-works-not-checked = { $provider ->
    [none] Funziona: accede tramite la pagina del provider (l’accesso salvato non è stato verificato)
   *[other] Funziona: accede con { $provider } (l’accesso salvato non è stato verificato)
}
audit-works = { $provider ->
    [none] { $last_used ->
        [none] Funziona: accede tramite la pagina del provider
       *[other] Funziona: accede tramite la pagina del provider (ultimo utilizzo: { $last_used })
    }
   *[other] { $last_used ->
        [none] Funziona: accede con { $provider }
       *[other] Funziona: accede con { $provider } (ultimo utilizzo: { $last_used })
    }
}
audit-password-still-taken = Accede con una password a { $provider }, che la accetta ancora: niente da cambiare

## La tabella stampata da `mailsetup audit`. $count, $accounts, $profiles e
## $needing sono numeri; $day una data completa; $path una cartella;
## $user un nome utente.
audit-table-title = Account di Thunderbird: situazione in data { $day }
audit-table-no-home = Nessuna cartella home in cui cercare.
audit-table-user = Utente { $user } ({ $path })
audit-table-not-checked = Non verificato: { $why }
audit-table-no-profiles-here = Nessun profilo di Thunderbird.
audit-table-install = Thunderbird: { $path }
audit-table-install-flatpak = Thunderbird (Flatpak): { $path }
audit-table-install-snap = Thunderbird (Snap): { $path }
audit-table-no-profiles = Nessun profilo.
audit-table-profile = Profilo «{ $name }» ({ $facts }): { $path }
audit-table-opens-by-default = si apre come predefinito
audit-table-last-version = usato l’ultima volta da Thunderbird { $version }
audit-table-never-opened = mai aperto da Thunderbird
audit-table-running = Thunderbird lo ha aperto: chiudere Thunderbird prima di una riparazione
audit-table-running-unknown = impossibile stabilire se Thunderbird lo ha aperto
audit-table-and-more = { $names } e { $more } in più
audit-table-user-js = Attenzione: user.js sovrascrive le impostazioni degli account a ogni avvio ({ $names }); una riparazione verrebbe annullata. Rimuoverle prima da user.js.
audit-table-primary-password = Nota: una password principale protegge gli accessi salvati di questo profilo, quindi Mail Setup non può passare l’accesso a Thunderbird; dopo una riparazione Thunderbird chiederà di accedere una volta.
audit-table-no-accounts = Nessun account di posta.
# Sei caratteri di larghezza, per allineare gli indirizzi; il secondo è completato con spazi.
audit-table-action = AZIONE
audit-table-ok = ok
audit-table-what-to-do = Cosa fare: { $what }
audit-table-accounts-in = { $accounts ->
    [one] { $accounts } account
   *[other] { $accounts } account
} in { $profiles ->
    [one] { $profiles } profilo
   *[other] { $profiles } profili
}
audit-table-none-found = { $profiles ->
    [one] Nessun account di posta di Thunderbird trovato ({ $profiles } profilo esaminato).
   *[other] Nessun account di posta di Thunderbird trovato ({ $profiles } profili esaminati).
}
audit-table-nothing-to-do = Niente da fare: { $accounts_in }.
audit-table-need-action = { $needing ->
    [one] { $needing } su { $accounts_in } richiede un intervento.
   *[other] { $needing } su { $accounts_in } richiedono un intervento.
}
audit-table-incomplete = Niente da fare in ciò che è stato possibile leggere ({ $accounts_in }), ma non tutto era leggibile (vedere sopra).

## Perché una cartella home, una cartella o un profilo non è stato letto
## (dopo «Non verificato:»), o non è stato possibile elencare la cartella
## degli utenti. $path è un file o una cartella; $error il motivo del
## sistema, invariato.
audit-cannot-list = impossibile elencare { $path }: { $error }
audit-cannot-read = impossibile leggere { $path }: { $error }
audit-cannot-follow = impossibile seguire { $path }: { $error }
audit-link-loop = { $path } è un ciclo di collegamenti simbolici
# $target è dove porta davvero il collegamento.
audit-leads-out = { $path } porta fuori dalla cartella home ({ $target }); non letto
# --on ha ricevuto qualcosa che non è una data: $text è ciò che è stato
# indicato; YYYY-MM-DD e 2026-12-31 restano invariati.
audit-not-a-date = «{ $text }» non è una data scritta come YYYY-MM-DD (ad esempio 2026-12-31)
