### A busca do provedor e das configurações de email de um endereço: o acesso
### do plano, seus avisos e observações, as evidências de cada consulta (o
### que `mailsetup detect` e o assistente listam), e os erros de arquivos de
### provedor, nomes de servidor e documentos de autoconfig. Nomes de
### protocolos e registros (IMAP, POP3, SMTP, TLS, OAuth2, DNS, MX, SRV,
### RFC 6186, HTTP), dos serviços da Microsoft (Microsoft Entra, Exchange
### Online, Autodiscover), de elementos XML (<emailProvider>, <domain>),
### seções de arquivo ([imap], [pop3], [smtp], [oauth]), chaves
### (oauth.scopes, auth = "password"), variáveis de ambiente (MAILSETUP_…) e
### locatários ("common", "organizations") ficam como estão. $domain é o
### domínio do endereço, $host o nome de um servidor, $provider o nome de
### um provedor, $error as palavras de uma biblioteca.

## Nomes de provedores que descrevem o tipo de conta.
provider-name-microsoft-365 = Microsoft 365 (conta corporativa ou de estudante)
provider-name-outlook-consumer = Outlook.com (conta pessoal da Microsoft)

## Por que nenhum plano pôde ser feito (o assistente e a linha de comando).
# $choice é provider-name-microsoft-365, a escolha que o usuário pode fazer.
provider-error-unknown-domain = o mailsetup não sabe qual provedor hospeda { $domain }; escolha “{ $choice }” se a sua organização o usa
provider-error-nothing-found = o mailsetup não encontrou configurações de email para { $domain } (as consultas mostram o que cada fonte respondeu); informe os servidores manualmente, ou escolha “{ $choice }” se a sua organização o usa
provider-error-no-answer = nenhuma das consultas para { $domain } teve resposta: parece que este computador está desconectado. Verifique a conexão de rede e tente novamente, ou informe os servidores manualmente

## Como um servidor faz o acesso, em poucas palavras.
provider-auth-none = sem autenticação
provider-auth-password = senha
provider-auth-encrypted-password = senha criptografada
provider-auth-kerberos = Kerberos
provider-auth-ntlm = NTLM
provider-auth-oauth2 = OAuth2

## O acesso do plano em uma linha. $issuer é de onde vêm os tokens
## (login.microsoftonline.com), $scopes as permissões solicitadas, como o
## provedor as chama.
provider-sign-in-oauth2 = OAuth2 em { $issuer } (escopos: { $scopes })
# $sign_in é provider-sign-in-oauth2; $tenant o id da organização na Microsoft.
provider-sign-in-tenant = { $sign_in }; locatário { $tenant }
# $realm é Managed ou Federated, palavras da própria Microsoft.
provider-sign-in-realm = { $sign_in }; tipo de domínio { $realm }
provider-sign-in-oauth2-by-thunderbird = OAuth2 em { $issuer } (escopos: { $scopes }), feito pelo próprio Thunderbird
provider-sign-in-password = senha (o Thunderbird a solicita)
# Quando só um dos dois servidores entra com OAuth2: $sign_in é um dos
# textos acima, $other como o outro servidor faz o acesso (provider-auth-…).
provider-sign-in-only-receiving = { $sign_in } para receber; o envio usa { $other }
provider-sign-in-only-sending = { $sign_in } para enviar; o recebimento usa { $other }

## Por que, em alguns provedores, quem entra com OAuth2 é o Thunderbird, e não o mailsetup.
provider-why-google = O acesso do Google exige um registro de aplicativo com um segredo de cliente, e o mailsetup não embute o segredo de outro aplicativo. O mailsetup verifica os servidores sem entrar na conta e grava a conta; depois, o Thunderbird entra no Google sozinho. Para verificar também o acesso, a equipe de suporte pode fornecer ao mailsetup o registro do Google da própria organização em um arquivo de provedor.
provider-why-redirect = O registro de aplicativo de { $provider } para o Thunderbird redireciona para https://127.0.0.1, que o mailsetup não consegue receber. O mailsetup verifica os servidores sem entrar na conta e grava a conta; depois, o Thunderbird entra em { $provider } sozinho.
# $issuer é onde o provedor faz o acesso (comcast.net).
provider-why-no-registration = O Thunderbird entra em { $provider } com o próprio registro de aplicativo em { $issuer }, que o mailsetup não tem. O mailsetup verifica os servidores sem entrar na conta e grava a conta; depois, o Thunderbird entra na conta sozinho.

