# A moldura do assistente e as páginas depois da página de contas: o
# endereço, o acesso, as verificações, o Thunderbird e a última página. Os
# nomes dos botões (“Avançar”, “Tentar novamente”, “Pular”, “Corrigir”…)
# aparecem em outros textos: escreva-os sempre da mesma forma.

## Os botões na parte de baixo de cada página, e o que fazem quando o
## ponteiro para sobre eles.
nav-technical-details = Detalhes técnicos
nav-technical-details-hint = Mostra as etapas, os tempos, os servidores e as transcrições, para a equipe de suporte
nav-back = Voltar
nav-cancel = Cancelar
# O botão Cancelar depois que a conta foi gravada no Thunderbird.
nav-start-over = Recomeçar
nav-cancel-hint-close = Fechar o Mail Setup sem alterar nada
nav-cancel-hint-stop-browser = Parar de aguardar o navegador
nav-cancel-hint-stop-checks = Parar as verificações
nav-cancel-hint-leave = Sair desta página; a conta fica como foi gravada
nav-cancel-hint-start-over = Interromper esta configuração e voltar à primeira página; nada foi alterado
nav-next = Avançar
nav-next-hint = Ir para a próxima etapa
nav-close = Fechar
nav-close-hint = Fechar o Mail Setup
nav-see-report = Ver o relatório
nav-see-report-hint = O que falhou e o que enviar ao seu departamento de TI
nav-add-account = Adicionar outra conta
nav-add-account-hint = Configurar uma conta que ainda não está no Thunderbird

## Cancelar na primeira página pergunta antes de fechar a janela.
close-question = Fechar o Mail Setup? Nada foi alterado.
close-confirm = Fechar o Mail Setup
close-stay = Continuar aqui

## Erros do próprio assistente, mostrados onde o trabalho apareceria.
wizard-worker-stopped = o processo de segundo plano do assistente não está em execução
wizard-worker-stopped-restart = o processo de segundo plano do assistente não está em execução; reinicie o Mail Setup

## O modo de treino, oferecido na parte de baixo das primeiras páginas.
sandbox-offer = Não tem uma conta à mão ou só quer conhecer?
sandbox-try = Experimentar a sandbox (não precisa de conta)
sandbox-starting = Iniciando a sandbox…
sandbox-explained = A sandbox é um provedor de treino dentro do Mail Setup: com página de acesso e servidores de email próprios, e um perfil descartável do Thunderbird com uma conta que precisa ser corrigida. Nada sai deste computador.
sandbox-approve-automatically = Aprovar o acesso automaticamente (sem navegador)
sandbox-leave = Sair da sandbox
# Mostrado como o motivo por que Avançar não prosseguiu.
sandbox-still-starting = a sandbox ainda está iniciando; tente novamente daqui a pouco
sandbox-not-running = a sandbox não está em execução

## A página do endereço.
address-heading = Seu endereço de email
address-intro = O Mail Setup faz você entrar na sua conta do provedor de email pelo navegador, verifica se as mensagens podem ser recebidas e enviadas, e adiciona a conta ao Thunderbird. Sua senha é digitada apenas na página do seu provedor.
address-email = Endereço de email
# Um exemplo mostrado em cinza no campo de endereço vazio.
address-email-example = voce@example.com
address-name = Seu nome
address-name-hint = como os destinatários o veem (opcional)
address-shared = Esta é uma caixa de correio compartilhada que eu posso abrir
address-who-signs-in = Quem entra na conta
address-who-signs-in-hint = seu próprio endereço
address-shared-explained = Você entra com sua própria conta; o Thunderbird então mostra a caixa de correio compartilhada e envia como ela.
address-shared-needs-delegate = Digite o endereço da pessoa que abre esta caixa de correio compartilhada: ela entra com a própria conta.
# $domain é a parte do endereço digitado depois do @.
address-unknown-domain = O Mail Setup não sabe qual provedor hospeda { $domain }. Se a sua organização usa o Microsoft 365, escolha-o:
address-microsoft-365 = Microsoft 365 (conta corporativa ou de estudante)

