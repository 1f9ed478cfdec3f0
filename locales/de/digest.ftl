# Briefings nach Zeitplan: die Beiträge und die Antworten von /briefing.
# Ein Eintrag der Faktenbasis heißt für Leser „Meldung“.
# $date, $since und $next kommen fertig formatiert an („24. November 2026“, „1. Juli“).

## Ein späteres Briefing: was die Faktenbasis seit dem vorigen hinzugewonnen hat.

reply-news-title = Neues zur Allianz
reply-news-lead = { $count ->
        [one] Seit dem { $since } ist eine Meldung hinzugekommen, nach Bereichen geordnet.
       *[other] Seit dem { $since } sind { $count } Meldungen hinzugekommen, nach Bereichen geordnet.
    }
reply-corrections-lead = { $count ->
        [one] Eine Meldung aus einem früheren Briefing hat sich seitdem geändert: siehe die Korrektur unten.
       *[other] { $count } Meldungen aus früheren Briefings haben sich seitdem geändert: siehe die Korrekturen unten.
    }

## Korrekturen: eine Meldung, die ein früheres Briefing brachte und die seither überarbeitet oder zurückgezogen wurde.

correction-heading = Korrektur
correction-revised = überarbeitet: { $note }
correction-withdrawn = zurückgezogen: { $note }
# Eine geänderte Zahl: vom Wert des früheren Briefings zum heutigen.
correction-figure = { $from } → { $to }

## /briefing

# Wird in „… in #kanal { $cadence } gepostet“ eingesetzt; $weekday ist der Nominativ („Montag“),
# der nach „jeden“ unverändert bleibt.
digest-cadence = { $frequency ->
        [daily] täglich um { $time } Uhr
        [weekly] jeden { $weekday } um { $time } Uhr
       *[monthly] am { $day }. jedes Monats um { $time } Uhr
    } ({ $zone })
digest-when = { $weekday }, { $date }, um { $time } Uhr ({ $zone })
digest-subscribed = Erledigt: In { $channel } wird { $cadence } ein Briefing gepostet. Das nächste: { $next }, für dich { $timestamp }. Das erste Briefing ist eine Übersicht; jedes weitere bringt, was seit dem vorigen neu ist.
digest-replaced = Damit wird der bisherige Zeitplan dieses Kanals ersetzt.
digest-unsubscribed = Das Briefing in { $channel } ist beendet: Dort wird nichts mehr gepostet.
digest-none = Dieser Server hat kein Briefing. Starte eines mit /{ cmd-digest } { cmd-digest-subscribe }.
digest-status = Briefing in { $channel }, { $cadence }.
digest-status-next = Das nächste: { $next }, für dich { $timestamp }.
# $missing ist eine Liste von Berechtigungsnamen: nach einem Doppelpunkt, damit kein Numerus nötig ist.
digest-status-paused = Pausiert: { $reason ->
        [forbidden] Ich darf in { $channel } nicht mehr posten.
        [missing] In { $channel } fehlt mir jetzt: { $missing }.
       *[gone] { $channel } existiert nicht mehr.
    } Gib mir in einem Kanal „Kanal ansehen“, „Nachrichten senden“ und „Links einbetten“ und führe dann /{ cmd-digest } { cmd-digest-subscribe } erneut aus.
digest-status-never = Bisher wurde noch kein Briefing gepostet: Das erste wird eine Übersicht sein.
digest-status-last = Letzter Termin: { $timestamp }, { $outcome }
digest-outcome-posted = gepostet.
digest-outcome-nothing-new = seit dem vorigen Briefing gab es nichts Neues, daher wurde nichts gepostet.
digest-outcome-failed = Discord hat den Beitrag nicht angenommen ({ $status ->
        [0] keine Antwort
       *[other] Fehler { $status }
    }); es wird erneut versucht.
digest-outcome-paused = Versand eingestellt.
digest-outcome-posted-link = gepostet: { $link }
digest-outcome-paused-because = Versand eingestellt: { $reason ->
        [forbidden] Ich habe in { $channel } eine nötige Berechtigung verloren.
        [missing] In { $channel } fehlt mir jetzt: { $missing }.
       *[gone] { $channel } existiert nicht mehr.
    }
digest-none-here = In { $channel } wird kein Briefing gepostet. Starte eines mit /{ cmd-digest } { cmd-digest-subscribe }.
digest-topics-all = Themen: alle Bereiche.
digest-topics = Themen: { $topics }.
digest-role = Jedes Briefing erwähnt { $role } und sonst niemanden.
digest-publish = Jedes Briefing wird an die Server veröffentlicht, die dem Kanal folgen.
digest-thread = Zu jedem Briefing wird ein Thread für die Diskussion eröffnet.
digest-forum = Jedes Briefing ist ein neuer Beitrag im Forum.
digest-note-publish-refused = Discord hat es nicht an die Server veröffentlicht, die dem Kanal folgen ({ $status ->
        [0] keine Antwort
       *[other] Fehler { $status }
    }); das Briefing selbst bleibt bestehen.
digest-note-thread-refused = Discord hat keinen Thread dazu eröffnet ({ $status ->
        [0] keine Antwort
       *[other] Fehler { $status }
    }); das Briefing selbst bleibt bestehen.
digest-history = { $count ->
        [0] In { $channel } gab es noch keinen Briefing-Termin.
        [one] Der letzte Termin in { $channel }:
       *[other] Die letzten { $count } Termine in { $channel }, der neueste zuerst:
    }
digest-history-run = { $timestamp }: { $outcome }
digest-preview-which = Dieser Server hat mehrere Briefings: Gib mit der Option „{ cmd-digest-preview-channel }“ an, welches du meinst.
digest-paused-notice = Das Briefing in { $channel } ist pausiert: { $reason ->
        [forbidden] Mir fehlt dort eine nötige Berechtigung.
        [missing] Dort fehlt mir jetzt: { $missing }.
       *[gone] Der Kanal existiert nicht mehr.
    } Ein Admin kann es mit /{ cmd-digest } { cmd-digest-subscribe } wieder aufnehmen.
# Der Thread oder Forenbeitrag eines Briefings: sein Titel und sein Datum.
digest-thread-name = { $title } – { $date }
digest-preview = Das nächste Briefing in { $channel } ({ $next }) würde Folgendes posten:
digest-preview-empty = Seit dem letzten Briefing gibt es nichts Neues: Der nächste Termin würde nichts posten.
