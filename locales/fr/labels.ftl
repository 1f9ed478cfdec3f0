# Les briques des réponses : domaines, degré de certitude, sources, mois et dates.

## Domaines : l'intitulé, le titre de la réponse et sa phrase d'ouverture.

domain-military = Militaire
    .title = Coopération militaire
    .lead = D'un pacte de défense signé à des soldats nord-coréens au combat sur le sol russe.
domain-diplomatic = Diplomatie
    .title = Échanges diplomatiques
    .lead = Des visites, un sommet à trois et deux défilés : plus d'un an de liens resserrés et affichés.
domain-economic = Économie
    .title = Liens économiques
    .lead = Des liens qui se développent : un premier vol depuis des décennies, un pont routier, une frontière très courte mise à profit.
domain-cultural = Culture
    .title = Initiatives culturelles
    .lead = L'art mis au service de l'alliance, auprès des deux opinions publiques.
domain-outlook = Perspectives
    .title = Perspectives et risques
    .lead = Ce que chacun y gagne et ce que l'alliance pourrait lui coûter, selon l'analyse de l'article.

## Degré de certitude d'un fait, et qui l'affirme.

# Comment l'article présente un fait ; `confirmed` (affirmé comme établi) ne s'affiche pas.
confidence-confirmed = affirmé
confidence-reported = rapporté
confidence-alleged = allégation non confirmée
confidence-assessment = analyse propre à l'article
# Affiché après un fait que l'article attribue à quelqu'un : `$source` est le `.cited` de cette source.
fact-hedge = ({ $confidence }, { $source })
# Affiché après un fait que l'article n'attribue à personne, s'il n'est pas affirmé comme établi.
fact-hedge-own = ({ $confidence })
# Affiché après un fait révisé depuis son entrée dans la base.
fact-updated = (mis à jour le { $date })

# Un document dont les faits sont tirés, tel que le pied de page le nomme.
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
source-south-korean-sources = sources sud-coréennes
    .cited = selon des sources sud-coréennes
source-seoul = Séoul
    .cited = { $confidence ->
        [alleged] relayée par Séoul
       *[other] relayé par Séoul
    }

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
# Une période montrée sous l'un de ses mois : toute la période, dite en cours alors.
when-ongoing = { $when }, en cours
# Une date dont l'article ne donne pas l'année : déduite du contexte (voir footer-inferred).
when-inferred = { $when }†
# Un fait que l'article dit récent, sans date.
when-recent = récemment

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
permission-create-threads = Créer des fils publics
