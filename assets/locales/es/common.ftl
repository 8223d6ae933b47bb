# Común a todas las partes de Mail Setup: las fechas y los nombres de los meses.
# Una fecha completa, como en «el plazo termina el 31 de diciembre de 2026».
date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

# El nombre de este idioma, en este idioma, para el menú de idiomas.
language-name = Español
language-menu = Idioma

## Lo dicen tanto la línea de comandos como el asistente cuando falla algo
## del propio sistema. $error es el motivo del sistema, tal como lo dice.
runtime-failed = no se puede iniciar el entorno de ejecución de red: { $error }
sandbox-failed = no se pudo iniciar el entorno de pruebas: { $error }
