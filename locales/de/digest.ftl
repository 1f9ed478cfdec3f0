# Briefings nach Zeitplan: die Beiträge und die Antworten von /briefing.
# Ein Eintrag der Faktenbasis heißt für Leser „Meldung“.
# $date, $since und $next kommen fertig formatiert an („24. November 2026“, „1. Juli“).

## Ein späteres Briefing: was die Faktenbasis seit dem vorigen hinzugewonnen hat.

# en-US 18463372
reply-news-title = Neues zur Allianz
# en-US 56ba5e66
reply-news-lead = { $count ->
        [one] Seit dem { $since } ist eine Meldung hinzugekommen, nach Bereichen geordnet.
       *[other] Seit dem { $since } sind { $count } Meldungen hinzugekommen, nach Bereichen geordnet.
    }
# en-US 5b4811c7
reply-corrections-lead = { $count ->
        [one] Eine Meldung aus einem früheren Briefing hat sich seitdem geändert: siehe die Korrektur unten.
       *[other] { $count } Meldungen aus früheren Briefings haben sich seitdem geändert: siehe die Korrekturen unten.
    }

## Korrekturen: eine Meldung, die ein früheres Briefing brachte und die seither überarbeitet oder zurückgezogen wurde.

# en-US be7b1caf
correction-heading = Korrektur
# en-US 29495e1b
correction-revised = überarbeitet: { $note }
# en-US 6f749b3d
correction-withdrawn = zurückgezogen: { $note }
# Eine geänderte Zahl: vom Wert des früheren Briefings zum heutigen.
# en-US 0480c346
correction-figure = { $from } → { $to }

## /briefing

# Wird in „… in #kanal { $cadence } gepostet“ eingesetzt; $weekday ist der Nominativ („Montag“),
# der nach „jeden“ unverändert bleibt.
# en-US 76b4bcf0
digest-cadence = { $frequency ->
        [daily] täglich um { $time } Uhr
        [weekly] jeden { $weekday } um { $time } Uhr
       *[monthly] am { $day }. jedes Monats um { $time } Uhr
    } ({ $zone })
# en-US 307f6036
digest-when = { $weekday }, { $date }, um { $time } Uhr ({ $zone })
# en-US 1a8d247d
digest-subscribed = Erledigt: In { $channel } wird { $cadence } ein Briefing gepostet. Das nächste: { $next }, für dich { $timestamp }. Das erste Briefing ist eine Übersicht; jedes weitere bringt, was seit dem vorigen neu ist.
# en-US a8ab0853
digest-replaced = Damit wird der bisherige Zeitplan dieses Kanals ersetzt.
# en-US de8f18b3
digest-unsubscribed = Das Briefing in { $channel } ist beendet: Dort wird nichts mehr gepostet.
# en-US 7e6de680
digest-none = Dieser Server hat kein Briefing. Starte eines mit /{ cmd-digest } { cmd-digest-subscribe }.
# en-US 7785ad7d
digest-status = Briefing in { $channel }, { $cadence }.
# en-US 3c5a6a50
digest-status-next = Das nächste: { $next }, für dich { $timestamp }.
# $missing ist eine Liste von Berechtigungsnamen: nach einem Doppelpunkt, damit kein Numerus nötig ist.
# en-US 7f9c1beb
digest-status-paused = Pausiert: { $reason ->
        [forbidden] Ich darf in { $channel } nicht mehr posten.
        [missing] In { $channel } fehlt mir jetzt: { $missing }.
       *[gone] { $channel } existiert nicht mehr.
    } Gib mir in einem Kanal „Kanal ansehen“, „Nachrichten senden“ und „Links einbetten“ und führe dann /{ cmd-digest } { cmd-digest-subscribe } erneut aus.
# en-US 515496bc
digest-status-never = Bisher wurde noch kein Briefing gepostet: Das erste wird eine Übersicht sein.
# en-US 69ed4068
digest-status-last = Letzter Termin: { $timestamp }, { $outcome }
# en-US 56c3e444
digest-outcome-posted = gepostet.
# en-US 2996a88f
digest-outcome-nothing-new = seit dem vorigen Briefing gab es nichts Neues, daher wurde nichts gepostet.
# en-US 95b94e35
digest-outcome-failed = Discord hat den Beitrag nicht angenommen ({ $status ->
        [0] keine Antwort
       *[other] Fehler { $status }
    }); es wird erneut versucht.
