### I testi di aiuto della riga di comando: ciò che `mailsetup --help`,
### `mailsetup COMANDO --help` e -h, la pagina di manuale e i completamenti
### della shell dicono di ogni comando, opzione, argomento e valore (le parole
### che clap scrive attorno sono in usage.ftl). Cercati dalle definizioni di
### clap in src/cli/mod.rs e src/cli/tb.rs.
###
### Un messaggio `help-cmd-…` è il riepilogo di una riga del comando (l’elenco
### dei comandi, -h); il suo `help-cmd-…-long` è il testo di --help, dove una
### riga vuota inizia un nuovo paragrafo. Un a capo qui è un a capo nella
### guida, quindi ogni paragrafo sta su una sola riga. I riepiloghi e i testi
### delle opzioni terminano senza punto. I `help-value-…` sono i segnaposto
### dei valori (--profile CARTELLA), in maiuscolo. Opzioni (--all-users),
### comandi (`doctor`), nomi di file e variabili d’ambiente restano invariati.

## mailsetup stesso, e le opzioni accettate da ogni comando.
help-cmd-mailsetup = Mail Setup: l’assistente che converte gli account di posta a OAuth2 e configura Thunderbird
# Mostrato alla fine di `mailsetup --help`.
help-cmd-mailsetup-after = Codice di uscita: 0 se tutte le verifiche sono riuscite, 1 se una verifica non è riuscita (o non è stato trovato nulla), 2 se non è stato possibile eseguire il comando.
help-sandbox = Prova tutto con un provider di prova integrato; non serve alcun account
help-verbose = Stampa i messaggi di log (mai dati segreti) sullo standard error
help-lang = La lingua da usare (de, fr, pt-BR…); altrimenti MAILSETUP_LANG, poi quella del sistema. Chiavi JSON, ID e parole dei server restano invariati
help-fix-needed = Per uno script di accesso o un collegamento sul desktop: non fa nulla (codice di uscita 0) se tutti gli account di Thunderbird di questo utente funzionano; altrimenti apre la procedura guidata sul primo account da riparare, spiegando il motivo

## I comandi: un riepilogo e, per alcuni, il testo più lungo di --help.
help-cmd-setup = Accede, verifica IMAP e SMTP e aggiunge l’account a Thunderbird
help-cmd-check = Trova i server, accede e verifica IMAP e SMTP, senza scrivere nulla; ogni passaggio non riuscito viene spiegato (la diagnosi)
help-cmd-check-long =
    Trova i server, accede e verifica IMAP e SMTP, senza scrivere nulla; ogni passaggio non riuscito viene spiegato (la diagnosi).

    Codice di uscita: 0 se tutte le verifiche sono riuscite, 1 se una verifica non è riuscita, 2 se non è stato possibile eseguirlo.
help-cmd-explain = Spiega un errore senza connessione: un codice AADSTS, una risposta SMTP o IMAP, o qualsiasi testo di errore incollato. Mostra cosa è successo, cosa si può fare e cosa deve fare l’amministratore
help-cmd-explain-long =
    Spiega un errore senza connessione: un codice AADSTS, una risposta SMTP o IMAP, o qualsiasi testo di errore incollato. Mostra cosa è successo, cosa si può fare e cosa deve fare l’amministratore.

    Codice di uscita: 0 se è stata trovata una diagnosi, 1 se non ne è stata trovata nessuna.
help-cmd-detect = Trova il provider, i server e il metodo di accesso per un indirizzo, e mostra i riscontri
help-cmd-detect-long =
    Trova il provider, i server e il metodo di accesso per un indirizzo, e mostra i riscontri.

    Codice di uscita: 0 se è stato trovato un piano, 1 se non è stato trovato (o l’account non può essere convertito), 2 se non è stato possibile eseguirlo.
