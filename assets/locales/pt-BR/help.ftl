### Os textos de ajuda da linha de comando: o que `mailsetup --help`,
### `mailsetup COMANDO --help` e -h, a página de manual e os complementos
### do shell dizem sobre cada comando, opção, argumento e valor (as palavras
### que o clap escreve em volta deles estão em usage.ftl). Buscados pelas
### definições do clap em src/cli/mod.rs e src/cli/tb.rs.
###
### Uma mensagem `help-cmd-…` é o resumo de uma linha do comando (a lista de
### comandos, -h); a `help-cmd-…-long` é o texto do --help, em que uma linha
### em branco começa um novo parágrafo. Uma quebra de linha aqui é uma quebra
### de linha na ajuda, por isso cada parágrafo fica em uma linha. Resumos e
### textos de opções terminam sem ponto final. `help-value-…` são os
### marcadores de valores (--profile PASTA), em maiúsculas. Opções
### (--all-users), comandos (`doctor`), nomes de arquivos e variáveis de
### ambiente ficam como estão.

## O próprio mailsetup, e as opções que todos os comandos aceitam.
help-cmd-mailsetup = Mail Setup: converte contas de email para OAuth2 e configura o Thunderbird
# Mostrado no fim de `mailsetup --help`.
help-cmd-mailsetup-after = Código de saída: 0 se todas as verificações passaram, 1 se uma verificação falhou (ou se nada foi encontrado), 2 se o comando não pôde ser executado.
help-sandbox = Experimenta tudo com o provedor de treino interno; não precisa de conta
help-verbose = Exibe mensagens de log (nunca segredos) na saída de erro padrão
help-lang = O idioma a usar (de, fr, pt-BR…); senão, MAILSETUP_LANG e depois o idioma do sistema. Chaves JSON, ids e as palavras dos próprios servidores ficam como estão
help-fix-needed = Para um script de logon ou um atalho na área de trabalho: não faz nada (código 0) quando todas as contas do Thunderbird deste usuário estão em ordem; senão, abre o assistente na primeira conta que precisa ser corrigida, dizendo por quê

## Os comandos: um resumo e, para alguns, o texto mais longo do --help.
help-cmd-setup = Entra na conta, verifica IMAP e SMTP e adiciona a conta ao Thunderbird
help-cmd-check = Encontra os servidores, entra na conta e verifica IMAP e SMTP, sem gravar nada; cada etapa que falha é explicada (o diagnóstico)
help-cmd-check-long =
    Encontra os servidores, entra na conta e verifica IMAP e SMTP, sem gravar nada; cada etapa que falha é explicada (o diagnóstico).

    Código de saída: 0 se todas as verificações passaram, 1 se uma verificação falhou, 2 se não pôde ser executado.
help-cmd-explain = Explica um erro sem usar a rede: um código AADSTS, uma resposta SMTP ou IMAP, ou qualquer texto de erro colado. Mostra o que aconteceu, o que você pode fazer e o que o seu administrador precisa fazer
help-cmd-explain-long =
    Explica um erro sem usar a rede: um código AADSTS, uma resposta SMTP ou IMAP, ou qualquer texto de erro colado. Mostra o que aconteceu, o que você pode fazer e o que o seu administrador precisa fazer.

    Código de saída: 0 se um diagnóstico foi encontrado, 1 se nenhum foi.
help-cmd-detect = Encontra o provedor, os servidores e o método de acesso de um endereço, e mostra as evidências
help-cmd-detect-long =
    Encontra o provedor, os servidores e o método de acesso de um endereço, e mostra as evidências.

    Código de saída: 0 se um plano foi encontrado, 1 se nenhum foi (ou se a conta não pode ser convertida), 2 se não pôde ser executado.
help-cmd-profiles = Lista os perfis do Thunderbird (todas as instalações: Linux, Flatpak, Snap, Windows, macOS) e suas contas, com o que cada uma precisa
help-cmd-migrate = Converte para OAuth2 contas com senha na Microsoft ou no Google, sem recriá-las, mantendo mensagens, pastas e filtros. Antes, entra na conta e verifica
help-cmd-migrate-long =
    Converte para OAuth2 contas com senha na Microsoft ou no Google, sem recriá-las, mantendo mensagens, pastas e filtros. Antes, entra na conta e verifica.

    Código de saída: 0 se a conversão foi feita (ou se não havia nada a fazer), 1 se uma verificação falhou ou se você respondeu não, 2 se não pôde ser executado.
help-cmd-doctor = O que diz o próprio acesso do Thunderbird: para cada conta OAuth2 do perfil, lê o acesso que o Thunderbird salvou, renova-o no provedor e verifica IMAP e SMTP com ele. Sem navegador, nada a digitar; para “o Thunderbird vive pedindo para eu entrar na conta” e “o envio parou”
help-cmd-doctor-long =
    O que diz o próprio acesso do Thunderbird: para cada conta OAuth2 do perfil, lê o acesso que o Thunderbird salvou, renova-o no provedor e verifica IMAP e SMTP com ele. Sem navegador, nada a digitar; para “o Thunderbird vive pedindo para eu entrar na conta” e “o envio parou”.

    Código de saída: 0 se todas as contas passaram, 1 se uma falhou (ou se nenhuma foi encontrada), 2 se não pôde ser executado.
