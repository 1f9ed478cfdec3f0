# Las piezas con las que se construyen las respuestas: ámbitos, grado de certeza, fuentes, meses y fechas.

## Ámbitos: la etiqueta, el título de la respuesta y su frase inicial.

domain-military = Militar
    .title = Cooperación militar
    .lead = Del pacto de defensa a las tropas norcoreanas que combatieron en suelo ruso.
domain-diplomatic = Diplomacia
    .title = Relaciones diplomáticas
    .lead = Visitas, una cumbre trilateral y dos desfiles: más de un año de lazos más estrechos y más visibles.
domain-economic = Economía
    .title = Lazos económicos
    .lead = Lazos en auge: el primer vuelo en décadas, un puente de carretera y una frontera muy corta que ambos quieren aprovechar.
domain-cultural = Cultura
    .title = Iniciativas culturales
    .lead = El arte, puesto al servicio de la alianza ante la opinión pública de ambos países.
domain-outlook = Perspectivas
    .title = Perspectivas y riesgos
    .lead = Qué gana cada parte y qué le puede costar la alianza, según el análisis del artículo.

## Grado de certeza de un hecho, y quién lo afirma.

# Cómo presenta el artículo un hecho; `confirmed` (afirmado como establecido) no se muestra.
# Las tres etiquetas visibles son sustantivos femeninos, para que concuerden con el `.cited` de Seúl.
confidence-confirmed = confirmado
confidence-reported = información atribuida
confidence-alleged = acusación sin confirmar
confidence-assessment = valoración del propio artículo
# Tras un hecho que el artículo atribuye a alguien: `$source` es el `.cited` de esa fuente.
# Por ejemplo: «(información atribuida, según fuentes surcoreanas)».
fact-hedge = ({ $confidence }, { $source })
# Tras un hecho que el artículo no atribuye a nadie, cuando no lo da por establecido.
fact-hedge-own = ({ $confidence })
# Tras un hecho revisado desde que entró en la base de datos.
fact-updated = (actualizado el { $date })

# Un documento del que se extraen hechos, tal como lo cita el pie.
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
source-south-korean-sources = fuentes surcoreanas
    .cited = según fuentes surcoreanas
# «Relayées par Séoul»: Seúl difunde las acusaciones, no se dice que sea su origen.
source-seoul = Seúl
    .cited = { $confidence ->
        [confirmed] difundido por Seúl
       *[other] difundida por Seúl
    }

## Meses, tal como los escriben los lectores en /alianza mes (las fechas se muestran con los patrones de CLDR).
# `.typed`: otras formas que un lector puede escribir (abreviaturas, variantes), separadas por comas.
# `month-filler`: lo que se escribe entre el mes y el año y se ignora al leerlo («julio de 2025»).

month-1 = enero
    .typed = ene
month-2 = febrero
    .typed = feb
month-3 = marzo
    .typed = mar
month-4 = abril
    .typed = abr
month-5 = mayo
    .typed = may
month-6 = junio
    .typed = jun
month-7 = julio
    .typed = jul
month-8 = agosto
    .typed = ago
month-9 = septiembre
    .typed = sep, sept, set, setiembre
month-10 = octubre
    .typed = oct
month-11 = noviembre
    .typed = nov
month-12 = diciembre
    .typed = dic
month-filler = de, del

## Fechas, con la precisión que da la fuente.

when-year = { $year }
when-part = { $part ->
        [early] principios de { $year }
        [mid] mediados de { $year }
       *[late] finales de { $year }
    }
when-season = { $season ->
        [spring] primavera de { $year }
        [summer] verano de { $year }
        [autumn] otoño de { $year }
       *[winter] invierno de { $year }
    }
when-span = { $from } – { $to }
# Un periodo mostrado bajo uno de sus meses: el periodo completo, en curso en ese mes.
when-ongoing = { $when }, en curso
# Una fecha cuyo año no da el artículo: deducido del contexto (véase footer-inferred).
when-inferred = { $when }†
# Un hecho que el artículo califica de reciente, sin fecha.
when-recent = recientemente

## Días de la semana, empezando por el lunes, en minúscula como dentro de una frase.

weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo

## Los permisos de canal que necesita un boletín, con los nombres que usa Discord en español.

permission-view-channel = Ver canal
permission-send-messages = Enviar mensajes
permission-embed-links = Insertar enlaces
permission-create-threads = Crear hilos públicos
