# Boletines periódicos: las publicaciones y las respuestas de /boletín.
# Se trata al usuario de «tú», como hace Discord en español.

## Un boletín posterior: lo que la base de datos ha incorporado desde el anterior.

reply-news-title = Novedades de la alianza
# `$since` llega como fecha larga de CLDR («24 de noviembre de 2026»): de ahí «desde el».
reply-news-lead = { $count ->
        [one] Un hecho añadido desde el { $since }, por ámbito.
       *[other] { $count } hechos añadidos desde el { $since }, por ámbito.
    }
reply-corrections-lead = { $count ->
        [one] Un hecho que ya recogió un boletín anterior ha cambiado desde entonces: consulta la rectificación más abajo.
       *[other] { $count } hechos que ya recogieron boletines anteriores han cambiado desde entonces: consulta las rectificaciones más abajo.
    }

## Rectificaciones: un hecho que recogió un boletín anterior y que después se revisó o se retiró.

correction-heading = Rectificación
correction-revised = revisado: { $note }
correction-withdrawn = retirado: { $note }
# Una cifra que ha cambiado: del valor que dio el boletín anterior al actual.
correction-figure = { $from } → { $to }

## /boletín

# «cada { $weekday }» y no «todos los…»: «sábado» y «domingo» tendrían que ir en plural.
digest-cadence = { $frequency ->
        [daily] todos los días a las { $time }
        [weekly] cada { $weekday } a las { $time }
       *[monthly] el día { $day } de cada mes a las { $time }
    } ({ $zone })
# Por ejemplo: «lunes, 1 de julio de 2026, a las 08:00 (Europe/Paris)».
digest-when = { $weekday }, { $date }, a las { $time } ({ $zone })
digest-subscribed = Hecho: se publicará un boletín en { $channel } { $cadence }. El próximo: { $next }, es decir, { $timestamp } en tu hora local. El primer boletín es un resumen general; cada uno de los siguientes trae las novedades desde el anterior.
digest-replaced = Esta programación sustituye a la que tenía el canal.
digest-unsubscribed = El boletín de { $channel } se ha detenido: ya no se publicará nada más.
digest-none = Este servidor no tiene ningún boletín. Crea uno con /{ cmd-digest } { cmd-digest-subscribe }.
digest-status = Boletín en { $channel }, { $cadence }.
digest-status-next = El próximo: { $next }, es decir, { $timestamp } en tu hora local.
# `$missing`: uno o varios nombres de permisos, separados por comas.
digest-status-paused = En pausa: { $reason ->
        [forbidden] ya no tengo permiso para publicar en { $channel }.
        [missing] me faltan permisos en { $channel }: { $missing }.
       *[gone] { $channel } ya no existe.
    } Dame los permisos Ver canal, Enviar mensajes e Insertar enlaces en un canal y vuelve a ejecutar /{ cmd-digest } { cmd-digest-subscribe }.
digest-status-never = Todavía no se ha enviado ningún boletín: el primero será un resumen general.
digest-status-last = Último envío: { $timestamp }, { $outcome }
digest-outcome-posted = publicado.
digest-outcome-nothing-new = no había novedades desde el boletín anterior, así que no se publicó nada.
digest-outcome-failed = Discord no aceptó la publicación ({ $status ->
        [0] sin respuesta
       *[other] error { $status }
    }); se volverá a intentar.
digest-outcome-paused = publicación detenida.
digest-outcome-posted-link = publicado: { $link }
digest-outcome-paused-because = publicación detenida: { $reason ->
        [forbidden] he perdido un permiso que necesito en { $channel }.
        [missing] me faltan permisos en { $channel }: { $missing }.
       *[gone] { $channel } ya no existe.
    }
digest-none-here = No se publica ningún boletín en { $channel }. Crea uno con /{ cmd-digest } { cmd-digest-subscribe }.
digest-topics-all = Temas: todos los ámbitos.
digest-topics = Temas: { $topics }.
digest-role = Cada boletín menciona a { $role }, y a nadie más.
digest-publish = Cada boletín se publica en los servidores que siguen el canal.
digest-thread = En cada boletín se abre un hilo para comentarlo.
digest-forum = Cada boletín es una nueva publicación del foro.
digest-note-publish-refused = Discord no lo publicó en los servidores que siguen el canal ({ $status ->
        [0] sin respuesta
       *[other] error { $status }
    }); el boletín en sí sigue publicado.
digest-note-thread-refused = Discord no abrió su hilo ({ $status ->
        [0] sin respuesta
       *[other] error { $status }
    }); el boletín en sí sigue publicado.
digest-history = { $count ->
        [0] Todavía no se ha enviado ningún boletín en { $channel }.
        [one] El último envío en { $channel }:
       *[other] Los últimos { $count } envíos en { $channel }, del más reciente al más antiguo:
    }
digest-history-run = { $timestamp }: { $outcome }
digest-preview-which = Este servidor tiene varios boletines: indica cuál con la opción { cmd-digest-preview-channel }.
digest-paused-notice = El boletín de { $channel } está en pausa: { $reason ->
        [forbidden] he perdido un permiso que necesito allí.
        [missing] me faltan permisos allí: { $missing }.
       *[gone] el canal ya no existe.
    } Un administrador puede reanudarlo con /{ cmd-digest } { cmd-digest-subscribe }.
# El hilo o la publicación de foro de un boletín: su título y su fecha.
digest-thread-name = { $title } – { $date }
digest-preview = Esto es lo que publicaría el próximo boletín en { $channel }, { $next }:
digest-preview-empty = No hay novedades desde el último boletín: el próximo envío no publicaría nada.