help-cmd-profiles = Elenca i profili di Thunderbird (di ogni installazione: Linux, Flatpak, Snap, Windows, macOS) e i loro account, con ciò che serve a ciascuno
help-cmd-migrate = Converte sul posto a OAuth2 gli account con password di Microsoft o Google, mantenendo messaggi, cartelle e filtri. Prima accede e verifica
help-cmd-migrate-long =
    Converte sul posto a OAuth2 gli account con password di Microsoft o Google, mantenendo messaggi, cartelle e filtri. Prima accede e verifica.

    Codice di uscita: 0 se convertiti (o se non c’era niente da fare), 1 se una verifica non è riuscita o si è risposto di no, 2 se non è stato possibile eseguirlo.
help-cmd-doctor = Cosa dice l’accesso di Thunderbird stesso: per ogni account OAuth2 del profilo, legge l’accesso salvato da Thunderbird, lo rinnova presso il provider e verifica IMAP e SMTP con esso. Niente browser, niente da digitare; per «Thunderbird continua a chiedermi di accedere» e «non riesco più a inviare»
help-cmd-doctor-long =
    Cosa dice l’accesso di Thunderbird stesso: per ogni account OAuth2 del profilo, legge l’accesso salvato da Thunderbird, lo rinnova presso il provider e verifica IMAP e SMTP con esso. Niente browser, niente da digitare; per «Thunderbird continua a chiedermi di accedere» e «non riesco più a inviare».

    Codice di uscita: 0 se tutti gli account hanno superato le verifiche, 1 se uno non le ha superate (o non ne è stato trovato nessuno), 2 se non è stato possibile eseguirlo.
help-cmd-alias = Aggiunge un altro indirizzo di una cassetta postale (un alias come vendite@…) al suo account in Thunderbird, per inviare con quell’indirizzo; `--send-test` dimostra prima con un vero messaggio che il server lo consente
help-cmd-alias-long =
    Aggiunge un altro indirizzo di una cassetta postale (un alias come vendite@…) al suo account in Thunderbird, per inviare con quell’indirizzo; `--send-test` dimostra prima con un vero messaggio che il server lo consente.

    Codice di uscita: 0 se aggiunto (o già presente), 1 se il messaggio di prova è stato rifiutato, 2 se non è stato possibile eseguirlo.
# I nomi degli stati (works, password-microsoft-365, …) sono ciò che stampa l’audit; restano invariati.
help-cmd-audit = Trova ogni account di Thunderbird che smetterà di funzionare, e quando: ogni account di ogni profilo di ogni installazione, con il suo stato e cosa fare. Solo lettura, senza connessione (`doctor` è la verifica online)
help-cmd-audit-long =
    Trova ogni account di Thunderbird che smetterà di funzionare, e quando: ogni account di ogni profilo di ogni installazione, con il suo stato e cosa fare. Solo lettura, senza connessione (`doctor` è la verifica online).

    Stati: works, password-microsoft-365 (l’invio smette di funzionare alla fine di dicembre 2026; la ricezione non funziona già più), password-refused (Gmail, Outlook.com, Yahoo, AOL), ews-microsoft-365 (bloccato dal 1º ottobre 2026, eliminato il 1º aprile 2027), sign-in-missing, sign-in-expired (dedotto dall’archivio delle credenziali: Microsoft invalida un accesso inutilizzato da 90 giorni), unknown-provider, nothing-to-do.

    Codice di uscita: 0 se non c’è niente da fare, 1 se un account richiede un intervento, 2 se non è stato possibile eseguirlo o leggere tutto (e nulla richiede interventi): utilizzabile come script di rilevamento per un RMM o Intune.
help-cmd-completions = Stampa i completamenti della shell per bash, zsh o fish (il pacchetto .deb li installa)
help-cmd-manpage = Stampa la pagina di manuale (roff), per la pacchettizzazione
help-cmd-restore = Elenca i backup di un profilo creati da mailsetup, o ne ripristina uno (prima viene fatto un backup del file attuale)
help-cmd-export = Scrive un file policies.json o AutoConfig che distribuisce gli account su molti computer

