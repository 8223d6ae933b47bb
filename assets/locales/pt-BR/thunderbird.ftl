### Os perfis e arquivos do Thunderbird: os erros ao lê-los e alterá-los (a
### trava do perfil, o prefs.js, o armazenamento de credenciais e o NSS do
### Thunderbird, a conversão de uma conta para OAuth2, a passagem do acesso,
### a abertura do Thunderbird) e a lista de `mailsetup profiles`. Nomes de
### arquivos (prefs.js, logins.json, logins.db, profiles.ini,
### msgFilterRules.dat), nomes de preferências (signon.storage.rust.active),
### nomes de funções do NSS, HOME, `mailsetup restore` e --format autoconfig
### ficam como estão. $path, $profile, $root, $dir e $backup_dir são
### caminhos; $error são as palavras do próprio sistema operacional ou de
### uma biblioteca.

## Erros, como o relatório, o assistente e a linha de comando os mostram.
tb-error-profile-in-use = o Thunderbird está usando o perfil { $profile }; feche o Thunderbird e tente novamente
tb-error-read-only-profile = não é possível gravar no perfil { $profile } ({ $error }); ele está em um disco somente leitura ou você não tem permissão para gravar ali: copie-o para um local em que seja possível gravar, ou fale com quem administra este computador
# $found é um dos textos tb-found-….
tb-error-not-regular-file = { $path } é { $found }, e não um arquivo comum, por isso o mailsetup não o lê; mova-o para outro lugar (o Thunderbird espera um arquivo simples ali)
# $mebibytes é o limite (um número); $what é o nome de um arquivo ou um dos
# textos tb-limit-what-…, $why um dos textos tb-limit-why-….
tb-error-too-large = { $path } tem mais de { $mebibytes } MiB, o máximo que o mailsetup lê para { $what } ({ $why }); mova-o para outro lugar se ele não for do Thunderbird
tb-error-change-undone = não é possível substituir { $path }: { $error }; nada foi alterado: todos os arquivos estão como antes (backups em { $backup_dir })
# $not_restored e $backups são listas de caminhos, separados por vírgulas.
tb-error-half-changed = não é possível substituir { $path }: { $error }, e não foi possível recolocar { $not_restored }, por isso o perfil ficou alterado pela metade; execute o mailsetup novamente neste perfil (ele recoloca os arquivos primeiro), ou copie de volta manualmente estes backups: { $backups }
tb-error-lock-check-failed = não é possível saber se o Thunderbird está usando o perfil { $profile }: { $error }; feche o Thunderbird e tente novamente
# $line é o número da linha no arquivo; $message diz o que há de errado ali
# (tb-prefs-nul-byte, tb-file-not-utf8, ou as palavras do próprio leitor de
# prefs.js do Thunderbird, que ficam em inglês).
tb-error-prefs-syntax = { $path }, linha { $line }: { $message }; corrija ou remova essa linha (o Thunderbird também a ignora), ou abra e feche o Thunderbird uma vez para que ele regrave o arquivo
# $message são as palavras do próprio leitor de INI.
tb-error-profiles-ini = { $path } não é um arquivo INI válido: { $message }; corrija-o ou mova-o para outro lugar para que o Thunderbird o recrie
# $action é um dos textos tb-action-…: o que não pôde ser feito com $path.
tb-error-io = não foi possível { $action } { $path }: { $error }; verifique se o caminho existe e se você tem permissão para ler e gravar ali
tb-error-no-home = não foi possível encontrar sua pasta pessoal; defina HOME
tb-error-profile-not-found = não há nenhuma pasta de perfil do Thunderbird em { $path }; verifique o caminho (uma pasta de perfil contém o prefs.js)
# $names lista os nomes dos perfis, separados por vírgulas.
tb-error-no-default-profile = { $root } tem vários perfis do Thunderbird ({ $names }) e nenhum é o padrão; escolha um deles explicitamente
# $field é um dos textos tb-field-…, $problem um dos textos que dizem o que
# há de errado (tb-invalid-…, tb-migrate-…, tb-identity-…, tb-journal-…,
# tb-restore-…, tb-export-…, tb-pref-unwritable), depois de dois-pontos:
# "problema na conta (endereço): está em branco".
tb-error-invalid-account = problema na conta ({ $field }): { $problem }; verifique as configurações da conta
# $message é um dos textos tb-logins-….
tb-error-logins-invalid = { $path } não é um armazenamento de credenciais que o Thunderbird consiga ler: { $message }; nada foi alterado (o Thunderbird o deixaria de lado e perderia o que o mailsetup adicionasse)
tb-error-logins-elsewhere = este perfil guarda os acessos salvos em logins.db (signon.storage.rust.active), que o mailsetup não grava; nada foi alterado
tb-error-primary-password = uma senha principal protege os acessos salvos de { $profile }, por isso o mailsetup não consegue passar o acesso para o Thunderbird; nada foi alterado
# $error é um dos textos tb-nss-….
tb-error-nss = { $error }; nada foi alterado

