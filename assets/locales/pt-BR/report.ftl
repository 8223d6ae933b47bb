# O relatório como texto. As marcas [ ok ], [FAIL] e [skip] não são traduzidas.

report-title = Relatório do mailsetup { $version } para { $address }
report-provider = Provedor: { $provider }
report-shared-mailbox = Caixa de correio compartilhada, aberta por: { $delegate }
report-incoming = Servidor de recebimento ({ $protocol }): { $server }
report-outgoing = Servidor de envio (SMTP): { $server }
report-step-line = { $title }: { $detail }
report-step-timed = { $title } ({ $millis } ms): { $detail }
report-step-timed-of = { $title } ({ $millis } ms de { $deadline } s permitidos): { $detail }
report-server-said = o servidor respondeu:
report-thunderbird-profile = Perfil do Thunderbird: { $profile } ({ $action })
report-backup = Backup do prefs.js anterior: { $path }
report-all-passed = Tudo certo.
report-something-failed = Algo falhou; veja as etapas marcadas com FAIL.

## O título sobre as etapas de cada fase; as outras fases são IMAP, POP3,
## SMTP e Thunderbird, nomes que ficam como estão.
report-phase-plan = Plano
report-phase-sign-in = Acesso
