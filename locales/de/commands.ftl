# Namen und Beschreibungen der Slash-Befehle, wie ein deutschsprachiger Discord-Client sie zeigt.
# Namen: Kleinbuchstaben (Umlaute erlaubt), keine Leerzeichen, höchstens 32 Zeichen.
# Beschreibungen: höchstens 100 Zeichen.
# Anrede: durchgehend „du“, wie im deutschen Discord-Client selbst.
# „digest“ heißt im Deutschen durchgehend „Briefing“ (das Briefing, die Briefings), wie die
# Nachrichten-Briefings deutscher Redaktionen.

# en-US 78b2d189
cmd-alliance = allianz
    .description = Kurzüberblicke mit Quellenangabe zur Allianz zwischen Russland und Nordkorea
# en-US 273953c6
cmd-alliance-overview = übersicht
    .description = Die wichtigsten Schritte in jedem Bereich
# en-US c3c4680d
cmd-alliance-military = militär
    .description = Militärische Zusammenarbeit: Pakt, Truppen, Waffen
# en-US 88d24f5c
cmd-alliance-diplomatic = diplomatie
    .description = Besuche, Gipfel und Paraden
# en-US 876c9e64
cmd-alliance-economic = wirtschaft
    .description = Verkehrsverbindungen und Handel
# en-US e856f4d3
cmd-alliance-cultural = kultur
    .description = Kulturelle Initiativen
# en-US 7f788163
cmd-alliance-outlook = ausblick
    .description = Was jede Seite gewinnt – und die Risiken
# en-US 4fbebbf3
cmd-alliance-timeline = chronik
    .description = Alle datierten Ereignisse, das älteste zuerst
# en-US 9f1cfb11
cmd-alliance-month = monat
    .description = Was in einem bestimmten Monat geschah
# en-US d2ea3da1
cmd-alliance-month-month = monat
    .description = Ein Monat, etwa Juli, Juli 2025 oder 2025-07
# en-US 169551c9
cmd-language = sprache
    .description = Sprache der Antworten auf diesem Server wählen (erfordert „Server verwalten“)
# en-US 58ecc19c
cmd-language-value = wert
    .description = Die Sprache, oder auto, um der Discord-Sprache des Servers zu folgen

# Die Auswahl von /sprache: der Name dieser Sprache in ihr selbst, und „auto“.
# en-US 93f1055e
language-name = Deutsch
# en-US 5a057cf8
language-auto = Discord folgen (auto)

# en-US 42f36ab0
cmd-digest = briefing
    .description = Ein Briefing zur Allianz, regelmäßig in einem Kanal gepostet (erfordert „Server verwalten“)
# en-US f0bcf7c0
cmd-digest-subscribe = abonnieren
    .description = Ein Briefing regelmäßig in einem Kanal posten; ersetzt dessen bisherigen Zeitplan
# en-US c2403d48
cmd-digest-subscribe-channel = kanal
    .description = Der Text-, Ankündigungs- oder Forenkanal, in dem gepostet wird
# en-US ce677715
cmd-digest-subscribe-frequency = häufigkeit
    .description = Wie oft gepostet wird
# Auswahl: `choice-<Befehl>-<Option>-<Wahl>`, eine Beschriftung von 1 bis 100 Zeichen.
# en-US 32fd8369
choice-digest-subscribe-frequency-daily = täglich
# en-US 813fc3ac
choice-digest-subscribe-frequency-weekly = wöchentlich
# en-US ca2cccd3
choice-digest-subscribe-frequency-monthly = monatlich
# en-US 34e3e73d
cmd-digest-subscribe-time = uhrzeit
    .description = Ortszeit, zu der gepostet wird, im 24-Stunden-Format, etwa 08:00 oder 18:30
# en-US 58646b50
cmd-digest-subscribe-timezone = zeitzone
    .description = Die Zeitzone, etwa Europe/Paris (Standard: UTC)
# en-US 2a3aa3ee
cmd-digest-subscribe-weekday = wochentag
    .description = Bei wöchentlichem Briefing: der Tag, an dem gepostet wird
