# Boletines periódicos: las publicaciones y las respuestas de /boletín.
# Se trata al usuario de «tú», como hace Discord en español.

## Un boletín posterior: lo que la base de datos ha incorporado desde el anterior.

# en-US 18463372
reply-news-title = Novedades de la alianza
# `$since` llega como fecha larga de CLDR («24 de noviembre de 2026»): de ahí «desde el».
# en-US 56ba5e66
reply-news-lead = { $count ->
        [one] Un hecho añadido desde el { $since }, por ámbito.
       *[other] { $count } hechos añadidos desde el { $since }, por ámbito.
    }
# en-US 5b4811c7
reply-corrections-lead = { $count ->
        [one] Un hecho que ya recogió un boletín anterior ha cambiado desde entonces: consulta la rectificación más abajo.
       *[other] { $count } hechos que ya recogieron boletines anteriores han cambiado desde entonces: consulta las rectificaciones más abajo.
    }

## Rectificaciones: un hecho que recogió un boletín anterior y que después se revisó o se retiró.

# en-US be7b1caf
correction-heading = Rectificación
# en-US 29495e1b
correction-revised = revisado: { $note }
# en-US 6f749b3d
correction-withdrawn = retirado: { $note }
# Una cifra que ha cambiado: del valor que dio el boletín anterior al actual.
# en-US 0480c346
correction-figure = { $from } → { $to }

## /boletín

# «cada { $weekday }» y no «todos los…»: «sábado» y «domingo» tendrían que ir en plural.
# en-US 76b4bcf0
digest-cadence = { $frequency ->
        [daily] todos los días a las { $time }
        [weekly] cada { $weekday } a las { $time }
       *[monthly] el día { $day } de cada mes a las { $time }
    } ({ $zone })
# Por ejemplo: «lunes, 1 de julio de 2026, a las 08:00 (Europe/Paris)».
# en-US 307f6036
digest-when = { $weekday }, { $date }, a las { $time } ({ $zone })
# en-US 1a8d247d
digest-subscribed = Hecho: se publicará un boletín en { $channel } { $cadence }. El próximo: { $next }, es decir, { $timestamp } en tu hora local. El primer boletín es un resumen general; cada uno de los siguientes trae las novedades desde el anterior.
# en-US a8ab0853
digest-replaced = Esta programación sustituye a la que tenía el canal.
# en-US de8f18b3
digest-unsubscribed = El boletín de { $channel } se ha detenido: ya no se publicará nada más.
# en-US 7e6de680
digest-none = Este servidor no tiene ningún boletín. Crea uno con /{ cmd-digest } { cmd-digest-subscribe }.
# en-US 7785ad7d
digest-status = Boletín en { $channel }, { $cadence }.
# en-US 3c5a6a50
digest-status-next = El próximo: { $next }, es decir, { $timestamp } en tu hora local.
# `$missing`: uno o varios nombres de permisos, separados por comas.
# en-US 7f9c1beb
digest-status-paused = En pausa: { $reason ->
        [forbidden] ya no tengo permiso para publicar en { $channel }.
        [missing] me faltan permisos en { $channel }: { $missing }.
       *[gone] { $channel } ya no existe.
    } Dame los permisos Ver canal, Enviar mensajes e Insertar enlaces en un canal y vuelve a ejecutar /{ cmd-digest } { cmd-digest-subscribe }.
# en-US 515496bc
digest-status-never = Todavía no se ha enviado ningún boletín: el primero será un resumen general.
# en-US 69ed4068
digest-status-last = Último envío: { $timestamp }, { $outcome }
# en-US 56c3e444
digest-outcome-posted = publicado.
# en-US 2996a88f
digest-outcome-nothing-new = no había novedades desde el boletín anterior, así que no se publicó nada.
# en-US 95b94e35
digest-outcome-failed = Discord no aceptó la publicación ({ $status ->
        [0] sin respuesta
       *[other] error { $status }
    }); se volverá a intentar.