## O que fazer primeiro em provedores que fazem o acesso com senha. Os
## caminhos de menu (E-Mail › Settings › POP3 & IMAP) são das páginas do
## próprio provedor: GMX, WEB.DE e mailbox.org não têm páginas em
## português, por isso os nomes ficam como elas os mostram.
provider-note-gmx = Primeiro, ative “POP3 & IMAP access” nas configurações do webmail (E-Mail › Settings › POP3 & IMAP). Com a autenticação de dois fatores, use uma senha específica de aplicativo.
provider-note-zoho = Primeiro, ative o acesso IMAP nas configurações do Zoho Mail (Configurações › Contas de email › IMAP). Com a autenticação de dois fatores, crie uma senha específica de aplicativo para o Thunderbird nas configurações de segurança da conta Zoho.
provider-note-icloud = O iCloud não tem OAuth2 para programas de email: crie uma senha específica de app em account.apple.com (Início de Sessão e Segurança › Senhas Específicas de Apps; a autenticação de dois fatores precisa estar ativada) e informe essa senha ao Thunderbird, e não a senha da sua Conta Apple.
provider-note-web-de = Primeiro, ative “POP3/IMAP access” nas configurações do WEB.DE (E-Mail › Settings › POP3/IMAP). Com a autenticação de dois fatores, use uma senha específica de aplicativo.
provider-note-mailbox-org = O mailbox.org faz o acesso de programas de email com senha. Com a autenticação de dois fatores ativada, crie uma senha de aplicativo para o Thunderbird nas configurações do mailbox.org (Security › App passwords).
provider-note-srv = Os registros DNS SRV indicam os servidores, mas não o método de acesso; o Thunderbird vai pedir sua senha.

## Avisos mostrados com o plano.
provider-warning-not-in-oauth-table = O Thunderbird só entra com OAuth2 em servidores da tabela interna dele, e { $host } não está nela: o Thunderbird não vai conseguir usar OAuth2 com esta conta.
# $first e $second são os nomes dos dois servidores.
provider-warning-not-in-oauth-table-two = O Thunderbird só entra com OAuth2 em servidores da tabela interna dele, e { $first } e { $second } não estão nela: o Thunderbird não vai conseguir usar OAuth2 com esta conta.
# $cloud é o nome da nuvem na Microsoft (microsoftonline.us).
provider-warning-national-cloud = O locatário está em uma nuvem nacional ({ $cloud }); o acesso da Microsoft no Thunderbird e o outlook.office365.com atendem apenas a nuvem global, então o acesso pode falhar.
# $tenant é "common" ou "organizations", os nomes da Microsoft para onde fazer o acesso.
provider-warning-no-tenant = A Microsoft não conhece nenhum locatário corporativo ou de estudante para { $domain }; o acesso será feito em “{ $tenant }”.
provider-warning-tenant-unknown = Não foi possível consultar o locatário da Microsoft; o acesso será feito em “{ $tenant }” (qualquer conta corporativa ou de estudante).
# $brand é o nome da organização como a Microsoft o tem, $host onde fica a
# página de acesso própria dela.
provider-warning-federated = Sua organização faz o acesso em uma página própria: depois que você digitar seu endereço na Microsoft, o navegador vai para essa página, que pode pedir um segundo fator ou um dispositivo registrado.
provider-warning-federated-brand = Sua organização faz o acesso em uma página própria ({ $brand }): depois que você digitar seu endereço na Microsoft, o navegador vai para essa página, que pode pedir um segundo fator ou um dispositivo registrado.
provider-warning-federated-host = Sua organização faz o acesso em uma página própria, em { $host }: depois que você digitar seu endereço na Microsoft, o navegador vai para essa página, que pode pedir um segundo fator ou um dispositivo registrado.
provider-warning-federated-brand-host = Sua organização faz o acesso em uma página própria ({ $brand }), em { $host }: depois que você digitar seu endereço na Microsoft, o navegador vai para essa página, que pode pedir um segundo fator ou um dispositivo registrado.
# $server_says é a resposta do próprio servidor de email, em inglês.
provider-warning-no-mailbox = O Autodiscover não conhece nenhuma caixa de correio do Exchange Online para este endereço: se o acesso funcionar, mas o IMAP depois responder “{ $server_says }”, a caixa de correio está em outro lugar ou não tem licença do Exchange Online.
provider-warning-autodiscover-silent = O Autodiscover não respondeu, então não se sabe se a caixa de correio está no Exchange Online.
# Por que a configuração para antes de gravar qualquer coisa; $host é o servidor Exchange da organização.
provider-stop-on-premises = Sua caixa de correio está no servidor Exchange da própria organização ({ $host }), e não no Exchange Online. O acesso do Microsoft 365 (OAuth2) só alcança caixas de correio no Exchange Online, e o Thunderbird só consegue usar OAuth2 com outlook.office365.com, por isso o mailsetup não consegue converter esta conta. Peça ao seu departamento de TI as configurações IMAP e SMTP de { $host }.