help-cmd-alias = Adiciona outro endereço de uma caixa de correio (um alias como vendas@…) à conta dela no Thunderbird, para enviar como ele; `--send-test` antes prova, com uma mensagem real, que o servidor permite isso
help-cmd-alias-long =
    Adiciona outro endereço de uma caixa de correio (um alias como vendas@…) à conta dela no Thunderbird, para enviar como ele; `--send-test` antes prova, com uma mensagem real, que o servidor permite isso.

    Código de saída: 0 se foi adicionado (ou se já estava lá), 1 se a mensagem de teste foi recusada, 2 se não pôde ser executado.
# Os nomes dos estados (works, password-microsoft-365, …) são o que o audit exibe; ficam como estão.
help-cmd-audit = Encontra todas as contas do Thunderbird que vão parar de funcionar, e quando: cada conta de cada perfil de cada instalação, com seu estado e o que fazer. Apenas lê, sem usar a rede (`doctor` é a verificação pela rede)
help-cmd-audit-long =
    Encontra todas as contas do Thunderbird que vão parar de funcionar, e quando: cada conta de cada perfil de cada instalação, com seu estado e o que fazer. Apenas lê, sem usar a rede (`doctor` é a verificação pela rede).

    Estados: works, password-microsoft-365 (o envio para no fim de dezembro de 2026; o recebimento já parou), password-refused (Gmail, Outlook.com, Yahoo, AOL), ews-microsoft-365 (bloqueado desde 1º de outubro de 2026, encerrado em 1º de abril de 2027), sign-in-missing, sign-in-expired (avaliado pelo armazenamento de credenciais: a Microsoft descarta um acesso sem uso por 90 dias), unknown-provider, nothing-to-do.

    Código de saída: 0 se não há nada a fazer, 1 se uma conta precisa de ação, 2 se não pôde ser executado ou não conseguiu ler tudo (e nada precisa de ação): serve como script de detecção para um RMM ou o Intune.
help-cmd-completions = Exibe o autocompletar do shell para bash, zsh ou fish (o pacote .deb já o instala)
help-cmd-manpage = Exibe a página de manual (roff), para empacotamento
help-cmd-restore = Lista os backups de um perfil feitos pelo mailsetup, ou restaura um deles (antes, é feito um backup do arquivo atual)
help-cmd-export = Grava um arquivo policies.json ou AutoConfig que distribui contas para muitas máquinas

## Marcadores para os valores de opções e argumentos.
help-value-language = IDIOMA
help-value-delegate = DELEGADO
help-value-dir = PASTA
help-value-seconds = SEGUNDOS
help-value-file = ARQUIVO
help-value-pem = PEM
help-value-code-or-text = CÓDIGO-OU-TEXTO
help-value-email = ENDEREÇO
help-value-date = DATA

## De onde vêm as configurações de um provedor: opções de setup, check,
## detect, migrate, doctor, alias e export.
help-provider-file = Usa as configurações de provedor deste arquivo TOML para os domínios que ele lista (veja o README)
help-ca-file = Também confia nos certificados de CA deste arquivo PEM (inspeção de TLS, servidores de teste)

## mailsetup setup e mailsetup check. DELEGADO e ARQUIVO são os marcadores
## de help-value-…; o endereço é chamado de “o endereço informado”, porque o
## argumento aparece como <EMAIL> na linha de uso.
help-setup-email = O endereço de email a configurar
help-setup-name = Seu nome como os destinatários o veem (padrão: a parte antes do @)
help-setup-delegate = O endereço informado é uma caixa de correio compartilhada (info@…, suporte@…) que DELEGADO abre com o próprio acesso (Microsoft 365): DELEGADO entra na conta e envia; a conta lê e envia como o endereço informado
help-setup-profile = Grava nesta pasta de perfil do Thunderbird em vez da padrão
help-setup-microsoft-365 = O endereço está no Microsoft 365 (conta corporativa ou de estudante), embora o mailsetup não conheça o domínio
help-setup-json = Exibe o relatório em JSON
help-setup-no-write = Entra na conta e verifica, mas não grava nada
help-setup-no-sign-in-handoff = Não passa o acesso para o Thunderbird: o Thunderbird então pede uma vez que você entre na conta ao ser aberto
help-setup-timeout = Quanto tempo aguardar o acesso pelo navegador, em segundos
help-setup-device-code = Alternativa: entrar com um código digitado em outro dispositivo (RFC 8628), para sessões remotas em que o navegador não alcança este computador. Muitas organizações bloqueiam isso (AADSTS53003)
help-setup-send-test = Também envia uma mensagem de teste real, do endereço informado para quem entra na conta (o delegado, ou o próprio endereço), depois das verificações: a única forma de ver se falta a permissão Enviar como (Send As), que o Exchange só informa com uma mensagem real. Sem esta opção, nada é enviado
help-setup-ticket = Exibe o chamado para o administrador, pronto para enviar, em vez do relatório
help-setup-bundle = Também grava o pacote de suporte (um arquivo JSON, sem segredos) em ARQUIVO

