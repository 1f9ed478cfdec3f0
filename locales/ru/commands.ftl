# Названия и описания слеш-команд, как их показывает клиент Discord на русском.
# Названия: строчные буквы, без пробелов, не длиннее 32 символов (кириллица разрешена; дефис и _
# допустимы). Описания: не длиннее 100 символов.
# «Альянс» (а не «союз») — единый термин во всех файлах: так называется и сама команда.

cmd-alliance = альянс
    .description = Краткие сводки об альянсе России и КНДР со ссылками на источник
cmd-alliance-overview = обзор
    .description = Ключевые действия во всех сферах
cmd-alliance-military = военное
    .description = Военное сотрудничество: договор, войска, оружие
cmd-alliance-diplomatic = дипломатия
    .description = Визиты, саммиты и парады
cmd-alliance-economic = экономика
    .description = Транспортное сообщение и торговля
cmd-alliance-cultural = культура
    .description = Культурные инициативы
cmd-alliance-outlook = перспективы
    .description = Что получает каждая сторона и чем рискует
cmd-alliance-timeline = хронология
    .description = Все датированные события, от ранних к поздним
cmd-alliance-month = месяц
    .description = Что произошло за один месяц
cmd-alliance-month-month = месяц
    .description = Месяц, например: июль, июль 2025 или 2025-07
cmd-language = язык
    .description = Язык ответов бота на этом сервере (нужно право «Управлять сервером»)
cmd-language-value = значение
    .description = Язык или auto, чтобы следовать языку сервера в Discord

# Варианты /language: название этого языка на нём самом и «auto».
language-name = Русский
language-auto = Как в Discord (auto)

cmd-digest = дайджест
    .description = Дайджест об альянсе, публикуемый в канале по расписанию (нужно право «Управлять сервером»)
cmd-digest-subscribe = подписаться
    .description = Публиковать дайджест в канале по расписанию; заменяет прежнее расписание канала
cmd-digest-subscribe-channel = канал
    .description = Текстовый канал, канал объявлений или форум, где публиковать
cmd-digest-subscribe-frequency = частота
    .description = Как часто публиковать
# Варианты: `choice-<команда>-<параметр>-<вариант>`, подпись от 1 до 100 символов.
# В выпадающем списке Discord подписи пишутся с прописной буквы.
choice-digest-subscribe-frequency-daily = Ежедневно
choice-digest-subscribe-frequency-weekly = Еженедельно
choice-digest-subscribe-frequency-monthly = Ежемесячно
cmd-digest-subscribe-time = время
    .description = Местное время публикации в 24-часовом формате, например 08:00 или 18:30
cmd-digest-subscribe-timezone = часовой-пояс
    .description = Часовой пояс, например Europe/Paris (по умолчанию UTC)
cmd-digest-subscribe-weekday = день-недели
    .description = Для еженедельного дайджеста: день публикации
choice-digest-subscribe-weekday-monday = Понедельник
choice-digest-subscribe-weekday-tuesday = Вторник
choice-digest-subscribe-weekday-wednesday = Среда
choice-digest-subscribe-weekday-thursday = Четверг
choice-digest-subscribe-weekday-friday = Пятница
choice-digest-subscribe-weekday-saturday = Суббота
choice-digest-subscribe-weekday-sunday = Воскресенье
cmd-digest-subscribe-day = день-месяца
    .description = Для ежемесячного дайджеста: число месяца, от 1 до 28
cmd-digest-subscribe-topic = тема
    .description = Только эта сфера (для нескольких добавьте тема-2 и далее; без темы — все сферы)
cmd-digest-subscribe-topic-2 = тема-2
    .description = Ещё одна сфера для дайджеста
cmd-digest-subscribe-topic-3 = тема-3
    .description = Ещё одна сфера для дайджеста
cmd-digest-subscribe-topic-4 = тема-4
    .description = Ещё одна сфера для дайджеста
# Подписи вариантов для всех параметров темы (тема, тема-2…): те же, что названия сфер (domain-*).
choice-digest-subscribe-topic-military = Военная сфера
choice-digest-subscribe-topic-diplomatic = Дипломатия
choice-digest-subscribe-topic-economic = Экономика
choice-digest-subscribe-topic-cultural = Культура
choice-digest-subscribe-topic-outlook = Перспективы
cmd-digest-subscribe-role = роль
    .description = Роль, которую упоминать в начале каждого дайджеста
cmd-digest-subscribe-publish = публиковать
    .description = В канале объявлений: публиковать каждый дайджест для серверов-подписчиков (по умолчанию да)
cmd-digest-subscribe-thread = ветка
    .description = Открывать к каждому дайджесту ветку для обсуждения
cmd-digest-unsubscribe = отписаться
    .description = Остановить дайджест в канале
cmd-digest-status = статус
    .description = Дайджесты сервера: каналы, расписания, темы, следующий и последний запуск
cmd-digest-preview = предпросмотр
    .description = Посмотреть (видно только вам), что опубликует следующий дайджест
cmd-digest-preview-channel = канал
    .description = Канал, чей дайджест показать (нужно, если на сервере их несколько)
cmd-digest-unsubscribe-channel = канал
    .description = Канал, в котором остановить дайджест
cmd-digest-history = история
    .description = Последние запуски дайджеста в канале и их результаты
cmd-digest-history-channel = канал
    .description = Канал, чей дайджест посмотреть
