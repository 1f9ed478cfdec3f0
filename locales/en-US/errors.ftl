# Every error a user can see. Keep them short, and say what to type instead.

error-empty = Type a command, for example /alliance overview.
error-unknown-command = There is no command “{ $command }”. Try /alliance.
error-missing-subcommand = /alliance needs a topic: { $subcommands }.
error-unknown-subcommand = “{ $subcommand }” is not a topic of /alliance. Try one of: { $subcommands }.
error-unknown-option = /alliance { $subcommand } has no option “{ $option }”.
error-unexpected-value = /alliance { $subcommand } takes no value, but got “{ $value }”.
error-missing-option = /alliance { $subcommand } needs a { $option }, for example /alliance { $subcommand } { $option }:july.
error-bad-month = “{ $input }” is not a month I can read. Months with events: { $months }. Write it as july, July 2025 or 2025-07.
error-internal = Sorry, something went wrong on our side. It has been logged; please try again in a moment.
error-language-dm = /language is for servers. In a direct message, replies follow your own Discord language.
error-language-unknown = “{ $value }” is not a language I speak. Choose one of: { $languages }.
error-storage = Sorry, the setting could not be saved, and nothing has changed. Please try again in a moment.
error-page-gone = This page is no longer available. Run the command again.
error-manage-server = Only members who can manage this server can use { $command }.
error-bad-option = A value given to { $command } could not be read. Please pick it from the list Discord offers.
error-outdated-command = This command has changed since your Discord client loaded it. Please try again in a moment.
