# Labels the replies are built from: domains, confidence, sources, months and dates.

## Domains: the label, the reply's title, and its opening line.

domain-military = Military
    .title = Military cooperation
    .lead = From a signed defence pact to North Korean troops fighting on Russian soil.
domain-diplomatic = Diplomacy
    .title = Diplomatic exchanges
    .lead = Visits, a summit and two parades: a year of closer and more visible ties.
domain-economic = Economy
    .title = Economic ties
    .lead = Modest in volume but symbolic: new links across a very short border.
domain-cultural = Culture
    .title = Cultural initiatives
    .lead = Art enlisted to present the alliance to both publics.
domain-outlook = Outlook
    .title = Outlook and risks
    .lead = What each side gains, and what the alliance may cost it.

## How sure a fact is, and who says so.

confidence-confirmed = confirmed
confidence-reported = reported
confidence-alleged = alleged
# Shown after a fact that is not confirmed.
fact-hedge = ({ $confidence }, according to { $source })

# The name, as listed in a footer, and `.cited`, as it reads after "according to".
source-official = official statements
    .cited = official statements
source-south-korean-sources = South Korean sources
    .cited = South Korean sources
source-seoul = Seoul
    .cited = Seoul
source-press = international press
    .cited = the international press
source-public-record = public records
    .cited = public records
source-analysts = analysts
    .cited = analysts

## Months: used to show dates and to read what users type.

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
when-month = { $month } { $year }
when-part = { $part ->
        [early] early { $year }
        [mid] mid-{ $year }
       *[late] late { $year }
    }
when-season = { $season ->
        [spring] spring { $year }
        [summer] summer { $year }
        [autumn] autumn { $year }
       *[winter] winter { $year }
    }
when-span = { $from } – { $to }
# A full day, such as the day the store was last updated.
date-day = { $month } { $day }, { $year }

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