## A página de acesso. $company é onde o usuário entra na conta (Microsoft,
## Google ou o nome do provedor).
sign-in-heading-plain = Entrar na conta
sign-in-no-address = Digite um endereço primeiro.
sign-in-heading = Entrar com { $company }
sign-in-change-settings = Alterar as configurações do servidor…
# O resumo da conta. Cada linha tem um nome à esquerda.
sign-in-row-your-mail = Seu email
sign-in-row-hosted-by = Hospedado por
sign-in-row-shared-mailbox = Caixa de correio compartilhada
sign-in-row-signs-in-as = Você entra como
# O mesmo resumo com os detalhes técnicos ativados.
sign-in-row-account = Conta
# $address é a caixa de correio compartilhada, $name o nome dela, $delegate o
# endereço da pessoa que entra na conta.
sign-in-account-shared = { $address } ({ $name }), caixa de correio compartilhada aberta por { $delegate }
sign-in-row-provider = Provedor
sign-in-row-sign-in = Acesso
# $protocol é IMAP ou POP3.
sign-in-row-incoming = Servidor de recebimento ({ $protocol })
sign-in-row-outgoing = Servidor de envio (SMTP)
# A linha do provedor: $provider é o nome do provedor, seguido de como o
# Mail Setup chegou a ele.
sign-in-provider-catalogue = { $provider } (conhecido pelo Mail Setup)
sign-in-provider-user-choice = { $provider } (conforme sua escolha)
# $path é o arquivo de provedor informado na linha de comando.
sign-in-provider-file = { $provider } (de { $path })
sign-in-provider-sandbox = { $provider } (provedor de treino)
# $lookup é a consulta que o encontrou: autoconfig, ispdb, dns-mx, dns-srv ou microsoft.
sign-in-provider-discovered = { $provider } (encontrado por { $lookup })
# $server é o nome do servidor que a conta existente do Thunderbird usa.
sign-in-provider-thunderbird = { $provider } (o Thunderbird já usa { $server })
sign-in-stops-here = O Mail Setup não consegue mudar esta conta para acesso pelo seu provedor, por isso para aqui.
sign-in-by-thunderbird = O Mail Setup não entra nesta conta: quem entra é o Thunderbird, na primeira vez que for aberto. “Avançar” verifica os servidores sem entrar na conta.
# $left é o tempo restante, em minutos:segundos ("4:59").
sign-in-waiting = Aguardando você entrar na conta e permitir o acesso no navegador: faltam { $left }
sign-in-link-intro = Se nenhum navegador abriu, ou se você o fechou, abra este link em um navegador:
sign-in-copy-link = Copiar link
sign-in-link-copied = O link de acesso foi copiado.
sign-in-open-browser-again = Abrir o navegador novamente
# $how diz como a página foi aberta ("opened in your default browser"); por
# enquanto ainda está em inglês.
sign-in-browser-opened = A página de acesso foi { $how }.
sign-in-browser-failed = O navegador não abriu: { $why }. Copie o link para um navegador você mesmo.
# $redirect_uri é um endereço neste computador (http://127.0.0.1:…).
sign-in-redirect = O Mail Setup recebe a resposta em { $redirect_uri }, somente neste computador.
sign-in-preparing = Preparando o acesso…
sign-in-explained = Seu navegador abre a página de acesso de { $company }. Entre na sua conta lá e permita o acesso ao seu email; depois volte aqui. Sua senha é digitada apenas na página de { $company }.
sign-in-done = Você entrou na conta.
sign-in-failed = O acesso não foi concluído.
sign-in-cancelled = Acesso cancelado. Nada foi guardado; você pode começar de novo.
sign-in-again = Entrar novamente
sign-in-try-again = Tentar novamente
sign-in-with-browser = Entrar pelo navegador
sign-in-with-code = Entrar com um código
sign-in-steps = Etapas
# O nome de uma etapa no relatório, quando o acesso nem chegou a começar.
sign-in-step-start = Iniciar o acesso
# O acesso com um código digitado em outro dispositivo. $url é a página a abrir.
sign-in-code-where = Em qualquer dispositivo com navegador, abra { $url } e digite este código:
sign-in-copy-code = Copiar código
sign-in-code-copied = O código foi copiado.
# $minutes é um número.
sign-in-code-valid = { $minutes ->
    [one] O código é válido por { $minutes } minuto.
   *[other] O código é válido por { $minutes } minutos.
}
sign-in-code-waiting = Aguardando você digitar o código e entrar na conta…

