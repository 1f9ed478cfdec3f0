# Noms et descriptions des commandes tels qu'un client Discord en français les affiche.
# Noms : minuscules, sans espace, 32 caractères au plus. Descriptions : 100 caractères au plus.

# en-US 78b2d189
cmd-alliance = alliance
    .description = Synthèses sourcées du rapprochement russo-nord-coréen
# en-US 273953c6
cmd-alliance-overview = aperçu
    .description = Les actions clés dans chaque domaine
# en-US c3c4680d
cmd-alliance-military = militaire
    .description = Coopération militaire : le pacte, les soldats, les armes
# en-US 88d24f5c
cmd-alliance-diplomatic = diplomatie
    .description = Visites, sommets et défilés
# en-US 876c9e64
cmd-alliance-economic = économie
    .description = Liaisons de transport et commerce
# en-US e856f4d3
cmd-alliance-cultural = culture
    .description = Initiatives culturelles
# en-US 7f788163
cmd-alliance-outlook = perspectives
    .description = Ce que chacun y gagne, et les risques
# en-US 4fbebbf3
cmd-alliance-timeline = chronologie
    .description = Tous les événements datés, du plus ancien au plus récent
# en-US 9f1cfb11
cmd-alliance-month = mois
    .description = Ce qui s'est passé au cours d'un mois
# en-US d2ea3da1
cmd-alliance-month-month = mois
    .description = Un mois, par exemple juillet, juillet 2025 ou 2025-07
# en-US 169551c9
cmd-language = langue
    .description = Choisir la langue des réponses sur ce serveur (nécessite Gérer le serveur)
# en-US 58ecc19c
cmd-language-value = valeur
    .description = La langue, ou auto pour suivre la langue Discord du serveur

# Les choix de /language : le nom de cette langue dans cette langue, et « auto ».
# en-US 93f1055e
language-name = Français
# en-US 5a057cf8
language-auto = Suivre Discord (auto)

# en-US 42f36ab0
cmd-digest = bulletin
    .description = Un bulletin sur l'alliance, publié à date fixe dans un salon (nécessite Gérer le serveur)
# en-US f0bcf7c0
cmd-digest-subscribe = abonner
    .description = Publier un bulletin dans un salon à date fixe ; remplace le calendrier de ce salon
# en-US c2403d48
cmd-digest-subscribe-channel = salon
    .description = Le salon textuel, d'annonces ou forum où publier
# en-US ce677715
cmd-digest-subscribe-frequency = fréquence
    .description = À quel rythme publier
# Choix : `choice-<commande>-<option>-<choix>`, une étiquette de 1 à 100 caractères.
# en-US 32fd8369
choice-digest-subscribe-frequency-daily = quotidien
# en-US 813fc3ac
choice-digest-subscribe-frequency-weekly = hebdomadaire
# en-US ca2cccd3
choice-digest-subscribe-frequency-monthly = mensuel
# en-US 34e3e73d
cmd-digest-subscribe-time = heure
    .description = L'heure locale de publication, sur 24 heures, par exemple 08:00 ou 18:30
# en-US 58646b50
cmd-digest-subscribe-timezone = fuseau
    .description = Le fuseau horaire, par exemple Europe/Paris (par défaut : UTC)
# en-US 2a3aa3ee
cmd-digest-subscribe-weekday = jour-semaine
    .description = Pour un bulletin hebdomadaire : le jour de publication
# en-US 325b87a2
choice-digest-subscribe-weekday-monday = lundi
# en-US c2ef2fcc
choice-digest-subscribe-weekday-tuesday = mardi
# en-US 9b75efbe
choice-digest-subscribe-weekday-wednesday = mercredi
# en-US e27828d9
choice-digest-subscribe-weekday-thursday = jeudi
# en-US c5c23d72
choice-digest-subscribe-weekday-friday = vendredi
# en-US 9db1adc4
choice-digest-subscribe-weekday-saturday = samedi
# en-US bcce2a4c
choice-digest-subscribe-weekday-sunday = dimanche
# en-US e5a7d604
cmd-digest-subscribe-day = jour-du-mois
    .description = Pour un bulletin mensuel : le jour du mois, de 1 à 28
