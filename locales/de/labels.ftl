# Die Bausteine der Antworten: Bereiche, Gewissheitsgrad, Quellen, Monate und Datumsangaben.

## Bereiche: die Bezeichnung, der Titel der Antwort und ihr Einleitungssatz.

# en-US 0aaacc13
domain-military = Militär
    .title = Militärische Zusammenarbeit
    .lead = Vom unterzeichneten Verteidigungspakt bis zu nordkoreanischen Soldaten im Kampf auf russischem Boden.
# en-US 548a20bf
domain-diplomatic = Diplomatie
    .title = Diplomatischer Austausch
    .lead = Besuche, ein Dreiergipfel und zwei Paraden: seit mehr als einem Jahr engere und sichtbarere Beziehungen.
# en-US e1d4c6b9
domain-economic = Wirtschaft
    .title = Wirtschaftsbeziehungen
    .lead = Wachsende Verbindungen: ein erster kommerzieller Flug seit Jahrzehnten, eine Straßenbrücke, eine sehr kurze Grenze, die nun genutzt wird.
# en-US 8fccd647
domain-cultural = Kultur
    .title = Kulturelle Initiativen
    .lead = Kunst, die beiden Öffentlichkeiten die Allianz nahebringen soll.
# en-US 8a429f8d
domain-outlook = Ausblick
    .title = Ausblick und Risiken
    .lead = Was jede Seite gewinnt und was die Allianz sie kosten könnte – nach Einschätzung des Artikels.

## Wie gesichert eine Meldung ist, und wer sie in die Welt setzt.

# Wie der Artikel eine Meldung darstellt; `confirmed` (als gesichert dargestellt) wird nicht angezeigt.
# Die Bezeichnung steht in Klammern hinter dem Satz, kursiv: „(berichtet, laut südkoreanischen Quellen)“.
# en-US c0569b9c
confidence-confirmed = gesichert
# en-US 113a6cf5
confidence-reported = berichtet
# en-US e4408800
confidence-alleged = unbestätigter Vorwurf
# en-US 516f3f91
confidence-assessment = Einschätzung des Artikels
# Hinter einer Meldung, die der Artikel jemandem zuschreibt: `$source` ist das `.cited` dieser Quelle.
# en-US aeca6535
fact-hedge = ({ $confidence }, { $source })
# Hinter einer Meldung, die der Artikel niemandem zuschreibt, wenn er sie nicht als gesichert darstellt.
# en-US 702975f5
fact-hedge-own = ({ $confidence })
# Hinter einer Meldung, die seit ihrer Aufnahme überarbeitet wurde ($date: „5. Dezember 2026“).
# en-US e5613187
fact-updated = (aktualisiert am { $date })

# Ein Dokument, aus dem Meldungen stammen, wie die Fußzeile es nennt.
# en-US 70f3a682
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
# en-US bf37f437
source-south-korean-sources = südkoreanische Quellen
    .cited = laut südkoreanischen Quellen
# en-US 1786a044
source-seoul = Seoul
    .cited = von Seoul verbreitet

## Monate, wie Leser sie bei /allianz monat eingeben (Datumsangaben zeigt CLDR nach eigenen Mustern).
# `.typed`: weitere Formen, die Leser für den Monat tippen (Abkürzungen, österreichische Formen),
# durch Kommas getrennt. Groß-/Kleinschreibung und Umlaute spielen beim Erkennen keine Rolle
# („marz“ findet März), Präfixe ab drei Buchstaben ebenfalls nicht („sept“, „okt“).
# Deutsche Monatsnamen werden praktisch nicht dekliniert; `month-filler` braucht das Deutsche nicht.

# en-US a03fdb2c
month-1 = Januar
    .typed = Jan, Jänner, Jän
# en-US df1d06b4
month-2 = Februar
    .typed = Feb, Feber
# en-US 248c9f72
month-3 = März
    .typed = Mär, Mrz, Maerz
# en-US 28a3202c
month-4 = April
    .typed = Apr
# en-US 7f154281
month-5 = Mai
# en-US e1d29d81
month-6 = Juni
    .typed = Jun
# en-US 2cbf27a1
month-7 = Juli
    .typed = Jul
# en-US 83bb941b
month-8 = August
    .typed = Aug
# en-US d97b8ab9
month-9 = September
    .typed = Sep, Sept
# en-US bddbe3b0
month-10 = Oktober
    .typed = Okt
# en-US 9e77977e
month-11 = November
    .typed = Nov
# en-US 4a6e70a1
month-12 = Dezember
    .typed = Dez

## Datumsangaben, so genau, wie die Quelle sie gibt.

# en-US 062b3869
when-year = { $year }
# en-US 649849cb
when-part = { $part ->
        [early] Anfang { $year }
        [mid] Mitte { $year }
       *[late] Ende { $year }
    }
# en-US afd5e6e9
when-season = { $season ->
        [spring] Frühjahr { $year }
        [summer] Sommer { $year }
        [autumn] Herbst { $year }
       *[winter] Winter { $year }
    }
# en-US f0a29d67
when-span = { $from } – { $to }
# Ein Zeitraum unter einem seiner Monate: der ganze Zeitraum, damals noch im Gange.
# en-US 00ca672e
when-ongoing = { $when }, andauernd
# Ein Datum, dessen Jahr der Artikel nicht nennt: aus dem Zusammenhang erschlossen (siehe footer-inferred).
# en-US 6a6f0c31
when-inferred = { $when }†
# Eine Meldung, die der Artikel als jüngst bezeichnet, ohne Datum.
# en-US 32be7a8b
when-recent = Kürzlich

## Wochentage, mit Montag beginnend (im Satz: „jeden Montag“).

# en-US 8e606157
weekday-1 = Montag
# en-US fb75d809
weekday-2 = Dienstag
# en-US 070a9e52
weekday-3 = Mittwoch
# en-US 820d53be
weekday-4 = Donnerstag
# en-US 23048e50
weekday-5 = Freitag
# en-US c2c0b951
weekday-6 = Samstag
# en-US 6d71cdfa
weekday-7 = Sonntag

## Die Kanalberechtigungen, die ein Briefing braucht, wie der deutsche Discord-Client sie nennt.

# en-US 15964928
permission-view-channel = Kanal ansehen
# en-US 8b754125
permission-send-messages = Nachrichten senden
# en-US 6c738ea1
permission-embed-links = Links einbetten
# en-US ce744a92
permission-create-threads = Öffentliche Threads erstellen
