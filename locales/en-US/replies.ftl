# The frame of every reply: titles, opening lines, footers and page buttons.

reply-overview-title = The Russia–North Korea alliance at a glance
reply-overview-lead = Since 2024 the two countries have bound themselves together on several fronts at once; below are the key actions in each domain.
reply-overview-hint = For details, type /alliance followed by { $subcommands }.

reply-timeline-title = Timeline of the alliance
reply-timeline-lead = { $count ->
        [one] One dated event, oldest first.
       *[other] { $count } dated events, oldest first.
    }
# Facts the article calls recent without a date: listed after the dated ones, out of the time order.
reply-timeline-undated = { $count ->
        [one] One more is recent but undated: it comes last, outside the time order.
       *[other] { $count } more are recent but undated: they come last, outside the time order.
    }

reply-month-title = The alliance in { $month }
reply-month-lead = { $count ->
        [one] One event in { $month }.
       *[other] { $count } events in { $month }.
    }
reply-month-empty = The store has no event for { $month }.
# The reader named a month without a year: the year taken, and why.
reply-month-year-assumed = You gave no year, so this is { $year }: the latest year with events in that month.
# Facts dated only to a longer period that includes the month: shown apart, as that period, and not counted.
reply-month-ongoing = Not dated to { $month } itself, but under way over a longer period that includes it:
reply-month-available = Months with events: { $months }.

# The document the reply's facts come from, then whom it attributes some of them to.
footer-sources = Source: { $documents }
footer-attributions = Claims attributed by the article to: { $attributions }
# Once per reply that shows a date marked † (when-inferred).
footer-inferred = † The article names the month but not the year; the year is inferred from its context.
# The last day the fact store changed (a fact added, revised or withdrawn).
footer-updated = Facts as of { $date }
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

## The timeline picture (/alliance timeline): its legend, its notes and its alt text.

timeline-legend-hedged = hollow: hedged (reported, alleged, or an assessment)
timeline-legend-span = bar: over a period
timeline-legend-rough = pale bar: dated only to a year, part of a year or season
# The column of facts the article calls recent without dating them: apart from the time axis.
timeline-undated = recent, undated
# A row of a fact the article attributes to someone: its title, then whom it attributes it to.
timeline-attributed = { $title } ({ $source })
# Shown on the picture and in the reply when the store has more facts than the picture has rows.
timeline-not-drawn = The picture shows the latest { $drawn } events; { $hidden } earlier ones are not drawn.
# The picture described for screen readers: `$period` is like "2024 – October 2025".
timeline-alt = Chart of { $count ->
        [one] one event
       *[other] { $count } events
    } of the alliance on a time axis, { $period }, one row each, colored by domain ({ $domains }). { $hedged ->
        [0] None is hedged.
        [one] One is hedged, drawn hollow.
       *[other] { $hedged } are hedged, drawn hollow.
    }
layout-set-components = Replies and digests in this server now use Discord's current layout. One too long for it still comes as embeds.
layout-set-embeds = Replies and digests in this server now come as embeds.