# Wochentage sind Substantive: großgeschrieben.
# en-US 325b87a2
choice-digest-subscribe-weekday-monday = Montag
# en-US c2ef2fcc
choice-digest-subscribe-weekday-tuesday = Dienstag
# en-US 9b75efbe
choice-digest-subscribe-weekday-wednesday = Mittwoch
# en-US e27828d9
choice-digest-subscribe-weekday-thursday = Donnerstag
# en-US c5c23d72
choice-digest-subscribe-weekday-friday = Freitag
# en-US 9db1adc4
choice-digest-subscribe-weekday-saturday = Samstag
# en-US bcce2a4c
choice-digest-subscribe-weekday-sunday = Sonntag
# en-US e5a7d604
cmd-digest-subscribe-day = monatstag
    .description = Bei monatlichem Briefing: der Tag im Monat, von 1 bis 28
# en-US 616aadc7
cmd-digest-subscribe-topic = thema
    .description = Nur dieser Bereich (für mehrere thema-2 usw. hinzufügen; ohne Angabe alle Bereiche)
# en-US a0dc7f9e
cmd-digest-subscribe-topic-2 = thema-2
    .description = Ein weiterer Bereich
# en-US 3ecef77f
cmd-digest-subscribe-topic-3 = thema-3
    .description = Ein weiterer Bereich
# en-US 286f8692
cmd-digest-subscribe-topic-4 = thema-4
    .description = Ein weiterer Bereich
# Die Beschriftungen jeder Themen-Option (thema, thema-2 …): Substantive, großgeschrieben.
# en-US cf821015
choice-digest-subscribe-topic-military = Militär
# en-US af031af2
choice-digest-subscribe-topic-diplomatic = Diplomatie
# en-US 707d1c1e
choice-digest-subscribe-topic-economic = Wirtschaft
# en-US 22319439
choice-digest-subscribe-topic-cultural = Kultur
# en-US 98de5a2c
choice-digest-subscribe-topic-outlook = Ausblick
# en-US baef15f0
cmd-digest-subscribe-role = rolle
    .description = Eine Rolle, die am Anfang jedes Briefings erwähnt wird
# en-US 21b1e638
cmd-digest-subscribe-publish = veröffentlichen
    .description = Im Ankündigungskanal: jedes Briefing an Server veröffentlichen, die ihm folgen (Standard: ja)
# en-US 1cd70205
cmd-digest-subscribe-thread = thread
    .description = Zu jedem Briefing einen Thread für die Diskussion eröffnen
# en-US f6ede1b3
cmd-digest-unsubscribe = abbestellen
    .description = Das Briefing eines Kanals beenden
# en-US c9921c60
cmd-digest-status = status
    .description = Die Briefings dieses Servers: Kanäle, Zeitpläne, Themen, nächster und letzter Termin
# en-US 006babca
cmd-digest-preview = vorschau
    .description = Privat ansehen, was das nächste Briefing posten würde
# en-US 50f6ace2
cmd-digest-preview-channel = kanal
    .description = Der Kanal, dessen Briefing du sehen willst (nötig, wenn der Server mehrere hat)
# en-US 7d1b82ae
cmd-digest-unsubscribe-channel = kanal
    .description = Der Kanal, dessen Briefing beendet werden soll
# en-US 71d3ade6
cmd-digest-history = verlauf
    .description = Die letzten Termine des Briefings eines Kanals und ihr Ergebnis
# en-US 1ccc3377
cmd-digest-history-channel = kanal
    .description = Der Kanal, dessen Briefing du ansehen willst
# en-US af905522
cmd-my-digest = mein-briefing
    .description = Dein eigenes Briefing zur Allianz, per Direktnachricht nach deinem Zeitplan
# en-US 87fb6866
cmd-my-digest-start = starten
    .description = Das Briefing regelmäßig per Direktnachricht erhalten; ersetzt deinen bisherigen Zeitplan
# en-US a37c5277
cmd-my-digest-status = status
    .description = Dein Briefing per Direktnachricht: Zeitplan, Themen, nächster und letzter Termin
# en-US 4df1fe6b
cmd-my-digest-stop = beenden
    .description = Dein Briefing per Direktnachricht beenden
# en-US e6c9d174
cmd-layout = layout
    .description = Aussehen der Antworten und Briefings auf diesem Server wählen (erfordert „Server verwalten“)
# en-US 14d31fbd
cmd-layout-value = wert
    .description = Das aktuelle Discord-Layout oder Embeds wie bisher
# en-US 50165dec
choice-layout-value-components = aktuelles Discord-Layout (Standard)
# en-US 03333308
choice-layout-value-embeds = Embeds wie bisher
