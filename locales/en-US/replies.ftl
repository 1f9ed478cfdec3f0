# The frame of every reply: titles, opening lines, footers and page buttons.

reply-overview-title = The Russia–North Korea alliance at a glance
reply-overview-lead = Since 2024 the two countries have bound themselves together on several fronts at once; below are the key actions in each domain.
reply-overview-hint = For details, type /alliance followed by { $subcommands }.

reply-timeline-title = Timeline of the alliance
reply-timeline-lead = { $count ->
        [one] One dated event, oldest first.
       *[other] { $count } dated events, oldest first.
    }

reply-month-title = The alliance in { $month }
reply-month-lead = { $count ->
        [one] One event in { $month }.
       *[other] { $count } events in { $month }.
    }
reply-month-empty = The store has no event for { $month }.
reply-month-available = Months with events: { $months }.

footer-sources = Sources: { $sources }
footer-updated = Updated { $date }
footer-page = Page { $page } of { $pages }

button-previous = Previous
button-next = Next

## /language

language-set = Replies in this server are now in { $language }. Discord reports this server's language as { $locale }: outside Community servers that is always en-US, which is why /language exists.
language-set-auto = Replies in this server now follow its Discord language, currently { $locale }. Outside Community servers Discord always reports en-US; choose a language with /language to change that.
