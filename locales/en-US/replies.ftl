# The frame of every reply: titles, opening lines, footers and page buttons.

reply-overview-title = The Russia–North Korea alliance at a glance
reply-overview-lead = Since 2024 the two countries have bound themselves together on several fronts at once. The key actions of each:
reply-overview-hint = For details: /alliance military, diplomatic, economic, cultural, outlook, timeline, or month.

reply-timeline-title = Timeline of the alliance
reply-timeline-lead = { $count ->
        [one] One dated event, oldest first.
       *[other] { $count } dated events, oldest first.
    }

reply-month-title = { $month }
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
