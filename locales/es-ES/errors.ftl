# Todos los errores que puede ver un usuario. Breves, y diciendo qué escribir en su lugar.
# Los ejemplos que se teclean (08:00, Europe/Paris, 2025-07) se dejan tal cual; los meses, en español.
# error-unknown-command solo aparece al leer una orden escrita (`ask`), donde el comando se llama
# siempre /alliance: por eso ahí se deja el nombre original.

# en-US 57a192aa
error-empty = Escribe un comando, por ejemplo /{ cmd-alliance } { cmd-alliance-overview }.
# en-US 65a2a17b
error-unknown-command = No existe el comando «{ $command }». Prueba con /alliance.
# en-US 2e1daaf9
error-missing-subcommand = /{ cmd-alliance } necesita un tema: { $subcommands }.
# en-US e520df98
error-unknown-subcommand = «{ $subcommand }» no es un tema de /{ cmd-alliance }. Prueba con uno de estos: { $subcommands }.
# en-US 5ef6b937
error-unknown-option = /{ cmd-alliance } { $subcommand } no tiene ninguna opción «{ $option }».
# en-US 6fd2d4ed
error-unexpected-value = /{ cmd-alliance } { $subcommand } no admite ningún valor, pero ha recibido «{ $value }».
# en-US 9e6e486b
error-missing-option = /{ cmd-alliance } { $subcommand } necesita un valor para «{ $option }», por ejemplo /{ cmd-alliance } { $subcommand } { $option }:julio.
# en-US 7c569318
error-bad-month = No reconozco el mes «{ $input }». Meses con acontecimientos: { $months }. Escríbelo así: julio, julio 2025 o 2025-07.
# en-US b24ca1ab
error-internal = Lo sentimos, algo ha fallado por nuestra parte. Ya ha quedado registrado; vuelve a intentarlo dentro de un momento.
# en-US 2424898b
error-language-dm = /{ cmd-language } es para servidores. En los mensajes directos, las respuestas siguen tu propio idioma de Discord.
# en-US af6ca240
error-language-unknown = No hablo «{ $value }». Elige uno de estos: { $languages }.
# en-US 72202db4
error-storage = Lo sentimos, no se ha podido guardar el ajuste y no ha cambiado nada. Vuelve a intentarlo dentro de un momento.
# en-US d549b101
error-page-gone = Esta página ya no está disponible. Vuelve a ejecutar el comando.
# en-US a6a19378
error-manage-server = Solo los miembros que pueden gestionar este servidor pueden usar /{ $command }.
# en-US 00b03a97
error-bad-option = No se ha podido leer un valor dado a /{ $command }. Elígelo de la lista que ofrece Discord.
# en-US 3bdf5e87
error-outdated-command = Este comando ha cambiado desde que tu cliente de Discord lo cargó. Vuelve a intentarlo dentro de un momento.
# en-US 7ec1c278
error-digest-dm = /{ cmd-digest } es para servidores: los boletines se publican en los canales de un servidor.
# en-US d04dfe15
error-server-without-bot = /{ $command } solo funciona en los servidores que han añadido el bot. /{ cmd-alliance } funciona en cualquier lugar donde uses la aplicación.
# en-US 36178bca
error-digest-time = No sé leer la hora «{ $input }». Escríbela en formato de 24 horas, por ejemplo 08:00 o 18:30.
# en-US 496d0869
error-digest-zone = No conozco la zona horaria «{ $input }». Elige una de la lista, por ejemplo Europe/Paris o America/New_York.
# en-US a1bb7d73
error-digest-missing-weekday = Un boletín semanal necesita un día de la semana: añade la opción { cmd-digest-subscribe-weekday }, por ejemplo lunes.
# en-US cbd2eea8
error-digest-missing-day = Un boletín mensual necesita un día del mes, del 1 al 28: añade la opción { cmd-digest-subscribe-day }, por ejemplo 1.
# en-US e9664988
error-digest-unexpected-weekday = El día de la semana solo vale para un boletín semanal: quítalo de un boletín { $frequency ->
        [daily] diario
       *[monthly] mensual
    }.
# en-US b5c87c59
error-digest-unexpected-day = El día del mes solo vale para un boletín mensual: quítalo de un boletín { $frequency ->
        [daily] diario
       *[weekly] semanal
    }.
# en-US b4a4b6e2
error-digest-day = No todos los meses tienen día { $day }: elige un día del 1 al 28.
# en-US 9dc59423
error-digest-channel-kind = No puedo publicar boletines en { $channel }: elige un canal de texto, de anuncios o de foro.
# en-US 5e6a09e8
error-digest-full = Este servidor ya tiene { $limit } boletines, el máximo permitido. Primero detén uno con /{ cmd-digest } { cmd-digest-unsubscribe }.
# en-US c23cd90a
error-digest-role-unknown = Ese rol no es uno de los roles de este servidor que yo pueda mencionar: elige otro.
# en-US b69482f1
error-digest-role-unmentionable = No puedo mencionar a { $role }: permite que se le mencione en los ajustes del servidor o dame el permiso Mencionar @everyone, @here y todos los roles.
# en-US 7d8f6ab4
error-digest-publish-kind = Solo se pueden publicar en otros servidores los mensajes de un canal de anuncios, y { $channel } no lo es: quita la opción { cmd-digest-subscribe-publish } o elige un canal de anuncios.
# en-US 1afb0461
error-digest-forum-tag = El foro { $channel } exige una etiqueta en cada publicación y no puedo aplicar ninguna de las suyas: añade una etiqueta no moderada o dame el permiso Gestionar hilos.
# en-US 6c4d74cb
error-digest-channel-unseen = No puedo ver { $channel }. Dame acceso para verlo o elige otro canal.
# `$missing`: uno o varios nombres de permisos; `$count`, cuántos son.
# en-US 9350f415
error-digest-channel-permissions = No puedo publicar boletines en { $channel }: { $count ->
        [one] me falta el permiso { $missing }. Concédemelo
       *[other] me faltan los permisos { $missing }. Concédemelos
    } en ese canal o elige otro.
# en-US d6bb1a30
error-layout-dm = /{ cmd-layout } es para servidores. En los mensajes directos, las respuestas usan el diseño actual de Discord.
