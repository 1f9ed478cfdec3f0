# Nombres y descripciones de los comandos de barra tal como los muestra un cliente de Discord en español (España).
# Nombres: minúsculas, sin espacios, 32 caracteres como máximo. Descripciones: 100 caracteres como máximo.
# Se conservan las tildes (economía, cronología…), como en la ortografía normal; la lectura de órdenes
# escritas (`ask`) las compara sin tildes, así que «economia» también se entiende allí.

cmd-alliance = alianza
    .description = Resúmenes con fuentes de la alianza entre Rusia y Corea del Norte
cmd-alliance-overview = resumen
    .description = Las acciones clave en cada ámbito
cmd-alliance-military = militar
    .description = Cooperación militar: el pacto, las tropas, las armas
cmd-alliance-diplomatic = diplomacia
    .description = Visitas, cumbres y desfiles
cmd-alliance-economic = economía
    .description = Conexiones de transporte y comercio
cmd-alliance-cultural = cultura
    .description = Iniciativas culturales
cmd-alliance-outlook = perspectivas
    .description = Qué gana cada parte y qué riesgos corre
cmd-alliance-timeline = cronología
    .description = Todos los acontecimientos fechados, del más antiguo al más reciente
cmd-alliance-month = mes
    .description = Lo que ocurrió en un mes concreto
# Los ejemplos deben funcionar: un nombre de month-*, ese nombre con el año, y la forma ISO.
cmd-alliance-month-month = mes
    .description = Un mes, por ejemplo julio, julio 2025 o 2025-07
cmd-language = idioma
    .description = Elegir el idioma de las respuestas en este servidor (requiere Gestionar servidor)
cmd-language-value = valor
    .description = El idioma, o auto para seguir el idioma de Discord del servidor

# Las opciones de /idioma: el nombre de este idioma en este idioma, y «auto».
language-name = Español
language-auto = Idioma de Discord (auto)

cmd-digest = boletín
    .description = Un boletín sobre la alianza, publicado periódicamente en un canal (requiere Gestionar servidor)
cmd-digest-subscribe = suscribir
    .description = Publicar un boletín periódico en un canal; sustituye la programación que tuviera ese canal
cmd-digest-subscribe-channel = canal
    .description = El canal de texto, de anuncios o de foro donde publicar
cmd-digest-subscribe-frequency = frecuencia
    .description = Cada cuánto publicar
# Opciones: `choice-<comando>-<opción>-<valor>`, una etiqueta de 1 a 100 caracteres.
choice-digest-subscribe-frequency-daily = diario
choice-digest-subscribe-frequency-weekly = semanal
choice-digest-subscribe-frequency-monthly = mensual
cmd-digest-subscribe-time = hora
    .description = La hora local de publicación, en formato de 24 horas, por ejemplo 08:00 o 18:30
cmd-digest-subscribe-timezone = zona-horaria
    .description = La zona horaria, por ejemplo Europe/Paris (por defecto: UTC)
cmd-digest-subscribe-weekday = día-semana
    .description = Para un boletín semanal: el día de la semana en que publicar
choice-digest-subscribe-weekday-monday = lunes
choice-digest-subscribe-weekday-tuesday = martes
choice-digest-subscribe-weekday-wednesday = miércoles
choice-digest-subscribe-weekday-thursday = jueves
choice-digest-subscribe-weekday-friday = viernes
choice-digest-subscribe-weekday-saturday = sábado
choice-digest-subscribe-weekday-sunday = domingo
cmd-digest-subscribe-day = día-del-mes
    .description = Para un boletín mensual: el día del mes, del 1 al 28
cmd-digest-subscribe-topic = tema
    .description = Solo este ámbito (añade tema-2 y siguientes para varios; todos si no se indica ninguno)
cmd-digest-subscribe-topic-2 = tema-2
    .description = Otro ámbito que cubrir
cmd-digest-subscribe-topic-3 = tema-3
    .description = Otro ámbito que cubrir
cmd-digest-subscribe-topic-4 = tema-4
    .description = Otro ámbito que cubrir
# Las etiquetas de todas las opciones de tema (tema, tema-2…).
choice-digest-subscribe-topic-military = militar
choice-digest-subscribe-topic-diplomatic = diplomático
choice-digest-subscribe-topic-economic = económico
choice-digest-subscribe-topic-cultural = cultural
choice-digest-subscribe-topic-outlook = perspectivas
cmd-digest-subscribe-role = rol
    .description = Un rol que mencionar al principio de cada boletín
cmd-digest-subscribe-publish = publicar
    .description = En un canal de anuncios: publicar cada boletín en los servidores que lo siguen (por defecto: sí)
cmd-digest-subscribe-thread = hilo
    .description = Abrir un hilo en cada boletín para comentarlo
cmd-digest-unsubscribe = cancelar
    .description = Detener el boletín de un canal
cmd-digest-status = estado
    .description = Los boletines de este servidor: canales, programación, temas, próximo y último envío
cmd-digest-preview = vista-previa
    .description = Ver, en privado, lo que publicaría el próximo boletín
cmd-digest-preview-channel = canal
    .description = El canal cuyo boletín quieres ver (necesario si el servidor tiene varios)
cmd-digest-unsubscribe-channel = canal
    .description = El canal cuyo boletín quieres detener
cmd-digest-history = historial
    .description = Los últimos envíos del boletín de un canal y qué pasó con cada uno
cmd-digest-history-channel = canal
    .description = El canal cuyo boletín quieres consultar
