# O estado de cada conta do Thunderbird em palavras, como `mailsetup audit`
# e a lista de contas do assistente o descrevem. Termos como no Thunderbird:
# conta, servidor de recebimento, servidor de envio (SMTP), entrar na conta (acesso),
# Configurações de contas, Configurações do servidor, Método de autenticação.
# “Corrigir” é o botão do assistente com esse nome.

audit-fix = Escolha “Corrigir” no Mail Setup (ou execute mailsetup migrate): você entra uma vez na sua conta { $provider }, e a conta mantém suas mensagens, pastas e filtros.
audit-ews-before = Conta Exchange no Microsoft 365: a Microsoft bloqueia esta forma de conexão a partir de { $blocked }
audit-ews-blocked = Conta Exchange no Microsoft 365: bloqueada desde { $blocked }, a menos que o administrador permita, e desativada de vez em { $removed }
audit-ews-gone = Conta Exchange no Microsoft 365: esta forma de conexão foi encerrada em { $removed }
audit-ews-what-to-do = Adicione a caixa de correio novamente como conta IMAP: escolha “Adicionar outra conta” no Mail Setup (ou execute mailsetup setup ENDEREÇO); as mensagens continuam no servidor.
audit-ews-elsewhere = Conta Exchange: o Mail Setup não precisa mudar nada
audit-not-mail = Não é uma conta de email que exige acesso (grupos de notícias ou feeds): nada a mudar
audit-m365-both-before = Usa senha no Microsoft 365: o recebimento com ela já parou, e o envio com ela deixa de funcionar em { $date }
audit-m365-both-after = Usa senha no Microsoft 365: o recebimento com ela já parou, e a Microsoft deixou de aceitá-la para envio em { $date } (a menos que o administrador a tenha reativado por enquanto)
audit-m365-receiving = Usa senha no Microsoft 365 para receber, o que a Microsoft já recusa
audit-m365-sending-before = Usa senha no Microsoft 365 para enviar: o envio com ela deixa de funcionar em { $date }
audit-m365-sending-after = Usa senha no Microsoft 365 para enviar: a Microsoft deixou de aceitá-la para envio em { $date } (a menos que o administrador a tenha reativado por enquanto)
audit-outlook-com-password = Usa senha no Outlook.com, que a Microsoft recusa desde { $date }
audit-gmail-password = Usa senha no Gmail, que o Google recusa desde { $date } (a menos que seja uma senha de app)
audit-other-password-refused = Usa senha em { $provider }, que só aceita senhas de app ou acesso pela própria página
audit-switch-in-thunderbird = No Thunderbird, em Configurações de contas, Configurações do servidor: defina Método de autenticação como OAuth2 (também no servidor de envio); o Thunderbird então abre a página de acesso de { $provider }.
audit-unknown-password = Entra com senha em { $server }; sem consultar esse provedor, o Mail Setup não tem como saber se ele vai deixar de aceitar senhas
audit-unknown-what-to-do = Nada, enquanto o email estiver funcionando. Para ter certeza, execute mailsetup migrate --dry-run, que consulta o servidor.
audit-hand-off = Escolha “Corrigir” no Mail Setup: você entra uma vez na sua conta { $provider }, e o Mail Setup passa o acesso para o Thunderbird.
audit-sign-in-in-thunderbird = { $provider ->
    [none] Abra o Thunderbird e entre na sua conta do provedor quando for solicitado; a partir daí, o Thunderbird mantém o acesso.
   *[other] Abra o Thunderbird e entre na sua conta { $provider } quando for solicitado; a partir daí, o Thunderbird mantém o acesso.
}
audit-signed-out-missing = { $provider ->
    [none] Sessão encerrada: a conta entra pela página do provedor, mas o Thunderbird não tem um acesso salvo para ela
   *[other] Sessão encerrada: a conta entra com { $provider }, mas o Thunderbird não tem um acesso salvo para ela
}
audit-signed-out-expired = { $last_used ->
    [none] Sessão encerrada: o acesso salvo do Thunderbird ficou tempo demais sem uso e expirou
   *[other] Sessão encerrada: o acesso salvo do Thunderbird ficou tempo demais sem uso e expirou; usado pela última vez em { $last_used }
}
audit-works-not-checked = { $provider ->
    [none] Funciona: entra pela página do provedor (o acesso salvo não foi verificado)
   *[other] Funciona: entra com { $provider } (o acesso salvo não foi verificado)
}
audit-works = { $provider ->
    [none] { $last_used ->
        [none] Funciona: entra pela página do provedor
       *[other] Funciona: entra pela página do provedor; usada pela última vez em { $last_used }
    }
   *[other] { $last_used ->
        [none] Funciona: entra com { $provider }
       *[other] Funciona: entra com { $provider }; usada pela última vez em { $last_used }
    }
}
audit-password-still-taken = Entra com senha em { $provider }, que ainda aceita senhas: nada a mudar

