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