# en-US 8931a149
digest-outcome-paused = publicación detenida.
# en-US 3af3442c
digest-outcome-posted-link = publicado: { $link }
# en-US 80c221d6
digest-outcome-paused-because = publicación detenida: { $reason ->
        [forbidden] he perdido un permiso que necesito en { $channel }.
        [missing] me faltan permisos en { $channel }: { $missing }.
       *[gone] { $channel } ya no existe.
    }
# en-US 7fe113f6
digest-none-here = No se publica ningún boletín en { $channel }. Crea uno con /{ cmd-digest } { cmd-digest-subscribe }.
# en-US e4d65a0f
digest-topics-all = Temas: todos los ámbitos.
# en-US a5649b98
digest-topics = Temas: { $topics }.
# en-US 09ece1d4
digest-role = Cada boletín menciona a { $role }, y a nadie más.
# en-US cdd3a285
digest-publish = Cada boletín se publica en los servidores que siguen el canal.
# en-US bb981e45
digest-thread = En cada boletín se abre un hilo para comentarlo.
# en-US 3c18b8fe
digest-forum = Cada boletín es una nueva publicación del foro.
# en-US 75348aba
digest-note-publish-refused = Discord no lo publicó en los servidores que siguen el canal ({ $status ->
        [0] sin respuesta
       *[other] error { $status }
    }); el boletín en sí sigue publicado.
# en-US 176e276d
digest-note-thread-refused = Discord no abrió su hilo ({ $status ->
        [0] sin respuesta
       *[other] error { $status }
    }); el boletín en sí sigue publicado.
# en-US afd632ae
digest-history = { $count ->
        [0] Todavía no se ha enviado ningún boletín en { $channel }.
        [one] El último envío en { $channel }:
       *[other] Los últimos { $count } envíos en { $channel }, del más reciente al más antiguo:
    }
# en-US f8855872
digest-history-run = { $timestamp }: { $outcome }
# en-US 6f980f05
digest-preview-which = Este servidor tiene varios boletines: indica cuál con la opción { cmd-digest-preview-channel }.
# en-US 5392be41
digest-paused-notice = El boletín de { $channel } está en pausa: { $reason ->
        [forbidden] he perdido un permiso que necesito allí.
        [missing] me faltan permisos allí: { $missing }.
       *[gone] el canal ya no existe.
    } Un administrador puede reanudarlo con /{ cmd-digest } { cmd-digest-subscribe }.
# El hilo o la publicación de foro de un boletín: su título y su fecha.
# en-US 5b034efe
digest-thread-name = { $title } – { $date }
# en-US 0f94e3d7
digest-preview = Esto es lo que publicaría el próximo boletín en { $channel }, { $next }:
# en-US 820de6df
digest-preview-empty = No hay novedades desde el último boletín: el próximo envío no publicaría nada.
# en-US 97867de6
digest-outcome-dm-refused = Discord rechazó el mensaje directo.
# en-US d32bf16c
my-digest-started = Hecho: recibirás un boletín por mensaje directo { $cadence }. El próximo: { $next }, es decir, { $timestamp } en tu hora local. Te llegará en el idioma de Discord que usaste conmigo la última vez. El primer boletín es un resumen general; cada uno de los siguientes trae las novedades desde el anterior.
# en-US b1a8ef27
my-digest-replaced = Esta programación sustituye a la que tenías antes.
# en-US 4cbaf7f7
my-digest-status = Tu boletín por mensaje directo, { $cadence }.
# en-US 3c8f6057
my-digest-paused = En pausa: Discord rechazó mi mensaje directo (tus mensajes directos están cerrados para mí, o estoy bloqueado). Cuando vuelvas a aceptar mis mensajes, ejecuta de nuevo /{ cmd-my-digest } { cmd-my-digest-start }.
# en-US 701af2f6
my-digest-stopped = Tu boletín por mensaje directo se ha detenido: ya no recibirás nada más.
# en-US 5aba0e4d
my-digest-none = No tienes ningún boletín por mensaje directo. Crea uno con /{ cmd-my-digest } { cmd-my-digest-start }.
# en-US cf8c1b20
my-digest-busy = Tu boletín se estaba modificando en otro sitio en ese mismo momento: consulta /{ cmd-my-digest } { cmd-my-digest-status } y vuelve a intentarlo.
