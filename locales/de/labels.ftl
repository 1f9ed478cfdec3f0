# Die Bausteine der Antworten: Bereiche, Gewissheitsgrad, Quellen, Monate und Datumsangaben.

## Bereiche: die Bezeichnung, der Titel der Antwort und ihr Einleitungssatz.

domain-military = Militär
    .title = Militärische Zusammenarbeit
    .lead = Vom unterzeichneten Verteidigungspakt bis zu nordkoreanischen Soldaten im Kampf auf russischem Boden.
domain-diplomatic = Diplomatie
    .title = Diplomatischer Austausch
    .lead = Besuche, ein Dreiergipfel und zwei Paraden: seit mehr als einem Jahr engere und sichtbarere Beziehungen.
domain-economic = Wirtschaft
    .title = Wirtschaftsbeziehungen
    .lead = Wachsende Verbindungen: ein erster kommerzieller Flug seit Jahrzehnten, eine Straßenbrücke, eine sehr kurze Grenze, die nun genutzt wird.
domain-cultural = Kultur
    .title = Kulturelle Initiativen
    .lead = Kunst, die beiden Öffentlichkeiten die Allianz nahebringen soll.
domain-outlook = Ausblick
    .title = Ausblick und Risiken
    .lead = Was jede Seite gewinnt und was die Allianz sie kosten könnte – nach Einschätzung des Artikels.

## Wie gesichert eine Meldung ist, und wer sie in die Welt setzt.

# Wie der Artikel eine Meldung darstellt; `confirmed` (als gesichert dargestellt) wird nicht angezeigt.
# Die Bezeichnung steht in Klammern hinter dem Satz, kursiv: „(berichtet, laut südkoreanischen Quellen)“.
confidence-confirmed = gesichert
confidence-reported = berichtet
confidence-alleged = unbestätigter Vorwurf
confidence-assessment = Einschätzung des Artikels
# Hinter einer Meldung, die der Artikel jemandem zuschreibt: `$source` ist das `.cited` dieser Quelle.
fact-hedge = ({ $confidence }, { $source })
# Hinter einer Meldung, die der Artikel niemandem zuschreibt, wenn er sie nicht als gesichert darstellt.
fact-hedge-own = ({ $confidence })
# Hinter einer Meldung, die seit ihrer Aufnahme überarbeitet wurde ($date: „5. Dezember 2026“).
fact-updated = (aktualisiert am { $date })

# Ein Dokument, aus dem Meldungen stammen, wie die Fußzeile es nennt.
source-document = „{ $title }“ ({ $section ->
        [none] {""}
       *[other] Rubrik { $section }, {""}
    }auf { $language ->
        [fr] Französisch
        [en] Englisch
       *[other] { $language }
    })
# Wem der Artikel eine Aussage zuschreibt: der Name, wie die Fußzeile ihn aufzählt, und `.cited`,
# wie ein Vorbehalt ihn nennt (erhält `$confidence`; im Deutschen ist keine Angleichung nötig).
source-south-korean-sources = südkoreanische Quellen
    .cited = laut südkoreanischen Quellen
source-seoul = Seoul
    .cited = von Seoul verbreitet

## Monate, wie Leser sie bei /allianz monat eingeben (Datumsangaben zeigt CLDR nach eigenen Mustern).
# `.typed`: weitere Formen, die Leser für den Monat tippen (Abkürzungen, österreichische Formen),
# durch Kommas getrennt. Groß-/Kleinschreibung und Umlaute spielen beim Erkennen keine Rolle
# („marz“ findet März), Präfixe ab drei Buchstaben ebenfalls nicht („sept“, „okt“).
# Deutsche Monatsnamen werden praktisch nicht dekliniert; `month-filler` braucht das Deutsche nicht.

month-1 = Januar
    .typed = Jan, Jänner, Jän
month-2 = Februar
    .typed = Feb, Feber
month-3 = März
    .typed = Mär, Mrz, Maerz
month-4 = April
    .typed = Apr
month-5 = Mai
month-6 = Juni
    .typed = Jun
month-7 = Juli
    .typed = Jul
month-8 = August
    .typed = Aug
month-9 = September
    .typed = Sep, Sept
month-10 = Oktober
    .typed = Okt
month-11 = November
    .typed = Nov
month-12 = Dezember
    .typed = Dez

## Datumsangaben, so genau, wie die Quelle sie gibt.

when-year = { $year }
when-part = { $part ->
        [early] Anfang { $year }
        [mid] Mitte { $year }
       *[late] Ende { $year }
    }
when-season = { $season ->
        [spring] Frühjahr { $year }
        [summer] Sommer { $year }
        [autumn] Herbst { $year }
       *[winter] Winter { $year }
    }
when-span = { $from } – { $to }
# Ein Zeitraum unter einem seiner Monate: der ganze Zeitraum, damals noch im Gange.
when-ongoing = { $when }, andauernd
# Ein Datum, dessen Jahr der Artikel nicht nennt: aus dem Zusammenhang erschlossen (siehe footer-inferred).
when-inferred = { $when }†
# Eine Meldung, die der Artikel als jüngst bezeichnet, ohne Datum.
when-recent = Kürzlich

## Wochentage, mit Montag beginnend (im Satz: „jeden Montag“).

weekday-1 = Montag
weekday-2 = Dienstag
weekday-3 = Mittwoch
weekday-4 = Donnerstag
weekday-5 = Freitag
weekday-6 = Samstag
weekday-7 = Sonntag

## Die Kanalberechtigungen, die ein Briefing braucht, wie der deutsche Discord-Client sie nennt.

permission-view-channel = Kanal ansehen
permission-send-messages = Nachrichten senden
permission-embed-links = Links einbetten
permission-create-threads = Öffentliche Threads erstellen
