# Le cadre de chaque réponse : titres, ouvertures, pieds de page, boutons de pagination.

# en-US 89e8552d
reply-overview-title = L'alliance Russie–Corée du Nord en bref
# en-US b200dc12
reply-overview-lead = Depuis 2024, les deux pays se sont liés sur plusieurs fronts à la fois ; voici les actions clés dans chaque domaine.
# en-US 60a2090c
reply-overview-hint = Pour le détail, tapez /alliance suivi de : { $subcommands }.

# en-US 7bfb9791
reply-timeline-title = Chronologie de l'alliance
# en-US 235991c9
reply-timeline-lead = { $count ->
        [one] Un événement daté, du plus ancien au plus récent.
       *[other] { $count } événements datés, du plus ancien au plus récent.
    }
# Les faits que l'article dit récents, sans date : après les faits datés, hors de l'ordre du temps.
# en-US 93f14d94
reply-timeline-undated = { $count ->
        [one] S'y ajoute un fait récent mais non daté : il vient en dernier, hors de l'ordre chronologique.
       *[other] S'y ajoutent { $count } faits récents mais non datés : ils viennent en dernier, hors de l'ordre chronologique.
    }

# en-US 81f27553
reply-month-title = L'alliance en { $month }
# en-US 56469182
reply-month-lead = { $count ->
        [one] Un événement en { $month }.
       *[other] { $count } événements en { $month }.
    }
# en-US 2eb761b1
reply-month-empty = Aucun événement enregistré pour { $month }.
# Le lecteur a nommé un mois sans année : l'année retenue, et pourquoi.
# en-US b732ff71
reply-month-year-assumed = Sans année précisée, voici { $year } : la dernière année où ce mois compte des événements.
# Des faits datés seulement d'une période plus longue qui comprend le mois : à part, avec cette période, et non comptés.
# en-US e9e00134
reply-month-ongoing = Pas datés de { $month } même, mais en cours sur une période plus longue qui l'inclut :
# en-US 5aafd3fc
reply-month-available = Mois qui comptent des événements : { $months }.

# Le document d'où viennent les faits de la réponse, puis à qui il en attribue certains.
# en-US 9b3feee7
footer-sources = Source : { $documents }
# en-US 5c51aa5a
footer-attributions = Affirmations attribuées par l'article à : { $attributions }
# Une fois par réponse qui montre une date marquée † (when-inferred).
# en-US f51bd4e9
footer-inferred = † L'article nomme le mois sans l'année ; celle-ci est déduite du contexte.
# Le dernier jour où la base de faits a changé (un fait ajouté, révisé ou retiré).
# en-US 4ec27132
footer-updated = Faits à jour au { $date }
# en-US eeccb87c
footer-page = Page { $page } sur { $pages }

# en-US 1bf9d747
button-previous = Précédent
# en-US 01aa3b64
button-next = Suivant

# La mise en page en texte brut de la ligne de commande : le nom d'un champ avant ses lignes.
# en-US 1c60386a
plain-field = { $name } :

## /language

# en-US e41b4d4d
language-set = Les réponses sur ce serveur sont désormais en { $language ->
        [en-US] anglais
        [fr] français
       *[other] { $name }
    }. Discord indique { $locale } comme langue de ce serveur : hors des serveurs Communauté, c'est toujours en-US, d'où la commande /{ cmd-language }.
# en-US 252aeeae
language-set-auto = Les réponses sur ce serveur suivent désormais sa langue Discord, actuellement { $locale }. Hors des serveurs Communauté, Discord indique toujours en-US ; choisissez une langue avec /{ cmd-language } pour y remédier.

## L'image de la chronologie (/alliance chronologie) : sa légende, ses notes et son texte alternatif.

# en-US 88583fa7
timeline-legend-hedged = creux : avec réserve (rapporté, allégué ou analyse)
# en-US da9a9dc2
timeline-legend-span = barre : sur une période
# en-US 9a17c033
timeline-legend-rough = barre pâle : daté seulement d'une année, d'une partie d'année ou d'une saison
# La colonne des faits que l'article dit récents sans les dater : à l'écart de l'axe du temps.
# en-US 49210f81
timeline-undated = récent, non daté
# La ligne d'un fait que l'article attribue à quelqu'un : son titre, puis à qui il l'attribue.
# en-US b258bb48
timeline-attributed = { $title } ({ $source })
# Sur l'image et dans la réponse, quand le magasin compte plus de faits que l'image n'a de lignes.
# en-US 7f6e4202
timeline-not-drawn = L'image montre les { $drawn } événements les plus récents ; { $hidden } plus anciens n'y figurent pas.
# L'image décrite pour les lecteurs d'écran : `$period` ressemble à « 2024 – octobre 2025 ».
# en-US 1250f281
timeline-alt = Graphique de { $count ->
        [one] un événement
       *[other] { $count } événements
    } de l'alliance sur un axe du temps, { $period }, une ligne chacun, en couleur selon le domaine ({ $domains }). { $hedged ->
        [0] Aucun n'est rapporté avec réserve.
        [one] Un est rapporté avec réserve, dessiné creux.
       *[other] { $hedged } sont rapportés avec réserve, dessinés creux.
    }
# en-US 029bcbf9
layout-set-components = Les réponses et les bulletins de ce serveur prennent désormais la présentation actuelle de Discord. Un message trop long pour elle arrive encore sous forme d'embeds.
# en-US e4dd16b9
layout-set-embeds = Les réponses et les bulletins de ce serveur arrivent désormais sous forme d'embeds.
