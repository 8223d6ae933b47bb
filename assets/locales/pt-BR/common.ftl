# Compartilhado por todas as partes do Mail Setup: datas e nomes dos meses.
# Uma data por extenso, como em "o prazo é 31 de dezembro de 2026".
date-long = { $day } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

# O nome deste idioma, neste idioma, para o menu de idiomas.
language-name = Português (Brasil)
language-menu = Idioma

## Dito tanto pela linha de comando quanto pelo assistente quando algo do
## próprio sistema falha. $error é o motivo do sistema, como ele o diz.
runtime-failed = não é possível iniciar o ambiente de execução de rede: { $error }
sandbox-failed = não foi possível iniciar a sandbox: { $error }
