# Os textos próprios da linha de comando (a tabela do audit está em audit.ftl).

## mailsetup --fix-needed, executado ao entrar no sistema. $reason é o estado da conta em palavras.
cli-fix-needed-nothing = Todas as contas de email do Thunderbird estão em ordem: nada a corrigir.
cli-fix-needed = A conta { $address } (perfil “{ $profile }”) precisa ser corrigida: { $reason }.

## mailsetup profiles, migrate, doctor, restore, export, alias. Caminhos,
## endereços e nomes de servidores são preenchidos; opções e comandos entre
## crases ficam como estão.
cli-no-profiles = Nenhum perfil do Thunderbird encontrado (procurado em { $looked }).
cli-profiles-needs-oauth2 = As contas marcadas com [precisa de OAuth2] param de funcionar quando o provedor desativar as senhas: `mailsetup migrate` converte essas contas sem recriá-las.
cli-asking-host = Perguntando onde fica o email de { $address } ({ $server } não é um nome que o mailsetup conhece)…
cli-migrate-nothing = Nenhuma conta em { $profile } precisa passar para OAuth2.
cli-migrate-ask = { $accounts ->
    [one] Entrar na conta e verificar primeiro, e depois converter esta conta?
   *[other] Entrar nas contas e verificar primeiro, e depois converter estas { $accounts } contas?
}
cli-nothing-changed = Nada foi alterado.
cli-migrate-not-changed = A conta não foi alterada. Leia o diagnóstico acima; `--force` faz a conversão mesmo assim.
cli-migrate-start-thunderbird = Abra o Thunderbird: ele vai pedir uma vez que você entre na conta (no navegador, a partir da versão 153).
cli-doctor-nothing = Nenhuma conta de { $profile } entra com OAuth2 em um provedor que o mailsetup possa consultar.
cli-doctor-nothing-for = Nenhuma conta de { $profile } entra com OAuth2 para { $address } em um provedor que o mailsetup possa consultar.
cli-no-backups = Nenhum backup do mailsetup em { $profile }.
cli-backups = Backups em { $folder } (mais recentes primeiro):
cli-restore-how = Para restaurar um deles: mailsetup restore --profile { $profile } NOME
cli-restored = { $file } restaurado a partir de { $backup }.
cli-restored-kept = O arquivo como estava foi guardado em { $path }.
cli-written = Gravado em { $path }.
cli-alias-not-sent = A mensagem de teste de { $alias } não foi entregue, por isso o alias não foi adicionado. Nada foi alterado.
cli-alias-sent = O servidor aceitou a mensagem de teste de { $alias }. Confira-a na pasta Entrada de { $owner }: se ela aparecer como enviada por { $owner }, e não por { $alias }, o Exchange reescreveu o remetente, e o administrador precisa permitir o envio a partir de aliases (Set-OrganizationConfig -SendFromAliasEnabled $true).
# $name é o nome que os destinatários veem; $account e $identity são chaves do Thunderbird (account1, id2).
cli-alias-added = { $alias } ({ $name }) adicionado a { $owner } ({ $account }) como identidade { $identity }: escolha-a no campo De do Thunderbird.
cli-alias-present = { $owner } já envia como { $alias } (identidade { $identity }); nada foi alterado.
cli-backup-of-prefs = Backup do prefs.js: { $path }.

## mailsetup setup e check.
cli-bundle-written = Pacote de suporte gravado em { $path } (ele não contém nenhuma senha nem token).
# $seconds é quanto tempo o acesso pode levar.
cli-sign-in-browser = Entre na conta pelo seu navegador. Se nenhum navegador abriu, abra este link:
    {"  "}{ $link }
    Aguardando até { $seconds } s…
cli-way-out = Na linha de comando, --provider-file ARQUIVO informa os servidores manualmente, e --microsoft-365 do setup escolhe o Microsoft 365 (conta corporativa ou de estudante).

