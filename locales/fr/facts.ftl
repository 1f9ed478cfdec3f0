# Un message par fait de data/facts/*.toml : `fact-<id>`, la phrase que lit l'utilisateur,
# et `.title`, l'intitulé court de la vue d'ensemble. Les variables sont les `values` du fait.
# Garder les précautions de l'article (« selon », « soupçons », « possible ») et n'en dire pas plus que lui.
# Une révision demande `revision-<id>-<date>` et un retrait `withdrawal-<id>` : pourquoi, en une phrase.

## Militaire

# en-US 8c0f37aa
fact-mutual-defence-pact = Moscou et Pyongyang ont conclu un traité de défense mutuelle lors d'une visite officielle dans la capitale nord-coréenne, un tournant pour les relations bilatérales.
    .title = Pacte de défense mutuelle
# en-US cba9dbf9
fact-troops-to-kursk = La Corée du Nord a envoyé { $troops ->
        [thousands] des milliers de soldats
       *[other] { $troops } soldats
    } épauler la Russie dans sa guerre en Ukraine ; ils ont notamment été engagés dans la région de Koursk, où ils ont joué un rôle déterminant pour refouler les unités ukrainiennes entrées sur le sol russe. En envoyant ses propres soldats au combat, Pyongyang montre jusqu'où va son engagement aux côtés de Moscou.
    .title = Des soldats envoyés, notamment vers Koursk
# en-US fe6e7bb3
fact-kursk-casualties = Selon des sources sud-coréennes, ces combats auraient coûté la vie à environ { $killed } soldats nord-coréens, et { $wounded ->
        [thousands] des milliers d'autres
       *[other] { $wounded } autres
    } auraient été blessés.
    .title = Pertes autour de Koursk
# en-US 82f47b7a
fact-arms-and-munitions = Pyongyang livre armes et munitions à la Russie et alimente ainsi l'effort de guerre de Moscou en Ukraine.
    .title = Livraisons d'armes et de munitions
# en-US 3735a2ac
fact-technology-transfer-suspected = En contrepartie, la Russie pourrait céder au Nord des technologies militaires sensibles : ce ne sont que des soupçons, relayés par Séoul et encore à confirmer ; s'ils se vérifiaient, l'équilibre stratégique de l'Asie de l'Est pourrait en être bouleversé.
    .title = Possible transfert de technologies, soupçonné

## Diplomatie

# en-US 7e3165f3
fact-frequent-high-level-visits = Depuis plus d'un an, les hauts responsables des deux pays se rencontrent de plus en plus souvent.
    .title = Visites de haut niveau fréquentes
# en-US 64a98d8f
fact-foreign-minister-visit = Le chef de la diplomatie russe s'est rendu à Pyongyang, où Kim Jong Un a de nouveau promis à la Russie un soutien sans condition.
    .title = Le ministre des Affaires étrangères à Pyongyang
# en-US bd16519a
fact-duma-chairman-visit = Le président de la Douma, chambre basse du Parlement russe, s'est rendu en Corée du Nord.
    .title = Visite du président de la Douma
# en-US ce5c7bc6
fact-beijing-summit-parade = À Pékin, un sommet à trois a réuni autour du président chinois les chefs russe et nord-coréen, côte à côte lors d'un grand défilé militaire suivi dans le monde entier ; l'image a souligné la convergence de leurs intérêts.
    .title = Sommet à trois et défilé à Pékin
# en-US 114d1826
fact-party-anniversary-parade = Un haut responsable russe a assisté au défilé de Pyongyang pour le { $anniversary }e anniversaire du parti qui dirige la Corée du Nord.
    .title = Défilé pour l'anniversaire du parti

## Économie

# en-US 98aa22d1
fact-economic-ties-growing = Les liens économiques entre les deux pays prennent eux aussi de l'ampleur, même si la coopération militaire et diplomatique retient davantage l'attention.
    .title = Des liens économiques qui se développent
# en-US 6dd8feed
fact-first-moscow-pyongyang-flight = Un vol commercial parti de Moscou s'est posé à Pyongyang, une liaison sans précédent depuis des décennies.
    .title = Premier vol commercial Moscou–Pyongyang depuis des décennies
# en-US ef4962bc
fact-road-bridge-construction = Le chantier d'un pont routier reliant les deux pays a commencé ; destiné à faciliter le commerce transfrontalier, l'ouvrage pourrait, une fois terminé, devenir un axe stratégique de leurs échanges.
    .title = Un pont routier en chantier
# en-US 3e0f7552
fact-shared-land-border = Les deux pays ne partagent qu'une frontière terrestre de { $border_km } km, en Extrême-Orient, une proximité qu'ils entendent désormais mettre à profit.
    .title = Une frontière de { $border_km } km

## Culture

# en-US 39968c94
fact-moscow-painting-exhibition = À Moscou, une exposition a célébré l'alliance en peinture : soldats russes et nord-coréens au combat côte à côte, portraits de Kim Jong Un, scènes du quotidien nord-coréen comme la préparation du kimchi.
    .title = Exposition de peintures à Moscou
# en-US fc172b1b
fact-culture-builds-unity = En mettant en avant des symboles communs, ces initiatives cherchent à souder les deux peuples et à rendre l'alliance légitime aux yeux de leurs populations.
    .title = La culture au service de l'unité

## Perspectives et risques

# en-US 5ddd4241
fact-russia-gains-reliable-ally = Pour la Russie, ce partenariat offre un allié sur lequel compter alors que ses relations avec l'Occident restent tendues.
    .title = Russie : un allié sur lequel compter
# en-US 029e0d66
fact-north-korea-gains = La Corée du Nord tire de ce rapprochement des gains militaires et économiques, et une visibilité internationale accrue.
    .title = Corée du Nord : gains et visibilité
# en-US acd7411f
fact-risk-regional-reactions = Risque : les soupçons de transferts de technologies pourraient susciter de vives réactions chez les puissances de la région, à commencer par la Corée du Sud et le Japon.
    .title = Risque : réactions de la Corée du Sud et du Japon
# en-US 52c31221
fact-risk-isolation = Risque : en s'engageant militairement en Ukraine, la Corée du Nord pourrait avoir plus de mal à nouer de meilleures relations avec d'autres pays.
    .title = Risque : des relations plus difficiles ailleurs
# en-US 17327c1a
fact-major-development = Militaire, diplomatique, économique et culturelle à la fois, l'alliance s'affirme comme un fait géopolitique de premier plan, susceptible de redessiner les équilibres régionaux et mondiaux ; reste à voir comment elle résistera aux pressions internationales et aux difficultés internes.
    .title = Un fait majeur, à l'issue encore ouverte