## A página de verificações. $direction é "receiving" ou "sending": uma linha cada.
checks-heading = Verificando seu email
checks-intro = O Mail Setup agora verifica se seu email pode ser recebido e enviado com o novo acesso.
checks-does-not-work = { $direction ->
    [sending] Envio de email: ainda não funciona
   *[receiving] Recebimento de email: ainda não funciona
}
checks-works = { $direction ->
    [sending] Envio de email: funciona
   *[receiving] Recebimento de email: funciona
}
checks-not-checked-other-failed = { $direction ->
    [sending] Envio de email: não verificado, porque a outra verificação falhou antes
   *[receiving] Recebimento de email: não verificado, porque a outra verificação falhou antes
}
checks-not-checked-yet = { $direction ->
    [sending] Envio de email: ainda não verificado
   *[receiving] Recebimento de email: ainda não verificado
}
checks-passed = Seu email funciona com o novo acesso. Próximo passo: adicionar a conta ao Thunderbird.
checks-passed-switching = Seu email funciona com o novo acesso. Agora a conta será convertida no Thunderbird.
checks-stopped = Verificações interrompidas.
checks-not-run = As verificações ainda não foram feitas.
checks-try-again = Tentar novamente
checks-run-again = Verificar novamente
# $to é o endereço usado para entrar; $subject o assunto da mensagem de teste.
checks-test-message-sent = Uma mensagem de teste está a caminho de { $to }: procure por “{ $subject }” nessa pasta Entrada.
checks-send-test-message = Enviar uma mensagem de teste para mim
checks-send-test-message-hint = Envia uma mensagem deste endereço para a conta com que você entrou: a única forma de provar que o envio como caixa de correio compartilhada ou como alias é permitido
# Títulos sobre as etapas, com os detalhes técnicos ativados.
checks-incoming-steps = Servidor de recebimento (IMAP)
checks-outgoing-steps = Servidor de envio (SMTP)

