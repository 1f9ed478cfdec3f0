# Toutes les erreurs qu'un utilisateur peut voir. Courtes, et disant quoi taper à la place.

error-empty = Tapez une commande, par exemple /alliance overview.
error-unknown-command = La commande « { $command } » n'existe pas. Essayez /alliance.
error-missing-subcommand = /alliance attend un sujet : { $subcommands }.
error-unknown-subcommand = « { $subcommand } » n'est pas un sujet de /alliance. Essayez l'un de ceux-ci : { $subcommands }.
error-unknown-option = /alliance { $subcommand } n'a pas d'option « { $option } ».
error-unexpected-value = /alliance { $subcommand } ne prend pas de valeur, mais a reçu « { $value } ».
error-missing-option = /alliance { $subcommand } attend une valeur pour « { $option } », par exemple /alliance { $subcommand } { $option }:juillet.
error-bad-month = Je ne reconnais pas le mois « { $input } ». Mois qui comptent des événements : { $months }. Écrivez-le par exemple juillet, juillet 2025 ou 2025-07.
error-internal = Désolé, un problème est survenu de notre côté. Il a été consigné ; réessayez dans un instant.
error-language-dm = /language est réservée aux serveurs. En message privé, les réponses suivent votre propre langue Discord.
error-language-unknown = Je ne parle pas « { $value } ». Choisissez parmi : { $languages }.
error-storage = Désolé, le réglage n'a pas pu être enregistré et rien n'a changé. Réessayez dans un instant.
error-page-gone = Cette page n'est plus disponible. Relancez la commande.
error-manage-server = Seuls les membres qui peuvent gérer ce serveur peuvent utiliser { $command }.
error-bad-option = Une valeur donnée à { $command } est illisible. Choisissez-la dans la liste que propose Discord.
error-outdated-command = Cette commande a changé depuis que votre client Discord l'a chargée. Réessayez dans un instant.
