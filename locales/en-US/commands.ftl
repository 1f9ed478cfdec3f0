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

cmd-digest = digest
    .description = A digest of the alliance, posted on a schedule in a channel (needs Manage Server)
cmd-digest-subscribe = subscribe
    .description = Post a digest in a channel on a schedule; replaces this server's schedule
cmd-digest-subscribe-channel = channel
    .description = The text channel to post in
cmd-digest-subscribe-frequency = frequency
    .description = How often to post
# Choices: `choice-<command>-<option>-<choice>`, a label of 1 to 100 characters.
choice-digest-subscribe-frequency-daily = daily
choice-digest-subscribe-frequency-weekly = weekly
choice-digest-subscribe-frequency-monthly = monthly
cmd-digest-subscribe-time = time
    .description = The local time to post at, on the 24-hour clock, such as 08:00 or 18:30
cmd-digest-subscribe-timezone = timezone
    .description = The time zone, such as Europe/Paris (default: UTC)
cmd-digest-subscribe-weekday = weekday
    .description = For a weekly digest: the day to post on
choice-digest-subscribe-weekday-monday = Monday
choice-digest-subscribe-weekday-tuesday = Tuesday
choice-digest-subscribe-weekday-wednesday = Wednesday
choice-digest-subscribe-weekday-thursday = Thursday
choice-digest-subscribe-weekday-friday = Friday
choice-digest-subscribe-weekday-saturday = Saturday
choice-digest-subscribe-weekday-sunday = Sunday
cmd-digest-subscribe-day = day
    .description = For a monthly digest: the day of the month, from 1 to 28
cmd-digest-unsubscribe = unsubscribe
    .description = Stop this server's digest
cmd-digest-status = status
    .description = This server's digest: its channel, its schedule, its next and last runs
cmd-digest-preview = preview
    .description = See, privately, what the next digest would post
