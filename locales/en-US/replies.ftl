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

# The document the reply's facts come from, then whom it attributes some of them to.
footer-sources = Source: { $documents }
footer-attributions = Claims attributed by the article to: { $attributions }
# Once per reply that shows a date marked † (when-inferred).
footer-inferred = † The article names the month but not the year; the year is inferred from its context.
footer-updated = Updated { $date }
footer-page = Page { $page } of { $pages }

button-previous = Previous
button-next = Next

# The command line's plain-text layout: a field's name before its lines.
plain-field = { $name }:

## /language

language-set = Replies in this server are now in { $language ->
        [en-US] English
        [fr] French
       *[other] { $name }
    }. Discord reports this server's language as { $locale }: outside Community servers that is always en-US, which is why /{ cmd-language } exists.
language-set-auto = Replies in this server now follow its Discord language, currently { $locale }. Outside Community servers Discord always reports en-US; choose a language with /{ cmd-language } to change that.
