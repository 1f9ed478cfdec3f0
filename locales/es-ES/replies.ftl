# El marco de cada respuesta: títulos, frases iniciales, pies y botones de página.

# en-US 89e8552d
reply-overview-title = La alianza entre Rusia y Corea del Norte, de un vistazo
# en-US b200dc12
reply-overview-lead = Desde 2024, ambos países han estrechado sus lazos en varios frentes a la vez; a continuación, las acciones clave de cada ámbito.
# en-US 60a2090c
reply-overview-hint = Para más detalles, escribe /{ cmd-alliance } seguido de: { $subcommands }.

# en-US 7bfb9791
reply-timeline-title = Cronología de la alianza
# en-US 235991c9
reply-timeline-lead = { $count ->
        [one] Un acontecimiento fechado, del más antiguo al más reciente.
       *[other] { $count } acontecimientos fechados, del más antiguo al más reciente.
    }
# Hechos que el artículo califica de recientes, sin fecha: van tras los fechados, fuera del orden cronológico.
# en-US 93f14d94
reply-timeline-undated = { $count ->
        [one] Hay además uno reciente sin fecha: va al final, fuera del orden cronológico.
       *[other] Hay además { $count } recientes sin fecha: van al final, fuera del orden cronológico.
    }

# `$month` llega como «julio de 2025» (CLDR): «en julio de 2025» se lee con naturalidad.
# en-US 81f27553
reply-month-title = La alianza en { $month }
# en-US 56469182
reply-month-lead = { $count ->
        [one] Un acontecimiento en { $month }.
       *[other] { $count } acontecimientos en { $month }.
    }
# en-US 2eb761b1
reply-month-empty = No hay ningún acontecimiento registrado en { $month }.
# El lector dio un mes sin año: el año elegido, y por qué.
# en-US b732ff71
reply-month-year-assumed = No has indicado el año, así que se muestra { $year }: el último año con acontecimientos en ese mes.
# Hechos fechados solo en un periodo más largo que incluye el mes: aparte, con ese periodo, y sin contarlos.
# en-US e9e00134
reply-month-ongoing = Sin fecha concreta en { $month }, pero en curso durante un periodo más amplio que lo incluye:
# en-US 5aafd3fc
reply-month-available = Meses con acontecimientos: { $months }.

# El documento del que proceden los hechos de la respuesta y, después, a quién atribuye algunos.
# en-US 9b3feee7
footer-sources = Fuente: { $documents }
# en-US 5c51aa5a
footer-attributions = Afirmaciones que el artículo atribuye a: { $attributions }
# Una vez por respuesta que muestra una fecha marcada con † (when-inferred).
# en-US f51bd4e9
footer-inferred = † El artículo da el mes pero no el año; el año se deduce del contexto.
# El último día en que cambió la base de datos (un hecho añadido, revisado o retirado).
# en-US 4ec27132
footer-updated = Datos actualizados a { $date }
# en-US eeccb87c
footer-page = Página { $page } de { $pages }

# en-US 1bf9d747
button-previous = Anterior
# en-US 01aa3b64
button-next = Siguiente

# Formato de texto plano de la línea de comandos: el nombre de un campo antes de sus líneas.
# en-US 1c60386a
plain-field = { $name }:

## /idioma

# en-US e41b4d4d
language-set = Las respuestas en este servidor estarán ahora en { $language ->
        [en-US] inglés
        [fr] francés
        [de] alemán
        [es-ES] español
        [ru] ruso
        [uk] ucraniano
        [ko] coreano
        [ja] japonés
       *[other] { $name }
    }. Discord indica { $locale } como idioma de este servidor: fuera de los servidores de Comunidad siempre es en-US, y por eso existe /{ cmd-language }.
# en-US 252aeeae
language-set-auto = Las respuestas en este servidor siguen ahora su idioma de Discord, que actualmente es { $locale }. Fuera de los servidores de Comunidad, Discord indica siempre en-US; elige un idioma con /{ cmd-language } para cambiarlo.

## La imagen de la cronología (/alianza cronología): su leyenda, sus notas y su texto alternativo.

# en-US 88583fa7
timeline-legend-hedged = hueco: con reservas (información atribuida, acusación o valoración)
# en-US da9a9dc2
timeline-legend-span = barra: a lo largo de un periodo
# en-US 9a17c033
timeline-legend-rough = barra clara: fechado solo por año, parte del año o estación
# La columna de hechos que el artículo califica de recientes sin fecharlos: fuera del eje temporal.
# en-US 49210f81
timeline-undated = reciente, s. f.
# La fila de un hecho que el artículo atribuye a alguien: su título y, después, a quién se lo atribuye.
# en-US b258bb48
timeline-attributed = { $title } ({ $source })
# En la imagen y en la respuesta, cuando hay más hechos que filas en la imagen.
# en-US 7f6e4202
timeline-not-drawn = La imagen muestra los { $drawn } acontecimientos más recientes; { $hidden ->
        [one] el anterior no aparece.
       *[other] los { $hidden } anteriores no aparecen.
    }
# La imagen descrita para lectores de pantalla: `$period` es del tipo «2024 – octubre de 2025».
# en-US 1250f281
timeline-alt = Gráfico de { $count ->
        [one] un acontecimiento
       *[other] { $count } acontecimientos
    } de la alianza en un eje temporal, { $period }, uno por fila, con colores según el ámbito ({ $domains }). { $hedged ->
        [0] Ninguno se presenta con reservas.
        [one] Uno se presenta con reservas y se dibuja hueco.
       *[other] { $hedged } se presentan con reservas y se dibujan huecos.
    }
# en-US 029bcbf9
layout-set-components = Las respuestas y los boletines de este servidor usan ahora el diseño actual de Discord. Los que sean demasiado largos para él siguen llegando como embeds.
# en-US e4dd16b9
layout-set-embeds = Las respuestas y los boletines de este servidor llegan ahora como embeds.
