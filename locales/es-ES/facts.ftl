# Un mensaje por cada hecho de data/facts/*.toml: `fact-<id>`, la frase que lee el usuario,
# y `.title`, el rótulo breve que usa el resumen. Las variables son los `values` del hecho.
# Hay que mantener las cautelas del artículo («según», «sospechas», «posible», «podría») y no decir
# más que él: ni nombres, ni fechas, ni cifras, ni fuentes que no dé.
# Toponimia según Fundéu: Pionyang, Seúl, Pekín, Kursk; Kim Jong-un.
# Una revisión necesita `revision-<id>-<fecha>` y una retirada `withdrawal-<id>`: el motivo, en una frase.

## Militar

# en-US 8c0f37aa
fact-mutual-defence-pact = Durante una visita oficial a la capital norcoreana, Moscú y Pionyang firmaron un tratado de defensa mutua que marcó un punto de inflexión en las relaciones entre ambos países.
    .title = Pacto de defensa mutua
# «Papel clave» («rôle clé» en el artículo): no rebajarlo ni exagerarlo.
# en-US cba9dbf9
fact-troops-to-kursk = Corea del Norte envió { $troops ->
        [thousands] miles de soldados
       *[other] { $troops } soldados
    } a apoyar a Rusia en su guerra en Ucrania, en particular en la región de Kursk, donde desempeñaron un papel clave para hacer retroceder a las fuerzas ucranianas que se habían adentrado en territorio ruso. Que Pionyang mande a sus propios soldados al combate muestra hasta qué punto se ha comprometido con Moscú.
    .title = Tropas enviadas, en particular a la región de Kursk
# en-US fe6e7bb3
fact-kursk-casualties = Según fuentes surcoreanas, unos { $killed } soldados norcoreanos murieron en esos combates y { $wounded ->
        [thousands] miles más
       *[other] otros { $wounded }
    } resultaron heridos.
    .title = Bajas en torno a Kursk
# en-US 82f47b7a
fact-arms-and-munitions = Corea del Norte suministra armas y munición a Rusia, con lo que alimenta el esfuerzo bélico de Moscú en Ucrania.
    .title = Suministro de armas y munición
# Sospechas, difundidas por Seúl y sin confirmar: las tres cautelas deben verse en la frase.
# en-US 3735a2ac
fact-technology-transfer-suspected = A cambio, Rusia podría estar transfiriendo a Pionyang tecnología militar sensible: por ahora no son más que sospechas, difundidas por Seúl y aún sin confirmar; si resultaran ciertas, podrían alterar el equilibrio estratégico de Asia Oriental.
    .title = Sospechas de una posible transferencia de tecnología

## Diplomacia

# en-US 7e3165f3
fact-frequent-high-level-visits = Desde hace más de un año, los encuentros entre altos cargos de ambos países son cada vez más frecuentes.
    .title = Visitas de alto nivel frecuentes
# El artículo no da el nombre del ministro: no añadirlo.
# en-US 64a98d8f
fact-foreign-minister-visit = El ministro ruso de Asuntos Exteriores viajó a Pionyang, donde Kim Jong-un reiteró a Rusia su apoyo incondicional.
    .title = El ministro ruso de Exteriores, en Pionyang
# Tampoco da el nombre del presidente de la Duma.
# en-US bd16519a
fact-duma-chairman-visit = El presidente de la Duma, la cámara baja del Parlamento ruso, viajó a Corea del Norte.
    .title = Visita del presidente de la Duma
# en-US ce5c7bc6
fact-beijing-summit-parade = En una cumbre trilateral celebrada en Pekín, los líderes ruso y norcoreano aparecieron junto al presidente chino en un imponente desfile militar retransmitido a todo el mundo, muestra de la convergencia de intereses entre las tres potencias.
    .title = Cumbre trilateral y desfile en Pekín
# `$anniversary` = 80 → «80.º aniversario» (ordinal con punto y º, según la RAE).
# El artículo dice «el partido en el poder», sin nombrarlo: no escribir «Partido del Trabajo».
# en-US 114d1826
fact-party-anniversary-parade = Un alto cargo ruso asistió en Pionyang al desfile por el { $anniversary }.º aniversario del partido que gobierna Corea del Norte.
    .title = Desfile por el aniversario del partido gobernante

## Economía

# en-US 98aa22d1
fact-economic-ties-growing = Los lazos económicos entre ambos países también cobran impulso, aunque la cooperación militar y diplomática acapare más atención.
    .title = Lazos económicos en auge
# «Comercial»: así lo califica el artículo.
# en-US 6dd8feed
fact-first-moscow-pyongyang-flight = Un vuelo comercial procedente de Moscú aterrizó en Pionyang, la primera conexión de este tipo en décadas.
    .title = Primer vuelo comercial Moscú-Pionyang en décadas
# en-US ef4962bc
fact-road-bridge-construction = Comenzaron las obras de un puente de carretera entre ambos países, pensado para facilitar el comercio transfronterizo; una vez terminado, podría convertirse en un eje estratégico de sus intercambios bilaterales.
    .title = Un puente de carretera en obras
# en-US 3e0f7552
fact-shared-land-border = Ambos países comparten en el Extremo Oriente una frontera terrestre de solo { $border_km } km, una cercanía que ahora quieren aprovechar.
    .title = Una frontera de { $border_km } km

## Cultura

# El artículo no fecha la exposición («reciente»): no añadir fecha.
# en-US 39968c94
fact-moscow-painting-exhibition = Una exposición en Moscú rindió homenaje a la alianza a través de la pintura: soldados rusos y norcoreanos combatiendo codo con codo, retratos de Kim Jong-un y escenas cotidianas de Corea del Norte, como la preparación del kimchi.
    .title = Exposición de pintura en Moscú
# en-US fc172b1b
fact-culture-builds-unity = Al poner en valor símbolos compartidos, estas iniciativas buscan crear un sentimiento de unidad entre ambos pueblos y legitimar la alianza a ojos de sus poblaciones.
    .title = La cultura al servicio de la unidad

## Perspectivas y riesgos

# en-US 5ddd4241
fact-russia-gains-reliable-ally = Para Rusia, la asociación supone contar con un aliado fiable mientras persiste la tensión con Occidente.
    .title = Rusia: un aliado fiable
# en-US 029e0d66
fact-north-korea-gains = Corea del Norte aprovecha el acercamiento para reforzar sus capacidades militares y económicas, y de paso gana visibilidad en la escena internacional.
    .title = Corea del Norte: beneficios y visibilidad
# en-US acd7411f
fact-risk-regional-reactions = Riesgo: las sospechas de transferencia de tecnología podrían provocar reacciones enérgicas de las potencias regionales, empezando por Corea del Sur y Japón.
    .title = Riesgo: reacción de Corea del Sur y Japón
# en-US 52c31221
fact-risk-isolation = Riesgo: la implicación militar norcoreana en Ucrania podría dificultar los esfuerzos de Pionyang por mejorar sus relaciones con otros actores internacionales.
    .title = Riesgo: relaciones más difíciles con otros países
# en-US 17327c1a
fact-major-development = A la vez militar, diplomática, económica y cultural, la alianza se perfila como un fenómeno geopolítico de primer orden que podría redefinir las dinámicas regionales y mundiales; queda por ver cómo evolucionará ante las presiones internacionales y los desafíos internos.
    .title = Un fenómeno de primer orden, de desenlace abierto
