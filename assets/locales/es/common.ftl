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
