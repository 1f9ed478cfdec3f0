# Les briques des réponses : domaines, degré de certitude, sources, mois et dates.

## Domaines : l'intitulé, le titre de la réponse et sa phrase d'ouverture.

# en-US 0aaacc13
domain-military = Militaire
    .title = Coopération militaire
    .lead = D'un pacte de défense signé à des soldats nord-coréens au combat sur le sol russe.
# en-US 548a20bf
domain-diplomatic = Diplomatie
    .title = Échanges diplomatiques
    .lead = Des visites, un sommet à trois et deux défilés : plus d'un an de liens resserrés et affichés.
# en-US e1d4c6b9
domain-economic = Économie
    .title = Liens économiques
    .lead = Des liens qui se développent : un premier vol depuis des décennies, un pont routier, une frontière très courte mise à profit.
# en-US 8fccd647
domain-cultural = Culture
    .title = Initiatives culturelles
    .lead = L'art mis au service de l'alliance, auprès des deux opinions publiques.
# en-US 8a429f8d
domain-outlook = Perspectives
    .title = Perspectives et risques
    .lead = Ce que chacun y gagne et ce que l'alliance pourrait lui coûter, selon l'analyse de l'article.

## Degré de certitude d'un fait, et qui l'affirme.

# Comment l'article présente un fait ; `confirmed` (affirmé comme établi) ne s'affiche pas.
# en-US c0569b9c
confidence-confirmed = affirmé
# en-US 113a6cf5
confidence-reported = rapporté
# en-US e4408800
confidence-alleged = allégation non confirmée
# en-US 516f3f91
confidence-assessment = analyse propre à l'article
# Affiché après un fait que l'article attribue à quelqu'un : `$source` est le `.cited` de cette source.
# en-US aeca6535
fact-hedge = ({ $confidence }, { $source })
# Affiché après un fait que l'article n'attribue à personne, s'il n'est pas affirmé comme établi.
# en-US 702975f5
fact-hedge-own = ({ $confidence })
# Affiché après un fait révisé depuis son entrée dans la base.
# en-US e5613187
fact-updated = (mis à jour le { $date })

# Un document dont les faits sont tirés, tel que le pied de page le nomme.
# en-US 70f3a682
source-document = « { $title } » ({ $section ->
        [none] {""}
       *[other] rubrique { $section }, {""}
    }en { $language ->
        [fr] français
        [en] anglais
       *[other] { $language }
    })
# À qui l'article attribue une affirmation : le nom, tel que le pied de page le liste, et
# `.cited`, tel qu'une précaution le cite (il reçoit `$confidence`, pour l'accord).
# en-US bf37f437
source-south-korean-sources = sources sud-coréennes
    .cited = selon des sources sud-coréennes
# en-US 1786a044
source-seoul = Séoul
    .cited = { $confidence ->
        [alleged] relayée par Séoul
       *[other] relayé par Séoul
    }

## Mois : pour afficher les dates et lire ce que tapent les utilisateurs.

# en-US a03fdb2c
month-1 = janvier
# en-US df1d06b4
month-2 = février
# en-US 248c9f72
month-3 = mars
# en-US 28a3202c
month-4 = avril
# en-US 7f154281
month-5 = mai
# en-US e1d29d81
month-6 = juin
# en-US 2cbf27a1
month-7 = juillet
# en-US 83bb941b
month-8 = août
# en-US d97b8ab9
month-9 = septembre
# en-US bddbe3b0
month-10 = octobre
# en-US 9e77977e
month-11 = novembre
# en-US 4a6e70a1
month-12 = décembre

## Dates, à la précision donnée par la source.

# en-US 062b3869
when-year = { $year }
# en-US 649849cb
when-part = { $part ->
        [early] début { $year }
        [mid] mi-{ $year }
       *[late] fin { $year }
    }
# en-US afd5e6e9
when-season = { $season ->
        [spring] printemps { $year }
        [summer] été { $year }
        [autumn] automne { $year }
       *[winter] hiver { $year }
    }
# en-US f0a29d67
when-span = { $from } – { $to }
# Une période montrée sous l'un de ses mois : toute la période, dite en cours alors.
# en-US 00ca672e
when-ongoing = { $when }, en cours
# Une date dont l'article ne donne pas l'année : déduite du contexte (voir footer-inferred).
# en-US 6a6f0c31
when-inferred = { $when }†
# Un fait que l'article dit récent, sans date.
# en-US 32be7a8b
when-recent = récemment

## Les jours de la semaine, lundi en premier.

# en-US 8e606157
weekday-1 = lundi
# en-US fb75d809
weekday-2 = mardi
# en-US 070a9e52
weekday-3 = mercredi
# en-US 820d53be
weekday-4 = jeudi
# en-US 23048e50
weekday-5 = vendredi
# en-US c2c0b951
weekday-6 = samedi
# en-US 6d71cdfa
weekday-7 = dimanche

## Les permissions de salon qu'il faut pour un bulletin, telles que Discord les nomme.

# en-US 15964928
permission-view-channel = Voir le salon
# en-US 8b754125
permission-send-messages = Envoyer des messages
# en-US 6c738ea1
permission-embed-links = Intégrer des liens
# en-US ce744a92
permission-create-threads = Créer des fils publics