## O que não pôde ser feito com um arquivo, dentro de tb-error-io ("não foi possível { $action } { $path }").
tb-action-read = ler
tb-action-write = gravar
tb-action-create = criar
tb-action-copy = copiar
tb-action-remove = remover
tb-action-replace = substituir
tb-action-resolve = resolver o caminho
tb-action-flush = concluir a gravação de
tb-action-set-permissions = definir as permissões de
tb-action-create-private-directory = criar uma pasta privada em
tb-action-create-temporary-file = criar um arquivo temporário em
tb-action-create-backup = criar o backup
tb-action-create-backup-of = criar o backup de
tb-action-write-backup = gravar o backup

## Qual configuração está errada, dentro de tb-error-invalid-account ("problema na conta ({ $field }): …").
tb-field-address = endereço
tb-field-display-name = nome de exibição
tb-field-incoming-host = servidor de recebimento
tb-field-smtp-host = servidor SMTP
tb-field-incoming-port = porta de recebimento
tb-field-smtp-port = porta SMTP
tb-field-settings = configurações
tb-field-account = conta
tb-field-user-name = nome de usuário
tb-field-identity = identidade
tb-field-backup = backup
tb-field-export = exportação
tb-field-change-journal = registro de alterações

## O que está no lugar em que deveria haver um arquivo, dentro de tb-error-not-regular-file.
tb-found-directory = uma pasta
tb-found-symbolic-link = um link simbólico
tb-found-named-pipe = um pipe nomeado (FIFO)
tb-found-socket = um socket
tb-found-device = um dispositivo
tb-found-not-regular-file = algo que não é um arquivo comum

## Os arquivos que o mailsetup só lê até um certo tamanho, e por que esse
## tamanho, dentro de tb-error-too-large.
tb-limit-what-login-store = o armazenamento de credenciais
tb-limit-what-profile-list = a lista de perfis
tb-limit-what-key-store = o armazenamento de chaves do Thunderbird
tb-limit-what-change-journal = o registro de alterações
tb-limit-why-prefs = dez vezes o maior prefs.js que o Thunderbird costuma gravar
tb-limit-why-logins = espaço para dezenas de milhares de acessos salvos, muito mais do que qualquer perfil real tem
tb-limit-why-filters = espaço para cerca de 100 mil filtros de mensagens
tb-limit-why-profiles = espaço para milhares de perfis; o Thunderbird grava poucas linhas por perfil
tb-limit-why-key-store = muitas vezes o tamanho de qualquer armazenamento de chaves que o Thunderbird cria
tb-limit-why-change-journal = algumas centenas de bytes por arquivo afetado por uma alteração

## A leitura do prefs.js.
tb-file-not-utf8 = o arquivo não é texto UTF-8
tb-prefs-nul-byte = byte NUL no arquivo; o Thunderbird para de ler ali
# $name é o nome da preferência, entre aspas.
tb-pref-unwritable = não é possível gravar a preferência { $name }: { $reason }
tb-pref-name-empty = o nome está vazio
tb-pref-name-nul = o nome contém um caractere NUL, que as preferências não aceitam
tb-pref-value-nul = o valor contém um caractere NUL, que as preferências não aceitam

