# Bulletins à date fixe : les publications, et les réponses de /bulletin.

## Un bulletin suivant : ce que la base a gagné depuis le précédent.

# en-US 18463372
reply-news-title = Du nouveau sur l'alliance
# en-US 56ba5e66
reply-news-lead = { $count ->
        [one] Un fait ajouté depuis le { $since }, par domaine.
       *[other] { $count } faits ajoutés depuis le { $since }, par domaine.
    }
# en-US 5b4811c7
reply-corrections-lead = { $count ->
        [one] Un fait donné dans un bulletin précédent a changé depuis : voir le rectificatif ci-dessous.
       *[other] { $count } faits donnés dans des bulletins précédents ont changé depuis : voir les rectificatifs ci-dessous.
    }

## Rectificatifs : un fait qu'un bulletin précédent a donné, révisé ou retiré depuis.

# en-US be7b1caf
correction-heading = Rectificatif
# en-US 29495e1b
correction-revised = révisé : { $note }
# en-US 6f749b3d
correction-withdrawn = retiré : { $note }
# Un chiffre qui a changé, de la valeur du bulletin précédent à la valeur actuelle.
# en-US 0480c346
correction-figure = { $from } → { $to }

## /bulletin

# en-US 76b4bcf0
digest-cadence = { $frequency ->
        [daily] chaque jour à { $time }
        [weekly] chaque { $weekday } à { $time }
       *[monthly] le { $day ->
            [1] 1er
           *[other] { $day }
        } de chaque mois à { $time }
    } ({ $zone })
# en-US 307f6036
digest-when = { $weekday } { $date } à { $time } ({ $zone })
# en-US 1a8d247d
digest-subscribed = C'est fait : un bulletin sera publié dans { $channel } { $cadence }. Le prochain : { $next }, soit { $timestamp } pour vous. Le premier bulletin est un aperçu d'ensemble ; les suivants apportent ce qui est nouveau depuis le précédent.
# en-US a8ab0853
digest-replaced = Ce calendrier remplace celui qu'avait ce salon.
# en-US de8f18b3
digest-unsubscribed = Le bulletin de { $channel } est arrêté : plus rien n'y sera publié.
# en-US 7e6de680
digest-none = Ce serveur n'a pas de bulletin. Lancez-en un avec /{ cmd-digest } { cmd-digest-subscribe }.
# en-US 7785ad7d
digest-status = Bulletin dans { $channel }, { $cadence }.
# en-US 3c5a6a50
digest-status-next = Le prochain : { $next }, soit { $timestamp } pour vous.
# en-US 7f9c1beb
digest-status-paused = En pause : { $reason ->
        [forbidden] je n'ai plus le droit de publier dans { $channel }.
        [missing] il me manque désormais { $missing } dans { $channel }.
       *[gone] { $channel } n'existe plus.
    } Accordez-moi Voir le salon, Envoyer des messages et Intégrer des liens dans un salon, puis relancez /{ cmd-digest } { cmd-digest-subscribe }.
# en-US 515496bc
digest-status-never = Aucun bulletin n'a encore été publié : le premier sera un aperçu d'ensemble.
# en-US 69ed4068
digest-status-last = Dernière échéance : { $timestamp }, { $outcome }
# en-US 56c3e444
digest-outcome-posted = bulletin publié.
# en-US 2996a88f
digest-outcome-nothing-new = rien de nouveau depuis le bulletin précédent, donc rien n'a été publié.
# en-US 95b94e35
digest-outcome-failed = Discord n'a pas accepté la publication ({ $status ->
        [0] pas de réponse
       *[other] erreur { $status }
    }) ; elle sera retentée.
# en-US 8931a149
digest-outcome-paused = publication arrêtée.
# en-US 3af3442c
digest-outcome-posted-link = bulletin publié : { $link }
# en-US 80c221d6
digest-outcome-paused-because = publication arrêtée : { $reason ->
        [forbidden] j'ai perdu une permission nécessaire dans { $channel }.
        [missing] j'ai perdu { $missing } dans { $channel }.
       *[gone] { $channel } n'existe plus.
    }
