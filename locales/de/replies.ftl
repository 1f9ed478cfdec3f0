# Der Rahmen jeder Antwort: Titel, Einleitungen, Fußzeilen und Blätter-Schaltflächen.
# $month kommt fertig formatiert an („Juli 2025“); Monatsnamen werden nicht dekliniert, also
# steht er problemlos nach „im“, „für“ oder „auf“.

# en-US 89e8552d
reply-overview-title = Die Allianz zwischen Russland und Nordkorea auf einen Blick
# en-US b200dc12
reply-overview-lead = Seit 2024 haben sich die beiden Länder auf mehreren Feldern zugleich aneinander gebunden; hier die wichtigsten Schritte in jedem Bereich.
# en-US 60a2090c
reply-overview-hint = Für Details gib /{ cmd-alliance } und eines dieser Themen ein: { $subcommands }.

# en-US 7bfb9791
reply-timeline-title = Chronik der Allianz
# en-US 235991c9
reply-timeline-lead = { $count ->
        [one] Ein datiertes Ereignis.
       *[other] { $count } datierte Ereignisse, das älteste zuerst.
    }
# Meldungen, die der Artikel als jüngst bezeichnet, ohne Datum: nach den datierten, außerhalb der Zeitfolge.
# en-US 93f14d94
reply-timeline-undated = { $count ->
        [one] Ein weiteres Ereignis liegt kurz zurück, ist aber nicht datiert: Es steht am Ende, außerhalb der zeitlichen Reihenfolge.
       *[other] { $count } weitere Ereignisse liegen kurz zurück, sind aber nicht datiert: Sie stehen am Ende, außerhalb der zeitlichen Reihenfolge.
    }

# en-US 81f27553
reply-month-title = Die Allianz im { $month }
# en-US 56469182
reply-month-lead = { $count ->
        [one] Ein Ereignis im { $month }.
       *[other] { $count } Ereignisse im { $month }.
    }
# en-US 2eb761b1
reply-month-empty = Für { $month } sind keine Ereignisse verzeichnet.
# Der Leser hat einen Monat ohne Jahr genannt: das angenommene Jahr und warum.
# en-US b732ff71
reply-month-year-assumed = Ohne Jahresangabe gilt { $year }: das letzte Jahr mit Ereignissen in diesem Monat.
# Meldungen, die nur auf einen längeren Zeitraum mit diesem Monat datiert sind: gesondert, mit diesem Zeitraum, nicht mitgezählt.
# en-US e9e00134
reply-month-ongoing = Nicht auf { $month } selbst datiert, aber über einen längeren Zeitraum im Gange, der diesen Monat einschließt:
# en-US 5aafd3fc
reply-month-available = Monate mit Ereignissen: { $months }.

# Das Dokument, aus dem die Meldungen der Antwort stammen, dann wem es einige davon zuschreibt.
# en-US 9b3feee7
footer-sources = Quelle: { $documents }
# en-US 5c51aa5a
footer-attributions = Urheber einzelner Angaben laut Artikel: { $attributions }
# Einmal je Antwort, die ein mit † markiertes Datum zeigt (when-inferred).
# en-US f51bd4e9
footer-inferred = † Der Artikel nennt den Monat, nicht aber das Jahr; es ist aus dem Zusammenhang erschlossen.
# Der letzte Tag, an dem sich die Faktenbasis geändert hat ($date: „5. Dezember 2026“).
# en-US 4ec27132
footer-updated = Stand: { $date }
# en-US eeccb87c
footer-page = Seite { $page } von { $pages }

# en-US 1bf9d747
button-previous = Zurück
# en-US 01aa3b64
button-next = Weiter

# Das Klartext-Layout der Kommandozeile: der Name eines Feldes vor seinen Zeilen.
# en-US 1c60386a
plain-field = { $name }:

## /sprache

# en-US e41b4d4d
language-set = Die Antworten auf diesem Server sind jetzt auf { $language ->
        [en-US] Englisch
        [fr] Französisch
        [de] Deutsch
        [es-ES] Spanisch
        [ru] Russisch
        [uk] Ukrainisch
        [ko] Koreanisch
        [ja] Japanisch
       *[other] { $name }
    }. Discord meldet als Sprache dieses Servers { $locale }: Außerhalb von Community-Servern ist das immer en-US – deshalb gibt es /{ cmd-language }.
# en-US 252aeeae
language-set-auto = Die Antworten auf diesem Server folgen jetzt seiner Discord-Sprache, derzeit { $locale }. Außerhalb von Community-Servern meldet Discord immer en-US; mit /{ cmd-language } kannst du eine Sprache festlegen.

## Das Bild der Chronik (/allianz chronik): Legende, Hinweise und Alternativtext.

# en-US 88583fa7
timeline-legend-hedged = ungefüllt: mit Vorbehalt (berichtet, Vorwurf oder Einschätzung)
# en-US da9a9dc2
timeline-legend-span = Balken: über einen Zeitraum
# en-US 9a17c033
timeline-legend-rough = blasser Balken: nur auf Jahr, Jahresabschnitt oder Jahreszeit datiert
# Die Spalte der Meldungen, die der Artikel als jüngst bezeichnet, ohne sie zu datieren: abseits der Zeitachse.
# en-US 49210f81
timeline-undated = kürzlich
# Die Zeile einer Meldung, die der Artikel jemandem zuschreibt: ihr Titel, dann wem er sie zuschreibt.
# en-US b258bb48
timeline-attributed = { $title } ({ $source })
# Im Bild und in der Antwort, wenn die Faktenbasis mehr Meldungen hat, als das Bild Zeilen.
# en-US 7f6e4202
timeline-not-drawn = Das Bild zeigt die { $drawn } jüngsten Ereignisse; { $hidden ->
        [one] ein älteres ist nicht eingezeichnet.
       *[other] { $hidden } ältere sind nicht eingezeichnet.
    }
# Das Bild, beschrieben für Screenreader: `$period` ist etwa „2024 – Oktober 2025“.
# en-US 1250f281
timeline-alt = Diagramm mit { $count ->
        [one] einem Ereignis
       *[other] { $count } Ereignissen
    } der Allianz auf einer Zeitachse, { $period }, je eine Zeile, farbig nach Bereich ({ $domains }). { $hedged ->
        [0] Keines steht unter Vorbehalt.
        [one] Eines steht unter Vorbehalt und ist ungefüllt gezeichnet.
       *[other] { $hedged } stehen unter Vorbehalt und sind ungefüllt gezeichnet.
    }
# en-US 029bcbf9
layout-set-components = Die Antworten und Briefings auf diesem Server erscheinen jetzt im aktuellen Discord-Layout. Was dafür zu lang ist, kommt weiterhin als Embeds.
# en-US e4dd16b9
layout-set-embeds = Die Antworten und Briefings auf diesem Server kommen jetzt als Embeds.
