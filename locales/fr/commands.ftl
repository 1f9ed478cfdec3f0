# Noms et descriptions des commandes tels qu'un client Discord en français les affiche.
# Noms : minuscules, sans espace, 32 caractères au plus. Descriptions : 100 caractères au plus.

cmd-alliance = alliance
    .description = Synthèses sourcées du rapprochement russo-nord-coréen
cmd-alliance-overview = aperçu
    .description = Les actions clés dans chaque domaine
cmd-alliance-military = militaire
    .description = Coopération militaire : le pacte, les soldats, les armes
cmd-alliance-diplomatic = diplomatie
    .description = Visites, sommets et défilés
cmd-alliance-economic = économie
    .description = Liaisons de transport et commerce
cmd-alliance-cultural = culture
    .description = Initiatives culturelles
cmd-alliance-outlook = perspectives
    .description = Ce que chacun y gagne, et les risques
cmd-alliance-timeline = chronologie
    .description = Tous les événements datés, du plus ancien au plus récent
cmd-alliance-month = mois
    .description = Ce qui s'est passé au cours d'un mois
cmd-alliance-month-month = mois
    .description = Un mois, par exemple juillet, juillet 2025 ou 2025-07
cmd-language = langue
    .description = Choisir la langue des réponses sur ce serveur (nécessite Gérer le serveur)
cmd-language-value = valeur
    .description = La langue, ou auto pour suivre la langue Discord du serveur

# Les choix de /language : le nom de cette langue dans cette langue, et « auto ».
language-name = Français
language-auto = Suivre Discord (auto)

cmd-digest = bulletin
    .description = Un bulletin sur l'alliance, publié à date fixe dans un salon (nécessite Gérer le serveur)
cmd-digest-subscribe = abonner
    .description = Publier un bulletin dans un salon à date fixe ; remplace le calendrier du serveur
cmd-digest-subscribe-channel = salon
    .description = Le salon textuel où publier
cmd-digest-subscribe-frequency = fréquence
    .description = À quel rythme publier
# Choix : `choice-<commande>-<option>-<choix>`, une étiquette de 1 à 100 caractères.
choice-digest-subscribe-frequency-daily = quotidien
choice-digest-subscribe-frequency-weekly = hebdomadaire
choice-digest-subscribe-frequency-monthly = mensuel
cmd-digest-subscribe-time = heure
    .description = L'heure locale de publication, sur 24 heures, par exemple 08:00 ou 18:30
cmd-digest-subscribe-timezone = fuseau
    .description = Le fuseau horaire, par exemple Europe/Paris (par défaut : UTC)
cmd-digest-subscribe-weekday = jour-semaine
    .description = Pour un bulletin hebdomadaire : le jour de publication
choice-digest-subscribe-weekday-monday = lundi
choice-digest-subscribe-weekday-tuesday = mardi
choice-digest-subscribe-weekday-wednesday = mercredi
choice-digest-subscribe-weekday-thursday = jeudi
choice-digest-subscribe-weekday-friday = vendredi
choice-digest-subscribe-weekday-saturday = samedi
choice-digest-subscribe-weekday-sunday = dimanche
cmd-digest-subscribe-day = jour-du-mois
    .description = Pour un bulletin mensuel : le jour du mois, de 1 à 28
cmd-digest-unsubscribe = désabonner
    .description = Arrêter le bulletin de ce serveur
cmd-digest-status = état
    .description = Le bulletin de ce serveur : son salon, son calendrier, sa prochaine et sa dernière publication
cmd-digest-preview = aperçu
    .description = Voir, en privé, ce que publierait le prochain bulletin
