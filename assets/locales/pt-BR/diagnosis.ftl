# O cartão de diagnóstico como texto (a linha de comando, o relatório
# copiado), e as palavras que ficam num diagnóstico no lugar do que uma
# execução não sabe. Os textos dos diagnósticos estão em kb.toml.

# $id é o id do diagnóstico (aad-consent-missing); fica como está.
diagnosis-card-title = Diagnóstico [{ $id }]: { $title }
diagnosis-on-the-command-line = Na linha de comando:
diagnosis-evidence = Evidências:

kb-unknown-user = a conta afetada
kb-unknown-app-id = (o ID do aplicativo que entra na conta; o do Thunderbird é 9e5f94bc-e8a4-4e73-b8be-63364c29d753)
kb-unknown-tenant = o ID do locatário ou o domínio da sua organização
kb-unknown-imap-host = o servidor de recebimento
kb-unknown-smtp-host = o servidor de envio
kb-unknown-signed-in-account = a conta usada para entrar
kb-unknown-delegate = a pessoa que abre a caixa de correio compartilhada

kb-approve-in-admin-console = (aprove o aplicativo { $app_id } no console de administração do seu provedor)
kb-unknown-admin-consent-url = a página de consentimento do administrador para o aplicativo (o chamado de uma verificação informa o endereço)
