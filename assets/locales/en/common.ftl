# Shared by every part of Mail Setup: dates and the names of months.
# A day in full, as in "the deadline is 31 December 2026".
date-long = { $day } { $month } { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

# This language's name, in this language, for the language menu.
language-name = English
language-menu = Language

## Said by the command line and the wizard alike, when something of the
## system's own fails. $error is the system's reason, as it says it.
runtime-failed = cannot start the network runtime: { $error }
sandbox-failed = the sandbox could not start: { $error }
