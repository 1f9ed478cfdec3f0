# Las piezas con las que se construyen las respuestas: ámbitos, grado de certeza, fuentes, meses y fechas.

## Ámbitos: la etiqueta, el título de la respuesta y su frase inicial.

# en-US 0aaacc13
domain-military = Militar
    .title = Cooperación militar
    .lead = Del pacto de defensa a las tropas norcoreanas que combatieron en suelo ruso.
# en-US 548a20bf
domain-diplomatic = Diplomacia
    .title = Relaciones diplomáticas
    .lead = Visitas, una cumbre trilateral y dos desfiles: más de un año de lazos más estrechos y más visibles.
# en-US e1d4c6b9
domain-economic = Economía
    .title = Lazos económicos
    .lead = Lazos en auge: el primer vuelo en décadas, un puente de carretera y una frontera muy corta que ambos quieren aprovechar.
# en-US 8fccd647
domain-cultural = Cultura
    .title = Iniciativas culturales
    .lead = El arte, puesto al servicio de la alianza ante la opinión pública de ambos países.
# en-US 8a429f8d
domain-outlook = Perspectivas
    .title = Perspectivas y riesgos
    .lead = Qué gana cada parte y qué le puede costar la alianza, según el análisis del artículo.

## Grado de certeza de un hecho, y quién lo afirma.

# Cómo presenta el artículo un hecho; `confirmed` (afirmado como establecido) no se muestra.
# Las tres etiquetas visibles son sustantivos femeninos, para que concuerden con el `.cited` de Seúl.
# en-US c0569b9c
confidence-confirmed = confirmado
# en-US 113a6cf5
confidence-reported = información atribuida
# en-US e4408800
confidence-alleged = acusación sin confirmar
# en-US 516f3f91
confidence-assessment = valoración del propio artículo
# Tras un hecho que el artículo atribuye a alguien: `$source` es el `.cited` de esa fuente.
# Por ejemplo: «(información atribuida, según fuentes surcoreanas)».
# en-US aeca6535
fact-hedge = ({ $confidence }, { $source })
# Tras un hecho que el artículo no atribuye a nadie, cuando no lo da por establecido.
# en-US 702975f5
fact-hedge-own = ({ $confidence })
# Tras un hecho revisado desde que entró en la base de datos.
# en-US e5613187
fact-updated = (actualizado el { $date })

# Un documento del que se extraen hechos, tal como lo cita el pie.
# en-US 70f3a682
source-document = «{ $title }» ({ $section ->
        [none] {""}
       *[other] sección { $section }, {""}
    }en { $language ->
        [fr] francés
        [en] inglés
       *[other] { $language }
    })
# A quién atribuye el artículo una afirmación: el nombre, tal como lo enumera el pie, y `.cited`,
# tal como lo nombra una cautela (recibe `$confidence` para la concordancia).
# en-US bf37f437
source-south-korean-sources = fuentes surcoreanas
    .cited = según fuentes surcoreanas
# «Relayées par Séoul»: Seúl difunde las acusaciones, no se dice que sea su origen.
# en-US 1786a044
source-seoul = Seúl
    .cited = { $confidence ->
        [confirmed] difundido por Seúl
       *[other] difundida por Seúl
    }

## Meses, tal como los escriben los lectores en /alianza mes (las fechas se muestran con los patrones de CLDR).
# `.typed`: otras formas que un lector puede escribir (abreviaturas, variantes), separadas por comas.
# `month-filler`: lo que se escribe entre el mes y el año y se ignora al leerlo («julio de 2025»).

# en-US a03fdb2c
month-1 = enero
    .typed = ene
# en-US df1d06b4
month-2 = febrero
    .typed = feb
# en-US 248c9f72
month-3 = marzo
    .typed = mar
# en-US 28a3202c
month-4 = abril
    .typed = abr
# en-US 7f154281
month-5 = mayo
    .typed = may
# en-US e1d29d81
month-6 = junio
    .typed = jun
# en-US 2cbf27a1
month-7 = julio
    .typed = jul
# en-US 83bb941b
month-8 = agosto
    .typed = ago
# en-US d97b8ab9
month-9 = septiembre
    .typed = sep, sept, set, setiembre
# en-US bddbe3b0
month-10 = octubre
    .typed = oct
# en-US 9e77977e
month-11 = noviembre
    .typed = nov
# en-US 4a6e70a1
month-12 = diciembre
    .typed = dic
month-filler = de, del

## Fechas, con la precisión que da la fuente.

# en-US 062b3869
when-year = { $year }
# en-US 649849cb
when-part = { $part ->
        [early] principios de { $year }
        [mid] mediados de { $year }
       *[late] finales de { $year }
    }
# en-US afd5e6e9
when-season = { $season ->
        [spring] primavera de { $year }
        [summer] verano de { $year }
        [autumn] otoño de { $year }
       *[winter] invierno de { $year }
    }
# en-US f0a29d67
when-span = { $from } – { $to }
# Un periodo mostrado bajo uno de sus meses: el periodo completo, en curso en ese mes.
# en-US 00ca672e
when-ongoing = { $when }, en curso
# Una fecha cuyo año no da el artículo: deducido del contexto (véase footer-inferred).
# en-US 6a6f0c31
when-inferred = { $when }†
# Un hecho que el artículo califica de reciente, sin fecha.
# en-US 32be7a8b
when-recent = recientemente

## Días de la semana, empezando por el lunes, en minúscula como dentro de una frase.

# en-US 8e606157
weekday-1 = lunes
# en-US fb75d809
weekday-2 = martes
# en-US 070a9e52
weekday-3 = miércoles
# en-US 820d53be
weekday-4 = jueves
# en-US 23048e50
weekday-5 = viernes
# en-US c2c0b951
weekday-6 = sábado
# en-US 6d71cdfa
weekday-7 = domingo

## Los permisos de canal que necesita un boletín, con los nombres que usa Discord en español.

# en-US 15964928
permission-view-channel = Ver canal
# en-US 8b754125
permission-send-messages = Enviar mensajes
# en-US 6c738ea1
permission-embed-links = Insertar enlaces
# en-US ce744a92
permission-create-threads = Crear hilos públicos
