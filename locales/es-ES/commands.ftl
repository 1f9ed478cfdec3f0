# Nombres y descripciones de los comandos de barra tal como los muestra un cliente de Discord en español (España).
# Nombres: minúsculas, sin espacios, 32 caracteres como máximo. Descripciones: 100 caracteres como máximo.
# Se conservan las tildes (economía, cronología…), como en la ortografía normal; la lectura de órdenes
# escritas (`ask`) las compara sin tildes, así que «economia» también se entiende allí.

# en-US 78b2d189
cmd-alliance = alianza
    .description = Resúmenes con fuentes de la alianza entre Rusia y Corea del Norte
# en-US 273953c6
cmd-alliance-overview = resumen
    .description = Las acciones clave en cada ámbito
# en-US c3c4680d
cmd-alliance-military = militar
    .description = Cooperación militar: el pacto, las tropas, las armas
# en-US 88d24f5c
cmd-alliance-diplomatic = diplomacia
    .description = Visitas, cumbres y desfiles
# en-US 876c9e64
cmd-alliance-economic = economía
    .description = Conexiones de transporte y comercio
# en-US e856f4d3
cmd-alliance-cultural = cultura
    .description = Iniciativas culturales
# en-US 7f788163
cmd-alliance-outlook = perspectivas
    .description = Qué gana cada parte y qué riesgos corre
# en-US 4fbebbf3
cmd-alliance-timeline = cronología
    .description = Todos los acontecimientos fechados, del más antiguo al más reciente
# en-US 9f1cfb11
cmd-alliance-month = mes
    .description = Lo que ocurrió en un mes concreto
# Los ejemplos deben funcionar: un nombre de month-*, ese nombre con el año, y la forma ISO.
# en-US d2ea3da1
cmd-alliance-month-month = mes
    .description = Un mes, por ejemplo julio, julio 2025 o 2025-07
# en-US 169551c9
cmd-language = idioma
    .description = Elegir el idioma de las respuestas en este servidor (requiere Gestionar servidor)
# en-US 58ecc19c
cmd-language-value = valor
    .description = El idioma, o auto para seguir el idioma de Discord del servidor

# Las opciones de /idioma: el nombre de este idioma en este idioma, y «auto».
# en-US 93f1055e
language-name = Español
# en-US 5a057cf8
language-auto = Idioma de Discord (auto)

# en-US 42f36ab0
cmd-digest = boletín
    .description = Un boletín sobre la alianza, publicado periódicamente en un canal (requiere Gestionar servidor)
# en-US f0bcf7c0
cmd-digest-subscribe = suscribir
    .description = Publicar un boletín periódico en un canal; sustituye la programación que tuviera ese canal
# en-US c2403d48
cmd-digest-subscribe-channel = canal
    .description = El canal de texto, de anuncios o de foro donde publicar
# en-US ce677715
cmd-digest-subscribe-frequency = frecuencia
    .description = Cada cuánto publicar
# Opciones: `choice-<comando>-<opción>-<valor>`, una etiqueta de 1 a 100 caracteres.
# en-US 32fd8369
choice-digest-subscribe-frequency-daily = diario
# en-US 813fc3ac
choice-digest-subscribe-frequency-weekly = semanal
# en-US ca2cccd3
choice-digest-subscribe-frequency-monthly = mensual
# en-US 34e3e73d
cmd-digest-subscribe-time = hora
    .description = La hora local de publicación, en formato de 24 horas, por ejemplo 08:00 o 18:30
# en-US 58646b50
cmd-digest-subscribe-timezone = zona-horaria
    .description = La zona horaria, por ejemplo Europe/Paris (por defecto: UTC)
# en-US 2a3aa3ee
cmd-digest-subscribe-weekday = día-semana
    .description = Para un boletín semanal: el día de la semana en que publicar
