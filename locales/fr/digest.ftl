# Bulletins à date fixe : les publications, et les réponses de /bulletin.

## Un bulletin suivant : ce que la base a gagné depuis le précédent.

reply-news-title = Du nouveau sur l'alliance
reply-news-lead = { $count ->
        [one] Un fait ajouté depuis le { $since }, par domaine.
       *[other] { $count } faits ajoutés depuis le { $since }, par domaine.
    }
reply-corrections-lead = { $count ->
        [one] Un fait donné dans un bulletin précédent a changé depuis : voir le rectificatif ci-dessous.
       *[other] { $count } faits donnés dans des bulletins précédents ont changé depuis : voir les rectificatifs ci-dessous.
    }

## Rectificatifs : un fait qu'un bulletin précédent a donné, révisé ou retiré depuis.

correction-heading = Rectificatif
correction-revised = révisé : { $note }
correction-withdrawn = retiré : { $note }
# Un chiffre qui a changé, de la valeur du bulletin précédent à la valeur actuelle.
correction-figure = { $from } → { $to }

## /bulletin

digest-cadence = { $frequency ->
        [daily] chaque jour à { $time }
        [weekly] chaque { $weekday } à { $time }
       *[monthly] le { $day ->
            [1] 1er
           *[other] { $day }
        } de chaque mois à { $time }
    } ({ $zone })
digest-when = { $weekday } { $date } à { $time } ({ $zone })
digest-subscribed = C'est fait : un bulletin sera publié dans { $channel } { $cadence }. Le prochain : { $next }, soit { $timestamp } pour vous. Le premier bulletin est un aperçu d'ensemble ; les suivants apportent ce qui est nouveau depuis le précédent.
digest-replaced = Ce calendrier remplace celui qu'avait ce salon.
digest-unsubscribed = Le bulletin de { $channel } est arrêté : plus rien n'y sera publié.
digest-none = Ce serveur n'a pas de bulletin. Lancez-en un avec /{ cmd-digest } { cmd-digest-subscribe }.
digest-status = Bulletin dans { $channel }, { $cadence }.
digest-status-next = Le prochain : { $next }, soit { $timestamp } pour vous.
digest-status-paused = En pause : { $reason ->
        [forbidden] je n'ai plus le droit de publier dans { $channel }.
        [missing] il me manque désormais { $missing } dans { $channel }.
       *[gone] { $channel } n'existe plus.
    } Accordez-moi Voir le salon, Envoyer des messages et Intégrer des liens dans un salon, puis relancez /{ cmd-digest } { cmd-digest-subscribe }.
digest-status-never = Aucun bulletin n'a encore été publié : le premier sera un aperçu d'ensemble.
digest-status-last = Dernière échéance : { $timestamp }, { $outcome }
digest-outcome-posted = bulletin publié.
digest-outcome-nothing-new = rien de nouveau depuis le bulletin précédent, donc rien n'a été publié.
digest-outcome-failed = Discord n'a pas accepté la publication ({ $status ->
        [0] pas de réponse
       *[other] erreur { $status }
    }) ; elle sera retentée.
digest-outcome-paused = publication arrêtée.
digest-outcome-posted-link = bulletin publié : { $link }
digest-outcome-paused-because = publication arrêtée : { $reason ->
        [forbidden] j'ai perdu une permission nécessaire dans { $channel }.
        [missing] j'ai perdu { $missing } dans { $channel }.
       *[gone] { $channel } n'existe plus.
    }
digest-none-here = Aucun bulletin n'est publié dans { $channel }. Lancez-en un avec /{ cmd-digest } { cmd-digest-subscribe }.
digest-topics-all = Thèmes : tous les domaines.
digest-topics = Thèmes : { $topics }.
digest-role = Chaque bulletin mentionne { $role }, et personne d'autre.
digest-publish = Chaque bulletin est diffusé aux serveurs qui suivent le salon.
digest-thread = Un fil de discussion est ouvert sur chaque bulletin.
digest-forum = Chaque bulletin est une nouvelle publication du forum.
digest-note-publish-refused = Discord ne l'a pas diffusé aux serveurs abonnés ({ $status ->
        [0] pas de réponse
       *[other] erreur { $status }
    }) ; le bulletin lui-même reste publié.
digest-note-thread-refused = Discord n'a pas ouvert son fil ({ $status ->
        [0] pas de réponse
       *[other] erreur { $status }
    }) ; le bulletin lui-même reste publié.
digest-history = { $count ->
        [0] Aucun bulletin n'a encore été publié dans { $channel }.
        [one] La dernière échéance dans { $channel } :
       *[other] Les { $count } dernières échéances dans { $channel }, de la plus récente à la plus ancienne :
    }
digest-history-run = { $timestamp } : { $outcome }
digest-preview-which = Ce serveur a plusieurs bulletins : précisez lequel avec l'option salon.
digest-paused-notice = Le bulletin de { $channel } est en pause : { $reason ->
        [forbidden] j'y ai perdu une permission nécessaire.
        [missing] j'y ai perdu { $missing }.
       *[gone] le salon n'existe plus.
    } Un administrateur peut le relancer avec /{ cmd-digest } { cmd-digest-subscribe }.
# Le fil ou la publication de forum d'un bulletin : son titre et sa date.
digest-thread-name = { $title } – { $date }
digest-preview = Voici ce que publierait le prochain bulletin dans { $channel }, { $next } :
digest-preview-empty = Rien de nouveau depuis le dernier bulletin : la prochaine échéance ne publierait rien.
