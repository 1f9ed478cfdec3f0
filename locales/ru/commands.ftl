# Названия и описания слеш-команд, как их показывает клиент Discord на русском.
# Названия: строчные буквы, без пробелов, не длиннее 32 символов (кириллица разрешена; дефис и _
# допустимы). Описания: не длиннее 100 символов.
# «Альянс» (а не «союз») — единый термин во всех файлах: так называется и сама команда.

# en-US 78b2d189
cmd-alliance = альянс
    .description = Краткие сводки об альянсе России и КНДР со ссылками на источник
# en-US 273953c6
cmd-alliance-overview = обзор
    .description = Ключевые действия во всех сферах
# en-US c3c4680d
cmd-alliance-military = военное
    .description = Военное сотрудничество: договор, войска, оружие
# en-US 88d24f5c
cmd-alliance-diplomatic = дипломатия
    .description = Визиты, саммиты и парады
# en-US 876c9e64
cmd-alliance-economic = экономика
    .description = Транспортное сообщение и торговля
# en-US e856f4d3
cmd-alliance-cultural = культура
    .description = Культурные инициативы
# en-US 7f788163
cmd-alliance-outlook = перспективы
    .description = Что получает каждая сторона и чем рискует
# en-US 4fbebbf3
cmd-alliance-timeline = хронология
    .description = Все датированные события, от ранних к поздним
# en-US 9f1cfb11
cmd-alliance-month = месяц
    .description = Что произошло за один месяц
# en-US d2ea3da1
cmd-alliance-month-month = месяц
    .description = Месяц, например: июль, июль 2025 или 2025-07
# en-US 169551c9
cmd-language = язык
    .description = Язык ответов бота на этом сервере (нужно право «Управлять сервером»)
# en-US 58ecc19c
cmd-language-value = значение
    .description = Язык или auto, чтобы следовать языку сервера в Discord

# Варианты /language: название этого языка на нём самом и «auto».
# en-US 93f1055e
language-name = Русский
# en-US 5a057cf8
language-auto = Как в Discord (auto)

# en-US 42f36ab0
cmd-digest = дайджест
    .description = Дайджест об альянсе, публикуемый в канале по расписанию (нужно право «Управлять сервером»)
# en-US f0bcf7c0
cmd-digest-subscribe = подписаться
    .description = Публиковать дайджест в канале по расписанию; заменяет прежнее расписание канала
# en-US c2403d48
cmd-digest-subscribe-channel = канал
    .description = Текстовый канал, канал объявлений или форум, где публиковать
# en-US ce677715
cmd-digest-subscribe-frequency = частота
    .description = Как часто публиковать
# Варианты: `choice-<команда>-<параметр>-<вариант>`, подпись от 1 до 100 символов.
# В выпадающем списке Discord подписи пишутся с прописной буквы.
# en-US 32fd8369
choice-digest-subscribe-frequency-daily = Ежедневно
# en-US 813fc3ac
choice-digest-subscribe-frequency-weekly = Еженедельно
# en-US ca2cccd3
choice-digest-subscribe-frequency-monthly = Ежемесячно
# en-US 34e3e73d
cmd-digest-subscribe-time = время
    .description = Местное время публикации в 24-часовом формате, например 08:00 или 18:30
# en-US 58646b50
cmd-digest-subscribe-timezone = часовой-пояс
    .description = Часовой пояс, например Europe/Paris (по умолчанию UTC)
# en-US 2a3aa3ee
cmd-digest-subscribe-weekday = день-недели
    .description = Для еженедельного дайджеста: день публикации
# en-US 325b87a2
choice-digest-subscribe-weekday-monday = Понедельник
# en-US c2ef2fcc
choice-digest-subscribe-weekday-tuesday = Вторник
# en-US 9b75efbe
choice-digest-subscribe-weekday-wednesday = Среда
# en-US e27828d9
choice-digest-subscribe-weekday-thursday = Четверг
# en-US c5c23d72
choice-digest-subscribe-weekday-friday = Пятница
# en-US 9db1adc4
choice-digest-subscribe-weekday-saturday = Суббота
# en-US bcce2a4c
choice-digest-subscribe-weekday-sunday = Воскресенье
# en-US e5a7d604
cmd-digest-subscribe-day = день-месяца
    .description = Для ежемесячного дайджеста: число месяца, от 1 до 28