## Por que um comando não pôde ser executado (exibido depois de
## “mailsetup: ”). $error é o motivo do sistema ou do analisador, como ele
## o diz; $path, $root, $profile e $file são arquivos ou pastas; $address,
## $alias e $owner são endereços de email. --profile e `mailsetup profiles`
## ficam como estão; PASTA é o marcador de help-value-dir.
cli-manpage-failed = não foi possível gravar a página de manual: { $error }
cli-no-home = não foi possível encontrar sua pasta pessoal para procurar o Thunderbird
cli-profile-dir-missing = a pasta de perfil { $path } não existe
cli-bundle-failed = não é possível gravar o pacote de suporte em { $path }: { $error }
cli-write-failed = não é possível gravar { $path }: { $error }
cli-no-profile-under = não há nenhum perfil do Thunderbird em { $root }; informe --profile PASTA
cli-no-prefs = { $profile } não tem prefs.js, portanto não tem contas
cli-no-account-for = o perfil { $profile } não tem nenhuma conta para { $address }; `mailsetup profiles` lista as contas dele
# $account é a chave da conta no prefs.js (account1), $server o servidor de entrada dela.
cli-migrate-not-oauth-provider = { $address } ({ $account } em { $server }) não está na Microsoft nem no Google, até onde o mailsetup consegue saber, por isso não pode ser convertida para OAuth2 aqui
cli-no-google-plan = nenhum plano para o Google
# $provider é o nome do provedor.
cli-export-password = { $address }: { $provider } entra com senha, e o mailsetup não distribui contas assim
# $servers é um nome de servidor, ou dois unidos por cli-two-servers.
cli-export-no-oauth = { $address }: o Thunderbird não pode usar OAuth2 com { $servers }, por isso uma conta exportada não conseguiria entrar
cli-two-servers = { $first } e { $second }
cli-alias-invalid = o alias: { $error }
cli-alias-is-owner = { $alias } é o próprio endereço da conta, não um alias dela
cli-alias-sign-in-unknown = o mailsetup não sabe como { $owner } entra na conta, por isso não pode enviar a mensagem de teste

## mailsetup migrate, antes de perguntar: o que mudaria em cada conta.
## $account é a chave da conta no prefs.js (account1), $protocol imap ou
## pop3, $server o servidor de entrada dela, $provider microsoft ou google;
## $pref é o nome de uma preferência, $value e $old são os valores dela,
## todos como estão.
cli-migrate-plan = { $address } ({ $account }, { $protocol } { $server }) → OAuth2 em { $provider }:
cli-migrate-pref = { $pref } = { $value }   (antes { $old })
cli-migrate-pref-new = { $pref } = { $value }   (antes não definido)
cli-migrate-filters = os filtros em { $file } passam para o novo nome do servidor
# $origin é aquilo para que a senha foi salva (imap://mail.example.com).
cli-migrate-password-removed = a senha salva para { $origin } é removida (agora o Thunderbird entra com OAuth2)
# $note é uma das observações da própria conversão.
cli-migrate-note = observação: { $note }
cli-already-oauth2 = { $address } ({ $account }) já entra com OAuth2; nada a fazer.

## mailsetup restore, uma linha por backup: $name é o nome do backup (o que
## restore aceita), $bytes o tamanho em bytes (só algarismos), $file o
## arquivo que ele restaura.
cli-backup-entry = { $name }  ({ $bytes } bytes, restaura { $file })

## mailsetup explain, quando nenhum diagnóstico se aplica. ENDEREÇO é o
## marcador de help-value-email.
cli-explain-nothing = O mailsetup não tem nenhum diagnóstico para isso. Execute `mailsetup check ENDEREÇO` para encontrar a etapa que falha, ou cole a resposta exata do servidor.

## setup --device-code, depois das linhas que explicam essa forma de entrar.
## $link é a página a abrir, $code o que digitar nela, $minutes por quanto
## tempo o código vale.
cli-device-code = Em qualquer dispositivo, abra { $link } e digite o código:  { $code }
    (válido por { $minutes } min)

cli-ask-choices = [s/N]
cli-ask-yes = s, sim
cli-window-failed = não foi possível abrir a janela: { $error }
cli-sandbox-not-here = `{ $command }` não usa o provedor de treino: `--sandbox` vale para o assistente, `setup`, `check`, `migrate` e `alias`. Nada foi feito.
