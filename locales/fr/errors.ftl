# Toutes les erreurs qu'un utilisateur peut voir. Courtes, et disant quoi taper à la place.

# en-US 57a192aa
error-empty = Tapez une commande, par exemple /{ cmd-alliance } { cmd-alliance-overview }.
# en-US 65a2a17b
error-unknown-command = La commande « { $command } » n'existe pas. Essayez /alliance.
# en-US 2e1daaf9
error-missing-subcommand = /alliance attend un sujet : { $subcommands }.
# en-US e520df98
error-unknown-subcommand = « { $subcommand } » n'est pas un sujet de /alliance. Essayez l'un de ceux-ci : { $subcommands }.
# en-US 5ef6b937
error-unknown-option = /alliance { $subcommand } n'a pas d'option « { $option } ».
# en-US 6fd2d4ed
error-unexpected-value = /alliance { $subcommand } ne prend pas de valeur, mais a reçu « { $value } ».
# en-US 9e6e486b
error-missing-option = /alliance { $subcommand } attend une valeur pour « { $option } », par exemple /alliance { $subcommand } { $option }:juillet.
# en-US 7c569318
error-bad-month = Je ne reconnais pas le mois « { $input } ». Mois qui comptent des événements : { $months }. Écrivez-le par exemple juillet, juillet 2025 ou 2025-07.
# en-US b24ca1ab
error-internal = Désolé, un problème est survenu de notre côté. Il a été consigné ; réessayez dans un instant.
# en-US 2424898b
error-language-dm = La commande /{ cmd-language } est réservée aux serveurs. En message privé, les réponses suivent votre propre langue Discord.
# en-US af6ca240
error-language-unknown = Je ne parle pas « { $value } ». Choisissez parmi : { $languages }.
# en-US 72202db4
error-storage = Désolé, le réglage n'a pas pu être enregistré et rien n'a changé. Réessayez dans un instant.
# en-US d549b101
error-page-gone = Cette page n'est plus disponible. Relancez la commande.
# en-US a6a19378
error-manage-server = Seuls les membres qui peuvent gérer ce serveur peuvent utiliser /{ $command }.
# en-US 00b03a97
error-bad-option = Une valeur donnée à /{ $command } est illisible. Choisissez-la dans la liste que propose Discord.
# en-US 3bdf5e87
error-outdated-command = Cette commande a changé depuis que votre client Discord l'a chargée. Réessayez dans un instant.
# en-US 7ec1c278
error-digest-dm = La commande /{ cmd-digest } est réservée aux serveurs : les bulletins sont publiés dans leurs salons.
# en-US d04dfe15
error-server-without-bot = La commande /{ $command } ne fonctionne que dans les serveurs qui ont ajouté le bot. La commande /{ cmd-alliance } fonctionne partout où vous utilisez l'application.
# en-US 36178bca
error-digest-time = Je ne sais pas lire l'heure « { $input } ». Écrivez-la sur 24 heures, par exemple 08:00 ou 18:30.
# en-US 496d0869
error-digest-zone = Je ne connais pas le fuseau horaire « { $input } ». Choisissez-en un dans la liste, par exemple Europe/Paris ou America/New_York.
# en-US a1bb7d73
error-digest-missing-weekday = Un bulletin hebdomadaire a besoin d'un jour de la semaine : ajoutez l'option jour-semaine, par exemple lundi.
# en-US cbd2eea8
error-digest-missing-day = Un bulletin mensuel a besoin d'un jour du mois, de 1 à 28 : ajoutez l'option jour-du-mois, par exemple 1.
# en-US e9664988
error-digest-unexpected-weekday = Le jour de la semaine ne vaut que pour un bulletin hebdomadaire : retirez-le d'un bulletin { $frequency ->
        [daily] quotidien
       *[monthly] mensuel
    }.
# en-US b5c87c59
error-digest-unexpected-day = Le jour du mois ne vaut que pour un bulletin mensuel : retirez-le d'un bulletin { $frequency ->
        [daily] quotidien
       *[weekly] hebdomadaire
    }.
# en-US b4a4b6e2
error-digest-day = Tous les mois n'ont pas de jour { $day } : choisissez un jour de 1 à 28.
# en-US 9dc59423
error-digest-channel-kind = Je ne peux pas publier de bulletin dans { $channel } : choisissez un salon textuel, d'annonces ou forum.
# en-US 5e6a09e8
error-digest-full = Ce serveur a déjà { $limit } bulletins, le maximum permis. Arrêtez-en un d'abord avec /{ cmd-digest } { cmd-digest-unsubscribe }.
# en-US c23cd90a
error-digest-role-unknown = Ce rôle n'est pas un rôle de ce serveur que je peux mentionner : choisissez-en un autre.
# en-US b69482f1
error-digest-role-unmentionable = Je n'ai pas le droit de mentionner { $role } : rendez-le mentionnable dans les paramètres du serveur, ou accordez-moi Mentionner @everyone, @here et tous les rôles.
# en-US 7d8f6ab4
error-digest-publish-kind = Seules les publications d'un salon d'annonces peuvent être diffusées, et { $channel } n'en est pas un : retirez l'option publier, ou choisissez un salon d'annonces.
# en-US 1afb0461
error-digest-forum-tag = Le forum { $channel } exige une étiquette sur chaque publication, et je ne peux appliquer aucune des siennes : ajoutez une étiquette non modérée, ou accordez-moi Gérer les fils.
# en-US 6c4d74cb
error-digest-channel-unseen = Je ne vois pas { $channel }. Autorisez-moi à le voir, ou choisissez un autre salon.
# en-US 9350f415
error-digest-channel-permissions = Je ne peux pas publier de bulletin dans { $channel } : il me manque { $missing }. { $count ->
        [one] Accordez-la-moi
       *[other] Accordez-les-moi
    } dans ce salon, ou choisissez-en un autre.
# en-US d6bb1a30
error-layout-dm = /{ cmd-layout } sert aux serveurs. En message privé, les réponses prennent la présentation actuelle de Discord.
