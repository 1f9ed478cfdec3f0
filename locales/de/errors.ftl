# Alle Fehlermeldungen, die Nutzer sehen. Kurz halten und sagen, was stattdessen einzugeben ist.
# Der Befehl heißt im deutschen Client /{ cmd-alliance }: immer per Verweis nennen. Einzige
# Ausnahme: error-unknown-command erscheint nur in der Kommandozeile (`ask`), die allein den
# kanonischen Namen /alliance annimmt.
# Discord-Berechtigungen so, wie der deutsche Client sie nennt, in „…“.

error-empty = Gib einen Befehl ein, zum Beispiel /{ cmd-alliance } { cmd-alliance-overview }.
error-unknown-command = Den Befehl „{ $command }“ gibt es nicht. Versuche es mit /alliance.
error-missing-subcommand = /{ cmd-alliance } braucht ein Thema: { $subcommands }.
error-unknown-subcommand = „{ $subcommand }“ ist kein Thema von /{ cmd-alliance }. Möglich sind: { $subcommands }.
error-unknown-option = /{ cmd-alliance } { $subcommand } hat keine Option „{ $option }“.
error-unexpected-value = /{ cmd-alliance } { $subcommand } nimmt keinen Wert an, hat aber „{ $value }“ erhalten.
error-missing-option = /{ cmd-alliance } { $subcommand } braucht einen Wert für „{ $option }“, zum Beispiel /{ cmd-alliance } { $subcommand } { $option }:Juli.
error-bad-month = „{ $input }“ kann ich nicht als Monat lesen. Monate mit Ereignissen: { $months }. Schreibe ihn etwa als Juli, Juli 2025 oder 2025-07.
error-internal = Entschuldigung, bei uns ist etwas schiefgelaufen. Der Fehler wurde protokolliert; bitte versuche es gleich noch einmal.
error-language-dm = /{ cmd-language } gilt nur für Server. In Direktnachrichten richten sich die Antworten nach deiner eigenen Discord-Sprache.
error-language-unknown = „{ $value }“ ist keine Sprache, die ich spreche. Wähle eine davon: { $languages }.
error-storage = Entschuldigung, die Einstellung konnte nicht gespeichert werden; es hat sich nichts geändert. Bitte versuche es gleich noch einmal.
error-page-gone = Diese Seite ist nicht mehr verfügbar. Führe den Befehl erneut aus.
error-manage-server = Nur Mitglieder, die diesen Server verwalten dürfen, können /{ $command } verwenden.
error-bad-option = Ein Wert für /{ $command } konnte nicht gelesen werden. Bitte wähle ihn aus der Liste, die Discord anbietet.
error-outdated-command = Dieser Befehl hat sich geändert, seit dein Discord-Client ihn geladen hat. Bitte versuche es gleich noch einmal.
error-digest-dm = /{ cmd-digest } gilt nur für Server: Briefings werden in den Kanälen eines Servers gepostet.
error-digest-time = „{ $input }“ kann ich nicht als Uhrzeit lesen. Schreibe sie im 24-Stunden-Format, etwa 08:00 oder 18:30.
error-digest-zone = „{ $input }“ ist keine Zeitzone, die ich kenne. Wähle eine aus der Liste, etwa Europe/Paris oder America/New_York.
error-digest-missing-weekday = Ein wöchentliches Briefing braucht einen Wochentag: Füge die Option „{ cmd-digest-subscribe-weekday }“ hinzu, zum Beispiel Montag.
error-digest-missing-day = Ein monatliches Briefing braucht einen Tag im Monat, von 1 bis 28: Füge die Option „{ cmd-digest-subscribe-day }“ hinzu, zum Beispiel 1.
error-digest-unexpected-weekday = Ein Wochentag gehört nur zu einem wöchentlichen Briefing: Lass ihn bei einem { $frequency ->
        [daily] täglichen
       *[monthly] monatlichen
    } Briefing weg.
error-digest-unexpected-day = Ein Tag im Monat gehört nur zu einem monatlichen Briefing: Lass ihn bei einem { $frequency ->
        [daily] täglichen
       *[weekly] wöchentlichen
    } Briefing weg.
error-digest-day = Nicht jeder Monat hat { $day } Tage: Wähle einen Tag von 1 bis 28.
error-digest-channel-kind = In { $channel } kann ich keine Briefings posten: Wähle einen Text-, Ankündigungs- oder Forenkanal.
error-digest-full = Dieser Server hat bereits { $limit } Briefings, mehr sind nicht möglich. Beende zuerst eines mit /{ cmd-digest } { cmd-digest-unsubscribe }.
error-digest-role-unknown = Diese Rolle gehört nicht zu den Rollen dieses Servers, die ich erwähnen kann: Wähle eine andere.
error-digest-role-unmentionable = Ich darf { $role } nicht erwähnen: Mach die Rolle in den Servereinstellungen erwähnbar oder gib mir „@everyone, @here und alle Rollen erwähnen“.
error-digest-publish-kind = Nur Beiträge in Ankündigungskanälen lassen sich veröffentlichen, und { $channel } ist keiner: Lass die Option „{ cmd-digest-subscribe-publish }“ weg oder wähle einen Ankündigungskanal.
error-digest-forum-tag = Das Forum { $channel } verlangt für jeden Beitrag einen Tag, und ich darf keinen seiner Tags setzen: Füge einen nicht moderierten Tag hinzu oder gib mir „Threads verwalten“.
error-digest-channel-unseen = Ich kann { $channel } nicht sehen. Gib mir dort „Kanal ansehen“ oder wähle einen anderen Kanal.
# $missing ist eine Liste von Berechtigungsnamen; $count ihre Anzahl.
error-digest-channel-permissions = In { $channel } kann ich keine Briefings posten. { $count ->
        [one] Mir fehlt diese Berechtigung: { $missing }. Erteile sie mir dort
       *[other] Mir fehlen diese Berechtigungen: { $missing }. Erteile sie mir dort
    } oder wähle einen anderen Kanal.
