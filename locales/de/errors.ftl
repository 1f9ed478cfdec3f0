# Alle Fehlermeldungen, die Nutzer sehen. Kurz halten und sagen, was stattdessen einzugeben ist.
# Der Befehl heißt im deutschen Client /{ cmd-alliance }: immer per Verweis nennen. Einzige
# Ausnahme: error-unknown-command erscheint nur in der Kommandozeile (`ask`), die allein den
# kanonischen Namen /alliance annimmt.
# Discord-Berechtigungen so, wie der deutsche Client sie nennt, in „…“.

# en-US 57a192aa
error-empty = Gib einen Befehl ein, zum Beispiel /{ cmd-alliance } { cmd-alliance-overview }.
# en-US 65a2a17b
error-unknown-command = Den Befehl „{ $command }“ gibt es nicht. Versuche es mit /alliance.
# en-US 2e1daaf9
error-missing-subcommand = /{ cmd-alliance } braucht ein Thema: { $subcommands }.
# en-US e520df98
error-unknown-subcommand = „{ $subcommand }“ ist kein Thema von /{ cmd-alliance }. Möglich sind: { $subcommands }.
# en-US 5ef6b937
error-unknown-option = /{ cmd-alliance } { $subcommand } hat keine Option „{ $option }“.
# en-US 6fd2d4ed
error-unexpected-value = /{ cmd-alliance } { $subcommand } nimmt keinen Wert an, hat aber „{ $value }“ erhalten.
# en-US 9e6e486b
error-missing-option = /{ cmd-alliance } { $subcommand } braucht einen Wert für „{ $option }“, zum Beispiel /{ cmd-alliance } { $subcommand } { $option }:Juli.
# en-US 7c569318
error-bad-month = „{ $input }“ kann ich nicht als Monat lesen. Monate mit Ereignissen: { $months }. Schreibe ihn etwa als Juli, Juli 2025 oder 2025-07.
# en-US b24ca1ab
error-internal = Entschuldigung, bei uns ist etwas schiefgelaufen. Der Fehler wurde protokolliert; bitte versuche es gleich noch einmal.
# en-US 2424898b
error-language-dm = /{ cmd-language } gilt nur für Server. In Direktnachrichten richten sich die Antworten nach deiner eigenen Discord-Sprache.
# en-US af6ca240
error-language-unknown = „{ $value }“ ist keine Sprache, die ich spreche. Wähle eine davon: { $languages }.
# en-US 72202db4
error-storage = Entschuldigung, die Einstellung konnte nicht gespeichert werden; es hat sich nichts geändert. Bitte versuche es gleich noch einmal.
# en-US d549b101
error-page-gone = Diese Seite ist nicht mehr verfügbar. Führe den Befehl erneut aus.
# en-US a6a19378
error-manage-server = Nur Mitglieder, die diesen Server verwalten dürfen, können /{ $command } verwenden.
# en-US 00b03a97
error-bad-option = Ein Wert für /{ $command } konnte nicht gelesen werden. Bitte wähle ihn aus der Liste, die Discord anbietet.
# en-US 3bdf5e87
error-outdated-command = Dieser Befehl hat sich geändert, seit dein Discord-Client ihn geladen hat. Bitte versuche es gleich noch einmal.
# en-US 7ec1c278
error-digest-dm = /{ cmd-digest } gilt nur für Server: Briefings werden in den Kanälen eines Servers gepostet.
# en-US d04dfe15
error-server-without-bot = /{ $command } funktioniert nur in Servern, die den Bot hinzugefügt haben. /{ cmd-alliance } funktioniert überall, wo du die App nutzt.
# en-US 36178bca
error-digest-time = „{ $input }“ kann ich nicht als Uhrzeit lesen. Schreibe sie im 24-Stunden-Format, etwa 08:00 oder 18:30.
# en-US 496d0869
error-digest-zone = „{ $input }“ ist keine Zeitzone, die ich kenne. Wähle eine aus der Liste, etwa Europe/Paris oder America/New_York.
# en-US a1bb7d73
error-digest-missing-weekday = Ein wöchentliches Briefing braucht einen Wochentag: Füge die Option „{ cmd-digest-subscribe-weekday }“ hinzu, zum Beispiel Montag.
# en-US cbd2eea8
error-digest-missing-day = Ein monatliches Briefing braucht einen Tag im Monat, von 1 bis 28: Füge die Option „{ cmd-digest-subscribe-day }“ hinzu, zum Beispiel 1.
# en-US e9664988
error-digest-unexpected-weekday = Ein Wochentag gehört nur zu einem wöchentlichen Briefing: Lass ihn bei einem { $frequency ->
        [daily] täglichen
       *[monthly] monatlichen
    } Briefing weg.
# en-US b5c87c59
error-digest-unexpected-day = Ein Tag im Monat gehört nur zu einem monatlichen Briefing: Lass ihn bei einem { $frequency ->
        [daily] täglichen
       *[weekly] wöchentlichen
    } Briefing weg.
# en-US b4a4b6e2
error-digest-day = Nicht jeder Monat hat { $day } Tage: Wähle einen Tag von 1 bis 28.
# en-US 9dc59423
error-digest-channel-kind = In { $channel } kann ich keine Briefings posten: Wähle einen Text-, Ankündigungs- oder Forenkanal.
# en-US 5e6a09e8
error-digest-full = Dieser Server hat bereits { $limit } Briefings, mehr sind nicht möglich. Beende zuerst eines mit /{ cmd-digest } { cmd-digest-unsubscribe }.
# en-US c23cd90a
error-digest-role-unknown = Diese Rolle gehört nicht zu den Rollen dieses Servers, die ich erwähnen kann: Wähle eine andere.
# en-US b69482f1
error-digest-role-unmentionable = Ich darf { $role } nicht erwähnen: Mach die Rolle in den Servereinstellungen erwähnbar oder gib mir „@everyone, @here und alle Rollen erwähnen“.
# en-US 7d8f6ab4
error-digest-publish-kind = Nur Beiträge in Ankündigungskanälen lassen sich veröffentlichen, und { $channel } ist keiner: Lass die Option „{ cmd-digest-subscribe-publish }“ weg oder wähle einen Ankündigungskanal.
# en-US 1afb0461
error-digest-forum-tag = Das Forum { $channel } verlangt für jeden Beitrag einen Tag, und ich darf keinen seiner Tags setzen: Füge einen nicht moderierten Tag hinzu oder gib mir „Threads verwalten“.
# en-US 6c4d74cb
error-digest-channel-unseen = Ich kann { $channel } nicht sehen. Gib mir dort „Kanal ansehen“ oder wähle einen anderen Kanal.
# $missing ist eine Liste von Berechtigungsnamen; $count ihre Anzahl.
# en-US 9350f415
error-digest-channel-permissions = In { $channel } kann ich keine Briefings posten. { $count ->
        [one] Mir fehlt diese Berechtigung: { $missing }. Erteile sie mir dort
       *[other] Mir fehlen diese Berechtigungen: { $missing }. Erteile sie mir dort
    } oder wähle einen anderen Kanal.
# en-US d6bb1a30
error-layout-dm = /{ cmd-layout } gilt nur für Server. In Direktnachrichten erscheinen die Antworten im aktuellen Discord-Layout.