## A tabela que `mailsetup audit` exibe. $count, $accounts, $profiles e
## $needing são números; $day uma data completa; $path uma pasta; $user um nome de usuário.
audit-table-title = Contas do Thunderbird, situação em { $day }
audit-table-no-home = Nenhuma pasta pessoal para verificar.
audit-table-user = Usuário { $user } ({ $path })
audit-table-not-checked = Não verificado: { $why }
audit-table-no-profiles-here = Nenhum perfil do Thunderbird.
audit-table-install = Thunderbird: { $path }
audit-table-install-flatpak = Thunderbird (Flatpak): { $path }
audit-table-install-snap = Thunderbird (Snap): { $path }
audit-table-no-profiles = Nenhum perfil.
audit-table-profile = Perfil “{ $name }” ({ $facts }): { $path }
audit-table-opens-by-default = abre por padrão
audit-table-last-version = usado por último pelo Thunderbird { $version }
audit-table-never-opened = nunca aberto pelo Thunderbird
audit-table-running = aberto no Thunderbird: feche o Thunderbird antes de corrigir
audit-table-running-unknown = não foi possível saber se está aberto no Thunderbird
audit-table-and-more = { $names } e mais { $more }
audit-table-user-js = Aviso: o user.js define configurações de conta a cada inicialização ({ $names }); uma correção seria desfeita. Remova-as do user.js primeiro.
audit-table-primary-password = Observação: uma senha principal protege os acessos salvos, então o Mail Setup não consegue passar o acesso adiante; depois da correção, o Thunderbird pede uma vez que você entre na conta.
audit-table-no-accounts = Nenhuma conta de email.
# Marcas curtas na coluna; a mais curta é completada com espaços para alinhar os endereços.
audit-table-action = AÇÃO
audit-table-ok = ok
audit-table-what-to-do = O que fazer: { $what }
audit-table-accounts-in = { $accounts ->
    [one] { $accounts } conta
   *[other] { $accounts } contas
} em { $profiles ->
    [one] { $profiles } perfil
   *[other] { $profiles } perfis
}
audit-table-none-found = { $profiles ->
    [one] Nenhuma conta de email do Thunderbird encontrada ({ $profiles } perfil verificado).
   *[other] Nenhuma conta de email do Thunderbird encontrada ({ $profiles } perfis verificados).
}
audit-table-nothing-to-do = Nada a fazer: { $accounts_in }.
audit-table-need-action = { $needing ->
    [one] { $needing } de { $accounts_in } precisa de ação.
   *[other] { $needing } de { $accounts_in } precisam de ação.
}
audit-table-incomplete = Nada a fazer no que pôde ser lido ({ $accounts_in }), mas nem tudo pôde ser lido (veja acima).

## Por que uma pasta pessoal, uma pasta ou um perfil não foi lido (depois
## de “Não verificado:”), ou a pasta dos usuários não pôde ser listada.
## $path é um arquivo ou uma pasta; $error o motivo do sistema, como ele o
## diz.
audit-cannot-list = não é possível listar { $path }: { $error }
audit-cannot-read = não é possível ler { $path }: { $error }
audit-cannot-follow = não é possível seguir { $path }: { $error }
audit-link-loop = { $path } é um ciclo de links simbólicos
# $target é para onde o link realmente leva.
audit-leads-out = { $path } leva para fora da pasta pessoal ({ $target }); não lido
# --on recebeu algo que não é uma data: $text é o que foi informado;
# YYYY-MM-DD e 2026-12-31 ficam como estão.
audit-not-a-date = “{ $text }” não é uma data escrita como YYYY-MM-DD (por exemplo, 2026-12-31)
