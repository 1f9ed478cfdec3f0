# Les briques des réponses : domaines, degré de certitude, sources, mois et dates.

## Domaines : l'intitulé, le titre de la réponse et sa phrase d'ouverture.

domain-military = Militaire
    .title = Coopération militaire
    .lead = D'un pacte de défense signé à des soldats nord-coréens au combat sur le sol russe.
domain-diplomatic = Diplomatie
    .title = Échanges diplomatiques
    .lead = Des visites, un sommet et deux défilés : une année de liens plus étroits et plus visibles.
domain-economic = Économie
    .title = Liens économiques
    .lead = Peu de volume, beaucoup de symboles : de nouvelles liaisons de part et d'autre d'une frontière très courte.
domain-cultural = Culture
    .title = Initiatives culturelles
    .lead = L'art mis au service de l'alliance, auprès des deux opinions publiques.
domain-outlook = Perspectives
    .title = Perspectives et risques
    .lead = Ce que chacun y gagne, et ce que l'alliance pourrait lui coûter.

## Degré de certitude d'un fait, et qui l'affirme.

confidence-confirmed = confirmé
confidence-reported = rapporté
confidence-alleged = allégation non confirmée
# Affiché après un fait non confirmé.
fact-hedge = ({ $confidence }, selon { $source })

# Le nom, tel qu'il figure en pied de page, et `.cited`, tel qu'il se lit après « selon ».
source-official = déclarations officielles
    .cited = les déclarations officielles
source-south-korean-sources = sources sud-coréennes
    .cited = des sources sud-coréennes
source-seoul = Séoul
    .cited = Séoul
source-press = presse internationale
    .cited = la presse internationale
source-public-record = données publiques
    .cited = les données publiques
source-analysts = analystes
    .cited = les analystes

## Mois : pour afficher les dates et lire ce que tapent les utilisateurs.

month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Dates, à la précision donnée par la source.

when-year = { $year }
when-month = { $month } { $year }
when-part = { $part ->
        [early] début { $year }
        [mid] mi-{ $year }
       *[late] fin { $year }
    }
when-season = { $season ->
        [spring] printemps { $year }
        [summer] été { $year }
        [autumn] automne { $year }
       *[winter] hiver { $year }
    }
when-span = { $from } – { $to }
# Une date complète, comme celle de la dernière mise à jour.
date-day = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month } { $year }

## Les jours de la semaine, lundi en premier.

weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche

## Les permissions de salon qu'il faut pour un bulletin, telles que Discord les nomme.

permission-view-channel = Voir le salon
permission-send-messages = Envoyer des messages
permission-embed-links = Intégrer des liens
