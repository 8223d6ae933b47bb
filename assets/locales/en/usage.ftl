### The words clap, the command-line parser, writes around the help texts
### of help.ftl: headings, its own flags and its error messages. Argument
### names (--lang), command names and values stay as they are.

usage-heading = Usage:
# In the usage line, where the options go: mailsetup audit [OPTIONS].
usage-options-value = [OPTIONS]
usage-options = Options
usage-arguments = Arguments
usage-commands = Commands
# In the usage line, where a command goes: mailsetup [COMMAND].
usage-command-value = COMMAND
usage-flag-help = Print help
usage-flag-help-more = Print help (see more with '--help')
usage-flag-help-summary = Print help (see a summary with '-h')
usage-flag-version = Print version
usage-cmd-help = Print this message or the help of the given subcommand(s)
usage-cmd-help-subcommand = Print help for the subcommand(s)
# After an option's help; $value is the value used when it is not given.
usage-default = [default: { $value }]
# After an option's help; $values lists them, comma separated.
usage-possible-values = [possible values: { $values }]
usage-possible-values-heading = Possible values:
usage-possible-values-list = possible values: { $values }

## Errors in what was typed. $argument is an option as typed or defined
## (--lang <LANGUAGE>); $command a command name; $value what was typed.
usage-error = error:
usage-error-unknown-argument = unexpected argument '{ $argument }'
usage-error-unknown-command = unknown command '{ $command }'
usage-error-value-missing = '{ $argument }' needs a value, but none was given
usage-error-invalid-value = invalid value '{ $value }' for '{ $argument }'
# $arguments lists the missing ones, comma separated.
usage-error-missing = these required arguments were not given: { $arguments }
usage-error-repeated = '{ $argument }' can be given only once
usage-error-conflict = '{ $argument }' cannot be used together with '{ $other }'
usage-error-too-many = unexpected value '{ $value }' for '{ $argument }'; no more were expected
# $similar is an option or command of that name.
usage-error-similar = tip: a similar one exists: '{ $similar }'
usage-error-more = For more information, try '--help'.

## The rarer mistakes. $expected and $actual are counts of values.
usage-error-value-count = '{ $argument }' takes { $expected } values, but { $actual } were given
usage-error-needs-equals = '{ $argument }' needs its value after an equals sign, as in { $argument }=VALUE
usage-error-needs-command = '{ $command }' needs a command after it
usage-error-not-utf8 = an argument is not valid text (UTF-8)