## mailsetup detect: o plano como texto. $millis é um tempo em milissegundos.
provider-detect-title = Plano da conta para { $address } ({ $millis } ms)
provider-detect-provider = Provedor: { $provider }
# $protocol é IMAP ou POP3; $server o servidor e como ele faz o acesso.
provider-detect-incoming = Recebimento ({ $protocol }): { $server }
provider-detect-outgoing = Envio (SMTP): { $server }
provider-detect-sign-in = Acesso: { $sign_in }
provider-detect-warning = Aviso: { $warning }
# $stop é o motivo por que a configuração para (provider-stop-…). PARE deve chamar a atenção.
provider-detect-stop = PARE: { $stop }
provider-detect-no-plan = Sem plano: { $reason }
provider-detect-nothing-found = nada encontrado
provider-detect-lookups = Consultas:

## Uma consulta da lista. $source é o id da consulta (dns-mx, ispdb), que
## fica como está; $millis quanto tempo ela levou em milissegundos;
## $outcome uma das palavras provider-outcome-…; $said o que ela encontrou.
provider-evidence = { $source } ({ $millis } ms, { $outcome }): { $said }
# [usada] marca as consultas em que o plano se baseia.
provider-evidence-used = { $source } ({ $millis } ms, { $outcome }) [usada]: { $said }
provider-outcome-found = encontrado
provider-outcome-nothing = nada
provider-outcome-unreachable = inacessível
provider-outcome-timed-out = tempo esgotado
provider-outcome-invalid = inválido
provider-outcome-not-needed = não necessário

## A lista de consultas do assistente em palavras simples: que tipo de
## lugar foi consultado, e o que resultou disso.
provider-source-catalogue = A lista interna de provedores
provider-source-provider-file = O arquivo de provedor
provider-source-autoconfig = O servidor de configurações do seu provedor
provider-source-autoconfig-well-known = O servidor web do seu domínio
provider-source-ispdb = A lista de provedores do Thunderbird
provider-source-dns-mx = Para onde seu email é entregue (DNS)
provider-source-dns-srv = Registros de servidor (DNS)
provider-source-microsoft-tenant = Microsoft: organização
provider-source-microsoft-realm = Microsoft: página de acesso
provider-source-microsoft-autodiscover = Microsoft: caixa de correio
provider-plain-found = encontrado
provider-plain-not-found = não encontrado
provider-plain-no-answer = sem resposta
provider-plain-unusable = respondeu com algo inutilizável
provider-plain-not-needed = não necessário
provider-plain-refused = recusado
provider-plain-name-not-found = sem resposta (não foi possível consultar o nome do servidor)
provider-plain-cannot-connect = sem resposta (não foi possível conectar)

