### Le parole che clap, l’analizzatore della riga di comando, scrive attorno
### ai testi di aiuto di help.ftl: intestazioni, le sue opzioni e i suoi
### messaggi di errore. Nomi degli argomenti (--lang), nomi dei comandi e
### valori restano invariati.

usage-heading = Utilizzo:
# Nella riga di utilizzo, dove vanno le opzioni: mailsetup audit [OPZIONI].
usage-options-value = [OPZIONI]
usage-options = Opzioni
usage-arguments = Argomenti
usage-commands = Comandi
# Nella riga di utilizzo, dove va un comando: mailsetup [COMANDO].
usage-command-value = COMANDO
usage-flag-help = Mostra la guida
usage-flag-help-more = Mostra la guida (più dettagli con '--help')
usage-flag-help-summary = Mostra la guida (un riepilogo con '-h')
usage-flag-version = Mostra la versione
usage-cmd-help = Mostra questo messaggio o la guida dei sottocomandi indicati
usage-cmd-help-subcommand = Mostra la guida dei sottocomandi
# Dopo la guida di un’opzione; $value è il valore usato quando non viene indicato.
usage-default = [predefinito: { $value }]
# Dopo la guida di un’opzione; $values li elenca, separati da virgole.
usage-possible-values = [valori possibili: { $values }]
usage-possible-values-heading = Valori possibili:
usage-possible-values-list = valori possibili: { $values }

## Errori in ciò che è stato digitato. $argument è un’opzione come digitata o
## definita (--lang <LINGUA>); $command il nome di un comando; $value ciò che
## è stato digitato.
usage-error = errore:
usage-error-unknown-argument = argomento inatteso '{ $argument }'
usage-error-unknown-command = comando sconosciuto '{ $command }'
usage-error-value-missing = '{ $argument }' richiede un valore, ma non ne è stato indicato nessuno
usage-error-invalid-value = valore non valido '{ $value }' per '{ $argument }'
# $arguments elenca quelli mancanti, separati da virgole.
usage-error-missing = questi argomenti obbligatori non sono stati indicati: { $arguments }
usage-error-repeated = '{ $argument }' può essere indicato una sola volta
usage-error-conflict = '{ $argument }' non può essere usato insieme a '{ $other }'
usage-error-too-many = valore inatteso '{ $value }' per '{ $argument }'; non ne erano previsti altri
# $similar è un’opzione o un comando con quel nome.
usage-error-similar = suggerimento: ne esiste uno simile: '{ $similar }'
usage-error-more = Per maggiori informazioni, provare '--help'.

usage-error-value-count = '{ $argument }' accetta { $expected } valori, ma ne sono stati dati { $actual }
usage-error-needs-equals = il valore di '{ $argument }' va dopo un segno di uguale, come in { $argument }=VALORE
usage-error-needs-command = '{ $command }' deve essere seguito da un comando
usage-error-not-utf8 = un argomento non è un testo valido (UTF-8)