# en-US 325b87a2
choice-digest-subscribe-weekday-monday = lunes
# en-US c2ef2fcc
choice-digest-subscribe-weekday-tuesday = martes
# en-US 9b75efbe
choice-digest-subscribe-weekday-wednesday = miércoles
# en-US e27828d9
choice-digest-subscribe-weekday-thursday = jueves
# en-US c5c23d72
choice-digest-subscribe-weekday-friday = viernes
# en-US 9db1adc4
choice-digest-subscribe-weekday-saturday = sábado
# en-US bcce2a4c
choice-digest-subscribe-weekday-sunday = domingo
# en-US e5a7d604
cmd-digest-subscribe-day = día-del-mes
    .description = Para un boletín mensual: el día del mes, del 1 al 28
# en-US 616aadc7
cmd-digest-subscribe-topic = tema
    .description = Solo este ámbito (añade tema-2 y siguientes para varios; todos si no se indica ninguno)
# en-US a0dc7f9e
cmd-digest-subscribe-topic-2 = tema-2
    .description = Otro ámbito que cubrir
# en-US 3ecef77f
cmd-digest-subscribe-topic-3 = tema-3
    .description = Otro ámbito que cubrir
# en-US 286f8692
cmd-digest-subscribe-topic-4 = tema-4
    .description = Otro ámbito que cubrir
# Las etiquetas de todas las opciones de tema (tema, tema-2…).
# en-US cf821015
choice-digest-subscribe-topic-military = militar
# en-US af031af2
choice-digest-subscribe-topic-diplomatic = diplomático
# en-US 707d1c1e
choice-digest-subscribe-topic-economic = económico
# en-US 22319439
choice-digest-subscribe-topic-cultural = cultural
# en-US 98de5a2c
choice-digest-subscribe-topic-outlook = perspectivas
# en-US baef15f0
cmd-digest-subscribe-role = rol
    .description = Un rol que mencionar al principio de cada boletín
# en-US 21b1e638
cmd-digest-subscribe-publish = publicar
    .description = En un canal de anuncios: publicar cada boletín en los servidores que lo siguen (por defecto: sí)
# en-US 1cd70205
cmd-digest-subscribe-thread = hilo
    .description = Abrir un hilo en cada boletín para comentarlo
# en-US f6ede1b3
cmd-digest-unsubscribe = cancelar
    .description = Detener el boletín de un canal
# en-US c9921c60
cmd-digest-status = estado
    .description = Los boletines de este servidor: canales, programación, temas, próximo y último envío
# en-US 006babca
cmd-digest-preview = vista-previa
    .description = Ver, en privado, lo que publicaría el próximo boletín
# en-US 50f6ace2
cmd-digest-preview-channel = canal
    .description = El canal cuyo boletín quieres ver (necesario si el servidor tiene varios)
# en-US 7d1b82ae
cmd-digest-unsubscribe-channel = canal
    .description = El canal cuyo boletín quieres detener
# en-US 71d3ade6
cmd-digest-history = historial
    .description = Los últimos envíos del boletín de un canal y qué pasó con cada uno
# en-US 1ccc3377
cmd-digest-history-channel = canal
    .description = El canal cuyo boletín quieres consultar
# en-US af905522
cmd-my-digest = mi-boletín
    .description = Tu propio boletín sobre la alianza, enviado por mensaje directo según tu programación
# en-US 87fb6866
cmd-my-digest-start = iniciar
    .description = Recibir un boletín periódico por mensaje directo; sustituye tu programación anterior
# en-US a37c5277
cmd-my-digest-status = estado
    .description = Tu boletín por mensaje directo: programación, temas, próximo y último envío
# en-US 4df1fe6b
cmd-my-digest-stop = detener
    .description = Detener tu boletín por mensaje directo
# en-US e6c9d174
cmd-layout = diseño
    .description = Elegir el aspecto de las respuestas y los boletines de este servidor (requiere Gestionar servidor)
# en-US 14d31fbd
cmd-layout-value = valor
    .description = El diseño actual de Discord, o embeds como antes
# en-US 50165dec
choice-layout-value-components = diseño actual de Discord (por defecto)
# en-US 03333308
choice-layout-value-embeds = embeds, como antes