## O que uma consulta encontrou, como as evidências o dizem.
provider-evidence-provider-file = o arquivo de provedor abrange { $domain }
provider-evidence-catalogue = { $domain } é { $provider } no catálogo interno do mailsetup
provider-evidence-abandoned = ainda em execução quando o plano ficou pronto; abandonada
provider-evidence-too-large = a resposta é grande demais; ignorada
# $millis é o prazo da consulta em milissegundos.
provider-evidence-timed-out = nenhuma resposta em { $millis } ms
# $tenant é o id da organização na Microsoft, $cloud a nuvem dela
# (microsoftonline.com), $region o nome de uma região na Microsoft (EU).
provider-evidence-tenant = um locatário do Microsoft Entra: { $tenant } em { $cloud }
provider-evidence-tenant-region = um locatário do Microsoft Entra: { $tenant } em { $cloud }, região { $region }
# $code é o código de erro da Microsoft.
provider-evidence-no-tenant = { $code }: nenhum locatário do Microsoft Entra tem este domínio
# "NameSpaceType Unknown", "Managed" e "Federated" são palavras da própria Microsoft.
provider-evidence-realm-unknown = a Microsoft não conhece este domínio (NameSpaceType Unknown)
provider-evidence-realm-managed = Managed: a própria página de acesso da Microsoft
# $place é onde o acesso continua: o nome de um servidor, ou provider-evidence-realm-own-provider;
# $brand o nome da organização como a Microsoft o tem.
provider-evidence-realm-federated = Federated: o acesso continua em { $place }
provider-evidence-realm-federated-brand = Federated: o acesso continua em { $place } ({ $brand })
provider-evidence-realm-own-provider = o provedor de identidade da própria organização
provider-evidence-mailbox-online = a caixa de correio está no Exchange Online
provider-evidence-mailbox-on-premises = a caixa de correio está no servidor Exchange da própria organização ({ $host })
provider-evidence-mailbox-unknown = nenhuma caixa de correio do Exchange Online para este endereço
# $host é o primeiro servidor de email dos registros MX do domínio.
provider-evidence-mx = o email vai para { $host }: { $provider }
provider-evidence-mx-unknown = o email vai para { $host }, que não indica nenhum provedor que o mailsetup conheça
provider-evidence-no-mx = nenhum registro MX
# $records lista os registros SRV encontrados (_imaps._tcp -> host:porta).
provider-evidence-srv-incomplete = { $records } (incompleto: são necessários um servidor de recebimento (IMAP ou POP3) e um servidor de envio)
provider-evidence-no-srv = nenhum registro SRV do RFC 6186
# $name é o nome do provedor em um documento de configurações; $servers os
# servidores que ele indica; $why por que eles não bastam (provider-autoconfig-…).
provider-evidence-config-unusable = { $name }: nada utilizável: { $why }
provider-evidence-config-incomplete = { $name }: { $servers } (incompleto: { $why })
# $status é o código de status HTTP, $location para onde a resposta aponta.
provider-evidence-redirected = HTTP { $status }: redirecionado para { $location } (não seguido)
provider-evidence-no-config = HTTP { $status }: nenhuma configuração aqui

## Documentos de configurações (autoconfig, config-v1.1.xml) que não podem ser usados.
# $limit é um número de bytes.
provider-autoconfig-too-large = o documento tem mais de { $limit } bytes
# $why é um dos textos abaixo, ou as palavras do próprio leitor de XML.
provider-autoconfig-malformed = o documento não é um config-v1.1.xml válido: { $why }
provider-autoconfig-no-usable-server = o documento não indica nenhum servidor que o Thunderbird possa usar: { $why }
provider-autoconfig-not-utf8 = ele não está em UTF-8
provider-autoconfig-dtd = ele declara um DTD, o que documentos de autoconfig nunca fazem
provider-autoconfig-no-provider = ele não tem <emailProvider>
provider-autoconfig-no-domain = ele não indica nenhum <domain>, que o Thunderbird exige
provider-autoconfig-lists-none = ele não lista nenhum
provider-autoconfig-incoming-plain = todos os servidores de recebimento dele funcionam sem criptografia (plain), que o mailsetup nunca usa: a senha trafegaria sem proteção
provider-autoconfig-no-incoming = ele não indica nenhum servidor IMAP ou POP3 que o Thunderbird possa usar
provider-autoconfig-smtp-plain = todos os servidores SMTP dele funcionam sem criptografia (plain), que o mailsetup nunca usa
provider-autoconfig-no-smtp = ele não indica nenhum servidor SMTP que o Thunderbird possa usar
# Servidores deixados de fora de um documento. $kind é o tipo do servidor
# como o documento o chama (IMAP, POP3, SMTP, ou o que o documento disser).
provider-autoconfig-unknown-type = um servidor do tipo “{ $kind }” não é do tipo que o Thunderbird configura
provider-autoconfig-no-host = um servidor { $kind } não tem nome de servidor
provider-autoconfig-bad-host = um servidor { $kind } tem um nome de servidor inválido
provider-autoconfig-no-port = { $kind } { $host } não tem uma porta de 1 a 65535
provider-autoconfig-no-socket-type = { $kind } { $host }:{ $port } não tem um tipo de socket que o Thunderbird conheça
provider-autoconfig-oauth2-only = { $kind } { $host } só oferece OAuth2, e a tabela interna de OAuth2 do Thunderbird não inclui { $host }, então o Thunderbird não consegue entrar ali
provider-autoconfig-no-sign-in-method = { $kind } { $host } não indica nenhum método de acesso que o Thunderbird conheça

