### Ciò che mailsetup trova in un token di accesso e nella challenge XOAUTH2
### di un server (il passaggio di accesso del rapporto e i riscontri della
### diagnosi), e le parole delle altre verifiche del nucleo: indirizzi email,
### file CA e il provider di prova. JWT, IMAP, SMTP, XOAUTH2, PEM, CA, TLS e
### Outlook sono nomi; IMAP.AccessAsUser.All e SMTP.Send sono i nomi Microsoft
### delle autorizzazioni (ambiti) e restano invariati.

## Il token di accesso in una riga, per il passaggio di accesso del rapporto.
finding-token-opaque = il token di accesso è opaco (non è un JWT), quindi solo il server può sapere cosa consente
# $claims elenca ciò che dice il token, separato da virgole: i testi qui sotto.
finding-token-jwt = token di accesso JWT: { $claims }
# $audience è il servizio a cui è destinato il token (https://outlook.office.com).
finding-token-audience = audience { $audience }
# $scopes sono le autorizzazioni del token, come le chiama Microsoft.
finding-token-scopes = ambiti «{ $scopes }»
# $account è l’account con cui è stato effettuato l’accesso.
finding-token-account = account { $account }
# $tenant è l’ID Microsoft dell’organizzazione.
finding-token-tenant = tenant { $tenant }
# $app è l’ID dell’applicazione a cui è stato emesso il token.
finding-token-app = app { $app }
# Ogni riscontro dopo la riga: $summary è la riga fin lì, $finding uno dei
# riscontri qui sotto. ATTENZIONE deve saltare all’occhio.
finding-token-warning = { $summary }; ATTENZIONE: { $finding }

## Ciò che in un token farà sì che IMAP o SMTP lo rifiutino.
finding-wrong-audience = il token è per { $audience }, non per Outlook (https://outlook.office.com); IMAP e SMTP lo rifiuteranno
finding-missing-imap-scope = negli ambiti del token («{ $scopes }») manca IMAP.AccessAsUser.All
finding-missing-smtp-scope = negli ambiti del token («{ $scopes }») manca SMTP.Send
# $mailbox è l’indirizzo che si sta configurando.
finding-wrong-account = l’accesso è stato effettuato come { $account }, ma la cassetta postale è { $mailbox }
# $seconds è un numero di secondi.
finding-expired = il token è scaduto { $seconds } s fa (secondo l’orologio di questo computer)
finding-clock-skew = il token è stato emesso { $seconds } s nel futuro rispetto a questo computer: il suo orologio è indietro

## La challenge XOAUTH2 di un server, come riscontro di una diagnosi. $status,
## $scheme e $scope sono i valori del server («?» se non ne ha indicati).
finding-xoauth2-challenge = la challenge XOAUTH2 del server indica: status { $status }, scheme { $scheme }, scope { $scope }

## Un indirizzo email rifiutato. $input è ciò che è stato digitato; $reason
## uno dei testi che lo seguono.
finding-address-invalid = «{ $input }» non è un indirizzo email: { $reason }
finding-address-no-at = manca la @
finding-address-nothing-before-at = non c’è nulla prima della @
finding-address-too-long = è troppo lungo
finding-address-bad-local-part = la parte prima della @ contiene uno spazio, delle virgolette o un altro carattere rifiutato dai server di posta
finding-address-bad-domain = la parte dopo la @ non è un nome di dominio
finding-address-bad-idn = la parte dopo la @ non è un nome di dominio internazionale valido

## Autorità di certificazione aggiuntive (--ca-file) e l’archivio dei
## certificati attendibili del sistema. $path è il percorso di un file;
## $error e $message sono le parole di una libreria.
finding-ca-file-unreadable = impossibile leggere il file CA { $path }: { $error }
finding-ca-file-no-certificate = il file CA { $path } non contiene alcun certificato PEM
finding-ca-file-bad-pem = il file CA { $path } non è un PEM valido: { $message }
finding-trust-store-unusable = impossibile usare l’archivio dei certificati attendibili TLS del sistema: { $error }
finding-extra-ca-unusable = una CA aggiuntiva non è utilizzabile: { $error }

## Il provider di prova (mailsetup --sandbox): ciò che ogni piano per esso dice per primo.
finding-practice-warning = Questo è il provider di prova integrato in mailsetup: nulla lascia questo computer, e l’account che configura funziona solo mentre mailsetup --sandbox è in esecuzione.