## A página do Thunderbird.
thunderbird-heading = Thunderbird
thunderbird-no-address = Digite um endereço primeiro.
thunderbird-switching-heading = Convertendo a conta no Thunderbird
thunderbird-switching = { $address } mantém suas mensagens, pastas e filtros, e a partir de agora entra com { $company }.
thunderbird-sign-in-handed-off = OAuth2: você já entrou na conta; o Thunderbird abre já conectado, e nenhuma senha é armazenada
thunderbird-sign-in-once = OAuth2: o Thunderbird pede uma vez que você entre na conta; nenhuma senha é armazenada
thunderbird-no-home = O Mail Setup não encontra sua pasta pessoal, por isso não consegue procurar o Thunderbird. Pule esta etapa.
thunderbird-folder = Pasta do Thunderbird:
thunderbird-folder-sandbox = A pasta descartável do Thunderbird da sandbox (excluída quando o Mail Setup for fechado):
thunderbird-looking = Procurando perfis…
thunderbird-no-profile = Ainda não há um perfil do Thunderbird ali; o Mail Setup cria um e o define como padrão.
thunderbird-profiles-found = A conta vai para o perfil que o Thunderbird abre por padrão. Perfis encontrados:
# Depois do nome de um perfil. $count é o número de contas de email nele.
thunderbird-profile-default = (padrão; { $count ->
    [0] ainda sem contas de email
    [one] { $count } conta de email
   *[other] { $count } contas de email
})
thunderbird-profile-other = (não é o padrão; { $count ->
    [0] ainda sem contas de email
    [one] { $count } conta de email
   *[other] { $count } contas de email
})
thunderbird-check-sign-in = Verificar o próprio acesso salvo do Thunderbird
thunderbird-check-sign-in-hint = Lê o acesso que o Thunderbird salvou para cada conta OAuth2, renova-o e verifica IMAP e SMTP com ele; sem navegador
thunderbird-asking-provider = Consultando o provedor…
thunderbird-nothing-to-ask = Nenhuma conta ali entra em um provedor que o Mail Setup possa consultar.
thunderbird-saved-sign-in-works = { $address }: o acesso salvo do Thunderbird funciona para receber e enviar.
# $problem é o que deu errado, em poucas palavras.
thunderbird-saved-sign-in-fails = { $address }: { $problem }
thunderbird-already-has = Seu Thunderbird já tem esta conta
# $protocol é IMAP ou POP3, $server o servidor de recebimento da conta;
# $incoming_server e $outgoing_server são os servidores para os quais ela é convertida.
thunderbird-offer-technical = Este perfil já tem { $address } ({ $protocol } em { $server }), que entra com senha. { $provider } vai deixar de aceitar senhas; a conversão mantém a conta com suas mensagens, pastas e filtros, e a configura para entrar com OAuth2 em { $incoming_server } e { $outgoing_server }.
thunderbird-offer = { $address } entra ali com senha, e { $provider } vai deixar de aceitar senhas. A conversão mantém suas mensagens, pastas e filtros.
thunderbird-switch = Converter esta conta
thunderbird-switch-needs-checks = (as verificações precisam passar primeiro)
thunderbird-or-add = Ou adicione-a como uma segunda conta:
thunderbird-what-is-added = O que será adicionado
thunderbird-row-email = Endereço de email
thunderbird-row-name = Nome
# $protocol é IMAP ou POP3.
thunderbird-row-incoming = Recebimento ({ $protocol })
thunderbird-row-outgoing = Envio (SMTP)
thunderbird-row-sign-in = Acesso
thunderbird-will-ask = Ao ser aberto, o Thunderbird vai pedir uma vez que você entre na conta.
# $why é o motivo por que o Mail Setup não consegue passar o acesso adiante.
thunderbird-will-ask-because = Ao ser aberto, o Thunderbird vai pedir uma vez que você entre na conta: { $why }.
thunderbird-keep-signed-in = Manter o Thunderbird conectado
thunderbird-keep-signed-in-hint = Passa seu acesso para o Thunderbird, criptografado nos acessos salvos dele, para que ele não peça que você entre na conta de novo. O Mail Setup não guarda nenhuma cópia.
thunderbird-no-oauth = O Thunderbird não consegue usar OAuth2 com estes servidores, então a conta pode não conseguir entrar neles.
thunderbird-close-first = Feche o Thunderbird primeiro: ele regrava suas configurações ao sair.
thunderbird-write = Gravar no Thunderbird
thunderbird-skip = Pular
thunderbird-skip-hint = Ir para o relatório sem gravar
thunderbird-writing = Gravando no Thunderbird…
thunderbird-waiting-for-close = O Thunderbird está aberto e regrava suas configurações ao fechar. Saia dele (Arquivo › Sair): o Mail Setup continua sozinho assim que ele for fechado.
thunderbird-closed-writing = O Thunderbird foi fechado; gravando a conta agora.
thunderbird-not-changed = A conta não foi alterada no Thunderbird.
thunderbird-handed-off = O Thunderbird abre já conectado: você não precisará entrar na conta novamente.
# $why é o que deu errado ao passar o acesso adiante.
thunderbird-handoff-failed = Ao ser aberto, o Thunderbird vai pedir uma vez que você entre na conta. { $why }
# O que a etapa do Thunderbird alterou. $profile é a pasta do perfil.
thunderbird-changed-already-present = A conta já estava no Thunderbird; não foi preciso mudar nada (perfil { $profile }).
thunderbird-changed-switched = A conta no Thunderbird agora entra com seu provedor; suas mensagens, pastas e filtros continuam como estavam (perfil { $profile }).
thunderbird-changed-added = A conta foi adicionada ao Thunderbird (perfil { $profile }).
# Vem depois da frase acima; $backup é um arquivo.
thunderbird-backup = As configurações anteriores do Thunderbird foram salvas em { $backup }.