# en-US 8931a149
digest-outcome-paused = Versand eingestellt.
# en-US 3af3442c
digest-outcome-posted-link = gepostet: { $link }
# en-US 80c221d6
digest-outcome-paused-because = Versand eingestellt: { $reason ->
        [forbidden] Ich habe in { $channel } eine nötige Berechtigung verloren.
        [missing] In { $channel } fehlt mir jetzt: { $missing }.
       *[gone] { $channel } existiert nicht mehr.
    }
# en-US 7fe113f6
digest-none-here = In { $channel } wird kein Briefing gepostet. Starte eines mit /{ cmd-digest } { cmd-digest-subscribe }.
# en-US e4d65a0f
digest-topics-all = Themen: alle Bereiche.
# en-US a5649b98
digest-topics = Themen: { $topics }.
# en-US 09ece1d4
digest-role = Jedes Briefing erwähnt { $role } und sonst niemanden.
# en-US cdd3a285
digest-publish = Jedes Briefing wird an die Server veröffentlicht, die dem Kanal folgen.
# en-US bb981e45
digest-thread = Zu jedem Briefing wird ein Thread für die Diskussion eröffnet.
# en-US 3c18b8fe
digest-forum = Jedes Briefing ist ein neuer Beitrag im Forum.
# en-US 75348aba
digest-note-publish-refused = Discord hat es nicht an die Server veröffentlicht, die dem Kanal folgen ({ $status ->
        [0] keine Antwort
       *[other] Fehler { $status }
    }); das Briefing selbst bleibt bestehen.
# en-US 176e276d
digest-note-thread-refused = Discord hat keinen Thread dazu eröffnet ({ $status ->
        [0] keine Antwort
       *[other] Fehler { $status }
    }); das Briefing selbst bleibt bestehen.
# en-US afd632ae
digest-history = { $count ->
        [0] In { $channel } gab es noch keinen Briefing-Termin.
        [one] Der letzte Termin in { $channel }:
       *[other] Die letzten { $count } Termine in { $channel }, der neueste zuerst:
    }
# en-US f8855872
digest-history-run = { $timestamp }: { $outcome }
# en-US 6f980f05
digest-preview-which = Dieser Server hat mehrere Briefings: Gib mit der Option „{ cmd-digest-preview-channel }“ an, welches du meinst.
# en-US 5392be41
digest-paused-notice = Das Briefing in { $channel } ist pausiert: { $reason ->
        [forbidden] Mir fehlt dort eine nötige Berechtigung.
        [missing] Dort fehlt mir jetzt: { $missing }.
       *[gone] Der Kanal existiert nicht mehr.
    } Ein Admin kann es mit /{ cmd-digest } { cmd-digest-subscribe } wieder aufnehmen.
# Der Thread oder Forenbeitrag eines Briefings: sein Titel und sein Datum.
# en-US 5b034efe
digest-thread-name = { $title } – { $date }
# en-US 0f94e3d7
digest-preview = Das nächste Briefing in { $channel } ({ $next }) würde Folgendes posten:
# en-US 820de6df
digest-preview-empty = Seit dem letzten Briefing gibt es nichts Neues: Der nächste Termin würde nichts posten.
# en-US 97867de6
digest-outcome-dm-refused = Discord hat die Direktnachricht abgelehnt.
# en-US d32bf16c
my-digest-started = Erledigt: Du bekommst { $cadence } ein Briefing per Direktnachricht. Das nächste: { $next }, für dich { $timestamp }. Es ist in der Discord-Sprache verfasst, die du zuletzt mit mir verwendet hast. Das erste Briefing ist eine Übersicht; jedes weitere bringt, was seit dem vorigen neu ist.
# en-US b1a8ef27
my-digest-replaced = Damit wird dein bisheriger Zeitplan ersetzt.
# en-US 4cbaf7f7
my-digest-status = Dein Briefing per Direktnachricht, { $cadence }.
# en-US 3c8f6057
my-digest-paused = Pausiert: Discord hat meine Direktnachricht abgelehnt (deine Direktnachrichten sind für mich gesperrt, oder ich wurde blockiert). Sobald du meine Nachrichten wieder annimmst, führe /{ cmd-my-digest } { cmd-my-digest-start } erneut aus.
# en-US 701af2f6
my-digest-stopped = Dein Briefing per Direktnachricht ist beendet: Du bekommst nichts mehr zugeschickt.
# en-US 5aba0e4d
my-digest-none = Du hast kein Briefing per Direktnachricht. Starte eines mit /{ cmd-my-digest } { cmd-my-digest-start }.
# en-US cf8c1b20
my-digest-busy = Dein Briefing wurde im selben Moment anderswo geändert: Sieh dir /{ cmd-my-digest } { cmd-my-digest-status } an und versuche es dann noch einmal.
