# Every error a user can see. Keep them short, and say what to type instead.

error-empty = Type a command, for example /{ cmd-alliance } { cmd-alliance-overview }.
error-unknown-command = There is no command “{ $command }”. Try /alliance.
error-missing-subcommand = /alliance needs a topic: { $subcommands }.
error-unknown-subcommand = “{ $subcommand }” is not a topic of /alliance. Try one of: { $subcommands }.
error-unknown-option = /alliance { $subcommand } has no option “{ $option }”.
error-unexpected-value = /alliance { $subcommand } takes no value, but got “{ $value }”.
error-missing-option = /alliance { $subcommand } needs a { $option }, for example /alliance { $subcommand } { $option }:july.
error-bad-month = “{ $input }” is not a month I can read. Months with events: { $months }. Write it as july, July 2025 or 2025-07.
error-internal = Sorry, something went wrong on our side. It has been logged; please try again in a moment.
error-language-dm = /{ cmd-language } is for servers. In a direct message, replies follow your own Discord language.
error-language-unknown = “{ $value }” is not a language I speak. Choose one of: { $languages }.
error-storage = Sorry, the setting could not be saved, and nothing has changed. Please try again in a moment.
error-page-gone = This page is no longer available. Run the command again.
error-manage-server = Only members who can manage this server can use /{ $command }.
error-bad-option = A value given to /{ $command } could not be read. Please pick it from the list Discord offers.
error-outdated-command = This command has changed since your Discord client loaded it. Please try again in a moment.
error-digest-dm = /{ cmd-digest } is for servers: digests are posted in a server's channels.
error-server-without-bot = /{ $command } works only in servers that added the bot. /{ cmd-alliance } works wherever you use the app.
error-digest-time = “{ $input }” is not a time I can read. Write it on the 24-hour clock, such as 08:00 or 18:30.
error-digest-zone = “{ $input }” is not a time zone I know. Pick one from the list, such as Europe/Paris or America/New_York.
error-digest-missing-weekday = A weekly digest needs a weekday: add the weekday option, for example Monday.
error-digest-missing-day = A monthly digest needs a day of the month, from 1 to 28: add the day option, for example 1.
error-digest-unexpected-weekday = A weekday goes with a weekly digest only: leave it out of a { $frequency ->
        [daily] daily
       *[monthly] monthly
    } digest.
error-digest-unexpected-day = A day of the month goes with a monthly digest only: leave it out of a { $frequency ->
        [daily] daily
       *[weekly] weekly
    } digest.
error-digest-day = Not every month has a day { $day }: choose a day from 1 to 28.
error-digest-channel-kind = I cannot post digests in { $channel }: choose a text, announcement or forum channel.
error-digest-full = This server already has { $limit } digests, as many as it may have. Stop one with /{ cmd-digest } { cmd-digest-unsubscribe } first.
error-digest-role-unknown = That role is not one of this server's roles that I can mention: choose another one.
error-digest-role-unmentionable = I may not mention { $role }: make it mentionable in the server's settings, or give me Mention @everyone, @here and All Roles.
error-digest-publish-kind = Only the posts of an announcement channel can be published, and { $channel } is not one: leave out the publish option, or choose an announcement channel.
error-digest-forum-tag = The forum { $channel } requires a tag on each post, and I may apply none of its tags: add a tag that is not moderated, or give me Manage Threads.
error-digest-channel-unseen = I cannot see { $channel }. Let me view it, or choose another channel.
error-digest-channel-permissions = I cannot post digests in { $channel }: I lack { $missing }. Grant { $count ->
        [one] it
       *[other] them
    } to me there, or choose another channel.
error-layout-dm = /{ cmd-layout } is for servers. In a direct message, replies use Discord's current layout.