## O que há de errado com uma configuração, depois do nome dela em tb-error-invalid-account.
tb-invalid-is-empty = está em branco
tb-invalid-not-an-address = não é um endereço de email (precisa ter um @ e nenhum espaço)
tb-invalid-contains-nul = contém um caractere NUL, que as preferências do Thunderbird não aceitam
tb-invalid-not-a-host-name = não é um nome de servidor
tb-invalid-port-zero = é 0
# $account é a chave da conta no prefs.js (account1).
tb-invalid-account-not-in-profile = { $account } não está neste perfil
tb-invalid-user-name-not-set = não consta nos servidores da conta

## A conversão de uma conta para OAuth2. $account é a chave da conta no
## prefs.js (account1).
tb-migrate-not-a-mail-account = { $account } não é uma conta de email neste perfil
# $kind é o tipo da conta como o prefs.js o chama (nntp, rss, ews).
tb-migrate-not-imap-or-pop = { $account } é uma conta { $kind }; só contas IMAP e POP passam para OAuth2
# $user_name é o nome de usuário da conta, entre aspas.
tb-migrate-no-address = { $account } não tem um endereço de email para entrar na conta (nome de usuário { $user_name }); informe o endereço
# $pref é o nome de uma preferência.
tb-migrate-cannot-write = não é possível gravar { $pref }
# Observações mostradas com o plano. $origin é onde uma senha está salva (imap://mail.example.com).
tb-migrate-note-password-stays = a senha salva para { $origin } continua: outra conta ainda entra ali com senha, e o Thunderbird criptografa os nomes de usuário, então não é possível distinguir uma da outra
tb-migrate-note-logins-db = o logins.db (a cópia sem uso do logins.json que o Thunderbird mantém) fica como está

## A adição de um endereço (uma identidade) a uma conta.
# $alias é o endereço informado, entre aspas.
tb-identity-not-an-address = { $alias } não é um endereço de email
tb-identity-name-nul = o nome contém um caractere NUL, que as preferências do Thunderbird não aceitam
tb-identity-no-prefs = o perfil não tem prefs.js, então não tem nenhuma conta à qual adicionar um endereço
# $account é a chave da conta no prefs.js (account1).
tb-identity-no-such-account = { $account } não é uma conta com identidade neste perfil

## O registro de uma alteração não concluída, que o mailsetup lê para
## recolocar os arquivos depois de uma falha. $path é o caminho do registro;
## $why um dos textos tb-journal-… depois dele.
tb-journal-refused = { $path } { $why }; mova-o para outro lugar se não foi o mailsetup que o gravou
# $error são as palavras do próprio leitor de JSON.
tb-journal-not-a-journal = não é um registro que o mailsetup grava ({ $error })
tb-journal-names-other-file = indica { $path }, que nenhuma alteração grava
# $name é um nome de arquivo, entre aspas.
tb-journal-names-bad-backup = indica o backup { $name }, que não é um nome de arquivo

## A restauração de um backup. $which é o que foi informado, entre aspas.
tb-restore-not-a-backup = { $which } não é um dos backups deste perfil (`mailsetup restore` os lista)

## A exportação de contas para muitos computadores (policies.json,
## mozilla.cfg). ${NAME} é um marcador para uma variável de ambiente; $text
## e $name são o que foi informado, entre aspas.
tb-export-unclosed-placeholder = ${"{"} sem fechamento em { $text }
tb-export-bad-variable-name = { $name } não é um nome de variável de ambiente (letras, dígitos, _)
tb-export-value-nul = um valor contém um caractere NUL, que as preferências não aceitam
tb-export-policies-placeholder = o policies.json é o mesmo para todos os usuários de uma máquina, então { $text } não pode conter um marcador por usuário; use --format autoconfig

