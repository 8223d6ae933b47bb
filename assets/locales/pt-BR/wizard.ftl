# As páginas do assistente. “Corrigir” e “Adicionar outra conta” são nomes
# de botões; escreva-os sempre da mesma forma.

## A primeira página: as contas do Thunderbird do usuário.
accounts-heading = Suas contas de email
accounts-looking = Procurando o Thunderbird neste computador…
accounts-unreadable = O Mail Setup não conseguiu ler os perfis do Thunderbird: { $why }
accounts-unreadable-hint = Você ainda pode adicionar uma conta: o Mail Setup cria um perfil para ela.
accounts-intro = Estas são as contas do seu Thunderbird. Escolha “Corrigir” em uma conta que parou de funcionar ou que está prestes a parar.
accounts-profile = Perfil do Thunderbird:
accounts-profile-opens-first = { $name } (abre primeiro)
# Exibido quando `mailsetup --fix-needed` abriu a janela por causa de uma conta.
accounts-opened-to-fix = O Mail Setup foi aberto porque a conta { $address } precisa ser corrigida. Escolha “Corrigir” nela: você entra uma vez na conta, e ela mantém suas mensagens, pastas e filtros.
accounts-opened-to-attend = O Mail Setup foi aberto porque a conta { $address } precisa da sua atenção: veja abaixo o que fazer.
accounts-none-yet = Este perfil ainda não tem contas de email.
accounts-fix = Corrigir
# O nome do botão Corrigir para leitores de tela.
accounts-fix-name = Corrigir { $address }
accounts-asking-provider = Perguntando ao provedor se o acesso salvo do Thunderbird ainda funciona…
accounts-add-shared = Adicionar uma caixa de correio compartilhada que você abre com esta conta…
accounts-add-shared-name = Adicionar uma caixa de correio compartilhada que você abre com { $address }
accounts-not-checked = Não foi possível verificar os acessos salvos: { $why }
accounts-cannot-fix = Esta conta não pode ser corrigida aqui: { $why }.

## A linha de uma conta depois que o provedor respondeu.
health-confirmed = Funciona: entra com { $provider }, e o recebimento e o envio acabaram de ser verificados
health-signed-out = Sessão encerrada. { $why }
health-failing = Não está funcionando. { $why }
health-fixed-just-now = Corrigida há pouco: o Thunderbird vai pedir uma vez que você entre na conta quando abrir da próxima vez

## A linha de progresso no topo de cada página. $number e $count são
## números; $stage é um dos nomes de página abaixo; $state diz como uma
## etapa terminou: done, failed, skipped ou stopped.
page-account = Conta
page-sign-in = Acesso
page-checks = Verificações
page-thunderbird = Thunderbird
page-done = Concluído
header-stage = { $number }. { $stage }
header-stage-shown-ended = { $stage } ({ $state ->
    [failed] falhou
    [skipped] pulada
    [stopped] interrompida
   *[done] concluída
})
# O que os leitores de tela leem para a linha inteira.
header-step = Etapa { $number } de { $count }: { $stage }
header-stage-ended = Etapa { $stage } { $state ->
    [failed] falhou
    [skipped] pulada
    [stopped] interrompida
   *[done] concluída
}
header-step-and-ended = { $step }; { $ended }

## Uma etapa que espera por um servidor. $what diz pelo quê; $waited e
## $deadline são segundos.
progress-waiting = Aguardando { $what } ({ $waited } s de { $deadline } s)
progress-next-step = Executando a próxima etapa…

## Uma etapa terminada, e a explicação de uma que falhou.
step-passed = Sucesso
step-failed = FALHOU
step-skipped = Pulada
# $took é uma duração já escrita ("12 ms"); $deadline são segundos.
step-timing = { $took } de { $deadline } s permitidos
# $title é o nome da etapa, $phase a parte a que pertence (IMAP, SMTP, acesso).
step-details = Detalhes: { $title } ({ $phase })
step-server-said = O servidor respondeu:
diagnosis-what-happened = O que aconteceu:
diagnosis-user-can-do = O que você pode fazer:
diagnosis-admin-must-do = O que o seu administrador precisa fazer:
warning-prefix = Aviso:
sandbox-banner = Sandbox — modo de treino, nada sai deste computador

## Quando o assistente não consegue fazer algo em segundo plano. $error é
## o motivo do sistema, como ele o diz.
wizard-thread-thunderbird-failed = não é possível iniciar um processo de segundo plano para abrir o Thunderbird: { $error }
wizard-thread-browser-failed = não é possível iniciar um processo de segundo plano para abrir o navegador: { $error }
wizard-practice-profile-failed = não foi possível gravar o perfil de treino da sandbox: { $error }