## As falhas das próprias consultas.
provider-dns-no-settings = não é possível ler as configurações de DNS do sistema: { $error }
provider-dns-off = as consultas DNS estão desativadas
provider-dns-cannot-start = o resolvedor de DNS não consegue iniciar: { $error }
# $why é provider-http-… e as palavras da própria biblioteca de rede.
provider-http-unreachable = inacessível: { $why }
# $kibibytes é o limite, um número.
provider-http-too-large = a resposta tem mais de { $kibibytes } KiB
provider-http-timed-out = nenhuma resposta a tempo
provider-http-cannot-connect = não é possível conectar
provider-http-failed = a solicitação falhou
provider-microsoft-openid-not-json = a configuração OpenID não é um JSON válido: { $error }
provider-microsoft-openid-no-issuer = a configuração OpenID não tem issuer
# $issuer é o que a Microsoft respondeu.
provider-microsoft-issuer-no-tenant = o issuer { $issuer } não indica nenhum GUID de locatário
provider-microsoft-realm-not-json = a resposta de user realm não é um JSON válido: { $error }
provider-microsoft-autodiscover-not-json = a resposta do Autodiscover não é um JSON válido: { $error }
# Url e Location são nomes de campos na resposta da Microsoft.
provider-microsoft-autodiscover-no-url = a resposta do Autodiscover não tem Url
# $url é o que a Microsoft respondeu.
provider-microsoft-autodiscover-bad-url = a Url { $url } do Autodiscover não é uma URL
provider-microsoft-autodiscover-no-location = o Autodiscover redirecionou sem um Location
provider-microsoft-autodiscover-location-not-url = o Autodiscover redirecionou para algo que não é uma URL

## Variáveis de ambiente para laboratórios de teste (desenvolvedores e suporte).
# $value é o que a variável contém.
provider-env-dns-server = MAILSETUP_DNS_SERVER={ $value } não está no formato ip:porta
# $name é o nome da variável.
provider-env-not-https = { $name } precisa ser uma URL https
provider-env-deadline = MAILSETUP_DISCOVERY_DEADLINE_MS={ $value } não é um número

## Arquivos de provedor (--provider-file). $path é o caminho do arquivo.
provider-file-unreadable = não é possível ler o arquivo de provedor { $path }: { $error }
# $message é um dos textos abaixo, ou as palavras do próprio leitor de TOML.
provider-file-invalid = o arquivo de provedor { $path } não é válido: { $message }
provider-file-no-scopes = oauth.scopes está vazio
# $field é authorize_url ou token_url, $url o que o arquivo informa.
provider-file-not-https = oauth.{ $field } precisa usar https, porque tokens nunca são enviados sem TLS (informado: { $url })
provider-file-imap-and-pop3 = o arquivo tem [imap] e [pop3]; uma conta tem um único servidor de recebimento
provider-file-no-incoming = o arquivo precisa de um servidor de recebimento: [imap] ou [pop3]
provider-file-no-oauth2 = nenhum servidor entra com OAuth2 (os dois dizem auth = "password"), então o registro [oauth] nunca seria usado
# $section é imap, pop3 ou smtp.
provider-file-port-zero = a porta (port) de [{ $section }] não pode ser 0
# $line é o número da linha no arquivo, $host o host como foi escrito (entre
# aspas), $why um dos textos provider-host-….
provider-file-bad-host = o host de [{ $section }] na linha { $line } ({ $host }) { $why }

## Por que um texto não é um nome de servidor. Cada um completa "o host …".
provider-host-empty = está vazio
# $what é um dos textos provider-host-char-… ou o caractere entre aspas;
# $position conta os caracteres a partir de 1.
provider-host-bad-character = contém { $what } no caractere { $position }; um nome de servidor só tem letras, dígitos, hífens e pontos
provider-host-url = é uma URL; informe apenas o nome do servidor (como imap.example.com), sem esquema nem caminho
provider-host-port = tem uma porta depois de dois-pontos; informe a porta separadamente (`port = …`)
# $length e $longest são números de caracteres.
provider-host-too-long = tem { $length } caracteres; um nome de servidor tem no máximo { $longest }
provider-host-empty-label = tem um rótulo vazio (um ponto no início, ou dois pontos em sequência)
provider-host-long-label = tem um rótulo de { $length } caracteres; um rótulo tem no máximo { $longest }
provider-host-hyphen = tem o rótulo “{ $label }”, que começa ou termina com hífen
provider-host-bad-idn = não é um nome de domínio internacionalizado válido
provider-host-char-cr = um retorno de carro (CR)
provider-host-char-lf = uma quebra de linha (LF)
provider-host-char-nul = um caractere NUL
provider-host-char-tab = uma tabulação
provider-host-char-space = um espaço
# $code é o número do caractere (U+200B).
provider-host-char-invisible = o caractere invisível { $code }