## Segnaposto per i valori di opzioni e argomenti.
help-value-language = LINGUA
help-value-delegate = DELEGATO
help-value-dir = CARTELLA
help-value-seconds = SECONDI
help-value-file = FILE
help-value-pem = PEM
help-value-code-or-text = CODICE-O-TESTO
help-value-email = INDIRIZZO
help-value-date = DATA

## Da dove vengono le impostazioni di un provider: opzioni di setup, check,
## detect, migrate, doctor, alias ed export.
help-provider-file = Usa le impostazioni del provider di questo file TOML per i domini che elenca (vedere il README)
help-ca-file = Considera attendibili anche i certificati CA di questo file PEM (ispezione TLS, server di test)

## mailsetup setup e mailsetup check. INDIRIZZO, DELEGATO e FILE sono i
## segnaposto di help-value-….
help-setup-email = L’indirizzo email da configurare
help-setup-name = Il nome come lo vedono i destinatari (predefinito: la parte prima della @)
help-setup-delegate = INDIRIZZO è una cassetta postale condivisa (info@…, supporto@…) che DELEGATO apre con il proprio accesso (Microsoft 365): DELEGATO accede e invia, l’account legge e invia come INDIRIZZO
help-setup-profile = Scrive in questa cartella del profilo di Thunderbird invece che in quella predefinita
help-setup-microsoft-365 = L’indirizzo è su Microsoft 365 (lavoro o scuola), anche se mailsetup non ne conosce il dominio
help-setup-json = Stampa il rapporto in formato JSON
help-setup-no-write = Accede e verifica, ma non scrive nulla
help-setup-no-sign-in-handoff = Non passa l’accesso a Thunderbird: all’avvio Thunderbird chiederà di accedere una volta
help-setup-timeout = Quanto attendere l’accesso nel browser, in secondi
help-setup-device-code = Alternativa: accede con un codice digitato su un altro dispositivo (RFC 8628), per sessioni remote il cui browser non può raggiungere questo computer. Molte organizzazioni lo bloccano (AADSTS53003)
help-setup-send-test = Invia anche un vero messaggio di prova, da INDIRIZZO a chi accede (il delegato, o INDIRIZZO stesso), dopo le verifiche: l’unico modo per scoprire che manca l’autorizzazione «Invia come» (Send As), che Exchange segnala solo per un messaggio reale. Senza questa opzione non viene mai inviato nulla
help-setup-ticket = Stampa il ticket per l’amministratore, pronto da inviare, invece del rapporto
help-setup-bundle = Scrive anche il pacchetto di supporto (un solo file JSON, senza dati segreti) in FILE

## mailsetup explain. I codici e le risposte di esempio restano invariati.
help-explain-text = Un codice AADSTS (AADSTS65001 o 65001), una risposta SMTP (535 5.7.139 …), una risposta IMAP (NO AUTHENTICATE failed.) o un testo di errore incollato
help-explain-json = Stampa in formato JSON
help-explain-all = Mostra tutte le diagnosi corrispondenti, a partire dalla migliore, non solo la migliore

## mailsetup detect
help-detect-email = L’indirizzo email da cercare
help-detect-json = Stampa il piano e i riscontri in formato JSON

## mailsetup profiles
help-profiles-root = Cerca in questa cartella principale di Thunderbird invece che in quella del sistema
help-profiles-json = Stampa in formato JSON

## mailsetup migrate
help-migrate-email = L’indirizzo dell’account da convertire; senza di esso, mailsetup elenca gli account che richiedono OAuth2 e chiede quali convertire
help-migrate-profile = La cartella del profilo di Thunderbird (predefinita: quella che apre Thunderbird)
help-migrate-yes = Non chiede conferma: converte tutti gli account elencati (per gli script)
help-migrate-force = Converte anche se una verifica non è riuscita (dopo aver letto la diagnosi)
help-migrate-json = Stampa i rapporti in formato JSON
help-migrate-timeout = Quanto attendere l’accesso nel browser, in secondi
help-migrate-no-sign-in-handoff = Non passa l’accesso a Thunderbird: all’avvio Thunderbird chiederà di accedere una volta