## mailsetup explain. Os códigos e respostas de exemplo ficam como estão.
help-explain-text = Um código AADSTS (AADSTS65001 ou 65001), uma resposta SMTP (535 5.7.139 …), uma resposta IMAP (NO AUTHENTICATE failed.) ou um texto de erro colado
help-explain-json = Exibe em JSON
help-explain-all = Mostra todos os diagnósticos correspondentes, do mais provável ao menos provável, e não só o melhor

## mailsetup detect
help-detect-email = O endereço de email a consultar
help-detect-json = Exibe o plano e as evidências em JSON

## mailsetup profiles
help-profiles-root = Procura nesta pasta raiz do Thunderbird em vez da pasta padrão da plataforma
help-profiles-json = Exibe em JSON

## mailsetup migrate
help-migrate-email = O endereço da conta a converter; sem ele, o mailsetup lista as contas que precisam de OAuth2 e pergunta
help-migrate-profile = A pasta do perfil do Thunderbird (padrão: a que o Thunderbird abre)
help-migrate-yes = Não pergunta: converte todas as contas listadas (para scripts)
help-migrate-force = Converte mesmo que uma verificação tenha falhado (depois de ler o diagnóstico)
help-migrate-json = Exibe os relatórios em JSON
help-migrate-timeout = Quanto tempo aguardar o acesso pelo navegador, em segundos
help-migrate-no-sign-in-handoff = Não passa o acesso para o Thunderbird: o Thunderbird então pede uma vez que você entre na conta ao ser aberto

## mailsetup doctor
help-doctor-email = Somente a conta com este endereço; sem ele, todas as contas OAuth2 do perfil
help-doctor-profile = A pasta do perfil do Thunderbird (padrão: a que o Thunderbird abre)
help-doctor-json = Exibe os relatórios em JSON (uma lista, um por conta)

## mailsetup alias
help-alias-email = O endereço da conta (a caixa de correio dela) no perfil
help-alias-alias = O outro endereço da mesma caixa de correio, para enviar como ele (`vendas@…`)
help-alias-name = O nome que os destinatários veem para o alias (padrão: o da conta)
help-alias-profile = A pasta do perfil do Thunderbird (padrão: a que o Thunderbird abre)
help-alias-send-test = Antes, entra na conta e envia uma mensagem de teste real do alias para a caixa de correio, e só adiciona o alias se o servidor a aceitar: a única forma de saber se o envio como alias é permitido
help-alias-timeout = Quanto tempo aguardar o acesso pelo navegador, em segundos
help-alias-json = Exibe em JSON o relatório da mensagem de teste

## mailsetup audit. AAAA-MM-DD é o formato da data; os caminhos ficam como estão.
help-audit-all-users = Todos os usuários desta máquina (execute como root ou Administrador): Linux /home/* e /root, macOS /Users/*, Windows C:\Users\*, cada um com Flatpak e Snap. Apenas lê; os acessos salvos de outro usuário nunca são descriptografados (“não verificado”); links que saem de uma pasta pessoal não são seguidos
help-audit-users-dir = Com --all-users: a pasta que contém as pastas pessoais, em vez da pasta padrão da plataforma (um disco montado, por exemplo)
help-audit-on = Avalia como se fosse este dia (AAAA-MM-DD), para ver o que para de funcionar em seguida; padrão: hoje
help-audit-json = Exibe em JSON (com um schema_version)
help-audit-csv = Exibe em CSV, uma linha por conta

## mailsetup completions
help-completions-shell = O shell para o qual gerar o autocompletar

## mailsetup restore
help-restore-backup = O backup a restaurar (um nome da lista); sem ele, os backups são listados
help-restore-profile = A pasta do perfil do Thunderbird (padrão: a que o Thunderbird abre)
help-restore-json = Exibe em JSON

## mailsetup export. policies e autoconfig são os valores de --format e
## ficam como estão, assim como os marcadores ${USER} e ${NAME} (escritos
## ${"{"}USER{"}"} aqui, porque o Fluent interpreta as chaves).
help-export-format = policies (policies.json) ou autoconfig (mozilla.cfg)
help-export-format-policies = Um policies.json corporativo (política `Preferences`)
help-export-format-autoconfig = Um arquivo AutoConfig (mozilla.cfg); `${"{"}NAME{"}"}` em um endereço lê a variável de ambiente NAME a cada inicialização
help-export-emails = Os endereços; com --format autoconfig, eles podem conter marcadores no estilo `${"{"}USER{"}"}`, por exemplo '${"{"}USER{"}"}@contoso.example'
help-export-name = O nome do remetente (padrão: a parte antes do @)
help-export-output = Grava em ARQUIVO em vez da saída padrão

## Mais marcadores: o alias de alias, --name, o --format de export, o shell
## de completions e o backup de restore.
help-value-alias = ALIAS
help-value-name = NOME
help-value-format = FORMATO
help-value-shell = SHELL
help-value-backup = BACKUP