## Abaixo de uma falha, em todas as páginas: o que enviar ao suporte, e o
## diagnóstico.
help-copy-ticket = Copiar chamado para o administrador
help-copy-ticket-hint = Texto pronto para enviar ao seu departamento de TI: quem, quando, qual aplicativo, a etapa que falhou, o diagnóstico e a ação exata do administrador
help-save-bundle = Salvar pacote de suporte
help-save-bundle-hint = Um arquivo com o relatório e a transcrição do protocolo para o seu suporte; ele não contém nenhuma senha nem token
help-what-happened = O que aconteceu
help-user-can-do = O que você pode fazer
help-admin-must-do = O que o seu departamento de TI precisa fazer
help-open-consent = Para administradores: abrir a página de consentimento
help-consent-opening = Abrindo a página de consentimento no seu navegador. Depois de aceitar, escolha “Tentar novamente”.
help-ticket-copied = O chamado para o administrador foi copiado. Cole-o em um email para o seu departamento de TI.
help-no-folder = Não foi possível encontrar sua pasta Downloads nem sua pasta pessoal para salvar o pacote de suporte.
# $path é o arquivo em que o pacote é salvo.
help-saving-bundle = Salvando o pacote de suporte em { $path } (ele não contém nenhuma senha nem token).
help-bundle-failed = Não foi possível salvar o pacote de suporte: { $why }

## A última página.
done-heading = Concluído
done-nothing-yet = Nada foi configurado ainda.
done-heading-fixed = Seu email voltou a funcionar
done-heading-set-up = Seu email está configurado
done-heading-problem = Concluído, com um problema
done-heading-not-finished = Não concluído
done-works = O recebimento e o envio de email funcionam para { $address }.
done-practice-profile = Este é o perfil de treino: ele desaparece quando o Mail Setup for fechado.
done-signed-in = O Thunderbird já está conectado: ele não vai pedir sua senha.
done-sign-in-once = Quando o Thunderbird abrir, ele vai pedir uma vez que você entre na conta, no navegador.
# $server é o servidor de email que ainda aceita senha.
done-password-receiving = Para receber, seu servidor de email ({ $server }) ainda usa sua senha: o Thunderbird vai pedi-la uma vez.
done-password-sending = Para enviar, seu servidor de email ({ $server }) ainda usa sua senha: o Thunderbird vai pedi-la na primeira vez que você enviar.
done-nothing-changed = Nada foi alterado no Thunderbird.
# $problem é o que deu errado, em poucas palavras.
done-not-working = Não está funcionando: { $problem }
done-open-thunderbird = Abrir o Thunderbird
done-copy-report = Copiar relatório
done-copy-report-hint = O relatório completo como texto, para o seu suporte
done-report-copied = O relatório foi copiado para a área de transferência.
done-full-report = O relatório completo
done-starting-thunderbird = Iniciando o Thunderbird…
done-thunderbird-starting = O Thunderbird está iniciando.
done-thunderbird-did-not-start = O Thunderbird não iniciou: { $why }.
