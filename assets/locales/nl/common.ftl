# Gedeeld door alle onderdelen van Mail Setup: datums en de namen van de maanden.
# Een volledige datum, zoals in "de deadline is 31 december 2026".
date-long = { $day } { $month } { $year }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

# De naam van deze taal, in deze taal, voor het taalmenu.
language-name = Nederlands
language-menu = Taal

## Gezegd door zowel de opdrachtregel als de wizard, als iets van het
## systeem zelf mislukt. $error is de reden van het systeem, zoals het die
## geeft.
runtime-failed = kan de netwerkruntime niet starten: { $error }
sandbox-failed = de sandbox kon niet starten: { $error }
