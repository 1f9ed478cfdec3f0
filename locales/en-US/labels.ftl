# Labels the replies are built from: domains, confidence, sources, months and dates.

## Domains: the label, the reply's title, and its opening line.

domain-military = Military
    .title = Military cooperation
    .lead = From a signed defense pact to North Korean troops fighting on Russian soil.
domain-diplomatic = Diplomacy
    .title = Diplomatic exchanges
    .lead = Visits, a trilateral summit and two parades: more than a year of closer, more visible ties.
domain-economic = Economy
    .title = Economic ties
    .lead = Growing ties: a first flight in decades, a road bridge, a very short border put to use.
domain-cultural = Culture
    .title = Cultural initiatives
    .lead = Art enlisted to present the alliance to both publics.
domain-outlook = Outlook
    .title = Outlook and risks
    .lead = What each side gains and what the alliance may cost it, as the article assesses it.

## How sure a fact is, and who says so.

# How the article presents a fact; `confirmed` (stated as established) is not shown.
confidence-confirmed = stated
confidence-reported = reported
confidence-alleged = alleged
confidence-assessment = the article's own assessment
# Shown after a fact the article attributes to someone: `$source` is that source's `.cited`.
fact-hedge = ({ $confidence }, { $source })
# Shown after a fact the article does not attribute, when it is not stated as established.
fact-hedge-own = ({ $confidence })
# Shown after a fact revised since it entered the store.
fact-updated = (updated { $date })

# A document facts are read from, as the footer names it.
source-document = “{ $title }” ({ $section ->
        [none] {""}
       *[other] { $section } section, {""}
    }in { $language ->
        [fr] French
        [en] English
       *[other] { $language }
    })
# Whom the article attributes a claim to: the name, as the footer lists it, and `.cited`, as a
# hedge names it (it gets `$confidence`, to agree with it where a language needs to).
source-south-korean-sources = South Korean sources
    .cited = according to South Korean sources
source-seoul = Seoul
    .cited = as relayed by Seoul

## Months, as readers type them in /alliance month (dates are shown by CLDR's own patterns).
# `.typed`: other forms a reader may type for the month (another case, a short form), comma-separated.
# `month-filler` (optional): what readers write between a month and its year, ignored when reading it
# ("de" in "julio de 2025", 年 in 2025年7月), comma-separated.

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

## Dates, at the precision the source gives.

when-year = { $year }
when-part = { $part ->
        [early] early { $year }
        [mid] mid-{ $year }
       *[late] late { $year }
    }
when-season = { $season ->
        [spring] spring { $year }
        [summer] summer { $year }
        [autumn] fall { $year }
       *[winter] winter { $year }
    }
when-span = { $from } – { $to }
# A span shown under one of its months: the whole span, said to be ongoing then.
when-ongoing = { $when }, ongoing
# A date whose year the article does not give: inferred from its context (see footer-inferred).
when-inferred = { $when }†
# A fact the article calls recent, without a date.
when-recent = recently

## Days of the week, Monday first.

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday

## The channel permissions a digest needs, as Discord names them.

permission-view-channel = View Channel
permission-send-messages = Send Messages
permission-embed-links = Embed Links
permission-create-threads = Create Public Threads
