# Slash-command names and descriptions as a Discord client shows them.
# Names: lowercase, no spaces, at most 32 characters. Descriptions: at most 100 characters.

cmd-alliance = alliance
    .description = Sourced summaries of the Russia–North Korea alliance
cmd-alliance-overview = overview
    .description = The key actions in every domain
cmd-alliance-military = military
    .description = Military cooperation: the pact, troops, arms
cmd-alliance-diplomatic = diplomatic
    .description = Visits, summits and parades
cmd-alliance-economic = economic
    .description = Transport links and trade
cmd-alliance-cultural = cultural
    .description = Cultural initiatives
cmd-alliance-outlook = outlook
    .description = What each side gains, and the risks
cmd-alliance-timeline = timeline
    .description = Every dated event, oldest first
cmd-alliance-month = month
    .description = What happened in one month
cmd-alliance-month-month = month
    .description = A month, such as july, July 2025 or 2025-07
cmd-language = language
    .description = Choose the language of this server's replies (needs Manage Server)
cmd-language-value = value
    .description = The language, or auto to follow the server's Discord language

# The /language choices: this language's own name, and "auto".
language-name = English
language-auto = Follow Discord (auto)