## mailsetup doctor
help-doctor-email = Solo l’account con questo indirizzo; senza di esso, tutti gli account OAuth2 del profilo
help-doctor-profile = La cartella del profilo di Thunderbird (predefinita: quella che apre Thunderbird)
help-doctor-json = Stampa i rapporti in formato JSON (un elenco, uno per account)

## mailsetup alias
help-alias-email = L’indirizzo dell’account (la sua cassetta postale) nel profilo
help-alias-alias = L’altro indirizzo della stessa cassetta postale con cui inviare (`vendite@…`)
help-alias-name = Il nome che i destinatari vedono per l’alias (predefinito: quello dell’account)
help-alias-profile = La cartella del profilo di Thunderbird (predefinita: quella che apre Thunderbird)
help-alias-send-test = Prima accede e invia un vero messaggio di prova dall’alias alla cassetta postale, e aggiunge l’alias solo se il server lo accetta: l’unico modo per sapere se l’invio come alias è consentito
help-alias-timeout = Quanto attendere l’accesso nel browser, in secondi
help-alias-json = Stampa in formato JSON il rapporto del messaggio di prova

## mailsetup audit. AAAA-MM-GG è il formato della data; i percorsi restano invariati.
help-audit-all-users = Tutti gli utenti di questo computer (eseguire come root o Amministratore): Linux /home/* e /root, macOS /Users/*, Windows C:\Users\*, ciascuno con Flatpak e Snap. Solo lettura; gli accessi salvati di un altro utente non vengono mai decifrati («non verificato»); i collegamenti che escono da una cartella home non vengono seguiti
help-audit-users-dir = Con --all-users: la cartella che contiene le cartelle home, invece di quella del sistema (ad esempio un disco montato)
help-audit-on = Valuta la situazione a questa data (AAAA-MM-GG), per vedere cosa smetterà di funzionare; predefinita: oggi
help-audit-json = Stampa in formato JSON (con uno schema_version)
help-audit-csv = Stampa in formato CSV, una riga per account

## mailsetup completions
help-completions-shell = La shell per cui generare i completamenti

## mailsetup restore
help-restore-backup = Il backup da ripristinare (un nome dell’elenco); senza di esso, vengono elencati i backup
help-restore-profile = La cartella del profilo di Thunderbird (predefinita: quella che apre Thunderbird)
help-restore-json = Stampa in formato JSON

## mailsetup export. policies e autoconfig sono i valori di --format e
## restano invariati, come i segnaposto ${USER} e ${NAME} (scritti qui
## ${"{"}USER{"}"}, perché Fluent interpreta le parentesi graffe).
help-export-format = policies (policies.json) o autoconfig (mozilla.cfg)
help-export-format-policies = Un policies.json aziendale (criterio `Preferences`)
help-export-format-autoconfig = Un file AutoConfig (mozilla.cfg); `${"{"}NAME{"}"}` in un indirizzo legge la variabile d’ambiente NAME a ogni avvio
help-export-emails = Gli indirizzi; con --format autoconfig possono contenere segnaposto come `${"{"}USER{"}"}`, ad esempio '${"{"}USER{"}"}@contoso.example'
help-export-name = Il nome del mittente (predefinito: la parte prima della @)
help-export-output = Scrive in FILE invece che sullo standard output

## Altri segnaposto: l’alias di alias, --name, il --format di export, la
## shell di completions e il backup di restore.
help-value-alias = ALIAS
help-value-name = NOME
help-value-format = FORMATO
help-value-shell = SHELL
help-value-backup = BACKUP