# en-US 616aadc7
cmd-digest-subscribe-topic = тема
    .description = Только эта сфера (для нескольких добавьте тема-2 и далее; без темы — все сферы)
# en-US a0dc7f9e
cmd-digest-subscribe-topic-2 = тема-2
    .description = Ещё одна сфера для дайджеста
# en-US 3ecef77f
cmd-digest-subscribe-topic-3 = тема-3
    .description = Ещё одна сфера для дайджеста
# en-US 286f8692
cmd-digest-subscribe-topic-4 = тема-4
    .description = Ещё одна сфера для дайджеста
# Подписи вариантов для всех параметров темы (тема, тема-2…): те же, что названия сфер (domain-*).
# en-US cf821015
choice-digest-subscribe-topic-military = Военная сфера
# en-US af031af2
choice-digest-subscribe-topic-diplomatic = Дипломатия
# en-US 707d1c1e
choice-digest-subscribe-topic-economic = Экономика
# en-US 22319439
choice-digest-subscribe-topic-cultural = Культура
# en-US 98de5a2c
choice-digest-subscribe-topic-outlook = Перспективы
# en-US baef15f0
cmd-digest-subscribe-role = роль
    .description = Роль, которую упоминать в начале каждого дайджеста
# en-US 21b1e638
cmd-digest-subscribe-publish = публиковать
    .description = В канале объявлений: публиковать каждый дайджест для серверов-подписчиков (по умолчанию да)
# en-US 1cd70205
cmd-digest-subscribe-thread = ветка
    .description = Открывать к каждому дайджесту ветку для обсуждения
# en-US f6ede1b3
cmd-digest-unsubscribe = отписаться
    .description = Остановить дайджест в канале
# en-US c9921c60
cmd-digest-status = статус
    .description = Дайджесты сервера: каналы, расписания, темы, следующий и последний запуск
# en-US 006babca
cmd-digest-preview = предпросмотр
    .description = Посмотреть (видно только вам), что опубликует следующий дайджест
# en-US 50f6ace2
cmd-digest-preview-channel = канал
    .description = Канал, чей дайджест показать (нужно, если на сервере их несколько)
# en-US 7d1b82ae
cmd-digest-unsubscribe-channel = канал
    .description = Канал, в котором остановить дайджест
# en-US 71d3ade6
cmd-digest-history = история
    .description = Последние запуски дайджеста в канале и их результаты
# en-US 1ccc3377
cmd-digest-history-channel = канал
    .description = Канал, чей дайджест посмотреть
# en-US af905522
cmd-my-digest = мой-дайджест
    .description = Ваш личный дайджест об альянсе — в личных сообщениях, по вашему расписанию
# en-US 87fb6866
cmd-my-digest-start = запустить
    .description = Получать дайджест в личных сообщениях по расписанию; заменяет ваше прежнее расписание
# en-US a37c5277
cmd-my-digest-status = статус
    .description = Ваш дайджест в личных сообщениях: расписание, темы, следующий и последний запуск
# en-US 4df1fe6b
cmd-my-digest-stop = остановить
    .description = Остановить ваш дайджест в личных сообщениях
# en-US e6c9d174
cmd-layout = оформление
    .description = Выбрать вид ответов и дайджестов на этом сервере (нужно право «Управлять сервером»)
# en-US 14d31fbd
cmd-layout-value = значение
    .description = Текущее оформление Discord или карточки (embeds), как раньше
# en-US 50165dec
choice-layout-value-components = Текущее оформление Discord (по умолчанию)
# en-US 03333308
choice-layout-value-embeds = Карточки (embeds), как раньше
