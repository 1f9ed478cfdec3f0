# Namen und Beschreibungen der Slash-Befehle, wie ein deutschsprachiger Discord-Client sie zeigt.
# Namen: Kleinbuchstaben (Umlaute erlaubt), keine Leerzeichen, höchstens 32 Zeichen.
# Beschreibungen: höchstens 100 Zeichen.
# Anrede: durchgehend „du“, wie im deutschen Discord-Client selbst.
# „digest“ heißt im Deutschen durchgehend „Briefing“ (das Briefing, die Briefings), wie die
# Nachrichten-Briefings deutscher Redaktionen.

cmd-alliance = allianz
    .description = Kurzüberblicke mit Quellenangabe zur Allianz zwischen Russland und Nordkorea
cmd-alliance-overview = übersicht
    .description = Die wichtigsten Schritte in jedem Bereich
cmd-alliance-military = militär
    .description = Militärische Zusammenarbeit: Pakt, Truppen, Waffen
cmd-alliance-diplomatic = diplomatie
    .description = Besuche, Gipfel und Paraden
cmd-alliance-economic = wirtschaft
    .description = Verkehrsverbindungen und Handel
cmd-alliance-cultural = kultur
    .description = Kulturelle Initiativen
cmd-alliance-outlook = ausblick
    .description = Was jede Seite gewinnt – und die Risiken
cmd-alliance-timeline = chronik
    .description = Alle datierten Ereignisse, das älteste zuerst
cmd-alliance-month = monat
    .description = Was in einem bestimmten Monat geschah
cmd-alliance-month-month = monat
    .description = Ein Monat, etwa Juli, Juli 2025 oder 2025-07
cmd-language = sprache
    .description = Sprache der Antworten auf diesem Server wählen (erfordert „Server verwalten“)
cmd-language-value = wert
    .description = Die Sprache, oder auto, um der Discord-Sprache des Servers zu folgen

# Die Auswahl von /sprache: der Name dieser Sprache in ihr selbst, und „auto“.
language-name = Deutsch
language-auto = Discord folgen (auto)

cmd-digest = briefing
    .description = Ein Briefing zur Allianz, regelmäßig in einem Kanal gepostet (erfordert „Server verwalten“)
cmd-digest-subscribe = abonnieren
    .description = Ein Briefing regelmäßig in einem Kanal posten; ersetzt dessen bisherigen Zeitplan
cmd-digest-subscribe-channel = kanal
    .description = Der Text-, Ankündigungs- oder Forenkanal, in dem gepostet wird
cmd-digest-subscribe-frequency = häufigkeit
    .description = Wie oft gepostet wird
# Auswahl: `choice-<Befehl>-<Option>-<Wahl>`, eine Beschriftung von 1 bis 100 Zeichen.
choice-digest-subscribe-frequency-daily = täglich
choice-digest-subscribe-frequency-weekly = wöchentlich
choice-digest-subscribe-frequency-monthly = monatlich
cmd-digest-subscribe-time = uhrzeit
    .description = Ortszeit, zu der gepostet wird, im 24-Stunden-Format, etwa 08:00 oder 18:30
cmd-digest-subscribe-timezone = zeitzone
    .description = Die Zeitzone, etwa Europe/Paris (Standard: UTC)
cmd-digest-subscribe-weekday = wochentag
    .description = Bei wöchentlichem Briefing: der Tag, an dem gepostet wird
# Wochentage sind Substantive: großgeschrieben.
choice-digest-subscribe-weekday-monday = Montag
choice-digest-subscribe-weekday-tuesday = Dienstag
choice-digest-subscribe-weekday-wednesday = Mittwoch
choice-digest-subscribe-weekday-thursday = Donnerstag
choice-digest-subscribe-weekday-friday = Freitag
choice-digest-subscribe-weekday-saturday = Samstag
choice-digest-subscribe-weekday-sunday = Sonntag
cmd-digest-subscribe-day = monatstag
    .description = Bei monatlichem Briefing: der Tag im Monat, von 1 bis 28
cmd-digest-subscribe-topic = thema
    .description = Nur dieser Bereich (für mehrere thema-2 usw. hinzufügen; ohne Angabe alle Bereiche)
cmd-digest-subscribe-topic-2 = thema-2
    .description = Ein weiterer Bereich
cmd-digest-subscribe-topic-3 = thema-3
    .description = Ein weiterer Bereich
cmd-digest-subscribe-topic-4 = thema-4
    .description = Ein weiterer Bereich
# Die Beschriftungen jeder Themen-Option (thema, thema-2 …): Substantive, großgeschrieben.
choice-digest-subscribe-topic-military = Militär
choice-digest-subscribe-topic-diplomatic = Diplomatie
choice-digest-subscribe-topic-economic = Wirtschaft
choice-digest-subscribe-topic-cultural = Kultur
choice-digest-subscribe-topic-outlook = Ausblick
cmd-digest-subscribe-role = rolle
    .description = Eine Rolle, die am Anfang jedes Briefings erwähnt wird
cmd-digest-subscribe-publish = veröffentlichen
    .description = Im Ankündigungskanal: jedes Briefing an Server veröffentlichen, die ihm folgen (Standard: ja)
cmd-digest-subscribe-thread = thread
    .description = Zu jedem Briefing einen Thread für die Diskussion eröffnen
cmd-digest-unsubscribe = abbestellen
    .description = Das Briefing eines Kanals beenden
cmd-digest-status = status
    .description = Die Briefings dieses Servers: Kanäle, Zeitpläne, Themen, nächster und letzter Termin
cmd-digest-preview = vorschau
    .description = Privat ansehen, was das nächste Briefing posten würde
cmd-digest-preview-channel = kanal
    .description = Der Kanal, dessen Briefing du sehen willst (nötig, wenn der Server mehrere hat)
cmd-digest-unsubscribe-channel = kanal
    .description = Der Kanal, dessen Briefing beendet werden soll
cmd-digest-history = verlauf
    .description = Die letzten Termine des Briefings eines Kanals und ihr Ergebnis
cmd-digest-history-channel = kanal
    .description = Der Kanal, dessen Briefing du ansehen willst