# en-US 7fe113f6
digest-none-here = Aucun bulletin n'est publié dans { $channel }. Lancez-en un avec /{ cmd-digest } { cmd-digest-subscribe }.
# en-US e4d65a0f
digest-topics-all = Thèmes : tous les domaines.
# en-US a5649b98
digest-topics = Thèmes : { $topics }.
# en-US 09ece1d4
digest-role = Chaque bulletin mentionne { $role }, et personne d'autre.
# en-US cdd3a285
digest-publish = Chaque bulletin est diffusé aux serveurs qui suivent le salon.
# en-US bb981e45
digest-thread = Un fil de discussion est ouvert sur chaque bulletin.
# en-US 3c18b8fe
digest-forum = Chaque bulletin est une nouvelle publication du forum.
# en-US 75348aba
digest-note-publish-refused = Discord ne l'a pas diffusé aux serveurs abonnés ({ $status ->
        [0] pas de réponse
       *[other] erreur { $status }
    }) ; le bulletin lui-même reste publié.
# en-US 176e276d
digest-note-thread-refused = Discord n'a pas ouvert son fil ({ $status ->
        [0] pas de réponse
       *[other] erreur { $status }
    }) ; le bulletin lui-même reste publié.
# en-US afd632ae
digest-history = { $count ->
        [0] Aucun bulletin n'a encore été publié dans { $channel }.
        [one] La dernière échéance dans { $channel } :
       *[other] Les { $count } dernières échéances dans { $channel }, de la plus récente à la plus ancienne :
    }
# en-US f8855872
digest-history-run = { $timestamp } : { $outcome }
# en-US 6f980f05
digest-preview-which = Ce serveur a plusieurs bulletins : précisez lequel avec l'option salon.
# en-US 5392be41
digest-paused-notice = Le bulletin de { $channel } est en pause : { $reason ->
        [forbidden] j'y ai perdu une permission nécessaire.
        [missing] j'y ai perdu { $missing }.
       *[gone] le salon n'existe plus.
    } Un administrateur peut le relancer avec /{ cmd-digest } { cmd-digest-subscribe }.
# Le fil ou la publication de forum d'un bulletin : son titre et sa date.
# en-US 5b034efe
digest-thread-name = { $title } – { $date }
# en-US 0f94e3d7
digest-preview = Voici ce que publierait le prochain bulletin dans { $channel }, { $next } :
# en-US 820de6df
digest-preview-empty = Rien de nouveau depuis le dernier bulletin : la prochaine échéance ne publierait rien.
# en-US 97867de6
digest-outcome-dm-refused = Discord a refusé le message privé.
# en-US d32bf16c
my-digest-started = C'est fait : un bulletin vous sera envoyé en message privé { $cadence }. Le prochain : { $next }, soit { $timestamp } pour vous. Il parle la langue de Discord que vous avez utilisée en dernier avec moi. Le premier bulletin est un aperçu d'ensemble ; les suivants apportent ce qui est nouveau depuis le précédent.
# en-US b1a8ef27
my-digest-replaced = Ce calendrier remplace votre calendrier précédent.
# en-US 4cbaf7f7
my-digest-status = Votre bulletin en message privé, { $cadence }.
# en-US 3c8f6057
my-digest-paused = En pause : Discord a refusé mon message privé (vos messages privés me sont fermés, ou je suis bloqué). Quand vous accepterez de nouveau mes messages, relancez /{ cmd-my-digest } { cmd-my-digest-start }.
# en-US 701af2f6
my-digest-stopped = Votre bulletin en message privé est arrêté : plus rien ne vous sera envoyé.
# en-US 5aba0e4d
my-digest-none = Vous n'avez pas de bulletin en message privé. Lancez-en un avec /{ cmd-my-digest } { cmd-my-digest-start }.
# en-US cf8c1b20
my-digest-busy = Votre bulletin était modifié ailleurs au même moment : consultez /{ cmd-my-digest } { cmd-my-digest-status }, puis réessayez.