# en-US 616aadc7
cmd-digest-subscribe-topic = thème
    .description = Ce domaine seulement (ajoutez thème-2 et suivants pour plusieurs ; tous par défaut)
# en-US a0dc7f9e
cmd-digest-subscribe-topic-2 = thème-2
    .description = Un autre domaine à couvrir
# en-US 3ecef77f
cmd-digest-subscribe-topic-3 = thème-3
    .description = Un autre domaine à couvrir
# en-US 286f8692
cmd-digest-subscribe-topic-4 = thème-4
    .description = Un autre domaine à couvrir
# Les étiquettes de chaque option de thème (thème, thème-2…).
# en-US cf821015
choice-digest-subscribe-topic-military = militaire
# en-US af031af2
choice-digest-subscribe-topic-diplomatic = diplomatique
# en-US 707d1c1e
choice-digest-subscribe-topic-economic = économique
# en-US 22319439
choice-digest-subscribe-topic-cultural = culturel
# en-US 98de5a2c
choice-digest-subscribe-topic-outlook = perspectives
# en-US baef15f0
cmd-digest-subscribe-role = rôle
    .description = Un rôle à mentionner en tête de chaque bulletin
# en-US 21b1e638
cmd-digest-subscribe-publish = publier
    .description = Dans un salon d'annonces : diffuser chaque bulletin aux serveurs abonnés (par défaut : oui)
# en-US 1cd70205
cmd-digest-subscribe-thread = fil
    .description = Ouvrir un fil de discussion sur chaque bulletin
# en-US f6ede1b3
cmd-digest-unsubscribe = désabonner
    .description = Arrêter le bulletin d'un salon
# en-US c9921c60
cmd-digest-status = état
    .description = Les bulletins de ce serveur : leurs salons, calendriers, thèmes, prochaine et dernière échéance
# en-US 006babca
cmd-digest-preview = aperçu
    .description = Voir, en privé, ce que publierait le prochain bulletin
# en-US 50f6ace2
cmd-digest-preview-channel = salon
    .description = Le salon dont voir le bulletin (nécessaire quand le serveur en a plusieurs)
# en-US 7d1b82ae
cmd-digest-unsubscribe-channel = salon
    .description = Le salon dont arrêter le bulletin
# en-US 71d3ade6
cmd-digest-history = historique
    .description = Les dernières échéances du bulletin d'un salon, et ce qu'il en est advenu
# en-US 1ccc3377
cmd-digest-history-channel = salon
    .description = Le salon dont consulter le bulletin
# en-US af905522
cmd-my-digest = mon-bulletin
    .description = Votre propre bulletin sur l'alliance, envoyé en message privé selon votre calendrier
# en-US 87fb6866
cmd-my-digest-start = lancer
    .description = Recevoir le bulletin en message privé selon un calendrier ; remplace votre calendrier précédent
# en-US a37c5277
cmd-my-digest-status = état
    .description = Votre bulletin en message privé : calendrier, thèmes, prochain et dernier envoi
# en-US 4df1fe6b
cmd-my-digest-stop = arrêter
    .description = Arrêter votre bulletin en message privé
# en-US e6c9d174
cmd-layout = présentation
    .description = Choisir l'apparence des réponses et des bulletins de ce serveur (nécessite Gérer le serveur)
# en-US 14d31fbd
cmd-layout-value = valeur
    .description = La présentation actuelle de Discord, ou les embeds d'avant
# en-US 50165dec
choice-layout-value-components = Présentation actuelle de Discord (par défaut)
# en-US 03333308
choice-layout-value-embeds = Embeds, comme avant
