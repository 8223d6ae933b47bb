# As páginas de acesso do provedor de treino (mailsetup --sandbox), mostradas
# no navegador. Elas fazem o papel da página de acesso de um provedor; as
# respostas do provedor ao mailsetup e os códigos e frases do Entra ficam em
# inglês.

practice-provider-name = Sandbox do mailsetup
practice-page-home = Este é o servidor de acesso da sandbox do mailsetup. Comece um acesso pelo mailsetup; ele trará você até aqui.
practice-page-sign-in-title = Entrar na sandbox do mailsetup
practice-page-note = Este é um provedor de treino; nada sai do seu computador.
# $client é o ID de cliente do aplicativo, como o provedor o conhece.
practice-page-consent = { $client } quer ler e enviar seus emails.
# Seguido da lista de escopos, como o provedor os chama.
practice-page-scopes = Escopos:
practice-page-email = Endereço de email
practice-page-password = Senha (qualquer uma serve)
practice-page-allow = Permitir
practice-page-deny = Negar
practice-page-device-title = Digite o código mostrado pelo mailsetup
practice-page-code = Código
practice-page-unknown-code = Esse código não é conhecido ou já foi usado. Confira o código que o mailsetup mostra.
practice-page-done-title = Concluído
practice-page-signed-in = Você entrou na conta. Volte ao mailsetup: ele continua sozinho.
practice-page-declined = Você recusou. Volte ao mailsetup.
practice-page-failed-title = Falha no acesso
practice-page-not-a-form = O formulário não foi enviado como formulário.
practice-page-form-incomplete = O formulário está incompleto.
practice-page-choose = Escolha “Permitir” ou “Negar”.
practice-page-ended-title = Este acesso terminou
practice-page-ended = Esta página de acesso expirou ou já foi respondida. Comece de novo pelo mailsetup.
practice-page-invalid-link-title = Este link de acesso não é válido
# $reason é a falha técnica, em inglês.
practice-page-invalid-link = A sandbox do mailsetup não pode continuar: { $reason }.
practice-page-invalid-link-report = O próprio mailsetup cria este link; se você estiver vendo esta página, informe o problema.
practice-page-address-no-at = Digite um endereço de email: falta o @.
practice-page-address-no-local-part = Digite um endereço de email: não há nada utilizável antes do @.
practice-page-address-no-domain = Digite um endereço de email: a parte depois do @ não é um nome de domínio.
# Após a recusa do Entra (AADSTS50057, em inglês). $shared é o endereço da
# caixa de correio compartilhada, $person a pessoa que tem acesso a ela.
practice-page-shared-hint = { $shared } é uma caixa de correio compartilhada: não é possível entrar com a conta dela. Entre como uma pessoa que tem acesso a ela ({ $person }) e informe { $shared } apenas como nome de usuário da conta de email.
# Após a recusa do Entra (AADSTS50034, em inglês). $person é o dono do alias.
practice-page-alias-hint = É um alias de { $person }: entre com esse endereço.