## O armazenamento de credenciais (logins.json), depois de tb-error-logins-invalid.
# $error são as palavras do próprio leitor de JSON.
tb-logins-not-json = não é JSON ({ $error })
tb-logins-not-an-object = não é um objeto JSON
# $number conta os acessos salvos a partir de 1.
tb-logins-entry-not-an-object = o acesso salvo número { $number } não é um objeto
tb-logins-not-a-list = "logins" não é uma lista
tb-logins-no-list = não há uma lista "logins"
tb-logins-next-id = "nextId" não é um número inteiro

## O NSS do Thunderbird, que criptografa os acessos salvos. $dir é a pasta
## de uma instalação do Thunderbird.
# $looked_in lista pastas, separadas por vírgulas.
tb-nss-not-found = nenhuma instalação do Thunderbird com as bibliotecas NSS foi encontrada (procurado em { $looked_in })
# $reason é um dos dois textos abaixo, ou as palavras do próprio carregador do sistema.
tb-nss-unloadable = não foi possível carregar o NSS do Thunderbird em { $dir }: { $reason }
tb-nss-library-missing = a biblioteca NSS não está lá
# $file é o caminho de uma biblioteca.
tb-nss-did-not-load = { $file } não foi carregado
# $loaded e $wanted são pastas de instalações.
tb-nss-other-install-loaded = esta execução já usa o NSS de { $loaded }; não é possível usar também o de { $wanted }
tb-nss-primary-password = uma senha principal protege os acessos salvos deste perfil
# $call é o nome de uma função do NSS, $code o número de erro do NSS.
tb-nss-call-failed = { $call } do NSS falhou (erro do NSS { $code })
tb-nss-still-open = o NSS do Thunderbird ainda mantém aberto o armazenamento de chaves anterior; execute o mailsetup novamente
tb-nss-not-base64 = um acesso salvo não está no formato base64 que o Thunderbird grava

## A abertura do Thunderbird na última página do assistente.
tb-launch-already-open = o Thunderbird já está aberto
# $program é o caminho do programa.
tb-launch-failed = não foi possível iniciar o Thunderbird ({ $program }: { $error })

## mailsetup profiles: cada perfil e suas contas.
tb-listing-profile = { $name }: { $path }
tb-listing-profile-default = { $name } (padrão): { $path }
# $problem é um dos erros acima.
tb-listing-accounts-unknown = contas desconhecidas: { $problem }
tb-listing-no-accounts = nenhuma conta de email
# $kind é o tipo da conta (imap, pop3); $sign_in um dos textos tb-sign-in-….
tb-listing-account = { $address }: { $kind } { $host } ({ $sign_in })
# No lugar do endereço de uma conta que não tem nenhum.
tb-listing-no-identity = (sem identidade)
# Vem depois de tb-listing-account, na mesma linha.
tb-listing-sends-via = , envia por { $host } ({ $sign_in })
# $hash é o id da instalação, $dir a pasta dela (ou tb-listing-an-install),
# $profile o perfil que ela abre (ou tb-listing-opens-nothing).
tb-listing-install = instalação { $hash } ({ $dir }) abre { $profile }
tb-listing-an-install = pasta desconhecida
tb-listing-opens-nothing = nenhum perfil
tb-listing-no-profiles = nenhum perfil
# O que uma conta precisa, entre colchetes antes dela; cli-profiles-needs-oauth2 (cli.ftl) cita esta marca.
tb-status-needs-oauth2 = precisa de OAuth2
tb-status-ok = ok
tb-status-unknown-provider = provedor desconhecido
# Como um servidor faz o acesso.
tb-sign-in-none = sem autenticação
tb-sign-in-password = senha
tb-sign-in-kerberos = Kerberos
tb-sign-in-ntlm = NTLM
tb-sign-in-tls-certificate = certificado TLS
tb-sign-in-oauth2 = OAuth2
tb-sign-in-other = outro método
