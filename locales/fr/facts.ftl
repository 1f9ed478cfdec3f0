# Un message par fait de data/facts/*.toml : `fact-<id>`, la phrase que lit l'utilisateur,
# et `.title`, l'intitulé court de la vue d'ensemble. Les variables sont les `values` du fait.
# Garder les précautions de la source : « selon », « soupçons », « allégations ».

## Militaire

fact-mutual-defence-pact = Moscou et Pyongyang ont conclu un traité de défense mutuelle lors d'une visite officielle dans la capitale nord-coréenne, faisant de leur rapprochement une alliance en bonne et due forme.
    .title = Pacte de défense mutuelle
fact-troops-to-kursk = La Corée du Nord a dépêché { $troops ->
        [thousands] des milliers de soldats
       *[other] { $troops } soldats
    } dans la région russe de Koursk, où ils ont aidé à refouler les unités ukrainiennes entrées sur le sol russe.
    .title = Des soldats envoyés dans la région de Koursk
fact-kursk-casualties = Selon des sources sud-coréennes, les combats de Koursk auraient coûté la vie à environ { $killed } soldats nord-coréens, et { $wounded ->
        [thousands] des milliers d'autres
       *[other] { $wounded } autres
    } auraient été blessés.
    .title = Pertes autour de Koursk
fact-arms-and-munitions = Pyongyang livre armes et munitions à la Russie et alimente ainsi l'effort de guerre de Moscou en Ukraine.
    .title = Livraisons d'armes et de munitions
fact-technology-transfer-suspected = En contrepartie, Séoul soupçonne la Russie de transmettre au Nord des technologies militaires sensibles ; ces allégations restent à confirmer et, si elles se vérifiaient, pourraient modifier l'équilibre militaire en Asie de l'Est.
    .title = Transfert de technologies soupçonné

## Diplomatie

fact-frequent-high-level-visits = Depuis plus d'un an, les hauts responsables des deux pays se rencontrent de plus en plus souvent.
    .title = Visites de haut niveau fréquentes
fact-foreign-minister-visit = Le chef de la diplomatie russe s'est rendu à Pyongyang, où Kim Jong Un a de nouveau promis à la Russie un soutien sans condition.
    .title = Le ministre des Affaires étrangères à Pyongyang
fact-duma-chairman-visit = Le président de la Douma, la chambre basse du Parlement russe, est venu en Corée du Nord.
    .title = Visite du président de la Douma
fact-beijing-summit-parade = À Pékin, un sommet a réuni le chef de l'État russe et le dirigeant nord-coréen, qui ont assisté ensemble, près du président chinois, à un vaste défilé militaire suivi dans le monde entier.
    .title = Sommet et défilé à Pékin
fact-party-anniversary-parade = Un haut responsable russe a assisté au défilé de Pyongyang pour le { $anniversary }e anniversaire du parti au pouvoir en Corée du Nord.
    .title = Défilé pour l'anniversaire du parti

## Économie

fact-first-moscow-pyongyang-flight = Un vol commercial parti de Moscou s'est posé à Pyongyang, une liaison sans précédent depuis des décennies.
    .title = Premier vol Moscou–Pyongyang depuis des décennies
fact-road-bridge-construction = Le chantier d'un pont routier entre les deux pays a commencé ; l'ouvrage doit faciliter le commerce transfrontalier.
    .title = Un pont routier en chantier
fact-shared-land-border = Les deux pays ne partagent qu'une frontière terrestre de { $border_km } km, en Extrême-Orient, une proximité qu'ils entendent désormais mettre à profit.
    .title = Une frontière de { $border_km } km

## Culture

fact-moscow-painting-exhibition = À Moscou, une exposition a célébré l'alliance en peinture : soldats russes et nord-coréens au combat côte à côte, portraits de Kim Jong Un, scènes du quotidien nord-coréen comme la préparation du kimchi.
    .title = Exposition de peintures à Moscou

## Perspectives et risques

fact-russia-gains-reliable-ally = Pour la Russie, ce partenariat offre un allié sur lequel compter alors que ses relations avec l'Occident restent tendues.
    .title = Russie : un allié sur lequel compter
fact-north-korea-gains = Pour la Corée du Nord, il apporte des gains militaires et économiques ainsi qu'une visibilité internationale accrue.
    .title = Corée du Nord : gains et visibilité
fact-risk-regional-reactions = Risque : les soupçons de transferts de technologies pourraient susciter de vives réactions chez les puissances de la région, à commencer par la Corée du Sud et le Japon.
    .title = Risque : réactions de la Corée du Sud et du Japon
fact-risk-isolation = Risque : son engagement dans la guerre en Ukraine risque de rendre plus difficile tout rapprochement de Pyongyang avec d'autres pays.
    .title = Risque : des relations plus difficiles ailleurs
