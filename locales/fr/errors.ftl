# Toutes les erreurs qu'un utilisateur peut voir. Courtes, et disant quoi taper à la place.

error-empty = Tapez une commande, par exemple /{ cmd-alliance } { cmd-alliance-overview }.
error-unknown-command = La commande « { $command } » n'existe pas. Essayez /alliance.
error-missing-subcommand = /alliance attend un sujet : { $subcommands }.
error-unknown-subcommand = « { $subcommand } » n'est pas un sujet de /alliance. Essayez l'un de ceux-ci : { $subcommands }.
error-unknown-option = /alliance { $subcommand } n'a pas d'option « { $option } ».
error-unexpected-value = /alliance { $subcommand } ne prend pas de valeur, mais a reçu « { $value } ».
error-missing-option = /alliance { $subcommand } attend une valeur pour « { $option } », par exemple /alliance { $subcommand } { $option }:juillet.
error-bad-month = Je ne reconnais pas le mois « { $input } ». Mois qui comptent des événements : { $months }. Écrivez-le par exemple juillet, juillet 2025 ou 2025-07.
error-internal = Désolé, un problème est survenu de notre côté. Il a été consigné ; réessayez dans un instant.
error-language-dm = La commande /{ cmd-language } est réservée aux serveurs. En message privé, les réponses suivent votre propre langue Discord.
error-language-unknown = Je ne parle pas « { $value } ». Choisissez parmi : { $languages }.
error-storage = Désolé, le réglage n'a pas pu être enregistré et rien n'a changé. Réessayez dans un instant.
error-page-gone = Cette page n'est plus disponible. Relancez la commande.
error-manage-server = Seuls les membres qui peuvent gérer ce serveur peuvent utiliser /{ $command }.
error-bad-option = Une valeur donnée à /{ $command } est illisible. Choisissez-la dans la liste que propose Discord.
error-outdated-command = Cette commande a changé depuis que votre client Discord l'a chargée. Réessayez dans un instant.
error-digest-dm = La commande /{ cmd-digest } est réservée aux serveurs : les bulletins sont publiés dans leurs salons.
error-digest-time = Je ne sais pas lire l'heure « { $input } ». Écrivez-la sur 24 heures, par exemple 08:00 ou 18:30.
error-digest-zone = Je ne connais pas le fuseau horaire « { $input } ». Choisissez-en un dans la liste, par exemple Europe/Paris ou America/New_York.
error-digest-missing-weekday = Un bulletin hebdomadaire a besoin d'un jour de la semaine : ajoutez l'option jour-semaine, par exemple lundi.
error-digest-missing-day = Un bulletin mensuel a besoin d'un jour du mois, de 1 à 28 : ajoutez l'option jour-du-mois, par exemple 1.
error-digest-unexpected-weekday = Le jour de la semaine ne vaut que pour un bulletin hebdomadaire : retirez-le d'un bulletin { $frequency ->
        [daily] quotidien
       *[monthly] mensuel
    }.
error-digest-unexpected-day = Le jour du mois ne vaut que pour un bulletin mensuel : retirez-le d'un bulletin { $frequency ->
        [daily] quotidien
       *[weekly] hebdomadaire
    }.
error-digest-day = Tous les mois n'ont pas de jour { $day } : choisissez un jour de 1 à 28.
error-digest-channel-kind = Je ne peux pas publier de bulletin dans { $channel } : choisissez un salon textuel, d'annonces ou forum.
error-digest-full = Ce serveur a déjà { $limit } bulletins, le maximum permis. Arrêtez-en un d'abord avec /{ cmd-digest } { cmd-digest-unsubscribe }.
error-digest-role-unknown = Ce rôle n'est pas un rôle de ce serveur que je peux mentionner : choisissez-en un autre.
error-digest-role-unmentionable = Je n'ai pas le droit de mentionner { $role } : rendez-le mentionnable dans les paramètres du serveur, ou accordez-moi Mentionner @everyone, @here et tous les rôles.
error-digest-publish-kind = Seules les publications d'un salon d'annonces peuvent être diffusées, et { $channel } n'en est pas un : retirez l'option publier, ou choisissez un salon d'annonces.
error-digest-forum-tag = Le forum { $channel } exige une étiquette sur chaque publication, et je ne peux appliquer aucune des siennes : ajoutez une étiquette non modérée, ou accordez-moi Gérer les fils.
error-digest-channel-unseen = Je ne vois pas { $channel }. Autorisez-moi à le voir, ou choisissez un autre salon.
error-digest-channel-permissions = Je ne peux pas publier de bulletin dans { $channel } : il me manque { $missing }. { $count ->
        [one] Accordez-la-moi
       *[other] Accordez-les-moi
    } dans ce salon, ou choisissez-en un autre.
