# Назви та описи слеш-команд, як їх показує клієнт Discord українською.
# Назви: малі літери, без пробілів, до 32 символів (кирилиця дозволена; слова зʼєднуємо дефісом).
# Описи: до 100 символів. Мітки варіантів (choice-*): від 1 до 100 символів.

cmd-alliance = альянс
    .description = Короткі зведення з джерелами про альянс Росії та Північної Кореї
cmd-alliance-overview = огляд
    .description = Ключові дії в кожній сфері
cmd-alliance-military = військове
    .description = Військова співпраця: пакт, війська, зброя
cmd-alliance-diplomatic = дипломатія
    .description = Візити, саміти й паради
cmd-alliance-economic = економіка
    .description = Транспортне сполучення і торгівля
cmd-alliance-cultural = культура
    .description = Культурні ініціативи
cmd-alliance-outlook = перспективи
    .description = Здобутки кожної сторони та ризики
cmd-alliance-timeline = хронологія
    .description = Усі датовані події, від найдавнішої до найновішої
cmd-alliance-month = місяць
    .description = Що відбулося за певний місяць
# Приклади мають справді працювати: назва з month-*, вона ж із роком, і формат РРРР-ММ.
cmd-alliance-month-month = місяць
    .description = Місяць, наприклад: липень, липень 2025 або 2025-07
cmd-language = мова
    .description = Вибрати мову відповідей на цьому сервері (потрібен дозвіл «Керувати сервером»)
# «auto» — значення, яке користувач вибирає буквально: не перекладати.
cmd-language-value = значення
    .description = Мова або auto, щоб відповідати мовою сервера в Discord

# Варіанти /мова: назва цієї мови нею самою та «auto».
language-name = Українська
language-auto = Як у Discord (auto)

cmd-digest = дайджест
    .description = Дайджест про альянс, що виходить у каналі за розкладом (потрібен дозвіл «Керувати сервером»)
cmd-digest-subscribe = підписатися
    .description = Публікувати дайджест у каналі за розкладом; замінює наявний розклад цього каналу
cmd-digest-subscribe-channel = канал
    .description = Текстовий канал, канал оголошень або форум для публікації
cmd-digest-subscribe-frequency = частота
    .description = Як часто публікувати
# Варіанти: `choice-<команда>-<параметр>-<варіант>`, мітка від 1 до 100 символів.
choice-digest-subscribe-frequency-daily = щодня
choice-digest-subscribe-frequency-weekly = щотижня
choice-digest-subscribe-frequency-monthly = щомісяця
cmd-digest-subscribe-time = час
    .description = Місцевий час публікації у 24-годинному форматі, наприклад 08:00 або 18:30
cmd-digest-subscribe-timezone = часовий-пояс
    .description = Часовий пояс, наприклад Europe/Paris (за замовчуванням: UTC)
cmd-digest-subscribe-weekday = день-тижня
    .description = Для щотижневого дайджесту: день публікації
# Мітки днів тижня — у називному відмінку (на відміну від weekday-* у labels.ftl).
choice-digest-subscribe-weekday-monday = понеділок
choice-digest-subscribe-weekday-tuesday = вівторок
choice-digest-subscribe-weekday-wednesday = середа
choice-digest-subscribe-weekday-thursday = четвер
choice-digest-subscribe-weekday-friday = пʼятниця
choice-digest-subscribe-weekday-saturday = субота
choice-digest-subscribe-weekday-sunday = неділя
cmd-digest-subscribe-day = день-місяця
    .description = Для щомісячного дайджесту: число місяця, від 1 до 28
cmd-digest-subscribe-topic = тема
    .description = Лише ця сфера (для кількох додайте тема-2 тощо; без теми — усі сфери)
cmd-digest-subscribe-topic-2 = тема-2
    .description = Ще одна сфера
cmd-digest-subscribe-topic-3 = тема-3
    .description = Ще одна сфера
cmd-digest-subscribe-topic-4 = тема-4
    .description = Ще одна сфера
# Мітки для кожного параметра теми (тема, тема-2…).
choice-digest-subscribe-topic-military = військова сфера
choice-digest-subscribe-topic-diplomatic = дипломатія
choice-digest-subscribe-topic-economic = економіка
choice-digest-subscribe-topic-cultural = культура
choice-digest-subscribe-topic-outlook = перспективи
cmd-digest-subscribe-role = роль
    .description = Роль, яку згадувати на початку кожного дайджесту
cmd-digest-subscribe-publish = публікувати
    .description = У каналі оголошень: поширювати кожен дайджест на сервери-підписники (за замовчуванням: так)
cmd-digest-subscribe-thread = гілка
    .description = Відкривати гілку для обговорення кожного дайджесту
cmd-digest-unsubscribe = відписатися
    .description = Зупинити дайджест у каналі
cmd-digest-status = стан
    .description = Дайджести цього сервера: канали, розклади, теми, наступний і останній запуски
cmd-digest-preview = попередній-перегляд
    .description = Побачити (лише для вас), що опублікує наступний дайджест
cmd-digest-preview-channel = канал
    .description = Канал, дайджест якого переглянути (потрібно, якщо на сервері їх кілька)
cmd-digest-unsubscribe-channel = канал
    .description = Канал, дайджест якого зупинити
cmd-digest-history = історія
    .description = Останні запуски дайджесту в каналі та їхні результати
cmd-digest-history-channel = канал
    .description = Канал, історію дайджесту якого показати
