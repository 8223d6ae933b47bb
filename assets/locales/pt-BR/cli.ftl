# Os textos próprios da linha de comando (a tabela do audit está em audit.ftl).

## mailsetup --fix-needed, executado ao entrar no sistema. $reason é o estado da conta em palavras.
cli-fix-needed-nothing = Todas as contas de email do Thunderbird estão em ordem: nada a corrigir.
cli-fix-needed = A conta { $address } (perfil “{ $profile }”) precisa ser corrigida: { $reason }.

## mailsetup profiles, migrate, doctor, restore, export, alias. Caminhos,
## endereços e nomes de servidores são preenchidos; opções e comandos entre
## crases ficam como estão.
cli-no-profiles = Nenhum perfil do Thunderbird encontrado (procurado em { $looked }).
cli-profiles-needs-oauth2 = As contas marcadas com [needs OAuth2] param de funcionar quando o provedor desativar as senhas: `mailsetup migrate` converte essas contas sem recriá-las.
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
