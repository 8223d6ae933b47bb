### Wat mailsetup vindt in een toegangstoken en in de XOAUTH2-challenge van
### een server (de aanmeldstap van het rapport en de aanwijzingen van de
### diagnose), en de woorden van de andere controles van de kern:
### e-mailadressen, CA-bestanden en de oefenprovider. JWT, IMAP, SMTP,
### XOAUTH2, PEM, CA, TLS en Outlook zijn namen; IMAP.AccessAsUser.All en
### SMTP.Send zijn de namen die Microsoft aan machtigingen (scopes) geeft, en
### blijven zoals ze zijn.

## Het toegangstoken op één regel, voor de aanmeldstap van het rapport.
finding-token-opaque = het toegangstoken is ondoorzichtig (geen JWT), dus alleen de server weet wat het toestaat
# $claims noemt wat het token zegt, gescheiden door komma's: de teksten hieronder.
finding-token-jwt = JWT-toegangstoken: { $claims }
# $audience is de dienst waarvoor het token is (https://outlook.office.com).
finding-token-audience = doelgroep { $audience }
# $scopes zijn de machtigingen in het token, zoals Microsoft ze noemt.
finding-token-scopes = scopes "{ $scopes }"
# $account is de account waarmee is aangemeld.
finding-token-account = account { $account }
# $tenant is de id die Microsoft de organisatie geeft.
finding-token-tenant = tenant { $tenant }
# $app is de id van de toepassing waarvoor het token is uitgegeven.
finding-token-app = app { $app }
# Elke bevinding na de regel: $summary is de regel tot nu toe, $finding een
# van de bevindingen hieronder. WAARSCHUWING moet opvallen.
finding-token-warning = { $summary }; WAARSCHUWING: { $finding }

## Wat in een token ervoor zorgt dat IMAP of SMTP het weigert.
finding-wrong-audience = het token is voor { $audience }, niet voor Outlook (https://outlook.office.com); IMAP en SMTP zullen het weigeren
finding-missing-imap-scope = in de scopes van het token ("{ $scopes }") ontbreekt IMAP.AccessAsUser.All
finding-missing-smtp-scope = in de scopes van het token ("{ $scopes }") ontbreekt SMTP.Send
# $mailbox is het adres dat wordt ingesteld.
finding-wrong-account = u hebt zich aangemeld als { $account }, maar de mailbox is { $mailbox }
# $seconds is een aantal seconden.
finding-expired = het token is { $seconds } s geleden verlopen (volgens de klok van deze computer)
finding-clock-skew = het token is uitgegeven { $seconds } s in de toekomst van deze computer: de klok loopt achter

## De XOAUTH2-challenge van een server, als aanwijzing voor een diagnose.
## $status, $scheme en $scope zijn de eigen waarden van de server ("?" als
## die er geen gaf).
finding-xoauth2-challenge = de XOAUTH2-challenge van de server zegt: status { $status }, scheme { $scheme }, scope { $scope }

## Een e-mailadres dat wordt geweigerd. $input is wat er is getypt; $reason
## een van de teksten erna.
finding-address-invalid = “{ $input }” is geen e-mailadres: { $reason }
finding-address-no-at = er staat geen @ in
finding-address-nothing-before-at = er staat niets vóór de @
finding-address-too-long = het is te lang
finding-address-bad-local-part = het deel vóór de @ bevat een spatie, een aanhalingsteken of een ander teken dat mailservers weigeren
finding-address-bad-domain = het deel na de @ is geen domeinnaam
finding-address-bad-idn = het deel na de @ is geen geldige internationale domeinnaam

## Extra certificeringsinstanties (--ca-file) en het vertrouwensarchief van
## het systeem. $path is het pad van een bestand; $error en $message zijn de
## eigen woorden van een bibliotheek.
finding-ca-file-unreadable = kan CA-bestand { $path } niet lezen: { $error }
finding-ca-file-no-certificate = CA-bestand { $path } bevat geen PEM-certificaat
finding-ca-file-bad-pem = CA-bestand { $path } is geen geldige PEM: { $message }
finding-trust-store-unusable = het TLS-vertrouwensarchief van het systeem kan niet worden gebruikt: { $error }
finding-extra-ca-unusable = een extra CA is onbruikbaar: { $error }

## De oefenprovider (mailsetup --sandbox): wat elk plan ervoor als eerste zegt.
finding-practice-warning = Dit is de oefenprovider die in mailsetup is ingebouwd: er verlaat niets deze computer, en de account die hiermee wordt ingesteld, werkt alleen zolang mailsetup --sandbox draait.
